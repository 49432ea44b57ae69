"""The page layout of the paper-beside-ours tables (issue 18, item 4): computed rows first, paper-only
rows folded, one cell per (row, column), blocks that fit the content column."""

import re

import numpy as np
import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell

from medad_core import tables
from medad_core.api import MedadError
from medad_core.experiments.common import paper_table


def _hard_setting(datasets_run=("Hyper-Kvasir",), note_rows=0):
    """DRA Table 2 with ours (paper − 0.1) for ``datasets_run`` and "needs data" for the others."""
    ref = tables.reference_table("dra_table2")
    ran = ref[ref["dataset"].isin(datasets_run)].copy()
    ran["mean"] = ran["mean"] - 0.1
    ran["std"] = 0.02
    ran["status"] = ""
    ran["note"] = ""
    ran.loc[ran.index[:note_rows], "note"] = "mean of 2 of 4"
    rest = ref[~ref["dataset"].isin(datasets_run)].copy()
    rest = rest.assign(mean=np.nan, std=np.nan, status="needs data", note="")
    return ref, pd.concat([ran, rest], ignore_index=True)


def _table2(ours, ref, **kwargs):
    return paper_table(
        ref, ours, index=["dataset", "subset"], columns=["setting", "method"], best_group=["setting"], **kwargs
    )


def test_computed_rows_lead_and_paper_only_rows_are_folded():
    ref, ours = _hard_setting()
    table = _table2(ours, ref)
    # the full string table stays for the callers: every row of the paper, paper / ours / Δ sub-columns
    assert len(table.data) == ref[["dataset", "subset"]].drop_duplicates().shape[0]
    assert table.data.loc[("Carpet", "Color"), ("hard_10shot", "DRA", "ours")] == "needs data"
    computed = table.computed_rows
    n_kvasir = int((table.data.index.get_level_values(0) == "Hyper-Kvasir").sum())
    assert computed.sum() == n_kvasir and n_kvasir > 0
    html = table.to_html()
    assert html == table._repr_html_()
    folded_at = html.index("<details")
    assert html.index("Hyper-Kvasir") < folded_at < html.index("Carpet") < html.index("Mastcam")
    summary = re.search(r"<summary>(.*?)</summary>", html).group(1)
    assert summary == f"Paper-only rows ({len(table.data) - n_kvasir}): needs data in this profile"
    # the computed rows print no "needs data"; the folded ones print the paper's values
    assert "needs data" not in html[:folded_at]
    assert "0.777" in html[folded_at:]  # DRA, Carpet/Color, ten shots, in the paper


def test_one_cell_per_column_with_the_paper_and_delta_beneath_and_bold_kept():
    ref, ours = _hard_setting(note_rows=1)
    table = _table2(ours, ref)
    html = table.to_html()
    computed_part = html[: html.index("<details")]
    header_cells = re.findall(r"<th[^>]*>([^<]*)</th>", computed_part)
    assert "paper" not in header_cells and "Δ" not in header_cells  # no sub-columns any more
    cell = re.search(r"<td>([^<]*)<br><span class=\"medad-small\">(.*?)</span></td>", computed_part)
    assert cell is not None
    # DRA's own best ours in the hard 10-shot block is bold, as is the paper's best there
    text, bold = tables.side_by_side(
        ref, ours, index=["dataset", "subset"], columns=["setting", "method"], best_group=["setting"], as_frame=True
    )
    row = ("Hyper-Kvasir", "Barretts")
    best = [c for c in text.columns if c[0] == "hard_10shot" and c[2] == "ours" and bold.loc[row, c]]
    assert len(best) == 1
    assert f'<span style="font-weight: bold">{text.loc[row, best[0]]}</span>' in computed_part
    assert '<span class="medad-ref" style="font-weight: bold">paper ' in computed_part
    # the note paper_table appends to our value goes beneath it, the value stays alone on top
    noted = table.data.loc[row, ("unsupervised", "KDAD", "ours")]
    assert noted.endswith("(mean of 2 of 4)")
    value = noted.split(" (")[0]
    assert f'{value}<br><span class="medad-small"><span class="medad-note">(mean of 2 of 4)</span>' in html


def test_edits_of_data_before_display_are_shown():
    ref, ours = _hard_setting()
    table = _table2(ours, ref)
    key = ("Hyper-Kvasir", "Barretts"), ("hard_1shot", "DRA", "paper")
    table.data.loc[key] = f"{table.data.loc[key]} †"
    assert f"paper {table.data.loc[key]}" in table.to_html()
    assert "font-weight: bold" in table.style.to_html()  # the wide Styler is still there


def test_wide_tables_are_stacked_in_blocks_that_fit():
    ref, ours = _hard_setting(datasets_run=("Hyper-Kvasir", "Carpet"))
    narrow = _table2(ours, ref, max_chars=60)
    wide = _table2(ours, ref, max_chars=10_000)
    count = lambda t: t.to_html().split("<details")[0].count('<table class="medad-table medad-paper">')  # noqa: E731
    assert count(wide) == 1
    assert count(narrow) > 2
    # every block repeats the row labels
    blocks = narrow.to_html().split("<details")[0].split('<table class="medad-table medad-paper">')[1:]
    assert all("Hyper-Kvasir" in block for block in blocks)


def test_pack_keeps_groups_whole_where_they_fit():
    # groups a (3 x 10), b (2 x 10), c (6 x 10) in a budget of 50: a+b, then c cut in 5 + 1
    widths = [10.0] * 11
    groups = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2]
    assert tables._pack(widths, groups, 50) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10]]
    # b does not fit after a in 40: b starts a new block rather than being cut
    assert tables._pack(widths[:5], groups[:5], 40) == [[0, 1, 2], [3, 4]]


def test_nothing_computed_says_so_and_folds_everything():
    ref = tables.reference_table("thesis_table3_8")
    table = paper_table(ref, None, index=["method"], columns=["dataset", "metric"], metric="image_auroc")
    html = table.to_html()
    assert "No cell of this table has a number of ours" in html
    assert f"Paper-only rows ({len(table.data)}): not run in this profile" in html


def test_fit_to_page_stacks_a_wide_frame():
    frame = pd.DataFrame(np.arange(40 * 3, dtype=float).reshape(3, 40) / 7, index=pd.Index(["a", "b", "c"], name="row"))
    frame.columns = [f"column_{j}" for j in range(40)]
    fitted = tables.fit_to_page(frame, caption="forty columns", max_chars=80)
    assert len(fitted.blocks) > 1 and sorted(sum(fitted.blocks, [])) == list(range(40))
    html = fitted._repr_html_()
    assert html.count("<table") == len(fitted.blocks) and html.count(">forty columns<") == 1
    assert "0.143" in html and "0.142857" not in html  # three decimals
    assert len(tables.fit_to_page(frame.iloc[:, :3]).blocks) == 1
    with pytest.raises(MedadError, match="expects a pandas DataFrame"):
        tables.fit_to_page(frame.to_numpy())


def test_fit_frames_to_page_formats_every_frame_of_a_kernel():
    assert tables.fit_frames_to_page() is False  # no kernel here
    shell = InteractiveShell.instance()
    try:
        assert tables.fit_frames_to_page(max_chars=40) is True
        wide = pd.DataFrame([[0.5] * 12], columns=[f"metric_{j}" for j in range(12)])
        html = shell.display_formatter.formatters["text/html"](wide)
        assert html.startswith('<div class="medad-fitted">') and html.count("<table") > 1
    finally:
        InteractiveShell.clear_instance()
