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
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile), None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the default seeds of the profile
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
methods = None  # type: Optional[list[str]] registry names; None: the 15 BMAD algorithms + AnoGAN (smoke: PaDiM)
datasets = None  # type: Optional[list[str]] None: the three pixel-level BMAD benchmarks (smoke: brain MRI)
examples_per_dataset = 2  # type: int localisation examples shown per dataset

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("bmad_localisation")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import bmad
from medad_core.plots import localisation_grid

profile_banner(profile)
seeds = bmad.seeds_for(profile, seeds)
methods, datasets, note = bmad.selection(profile, methods, datasets, name="localisation")
if note:
    display(Markdown(note))

# %% [markdown]
# (bmad-fig-localisation)=
# ## Fig. 3.8: anomaly maps on the pixel-level benchmarks
# The runs (cached, shared with the tables page), then the stored maps of the examples.

# %%
rows, missing = bmad.run("localisation", profile, data_root, device, seeds, methods, datasets)
drawn = [m for m in methods if m not in missing]
examples = bmad.localisation_examples(
    drawn, datasets, profile, seeds[0], data_root, device, per_dataset=examples_per_dataset
)

# %% tags=["hide-input"]
if missing:
    display(Markdown(f"**Not drawn (not registered yet):** {', '.join(missing)}."))
if examples["no_maps"]:
    display(Markdown(f"Image-score-only methods (no map, NA in the tables): {', '.join(examples['no_maps'])}."))
fig = localisation_grid(
    examples["images"],
    examples["masks"],
    examples["maps"],
    examples["row_labels"],
    title="Fig. 3.8: anomaly maps, min-max normalised per image",
)
