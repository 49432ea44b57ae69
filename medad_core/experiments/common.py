"""What every paper's experiments share: honest-table notes, summary rows, the provenance line.

A table cell says how much stands behind it (issue 10, item 4):

* a cell averaged over fewer seeds than the profile asked shows ``k of n seeds``; failed seeds are
  counted (``1 failed``), never dropped silently;
* a summary row ("mean" over subsets) that averages fewer subsets than the paper's row shows
  ``mean of k of n``;
* each table has one line naming the weights and data source of its rows.

The notes live in a ``note`` column of the long frame; :func:`paper_table` appends them to our cells
of :func:`medad_core.tables.side_by_side`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from medad_core.api import MedadError
from medad_core.repeats import aggregate
from medad_core.tables import side_by_side, to_long

__all__ = [
    "pick_seeds",
    "LONG_COLUMNS",
    "finished",
    "seed_notes",
    "summarise",
    "summary_rows",
    "paper_table",
    "provenance",
    "empty_long",
]

LONG_COLUMNS = ["dataset", "subset", "method", "setting", "metric", "mean", "std", "status", "n_seeds", "note"]


def pick_seeds(defaults: Mapping[str, Sequence[int]], profile: str, seeds: Sequence[int] | None = None) -> list[int]:
    """The seeds of a run: ``seeds`` when given, else the profile's entry of ``defaults``.

    Args:
        defaults: profile -> default seeds (each paper module's ``SEEDS``).
        profile: smoke, quick or paper.
        seeds: the notebook's ``seeds`` parameter (None: the defaults).

    Returns:
        The seeds as a list.

    Raises:
        MedadError: an unknown profile.
    """
    if profile not in defaults:
        raise MedadError(f"unknown profile {profile!r}; expected one of {', '.join(defaults)}")
    return list(defaults[profile] if seeds is None else seeds)


def empty_long() -> pd.DataFrame:
    """An empty long frame with the columns :func:`summarise` returns."""
    return pd.DataFrame(columns=LONG_COLUMNS)


def seed_notes(n_ok: pd.Series, n_failed: pd.Series, expected: int) -> list[str]:
    """The note of each cell: ``"k of n seeds"`` below the profile's count, ``"j failed"`` when any failed.

    Args:
        n_ok: seeds that finished, per cell.
        n_failed: seeds that raised, per cell.
        expected: seeds the profile (or the caller) asked for.

    Returns:
        One string per cell, empty when the cell is complete.
    """
    notes = []
    for ok, failed in zip(n_ok, n_failed, strict=False):
        parts = []
        if int(ok) < expected:
            parts.append(f"{int(ok)} of {expected} seeds")
        if int(failed):
            parts.append(f"{int(failed)} failed")
        notes.append(", ".join(parts))
    return notes


def summarise(
    rows: pd.DataFrame, keys: Sequence[str], metrics: Sequence[str], expected_seeds: int, status: str = "status"
) -> pd.DataFrame:
    """Mean ± std over seeds per cell, in long format, with the seed count and its note.

    Args:
        rows: one row per run; failed runs carry an ``error``, cells without data a non-empty ``status``.
        keys: the cell's key columns (kept in the output under the same names).
        metrics: metric columns to average.
        expected_seeds: seeds the profile asked for; fewer finished ones are noted in the cell.
        status: column whose non-empty value marks a cell that did not run (e.g. "needs data").

    Returns:
        Long frame: ``keys``, ``metric``, ``mean``, ``std``, ``status``, ``n_seeds``, ``note``.
    """
    keys = list(keys)
    res = rows.copy()
    if status not in res:
        res[status] = ""
    res[status] = res[status].fillna("")
    if "error" not in res:
        res["error"] = None
    failed = res["error"].notna() & (res[status] == "")
    ran = res[(res[status] == "") & ~failed]
    parts = []
    if len(ran):
        agg = aggregate(ran, by=keys, metrics=list(metrics))
        agg["status"] = ""
        n_failed = res[failed].groupby(keys, dropna=False).size()
        agg["n_failed"] = [
            int(n_failed.get(tuple(k) if len(keys) > 1 else k[0], 0)) for k in agg[keys].itertuples(index=False)
        ]
        agg["note"] = seed_notes(agg["n_seeds"], agg["n_failed"], expected_seeds)
        long = to_long(agg, list(metrics), [*keys, "status"])
        long["note"] = np.tile(agg["note"].to_numpy(), len(metrics))
        parts.append(long)
    # a cell whose every seed failed is "failed", one without data keeps its status
    lost = res[(res[status] != "") | failed].copy()
    if len(lost):
        lost.loc[lost[status] == "", status] = "failed"
        done = set(map(tuple, ran[keys].astype(str).to_numpy())) if len(ran) else set()
        lost = lost[[tuple(v) not in done for v in lost[keys].astype(str).to_numpy()]]
        lost = lost.drop_duplicates(keys)
        for metric in metrics:
            extra = lost[keys + [status]].rename(columns={status: "status"})
            extra = extra.assign(metric=metric, mean=np.nan, std=np.nan, n_seeds=0, note="")
            parts.append(extra)
    if not parts:
        return pd.DataFrame(columns=[*keys, "metric", "mean", "std", "status", "n_seeds", "note"])
    return pd.concat(parts, ignore_index=True)


def summary_rows(
    long: pd.DataFrame,
    n_subsets: dict[tuple[str, str], int],
    label: str = "mean",
    group: Sequence[str] = ("dataset", "method", "setting", "metric"),
) -> pd.DataFrame:
    """The paper's summary rows (mean over a dataset's subsets), saying when they average fewer.

    Args:
        long: long frame of per-subset cells (``subset`` non-empty); cells without a mean are ignored.
        n_subsets: ``(dataset, setting) -> number of subsets`` the paper's summary row averages; a
            dataset not listed gets no summary row.
        label: the summary row's ``subset`` value in the paper's table.
        group: columns a summary row keeps.

    Returns:
        One long row per group with ``subset=label``, ``note = "mean of k of n"`` when k < n, and
        ``n_seeds`` the smallest seed count among the averaged cells.
    """
    group = list(group)
    ran = long[long["mean"].notna() & (long["subset"].fillna("") != "") & (long["subset"] != label)]
    ran = ran[[(d, s) in n_subsets for d, s in zip(ran["dataset"], ran["setting"], strict=False)]]
    if not len(ran):
        return pd.DataFrame(columns=LONG_COLUMNS)
    out = ran.groupby(group, as_index=False, sort=False).agg(
        mean=("mean", "mean"), k=("subset", "nunique"), n_seeds=("n_seeds", "min")
    )
    out["n"] = [n_subsets[(d, s)] for d, s in zip(out["dataset"], out["setting"], strict=False)]
    out["note"] = [f"mean of {k} of {n}" if k < n else "" for k, n in zip(out["k"], out["n"], strict=False)]
    out = out.assign(subset=label, std=np.nan, status="")
    return out[group + ["subset", "mean", "std", "status", "n_seeds", "note"]]


def paper_table(reference: pd.DataFrame, ours: pd.DataFrame, index: Sequence[str], columns: Sequence[str], **kwargs):
    """:func:`medad_core.tables.side_by_side` with each cell's ``note`` appended to our value.

    Args:
        reference: the paper's long table.
        ours: our long frame (a ``note`` column is optional).
        index: key columns of the table rows.
        columns: key columns of the table columns.
        **kwargs: passed on to ``side_by_side`` (``metric``, ``best_group``, ``missing_label``, ...).

    Returns:
        The :class:`~medad_core.tables.PaperTable` of ``side_by_side``, notes included (``.data`` is the
        full string table; the page prints computed rows first, paper-only rows folded, and each note
        beneath our value in small type).
    """
    index, columns = list(index), list(columns)
    styler = side_by_side(reference, ours, index=index, columns=columns, **kwargs)
    if ours is None or not len(ours) or "note" not in ours:
        return styler
    text = styler.data
    wanted = kwargs.get("metric")
    noted = ours[ours["note"].fillna("") != ""]
    if wanted is not None and "metric" in noted:
        noted = noted[noted["metric"].isin([wanted] if isinstance(wanted, str) else list(wanted))]
    for _, row in noted.iterrows():
        r = (
            str(row[index[0]] if pd.notna(row[index[0]]) else "")
            if len(index) == 1
            else tuple("" if pd.isna(row[k]) else str(row[k]) for k in index)
        )
        c = (*["" if pd.isna(row[k]) else str(row[k]) for k in columns], "ours")
        if r in text.index and c in text.columns:
            text.loc[r, c] = f"{text.loc[r, c]} ({row['note']})"
    return styler


def provenance(rows: pd.DataFrame, seeds: Sequence[int]) -> str:
    """One line naming the weights, data source and seeds behind a table's rows.

    Args:
        rows: the runs of the table (``weights`` and ``data_source`` columns where they ran).
        seeds: the seeds the profile asked for.

    Returns:
        Markdown text, e.g. ``"Rows: weights random-init; data phantom; seeds [0] (3 runs)."``.
    """

    def values(col: str) -> str:
        if col not in rows or not rows[col].notna().any():
            return "–"
        return ", ".join(sorted(map(str, rows[col].dropna().unique())))

    ok = rows[rows["error"].isna()] if "error" in rows else rows
    n_failed = len(rows) - len(ok)
    failed = f", {n_failed} failed" if n_failed else ""
    return (
        f"Rows: weights {values('weights')}; data {values('data_source')}; seeds {list(seeds)} "
        f"({len(ok)} runs{failed})."
    )


def finished(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows of runs that finished (no error, not "needs data"), for our own figures."""
    ok = rows["error"].isna() if "error" in rows else pd.Series(True, index=rows.index)
    if "status" in rows:
        ok &= rows["status"].fillna("") == ""
    return rows[ok]
