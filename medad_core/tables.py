"""The papers' reported numbers (``medad_core/reference/*.csv``) and paper-beside-ours tables.

Every reference CSV is in long format, one reported cell per row:

``paper, table, dataset, subset, method, setting, metric, mean, std, note[, marked]``

``mean`` / ``std`` are stored as fractions (a paper's ``96.74 ± 0.26`` is ``0.9674, 0.0026``) so they
compare directly with our metrics; ``TABLES[table_id]["style"]`` says how the paper prints them.
``note`` explains an unclear cell of the PDF text; ``marked`` records a mark the text kept
(``underline``). ``reference/README.md`` says where each table comes from.

``side_by_side(reference, reproduced, index=[...], columns=[...])`` renders, for each cell, the paper's
value, ours and the difference, with the best per column (or per row) in bold as the paper marks it;
reference cells without a reproduced value say "not run" (or the reproduced row's ``status``, e.g.
"needs data") instead of disappearing.

How a table reaches the page (issue 18, item 4): a :class:`PaperTable` prints one cell per (row,
column), ours on top and the paper's value and Δ beneath in small type, so a table is a third as wide
as with one sub-column each; rows with a number of ours come first and the paper-only rows are folded
under a ``<details>`` toggle; a table still wider than the book's content column (``PAGE_CHARS``
characters) is stacked in blocks of columns, each block keeping the row labels.
:func:`fit_to_page` does the stacking for any other wide DataFrame (pivot tables, run lists).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from medad_core.api import MedadError
from medad_core.repeats import format_mean_std

__all__ = [
    "REFERENCE_DIR",
    "TABLES",
    "LONG_COLUMNS",
    "list_reference_tables",
    "reference_table",
    "to_long",
    "side_by_side",
    "PaperTable",
    "FittedTable",
    "fit_to_page",
    "fit_frames_to_page",
    "PAGE_CHARS",
]

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
LONG_COLUMNS = ["paper", "table", "dataset", "subset", "method", "setting", "metric", "mean", "std", "note", "marked"]

#: how each paper table prints its numbers and how it marks the best (for ``side_by_side`` defaults)
TABLES: dict[str, dict[str, str]] = {
    "dra_table1": {
        "title": "DRA Table 1: AUC, general setting (1 and 10 anomalies)",
        "style": "fraction",
        "best": "row",
    },
    "dra_table2": {"title": "DRA Table 2: AUC, hard setting", "style": "fraction", "best": "row"},
    "dra_table3": {"title": "DRA Table 3: ablation of the abnormality heads", "style": "fraction", "best": "row"},
    "dra_table4": {"title": "DRA Table 4: AUC by source of pseudo anomalies", "style": "fraction", "best": "row"},
    "dra_table7": {
        "title": "DRA Table 7: DRA vs DeepSAD and MINNS, general setting",
        "style": "fraction",
        "best": "row",
    },
    "dra_table8": {"title": "DRA Table 8: DRA vs DeepSAD and MINNS, hard setting", "style": "fraction", "best": "row"},
    "dra_table9": {"title": "DRA Table 9: cross-domain DRA vs KDAD on textures", "style": "fraction", "best": "none"},
    "ddad_table2": {
        "title": "DDAD-ASR Table 2: comparison with SOTA (AUC / AP %)",
        "style": "percent_plain",
        "best": "column",
    },
    "ddad_table3": {
        "title": "DDAD-ASR Table 3: six anomaly scores x three backbones (AUC %)",
        "style": "percent_plain",
        "best": "column",
    },
    "ddad_fig5": {
        "title": "DDAD-ASR Fig. 5: AUC against the unlabelled pool's anomaly rate (RSNA, AE; numbers of Sec. 4.4.1)",
        "style": "percent_plain",
        "best": "none",
    },
    "dia_table1": {"title": "DIA Table 1: fine-grained medical AD, AUROC", "style": "fraction_std2", "best": "column"},
    "dia_table2": {
        "title": "DIA Table 2: rotate vs perm shifting transformation",
        "style": "fraction_std2",
        "best": "column",
    },
    "dia_table3": {
        "title": "DIA Table 3: resolution of the dissolved samples",
        "style": "fraction_std2",
        "best": "column",
    },
    "dia_table4": {
        "title": "DIA Table 4: parameters (M) and MACs (G) by dissolving resolution",
        "style": "number",
        "best": "none",
    },
    "dia_fig4": {
        "title": "DIA Fig. 4: AUROC with the DDPM trained on a fraction gamma of the data",
        "style": "fraction",
        "best": "none",
    },
    "thesis_table3_7": {"title": "Thesis Table 3.7: BMAD liver CT (BTCV + LiTS)", "style": "percent", "best": "column"},
    "thesis_table3_8": {"title": "Thesis Table 3.8: BMAD brain MRI (BraTS2021)", "style": "percent", "best": "column"},
    "thesis_table3_9": {"title": "Thesis Table 3.9: BMAD retinal OCT (RESC)", "style": "percent", "best": "column"},
    "thesis_table3_10": {
        "title": "Thesis Table 3.10: BMAD OCT2017, RSNA, Camelyon16",
        "style": "percent",
        "best": "column",
    },
    "thesis_table3_11": {
        "title": "Thesis Table 3.11: BMAD Dice at threshold 0.5",
        "style": "percent",
        "best": "column",
    },
    "thesis_table4_1": {"title": "Thesis Table 4.1: brain MRI", "style": "percent", "best": "column"},
    "thesis_table4_2": {"title": "Thesis Table 4.2: liver CT", "style": "percent", "best": "column"},
    "thesis_table4_3": {"title": "Thesis Table 4.3: retinal OCT (RESC)", "style": "percent", "best": "column"},
    "thesis_table4_4": {
        "title": "Thesis Table 4.4: OCT2017, chest X-ray, histopathology",
        "style": "percent",
        "best": "column",
    },
}


def list_reference_tables() -> list[str]:
    """Ids of the transcribed tables (CSV stems under ``medad_core/reference``)."""
    return sorted(p.stem for p in REFERENCE_DIR.glob("*.csv"))


def _normalise_id(paper_or_id: str, table: str | int | None) -> str:
    if table is None:
        return paper_or_id.strip().lower()
    t = str(table).strip().lower().replace("table", "").strip().replace(".", "_").replace(" ", "")
    return f"{paper_or_id.strip().lower()}_table{t}"


def reference_table(table_id: str, table: str | int | None = None) -> pd.DataFrame:
    """A transcribed table in long format.

    Args:
        table_id: a table id (``"dra_table1"``, see ``list_reference_tables``) or, with ``table``, the
            paper (``"thesis"``).
        table: the paper's table number (``"3.7"`` or ``3``); None when ``table_id`` is a full id.

    Returns:
        The table's rows with the columns ``LONG_COLUMNS``; ``mean`` / ``std`` are fractions (NaN where
        the paper has none).

    Raises:
        MedadError: no such table.
    """
    tid = _normalise_id(table_id, table)
    path = REFERENCE_DIR / f"{tid}.csv"
    if not path.is_file():
        raise MedadError(f"no reference table {tid!r}; available: {', '.join(list_reference_tables())}")
    df = pd.read_csv(
        path,
        dtype={"subset": str, "note": str, "marked": str},
        keep_default_na=False,
        na_values={"mean": [""], "std": [""]},
    )
    for column in LONG_COLUMNS:
        if column not in df.columns:
            df[column] = ""
    df["mean"] = pd.to_numeric(df["mean"], errors="coerce")
    df["std"] = pd.to_numeric(df["std"], errors="coerce")
    return df[LONG_COLUMNS]


def to_long(
    aggregated: pd.DataFrame,
    metrics: Sequence[str],
    keys: Sequence[str],
    constants: dict[str, str] | None = None,
    rename: dict[str, dict[str, str]] | None = None,
) -> pd.DataFrame:
    """Turn ``repeats.aggregate`` output (``<metric>_mean`` / ``_std`` columns) into the long format.

    Args:
        aggregated: one row per configuration with ``<metric>_mean`` (and optionally ``_std``,
            ``n_seeds``, ``status``) columns.
        metrics: the metrics to keep, one long row per metric and configuration.
        keys: the aggregated columns kept as they are (e.g. ``["method", "dataset"]``).
        constants: key columns that do not vary, filled with one value (``{"setting": "general_10shot"}``).
        rename: maps our values to the paper's, per column (``{"method": {"dra": "DRA"}}``).

    Returns:
        The long frame: ``keys``, ``metric``, ``mean``, ``std`` (NaN without a ``_std`` column), the
        constants, and ``n_seeds`` / ``status`` where the input has them.

    Raises:
        MedadError: a metric has no ``<metric>_mean`` column.
    """
    parts = []
    for metric in metrics:
        mean_col, std_col = f"{metric}_mean", f"{metric}_std"
        if mean_col not in aggregated.columns:
            raise MedadError(f"to_long: {mean_col!r} is not a column of the aggregated results")
        part = aggregated[list(keys)].copy()
        part["metric"] = metric
        part["mean"] = pd.to_numeric(aggregated[mean_col], errors="coerce")
        part["std"] = pd.to_numeric(aggregated[std_col], errors="coerce") if std_col in aggregated else np.nan
        if "n_seeds" in aggregated.columns:
            part["n_seeds"] = aggregated["n_seeds"]
        if "status" in aggregated.columns:
            part["status"] = aggregated["status"]
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    for key, value in (constants or {}).items():
        out[key] = value
    for key, mapping in (rename or {}).items():
        out[key] = out[key].map(lambda v, m=mapping: m.get(v, v))
    return out


def _fmt(mean: float, std: float, style: str) -> str:
    if mean is None or pd.isna(mean):
        return ""
    return format_mean_std(float(mean), None if std is None or pd.isna(std) else float(std), style)


def _fmt_diff(diff: float, style: str) -> str:
    if diff is None or pd.isna(diff):
        return ""
    if style == "number":
        return f"{diff:+.3g}"
    if style in ("fraction", "fraction_std2"):
        return f"{diff:+.3f}"
    return f"{100 * diff:+.1f}" if style in ("percent_plain", "percent_std1") else f"{100 * diff:+.2f}"


def _best_mask(values: pd.DataFrame, axis: str, groups: list[tuple[int, ...]] | None, higher: bool) -> pd.DataFrame:
    """Boolean frame: True where a value is the best of its column or of its row.

    ``axis="column"`` ranks each column over the rows; ``axis="row"`` ranks each row within each group
    of column positions (all columns when ``groups`` is None).
    """
    mask = pd.DataFrame(False, index=values.index, columns=values.columns)
    if axis == "column":
        for col in values.columns:
            series = values[col]
            if series.notna().any():
                best = series.max() if higher else series.min()
                mask[col] = np.isclose(series.to_numpy(dtype=float), best) & series.notna().to_numpy()
    elif axis == "row":
        for cols in groups or [tuple(range(values.shape[1]))]:
            if len(cols) < 2:
                continue  # a lone column (e.g. an unsupervised baseline) is not ranked
            block = values.iloc[:, list(cols)]
            best = block.max(axis=1) if higher else block.min(axis=1)
            for j in cols:
                col = values.columns[j]
                mask[col] = mask[col] | (
                    np.isclose(values[col].to_numpy(dtype=float), best.to_numpy(dtype=float))
                    & values[col].notna().to_numpy()
                )
    return mask


@dataclass(frozen=True)
class _Layout:
    """The resolved keyword arguments of ``side_by_side`` that every step after alignment reads."""

    index: list[str]
    columns: list[str]
    style: str
    best: str
    best_group: tuple[str, ...]
    higher_is_better: bool
    missing_label: str
    show: tuple[str, ...]

    @property
    def keys(self) -> list[str]:
        return self.index + self.columns


def side_by_side(
    reference_long: pd.DataFrame,
    reproduced_long: pd.DataFrame | None,
    index: Sequence[str] = ("dataset", "subset"),
    columns: Sequence[str] = ("method",),
    metric: str | Iterable[str] | None = None,
    style: str | None = None,
    best: str | None = None,
    best_group: Sequence[str] = (),
    higher_is_better: bool = True,
    missing_label: str = "not run",
    show: Sequence[str] = ("paper", "ours", "Δ"),
    caption: str | None = None,
    as_frame: bool = False,
    max_chars: int | None = None,
):
    """Paper numbers beside ours, cell by cell.

    Each table column holds ``show`` sub-columns: the paper's value, ours (mean ± std over seeds)
    and Δ = ours − paper. Paper values and ours are ranked separately for the bold marks. Reference
    cells with no reproduced value show the reproduced row's ``status`` or ``missing_label``; reproduced
    cells the paper lacks come after the paper's rows and columns. On the page (:class:`PaperTable`)
    the sub-columns share one cell, computed rows come first and paper-only rows are folded.

    Args:
        reference_long: a reference table in long format (``reference_table``).
        reproduced_long: our results in long format (``to_long``), one row per cell (aggregated over
            seeds), optionally with a ``status`` column (e.g. "needs data"); None or empty: nothing run.
        index: long-format key columns that make the rows of the table.
        columns: key columns that make the columns. Any key not in ``index`` or ``columns`` must be
            constant after filtering by ``metric``.
        metric: keep only this metric (or these metrics) of both frames; None keeps all.
        style: how numbers print (a ``TABLES`` style such as "percent" or "fraction"); None: the
            table's own style from ``TABLES``, else "fraction".
        best: "column" bolds the best value of each sub-column over the rows (thesis tables), "row"
            the best of each row among the columns that share ``best_group`` keys, "none" nothing;
            None: the table's own mark from ``TABLES``, else "column".
        best_group: column keys that group the columns ranked together with ``best="row"`` (DRA: best
            method per dataset within a shot setting, ``["setting"]``); empty: all columns.
        higher_is_better: rank by the largest value (False: the smallest).
        missing_label: what a reference cell without a reproduced value or status says.
        show: the sub-columns of each column, a subset of "paper", "ours", "Δ" in display order.
        caption: the table caption; None: the ``TABLES`` title.
        as_frame: return the string table and the bold mask instead of a :class:`PaperTable`.
        max_chars: the widest block the page shows, in characters of the table's type (None:
            ``PAGE_CHARS``, the book's content column); wider tables are stacked in blocks of columns.

    Returns:
        A :class:`PaperTable` (renders as HTML in a notebook and the book; ``.data`` is the full string
        table with one sub-column per ``show`` entry, ``.to_html()`` its HTML, ``.style`` the pandas
        ``Styler`` of the wide layout), or with ``as_frame=True`` the string DataFrame and the boolean
        DataFrame of bold cells.

    Raises:
        MedadError: a key column is missing, or ``index`` + ``columns`` do not identify one reference
            cell (or one reproduced row) each.
    """
    info = _table_info(reference_long)
    layout = _Layout(
        index=list(index),
        columns=list(columns),
        style=style or info.get("style", "fraction"),
        best=best or info.get("best", "column"),
        best_group=tuple(best_group),
        higher_is_better=higher_is_better,
        missing_label=missing_label,
        show=tuple(show),
    )
    ref = _prepare_reference(_keep_metrics(reference_long, metric), layout.keys)
    rep = _prepare_reproduced(_keep_metrics(reproduced_long, metric), layout.keys)
    cells = _cell_texts(_align(ref, rep, layout.keys), layout.style, layout.missing_label)
    text, numbers = _grid(cells, layout)
    bold = _bold(text, numbers, layout)
    if as_frame:
        return text, bold
    return PaperTable(
        text,
        bold,
        numbers["ours"].notna().to_numpy(),
        caption=caption or info.get("title"),
        show=layout.show,
        max_chars=PAGE_CHARS if max_chars is None else max_chars,
    )


def _table_info(reference_long: pd.DataFrame) -> dict[str, str]:
    """The ``TABLES`` entry of the reference when it holds exactly one table, else ``{}``."""
    table_ids = sorted(set(reference_long["table"])) if "table" in reference_long.columns else []
    return TABLES.get(table_ids[0], {}) if len(table_ids) == 1 else {}


def _keep_metrics(frame: pd.DataFrame | None, metric: str | Iterable[str] | None) -> pd.DataFrame | None:
    if metric is None or frame is None or "metric" not in frame.columns:
        return frame
    wanted = [metric] if isinstance(metric, str) else list(metric)
    return frame[frame["metric"].isin(wanted)]


def _string_keys(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """A copy whose key columns are strings, so that "" and NaN, 1 and "1" meet in the merge."""
    frame = frame.copy()
    for key in keys:
        frame[key] = frame[key].fillna("").astype(str)
    return frame


def _duplicate_examples(frame: pd.DataFrame, keys: list[str]) -> list[dict]:
    return frame[frame.duplicated(keys, keep=False)][keys].drop_duplicates().head(3).to_dict("records")


def _prepare_reference(ref: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """The reference's cells with ``paper_mean`` / ``paper_std`` and their printed order ``_order``."""
    missing_keys = [k for k in keys if k not in ref.columns]
    if missing_keys:
        raise MedadError(f"side_by_side: key columns {missing_keys} are not in the reference table")
    ref = _string_keys(ref, keys)
    if ref.duplicated(keys).any():
        raise MedadError(
            f"side_by_side: index + columns {keys} do not identify one reference cell each "
            f"(e.g. {_duplicate_examples(ref, keys)}); "
            "add the varying key (metric, setting, subset) to index or columns"
        )
    ref = ref.rename(columns={"mean": "paper_mean", "std": "paper_std"})
    ref["_order"] = np.arange(len(ref))
    return ref[[*keys, "paper_mean", "paper_std", "note", "_order"]].reset_index(drop=True)


