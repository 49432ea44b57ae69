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
# # DRA Fig. 5: deviation loss vs binary cross-entropy vs focal loss
#
# Every head of DRA can be trained with any binary scoring loss (App. C.2): the deviation loss
# (Eq. 10-11, the default), BCE, or focal loss. Hard setting, ten anomalies, averaged over the data
# subsets (seen classes) of each dataset. The paper shows a bar chart without numbers, so only ours are
# drawn; the quick profile runs the Hyper-Kvasir phantom.

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None           # None = the profile's default seeds
device = "cpu"

# %%
import matplotlib.pyplot as plt

from medad_core import dra_experiments as X
from medad_core.book import profile_banner
from medad_core.tables import reference_table

profile_banner(profile)
seeds = X.SEEDS[profile] if seeds is None else list(seeds)
ref2 = reference_table("dra_table2")
HARD = {name: [s for s in ref2[ref2["dataset"] == name]["subset"].unique() if s != "mean"]
        for name in ref2["dataset"].unique()}
GRID = {"smoke": {"Hyper-Kvasir": ["Barretts"]}, "quick": {"Hyper-Kvasir": ["Barretts"]}, "paper": HARD}
setting = "hard_1shot" if profile == "smoke" else "hard_10shot"
cells = [dict(method="dra", dataset=name, setting=setting, subset=seen, label=label,
              params=None if loss == "deviation" else {"loss": loss})
         for name, seen_classes in GRID[profile].items() for seen in seen_classes
         for loss, label in [("deviation", "deviation"), ("bce", "BCE"), ("focal", "focal")]]
results = X.run_grid(cells, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Fig. 5")

# %%
ok = results[results["status"] == ""]
if len(ok):
    table = ok.pivot_table(index="paper_dataset", columns="column", values="image_auroc", aggfunc="mean")
    table = table[[c for c in ["deviation", "BCE", "focal"] if c in table.columns]]
    ax = table.plot.bar(figsize=(6, 3.2), rot=0, ylim=(0, 1))
    ax.set_ylabel("AUROC, unseen classes (ours)")
    ax.set_title("Fig. 5: loss function (hard setting)")
    plt.tight_layout()
    plt.show()
    display(table.round(3))
results[["paper_dataset", "subset", "column", "seed", "image_auroc", "status"]].round(3)
