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
# # DRA, general setting: Table 1 and Table 7
#
# Open-set supervised detection with one or ten labelled anomalies drawn from **all** anomaly classes
# (DRA Sec. 4.2, App. A.2; the one-shot example is drawn from the ten and both use the same test set).
# Table 1 compares DRA with KDAD (unsupervised, trained on the normal images only), DevNet, FLOS,
# SAOE and MLEP; Table 7 (appendix) with Deep SAD and MINNS. The medical datasets use external LAG
# images as pseudo anomalies (Sec. 4.1), the others CutMix. Paper numbers stand beside ours;
# datasets that need real data (industrial, Mastcam) say so.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile); None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the profile's default seeds
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("dra_general")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import dra
from medad_core.experiments.common import finished, paper_table, provenance
from medad_core.plots import bars

profile_banner(profile)
seeds = dra.seeds_for(profile, seeds)

# %% [markdown]
# (dra-table1)=
# ## Table 1: AUC, general setting
# One row per dataset (MVTec AD per class and the `mean` row), KDAD first, then each method with one
# and ten training anomalies. "needs data": run the paper profile with `data_root` holding the dataset;
# a cell averaged over fewer seeds than the profile asks, or a mean over fewer subsets than the
# paper's, says so in brackets. In the quick profile only the Hyper-Kvasir row runs, with KDAD, DevNet
# and DRA (`dra.QUICK_CELLS`; the other baselines, Deep SAD and MINNS too, run once, in the hard setting
# of `dra_hard`), and every trained model takes the chapter's quick schedule (`dra.QUICK_SCHEDULE`,
# long enough for the loss curves to level off; the chapter page says how it was chosen).

# %%
results, ref1, ours = dra.table_runs("table1", "dra_table1", profile, data_root, device, seeds)

# %% tags=["hide-input"]
display(Markdown(provenance(results, seeds) + " " + dra.seed_note(results)))
paper_table(ref1, ours, index=["dataset", "subset"], columns=["setting", "method"], best_group=["setting"])

# %% [markdown]
# (dra-table7)=
# ## Table 7: Deep SAD and MINNS vs DRA (ten anomalies)
# Quick: not run here (Table 8 on `dra_hard` has them).

# %% tags=["hide-input"]
ref7, table7 = dra.appendix_frame(ours, "dra_table7", "general_10shot", profile, data_root)
paper_table(ref7, table7, index=["dataset", "subset"], columns=["method"])

# %% [markdown]
# (dra-fig-shots)=
# ## One shot vs ten shots
# The paper's "sample efficiency" point: every supervised model drops with one anomaly; DRA drops least.
# In the quick profile one-shot DRA sits near chance on the Hyper-Kvasir phantom. This comes from
# having one example; the score is not inverted. Its training loss falls as far as the ten-shot run's,
# because the heads fit the single (rotated) example and the LAG fundus images, but each head's own
# score (`Prediction.extras`) is near chance on the test lesions, over two seeds.

# %% tags=["hide-input"]
ran = finished(results)
summary = ran.pivot_table(index=["paper_dataset", "column"], columns="setting_id", values="image_auroc")
bars(summary, title=f"General setting ({profile} profile)", rot=30, figsize=(8, 3.2))
summary.round(3)