def _prepare_reproduced(rep: pd.DataFrame | None, keys: list[str]) -> pd.DataFrame | None:
    """Our cells with ``ours_mean`` / ``ours_std`` / ``status``; None when nothing was reproduced."""
    if rep is None or not len(rep):
        return None
    missing_keys = [k for k in keys if k not in rep.columns]
    if missing_keys:
        raise MedadError(f"side_by_side: the reproduced results have no {missing_keys[0]!r} column")
    rep = _string_keys(rep, keys)
    rep["status"] = rep["status"].fillna("").astype(str) if "status" in rep.columns else ""
    if rep.duplicated(keys).any():
        raise MedadError(
            f"side_by_side: the reproduced results hold several rows per cell {keys} "
            f"(e.g. {_duplicate_examples(rep, keys)}); "
            "aggregate over seeds first (medad_core.repeats.aggregate) or add the varying key"
        )
    return rep[[*keys, "mean", "std", "status"]].rename(columns={"mean": "ours_mean", "std": "ours_std"})


def _align(ref: pd.DataFrame, rep: pd.DataFrame | None, keys: list[str]) -> pd.DataFrame:
    """One row per cell of either frame: the reference's cells in its order, reproduced-only cells after."""
    if rep is None:
        merged = ref.drop(columns="_order")
        merged["ours_mean"] = np.nan
        merged["ours_std"] = np.nan
        merged["status"] = ""
        return merged
    merged = ref.merge(rep, on=keys, how="outer")
    after_reference = pd.Series(len(ref) + np.arange(len(merged)), index=merged.index)
    merged["_order"] = merged["_order"].fillna(after_reference)
    merged = merged.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)
    merged["status"] = merged["status"].fillna("")
    return merged


