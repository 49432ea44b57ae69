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
# # The datasets and their phantoms
#
# The five documents use twenty medical datasets in five folder layouts. None of them can be
# downloaded here, so medad ships **procedural phantoms**: one generator per imaging domain, each
# with anatomy-like structure, texture, normal variation and several named anomaly classes with
# pixel masks. A phantom is written **in the real layout** of the dataset it stands in for and read
# back by that dataset's real reader, so every run on a phantom exercises the code that reads the
# real data. This page shows
#
# 1. the registry (`medad datasets`): layout, folder, resolution, masks and phantom of each dataset,
#    and the sizes the papers report beside the phantom's sizes in this profile;
# 2. the folder trees the readers expect (how to obtain the data: {doc}`../datasets`);
# 3. sample grids of each phantom domain beside the description of the real data (the thesis's
#    Fig. 3.3-3.7 show the real BMAD images);
# 4. the pseudo anomalies of DRA (CutMix, Eq. 4; CutPaste-Scar; CutPaste-Mix);
# 5. two method-free baselines (distance to the nearest normal image in raw pixels and in 8 x 8
#    block statistics): clearly above chance, not perfect, at the default severities.

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None           # None = the profile's default seeds
device = "cpu"

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import torch
from IPython.display import Markdown, display
from scipy import ndimage
from sklearn.metrics import roc_auc_score

from medad_core.book import profile_banner
from medad_core.data import DATASETS, dataset_table, expected_tree, load_splits, size_table
from medad_core.data.baseline import nearest_normal_auroc, nearest_normal_scores
from medad_core.data.phantoms import DEFAULT_SEVERITY, render
from medad_core.data.pseudo import cutmix, cutpaste_mix, cutpaste_scar
from medad_core.data.spec import DOMAINS
from medad_core.runner import PROFILE_SEEDS

profile_banner(profile)
seeds = PROFILE_SEEDS[profile] if seeds is None else list(seeds)
grid_size = 64 if profile == "smoke" else 128

# %% [markdown]
# ## The registry
# `real_data_found` is filled when the page runs with `data_root`; `phantom` names the generator
# that stands in for the dataset otherwise.

# %%
registry = pd.DataFrame(dataset_table(data_root))
registry["description"] = [DATASETS[n].description for n in registry["dataset"]]
registry

# %% [markdown]
# Sizes: the papers' numbers beside the phantoms' in this profile (the phantoms keep the real
# proportions: BMAD's valid and test splits about 1:1, DRA's many more anomalies than test normals,
# DDAD's Table 1 ratios). BMAD's brain, liver, chest and Camelyon test splits are given as totals.

# %%
sizes = pd.DataFrame(size_table(profile)).set_index("dataset")
cols = [c for c in sizes.columns if c.startswith(("paper", "phantom")) and c != "paper source"]
sizes[["paper source"] + cols].astype(object).where(sizes.notna(), "")

# %% [markdown]
# ## Folder layouts
# One drawing per layout (the error message for a wrong folder prints the same drawing).

# %%
for name in ("bmad_brain", "bmad_liver", "bmad_resc", "bmad_chest", "brainmri", "ddad_rsna", "pneumoniamnist",
             "aptos", "kvasir"):
    spec = DATASETS[name]
    display(Markdown(f"**{name}** (`{spec.layout}`)\n```text\n{expected_tree(spec)}\n```"))

# %% [markdown]
# ## Phantom domains
# Each row is one class: normal images first, then one row per anomaly class at the default
# severity, the mask outlined in red on every second image. Beside each grid: the real
# datasets it stands in for.

