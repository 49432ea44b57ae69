"""BMAD (thesis Ch. 3): the chapter's grids, name mappings, table frames and the efficiency measurement.

Grids (:data:`GRIDS`): ``tables`` (the fifteen methods of the thesis and AnoGAN, :data:`METHODS`, x six
datasets x seeds, Tables 3.7-3.11 and Fig. 3.9) and
``localisation`` (the three datasets with masks, Fig. 3.8). One-class setting; the trained methods
select their checkpoint on the valid split (BMAD's protocol, Sec. 3.4.1). The three BMAD notebooks
run the same configs, so whichever runs first computes and the others read the cache. Predictions
(scores + maps) are kept for the first seed of the pixel-level datasets, which Fig. 3.8 draws.

Smoke profile: only :data:`SMOKE_METHODS` on :data:`SMOKE_DATASETS` (the page executes in seconds).
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import torch

from medad_core.api import Detector, ImageSet, MedadError, Setting, TrainSet
from medad_core.config import Protocol, RunConfig, canonical_json
from medad_core.data import load_splits, make_trainset
from medad_core.efficiency import (
    PeakMemory,
    count_macs,
    count_parameters,
    release_memory,
    tensor_mb,
    time_inference,
)
from medad_core.experiments.common import paper_table, pick_seeds, summarise
from medad_core.methods.mkd import SOURCE_LAYERS as MKD_LAYERS
from medad_core.methods.padim import DEFAULT_FEATURES as PADIM_FEATURES
from medad_core.methods.rd4ad import TEACHER_LAYERS as RD4AD_LAYERS
from medad_core.methods.utrad import LAYERS as UTRAD_LAYERS
from medad_core.nn.training import TrainedDetector
from medad_core.registry import available_methods, get_method
from medad_core.runner import (
    FITS_LOG,
    atomic_write_text,
    data_size,
    identity,
    load_predictions,
    results_dir,
    run_many,
)
from medad_core.tables import reference_table
from medad_core.weights import weights_enum

__all__ = [
    "BMAD_DATASETS",
    "PIXEL_DATASETS",
    "PAPER_METHOD_NAMES",
    "PAPER_DATASET_NAMES",
    "TABLE_OF_DATASET",
    "FEATURE_METHODS",
    "RECON_METHODS",
    "EXTRA_METHODS",
    "METHODS",
    "FAMILIES",
    "FAMILY_CLAIM",
    "family_claim",
    "SEEDS",
    "QUICK_SCHEDULE",
    "GRIDS",
    "METRICS",
    "grid_names",
    "seeds_for",
    "selection",
    "registered",
    "config",
    "grid",
    "run",
    "paper_frame",
    "THESIS_SETTINGS_TABLE",
    "hyperparameter_table",
    "DIFFERENCES",
    "differences_table",
    "BACKBONE_VARIANTS",
    "backbone_grid",
    "pro_variant_table",
    "PRO_OF_METHOD",
    "RUN_COLUMNS",
    "dataset_table",
    "paper_pairs",
    "localisation_examples",
    "PROBE_VERSION",
    "PROBE_STEPS",
    "PROBE_PARAMS",
    "PROBE_BATCH",
    "PROBE_WARMUP",
    "PROBE_REPEATS",
    "PROBE_DATASETS",
    "PROBE_COLUMNS",
    "probe_datasets",
    "probe_config",
    "probe_key",
    "cost_row",
    "cost_probe",
    "EfficiencyFrames",
    "efficiency_frames",
]

#: the six BMAD benchmarks (registry names) and the paper's column names
PAPER_DATASET_NAMES = {
    "bmad_liver": "BTCV+LiTS",
    "bmad_brain": "BraTS2021",
    "bmad_resc": "RESC",
    "bmad_oct2017": "OCT2017",
    "bmad_chest": "RSNA",
    "bmad_camelyon": "Camelyon16",
}
BMAD_DATASETS = list(PAPER_DATASET_NAMES)
PIXEL_DATASETS = ["bmad_brain", "bmad_liver", "bmad_resc"]
TABLE_OF_DATASET = {
    "bmad_liver": "thesis_table3_7",
    "bmad_brain": "thesis_table3_8",
    "bmad_resc": "thesis_table3_9",
    "bmad_oct2017": "thesis_table3_10",
    "bmad_chest": "thesis_table3_10",
    "bmad_camelyon": "thesis_table3_10",
}
#: registry name -> the thesis' row label
PAPER_METHOD_NAMES = {
    "anogan": "AnoGAN",
    "fanogan": "f-AnoGAN",
    "ganomaly": "GANomaly",
    "draem": "DRAEM",
    "utrad": "UTRAD",
    "deepsvdd": "DeepSVDD",
    "cutpaste": "CutPaste",
    "simplenet": "SimpleNet",
    "mkd": "MKD",
    "rd4ad": "RD4AD",
    "stfpm": "STFPM",
    "padim": "PaDiM",
    "patchcore": "PatchCore",
    "cfa": "CFA",
    "cflow": "CFLOW",
    "csflow": "CS-Flow",
}
#: the four reconstruction-based algorithms of the BMAD tables (thesis Sec. 3.3, Tables 3.7-3.11)
RECON_METHODS = ["fanogan", "ganomaly", "draem", "utrad"]
#: AnoGAN, which Sec. 3.3 names among the reconstruction methods but the tables do not print: a row of
#: ours with no paper number
EXTRA_METHODS = ["anogan"]
#: the eleven feature-embedding algorithms of BMAD
FEATURE_METHODS = [
    "deepsvdd",
    "cutpaste",
    "simplenet",
    "mkd",
    "rd4ad",
    "stfpm",
    "padim",
    "patchcore",
    "cfa",
    "cflow",
    "csflow",
]
#: the chapter's rows: the thesis's fifteen (reconstruction first, as Tables 3.7-3.11 print them) and AnoGAN
METHODS = [*RECON_METHODS, *FEATURE_METHODS, *EXTRA_METHODS]
#: seeds per profile for the chapter (quick: one seed so the chapter fits its CPU budget)
SEEDS = {"smoke": [0], "quick": [0], "paper": [0, 1, 2, 3, 4]}
#: the smoke profile only checks that the pages execute (seconds): one method, one dataset
SMOKE_METHODS = ["padim"]
SMOKE_DATASETS = ["bmad_brain"]
#: the quick profile's benchmarks: the three with masks (Tables 3.7-3.9) and RSNA of Table 3.10; OCT2017 and
#: Camelyon16 add 1.7 CPU-min to a chapter whose whole book must build in 20 minutes (pass ``datasets`` to run them)
QUICK_DATASETS = ["bmad_brain", "bmad_liver", "bmad_resc", "bmad_chest"]
#: the chapter's quick-profile schedules on top of the methods' quick parameters (the quick book's CPU
#: budget). Image / pixel AUROC on the phantoms, seed 0, the shorter schedule first: MKD and RD4AD level
#: off by their second epoch (MKD 2 vs 3 epochs: brain 0.644 / 0.915 vs 0.559 / 0.928, liver 0.486 /
#: 0.827 vs 0.512 / 0.838; RD4AD: brain 0.605 / 0.860 vs 0.595 / 0.867, liver 0.770 / 0.901 vs 0.775 /
#: 0.903), so the third is left out, a third of each fit; SimpleNet's quick run is at chance with 4
#: epochs or 2 (2 vs 4: brain 0.449 / 0.187 vs 0.488 / 0.223, liver 0.574 / 0.258 vs 0.523 / 0.287), so
#: 2 cost half the CPU for the same reading. CS-Flow was not cut: at 2 epochs its pixel AUROC fell to
#: chance (brain 0.492 vs 0.878). The settings page shows these epochs.
QUICK_SCHEDULE: dict[str, dict[str, Any]] = {"mkd": {"epochs": 2}, "rd4ad": {"epochs": 2}, "simplenet": {"epochs": 2}}
#: the row columns the chapter averages (metrics.evaluate): the three PRO variants, BMAD's
#: valid-calibrated Dice and the best-threshold (oracle) Dice
METRICS = ["image_auroc", "pixel_auroc", "pro", "pro_bmad", "pro_anomalib_legacy", "dice_bmad", "dice_oracle"]
#: the PRO variant behind each method's thesis numbers (reference-implementations §1.6): anomalib 0.5,
#: vendored in BMAD, computes the legacy AUPRO (``pro_anomalib_legacy``); the UTRAD, MKD and CS-Flow
#: folders carry BMAD's 200-threshold ``compute_pro`` (``pro_bmad``; their pixel prints are commented
#: out, and CS-Flow's PRO is NA in the thesis); SimpleNet's own code has the same 200-threshold
#: ``compute_pro`` plus a 5x5 dilation of the thresholded maps, which ``pro_bmad`` leaves out. A
#: method not listed is compared with the MVTec reference (``pro``).
PRO_OF_METHOD = {
    "padim": "pro_anomalib_legacy",
    "patchcore": "pro_anomalib_legacy",
    "stfpm": "pro_anomalib_legacy",
    "cfa": "pro_anomalib_legacy",
    "cflow": "pro_anomalib_legacy",
    "rd4ad": "pro_anomalib_legacy",
    "draem": "pro_anomalib_legacy",
    "utrad": "pro_bmad",
    "mkd": "pro_bmad",
    "csflow": "pro_bmad",
    "simplenet": "pro_bmad",
}
PRO_SOURCES = {
    "pro_anomalib_legacy": "anomalib <= 2.2 AUPRO (vendored anomalib 0.5 in BMAD)",
    "pro_bmad": "BMAD's compute_pro (200 thresholds, FPR < 0.3 rescaled)",
    "pro": "MVTec AD reference (no variant known for this method)",
}
#: the thesis's names of our metric columns: Table 3.11's Dice is BMAD's valid-calibrated Dice; the
#: best-threshold Dice and the MVTec PRO are ours only (extra columns)
METRIC_NAMES = {"dice_bmad": "dice", "dice_oracle": "dice_best_threshold"}
#: the columns of the chapter's "all runs" table
RUN_COLUMNS = [
    "method",
    "dataset",
    "seed",
    "image_auroc",
    *METRICS[1:],
    "data_size",
    "fit_seconds",
    "predict_ms_per_image",
    "peak_memory_mb",
    "weights",
    "data_source",
    "error",
]
#: metrics a method without maps prints as NA (as the thesis does)
PIXEL_METRICS = ["pixel_auroc", "pro", "pro_mvtec", "dice", "dice_best_threshold"]
GRIDS = {"tables": BMAD_DATASETS, "localisation": PIXEL_DATASETS}


def grid_names() -> list[str]:
    """Names of the BMAD grids."""
    return list(GRIDS)


def seeds_for(profile: str, seeds: Sequence[int] | None = None) -> list[int]:
    """The chapter's seeds of a profile (:data:`SEEDS`) unless ``seeds`` is given."""
    return pick_seeds(SEEDS, profile, seeds)


