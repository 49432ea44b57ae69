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
# # BMAD: model efficiency (Fig. 3.9)
#
# The thesis plots, per benchmark, the average inference time per image (x) against image AUROC (y),
# with the circle size giving the GPU memory used at inference. Here the same plot is drawn from the
# cached runs of the tables page (inference time = wall time of `predict` over the test split divided
# by its size) and one short measurement per method (`medad_core.experiments.bmad.macs_per_image`): the
# inference memory is the size of the model's tensors plus the peak memory added while predicting a
# batch of 16 images (peak CUDA allocation on a GPU; on CPU the increase of resident memory, an
# approximation). BMAD and anomalib measure neither, so these are our own measurements. The table
# below adds parameters, multiply-accumulates per image (counted with `torch.utils.flop_counter`
# through each method's predict step) and fit time.

# %% tags=["parameters"]
profile = "quick"  # smoke | quick | paper
data_root = None  # folder holding the real datasets (paper profile), None = embedded phantoms
seeds = None  # None = the default seeds of the profile
device = "cpu"
methods = None  # None = the eleven BMAD feature-embedding methods (smoke: PaDiM only), or a list of registry names
datasets = None  # None = the six BMAD benchmarks (smoke: brain MRI only)

# %%
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import bmad
from medad_core.plots import efficiency_panels

profile_banner(profile)
seeds = bmad.seeds_for(profile, seeds)
methods, datasets, note = bmad.selection(profile, methods, datasets)
if note:
    display(Markdown(note))
rows, missing = bmad.run("tables", profile, data_root, device, seeds, methods, datasets)
if missing:
    display(Markdown(f"**Not measured (not registered yet):** {', '.join(missing)}."))
# one short fit per method on a few images: MACs per image and inference memory
probe = bmad.cost_probe(rows.loc[rows["error"].isna(), "method"], datasets[0], profile, data_root)
per, cost, memory_label = bmad.efficiency_frames(rows, probe)

# %%
fig = efficiency_panels(per, [bmad.PAPER_DATASET_NAMES.get(d, d) for d in datasets], memory_label)
# %% [markdown]
# ## Cost of every method
# Fit time and inference time: mean over datasets and seeds of the cached runs. Parameters include
# frozen backbones; MACs per image at this profile's image size; `process peak` is the runner's
# peak resident memory of the whole process during the run (it includes everything loaded before).

# %%
cost.round(3)
