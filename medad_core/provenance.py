"""What produced the book: the software, the machine, the time per notebook and the runs behind each page.

The reproducibility page (``notebooks/reproducibility.py``, executed after every other notebook)
shows these; each function reads what is on disk (the results cache, the timings ``medad book``
writes) and fits nothing.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd
import psutil
import torch

from medad_core.runner import RunConfig, atomic_write_text, cached_row, medad_version, results_dir

#: the distributions whose versions change numbers or pages, in the order the page lists them
PACKAGES = [
    "torch",
    "torchvision",
    "numpy",
    "scipy",
    "scikit-learn",
    "scikit-image",
    "pandas",
    "faiss-cpu",
    "FrEIA",
    "diffusers",
    "open_clip_torch",
    "timm",
    "dask",
    "papermill",
    "jupytext",
    "jupyter-book",
    "sphinx",
    "matplotlib",
    "seaborn",
]
#: where ``medad book`` writes the seconds each notebook took (under the results folder)
TIMINGS_FILE = Path("book") / "timings.json"
REPO = Path(__file__).resolve().parent.parent


def git_commit(repo: Path = REPO) -> str:
    """The checkout's commit (``+ local changes`` when the tree differs), or why there is none."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "not a git checkout"
    return f"{commit} + local changes" if dirty else commit


def package_versions(names: list[str] | None = None) -> pd.DataFrame:
    """Installed version of each package of :data:`PACKAGES` (``not installed`` when absent)."""
    rows = []
    for name in names or PACKAGES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        rows.append({"package": name, "version": version})
    return pd.DataFrame(rows)


def machine() -> dict[str, Any]:
    """The machine the book was executed on: CPU, cores, memory, GPU, threads."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "none"
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "gpu": gpu,
        "torch_threads": torch.get_num_threads(),
    }


def environment(repo: Path = REPO) -> pd.DataFrame:
    """The version and commit of medad and the machine, as a two-column table."""
    facts = {"medad": medad_version(), "commit": git_commit(repo), **machine()}
    return pd.DataFrame({"item": list(facts), "value": [str(v) for v in facts.values()]})


def write_timings(
    timings: dict[str, float], profile: str, executor: str, results: str | os.PathLike | None = None
) -> Path:
    """Record the seconds per notebook of a ``medad book`` run (merged with earlier partial builds).

    Args:
        timings: notebook stem -> seconds of this build.
        profile: the build's profile.
        executor: serial or dask.
        results: the results folder (default ``$MEDAD_RESULTS`` or ``./results``).

    Returns:
        The JSON file written.
    """
    path = results_dir(results) / TIMINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        known = json.loads(path.read_text())
    except (OSError, ValueError):
        known = {}
    if known.get("profile") != profile:
        known = {}
    notebooks = known.get("notebooks", {})
    notebooks.update({stem: round(seconds, 1) for stem, seconds in timings.items()})
    record = {"profile": profile, "executor": executor, "machine": machine(), "notebooks": notebooks}
    atomic_write_text(path, json.dumps(record, indent=1, sort_keys=True))
    return path


def notebook_timings(results: str | os.PathLike | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """(seconds per notebook, the build's record) as ``medad book`` last wrote them; empty when none."""
    path = results_dir(results) / TIMINGS_FILE
    try:
        record = json.loads(path.read_text())
    except (OSError, ValueError):
        return pd.DataFrame(columns=["notebook", "seconds"]), {}
    frame = pd.DataFrame(sorted(record.get("notebooks", {}).items()), columns=["notebook", "seconds"])
    return frame, record


def _run_row(config: RunConfig, notebook: str, results: Path) -> dict[str, Any]:
    row = cached_row(config, results)
    base = {
        "notebook": notebook,
        "method": config.method,
        "dataset": config.dataset,
        "seed": config.seed,
        "config_hash": config.config_hash(),
    }
    if row is None:
        return {**base, "status": "not in the cache", "weights": None, "data": None, "fit_s": None}
    return {
        **base,
        "status": "cached",
        "weights": row.get("weights"),
        "data": row.get("data_source"),
        "fit_s": row.get("fit_seconds"),
    }


def runs_behind_pages(
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: list[int] | None = None,
    results: str | os.PathLike | None = None,
    notebooks: list[str] | None = None,
) -> pd.DataFrame:
    """Every run each notebook shows: config hash, weights and data source from its cached row.

    The runs are those of :data:`medad_core.batch.NOTEBOOK_GRIDS` (the grids the notebooks call), so
    ``medad batch <notebook>`` recomputes exactly these.

    Args:
        profile: the book's profile.
        data_root: its real-data folder (None: phantoms).
        device: its device.
        seeds: its seeds (None: each grid's default).
        results: the results folder.
        notebooks: only these notebooks (default all of :data:`~medad_core.batch.NOTEBOOK_GRIDS`).

    Returns:
        One row per (notebook, run) with ``status`` ``cached`` or ``not in the cache``.
    """
    from medad_core.batch import NOTEBOOK_GRIDS  # noqa: PLC0415 - loads every experiments module

    root = results_dir(results)
    rows = []
    for name, grid in NOTEBOOK_GRIDS.items():
        if notebooks is not None and name not in notebooks:
            continue
        for task in grid.tasks(profile, data_root, device, seeds, root):
            rows.append(_run_row(task.config, name, root))
    return pd.DataFrame(rows)


def runs_summary(runs: pd.DataFrame) -> pd.DataFrame:
    """Per notebook: runs, how many are cached, the weights and data sources behind them."""
    if runs.empty:
        return pd.DataFrame(columns=["notebook", "runs", "cached", "weights", "data"])

    def joined(values: pd.Series) -> str:
        # "random (pretrained unavailable offline)" -> random, "pretrained:resnet18/..." -> pretrained
        kinds = values.dropna().astype(str).str.split(r"[ :(]", n=1, regex=True).str[0]
        counts = kinds.value_counts()
        return ", ".join(f"{kind} {n}" for kind, n in counts.items()) or "-"

    grouped = runs.groupby("notebook", sort=False)
    return pd.DataFrame(
        {
            "runs": grouped.size(),
            "cached": grouped["status"].apply(lambda s: int((s == "cached").sum())),
            "weights": grouped["weights"].apply(joined),
            "data": grouped["data"].apply(joined),
        }
    ).reset_index()


def reproduce_commands(notebook: str, profile: str, data_root: str | None = None) -> str:
    """The shell commands that recompute one page's runs and re-execute the page.

    Args:
        notebook: a notebook stem (``bmad_tables``).
        profile: smoke, quick or paper.
        data_root: the real datasets' folder of the paper profile.

    Returns:
        The commands, one per line.
    """
    root = f" --data-root {data_root}" if data_root else ""
    papermill_root = f" -p data_root {data_root}" if data_root else ""
    return "\n".join(
        [
            f"medad batch {notebook} --profile {profile}{root}            # the page's runs, cached",
            f"jupytext --to ipynb notebooks/{notebook}.py -o - \\",
            f"  | papermill - {notebook}.ipynb -p profile {profile}{papermill_root}   # the page itself",
            f"medad book --profile {profile} --only {notebook}{root}      # or: the page inside the book",
        ]
    )
