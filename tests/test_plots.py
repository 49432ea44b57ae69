"""Every figure function returns a Figure on a tiny frame and refuses malformed input clearly."""

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


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _table():
    return pd.DataFrame({"DRA": [0.8, 0.7], "DevNet": [0.6, 0.5]}, index=["BrainMRI", "HeadCT"])


def test_bars_draws_one_bar_per_cell():
    fig = plots.bars(_table(), title="t")
    assert isinstance(fig, Figure)
    assert len(fig.axes[0].patches) == 4


def test_bars_into_given_axes_and_empty_table():
    fig, axes = plt.subplots(1, 2)
    assert plots.bars(_table(), ax=axes[1]) is fig
    empty = plots.bars(pd.DataFrame())
    assert "nothing ran" in empty.axes[0].texts[0].get_text()
    with pytest.raises(MedadError, match="DataFrame"):
        plots.bars([1, 2])


def test_lines_strip_heatmap():
    assert len(plots.lines(_table()).axes[0].lines) == 2
    long = pd.DataFrame({"subset": ["a", "b", "a"], "auc": [0.5, 0.6, 0.7], "model": ["DRA", "DRA", "DevNet"]})
    fig = plots.strip(long, x="subset", y="auc", hue="model")
    assert len(fig.axes[0].collections) == 2
    heat = plots.heatmap(_table().rename_axis(index="target", columns="source"))
    assert [t.get_text() for t in heat.axes[0].texts] == ["0.80", "0.60", "0.70", "0.50"]


def test_tsne_panels_one_panel_per_model():
    rng = np.random.default_rng(0)
    kind = np.array(["normal"] * 6 + ["seen anomaly"] * 3 + ["unseen anomaly"] * 3)
    panels = {name: {"embeddings": rng.normal(size=(12, 5)), "kind": kind} for name in ("KDAD", "DevNet", "DRA")}
    fig = plots.tsne_panels(panels, title="x")
    assert [ax.get_title() for ax in fig.axes] == ["KDAD", "DevNet", "DRA"]
    with pytest.raises(MedadError, match="12 embeddings but 3"):
        plots.tsne_panels({"DRA": {"embeddings": rng.normal(size=(12, 5)), "kind": kind[:3]}})


def test_localisation_grid_marks_missing_maps():
    images = [np.zeros((8, 8)), np.ones((8, 8))]
    masks = [np.eye(8), None]
    fig = plots.localisation_grid(images, masks, {"PaDiM": [np.eye(8), None]}, ["Brain", "Brain"])
    titles = [ax.get_title() for ax in fig.axes[:3]]
    assert titles == ["input", "mask", "PaDiM"]
    assert any(t.get_text() == "not run" for ax in fig.axes for t in ax.texts)
    with pytest.raises(MedadError, match="1 maps for 2 images"):
        plots.localisation_grid(images, masks, {"PaDiM": [np.eye(8)]})


def test_score_histograms_ours_vs_paper_efficiency_loss():
    scores = np.array([0.1, 0.2, 0.9, 0.8])
    labels = np.array([0, 0, 1, 1])
    assert isinstance(plots.score_histograms({"brain": (scores, labels)}), Figure)
    with pytest.raises(MedadError, match="labels"):
        plots.score_histograms({"brain": (scores, labels[:2])})
    pairs = pd.DataFrame(
        {
            "metric": ["image_auroc", "pro"],
            "mean_paper": [0.9, 0.8],
            "mean_ours": [0.7, 0.6],
            "method": ["PaDiM", "PaDiM"],
            "dataset": ["RESC", "RESC"],
        }
    )
    fig = plots.ours_vs_paper(pairs)
    assert len(fig.axes) == 3 and len(fig.axes[0].collections) == 1
    per = pd.DataFrame(
        {
            "dataset": ["RESC"],
            "name": ["PaDiM"],
            "predict_ms_per_image": [3.0],
            "image_auroc": [0.7],
            "memory_mb": [120.0],
        }
    )
    fig = plots.efficiency_panels(per, ["RESC", "RSNA"], "inference memory (MB, CPU)")
    assert fig.axes[0].get_title() == "RESC" and not fig.axes[1].collections
    curves = plots.loss_curves({"seed 0": [3.0, 2.0, 1.5]})
    assert list(curves.axes[0].lines[0].get_ydata()) == [3.0, 2.0, 1.5]
