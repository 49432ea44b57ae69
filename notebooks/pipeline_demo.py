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

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("pipeline_demo")

# %% tags=["hide-input"]
from IPython.display import display

from medad_core.book import profile_banner
from medad_core.experiments import data
from medad_core.plots import localisation_grid, score_histograms

profile_banner(profile)
seeds = data.seeds_for(profile, seeds)

# %% [markdown]
# (pipeline-rows)=
# ## The result rows
# Each run is one JSON row, cached under `results/runs/<cache key>.json`; pandas concatenates them.
# The metrics of each row first, then its cost, then where it came from (weights, data, the cache key).

# %%
rows = data.run("demo", profile, data_root, device, seeds, datasets)

# %% tags=["hide-input"]
table = data.demo_rows(rows).set_index(["dataset", "seed"])
# three narrow tables: the metrics, the cost, where each row came from
cost_columns = ["fit_seconds", "predict_seconds", "peak_memory_mb"]
provenance_columns = ["weights", "data_source", "config_hash"]
display(table.drop(columns=cost_columns + provenance_columns, errors="ignore"))
display(table[[c for c in cost_columns if c in table.columns]])
table[[c for c in provenance_columns if c in table.columns]]

# %% [markdown]
# (pipeline-summary)=
# ## Mean and spread over seeds

# %% tags=["hide-input"]
data.demo_summary(rows)

# %% [markdown]
# (pipeline-fig-scores)=
# ## Scores and maps
# Image scores of normal and anomalous test images, and the anomaly map of the highest-scoring
# anomalous image next to the image and its ground-truth mask (first seed), read back from the
# stored predictions of the runs above.

# %%
examples = data.demo_examples(data.grid("demo", profile, data_root, device, seeds, datasets))

# %% tags=["hide-input"]
fig = score_histograms(examples["scores"], xlabel="image score (distance to nearest normal)")

# %% [markdown]
# (pipeline-fig-maps)=
# ### The most anomalous test image of each dataset

# %% tags=["hide-input"]
fig = localisation_grid(
    examples["images"], examples["masks"], examples["maps"], examples["row_labels"], title="pixel_knn anomaly maps"
)
