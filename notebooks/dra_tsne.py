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
# class and anomalies of the unseen classes. The paper uses MVTec AD Leather and Tile; offline we use
# the Hyper-Kvasir endoscopy phantom with `barretts` as the seen class. The test set is the dataset's
# whole test split minus the training anomalies, so seen-class anomalies are shown too.
#
# Features: DevNet and DRA — global average of the learned ResNet-18 `layer4` map (`embed`); KDAD — global
# average of the deepest feature map of its trained cloner network.

# %% tags=["parameters"]
profile = "quick"      # smoke | quick | paper
data_root = None       # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None           # None = the profile's default seeds
device = "cpu"

# %%
import os

import matplotlib.pyplot as plt
import numpy as np
import torch
from sklearn.manifold import TSNE

from medad_core import dra_experiments as X
from medad_core.api import Setting, TrainSet
from medad_core.book import profile_banner
from medad_core.data import load_splits, make_trainset
from medad_core.registry import get_method

profile_banner(profile)
KDAD_SMOKE = {"smoke": {"epochs": 1}}  # one KDAD epoch keeps the smoke page within seconds
seed = (X.SEEDS[profile] if seeds is None else list(seeds))[0]
paper_name, seen_subset = "Hyper-Kvasir", "Barretts"
setting = "hard_1shot" if profile == "smoke" else "hard_10shot"
where = X.dataset_for(paper_name, profile, data_root)
splits = load_splits(where["dataset"], data_root=where["data_root"], profile=profile, seed=seed)
protocol = X.protocol_for(paper_name, setting, seen_subset, profile=profile)
train, _ = make_trainset(splits, Setting.OPEN_SET, protocol, seed)
seen_class = protocol.seen_class
used = set(train.split["anomaly_files"])
keep = [i for i, r in enumerate(splits.test.records)
        if not (r.anomaly_class == seen_class and os.path.basename(r.path) in used)]
test = splits.test.subset(keep)
images = test.tensors()
kind = np.array(["normal" if c == "good" else ("seen anomaly" if c == seen_class else "unseen anomaly")
                 for c in test.anomaly_classes])

# %%
common = dict(device=device, seed=seed, progress=False)
kdad = get_method("mkd").for_profile(profile, **common, **KDAD_SMOKE.get(profile, {})).fit(
    TrainSet(Setting.ONE_CLASS, normal=train.normal))
devnet = get_method("devnet").for_profile(profile, **common).fit(train)
dra = get_method("dra").for_profile(profile, **common).fit(train)


@torch.no_grad()
def kdad_features(detector, x, batch=64):
    """GAP of the deepest cloner feature map (KDAD's learned representation)."""
    detector.model.eval()
    return torch.cat([detector.model.cloner(x[i:i + batch].to(device))[-1].mean(dim=(2, 3)).cpu()
                      for i in range(0, len(x), batch)]).numpy()


features = {"KDAD": kdad_features(kdad, images), "DevNet": devnet.embed(images), "DRA": dra.embed(images)}

# %%
fig, axes = plt.subplots(1, 3, figsize=(12, 3.8))
style = {"normal": ("tab:blue", "o"), "seen anomaly": ("tab:orange", "^"), "unseen anomaly": ("tab:red", "x")}
for ax, (name, feats) in zip(axes, features.items()):
    perplexity = float(min(30, max(2, (len(feats) - 1) // 3)))
    xy = TSNE(n_components=2, perplexity=perplexity, init="pca", random_state=seed).fit_transform(
        (feats - feats.mean(0)) / (feats.std(0) + 1e-8))
    for label, (color, marker) in style.items():
        sel = kind == label
        ax.scatter(xy[sel, 0], xy[sel, 1], c=color, marker=marker, s=14, label=label, alpha=0.8)
    ax.set_title(name)
    ax.set_xticks([])
    ax.set_yticks([])
axes[0].legend(fontsize=7)
fig.suptitle(f"t-SNE of test features, {paper_name} ({'phantom' if splits.source == 'phantom' else 'real'}), "
             f"seen class = {seen_class}")
plt.tight_layout()
plt.show()

# %% [markdown]
# AUROC of each model on the unseen classes of this test set (normal vs unseen anomalies), for reference:

# %%
from sklearn.metrics import roc_auc_score

unseen = kind != "seen anomaly"
labels = (kind[unseen] != "normal").astype(int)
{name: round(float(roc_auc_score(labels, det.predict(images[unseen]).scores)), 3)
 for name, det in [("KDAD", kdad), ("DevNet", devnet), ("DRA", dra)]}