def selection(
    profile: str, methods: Sequence[str] | None = None, datasets: Sequence[str] | None = None, name: str = "tables"
) -> tuple[list[str], list[str], str]:
    """(methods, datasets, note) of a grid; ``None`` means every method / dataset of the grid.

    The smoke profile runs :data:`SMOKE_METHODS` on :data:`SMOKE_DATASETS` and the note says so.
    """
    if name not in GRIDS:
        raise MedadError(f"unknown BMAD grid {name!r}; expected one of {', '.join(GRIDS)}")
    note = ""
    if profile == "smoke" and methods is None:
        note = (
            f"Smoke profile: only {', '.join(SMOKE_METHODS)} on {', '.join(SMOKE_DATASETS)} are run "
            "(this profile checks that the page executes; use quick or paper for the whole table)."
        )
    if profile == "quick" and datasets is None and name == "tables":
        skipped = [PAPER_DATASET_NAMES[d] for d in BMAD_DATASETS if d not in QUICK_DATASETS]
        note = (
            f"Quick profile: {len(QUICK_DATASETS)} of the {len(BMAD_DATASETS)} benchmarks are run "
            f"({', '.join(PAPER_DATASET_NAMES[d] for d in QUICK_DATASETS)}); {', '.join(skipped)} run in the paper "
            "profile (or pass `datasets`), to keep the quick book within its time budget."
        )
    if methods is None:
        methods = SMOKE_METHODS if profile == "smoke" else METHODS
    if datasets is None:
        datasets = {"smoke": SMOKE_DATASETS, "quick": QUICK_DATASETS}.get(profile, BMAD_DATASETS)
    return list(methods), [d for d in datasets if d in GRIDS[name]], note


def registered(methods: Sequence[str]) -> tuple[list[str], list[str]]:
    """(registered, missing) among ``methods``."""
    known = set(available_methods())
    return [m for m in methods if m in known], [m for m in methods if m not in known]


def config(
    method: str, dataset: str, profile: str, seed: int, data_root: str | None = None, device: str = "cpu"
) -> RunConfig:
    """The run of one method on one BMAD dataset (one-class setting, the profile's parameters).

    The quick profile adds the chapter's :data:`QUICK_SCHEDULE` to the method's quick parameters.
    """
    params = dict(QUICK_SCHEDULE.get(method, {})) if profile == "quick" else {}
    return RunConfig(
        method=method, dataset=dataset, params=params, profile=profile, seed=seed, device=device, data_root=data_root
    )


def grid(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    methods: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
) -> list[RunConfig]:
    """The runs of grid ``name``: registered methods x datasets x seeds.

    Args:
        name: ``tables`` or ``localisation``.
        profile: smoke, quick or paper.
        data_root: folder of the real datasets (None: embedded phantoms).
        device: torch device.
        seeds: default :data:`SEEDS` of the profile.
        methods: default the chapter's (smoke: :data:`SMOKE_METHODS`).
        datasets: default the grid's (smoke: :data:`SMOKE_DATASETS`).

    Returns:
        The RunConfigs, dataset-major.
    """
    methods, datasets, _ = selection(profile, methods, datasets, name)
    present, _ = registered(methods)
    return [
        config(m, d, profile, s, data_root, device)
        for d in datasets
        for m in present
        for s in seeds_for(profile, seeds)
    ]


def run(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    methods: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
    progress: bool = True,
) -> tuple[pd.DataFrame, list[str]]:
    """Run (or read from the cache) grid ``name``; a failing run is recorded in its row's ``error``.

    Returns:
        (rows DataFrame, methods that are not registered).
    """
    configs = grid(name, profile, data_root, device, seeds, methods, datasets)
    _, missing = registered(selection(profile, methods, datasets, name)[0])
    first = seeds_for(profile, seeds)[0]
    frames = []
    for keep in (True, False):
        part = [c for c in configs if keep == (c.dataset in PIXEL_DATASETS and c.seed == first)]
        if part:
            frames.append(run_many(part, errors="record", keep_predictions=keep, progress=progress, desc="BMAD runs"))
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if "error" not in rows:
        rows["error"] = None
    return rows, missing


