"""The three reports of ``medad bench bmad`` (see :mod:`medad_core.bench.bmad`).

Every timing is interleaved: ours, theirs (or the bare backbone), ours, theirs, ... ``repeats``
times after one untimed warm-up of each side, and a ratio is reported as the median of the
per-round ratios with their range (min-max), so a load change on a shared machine hits both sides
of a round alike. Both sides get the same decoded tensors (files are read once, before any clock
starts).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import torch
from sklearn.metrics import roc_auc_score

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.bench import _anomalib_peers as peers
from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset
from medad_core.nn.backbone import FeatureExtractor, imagenet_normalize
from medad_core.nn.memory_bank import partition_cells
from medad_core.registry import available_methods, get_method

# the anomalib side's names, re-exported for the tests and the CLI
PEERS = peers.PEERS
PEER_SUPPORTED = set(PEERS)

#: BMAD's brain set at the paper's scale (reference-implementations §1.2): 7,500 training images at
#: 224 px; WRN-50 layer2 gives a 28 x 28 patch grid, layer2 + layer3 512 + 1024 channels
PAPER_SCALE = {"train_images": 7500, "grid": 28 * 28, "feature_dim": 1536, "projection_dim": 128, "ratio": 0.1}
#: device memory bandwidth assumed for the coreset extrapolation (an H200 has 4.8 TB/s; streams reach ~70 %)
DEVICE_BANDWIDTH_GBPS = 3000.0


def _auroc(labels, scores) -> float | None:
    labels = np.asarray(labels).ravel()
    return None if len(set(labels.tolist())) < 2 else float(roc_auc_score(labels, np.asarray(scores).ravel()))


@dataclass
class BenchData:
    """The decoded tensors both sides get, and what the report says about them."""

    description: str
    train: torch.Tensor
    test: torch.Tensor
    labels: np.ndarray
    mask_labels: np.ndarray | None

    def trainset(self) -> TrainSet:
        """Our side's one-class training set over the same in-memory tensors (no valid split).

        Returns:
            The training set.
        """
        normal = ImageSet.from_tensors(self.train, np.zeros(len(self.train), dtype=int))
        return TrainSet(Setting.ONE_CLASS, normal=normal)


def load_data(
    dataset: str, profile: str, seed: int, data_root: str | None = None, layout: str | None = None
) -> BenchData:
    """Read and decode a dataset's one-class split once.

    Args:
        dataset: a dataset name (``folder`` for any folder given by ``data_root``).
        profile: "smoke" or "quick" (image size and, for phantoms, split sizes).
        seed: the split's seed.
        data_root: a folder with the real data; None uses the dataset's phantom.
        layout: the folder's layout (``mvtec`` or ``bmad``), for ``folder``.

    Returns:
        The decoded training and test tensors with the test labels and flattened masks.
    """
    splits = load_splits(dataset, data_root=data_root, layout=layout, profile=profile, seed=seed)
    train, test = make_trainset(splits, Setting.ONE_CLASS, Protocol(), seed)
    train_images, test_images = train.normal.tensors(), test.tensors()
    masks = test.masks_tensor()
    mask_labels = masks.numpy().ravel() if masks is not None and masks.any() else None
    source = data_root or f"{profile} phantom"
    description = (
        f"{dataset} ({source}: {len(train_images)} train, {len(test_images)} test, {tuple(train_images.shape[1:])})"
    )
    return BenchData(description, train_images, test_images, np.asarray(test.labels), mask_labels)


def _interleaved(first: Callable[[], float], second: Callable[[], float], repeats: int, warm_up: bool):
    """Seconds of ``first`` and ``second`` run alternately ``repeats`` times (after one untimed run each)."""
    if warm_up:
        first(), second()
    a, b = [], []
    for _ in range(repeats):
        a.append(first())
        b.append(second())
    return np.array(a), np.array(b)


def _ratio(ours: np.ndarray, theirs: np.ndarray) -> tuple[float, list[float]]:
    ratios = ours / np.maximum(theirs, 1e-9)
    return float(np.median(ratios)), [float(ratios.min()), float(ratios.max())]


def _clock(fn: Callable[[], Any]) -> float:
    # the bench's clock (``peers.set_clock``: wall or process CPU time), the same for both sides
    start = peers.now()
    fn()
    return peers.now() - start


class _Ours:
    """Our detector of one method: ``fit()`` builds and fits a fresh one, ``predict()`` scores the test set."""

    def __init__(self, method: str, data: BenchData, profile: str, seed: int):
        self.method, self.data, self.profile, self.seed = method, data, profile, seed
        self.detector = None
        self.prediction = None

    def make(self):
        return get_method(self.method).for_profile(
            self.profile, seed=self.seed, progress=False, **peers.SAME_LOSS.get(self.method, {})
        )

    def fit(self) -> float:
        detector = self.make()
        seconds = _clock(lambda: detector.fit(self.data.trainset()))
        self.detector = detector
        return seconds

    def predict(self) -> float:
        return _clock(lambda: setattr(self, "prediction", self.detector.predict(self.data.test)))


def _bare_backbone(detector, profile: str) -> FeatureExtractor:
    """The method's backbone up to the deepest layer it reads: the upper limit of a feature-space method."""
    layers = getattr(detector, "layers", None) or [getattr(detector, "layer", "layer3")]
    deepest = sorted(layers)[-1] if all(str(x).startswith("layer") for x in layers) else layers[-1]
    # the same memory layout as the method's own backbone, so the fraction compares like with like
    ours = next((m for m in detector.model.modules() if isinstance(m, FeatureExtractor)), None)
    channels_last = ours is not None and getattr(ours, "memory_format", None) == torch.channels_last
    return FeatureExtractor(
        getattr(detector, "backbone", "resnet18"), [deepest], "random", profile, channels_last=channels_last
    ).eval()


