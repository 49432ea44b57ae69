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
# # DRA Fig. 1: t-SNE of the learned features — KDAD vs DevNet vs DRA
#
# KDAD (BMAD's MKD, trained on normal images only), DevNet and DRA (both trained with ten labelled
# anomalies of **one** class) embed the test images; t-SNE draws normal images, anomalies of the seen
# class and anomalies of the unseen classes. The paper uses MVTec AD Leather and Tile, as the paper
# profile does (one figure per dataset, `data_root` holding MVTec AD); offline we use the Hyper-Kvasir
# endoscopy phantom with `barretts` as the seen class. The test set is the dataset's whole test split
# minus the training anomalies (`Protocol.test_seen_class`), so seen-class anomalies are shown too.
# The three models are ordinary cached runs (`medad_core.experiments.dra.tsne_runs`); their test-set
# features are stored by the runner (`keep_embeddings`).
#
# Features: DevNet and DRA — global average of the learned ResNet-18 `layer4` map (`embed`); KDAD — global
# average of the deepest feature map of its trained cloner network.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dra_tsne")

# %% tags=["hide-input"]
from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.plots import tsne_panels

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)

# %% [markdown]
# (dra-fig1)=
# ## Fig. 1: t-SNE of the test features

# %%
rows, panels, auroc = dra.tsne_runs(profile, data_root, device, seeds)

# %% tags=["hide-input"]
source = ", ".join(sorted(set(rows["data_source"].dropna()))) or "not run"
figures = {
    name: tsne_panels(models, title=f"t-SNE of test features, {name} ({source})", seed=seeds[0])
    for name, models in panels.items()
}

# %% [markdown]
# (dra-fig1-auroc)=
# ### AUROC of the three models
# AUROC of each model on the unseen classes of this test set (normal vs unseen anomalies), for reference:

# %% tags=["hide-input"]
auroc.round(3)
