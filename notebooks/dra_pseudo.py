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
# # DRA: source of the pseudo anomalies (Table 4)
#
# DRA's pseudo-abnormality head (and the residual and normality heads, which also see the pseudo
# anomalies) can be fed by augmentation — CutPaste-Scar, CutPaste-Mix, CutMix (Eq. 4) — or by
# external outliers (outlier exposure) from MVTec AD or LAG (Sec. 4.6). Hard setting, ten anomalies.
# Pseudo anomalies come from `medad_core.data.pseudo`; the source is `Protocol.pseudo`.
#
# "MVTec AD" as an external source is the multi-class dataset `mvtec_ad`: the `train/good` images of
# every MVTec AD class that does not overlap the target ("we remove the classes that overlap with the
# training/test data", Sec. 4.6; for an MVTec AD class every other class stays). In the paper profile
# it reads `<data_root>/MVTec/<class>/` (a missing folder: "needs data"). Offline stand-ins: LAG is the
# embedded fundus phantom; MVTec AD is an **MVTec-like multi-class phantom** (one phantom domain per
# class folder, `medad_core/data/phantoms/mvtec_like.py`) whose class of the target's own domain (the
# endoscopy class for the Hyper-Kvasir phantom) is removed. The table after Table 4 lists, per run,
# the classes used and removed, from the split record. The quick profile runs the CutMix, MVTec AD
# and LAG columns (`dra.QUICK_CELLS`; LAG's run is Table 2's DRA); the CutPaste columns are "not run".

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dra_pseudo")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.experiments.common import finished, paper_table, provenance
from medad_core.plots import bars

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)

# %% [markdown]
# (dra-table4)=
# ## Table 4

# %%
# the table's only setting is ten shots (smoke runs one shot on its tiny phantom)
results, ref4, ours = dra.table_runs("table4", "dra_table4", profile, data_root, device, seeds, "hard_10shot")

# %% tags=["hide-input"]
display(Markdown(provenance(results, seeds) + " " + dra.seed_note(results)))
paper_table(ref4, ours, index=["dataset", "subset"], columns=["method"])

# %% [markdown]
# (dra-outliers)=
# ## The external outliers of each run
# Classes used (images per class) and removed (why), as recorded in each run's split.

# %% tags=["hide-input"]
dra.outlier_table(results)

# %% [markdown]
# (dra-fig-pseudo)=
# ## Our AUROC per pseudo-anomaly source
# The runs of Table 4, averaged per dataset.

# %% tags=["hide-input"]
ran = finished(results)
by_source = ran.pivot_table(index="paper_dataset", columns="column", values="image_auroc", aggfunc="mean")
fig = bars(
    by_source[[c for c in dict.fromkeys(ran["column"])]],
    title="Pseudo-anomaly source (hard setting)",
    ylabel="AUROC, unseen classes (ours)",
)
