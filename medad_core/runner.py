"""Experiment runner: RunConfig -> fit -> predict -> metrics -> one JSON result row, cached by config hash.

``run(config)`` returns the cached row when ``results/runs/<hash>.json`` exists; otherwise it loads
the data (:func:`medad_core.data.load_splits` / :func:`~medad_core.data.make_trainset`), builds the
method from the registry with its profile's hyper-parameters, fits, predicts, evaluates, and
writes the row atomically (temporary file, then rename). ``run_many`` runs a batch: a killed batch
resumes where it stopped because every finished config is already cached.

A row holds the config fields flattened (method, dataset, setting, profile, seed, ...), the
metrics (image_auroc, image_ap, f1_max, pixel_auroc, pro, dice; None where not applicable), wall
times of fit and predict, peak memory (CPU RSS during the run, and GPU when on CUDA:
``peak_memory_mb`` is the process's peak, ``peak_memory_added_mb`` the part above what the
process held when the run started), the parameter count, the weights actually used, the data
source, the split record and the full ``config``.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

from medad_core.api import MedadError, Setting
from medad_core.config import RunConfig, canonical_json

__all__ = ["SCHEMA_VERSION", "results_dir", "cached_row", "run", "run_many", "run_seeds", "save_predictions",
           "load_predictions", "atomic_write_text", "PROFILE_SEEDS"]

SCHEMA_VERSION = 1
#: default seeds per profile (the papers use 3 or 5 repeats)
PROFILE_SEEDS = {"smoke": [0], "quick": [0, 1, 2], "paper": [0, 1, 2, 3, 4]}


def results_dir(path: str | os.PathLike | None = None) -> Path:
    """``path``, else ``$MEDAD_RESULTS``, else ``results/`` at the repository root (or the cwd)."""
    if path is not None:
        return Path(path)
    if os.environ.get("MEDAD_RESULTS"):
        return Path(os.environ["MEDAD_RESULTS"])
    repo = Path(__file__).resolve().parents[1]
    return (repo if (repo / "pyproject.toml").is_file() else Path.cwd()) / "results"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _row_path(config: RunConfig, root: Path) -> Path:
    return root / "runs" / f"{config.config_hash()}.json"


def cached_row(config: RunConfig, results: str | os.PathLike | None = None) -> dict[str, Any] | None:
    """The cached row of ``config``, or None (a corrupt or outdated cache file counts as absent)."""
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


def execute(config: RunConfig, keep_predictions: bool = False, results: str | os.PathLike | None = None
            ) -> dict[str, Any]:
    """Run ``config`` now (no cache lookup) and return its row."""
    from medad_core import data, metrics
    from medad_core.efficiency import PeakMemory
    from medad_core.registry import get_method

    setting = Setting.parse(config.setting)
    method_cls = get_method(config.method)
    splits = data.load_splits(config.dataset, data_root=config.data_root, layout=config.layout,
                              profile=config.profile, seed=config.data_seed)
    train, test = data.make_trainset(splits, setting, config.protocol, config.seed)
    detector = method_cls.for_profile(config.profile, device=config.device, seed=config.seed,
                                      weights=config.weights, **config.params)
    with PeakMemory(interval=0.02, device=config.device) as memory:
        with _timer() as fit_time:
            detector.fit(train)
        with _timer() as predict_time:
            prediction = detector.predict(test)
    labels = test.labels
    masks = test.masks_tensor()
    masks_np = masks.numpy() if masks is not None else None
    scores = metrics.evaluate(labels, prediction.scores, masks_np, prediction.maps)
    row: dict[str, Any] = {
        "method": method_cls.name,
        "dataset": config.dataset,
        "setting": setting.value,
        "profile": config.profile,
        "seed": config.seed,
        "device": config.device,
        "weights_policy": config.weights,
        **{f"protocol_{k}": v for k, v in config.to_dict()["protocol"].items()},
        "params": canonical_json(config.params),
        **scores,
        "fit_seconds": fit_time[0],
        "predict_seconds": predict_time[0],
        "predict_ms_per_image": 1000 * predict_time[0] / max(len(test), 1),
        "peak_memory_mb": memory.peak_rss_mb,
        "peak_memory_added_mb": memory.added_rss_mb,
        "peak_gpu_memory_mb": memory.peak_cuda_mb,
        "n_params": detector.num_parameters(),
        "weights": detector.weights_used,
        "data_source": splits.source,
        "n_train": {part: len(getattr(train, part)) for part in ("normal", "anomalies", "outliers", "unlabelled")
                    if getattr(train, part) is not None},
        "n_test": len(test),
        "image_shape": list(test.image_shape()),
        "split": train.split,
        "fit_info": detector.fit_info,
        "config_hash": config.config_hash(),
        "config": config.to_dict(),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    row = _json_safe(row)
    if keep_predictions:
        save_predictions(config, test, prediction, results)
    return row


def run(config: RunConfig, results: str | os.PathLike | None = None, *, use_cache: bool = True,
        keep_predictions: bool = False) -> dict[str, Any]:
    """The result row of ``config``: from the cache when present, else computed and cached.

    ``keep_predictions`` also stores image scores and (float16) maps of the test set under
    ``results/predictions/<hash>.npz`` for figures that need them.
    """
    root = results_dir(results)
    if use_cache:
        row = cached_row(config, root)
        if row is not None and (not keep_predictions or _predictions_path(config, root).is_file()):
            return row
    row = execute(config, keep_predictions=keep_predictions, results=root)
    atomic_write_text(_row_path(config, root),
                      json.dumps({"schema_version": SCHEMA_VERSION, "row": row}, indent=1, sort_keys=True))
    return row


def run_many(configs: Iterable[RunConfig], results: str | os.PathLike | None = None, *,
             errors: str = "raise", keep_predictions: bool = False, progress: bool = True,
             desc: str = "runs"):
    """Run a batch (resumable: finished configs come from the cache) and return a DataFrame of rows.

    ``errors="record"`` keeps going past a failing config and stores its error in the row (not in
    the cache, so a rerun tries it again); ``"raise"`` stops at the first failure.
    """
    import pandas as pd

    from medad_core.progress import progress as bar

    configs = list(configs)
    rows = []
    for config in bar(configs, total=len(configs), desc=desc, enable=progress, leave=True):
        try:
            rows.append(run(config, results, keep_predictions=keep_predictions))
        except Exception as err:  # noqa: BLE001 - recorded for the table, re-raised on request
            if errors == "raise":
                raise
            rows.append({"method": config.method, "dataset": config.dataset, "seed": config.seed,
                         "profile": config.profile, "setting": config.setting,
                         "config_hash": config.config_hash(), "config": config.to_dict(),
                         "error": f"{type(err).__name__}: {err}",
                         "traceback": traceback.format_exc(limit=5)})
    return pd.DataFrame(rows)


def run_seeds(config: RunConfig, seeds: Sequence[int] | None = None, results: str | os.PathLike | None = None,
              **kwargs: Any):
    """``config`` repeated over ``seeds`` (default: the profile's seeds); returns the DataFrame of rows."""
    seeds = PROFILE_SEEDS[config.profile] if seeds is None else list(seeds)
    return run_many([config.replace(seed=int(s)) for s in seeds], results, **kwargs)


# -- stored predictions (for figures) ---------------------------------------------------------
def _predictions_path(config: RunConfig, root: Path) -> Path:
    return root / "predictions" / f"{config.config_hash()}.npz"


def save_predictions(config: RunConfig, test, prediction, results: str | os.PathLike | None = None) -> Path:
    root = results_dir(results)
    path = _predictions_path(config, root)
    path.parent.mkdir(parents=True, exist_ok=True)
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
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    os.close(fd)
    try:
        np.savez_compressed(tmp, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_predictions(config: RunConfig, results: str | os.PathLike | None = None) -> dict[str, np.ndarray]:
    """Stored predictions of ``config`` (run it with ``keep_predictions=True`` first)."""
    path = _predictions_path(config, results_dir(results))
    if not path.is_file():
        raise MedadError(f"no stored predictions for {config.method}/{config.dataset} (hash "
                         f"{config.config_hash()}); run it with keep_predictions=True")
    with np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}
