"""experiments.data (the data chapter and the pipeline demo): grids, cached runs, frames, their figures."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from medad_core import plots  # noqa: E402
from medad_core.api import MedadError  # noqa: E402
from medad_core.data import DATASETS, DOMAINS, get_spec  # noqa: E402
from medad_core.data.baseline import BASELINES  # noqa: E402
from medad_core.experiments import data  # noqa: E402
from medad_core.runner import read_fits_log, results_dir  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.fixture
def one_domain(monkeypatch):
    """The chapter's grids on the brain MRI phantom only (the runs stay a few seconds)."""
    monkeypatch.setattr(data, "REPRESENTATIVE", {"brain_mri": "bmad_brain"})


@pytest.mark.parametrize("profile", ["smoke", "quick"])
def test_baseline_grid_is_every_domain_seed_and_representation(profile):
    configs = data.grid("baseline", profile)
    seeds = data.seeds_for(profile)
    assert len(configs) == len(data.REPRESENTATIVE) * len(seeds) * len(BASELINES)
    assert {c.dataset for c in configs} == set(data.REPRESENTATIVE.values())
    assert {c.method for c in configs} == {"pixel_knn"}
    assert {c.params["representation"] for c in configs} == set(BASELINES)
    assert {c.seed for c in configs} == set(seeds)
    # each seed scores its own phantom draw, like the page did before the runner
    assert all(c.data_seed == c.seed for c in configs)
    # smoke compares at 32 px, the other profiles at the size the dataset is read at
    for c in configs:
        assert c.params["resolution"] == (32 if profile == "smoke" else get_spec(c.dataset).default_size(profile))


def test_severity_grid_names_one_folder_per_dataset_and_severity(tmp_path):
    configs = data.grid("severity", "quick", results=tmp_path)
    assert len(configs) == len(data.REPRESENTATIVE) * len(data.SEVERITIES["quick"]) * len(BASELINES)
    roots = {c.data_root for c in configs}
    assert len(roots) == len(data.REPRESENTATIVE) * len(data.SEVERITIES["quick"])
    assert all(r.startswith(str(tmp_path / "phantoms" / "severity")) for r in roots)
    assert {c.params["resolution"] for c in configs} == {data.SWEEP_SIZE["quick"]}
    assert not (tmp_path / "phantoms").exists()  # a grid writes nothing


def test_demo_grid_and_errors():
    configs = data.grid("demo", "quick", seeds=[0, 1], datasets=["bmad_brain"])
    assert [(c.dataset, c.seed) for c in configs] == [("bmad_brain", 0), ("bmad_brain", 1)]
    assert [c.dataset for c in data.grid("demo", "smoke")] == data.DEMO_DATASETS
    with pytest.raises(MedadError, match="baseline, severity, demo"):
        data.grid("nope", "quick")
    with pytest.raises(MedadError, match="unknown profile"):
        data.grid("baseline", "huge")


def test_baseline_runs_are_cached_and_make_the_table(one_domain):
    rows = data.run("baseline", "smoke")
    fits = len(read_fits_log())
    assert fits == len(BASELINES)
    frame = data.baseline_frame(rows)
    assert list(frame.columns) == [
        "domain",
        "dataset",
        "seed",
        "source",
        "image_size",
        "resolution",
        "train",
        "test",
        "severity",
        "baseline",
        "image_auroc",
    ]
    assert set(frame["baseline"]) == set(BASELINES)
    assert frame["source"].eq("phantom").all() and frame["severity"].eq(0.6).all()
    assert frame["image_auroc"].between(0, 1).all()
    table = data.baseline_table(frame)
    assert list(table.columns) == [(b, s) for b in BASELINES for s in ("mean", "std")]
    assert list(table.index.get_level_values("domain")) == ["brain_mri"]
    best = data.best_baseline(frame)
    assert best["brain_mri"] == pytest.approx(frame["image_auroc"].max())
    scores, runs, sentence = data.baseline_summary(frame)
    assert list(scores.columns) == list(BASELINES) and list(scores.index) == [("brain_mri", "bmad_brain")]
    mean = frame.groupby("baseline")["image_auroc"].mean()
    assert all(scores[b].iloc[0].startswith(f"{mean[b]:.3f}") for b in BASELINES)
    assert runs.loc[("brain_mri", "bmad_brain"), "source"] == "phantom"
    assert sentence.endswith(f"brain_mri {best['brain_mri']:.2f}")
    # a rerun reads every row from the cache: no fit
    again = data.baseline_frame(data.run("baseline", "smoke"))
    assert len(read_fits_log()) == fits
    pd.testing.assert_frame_equal(again, frame)


