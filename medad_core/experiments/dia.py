"""DIA ("Dissolving Is Amplifying"): the chapter's grids, name mappings, claims and measurements.

Grids (:data:`GRIDS`, one-class setting, the normal class = the healthy images, Sec. 4.1):

* ``table1``: the seven methods of Table 1 (:data:`PAPER_METHOD_NAMES`: KDAD = ``mkd``,
  Transformaly, RD4AD, UniAD, Meanshift = ``msc``, CSI, DIA) x the six datasets x seeds. DIA and CSI
  run :data:`SEEDS` (three, "averaging at least three runs"); the baselines run
  :data:`BASELINE_SEEDS` (one in quick, to fit the CPU budget).
* ``table2``: DIA-Perm vs DIA-Rotate (``shift``) on SARS-COV-2, Kvasir-Polyp, Retinal-OCT, APTOS-2019.
* ``table3``: dissolving resolution 32 / 64 / 128 (``dissolve_size``; one DDPM per resolution).
* ``fig4``: the DDPM trained on a fraction gamma = 0.1 / 1 of the normal images (``ddpm_fraction``).
* ``blur``: the code README's control, Gaussian blur instead of the DDPM (``dissolve="gaussian_blur"``).

Dataset-specific settings of the paper (:func:`method_params`): Kvasir-Polyp dissolves with
t ~ U(100, 200) (Sec. 4.1); UniAD runs at 128 px on the two MNIST sets (Table 1 footnote) in the
paper profile. The quick profile runs a subset (:data:`QUICK`), the smoke profile one or two runs
per grid (:data:`SMOKE`); :func:`selection` returns the note the page prints.

Claims (:data:`CLAIMS`): the paper's sentences of notes B.5 as data, each with a check over the long
frames of ours and of the paper's tables (:func:`claims`): ``holds`` / ``does not hold`` /
``not tested``, with the numbers it compared. Fig. 1's claim is checked on the phantom lesion masks
by :func:`dissolve_effect`; Table 4's cost by :func:`cost_table`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import torch

from medad_core.api import MedadError
from medad_core.config import RunConfig
from medad_core.experiments.claims import Claim
from medad_core.experiments.claims import claims_table as _claims_table
from medad_core.experiments.common import paper_table, pick_seeds, summarise
from medad_core.registry import available_methods, get_method
from medad_core.runner import run_many
from medad_core.tables import reference_table

__all__ = [
    "paper_pairs",
    "PAPER_DATASET_NAMES",
    "DIA_DATASETS",
    "HIGHRES_DATASETS",
    "PAPER_METHOD_NAMES",
    "TABLE1_METHODS",
    "SEEDS",
    "BASELINE_SEEDS",
    "GRIDS",
    "VARIANTS",
    "QUICK",
    "SMOKE",
    "TABLE_OF_GRID",
    "grid_names",
    "seeds_for",
    "selection",
    "registered",
    "method_params",
    "config",
    "grid_entries",
    "grid",
    "run",
    "paper_frame",
    "paper_table_of",
    "Claim",
    "CLAIMS",
    "CLAIM_PAGES",
    "paper_claim_frames",
    "claims",
    "DIFFERENCES",
    "differences_table",
    "LABEL_FLAGS",
    "dissolve_effect",
    "dissolve_montage",
    "DISSOLVE_STEPS",
    "DISSOLVE_CLAIM_MAX_T",
    "LESION_SIZES",
    "cost_table",
    "COST_SIZES",
]

#: registry name -> the paper's column name (Table 1)
PAPER_DATASET_NAMES = {
    "pneumoniamnist": "PneumoniaMNIST",
    "breastmnist": "BreastMNIST",
    "sarscov2": "SARS-COV-2",
    "kvasir": "Kvasir-Polyp",
    "retinal_oct": "Retinal-OCT",
    "aptos": "APTOS-2019",
}
DIA_DATASETS = list(PAPER_DATASET_NAMES)
#: the four high-resolution sets of Tables 2 and 3
HIGHRES_DATASETS = ["sarscov2", "kvasir", "retinal_oct", "aptos"]
#: registry name -> the paper's row name (Table 1, top to bottom)
PAPER_METHOD_NAMES = {
    "mkd": "KDAD",
    "transformaly": "Transformaly",
    "rd4ad": "RD4AD",
    "uniad": "UniAD",
    "msc": "Meanshift",
    "csi": "CSI",
    "dia": "DIA",
}
TABLE1_METHODS = list(PAPER_METHOD_NAMES)
#: seeds of DIA and CSI per profile ("averaging at least three runs", Sec. 4.1)
SEEDS = {"smoke": [0], "quick": [0, 1, 2], "paper": [0, 1, 2]}
#: seeds of the five other Table 1 rows (one in quick: the CPU budget)
BASELINE_SEEDS = {"smoke": [0], "quick": [0], "paper": [0, 1, 2]}
#: grid -> the paper's label of each variant -> DIA's parameters (Table 1 runs the methods themselves);
#: DIA's defaults (rotate, 32 px, gamma = 1, the DDPM) are ``{}``, so those cells are Table 1's DIA runs
#: (one cache key) wherever the datasets meet
VARIANTS: dict[str, dict[str, dict[str, Any]]] = {
    "table2": {"DIA-Perm": {"shift": "perm"}, "DIA-Rotate": {}},
    "table3": {"DIA (dissolve 32x32)": {}, **{f"DIA (dissolve {s}x{s})": {"dissolve_size": s} for s in (64, 128)}},
    "fig4": {"gamma=0.1": {"ddpm_fraction": 0.1}, "gamma=1": {}},
    "blur": {"DIA (DDPM)": {}, "DIA (Gaussian blur)": {"dissolve": "gaussian_blur"}},
}
#: every grid's datasets (paper profile)
GRIDS: dict[str, list[str]] = {
    "table1": DIA_DATASETS,
    "table2": HIGHRES_DATASETS,
    "table3": HIGHRES_DATASETS,
    "fig4": ["pneumoniamnist", "kvasir"],
    "blur": HIGHRES_DATASETS,
}
#: the quick profile's selection: (methods or variants, datasets); the chapter's CPU budget (~2.5 min)
QUICK: dict[str, tuple[list[str] | None, list[str]]] = {
    "table1": (None, ["pneumoniamnist"]),
    "table2": (None, ["kvasir"]),
    "table3": (["DIA (dissolve 32x32)"], ["kvasir"]),
    "fig4": (None, ["pneumoniamnist"]),
    "blur": (None, ["kvasir"]),
}
#: the smoke profile: the page executes (seconds)
SMOKE: dict[str, tuple[list[str] | None, list[str]]] = {
    "table1": (["csi", "dia"], ["pneumoniamnist"]),
    "table2": (["DIA-Rotate"], ["kvasir"]),
    "table3": (["DIA (dissolve 32x32)"], ["kvasir"]),
    "fig4": (["gamma=1"], ["pneumoniamnist"]),
    "blur": (["DIA (Gaussian blur)"], ["kvasir"]),
}
#: grid -> the reference table beside it
TABLE_OF_GRID = {"table1": "dia_table1", "table2": "dia_table2", "table3": "dia_table3", "fig4": "dia_fig4"}


def grid_names() -> list[str]:
    """Names of the DIA grids."""
    return list(GRIDS)


def seeds_for(profile: str, seeds: Sequence[int] | None = None, method: str = "dia") -> list[int]:
    """The seeds of ``method`` in ``profile`` (:data:`SEEDS` for DIA and CSI, else :data:`BASELINE_SEEDS`).

    Args:
        profile: smoke, quick or paper.
        seeds: the notebook's ``seeds`` parameter (None: the defaults).
        method: a registry name.

    Returns:
        The seeds.
    """
    defaults = SEEDS if method in ("dia", "csi") else BASELINE_SEEDS
    return pick_seeds(defaults, profile, seeds)


def _check_grid(name: str) -> None:
    if name not in GRIDS:
        raise MedadError(f"unknown DIA grid {name!r}; expected one of {', '.join(GRIDS)}")


def selection(
    name: str, profile: str, rows: Sequence[str] | None = None, datasets: Sequence[str] | None = None
) -> tuple[list[str], list[str], str]:
    """(rows, datasets, note) of grid ``name``: methods (``table1``) or variant labels (the others).

    Args:
        name: a grid of :data:`GRIDS`.
        profile: smoke, quick or paper.
        rows: the methods / variants to run (None: the profile's).
        datasets: the datasets (None: the profile's).

    Returns:
        The rows, the datasets and the page's note on what the profile runs ("" in the paper profile).
    """
    _check_grid(name)
    every = TABLE1_METHODS if name == "table1" else list(VARIANTS[name])
    chosen = {"quick": QUICK, "smoke": SMOKE}.get(profile, {}).get(name, (None, GRIDS[name]))
    rows = list(rows) if rows is not None else list(chosen[0] or every)
    datasets = list(datasets) if datasets is not None else list(chosen[1])
    unknown = sorted(set(rows) - set(every))
    if unknown:
        raise MedadError(f"DIA grid {name!r} has no rows {unknown}; it has: {', '.join(every)}")
    note = ""
    if profile != "paper":
        shown = ", ".join(PAPER_METHOD_NAMES.get(r, r) for r in rows)
        names = ", ".join(PAPER_DATASET_NAMES[d] for d in datasets)
        note = (
            f"{profile.capitalize()} profile: {shown} on {names} (phantoms at the DIA profile's 32 px unless a "
            f"method reads another size); the other cells show the paper's number only. Quick numbers "
            f"demonstrate the pipeline on phantoms, they do not reproduce the paper."
        )
    return rows, datasets, note


def registered(methods: Sequence[str]) -> tuple[list[str], list[str]]:
    """(registered, missing) among ``methods``."""
    known = set(available_methods())
    return [m for m in methods if m in known], [m for m in methods if m not in known]


def method_params(method: str, dataset: str, profile: str) -> dict[str, Any]:
    """The paper's dataset-specific parameters of ``method`` on ``dataset``.

    Args:
        method: a registry name.
        dataset: a DIA dataset.
        profile: smoke, quick or paper.

    Returns:
        Parameters for the run's ``params`` (Kvasir-Polyp: t ~ U(100, 200), Sec. 4.1; UniAD at 128 px
        on the MNIST sets, Table 1 footnote, in the paper profile).
    """
    params: dict[str, Any] = {}
    if method == "dia" and dataset == "kvasir":
        params["t_range"] = [100, 200]
    if method == "uniad" and profile == "paper" and dataset in ("pneumoniamnist", "breastmnist"):
        params["image_size"] = 128
    return params


def config(
    method: str,
    dataset: str,
    profile: str,
    seed: int,
    params: dict[str, Any] | None = None,
    data_root: str | None = None,
    device: str = "cpu",
) -> RunConfig:
    """One run: ``method`` on ``dataset`` with the paper's dataset settings and ``params`` on top.

    Args:
        method: a registry name.
        dataset: a DIA dataset (or ``folder`` for a user folder).
        profile: smoke, quick or paper.
        seed: the model's seed.
        params: extra parameters (a grid's variant).
        data_root: the real data's folder (None: phantoms).
        device: torch device.

    Returns:
        The RunConfig.
    """
    merged = {**method_params(method, dataset, profile), **(params or {})}
    return RunConfig(
        method=method, dataset=dataset, profile=profile, seed=seed, params=merged, device=device, data_root=data_root
    )


def grid_entries(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    rows: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
) -> list[tuple[str, RunConfig]]:
    """(row label, config) of every run of grid ``name`` (the label is the paper's row name).

    Args:
        name: a grid of :data:`GRIDS`.
        profile: smoke, quick or paper.
        data_root: real data (None: phantoms).
        device: torch device.
        seeds: the seeds (None: :func:`seeds_for` per method).
        rows: methods (``table1``) or variant labels.
        datasets: the datasets.

    Returns:
        The entries, dataset-major; unregistered methods are left out.
    """
    rows, datasets, _ = selection(name, profile, rows, datasets)
    out = []
    for d in datasets:
        for r in rows:
            method, params = (r, {}) if name == "table1" else ("dia", VARIANTS[name][r])
            if method not in available_methods():
                continue
            label = PAPER_METHOD_NAMES.get(r, r)
            for s in seeds_for(profile, seeds, method):
                out.append((label, config(method, d, profile, s, params, data_root, device)))
    return out


def grid(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    rows: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
) -> list[RunConfig]:
    """The RunConfigs of grid ``name`` (what ``medad batch`` runs; :func:`grid_entries` without labels)."""
    return [c for _, c in grid_entries(name, profile, data_root, device, seeds, rows, datasets)]


def run(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    rows: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
    progress: bool = True,
) -> tuple[pd.DataFrame, list[str]]:
    """Run (or read from the cache) grid ``name``; a failing run is recorded in its row's ``error``.

    Returns:
        (rows with a ``label`` column, the paper's row name; methods that are not registered).
    """
    entries = grid_entries(name, profile, data_root, device, seeds, rows, datasets)
    wanted = selection(name, profile, rows, datasets)[0]
    _, missing = registered(wanted if name == "table1" else ["dia"])
    if not entries:
        return pd.DataFrame(columns=["label", "method", "dataset", "seed", "image_auroc", "error"]), missing
    frame = run_many([c for _, c in entries], errors="record", progress=progress, desc=f"DIA {name}")
    frame.insert(0, "label", [label for label, _ in entries])
    if "error" not in frame:
        frame["error"] = None
    return frame, missing


def paper_pairs(ours: pd.DataFrame, name: str = "table1") -> pd.DataFrame:
    """Every reproduced cell of grid ``name``'s table beside the paper's value (``mean_paper``, ``mean_ours``).

    Args:
        ours: :func:`paper_frame` of the grid.
        name: the grid (its table is ``TABLE_OF_GRID[name]``).

    Returns:
        Long frame ``dataset, method, metric, mean_paper, mean_ours`` (empty when nothing matches).
    """
    mine = ours.dropna(subset=["mean"]) if len(ours) else ours
    if not len(mine):
        return pd.DataFrame(columns=["dataset", "method", "metric", "mean_paper", "mean_ours"])
    paper = reference_table(TABLE_OF_GRID[name]).drop_duplicates(["dataset", "method", "metric"])
    return paper.merge(mine, on=["dataset", "method", "metric"], suffixes=("_paper", "_ours")).dropna(
        subset=["mean_paper"]
    )


def paper_frame(rows: pd.DataFrame, name: str, seeds_expected: int | None = None) -> pd.DataFrame:
    """Our long frame of grid ``name`` in the paper's names: mean ± std of image AUROC over seeds.

    Args:
        rows: :func:`run`'s rows.
        name: the grid (``fig4`` puts gamma in ``subset``, as ``dia_fig4`` does).
        seeds_expected: seeds each cell should have (None: the largest count among the cells).

    Returns:
        Long frame ``method, dataset, subset, setting, metric, mean, std, status, n_seeds, note``.
    """
    if rows is None or not len(rows):
        return pd.DataFrame(columns=["method", "dataset", "subset", "setting", "metric", "mean", "std", "status"])
    res = rows.copy()
    res["dataset"] = res["dataset"].map(lambda d: PAPER_DATASET_NAMES.get(d, d))
    if name == "fig4":
        res["subset"], res["method"] = res["label"], "DIA"
    else:
        res["subset"], res["method"] = "", res["label"]
    res["setting"], res["status"] = "one_class", ""
    if "image_auroc" not in res:
        res["image_auroc"] = np.nan
    expected = seeds_expected or int(res.groupby(["method", "dataset", "subset"]).size().max())
    return summarise(res, ["method", "dataset", "subset", "setting"], ["image_auroc"], expected_seeds=expected)


def paper_table_of(ours: pd.DataFrame, name: str):
    """The paper's table of grid ``name`` beside ours (a ``PaperTable``; ``.data`` is the text).

    Args:
        ours: :func:`paper_frame` of the grid.
        name: ``table1``, ``table2``, ``table3`` or ``fig4``.

    Returns:
        The styled side-by-side table.
    """
    if name not in TABLE_OF_GRID:
        raise MedadError(f"grid {name!r} has no paper table; tables: {', '.join(TABLE_OF_GRID)}")
    ref = reference_table(TABLE_OF_GRID[name])
    if name == "fig4":
        return paper_table(ref, ours, index=["dataset"], columns=["subset"], metric="image_auroc")
    return paper_table(ref, ours, index=["method"], columns=["dataset"], metric="image_auroc")


# -- claims ---------------------------------------------------------------------------------------
#: the notebook page whose numbers each claim source is (the claims' ``page``)
CLAIM_PAGES = {
    "table1": "dia_table1",
    "table2": "dia_ablations",
    "table3": "dia_ablations",
    "blur": "dia_ablations",
    "table4": "dia_cost",
    "fig4": "dia_fig4",
    "fig1": "dia_dissolving",
}


def _claim(
    key: str, sentence: str, section: str, source: str, check: Callable[[pd.DataFrame], tuple[str, str]]
) -> Claim:
    """A DIA :class:`~medad_core.experiments.claims.Claim` on ``source`` (a grid name, ``fig1`` or ``table4``)."""
    return Claim(key, "dia", sentence, section, source, CLAIM_PAGES[source], check)


def _means(frame: pd.DataFrame, key: str = "method") -> pd.DataFrame:
    part = frame[frame["metric"] == "image_auroc"].dropna(subset=["mean"]) if "metric" in frame else frame
    return part.pivot_table(index="dataset", columns=key, values="mean", aggfunc="mean")


def _pairwise(better: str, worse: str, key: str = "method") -> Callable[[pd.DataFrame], tuple[str, str]]:
    """``better`` > ``worse`` on every dataset where both have a number."""

    def check(frame: pd.DataFrame) -> tuple[str, str]:
        table = _means(frame, key)
        if better not in table or worse not in table:
            return "not tested", ""
        both = table[[better, worse]].dropna()
        if not len(both):
            return "not tested", ""
        wins = both[better] > both[worse]
        numbers = "; ".join(f"{d}: {r[better]:.3f} vs {r[worse]:.3f}" for d, r in both.iterrows())
        verdict = "holds" if wins.all() else "does not hold"
        return verdict, f"{int(wins.sum())} of {len(both)} datasets ({numbers})"

    return check


def _resolution(frame: pd.DataFrame) -> tuple[str, str]:
    """32 px is the best dissolving size on most datasets where more than one size ran."""
    table = _means(frame)
    sizes = [c for c in (f"DIA (dissolve {s}x{s})" for s in (32, 64, 128)) if c in table]
    if len(sizes) < 2 or sizes[0] != "DIA (dissolve 32x32)":
        return "not tested", "needs 32 px and another size"
    part = table[sizes].dropna()
    if not len(part):
        return "not tested", ""
    best32 = part.idxmax(axis=1) == sizes[0]
    numbers = "; ".join(f"{d}: " + " / ".join(f"{v:.3f}" for v in r) for d, r in part.iterrows())
    verdict = "holds" if best32.sum() > len(part) / 2 else "does not hold"
    return (
        verdict,
        f"32 px best on {int(best32.sum())} of {len(part)} ({', '.join(s[14:-1] for s in sizes)}: {numbers})",
    )


def _cost(frame: pd.DataFrame) -> tuple[str, str]:
    """MACs grow with the dissolving resolution (Table 4)."""
    part = frame[frame["metric"] == "macs_giga"].dropna(subset=["mean"])
    order = [f"DIA (dissolve {s}x{s})" for s in (32, 64, 128)]
    values = [float(part.loc[part["method"] == m, "mean"].iloc[0]) for m in order if (part["method"] == m).any()]
    if len(values) < 2:
        return "not tested", ""
    grows = all(b > a for a, b in zip(values, values[1:], strict=False))
    ratios = [b / a for a, b in zip(values, values[1:], strict=False)]
    return ("holds" if grows else "does not hold"), (
        "MACs " + " / ".join(f"{v:.2f} G" for v in values) + " (x" + ", x".join(f"{r:.1f}" for r in ratios) + ")"
    )


#: the largest t the dissolving claim is checked at: DIA samples t from U(30, 130) (Kvasir-Polyp
#: U(100, 200)), Sec. 4.1; beyond it Eq. 4's 1/sqrt(abar_t) scaling can amplify what a weak DDPM leaves
DISSOLVE_CLAIM_MAX_T = 200


def _dissolving(frame: pd.DataFrame) -> tuple[str, str]:
    """For every lesion size: the lesion detail left falls as t grows (0 < t <= 200) and changes more than the rest."""
    if frame is None or not len(frame) or "lesion_retained" not in frame:
        return "not tested", ""
    frame = frame if "lesion_size" in frame else frame.assign(lesion_size=0.0)
    parts, ok = [], []
    for size, part in frame.groupby("lesion_size"):
        curve = part.groupby("t")[["lesion_retained", "change_inside", "change_outside"]].mean().sort_index()
        curve = curve[(curve.index > 0) & (curve.index <= DISSOLVE_CLAIM_MAX_T)]
        if len(curve) < 2:
            continue
        retained = curve["lesion_retained"].to_numpy()
        falls = bool(np.all(np.diff(retained) <= 1e-6)) and retained[-1] < retained[0]
        inside = bool((curve["change_inside"] > curve["change_outside"]).all())
        ok.append(falls and inside)
        kept = " / ".join(f"{v:.2f}" for v in retained)
        ratio = (curve["change_inside"] / curve["change_outside"].clip(lower=1e-12)).mean()
        parts.append(
            f"radius {size:g}: kept {kept} at t = {', '.join(map(str, curve.index))}; in/out change x{ratio:.1f}"
        )
    if not ok:
        return "not tested", ""
    verdict = "holds" if all(ok) else "does not hold"
    return verdict, f"{sum(ok)} of {len(ok)} lesion sizes (" + "; ".join(parts) + ")"


#: the claims of notes B.5 (paper sentences), checked by :func:`claims`
CLAIMS = [
    _claim(
        "DIA > CSI",
        "we can significantly outperform the baseline CSI on all datasets thereby clearly demonstrating "
        "the value of our novel components",
        "Sec. 4.3, Table 1",
        "table1",
        _pairwise("DIA", "CSI"),
    ),
    _claim(
        "Rotate > Perm",
        "the rotation transformation outperforms the perm transformation",
        "Sec. 5.2, Table 2",
        "table2",
        _pairwise("DIA-Rotate", "DIA-Perm"),
    ),
    _claim(
        "32 px dissolving suffices",
        "the computational cost increases dramatically with increased resolutions, while it can hardly "
        "boost model performances",
        "Sec. 5.3, Table 3",
        "table3",
        _resolution,
    ),
    _claim(
        "cost grows with resolution",
        "the computational cost increases dramatically with increased resolutions",
        "Sec. 5.3, Table 4",
        "table4",
        _cost,
    ),
    _claim(
        "less DDPM data lowers AUROC",
        "with the increasing amount of available data for training diffusion models, better performances "
        "of anomaly detection can be obtained",
        "Sec. 5.1, Fig. 4",
        "fig4",
        _pairwise("gamma=1", "gamma=0.1", key="subset"),
    ),
    _claim(
        "dissolving removes lesion detail, more as t grows",
        "The effect of dissolving transformations increases with an increasing number of diffusion time steps t",
        "Sec. 3.1, Fig. 1",
        "fig1",
        _dissolving,
    ),
    _claim(
        "DDPM beats a Gaussian blur",
        "(code README) blurgaussian_rotation is below rotate-diffusion on 3 of 4 sets",
        "code README (not in the paper)",
        "blur",
        _pairwise("DIA (DDPM)", "DIA (Gaussian blur)"),
    ),
]


def paper_claim_frames() -> dict[str, pd.DataFrame]:
    """The paper's printed frames the claims read, per source (Fig. 1 and the README's blur print none)."""
    frames = {name: reference_table(table) for name, table in TABLE_OF_GRID.items()}
    frames["table4"] = reference_table("dia_table4")
    return frames


def claims(ours: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every claim of :data:`CLAIMS` checked on the paper's tables and on ours.

    Args:
        ours: frame per claim source: :func:`paper_frame` of ``table1`` .. ``blur``, :func:`cost_table`'s
            long frame for ``table4``, :func:`dissolve_effect`'s frame for ``fig1``; a missing one is
            "not tested".

    Returns:
        :data:`~medad_core.experiments.claims.CLAIM_COLUMNS`, one row per claim (the paper verdict is
        the same check on the printed tables; Fig. 1 and the README have none).
    """
    return _claims_table(CLAIMS, ours, paper_claim_frames())


# -- paper vs code, label flags -----------------------------------------------------------------
#: the chapter's table of differences (notes B.6, plus the baselines); default = the paper
DIFFERENCES = [
    (
        "t range",
        "U(30, 130); Kvasir U(100, 200)",
        "floor(100 U(0.3, 1.0)), one t per shift and batch",
        "paper; t_range / t_sampling='code'",
    ),
    ("DDPM input range", "the DDPM's [-1, 1]", "the [0, 1] tensor", "rescale; dissolve_range='code'"),
    (
        "learning rate",
        "0.001 (LARS), cosine",
        "0.1 warmed up x10 over 10 epochs, LARS trust 0.001",
        "paper; lr=0.1, warmup_epochs=10",
    ),
    ("epoch", "200 samples", "200 batches", "200 batches (steps_per_epoch)"),
    ("epochs", "best within 200", "1,000", "200"),
    ("L_con normaliser", "1/(3BK) 1/|x+| (garbled)", "1/(3BK)", "the code's"),
    ("negatives", "Eq. 6: every non-self pair", "two versions", "Eq. 6; neg_mask='shifted_removed'"),
    ("checkpoint", "not stated", "best on the test split", "last epoch (select_on_valid on a valid split)"),
    ("DDPM weights", "not stated", "non-EMA", "EMA; ddpm_weights='model'"),
    ("DDPM size", "Table 4: ~8.7 M", "Unet(64, (1, 2, 4, 8)) ~ 36 M", "the code's widths; both reported"),
    ("DDPM library", "denoising-diffusion-pytorch 0.27", "same", "diffusers UNet2DModel + DDPMScheduler"),
    ("Transformaly teacher", "ViT-B/16 at 384 px (pytorch_pretrained_vit)", "same", "torchvision vit_b_16 at 224 px"),
    ("UniAD training", "one model for all classes (its paper)", "one per dataset (DIA)", "one per dataset"),
    ("UniAD selection", "-", "best on the test split every 10 epochs", "last epoch"),
    ("Meanshift angular loss", "paper's variant", "--angular flag, off by default", "off; angular=True"),
    ("pretrained backbones", "ImageNet weights", "same", "random init when offline in smoke/quick (labelled)"),
]

#: the label conventions the chapter flags (notes B.7)
LABEL_FLAGS = [
    (
        "BreastMNIST",
        "label 1 (normal + benign) is normal, 0 (malignant) anomalous (the paper's healthy class)",
        "README: --one_class_idx 0 trains on label 0, the malignant images",
    ),
    (
        "SARS-COV-2",
        "non-COVID is normal (the paper's healthy class)",
        "README: --one_class_idx 0 is the first ImageFolder class, COVID",
    ),
]


def differences_table() -> pd.DataFrame:
    """The chapter's paper-vs-code table (:data:`DIFFERENCES`)."""
    return pd.DataFrame(DIFFERENCES, columns=["item", "paper", "code", "medad (default; option)"])


# -- Fig. 1: dissolving on phantom lesions ------------------------------------------------------
#: the steps Fig. 1 shows (t = 0: no dissolving)
DISSOLVE_STEPS = (0, 30, 80, 130, 200, 400)
#: lesion radii (fraction of the side) of the size sweep
LESION_SIZES = (0.04, 0.08, 0.16)


def _phantom_pairs(dataset: str, n: int, size: int, severity: float, lesion_size: float, seed: int):
    from medad_core.data.phantoms import fine  # noqa: PLC0415
    from medad_core.data.spec import DOMAINS, get_spec  # noqa: PLC0415

    domain = get_spec(dataset).phantom
    if domain not in fine.BASES:
        raise MedadError(f"{dataset}'s phantom {domain!r} is no fine-grained lesion phantom")
    classes = DOMAINS[domain]
    lesioned, clean, masks = [], [], []
    for i in range(n):
        rng = np.random.default_rng([seed, 15, i])
        img, mask, base = fine.render_pair(domain, rng, size, classes[i % len(classes)], severity, lesion_size)
        for store, a in ((lesioned, img), (clean, base)):
            t = torch.from_numpy(a).float()
            store.append(t.permute(2, 0, 1) if t.ndim == 3 else t.expand(3, size, size).clone())
        masks.append(torch.from_numpy(mask))
    return torch.stack(lesioned), torch.stack(clean), torch.stack(masks)


def dissolve_effect(
    dataset: str = "pneumoniamnist",
    profile: str = "quick",
    seed: int = 0,
    steps: Sequence[int] = DISSOLVE_STEPS,
    lesion_sizes: Sequence[float] = LESION_SIZES,
    severity: float = 0.8,
    n_images: int = 16,
    device: str = "cpu",
    results: str | None = None,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Fig. 1 measured: what D_t does inside vs outside phantom lesion masks, for growing t.

    The DDPM is the one DIA's runs on ``dataset`` use (same images, configuration and seed, so it
    comes from the cache when Table 1 ran first). Each phantom is a normal image with and without one
    small lesion (:func:`medad_core.data.phantoms.fine.render_pair`), so the lesion's own signal is
    ``x - x_clean`` and what survives dissolving is ``D_t(x) - D_t(x_clean)``.

    Args:
        dataset: a DIA dataset (its fine-grained phantom).
        profile: the DIA profile whose DDPM is used.
        seed: the DDPM's seed (as DIA's ``ddpm_seed`` default: the model's seed).
        steps: the t values (0 = the image itself).
        lesion_sizes: lesion radii of the size sweep.
        severity: lesion contrast.
        n_images: phantoms per lesion size.
        device: torch device.
        results: the results folder holding the DDPM cache (default as the runner).

    Returns:
        (frame, examples): one row per (lesion size, t) with ``change_inside`` / ``change_outside``
        (mean ``|D_t(x) - x|`` in / out of the mask), ``lesion_retained`` (mean over the mask of
        ``|D_t(x) - D_t(x_clean)|`` over ``|x - x_clean|``: 1 = all lesion detail kept, 0 = removed),
        ``lesion_retained_std`` over images, and the DDPM's record; ``examples`` holds images
        (``{t: (n, 3, H, W)}``) and masks of the middle size for the figure.
    """
    from medad_core.data import load_splits  # noqa: PLC0415
    from medad_core.nn.diffusion import get_ddpm  # noqa: PLC0415

    dia = get_method("dia").for_profile(profile, seed=seed, progress=False)
    resolved = type(dia).resolved_params(profile)
    size = type(dia).input_size(resolved) or 32
    splits = load_splits(dataset, profile=profile, seed=0, image_size=size)
    ddpm = get_ddpm(splits.train, dia.ddpm_config(), seed=seed, device=device, root=results)
    rows, examples = [], {}
    middle = sorted(lesion_sizes)[len(lesion_sizes) // 2]
    for lesion_size in lesion_sizes:
        x, x0, masks = _phantom_pairs(dataset, n_images, size, severity, lesion_size, seed)
        x, x0, m = x.to(device), x0.to(device), masks.to(device)[:, None].float()
        signal = ((x - x0).abs() * m).sum((1, 2, 3)) / (m.sum((1, 2, 3)) * 3).clamp_min(1)
        for t in steps:
            with torch.no_grad():
                if t == 0:
                    dx, dx0 = x, x0
                else:
                    tt = torch.full((len(x),), int(t), device=device)
                    dx, dx0 = ddpm.dissolve(x, tt), ddpm.dissolve(x0, tt)
            diff = (dx - x).abs()
            inside = (diff * m).sum() / (m.sum() * 3).clamp_min(1)
            outside = (diff * (1 - m)).sum() / ((1 - m).sum() * 3).clamp_min(1)
            kept = ((dx - dx0).abs() * m).sum((1, 2, 3)) / (m.sum((1, 2, 3)) * 3).clamp_min(1)
            ratio = (kept / signal.clamp_min(1e-6)).cpu().numpy()
            rows.append(
                {
                    "dataset": PAPER_DATASET_NAMES.get(dataset, dataset),
                    "lesion_size": lesion_size,
                    "t": int(t),
                    "change_inside": float(inside),
                    "change_outside": float(outside),
                    "lesion_retained": float(ratio.mean()),
                    "lesion_retained_std": float(ratio.std()),
                    "n_images": len(x),
                }
            )
            if lesion_size == middle:
                examples[int(t)] = dx[:4].cpu()
        if lesion_size == middle:
            examples["clean"], examples["masks"] = x0[:4].cpu(), masks[:4]
    frame = pd.DataFrame(rows)
    frame.attrs["ddpm"] = json.dumps(ddpm.describe(), default=str)
    return frame, examples


def dissolve_montage(examples: dict[str, Any]) -> dict[str, list[tuple[np.ndarray, np.ndarray | None]]]:
    """The rows of Fig. 1's montage (:func:`medad_core.plots.outlined_montage`) from :func:`dissolve_effect`'s examples.

    Args:
        examples: ``{"clean": (n, 3, H, W), "masks": (n, H, W), t: (n, 3, H, W), ...}``.

    Returns:
        Row label -> (image (H, W, 3), mask or None) pairs: the clean images, then ``D_t`` of the
        lesioned ones with their masks outlined, t in increasing order.
    """
    masks = examples["masks"]
    rows = {"without lesion": [(im.permute(1, 2, 0).numpy(), None) for im in examples["clean"]]}
    for t in sorted(k for k in examples if isinstance(k, int)):
        rows[f"t = {t}"] = [(im.permute(1, 2, 0).numpy(), m.numpy()) for im, m in zip(examples[t], masks, strict=True)]
    return rows


# -- Table 4: parameters and MACs of the training forward ---------------------------------------
#: dissolving resolutions Table 4 counts per profile (smoke: one, to keep the smoke book fast)
COST_SIZES = {"smoke": (32,), "quick": (32, 64, 128), "paper": (32, 64, 128)}


def cost_table(profile: str = "paper", image_size: int = 224, sizes: Sequence[int] | None = None) -> pd.DataFrame:
    """Table 4 computed: params and MACs of one training forward (ResNet-18 + the DDPM at each size).

    The paper's architecture (not a profile's): CSI's ResNet-18 (ImageNet stem at ``image_size``,
    width 64, projection and shift heads) and the DDPM U-Net of DIA's code (widths 64 x (1, 2, 4, 8));
    the row ``DDPM dim 32`` is the U-Net at half width, about the size Table 4's 19.93 - 11.2 = 8.7 M
    implies (notes B.3: the discrepancy).

    Args:
        profile: selects :data:`COST_SIZES` (the counts themselves do not depend on it).
        image_size: the classifier's input side.
        sizes: the dissolving resolutions (None: the profile's).

    Returns:
        Long frame (``method``, ``metric`` = ``params_millions`` / ``macs_giga``, ``mean``) with the
        paper's method names of ``dia_table4`` plus the half-width rows.
    """
    from medad_core.efficiency import count_macs, count_parameters  # noqa: PLC0415
    from medad_core.methods.csi import CSIModel  # noqa: PLC0415
    from medad_core.nn.diffusion import DDPM, DDPMConfig  # noqa: PLC0415

    classifier = CSIModel(64, "imagenet", 4).eval()
    x = torch.zeros(1, 3, image_size, image_size)
    base_params = count_parameters(classifier) / 1e6
    base_macs = count_macs(classifier, x) / 1e9
    rows = [("DIA (no dissolving)", base_params, base_macs)]
    for widths, tag in (((64, 128, 256, 512), ""), ((32, 64, 128, 256), ", DDPM dim 32")):
        for s in sizes or COST_SIZES[profile]:
            ddpm = DDPM(DDPMConfig(image_size=s, block_out_channels=widths)).eval()
            xs = torch.zeros(1, 3, s, s)
            t = torch.zeros(1, dtype=torch.long)
            macs = count_macs(ddpm, xs, forward=lambda v, d=ddpm, t=t: d.eps(v, t)) / 1e9
            rows.append((f"DIA (dissolve {s}x{s}{tag})", base_params + count_parameters(ddpm) / 1e6, base_macs + macs))
    long = []
    for method, params, macs in rows:
        long.append({"method": method, "metric": "params_millions", "mean": round(params, 2)})
        long.append({"method": method, "metric": "macs_giga", "mean": round(macs, 2)})
    out = pd.DataFrame(long)
    out["dataset"], out["subset"], out["setting"], out["std"], out["status"] = "", "", "one_class", np.nan, ""
    return out
