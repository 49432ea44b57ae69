"""Aggregation over seeds and the papers' number formats."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pandas as pd
import pytest

from medad_core.api import MedadError
from medad_core.repeats import aggregate, format_mean_std


def _rows():
    return pd.DataFrame(
        {
            "method": ["dra"] * 3 + ["devnet"] * 3,
            "dataset": ["brain"] * 6,
            "seed": [0, 1, 2, 0, 1, 2],
            "image_auroc": [0.97, 0.973, 0.967, 0.90, 0.91, None],
            "pro": [None] * 6,
        }
    )


def test_aggregate_sample_std_and_seed_count():
    out = aggregate(_rows(), by=["method", "dataset"], metrics=["image_auroc", "pro"]).set_index("method")
    assert out.loc["dra", "image_auroc_mean"] == pytest.approx(statistics.mean([0.97, 0.973, 0.967]))
    assert out.loc["dra", "image_auroc_std"] == pytest.approx(statistics.stdev([0.97, 0.973, 0.967]))
    # a missing value is left out of its group's mean
    assert out.loc["devnet", "image_auroc_mean"] == pytest.approx(0.905)
    assert out.loc["dra", "n_seeds"] == 3
    assert math.isnan(out.loc["dra", "pro_mean"])
    population = aggregate(_rows(), by="method", metrics="image_auroc", ddof=0).set_index("method")
    assert population.loc["dra", "image_auroc_std"] == pytest.approx(np.std([0.97, 0.973, 0.967]))


def test_aggregate_missing_column():
    with pytest.raises(MedadError, match="not in the results"):
        aggregate(_rows(), by="method", metrics="dice")


def test_format_styles():
    assert format_mean_std(0.9587, 0.0031, "fraction") == "0.959±0.003"
    assert format_mean_std(0.96743, 0.00262, "percent") == "96.74 ± 0.26"
    assert format_mean_std(0.96743, 0.00262, "percent_plain") == "96.7"
    assert format_mean_std(0.96743, float("nan"), "fraction") == "0.967"
    assert format_mean_std(0.8512, 0.031, "fraction_std2") == "0.851±0.03"
    assert format_mean_std(19.93, None, "number") == "19.93"
    assert format_mean_std(None, None) == "–"
    with pytest.raises(MedadError, match="style"):
        format_mean_std(0.5, 0.1, "latex")
