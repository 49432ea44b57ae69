"""The notebook -> papermill -> Jupyter Book pipeline, on the smoke profile, in a copy of the repository."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import numpy as np
import pytest
from PIL import Image

from medad_core.book import REPO, build_book, check_executed, execute_notebook, notebook_jobs, parameter_problems

pytestmark = pytest.mark.xdist_group("book")
#: pages that show tables only (the generated hyper-parameter tables); every other page draws a figure
TABLE_PAGES = {"bmad_settings"}


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


def test_parameter_problems_names_the_line_papermill_skips(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        '# %% tags=["parameters"]\nprofile = "quick"  # type: str smoke | quick | paper\n'
        "seeds = None  # None = the default seeds\ndevice = 'cpu'\n\n# %%\nprint(profile)\n"
    )
    problems = parameter_problems(bad)
    assert len(problems) == 2
    assert "seeds = None" in problems[0] and "'device' needs" in problems[1]


@pytest.fixture(scope="module")
def built_book(tmp_path_factory):
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
    try:
        bad.write_text(original + "\n# %%\nraise RuntimeError('deliberate failure')\n")
        job = next(j for j in notebook_jobs(repo) if j.stem == "pipeline_demo")
        error = execute_notebook(job, {"profile": "smoke"}, cwd=repo)
        assert error and "deliberate failure" in error
        assert any("raised an error" in p for p in check_executed([job]))
        assert build_book(profile="smoke", only="pipeline_demo", repo=repo, html=False) == 1
    finally:
        bad.write_text(original)


@pytest.mark.slow
@pytest.mark.browser
def test_rendered_book_in_headless_chromium(built_book, tmp_path):
    repo, code = built_book
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); cannot check the rendering")
    assert code == 0
    shot = tmp_path / "page.png"
    page = repo / "_build" / "html" / "book" / "generated" / "pipeline_demo.html"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1600",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )

    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    assert pixels.std() > 10, "the screenshot is blank"
    assert (pixels < 128).mean() > 0.01, "no dark content (text, figures) on the page"