def _draem_network(detector, images: torch.Tensor) -> Callable[[], Any]:
    x = imagenet_normalize(detector._to_network(images.float()))  # prepared once, outside the clock
    return lambda: detector.model(x)


def _ganomaly_network(detector, images: torch.Tensor) -> Callable[[], Any]:
    x = detector.model.prepare(images.float())  # prepared once, outside the clock
    return lambda: detector.model.generate(x)


#: the limit of a method without a pretrained backbone: the bare forward of our own network on a
#: prepared batch (resized and normalised beforehand), which predict cannot avoid; name -> (limit, label)
BARE_NETWORK: dict[str, tuple[Callable[[Any, torch.Tensor], Callable[[], Any]], str]] = {
    "draem": (_draem_network, "our DRAEM network's forward (both sub-networks, prepared batch)"),
    "ganomaly": (_ganomaly_network, "our GANomaly generator's forward (G_E, G_D, E; prepared batch)"),
}


def _limit(detector, images: torch.Tensor, profile: str) -> tuple[Callable[[], Any], str]:
    """What ``throughput_fraction`` divides by: the bare backbone, or for a method without one its bare network."""
    if detector.name in BARE_NETWORK:
        make, label = BARE_NETWORK[detector.name]
        return make(detector, images), label
    bare = _bare_backbone(detector, profile)
    layer = next(iter(bare.layers)) if getattr(bare, "layers", None) else "?"
    return (lambda: bare(images)), f"bare backbone ({getattr(detector, 'backbone', 'resnet18')} to {layer})"


