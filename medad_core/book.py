"""Notebook -> papermill -> Jupyter Book pipeline.

The notebooks are jupytext py:percent files in ``notebooks/``; ``_toc.yml`` lists each as
``book/generated/<stem>``. :func:`build_book`

1. reads each source with jupytext and hands the NotebookNode to papermill's Python API (no
   temporary .ipynb), injecting ``profile``, ``data_root``, ``seeds`` and ``device``;
2. tags the default parameters cell ``remove-cell`` and the injected one ``hide-input`` so the
   book shows neither as code, and writes ``book/generated/<stem>.ipynb`` atomically;
3. refuses to build if any notebook errored (papermill still writes failed notebooks: it marks
   ``metadata.papermill.exception``) or was never executed;
4. builds the HTML with Jupyter Book 1.x (``execute_notebooks: off``) as ``-W -n --keep-going``.

``executor="dask"`` executes the notebooks in parallel, one task per notebook on a Dask cluster
(:func:`medad_core.batch.dask_map`: a local one of ``workers`` processes, or ``scheduler``); the
notebooks are independent, and runs two of them share are computed once (the runner's leases).
The default executes them one after the other in this process.

Notebooks call :func:`profile_banner` first, so every page says which profile produced it.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from medad_core.api import MedadError
from medad_core.progress import progress

__all__ = [
    "REPO",
    "NotebookJob",
    "notebook_jobs",
    "execute_notebook",
    "check_executed",
    "build_html",
    "build_book",
    "profile_banner",
    "timing_table",
]

REPO = Path(__file__).resolve().parents[1]
GENERATED = "book/generated"
#: pages that summarise the others (their runs, timings, claims): executed after every other notebook
SUMMARY_PAGES = ("dashboard", "claims", "reproducibility")

_BANNERS = {
    "smoke": (
        "warning",
        "Smoke profile",
        "These outputs come from the **smoke** profile: a few tens of tiny phantom images and a few "
        "training steps. They only show that the pipeline runs; the numbers mean nothing.",
    ),
    "quick": (
        "note",
        "Quick profile: the pipeline, not the paper",
        "These outputs come from the **quick** profile on the embedded procedural phantoms (small "
        "images, a few hundred samples, short training, random-init backbones where pretrained "
        "weights are absent). They demonstrate the pipeline end to end; they do **not** reproduce "
        "the paper's numbers, which stand beside ours in every table. Rerun with `profile='paper'` "
        "on the real datasets and a GPU to reproduce.",
    ),
    "paper": (
        "important",
        "Paper profile",
        "These outputs come from the **paper** profile: the papers' settings on the real datasets.",
    ),
}


def profile_banner(profile: str) -> None:
    """Display the page's profile note (a MyST admonition rendered by the book)."""
    from IPython.display import Markdown, display  # noqa: PLC0415 - optional dependency (the book extra)

    kind, title, text = _BANNERS[profile]
    display(Markdown(f":::{{admonition}} {title}\n:class: {kind}\n{text}\n:::"))


@dataclass(frozen=True)
class NotebookJob:
    """One notebook of the book: its name, its jupytext source and the executed ``.ipynb`` it writes."""

    stem: str
    source: Path
    output: Path


