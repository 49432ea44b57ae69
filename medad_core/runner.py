"""Experiment runner: RunConfig -> fit -> predict -> metrics -> one JSON result row, cached by config hash.

``run(config)`` returns the cached row when ``results/runs/<hash>.json`` exists; otherwise it loads
the data (:func:`medad_core.data.load_splits` / :func:`~medad_core.data.make_trainset`), builds the
method from the registry with its profile's hyper-parameters, fits, predicts, evaluates, and
writes the row atomically (temporary file, then rename). ``run_many`` runs a batch: a killed batch
resumes where it stopped because every finished config is already cached.

A row holds the config fields flattened (method, dataset, setting, profile, seed, ...), the
metrics of :func:`medad_core.metrics.evaluate` (image_auroc, image_ap, f1_max, pixel_auroc, the PRO
variants ``pro`` / ``pro_bmad`` / ``pro_anomalib_legacy``, ``dice_oracle`` and the valid-calibrated
``dice_bmad``; None where not applicable), wall
times of fit and predict, peak memory (CPU RSS during the run, and GPU when on CUDA:
``peak_memory_mb`` is the process's peak, ``peak_memory_added_mb`` the part above what the
process held when the run started), the parameter count, the weights actually used, the data
source, the split record and the full ``config``.

Resolution: the data are read at the method's input size (:meth:`Detector.input_size`, by default
its ``image_size`` parameter; the dataset's size for the profile otherwise), resized once from the
files, so no method upsamples a smaller read; :func:`data_size` gives that side and the identity
records it. Datasets whose valid split has pixel masks (BMAD's brain, liver, RESC) have their valid
split predicted too, outside the timed predict: ``dice_bmad`` takes its threshold and normalisation
from those maps only (BMAD's anomalib pipeline); ``n_valid`` in the row says how many images.

Cross-domain runs (``config.protocol.source_dataset``, DRA Table 9): the detector is fitted on the
source dataset's TrainSet (same setting, protocol and seeds), then ``detector.adapt`` fine-tunes it
on the TrainSet of ``config.dataset`` (the target) and it is tested on the target's test set; the
row records ``source_dataset``, ``source_split`` and ``adapt_seconds``.

Stored arrays for figures: ``keep_predictions`` writes ``results/predictions/<hash>.npz`` (scores,
maps, extras), ``keep_embeddings`` ``results/embeddings/<hash>.npz`` (``detector.embed`` of the test
set with labels, anomaly classes and paths; :func:`load_embeddings`).

Trained models: ``keep_model`` writes the fitted detector's checkpoint (:meth:`Detector.save
<medad_core.api.Detector.save>`) to ``results/models/<key>.pt`` beside the row (atomically), with
the decision thresholds chosen on the valid split when the run has one (:func:`valid_thresholds`);
the row says ``model_kept``. Keeping the model does not change the numbers, so it is not part of the
key; a cached row without its model is refitted when the model is asked for. :func:`load_model`
returns the fitted detector of a config, a cache key or a config hash.

Checking that a warm rerun fits nothing: every real fit (:func:`execute`) appends one JSON line
(time, config hash, method, dataset, profile, seed, fit seconds) to ``<results>/fits.log``; a cache
hit appends nothing, so ``wc -l results/fits.log`` before and after a rerun (or
:func:`read_fits_log`) shows how many runs were recomputed.

Many processes, one results folder (``medad batch``, :mod:`medad_core.batch`): rows and arrays are
written under unique temporary names (host, pid, random suffix) and renamed into place, so two
workers never corrupt a row and a reader sees a row whole or not at all. Before computing, a run
takes a **lease** ``<results>/leases/<key>.lease`` (created by an atomic hard link, so exactly one
process wins; it records worker id, host, pid, start time and timeout; a heartbeat thread touches
it every ``timeout / 4`` seconds). Another process asking for the same config waits for the row
(``on_busy="wait"``, the default of :func:`run`) or gives the config back (``"skip"``, used by the
batch scheduler to run other configs first). A lease is taken over when it is stale: no heartbeat
for longer than its timeout (a dead or hung worker on any host), or its pid is gone on this host
(a killed local worker, taken over at once).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import socket
import tempfile
import threading
import time
import traceback
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import medad_core
from medad_core import data, metrics
from medad_core.api import MedadError, Setting
from medad_core.config import RunConfig, canonical_json
from medad_core.data.protocols import outlier_plan
from medad_core.efficiency import PeakMemory
from medad_core.progress import progress as bar
from medad_core.registry import get_method

try:  # serialises lease take-overs; absent on Windows, where two take-overs may race (both compute)
    import fcntl
except ImportError:  # pragma: no cover - POSIX everywhere medad runs
    fcntl = None

__all__ = [
    "SCHEMA_VERSION",
    "results_dir",
    "cached_row",
    "servable_row",
    "run",
    "run_status",
    "run_many",
    "error_row",
    "run_seeds",
    "save_predictions",
    "load_predictions",
    "save_embeddings",
    "load_embeddings",
    "read_fits_log",
    "atomic_write_text",
    "PROFILE_SEEDS",
    "FITS_LOG",
    "identity",
    "cache_key",
    "data_size",
    "medad_version",
    "cache_rows",
    "prune_cache",
    "shared_artifacts",
    "LEASE_TIMEOUT",
    "Lease",
    "acquire_lease",
    "lease_path",
    "read_lease",
    "unique_temp_path",
    "keep_model_path",
    "load_model",
    "valid_thresholds",
]

#: version of the row format (2: rows keyed by :func:`cache_key` and carrying their ``identity``;
#: 3: data read at the method's input size, masks binarised per layout, PRO variants, dice_bmad /
#: dice_oracle instead of dice_at_05 / dice)
SCHEMA_VERSION = 3
#: one JSON line per real fit (time, config hash, method, dataset, profile, seed, fit seconds)
FITS_LOG = "fits.log"
#: default seeds per profile (the papers use 3 or 5 repeats)
PROFILE_SEEDS = {"smoke": [0], "quick": [0, 1, 2], "paper": [0, 1, 2, 3, 4]}
#: seconds without a heartbeat after which another process takes a run's lease over (the holder
#: touches it every quarter of this, so only a dead or hung holder goes stale)
LEASE_TIMEOUT = 300.0
#: folder of the lease files under the results folder
LEASES = "leases"


class NotCached(MedadError):
    """A run (or a DDPM) that is not in the results cache, asked for inside :func:`cache_only`."""


_CACHE_ONLY = threading.local()


@contextmanager
def cache_only() -> Iterator[None]:
    """Within the block, runs are served from the results cache or raise :class:`NotCached`; nothing fits.

    For pages that summarise others (the claims ledger, the dashboard): a row is served without its
    stored predictions or model, and :func:`medad_core.nn.diffusion.get_ddpm` trains no DDPM. The flag is
    per thread, so a batch worker elsewhere in the process keeps computing.
    """
    before = getattr(_CACHE_ONLY, "on", False)
    _CACHE_ONLY.on = True
    try:
        yield
    finally:
        _CACHE_ONLY.on = before


def is_cache_only() -> bool:
    """Whether this thread is inside :func:`cache_only`."""
    return getattr(_CACHE_ONLY, "on", False)


def results_dir(path: str | os.PathLike | None = None) -> Path:
    """``path``, else ``$MEDAD_RESULTS``, else ``results/`` at the repository root (or the cwd)."""
    if path is not None:
        return Path(path)
    if os.environ.get("MEDAD_RESULTS"):
        return Path(os.environ["MEDAD_RESULTS"])
    repo = Path(__file__).resolve().parents[1]
    return (repo if (repo / "pyproject.toml").is_file() else Path.cwd()) / "results"


def unique_temp_path(path: Path, suffix: str = ".tmp") -> Path:
    """A temporary name beside ``path`` that no other process or host can pick (host, pid, uuid).

    Args:
        path: the file that will be renamed into place.
        suffix: the temporary file's suffix (``.npz`` for numpy, which appends it otherwise).

    Returns:
        ``<dir>/.<name>.<host>.<pid>.<uuid>.tmp``; hidden, and not ``*.json``, so no reader globs it.
    """
    host = socket.gethostname().replace(os.sep, "_")
    return path.parent / f".{path.name}.{host}.{os.getpid()}.{uuid.uuid4().hex[:12]}{suffix}"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers never see a partial file (unique temporary, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = unique_temp_path(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- cache identity ---------------------------------------------------------------------------
def identity(config: RunConfig) -> dict[str, Any]:
    """Everything that changes the numbers of ``config``'s row; its hash is the cache key.

    Args:
        config: the run.

    Returns:
        ``config`` (as a dict, without its ``params``), ``params`` (the resolved method parameters:
        ``__init__`` defaults < the profile's ``profile_params`` < ``config.params``; ``progress`` left
        out as it only draws bars), ``method`` and ``method_version`` (:attr:`Detector.version`),
        ``medad_version``, ``data`` (the dataset spec fields the reader uses, the resolution actually
        read (:func:`data_size`), the mask binarisation, and for phantoms the generator version,
        counts, severity and data seed; also for the cross-domain source and external outliers), and
        ``schema_version``. Metadata only: no data is read.

    Raises:
        MedadError: an unknown method or dataset, or an unknown or ill-typed parameter.
    """
    cls = get_method(config.method)
    params = cls.resolved_params(
        config.profile, device=config.device, seed=config.seed, weights=config.weights, **config.params
    )
    params.pop("progress", None)
    size = _read_size(config, cls.input_size(params))
    protocol = config.protocol
    data_id: dict[str, Any] = {"dataset": _data_identity(config.dataset, config.data_root, config.layout, config, size)}
    if protocol.source_dataset is not None:
        data_id["source"] = _data_identity(
            protocol.source_dataset, protocol.source_data_root, protocol.source_layout, config, size
        )
    if protocol.outlier_dataset:  # external pseudo anomalies or SAOE's outlier exposure
        # outliers are read from the run's data root when it is real data, else their phantom
        data_id["outliers"] = _data_identity(protocol.outlier_dataset, config.data_root, None, config, size)
        # a multi-class source (MVTec AD): the classes kept after removing those overlapping the target
        plan = outlier_plan(protocol.outlier_dataset, config.dataset, config.data_root, config.layout)
        if plan is not None:
            data_id["outliers"]["classes"] = plan
    weights_source = cls.weights_identity(params, config.profile)
    if weights_source is not None:
        data_id["weights_source"] = weights_source
    return _json_safe(
        {
            "schema_version": SCHEMA_VERSION,
            # the user's params enter resolved (below), so spelling out a default is the same run
            "config": {k: v for k, v in config.to_dict().items() if k != "params"},
            "method": cls.name,
            "params": params,
            "method_version": str(cls.version),
            "medad_version": medad_version(),
            "data": data_id,
        }
    )


def _read_size(config: RunConfig, method_size: int | None) -> int:
    """The side the run's images are read at: the method's input size, else the dataset's for the profile."""
    if method_size is not None:
        return int(method_size)
    return int(data.get_spec(config.dataset).default_size(config.profile))


