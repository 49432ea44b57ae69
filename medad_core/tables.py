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
"""

from __future__ import annotations

import html
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
):
    """Paper numbers beside ours, cell by cell.

    Each table column splits into ``show`` sub-columns: the paper's value, ours (mean ± std over seeds)
    and Δ = ours − paper. Paper values and ours are ranked separately for the bold marks. Reference
    cells with no reproduced value show the reproduced row's ``status`` or ``missing_label``; reproduced
    cells the paper lacks come after the paper's rows and columns.

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
        as_frame: return the string table and the bold mask instead of a ``Styler``.

    Returns:
        A pandas ``Styler`` (renders as HTML in a notebook; ``.data`` is the string table), or with
        ``as_frame=True`` the string DataFrame and the boolean DataFrame of bold cells.

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
    return _style(text, bold, caption or info.get("title"))


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
    for _, cell in cells.iterrows():
        r = cell[index[0]] if len(index) == 1 else tuple(cell[k] for k in index)
        c = tuple(cell[k] for k in columns)
        for sub in layout.show:
            text.loc[r, (*c, sub)] = cell[sub]
        numbers["paper"].loc[r, c] = cell["paper_mean"]
        numbers["ours"].loc[r, c] = cell["ours_mean"]
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
