"""Runner: one JSON row per config, cached by hash, atomic writes, resumable batches."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time

import pandas as pd
import pytest
import torch
import torch.nn.functional as F

from medad_core import registry
from medad_core.api import Detector, ImageSet, MedadError, Prediction, Setting
from medad_core.config import Protocol, RunConfig
from medad_core.data import load_splits, make_trainset, write_phantoms
from medad_core.data.imageio import read_image
from medad_core.registry import discover, get_method
from medad_core.runner import (
    NotCached,
    acquire_lease,
    cache_key,
    cache_only,
    cached_row,
    data_size,
    identity,
    is_cache_only,
    lease_path,
    load_embeddings,
    load_predictions,
    read_fits_log,
    read_lease,
    results_dir,
    run,
    run_many,
    run_status,
    unique_temp_path,
)

REQUIRED = [
    "image_auroc",
    "image_ap",
    "pixel_auroc",
    "pro",
    "pro_bmad",
    "pro_anomalib_legacy",
    "dice_bmad",
    "dice_oracle",
    "data_size",
    "n_valid",
    "fit_seconds",
    "predict_seconds",
    "peak_memory_mb",
    "weights",
    "config",
]


def _config(**changes):
    return RunConfig(method="pixel_knn", dataset="bmad_brain", profile="smoke", **changes)


def test_run_writes_a_complete_row_and_hits_the_cache():
    config = _config()
    row = run(config)
    for key in REQUIRED:
        assert key in row, key
    assert 0.5 < row["image_auroc"] <= 1.0
    assert row["data_source"] == "phantom" and row["n_params"] == 0
    # brain MRI has a valid split with masks: BMAD's Dice is calibrated there, and as one threshold's
    # Dice on the test set it cannot beat the best test threshold
    assert row["n_valid"] > 0 and 0 < row["dice_bmad"] <= row["dice_oracle"]
    assert "dice" not in row and "dice_at_05" not in row
    assert row["config"] == json.loads(json.dumps(config.to_dict()))
    path = results_dir() / "runs" / f"{row['cache_key']}.json"
    assert json.loads(path.read_text())["row"] == row
    assert run(config) == row and len(read_fits_log()) == 1, "the second run is served from the cache"
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
    rows = run_many(
        [_config(), RunConfig(method="pixel_knn", dataset="no_such_dataset", profile="smoke")], errors="record"
    )
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


class _Tiny(Detector):
    """Scores by the distance of each image's mean to the training mean; records what it was fitted on."""

    name = "tiny_domains"
    settings = frozenset({Setting.ONE_CLASS, Setting.OPEN_SET})

    def _fit(self, train):
        self.model = torch.nn.Identity()
        self.center = train.normal.tensors().mean()
        self.fit_info = {"fitted_on": train.split["dataset"], "adapted_on": None}

    def adapt(self, target):
        self.center = target.normal.tensors().mean()
        self.fit_info["adapted_on"] = target.split["dataset"]
        return self

    def embed(self, images):
        x = images.tensors() if isinstance(images, ImageSet) else images
        return torch.stack([x.mean(dim=(1, 2, 3)), x.std(dim=(1, 2, 3))], dim=1).numpy()

    def _predict_batch(self, images):
        return Prediction((images.mean(dim=(1, 2, 3)) - self.center).abs().numpy())


@pytest.fixture
def tiny(monkeypatch):
    discover()
    monkeypatch.setitem(registry._REGISTRY, _Tiny.name, _Tiny)
    return _Tiny


def test_cross_domain_fits_on_the_source_adapts_and_tests_on_the_target(tiny):
    protocol = Protocol(n_anomalies=1, source_dataset="brainmri")
    config = RunConfig(method=tiny.name, dataset="headct", setting="open_set", profile="smoke", protocol=protocol)
    row = run(config)
    assert row["fit_info"] == {"fitted_on": "brainmri", "adapted_on": "headct"}
    assert row["source_dataset"] == "brainmri" and row["source_split"]["dataset"] == "brainmri"
    assert row["split"]["dataset"] == "headct" and row["adapt_seconds"] is not None
    plain = run(config.replace(protocol=Protocol(n_anomalies=1)))
    assert plain["fit_info"] == {"fitted_on": "headct", "adapted_on": None} and plain["source_dataset"] is None
    assert plain["n_test"] == row["n_test"], "the test set is the target's either way"
    with pytest.raises(MedadError, match="set source_dataset"):
        Protocol(source_data_root="/data")


