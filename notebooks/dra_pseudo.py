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
# # DRA: source of the pseudo anomalies (Table 4)
#
# DRA's pseudo-abnormality head (and the residual and normality heads, which also see the pseudo
# anomalies) can be fed by augmentation — CutPaste-Scar, CutPaste-Mix, CutMix (Eq. 4) — or by
# external outliers (outlier exposure) from MVTec AD or LAG (Sec. 4.6). Hard setting, ten anomalies.
# Pseudo anomalies come from `medad_core.data.pseudo`; the source is `Protocol.pseudo`.
#
# Offline stand-ins: LAG is the embedded fundus phantom; "MVTec AD" as an external source is stood in
# for by another phantom domain (`brainmri`) in the quick profile, since no industrial images are
# embedded. In the paper profile the MVTec AD column needs MVTec AD arranged as an outlier dataset
# and is left as "needs data".

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
ref4 = reference_table("dra_table4")
SOURCES = {"CP-Scar": ("cutpaste_scar", None), "CP-Mix": ("cutpaste_mix", None), "CutMix": ("cutmix", None),
           "MVTec AD": ("external", "brainmri"), "LAG": ("external", "lag")}
HARD = {name: [s for s in ref4[ref4["dataset"] == name]["subset"].unique() if s != "mean"]
        for name in ref4["dataset"].unique()}
GRID = {"smoke": ({"Hyper-Kvasir": ["Barretts"]}, ["CutMix", "LAG"]),
        "quick": ({"Hyper-Kvasir": ["Barretts"]}, list(SOURCES)),
        "paper": (HARD, ["CP-Scar", "CP-Mix", "CutMix", "LAG"])}
subsets, sources = GRID[profile]
setting = "hard_1shot" if profile == "smoke" else "hard_10shot"
cells = []
for name, seen_classes in subsets.items():
    for seen in seen_classes:
        for label in sources:
            pseudo, outlier = SOURCES[label]
            cells.append(dict(method="dra", dataset=name, setting=setting, subset=seen, pseudo=pseudo,
                              outlier_dataset=outlier, label=label))
results = X.run_grid(cells, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Table 4")
ours = X.to_paper_long(results)
ours["setting"] = "hard_10shot"  # the table's only setting (smoke runs one shot on its tiny phantom)
ran = ours[ours["status"] == ""]
if len(ran):
    means = ran.groupby(["dataset", "method", "setting", "metric"], as_index=False)["mean"].mean()
    means["subset"], means["std"], means["status"] = "mean", float("nan"), ""
    ours = __import__("pandas").concat([ours, means], ignore_index=True)

# %% [markdown]
# ## Table 4

# %%
side_by_side(ref4, X.with_needs_data(ours, ref4, profile, data_root), index=["dataset", "subset"], columns=["method"], missing_label="not run")

# %%
r = results[results["status"] == ""]
if len(r):
    ax = r.groupby("column")["image_auroc"].mean().reindex(sources).plot.bar(figsize=(5, 3), rot=0, ylim=(0, 1))
    ax.set_ylabel("AUROC, unseen classes (ours)")
    ax.set_title("Pseudo-anomaly source (Hyper-Kvasir phantom, hard)")
    plt.tight_layout()
    plt.show()
