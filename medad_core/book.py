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
The default executes them one after the other in this process. Either way each process runs its
notebooks in one warm kernel (:func:`warm_kernel`), reset to a fresh kernel's state before each
notebook (:data:`WARM_RESET`): a kernel start and the imports cost about 5 s a notebook, half the smoke
book's time.

Notebooks call :func:`profile_banner` first, so every page says which profile produced it.
"""

from __future__ import annotations

import atexit
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
    "warm_kernel",
    "close_warm_kernels",
    "check_executed",
    "build_html",
    "build_book",
    "profile_banner",
    "timing_table",
]

REPO = Path(__file__).resolve().parents[1]
#: environment variables distributed sets in a worker it spawns that slow torch on the CPU: setting any
#: glibc malloc threshold explicitly turns off glibc's dynamic mmap threshold, so every tensor above
#: 128 KiB is mmap-ed, page-faulted and unmapped again on each allocation (distributed sets
#: ``MALLOC_TRIM_THRESHOLD_=65536`` to hand freed memory back to the OS). A DRA quick fit took 27.9 s
#: with it and 12.1 s without (same kernel, one thread); notebook kernels and runs inherit it.
SLOW_MALLOC_ENVIRON = ("MALLOC_TRIM_THRESHOLD_",)
#: the kernel's start arguments: each ipykernel warns at start that its localhost TCP ports are
#: unencrypted (two dozen notebooks printed that over the progress bar), and jupyter_client's
#: shutdown_kernel always interrupts (SIGINT) before asking the kernel to stop, which ipykernel logs at
#: ERROR as "KeyboardInterrupt caught in kernel"; cell errors still reach papermill as messages
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]
#: what a warm kernel runs before each notebook (:func:`execute_notebook` with ``warm=True``): the state
#: a fresh kernel starts with. The user namespace and output history go (``%reset -f``), figures are
#: closed, matplotlib's rc and pandas' options are restored to the kernel's first state (the inline
#: backend's, taken on the first notebook), and the global random generators are reseeded from the
#: OS as a new process seeds them; cells count from 1 again. Imported modules stay: that is the point
#: (about 5 s a notebook).
WARM_RESET = """
get_ipython().run_line_magic("reset", "-f")
import builtins as _builtins, random as _random, warnings as _warnings
import matplotlib as _mpl, matplotlib.pyplot as _plt, numpy as _np, pandas as _pd, torch as _torch
_plt.close("all")
if not hasattr(_builtins, "_medad_fresh_rc"):
    _builtins._medad_fresh_rc = {k: v for k, v in _mpl.rcParams.items() if k not in ("backend", "interactive")}
with _warnings.catch_warnings():
    _warnings.simplefilter("ignore")
    _mpl.rcParams.update(_builtins._medad_fresh_rc)
    _pd.reset_option("all")
_random.seed(); _np.random.seed(); _torch.seed()
get_ipython().run_line_magic("reset", "-f")
get_ipython().execution_count = 1
"""
#: warm kernels of this process by working directory (:func:`warm_kernel`)
_WARM_KERNELS: dict[str, Any] = {}
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


def warm_kernel(cwd: Path) -> Any:
    """This process's running kernel for notebooks executed in ``cwd``, started on first use.

    A kernel that died (a notebook crashed it) is replaced; :func:`close_warm_kernels` shuts them down
    (also at exit).

    Args:
        cwd: the notebooks' working directory (a kernel's is fixed when it starts).

    Returns:
        A started ``jupyter_client.KernelManager``.
    """
    from jupyter_client import KernelManager  # noqa: PLC0415 - optional dependency (the book extra)

    km = _WARM_KERNELS.get(str(cwd))
    if km is not None and km.is_alive():
        return km
    if not _WARM_KERNELS:
        atexit.register(close_warm_kernels)
    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(cwd), extra_arguments=KERNEL_ARGUMENTS)
    _WARM_KERNELS[str(cwd)] = km
    return km


def close_warm_kernels() -> int:
    """Shut down this process's warm kernels; returns how many were running."""
    closed = 0
    while _WARM_KERNELS:
        _, km = _WARM_KERNELS.popitem()
        if km.is_alive():
            km.shutdown_kernel(now=True)
            closed += 1
    return closed


def _reset_kernel(km: Any) -> None:
    """Run :data:`WARM_RESET` in ``km`` (its own client; raises MedadError if the reset fails)."""
    client = km.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        reply = client.execute_interactive(WARM_RESET, store_history=False, timeout=120, output_hook=lambda _: None)
    finally:
        client.stop_channels()
    if reply["content"]["status"] != "ok":
        raise MedadError(f"could not reset the warm kernel: {reply['content'].get('evalue', reply['content'])}")