def _cell_texts(merged: pd.DataFrame, style: str, missing_label: str) -> pd.DataFrame:
    """Add the printed "paper", "ours" and "Δ" strings of each cell.

    A reference cell without a value prints "NA" when its note says why, "–" otherwise; our cell
    without a value prints its status (e.g. "needs data") or ``missing_label``.
    """
    merged = merged.copy()
    has_note = merged["note"].map(lambda n: isinstance(n, str) and bool(n))
    merged["paper"] = [
        _fmt(m, s, style) if pd.notna(m) else ("NA" if noted else "–")
        for m, s, noted in zip(merged["paper_mean"], merged["paper_std"], has_note, strict=True)
    ]
    merged["ours"] = [
        _fmt(m, s, style) if pd.notna(m) else (status or missing_label)
        for m, s, status in zip(merged["ours_mean"], merged["ours_std"], merged["status"], strict=True)
    ]
    merged["Δ"] = [
        _fmt_diff(o - p, style) if pd.notna(o) and pd.notna(p) else ""
        for o, p in zip(merged["ours_mean"], merged["paper_mean"], strict=True)
    ]
    return merged


def _grid(cells: pd.DataFrame, layout: _Layout) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """Pivot the cells into the string table and the paper / ours number tables (for the ranking).

    Rows and columns keep the order in which they first appear in ``cells`` (the reference's order).
    """
    index, columns = layout.index, layout.columns
    row_order = list(dict.fromkeys(map(tuple, cells[index].to_numpy().tolist())))
    col_order = list(dict.fromkeys(map(tuple, cells[columns].to_numpy().tolist())))
    row_index = (
        pd.Index([r[0] for r in row_order], name=index[0])
        if len(index) == 1
        else pd.MultiIndex.from_tuples(row_order, names=index)
    )
    sub_columns = pd.MultiIndex.from_tuples([(*c, s) for c in col_order for s in layout.show], names=[*columns, ""])
    text = pd.DataFrame("", index=row_index, columns=sub_columns)
    numbers = {
        kind: pd.DataFrame(np.nan, index=row_index, columns=pd.MultiIndex.from_tuples(col_order))
        for kind in ("paper", "ours")
    }
    # positions, then one assignment per frame (a .loc per cell took seconds on DRA Table 2)
    row_at = {r: i for i, r in enumerate(row_order)}
    col_at = {c: j for j, c in enumerate(col_order)}
    rows = np.array([row_at[r] for r in map(tuple, cells[index].to_numpy().tolist())], dtype=int)
    cols = np.array([col_at[c] for c in map(tuple, cells[columns].to_numpy().tolist())], dtype=int)
    n_sub = len(layout.show)
    strings = np.full((len(row_order), len(col_order) * n_sub), "", dtype=object)
    for k, sub in enumerate(layout.show):
        strings[rows, cols * n_sub + k] = cells[sub].to_numpy(dtype=object)
    text.iloc[:, :] = strings
    for kind, column in (("paper", "paper_mean"), ("ours", "ours_mean")):
        values = np.full((len(row_order), len(col_order)), np.nan)
        values[rows, cols] = cells[column].to_numpy(dtype=float)
        numbers[kind].iloc[:, :] = values
    # a cell with neither a reference nor a reproduced row says "–" rather than nothing
    not_delta = text.columns.get_level_values(-1) != "Δ"
    text.loc[:, not_delta] = text.loc[:, not_delta].replace("", "–")
    return text, numbers


