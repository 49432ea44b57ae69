"""The data chapter and the pipeline demo: their runs, the phantom samples they draw, their frames.

Neither page reproduces a paper; both show the data layer and the runner at work with the raw-pixel
nearest-normal baseline (``pixel_knn``), so every number on them is a cached runner row:

``baseline``
    the method-free baselines of the data chapter: ``pixel_knn`` with each representation of
    :mod:`medad_core.data.baseline` (``raw_pixel``, ``block_stats``) on one dataset per phantom domain
    (:data:`REPRESENTATIVE`), over the profile's seeds. ``data_seed`` follows ``seed`` so that each seed
    scores a freshly drawn phantom dataset (the chapter asks how hard a *domain* is, not one draw of
    it); with real data the seeds repeat the same deterministic baseline.
``severity``
    the same baselines as the anomaly severity grows. The runner's datasets have the default severity
    (a RunConfig cannot name another), so the sweep writes each representative dataset once per
    severity with :func:`medad_core.data.write_phantoms` into ``<results>/phantoms/severity/`` (in the
    dataset's real layout, with the smoke profile's counts so the sweep stays cheap) and runs it with
    ``data_root`` pointing there: the folder name holds the generator version and the recipe, so a
    changed generator is a new folder and a new cache key.
``demo``
    the pipeline page: ``pixel_knn`` with its profile parameters on a few datasets, predictions kept.

The phantom sample grids and DRA's pseudo anomalies are rendered here (no model is involved) and
drawn by :func:`medad_core.plots.outlined_montage`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import torch

from medad_core.api import MedadError, Setting
from medad_core.config import Protocol, RunConfig
from medad_core.data import (
    DATASETS,
    DEFAULT_SEVERITY,
    DOMAINS,
    PHANTOM_VERSION,
    dataset_table,
    expected_tree,
    get_spec,
    load_splits,
    make_trainset,
    phantom_counts,
    size_table,
    write_phantoms,
)
from medad_core.data.baseline import BASELINES
from medad_core.data.phantoms import render
from medad_core.data.pseudo import cutmix, cutpaste_mix, cutpaste_scar
from medad_core.experiments.common import finished, pick_seeds
from medad_core.runner import PROFILE_SEEDS, cached_row, load_predictions, results_dir, run_many

__all__ = [
    "METHOD",
    "REPRESENTATIVE",
    "LAYOUT_EXAMPLES",
    "SEVERITIES",
    "SWEEP_SIZE",
    "BASELINE_RESOLUTION",
    "DEMO_DATASETS",
    "DEMO_COLUMNS",
    "GRIDS",
    "grid_names",
    "seeds_for",
    "grid",
    "run",
    "severity_root",
    "write_severity_phantoms",
    "baseline_frame",
    "baseline_table",
    "best_baseline",
    "registry_frames",
    "size_frames",
    "baseline_summary",
    "severity_frame",
    "demo_rows",
    "demo_summary",
    "demo_examples",
    "layout_trees",
    "domain_samples",
    "domain_title",
    "pseudo_samples",
]

#: the baseline of both pages (registry name)
METHOD = "pixel_knn"
#: one dataset per phantom domain, read through its real layout
REPRESENTATIVE = {
    "brain_mri": "bmad_brain",
    "head_ct": "headct",
    "liver_ct": "bmad_liver",
    "retinal_oct": "bmad_resc",
    "chest_xray": "bmad_chest",
    "histopathology": "bmad_camelyon",
    "endoscopy": "hyperkvasir",
    "fundus": "lag",
}
#: one dataset per folder layout (the trees the readers expect)
LAYOUT_EXAMPLES = [
    "bmad_brain",
    "bmad_liver",
    "bmad_resc",
    "bmad_chest",
    "brainmri",
    "ddad_rsna",
    "pneumoniamnist",
    "aptos",
    "kvasir",
]
#: anomaly severities of the sweep per profile
SEVERITIES = {"smoke": [0.2, 1.0], "quick": [0.2, 0.5, 0.8, 1.0], "paper": [0.2, 0.4, 0.6, 0.8, 1.0]}
#: pixel resolution the sweep's baselines compare images at
SWEEP_SIZE = {"smoke": 32, "quick": 48, "paper": 48}
#: resolution of the per-domain baselines (None: the dataset's image size, i.e. no downsampling)
BASELINE_RESOLUTION = {"smoke": 32, "quick": None, "paper": None}
#: the pipeline page's datasets and the columns of its row table (:func:`demo_rows` shows those a row has)
DEMO_DATASETS = ["bmad_brain", "bmad_chest"]
DEMO_COLUMNS = [
    "dataset",
    "seed",
    "image_auroc",
    "image_ap",
    "pixel_auroc",
    "pro",
    "dice",
    "dice_bmad",
    "dice_oracle",
    "fit_seconds",
    "predict_seconds",
    "peak_memory_mb",
    "weights",
    "data_source",
    "config_hash",
]
GRIDS = ("baseline", "severity", "demo")
#: the sweep's folders are written with this profile's counts (40 training images, 12 test normals)
_SWEEP_COUNTS = "smoke"


def grid_names() -> list[str]:
    """Names of the grids of the data chapter and the pipeline demo."""
    return list(GRIDS)


def seeds_for(profile: str, seeds: Sequence[int] | None = None) -> list[int]:
    """The runner's seeds of ``profile`` (:data:`medad_core.runner.PROFILE_SEEDS`) unless ``seeds`` is given."""
    return pick_seeds(PROFILE_SEEDS, profile, seeds)


