"""Efficiency measurements and BMAD's cost probe (Fig. 3.9 and the cost table), per method and dataset."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
import torch
from matplotlib.figure import Figure

from medad_core import efficiency, plots
from medad_core.api import ImageSet, MedadError, Setting
from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset
from medad_core.experiments import bmad
from medad_core.registry import get_method
from medad_core.runner import data_size, read_fits_log, results_dir


# ---------------------------------------------------------------- efficiency helpers
def test_time_inference_reports_median_and_spread_of_the_timed_passes(monkeypatch):
    # a scripted clock: the warm-up is not timed, then passes of 1, 5, 2, 4, 3 s
    ticks = iter([0.0, 1.0, 10.0, 15.0, 20.0, 22.0, 30.0, 34.0, 40.0, 43.0])
    monkeypatch.setattr(efficiency, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    calls = []
    timing = efficiency.time_inference(calls.append, list(range(4)), warmup=2, repeats=5)
    assert len(calls) == 7  # 2 warm-up + 5 timed
    assert timing.seconds == (1.0, 5.0, 2.0, 4.0, 3.0)
    assert timing.ms_per_image == pytest.approx(3000 / 4)  # the median, not the best pass
    assert (timing.min_ms_per_image, timing.max_ms_per_image) == (pytest.approx(250.0), pytest.approx(1250.0))
    assert timing.images_per_second == pytest.approx(4 / 3)
    with pytest.raises(MedadError, match="repeats >= 1"):
        efficiency.time_inference(calls.append, [1], repeats=0)


def test_tensor_mb_counts_parameters_and_buffers_once():
    class Bank(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.linear = torch.nn.Linear(256, 256, bias=False)
            self.register_buffer("memory_bank", torch.zeros(1024, 256))
            self.register_buffer("view", self.memory_bank[:10])  # shares the bank's storage

    expected = (256 * 256 + 1024 * 256) * 4 / 2**20
    assert efficiency.tensor_mb(Bank()) == pytest.approx(expected)


def test_peak_memory_on_cpu_has_no_cuda_figures():
    efficiency.release_memory()
    with efficiency.PeakMemory(device="cpu") as memory:
        pass
    assert memory.added_cuda_mb is None and memory.peak_cuda_mb is None
    assert memory.added_mb == memory.added_rss_mb >= 0


# ---------------------------------------------------------------- the cost probe
def test_cost_probe_measures_each_dataset_on_its_own_fit_and_caches_it(monkeypatch):
    timed = []
    real = bmad.time_inference

    def spy(fn, images, warmup, repeats):
        timed.append((images, warmup, repeats))
        return real(fn, images, warmup=warmup, repeats=repeats)

    monkeypatch.setattr(bmad, "time_inference", spy)
    datasets = ["bmad_brain", "bmad_chest"]
    first = bmad.cost_probe(["padim", "padim"], datasets, "smoke")
    assert list(first.columns) == bmad.PROBE_COLUMNS
    assert list(zip(first["method"], first["dataset"], strict=True)) == [("padim", d) for d in datasets]
    for _, row in first.iterrows():
        # the whole training set of the dataset at the profile's size, not a fixed handful of images
        config = bmad.probe_config("padim", row["dataset"], "smoke")
        splits = load_splits(row["dataset"], profile="smoke", image_size=data_size(config))
        train, _ = make_trainset(splits, Setting.ONE_CLASS, Protocol(), 0)
        assert row["n_train"] == len(train.normal)
        assert row["predict_ms_min"] <= row["predict_ms"] <= row["predict_ms_max"]
        assert row["predict_mb"] >= row["model_mb"] > 0 and row["fit_mb"] >= 0 and row["decode_ms"] > 0
        assert (row["batch"], row["repeats"], row["memory_device"]) == (bmad.PROBE_BATCH, bmad.PROBE_REPEATS, "cpu")
    # per dataset: decoding timed on the file-backed images, predict on decoded tensors of one fixed batch
    assert len(timed) == 2 * len(datasets)
    for decode, predict in zip(timed[::2], timed[1::2], strict=True):
        assert isinstance(decode[0], ImageSet) and decode[0].reader is not None
        assert isinstance(predict[0], torch.Tensor) and len(predict[0]) == bmad.PROBE_BATCH
        assert predict[1:] == (bmad.PROBE_WARMUP - 1, bmad.PROBE_REPEATS)
    log = read_fits_log()
    assert [(e["kind"], e["dataset"]) for e in log] == [("probe", d) for d in datasets]
    assert len(list((results_dir() / "probes").glob("*.json"))) == len(datasets)

    def no_fit(*args, **kwargs):
        raise AssertionError("the cached probe was measured again")

    monkeypatch.setattr(bmad, "_measure", no_fit)
    again = bmad.cost_probe(["padim"], datasets, "smoke")
    pd.testing.assert_frame_equal(again, first)
    assert len(read_fits_log()) == len(datasets)
    # a method version bump changes the runner's identity, hence the probe's key
    monkeypatch.setattr(get_method("padim"), "version", "probe-test")
    with pytest.raises(AssertionError, match="measured again"):
        bmad.cost_probe(["padim"], "bmad_brain", "smoke")


def test_cost_probe_skips_cells_whose_run_failed(monkeypatch):
    seen = []
    monkeypatch.setattr(bmad, "cost_row", lambda m, d, *a, **k: seen.append((m, d)) or {"method": m, "dataset": d})
    runs = pd.DataFrame(
        {
            "method": ["padim", "padim", "stfpm"],
            "dataset": ["bmad_brain", "bmad_chest", "bmad_brain"],
            "error": [None, "boom", None],
        }
    )
    frame = bmad.cost_probe(["padim", "stfpm"], ["bmad_brain", "bmad_chest"], "smoke", runs=runs)
    assert seen == [("padim", "bmad_brain"), ("stfpm", "bmad_brain")]
    assert len(frame) == 2


def test_probe_datasets_per_profile():
    assert bmad.probe_datasets("paper", bmad.BMAD_DATASETS) == (bmad.BMAD_DATASETS, "")
    quick, note = bmad.probe_datasets("quick", bmad.BMAD_DATASETS)
    assert quick == [d for d in bmad.BMAD_DATASETS if d in bmad.PROBE_DATASETS["quick"]]
    assert "RSNA" in note and "paper profile measures every dataset" in note
    assert bmad.probe_datasets("quick", ["bmad_brain"]) == (["bmad_brain"], "")
    assert bmad.probe_datasets("quick", ["bmad_chest", "bmad_resc"])[0] == ["bmad_chest"]


def _probe_row(method, dataset, **overrides):
    row = dict.fromkeys(bmad.PROBE_COLUMNS)
    row.update(
        method=method,
        dataset=dataset,
        params_m=1.0,
        gmacs=0.5,
        model_mb=10.0,
        image_size=[64, 64],
        channels=1,
        n_train=40,
        fit_mb=80.0,
        predict_mb=30.0,
        predict_ms=5.0,
        predict_ms_min=4.0,
        predict_ms_max=7.0,
        decode_ms=1.0,
        memory_device="cpu",
        note="",
    )
    row.update(overrides)
    return row


def test_efficiency_frames_give_one_point_per_method_and_dataset():
    runs = pd.DataFrame(
        {
            "method": ["padim", "padim", "padim", "deepsvdd"],
            "dataset": ["bmad_brain", "bmad_brain", "bmad_camelyon", "bmad_brain"],
            "seed": [0, 1, 0, 0],
            "image_auroc": [0.6, 0.8, 0.9, 0.5],
            "fit_seconds": [2.0, 4.0, 5.0, 1.0],
            "error": [None, None, None, None],
        }
    )
    probe = pd.DataFrame(
        [
            _probe_row("padim", "bmad_brain", predict_ms=5.0, predict_mb=30.0),
            _probe_row("padim", "bmad_camelyon", predict_ms=9.0, predict_mb=50.0, model_mb=12.0),
            _probe_row("deepsvdd", "bmad_brain", gmacs=0.01),
            _probe_row("deepsvdd", "bmad_camelyon", gmacs=0.03, channels=3),
        ]
    )
    per, models, cost, label = bmad.efficiency_frames(runs, probe)
    assert label == "inference memory (MB, CPU)"
    brain = per[(per["dataset"] == "BraTS2021") & (per["name"] == "PaDiM")].iloc[0]
    assert brain["image_auroc"] == pytest.approx(0.7)  # mean over the seeds of that dataset only
    assert (brain["predict_ms_per_image"], brain["memory_mb"]) == (5.0, 30.0)
    camelyon = per[(per["dataset"] == "Camelyon16") & (per["name"] == "PaDiM")].iloc[0]
    assert (camelyon["predict_ms_per_image"], camelyon["memory_mb"]) == (9.0, 50.0)
    # no run of DeepSVDD on Camelyon16: its point has no accuracy
    assert per[(per["dataset"] == "Camelyon16") & (per["name"] == "DeepSVDD")]["image_auroc"].isna().all()
    assert list(models["name"]) == ["PaDiM", "DeepSVDD"]
    assert models.set_index("name").loc["DeepSVDD", "note"].startswith("GMACs 0.01-0.03")
    assert len(cost) == 4 and cost.loc[0, "fit_s"] == pytest.approx(3.0)
    assert {"decode_ms_per_image", "infer_ms_min", "infer_ms_max", label} <= set(cost.columns)
    gpu = probe.assign(memory_device="cuda")
    assert bmad.efficiency_frames(runs, gpu).memory_label == "inference memory (MB, GPU)"
    with pytest.raises(MedadError, match="predict_ms"):
        bmad.efficiency_frames(runs, probe.drop(columns="predict_ms"))


def test_efficiency_panels_draw_the_spread_and_a_memory_legend():
    per = pd.DataFrame(
        {
            "dataset": ["RESC", "RESC"],
            "name": ["PaDiM", "STFPM"],
            "predict_ms_per_image": [3.0, 6.0],
            "predict_ms_min": [2.0, 5.0],
            "predict_ms_max": [4.0, 9.0],
            "image_auroc": [0.7, 0.8],
            "memory_mb": [120.0, 40.0],
        }
    )
    fig = plots.efficiency_panels(per, ["RESC", "RSNA"], "inference memory (MB, CPU)")
    assert isinstance(fig, Figure)
    first = fig.axes[0]
    bars = [c for c in first.containers if c.__class__.__name__ == "ErrorbarContainer"]
    assert len(bars) == 2
    segments = bars[1].lines[2][0].get_segments()[0]
    assert np.allclose(segments[:, 0], [5.0, 9.0])  # STFPM's min to max
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["10 MB", "100 MB"]
    with pytest.raises(MedadError, match="memory_mb"):
        plots.efficiency_panels(per.drop(columns="memory_mb"), ["RESC"], "memory")
