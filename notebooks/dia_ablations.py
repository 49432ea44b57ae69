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
# # DIA Tables 2 and 3: shifting transformation and dissolving resolution, plus a blur control
#
# Table 2 compares CutPerm (`shift="perm"`) with rotation (`shift="rotate"`, the default) as DIA's
# shifting transformation; Table 3 dissolves at 32, 64 and 128 px (`dissolve_size`, one DDPM per
# resolution). The last table is the control of the code's README: a Gaussian blur in place of the
# DDPM (`dissolve="gaussian_blur"`), which the paper does not report.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's seeds (three)
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %%
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dia

profile_banner(profile)
frames = {}
for name in ("table2", "table3", "blur"):
    note = dia.selection(name, profile)[2]
    rows, _ = dia.run(name, profile, data_root, device, seeds)
    frames[name] = (rows, dia.paper_frame(rows, name), note)

# %% [markdown]
# ## Table 2: Perm vs Rotate

# %%
display(Markdown(frames["table2"][2]))
dia.paper_table_of(frames["table2"][1], "table2")

# %% [markdown]
# ## Table 3: dissolving resolution

# %%
display(Markdown(frames["table3"][2]))
dia.paper_table_of(frames["table3"][1], "table3")

# %% [markdown]
# ## Control: DDPM dissolving vs Gaussian blur (ours only)

# %%
display(Markdown(frames["blur"][2]))
blur = frames["blur"][1]
blur.pivot_table(index="method", columns="dataset", values="mean").round(3)

# %%
cols = ["label", "dataset", "seed", "image_auroc", "fit_seconds", "error"]
[r[[c for c in cols if c in r]].round(3) for r, _, _ in frames.values()]