def _baseline_configs(profile: str, data_root, device: str, seeds: list[int]) -> list[RunConfig]:
    configs = []
    for name in REPRESENTATIVE.values():
        resolution = BASELINE_RESOLUTION[profile] or get_spec(name).default_size(profile)
        for seed in seeds:
            for kind in BASELINES:
                params = {"representation": kind, "resolution": int(resolution)}
                configs.append(
                    RunConfig(
                        method=METHOD,
                        dataset=name,
                        params=params,
                        profile=profile,
                        seed=seed,
                        data_seed=seed,
                        device=device,
                        data_root=data_root,
                    )
                )
    return configs


def severity_root(name: str, severity: float, profile: str, results: str | os.PathLike | None = None) -> Path:
    """The folder holding the phantom of dataset ``name`` at ``severity`` for the sweep of ``profile``.

    Args:
        name: a dataset of :data:`REPRESENTATIVE`.
        severity: the anomaly severity in (0, 1].
        profile: the profile (sets the image size the folder is written at, the runner's read size).
        results: the results folder.

    Returns:
        ``<results>/phantoms/severity/<name>-<size>px-sev<severity>-v<generator>-<recipe>``; the recipe
        (counts, classes) enters the name so that a changed recipe is a new folder.
    """
    spec = get_spec(name)
    size = spec.default_size(profile)
    recipe = zlib.crc32(repr((sorted(phantom_counts(spec, _SWEEP_COUNTS).items()), spec.anomaly_classes)).encode())
    tag = f"{name}-{size}px-sev{float(severity):g}-v{PHANTOM_VERSION}-{recipe:08x}"
    return results_dir(results) / "phantoms" / "severity" / tag


def write_severity_phantoms(name: str, severity: float, profile: str, results: str | os.PathLike | None = None) -> Path:
    """Write the sweep's folder of ``name`` at ``severity`` once (atomically); returns :func:`severity_root`.

    Args:
        name: a dataset of :data:`REPRESENTATIVE`.
        severity: the anomaly severity in (0, 1].
        profile: the profile of the runs that read it.
        results: the results folder.

    Returns:
        The folder, to be passed as a RunConfig's ``data_root``.
    """
    root = severity_root(name, severity, profile, results)
    if (root / ".complete").is_file():
        return root
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{root.name}-", dir=root.parent))
    try:
        write_phantoms(
            name, tmp, profile=_SWEEP_COUNTS, seed=0, image_size=get_spec(name).default_size(profile), severity=severity
        )
        (tmp / ".complete").write_text("ok\n")
        if root.exists():  # a folder left by a crash before its marker: replace it
            shutil.rmtree(root)
        os.replace(tmp, root)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return root