def test_hard_setting_can_keep_the_seen_class_in_test():
    splits = load_splits("hyperkvasir", profile="smoke")
    n_seen = sum(c == "barretts" for c in splits.test.anomaly_classes)
    hard = Protocol(dra_setting="hard", seen_class="barretts", n_anomalies=1)
    _, test = make_trainset(splits, "open_set", hard, seed=0)
    assert "barretts" not in test.anomaly_classes
    train, test = make_trainset(splits, "open_set", Protocol(**{**hard.__dict__, "test_seen_class": True}), seed=0)
    kept = [p for p, c in zip(test.paths, test.anomaly_classes, strict=True) if c == "barretts"]
    assert len(kept) == n_seen - len(train.split["ten_shot_indices"]) > 0
    assert not set(train.anomalies.paths) & set(kept), "no training anomaly is tested"
    with pytest.raises(MedadError, match="dra_setting='hard'"):
        Protocol(test_seen_class=True)


def test_embeddings_are_stored_and_a_cached_row_without_them_is_recomputed(tiny):
    config = RunConfig(method=tiny.name, dataset="bmad_brain", profile="smoke")
    row = run(config)
    assert len(read_fits_log()) == 1
    with pytest.raises(MedadError, match="keep_embeddings=True"):
        load_embeddings(config)
    assert run(config) == row and len(read_fits_log()) == 1, "a cache hit fits nothing"
    run(config, keep_embeddings=True)
    log = read_fits_log()
    assert len(log) == 2 and log[-1]["method"] == tiny.name and log[-1]["cache_key"] == row["cache_key"]
    stored = load_embeddings(config)
    assert stored["embeddings"].shape == (row["n_test"], 2)
    assert set(stored["labels"]) == {0, 1} and len(stored["paths"]) == row["n_test"]
    run_many([config], keep_embeddings=True, progress=False)
    assert len(read_fits_log()) == 2, "stored embeddings are served from the cache"


# ---------------------------------------------------------------- resolution read
_SEEN: dict[str, torch.Tensor] = {}