def throughput(detector, images: torch.Tensor, profile: str, repeats: int) -> dict[str, Any]:
    """Our predict on one batch against the bare backbone forward on the same batch, interleaved.

    Args:
        detector: our fitted detector.
        images: the batch (on the detector's device).
        profile: the weights profile of the bare backbone.
        repeats: timed rounds.

    Returns:
        ms per image of each (medians) and ``throughput_fraction`` = limit time / our time (median over
        rounds, with its range), the limit named in ``throughput_limit``: the bare backbone forward
        (feature-space methods), or, for a method without a pretrained backbone (``BARE_NETWORK``:
        DRAEM, GANomaly), the bare forward of our own network on a batch prepared beforehand;
        ``throughput_vs_limit`` (+ spread) = the method's physical minimum (its
        ``limit_forward(images)``: every network predict must run, e.g. STFPM's teacher and student) /
        our time, timed in the same rounds; without ``limit_forward`` it equals ``throughput_fraction``.
    """
    bare, label = _limit(detector, images, profile)
    limit = getattr(detector, "limit_forward", None)
    with torch.inference_mode():
        t_bare, t_ours = _interleaved(
            lambda: _clock(bare), lambda: _clock(lambda: detector._predict_batch(images)), repeats, True
        )
        t_limit = t_bare
        if limit is not None:
            t_limit, t_ours_2 = _interleaved(
                lambda: _clock(lambda: limit(images)),
                lambda: _clock(lambda: detector._predict_batch(images)),
                repeats,
                True,
            )
    fraction, spread = _ratio(t_bare, t_ours)
    vs_limit, limit_spread = (fraction, spread) if limit is None else _ratio(t_limit, t_ours_2)
    return {
        "backbone_ms_per_image": 1000 * float(np.median(t_bare)) / len(images),
        "limit_ms_per_image": 1000 * float(np.median(t_limit)) / len(images),
        "ours_ms_per_image": 1000 * float(np.median(t_ours)) / len(images),
        "throughput_fraction": fraction,
        "throughput_fraction_spread": spread,
        "throughput_limit": label,
        "throughput_vs_limit": vs_limit,
        "throughput_vs_limit_spread": limit_spread,
    }


def _peer_row(ours: _Ours, peer: peers.PeerRun, data: BenchData, repeats: int) -> dict[str, Any]:
    # our first fit (the peer copies that detector's backbone and optimiser) and the peer's first are
    # the untimed warm-ups (imports, first-call costs); then alternately, fits and predicts
    peer.fit()
    t_ours_fit, t_peer_fit = _interleaved(ours.fit, peer.fit, repeats, warm_up=False)
    t_ours_pred, t_peer_pred = _interleaved(ours.predict, peer.predict, repeats, warm_up=True)
    fit_ratio, fit_spread = _ratio(t_ours_fit, t_peer_fit)
    predict_ratio, predict_spread = _ratio(t_ours_pred, t_peer_pred)
    return {
        "image_auroc_peer": _auroc(data.labels, peer.scores),
        # no maps from an image-level peer (GANomaly)
        "pixel_auroc_peer": None
        if data.mask_labels is None or peer.maps is None
        else _auroc(data.mask_labels, peer.maps),
        "fit_s_ours": float(np.median(t_ours_fit)),
        "fit_s_peer": float(np.median(t_peer_fit)),
        "fit_ratio": fit_ratio,
        "fit_ratio_spread": fit_spread,
        "predict_s_ours": float(np.median(t_ours_pred)),
        "predict_s_peer": float(np.median(t_peer_pred)),
        "predict_ratio": predict_ratio,
        "predict_ratio_spread": predict_spread,
        "params_peer": peer.n_params,
        "shared_tensors": peer.shared_backbone_tensors,
    }


def _ours_only(ours: _Ours, repeats: int) -> dict[str, Any]:
    t_fit = np.array([ours.fit() for _ in range(repeats)])
    ours.predict()  # warm-up
    t_pred = np.array([ours.predict() for _ in range(repeats)])
    return {"fit_s_ours": float(np.median(t_fit)), "predict_s_ours": float(np.median(t_pred))}


PEER_KEYS = (
    "image_auroc_peer",
    "pixel_auroc_peer",
    "fit_ratio",
    "fit_ratio_spread",
    "predict_ratio",
    "predict_ratio_spread",
    "fit_s_peer",
    "predict_s_peer",
)


