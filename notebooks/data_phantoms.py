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
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("data_phantoms")

# %% tags=["hide-input"]
import pandas as pd
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import data
from medad_core.plots import outlined_montage, severity_curves

profile_banner(profile)
seeds = data.seeds_for(profile, seeds)
grid_size = 64 if profile == "smoke" else 128

# %% [markdown]
# (data-table-registry)=
# ## The registry
# `real_data_found` is filled when the page runs with `data_root`; `phantom` names the generator
# that stands in for the dataset otherwise. Where each dataset is read from first, then what it is.

# %% tags=["hide-input"]
where, what = data.registry_frames(data_root)
display(where)
with pd.option_context("display.max_colwidth", None):
    display(what)

# %% [markdown]
# (data-table-sizes)=
# ## Sizes
# The papers' numbers beside the phantoms' in this profile (each cell: paper / phantom), one table
# per source document (the
# phantoms keep the real proportions: BMAD's valid and test splits about 1:1, DRA's many more
# anomalies than test normals, DDAD's Table 1 ratios). BMAD's brain, liver, chest and Camelyon test
# splits are given as totals.

# %% tags=["hide-input"]
for heading, table in data.size_frames(profile):
    display(Markdown(heading), table)

# %% [markdown]
# (data-layouts)=
# ## Folder layouts
# One drawing per layout (the error message for a wrong folder prints the same drawing).

# %% tags=["hide-input"]
display(Markdown(data.layout_trees()))

# %% [markdown]
# (data-fig-domains)=
# ## Phantom domains
# Each row is one class: normal images first, then one row per anomaly class at the default
# severity, the mask outlined in red on every second image. Above each grid: the real
# datasets it stands in for.


# %% tags=["remove-input"]
def show_domain(domain):
    samples = data.domain_samples(domain, n_cols=3 if profile == "smoke" else 5, size=grid_size)
    return outlined_montage(samples, title=data.domain_title(domain))


# %% [markdown]
# (data-fig-brain-mri)=
# ### Brain MRI
# BMAD Brain: BraTS2021 FLAIR axial slices 60-99 (240 x 240), tumour masks, saved
# colour-mapped (thesis Fig. 3.3). DRA BrainMRI (Kaggle tumour MRI, 1 class); DDAD Brain Tumor (glioma
# and meningioma are anomalies).

# %% tags=["hide-input"]
fig = show_domain("brain_mri")

# %% [markdown]
# (data-fig-head-ct)=
# ### Head CT
# DRA HeadCT: haemorrhage detection on head CT (75 train, 25 + 100 test).

# %% tags=["hide-input"]
fig = show_domain("head_ct")

# %% [markdown]
# (data-fig-liver-ct)=
# ### Liver CT
# BMAD Liver: BTCV livers (train) and LiTS slices (valid/test, lesion masks), liver
# masked, HU clipped to [-200, 250], histogram-equalised (Fig. 3.4). Also the stand-in of DIA's
# BreastMNIST (no ultrasound generator).

# %% tags=["hide-input"]
fig = show_domain("liver_ct")

# %% [markdown]
# (data-fig-retinal-oct)=
# ### Retinal OCT
# BMAD RESC (edema masks) and OCT2017 (CNV, DME, drusen; image labels), Fig. 3.5; DIA
# Retinal-OCT.

# %% tags=["hide-input"]
fig = show_domain("retinal_oct")

# %% [markdown]
# (data-fig-chest-xray)=
# ### Chest X-ray
# BMAD RSNA ('Lung Opacity', 'No Lung Opacity / Not Normal'; Fig. 3.6), DDAD RSNA and
# VinDr-CXR, DIA PneumoniaMNIST and (as stand-in) SARS-COV-2.

# %% tags=["hide-input"]
fig = show_domain("chest_xray")

# %% [markdown]
# (data-fig-histopathology)=
# ### Histopathology
# BMAD Camelyon16: 256 x 256 H&E patches of lymph nodes at 40x, tumour metastases
# anomalous (Fig. 3.7).

# %% tags=["hide-input"]
fig = show_domain("histopathology")

# %% [markdown]
# (data-fig-endoscopy)=
# ### Endoscopy
# DRA Hyper-Kvasir (anatomical landmarks normal; barretts, barretts-short-segment,
# esophagitis-a, esophagitis-b-d anomalous); DIA Kvasir-Polyp.

# %% tags=["hide-input"]
fig = show_domain("endoscopy")

# %% [markdown]
# (data-fig-fundus)=
# ### Fundus
# LAG (glaucoma; DDAD-ASR, and DRA's external pseudo-anomaly source), DIA APTOS-2019
# (diabetic retinopathy).

# %% tags=["hide-input"]
fig = show_domain("fundus")

# %% [markdown]
# (data-fig-pseudo)=
# ## Pseudo anomalies (DRA)
# CutMix (Eq. 4: a rectangle of area U(0.02, 0.15)·hw and aspect exp(U(ln 0.3, ln 1/0.3)),
# colour-jittered and pasted elsewhere in the same image), CutPaste-Scar (thin rotated strips) and
# CP-Mix (either, with probability 1/2), on phantom endoscopy frames and chest X-rays; pasted pixels
# outlined.

# %% tags=["hide-input"]
fig = outlined_montage(data.pseudo_samples(grid_size), cell_inches=1.6)

# %% [markdown]
# (data-table-baselines)=
# ## Method-free baselines per domain
# Each domain is scored on the phantom of one dataset it stands in for (read through its real
# layout), in this profile's sizes, by the runner (`pixel_knn`, cached like every other run; each
# seed draws its own phantom dataset): the image AUROC of the distance to the nearest normal training
# image, in raw pixels and in block statistics (mean and standard deviation of each channel in
# 8 x 8 blocks; raw pixels cannot tell stationary textures such as H&E tissue apart). The default
# severities were chosen so that the better of the two is clearly above chance but below 1: the
# methods of the papers have room above them.

# %%
baseline = data.baseline_frame(data.run("baseline", profile, data_root, device, seeds))

# %% tags=["hide-input"]
# the scores per domain, then what each domain's row was run on (two narrow tables)
scores, runs, sentence = data.baseline_summary(baseline)
display(scores, runs, Markdown(sentence))

# %% [markdown]
# (data-fig-severity)=
# ## Severity
# The same baselines as the severity grows: each representative dataset is written once per
# severity in its real layout (40 training images, 12 test normals and at least 12 anomalies; into
# the results folder) and run through the runner, comparing images at 48 px (32 px in the smoke
# profile): anomalies go from invisible to obvious, and the default sits in between.

# %%
sweep = data.severity_frame(data.run("severity", profile, device=device))

# %% tags=["hide-input"]
fig = severity_curves(sweep)
