"""Thesis Ch. 4 (the CLIP language-enhanced reconstruction model): grids, row names, table frames, claims.

Grids (:data:`GRIDS`):

``tables``   Tables 4.1-4.4: the seven rows of :data:`ROWS` (WinCLIP, zero-shot CLIP, DDPM and the
             thesis model with ResNet-18 / ResNet-50 / ViT without DA / ViT with DA) x the BMAD
             benchmarks x seeds. Predictions of the first seed on the datasets with masks are kept
             for Fig. 4.4.
``tokens``   Fig. 4.6: M in :data:`TOKENS` ("8, 16, 24, and 32").
``modules``  Fig. 4.7: the module combinations of :data:`MODULES` (with/without DA, adapter, learned prompts).
``layers``   Fig. 4.8: the layer sets of :data:`LAYER_SETS`.

The ablations run the thesis model's ViT-with-DA configuration with one option changed, on
:data:`ABLATION_DATASETS` (the thesis does not say on which data; all six in the paper profile).
A variant equal to the default is the same run as the table's "Ours (ViT, with DA)" row (its
parameters are written only where they differ, so the cache serves both).

Fig. 4.5 compares our "Ours (ViT, with DA)" with the Chapter 3 methods from the cached BMAD rows
(:func:`bmad_rows`: nothing is fitted here; a BMAD run that the BMAD chapter has not made is missing).

Profiles: smoke runs :data:`SMOKE_ROWS` on brain MRI; quick runs every row on :data:`QUICK_DATASETS`
with the phantom-clip (:mod:`medad_core.nn.clip`) at its 64-px resolution, one epoch, and a subset of
the ablations on brain MRI (:data:`QUICK_ABLATIONS`; M = 32 does not fit phantom-clip's 32-token text
context); paper runs the
six benchmarks, five seeds (Sec. 4.3.3: "over 5 random seeds").

The claims of the chapter (:data:`CLAIMS`, ``papers-round2.md`` C.7) are data: the thesis's sentence,
its section, and a check over result rows that says ``holds`` / ``does not hold`` / ``not tested``
with the numbers, on the printed tables and on ours (:func:`claims`). With random CLIP weights the
comparisons between CLIP-based rows measure noise: those claims say ``cannot be tested with random
weights``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from medad_core.api import MedadError
from medad_core.config import Protocol, RunConfig
from medad_core.experiments import bmad
from medad_core.experiments.claims import Claim
from medad_core.experiments.claims import claims_table as _claims_table
from medad_core.experiments.common import paper_table, pick_seeds, summarise
from medad_core.registry import available_methods, get_method
from medad_core.runner import cached_row, load_predictions, run_many
from medad_core.tables import reference_table

__all__ = [
    "Row",
    "ROWS",
    "OURS",
    "BEST",
    "PAPER_DATASET_NAMES",
    "TABLE_OF_DATASET",
    "PIXEL_DATASETS",
    "QUICK_DATASETS",
    "SMOKE_ROWS",
    "TOKENS",
    "MODULES",
    "LAYER_SETS",
    "ABLATION_DATASETS",
    "SEEDS",
    "GRIDS",
    "METRICS",
    "Cell",
    "grid_names",
    "seeds_for",
    "datasets_for",
    "cells",
    "grid",
    "run",
    "paper_frame",
    "ablation_frame",
    "dataset_table",
    "copied_cells",
    "printed_tables",
    "printed_ch3",
    "missing_rows",
    "keeps",
    "best_overall",
    "bmad_rows",
    "domain_comparison",
    "localisation_examples",
    "Claim",
    "CLAIMS",
    "CLAIM_PAGES",
    "paper_claim_frames",
    "claims",
    "weights_kind",
    "READINGS",
    "readings_table",
]

#: the six BMAD benchmarks and the thesis's column names (as Ch. 3)
PAPER_DATASET_NAMES = dict(bmad.PAPER_DATASET_NAMES)
TABLE_OF_DATASET = {
    "bmad_brain": "thesis_table4_1",
    "bmad_liver": "thesis_table4_2",
    "bmad_resc": "thesis_table4_3",
    "bmad_oct2017": "thesis_table4_4",
    "bmad_chest": "thesis_table4_4",
    "bmad_camelyon": "thesis_table4_4",
}
PIXEL_DATASETS = list(bmad.PIXEL_DATASETS)
METRICS = ["image_auroc", "pixel_auroc", "pro"]
OURS = "clip_recon"


class Row(NamedTuple):
    """One row of Tables 4.1-4.4: the registered method, its parameters and its training setting."""

    method: str
    params: dict[str, Any]
    setting: str


#: the thesis's row labels (as the reference CSVs spell them) -> the run behind each
ROWS: dict[str, Row] = {
    "WinCLIP": Row("winclip", {}, "zero_few_shot"),  # WinCLIP+ with k = 4 (notes C.4)
    "CLIP": Row("clip", {}, "zero_few_shot"),
    "DDPM": Row("ddpm", {}, "one_class"),
    "Ours (ResNet-18, with DA)": Row(OURS, {"image_encoder": "resnet18"}, "clip_reconstruction"),
    "Ours (ResNet-50, with DA)": Row(OURS, {"image_encoder": "resnet50"}, "clip_reconstruction"),
    "Ours (ViT, without DA)": Row(OURS, {"da": False}, "clip_reconstruction"),
    "Ours (ViT, with DA)": Row(OURS, {}, "clip_reconstruction"),
}
#: the thesis's best configuration (Sec. 4.3.4)
BEST = "Ours (ViT, with DA)"
SMOKE_ROWS = ["CLIP", "Ours (ViT, without DA)", BEST]
SMOKE_DATASETS = ["bmad_brain"]
#: quick: one benchmark with masks (Table 4.1); the chapter's CPU budget (~2.5 min) leaves no room for more
#: (the thesis model's N = 64 prompt sequences per image dominate; ``datasets=`` runs others)
QUICK_DATASETS = ["bmad_brain"]
#: Fig. 4.6: "we conducted ablation experiments on the number of the reconstructed tokens, setting
#: them to 8, 16, 24, and 32"
TOKENS = (8, 16, 24, 32)
#: Fig. 4.7 "different module combinations" (the figure's exact set is not in the text)
MODULES: dict[str, dict[str, Any]] = {
    "full (DA + adapter + learned prompts)": {},
    "without DA": {"da": False},
    "without adapter": {"adapter": False},
    "without learned prompts": {"learned_prompts": False},
    "without DA and adapter": {"da": False, "adapter": False},
}
#: Fig. 4.8 "the value of k": layer sets (the best is "1, 2, 3, and 4")
LAYER_SETS = ((1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (2, 3, 4), (4,))
ABLATION_DATASETS = {
    "smoke": ["bmad_brain"],
    "quick": ["bmad_brain"],
    "paper": list(PAPER_DATASET_NAMES),
}
#: quick-profile subsets of the ablations (the chapter's CPU budget; phantom-clip's context is 32 tokens)
QUICK_ABLATIONS = {
    "tokens": (8, 16),
    "modules": ("full (DA + adapter + learned prompts)", "without DA", "without adapter"),
    "layers": ((4,), (1, 2, 3, 4)),
}
SMOKE_ABLATIONS = {
    "tokens": (8, 16),
    "modules": ("full (DA + adapter + learned prompts)", "without DA"),
    "layers": ((4,), (1, 2, 3, 4)),
}
SEEDS = {"smoke": [0], "quick": [0], "paper": [0, 1, 2, 3, 4]}
GRIDS = ("tables", "tokens", "modules", "layers")


@dataclass(frozen=True)
class Cell:
    """One run of a grid: the row label (or ablation variant), and its config."""

    label: str
    config: RunConfig


def grid_names() -> list[str]:
    """Names of the chapter's grids."""
    return list(GRIDS)


