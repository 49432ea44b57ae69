# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # DRA, hard setting: Table 2 and Table 8
#
# The labelled anomalies come from **one** anomaly class, and that class is removed from the test set,
# so every test anomaly is unseen (DRA Sec. 4.2). Each row is named after its seen class. Table 2:
# KDAD, DevNet, FLOS, SAOE, MLEP and DRA with one and ten anomalies; Table 8: Deep SAD and MINNS vs
# DRA with ten. Of the paper's hard-setting datasets only Hyper-Kvasir is medical: it runs on its
# endoscopy phantom in the quick profile (four anomaly classes); Carpet, Metal_nut, AITEX, ELPV and
# Mastcam need the real data.

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None           # None = the profile's default seeds
device = "cpu"

# %%
import matplotlib.pyplot as plt

from medad_core import dra_experiments as X
from medad_core.book import profile_banner
from medad_core.tables import reference_table, side_by_side

profile_banner(profile)
seeds = X.SEEDS[profile] if seeds is None else list(seeds)
ref2, ref8 = reference_table("dra_table2"), reference_table("dra_table8")
HARD = {name: [s for s in ref2[ref2["dataset"] == name]["subset"].unique() if s != "mean"]
        for name in ref2["dataset"].unique()}
GRID = {  # (dataset -> seen classes, Table 2 methods x shots, Table 8 methods)
    "smoke": ({"Hyper-Kvasir": ["Barretts"]}, {"1shot": ["devnet", "dra"]}, []),
    "quick": ({"Hyper-Kvasir": ["Barretts"]},
              {"10shot": ["devnet", "flos", "saoe", "mlep", "dra"], "1shot": ["devnet", "dra"]},
              ["deepsad", "minns"]),
    "paper": (HARD, {"10shot": ["devnet", "flos", "saoe", "mlep", "dra"],
                     "1shot": ["devnet", "flos", "saoe", "mlep", "dra"]}, ["deepsad", "minns"]),
}
subsets, table2_methods, table8_methods = GRID[profile]
cells = []
for name, seen_classes in subsets.items():
    for seen in seen_classes:
        if profile != "smoke":  # KDAD ignores the labels but is tested on each row's test set
            cells.append(dict(method="mkd", dataset=name, setting="hard_10shot", subset=seen))
        for shots, methods in table2_methods.items():
            cells += [dict(method=m, dataset=name, setting=f"hard_{shots}", subset=seen) for m in methods]
        cells += [dict(method=m, dataset=name, setting="hard_10shot", subset=seen) for m in table8_methods]
results = X.run_grid(cells, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Table 2/8")
ours = X.to_paper_long(results)
# the paper's per-dataset "Mean" row: mean over the seen classes we ran
ran = ours[ours["status"] == ""]
if len(ran):
    means = ran.groupby(["dataset", "method", "setting", "metric"], as_index=False)["mean"].mean()
    means["subset"], means["std"], means["status"] = "mean", float("nan"), ""
    ours = __import__("pandas").concat([ours, means], ignore_index=True)

# %% [markdown]
# ## Table 2: AUC on unseen anomaly classes

# %%
side_by_side(ref2, X.with_needs_data(ours, ref2, profile, data_root), index=["dataset", "subset"], columns=["setting", "method"], best_group=["setting"],
             missing_label="not run")

# %% [markdown]
# ## Table 8: Deep SAD and MINNS vs DRA (ten anomalies)

# %%
side_by_side(ref8, X.with_needs_data(ours[ours["method"].isin(["DeepSAD", "MINNS", "DRA"]) & (ours["setting"] == "hard_10shot")], ref8, profile, data_root),
             index=["dataset", "subset"], columns=["method"], missing_label="not run")

# %% [markdown]
# ## DRA vs DevNet on unseen classes
# The paper's central claim: DevNet fits the seen class and does not generalise, DRA's pseudo and
# residual heads do. Per seen class and seed, ten labelled anomalies.

# %%
ran = results[(results["status"] == "") & results["method_id"].isin(["dra", "devnet", "mkd"])]
if len(ran):
    fig, ax = plt.subplots(figsize=(6, 3))
    for i, (method, grp) in enumerate(ran[ran["setting_id"] == "hard_10shot"].groupby("column")):
        ax.scatter(grp["subset"], grp["image_auroc"], label=method, marker="os^"[i % 3], alpha=0.8)
    ax.axhline(0.5, color="grey", lw=0.8, ls="--")
    ax.set_ylabel("AUROC, unseen classes")
    ax.set_xlabel("seen class")
    ax.legend()
    plt.tight_layout()
    plt.show()
    display(ran.pivot_table(index=["subset", "setting_id"], columns="column", values="image_auroc", aggfunc="mean")
            .round(3))
