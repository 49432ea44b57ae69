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
# # Dashboard: how much of each paper this build reproduces
#
# For every table and figure of the five documents whose numbers medad transcribes
# (`medad_core/reference/`): how many of the paper's cells have a number of ours, how far ours are
# from the paper's, and which profile, weights and data produced them. Generated after every chapter
# from the results cache (nothing is fitted here); the book's landing page shows the same figure and
# table. The claims behind the tables are on the {doc}`claims` page.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] the chapters' seeds; None: each chapter's defaults
device = "cpu"  # type: str torch device the chapters ran on (part of each run's cache key)

# %% tags=["hide-input"]
from pathlib import Path

from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import ledger
from medad_core.plots import reproduction_dashboard

profile_banner(profile)

# %% [markdown]
# (dashboard-figure)=
# ## Ours beside the papers' tables
#
# Left, per table, the paper's cells (grey) and those with a number of ours; right, ours minus the
# paper's.

# %%
collected = ledger.collect(profile, data_root, device, seeds)
summary = ledger.reproduction_summary(profile, collected=collected)
counts = ledger.verdict_counts(ledger.claims_ledger(profile, collected=collected))

# %% tags=["hide-input"]
fig = reproduction_dashboard(summary, title=f"Ours beside the papers' tables ({profile} profile)")
table = ledger.dashboard_table(summary)
# the landing page (book/index.md) includes these two files: glue does not paste across pages
out = Path("book") / "generated"
out.mkdir(parents=True, exist_ok=True)
fig.savefig(out / "dashboard.png", dpi=110, bbox_inches="tight")
_ = (out / "dashboard_table.md").write_text(ledger.dashboard_markdown(table, counts, profile, collected.errors))

# %% [markdown]
# (dashboard-table)=
# ## Cells with ours, per table
#
# `median (IQR)` is ours minus the paper's, in percentage points for AUROC-like numbers (DIA Table
# 4 in its own units: parameters in millions, MACs in G). A table with no cell of ours in this
# profile needs data, weights, or the paper profile.

# %% tags=["hide-input"]
display(Markdown(table.to_markdown(index=False)))

# %% [markdown]
# (dashboard-claims)=
# ## Claims per document
#
# Verdicts on our numbers (the ledger gives each claim with its sentence and numbers):

# %% tags=["hide-input"]
display(counts.style.hide(axis="index"))
if collected.errors:
    display(Markdown("**Not read:** " + "; ".join(f"{p}: {e}" for p, e in collected.errors.items())))