def paper_frame(rows: pd.DataFrame, seeds: Sequence[int]) -> pd.DataFrame:
    """Our long frame in the thesis's names: mean ± std over seeds, notes for missing or failed seeds.

    ``pro`` is each method's PRO in the variant its thesis numbers come from (:data:`PRO_OF_METHOD`),
    so the Δ column compares like with like; ``pro_mvtec`` is the MVTec reference beside it. ``dice``
    is BMAD's valid-calibrated Dice (Table 3.11), ``dice_best_threshold`` the oracle. A method without
    maps gives no pixel metrics: ``NA`` as the paper prints it.

    Args:
        rows: the runs (``run``), failed ones with an ``error``.
        seeds: the seeds the profile asked for.

    Returns:
        Long frame ``method, dataset, subset, setting, metric, mean, std, status, n_seeds, note``.
    """
    res = rows.assign(subset="", setting="one_class", status="")
    for column in METRICS:
        if column not in res:
            res[column] = np.nan  # rows of an older layout or a failed batch: the cell reads "not run"
    long = summarise(res, ["method", "dataset", "subset", "setting"], METRICS, expected_seeds=len(seeds))
    variant = long["method"].map(lambda m: PRO_OF_METHOD.get(m, "pro"))
    is_pro = long["metric"].isin(["pro", "pro_bmad", "pro_anomalib_legacy"])
    mvtec = long[long["metric"] == "pro"].assign(metric="pro_mvtec")
    paper_variant = long[is_pro & (long["metric"] == variant)].assign(metric="pro")
    long = pd.concat([long[~is_pro], paper_variant, mvtec], ignore_index=True)
    long["method"] = long["method"].map(lambda m: PAPER_METHOD_NAMES.get(m, m))
    long["dataset"] = long["dataset"].map(lambda d: PAPER_DATASET_NAMES.get(d, d))
    long["metric"] = long["metric"].replace(METRIC_NAMES)
    long.loc[long["mean"].isna() & long["metric"].isin(PIXEL_METRICS) & (long["status"] == ""), "status"] = "NA"
    return long


def pro_variant_table(methods: Sequence[str]) -> pd.DataFrame:
    """Which PRO variant each method's thesis numbers (and our ``pro`` column) use.

    Args:
        methods: registry names.

    Returns:
        ``method`` (the thesis's name), ``pro variant`` (our row column) and ``source``.
    """
    rows = []
    for m in methods:
        column = PRO_OF_METHOD.get(m, "pro")
        rows.append({"method": PAPER_METHOD_NAMES.get(m, m), "pro variant": column, "source": PRO_SOURCES[column]})
    return pd.DataFrame(rows, columns=["method", "pro variant", "source"])


def dataset_table(ours: pd.DataFrame, table_id: str, paper_datasets: Sequence[str], metrics: Sequence[str]):
    """One thesis table (3.7-3.11) beside ours, restricted to ``paper_datasets`` and ``metrics``.

    With ``pro`` among the metrics, our MVTec-reference PRO follows as an extra ``pro_mvtec`` column
    (no paper value: the thesis prints one variant per method, :func:`pro_variant_table`).
    """
    metrics = list(metrics)
    if "pro" in metrics and "pro_mvtec" not in metrics:
        metrics.insert(metrics.index("pro") + 1, "pro_mvtec")
    mine = ours[ours["dataset"].isin(paper_datasets) & ours["metric"].isin(metrics)]
    return paper_table(reference_table(table_id), mine, index=["method"], columns=["dataset", "metric"], metric=metrics)


def paper_pairs(ours: pd.DataFrame) -> pd.DataFrame:
    """Every reproduced cell of Tables 3.7-3.10 beside the thesis's value (``mean_paper``, ``mean_ours``)."""
    paper = pd.concat([reference_table(t) for t in dict.fromkeys(TABLE_OF_DATASET.values())])
    return paper.merge(
        ours.dropna(subset=["mean"]), on=["dataset", "method", "metric"], suffixes=("_paper", "_ours")
    ).dropna(subset=["mean_paper"])


#: the thesis's two families (Sec. 3.3): four reconstruction-based rows of Tables 3.7-3.10, eleven feature-based
FAMILIES = {**{m: "reconstruction" for m in RECON_METHODS}, **{m: "feature" for m in FEATURE_METHODS}}
#: the claim of Sec. 3.5 the chapter checks
FAMILY_CLAIM = (
    "Feature-based methods show better performance than reconstruction-based methods "
    "(thesis Sec. 3.5; checked as the family mean image AUROC per dataset)"
)


def family_claim(ours: pd.DataFrame) -> pd.DataFrame:
    """The thesis's "feature-based beat reconstruction-based" as a computed check, per dataset.

    The family mean is the mean image AUROC of the family's methods on a dataset (Tables 3.7-3.10); the
    claim holds on a dataset when the feature family's mean is the larger. The paper's own numbers break
    it on BTCV+LiTS (59.7 vs 59.2 for reconstruction); the table shows that beside ours.

    Args:
        ours: :func:`paper_frame` of the ``tables`` grid (the thesis's method and dataset names).

    Returns:
        One row per dataset: ``dataset``, ``feature (paper)``, ``reconstruction (paper)``, ``holds (paper)``,
        ``feature (ours)``, ``reconstruction (ours)``, ``holds (ours)`` and ``methods (ours)`` (how many of
        each family's methods have a number of ours, e.g. ``11 + 4 of 15``).
    """
    family_of = {PAPER_METHOD_NAMES[m]: f for m, f in FAMILIES.items()}
    sizes = pd.Series(family_of).value_counts()
    paper = pd.concat([reference_table(t) for t in dict.fromkeys(TABLE_OF_DATASET.values())])
    frames = {}
    for label, frame in (("paper", paper), ("ours", ours)):
        part = frame[(frame["metric"] == "image_auroc") & frame["method"].isin(family_of)].dropna(subset=["mean"])
        part = part.assign(family=part["method"].map(family_of))
        frames[label] = part.groupby(["dataset", "family"])["mean"].agg(["mean", "count"]).unstack("family")
    out = []
    for dataset in PAPER_DATASET_NAMES.values():
        row: dict[str, Any] = {"dataset": dataset}
        for label, table in frames.items():
            means = table["mean"].loc[dataset] if dataset in table.index else pd.Series(dtype=float)
            feature, recon = means.get("feature", np.nan), means.get("reconstruction", np.nan)
            row[f"feature ({label})"] = feature
            row[f"reconstruction ({label})"] = recon
            row[f"holds ({label})"] = (
                "not tested" if np.isnan(feature) or np.isnan(recon) else ("yes" if feature > recon else "no")
            )
            if label == "ours":
                counts = table["count"].loc[dataset] if dataset in table.index else pd.Series(dtype=float)
                row["methods (ours)"] = (
                    f"{int(counts.get('feature', 0) or 0)} of {sizes['feature']} feature, "
                    f"{int(counts.get('reconstruction', 0) or 0)} of {sizes['reconstruction']} reconstruction"
                )
        out.append(row)
    return pd.DataFrame(out)


