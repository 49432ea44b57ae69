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
# # DIA Table 1: fine-grained medical anomaly detection, seven methods, six datasets
#
# DIA's Table 1 (image AUROC, one-class setting), the paper's number beside ours (mean ± std over
# seeds) in every cell, and ours drawn against the paper's.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's seeds (DIA and CSI three, the baselines one in quick)
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
methods = None  # type: Optional[list[str]] registry names of the rows to run; None: the profile's selection
datasets = None  # type: Optional[list[str]] dataset names to run; None: the profile's selection

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dia_table1")

# %% tags=["hide-input"]
import pandas as pd
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dia
from medad_core.experiments.common import provenance
from medad_core.plots import ours_vs_paper

profile_banner(profile)
rows_run, datasets_run, note = dia.selection("table1", profile, methods, datasets)

# %% [markdown]
# (dia-table1)=
# ## Table 1: image AUROC, paper beside ours
# Every method trains on the healthy images of one dataset and scores the test split. Rows as the
# paper prints them: KDAD (`mkd`), Transformaly, RD4AD, UniAD, Meanshift (`msc`), the baseline CSI and
# DIA; Δ is ours minus the paper's.

# %%
rows, missing = dia.run("table1", profile, data_root, device, seeds, methods, datasets)
ours = dia.paper_frame(rows, "table1")

# %% tags=["hide-input"]
if note:
    display(Markdown(note))
display(Markdown(provenance(rows, sorted(set(rows["seed"])) if len(rows) else [])))
if missing:
    display(Markdown(f"Not registered (not run): {', '.join(missing)}."))
dia.paper_table_of(ours, "table1")

# %% [markdown]
# (dia-fig-table1)=
# ## Ours against the paper
# Ours against the paper's AUROC, one point per reproduced cell (the dashed line is equality).

# %% tags=["hide-input"]
pairs = dia.paper_pairs(ours)
fig = ours_vs_paper(pairs, panels=("image_auroc",)) if len(pairs) else display(Markdown("No cell of ours yet."))

# %% [markdown]
# (dia-table1-runs)=
# ## Every run
# Seeds separately. DIA's row records the DDPM it dissolved with (`ddpm`: the checkpoint's hash,
# whether it was trained now or read from the cache, its widths).

# %% tags=["hide-input"]
cols = ["label", "dataset", "seed", "image_auroc", "fit_seconds", "weights", "data_source", "error"]
runs = rows[[c for c in cols if c in rows]].copy()
if "fit_info" in rows:
    runs["ddpm"] = [
        (fi or {}).get("ddpm", {}).get("hash", "") if isinstance(fi, dict) else "" for fi in rows["fit_info"]
    ]
runs.dropna(axis=1, how="all").rename(columns=lambda c: c.replace("_", " ")).round(3)

# %% [markdown]
# (dia-normal-class)=
# ## Normal class: the paper's healthy images, not the code's README command
#
# The paper trains on "the healthy samples" (Sec. 4.1). The README command of the code passes
# `--one_class_idx 0`, which for two datasets would train on the anomalous class; medad follows the
# paper.

# %% tags=["hide-input"]
pd.DataFrame(dia.LABEL_FLAGS, columns=["dataset", "medad's normal class", "the code's README command"])