def _column_groups(
    col_order: list[tuple], columns: list[str], best_group: Sequence[str]
) -> list[tuple[int, ...]] | None:
    """Positions of the columns ranked together by ``best="row"``: those sharing the ``best_group`` keys."""
    if not best_group:
        return None
    positions = [columns.index(g) for g in best_group]
    by_group: dict[tuple, list[int]] = {}
    for j, c in enumerate(col_order):
        by_group.setdefault(tuple(c[p] for p in positions), []).append(j)
    return [tuple(v) for v in by_group.values()]


def _bold(text: pd.DataFrame, numbers: dict[str, pd.DataFrame], layout: _Layout) -> pd.DataFrame:
    """The bold mask of the string table: the best paper value and the best of ours, ranked apart."""
    bold = pd.DataFrame(False, index=text.index, columns=text.columns)
    if layout.best not in ("column", "row"):
        return bold
    col_order = list(numbers["paper"].columns)
    groups = _column_groups(col_order, layout.columns, layout.best_group) if layout.best == "row" else None
    for kind in ("paper", "ours"):
        if kind not in layout.show:
            continue
        mask = _best_mask(numbers[kind], layout.best, groups, layout.higher_is_better)
        for c in col_order:
            bold[(*c, kind)] = mask[c].to_numpy()
    return bold


