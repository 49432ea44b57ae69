"""Aggregating repeated runs (seeds) into the papers' mean ± std.

The papers repeat each experiment over 3 (DRA: "averaged over three independent runs") or 5 seeds
and print mean ± standard deviation. None of them says which standard deviation; we use the sample
standard deviation (``ddof=1``, pandas' default, numpy's ``std(ddof=1)``), which is what
``statistics.stdev`` and most plotting libraries report. Pass ``ddof=0`` for the population value.

Formats (``format_mean_std``):

``"fraction"``       ``0.959±0.003``    DRA Tables 1-4, 7-9 (AUC as a fraction, three decimals)
``"percent"``        ``96.74 ± 0.26``   thesis / BMAD tables (percent, two decimals)
``"percent_plain"``  ``96.7``           DDAD-ASR and DIA tables (percent, one decimal, no std)
``"percent_std1"``   ``96.7 ± 0.3``     percent with one decimal and its std
``"fraction_std2"``  ``0.851±0.03``     DIA Tables 1-3 (three decimals, std with two)
``"number"``         ``19.93``          plain numbers (parameters in millions, GMACs); no scaling
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from medad_core.api import MedadError

__all__ = ["aggregate", "format_mean_std", "FORMAT_STYLES"]

FORMAT_STYLES = ("fraction", "percent", "percent_plain", "percent_std1", "fraction_std2", "number")


def aggregate(
    df: pd.DataFrame, by: Sequence[str] | str, metrics: Sequence[str] | str, ddof: int = 1, seed_column: str = "seed"
) -> pd.DataFrame:
    """Mean and standard deviation of ``metrics`` over the rows of each ``by`` group.

    Returns one row per group with ``<metric>_mean``, ``<metric>_std`` (sample std, ``ddof=1``; NaN for
    a single seed) and ``n_seeds`` (distinct values of ``seed_column`` when present, else rows).
    Metrics that are None/NaN in some rows (e.g. pixel metrics on image-level datasets) are averaged
    over the rows that have them.
    """
    by = [by] if isinstance(by, str) else list(by)
    metrics = [metrics] if isinstance(metrics, str) else list(metrics)
    missing = [c for c in [*by, *metrics] if c not in df.columns]
    if missing:
        raise MedadError(f"aggregate: columns {missing} are not in the results (have {sorted(map(str, df.columns))})")
    if "error" in df.columns:
        df = df[df["error"].isna()] if df["error"].notna().any() else df
    values = df[metrics].apply(pd.to_numeric, errors="coerce")
    frame = pd.concat([df[by].reset_index(drop=True), values.reset_index(drop=True)], axis=1)
    if seed_column in df.columns and seed_column not in by:
        frame[seed_column] = df[seed_column].to_numpy()
    grouped = frame.groupby(by, sort=False, dropna=False)
    out = grouped[metrics].agg(["mean", lambda s: s.std(ddof=ddof)])
    out.columns = [f"{metric}_{'mean' if stat == 'mean' else 'std'}" for metric, stat in out.columns]
    if seed_column in frame.columns and seed_column not in by:
        out["n_seeds"] = grouped[seed_column].nunique()
    else:
        out["n_seeds"] = grouped.size()
    return out.reset_index()


def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


def format_mean_std(mean: float | None, std: float | None = None, style: str = "fraction") -> str:
    """One table cell as the paper prints it (``mean`` and ``std`` given as fractions in [0, 1]).

    Missing means give ``"–"``; a missing or NaN std (single seed) prints the mean alone.
    """
    if style not in FORMAT_STYLES:
        raise MedadError(f"unknown format style {style!r}; choose one of {', '.join(FORMAT_STYLES)}")
    if _missing(mean):
        return "–"
    has_std = not _missing(std)
    if style == "fraction":
        return f"{mean:.3f}±{std:.3f}" if has_std else f"{mean:.3f}"
    if style == "fraction_std2":
        return f"{mean:.3f}±{std:.2f}" if has_std else f"{mean:.3f}"
    if style == "number":
        return f"{mean:.4g} ± {std:.2g}" if has_std else f"{mean:.4g}"
    if style == "percent":
        return f"{100 * mean:.2f} ± {100 * std:.2f}" if has_std else f"{100 * mean:.2f}"
    if style == "percent_std1":
        return f"{100 * mean:.1f} ± {100 * std:.1f}" if has_std else f"{100 * mean:.1f}"
    return f"{100 * mean:.1f}"
