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
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dra_losses")

# %% tags=["hide-input"]
from IPython.display import display

from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.experiments.common import finished
from medad_core.plots import bars, loss_curves

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)

# %% [markdown]
# (dra-fig5)=
# ## Fig. 5: AUROC per loss function

# %%
results = dra.run("fig5", profile, data_root, device, seeds)

# %% tags=["hide-input"]
ran = finished(results)
# mean over seeds per seen class first, then over a dataset's seen classes
per_subset = ran.groupby(["paper_dataset", "subset", "column"], as_index=False)["image_auroc"].mean()
table = per_subset.pivot_table(index="paper_dataset", columns="column", values="image_auroc", aggfunc="mean")
table = table[[c for c in dra.LOSS_LABELS.values() if c in table.columns]]
bars(table, title="Fig. 5: loss function (hard setting)", ylabel="AUROC, unseen classes (ours)")
table.round(3)

# %% [markdown]
# (dra-fig5-runs)=
# ### The runs

# %% tags=["hide-input"]
results[["paper_dataset", "subset", "column", "seed", "image_auroc", "status", "error"]].round(3)

# %% [markdown]
# (dra-fig5-loss)=
# ### Training loss
# Training loss per epoch (the sum over DRA's four heads) and how flat each curve ends: the slope of a
# straight line through the last four epochs, also as a share of the drop from the first epoch (a
# curve that has levelled off loses a few per cent of that drop per epoch, one still training tens).

# %% tags=["hide-input"]
fig = loss_curves(dra.loss_histories(results), figsize=(7, 3.5))
dra.loss_slopes(results).round(3)

# %% [markdown]
# (dra-schedule)=
# ## How the quick step count was chosen
# The quick profile trains every open-set model of the chapter for `dra.QUICK_SCHEDULE` (60 steps of
# batch 12 at 48 px, one pyramid level): long enough that DRA's loss levels off before the last epoch.
# Below: DRA's curve under the profile's schedule on Table 2's first cell (Hyper-Kvasir phantom,
# Barretts seen) and its final-loss slope; the chapter page says what shorter schedules gave.

# %%
# the grid's own seed (dra.GRID_SEEDS)
sched = dra.run("schedule", profile, data_root, device)

# %% tags=["hide-input"]
fig = loss_curves(dra.loss_histories(sched), figsize=(7, 3.5))
display(dra.loss_slopes(sched).round(3))
finished(sched)[["paper_dataset", "subset", "column", "seed", "image_auroc"]].round(3)
