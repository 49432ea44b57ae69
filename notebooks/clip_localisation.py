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
# # CLIP reconstruction: localisation examples (Fig. 4.4)
#
# Anomaly maps of the thesis model (ViT with DA) beside WinCLIP, zero-shot CLIP and the DDPM baseline
# on test images of the benchmarks with masks, as the thesis's Fig. 4.4 shows them.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile), None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the default seeds of the profile
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
datasets = None  # type: Optional[list[str]] registry names; None: the tables page's datasets with masks
examples_per_dataset = 2  # type: int localisation examples shown per dataset

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("clip_localisation")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import clip
from medad_core.plots import localisation_grid

profile_banner(profile)
seeds = clip.seeds_for(profile, seeds)
labels = ["WinCLIP", "CLIP", "DDPM", clip.BEST]
if profile == "smoke":
    labels = [label for label in labels if label in clip.SMOKE_ROWS]

# %% [markdown]
# (clip-fig4-4)=
# ## Fig. 4.4: anomaly maps on the test images with the largest lesions
# Each map min-max normalised per image. The maps are the stored predictions of the tables page's runs
# (first seed); this page fits nothing that page has not.

# %%
runs = clip.run("tables", profile, data_root, device, seeds[:1], labels, datasets)
examples = clip.localisation_examples(
    profile, seeds[0], data_root, device, labels, datasets, per_dataset=examples_per_dataset
)

# %% tags=["hide-input"]
if examples["no_maps"]:
    display(Markdown(f"No stored maps for: {', '.join(examples['no_maps'])}."))
fig = localisation_grid(
    examples["images"],
    examples["masks"],
    examples["maps"],
    examples["row_labels"],
    title="Fig. 4.4: anomaly maps, min-max normalised per image",
)