def _warm_engine() -> str:
    """Register (once) and name the papermill engine that runs a notebook in a given, running kernel."""
    from papermill.clientwrap import PapermillNotebookClient  # noqa: PLC0415 - optional (the book extra)
    from papermill.engines import NBClientEngine, papermill_engines  # noqa: PLC0415

    class WarmKernelEngine(NBClientEngine):
        """papermill's nbclient engine on a kernel it does not own: the kernel survives, the client closes."""

        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, km=None, **kwargs):
            client = PapermillNotebookClient(
                nb_man, km=km, kernel_name=kernel_name, log=logging.getLogger("papermill"), log_output=log_output
            )
            try:
                return client.execute()
            finally:
                # nbclient leaves its channels open on a kernel it does not own (its cleanup would shut
                # the kernel down): close them, the kernel stays
                if client.kc is not None:
                    client.kc.stop_channels()
                    client.kc = None

    if "medad-warm" not in papermill_engines._engines:
        papermill_engines.register("medad-warm", WarmKernelEngine)
    return "medad-warm"


def execute_notebook(job: NotebookJob, parameters: dict[str, Any], cwd: Path = REPO, warm: bool = False) -> str | None:
    """Execute one notebook into ``job.output``; returns None on success, else the error text.

    Args:
        job: the notebook.
        parameters: injected into its parameters cell.
        cwd: its working directory.
        warm: run it in this process's warm kernel (:func:`warm_kernel`), reset to a fresh kernel's
            state first (:data:`WARM_RESET`), instead of starting a kernel for it: a build saves the
            kernel start and the imports of every notebook but the first of each process.
    """
    import jupytext  # noqa: PLC0415 - optional dependency (the book extra)
    import nbformat  # noqa: PLC0415 - optional dependency (the book extra)
    import papermill  # noqa: PLC0415 - optional dependency (the book extra)

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
        if warm:
            km = warm_kernel(cwd)
            _reset_kernel(km)
            engine = {"engine_name": _warm_engine(), "km": km}
        else:
            engine = {"cwd": str(cwd), "extra_arguments": KERNEL_ARGUMENTS}
        papermill.execute_notebook(
            notebook,
            str(partial),
            parameters=parameters,
            kernel_name="python3",
            language="python",
            progress_bar=False,
            log_output=False,
            **engine,
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
    selected: list[NotebookJob], parameters: dict[str, Any], repo: Path, bar: Any, warm: bool = True
) -> tuple[list[str], dict[str, float]]:
    """Execute the notebooks one after the other (in one warm kernel), advancing ``bar``.

    Returns:
        (failures, seconds per notebook).
    """
    failures, timings = [], {}
    for job in selected:
        bar.set_postfix_str(job.stem)
        start = time.perf_counter()
        error = execute_notebook(job, parameters, cwd=repo, warm=warm)
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


#: the pages whose grids take several minutes in the quick profile (measured 2026-12-03, cold caches:
#: dra_hard 575 s, bmad_tables 432 s, clip_tables 215 s of 2,093 s): without recorded timings they are
#: submitted first, so that a parallel build does not end with one of them running alone
LONG_PAGES = ("dra_hard", "bmad_tables", "clip_tables")


def submission_order(jobs: list[NotebookJob], seconds: dict[str, float] | None = None) -> list[NotebookJob]:
    """The order a parallel build submits its notebooks in: the longest first.

    With two workers, a build that starts its longest page late ends with that page running alone
    (the 2026-12-03 quick build: 1,201 s of wall for 2,093 s of notebooks, a quarter more than half).
    Longest first: by ``seconds`` (an earlier build's, :func:`medad_core.provenance.notebook_timings`)
    when they cover every job, else :data:`LONG_PAGES` first and the rest :func:`interleaved`.

    Args:
        jobs: the notebooks to run, in book order.
        seconds: notebook stem -> seconds of an earlier build of the same profile, or None.

    Returns:
        The same jobs, reordered.
    """
    if seconds and all(job.stem in seconds for job in jobs):
        return sorted(jobs, key=lambda job: -seconds[job.stem])
    rank = {stem: i for i, stem in enumerate(LONG_PAGES)}
    long = sorted((job for job in jobs if job.stem in rank), key=lambda job: rank[job.stem])
    return long + interleaved([job for job in jobs if job.stem not in rank])


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

    The tasks are submitted longest first (:func:`submission_order`, from the timings of the last build
    of ``profile`` where they cover every page), the rest chapter by chapter in turn
    (:func:`interleaved`): the pages of one chapter share runs, and two workers on the same grid only
    wait on each other's leases.
    """
    from medad_core.batch import dask_map  # noqa: PLC0415 - the dask engine loads only when asked for
    from medad_core.provenance import notebook_timings  # noqa: PLC0415 - imports torch

    frame, record = notebook_timings()
    known = dict(zip(frame["notebook"], frame["seconds"], strict=True)) if record.get("profile") == profile else None
    jobs = submission_order(jobs, known)
    done = dask_map(
        execute_notebook,
        [(job, parameters, repo, True) for job in jobs],
        workers=workers,
        scheduler=scheduler,
        desc=f"notebooks ({profile}, dask)",
        names=[job.stem for job in jobs],
        bar=bar,
        teardown=close_warm_kernels,
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
        close_warm_kernels()
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
