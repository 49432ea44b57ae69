"""``medad bench bmad`` without anomalib: the peer table, the fit steps, the timing protocol, the reports."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from medad_core.api import MedadError
from medad_core.bench import _anomalib_peers as peers
from medad_core.bench import _bmad_bench as bench
from medad_core.bench import bmad
from medad_core.cli import main as medad_main
from medad_core.nn.training import Optimization

SEVEN = {"patchcore", "padim", "stfpm", "rd4ad", "cfa", "cflow", "csflow"}
NINE = SEVEN | {"draem", "ganomaly"}
needs_anomalib = pytest.mark.skipif(not peers.anomalib_installed(), reason="anomalib not installed")


def test_peer_table_names_the_nine_methods_anomalib_has():
    assert set(bench.PEERS) == NINE == set(bmad.PEER_METHODS)
    assert bench.PEER_SUPPORTED == set(bench.PEERS)
    # the two without a pretrained backbone share none and compute their inputs inside the clock
    assert all(bench.PEERS[m].their_backbone is None and bench.PEERS[m].inputs is not None for m in NINE - SEVEN)


def test_anomalibs_choices_are_named_options_of_our_methods():
    from medad_core.registry import get_method  # noqa: PLC0415 - only this test needs the classes

    assert peers.SAME_LOSS["draem"] == {"score": "anomalib"}
    assert peers.SAME_LOSS["ganomaly"]["loss"] == "anomalib" and peers.SAME_LOSS["ganomaly"]["score"] == "squared"
    for method, options in peers.SAME_LOSS.items():
        detector = get_method(method).for_profile("smoke", **options)  # a typo'd option would raise here
        assert all(getattr(detector, k) == v for k, v in options.items())


def test_same_optimizer_reads_the_learning_rate_of_parameter_groups_and_same_schedule_the_milestones():
    class Grouped:
        model = torch.nn.Linear(2, 2)

        def configure_optimizers(self):
            opt = torch.optim.Adam([{"params": self.model.weight, "lr": 3e-3}, {"params": self.model.bias, "lr": 3e-3}])
            scheduler = torch.optim.lr_scheduler.MultiStepLR(opt, [8, 9], gamma=0.1)
            return Optimization([opt], [scheduler], interval="epoch")

    make, _ = peers.same_optimizer(Grouped())
    weight = torch.nn.Parameter(torch.zeros(1))
    optimizer = make([weight])
    assert optimizer.param_groups[0]["lr"] == 3e-3  # Adam's defaults say 1e-3: the groups' lr is used
    scheduler = peers.same_schedule(Grouped())(optimizer)
    for _ in range(9):
        optimizer.step()
        scheduler.step()
    assert optimizer.param_groups[0]["lr"] == pytest.approx(3e-5)  # x 0.1 at epochs 8 and 9
    assert peers.same_schedule(_Trained()) is None and peers.same_schedule(object()) is None


def test_unknown_peer_is_a_medad_error_before_anomalib_is_imported():
    images = torch.zeros(2, 1, 8, 8)
    with pytest.raises(MedadError, match="no anomalib peer for 'simplenet'.*patchcore"):
        peers.build_peer("simplenet", object(), images, images, seed=0)


class _Trained:
    """A detector stand-in whose configure_optimizers is what the peer must copy."""

    def __init__(self, clip_norm=None):
        self.model = torch.nn.Linear(3, 2)
        self.clip_norm = clip_norm

    def configure_optimizers(self):
        opt = torch.optim.AdamW(self.model.parameters(), lr=3e-3, weight_decay=5e-4, amsgrad=True, betas=(0.8, 0.9))
        return opt if self.clip_norm is None else Optimization([opt], clip_norm=self.clip_norm)


def test_same_optimizer_copies_class_and_hyper_parameters_onto_the_peers_parameters():
    make, clip = peers.same_optimizer(_Trained(clip_norm=0.5))
    theirs = torch.nn.Linear(4, 4)
    optimizer = make(list(theirs.parameters()))
    assert type(optimizer) is torch.optim.AdamW and clip == 0.5
    group = optimizer.param_groups[0]
    assert (group["lr"], group["weight_decay"], group["amsgrad"], group["betas"]) == (3e-3, 5e-4, True, (0.8, 0.9))
    assert {id(p) for p in group["params"]} == {id(p) for p in theirs.parameters()}
    assert peers.same_optimizer(object()) == (None, None)  # memory-bank methods train nothing
    assert peers.same_optimizer(_Trained())[1] is None


def test_train_epochs_steps_once_per_batch_and_sees_each_image_once_per_epoch():
    images = torch.arange(10, dtype=torch.float32).reshape(10, 1, 1, 1)
    weight = torch.nn.Parameter(torch.zeros(()))
    optimizer = torch.optim.SGD([weight], lr=1.0)
    seen = []

    def loss_of_batch(batch):
        seen.append(batch.flatten().tolist())
        return (weight - 1) ** 2

    training = peers.Training(size=(1, 1), batch_size=4, epochs=3, seed=0)
    peers.train_epochs(images, loss_of_batch, optimizer, training)
    assert [len(b) for b in seen] == [4, 4, 2] * 3
    for epoch in range(3):
        assert sorted(sum(seen[3 * epoch : 3 * epoch + 3], [])) == list(range(10))
    assert seen[0:3] != seen[3:6]  # reshuffled each epoch (seed + epoch)


def test_train_epochs_clips_the_gradient_norm_as_our_optimisation_does():
    weight = torch.nn.Parameter(torch.zeros(2))
    optimizer = torch.optim.SGD([weight], lr=1.0)
    training = peers.Training(size=(1, 1), batch_size=1, epochs=1, seed=0, clip_norm=0.1)
    peers.train_epochs(torch.zeros(1, 1), lambda _: (weight * torch.tensor([30.0, 40.0])).sum(), optimizer, training)
    # the gradient (30, 40) has norm 50; clipped to 0.1, one SGD step moves the weight by 0.1 along it
    torch.testing.assert_close(weight.detach(), torch.tensor([-0.06, -0.08]))


def test_fit_memory_bank_forwards_every_image_in_train_mode_then_finishes():
    calls = []

    class Recorder(torch.nn.Module):
        def forward(self, x):
            calls.append((self.training, torch.is_grad_enabled(), len(x)))

    model = Recorder().eval()
    finished = []
    training = peers.Training(size=(4, 4), batch_size=3, epochs=1, seed=0)
    peers.fit_memory_bank(model, training, lambda: finished.append(len(calls)), torch.zeros(7, 3, 4, 4))
    assert calls == [(True, False, 3), (True, False, 3), (True, False, 1)]
    assert finished == [3]


def test_timings_alternate_between_the_two_sides_after_one_warm_up_each():
    order = []
    first = lambda: order.append("a") or 2.0  # noqa: E731
    second = lambda: order.append("b") or 1.0  # noqa: E731
    a, b = bench._interleaved(first, second, 3, warm_up=True)
    assert order == ["a", "b"] * 4
    assert a.tolist() == [2.0] * 3 and b.tolist() == [1.0] * 3
    median, spread = bench._ratio(np.array([1.0, 3.0, 2.0]), np.array([1.0, 1.0, 4.0]))
    assert median == 1.0 and spread == [0.5, 3.0]  # per-round ratios 1, 3, 0.5


def test_extrapolation_applies_the_measured_rate_to_the_papers_k_and_n():
    rows = [
        {"coreset_s": 1.0, "memory_bank": 100, "patches": 1000, "projection_dim": 128},
        {"coreset_s": 4.0, "memory_bank": 200, "patches": 2000, "projection_dim": 128},
    ]
    extra = bench._extrapolate(rows)
    n = 7500 * 28 * 28
    assert extra["paper_patches"] == n and extra["paper_bank"] == int(np.ceil(0.1 * n))
    assert extra["cpu_hours_here"] == pytest.approx(1e-5 * extra["paper_bank"] * n / 3600)
    # one pass over the projected bank (128 floats a row + 4 vectors) per step at the assumed bandwidth
    expected = extra["paper_bank"] * n * 132 * 4 / (bench.DEVICE_BANDWIDTH_GBPS * 1e9) / 60
    assert extra["device_minutes"] == pytest.approx(expected)
    assert "590" in bench.extrapolation_text(extra) or "588" in bench.extrapolation_text(extra)
    assert extra["greedy_exponent"] == pytest.approx(2.0)  # 4x the time for 2x the rows
    assert "partitioned_cpu_minutes_here" not in extra  # no partitioned rows measured


def test_extrapolation_of_the_partitioned_coreset_is_linear_in_n_and_labels_the_device_as_an_estimate():
    greedy = [
        {"coreset": "greedy", "coreset_s": 1.0, "memory_bank": 100, "patches": 1000, "projection_dim": 128},
        {"coreset": "greedy", "coreset_s": 4.0, "memory_bank": 200, "patches": 2000, "projection_dim": 128},
    ]
    # cells of 250 rows: 2x the rows, 2x the time (rate 1.0 / (100 x 250) = 4e-5 s per evaluation)
    cells = [
        {"coreset": "partitioned", "coreset_s": 1.0, "memory_bank": 100, "patches": 1000, "cells": 4},
        {"coreset": "partitioned", "coreset_s": 2.0, "memory_bank": 200, "patches": 2000, "cells": 8},
    ]
    for row in cells:
        row["projection_dim"] = 128
    extra = bench._extrapolate(greedy + cells)
    n, k = extra["paper_patches"], extra["paper_bank"]
    assert extra["partitioned_exponent"] == pytest.approx(1.0)
    # median splits of 5.88 M rows until <= 65,536: 2^7 cells of ~45,900 rows
    assert extra["partitioned_cells"] == 128
    # the slower of the two measured rates (the cells' 4e-5 here), times k x the mean cell size
    assert extra["partitioned_cpu_minutes_here"] == pytest.approx(4e-5 * k * n / 128 / 60)
    assert 0 < extra["partitioned_device_seconds"] < 60 * extra["device_minutes"]
    text = bench.extrapolation_text(extra)
    assert "partitioned (128 cells" in text and "N^1.00" in text and "N^2.00" in text and "estimated" in text


@pytest.fixture(scope="module")
def smoke_data():
    return bench.load_data("bmad_brain", "smoke", 0)


def test_scaling_report_fits_both_coresets_at_every_size(smoke_data):
    small = bench.BenchData(
        "8 images", smoke_data.train[:8], smoke_data.test, smoke_data.labels, smoke_data.mask_labels
    )
    report = bench.scaling_report(small, "smoke", seed=0, factors=(1, 2))
    rows = report["rows"]
    assert [(r["factor"], r["coreset"]) for r in rows] == [
        (1, "greedy"),
        (1, "partitioned"),
        (2, "greedy"),
        (2, "partitioned"),
    ]
    greedy, cells = rows[0], rows[1]
    assert greedy["patches"] == cells["patches"] == 8 * 8 * 8  # 8 images, an 8 x 8 layer2 grid at 64 px
    assert greedy["memory_bank"] == cells["memory_bank"] and greedy["cells"] == 1
    # cells of a quarter of the 1x patches, the same size at 2x: 4 and 8 cells
    assert [r["cells"] for r in rows[1::2]] == [4, 8] and cells["partition_rows"] == 128
    assert all(0 <= r["image_auroc"] <= 1 and 0 <= r["pixel_auroc"] <= 1 for r in rows)
    assert report["extrapolation"]["partitioned_cells"] == 128


def test_peers_report_without_peers_runs_our_side(smoke_data, capsys):
    rows = bench.peers_report(["padim", "nope"], smoke_data, "smoke", seed=0, use_peers=False, repeats=2)
    err = capsys.readouterr().err
    assert "nope" in err and "not registered" in err and "ours only" in err
    assert [r["method"] for r in rows] == ["padim"]
    row = rows[0]
    assert 0.0 <= row["image_auroc_ours"] <= 1.0 and row["fit_s_ours"] > 0
    assert all(row[k] is None for k in bench.PEER_KEYS) and "image_auroc_peer" in row
    assert 0 < row["throughput_fraction"] and row["throughput_fraction_spread"][0] <= row["throughput_fraction"]


def _tiny(data: bench.BenchData, n_train: int = 8, per_class: int = 4) -> bench.BenchData:
    """A few training images and ``per_class`` normal + anomalous test images of the smoke data."""
    picks = np.concatenate([np.flatnonzero(data.labels == c)[:per_class] for c in (0, 1)])
    masks = data.mask_labels.reshape(len(data.labels), -1)[picks].ravel()
    return bench.BenchData("tiny", data.train[:n_train], data.test[picks], data.labels[picks], masks)


def test_throughput_of_draem_and_ganomaly_is_against_their_own_bare_network(smoke_data):
    from medad_core.registry import get_method  # noqa: PLC0415 - only this test fits them

    tiny = _tiny(smoke_data)
    for method in ("draem", "ganomaly"):
        detector = get_method(method).for_profile("smoke", epochs=1, seed=0, progress=False)
        detector.fit(tiny.trainset())
        row = bench.throughput(detector, tiny.test, "smoke", repeats=2)
        assert row["throughput_limit"] == bench.BARE_NETWORK[method][1] and "backbone" not in row["throughput_limit"]
        assert 0 < row["throughput_fraction"] and np.isfinite(row["limit_ms_per_image"])


@needs_anomalib
@pytest.mark.parametrize("method", ["draem", "ganomaly"])
def test_smoke_bench_against_anomalib_gives_finite_aurocs_and_ratios_on_both_sides(method, smoke_data, monkeypatch):
    from medad_core.registry import get_method  # noqa: PLC0415 - the profile is shortened for the test

    monkeypatch.setitem(get_method(method).profile_params["smoke"], "epochs", 2)
    tiny = _tiny(smoke_data)
    row = bench.bench_method(method, tiny, "smoke", seed=0, repeats=1, with_peer=True, batch=8)
    assert "note" not in row, row.get("note")
    for key in ("image_auroc_ours", "image_auroc_peer"):
        assert 0.0 <= row[key] <= 1.0
    if method == "draem":  # the peer is built at our widths: the same network, parameter for parameter
        assert 0.0 <= row["pixel_auroc_ours"] <= 1.0 and 0.0 <= row["pixel_auroc_peer"] <= 1.0
        assert row["params_peer"] == row["params_ours"]
    else:
        assert row["pixel_auroc_peer"] is None and row["pixel_auroc_ours"] is None
    for key in ("fit_ratio", "predict_ratio", "throughput_fraction"):
        assert np.isfinite(row[key]) and row[key] > 0
    assert row["shared_tensors"] == 0 and row["ours_options"].startswith(next(iter(peers.SAME_LOSS[method])))


def test_report_files_hold_the_rows(tmp_path):
    rows = [{"method": "padim", "image_auroc_ours": 0.9, "fit_ratio": 0.5, "fit_ratio_spread": [0.4, 0.6]}]
    context = {"data": "x", "profile": "smoke", "seed": 0, "threads": 1, "repeats": 3, "load": "1.0", "anomalib": "2.7"}
    bench.write_report(tmp_path / "b.json", context, rows, None)
    saved = json.loads((tmp_path / "b.json").read_text())
    assert saved["methods"] == rows and saved["context"]["threads"] == 1
    bench.write_report(tmp_path / "b.md", context, rows, None)
    text = (tmp_path / "b.md").read_text()
    assert "| padim" in text and "0.40-0.60" in text and "3 interleaved rounds" in text


def test_cli_json_lines_on_a_user_mvtec_folder(tmp_path, capsys):
    assert medad_main(["make-phantoms", "--dataset", "brainmri", "--out", str(tmp_path / "data")]) == 0
    folder = capsys.readouterr().out.strip().splitlines()[-1]
    (Path(folder) / "PHANTOM.txt").unlink()
    args = ["--data-root", folder, "--layout", "mvtec", "--profile", "smoke", "--methods", "padim"]
    assert bmad.main([*args, "--no-peers", "--skip", "scaling", "--repeats", "1", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    assert row["method"] == "padim" and 0 <= row["image_auroc_ours"] <= 1
    wanted = {"fit_ratio", "predict_ratio", "image_auroc_peer", "throughput_fraction", "throughput_fraction_spread"}
    assert wanted <= set(row) and row["fit_ratio"] is None  # ours only: the peer's columns are empty


def test_process_clock_times_cpu_work_not_sleep_on_both_sides():
    import time  # noqa: PLC0415 - only this test sleeps

    try:
        peers.set_clock("process")
        assert bench._clock(lambda: time.sleep(0.2)) < 0.1  # a sleeping process uses no CPU
        assert peers.now is time.process_time and peers.clock_name == "process"
        peers.set_clock("wall")
        assert bench._clock(lambda: time.sleep(0.2)) >= 0.19
    finally:
        peers.set_clock("wall")
    with pytest.raises(MedadError, match="unknown clock 'gpu'; expected one of wall, process"):
        peers.set_clock("gpu")


def test_empty_method_list_is_refused():
    with pytest.raises(MedadError, match="at least one method"):
        bmad.main(["--methods"])
