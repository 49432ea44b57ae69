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
# # DDAD-ASR: Tables 1-3 and the claims they carry
#
# Table 1 (the data repartition), Table 2 (AUC and AP of every method, five datasets) and Table 3
# (six anomaly scores x three backbones x five datasets), each cell the paper's value beside ours
# (mean ± std over seeds) and the difference, and the Table 3 claims checked on both.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds (three)
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
datasets = None  # type: Optional[list[str]] None: the profile's datasets (quick: ddad_rsna)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("ddad_tables")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import ddad
from medad_core.experiments.common import provenance
from medad_core.plots import ours_vs_paper

profile_banner(profile)
seeds = ddad.seeds_for(profile, seeds)

# %% [markdown]
# (ddad-table1)=
# ## Table 1: the repartition
# The paper's counts beside the phantom's in this profile. The unlabelled pool D_u is a prefix of the
# abnormal pool plus a prefix of the normal pool at the exact anomaly rate (`--pool-size` sets its
# size: by default the paper's |D_u| on the real data and the whole pools of a phantom). CXAD is the
# authors' private set: its column can only run on the chest phantom.

# %% tags=["hide-input"]
ddad.split_table(profile)

# %% [markdown]
# (ddad-table2)=
# ## Table 2: comparison with the other methods (AUC and AP)
# One `ddad` fit per backbone, dataset and seed gives all six scores of Table 3 (the rows A_rec,
# ensemble A_rec, A_intra, A_inter, R_intra, R_dual), trained in the dual-distribution setting at AR
# 60 %; Table 2's AE / MemAE / AE-U rows are the same runs' A_rec, as in the paper (a single NDM
# member). The one-class baselines of Table 2 run at DDAD's 64 px. The quick profile runs RSNA only
# (the chest phantom), the three backbones and IGD, three seeds; every other cell says *not run*. The
# paper profile runs the five datasets and the five baselines that are registered.

# %%
rows = ddad.run("tables", profile, data_root, device, seeds, datasets=datasets)
ours = ddad.paper_frame(rows, seeds)

# %% tags=["hide-input"]
failed = rows[rows["error"].notna()]
if len(failed):
    display(Markdown("**Runs that failed** (their cells say *failed*, or how many seeds failed):"))
    display(failed[["method", "dataset", "seed", "error"]])
display(Markdown(provenance(rows, seeds)))
ddad.paper_table("ddad_table2", ours, metric=["image_auroc", "image_ap"])

# %% [markdown]
# (ddad-table3)=
# ## Table 3: six scores x three backbones (AUC)
# The same runs as Table 2.

# %% tags=["hide-input"]
ddad.paper_table("ddad_table3", ours, metric="image_auroc")

# %% [markdown]
# (ddad-claims-table3)=
# ## The claims of Table 3
# Each claim is the paper's sentence, checked on the paper's own numbers and on ours (every cell that
# has both scores; "not tested" where a score did not run).

# %% tags=["hide-input"]
claims = ddad.claims_table(table3=ours)
claims[claims["claim"].isin([c.key for c in ddad.CLAIMS if c.source == "table3"])].drop(
    columns=["paper", "page"], errors="ignore"
)

# %% [markdown]
# (ddad-fig-ours-vs-paper)=
# ## Ours against the paper
# Every reproduced cell of Tables 2-3 against the paper's value (one marker per method and dataset).
# Phantoms are not the paper's data: the points need not lie on the diagonal.

# %% tags=["hide-input"]
fig = ours_vs_paper(ddad.paper_pairs(ours), panels=("image_auroc", "image_ap"))

# %% [markdown]
# (ddad-runs)=
# ## All runs

# %% tags=["hide-input"]
ddad.score_rows(rows).dropna(axis=1, how="all").round(3)