def localisation_examples(
    methods: Sequence[str],
    datasets: Sequence[str],
    profile: str,
    seed: int,
    data_root: str | None = None,
    device: str = "cpu",
    per_dataset: int = 2,
) -> dict[str, Any]:
    """Fig. 3.8 inputs: the anomalous test images with the largest lesions and each method's stored map.

    Returns:
        ``images``, ``masks`` (lists), ``maps`` (model label -> list of maps or None per example),
        ``row_labels`` and ``no_maps`` (methods that give image scores only).
    """
    images, masks, row_labels, examples = [], [], [], []
    for name in datasets:
        _, test = make_trainset(
            load_splits(name, data_root=data_root, profile=profile, seed=seed), Setting.ONE_CLASS, Protocol(), seed
        )
        mask = test.masks_tensor().numpy()
        picked = [int(i) for i in np.argsort(-mask.reshape(len(mask), -1).sum(1))[:per_dataset]]
        images += [test[i]["image"].permute(1, 2, 0).squeeze(-1).numpy() for i in picked]
        masks += [mask[i] for i in picked]
        row_labels += [PAPER_DATASET_NAMES.get(name, name)] * len(picked)
        examples.append((name, picked))
    maps: dict[str, list] = {}
    no_maps = []
    for method in methods:
        column = []
        for name, picked in examples:
            stored = _stored(config(method, name, profile, seed, data_root, device))
            if stored is not None and "maps" not in stored:
                no_maps.append(method)
            has = stored is not None and "maps" in stored
            shape = masks[len(column)].shape if picked else None  # every example of a dataset has one size
            column += [_display_map(stored["maps"][i], shape) if has else None for i in picked]
        maps[PAPER_METHOD_NAMES.get(method, method)] = column
    maps = {k: v for k, v in maps.items() if any(m is not None for m in v)}
    return {
        "images": images,
        "masks": masks,
        "maps": maps,
        "row_labels": row_labels,
        "no_maps": list(dict.fromkeys(no_maps)),
    }


def _display_map(stored: np.ndarray, shape: tuple[int, ...] | None) -> np.ndarray:
    """A stored map at the figure's image size: a method read at its own size (CS-Flow 256, ...) is resized."""
    out = stored.astype(np.float32)
    if shape is None or out.shape == tuple(shape):
        return out
    resized = torch.nn.functional.interpolate(torch.from_numpy(out)[None, None], size=tuple(shape), mode="bilinear")
    return resized[0, 0].numpy()


def _stored(cfg: RunConfig) -> dict[str, np.ndarray] | None:
    try:
        return load_predictions(cfg)
    except MedadError:  # a failed run has no stored predictions
        return None


# -- cost probe (Fig. 3.9 and the cost table) -------------------------------------------------------------
#: bump when the probe's measurement changes, so cached probe rows are recomputed
PROBE_VERSION = 3
#: the probe's fit stops each training phase after this many optimisation steps (``max_steps``): a
#: trained method's peak memory (weights, gradients, optimiser state, one batch's activations) is
#: reached in its first steps, while whole-set work (a memory bank, fitted densities, DeepSVDD's
#: centre) still covers the dataset's whole training set
PROBE_STEPS = 3
#: the parameters the probe sets on top of the profile's (only those a method has)
PROBE_PARAMS = {"max_steps": PROBE_STEPS}
#: images per timed ``predict`` call, one constant for every method and dataset
PROBE_BATCH = 16
#: untimed predicts before the timed ones (the first is the one whose memory is measured)
PROBE_WARMUP = 1
#: timed predicts; the probe reports their median and their min-max spread
PROBE_REPEATS = 5
#: the datasets a profile probes (None: every dataset of the page); the quick profile probes the brain
#: benchmark only, so the chapter with all sixteen methods stays within its CPU budget (the quick
#: phantoms have about the same size everywhere, so more panels would show little that differs)
PROBE_DATASETS: dict[str, list[str] | None] = {
    "smoke": None,
    "quick": ["bmad_brain"],
    "paper": None,
}
#: the columns of a probe row (:func:`cost_row`)
PROBE_COLUMNS = [
    "method",
    "dataset",
    "params_m",
    "gmacs",
    "model_mb",
    "image_size",
    "channels",
    "n_train",
    "probe_fit_seconds",
    "fit_mb",
    "predict_mb",
    "predict_ms",
    "predict_ms_min",
    "predict_ms_max",
    "decode_ms",
    "batch",
    "warmup",
    "repeats",
    "memory_device",
    "note",
]


def probe_datasets(profile: str, datasets: Sequence[str]) -> tuple[list[str], str]:
    """The datasets the cost probe measures in ``profile`` (:data:`PROBE_DATASETS`) among ``datasets``.

    Args:
        profile: smoke, quick or paper.
        datasets: the page's datasets.

    Returns:
        (datasets, note): the note says which datasets a profile leaves out ("" when none). When
        none of the profile's datasets is among ``datasets``, the first of ``datasets`` is probed.
    """
    chosen = PROBE_DATASETS.get(profile)
    if chosen is None:
        return list(datasets), ""
    # a page asked for other datasets only still gets one panel: its first dataset
    kept = [d for d in datasets if d in chosen] or list(datasets[:1])
    left = [d for d in datasets if d not in kept]
    if not left:
        return kept, ""
    name = ", ".join(PAPER_DATASET_NAMES.get(d, d) for d in kept) or "none"
    out = ", ".join(PAPER_DATASET_NAMES.get(d, d) for d in left)
    return kept, (
        f"The {profile} profile measures cost on {name} only (not on {out}), to keep the book within "
        "its CPU budget; the paper profile measures every dataset."
    )


def probe_config(
    method: str,
    dataset: str,
    profile: str,
    data_root: str | None = None,
    seed: int = 0,
    device: str = "cpu",
    weights: str = "auto",
) -> RunConfig:
    """The RunConfig of the probe's fit (the profile's parameters with :data:`PROBE_PARAMS`).

    Its :func:`medad_core.runner.identity` enters the probe's cache key, so a method version bump, a
    changed profile parameter or data spec recomputes the probe.

    Args:
        method: registry name.
        dataset: the BMAD dataset whose training set is fitted and whose test images are timed.
        profile: the profile of the method's parameters, image size and training-set size.
        data_root: folder of the real datasets.
        seed: seed of the fit and the split.
        device: torch device.
        weights: the weights policy (as the runs').

    Returns:
        The config (only the probe parameters the method has).
    """
    names = get_method(method).param_names()
    params = {k: v for k, v in PROBE_PARAMS.items() if k in names}
    return RunConfig(
        method=method,
        dataset=dataset,
        params=params,
        profile=profile,
        seed=seed,
        device=device,
        weights=weights,
        data_root=data_root,
    )


def probe_key(config: RunConfig) -> tuple[str, dict[str, Any]]:
    """The probe's cache key (16 hex digits) and the identity it hashes.

    Args:
        config: :func:`probe_config`.

    Returns:
        (key, identity): the identity is the runner's :func:`~medad_core.runner.identity` of ``config``
        with the probe's batch size, warm-up and repeat counts and :data:`PROBE_VERSION`.
    """
    ident = {
        "kind": "cost_probe",
        "probe_version": PROBE_VERSION,
        "batch": PROBE_BATCH,
        "warmup": PROBE_WARMUP,
        "repeats": PROBE_REPEATS,
        "run": identity(config),
    }
    return hashlib.sha256(canonical_json(ident).encode()).hexdigest()[:16], ident


