"""The page-structure checker (issue 18, item 4): title first, drawing code folded, the computing call shown."""

import jupytext
import pytest

from medad_core.api import MedadError
from medad_core.book import REPO
from medad_core.experiments.claims import page_claims
from medad_core.pages import pages_with_problems, reading_order_problems

GOOD = """# %% [markdown]
# # DRA, hard setting
# The paper's claim.

# %% tags=["parameters"]
profile = "quick"

# %% tags=["hide-input"]
from medad_core.experiments import dra

# %%
results, ref, ours = dra.table_runs("table2", "dra_table2", profile)

# %% tags=["remove-input"]
dra.paper_table(ours)

# %%
rows = runner.run_many(configs)

# %% tags=["hide-input"]
fig = strip(results, x="subset")
"""


def _write(tmp_path, text, name="page.py"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_page_in_reading_order_passes(tmp_path):
    assert reading_order_problems(_write(tmp_path, GOOD)) == []


def test_an_untagged_drawing_cell_and_a_missing_title_are_reported(tmp_path):
    drawing = GOOD.replace('# %% tags=["hide-input"]\nfig = strip', "# %%\nfig = strip")
    problems = reading_order_problems(_write(tmp_path, drawing))
    assert len(problems) == 1
    assert problems[0].startswith("page.py: cell 7 ('fig = strip(results, x=\"subset\")') shows its code")
    assert "hide-input" in problems[0]
    untitled = GOOD.replace("# # DRA, hard setting", "# DRA, hard setting")
    assert reading_order_problems(_write(tmp_path, untitled)) == [
        "page.py: the first cell does not open with a '# ' title (it opens 'DRA, hard setting')"
    ]
    code_first = GOOD.split("\n", 3)[3]  # drop the markdown title cell
    assert "the first cell is not a markdown cell" in reading_order_problems(_write(tmp_path, code_first))[0]


def test_a_cell_that_does_not_parse_is_named_and_a_missing_file_refused(tmp_path):
    broken = GOOD + "\n# %%\nplot(\n"
    problems = reading_order_problems(_write(tmp_path, broken))
    assert len(problems) == 1 and "cell 8 ('plot(') does not parse" in problems[0]
    with pytest.raises(MedadError, match="no notebook at"):
        reading_order_problems(tmp_path / "absent.py")


def test_every_book_page_reads_in_order_and_quotes_its_claims_first():
    """The real notebooks: drawing code folded, and a page with declared claims quotes them up front."""
    assert pages_with_problems() == {}
    for source in sorted((REPO / "notebooks").glob("*.py")):
        if not page_claims(source.stem):
            continue
        cells = jupytext.read(source).cells
        intro = [i for i, c in enumerate(cells) if f'claims_intro("{source.stem}")' in c.source]
        assert intro, f"{source.name} tests claims but does not quote them (claims_intro)"
        first = intro[0]
        assert "remove-input" in cells[first].metadata.get("tags", []), f"{source.name}: the intro shows its code"
        parameters = [i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])]
        assert first == parameters[0] + 1, f"{source.name}: the claims come right after the parameters"
