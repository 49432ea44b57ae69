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
# # BMAD: the algorithms' settings (Tables 3.2–3.6)
#
# The thesis lists each algorithm's implementation details in Tables 3.2–3.6 (one-class, flow,
# memory-bank, reconstruction and teacher-student methods). The table below is *generated* from the
# code: every cell is a method class's resolved parameters for the chosen profile (its `__init__`
# defaults overridden by `profile_params`), the ImageNet weights enum that a pretrained run loads for
# its backbone, and the optimiser and scheduler classes its `configure_optimizers` builds. Change a
# default and this page changes with it. Methods of the thesis that are not implemented yet have no
# row. The second table states, item by item, where the thesis, the code BMAD ran and our default
# differ, and which option selects the other choice.

# %% tags=["parameters"]
profile = "quick"  # type: str the book's profile: the paper profile (BMAD's settings) is shown, then this one's if it differs

# %%
import pandas as pd
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import bmad

profile_banner(profile)
_, missing = bmad.registered(list(bmad.THESIS_SETTINGS_TABLE))
display(Markdown(f"Not implemented yet: {', '.join(missing) or 'none'}."))
pd.set_option("display.max_colwidth", None)
settings = bmad.hyperparameter_table("paper")

# %% [markdown]
# ## Tables 3.2–3.6: backbone, input, training and checkpoint
# `image size` "data size" means the method reads the images at the dataset's resolution (224 px for
# the BMAD benchmarks); `weights` is the torchvision enum loaded when the run uses pretrained weights
# (the quick and smoke profiles fall back to random initialisation offline, and each result row says
# which weights it used).

# %%
settings.drop(columns=["method_id", "other"]).set_index(["thesis table", "method"])

# %% [markdown]
# ## Method-specific parameters

# %%
settings[["thesis table", "method", "other"]].set_index(["thesis table", "method"])

# %% [markdown]
# ## What this build ran
# The smoke and quick profiles shrink epochs, widths and backbones so the chapter runs on a CPU with
# random-init weights; their settings (nothing shown for the paper profile):

# %%
if profile != "paper":
    display(bmad.hyperparameter_table(profile).drop(columns=["method_id"]).set_index(["thesis table", "method"]))

# %% [markdown]
# ## Differences: thesis, the code BMAD ran, and ours
# Statements, not measurements: what each source specifies, what medad does by default and the
# parameter that gives the other choice.

# %%
bmad.differences_table().set_index(["method", "item"])
