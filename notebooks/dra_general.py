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
# # DRA, general setting: Table 1 and Table 7
#
# Open-set supervised detection with one or ten labelled anomalies drawn from **all** anomaly classes
# (DRA Sec. 4.2, App. A.2; the one-shot example is drawn from the ten and both use the same test set).
# Table 1 compares DRA with KDAD (unsupervised, trained on the normal images only), DevNet, FLOS,
# SAOE and MLEP; Table 7 (appendix) with Deep SAD and MINNS. The medical datasets use external LAG
# images as pseudo anomalies (Sec. 4.1), the others CutMix. Paper numbers stand beside ours;
# datasets that need real data (industrial, Mastcam) say so.

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
ALL_DATASETS = ["MVTec AD", "AITEX", "SDD", "ELPV", "Optical", "Mastcam", "BrainMRI", "HeadCT", "Hyper-Kvasir"]
GRID = {  # (datasets, Table 1 methods x shots, Table 7 methods) per profile; quick fits the CPU budget
    "smoke": (["BrainMRI"], {"10shot": ["devnet", "dra"], "1shot": ["dra"]}, []),
    "quick": (["BrainMRI", "Hyper-Kvasir"],
              {"10shot": ["devnet", "flos", "saoe", "mlep", "dra"], "1shot": ["devnet", "dra"]},
              ["deepsad", "minns"]),
    "paper": (ALL_DATASETS, {"10shot": ["devnet", "flos", "saoe", "mlep", "dra"],
                             "1shot": ["devnet", "flos", "saoe", "mlep", "dra"]}, ["deepsad", "minns"]),
}
datasets, table1_methods, table7_methods = GRID[profile]
kdad = ["mkd"] if profile != "smoke" else []


def cells_for(name):
    """MVTec AD runs per class (the paper averages its 15 classes); the others as one dataset."""
    return [(name, sub) for sub in X.MVTEC_CLASSES] if name == "MVTec AD" else [(name, None)]


cells = []
for name in datasets:
    for paper_name, subset in cells_for(name):
        label_ds = "MVTec AD" if subset else paper_name
        for method in kdad:
            cells.append(dict(method=method, dataset=subset or paper_name, setting="general_10shot",
                              subset=subset or ""))
        for shots, methods in table1_methods.items():
            for method in methods:
                cells.append(dict(method=method, dataset=subset or paper_name, setting=f"general_{shots}",
                                  subset=subset or ""))
        for method in table7_methods:
            cells.append(dict(method=method, dataset=subset or paper_name, setting="general_10shot",
                              subset=subset or ""))
results = X.run_grid(cells, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Table 1/7")
# MVTec classes are subsets of the "MVTec AD" dataset in the paper's tables
is_mvtec = results["paper_dataset"].isin(X.MVTEC_CLASSES)
results.loc[is_mvtec, "subset"] = results.loc[is_mvtec, "paper_dataset"]
results.loc[is_mvtec, "paper_dataset"] = "MVTec AD"
ours = X.to_paper_long(results)
mv = ours[(ours["dataset"] == "MVTec AD") & (ours["status"] == "")]
if len(mv):  # the paper's "MVTec AD" row is the mean over its 15 classes
    means = mv.groupby(["dataset", "method", "setting", "metric"], as_index=False)["mean"].mean()
    ours = pd.concat([ours, means.assign(subset="mean", std=float("nan"), status="")], ignore_index=True)

# %% [markdown]
# ## Table 1: AUC, general setting
# One row per dataset (MVTec AD per class and the `mean` row), KDAD first, then each method with one
# and ten training anomalies. "needs data": run the paper profile with `data_root` holding the dataset.

# %%
ref1 = reference_table("dra_table1")
side_by_side(ref1, X.with_needs_data(ours, ref1, profile, data_root), index=["dataset", "subset"], columns=["setting", "method"], best_group=["setting"],
             missing_label="not run")

# %% [markdown]
# ## Table 7: Deep SAD and MINNS vs DRA (ten anomalies)

# %%
ref7 = reference_table("dra_table7")
side_by_side(ref7, X.with_needs_data(ours[ours["method"].isin(["DeepSAD", "MINNS", "DRA"]) & (ours["setting"] == "general_10shot")], ref7, profile, data_root),
             index=["dataset", "subset"], columns=["method"], missing_label="not run")

# %% [markdown]
# ## One shot vs ten shots
# The paper's "sample efficiency" point: every supervised model drops with one anomaly; DRA drops least.

# %%
ran = results[results["status"] == ""]
if len(ran):
    summary = ran.groupby(["paper_dataset", "column", "setting_id"])["image_auroc"].mean().unstack("setting_id")
    ax = summary.plot.bar(figsize=(8, 3.2), ylim=(0, 1), rot=30)
    ax.set_ylabel("image AUROC (ours)")
    ax.set_title(f"General setting ({profile} profile)")
    plt.tight_layout()
    plt.show()
    display(results[["paper_dataset", "subset", "column", "setting_id", "seed", "image_auroc", "fit_seconds"]]
            .round(3))
