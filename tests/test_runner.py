"""Runner: one JSON row per config, cached by hash, atomic writes, resumable batches."""

from __future__ import annotations

import json
import time

import pandas as pd
import pytest

from medad_core.config import RunConfig
from medad_core.registry import get_method
from medad_core.runner import cached_row, load_predictions, results_dir, run, run_many

REQUIRED = ["image_auroc", "image_ap", "pixel_auroc", "pro", "dice", "fit_seconds", "predict_seconds",
            "peak_memory_mb", "weights", "config"]


def _config(**changes):
    return RunConfig(method="pixel_knn", dataset="bmad_brain", profile="smoke", **changes)


def test_run_writes_a_complete_row_and_hits_the_cache():
    config = _config()
    row = run(config)
    for key in REQUIRED:
        assert key in row, key
    assert 0.5 < row["image_auroc"] <= 1.0
    assert row["data_source"] == "phantom" and row["n_params"] == 0
    assert row["config"] == json.loads(json.dumps(config.to_dict()))
    path = results_dir() / "runs" / f"{config.config_hash()}.json"
    assert json.loads(path.read_text())["row"] == row
    start = time.perf_counter()
    assert run(config) == row
    assert time.perf_counter() - start < 1.0
    assert not list(path.parent.glob("*.tmp")), "no temporary files left behind"


def test_killed_batch_resumes_with_only_the_missing_runs(monkeypatch):
    configs = [_config(seed=s) for s in range(4)]
    cls = get_method("pixel_knn")
    original = cls._fit
    calls = []

    def dying_fit(self, train):
        calls.append(self.seed)
        if self.seed == 2:
            raise KeyboardInterrupt  # the batch is killed while running the third config
        original(self, train)

    monkeypatch.setattr(cls, "_fit", dying_fit)
    with pytest.raises(KeyboardInterrupt):
        run_many(configs)
    assert calls == [0, 1, 2]
    assert cached_row(configs[1]) is not None and cached_row(configs[2]) is None

    calls.clear()
    monkeypatch.setattr(cls, "_fit", lambda self, train: (calls.append(self.seed), original(self, train)))
    rows = run_many(configs)
    assert calls == [2, 3], "the rerun computes only what was missing"
    assert isinstance(rows, pd.DataFrame) and list(rows["seed"]) == [0, 1, 2, 3]


def test_errors_can_be_recorded_without_caching():
    rows = run_many([_config(), RunConfig(method="pixel_knn", dataset="no_such_dataset", profile="smoke")],
                    errors="record")
    assert rows["error"].isna().iloc[0] and "no_such_dataset" in rows["error"].iloc[1]


def test_predictions_are_stored_for_figures():
    config = _config()
    row = run(config, keep_predictions=True)
    stored = load_predictions(config)
    assert stored["scores"].shape == (row["n_test"],)
    assert stored["maps"].shape[0] == row["n_test"]


def test_repeats_share_one_phantom_dataset_and_data_seed_changes_it():
    paths = {}
    for key, config in {"seed0": _config(seed=0), "seed1": _config(seed=1), "data1": _config(data_seed=1)}.items():
        run(config, keep_predictions=True)
        paths[key] = list(load_predictions(config)["paths"])
    assert paths["seed0"] == paths["seed1"], "model seeds vary over one dataset, as with real data"
    assert paths["seed0"] != paths["data1"], "data_seed selects another phantom dataset"