def _style(text: pd.DataFrame, bold: pd.DataFrame, caption: str | None):
    styles = pd.DataFrame("", index=text.index, columns=text.columns)
    styles = styles.mask(bold, "font-weight: bold")
    is_ours = text.columns.get_level_values(-1) == "ours"
    missing = text.isin(["not run", "needs data"]) | text.apply(lambda col: col.str.startswith("needs"))
    styles = styles.mask(missing, "color: #888; font-style: italic")
    styles.loc[:, is_ours] = styles.loc[:, is_ours].replace("", "background-color: #f3f7ff")
    styler = text.style.apply(lambda _: styles, axis=None)
    if caption:
        styler = styler.set_caption(html.escape(caption))
    return styler


# -- the page layout --------------------------------------------------------------------------------
#: characters of table type (0.8 rem) that fit the book's content column (~690 px at a 1280 px window)
PAGE_CHARS = 85
#: a secondary line (paper, Δ, note) is printed at this fraction of the cell's type
_SMALL = 0.8
#: characters of padding a cell adds on either side together
_PAD = 1.5
_MISSING_STYLE = "color: #888; font-style: italic"
_BOLD_STYLE = "font-weight: bold"
# ours with a note that paper_table appended: "0.700 ± 0.010 (mean of 2 of 4)"
_NOTED = re.compile(r"^([-+−]?\d[\d.,]*(?:\s*±\s*[\d.]+)?)\s+\((.+)\)$")


def _words(text: str) -> int:
    """The longest run of ``text`` the browser cannot wrap (it breaks at spaces and after hyphens)."""
    return max((len(w) for w in re.split(r"\s+|(?<=-)", str(text))), default=0)