def seeds_for(profile: str, seeds: Sequence[int] | None = None) -> list[int]:
    """The chapter's seeds of a profile (:data:`SEEDS`) unless ``seeds`` is given."""
    return pick_seeds(SEEDS, profile, seeds)


def datasets_for(name: str, profile: str, datasets: Sequence[str] | None = None) -> list[str]:
    """The datasets of grid ``name`` in ``profile`` (``datasets`` when given).

    Args:
        name: a grid of :data:`GRIDS`.
        profile: smoke, quick or paper.
        datasets: registry names to use instead of the profile's.

    Returns:
        Registry names.

    Raises:
        MedadError: an unknown grid.
    """
    if name not in GRIDS:
        raise MedadError(f"unknown CLIP grid {name!r}; expected one of {', '.join(GRIDS)}")
    if datasets is not None:
        return list(datasets)
    if name == "tables":
        return {"smoke": SMOKE_DATASETS, "quick": QUICK_DATASETS}.get(profile, list(PAPER_DATASET_NAMES))
    return list(ABLATION_DATASETS.get(profile, ABLATION_DATASETS["paper"]))


def _distinct(method: str, profile: str, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` without the entries equal to the profile's value (equal runs share one cache entry)."""
    resolved = get_method(method).resolved_params(profile)
    out = {}
    for key, value in params.items():
        default = resolved.get(key)
        same = tuple(default) == tuple(value) if isinstance(value, (tuple, list)) else default == value
        if not same:
            out[key] = list(value) if isinstance(value, tuple) else value
    return out


def _config(row: Row, dataset: str, profile: str, seed: int, data_root: str | None, device: str) -> RunConfig:
    params = _distinct(row.method, profile, row.params) if row.method in available_methods() else dict(row.params)
    return RunConfig(
        method=row.method,
        dataset=dataset,
        params=params,
        setting=row.setting,
        protocol=Protocol(),
        profile=profile,
        seed=seed,
        device=device,
        data_root=data_root,
    )


def _variants(name: str, profile: str) -> dict[str, dict[str, Any]]:
    subset = {"smoke": SMOKE_ABLATIONS, "quick": QUICK_ABLATIONS}.get(profile)
    if name == "tokens":
        values = subset["tokens"] if subset else TOKENS
        return {f"M = {m}": {"n_tokens": m} for m in values}
    if name == "modules":
        keys = subset["modules"] if subset else tuple(MODULES)
        return {k: MODULES[k] for k in keys}
    sets = subset["layers"] if subset else LAYER_SETS
    return {"{" + ", ".join(map(str, s)) + "}": {"layers": tuple(s)} for s in sets}


def cells(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    rows: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
) -> list[Cell]:
    """The labelled runs of grid ``name``; rows whose method is not registered are left out.

    Args:
        name: ``tables``, ``tokens``, ``modules`` or ``layers``.
        profile: smoke, quick or paper.
        data_root: folder of the real datasets (None: embedded phantoms).
        device: torch device.
        seeds: default :data:`SEEDS` of the profile.
        rows: ``tables`` only: row labels of :data:`ROWS` (default all; smoke :data:`SMOKE_ROWS`).
        datasets: default :func:`datasets_for`.

    Returns:
        The cells, dataset-major.
    """
    known = set(available_methods())
    out = []
    for dataset in datasets_for(name, profile, datasets):
        if name == "tables":
            labels = list(rows) if rows is not None else (SMOKE_ROWS if profile == "smoke" else list(ROWS))
            variants = [(label, ROWS[label]) for label in labels]
        else:
            base = ROWS[BEST]
            variants = [
                (label, Row(base.method, {**base.params, **change}, base.setting))
                for label, change in _variants(name, profile).items()
            ]
        for label, row in variants:
            if row.method not in known:
                continue
            for seed in seeds_for(profile, seeds):
                out.append(Cell(label, _config(row, dataset, profile, seed, data_root, device)))
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
    """The RunConfigs of grid ``name`` (:func:`cells` without the labels; what ``medad batch`` runs)."""
    return [c.config for c in cells(name, profile, data_root, device, seeds, rows, datasets)]


def missing_rows(rows: Sequence[str] | None = None) -> list[str]:
    """Row labels whose method is not registered (their cells say *not run*)."""
    known = set(available_methods())
    return [label for label in (rows or ROWS) if ROWS[label].method not in known]


def keeps(config: RunConfig, profile: str, seeds: Sequence[int] | None = None) -> bool:
    """Whether a run stores its predictions: the first seed on a dataset with masks (Fig. 4.4 reads them).

    Args:
        config: the run.
        profile: its profile.
        seeds: the seeds asked for (None: the profile's).

    Returns:
        True for the runs whose maps the localisation page draws (the ablations keep theirs too, so a run
        shared with the tables grid is stored the same way whichever grid runs it first).
    """
    return config.dataset in PIXEL_DATASETS and config.seed == seeds_for(profile, seeds)[0]


def run(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    rows: Sequence[str] | None = None,
    datasets: Sequence[str] | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """Run (or read from the cache) grid ``name``: one row per cell and seed, ``label`` the row's name.

    A failing run is recorded in its row's ``error``; the predictions of the first seed on the datasets
    with masks are kept (:func:`keeps`, Fig. 4.4).

    Returns:
        The rows (``label``, ``method``, ``dataset``, ``seed``, the metrics, ``weights``, ...).
    """
    grid_cells = cells(name, profile, data_root, device, seeds, rows, datasets)
    frames = []
    for keep in (True, False):
        part = [c for c in grid_cells if keep == keeps(c.config, profile, seeds)]
        if part:
            frame = run_many(
                [c.config for c in part], errors="record", keep_predictions=keep, progress=progress, desc="CLIP runs"
            )
            frame.insert(0, "label", [c.label for c in part])
            frames.append(frame)
    out = (
        pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["label", "method", "dataset", "seed"])
    )
    if "error" not in out:
        out["error"] = None
    return out


def paper_frame(rows: pd.DataFrame, seeds: Sequence[int]) -> pd.DataFrame:
    """Our long frame in the thesis's names: mean ± std over seeds per row label and dataset.

    ``pro`` is the MVTec AD reference PRO (the thesis does not say which PRO it computed); methods
    without maps print NA in the pixel columns.

    Args:
        rows: :func:`run`'s rows.
        seeds: the seeds the profile asked for.

    Returns:
        Long frame ``method`` (the row label), ``dataset`` (the thesis's name), ``subset``, ``setting``,
        ``metric``, ``mean``, ``std``, ``status``, ``n_seeds``, ``note``.
    """
    if not len(rows):
        return pd.DataFrame(columns=["method", "dataset", "subset", "setting", "metric", "mean", "std", "status"])
    res = rows.assign(subset="", status="", method=rows["label"])
    res["setting"] = res["label"].map(lambda label: ROWS[label].setting if label in ROWS else "clip_reconstruction")
    for column in METRICS:
        if column not in res:
            res[column] = np.nan
    long = summarise(res, ["method", "dataset", "subset", "setting"], METRICS, expected_seeds=len(seeds))
    long["dataset"] = long["dataset"].map(lambda d: PAPER_DATASET_NAMES.get(d, d))
    long.loc[long["mean"].isna() & (long["metric"] != "image_auroc") & (long["status"] == ""), "status"] = "NA"
    return long


def ablation_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """An ablation grid's rows as ``variant``, ``dataset``, ``image_auroc``, ``pixel_auroc`` (mean over seeds).

    Args:
        rows: :func:`run`'s rows of ``tokens``, ``modules`` or ``layers``.

    Returns:
        One row per variant and dataset (the thesis's dataset names), in the grid's order.
    """
    if not len(rows):
        return pd.DataFrame(columns=["variant", "dataset", "image_auroc", "pixel_auroc", "n_seeds"])
    ok = rows[rows["error"].isna()] if "error" in rows else rows
    order = list(dict.fromkeys(rows["label"]))
    cols = [c for c in ("image_auroc", "pixel_auroc") if c in ok]
    out = ok.groupby(["label", "dataset"], sort=False)[cols].mean().reset_index()
    out["n_seeds"] = ok.groupby(["label", "dataset"], sort=False).size().to_numpy()
    out["dataset"] = out["dataset"].map(lambda d: PAPER_DATASET_NAMES.get(d, d))
    out = out.rename(columns={"label": "variant"})
    out["variant"] = pd.Categorical(out["variant"], order, ordered=True)
    return (
        out.sort_values(["variant", "dataset"])
        .reset_index(drop=True)
        .assign(variant=lambda f: f["variant"].astype(str))
    )


# -- the printed tables ----------------------------------------------------------------------------------
def printed_tables(table_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """The printed Tables 4.1-4.4 (or ``table_ids``) as one long frame (thesis names, fractions).

    Args:
        table_ids: reference table ids (default Tables 4.1-4.4).

    Returns:
        The reference rows.
    """
    ids = list(dict.fromkeys(table_ids or TABLE_OF_DATASET.values()))
    return pd.concat([reference_table(t) for t in ids], ignore_index=True)


def printed_ch3() -> pd.DataFrame:
    """The printed Tables 3.7-3.10 (the Chapter 3 methods' numbers Fig. 4.5 compares with).

    Returns:
        The reference rows.
    """
    return pd.concat([reference_table(t) for t in dict.fromkeys(bmad.TABLE_OF_DATASET.values())], ignore_index=True)


def copied_cells(table_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """The printed cells the reference CSVs flag as copies of other cells (notes C.6).

    Args:
        table_ids: default Tables 4.1-4.4.

    Returns:
        ``table``, ``dataset``, ``method``, ``metric``, ``value`` (percent) and ``note``.
    """
    ref = printed_tables(table_ids)
    flagged = ref[ref["note"].fillna("").str.contains("copy", case=False)]
    out = flagged.assign(value=(flagged["mean"] * 100).round(2))
    return out[["table", "dataset", "method", "metric", "value", "note"]].reset_index(drop=True)


def dataset_table(ours: pd.DataFrame, table_id: str, paper_datasets: Sequence[str], metrics: Sequence[str]):
    """One of Tables 4.1-4.4 beside ours; printed cells that copy another cell are marked ``†``.

    Args:
        ours: :func:`paper_frame`.
        table_id: ``thesis_table4_1`` ... ``thesis_table4_4``.
        paper_datasets: the table's datasets (thesis names).
        metrics: its metrics.

    Returns:
        The :class:`~medad_core.tables.PaperTable` of :func:`~medad_core.experiments.common.paper_table`.
    """
    reference = reference_table(table_id)
    mine = ours[ours["dataset"].isin(paper_datasets) & ours["metric"].isin(metrics)] if len(ours) else ours
    styler = paper_table(reference, mine, index=["method"], columns=["dataset", "metric"], metric=list(metrics))
    text = styler.data
    for _, cell in copied_cells([table_id]).iterrows():
        key = (cell["dataset"], cell["metric"], "paper")
        if cell["method"] in text.index and key in text.columns:
            text.loc[cell["method"], key] = f"{text.loc[cell['method'], key]} †"
    return styler


def best_overall(frame: pd.DataFrame, label: str = BEST) -> pd.DataFrame:
    """Where ``label`` is not the best row of a (dataset, metric) cell: the thesis's "best overall" sentence.

    Args:
        frame: a long frame with ``method``, ``dataset``, ``metric``, ``mean`` (the printed tables or ours).
        label: the row the sentence is about.

    Returns:
        One row per (dataset, metric): ``dataset``, ``metric``, ``ours`` (``label``'s value), ``best``
        (the best row), ``best value`` and ``holds`` (whether ``label`` is the best).
    """
    part = frame.dropna(subset=["mean"])
    out = []
    for (dataset, metric), group in part.groupby(["dataset", "metric"], sort=False):
        if label not in set(group["method"]):
            continue
        top = group.loc[group["mean"].idxmax()]
        mine = float(group.loc[group["method"] == label, "mean"].iloc[0])
        out.append(
            {
                "dataset": dataset,
                "metric": metric,
                "ours": mine,
                "best": top["method"],
                "best value": float(top["mean"]),
                "holds": bool(mine >= float(top["mean"])),
            }
        )
    return pd.DataFrame(out, columns=["dataset", "metric", "ours", "best", "best value", "holds"])


# -- Fig. 4.5 and Fig. 4.4 ----------------------------------------------------------------------------------
def bmad_rows(profile: str, data_root: str | None = None, device: str = "cpu", seeds: Sequence[int] | None = None):
    """The cached BMAD (Ch. 3) rows of the ``tables`` grid; nothing is fitted.

    Args:
        profile: smoke, quick or paper.
        data_root: as the BMAD chapter's.
        device: as the BMAD chapter's.
        seeds: default the BMAD chapter's seeds.

    Returns:
        (rows, number of BMAD configs that were not in the cache).
    """
    configs = bmad.grid("tables", profile, data_root, device, bmad.seeds_for(profile, seeds))
    found = [row for row in (cached_row(c) for c in configs) if row is not None]
    rows = pd.DataFrame(found)
    if len(rows) and "error" not in rows:
        rows["error"] = None
    return rows, len(configs) - len(found)


def domain_comparison(ours: pd.DataFrame, ch3: pd.DataFrame, label: str = BEST) -> pd.DataFrame:
    """Fig. 4.5: image AUROC per dataset of ``label`` and of every Chapter 3 method (one frame, thesis names).

    Args:
        ours: :func:`paper_frame` (or the printed Tables 4.1-4.4).
        ch3: the BMAD long frame (:func:`medad_core.experiments.bmad.paper_frame`, or Tables 3.7-3.10).
        label: our row.

    Returns:
        ``dataset``, ``method``, ``image_auroc``, ``group`` (``ours`` or ``Ch. 3``).
    """
    parts = []
    for frame, group, keep in ((ch3, "Ch. 3", None), (ours, "ours", label)):
        if frame is None or not len(frame):
            continue
        part = frame[(frame["metric"] == "image_auroc")].dropna(subset=["mean"])
        if keep is not None:
            part = part[part["method"] == keep]
        else:
            part = part[part["method"].isin(bmad.PAPER_METHOD_NAMES.values())]
        parts.append(part[["dataset", "method", "mean"]].rename(columns={"mean": "image_auroc"}).assign(group=group))
    if not parts:
        return pd.DataFrame(columns=["dataset", "method", "image_auroc", "group"])
    return pd.concat(parts, ignore_index=True)


def localisation_examples(
    profile: str,
    seed: int,
    data_root: str | None = None,
    device: str = "cpu",
    labels: Sequence[str] = ("WinCLIP", "CLIP", "DDPM", BEST),
    datasets: Sequence[str] | None = None,
    per_dataset: int = 2,
) -> dict[str, Any]:
    """Fig. 4.4 inputs from the stored predictions of the ``tables`` grid (first seed, datasets with masks).

    Args:
        profile: smoke, quick or paper.
        seed: the first seed.
        data_root: folder of the real datasets.
        device: torch device of the configs.
        labels: the rows to draw.
        datasets: default the ``tables`` grid's datasets with masks.
        per_dataset: examples per dataset (the largest lesions).

    Returns:
        The dict :func:`medad_core.plots.localisation_grid` takes (``images``, ``masks``, ``maps``,
        ``row_labels``) and ``no_maps``.
    """
    from medad_core.data import load_splits, make_trainset  # noqa: PLC0415 - only the figure reads test images

    names = [d for d in datasets_for("tables", profile, datasets) if d in PIXEL_DATASETS]
    images, masks, row_labels, picks = [], [], [], []
    for name in names:
        _, test = make_trainset(
            load_splits(name, data_root=data_root, profile=profile, seed=seed), "one_class", Protocol(), seed
        )
        mask = test.masks_tensor().numpy()
        picked = [int(i) for i in np.argsort(-mask.reshape(len(mask), -1).sum(1))[:per_dataset]]
        images += [test[i]["image"].permute(1, 2, 0).squeeze(-1).numpy() for i in picked]
        masks += [mask[i] for i in picked]
        row_labels += [PAPER_DATASET_NAMES.get(name, name)] * len(picked)
        picks.append((name, picked))
    maps: dict[str, list] = {}
    known = set(available_methods())
    for label in labels:
        row = ROWS[label]
        if row.method not in known:
            continue
        column = []
        for name, picked in picks:
            try:
                stored = load_predictions(_config(row, name, profile, seed, data_root, device))
            except MedadError:
                stored = None
            has = stored is not None and "maps" in stored
            column += [stored["maps"][i].astype(np.float32) if has else None for i in picked]
        maps[label] = column
    return {
        "images": images,
        "masks": masks,
        "maps": {k: v for k, v in maps.items() if any(m is not None for m in v)},
        "row_labels": row_labels,
        "no_maps": [k for k, v in maps.items() if all(m is None for m in v)],
    }


# -- the claims ----------------------------------------------------------------------------------------------
def weights_kind(weights: str | None) -> str:
    """``pretrained``, ``phantom-clip``, ``random`` or ``file`` from a row's ``weights`` record.

    A record with several parts (the ResNet rows: ``"resnet18 random (...); text phantom-clip:..."``)
    is as weak as its weakest part: a random image encoder makes the row ``random``.
    """
    parts = [part.strip() for part in str(weights or "").split(";")]
    kinds = []
    for part in parts:
        if "random" in part:
            kinds.append("random")
        elif "phantom-clip" in part:
            kinds.append("phantom-clip")
        elif part.startswith("file:"):
            kinds.append("file")
        elif "pretrained" in part:
            kinds.append("pretrained")
        else:
            kinds.append("random")
    for kind in ("random", "phantom-clip", "file", "pretrained"):
        if kind in kinds:
            return kind
    return "random"


#: the notebook page whose numbers each claim source is (the claims' ``page``)
CLAIM_PAGES = {
    "tables": "clip_tables",
    "ch3": "clip_tables",
    "tokens": "clip_ablations",
    "modules": "clip_ablations",
    "layers": "clip_ablations",
}


def _claim(
    key: str,
    sentence: str,
    section: str,
    source: str,
    check: Callable[[pd.DataFrame], tuple[str, str]],
    labels: tuple[str, ...] = (),
) -> Claim:
    """A thesis Ch. 4 :class:`~medad_core.experiments.claims.Claim` on ``source``.

    ``source`` is ``"tables"`` (Tables 4.1-4.4), ``"ch3"`` (with Chapter 3) or an ablation grid name;
    ``check(frame)`` reads ``method``, ``dataset``, ``metric``, ``mean`` (an ablation's variants as
    ``method``). The rows compared are CLIP-based (``needs_weights``: random CLIP weights make them
    untestable); ``labels`` are the row labels compared (empty: every CLIP row).
    """
    return Claim(key, "clip", sentence, section, source, CLAIM_PAGES[source], check, needs_weights=True, labels=labels)


def _means(frame: pd.DataFrame, metric: str = "image_auroc") -> pd.DataFrame:
    part = frame[frame["metric"] == metric].dropna(subset=["mean"]) if len(frame) else frame
    if not len(part):
        return pd.DataFrame()
    return part.pivot_table(index="dataset", columns="method", values="mean", aggfunc="mean")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def order_check(labels: Sequence[str], metric: str = "image_auroc") -> Callable[[pd.DataFrame], tuple[str, str]]:
    """A check that ``labels[0] > labels[1] > ...`` in ``metric`` on every dataset that has them all.

    Args:
        labels: row labels, best first.
        metric: the metric compared.

    Returns:
        ``check(frame) -> (verdict, numbers)``.
    """

    def check(frame: pd.DataFrame) -> tuple[str, str]:
        table = _means(frame, metric)
        if not len(table) or any(label not in table.columns for label in labels):
            return "not tested", "rows missing"
        table = table[list(labels)].dropna()
        if not len(table):
            return "not tested", "no dataset has every row"
        parts, held = [], 0
        for dataset, values in table.iterrows():
            ok = bool(np.all(np.diff(values.to_numpy()) < 0))
            held += ok
            parts.append(f"{dataset} {' > '.join(_pct(v) for v in values)}{'' if ok else ' (no)'}")
        verdict = "holds" if held == len(table) else "does not hold"
        return verdict, f"{held} of {len(table)} datasets: " + "; ".join(parts)

    return check


def _beats_ch3(frame: pd.DataFrame) -> tuple[str, str]:
    table = _means(frame)
    if not len(table) or BEST not in table.columns:
        return "not tested", "rows missing"
    others = [c for c in table.columns if c in bmad.PAPER_METHOD_NAMES.values()]
    if not others:
        return "not tested", "no Chapter 3 rows"
    parts, held, n = [], 0, 0
    for dataset, values in table.iterrows():
        rest = values[others].dropna()
        if pd.isna(values[BEST]) or not len(rest):
            continue
        n += 1
        ok = bool(values[BEST] > rest.max())
        held += ok
        parts.append(f"{dataset} {_pct(values[BEST])} vs {rest.idxmax()} {_pct(rest.max())}{'' if ok else ' (no)'}")
    if not n:
        return "not tested", "no dataset with both"
    return ("holds" if held == n else "does not hold"), f"{held} of {n} datasets: " + "; ".join(parts)


def _best_overall_check(frame: pd.DataFrame) -> tuple[str, str]:
    table = best_overall(frame)
    if not len(table):
        return "not tested", "rows missing"
    lost = table[~table["holds"]]
    if not len(lost):
        return "holds", f"best in all {len(table)} cells"
    parts = [f"{r.dataset} {r.metric}: {r.best} {_pct(r['best value'])} > {_pct(r.ours)}" for _, r in lost.iterrows()]
    return "does not hold", f"best in {len(table) - len(lost)} of {len(table)} cells; not in " + "; ".join(parts)


def best_variant_check(best: str) -> Callable[[pd.DataFrame], tuple[str, str]]:
    """A check that variant ``best`` has the highest mean image AUROC over the datasets of an ablation.

    Args:
        best: the variant label the thesis calls best.

    Returns:
        ``check(frame) -> (verdict, numbers)``.
    """

    def check(frame: pd.DataFrame) -> tuple[str, str]:
        table = _means(frame)
        if not len(table) or best not in table.columns or table.shape[1] < 2:
            return "not tested", "variants missing"
        means = table.mean(axis=0).sort_values(ascending=False)
        text = ", ".join(f"{k} {_pct(v)}" for k, v in means.items())
        return ("holds" if means.index[0] == best else "does not hold"), f"mean image AUROC: {text}"

    return check


CLAIMS: list[Claim] = [
    _claim(
        "da",
        "Regarding the DA module, we performed ablation experiments as well. The experimental results demonstrated "
        "that the combination of ViT and DA configuration could enable our model to achieve the best performance.",
        "Sec. 4.3.4, Tables 4.1-4.4",
        "tables",
        order_check([BEST, "Ours (ViT, without DA)"]),
        labels=(BEST, "Ours (ViT, without DA)"),
    ),
    _claim(
        "encoders",
        "experimenting with different setups of vision encoders: ResNet-18, ResNet-50, and ViT, respectively "
        "(read as ViT > ResNet-50 > ResNet-18, all with DA)",
        "Sec. 4.3.4, Tables 4.1-4.4",
        "tables",
        order_check([BEST, "Ours (ResNet-50, with DA)", "Ours (ResNet-18, with DA)"]),
        labels=(BEST, "Ours (ResNet-50, with DA)", "Ours (ResNet-18, with DA)"),
    ),
    _claim(
        "winclip_vs_clip",
        "We compare our proposed methods with prior vision-language based works for medical AD "
        "(the tables rank WinCLIP above zero-shot CLIP)",
        "Sec. 4.3.4, Tables 4.1-4.4",
        "tables",
        order_check(["WinCLIP", "CLIP"]),
        labels=("WinCLIP", "CLIP"),
    ),
    _claim(
        "best_overall",
        "Our results achieved the best performance among all existing methods.",
        "Sec. 4.3.4 (every cell of Tables 4.1-4.4)",
        "tables",
        _best_overall_check,
        labels=(BEST, "WinCLIP", "CLIP"),  # the DDPM trains from scratch; the ResNet rows are not "ours" here
    ),
    _claim(
        "generalisation",
        "While our model did not attain exceptional performance in all evaluated metrics, it consistently achieved "
        "the relatively optimal results across various domains (read: image AUROC above the best Ch. 3 method)",
        "Fig. 4.5 caption",
        "ch3",
        _beats_ch3,
        labels=(BEST,),
    ),
    _claim(
        "tokens",
        "The results indicated that when M was set to 16, the reconstruction effect was optimal",
        "Sec. 4.3.4, Fig. 4.6",
        "tokens",
        best_variant_check("M = 16"),
    ),
    _claim(
        "layers",
        "when K was set to include the first, second, third, and fourth layers in superposition, the model "
        "achieved optimal performance",
        "Sec. 4.3.4, Fig. 4.8",
        "layers",
        best_variant_check("{1, 2, 3, 4}"),
    ),
    _claim(
        "modules",
        "We also discussed the roles of our various modules in Fig4.7 to demonstrate that the final design "
        "enables the model to achieve optimal performance.",
        "Sec. 4.3.4, Fig. 4.7",
        "modules",
        best_variant_check("full (DA + adapter + learned prompts)"),
    ),
]


def _clip_weights(rows: pd.DataFrame | None, labels: Sequence[str] = ()) -> str:
    """The weakest weights among the CLIP-based rows of ``labels`` (all CLIP rows when empty)."""
    if rows is None or not len(rows) or "weights" not in rows:
        return "unknown"
    part = rows[rows["method"].isin(["clip", "winclip", OURS])] if "method" in rows else rows
    if labels and "label" in part:
        part = part[part["label"].isin(labels)]
    kinds = {weights_kind(w) for w in part["weights"].dropna()}
    for kind in ("random", "phantom-clip", "file", "pretrained"):
        if kind in kinds:
            return kind
    return "unknown"


def _ablation_long(frame: pd.DataFrame | None) -> pd.DataFrame:
    if frame is None or not len(frame):
        return pd.DataFrame(columns=["method", "dataset", "metric", "mean"])
    return frame.rename(columns={"variant": "method", "image_auroc": "mean"}).assign(metric="image_auroc")


def claims(
    ours: pd.DataFrame,
    rows: pd.DataFrame | None = None,
    ch3: pd.DataFrame | None = None,
    ablations: dict[str, pd.DataFrame] | None = None,
    ablation_rows: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every claim of :data:`CLAIMS` on the printed tables and on ours.

    Args:
        ours: :func:`paper_frame` of the ``tables`` grid.
        rows: the ``tables`` grid's rows (their ``weights`` decide whether CLIP claims can be tested).
        ch3: our BMAD long frame (Fig. 4.5's claim), e.g. ``bmad.paper_frame(bmad_rows(...)[0], seeds)``.
        ablations: ``{"tokens" | "modules" | "layers": ablation_frame(...)}``.
        ablation_rows: the ablation grids' rows (their weights), default ``rows``.

    Returns:
        :data:`~medad_core.experiments.claims.CLAIM_COLUMNS`; ``ours verdict`` reads "cannot be tested
        with random weights" where the CLIP rows compared have random weights, and is qualified
        "(phantom-clip, phantoms)" where they have the phantom-trained CLIP.
    """
    paper_frames = paper_claim_frames()
    frames: dict[str, pd.DataFrame | None] = {
        "tables": ours,
        "ch3": pd.concat([ours, ch3], ignore_index=True) if ch3 is not None and len(ch3) else ours,
    }
    frames |= {name: _ablation_long(frame) for name, frame in (ablations or {}).items()}
    table = _claims_table(CLAIMS, frames, paper_frames)
    for i, claim in enumerate(CLAIMS):
        in_tables = claim.source in paper_frames
        weight_rows = rows if in_tables or ablation_rows is None else ablation_rows
        kind = _clip_weights(weight_rows, claim.labels)
        verdict = table.at[i, "ours verdict"]
        if claim.needs_weights and kind == "random" and verdict != "not tested":
            table.at[i, "ours verdict"] = "cannot be tested with random weights"
        elif kind == "phantom-clip" and verdict in ("holds", "does not hold"):
            table.at[i, "ours verdict"] = f"{verdict} (phantom-clip, phantoms)"
    return table


def paper_claim_frames() -> dict[str, pd.DataFrame]:
    """The thesis's printed frames the claims read: Tables 4.1-4.4, and with Chapter 3's (the ablations print none)."""
    tables = printed_tables()
    return {"tables": tables, "ch3": pd.concat([tables, printed_ch3()], ignore_index=True)}


# -- the readings (the chapter's table of differences) --------------------------------------------------------
#: every join the thesis leaves open: (what, the thesis's words, medad's default, the options)
READINGS = [
    (
        "input size",
        "we set the image size to 256x256",
        "256 px; ViT-B-16+ positional embedding interpolated to 16x16",
        "image_size (None: native 240)",
    ),
    (
        "structure augmentation",
        "the obtained structure information is added to the original image",
        "(I + S_K) / 2, K = 3, binomial 5-tap pyramid",
        "da, da_levels, da_combine=add_clip",
    ),
    (
        "image layers",
        "specifically 1, 2, 3, and 4",
        "ViT blocks 1-4, patch tokens through ln_post and the projection",
        "layers",
    ),
    (
        "text features",
        "p_i^k ... extracted from the k-th layer of E_text",
        "EOT token after text block k, ln_final, text_projection",
        "text_layers, text_pool=mean",
    ),
    (
        "prompts",
        "an individual numerical prompt for each patch location; 16 empty tokens",
        "N = patches, M = 16, N(0, 0.02) init",
        "n_tokens",
    ),
    (
        "adapter output",
        "T_i + h_theta(f_i^last) / appended to a trainable blank prompt",
        "added to each of the M tokens",
        "prompt_combine=concat",
    ),
    (
        "adapter",
        "Linear-ReLU-Linear ... compresses the input dimension by a factor of 16x",
        "D -> D/16 -> text width",
        "bottleneck, adapter=False",
    ),
    (
        "ResNet variants",
        "We also provide results under ResNet",
        "ImageNet ResNet-18/50 stages with the CLIP text encoder, frozen random 1x1 projections, layer4 grid",
        "image_encoder, resnet_projection=learned",
    ),
    ("score map", "S = sum_i Psi(M^i); the maximal value in S", "bilinear up-sampling, no blur, max", "sigma"),
    (
        "training",
        "AdamW ... learning rate 0.001 ... 400 epochs",
        "batch 16, weight decay 0.01, last epoch",
        "batch_size, weight_decay, select_on_valid",
    ),
    ("WinCLIP row", "WinCLIP [39]", "WinCLIP+ with k = 4 normal references", "--param k_shot"),
    (
        "DDPM row",
        "DDPM [16] (Wolleb et al., weakly supervised)",
        "one-class partial diffusion to t_0, denoise, |x - x_hat|",
        "ddpm parameters",
    ),
    ("PRO", "Per-Region Overlap", "MVTec AD reference PRO", "-"),
]


def readings_table() -> pd.DataFrame:
    """:data:`READINGS` as a frame (the chapter's table of differences)."""
    return pd.DataFrame(READINGS, columns=["join", "thesis", "medad default", "options"])
