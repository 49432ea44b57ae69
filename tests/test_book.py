"""The notebook -> papermill -> Jupyter Book pipeline, on the smoke profile, in a copy of the repository."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import nbformat
import numpy as np
import pytest
from PIL import Image
from playwright.sync_api import sync_playwright
from pypdf import PdfReader

from medad_core.book import (
    REPO,
    NotebookJob,
    build_book,
    build_pdf,
    check_executed,
    chromium_executable,
    close_warm_kernels,
    execute_notebook,
    interleaved,
    notebook_jobs,
    parameter_problems,
    submission_order,
    timing_table,
)
from medad_core.browser import check_site, search_hits

pytestmark = pytest.mark.xdist_group("book")
#: pages that show tables only (BMAD's generated hyper-parameter tables; DIA's Tables 2-4, its "Figure 4",
#: which the paper prints as a table, and its claims); every other page draws a figure
TABLE_PAGES = {"bmad_settings", "dia_ablations", "dia_cost", "dia_fig4", "dia_claims"}


def _copy_repo(dest: Path) -> Path:
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "results", "_build", "generated", "__pycache__", ".helpers", "*.egg-info", ".pytest_cache"
    )
    shutil.copytree(REPO, dest, ignore=ignore)
    return dest


def test_every_parameters_cell_reads_in_papermill_with_types_and_help():
    """`papermill --help-notebook` lists each parameter with its type and meaning, and warns about none."""
    sources = sorted((REPO / "notebooks").glob("*.py"))
    assert len(sources) >= 14
    assert [problem for source in sources for problem in parameter_problems(source)] == []


def test_parallel_books_start_each_chapter_first():
    stems = ("a_1", "a_2", "a_3", "b_1", "c_1")
    jobs = [NotebookJob(stem, Path(f"{stem}.py"), Path(f"{stem}.ipynb")) for stem in stems]
    assert [j.stem for j in interleaved(jobs)] == ["a_1", "b_1", "c_1", "a_2", "a_3"]


def test_parallel_books_submit_the_longest_pages_first():
    stems = ("a_1", "a_2", "dra_hard", "b_1", "bmad_tables")
    jobs = [NotebookJob(stem, Path(f"{stem}.py"), Path(f"{stem}.ipynb")) for stem in stems]
    # no earlier build: the known long pages first, in LONG_PAGES order, then the chapters in turn
    assert [j.stem for j in submission_order(jobs)] == ["dra_hard", "bmad_tables", "a_1", "b_1", "a_2"]
    # an earlier build's timings that cover every page order all of them, longest first
    seconds = {"a_1": 5.0, "a_2": 900.0, "dra_hard": 300.0, "b_1": 40.0, "bmad_tables": 20.0, "other": 1.0}
    assert [j.stem for j in submission_order(jobs, seconds)] == ["a_2", "dra_hard", "b_1", "bmad_tables", "a_1"]
    # timings that miss a page are not trusted for the order
    del seconds["b_1"]
    assert [j.stem for j in submission_order(jobs, seconds)][:2] == ["dra_hard", "bmad_tables"]


def test_timing_table_lists_the_slowest_notebook_first_with_the_sum_and_the_steps():
    table = timing_table({"a_fast": 2.0, "b_slow": 30.3, "c_mid": 5.0}, {"notebooks": 20.0, "html": 9.5})
    lines = [line.split() for line in table.splitlines()]
    assert [line[0] for line in lines[1:4]] == ["b_slow", "c_mid", "a_fast"]
    assert lines[1][-1] == "30.3" and lines[4] == ["sum", "over", "notebooks", "37.3"]
    assert lines[5][-2:] == ["notebooks", "20.0"] and lines[6][-2:] == ["html", "9.5"]


def test_parameter_problems_names_the_line_papermill_skips(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        '# %% tags=["parameters"]\nprofile = "quick"  # type: str smoke | quick | paper\n'
        "seeds = None  # None = the default seeds\ndevice = 'cpu'\n\n# %%\nprint(profile)\n"
    )
    problems = parameter_problems(bad)
    assert len(problems) == 2
    assert "seeds = None" in problems[0] and "'device' needs" in problems[1]


@pytest.fixture(scope="session")
def built_book(tmp_path_factory):
    """The smoke book, built once per worker (module scope rebuilt it when xdist interleaved modules)."""
    repo = _copy_repo(tmp_path_factory.mktemp("book") / "repo")
    mp = pytest.MonkeyPatch()
    mp.setenv("MEDAD_RESULTS", str(repo / "results"))
    mp.setenv("OMP_NUM_THREADS", "1")  # the kernels share 2 cores with the other pytest worker
    try:
        code = build_book(profile="smoke", repo=repo)
    finally:
        mp.undo()
    return repo, code


@pytest.mark.slow
def test_smoke_book_builds_with_every_notebook_figure(built_book):
    repo, code = built_book
    assert code == 0, "the smoke book must build without warnings"
    html_root = repo / "_build" / "html"
    assert (html_root / "index.html").is_file()
    for job in notebook_jobs(repo):
        page = (html_root / "book" / "generated" / f"{job.stem}.html").read_text()
        if job.stem in TABLE_PAGES:
            assert "<table" in page, f"{job.stem}: no table in the page"
        else:
            assert re.search(r"<img[^>]+src=\"[^\"]*\.png\"", page), f"{job.stem}: no figure in the page"
        # a cell ending in a plot call shows its figure twice (returned value + inline backend)
        page_dir = html_root / "book" / "generated"
        sources = re.findall(r"<img[^>]+src=\"([^\"]+\.png)\"", page)
        digests = [hashlib.sha1((page_dir / src).resolve().read_bytes()).hexdigest() for src in sources]
        assert len(digests) == len(set(digests)), f"{job.stem}: a figure is shown twice"
        assert "Smoke profile" in page, f"{job.stem}: the profile banner is missing"
        assert 'tags=["parameters"]' not in page
        nb = nbformat.read(job.output, as_version=4)
        params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert params and "remove-cell" in params[0].metadata.tags
        assert injected and "hide-input" in injected[0].metadata.tags


@pytest.mark.slow
def test_failed_notebook_stops_the_build(built_book, tmp_path):
    repo, _ = built_book
    bad = repo / "notebooks" / "pipeline_demo.py"
    original = bad.read_text()
    job = next(j for j in notebook_jobs(repo) if j.stem == "pipeline_demo")
    # the later tests (site, PDF) read the executed page: its labels must survive this test
    executed = job.output.read_bytes()
    try:
        # the page's own cells (a fit) are not what this checks: its parameters cell and a failing cell
        parameters = original[original.index('# %% tags=["parameters"]') :].split("\n# %%")[0]
        # keep the page's title: the toc (and the PDF test's -W build after this one) need it
        title = original[original.index("# %% [markdown]") :].split("\n# %%")[0]
        bad.write_text(title + "\n\n" + parameters + "\n\n# %%\nraise RuntimeError('deliberate failure')\n")
        error = execute_notebook(job, {"profile": "smoke"}, cwd=repo)
        assert error and "deliberate failure" in error
        assert any("raised an error" in p for p in check_executed([job]))
        assert build_book(profile="smoke", only="pipeline_demo", repo=repo, html=False) == 1
    finally:
        bad.write_text(original)
        job.output.write_bytes(executed)


def test_warm_kernel_runs_each_notebook_as_a_fresh_kernel_would(tmp_path):
    # the build runs a process's notebooks in one kernel (no restart, no re-import); what one notebook
    # leaves behind must not reach the next: names, figures, matplotlib rc, pandas options, cell counts
    first = tmp_path / "first.py"
    first.write_text(
        '# %% tags=["parameters"]\nprofile = "smoke"\n\n# %%\nimport os\nimport matplotlib.pyplot as plt\n'
        "import pandas as pd\nleftover = 1\nplt.figure()\nplt.rcParams['lines.linewidth'] = 9.0\n"
        "pd.set_option('display.max_rows', 3)\nprint('PID', os.getpid())\n"
    )
    second = tmp_path / "second.py"
    second.write_text(
        '# %% tags=["parameters"]\nprofile = "smoke"\n\n# %%\nimport os\nimport sys\nimport matplotlib.pyplot as plt\n'
        "import pandas as pd\nassert 'leftover' not in globals(), 'a name of the previous notebook'\n"
        "assert not plt.get_fignums(), 'a figure of the previous notebook'\n"
        "assert plt.rcParams['lines.linewidth'] != 9.0, 'the previous notebook rc'\n"
        "assert pd.get_option('display.max_rows') != 3, 'the previous notebook pandas option'\n"
        "print('PID', os.getpid())\n\n# %%\nplt.plot([0, 1])\n"
    )
    jobs = [NotebookJob(p.stem, p, tmp_path / f"{p.stem}.ipynb") for p in (first, second)]
    try:
        for job in jobs:
            assert execute_notebook(job, {"profile": "smoke"}, cwd=tmp_path, warm=True) is None
    finally:
        assert close_warm_kernels() == 1, "one kernel ran both notebooks and is shut down"
    pids, counts = [], []
    for job in jobs:
        cells = [c for c in nbformat.read(job.output, as_version=4).cells if c.cell_type == "code"]
        counts.append([c.execution_count for c in cells])
        pids += [line for c in cells for o in c.outputs for line in o.get("text", "").splitlines() if "PID" in line]
    assert len(pids) == 2 and pids[0] == pids[1], "the same kernel process"
    assert counts[0] == list(range(1, len(counts[0]) + 1)), "each notebook counts its cells from 1"
    assert counts[1] == list(range(1, len(counts[1]) + 1)), "each notebook counts its cells from 1"
    last = nbformat.read(jobs[1].output, as_version=4).cells[-1]
    assert any("image/png" in o.get("data", {}) for o in last.outputs), "the inline backend still shows figures"


def _browser_or_skip():
    if shutil.which("chromium") is None and shutil.which("chromium-browser") is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); cannot check the rendering")


@pytest.mark.slow
@pytest.mark.browser
def test_rendered_book_in_headless_chromium(built_book, tmp_path):
    """Every page loads without console errors, every figure has a size, every internal link resolves."""
    _browser_or_skip()
    repo, code = built_book
    assert code == 0
    site = repo / "_build" / "html"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=["--no-sandbox"])
        report = check_site(site, browser=browser)
        assert report.problems == []
        figure_pages = [j for j in notebook_jobs(repo) if j.stem not in TABLE_PAGES]
        assert len(report.pages) >= len(notebook_jobs(repo)) + 5 and report.images >= len(figure_pages)
        assert report.links > 100
        hits = search_hits(site, "PatchCore", browser=browser)
        assert any("BMAD" in hit for hit in hits), hits
        page = browser.new_page(viewport={"width": 1200, "height": 1600})
        page.goto((site / "book" / "generated" / "pipeline_demo.html").as_uri(), wait_until="load")
        shot = tmp_path / "page.png"
        page.screenshot(path=str(shot))
        browser.close()
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    assert pixels.std() > 10, "the screenshot is blank"
    assert (pixels < 128).mean() > 0.01, "no dark content (text, figures) on the page"


@pytest.mark.slow
@pytest.mark.browser
def test_dashboard_figure_is_visible_above_the_fold(built_book):
    """The landing page shows the dashboard's figure whole in a 1280x800 window, and links every chapter."""
    _browser_or_skip()
    repo, code = built_book
    assert code == 0
    landing = repo / "_build" / "html" / "book" / "index.html"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable(), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(landing.as_uri(), wait_until="load")
            figure = page.locator("img[src*='dashboard']").first
            figure.wait_for(state="visible")
            box = figure.bounding_box()
            natural = figure.evaluate("img => img.complete ? img.naturalWidth : 0")
            chapters = {c: page.locator(f"a[href^='{c}.html']").count() for c in ("bmad", "dra", "ddad", "dia", "clip")}
            ledger_links = page.locator("a[href*='generated/claims.html']").count()
        finally:
            browser.close()
    assert natural > 0, "the dashboard figure did not load"
    assert box["y"] >= 0 and box["y"] + box["height"] <= 800, f"the figure is not above the fold: {box}"
    assert box["width"] > 500, f"the figure is too small to read: {box}"
    assert all(chapters.values()), chapters
    assert ledger_links > 0