def _pack(widths: Sequence[float], groups: Sequence[int], budget: float) -> list[list[int]]:
    """Column positions stacked in blocks no wider than ``budget``, whole groups together where they fit.

    Args:
        widths: the width of each column.
        groups: a group id per column (consecutive columns of a group share their first key).
        budget: the widest block.

    Returns:
        Blocks of column positions, in order. A group goes whole into the current block when it fits
        there, else whole into a new block when it fits one; a group wider than a block fills the
        current block column by column and continues in the next.
    """
    runs: list[list[int]] = []
    for j, g in enumerate(groups):
        if runs and groups[runs[-1][-1]] == g:
            runs[-1].append(j)
        else:
            runs.append([j])
    blocks: list[list[int]] = [[]]
    used = 0.0
    for run in runs:
        need = sum(widths[j] for j in run)
        if blocks[-1] and used + need > budget and need <= budget:
            blocks.append([])
            used = 0.0
        for j in run:
            if blocks[-1] and used + widths[j] > budget:
                blocks.append([])
                used = 0.0
            blocks[-1].append(j)
            used += widths[j]
    return blocks


def _header_html(cols: list[tuple], index_names: list[str]) -> str:
    """The ``<thead>`` of a block: one row per column key, equal neighbouring keys merged."""
    depth = len(cols[0]) if cols else 1
    rows = []
    for level in range(depth):
        cells = []
        if level == 0:
            cells += [
                f'<th rowspan="{depth}" class="medad-index">{html.escape(str(n or ""))}</th>' for n in index_names
            ]
        j = 0
        while j < len(cols):
            k = j
            while k + 1 < len(cols) and cols[k + 1][: level + 1] == cols[j][: level + 1]:
                k += 1
            span = f' colspan="{k - j + 1}"' if k > j else ""
            cells.append(f"<th{span}>{html.escape(str(cols[j][level]))}</th>")
            j = k + 1
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<thead>" + "".join(rows) + "</thead>"


def _row_labels(labels: list[tuple], previous: tuple | None) -> list[str]:
    """The row-label cells of one row; a key equal to the row above (and all keys before it) stays blank."""
    cells = []
    same = previous is not None
    for i, value in enumerate(labels):
        same = same and previous[i] == value
        cells.append(f'<th class="medad-index">{"" if same else html.escape(str(value))}</th>')
    return cells