def data_size(config: RunConfig) -> int:
    """The side (pixels) at which ``config``'s images are read from the files.

    Args:
        config: the run.

    Returns:
        The method's :meth:`~medad_core.api.Detector.input_size` for its resolved parameters, else
        the dataset's size for the profile.

    Raises:
        MedadError: an unknown method or dataset, or an unknown or ill-typed parameter.
    """
    cls = get_method(config.method)
    params = cls.resolved_params(
        config.profile, device=config.device, seed=config.seed, weights=config.weights, **config.params
    )
    return _read_size(config, cls.input_size(params))


def _data_identity(
    name: str, data_root: str | None, layout: str | None, config: RunConfig, size: int
) -> dict[str, Any]:
    spec = data.get_spec(name)
    out: dict[str, Any] = {
        "name": spec.name,
        "layout": layout or spec.layout,
        "image_size": int(size),
        "channels": spec.channels,
        "has_masks": spec.has_masks,
        "mask_threshold": data.mask_threshold(layout or spec.layout),
        "options": spec.options,
    }
    if data_root is None:
        out.update(
            source="phantom",
            phantom=spec.phantom,
            phantom_version=data.PHANTOM_VERSION,
            counts=data.phantom_counts(spec, config.profile),
            severity=data.DEFAULT_SEVERITY[spec.phantom],
            anomaly_classes=spec.anomaly_classes,
            data_seed=config.data_seed,
        )
    else:
        out.update(source="files", data_root=str(data_root))
    return out


