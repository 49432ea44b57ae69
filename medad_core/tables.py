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
        "title": "DDAD-ASR Table 3: ablation over anomaly rates",
        "style": "percent_plain",
        "best": "column",
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
    """A transcribed table in long format: ``reference_table("dra_table1")`` or
    ``reference_table("thesis", "3.7")``. ``mean`` / ``std`` are fractions (NaN where the paper has none).
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

    ``keys`` are the aggregated columns kept as they are (e.g. ``["method", "dataset"]``);
    ``constants`` fills key columns that do not vary (``{"setting": "general_10shot"}``);
    ``rename`` maps our values to the paper's (``{"method": {"dra": "DRA"}}``).
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
    """Boolean frame: True where a value is the best of its column (axis="column") or of its
    row within each group of columns (axis="row").
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

    ``index`` / ``columns``: long-format key columns that make the rows / columns of the table (any
    key not listed must be constant after filtering by ``metric``, or be added to ``index``/``columns``).
    Each table column splits into ``show`` sub-columns: the paper's value, ours (mean ± std over seeds)
    and Δ = ours − paper. ``best="column"`` bolds the best value of each sub-column over the rows
    (thesis tables), ``best="row"`` the best of each row among the columns that share ``best_group``
    keys (DRA: best method per dataset within a shot setting), ``"none"`` nothing; the default comes
    from ``TABLES``. Paper values and ours are ranked separately. Reference cells with no reproduced
    value show the reproduced row's ``status`` or ``missing_label``.

    Returns a pandas ``Styler`` (renders as HTML in a notebook; ``.data`` is the string table), or the
    string DataFrame and the bold mask with ``as_frame=True``.
    """
    index, columns = list(index), list(columns)
    keys = index + columns
    ref = reference_long.copy()
    table_ids = sorted(set(ref["table"])) if "table" in ref.columns else []
    info = TABLES.get(table_ids[0], {}) if len(table_ids) == 1 else {}
    style = style or info.get("style", "fraction")
    best = best or info.get("best", "column")
    if metric is not None:
        wanted = [metric] if isinstance(metric, str) else list(metric)
        ref = ref[ref["metric"].isin(wanted)]
        if reproduced_long is not None and "metric" in reproduced_long.columns:
            reproduced_long = reproduced_long[reproduced_long["metric"].isin(wanted)]
    missing_keys = [k for k in keys if k not in ref.columns]
    if missing_keys:
        raise MedadError(f"side_by_side: key columns {missing_keys} are not in the reference table")
    for frame in (ref,):
        for key in keys:
            frame[key] = frame[key].fillna("").astype(str)
    if ref.duplicated(keys).any():
        dup = ref[ref.duplicated(keys, keep=False)][keys].drop_duplicates().head(3).to_dict("records")
        raise MedadError(
            f"side_by_side: index + columns {keys} do not identify one reference cell each "
            f"(e.g. {dup}); add the varying key (metric, setting, subset) to index or columns"
        )
    ref = ref.rename(columns={"mean": "paper_mean", "std": "paper_std"})
    ref["_order"] = np.arange(len(ref))
    if reproduced_long is not None and len(reproduced_long):
        rep = reproduced_long.copy()
        for key in keys:
            if key not in rep.columns:
                raise MedadError(f"side_by_side: the reproduced results have no {key!r} column")
            rep[key] = rep[key].fillna("").astype(str)
        if "status" not in rep.columns:
            rep["status"] = ""
        rep["status"] = rep["status"].fillna("").astype(str)
        if rep.duplicated(keys).any():
            dup = rep[rep.duplicated(keys, keep=False)][keys].drop_duplicates().head(3).to_dict("records")
            raise MedadError(
                f"side_by_side: the reproduced results hold several rows per cell {keys} (e.g. {dup}); "
                "aggregate over seeds first (medad_core.repeats.aggregate) or add the varying key"
            )
        rep = rep[keys + ["mean", "std", "status"]].rename(columns={"mean": "ours_mean", "std": "ours_std"})
        merged = ref[keys + ["paper_mean", "paper_std", "note", "_order"]].merge(rep, on=keys, how="outer")
        merged["_order"] = merged["_order"].fillna(pd.Series(len(ref) + np.arange(len(merged)), index=merged.index))
        merged = merged.sort_values("_order", kind="stable").reset_index(drop=True)
    else:
        merged = ref[keys + ["paper_mean", "paper_std", "note"]].copy()
        merged["ours_mean"] = np.nan
        merged["ours_std"] = np.nan
        merged["status"] = ""
    merged["status"] = merged["status"].fillna("")
    in_paper = merged["paper_mean"].notna() | merged["note"].notna()

    def paper_text(row) -> str:
        if pd.notna(row["paper_mean"]):
            return _fmt(row["paper_mean"], row["paper_std"], style)
        return "NA" if isinstance(row["note"], str) and row["note"] else "–"

    def ours_text(row) -> str:
        if pd.notna(row["ours_mean"]):
            return _fmt(row["ours_mean"], row["ours_std"], style)
        return row["status"] or missing_label

    merged["paper"] = [paper_text(r) if p else "–" for (_, r), p in zip(merged.iterrows(), in_paper)]
    merged["ours"] = [ours_text(r) for _, r in merged.iterrows()]
    merged["Δ"] = [
        _fmt_diff(o - p, style) if pd.notna(o) and pd.notna(p) else ""
        for o, p in zip(merged["ours_mean"], merged["paper_mean"])
    ]

    # keep the reference's row / column order, reproduced-only entries after
    def ordered(values: Iterable) -> list:
        seen: dict = {}
        for v in values:
            seen.setdefault(v, None)
        return list(seen)

    row_order = ordered(map(tuple, merged[index].to_numpy().tolist()))
    col_order = ordered(map(tuple, merged[columns].to_numpy().tolist()))
    row_index = (
        pd.Index([r[0] for r in row_order], name=index[0])
        if len(index) == 1
        else pd.MultiIndex.from_tuples(row_order, names=index)
    )
    text = pd.DataFrame(
        "",
        index=row_index,
        columns=pd.MultiIndex.from_tuples([(*c, s) for c in col_order for s in show], names=[*columns, ""]),
    )
    numbers = {
        kind: pd.DataFrame(np.nan, index=text.index, columns=pd.MultiIndex.from_tuples(col_order))
        for kind in ("paper", "ours")
    }
    for _, row in merged.iterrows():
        r = row[index[0]] if len(index) == 1 else tuple(row[k] for k in index)
        c = tuple(row[k] for k in columns)
        for sub in show:
            text.loc[r, (*c, sub)] = row[sub]
        numbers["paper"].loc[r, c] = row["paper_mean"]
        numbers["ours"].loc[r, c] = row["ours_mean"]
    # a cell with neither a reference nor a reproduced row says "–" rather than nothing
    not_delta = text.columns.get_level_values(-1) != "Δ"
    text.loc[:, not_delta] = text.loc[:, not_delta].replace("", "–")

    bold = pd.DataFrame(False, index=text.index, columns=text.columns)
    if best in ("column", "row"):
        groups = None
        if best == "row" and best_group:
            positions = [columns.index(g) for g in best_group]
            by_group: dict[tuple, list[int]] = {}
            for j, c in enumerate(col_order):
                by_group.setdefault(tuple(c[p] for p in positions), []).append(j)
            groups = [tuple(v) for v in by_group.values()]
        for kind in ("paper", "ours"):
            if kind not in show:
                continue
            mask = _best_mask(numbers[kind], best, groups, higher_is_better)
            for c in col_order:
                bold[(*c, kind)] = mask[c].to_numpy()
    if as_frame:
        return text, bold
    return _style(text, bold, caption or info.get("title"))


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
