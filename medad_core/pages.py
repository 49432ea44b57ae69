"""The reading order of a book page, checked on its notebook's source (issue 18, item 4).

A page reads: (1) its title and the paper's claims it tests, (2) the table, (3) the figure, (4) the
code. In the jupytext source (``notebooks/<stem>.py``, py:percent) that means:

* the first cell is a markdown cell whose first line is a ``# `` title;
* every code cell folds its code behind a toggle (a tag of :data:`HIDING_TAGS`: ``hide-input`` keeps
  the output and folds the code, ``remove-input`` keeps only the output; ``hide-cell`` and
  ``remove-cell`` fold or drop both) except the parameters cell (tag ``parameters``, which papermill
  replaces) and the cells that call into the computing API: a cell that calls a function whose name
  (the last part of ``dra.run(...)``, ``runner.run_many(...)``) is in :data:`COMPUTING_CALLS`, starts
  with ``run_`` (``run_many``, ``run_seeds``) or ends with ``_runs`` (``dra.table_runs``,
  ``dra.tsne_runs``). That call stays visible so a reader sees what produced the numbers; code that
  only imports, prints banners, derives a table from numbers already computed (``appendix_frame``,
  ``claims_table``), formats or draws is folded.

``reading_order_problems(path)`` lists what a page breaks; ``pages_with_problems()`` runs it over the
book's notebooks::

    python -c "from medad_core.pages import pages_with_problems; print(pages_with_problems())"
"""

from __future__ import annotations

import ast
from pathlib import Path

from medad_core.api import MedadError

__all__ = ["COMPUTING_CALLS", "HIDING_TAGS", "reading_order_problems", "pages_with_problems"]

#: calls that produce a page's numbers (besides ``run_*`` and ``*_runs``): the runner's and every
#: experiment layer's ``run``, a grid, the measured cost of DIA Table 4 and dissolving effect of its
#: Fig. 1, and the ledger's collection of every paper's results (the dashboard and the ledger pages)
COMPUTING_CALLS = frozenset({"run", "grid", "cost_table", "dissolve_effect", "collect", "claims_ledger"})
#: cell tags that fold (or remove) a code cell's input in the built book
HIDING_TAGS = frozenset({"hide-input", "remove-input", "hide-cell", "remove-cell"})


def _called_names(code: str) -> set[str]:
    """The names of the functions a cell calls (``a.b.f(...)`` counts as ``f``).

    Raises:
        SyntaxError: the cell is not Python (IPython magics and shell lines are left out first).
    """
    lines = [line for line in code.splitlines() if not line.lstrip().startswith(("%", "!"))]
    names = set()
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                names.add(func.attr)
            elif isinstance(func, ast.Name):
                names.add(func.id)
    return names


def _computes(name: str) -> bool:
    """Whether a call of ``name`` produces numbers (see the module docstring)."""
    return name in COMPUTING_CALLS or name.startswith("run_") or name.endswith("_runs")


def reading_order_problems(source: Path) -> list[str]:
    """What keeps a notebook's page from the book's reading order (empty when it follows it).

    Args:
        source: a jupytext notebook (``notebooks/<stem>.py``, or any format jupytext reads).

    Returns:
        One line per problem, naming the file and the cell (1-based, with its first line): a missing
        or non-markdown first cell, a first cell without a ``# `` title, a code cell that neither
        carries a tag of :data:`HIDING_TAGS` nor calls into the computing API, and a code
        cell that does not parse.

    Raises:
        MedadError: ``source`` does not exist or is not a notebook jupytext reads.
    """
    import jupytext  # noqa: PLC0415 - the book extra

    source = Path(source)
    if not source.is_file():
        raise MedadError(f"reading_order_problems: no notebook at {source}")
    try:
        notebook = jupytext.read(source)
    except Exception as exc:  # jupytext raises several kinds for a file it cannot read
        raise MedadError(f"reading_order_problems: jupytext cannot read {source} as a notebook ({exc})") from exc
    name, cells = source.name, notebook.cells
    problems = []
    first = cells[0] if cells else None
    if first is None or first.cell_type != "markdown":
        problems.append(f"{name}: the first cell is not a markdown cell with the page's '# ' title")
    else:
        title = next((line for line in first.source.splitlines() if line.strip()), "")
        if not title.startswith("# "):
            problems.append(f"{name}: the first cell does not open with a '# ' title (it opens {title[:40]!r})")
    allowed = ", ".join([*sorted(COMPUTING_CALLS), "run_*", "*_runs"])
    for number, cell in enumerate(cells, start=1):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        tags = set(cell.metadata.get("tags", []))
        if "parameters" in tags or tags & HIDING_TAGS:
            continue
        head = next(line for line in cell.source.splitlines() if line.strip()).strip()
        try:
            calls = _called_names(cell.source)
        except SyntaxError as exc:
            problems.append(f"{name}: cell {number} ({head[:50]!r}) does not parse: {exc.msg}")
            continue
        if not any(_computes(call) for call in calls):
            problems.append(
                f"{name}: cell {number} ({head[:50]!r}) shows its code but calls none of {allowed}; "
                "tag it hide-input (or remove-input)"
            )
    return problems


def pages_with_problems(repo: Path | None = None) -> dict[str, list[str]]:
    """The book's notebooks that do not yet follow the reading order, with their problems.

    Args:
        repo: the repository root (default: this checkout); its ``_toc.yml`` names the notebooks.

    Returns:
        Notebook stem -> :func:`reading_order_problems`, only for notebooks with a problem, in book order.
    """
    from medad_core.book import REPO, notebook_jobs  # noqa: PLC0415 - the book module reads yaml and the toc

    found = {}
    for job in notebook_jobs(REPO if repo is None else Path(repo)):
        problems = reading_order_problems(job.source)
        if problems:
            found[job.stem] = problems
    return found
