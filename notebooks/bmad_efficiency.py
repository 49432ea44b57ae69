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
# with the circle size giving the GPU memory used at inference. Here each point is one method on one
# dataset: image AUROC comes from the cached runs of the tables page, time and memory from a cost
# probe of that method on that dataset (`medad_core.experiments.bmad.cost_probe`), which fits it on
# the dataset's own training set and times `predict` on test images already decoded into memory.
# BMAD and anomalib measure no memory, so these are our own measurements; the measurement protocol
# below is generated from the code that ran.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile), None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the default seeds of the profile
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
methods = None  # type: Optional[list[str]] registry names; None: the 15 BMAD algorithms + AnoGAN (smoke: PaDiM)
datasets = None  # type: Optional[list[str]] None: six BMAD benchmarks (quick: four, smoke: brain MRI)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("bmad_efficiency")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import bmad
from medad_core.plots import efficiency_panels

profile_banner(profile)
seeds = bmad.seeds_for(profile, seeds)
methods, datasets, note = bmad.selection(profile, methods, datasets)
if note:
    display(Markdown(note))

# %% [markdown]
# (bmad-fig-efficiency)=
# ## Fig. 3.9: inference time against image AUROC
# The runs of the tables page (cached), then one cost probe per method and dataset whose run
# succeeded: that dataset's own fit, then timed predicts.

# %%
rows, missing = bmad.run("tables", profile, data_root, device, seeds, methods, datasets)
probed, probe_note = bmad.probe_datasets(profile, datasets)
names = bmad.registered(methods)[0]
probe = bmad.cost_probe(names, probed, profile, data_root, device, seed=seeds[0], runs=rows)
per, models, cost, memory_label = bmad.efficiency_frames(rows, probe)

# %% tags=["hide-input"]
if missing:
    display(Markdown(f"**Not measured (not registered yet):** {', '.join(missing)}."))
if probe_note:
    display(Markdown(probe_note))
device_name = "GPU" if "GPU" in memory_label else "CPU"
display(
    Markdown(
        f"**How it was measured.** Every method is timed on batches of **{bmad.PROBE_BATCH} images** "
        f"(the same for every method and dataset): {bmad.PROBE_WARMUP} untimed warm-up call(s) of "
        f"`predict`, then {bmad.PROBE_REPEATS} timed calls; the x axis is the **median** time per "
        "image, the horizontal bar the fastest to slowest call. **File decoding is excluded**: the "
        "test images are read and resized once beforehand, and the decoding time per image is its own "
        f"column below. Memory ({device_name}) is the model's tensors (parameters and buffers, memory "
        "banks included) plus the peak the first predict call added; the fit's peak is a column of "
        "the cost table. The probe fits each method on the dataset's whole training set (so a memory "
        f"bank has its run's size) and stops each training phase after {bmad.PROBE_STEPS} steps, "
        "which reaches a trained network's peak memory, after a priming fit on a few images so that "
        "the process's one-time initialisation is not counted; accuracy and full fit time are the runs'."
    )
)
fig = efficiency_panels(per, [bmad.PAPER_DATASET_NAMES.get(d, d) for d in probed], memory_label)

# %% [markdown]
# (bmad-efficiency-models)=
# ## Size of every method
# Parameters include frozen backbones; multiply-accumulates per image (counted with
# `torch.utils.flop_counter` through each method's predict step on one image) at this profile's
# input size; `model_mb` is the memory of the model's tensors (a memory bank's size is the first
# probed dataset's). These do not depend on the dataset beyond its channels (noted where they do).

# %% tags=["hide-input"]
models.round(3)

# %% [markdown]
# (bmad-efficiency-cost)=
# ## Cost per method and dataset
# `n_train`: training images fitted; `fit_s`: the run's full fit (mean over seeds, decoding of the
# training images included); fit memory: the peak the probe's fit added; `infer_ms_per_image`:
# median of the timed predicts (min and max beside it), decoding excluded; `decode_ms_per_image`:
# reading and resizing one test image; inference memory as in the figure; image AUROC of the runs.
# Fit and accuracy first, then inference time, then memory.

# %% tags=["hide-input"]
keys = [c for c in ["name", "dataset"] if c in cost.columns]
memory_columns = [c for c in cost.columns if "memory" in c]
inference_columns = [c for c in cost.columns if c.startswith(("infer", "decode"))]
by_run = cost.set_index(keys).round(3)
display(by_run.drop(columns=memory_columns + inference_columns))
# spaces let the long headers wrap inside their column
display(by_run[inference_columns].rename(columns=lambda c: c.replace("_", " ")))
by_run[memory_columns]
