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
# # BMAD: localisation examples (Fig. 3.8)
#
# For the three benchmarks with pixel masks (brain MRI, liver CT, retinal OCT RESC): the input,
# its ground-truth mask and each localising method's anomaly map, every map min-max normalised per
# image as BMAD draws them (so the colours compare where each method puts its mass, not its scale).
# The examples are the anomalous test images with the largest lesion, one per dataset and row.
# The runs are the same cached runs as the tables page (first seed).

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile), None = embedded phantoms
seeds = None           # None = the default seeds of the profile
device = "cpu"
methods = None         # None = the eleven BMAD feature-embedding methods (smoke: PaDiM only), or a list of registry names
datasets = None        # None = the three pixel-level BMAD benchmarks (smoke: brain MRI)
examples_per_dataset = 2

# %%
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Markdown, display

from medad_core.api import Setting
from medad_core.bench.bmad import (PAPER_DATASET_NAMES, PAPER_METHOD_NAMES, PIXEL_DATASETS, chapter_config, chapter_grid,
                                   chapter_runs, chapter_seeds)
from medad_core.book import profile_banner
from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset
from medad_core.runner import load_predictions

profile_banner(profile)
seeds = chapter_seeds(profile, seeds)
methods, datasets, note = chapter_grid(profile, methods, datasets)
datasets = [d for d in datasets if d in PIXEL_DATASETS]
if note:
    display(Markdown(note))
rows, missing = chapter_runs(methods, datasets, profile, seeds, data_root=data_root, device=device)
if missing:
    display(Markdown(f"**Not drawn (not registered yet):** {', '.join(missing)}."))

# %%
maps_by = {}
no_maps = []
for method in methods:
    if method in missing:
        continue
    for name in datasets:
        try:
            stored = load_predictions(chapter_config(method, name, profile, seeds[0], data_root, device))
        except Exception:  # a failed run has no stored predictions
            continue
        if "maps" in stored:
            maps_by[(method, name)] = stored["maps"].astype(np.float32)
        elif method not in no_maps:
            no_maps.append(method)
drawn = [m for m in methods if any((m, d) in maps_by for d in datasets)]
if no_maps:
    display(Markdown(f"Image-score-only methods (no map, NA in the tables): {', '.join(no_maps)}."))


def minmax(x: np.ndarray) -> np.ndarray:
    return (x - x.min()) / max(float(x.max() - x.min()), 1e-12)


n_rows = len(datasets) * examples_per_dataset
fig, axes = plt.subplots(n_rows, 2 + len(drawn), figsize=(1.6 * (2 + len(drawn)), 1.7 * n_rows), squeeze=False)
for k, name in enumerate(datasets):
    _, test = make_trainset(load_splits(name, data_root=data_root, profile=profile, seed=seeds[0]),
                            Setting.ONE_CLASS, Protocol(), seeds[0])
    masks = test.masks_tensor().numpy()
    area = masks.reshape(len(masks), -1).sum(1)
    for j, index in enumerate(np.argsort(-area)[:examples_per_dataset]):
        row = axes[k * examples_per_dataset + j]
        image = test[int(index)]["image"].permute(1, 2, 0).squeeze(-1).numpy()
        row[0].imshow(image, cmap="gray")
        row[1].imshow(masks[index], cmap="gray")
        row[0].set_ylabel(PAPER_DATASET_NAMES[name], fontsize=8)
        for c, method in enumerate(drawn):
            if (method, name) in maps_by:
                row[2 + c].imshow(minmax(maps_by[(method, name)][index]), cmap="jet", vmin=0, vmax=1)
            else:
                row[2 + c].text(0.5, 0.5, "not run", ha="center", va="center", fontsize=7)
for c, title in enumerate(["input", "mask"] + [PAPER_METHOD_NAMES.get(m, m) for m in drawn]):
    axes[0, c].set_title(title, fontsize=8)
for ax in axes.ravel():
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle("Fig. 3.8: anomaly maps, min-max normalised per image", fontsize=10)
fig.tight_layout()
plt.show()
