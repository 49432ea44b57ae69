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
# # DDAD-ASR Fig. 5: the anomaly rate of the unlabelled pool
#
# DDAD (AE backbone) on RSNA with the anomaly rate (AR) of D_u from 0 to 100 %: R_dual, R_intra,
# A_inter, A_intra and the reconstruction baseline (A_rec), beside the points the paper's text states,
# and the claims of Sec. 4.4.1.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds (three)
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("ddad_anomaly_rate")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import ddad
from medad_core.experiments.common import provenance
from medad_core.plots import anomaly_rate_curves

profile_banner(profile)
seeds = ddad.seeds_for(profile, seeds)

# %% [markdown]
# (ddad-fig5)=
# ## Fig. 5: AUROC against the anomaly rate (mean ± std over seeds)
# The paper draws the curves without printing them; the text of Sec. 4.4.1 states some points (dashed;
# dotted where a value holds for every AR), transcribed in `medad_core/reference/ddad_fig5.csv`.
# A_intra, R_intra and A_rec depend on the NDM only, so they cannot move with the AR. The quick profile
# runs AR 0, 60 and 100 % on the chest phantom (the paper profile 0, 20, ..., 100 %), three seeds each.

# %%
rows = ddad.run("fig5", profile, data_root, device, seeds)
curves = ddad.fig5_curves(ddad.fig5_frame(rows, seeds))

# %% tags=["hide-input"]
display(Markdown(provenance(rows, seeds)))
ddad.fig5_table(curves)

# %% tags=["hide-input"]
fig = anomaly_rate_curves(curves, ddad.fig5_reference())

# %% [markdown]
# (ddad-claims-fig5)=
# ## The claims of Sec. 4.4.1

# %% tags=["hide-input"]
claims = ddad.claims_table(fig5=ddad.fig5_frame(rows, seeds))
claims[claims["claim"].isin([c.key for c in ddad.CLAIMS if c.source == "fig5"])].drop(
    columns=["paper", "page"], errors="ignore"
)