class PaperTable:
    """A paper-beside-ours table as the book prints it; ``.data`` keeps the full string table.

    ``data`` has one column per (column keys..., sub) with sub in ``show`` ("paper", "ours", "Δ"); the
    callers may edit its cells (notes, marks) before it is displayed, since the HTML is rendered from it
    when shown. The page layout:

    * one cell per (row, column): ours on top (bold where best), the paper's value and Δ beneath in
      small type (``show`` without "ours": its first entry on top);
    * rows with a number of ours first, in the paper's order; rows without one ("needs data", "not
      run") after them, folded under ``<details>`` with the paper's values and the rows' status;
    * columns stacked in blocks (whole groups of the first column key where they fit) so that no
      block is wider than ``max_chars`` characters.

    Args:
        data: the string table of :func:`side_by_side` (``as_frame=True``).
        bold: its bold mask.
        ours_present: rows x columns (without the sub level), True where ours has a number.
        caption: the caption (the table's title).
        show: the sub-columns in ``data``, in display order.
        max_chars: the widest block, in characters (``PAGE_CHARS``).
    """

    def __init__(
        self,
        data: pd.DataFrame,
        bold: pd.DataFrame,
        ours_present: np.ndarray,
        caption: str | None = None,
        show: Sequence[str] = ("paper", "ours", "Δ"),
        max_chars: float = PAGE_CHARS,
    ):
        self.data = data
        self.bold = bold
        self.ours_present = np.asarray(ours_present, dtype=bool)
        self.caption = caption
        self.show = tuple(show)
        self.max_chars = max_chars

    # -- the contract of the Styler this replaces
    @property
    def style(self):
        """The pandas ``Styler`` of the wide layout (one sub-column per ``show`` entry)."""
        return _style(self.data, self.bold, self.caption)

    def to_html(self) -> str:
        """The HTML the notebook and the book show (see the class docstring)."""
        return self._render()

    def _repr_html_(self) -> str:
        return self._render()

    def __repr__(self) -> str:
        return f"{self.caption or 'PaperTable'}\n{self.data.to_string()}"

    @property
    def computed_rows(self) -> np.ndarray:
        """True for each row of ``data`` in which at least one cell has a number of ours."""
        if self.ours_present.ndim != 2 or not self.ours_present.shape[0]:
            return np.zeros(len(self.data), dtype=bool)
        return self.ours_present.any(axis=1)

    @property
    def column_keys(self) -> list[tuple]:
        """The table's columns without the sub level, in order."""
        return list(dict.fromkeys(tuple(c[:-1]) for c in self.data.columns))

    # -- rendering
    def _cell_parts(self, i: int, c: tuple, values: dict, bold: dict) -> tuple[str, str, bool]:
        """(main, secondary HTML, missing) of row ``i`` and column ``c``."""
        main_sub = "ours" if "ours" in self.show else self.show[0]
        text = str(values[(*c, main_sub)][i])
        note = ""
        noted = _NOTED.match(text) if main_sub == "ours" else None
        if noted:
            text, note = noted.group(1), noted.group(2)
        missing = main_sub == "ours" and not self._present(i, c)
        style = _MISSING_STYLE if missing else (_BOLD_STYLE if bold[(*c, main_sub)][i] else "")
        main = f'<span style="{style}">{html.escape(text)}</span>' if style else html.escape(text)
        small = []
        if note:
            small.append(f'<span class="medad-note">({html.escape(note)})</span>')
        for sub in self.show:
            if sub == main_sub:
                continue
            value = str(values[(*c, sub)][i])
            if sub == "Δ" and not value:
                continue
            weight = f' style="{_BOLD_STYLE}"' if sub == "paper" and bold[(*c, sub)][i] else ""
            kind = "ref" if sub == "paper" else "delta"
            small.append(f'<span class="medad-{kind}"{weight}>{sub} {html.escape(value)}</span>')
        return main, " ".join(small), missing

    def _present(self, i: int, c: tuple) -> bool:
        keys = self.column_keys
        if self.ours_present.ndim != 2 or i >= self.ours_present.shape[0]:
            return False
        return bool(self.ours_present[i, keys.index(c)])

    def _widths(self, rows: np.ndarray, values: dict) -> tuple[list[float], float]:
        """The width of each column and of the row labels, in characters (what cannot wrap)."""
        widths = []
        for c in self.column_keys:
            width = max((_words(part) for part in c), default=0) + 1  # headers wrap between words
            for sub in self.show:
                scale = 1.0 if sub == ("ours" if "ours" in self.show else self.show[0]) else _SMALL
                label = 6 if sub == "paper" else 2
                texts = [str(values[(*c, sub)][i]) for i in rows]
                if sub == "ours":  # a note wraps beneath the value
                    texts = [m.group(1) if (m := _NOTED.match(t)) else t for t in texts]
                longest = max((len(t) for t in texts), default=0)
                width = max(width, scale * (longest + (0 if scale == 1.0 else label)))
            widths.append(width + _PAD)
        labels = self.data.index.to_frame(index=False)
        label_width = sum(
            max([_words(n or "") for n in [name]] + [_words(v) for v in labels[name].iloc[rows].astype(str)]) + _PAD
            for name in labels.columns
        )
        return widths, label_width

    def _block_html(self, rows: np.ndarray, cols: list[int], values: dict, bold: dict, folded: bool) -> str:
        keys = self.column_keys
        block = [keys[j] for j in cols]
        index_names = [n or "" for n in self.data.index.names]
        body, previous = [], None
        for i in rows:
            label = self.data.index[i]
            labels = tuple(label) if isinstance(label, tuple) else (label,)
            cells = _row_labels(list(labels), previous)
            previous = labels
            if folded:  # the paper's values, and our status once at the end of the row
                for c in block:
                    paper = str(values[(*c, "paper")][i]) if (*c, "paper") in values else ""
                    weight = f' style="{_BOLD_STYLE}"' if (*c, "paper") in bold and bold[(*c, "paper")][i] else ""
                    cells.append(f"<td><span{weight}>{html.escape(paper)}</span></td>")
            else:
                for c in block:
                    main, small, missing = self._cell_parts(i, c, values, bold)
                    cls = ' class="medad-missing"' if missing else ""
                    extra = f'<br><span class="medad-small">{small}</span>' if small else ""
                    cells.append(f"<td{cls}>{main}{extra}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        head = _header_html(block, index_names)
        return f'<table class="medad-table medad-paper">{head}<tbody>{"".join(body)}</tbody></table>'

    def _status(self, rows: np.ndarray, values: dict) -> list[str]:
        """The distinct texts our cells of ``rows`` say ("needs data", "not run", ...)."""
        if "ours" not in self.show:
            return []
        seen = [str(values[(*c, "ours")][i]) for i in rows for c in self.column_keys]
        return list(dict.fromkeys(s for s in seen if s and s != "–"))

    def _render(self) -> str:
        values = {col: self.data[col].to_numpy() for col in self.data.columns}
        bold_frame = self.bold.reindex(index=self.data.index, columns=self.data.columns, fill_value=False)
        bold = {col: bold_frame[col].to_numpy(dtype=bool) for col in bold_frame.columns}
        computed = self.computed_rows
        ran, rest = np.flatnonzero(computed), np.flatnonzero(~computed)
        legend = (
            "Each cell: ours on top (± the std over seeds where several ran), beneath in small type the "
            "paper's value and Δ = ours − paper"
            if "ours" in self.show and len(self.show) > 1
            else ""
        )
        if legend:
            marked = bold_frame.to_numpy(dtype=bool).any()
            legend += "; bold: the best, ranked apart for the paper and for ours." if marked else "."
        parts = ['<div class="medad-paper-table">']
        if self.caption:
            parts.append(f'<p class="medad-caption"><strong>{html.escape(self.caption)}</strong></p>')
        keys = self.column_keys
        groups = [hash(c[:1]) for c in keys]
        if len(ran):
            if legend:
                parts.append(f'<p class="medad-legend">{legend}</p>')
            widths, label_width = self._widths(ran, values)
            for cols in _pack(widths, groups, max(self.max_chars - label_width, 1)):
                parts.append(self._block_html(ran, cols, values, bold, folded=False))
        else:
            parts.append('<p class="medad-legend">No cell of this table has a number of ours in this run.</p>')
        if len(rest):
            status = " / ".join(self._status(rest, values)) or "not run"
            parts.append(
                f'<details class="medad-folded"><summary>Paper-only rows ({len(rest)}): {html.escape(status)} '
                "in this profile</summary>"
                '<p class="medad-legend">The paper\'s values; ours did not run here.</p>'
            )
            paper_values = {k: v for k, v in values.items() if k[-1] == "paper"}
            if paper_values:
                # the paper's numbers alone: a third as wide as the computed rows' cells
                widths = [
                    max(
                        _words(" ".join(map(str, c))),
                        max((len(str(paper_values[(*c, "paper")][i])) for i in rest), default=0),
                    )
                    + _PAD
                    for c in keys
                ]
                _, label_width = self._widths(rest, values)
                for cols in _pack(widths, groups, max(self.max_chars - label_width, 1)):
                    parts.append(self._block_html(rest, cols, values, bold, folded=True))
            parts.append("</details>")
        parts.append("</div>")
        return "".join(parts)


class FittedTable:
    """A DataFrame stacked in blocks of columns that fit the page (:func:`fit_to_page`).

    Attributes:
        data: the whole frame.
        blocks: the column positions of each block.
        caption: the caption above the first block.
    """

    def __init__(self, data: pd.DataFrame, blocks: list[list[int]], caption: str | None, float_format):
        self.data = data
        self.blocks = blocks
        self.caption = caption
        self.float_format = float_format

    def to_html(self) -> str:
        """One ``<table>`` per block, each with the row labels, after the caption."""
        parts = ['<div class="medad-fitted">']
        if self.caption:
            parts.append(f'<p class="medad-caption"><strong>{html.escape(self.caption)}</strong></p>')
        # as many rows as pandas' own display shows (a run list of thousands is cut in the middle)
        rows = pd.get_option("display.max_rows")
        for cols in self.blocks:
            parts.append(
                self.data.iloc[:, cols].to_html(
                    classes="medad-table", float_format=self.float_format, border=0, max_rows=rows
                )
            )
        parts.append("</div>")
        return "".join(parts)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return self.data.to_string()


def fit_to_page(
    frame: pd.DataFrame,
    caption: str | None = None,
    max_chars: int = PAGE_CHARS,
    digits: int | None = 3,
) -> FittedTable:
    """A wide table (a pivot, a run list) stacked in blocks of columns that each fit the page.

    Columns keep their order; where the columns have several levels, the columns sharing the first
    level stay together when they fit in one block. Every block repeats the row labels, so a block
    reads on its own. Page authors call it on any table wider than the content column, e.g.
    ``fit_to_page(ran.pivot_table(...), caption="AUROC per seen class")``.

    Args:
        frame: the table.
        caption: printed above the first block.
        max_chars: the widest block in characters of table type (``PAGE_CHARS``: the book's column).
        digits: decimals of floating-point cells (None: pandas' default).

    Returns:
        A :class:`FittedTable` (HTML in the notebook and the book; ``.data`` is ``frame``).

    Raises:
        MedadError: ``frame`` is not a DataFrame.
    """
    if not isinstance(frame, pd.DataFrame):
        raise MedadError(f"fit_to_page expects a pandas DataFrame, got {type(frame).__name__}")
    float_format = None if digits is None else f"{{:.{digits}f}}".format

    def shown(value) -> str:
        if isinstance(value, float) and math.isfinite(value):
            return float_format(value) if float_format is not None else f"{value:.6g}"
        return str(value)

    widths = []
    for j, column in enumerate(frame.columns):
        parts = column if isinstance(column, tuple) else (column,)
        header = max((_words(p) for p in parts), default=0)
        cells = max((len(shown(v)) for v in frame.iloc[:, j]), default=0)
        widths.append(max(header, cells) + _PAD)
    labels = frame.index.to_frame(index=False)
    label_width = sum(max([_words(name or "")] + [len(str(v)) for v in labels[name]]) + _PAD for name in labels.columns)
    first = [c[0] if isinstance(c, tuple) else c for c in frame.columns]
    groups = [hash(str(f)) for f in first]
    blocks = _pack(widths, groups, max(max_chars - label_width, 1)) if len(frame.columns) else [[]]
    return FittedTable(frame, blocks, caption, float_format)


def fit_frames_to_page(max_chars: int = PAGE_CHARS) -> bool:
    """Show every plain DataFrame of this notebook stacked to fit the page (:func:`fit_to_page`).

    Registers an IPython HTML formatter for ``pandas.DataFrame``, so a page whose last line is a wide
    pivot or run list needs no change; numbers print as pandas prints them. Styled tables (``Styler``,
    :class:`PaperTable`) keep their own HTML. Call it once, in a page's first (hidden) code cell.

    Args:
        max_chars: the widest block, in characters of table type.

    Returns:
        True when an IPython kernel is running and the formatter is registered, else False.
    """
    try:
        from IPython import get_ipython  # noqa: PLC0415 - only inside a kernel
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None:
        return False
    shell.display_formatter.formatters["text/html"].for_type(
        pd.DataFrame, lambda frame: fit_to_page(frame, max_chars=max_chars, digits=None).to_html()
    )
    return True
