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
# # The pipeline, end to end
#
# One dataset spec → reader → `Detector.fit` → `Detector.predict` → metrics → cached result row →
# table and figure. This page runs the raw-pixel nearest-normal baseline (`pixel_knn`) on two
# embedded phantom datasets through `medad_core.runner`, exactly as every other page does with the
# papers' methods. A second execution of this page reads every row from the results cache.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (None: embedded phantoms)
seeds = None  # type: Optional[list[int]] None: the default seeds of the profile
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
datasets = ["bmad_brain", "bmad_chest"]  # type: list[str] the datasets the demo runs on

# %%
from medad_core.book import profile_banner
from medad_core.experiments import data
from medad_core.plots import localisation_grid, score_histograms

profile_banner(profile)
seeds = data.seeds_for(profile, seeds)
configs = data.grid("demo", profile, data_root, device, seeds, datasets)
rows = data.run("demo", profile, data_root, device, seeds, datasets)

# %% [markdown]
# ## The result rows
# Each run is one JSON row, cached under `results/runs/<cache key>.json`; pandas concatenates them.

# %%
data.demo_rows(rows)

# %%
data.demo_summary(rows)

# %% [markdown]
# ## Scores and maps
# Image scores of normal and anomalous test images, and the anomaly map of the highest-scoring
# anomalous image next to the image and its ground-truth mask (first seed).

# %%
examples = data.demo_examples(configs)
fig = score_histograms(examples["scores"], xlabel="image score (distance to nearest normal)")
fig = localisation_grid(
    examples["images"], examples["masks"], examples["maps"], examples["row_labels"], title="pixel_knn anomaly maps"
)
