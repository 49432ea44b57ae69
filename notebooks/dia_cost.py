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
# # DIA Table 4: parameters and MACs of the training forward
#
# DIA's Table 4, the parameters and MACs of CSI and of DIA at each dissolving resolution, counted on
# the paper's architecture beside the paper's numbers.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
device = "cpu"  # type: str torch device (the counts run on the CPU whatever this is)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dia_cost")

# %% tags=["hide-input"]
from medad_core.book import profile_banner
from medad_core.experiments import dia
from medad_core.experiments.common import paper_table
from medad_core.tables import reference_table

profile_banner(profile)

# %% [markdown]
# (dia-table4)=
# ## Table 4: parameters (M) and MACs (G), paper beside ours
# Counted on the paper's architecture (not a profile's): CSI's ResNet-18 at 224 px with its heads,
# plus, for each dissolving resolution, one forward of the DDPM U-Net of DIA's code (widths
# 64 x (1, 2, 4, 8)). The paper's 19.93 M - 11.2 M = 8.7 M for the DDPM does not fit a U-Net of width
# 64 (DIA's code); the rows "DDPM dim 32" show the U-Net at half width. The counts do not depend on
# the profile.

# %%
cost = dia.cost_table(profile)

# %% tags=["hide-input"]
paper_table(
    reference_table("dia_table4"), cost, index=["method"], columns=["metric"], metric=["params_millions", "macs_giga"]
)

# %% [markdown]
# (dia-table4-ours)=
# ## Our counts

# %% tags=["hide-input"]
cost.pivot_table(index="method", columns="metric", values="mean")
