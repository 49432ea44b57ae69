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

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("bmad_settings")

# %% tags=["hide-input"]
import pandas as pd
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import bmad

profile_banner(profile)
_, missing = bmad.registered(list(bmad.THESIS_SETTINGS_TABLE))
display(Markdown(f"Not implemented yet: {', '.join(missing) or 'none'}."))
pd.set_option("display.max_colwidth", None)
# the thesis tables' columns in two narrower tables: what is read, then how it is trained
INPUT_COLUMNS = ["backbone", "weights", "layers", "image size"]
TRAINING_COLUMNS = ["epochs", "batch size", "optimizer", "schedule", "learning rate", "decay / momentum", "checkpoint"]


def by_method(table, columns):
    return table.set_index(["thesis table", "method"])[[c for c in columns if c in table.columns]]


# %% [markdown]
# (bmad-settings)=
# ## Tables 3.2–3.6: backbone, input, training and checkpoint
# `image size` "data size" means the method reads the images at the dataset's resolution (224 px for
# the BMAD benchmarks); `weights` is the torchvision enum loaded when the run uses pretrained weights
# (the quick and smoke profiles fall back to random initialisation offline, and each result row says
# which weights it used). Backbone and input first, then training and checkpoint.

# %% tags=["hide-input"]
settings = bmad.hyperparameter_table("paper")
display(by_method(settings, INPUT_COLUMNS))
by_method(settings, TRAINING_COLUMNS)

# %% [markdown]
# (bmad-settings-other)=
# ## Method-specific parameters

# %% tags=["hide-input"]
by_method(settings, ["other"])

# %% [markdown]
# (bmad-settings-profile)=
# ## What this build ran
# The smoke and quick profiles shrink epochs, widths and backbones so the chapter runs on a CPU with
# random-init weights; their settings (nothing shown for the paper profile):

# %% tags=["hide-input"]
if profile != "paper":
    ran = bmad.hyperparameter_table(profile)
    display(by_method(ran, INPUT_COLUMNS))
    display(by_method(ran, TRAINING_COLUMNS))
    display(by_method(ran, ["other"]))

# %% [markdown]
# (bmad-differences)=
# ## Differences: thesis, the code BMAD ran, and ours
# Statements, not measurements: what each source specifies, what medad does by default and the
# parameter that gives the other choice.

# %% tags=["hide-input"]
bmad.differences_table().set_index(["method", "item"])
