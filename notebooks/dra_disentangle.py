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
# are drawn; in the quick profile only the medical domain runs (phantoms).

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None           # None = the profile's default seeds
device = "cpu"

# %%
import matplotlib.pyplot as plt
import pandas as pd

from medad_core import dra_experiments as X
from medad_core.book import profile_banner

profile_banner(profile)
seeds = X.SEEDS[profile] if seeds is None else list(seeds)
DOMAINS = {"industrial": ["MVTec AD", "AITEX", "SDD", "ELPV", "Optical"], "planetary": ["Mastcam"],
           "medical": ["BrainMRI", "HeadCT", "Hyper-Kvasir"]}
GRID = {"smoke": ["BrainMRI"], "quick": ["BrainMRI", "Hyper-Kvasir"],
        "paper": [d for names in DOMAINS.values() for d in names]}
datasets = GRID[profile]
setting = "general_1shot" if profile == "smoke" else "general_10shot"


def targets(name):
    return [(c, c) for c in X.MVTEC_CLASSES] if name == "MVTec AD" else [(name, "")]


left = [dict(method=m, dataset=d, setting=setting, subset=s, label=lab)
        for name in datasets for d, s in targets(name)
        for m, lab in [("dra_multiclass", "non-disentangled"), ("dra2a", "partially disentangled"),
                       ("dra", "fully disentangled (DRA)")]]
n_refs = [1, 5] if profile == "smoke" else [1, 5, 10]
right = [dict(method="dra", dataset=d, setting=setting, subset=s, label=f"N_r={n}",
              params=None if n == 5 else {"n_ref": n})
         for name in datasets for d, s in targets(name) for n in n_refs]
res_left = X.run_grid(left, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Fig. 3 left")
res_right = X.run_grid(right, profile=profile, seeds=seeds, device=device, data_root=data_root, desc="Fig. 3 right")
domain_of = {d: dom for dom, names in DOMAINS.items() for d in names}
for res in (res_left, res_right):
    res["domain"] = res["paper_dataset"].map(lambda d: domain_of.get(d, "industrial"))

# %%
fig, axes = plt.subplots(1, 2, figsize=(10, 3.4))
ok = res_left[res_left["status"] == ""]
if len(ok):
    ok.pivot_table(index="domain", columns="column", values="image_auroc", aggfunc="mean")[
        [lab for lab in ["non-disentangled", "partially disentangled", "fully disentangled (DRA)"]
         if lab in set(ok["column"])]].plot.bar(ax=axes[0], rot=0, ylim=(0, 1))
axes[0].set_title("Fig. 3 (left): disentanglement")
axes[0].set_ylabel("image AUROC (ours)")
axes[0].legend(fontsize=7)
ok = res_right[res_right["status"] == ""]
if len(ok):
    ok.pivot_table(index="paper_dataset", columns="column", values="image_auroc", aggfunc="mean")[
        [f"N_r={n}" for n in n_refs]].plot.bar(ax=axes[1], rot=0, ylim=(0, 1))
axes[1].set_title("Fig. 3 (right): reference size N_r")
axes[1].legend(fontsize=7)
plt.tight_layout()
plt.show()

# %%
pd.concat([res_left, res_right])[["domain", "paper_dataset", "subset", "column", "seed", "image_auroc", "status"]].round(3)
