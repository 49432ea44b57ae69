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
# # Claims ledger
#
# Every qualitative claim of the five documents, declared once in its experiments module as a check
# over result rows (`ddad.CLAIMS`, `dia.CLAIMS`, `clip.CLAIMS`, BMAD's family claim, DRA's
# hard-setting claims in `medad_core.experiments.ledger.DRA_CLAIMS`), each checked twice: on the
# paper's own printed numbers and on ours. A verdict is **holds**, **does not hold** or **not
# tested**, and *why not tested* says what is missing: data (a dataset without a phantom stand-in),
# weights (CLIP claims with random weights), the cache (a chapter not built in this profile) or the
# profile (a grid only the paper profile runs). Built from the results cache after every chapter;
# nothing is fitted here. Each chapter page repeats its own claims.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] the chapters' seeds; None: each chapter's defaults
device = "cpu"  # type: str torch device the chapters ran on (part of each run's cache key)

# %% tags=["hide-input"]
from IPython.display import display

from medad_core.book import profile_banner
from medad_core.experiments import ledger
from medad_core.plots import claim_verdicts

profile_banner(profile)

# %% [markdown]
# (ledger-verdicts)=
# ## Verdicts per document

# %%
table = ledger.claims_ledger(profile, data_root, device, seeds)

# %% tags=["hide-input"]
fig = claim_verdicts(ledger.verdict_counts(table), title=f"Claims per document, verdict on ours ({profile} profile)")


def show(paper: str) -> None:
    """The ledger rows of one document."""
    styled = ledger.styled_ledger(table[table["paper"] == ledger.PAPERS[paper]])
    # long claim keys and numbers may break anywhere, so the table fits the page width
    display(styled.set_properties(**{"overflow-wrap": "anywhere"}))


# %% [markdown]
# (ledger-bmad)=
# ## BMAD benchmark (thesis Ch. 3)

# %% tags=["hide-input"]
show("bmad")

# %% [markdown]
# (ledger-dra)=
# ## DRA

# %% tags=["hide-input"]
show("dra")

# %% [markdown]
# (ledger-ddad)=
# ## DDAD-ASR

# %% tags=["hide-input"]
show("ddad")

# %% [markdown]
# (ledger-dia)=
# ## DIA

# %% tags=["hide-input"]
show("dia")

# %% [markdown]
# (ledger-clip)=
# ## CLIP language-enhanced reconstruction (thesis Ch. 4)

# %% tags=["hide-input"]
show("clip")