def _timed_batch(test: ImageSet) -> ImageSet:
    """:data:`PROBE_BATCH` test images spread over the split (repeated when the split is smaller)."""
    n = len(test)
    if n == 0:
        raise MedadError("the cost probe needs at least one test image")
    return test.subset((np.arange(PROBE_BATCH) * n) // PROBE_BATCH)


#: (method, device) pairs this process has primed (:func:`_prime`)
_PRIMED: set[tuple[str, str]] = set()


def _prime(build: Callable[[], Detector], train: TrainSet, images: ImageSet) -> bool:
    """Once per method and device in this process: fit on a few training images and predict once.

    The first fit and predict of a process pay one-time costs (kernel libraries, autograd's
    threads, weights downloaded or memory-mapped, cuDNN workspaces) that would otherwise inflate the
    memory of whichever method is probed first. Returns False when the small fit fails (the
    measurement then goes ahead unprimed and its row says so).
    """
    detector = build()
    key = (detector.name, str(detector.device))
    if key in _PRIMED:
        return True
    small = dataclasses.replace(train, normal=train.normal.subset(range(min(len(train.normal), PROBE_BATCH))))
    try:
        detector.fit(small).predict(images.tensors(), batch_size=PROBE_BATCH)
    except Exception:  # noqa: BLE001 - priming is best effort; the real fit below reports real errors
        return False
    finally:
        del detector
        release_memory()
    _PRIMED.add(key)
    return True


def _measure(config: RunConfig) -> tuple[dict[str, Any], float]:
    """The probe itself (no cache): its row and the seconds of its fit."""
    cls = get_method(config.method)
    splits = load_splits(
        config.dataset,
        data_root=config.data_root,
        layout=config.layout,
        profile=config.profile,
        seed=config.data_seed,
        # read at the size the method runs at, as the runner does (no upsampled inputs)
        image_size=data_size(config),
    )
    train, test = make_trainset(splits, Setting.ONE_CLASS, Protocol(), config.seed)
    # the probe measures training and inference, not BMAD's checkpoint selection on the valid split
    train.valid = None
    images = _timed_batch(test)

    def build() -> Detector:
        return cls.for_profile(
            config.profile,
            seed=config.seed,
            device=config.device,
            weights=config.weights,
            progress=False,
            **config.params,
        )

    primed = _prime(build, train, images)
    detector = build()
    # the whole training set of the profile, streamed from the files as the runner does
    release_memory()
    with PeakMemory(interval=0.01, device=config.device) as fit_memory:
        start = time.perf_counter()
        detector.fit(train)
        fit_seconds = time.perf_counter() - start

    # decoding (image and mask files, resized to the input size) is timed on its own ...
    decode = time_inference(lambda s: s.materialize(), images, warmup=0, repeats=PROBE_REPEATS)
    # ... and predict gets the decoded tensors, held in memory
    batch = images.tensors()

    def predict(x: torch.Tensor) -> Any:
        return detector.predict(x, batch_size=PROBE_BATCH)

    model_mb = tensor_mb(detector)
    release_memory()
    with PeakMemory(interval=0.005, device=config.device) as predict_memory:
        predict(batch)  # the first, untimed pass is the one whose memory is measured
    timing = time_inference(predict, batch, warmup=max(PROBE_WARMUP - 1, 0), repeats=PROBE_REPEATS)

    try:
        macs = count_macs(detector, batch[:1].to(detector.device), forward=detector._predict_batch)
    except Exception as err:  # noqa: BLE001 - an op the counter cannot trace; reported, not hidden
        macs, note = None, f"MAC counter failed ({type(err).__name__})"
    else:
        note = ""
    if not primed:
        note = "; ".join(filter(None, [note, "not primed: fit memory may include one-time initialisation"]))
    row = {
        "method": config.method,
        "dataset": config.dataset,
        "params_m": count_parameters(detector) / 1e6,
        "gmacs": None if macs is None else macs / 1e9,
        "model_mb": model_mb,
        "image_size": list(batch.shape[-2:]),
        "channels": int(batch.shape[1]),
        "n_train": len(train.normal),
        "probe_fit_seconds": fit_seconds,
        "fit_mb": fit_memory.added_mb,
        "predict_mb": model_mb + predict_memory.added_mb,
        "predict_ms": timing.ms_per_image,
        "predict_ms_min": timing.min_ms_per_image,
        "predict_ms_max": timing.max_ms_per_image,
        "decode_ms": decode.ms_per_image,
        "batch": PROBE_BATCH,
        "warmup": max(PROBE_WARMUP, 1),
        "repeats": PROBE_REPEATS,
        "memory_device": "cuda" if predict_memory.added_cuda_mb is not None else "cpu",
        "note": note,
    }
    return row, fit_seconds


def _log_probe(root: Path, config: RunConfig, key: str, fit_seconds: float) -> None:
    """One line in the runner's ``fits.log`` (its JSON-line format, ``"kind": "probe"``) per real probe fit."""
    entry = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "kind": "probe",
        "config_hash": config.config_hash(),
        "cache_key": key,
        "method": config.method,
        "dataset": config.dataset,
        "profile": config.profile,
        "seed": config.seed,
        "fit_seconds": round(fit_seconds, 3),
    }
    root.mkdir(parents=True, exist_ok=True)
    with open(root / FITS_LOG, "a") as handle:
        handle.write(json.dumps(entry, sort_keys=True) + "\n")


def cost_row(
    method: str,
    dataset: str,
    profile: str,
    data_root: str | None = None,
    seed: int = 0,
    device: str = "cpu",
    weights: str = "auto",
    results: str | os.PathLike | None = None,
    use_cache: bool = True,
) -> dict[str, Any]:
    """Cost of one method on one dataset, from that dataset's own fit and predict (cached).

    The method is fitted with the profile's parameters on the dataset's whole training set (so a
    memory bank has the size it has in the run), each training phase stopped after
    :data:`PROBE_STEPS` steps (:data:`PROBE_PARAMS`). Then :data:`PROBE_BATCH` test images are
    decoded (timed on their own: ``decode_ms``) and ``detector.predict`` is called on the decoded
    tensors in one batch of :data:`PROBE_BATCH`: :data:`PROBE_WARMUP` untimed passes, then
    :data:`PROBE_REPEATS` timed ones (:func:`~medad_core.efficiency.time_inference`), whose median
    per image is ``predict_ms`` and whose fastest and slowest pass are ``predict_ms_min`` /
    ``predict_ms_max``. Inference time therefore excludes file decoding; it includes the copy to
    the device and the maps' return to host memory, as ``predict`` does.

    Memory (:class:`~medad_core.efficiency.PeakMemory`, after
    :func:`~medad_core.efficiency.release_memory`, and, once per method and device in a process,
    after a priming fit on a few images and one predict, so that one-time initialisation of the
    process is not counted):
    ``fit_mb`` is the peak the fit added (GPU: peak
    CUDA allocation above the allocation at entry; CPU: peak resident memory above the resident
    memory at entry, sampled every 10 ms); ``predict_mb`` is the model's tensors (parameters and
    buffers, memory banks included: ``model_mb``) plus the peak the first predict pass added. A
    schedule that changes a network's training after the probe's steps (CutPaste's backbone
    unfrozen after ``freeze_epochs``) is not reached, so ``fit_mb`` is the memory of the first
    phase's steps. Parameters and multiply-accumulates per image (``torch.utils.flop_counter``
    through the method's predict step on one image) depend on the method, its image size and the
    dataset's channels only.

    The row is cached in ``<results>/probes/<key>.json`` (:func:`probe_key`: the runner's identity of
    :func:`probe_config` plus the batch, warm-up and repeat counts and :data:`PROBE_VERSION`); a
    probe that really fits appends a ``"kind": "probe"`` line to the runner's ``fits.log``, and a
    cached one fits nothing. The cached measurement is the one of the machine that first ran it.

    Args:
        method: registry name (any one-class method).
        dataset: the BMAD dataset fitted and timed.
        profile: the profile of the method's parameters, image size and training-set size.
        data_root: folder of the real datasets.
        seed: seed of the fit and the split.
        device: torch device.
        weights: the weights policy.
        results: the results folder (default :func:`medad_core.runner.results_dir`).
        use_cache: False measures again (and overwrites the cached row).

    Returns:
        The row (:data:`PROBE_COLUMNS`).
    """
    config = probe_config(method, dataset, profile, data_root, seed, device, weights)
    key, ident = probe_key(config)
    root = results_dir(results)
    path = root / "probes" / f"{key}.json"
    if use_cache and path.is_file():
        try:
            return json.loads(path.read_text())["row"]
        except (json.JSONDecodeError, KeyError, TypeError):
            pass  # a corrupt probe file counts as absent
    row, fit_seconds = _measure(config)
    atomic_write_text(path, json.dumps({"key": key, "identity": ident, "row": row}, indent=1, sort_keys=True))
    _log_probe(root, config, key, fit_seconds)
    return row


