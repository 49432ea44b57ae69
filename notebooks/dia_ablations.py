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
# # DIA Tables 2 and 3: shifting transformation and dissolving resolution, plus a blur control
#
# DIA's ablations of its shifting transformation (Table 2) and of the dissolving resolution (Table 3),
# the paper beside ours, and a control the paper does not report: a Gaussian blur in place of the DDPM.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's seeds (three)
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dia_ablations")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dia

profile_banner(profile)

# %% [markdown]
# (dia-table2)=
# ## Table 2: Perm vs Rotate
# CutPerm (`shift="perm"`) against rotation (`shift="rotate"`, the default) as DIA's shifting
# transformation.

# %%
table2_rows, _ = dia.run("table2", profile, data_root, device, seeds)
table2 = dia.paper_frame(table2_rows, "table2")

# %% tags=["hide-input"]
display(Markdown(dia.selection("table2", profile)[2]))
dia.paper_table_of(table2, "table2")

# %% [markdown]
# (dia-table3)=
# ## Table 3: dissolving resolution
# DIA dissolving at 32, 64 and 128 px (`dissolve_size`, one DDPM per resolution).

# %%
table3_rows, _ = dia.run("table3", profile, data_root, device, seeds)
table3 = dia.paper_frame(table3_rows, "table3")

# %% tags=["hide-input"]
display(Markdown(dia.selection("table3", profile)[2]))
dia.paper_table_of(table3, "table3")

# %% [markdown]
# (dia-blur)=
# ## Control: DDPM dissolving vs Gaussian blur (ours only)
# The control of the code's README: a Gaussian blur in place of the DDPM (`dissolve="gaussian_blur"`),
# which the paper does not report (mean image AUROC over seeds).

# %%
blur_rows, _ = dia.run("blur", profile, data_root, device, seeds)
blur = dia.paper_frame(blur_rows, "blur")

# %% tags=["hide-input"]
display(Markdown(dia.selection("blur", profile)[2]))
blur.pivot_table(index="method", columns="dataset", values="mean").round(3)

# %% [markdown]
# (dia-ablations-runs)=
# ## Every run

# %% tags=["hide-input"]
cols = ["label", "dataset", "seed", "image_auroc", "fit_seconds", "error"]
for name, r in (("Table 2", table2_rows), ("Table 3", table3_rows), ("blur control", blur_rows)):
    display(Markdown(f"**{name}**"))
    display(r[[c for c in cols if c in r]].dropna(axis=1, how="all").round(3))