def bench_method(
    method: str, data: BenchData, profile: str, seed: int, repeats: int, with_peer: bool, batch: int = 32
) -> dict[str, Any]:
    """Ours (and anomalib's, with ``with_peer``) on the bench data: AUROC, interleaved fit / predict ratios.

    Args:
        method: our method name.
        data: the decoded tensors.
        profile: "smoke" or "quick".
        seed: both sides' seed.
        repeats: timed rounds of each side.
        with_peer: run anomalib's model too (the method must be in ``PEERS``).
        batch: images in the throughput batch.

    Returns:
        One row: ``method``, ``image_auroc_ours`` / ``_peer``, ``pixel_auroc_*``, ``fit_ratio``,
        ``predict_ratio`` (ours / theirs, medians) with ``*_spread`` = [min, max], the seconds of each
        side, ``throughput_fraction`` (+ spread) and the parameter counts; ``note`` when anomalib failed.
    """
    ours = _Ours(method, data, profile, seed)
    # the peer's keys are always there (None without a peer), so JSON lines have one schema
    row: dict[str, Any] = {"method": method, **dict.fromkeys(PEER_KEYS)}
    # anomalib's choices our side was run with (``SAME_LOSS``), so the table says what was compared
    options = peers.SAME_LOSS.get(method, {})
    row["ours_options"] = ", ".join(f"{k}={v}" for k, v in options.items()) or None
    peer = None
    if with_peer:
        ours.fit()  # the peer copies this fitted detector's backbone and optimiser
        peer = peers.build_peer(method, ours.detector, data.train, data.test, seed)
        try:
            row.update(_peer_row(ours, peer, data, repeats))
        except Exception as err:  # noqa: BLE001 - reported in the table, the bench goes on
            row["note"] = f"anomalib failed: {type(err).__name__}: {str(err)[:120]}"
            peer = None
    if peer is None:
        row.update(_ours_only(ours, repeats))
    pred = ours.prediction
    row["image_auroc_ours"] = _auroc(data.labels, pred.scores)
    row["pixel_auroc_ours"] = (
        None if data.mask_labels is None or pred.maps is None else _auroc(data.mask_labels, pred.maps)
    )
    row["params_ours"] = ours.detector.num_parameters()
    row.update(throughput(ours.detector, data.test[:batch].to(ours.detector.device), profile, max(repeats, 3)))
    return row


PEER_COLUMNS = [
    "method",
    "image_auroc_ours",
    "image_auroc_peer",
    "pixel_auroc_ours",
    "pixel_auroc_peer",
    "fit_s_ours",
    "fit_s_peer",
    "fit_ratio",
    "fit_ratio_spread",
    "predict_s_ours",
    "predict_s_peer",
    "predict_ratio",
    "predict_ratio_spread",
    "throughput_fraction",
    "throughput_fraction_spread",
    "throughput_vs_limit",
    "throughput_vs_limit_spread",
    "throughput_limit",
    "ours_options",
    "note",
]