def _severity_configs(profile: str, device: str, results) -> list[RunConfig]:
    size = SWEEP_SIZE[profile]
    return [
        RunConfig(
            method=METHOD,
            dataset=name,
            params={"representation": kind, "resolution": size},
            profile=profile,
            device=device,
            data_root=str(severity_root(name, severity, profile, results)),
        )
        for name in REPRESENTATIVE.values()
        for severity in SEVERITIES[profile]
        for kind in BASELINES
    ]


def _demo_configs(profile: str, data_root, device: str, seeds: list[int], datasets) -> list[RunConfig]:
    return [
        RunConfig(method=METHOD, dataset=name, profile=profile, seed=seed, device=device, data_root=data_root)
        for name in datasets
        for seed in seeds
    ]


def grid(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    datasets: Sequence[str] | None = None,
    results: str | os.PathLike | None = None,
) -> list[RunConfig]:
    """The runs of grid ``name`` (nothing is read or written).

    Args:
        name: ``baseline`` (domain x seed x representation), ``severity`` (domain x severity x
            representation, always phantoms: the severity is the phantom's) or ``demo`` (dataset x seed).
        profile: smoke, quick or paper.
        data_root: folder of the real datasets (None: embedded phantoms); ignored by ``severity``.
        device: torch device.
        seeds: default the profile's; ``severity`` uses seed 0 (one written folder per severity).
        datasets: the ``demo`` datasets (default :data:`DEMO_DATASETS`).
        results: the results folder (``severity`` reads its folders from there).

    Returns:
        The RunConfigs.

    Raises:
        MedadError: an unknown grid or profile.
    """
    if name not in GRIDS:
        raise MedadError(f"unknown data grid {name!r}; expected one of {', '.join(GRIDS)}")
    seeds = seeds_for(profile, seeds)
    if name == "baseline":
        return _baseline_configs(profile, data_root, device, seeds)
    if name == "severity":
        return _severity_configs(profile, device, results)
    return _demo_configs(profile, data_root, device, seeds, list(DEMO_DATASETS if datasets is None else datasets))


def run(
    name: str,
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    datasets: Sequence[str] | None = None,
    results: str | os.PathLike | None = None,
) -> pd.DataFrame:
    """Grid ``name`` through :func:`medad_core.runner.run_many` (cached; a failing run keeps its ``error``).

    The severity folders are written only for runs that are not cached yet; ``demo`` keeps the
    predictions (scores and maps) for :func:`demo_examples`.

    Args:
        name: see :func:`grid`.
        profile: smoke, quick or paper.
        data_root: folder of the real datasets (None: embedded phantoms).
        device: torch device.
        seeds: default the profile's.
        datasets: the ``demo`` datasets.
        results: the results folder.

    Returns:
        One row per run.
    """
    configs = grid(name, profile, data_root, device, seeds, datasets, results)
    if name == "severity":
        for config in configs:
            if cached_row(config, results) is None:
                write_severity_phantoms(config.dataset, _severity_of(config), profile, results)
    rows = run_many(
        configs, results, errors="record", keep_predictions=name == "demo", progress=False, desc=f"{name} runs"
    )
    if "error" not in rows:
        rows["error"] = None
    return rows


def _severity_of(config: RunConfig) -> float:
    return float(Path(config.data_root).name.split("-sev")[1].split("-")[0])


def _domain_of(dataset: str) -> str:
    return {v: k for k, v in REPRESENTATIVE.items()}.get(dataset, get_spec(dataset).phantom)


