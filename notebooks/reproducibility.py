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
# # Reproducibility: what produced this book
#
# Generated when the book was built, after every other page: the medad version and commit, the
# packages and the machine, the time each page took, and every run behind every page with its
# config hash, the weights it used and where its data came from. The last section gives the exact
# commands that recompute one page.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] the profile's default seeds when None
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core import provenance
from medad_core.book import profile_banner
from medad_core.plots import notebook_timings

profile_banner(profile)

# %% [markdown]
# (repro-software)=
# ## Software and machine

# %% tags=["hide-input"]
display(provenance.environment().style.hide(axis="index"))
display(provenance.package_versions().style.hide(axis="index"))

# %% [markdown]
# (repro-timings)=
# ## Time per page
#
# Wall-clock seconds of each notebook in the build that wrote this page (`results/book/timings.json`;
# a page that ran in an earlier, partial build keeps that build's time). A page whose runs were
# already cached only reads them.

# %% tags=["hide-input"]
timings, record = provenance.notebook_timings()

# %% tags=["hide-input"]
if timings.empty:
    display(Markdown("No timings recorded: this page was executed outside `medad book`."))
else:
    display(
        Markdown(
            f"Profile **{record.get('profile')}**, executor **{record.get('executor')}**: "
            f"{timings['seconds'].sum() / 60:.1f} minutes over {len(timings)} notebooks."
        )
    )
    display(timings.style.format({"seconds": "{:.1f}"}).hide(axis="index"))
    fig = notebook_timings(timings)

# %% [markdown]
# (repro-runs)=
# ## The runs behind every page
#
# Each page's runs are the grids it calls (`medad batch --list` names them). Every run is one
# cached JSON row under `results/runs/`, identified by the hash of its full configuration; the row
# records the weights it used (`pretrained`, `random`, a file, `phantom-clip`) and its data source
# (`phantom` or the real dataset's folder).

# %% tags=["hide-input"]
runs = provenance.runs_behind_pages(profile, data_root, device, seeds)

# %% tags=["hide-input"]
display(provenance.runs_summary(runs).style.hide(axis="index"))

# %% [markdown]
# Every run, by page (config hash, weights, data source, fit seconds):

# %% tags=["hide-input"]
# long identifiers (notebook, method, hash) may break anywhere, so the table fits the page width
shown = runs.rename(columns=lambda c: c.replace("_", " ")).style.hide(axis="index")
display(shown.format({"fit s": "{:.1f}"}, na_rep="-").set_properties(**{"overflow-wrap": "anywhere"}))

# %% [markdown]
# (repro-commands)=
# ## Reproduce one page
#
# Recompute the runs of a page into the results cache (on a cluster with `--scheduler`, see the GPU
# page), then execute the page itself; for example the BMAD tables:

# %% tags=["hide-input"]
display(Markdown("```bash\n" + provenance.reproduce_commands("bmad_tables", profile, data_root) + "\n```"))
