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
# # DIA Fig. 1: dissolving at growing t, measured on lesion masks
#
# The paper shows dissolved images for growing t and says fine-grained features are removed more as
# t grows (Sec. 3.1); this page measures how much of a known lesion the dissolving transformation D_t
# (Eq. 4) keeps, on phantoms whose lesion masks are known.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
dataset = "pneumoniamnist"  # type: str the DIA dataset whose DDPM and phantom are used
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dia_dissolving")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dia
from medad_core.plots import dissolving_panels, outlined_montage

profile_banner(profile)

# %% [markdown]
# (dia-fig1)=
# ## Fig. 1 measured: lesion detail kept by D_t
# D_t (Eq. 4, one reverse step from t straight to x0 on the clean image) runs with the DDPM of the DIA
# runs on PneumoniaMNIST. Each phantom is one normal image with and without a small lesion, so "lesion
# detail kept" = mean over the mask of |D_t(x) - D_t(x_clean)| / |x - x_clean| (1: the lesion survives,
# 0: dissolved away), beside the mean change |D_t(x) - x| inside and outside the mask. Three lesion
# sizes (radius as a fraction of the side). Phantoms only: the real datasets have no masks.

# %%
effect, examples = dia.dissolve_effect(dataset, profile, device=device)

# %% tags=["hide-input"]
display(Markdown(f"DDPM: `{effect.attrs.get('ddpm', '')}`"))
# one dataset per page: its column repeats; spaces let the headers wrap to the page width
effect.drop(columns=["dataset"], errors="ignore").rename(columns=lambda c: c.replace("_", " ")).round(3)

# %% tags=["hide-input"]
fig = dissolving_panels(effect, title=f"Fig. 1 measured ({dia.PAPER_DATASET_NAMES[dataset]} phantoms)")

# %% [markdown]
# (dia-fig1-examples)=
# ## Fig. 1: dissolved examples

# %% tags=["hide-input"]
fig2 = outlined_montage(
    dia.dissolve_montage(examples), title="the image without its lesion, then D_t of the lesioned image (mask in red)"
)

# %% [markdown]
# (dia-claims-fig1)=
# ## The claim of Sec. 3.1

# %% tags=["hide-input"]
dia.claims({"fig1": effect})[["claim", "ours verdict", "our numbers"]]
