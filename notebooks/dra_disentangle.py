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
# # DRA Fig. 3: disentangled abnormalities and the reference-set size
#
# **Left.** Non-disentangled (one multi-class classifier over normal, seen and pseudo classes,
# `dra_multiclass`), partially disentangled (separate seen and pseudo heads, `dra2a`) and fully
# disentangled learning (DRA), general setting with ten anomalies, averaged per application domain.
# **Right.** DRA with N_r ∈ {1, 5, 10} reference images in the latent-residual head (Eq. 6; N_r = 5
# is the default). The paper reports both panels as bar charts without a table, so only our numbers
# are drawn; in the quick profile only the medical domain runs (the Hyper-Kvasir phantom), and the
# right panel N_r = 1 and 5 (`dra.QUICK_CELLS`).

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dra_disentangle")

# %% tags=["hide-input"]
import matplotlib.pyplot as plt
from IPython.display import display

from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.experiments.common import finished
from medad_core.plots import bars

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)

# %% [markdown]
# (dra-fig3)=
# ## Fig. 3: disentanglement (left) and reference size N_r (right)
# Left: mean per dataset first, then per domain, so MVTec AD's 15 classes count as one dataset
# (`n_datasets` says how many datasets stand behind each domain's bars).

# %%
left = dra.run("fig3_left", profile, data_root, device, seeds)
right = dra.run("fig3_right", profile, data_root, device, seeds)

# %% tags=["hide-input"]
by_domain = dra.domain_means(left)
ran = finished(right)
by_nref = ran.pivot_table(index="paper_dataset", columns="column", values="image_auroc", aggfunc="mean")
display(by_domain.round(3))
fig, axes = plt.subplots(1, 2, figsize=(10, 3.4))
bars(by_domain.drop(columns="n_datasets", errors="ignore"), title="Fig. 3 (left): disentanglement", ax=axes[0])
bars(by_nref, title="Fig. 3 (right): reference size N_r", ax=axes[1])
plt.show()

# %% [markdown]
# (dra-fig3-runs)=
# ### The runs of the left panel

# %% tags=["hide-input"]
left[["paper_dataset", "subset", "column", "seed", "image_auroc", "status"]].round(3)
