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
# by its size) and one short measurement per method (`medad_core.bench.bmad.macs_per_image`): the
# inference memory is the size of the model's tensors plus the peak memory added while predicting a
# batch of 16 images (peak CUDA allocation on a GPU; on CPU the increase of resident memory, an
# approximation). BMAD and anomalib measure neither, so these are our own measurements. The table
# below adds parameters, multiply-accumulates per image (counted with `torch.utils.flop_counter`
# through each method's predict step) and fit time.

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile), None = embedded phantoms
seeds = None           # None = the default seeds of the profile
device = "cpu"
methods = None         # None = the eleven BMAD feature-embedding methods (smoke: PaDiM only), or a list of registry names
datasets = None        # None = the six BMAD benchmarks (smoke: brain MRI only)

# %%
import matplotlib.pyplot as plt
from matplotlib.ticker import NullFormatter
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

from medad_core.bench.bmad import (PAPER_DATASET_NAMES, PAPER_METHOD_NAMES, chapter_grid, chapter_runs, chapter_seeds,
                                   macs_per_image)
from medad_core.book import profile_banner

profile_banner(profile)
seeds = chapter_seeds(profile, seeds)
methods, datasets, note = chapter_grid(profile, methods, datasets)
if note:
    display(Markdown(note))
rows, missing = chapter_runs(methods, datasets, profile, seeds, data_root=data_root, device=device)
if missing:
    display(Markdown(f"**Not measured (not registered yet):** {', '.join(missing)}."))
ok = rows[rows["error"].isna()] if "error" in rows.columns else rows
# one short fit per method on a few images: MACs per image and inference memory
cost_probe = pd.DataFrame([macs_per_image(m, datasets[0], profile, data_root) for m in dict.fromkeys(ok["method"])])
on_gpu = ok["peak_gpu_memory_mb"].notna().any()
memory_label = "inference memory (MB, GPU)" if on_gpu else "inference memory (MB, CPU)"
ok = ok.merge(cost_probe[["method", "inference_mb"]], on="method", how="left")
ok = ok.assign(memory_mb=ok["inference_mb"], name=ok["method"].map(lambda m: PAPER_METHOD_NAMES.get(m, m)))

# %%
per = ok.groupby(["dataset", "name"], sort=False)[["predict_ms_per_image", "image_auroc", "memory_mb"]].mean()
per = per.reset_index()
names = list(dict.fromkeys(per["name"]))
colours = dict(zip(names, plt.cm.tab20(np.linspace(0, 1, max(len(names), 2)))))
n = len(datasets)
cols = min(3, n)
fig, axes = plt.subplots(int(np.ceil(n / cols)), cols, figsize=(4.6 * cols, 3.6 * int(np.ceil(n / cols))),
                         squeeze=False)
scale = 600 / max(float(per["memory_mb"].max()), 1.0)
for ax, name in zip(axes.ravel(), datasets):
    sub = per[per["dataset"] == name]
    for _, r in sub.iterrows():
        ax.scatter(r["predict_ms_per_image"], r["image_auroc"], s=max(r["memory_mb"] * scale, 10),
                   color=colours[r["name"]], alpha=0.6, edgecolors="k", linewidths=0.5)
        ax.annotate(r["name"], (r["predict_ms_per_image"], r["image_auroc"]), fontsize=7,
                    xytext=(3, 3), textcoords="offset points")
    ax.set_xscale("log")
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_title(PAPER_DATASET_NAMES.get(name, name), fontsize=10)
    ax.set_xlabel("inference time per image (ms, log)")
    ax.set_ylabel("image AUROC")
for ax in axes.ravel()[n:]:
    ax.axis("off")
fig.suptitle(f"Fig. 3.9: accuracy vs inference time; circle area ∝ {memory_label}", fontsize=10)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Cost of every method
# Fit time and inference time: mean over datasets and seeds of the cached runs. Parameters include
# frozen backbones; MACs per image at this profile's image size; `process peak` is the runner's
# peak resident memory of the whole process during the run (it includes everything loaded before).

# %%
cost = ok.groupby("method", sort=False).agg(
    params_m=("n_params", lambda s: s.mean() / 1e6), fit_s=("fit_seconds", "mean"),
    infer_ms_per_image=("predict_ms_per_image", "mean"), image_auroc=("image_auroc", "mean"),
    process_peak_mb=("peak_memory_mb", "max")).reset_index()
cost = cost.merge(cost_probe[["method", "gmacs", "model_mb", "inference_mb", "note"]], on="method", how="left")
cost.insert(0, "name", cost["method"].map(lambda m: PAPER_METHOD_NAMES.get(m, m)))
cost.drop(columns="method").rename(columns={"inference_mb": memory_label}).round(3)