def cost_probe(
    methods: Sequence[str],
    datasets: Sequence[str] | str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    results: str | os.PathLike | None = None,
    seed: int = 0,
    weights: str = "auto",
    runs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """:func:`cost_row` of every method on every dataset (each cached), one row per (method, dataset).

    Args:
        methods: registry names (repeats are measured once).
        datasets: BMAD datasets (a single name is one dataset).
        profile: the profile of the methods' parameters, image size and training-set size.
        data_root: folder of the real datasets.
        device: torch device.
        results: the results folder.
        seed: seed of the fits.
        weights: the weights policy.
        runs: the page's run rows: when given, a method is probed on a dataset only where one of
            its runs there succeeded (no ``error``), since the figure plots the runs' accuracy.

    Returns:
        Dataset-major rows with the columns :data:`PROBE_COLUMNS`.
    """
    if isinstance(datasets, str):
        datasets = [datasets]
    cells = [(m, d) for d in dict.fromkeys(datasets) for m in dict.fromkeys(methods)]
    if runs is not None:
        ok = runs[runs["error"].isna()] if "error" in runs else runs
        done = set(zip(ok["method"], ok["dataset"], strict=True))
        cells = [c for c in cells if c in done]
    rows = [
        cost_row(m, d, profile, data_root, seed=seed, device=device, weights=weights, results=results) for m, d in cells
    ]
    return pd.DataFrame(rows, columns=PROBE_COLUMNS)


class EfficiencyFrames(NamedTuple):
    """What :func:`efficiency_frames` returns (a tuple: ``per, models, cost, memory_label = ...``)."""

    #: Fig. 3.9's points: one per (dataset, method) probed
    per: pd.DataFrame
    #: parameters, MACs and model size, once per method
    models: pd.DataFrame
    #: the cost table, one row per (method, dataset) probed
    cost: pd.DataFrame
    #: what the circle area and the memory columns measure (the device)
    memory_label: str


def efficiency_frames(rows: pd.DataFrame, probe: pd.DataFrame) -> EfficiencyFrames:
    """Fig. 3.9 and the cost tables from the cached runs and the :func:`cost_probe` rows.

    Image AUROC and the full fit time come from the runs (mean over seeds of the successful ones);
    time and memory per image come from each dataset's probe.

    Args:
        rows: the runs (``method``, ``dataset``, ``image_auroc``, ``fit_seconds``, optional ``error``).
        probe: :func:`cost_probe` rows.

    Returns:
        :class:`EfficiencyFrames`.
    """
    for frame, what in ((rows, "rows"), (probe, "probe")):
        if not isinstance(frame, pd.DataFrame):
            raise MedadError(f"efficiency_frames: {what} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in ("method", "dataset", "predict_ms", "predict_mb") if c not in probe]
    if missing:
        raise MedadError(f"efficiency_frames: probe rows lack {', '.join(missing)}; pass bmad.cost_probe(...)")
    ok = rows[rows["error"].isna()] if "error" in rows else rows
    runs = (
        ok.groupby(["method", "dataset"], sort=False)
        .agg(image_auroc=("image_auroc", "mean"), fit_s=("fit_seconds", "mean"), seeds=("image_auroc", "size"))
        .reset_index()
        if len(ok)
        else pd.DataFrame(columns=["method", "dataset", "image_auroc", "fit_s", "seeds"])
    )
    on_gpu = bool((probe.get("memory_device") == "cuda").any()) if len(probe) else False
    device = "GPU" if on_gpu else "CPU"
    memory_label = f"inference memory (MB, {device})"
    both = probe.merge(runs, on=["method", "dataset"], how="left")
    both["name"] = both["method"].map(lambda m: PAPER_METHOD_NAMES.get(m, m))
    both["dataset_name"] = both["dataset"].map(lambda d: PAPER_DATASET_NAMES.get(d, d))
    per = pd.DataFrame(
        {
            "dataset": both["dataset_name"],
            "name": both["name"],
            "predict_ms_per_image": both["predict_ms"],
            "predict_ms_min": both["predict_ms_min"],
            "predict_ms_max": both["predict_ms_max"],
            "image_auroc": both["image_auroc"],
            "memory_mb": both["predict_mb"],
        }
    )
    models_rows = []
    for _, group in both.groupby("method", sort=False):
        first = group.iloc[0]
        gmacs = group["gmacs"].dropna()
        notes = [n for n in dict.fromkeys(group["note"].fillna("")) if n]
        if gmacs.nunique() > 1:  # e.g. a first convolution on 1 or 3 channels
            notes.append(f"GMACs {gmacs.min():.3g}-{gmacs.max():.3g} over the datasets (channels)")
        models_rows.append(
            {
                "name": first["name"],
                "params_m": first["params_m"],
                "gmacs": first["gmacs"],
                "model_mb": first["model_mb"],
                "input": f"{first['image_size'][0]}x{first['image_size'][1]}",
                "note": "; ".join(notes),
            }
        )
    models = pd.DataFrame(models_rows, columns=["name", "params_m", "gmacs", "model_mb", "input", "note"])
    cost = pd.DataFrame(
        {
            "name": both["name"],
            "dataset": both["dataset_name"],
            "n_train": both["n_train"],
            "fit_s": both["fit_s"],
            f"fit memory (MB, {device})": both["fit_mb"],
            "infer_ms_per_image": both["predict_ms"],
            "infer_ms_min": both["predict_ms_min"],
            "infer_ms_max": both["predict_ms_max"],
            "decode_ms_per_image": both["decode_ms"],
            memory_label: both["predict_mb"],
            "image_auroc": both["image_auroc"],
        }
    )
    return EfficiencyFrames(per, models, cost, memory_label)


# -- hyper-parameters (thesis Tables 3.2-3.6) -------------------------------------------------------------
#: the thesis's table of each algorithm's implementation details (its grouping, e.g. CutPaste in 3.5)
THESIS_SETTINGS_TABLE = {
    "deepsvdd": "3.2",
    "csflow": "3.3",
    "cflow": "3.3",
    "patchcore": "3.4",
    "padim": "3.4",
    "cfa": "3.4",
    "draem": "3.5",
    "cutpaste": "3.5",
    "ganomaly": "3.5",
    "fanogan": "3.5",
    "rd4ad": "3.6",
    "stfpm": "3.6",
    "mkd": "3.6",
    "utrad": "3.6",
    "simplenet": "3.6",
    "anogan": "none (Sec. 3.3)",
}
#: networks and layers a method builds without a ``backbone`` / ``layers`` parameter
_FIXED_BACKBONES = {
    "mkd": "vgg16",
    "deepsvdd": "LeNet (trained from scratch)",
    "draem": "reconstructive + discriminative U-Net (from scratch)",
    "ganomaly": "DCGAN encoder-decoder-encoder (from scratch)",
    "fanogan": "WGAN-GP generator, critic, izi_f encoder (from scratch)",
    "anogan": "WGAN-GP generator and critic (from scratch)",
}
_FIXED_LAYERS = {"mkd": MKD_LAYERS, "rd4ad": RD4AD_LAYERS, "utrad": UTRAD_LAYERS}
#: parameters every detector has (not method settings), and those with their own column
_GENERIC = {"device", "seed", "weights", "profile", "progress", "max_steps", "knn_backend", "cache_source_mb"}
_COLUMNS = {
    "backbone",
    "layers",
    "layer",
    "image_size",
    "input_size",
    "epochs",
    "inner_epochs",
    "pretrain_epochs",
    "batch_size",
    "lr",
    "dsc_lr",
    "weight_decay",
    "dsc_weight_decay",
    "momentum",
    "betas",
    "optimizer",
    "select_on_valid",
    "selection",
    "selection_metric",
    "patience",
    "valid_every",
}
_OPTIMIZER_LABELS = {"adamw_amsgrad": "AdamW (amsgrad)", "adam": "Adam"}


def _fmt(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(_fmt(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _optimizers(cls: type, params: dict[str, Any]) -> tuple[str, str]:
    """(optimiser, schedule) of a trained method, read from its ``configure_optimizers`` source.

    A method with an ``optimizer`` parameter names the one it selects.
    """
    if not issubclass(cls, TrainedDetector):
        return "none (no training)", ""
    source = inspect.getsource(cls.configure_optimizers)
    schedules = list(dict.fromkeys(re.findall(r"lr_scheduler\.(\w+)", source)))
    if "optimizer" in params:
        return _OPTIMIZER_LABELS.get(params["optimizer"], str(params["optimizer"])), ", ".join(schedules)
    names = list(dict.fromkeys(re.findall(r"torch\.optim\.(\w+)\(", source)))
    return " + ".join(names), ", ".join(schedules)


def _weights_enum_name(backbone: str) -> str:
    try:
        return weights_enum(backbone).name
    except ValueError:  # not a torchvision architecture (LeNet)
        return "none"


def _checkpoint(params: dict[str, Any]) -> str:
    if params.get("selection") == "train_loss":  # UTRAD: the rule of BMAD's code
        return "lowest training loss"
    if not params.get("select_on_valid"):
        return "last epoch"
    every = params["valid_every"]
    metric = "valid pixel AUROC" if params.get("selection_metric") == "pixel_auroc" else "valid AUROC"
    text = f"best {metric}, every epoch" if every == 1 else f"best {metric}, every {every} epochs"
    return text + (f", patience {params['patience']}" if params.get("patience") else "")


def _settings_row(name: str, profile: str) -> dict[str, Any]:
    cls = get_method(name)
    # the parameters the chapter's runs use: the quick profile's with the chapter's QUICK_SCHEDULE
    params = {**cls.resolved_params(profile), **(QUICK_SCHEDULE.get(name, {}) if profile == "quick" else {})}
    backbone = params.get("backbone", _FIXED_BACKBONES.get(name, ""))
    optimizer, schedule = _optimizers(cls, params)
    size = params.get("image_size") or params.get("input_size")
    trained = issubclass(cls, TrainedDetector)
    epochs = ""
    if trained:
        epochs = _fmt(params["epochs"])
        if params.get("inner_epochs"):
            epochs += f" x {params['inner_epochs']} passes"
        if params.get("pretrain_epochs"):
            epochs += f" (+ {params['pretrain_epochs']} pre-training)"
    decay = [f"{k}={_fmt(params[k])}" for k in ("weight_decay", "dsc_weight_decay", "momentum", "betas") if k in params]
    rates = [f"{k}={_fmt(params[k])}" for k in ("lr", "dsc_lr") if k in params]
    other = {k: v for k, v in params.items() if k not in _GENERIC | _COLUMNS}
    return {
        "method_id": name,
        "method": PAPER_METHOD_NAMES.get(name, name),
        "thesis table": THESIS_SETTINGS_TABLE[name],
        "backbone": backbone,
        "weights": _weights_enum_name(backbone) if backbone in ("vgg16",) or "backbone" in params else "none",
        "layers": _fmt(params.get("layers", params.get("layer", _FIXED_LAYERS.get(name, "")))),
        "image size": _fmt(size) if size else "data size",
        "epochs": epochs,
        "batch size": _fmt(params["batch_size"]),
        "optimizer": optimizer,
        "schedule": schedule,
        "learning rate": ", ".join(rates),
        "decay / momentum": ", ".join(decay),
        "checkpoint": _checkpoint(params) if trained else "",
        "other": "; ".join(f"{k}={_fmt(v)}" for k, v in other.items()),
    }


def hyperparameter_table(profile: str = "paper", methods: Sequence[str] | None = None) -> pd.DataFrame:
    """Thesis Tables 3.2-3.6 as our code runs them: one row per registered BMAD method.

    Every cell is generated from the class: ``resolved_params(profile)`` (``__init__`` defaults <
    ``profile_params``), the torchvision weights enum that ``pretrained`` loads for the backbone
    (:func:`medad_core.weights.weights_enum`) and the optimiser and scheduler classes named in the
    method's ``configure_optimizers`` (or its ``optimizer`` parameter), so the page cannot drift from
    the code.

    Args:
        profile: the profile whose parameters are shown (the paper profile reproduces BMAD).
        methods: registry names (default: the fifteen BMAD algorithms that are registered).

    Returns:
        One row per method, ordered by thesis table: ``method_id, method, thesis table, backbone,
        weights, layers, image size, epochs, batch size, optimizer, schedule, learning rate,
        decay / momentum, checkpoint, other``.
    """
    names, _ = registered(methods if methods is not None else list(THESIS_SETTINGS_TABLE))
    rows = [_settings_row(n, profile) for n in names]
    frame = pd.DataFrame(rows)
    return frame.sort_values("thesis table", kind="stable").reset_index(drop=True)


#: where our default differs from the thesis or from the code BMAD ran, and the option that gives
#: the other choice: statements (not measurements), kept here beside the generated table
DIFFERENCES = [
    (
        "STFPM",
        "batch reduction of the loss",
        "Eq. 3 (per image)",
        "anomalib: summed over the batch",
        "summed (anomalib)",
        "loss_reduction='sum_layer_mean' (authors' code) or 'mean'",
    ),
    ("STFPM", "map smoothing", "none", "none", "none", "sigma > 0 blurs the map"),
    (
        "CFA",
        "optimiser",
        "Adam, lr 1e-3, wd 5e-4",
        "AdamW (amsgrad), loss x 1000",
        "AdamW (amsgrad), x 1000",
        "optimizer='adam', loss_scale",
    ),
    ("CFA", "radius in the loss", "r^2", "anomalib: r; CFA's code: r^2", "r^2", "(no option: r = 1e-5)"),
    (
        "RD4AD",
        "loss",
        "per-position cosine (Eq. 2-3)",
        "cosine of flattened volumes",
        "flattened volumes",
        "loss='per_position'",
    ),
    ("RD4AD", "Adam betas", "(0.5, 0.99)", "RD4AD's code: (0.5, 0.999)", "(0.5, 0.99)", "betas"),
    ("CFLOW", "training loss", "maximum likelihood", "-log sigmoid(log p / C)", "-log sigmoid", "loss='nll'"),
    (
        "CS-Flow",
        "coupling sub-network",
        "cross-scale convolutions (Fig. 4)",
        "first layer per scale, second mixes scales, one gamma per scale",
        "as the code",
        "(none)",
    ),
    (
        "MKD",
        "localisation",
        "gradients of the loss",
        "guided backprop (BMAD config 'gbp')",
        "guided backprop",
        "localization='gradients' or 'discrepancy' (smoke/quick: discrepancy)",
    ),
    (
        "MKD",
        "scoring layers",
        "all four critical layers",
        "last three (pool3-pool5)",
        "last three",
        "score_layers='all'",
    ),
    (
        "MKD",
        "input size and epochs",
        "not stated",
        "224 px, 200 (+1) epochs",
        "data size (224), 201 epochs",
        "image_size=128 (MKD's MVTec setting), epochs",
    ),
    (
        "SimpleNet",
        "discriminator schedule",
        "not stated",
        "cosine to 0.4 lr over (40 - 1) x 4 passes",
        "cosine",
        "dsc_schedule='constant'",
    ),
    ("SimpleNet", "input size", "not stated", "resize 329, centre crop 288", "resize to 288 (no crop)", "image_size"),
    (
        "DeepSVDD",
        "pre-processing",
        "not stated",
        "l1 GCN, then min-max with the class's constants",
        "l1 GCN, then min-max of the training images",
        "preprocessing='gcn' or 'none'",
    ),
    ("DeepSVDD", "weight decay", "0.5e-7", "Ruff's code: 0.5e-6", "0.5e-7", "weight_decay"),
    (
        "PatchCore, PaDiM, STFPM",
        "backbone",
        "ResNet-18 and WRN-50 (both evaluated)",
        "both configs (*_resnet50)",
        "WRN-50 (PatchCore, PaDiM), ResNet-18 (STFPM)",
        "backbone",
    ),
    (
        "WRN-50 methods",
        "ImageNet weights",
        "not stated",
        "torchvision V1 file (pretrained=True)",
        "IMAGENET1K_V1",
        "weights=<file> for any other",
    ),
    (
        "CFLOW, SimpleNet, DeepSVDD, CutPaste, CS-Flow, MKD",
        "checkpoint",
        "best valid AUROC, checked every 10 epochs",
        "anomalib: early stopping on valid AUROC; standalone code: last epoch",
        "best valid AUROC",
        "select_on_valid=False, valid_every",
    ),
    (
        "PatchCore",
        "coreset projection",
        "a random linear projection (Johnson-Lindenstrauss)",
        "anomalib 0.5: SparseRandomProjection(eps=0.9), d' from the JL bound",
        "Gaussian, d' = 128",
        "projection='sparse'",
    ),
    (
        "DRAEM",
        "anomaly source",
        "DTD textures",
        "anomalib, anomaly_source_path null: the Perlin pattern itself",
        "the Perlin pattern",
        "anomaly_source=DIR (a texture folder)",
    ),
    ("DRAEM", "opacity beta", "U(0.1, 1.0)", "anomalib: U(0.2, 1.0)", "U(0.1, 1.0)", "beta_range"),
    (
        "DRAEM",
        "image score",
        "max of the 21 x 21 mean-filtered map",
        "anomalib: max of the map",
        "mean-filtered",
        "score='anomalib'",
    ),
    (
        "DRAEM",
        "checkpoint",
        "best valid AUROC, every 10 epochs",
        "early stopping on valid pixel AUROC, patience 20",
        "valid pixel AUROC, patience 20",
        "selection_metric='image_auroc', patience",
    ),
    ("DRAEM", "batch size", "8 (DRAEM paper)", "16", "8", "batch_size=16"),
    ("UTRAD", "activation", "ReLU", "GELU (options.py, YAMLs)", "ReLU", "activation='gelu'"),
    (
        "GANomaly",
        "adversarial and latent losses",
        "L_adv feature matching on D, L_enc L2 (Eq. 4-6)",
        "anomalib: MSE of D's predictions, SmoothL1 latent loss",
        "feature matching, L2",
        "loss='anomalib'",
    ),
    ("GANomaly", "score", "mean |z - z_hat| (Eq. 8)", "mean squared error", "mean |z - z_hat|", "score='squared'"),
    (
        "GANomaly",
        "input range",
        "[-1, 1] (authors' code)",
        "ImageNet statistics (BMAD config)",
        "[-1, 1]",
        "normalization='imagenet'",
    ),
    ("GANomaly", "first convolution padding", "1 (DCGAN)", "anomalib: 4", "1", "first_padding=4"),
    ("f-AnoGAN", "augmentation", "none stated", "random horizontal flip", "none", "hflip=True"),
    (
        "f-AnoGAN",
        "AUROC sign",
        "AUROC of the anomaly score",
        "roc_curve(pos_label=0): prints 1 - AUROC",
        "the correct AUROC",
        "-",
    ),
    ("AnoGAN", "GAN", "DCGAN (Schlegl et al. 2017)", "not in BMAD's code", "WGAN-GP (f-AnoGAN's G and D)", "-"),
    (
        "UTRAD",
        "checkpoint",
        "best valid AUROC, every 10 epochs",
        "lowest training loss (valid scored, not used)",
        "lowest training loss",
        "selection='valid'",
    ),
]


def differences_table() -> pd.DataFrame:
    """The chapter's table of differences: thesis vs the code BMAD ran vs our default, with the option.

    Returns:
        ``method, item, paper / thesis, code BMAD ran, medad default, option``.
    """
    columns = ["method", "item", "paper / thesis", "code BMAD ran", "medad default", "option"]
    return pd.DataFrame(DIFFERENCES, columns=columns)


#: the backbones BMAD evaluated for these methods (its ``*_<method>`` and ``*_<method>_resnet50``
#: configs); the thesis tables print one row per method, so the chapter's grid runs the paper profile's
#: backbone and this grid runs both
BACKBONE_VARIANTS = {
    "patchcore": ("resnet18", "wide_resnet50_2"),
    "padim": ("resnet18", "wide_resnet50_2"),
    "stfpm": ("resnet18", "wide_resnet50_2"),
}


def _backbone_params(method: str, backbone: str) -> dict[str, Any]:
    # PaDiM keeps the number of random dimensions of its backbone (100 for ResNet-18, 550 for WRN-50)
    if method == "padim":
        return {"backbone": backbone, "n_features": PADIM_FEATURES[backbone]}
    return {"backbone": backbone}


def backbone_grid(
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    datasets: Sequence[str] | None = None,
) -> list[RunConfig]:
    """The runs of :data:`BACKBONE_VARIANTS`: each method with each of its backbones (``params["backbone"]``).

    PaDiM also gets the number of dimensions of that backbone (``n_features``: 100 / 550, Table 3.4).

    Args:
        profile: smoke, quick or paper.
        data_root: folder of the real datasets (None: embedded phantoms).
        device: torch device.
        seeds: default :data:`SEEDS` of the profile.
        datasets: default the six BMAD benchmarks.

    Returns:
        The RunConfigs, dataset-major; run them with :func:`medad_core.runner.run_many`.
    """
    return [
        RunConfig(
            method=m,
            dataset=d,
            params=_backbone_params(m, b),
            profile=profile,
            seed=s,
            device=device,
            data_root=data_root,
        )
        for d in (BMAD_DATASETS if datasets is None else datasets)
        for m, backbones in BACKBONE_VARIANTS.items()
        for b in backbones
        for s in seeds_for(profile, seeds)
    ]