def cache_key(config: RunConfig) -> str:
    """First 16 hex digits of the SHA-256 of :func:`identity` (names ``runs/<key>.json``).

    Args:
        config: the run.

    Returns:
        The key.
    """
    return _identity_hash(identity(config))


def _identity_hash(ident: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(ident).encode()).hexdigest()[:16]


def medad_version() -> str:
    """The version of medad (package metadata of an installed medad, else ``medad_core.__version__``).

    Returns:
        The version string.
    """
    try:
        return importlib.metadata.version("medad")
    except importlib.metadata.PackageNotFoundError:
        return medad_core.__version__


def _row_path(config: RunConfig, root: Path, key: str | None = None) -> Path:
    return root / "runs" / f"{key or cache_key(config)}.json"


def cached_row(config: RunConfig, results: str | os.PathLike | None = None) -> dict[str, Any] | None:
    """The cached row of ``config``, or None (a corrupt or outdated cache file counts as absent).

    Args:
        config: the run; its :func:`cache_key` names the file, so a changed parameter, profile default,
            data spec or method version finds no row.
        results: the results folder.

    Returns:
        The row, or None.
    """
    path = _row_path(config, results_dir(results))
    if not path.is_file():
        return None
    try:
        payload = json.loads(path.read_text())
    except json.JSONDecodeError:
        return None
    if payload.get("schema_version") != SCHEMA_VERSION:
        return None
    return payload["row"]


@contextmanager
def _timer() -> Iterator[list[float]]:
    box = [0.0]
    start = time.perf_counter()
    try:
        yield box
    finally:
        box[0] = time.perf_counter() - start


def _json_safe(value: Any) -> Any:
    return json.loads(canonical_json(value))


def _load(config: RunConfig, setting: Setting, size: int):
    """TrainSet and test set of the run's dataset read at ``size``, and (cross-domain) the source TrainSet."""
    splits = data.load_splits(
        config.dataset,
        data_root=config.data_root,
        layout=config.layout,
        profile=config.profile,
        seed=config.data_seed,
        image_size=size,
    )
    # the open-set anomaly draw follows data_seed, as the data do: repeats over seed vary the model only
    draw_seed = config.data_seed if setting == Setting.OPEN_SET else config.seed
    train, test = data.make_trainset(splits, setting, config.protocol, draw_seed)
    source_train = source_splits = None
    protocol = config.protocol
    if protocol.source_dataset is not None:
        # the source is read at the target's size and channels so one network serves both domains
        source_splits = data.load_splits(
            protocol.source_dataset,
            data_root=protocol.source_data_root,
            layout=protocol.source_layout,
            profile=config.profile,
            seed=config.data_seed,
            image_size=splits.image_size,
            channels=splits.channels,
        )
        source_train, _ = data.make_trainset(source_splits, setting, protocol, draw_seed)
    return splits, train, test, source_splits, source_train


