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
# # DRA ablation: Table 3
#
# Which abnormality heads matter (DRA Sec. 4.5), ten labelled anomalies:
#
# | variant | g_s (seen) | g_p (pseudo) | g_r (latent residual) | g_n (normality) |
# |---|---|---|---|---|
# | DRA1A  | ✓ |   |   |   |
# | DRA2A  | ✓ | ✓ |   |   |
# | DRA3Ar | ✓ | ✓ | ✓ |   |
# | DRA3An | ✓ | ✓ |   | ✓ |
# | DRA    | ✓ | ✓ | ✓ | ✓ |
#
# Each variant is the same `DRA` detector with a different `heads` parameter (registered as
# `dra1a`, `dra2a`, `dra3ar`, `dra3an`). General-setting rows first, then hard-setting rows named
# after the seen class; the quick profile runs the general-setting row of the Hyper-Kvasir phantom
# (`dra.QUICK_CELLS`: its DRA is Table 1's and its DRA2A Fig. 3's, shared through the cache).

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dra_ablation")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.experiments.common import finished, paper_table, provenance
from medad_core.plots import lines

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)

# %% [markdown]
# (dra-table3)=
# ## Table 3

# %%
# the paper's summary rows: MVTec AD "mean" over classes, hard-setting "mean" over seen classes
results, ref3, ours = dra.table_runs("table3", "dra_table3", profile, data_root, device, seeds)

# %% tags=["hide-input"]
display(Markdown(provenance(results, seeds) + " " + dra.seed_note(results)))
paper_table(ref3, ours, index=["setting", "dataset", "subset"], columns=["method"])

# %% [markdown]
# (dra-fig-heads)=
# ## Heads added one at a time (ours)

# %% tags=["hide-input"]
ran = finished(results)
pivot = ran.pivot_table(index=["setting_id", "paper_dataset", "subset"], columns="column", values="image_auroc")
pivot = pivot[[c for c in dict.fromkeys(results["column"]) if c in pivot.columns]]
lines(pivot, xlabel="variant")
pivot.round(3)
