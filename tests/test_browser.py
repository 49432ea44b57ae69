"""The site check's overflow rule (issue 18, item 4): an output that scrolls sideways at 1280x800 is a problem."""

import shutil

import pytest

from medad_core.browser import check_site

pytestmark = pytest.mark.browser

# the sphinx-book-theme's column at a 1280 px window is ~690 px; the page below copies its nesting
PAGE = """<html><body><main class="bd-main"><article class="bd-article" style="width: 690px">
<div class="cell_output"><div class="output text_html" style="overflow-x: auto">{table}</div></div>
</article></main></body></html>"""


def _table(caption: str, columns: int) -> str:
    cells = "".join(f"<td>0.{j:03d} ± 0.010</td>" for j in range(columns))
    return f"<table><caption>{caption}</caption><tr>{cells}</tr></table>"


def test_site_check_reports_a_table_too_wide_for_the_column(tmp_path):
    if shutil.which("chromium") is None and shutil.which("chromium-browser") is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); cannot check the rendering")
    (tmp_path / "narrow.html").write_text(PAGE.format(table=_table("Table 1: narrow", 4)))
    (tmp_path / "wide.html").write_text(PAGE.format(table=_table("Table 2: wide", 40)))
    report = check_site(tmp_path)
    assert report.pages == ["narrow.html", "wide.html"]
    assert len(report.overflowing) == 1, report.overflowing
    line = report.overflowing[0]
    assert line.startswith("wide.html: table 'Table 2: wide' is ") and "in a 690 px column" in line
    assert report.problems == report.overflowing
