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
# # CLIP reconstruction: Tables 4.1–4.4, Fig. 4.5 and the chapter's claims
#
# The thesis's language-enhanced reconstruction model (`clip_recon`) in its four printed variants
# beside WinCLIP, zero-shot CLIP and the DDPM baseline on the BMAD benchmarks, the thesis's value
# beside ours in every cell, Fig. 4.5 across domains and the chapter's claims checked on both.

# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] folder holding the real datasets (paper profile), None: embedded phantoms
seeds = None  # type: Optional[list[int]] None: the default seeds of the profile (quick: one seed, paper: five)
device = "cpu"  # type: str torch device (cpu, cuda, cuda:1, ...)
rows = None  # type: Optional[list[str]] row labels of Tables 4.1-4.4; None: all seven (smoke: three)
datasets = None  # type: Optional[list[str]] registry names; None: the profile's (quick: brain MRI)

# %% tags=["remove-input"]
from medad_core.experiments.claims import claims_intro

claims_intro("clip_tables")

# %% tags=["hide-input"]
from IPython.display import Markdown, display

from medad_core.book import profile_banner
from medad_core.experiments import bmad, clip
from medad_core.experiments.common import provenance
from medad_core.plots import domain_panels

profile_banner(profile)
seeds = clip.seeds_for(profile, seeds)

# %% [markdown]
# (clip-runs-tables)=
# ## The runs behind Tables 4.1–4.4
# The four printed variants of the thesis model (ResNet-18 and ResNet-50 with DA, ViT without and with
# DA) beside WinCLIP (WinCLIP+ with k = 4 normal references), zero-shot CLIP and the DDPM baseline
# (one-class partial-diffusion reconstruction, our reading: the thesis gives no protocol for it). Image
# AUROC on every dataset; pixel AUROC and PRO (the MVTec AD reference; the thesis does not say which
# PRO) on the three with masks. Each cell: the thesis's value, ours (mean ± std over seeds) and the
# difference. The CLIP-based rows use the weights named in the provenance line: in the smoke and quick
# profiles offline that is **phantom-clip**, a small open_clip model pretrained on phantom
# image-caption pairs, not the thesis's ViT-B-16+ (LAION-400M).

# %%
runs = clip.run("tables", profile, data_root, device, seeds, rows, datasets)
ours = clip.paper_frame(runs, seeds)

# %% tags=["hide-input"]
missing = clip.missing_rows(rows)
if missing:
    display(Markdown(f"**Not run here (not registered):** {', '.join(missing)}; their cells say *not run*."))
failed = runs[runs["error"].notna()]
if len(failed):
    display(Markdown("**Runs that failed** (their cells say *failed*):"))
    display(failed[["label", "dataset", "seed", "error"]])
display(Markdown(provenance(runs, seeds)))
ran = sorted({clip.PAPER_DATASET_NAMES.get(d, d) for d in runs["dataset"]})
display(Markdown(f"Datasets run in this profile: {', '.join(ran) or 'none'} (the other columns say *not run*)."))

# %% [markdown]
# (clip-table4-1)=
# ## Table 4.1: brain MRI (BraTS2021)
# A printed value marked **†** copies another printed cell (see {ref}`clip-copied`).

# %% tags=["hide-input"]
clip.dataset_table(ours, "thesis_table4_1", ["BraTS2021"], clip.METRICS)

# %% [markdown]
# (clip-table4-2)=
# ## Table 4.2: liver CT (BTCV + LiTS)

# %% tags=["hide-input"]
clip.dataset_table(ours, "thesis_table4_2", ["BTCV+LiTS"], clip.METRICS)

# %% [markdown]
# (clip-table4-3)=
# ## Table 4.3: retinal OCT (RESC)

# %% tags=["hide-input"]
clip.dataset_table(ours, "thesis_table4_3", ["RESC"], clip.METRICS)

# %% [markdown]
# (clip-table4-4)=
# ## Table 4.4: OCT2017, RSNA chest X-ray, Camelyon16 (image AUROC)

# %% tags=["hide-input"]
clip.dataset_table(ours, "thesis_table4_4", ["OCT2017", "RSNA", "Camelyon16"], ["image_auroc"])

# %% [markdown]
# (clip-copied)=
# ## Copied cells (†)
# Printed values identical (mean and std) to another printed cell, as `reference/README.md` lists them.
# They are kept as printed; a comparison with one of them compares with the other cell.

# %% tags=["hide-input"]
clip.copied_cells()

# %% [markdown]
# (clip-best-overall)=
# ## "Our results achieved the best performance among all existing methods"
# Sec. 4.3.4 says so; the printed tables disagree in four cells. Each row is a (dataset, metric) cell
# of Tables 4.1–4.4: the ViT-with-DA value and the best row. The same check on ours follows.

# %% tags=["hide-input"]
display(Markdown("**The printed tables:**"))
display(clip.best_overall(clip.printed_tables()).round(4))
display(Markdown("**Ours:**"))
clip.best_overall(ours).round(4)

# %% [markdown]
# (clip-fig4-5)=
# ## Fig. 4.5: the thesis model against the Chapter 3 methods across domains
# The caption: "While our model did not attain exceptional performance in all evaluated metrics, it
# consistently achieved the relatively optimal results across various domains." Left, the printed
# numbers (Tables 3.7–3.10 and the ViT-with-DA row of Tables 4.1–4.4); right, ours: the Chapter 3
# methods from the cached runs of the BMAD chapter (nothing is fitted here; a BMAD run the BMAD
# chapter did not make is missing) and our ViT with DA.

# %% tags=["hide-input"]
bmad_runs, not_cached = clip.bmad_rows(profile, data_root, device)
ch3 = bmad.paper_frame(bmad_runs, bmad.seeds_for(profile)) if len(bmad_runs) else None

# %% tags=["hide-input"]
if not_cached:
    display(Markdown(f"{not_cached} BMAD runs of this profile are not in the cache (build the BMAD chapter first)."))
fig = domain_panels(
    {
        "thesis (printed)": clip.domain_comparison(clip.printed_tables(), clip.printed_ch3()),
        f"ours ({profile})": clip.domain_comparison(ours, ch3),
    },
    clip.BEST,
    title="Fig. 4.5: image AUROC per domain",
)

# %% [markdown]
# (clip-claims-tables)=
# ## The chapter's claims
# Each claim is the thesis's sentence, where it stands and a check over the rows: on the printed
# numbers and on ours (*holds*, *does not hold*, *not tested*, with the numbers). With phantom-clip the
# verdict is about phantoms; with random CLIP weights the comparisons between CLIP-based rows are noise
# and the claim says it cannot be tested. The ablation claims (Fig. 4.6–4.8) are on the ablations page.

# %% tags=["hide-input"]
table = clip.claims(ours, runs, ch3)
table[table["claim"].isin([c.key for c in clip.CLAIMS if c.source in ("tables", "ch3")])].drop(
    columns=["paper", "page"], errors="ignore"
)

# %% [markdown]
# (clip-runs)=
# ## All runs
# One row per run (cached JSON rows): the metrics, then the times and which CLIP weights each row used.

# %% tags=["hide-input"]
columns = ["label", "method", "dataset", "seed", *clip.METRICS, "fit_seconds", "predict_seconds", "weights", "error"]
every = runs.reindex(columns=columns).sort_values(["dataset", "label", "seed"]).round(3).reset_index(drop=True)
display(every[["label", "dataset", "seed", *clip.METRICS, "error"]].dropna(axis=1, how="all"))
every[["label", "method", "dataset", "seed", "fit_seconds", "predict_seconds", "weights"]]