def baseline_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per finished baseline run: domain, dataset, seed, source, sizes, severity, baseline, AUROC.

    Args:
        rows: the rows of the ``baseline`` grid.

    Returns:
        Columns ``domain, dataset, seed, source, image_size, resolution`` (what the baseline compares
        images at), ``train, test, severity`` (the phantom's default; None on real data), ``baseline,
        image_auroc``.
    """
    ok = finished(rows)
    columns = ["domain", "dataset", "seed", "source", "image_size", "resolution", "train", "test", "severity"]
    columns.append("baseline")
    if not len(ok):
        return pd.DataFrame(columns=[*columns, "image_auroc"])
    domains = ok["dataset"].map(_domain_of)
    return pd.DataFrame(
        {
            "domain": domains,
            "dataset": ok["dataset"],
            "seed": ok["seed"],
            "source": ok["data_source"],
            "image_size": [shape[-1] for shape in ok["image_shape"]],
            "resolution": [cfg["params"]["resolution"] for cfg in ok["config"]],
            "train": [n["normal"] for n in ok["n_train"]],
            "test": ok["n_test"],
            "severity": [
                DEFAULT_SEVERITY[d] if s == "phantom" else None for d, s in zip(domains, ok["data_source"], strict=True)
            ],
            "baseline": [cfg["params"]["representation"] for cfg in ok["config"]],
            "image_auroc": ok["image_auroc"],
        }
    ).reset_index(drop=True)


def baseline_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The chapter's table: mean and std over seeds of each baseline's image AUROC per domain.

    Args:
        frame: :func:`baseline_frame`.

    Returns:
        Index ``domain, dataset, source, image_size, resolution, train, test, severity``; columns
        (baseline, mean|std), the baselines in :data:`medad_core.data.baseline.BASELINES` order.
    """
    keys = ["domain", "dataset", "source", "image_size", "resolution", "train", "test", "severity"]
    wide = frame.assign(severity=frame["severity"].astype(object).where(frame["severity"].notna(), "–"))
    wide = wide.pivot_table(index=[*keys, "seed"], columns="baseline", values="image_auroc")
    table = wide.groupby(keys).agg(["mean", "std"]).round(3)
    return table[[kind for kind in BASELINES if kind in table.columns.get_level_values(0)]]


def best_baseline(frame: pd.DataFrame) -> pd.Series:
    """The better baseline's mean image AUROC per domain (how far above chance the phantoms are).

    Args:
        frame: :func:`baseline_frame`.

    Returns:
        domain -> max over baselines of the mean over seeds.
    """
    return frame.groupby(["domain", "baseline"])["image_auroc"].mean().groupby("domain").max()


def registry_frames(data_root: str | os.PathLike | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The data chapter's registry (``medad datasets``) as two narrow tables.

    Args:
        data_root: folder of the real datasets; fills ``real_data_found``.

    Returns:
        ``(where, what)``: layout, folder, resolution, masks and data found per dataset; then its
        phantom, the papers that use it and its description. Both indexed by dataset.
    """
    registry = pd.DataFrame(dataset_table(data_root))
    registry["description"] = [DATASETS[n].description for n in registry["dataset"]]
    described = ["phantom", "papers", "description"]
    return registry.drop(columns=described).set_index("dataset"), registry[["dataset", *described]].set_index("dataset")


def size_frames(profile: str) -> list[tuple[str, pd.DataFrame]]:
    """The papers' split sizes beside the phantoms' in ``profile``, one narrow table per source document.

    Args:
        profile: smoke, quick or paper (the phantoms' sizes depend on it).

    Returns:
        ``(heading, table)`` per document in registry order: the heading names the document and its
        sources (tables, sections) with their datasets; each cell of a table is ``paper / phantom``
        image counts of one split (``–`` where the paper does not state it); splits no dataset of
        the document reports are left out.
    """
    sizes = pd.DataFrame(size_table(profile)).set_index("dataset")
    columns = [c for c in sizes.columns if c.startswith(("paper", "phantom")) and c != "paper source"]
    document = sizes["paper source"].fillna("").str.split().str[0].replace({"not": "Other datasets", "": "?"})
    frames = []
    for name, part in sizes.groupby(document, sort=False):
        sources = part.groupby("paper source", sort=False).groups
        heading = f"**{name}**: " + "; ".join(f"{src} ({', '.join(rows)})" for src, rows in sources.items())
        splits = dict.fromkeys(c.split(" ", 1)[1] for c in columns if part[c].notna().any())
        count = {c: part[c].map(lambda v: "–" if pd.isna(v) else f"{v:.0f}") for c in columns}
        frames.append((heading, pd.DataFrame({k: count[f"paper {k}"] + " / " + count[f"phantom {k}"] for k in splits})))
    return frames


def baseline_summary(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The data chapter's baseline section: scores, what each row ran on, and the one-line summary.

    Args:
        frame: :func:`baseline_frame`.

    Returns:
        ``(scores, runs, sentence)``: ``mean ± std`` image AUROC per domain and dataset (one column per
        baseline), the run attributes of each row (source, sizes, severity), and "Best simple
        baseline per domain ..." from :func:`best_baseline`.
    """
    table = baseline_table(frame)
    means = table.droplevel([n for n in table.index.names if n not in ("domain", "dataset")])
    scores = pd.DataFrame(
        {
            kind: means[(kind, "mean")].map("{:.3f}".format)
            + means[(kind, "std")].map(lambda s: "" if pd.isna(s) else f" ± {s:.3f}")
            for kind in dict.fromkeys(means.columns.get_level_values(0))
        }
    )
    runs = table.index.to_frame(index=False).set_index(["domain", "dataset"])
    best = best_baseline(frame)
    sentence = "Best simple baseline per domain (mean image AUROC): " + ", ".join(
        f"{d} {v:.2f}" for d, v in best.items()
    )
    return scores, runs, sentence


def severity_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per finished sweep run: ``domain, dataset, severity, baseline, auroc``.

    Args:
        rows: the rows of the ``severity`` grid.

    Returns:
        The sweep, sorted by domain, baseline and severity.
    """
    ok = finished(rows)
    columns = ["domain", "dataset", "severity", "baseline", "auroc"]
    if not len(ok):
        return pd.DataFrame(columns=columns)
    configs = [RunConfig.from_dict(cfg) for cfg in ok["config"]]
    out = pd.DataFrame(
        {
            "domain": ok["dataset"].map(_domain_of).to_numpy(),
            "dataset": ok["dataset"].to_numpy(),
            "severity": [_severity_of(c) for c in configs],
            "baseline": [c.params["representation"] for c in configs],
            "auroc": ok["image_auroc"].to_numpy(),
        }
    )
    out["baseline"] = pd.Categorical(out["baseline"], categories=[*BASELINES], ordered=True)
    return out.sort_values(["baseline", "domain", "severity"], ignore_index=True)


def demo_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The pipeline page's row table: the :data:`DEMO_COLUMNS` the rows have, rounded to 3 digits.

    Args:
        rows: the rows of the ``demo`` grid.

    Returns:
        The table.
    """
    return rows[[c for c in DEMO_COLUMNS if c in rows]].round(3)


def demo_summary(rows: pd.DataFrame) -> pd.DataFrame:
    """Mean and std over seeds of image AUROC, pixel AUROC and PRO per dataset (pipeline page).

    Args:
        rows: the rows of the ``demo`` grid.

    Returns:
        Index dataset; columns (metric, mean|std), rounded to 3 digits.
    """
    return finished(rows).groupby("dataset")[["image_auroc", "pixel_auroc", "pro"]].agg(["mean", "std"]).round(3)


def demo_examples(configs: Sequence[RunConfig], results: str | os.PathLike | None = None) -> dict[str, Any]:
    """Inputs of the pipeline page's figures, from the stored predictions of the first seed per dataset.

    Args:
        configs: the ``demo`` runs (run with :func:`run` first, which keeps their predictions).
        results: the results folder.

    Returns:
        ``scores`` (dataset -> (scores, labels)), and for the highest-scoring anomalous test image of
        each dataset ``images``, ``masks`` (None without masks), ``maps`` ({method: [map per dataset]})
        and ``row_labels`` (dataset: anomaly class).
    """
    firsts = list({c.dataset: c for c in reversed(list(configs))}.values())[::-1]
    scores, images, masks, maps, labels = {}, [], [], [], []
    for config in firsts:
        stored = load_predictions(config, results)
        scores[config.dataset] = (stored["scores"], stored["labels"])
        best = int(np.argmax(np.where(stored["labels"] == 1, stored["scores"], -np.inf)))
        splits = load_splits(config.dataset, config.data_root, config.layout, config.profile, config.data_seed)
        _, test = make_trainset(splits, Setting.ONE_CLASS, Protocol(), config.seed)
        item = test[best]
        images.append(item["image"].permute(1, 2, 0).squeeze(-1).numpy())
        masks.append(item["mask"].numpy() if "mask" in item else None)
        maps.append(stored["maps"][best].astype(np.float32) if "maps" in stored else None)
        labels.append(f"{config.dataset}: {item['anomaly_class']}")
    return {"scores": scores, "images": images, "masks": masks, "maps": {METHOD: maps}, "row_labels": labels}


def layout_trees(names: Sequence[str] = tuple(LAYOUT_EXAMPLES)) -> str:
    """Markdown with the folder tree each dataset's reader expects (the drawing of its error message).

    Args:
        names: datasets, one drawing each.

    Returns:
        The markdown text.
    """
    parts = []
    for name in names:
        spec = DATASETS[name]
        parts.append(f"**{name}** (`{spec.layout}`)\n```text\n{expected_tree(spec)}\n```")
    return "\n\n".join(parts)


def domain_samples(domain: str, n_cols: int, size: int, seed: int = 7) -> dict[str, list[tuple]]:
    """Rendered samples of one phantom domain at its default severity, one row per class.

    Args:
        domain: a phantom domain (:data:`medad_core.data.DOMAINS`).
        n_cols: images per row.
        size: image size in pixels.
        seed: first element of each image's generator seed (``[seed, row, column]``).

    Returns:
        ``{"normal": [...], <class>: [...], ...}`` of ``(image, mask)`` pairs; the mask is given on every
        second image of an anomaly row (None elsewhere), so the figure outlines half of them.

    Raises:
        MedadError: an unknown domain.
    """
    if domain not in DOMAINS:
        raise MedadError(f"unknown phantom domain {domain!r}; expected one of {', '.join(DOMAINS)}")
    rows = {}
    for r, cls in enumerate([None, *DOMAINS[domain]]):
        row = []
        for c in range(n_cols):
            image, mask = render(domain, np.random.default_rng([seed, r, c]), size, cls)
            row.append((image, mask if cls is not None and c % 2 == 1 else None))
        rows[cls or "normal"] = row
    return rows


def domain_title(domain: str) -> str:
    """The title of a domain's sample grid (its default severity)."""
    return f"{domain} (default severity {DEFAULT_SEVERITY[domain]})"


def pseudo_samples(size: int, n_per_domain: int = 4, seed: int = 9) -> dict[str, list[tuple]]:
    """DRA's pseudo anomalies on phantom endoscopy frames and chest X-rays, one row per generator.

    Args:
        size: image size in pixels.
        n_per_domain: images of each domain.
        seed: seed of the rendered images (each generator's draws use its row index).

    Returns:
        ``{"CutMix": [...], "CP-Scar": [...], "CP-Mix": [...]}`` of ``(image (H, W, 3), pasted mask)``.
    """

    def rendered(domain: str, i: int) -> torch.Tensor:
        image = torch.from_numpy(render(domain, np.random.default_rng([seed, i]), size)[0])
        return image.permute(2, 0, 1) if image.ndim == 3 else image[None].expand(3, -1, -1)

    batch = torch.stack([rendered(d, i) for d in ("endoscopy", "chest_xray") for i in range(n_per_domain)])
    rows = {}
    for r, (label, fn) in enumerate((("CutMix", cutmix), ("CP-Scar", cutpaste_scar), ("CP-Mix", cutpaste_mix))):
        images, masks = fn(batch, torch.Generator().manual_seed(r))
        rows[label] = [(images[i].permute(1, 2, 0).numpy(), masks[i].numpy()) for i in range(len(batch))]
    return rows