def _toc_files(node: Any) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key in ("root", "file"):
            if isinstance(node.get(key), str):
                found.append(node[key])
        for value in node.values():
            if isinstance(value, (list, dict)):
                found.extend(_toc_files(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_toc_files(item))
    return found


def notebook_jobs(repo: Path = REPO) -> list[NotebookJob]:
    """The notebooks ``_toc.yml`` lists under ``book/generated/``, in book order."""
    toc = yaml.safe_load((repo / "_toc.yml").read_text())
    jobs = []
    for entry in _toc_files(toc):
        entry = entry.removesuffix(".ipynb")
        if not entry.startswith(GENERATED + "/"):
            continue
        stem = entry[len(GENERATED) + 1 :]
        source = repo / "notebooks" / f"{stem}.py"
        if not source.is_file():
            raise MedadError(f"_toc.yml lists {entry} but its source {source.relative_to(repo)} does not exist")
        jobs.append(NotebookJob(stem, source, repo / GENERATED / f"{stem}.ipynb"))
    return jobs


def parameter_problems(source: Path) -> list[str]:
    """What papermill cannot read in a notebook's ``parameters`` cell (empty when all is well).

    papermill reads ``name = value  # type: T help`` lines (``papermill --help-notebook`` prints them);
    it skips, with a warning, a line whose comment holds ``=``, and a parameter without a type or a
    help text leaves a reader of ``--help-notebook`` guessing.

    Args:
        source: the jupytext source of a notebook.

    Returns:
        One message per problem, naming the line.
    """
    import jupytext  # noqa: PLC0415 - optional dependency (the book extra)
    from papermill.translators import PythonTranslator  # noqa: PLC0415 - optional dependency (the book extra)

    cells = [c for c in jupytext.read(source).cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(cells) != 1:
        return [f"{source.name}: {len(cells)} cells tagged 'parameters' (expected one)"]
    lines = [line for line in cells[0].source.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    parsed = {p.name: p for p in PythonTranslator.inspect(cells[0])}
    problems = []
    for line in lines:
        name = line.split("=")[0].split(":")[0].strip()
        found = parsed.get(name)
        if found is None:
            problems.append(f"{source.name}: papermill cannot parse {line!r} (no '=' in the comment)")
        elif found.inferred_type_name in ("None", "") or not found.help:
            problems.append(f"{source.name}: {name!r} needs '# type: T help' (papermill --help-notebook shows them)")
    return problems


def _tag(cell: Any, tag: str) -> None:
    tags = cell.setdefault("metadata", {}).setdefault("tags", [])
    if tag not in tags:
        tags.append(tag)


def execute_notebook(job: NotebookJob, parameters: dict[str, Any], cwd: Path = REPO) -> str | None:
    """Execute one notebook into ``job.output``; returns None on success, else the error text."""
    import jupytext  # noqa: PLC0415 - optional dependency (the book extra)
    import nbformat  # noqa: PLC0415 - optional dependency (the book extra)
    import papermill  # noqa: PLC0415 - optional dependency (the book extra)

    from medad_core.batch import SLOW_MALLOC_ENVIRON  # noqa: PLC0415 - imports dask and pandas

    # papermill's parameter-cell parser trips over inline comments and then warns "unknown
    # parameter" for values it injects correctly anyway; the build gate reports real failures
    for name in ("papermill.translators", "papermill.parameterize", "papermill"):
        logging.getLogger(name).setLevel(logging.ERROR)

    # the kernel inherits this process's environment: a Dask worker's MALLOC_TRIM_THRESHOLD_ (distributed
    # sets it in every worker it spawns) made the kernels' torch fits about twice as slow
    for name in SLOW_MALLOC_ENVIRON:
        os.environ.pop(name, None)
    notebook = jupytext.read(job.source)
    notebook.metadata.pop("jupytext", None)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata.setdefault("language_info", {"name": "python"})
    job.output.parent.mkdir(parents=True, exist_ok=True)
    partial = job.output.with_suffix(".partial.ipynb")
    error = None
    try:
        papermill.execute_notebook(
            notebook,
            str(partial),
            parameters=parameters,
            kernel_name="python3",
            language="python",
            cwd=str(cwd),
            progress_bar=False,
            log_output=False,
            # each ipykernel warns at start that its localhost TCP ports are unencrypted; a build of two
            # dozen notebooks printed that over the progress bar; and jupyter_client's shutdown_kernel always
            # interrupts (SIGINT) before asking the kernel to stop, which ipykernel logs at ERROR as
            # "KeyboardInterrupt caught in kernel" once per notebook. Cell errors still reach papermill
            # as messages, not log lines.
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    except papermill.PapermillExecutionError as err:
        error = f"{err.ename}: {err.evalue} (cell {err.exec_count})"
    except Exception as err:  # noqa: BLE001 - kernel death, bad parameters...: reported per notebook
        error = f"{type(err).__name__}: {err}"
    if not partial.is_file():
        return error or "papermill wrote no output"
    executed = nbformat.read(partial, as_version=4)
    for cell in executed.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "parameters" in tags:
            _tag(cell, "remove-cell")
        if "injected-parameters" in tags:
            _tag(cell, "hide-input")
    nbformat.write(executed, partial)
    os.replace(partial, job.output)
    return error


def check_executed(jobs: list[NotebookJob]) -> list[str]:
    """Problems that must stop the build: missing, failed or partly executed notebooks."""
    import nbformat  # noqa: PLC0415 - optional dependency (the book extra)

    def shown(path: Path) -> str:
        return str(path.relative_to(path.parents[2])) if len(path.parents) > 2 else str(path)

    problems = []
    for job in jobs:
        if not job.output.is_file():
            problems.append(f"{job.stem}: not executed (no {shown(job.output)})")
            continue
        nb = nbformat.read(job.output, as_version=4)
        if nb.metadata.get("papermill", {}).get("exception"):
            problems.append(f"{job.stem}: the notebook raised an error (see {shown(job.output)})")
            continue
        unexecuted = [
            i
            for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and c.source.strip() and c.get("execution_count") is None
        ]
        if unexecuted:
            problems.append(f"{job.stem}: code cells {unexecuted[:5]} were not executed")
    return problems


def build_html(repo: Path = REPO, builder: str = "html") -> int:
    """Jupyter Book 1.x build of the repository root, warnings as errors.

    Args:
        repo: the repository root (the book's source).
        builder: ``html`` (the book) or ``singlehtml`` (one page, printed by :func:`build_pdf`).

    Returns:
        The exit code of ``jupyter-book build``.
    """
    command = [
        sys.executable,
        "-c",
        "import sys; from jupyter_book.cli.main import main; sys.exit(main())",
        "build",
        str(repo),
        "--builder",
        builder,
        "-W",
        "-n",
        "--keep-going",
    ]
    print("$ " + " ".join(command), flush=True)
    return subprocess.call(command, cwd=repo)


def chromium_executable() -> str:
    """Debian's Chromium (or ``$MEDAD_CHROMIUM``), which Playwright drives for the PDF and the browser tests.

    Raises:
        MedadError: no Chromium is installed.
    """
    found = os.environ.get("MEDAD_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise MedadError(
            "medad book --pdf prints the book with headless Chromium: install Debian's chromium "
            "(apt-get install chromium) or point MEDAD_CHROMIUM at a Chromium executable"
        )
    return found


#: paper size and margins of the printed book
PDF_OPTIONS = {"format": "A4", "print_background": True, "margin": {"top": "15mm", "bottom": "15mm"}}


def build_pdf(repo: Path = REPO, out: Path | None = None) -> Path:
    """Print the executed book to one PDF with headless Chromium (no LaTeX).

    Jupyter Book's ``singlehtml`` builder puts every page on one HTML page whose cross-references
    are anchors of that page, so the links of the printed PDF stay internal; MathJax is served from
    the build (``sphinx-mathjax-offline``) and typeset before printing.

    Args:
        repo: the repository root with executed notebooks in ``book/generated``.
        out: the PDF to write (default ``_build/pdf/medad.pdf``), atomically.

    Returns:
        The PDF's path.
    """
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - optional dependency (the book extra)

    executable = chromium_executable()
    if build_html(repo, builder="singlehtml") != 0:
        raise MedadError("the single-page HTML build failed (see the messages above); no PDF written")
    # the root index.html only redirects to the page of the book's root file, which Sphinx writes
    # into book/ but with its styles and figures linked from the output root: print a copy from there
    single = repo / "_build" / "singlehtml"
    page_file = single / "medad-print.html"
    page_file.write_text((single / "book" / "index.html").read_text(encoding="utf-8"), encoding="utf-8")
    out = Path(out) if out is not None else repo / "_build" / "pdf" / "medad.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial.pdf")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri(), wait_until="load")
            page.wait_for_function("() => Array.from(document.images).every(img => img.complete)")
            # equations are typeset asynchronously; print once MathJax has finished (if the page has any)
            page.evaluate("() => (window.MathJax && MathJax.startup) ? MathJax.startup.promise : null")
            page.emulate_media(media="print")
            page.pdf(path=str(partial), **PDF_OPTIONS)
        finally:
            browser.close()
    os.replace(partial, out)
    return out


def _execute_serial(
    selected: list[NotebookJob], parameters: dict[str, Any], repo: Path, bar: Any
) -> tuple[list[str], dict[str, float]]:
    """Execute the notebooks one after the other, advancing ``bar``; (failures, seconds per notebook)."""
    failures, timings = [], {}
    for job in selected:
        bar.set_postfix_str(job.stem)
        start = time.perf_counter()
        error = execute_notebook(job, parameters, cwd=repo)
        timings[job.stem] = time.perf_counter() - start
        bar.update(1)
        if error:
            failures.append(f"{job.stem}: {error}")
    return failures, timings


def timing_table(timings: dict[str, float], wall: dict[str, float]) -> str:
    """The per-notebook seconds of a build, slowest first, with their sum and the steps' wall times.

    Args:
        timings: notebook stem -> seconds (start to end of its kernel, as :func:`execute_notebook` ran).
        wall: step name (``notebooks``, ``html``) -> wall seconds of the step.

    Returns:
        The table as text, one line per notebook.
    """
    width = max([len(stem) for stem in timings] + [24])
    lines = [f"  {'notebook':<{width}} {'seconds':>8}"]
    lines += [f"  {stem:<{width}} {seconds:8.1f}" for stem, seconds in sorted(timings.items(), key=lambda kv: -kv[1])]
    lines.append(f"  {'sum over notebooks':<{width}} {sum(timings.values()):8.1f}")
    lines += [f"  {'wall: ' + step:<{width}} {seconds:8.1f}" for step, seconds in wall.items()]
    return "\n".join(lines)


def interleaved(jobs: list[NotebookJob]) -> list[NotebookJob]:
    """The notebooks in turn by chapter (the stem's prefix before ``_``), each chapter in book order.

    ``[bmad_a, bmad_b, dra_a, dra_b, ddad_a]`` becomes ``[bmad_a, dra_a, ddad_a, bmad_b, dra_b]``: a
    chapter's first page usually runs its main grid, so parallel workers start on different grids.
    """
    chapters: dict[str, list[NotebookJob]] = {}
    for job in jobs:
        chapters.setdefault(job.stem.split("_")[0], []).append(job)
    order = []
    for rank in range(max((len(c) for c in chapters.values()), default=0)):
        order += [c[rank] for c in chapters.values() if rank < len(c)]
    return order


def _execute_on_dask(
    jobs: list[NotebookJob],
    parameters: dict[str, Any],
    repo: Path,
    workers: int | None,
    scheduler: str | None,
    profile: str,
    bar: Any,
) -> tuple[list[str], dict[str, float]]:
    """Execute ``jobs`` as one Dask task each; returns (failures, seconds per notebook).

    The tasks are submitted chapter by chapter in turn (:func:`interleaved`): the pages of one chapter
    share runs, and two workers on the same grid only wait on each other's leases.
    """
    from medad_core.batch import dask_map  # noqa: PLC0415 - the dask engine loads only when asked for

    jobs = interleaved(jobs)
    done = dask_map(
        execute_notebook,
        [(job, parameters, repo) for job in jobs],
        workers=workers,
        scheduler=scheduler,
        desc=f"notebooks ({profile}, dask)",
        names=[job.stem for job in jobs],
        bar=bar,
    )
    failures, timings = [], {}
    for job, (error, seconds) in zip(jobs, done, strict=True):
        timings[job.stem] = seconds
        if isinstance(error, BaseException):
            error = f"{type(error).__name__}: {error}"
        if error:
            failures.append(f"{job.stem}: {error}")
    return failures, timings


def build_book(
    profile: str = "quick",
    only: str | None = None,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: list[int] | None = None,
    html: bool = True,
    pdf: bool = False,
    repo: Path = REPO,
    executor: str = "serial",
    workers: int | None = None,
    scheduler: str | None = None,
) -> int:
    """Execute the notebooks (all, or those matching ``only``) and build the book; returns an exit code.

    ``executor`` is ``serial`` (one after the other, here) or ``dask`` (in parallel on ``workers``
    local processes or the cluster at ``scheduler``); ``pdf`` also prints the book to one PDF
    (:func:`build_pdf`).
    """
    jobs = notebook_jobs(repo)
    selected = [j for j in jobs if only is None or fnmatch.fnmatch(j.stem, only) or only in j.stem]
    if only is not None and not selected:
        raise MedadError(f"--only {only!r} matches no notebook; notebooks: {', '.join(j.stem for j in jobs)}")
    parameters = {"profile": profile, "data_root": data_root, "seeds": seeds, "device": device}
    unreadable = [problem for job in selected for problem in parameter_problems(job.source)]
    if unreadable:
        print("medad book: fix the parameters cells first:\n  " + "\n  ".join(unreadable), file=sys.stderr)
        return 1
    if executor not in ("serial", "dask"):
        raise MedadError(f"unknown executor {executor!r}; expected serial or dask")
    from medad_core.provenance import write_timings  # noqa: PLC0415 - imports torch; `medad book --help` stays fast

    # one bar for the whole build (chapters, then the summary pages), made before the kernels'
    # environment turns bars off: kernels inherit it, and the published pages show no bars
    bar = progress([], total=len(selected), desc=f"notebooks ({profile}, {executor})", leave=True)
    os.environ["MEDAD_PROGRESS"] = "0"
    summaries = [j for j in selected if j.stem in SUMMARY_PAGES]
    chapters = [j for j in selected if j.stem not in SUMMARY_PAGES]
    start = time.perf_counter()
    try:
        if executor == "dask":
            failures, timings = _execute_on_dask(chapters, parameters, repo, workers, scheduler, profile, bar)
        else:
            failures, timings = _execute_serial(chapters, parameters, repo, bar)
        write_timings(timings, profile, executor)
        # the summary pages read the timings and the cached runs of the pages above
        more_failures, more_timings = _execute_serial(summaries, parameters, repo, bar)
    finally:
        bar.close()
    failures, timings = failures + more_failures, {**timings, **more_timings}
    wall = {"notebooks": time.perf_counter() - start}
    problems = failures + [
        p for p in check_executed(jobs) if not any(p.startswith(f.split(":")[0] + ":") for f in failures)
    ]
    if problems:
        print(timing_table(timings, wall))
        print("medad book: not building the book, because:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if not html:
        print(timing_table(timings, wall))
        return 0
    start = time.perf_counter()
    code = build_html(repo)
    wall["html"] = time.perf_counter() - start
    print(timing_table(timings, wall))
    if code == 0:
        print(f"book: {repo / '_build' / 'html' / 'index.html'}")
    if code == 0 and pdf:
        print(f"pdf: {build_pdf(repo)}")
    return code