def _valid_maps(detector, splits, prediction) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Masks and maps of the valid split when it has pixel masks and the method localises (for dice_bmad)."""
    valid = splits.valid
    if prediction.maps is None or valid is None or not valid.has_masks or len(valid) == 0:
        return None, None
    masks = valid.masks_tensor()
    if masks is None or not bool(masks.any()):
        return None, None
    return masks.numpy(), detector.predict(valid).maps


def execute(
    config: RunConfig,
    keep_predictions: bool = False,
    results: str | os.PathLike | None = None,
    keep_embeddings: bool = False,
    keep_model: bool = False,
) -> dict[str, Any]:
    """Run ``config`` now (no cache lookup) and return its row; appends one line to ``fits.log``.

    ``keep_model`` also writes the checkpoint (with the valid split's thresholds) to
    ``results/models/<key>.pt``.
    """
    setting = Setting.parse(config.setting)
    method_cls = get_method(config.method)
    ident = identity(config)  # checks the parameters before any data is read
    detector = method_cls.for_profile(
        config.profile, device=config.device, seed=config.seed, weights=config.weights, **config.params
    )
    size = int(ident["data"]["dataset"]["image_size"])
    splits, train, test, source_splits, source_train = _load(config, setting, size)
    adapt_time = [0.0]
    with PeakMemory(interval=0.02, device=config.device) as memory:
        with _timer() as fit_time:
            detector.fit(source_train if source_train is not None else train)
        if source_train is not None:
            # DRA App. C.3: fine-tune the source model on the target's (normal) training images
            with _timer() as adapt_time:
                detector.adapt(train)
        with _timer() as predict_time:
            prediction = detector.predict(test)
    embeddings = detector.embed(test) if keep_embeddings else None
    valid_masks, valid_maps = _valid_maps(detector, splits, prediction)
    labels = test.labels
    masks = test.masks_tensor()
    masks_np = masks.numpy() if masks is not None else None
    scores = metrics.evaluate(
        labels, prediction.scores, masks_np, prediction.maps, valid_masks=valid_masks, valid_maps=valid_maps
    )
    row: dict[str, Any] = {
        "method": method_cls.name,
        "dataset": config.dataset,
        "source_dataset": config.protocol.source_dataset,
        "setting": setting.value,
        "profile": config.profile,
        "seed": config.seed,
        "device": config.device,
        "weights_policy": config.weights,
        **{f"protocol_{k}": v for k, v in config.to_dict()["protocol"].items()},
        "params": canonical_json(config.params),
        **scores,
        # image-level extras (DRA's heads, DDAD's six scores): AUROC and AP of each, so one fit fills every row
        "extras": {
            key: {
                "image_auroc": metrics.image_auroc(labels, np.asarray(value, dtype=np.float64)),
                "image_ap": metrics.image_ap(labels, np.asarray(value, dtype=np.float64)),
            }
            for key, value in prediction.extras.items()
            if np.ndim(value) == 1 and len(value) == len(labels) and np.isfinite(value).all()
        },
        "fit_seconds": fit_time[0],
        "adapt_seconds": adapt_time[0] if source_train is not None else None,
        "predict_seconds": predict_time[0],
        "predict_ms_per_image": 1000 * predict_time[0] / max(len(test), 1),
        "peak_memory_mb": memory.peak_rss_mb,
        "peak_memory_added_mb": memory.added_rss_mb,
        "peak_gpu_memory_mb": memory.peak_cuda_mb,
        "n_params": detector.num_parameters(),
        "weights": detector.weights_used,
        "data_source": splits.source,
        "n_train": {
            part: len(getattr(train, part))
            for part in ("normal", "anomalies", "outliers", "unlabelled")
            if getattr(train, part) is not None
        },
        "n_test": len(test),
        "n_valid": len(valid_masks) if valid_masks is not None else None,
        "image_shape": list(test.image_shape()),
        "data_size": size,
        "split": train.split,
        "fit_info": detector.fit_info,
        "model_kept": bool(keep_model),
        "config_hash": config.config_hash(),
        "cache_key": _identity_hash(ident),
        "identity": ident,
        "config": config.to_dict(),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    if source_train is not None:
        row["source_data_source"] = source_splits.source
        row["source_split"] = source_train.split
        row["n_source_train"] = {
            part: len(getattr(source_train, part))
            for part in ("normal", "anomalies", "outliers", "unlabelled")
            if getattr(source_train, part) is not None
        }
    row = _json_safe(row)
    root = results_dir(results)
    if keep_predictions:
        save_predictions(config, test, prediction, root)
    if embeddings is not None:
        save_embeddings(config, test, embeddings, root)
    if keep_model:
        detector.thresholds = valid_thresholds(detector, train.valid)
        detector.save(_model_path(root, row["cache_key"]), config_hash=row["config_hash"], cache_key=row["cache_key"])
    _log_fit(root, config, row)
    return row


def _log_fit(root: Path, config: RunConfig, row: dict[str, Any]) -> None:
    """One JSON line per real fit in ``<results>/fits.log`` (a warm rerun adds none)."""
    entry = {
        "time": row["finished_at"],
        "config_hash": config.config_hash(),
        "cache_key": row["cache_key"],
        "method": row["method"],
        "dataset": row["dataset"],
        "profile": row["profile"],
        "seed": row["seed"],
        "fit_seconds": round(row["fit_seconds"], 3),
    }
    root.mkdir(parents=True, exist_ok=True)
    # one short write in append mode: concurrent workers' lines do not interleave
    with open(root / FITS_LOG, "a") as handle:
        handle.write(json.dumps(entry, sort_keys=True) + "\n")


def read_fits_log(results: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """The entries of ``<results>/fits.log``, oldest first (empty when nothing was fitted)."""
    path = results_dir(results) / FITS_LOG
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


# -- leases: one process computes a config, the others wait for its row ---------------------------
def lease_path(results: str | os.PathLike | None, key: str) -> Path:
    """The lease file of cache key ``key`` (``<results>/leases/<key>.lease``)."""
    return results_dir(results) / LEASES / f"{key}.lease"


def _pid_gone(pid: int) -> bool:
    """True when no live process ``pid`` exists on this host (a zombie counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # another user's live process
        return False
    try:  # a killed worker can linger as a zombie until its parent reaps it
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def read_lease(path: Path) -> dict[str, Any] | None:
    """The lease at ``path`` with its ``age`` (seconds since the last heartbeat), or None when absent.

    Args:
        path: a lease file (:func:`lease_path`).

    Returns:
        The holder's record (worker, host, pid, started, timeout, token, run) plus ``age``; an
        unreadable file (written by another tool) reads as ``{"age": ...}`` alone.
    """
    try:
        age = time.time() - path.stat().st_mtime
        text = path.read_text()
    except FileNotFoundError:
        return None
    try:
        info = json.loads(text)
    except json.JSONDecodeError:
        info = {}
    if not isinstance(info, dict):
        info = {}
    return {**info, "age": max(age, 0.0)}


def _stale_reason(info: dict[str, Any]) -> str | None:
    """Why the lease ``info`` may be taken over (None: its holder is alive)."""
    timeout = float(info.get("timeout") or LEASE_TIMEOUT)
    if info["age"] > timeout:
        return f"no heartbeat for {info['age']:.0f} s (timeout {timeout:g} s)"
    pid = info.get("pid")
    if info.get("host") == socket.gethostname() and isinstance(pid, int) and pid != os.getpid() and _pid_gone(pid):
        return f"its process {pid} on this host is gone"
    return None


@dataclass
class Lease:
    """A held lease: the file, the holder's record, and the heartbeat that keeps it fresh.

    Use :func:`acquire_lease`; :meth:`release` (or leaving the ``with`` block) stops the heartbeat and
    removes the file if it is still this holder's.
    """

    path: Path
    info: dict[str, Any]
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def _beat(self) -> None:
        interval = max(0.05, float(self.info["timeout"]) / 4)
        while not self._stop.wait(interval):
            try:
                os.utime(self.path)
            except OSError:  # taken over or removed: nothing left to keep fresh
                return

    def start(self) -> Lease:
        """Start the heartbeat thread; returns the lease."""
        self._thread = threading.Thread(target=self._beat, name=f"lease-{self.path.stem}", daemon=True)
        self._thread.start()
        return self

    def release(self) -> None:
        """Stop the heartbeat and remove the lease file if this holder still owns it."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        current = read_lease(self.path)
        if current is not None and current.get("token") == self.info["token"]:
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _create_lease(path: Path, info: dict[str, Any]) -> bool:
    """Create ``path`` holding ``info`` whole, atomically; False when it already exists.

    The record goes to a unique temporary file first and is hard-linked to ``path``: ``link`` fails
    when the name exists (also on NFS), so exactly one creator wins and nobody reads a half record.
    """
    tmp = unique_temp_path(path)
    tmp.write_text(json.dumps(info, sort_keys=True))
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)


def _take_over(path: Path, stale: dict[str, Any]) -> None:
    """Remove the stale lease ``stale`` unless someone replaced it meanwhile (serialised by flock)."""
    lock_path = path.parent / ".takeover.lock"
    with open(lock_path, "a") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        current = read_lease(path)
        if current is not None and current.get("token") == stale.get("token"):
            path.unlink(missing_ok=True)


def acquire_lease(
    results: str | os.PathLike | None,
    key: str,
    *,
    timeout: float | None = None,
    worker: str | None = None,
    run_label: str = "",
) -> Lease | None:
    """Take the lease of cache key ``key``; None while another live process holds it.

    Args:
        results: the results folder.
        key: the run's :func:`cache_key`.
        timeout: seconds without a heartbeat after which others may take it over (default
            :data:`LEASE_TIMEOUT`).
        worker: the holder's name in the record (a Dask worker's address; default ``host:pid``).
        run_label: what the run is (method/dataset/seed), for people reading the file.

    Returns:
        The held :class:`Lease` (its heartbeat running), or None when a live holder has it.
    """
    path = lease_path(results, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    host, pid = socket.gethostname(), os.getpid()
    info = {
        "worker": worker or f"{host}:{pid}",
        "host": host,
        "pid": pid,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "started_unix": time.time(),
        "timeout": float(timeout or LEASE_TIMEOUT),
        "token": uuid.uuid4().hex,
        "run": run_label,
    }
    for _ in range(5):
        if _create_lease(path, info):
            return Lease(path, info).start()
        held = read_lease(path)
        if held is None:
            continue  # released between our attempt and the read: try again
        if _stale_reason(held) is None:
            return None
        _take_over(path, held)
    return None


def servable_row(
    config: RunConfig,
    results: str | os.PathLike | None = None,
    use_cache: bool = True,
    keep_predictions: bool = False,
    keep_embeddings: bool = False,
    keep_model: bool = False,
) -> dict[str, Any] | None:
    """The cached row of ``config`` if :func:`run` would serve it (its requested arrays stored too), else None.

    Args:
        config: the run.
        results: the results folder.
        use_cache: False: always None (the run is recomputed).
        keep_predictions: the stored predictions must exist too.
        keep_embeddings: the stored embeddings must exist too.
        keep_model: the stored model checkpoint must exist too.

    Returns:
        The row, or None.
    """
    root = results_dir(results)
    row = cached_row(config, root) if use_cache else None
    if row is None:
        return None
    if keep_predictions and not _predictions_path(config, root).is_file():
        return None
    if keep_embeddings and not _embeddings_path(config, root).is_file():
        return None
    if keep_model and not _model_path(root, cache_key(config)).is_file():
        return None
    return row


def run_status(
    config: RunConfig,
    results: str | os.PathLike | None = None,
    *,
    use_cache: bool = True,
    keep_predictions: bool = False,
    keep_embeddings: bool = False,
    keep_model: bool = False,
    lease: bool = True,
    lease_timeout: float | None = None,
    on_busy: str = "wait",
    poll: float = 0.25,
    worker: str | None = None,
) -> tuple[dict[str, Any] | None, str]:
    """:func:`run` that also says where the row came from; the batch scheduler's entry point.

    Args:
        config: the run.
        results: the results folder.
        use_cache: False recomputes even when a cached row exists.
        keep_predictions: see :func:`run`.
        keep_embeddings: see :func:`run`.
        keep_model: see :func:`run`.
        lease: take a lease (module docstring) before computing; False computes without one.
        lease_timeout: seconds without a heartbeat before others take the lease over.
        on_busy: ``"wait"`` for another holder's row (taking the lease over if it goes stale, or
            computing if the holder gives up without a row), or ``"skip"``: return ``(None, "busy")``.
        poll: seconds between looks at the cache while waiting.
        worker: the lease holder's name.

    Returns:
        ``(row, status)`` with status ``"cached"`` (from the cache, also when another process just
        wrote it), ``"computed"`` (fitted here) or ``"busy"`` (``on_busy="skip"`` only; row None).
    """
    if on_busy not in ("wait", "skip"):
        raise MedadError(f"on_busy must be 'wait' or 'skip', got {on_busy!r}")
    root = results_dir(results)
    key = cache_key(config)
    if is_cache_only():
        row = cached_row(config, root)
        if row is None:
            raise NotCached(f"not in the results cache: {config.method} on {config.dataset}, seed {config.seed}")
        return row, "cached"

    def usable() -> dict[str, Any] | None:
        return servable_row(config, root, use_cache, keep_predictions, keep_embeddings, keep_model)

    def compute() -> dict[str, Any]:
        row = execute(
            config,
            keep_predictions=keep_predictions,
            results=root,
            keep_embeddings=keep_embeddings,
            keep_model=keep_model,
        )
        atomic_write_text(
            _row_path(config, root, key),
            json.dumps({"schema_version": SCHEMA_VERSION, "row": row}, indent=1, sort_keys=True),
        )
        return row

    row = usable()
    if row is not None:
        return row, "cached"
    if not lease:
        return compute(), "computed"
    label = f"{config.method}/{config.dataset}/seed {config.seed}"
    while True:
        held = acquire_lease(root, key, timeout=lease_timeout, worker=worker, run_label=label)
        if held is not None:
            with held:
                # the previous holder may have finished between our cache look and the lease
                row = usable()
                return (row, "cached") if row is not None else (compute(), "computed")
        if on_busy == "skip":
            return None, "busy"
        time.sleep(poll)
        row = usable()
        if row is not None:
            return row, "cached"


def run(
    config: RunConfig,
    results: str | os.PathLike | None = None,
    *,
    use_cache: bool = True,
    keep_predictions: bool = False,
    keep_embeddings: bool = False,
    keep_model: bool = False,
    lease: bool = True,
    lease_timeout: float | None = None,
) -> dict[str, Any]:
    """The result row of ``config``: from the cache when present, else computed and cached.

    Args:
        config: the run.
        results: the results folder (default: :func:`results_dir`).
        use_cache: False recomputes even when a cached row exists.
        keep_predictions: also store image scores and (float16) maps of the test set under
            ``results/predictions/<hash>.npz`` for figures that need them.
        keep_embeddings: also store ``detector.embed(test)`` under ``results/embeddings/<hash>.npz``
            (:func:`load_embeddings`; t-SNE figures).
        keep_model: also store the fitted detector's checkpoint under ``results/models/<key>.pt``
            (:func:`load_model`; ``medad predict --run KEY``), with the valid split's thresholds.
        lease: take the config's lease before computing, so that a process computing the same
            config elsewhere (another notebook, a ``medad batch`` worker) is waited for instead of
            repeated; False computes without one.
        lease_timeout: seconds without a heartbeat after which a lease counts as abandoned
            (default :data:`LEASE_TIMEOUT`).

    Returns:
        The result row (a JSON-safe dict). A cached row whose requested predictions or embeddings
        were not stored is recomputed.
    """
    row, _ = run_status(
        config,
        results,
        use_cache=use_cache,
        keep_predictions=keep_predictions,
        keep_embeddings=keep_embeddings,
        keep_model=keep_model,
        lease=lease,
        lease_timeout=lease_timeout,
    )
    return row


def run_many(
    configs: Iterable[RunConfig],
    results: str | os.PathLike | None = None,
    *,
    errors: str = "raise",
    keep_predictions: bool = False,
    keep_embeddings: bool = False,
    keep_model: bool = False,
    progress: bool = True,
    desc: str = "runs",
):
    """Run a batch (resumable: finished configs come from the cache) and return a DataFrame of rows.

    ``errors="record"`` keeps going past a failing config and stores its error in the row (not in
    the cache, so a rerun tries it again); ``"raise"`` stops at the first failure.
    """
    configs = list(configs)
    rows = []
    for config in bar(configs, total=len(configs), desc=desc, enable=progress, leave=True):
        try:
            rows.append(
                run(
                    config,
                    results,
                    keep_predictions=keep_predictions,
                    keep_embeddings=keep_embeddings,
                    keep_model=keep_model,
                )
            )
        except Exception as err:  # noqa: BLE001 - recorded for the table, re-raised on request
            if errors == "raise":
                raise
            rows.append(error_row(config, err, traceback.format_exc(limit=5)))
    return pd.DataFrame(rows)


def error_row(config: RunConfig, err: BaseException | str, trace: str = "") -> dict[str, Any]:
    """The row of a failed config (``errors="record"``; never cached, so a rerun tries it again).

    Args:
        config: the run.
        err: the exception, or its text.
        trace: the formatted traceback.

    Returns:
        method, dataset, seed, profile, setting, config_hash, config, ``error`` and ``traceback``.
    """
    return {
        "method": config.method,
        "dataset": config.dataset,
        "seed": config.seed,
        "profile": config.profile,
        "setting": config.setting,
        "config_hash": config.config_hash(),
        "config": config.to_dict(),
        "error": err if isinstance(err, str) else f"{type(err).__name__}: {err}",
        "traceback": trace,
    }


def run_seeds(
    config: RunConfig, seeds: Sequence[int] | None = None, results: str | os.PathLike | None = None, **kwargs: Any
):
    """``config`` repeated over ``seeds`` (default: the profile's seeds); returns the DataFrame of rows."""
    seeds = PROFILE_SEEDS[config.profile] if seeds is None else list(seeds)
    return run_many([config.replace(seed=int(s)) for s in seeds], results, **kwargs)


# -- stored predictions (for figures) ---------------------------------------------------------
def _predictions_path(config: RunConfig, root: Path) -> Path:
    return root / "predictions" / f"{cache_key(config)}.npz"


def _save_npz(path: Path, arrays: dict[str, np.ndarray]) -> Path:
    """Write ``arrays`` to ``path`` atomically (temporary file in the same folder, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = unique_temp_path(path, suffix=".npz")
    try:
        np.savez_compressed(tmp, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def save_predictions(config: RunConfig, test, prediction, results: str | os.PathLike | None = None) -> Path:
    """Store the test set's scores, (float16) maps and extras of ``config``; returns the file."""
    arrays: dict[str, np.ndarray] = {
        "scores": prediction.scores,
        "labels": test.labels,
        "anomaly_classes": np.array(test.anomaly_classes),
        "paths": np.array(test.paths),
    }
    if prediction.maps is not None:
        arrays["maps"] = prediction.maps.astype(np.float16)
    for key, value in prediction.extras.items():
        arrays[f"extra_{key}"] = value
    return _save_npz(_predictions_path(config, results_dir(results)), arrays)


def load_predictions(config: RunConfig, results: str | os.PathLike | None = None) -> dict[str, np.ndarray]:
    """Stored predictions of ``config`` (run it with ``keep_predictions=True`` first)."""
    path = _predictions_path(config, results_dir(results))
    if not path.is_file():
        raise MedadError(
            f"no stored predictions for {config.method}/{config.dataset} (hash "
            f"{cache_key(config)}); run it with keep_predictions=True"
        )
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


# -- stored embeddings (t-SNE figures) --------------------------------------------------------
def _embeddings_path(config: RunConfig, root: Path) -> Path:
    return root / "embeddings" / f"{cache_key(config)}.npz"


def save_embeddings(config: RunConfig, test, embeddings: np.ndarray, results: str | os.PathLike | None = None) -> Path:
    """Store ``detector.embed(test)`` of ``config`` with the test set's labels, classes and paths."""
    embeddings = np.asarray(embeddings, dtype=np.float32)
    if embeddings.ndim != 2 or len(embeddings) != len(test):
        raise MedadError(f"embed() must return (N, D) with N={len(test)} test images; got {embeddings.shape}")
    arrays = {
        "embeddings": embeddings,
        "labels": test.labels,
        "anomaly_classes": np.array(test.anomaly_classes),
        "paths": np.array(test.paths),
    }
    return _save_npz(_embeddings_path(config, results_dir(results)), arrays)


def load_embeddings(config: RunConfig, results: str | os.PathLike | None = None) -> dict[str, np.ndarray]:
    """Stored embeddings of ``config``: ``embeddings`` (N, D), ``labels``, ``anomaly_classes``, ``paths``.

    Args:
        config: the run (run it with ``keep_embeddings=True`` first).
        results: the results folder.

    Returns:
        The arrays by name.
    """
    path = _embeddings_path(config, results_dir(results))
    if not path.is_file():
        raise MedadError(
            f"no stored embeddings for {config.method}/{config.dataset} (hash "
            f"{cache_key(config)}); run it with keep_embeddings=True"
        )
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


# -- stored models (``keep_model``, ``medad predict --run``) -------------------------------------
def _model_path(root: Path, key: str) -> Path:
    return root / "models" / f"{key}.pt"


def keep_model_path(config_or_key: RunConfig | str, results: str | os.PathLike | None = None) -> Path:
    """The checkpoint file of a run kept with ``keep_model``.

    Args:
        config_or_key: the run's config, its cache key (the row's file name, ``cache_key`` in the
            row) or its config hash (``config_hash`` in the row), or a unique prefix of either.
        results: the results folder.

    Returns:
        The path of ``results/models/<key>.pt``.

    Raises:
        MedadError: no kept model matches (the message says how to keep one), or a prefix matches several.
    """
    root = results_dir(results)
    if isinstance(config_or_key, RunConfig):
        path = _model_path(root, cache_key(config_or_key))
        if not path.is_file():
            raise MedadError(
                f"no kept model for {config_or_key.method}/{config_or_key.dataset} (key {path.stem}); "
                "run it with keep_model=True (medad run ... --keep-model)"
            )
        return path
    text = str(config_or_key).strip()
    path = _model_path(root, text)
    if path.is_file():
        return path
    matches = {p for p in (root / "models").glob(f"{text}*.pt")} if text else set()
    # a config hash names the run too: find the rows that carry it
    for row_path, payload in _stored_rows(root):
        row = (payload or {}).get("row") or {}
        if str(row.get("config_hash", "")).startswith(text) and text:
            candidate = _model_path(root, row_path.stem)
            if candidate.is_file():
                matches.add(candidate)
    if len(matches) == 1:
        return matches.pop()
    if len(matches) > 1:
        names = ", ".join(sorted(p.stem for p in matches))
        raise MedadError(f"{text!r} matches several kept models ({names}); give more digits")
    raise MedadError(
        f"no kept model {text!r} under {root / 'models'}; run the method with --keep-model (medad run ... "
        "--keep-model --json prints cache_key and config_hash)"
    )


def load_model(config_or_key: RunConfig | str, results: str | os.PathLike | None = None, *, device: str | None = None):
    """The fitted detector a run kept (``run(..., keep_model=True)`` or ``medad run --keep-model``).

    Args:
        config_or_key: the run's config, its cache key or config hash (or a unique prefix).
        results: the results folder.
        device: load onto this device instead of the run's.

    Returns:
        The :class:`~medad_core.api.Detector`, fitted, with ``thresholds`` from the valid split when
        the run had one.

    Raises:
        MedadError: no such kept model, or an unreadable checkpoint.
    """
    from medad_core.api import Detector  # noqa: PLC0415

    return Detector.load(keep_model_path(config_or_key, results), device=device)


def _f1_threshold(masks: np.ndarray, values: np.ndarray) -> float | None:
    if masks.all() or not masks.any():
        return None
    return float(metrics.f1_optimal_threshold(masks, values))


def valid_thresholds(detector, valid) -> dict[str, Any] | None:
    """Decision thresholds of a fitted detector chosen on the valid split (stored with a kept model).

    ``image``: the F1-optimal threshold of the valid image scores (anomalib's ``F1AdaptiveThreshold``
    on images: an image is anomalous when its score >= it); ``pixel``: the F1-optimal pixel threshold
    of the valid maps (the threshold of BMAD's ``dice_bmad``), with the maps' ``pixel_min`` /
    ``pixel_max`` over the valid split (a fixed colour scale for overlays). Raw score units.

    Args:
        detector: the fitted detector.
        valid: the valid split (an ImageSet) or None.

    Returns:
        The thresholds (None where the split cannot decide one: a single class, no masks), or None
        when there is no valid split.
    """
    if valid is None or len(valid) == 0:
        return None
    labels = valid.labels
    prediction = detector.predict(valid)
    scores, valid_maps = prediction.scores, prediction.maps
    valid_masks = valid.masks_tensor().numpy() if valid.has_masks and valid_maps is not None else None
    out: dict[str, Any] = {
        "image": _f1_threshold(labels.astype(bool).reshape(-1, 1, 1), np.asarray(scores).reshape(-1, 1, 1)),
        "pixel": None,
        "source": f"F1-optimal on the valid split ({len(labels)} images, {int(labels.sum())} anomalous)",
        "n_valid": len(labels),
    }
    if valid_maps is not None:
        out["pixel_min"], out["pixel_max"] = float(np.min(valid_maps)), float(np.max(valid_maps))
        if valid_masks is not None:
            out["pixel"] = _f1_threshold(np.asarray(valid_masks, dtype=bool), valid_maps)
    return out


# -- cache maintenance (``medad cache ls|stale|prune``) -----------------------------------------
def _stored_rows(root: Path) -> Iterator[tuple[Path, dict[str, Any] | None]]:
    for path in sorted((root / "runs").glob("*.json")):
        try:
            payload = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            yield path, None
            continue
        yield path, payload if isinstance(payload, dict) else None


def _summary(path: Path, payload: dict[str, Any] | None) -> dict[str, Any]:
    row = (payload or {}).get("row") or {}
    return {
        "hash": path.stem,
        "method": row.get("method"),
        "dataset": row.get("dataset"),
        "profile": row.get("profile"),
        "seed": row.get("seed"),
        "finished_at": row.get("finished_at"),
    }


def _staleness(path: Path, payload: dict[str, Any] | None) -> str | None:
    """Why the stored row no longer matches the current code (None: it still does)."""
    if payload is None or "row" not in payload:
        return "unreadable file"
    if payload.get("schema_version") != SCHEMA_VERSION:
        return f"row format {payload.get('schema_version')} (current {SCHEMA_VERSION})"
    row = payload["row"]
    try:
        current = identity(RunConfig.from_dict(row["config"]))
    except (MedadError, KeyError, TypeError) as err:
        return f"config no longer valid: {err}".splitlines()[0]
    if _identity_hash(current) == path.stem:
        return None
    stored = row.get("identity") or {}
    changed = sorted(k for k in set(current) | set(stored) if current.get(k) != stored.get(k))
    return "changed: " + ", ".join(changed) if changed else "key differs"


def cache_rows(results: str | os.PathLike | None = None, *, stale_only: bool = False) -> list[dict[str, Any]]:
    """The cached rows (hash, method, dataset, profile, seed, finished_at, and why stale).

    Args:
        results: the results folder.
        stale_only: only the rows that no longer match the current code (their identity, recomputed
            from the stored config, hashes to another key).

    Returns:
        One summary per row file, ``stale`` holding the reason or None.
    """
    out = []
    for path, payload in _stored_rows(results_dir(results)):
        summary = {**_summary(path, payload), "stale": _staleness(path, payload)}
        if summary["stale"] or not stale_only:
            out.append(summary)
    return out


def prune_cache(results: str | os.PathLike | None = None, *, everything: bool = False) -> list[dict[str, Any]]:
    """Remove the stale rows (``everything``: all rows) with their stored predictions and embeddings.

    Files are first moved (atomic renames) into one hidden folder that is then deleted, so a
    concurrent reader sees a row either complete or absent.

    Args:
        results: the results folder.
        everything: remove every cached row, stale or not.

    Returns:
        The summaries of the removed rows.
    """
    root = results_dir(results)
    doomed = cache_rows(root, stale_only=not everything)
    # trained pieces that rows share (cached DDPMs, BMAD's probe rows) carry no row of their own: only
    # ``everything`` removes them, since a stale row cannot tell whether another row still uses them
    shared = shared_artifacts(root) if everything else []
    if not doomed and not shared:
        return []
    trash = Path(tempfile.mkdtemp(prefix=".prune-", dir=root))
    try:
        for summary in doomed:
            for sub, ext in (("runs", ".json"), ("predictions", ".npz"), ("embeddings", ".npz"), ("models", ".pt")):
                path = root / sub / f"{summary['hash']}{ext}"
                if path.is_file():
                    os.replace(path, trash / f"{sub}-{path.name}")
        for path in shared:
            os.replace(path, trash / f"{path.parent.name}-{path.name}")
    finally:
        shutil.rmtree(trash, ignore_errors=True)
    return doomed


def shared_artifacts(results: str | os.PathLike | None = None) -> list[Path]:
    """The trained pieces several rows may share: cached DDPMs (``ddpm/*.pt``) and probe rows (``probes/``).

    ``medad cache prune --all`` removes them with the rows; the plain prune keeps them.

    Args:
        results: the results folder.

    Returns:
        Their paths, sorted.
    """
    root = results_dir(results)
    return sorted([*(root / "ddpm").glob("*.pt"), *(root / "probes").glob("*.json")])