def test_severity_sweep_writes_each_folder_once_and_separates_severities(one_domain, monkeypatch):
    monkeypatch.setitem(data.SEVERITIES, "smoke", [0.2, 1.0])
    sweep = data.severity_frame(data.run("severity", "smoke"))
    assert list(sweep.columns) == ["domain", "dataset", "severity", "baseline", "auroc"]
    assert len(sweep) == 2 * len(BASELINES)
    raw = sweep[sweep["baseline"] == "raw_pixel"].set_index("severity")["auroc"]
    # an obvious anomaly is easier to find than a subtle one
    assert raw[1.0] > raw[0.2] + 0.2
    folders = sorted((results_dir() / "phantoms" / "severity").iterdir())
    assert len(folders) == 2 and all((f / ".complete").is_file() for f in folders)
    stamp = [(f / ".complete").stat().st_mtime_ns for f in folders]
    fits = len(read_fits_log())
    again = data.severity_frame(data.run("severity", "smoke"))
    assert len(read_fits_log()) == fits
    assert [(f / ".complete").stat().st_mtime_ns for f in folders] == stamp
    pd.testing.assert_frame_equal(again, sweep)


def test_demo_examples_come_from_stored_predictions():
    configs = data.grid("demo", "smoke")
    rows = data.run("demo", "smoke")
    assert rows["error"].isna().all()
    table = data.demo_rows(rows)
    assert {"dataset", "seed", "image_auroc", "pixel_auroc", "fit_seconds", "config_hash"} <= set(table.columns)
    assert set(table.columns) <= set(data.DEMO_COLUMNS) and len(table) == len(configs)
    summary = data.demo_summary(rows)
    assert list(summary.index) == sorted(data.DEMO_DATASETS)
    examples = data.demo_examples(configs)
    assert list(examples["scores"]) == data.DEMO_DATASETS
    scores, labels = examples["scores"]["bmad_brain"]
    assert scores.shape == labels.shape and set(np.unique(labels)) == {0, 1}
    assert len(examples["images"]) == len(examples["maps"]["pixel_knn"]) == len(data.DEMO_DATASETS)
    # BMAD brain has masks, the chest X-rays image labels only
    assert examples["masks"][0] is not None and examples["masks"][1] is None
    assert examples["maps"]["pixel_knn"][0].shape == examples["images"][0].shape[:2]
    fig = plots.localisation_grid(examples["images"], examples["masks"], examples["maps"], examples["row_labels"])
    assert isinstance(fig, Figure)


def test_domain_and_pseudo_samples_draw_as_montages():
    samples = data.domain_samples("head_ct", n_cols=2, size=16)
    assert list(samples) == ["normal", *DOMAINS["head_ct"]]
    assert samples["normal"][1][1] is None and samples[DOMAINS["head_ct"][0]][1][1] is not None
    assert isinstance(plots.outlined_montage(samples, title=data.domain_title("head_ct")), Figure)
    pseudo = data.pseudo_samples(16, n_per_domain=1)
    assert list(pseudo) == ["CutMix", "CP-Scar", "CP-Mix"]
    assert all(len(row) == 2 and row[0][0].shape == (16, 16, 3) for row in pseudo.values())
    assert isinstance(plots.outlined_montage(pseudo), Figure)
    with pytest.raises(MedadError, match="unknown phantom domain"):
        data.domain_samples("dental", 2, 16)
    assert "train/" in data.layout_trees(["bmad_brain"])


def test_outlined_montage_marks_the_mask_border_and_checks_sizes():
    image = np.zeros((8, 8), np.float32)
    mask = np.zeros((8, 8), bool)
    mask[2:6, 2:6] = True
    fig = plots.outlined_montage({"a": [(image, mask), (image, None)]})
    drawn = fig.axes[0].images[0].get_array()
    assert drawn.shape == (8, 18, 3)
    assert tuple(drawn[2, 2]) == pytest.approx((1.0, 0.1, 0.1))  # border of the mask
    assert tuple(drawn[3, 3]) == (0.0, 0.0, 0.0)  # inside stays the image
    assert tuple(drawn[2, 12]) == (0.0, 0.0, 0.0)  # no mask: no outline
    with pytest.raises(MedadError, match="must be 8 x 8"):
        plots.outlined_montage({"a": [(image, None)], "b": [(np.zeros((4, 4)), None)]})
    assert isinstance(plots.outlined_montage({}), Figure)


def test_severity_curves_one_panel_per_baseline_one_line_per_domain():
    sweep = pd.DataFrame(
        {
            "domain": ["a", "a", "b", "b"] * 2,
            "severity": [0.2, 1.0] * 4,
            "baseline": ["raw_pixel"] * 4 + ["block_stats"] * 4,
            "auroc": [0.5, 0.9, 0.6, 0.7, 0.4, 0.8, 0.5, 0.6],
        }
    )
    fig = plots.severity_curves(sweep)
    assert [ax.get_title() for ax in fig.axes] == ["raw_pixel", "block_stats"]
    assert len(fig.axes[0].get_lines()) == 3  # two domains and the chance line
    assert isinstance(plots.severity_curves(sweep.iloc[:0]), Figure)
    with pytest.raises(MedadError, match="DataFrame"):
        plots.severity_curves([1, 2])


def test_registry_and_size_frames_are_narrow_tables_per_document():
    where, what = data.registry_frames()
    assert set(where.index) == set(what.index) == set(DATASETS)
    assert {"phantom", "papers", "description"} <= set(what.columns) and "description" not in where.columns
    frames = data.size_frames("quick")
    assert len(frames) >= 4, "one table per source document"
    for heading, table in frames:
        assert heading.startswith("**") and len(table) >= 1
        assert table.map(lambda cell: " / " in cell).all().all(), "each cell is paper / phantom"
