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
# # DRA ablation: Table 3
#
# Which abnormality heads matter (DRA Sec. 4.5), ten labelled anomalies:
#
# | variant | g_s (seen) | g_p (pseudo) | g_r (latent residual) | g_n (normality) |
# |---|---|---|---|---|
# | DRA1A  | ✓ |   |   |   |
# | DRA2A  | ✓ | ✓ |   |   |
# | DRA3Ar | ✓ | ✓ | ✓ |   |
# | DRA3An | ✓ | ✓ |   | ✓ |
# | DRA    | ✓ | ✓ | ✓ | ✓ |
#
# Each variant is the same `DRA` detector with a different `heads` parameter (registered as
# `dra1a`, `dra2a`, `dra3ar`, `dra3an`). General-setting rows first, then hard-setting rows named
# after the seen class.

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None           # None = the profile's default seeds
device = "cpu"

# %%
import matplotlib.pyplot as plt
import pandas as pd

from medad_core import dra_experiments as X
from medad_core.book import profile_banner
from medad_core.tables import reference_table, side_by_side

profile_banner(profile)
seeds = X.SEEDS[profile] if seeds is None else list(seeds)
ref3 = reference_table("dra_table3")
VARIANTS = ["dra1a", "dra2a", "dra3ar", "dra3an", "dra"]
GRID = {  # (general datasets, hard dataset -> seen classes)
    "smoke": (["BrainMRI"], {}),
    "quick": (["BrainMRI", "Hyper-Kvasir"], {"Hyper-Kvasir": ["Barretts"]}),
    "paper": (["MVTec AD", "AITEX", "SDD", "ELPV", "Optical", "Mastcam", "BrainMRI", "HeadCT", "Hyper-Kvasir"],
              {name: [s for s in ref3[(ref3["dataset"] == name) & (ref3["setting"] == "hard_10shot")]["subset"].unique()
                      if s != "mean"] for name in ["Carpet", "AITEX", "ELPV", "Hyper-Kvasir"]}),
}
general, hard = GRID[profile]
variants = VARIANTS if profile != "smoke" else ["dra1a", "dra"]
cells = []
for name in general:
    targets = [(c, c) for c in X.MVTEC_CLASSES] if name == "MVTec AD" else [(name, "")]
    for dataset, subset in targets:
        cells += [dict(method=v, dataset=dataset, setting="general_10shot", subset=subset) for v in variants]
for name, seen_classes in hard.items():
    for seen in seen_classes:
        cells += [dict(method=v, dataset=name, setting="hard_10shot", subset=seen) for v in variants]
results = X.run_grid(cells, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Table 3")
is_mvtec = results["paper_dataset"].isin(X.MVTEC_CLASSES)
results.loc[is_mvtec, "subset"] = results.loc[is_mvtec, "paper_dataset"]
results.loc[is_mvtec, "paper_dataset"] = "MVTec AD"
ours = X.to_paper_long(results)
ran = ours[ours["status"] == ""]
extra = []
if len(ran):  # the paper's summary rows: MVTec AD "mean" over classes, hard-setting "Mean" over seen classes
    mv = ran[(ran["dataset"] == "MVTec AD") & (ran["subset"] != "")]
    if len(mv):
        extra.append(mv.groupby(["dataset", "method", "setting", "metric"], as_index=False)["mean"].mean()
                     .assign(subset="mean"))
    hd = ran[ran["setting"] == "hard_10shot"]
    if len(hd):
        extra.append(hd.groupby(["dataset", "method", "setting", "metric"], as_index=False)["mean"].mean()
                     .assign(subset="mean"))
# a medical general-setting dataset is one row with an empty subset in the paper
ours = pd.concat([ours, *extra], ignore_index=True).assign(status=lambda d: d["status"].fillna(""))

# %% [markdown]
# ## Table 3

# %%
side_by_side(ref3, X.with_needs_data(ours, ref3, profile, data_root), index=["setting", "dataset", "subset"], columns=["method"], missing_label="not run")

# %% [markdown]
# ## Heads added one at a time (ours)

# %%
r = results[results["status"] == ""]
if len(r):
    order = [X.METHOD_NAMES[v] for v in variants]
    pivot = r.pivot_table(index=["setting_id", "paper_dataset", "subset"], columns="column", values="image_auroc")
    pivot = pivot[[c for c in order if c in pivot.columns]]
    ax = pivot.T.plot(marker="o", figsize=(7, 3.2))
    ax.set_ylabel("image AUROC (ours)")
    ax.set_xlabel("variant")
    ax.legend(fontsize=7)
    plt.tight_layout()
    plt.show()
    display(pivot.round(3))
