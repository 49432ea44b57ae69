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
# # DIA: which of the paper's claims hold
#
# Each of DIA's claims, checked by the same rule on the paper's printed tables and on our runs:
# **holds**, **does not hold**, or **not tested** (no run of ours covers it in this profile).

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dia_claims")

# %% tags=["hide-input"]
import pandas as pd
from IPython.display import display

from medad_core.book import profile_banner
from medad_core.experiments import dia

profile_banner(profile)

# %% [markdown]
# (dia-claims)=
# ## The claims, on the paper's numbers and on ours
# The claims are data (`medad_core.experiments.dia.CLAIMS`). The runs are those of the other DIA pages
# (read from the cache).

# %%
ours = {}
for name in ("table1", "table2", "table3", "fig4", "blur"):
    rows, _ = dia.run(name, profile, data_root, device, seeds, progress=False)
    ours[name] = dia.paper_frame(rows, name)
ours["table4"] = dia.cost_table(profile)
ours["fig1"] = dia.dissolve_effect("pneumoniamnist", profile, device=device)[0]
table = dia.claims(ours)

# %% tags=["hide-input"]
# two narrower tables instead of one nine columns wide: the verdicts, then the numbers behind them
with pd.option_context("display.max_colwidth", None):
    display(table[["claim", "section", "sentence", "page", "paper verdict", "ours verdict"]])
display(table[["claim", "paper numbers", "our numbers"]])