# %%
DOMAIN_TEXT = {
    "brain_mri": "**Brain MRI.** BMAD Brain: BraTS2021 FLAIR axial slices 60-99 (240 x 240), tumour masks, saved "
                 "colour-mapped (thesis Fig. 3.3). DRA BrainMRI (Kaggle tumour MRI, 1 class); DDAD Brain Tumor "
                 "(glioma and meningioma are anomalies).",
    "head_ct": "**Head CT.** DRA HeadCT: haemorrhage detection on head CT (75 train, 25 + 100 test).",
    "liver_ct": "**Liver CT.** BMAD Liver: BTCV livers (train) and LiTS slices (valid/test, lesion masks), liver "
                "masked, HU clipped to [-200, 250], histogram-equalised (Fig. 3.4). Also the stand-in of DIA's "
                "BreastMNIST (no ultrasound generator).",
    "retinal_oct": "**Retinal OCT.** BMAD RESC (edema masks) and OCT2017 (CNV, DME, drusen; image labels), "
                   "Fig. 3.5; DIA Retinal-OCT.",
    "chest_xray": "**Chest X-ray.** BMAD RSNA ('Lung Opacity', 'No Lung Opacity / Not Normal'; Fig. 3.6), DDAD "
                  "RSNA and VinDr-CXR, DIA PneumoniaMNIST and (as stand-in) SARS-COV-2.",
    "histopathology": "**Histopathology.** BMAD Camelyon16: 256 x 256 H&E patches of lymph nodes at 40x, tumour "
                      "metastases anomalous (Fig. 3.7).",
    "endoscopy": "**Endoscopy.** DRA Hyper-Kvasir (anatomical landmarks normal; barretts, barretts-short-segment, "
                 "esophagitis-a, esophagitis-b-d anomalous); DIA Kvasir-Polyp.",
    "fundus": "**Fundus.** LAG (glaucoma; DDAD-ASR, and DRA's external pseudo-anomaly source), DIA APTOS-2019 "
              "(diabetic retinopathy).",
}


def outline(image, mask):
    rgb = np.repeat(image[..., None], 3, -1) if image.ndim == 2 else image.copy()
    edge = mask & ~ndimage.binary_erosion(mask)
    rgb[edge] = [1.0, 0.1, 0.1]
    return rgb


def domain_grid(domain, n_cols=3 if profile == "smoke" else 5, size=grid_size, gap=2):
    """One montage per domain (a single axes: fast to draw), rows = normal, then each class."""
    classes = [None, *DOMAINS[domain]]
    cell = size + gap
    montage = np.ones((len(classes) * cell - gap, n_cols * cell - gap, 3), np.float32)
    for r, cls in enumerate(classes):
        for c in range(n_cols):
            image, mask = render(domain, np.random.default_rng([7, r, c]), size, cls)
            shown = outline(image, mask) if cls is not None and c % 2 == 1 else outline(image, np.zeros_like(mask))
            montage[r * cell:r * cell + size, c * cell:c * cell + size] = shown
    fig, ax = plt.subplots(figsize=(1.5 * n_cols + 1.5, 1.5 * len(classes)))
    ax.imshow(montage, interpolation="nearest")
    ax.set_yticks([r * cell + size / 2 for r in range(len(classes))], [c or "normal" for c in classes], fontsize=8)
    ax.set_xticks([])
    ax.set_title(f"{domain} (default severity {DEFAULT_SEVERITY[domain]})", fontsize=10)
    plt.show()


for domain in DOMAINS:
    display(Markdown(DOMAIN_TEXT[domain]))
    domain_grid(domain)

# %% [markdown]
# ## Pseudo anomalies (DRA)
# CutMix (Eq. 4: a rectangle of area U(0.02, 0.15)·hw and aspect exp(U(ln 0.3, ln 1/0.3)),
# colour-jittered and pasted elsewhere in the same image), CutPaste-Scar (thin rotated strips) and
# CP-Mix (either, with probability 1/2), on phantom chest X-rays and endoscopy frames; pasted pixels
# outlined.

# %%
batch = torch.stack([torch.from_numpy(render("endoscopy", np.random.default_rng([9, i]), grid_size)[0]).permute(2, 0, 1)
                     for i in range(4)]
                    + [torch.from_numpy(render("chest_xray", np.random.default_rng([9, i]), grid_size)[0])[None]
                       .expand(3, -1, -1) for i in range(4)])
rows_img = []
for row, fn in enumerate((cutmix, cutpaste_scar, cutpaste_mix)):
    images, masks = fn(batch, torch.Generator().manual_seed(row))
    rows_img.append(np.concatenate([outline(images[c].permute(1, 2, 0).numpy(), masks[c].numpy())
                                    for c in range(len(batch))], axis=1))
fig, ax = plt.subplots(figsize=(13, 5))
ax.imshow(np.concatenate(rows_img, axis=0))
ax.set_yticks([(i + 0.5) * grid_size for i in range(3)], ["CutMix", "CP-Scar", "CP-Mix"])
ax.set_xticks([])
plt.show()