def peers_report(
    methods: Sequence[str],
    data: BenchData,
    profile: str,
    seed: int,
    use_peers: bool = True,
    repeats: int = 3,
    emit: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Ours beside anomalib's torch model of each method on the same tensors.

    Args:
        methods: our method names; those without a peer in ``PEERS`` run on our side only.
        data: the decoded tensors (:func:`load_data`).
        profile: "smoke" or "quick" (sizes and epochs of both sides).
        seed: the training seed of both sides.
        use_peers: False runs our side only even when anomalib is installed.
        repeats: interleaved timed rounds per side.
        emit: called with each row as soon as it is measured (``--json`` prints it).

    Returns:
        One row per method (:func:`bench_method`); unregistered methods are skipped with a message.
    """
    have_anomalib = use_peers and peers.anomalib_installed()
    if not have_anomalib:
        print(
            "anomalib is not installed (pip install 'medad[peers]') or --no-peers was given: ours only.",
            file=sys.stderr,
        )
    _warm_up(data.train[:4])
    rows = []
    for method in methods:
        if method not in available_methods():
            print(f"{method:10s} not registered yet: skipped", file=sys.stderr)
            continue
        row = bench_method(method, data, profile, seed, repeats, have_anomalib and method in PEER_SUPPORTED)
        if have_anomalib and method not in PEER_SUPPORTED:
            row["note"] = "anomalib has no model of this method"
        rows.append(row)
        if emit is not None:
            emit(row)
    return rows


def _repeated(base: torch.Tensor, factor: int, generator: torch.Generator) -> torch.Tensor:
    noisy = [(base + 0.02 * torch.randn(base.shape, generator=generator)).clamp(0, 1) for _ in range(factor - 1)]
    return torch.cat([base, *noisy])


def scaling_report(data: BenchData, profile: str, seed: int, factors: Sequence[int] = (1, 2, 4)) -> dict[str, Any]:
    """PatchCore's memory bank and coreset time as the training set grows, extrapolated to BMAD's brain set.

    The training set is repeated with small noise so that 2x / 4x hold distinct patches. At every
    size PatchCore is fitted twice, with the exact greedy coreset (``coreset="greedy"``, PatchCore
    Alg. 1) and with the partitioned one (``coreset="partitioned"``), whose cells hold at most a
    quarter of the 1x set's patches (fixed across sizes, so its time should grow linearly), and both
    score the test set (image and pixel AUROC of each). The time exponent of each selection is the
    slope of log time over log N; the extrapolation applies each selection's measured cost per
    distance evaluation to the paper's N and k (:func:`_extrapolate`).

    Args:
        data: the decoded tensors (their training images are the 1x set).
        profile: "smoke" or "quick".
        seed: noise and training seed.
        factors: the training-set sizes, as multiples of the split's.

    Returns:
        ``rows`` (one per size and selection: images, patches, bank size and MB, cells, coreset and fit
        seconds, image / pixel AUROC) and ``extrapolation`` (the paper-scale N and k, each selection's
        exponent, CPU time on this machine, device estimate, memory).
    """
    generator = torch.Generator().manual_seed(seed)
    rows = []
    cell_rows = None
    for factor in factors:
        images = _repeated(data.train, factor, generator)
        part = TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(images, np.zeros(len(images), int)))
        for coreset in ("greedy", "partitioned"):
            params = {"coreset": coreset} if cell_rows is None else {"coreset": coreset, "partition_rows": cell_rows}
            detector = get_method("patchcore").for_profile(profile, seed=seed, progress=False, **params)
            fit_s = _clock(lambda d=detector, p=part: d.fit(p))
            info = detector.fit_info
            if cell_rows is None:  # the greedy at 1x comes first and says how many patches the 1x set has
                cell_rows = max(64, info["n_patches"] // 4)
            prediction = detector.predict(data.test)
            rows.append(
                {
                    "factor": factor,
                    "coreset": coreset,
                    "train_images": len(images),
                    "patches": info["n_patches"],
                    "memory_bank": info["memory_bank_size"],
                    "bank_mb": info["memory_bank_size"] * info["feature_dim"] * 4 / 2**20,
                    "cells": info["coreset_parts"],
                    "partition_rows": detector.partition_rows if coreset == "partitioned" else None,
                    # the coreset on the bench's clock, as the fit
                    "coreset_s": info["coreset_cpu_seconds" if peers.clock_name == "process" else "coreset_seconds"],
                    "fit_s": fit_s,
                    "image_auroc": _auroc(data.labels, prediction.scores),
                    "pixel_auroc": None if data.mask_labels is None else _auroc(data.mask_labels, prediction.maps),
                    "projection_dim": detector.projection_dim,
                }
            )
    return {"rows": rows, "extrapolation": _extrapolate(rows)}


#: the partitioned selection's default cell size (``PatchCore(partition_rows=...)``) at the paper's scale
PAPER_PARTITION_ROWS = 65536
#: steps of the partitioned selection per cell, as a multiple of the cell's share of the bank (its first
#: cap is twice the share; cells that need more run again)
PARTITION_OVERSHOOT = 2.0
#: a device's cost of one step (a few kernel launches), for the partitioned selection's many short steps
DEVICE_STEP_SECONDS = 40e-6


def _exponent(rows: list[dict[str, Any]]) -> float | None:
    if len(rows) < 2:
        return None
    return float(np.polyfit(np.log([r["patches"] for r in rows]), np.log([r["coreset_s"] for r in rows]), 1)[0])


def _extrapolate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Each selection's measured cost per distance evaluation applied to BMAD's brain set.

    The exact greedy evaluates ``k N`` distances (k steps over N rows); the partitioned one about
    ``sum_cells k_cell |cell| = k N / cells`` (the overshoot of its caps is in the measured rate). The
    partitioned selection's bench cells are small and stay in cache, so its CPU rate is taken as
    the larger (slower) of the two measured rates: the paper's 65,536-row cells (34 MB) do not fit
    in cache, as the exact greedy's bank does not. The device figures are estimates, not
    measurements: one pass over the projected rows per step at ``DEVICE_BANDWIDTH_GBPS`` (the exact
    greedy's N rows; the partitioned one's cells, batched 16 per pass) plus ``DEVICE_STEP_SECONDS``
    per step.

    Args:
        rows: :func:`scaling_report` rows (rows without ``coreset`` count as the exact greedy).

    Returns:
        The paper's N and k, the exact greedy's ``cpu_hours_here`` and ``device_minutes``, the
        partitioned selection's ``partitioned_cpu_minutes_here`` and ``partitioned_device_seconds``,
        each selection's fitted time exponent, and the memory of features, projection and bank.
    """
    greedy = [r for r in rows if r.get("coreset", "greedy") == "greedy"]
    cells = [r for r in rows if r.get("coreset") == "partitioned"]
    per_eval = float(np.median([r["coreset_s"] / (r["memory_bank"] * r["patches"]) for r in greedy]))
    # our projection dimension is the paper's (128), so the measured rate applies to the paper's d'
    scale = PAPER_SCALE["projection_dim"] / max(rows[-1]["projection_dim"], 1)
    n = PAPER_SCALE["train_images"] * PAPER_SCALE["grid"]
    k = math.ceil(PAPER_SCALE["ratio"] * n)
    row_bytes = (PAPER_SCALE["projection_dim"] + 4) * 4  # a projected row + norms / distance vectors
    extra: dict[str, Any] = {
        "paper_patches": n,
        "paper_bank": k,
        "greedy_exponent": _exponent(greedy),
        "cpu_hours_here": per_eval * scale * k * n / 3600,
        "device_minutes": k * n * row_bytes / (DEVICE_BANDWIDTH_GBPS * 1e9) / 60,
        "device_bandwidth_gbps": DEVICE_BANDWIDTH_GBPS,
        "features_gb": n * PAPER_SCALE["feature_dim"] * 4 / 1e9,
        "projected_gb": n * PAPER_SCALE["projection_dim"] * 4 / 1e9,
        "bank_gb": k * PAPER_SCALE["feature_dim"] * 4 / 1e9,
    }
    if cells:
        # sum over cells of k_cell x |cell| = k x the mean cell size
        cell_eval = float(np.median([r["coreset_s"] / (r["memory_bank"] * r["patches"] / r["cells"]) for r in cells]))
        n_cells = partition_cells(n, PAPER_PARTITION_ROWS)
        evaluations = k * n / n_cells
        steps = PARTITION_OVERSHOOT * k / n_cells * math.ceil(n_cells / 16)
        streamed = PARTITION_OVERSHOOT * evaluations * row_bytes  # bytes the cells' steps read
        extra.update(
            {
                "partition_rows": PAPER_PARTITION_ROWS,
                "partitioned_cells": n_cells,
                "partitioned_exponent": _exponent(cells),
                "partitioned_cpu_minutes_here": max(cell_eval, per_eval) * scale * evaluations / 60,
                "partitioned_device_seconds": streamed / (DEVICE_BANDWIDTH_GBPS * 1e9) + steps * DEVICE_STEP_SECONDS,
            }
        )
    return extra


def _warm_up(images: torch.Tensor) -> None:
    """One untimed forward and backward so neither side pays torch's first-call costs."""
    extractor = FeatureExtractor("resnet18", ["layer3"], "random", "smoke", frozen=False)
    extractor(images)["layer3"].mean().backward()


# ------------------------------------------------------------------------------------------------
# output
# ------------------------------------------------------------------------------------------------
def _cell(value: Any) -> Any:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, float) for v in value):
        return f"{value[0]:.2f}-{value[1]:.2f}"
    if isinstance(value, float):
        return round(value, 3)
    return value


def frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """The rows as a table of the given columns (those present), spreads written ``lo-hi``.

    Args:
        rows: report rows.
        columns: the wanted columns, in order.

    Returns:
        The table.
    """
    table = pd.DataFrame([{k: _cell(v) for k, v in row.items()} for row in rows])
    table = table[[c for c in columns if c in table.columns]]
    return table.astype(object).where(table.notna(), "")  # an empty cell, not "nan", where a side is missing


def print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print the rows as a plain-text table.

    Args:
        rows: report rows.
        columns: the wanted columns, in order.
    """
    with pd.option_context("display.width", 250, "display.max_columns", 30, "display.max_colwidth", 80):
        print(frame(rows, columns).to_string(index=False))


SCALING_COLUMNS = [
    "factor",
    "coreset",
    "train_images",
    "patches",
    "memory_bank",
    "bank_mb",
    "cells",
    "coreset_s",
    "fit_s",
    "image_auroc",
    "pixel_auroc",
]


def extrapolation_text(extra: dict[str, Any]) -> str:
    """One paragraph: PatchCore's coreset at BMAD's brain scale, from the measured rates.

    Args:
        extra: ``scaling_report(...)["extrapolation"]``.

    Returns:
        The text.
    """

    def exponent(key: str) -> str:
        return "" if extra.get(key) is None else f" (time ~ N^{extra[key]:.2f} measured)"

    text = (
        f"At BMAD's brain scale ({extra['paper_patches']:,} patches, a {extra['paper_bank']:,}-row bank): "
        f"exact greedy coreset{exponent('greedy_exponent')} ~{extra['cpu_hours_here']:.1f} h on one core of this "
        f"CPU; estimated ~{extra['device_minutes']:.1f} min on a device streaming "
        f"{extra['device_bandwidth_gbps']:.0f} GB/s"
    )
    if "partitioned_cpu_minutes_here" in extra:
        text += (
            f"; partitioned ({extra['partitioned_cells']} cells of <= {extra['partition_rows']:,} rows)"
            f"{exponent('partitioned_exponent')} ~{extra['partitioned_cpu_minutes_here']:.0f} min on one core of "
            f"this CPU, estimated ~{extra['partitioned_device_seconds']:.0f} s on that device"
        )
    return text + (
        f". Memory: features {extra['features_gb']:.1f} GB, projection {extra['projected_gb']:.1f} GB, "
        f"bank {extra['bank_gb']:.1f} GB."
    )


def write_report(path: str | Path, context: dict[str, Any], rows: list[dict[str, Any]], scaling: dict | None) -> None:
    """Write the report to ``path``: JSON for ``.json``, otherwise markdown tables.

    Args:
        path: the output file.
        context: what was run (data, profile, seed, threads, repeats, load, anomalib version).
        rows: the per-method rows.
        scaling: the scaling report, if it ran.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        path.write_text(json.dumps({"context": context, "methods": rows, "scaling": scaling}, indent=1) + "\n")
        return
    lines = [
        f"Bench of {context['data']}: profile {context['profile']}, seed {context['seed']}, "
        f"{context['threads']} torch thread(s), {context['repeats']} interleaved rounds "
        f"({context.get('clock', 'wall')} clock), "
        f"load average {context['load']}, anomalib {context['anomalib']}.",
        "",
    ]
    if rows:
        lines += [frame(rows, PEER_COLUMNS).to_markdown(index=False), ""]
    if scaling:
        lines += [
            frame(scaling["rows"], SCALING_COLUMNS).to_markdown(index=False),
            "",
            extrapolation_text(scaling["extrapolation"]),
            "",
        ]
    path.write_text("\n".join(lines))


def emit_json(row: dict[str, Any]) -> None:
    """Print one row as a JSON line.

    Args:
        row: a report row.
    """
    print(json.dumps(row, sort_keys=True), flush=True)


def check_methods(methods: Sequence[str]) -> None:
    """Refuse an empty method list.

    Args:
        methods: the requested methods.

    Raises:
        MedadError: nothing to run.
    """
    if not methods:
        raise MedadError("medad bench bmad: --methods needs at least one method name")