def test_site_check_reports_a_broken_image_and_link(tmp_path):
    """The checker itself: a missing figure, a dead link and a script error are each reported."""
    _browser_or_skip()
    (tmp_path / "ok.html").write_text("<html><body><h1 id='top'>ok</h1></body></html>")
    (tmp_path / "bad.html").write_text(
        "<html><body><img src='missing.png'><a href='ok.html#top'>fine</a><a href='ok.html#nowhere'>x</a>"
        "<a href='gone.html'>y</a><script>undefined_function()</script></body></html>"
    )
    report = check_site(tmp_path)
    assert report.pages == ["bad.html", "ok.html"]
    assert len(report.broken_images) == 1 and "missing.png" in report.broken_images[0]
    assert sorted(report.broken_links) == [
        "bad.html: gone.html (no such file)",
        "bad.html: ok.html#nowhere (no anchor #nowhere)",
    ]
    assert any("undefined_function" in e for e in report.console_errors)


@pytest.mark.slow
@pytest.mark.browser
def test_book_prints_to_one_pdf_with_figures_text_and_internal_links(built_book):
    _browser_or_skip()
    repo, code = built_book
    assert code == 0
    pdf = build_pdf(repo)
    reader = PdfReader(pdf)
    figure_pages = [j for j in notebook_jobs(repo) if j.stem not in TABLE_PAGES]
    assert len(reader.pages) >= len(notebook_jobs(repo)), "fewer PDF pages than notebook pages"
    text = " ".join(page.extract_text() for page in reader.pages)
    for title in ("BMAD", "DRA", "DDAD-ASR", "DIA", "CLIP", "Reproducing on a GPU"):
        assert title in text
    assert sum(len(page.images) for page in reader.pages) >= len(figure_pages)
    annotations = [a.get_object() for page in reader.pages for a in (page.get("/Annots") or [])]
    internal = [a for a in annotations if "/Dest" in a or a.get("/A", {}).get("/S") == "/GoTo"]
    assert len(internal) > 20, "the table of contents should link inside the PDF"