# %% [markdown]
# ## Method-free baselines per domain
# Each domain is scored on the phantom of one dataset it stands in for (read through its real
# layout), in this profile's sizes: the image AUROC of the distance to the nearest normal training
# image, in raw pixels and in block statistics (mean and standard deviation of each channel in
# 8 x 8 blocks; raw pixels cannot tell stationary textures such as H&E tissue apart). The default
# severities were chosen so that the better of the two is clearly above chance but below 1: the
# methods of the papers have room above them.

# %%
REPRESENTATIVE = {"brain_mri": "bmad_brain", "head_ct": "headct", "liver_ct": "bmad_liver",
                  "retinal_oct": "bmad_resc", "chest_xray": "bmad_chest", "histopathology": "bmad_camelyon",
                  "endoscopy": "hyperkvasir", "fundus": "lag"}
size_override = 32 if profile == "smoke" else None
rows = []
for domain, name in REPRESENTATIVE.items():
    for seed in seeds:
        splits = load_splits(name, data_root=data_root, profile=profile, seed=seed, image_size=size_override)
        rows.append({"domain": domain, "dataset": name, "seed": seed, "source": splits.source,
                     "image_size": splits.image_size, "train": len(splits.train), "test": len(splits.test),
                     "severity": DEFAULT_SEVERITY[domain],
                     "raw_pixel": nearest_normal_auroc(splits, "raw_pixel"),
                     "block_stats": nearest_normal_auroc(splits, "block_stats")})
baseline = pd.DataFrame(rows)
table = baseline.groupby(["domain", "dataset", "source", "image_size", "train", "test", "severity"])[
    ["raw_pixel", "block_stats"]].agg(["mean", "std"]).round(3)
table

# %%
best = baseline.groupby("domain")[["raw_pixel", "block_stats"]].mean().max(axis=1)
display(Markdown("Best simple baseline per domain (mean image AUROC): "
                 + ", ".join(f"{d} {v:.2f}" for d, v in best.items())))

# %% [markdown]
# ## Severity
# The same baselines on freshly rendered images as the severity grows (48 px; fewer images in the
# smoke profile): anomalies go from invisible to obvious, and the default sits in between.

# %%
n_img = 8 if profile == "smoke" else 30
severities = [0.2, 1.0] if profile == "smoke" else [0.2, 0.5, 0.8, 1.0]
sweep_size = 32 if profile == "smoke" else 48


def as_tensor(images):
    t = torch.from_numpy(np.stack(images))
    return t[:, None] if t.ndim == 3 else t.permute(0, 3, 1, 2)


sweep = []
for domain in DOMAINS:
    classes = DOMAINS[domain]
    train = as_tensor([render(domain, np.random.default_rng([11, i]), sweep_size)[0] for i in range(2 * n_img)])
    normal = as_tensor([render(domain, np.random.default_rng([12, i]), sweep_size)[0] for i in range(n_img)])
    for sev in severities:
        anomalous = as_tensor([render(domain, np.random.default_rng([13, i]), sweep_size,
                                      classes[i % len(classes)], sev)[0] for i in range(n_img)])
        test = torch.cat([normal, anomalous])
        labels = np.r_[np.zeros(n_img), np.ones(n_img)]
        for kind in ("raw_pixel", "block_stats"):
            sweep.append({"domain": domain, "severity": sev, "baseline": kind,
                          "auroc": roc_auc_score(labels, nearest_normal_scores(train, test, kind))})
sweep = pd.DataFrame(sweep)
fig, axes = plt.subplots(1, 2, figsize=(11, 3.8), sharey=True)
for ax, kind in zip(axes, ("raw_pixel", "block_stats")):
    for domain, part in sweep[sweep["baseline"] == kind].groupby("domain"):
        ax.plot(part["severity"], part["auroc"], marker="o", label=domain)
    ax.axhline(0.5, color="grey", lw=0.8, ls="--")
    ax.set_title(kind)
    ax.set_xlabel("severity")
axes[0].set_ylabel("image AUROC")
axes[1].legend(fontsize=7, loc="lower right")
fig.tight_layout()
plt.show()
