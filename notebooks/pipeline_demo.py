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
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (None = embedded phantoms)
seeds = None           # None = the default seeds of the profile
device = "cpu"
datasets = ["bmad_brain", "bmad_chest"]

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from medad_core.api import Setting
from medad_core.book import profile_banner
from medad_core.config import Protocol, RunConfig
from medad_core.data import load_splits, make_trainset
from medad_core.runner import PROFILE_SEEDS, load_predictions, run_many

profile_banner(profile)
seeds = PROFILE_SEEDS[profile] if seeds is None else seeds
configs = [RunConfig(method="pixel_knn", dataset=name, profile=profile, seed=seed, device=device,
                     data_root=data_root)
           for name in datasets for seed in seeds]
rows = run_many(configs, keep_predictions=True, progress=False)

# %% [markdown]
# ## The result rows
# Each run is one JSON row, cached under `results/runs/<config hash>.json`; pandas concatenates them.

# %%
columns = ["dataset", "seed", "image_auroc", "image_ap", "pixel_auroc", "pro", "dice", "fit_seconds",
           "predict_seconds", "peak_memory_mb", "weights", "data_source", "config_hash"]
rows[columns].round(3)

# %%
summary = rows.groupby("dataset")[["image_auroc", "pixel_auroc", "pro"]].agg(["mean", "std"]).round(3)
summary

# %% [markdown]
# ## Scores and maps
# Image scores of normal and anomalous test images, and the anomaly map of the highest-scoring
# anomalous image next to its ground-truth mask (first seed).

# %%
fig, axes = plt.subplots(1, 1 + 2 * len(datasets), figsize=(4 + 5 * len(datasets), 3.2),
                         gridspec_kw={"width_ratios": [1.6] + [1] * (2 * len(datasets))})
for k, name in enumerate(datasets):
    stored = load_predictions(configs[k * len(seeds)])
    labels, scores = stored["labels"], stored["scores"]
    axes[0].hist(scores[labels == 0], bins=20, alpha=0.5, label=f"{name} normal")
    axes[0].hist(scores[labels == 1], bins=20, alpha=0.5, label=f"{name} anomalous")
    if "maps" in stored:
        best = int(np.argmax(np.where(labels == 1, scores, -np.inf)))
        axes[1 + 2 * k].imshow(stored["maps"][best].astype(np.float32), cmap="inferno")
        axes[1 + 2 * k].set_title(f"{name}: map")
        _, test = make_trainset(load_splits(name, data_root=data_root, profile=profile, seed=seeds[0]),
                                Setting.ONE_CLASS, Protocol(), seeds[0])
        item = test[best]
        axes[2 + 2 * k].imshow(item["image"].permute(1, 2, 0).squeeze(-1).numpy(), cmap="gray")
        if "mask" in item:
            axes[2 + 2 * k].contour(item["mask"].numpy(), levels=[0.5], colors="red", linewidths=0.8)
        axes[2 + 2 * k].set_title(f"{name}: {item['anomaly_class']}")
    for ax in axes[1 + 2 * k: 3 + 2 * k]:
        ax.axis("off")
axes[0].set_xlabel("image score (distance to nearest normal)")
axes[0].legend(fontsize=7)
fig.tight_layout()
plt.show()
