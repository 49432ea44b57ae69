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
# # DRA: source of the pseudo anomalies (Table 4)
#
# DRA's pseudo-abnormality head (and the residual and normality heads, which also see the pseudo
# anomalies) can be fed by augmentation — CutPaste-Scar, CutPaste-Mix, CutMix (Eq. 4) — or by
# external outliers (outlier exposure) from MVTec AD or LAG (Sec. 4.6). Hard setting, ten anomalies.
# Pseudo anomalies come from `medad_core.data.pseudo`; the source is `Protocol.pseudo`.
#
# Offline stand-ins: LAG is the embedded fundus phantom; "MVTec AD" as an external source is stood in
# for by another phantom domain (`brainmri`) in the quick profile, since no industrial images are
# embedded. In the paper profile the MVTec AD column needs MVTec AD arranged as an outlier dataset
# and is left as "needs data".

# %% tags=["parameters"]
profile = "quick"  # smoke | quick | paper
data_root = None  # folder holding the real datasets (paper profile); None = embedded phantoms
seeds = None  # None = the profile's default seeds
device = "cpu"

# %%
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.experiments.common import finished, paper_table, provenance
from medad_core.plots import bars

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)
# the table's only setting is ten shots (smoke runs one shot on its tiny phantom)
results, ref4, ours = dra.table_runs("table4", "dra_table4", profile, data_root, device, seeds, "hard_10shot")
display(Markdown(provenance(results, seeds)))

# %% [markdown]
# ## Table 4

# %%
paper_table(ref4, ours, index=["dataset", "subset"], columns=["method"])

# %%
ran = finished(results)
by_source = ran.pivot_table(index="paper_dataset", columns="column", values="image_auroc", aggfunc="mean")
fig = bars(
    by_source[[c for c in dict.fromkeys(ran["column"])]],
    title="Pseudo-anomaly source (hard setting)",
    ylabel="AUROC, unseen classes (ours)",
)