class _Sized(Detector):
    """Keeps the training images it received; maps are distances to the mean image."""

    name = "tiny_sized"
    localizes = True

    def __init__(self, image_size: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.image_size = image_size

    def _fit(self, train):
        self.model = torch.nn.Identity()
        _SEEN["train"] = train.normal.tensors()
        self.center = _SEEN["train"].mean(0)

    def _predict_batch(self, images):
        maps = (images - self.center).abs().mean(1)
        return Prediction(maps.flatten(1).amax(1).numpy(), maps.numpy())


@pytest.fixture
def sized(monkeypatch):
    discover()
    monkeypatch.setitem(registry._REGISTRY, _Sized.name, _Sized)
    _SEEN.clear()
    return _Sized


def test_data_are_read_at_the_methods_input_size_from_the_files(sized, tmp_path):
    # files of 160 px; the smoke profile's size of the dataset is 64; the method runs at 128
    write_phantoms("bmad_brain", tmp_path, profile="smoke", image_size=160)
    config = RunConfig(
        method=sized.name, dataset="bmad_brain", profile="smoke", data_root=str(tmp_path), params={"image_size": 128}
    )
    assert data_size(config) == 128 and identity(config)["data"]["dataset"]["image_size"] == 128
    row = run(config)
    assert row["data_size"] == 128 and row["image_shape"] == [1, 128, 128]
    seen = _SEEN["train"]
    path = load_splits("bmad_brain", data_root=tmp_path, profile="smoke").train.paths[0]
    direct = read_image(path, 1, 128, colormap="bone")
    assert torch.equal(seen[0], direct), "the method gets the file resized once to its own size"
    upsampled = F.interpolate(read_image(path, 1, 64, colormap="bone")[None], size=128, mode="bilinear")[0]
    assert (seen[0] - upsampled).abs().max() > 0.05, "not a 64-px read interpolated up"
    # without an image size the dataset's size for the profile is read, and the cache keys differ
    plain = config.replace(params={})
    assert data_size(plain) == 64 and run(plain)["image_shape"] == [1, 64, 64]
    assert identity(plain)["data"]["dataset"]["image_size"] == 64 and row["cache_key"] != run(plain)["cache_key"]


# -- leases: one process computes a config, the others wait for its row (medad batch) -------------
def _foreign_lease(path, *, host="elsewhere", pid=1, timeout=300.0, age=0.0):
    path.parent.mkdir(parents=True, exist_ok=True)
    info = {"worker": "tcp://other:1", "host": host, "pid": pid, "timeout": timeout, "token": "theirs"}
    path.write_text(json.dumps(info))
    if age:
        os.utime(path, (time.time() - age, time.time() - age))


def test_a_live_lease_is_waited_for_and_its_row_picked_up():
    config = _config(seed=3)
    root = results_dir()
    held = acquire_lease(root, cache_key(config), timeout=30)
    assert held is not None and acquire_lease(root, cache_key(config)) is None, "one holder at a time"
    assert run_status(config, root, on_busy="skip") == (None, "busy")
    waiter = {}
    thread = threading.Thread(target=lambda: waiter.update(result=run_status(config, root, poll=0.05)))
    thread.start()
    time.sleep(0.3)
    assert thread.is_alive(), "the second caller waits while the lease is held"
    with held:  # the holder computes the row (no lease of its own: it holds this one)
        row = run(config, root, lease=False)
    thread.join(timeout=60)
    assert waiter["result"] == (row, "cached") and len(read_fits_log(root)) == 1, "computed once"
    assert not lease_path(root, cache_key(config)).exists(), "released"


def test_a_lease_past_its_timeout_is_taken_over():
    config = _config(seed=4)
    root = results_dir()
    path = lease_path(root, cache_key(config))
    _foreign_lease(path, timeout=0.5)  # fresh: another host's live worker
    start = time.monotonic()
    row, status = run_status(config, root, poll=0.05)
    assert status == "computed" and time.monotonic() - start >= 0.4, "waited for the timeout, then took over"
    assert row["cache_key"] == path.stem and not path.exists()
    _foreign_lease(path, timeout=300, age=301)
    assert run_status(config, root, use_cache=False, on_busy="skip")[1] == "computed", "stale at once: no heartbeat"


def test_a_lease_of_a_dead_local_process_is_taken_over_at_once():
    config = _config(seed=5)
    root = results_dir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _foreign_lease(lease_path(root, cache_key(config)), host=socket.gethostname(), pid=dead.pid)
    assert run_status(config, root, on_busy="skip")[1] == "computed"


def test_the_holder_keeps_its_lease_fresh_and_temporary_names_are_unique(tmp_path):
    held = acquire_lease(tmp_path, "k" * 16, timeout=0.4)
    os.utime(held.path, (time.time() - 10, time.time() - 10))
    time.sleep(0.3)  # the heartbeat (every timeout / 4) touches it again
    assert read_lease(held.path)["age"] < 0.4 and acquire_lease(tmp_path, "k" * 16) is None
    held.release()
    assert not held.path.exists()
    names = {unique_temp_path(tmp_path / "x.json").name for _ in range(50)}
    assert len(names) == 50 and all(f".{os.getpid()}." in n for n in names)


def test_cache_only_serves_cached_rows_and_refuses_to_fit(tmp_path):
    """Summary pages read the cache: inside ``cache_only`` a missing run raises, a cached one is served."""
    config = RunConfig(method="pixel_knn", dataset="bmad_brain", profile="smoke", seed=0)
    with cache_only():
        assert is_cache_only()
        with pytest.raises(NotCached, match="pixel_knn on bmad_brain"):
            run_status(config, tmp_path)
    assert not is_cache_only() and not list(tmp_path.glob("runs/*.json"))
    row, status = run_status(config, tmp_path)
    with cache_only():
        again, status_again = run_status(config, tmp_path, keep_predictions=True)
    assert status == "computed" and status_again == "cached" and again["cache_key"] == row["cache_key"]
