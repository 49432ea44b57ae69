"""medad batch: named grids, YAML grids, and a real 2-process Dask LocalCluster sharing one results cache."""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
from conftest import _shared_phantom_cache

from medad_core import batch
from medad_core.api import MedadError
from medad_core.book import build_book, check_executed, notebook_jobs
from medad_core.cli import main
from medad_core.config import RunConfig
from medad_core.runner import LEASES, cache_key, read_fits_log

pytestmark = pytest.mark.xdist_group("batch")

REPO = Path(__file__).resolve().parents[1]
#: row fields that depend on the machine's load or the clock, not on the run
VOLATILE = re.compile(r"seconds|memory|_ms_|finished_at|batch_status|traceback")


def _grid(datasets=("bmad_brain", "bmad_chest"), seeds=(0, 1), **extra) -> batch.CustomGrid:
    return batch.CustomGrid(
        name="t",
        methods=("pixel_knn",),
        datasets=tuple(datasets),
        seeds=tuple(seeds),
        params={"resolution": [16]},
        **extra,
    )


def _tasks(grid, results):
    return batch.batch_tasks([grid], "smoke", results=results)


def _stable(records):
    return [{k: v for k, v in r.items() if not VOLATILE.search(k)} for r in records]


def _check_cache(results: Path, keys: set[str]) -> None:
    """Every key has one whole row file and one fits.log line; no other row, no leftover lease."""
    files = sorted((results / "runs").glob("*.json"))
    assert {f.stem for f in files} == keys
    for f in files:
        assert json.loads(f.read_text())["row"]["cache_key"] == f.stem, "a truncated or foreign row"
    logged = [e["cache_key"] for e in read_fits_log(results)]
    assert sorted(logged) == sorted(keys), "each config computed exactly once"
    assert not list((results / LEASES).glob("*.lease")), "leases are released"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """A real LocalCluster (2 single-threaded worker processes) opened the way `medad batch` opens it."""
    with pytest.MonkeyPatch.context() as mp:
        # workers inherit the environment at start: the tests' phantom cache (its paths enter the
        # rows' split record, so serial and dask rows are comparable only on the same files)
        mp.setenv("MEDAD_DATA_CACHE", str(_shared_phantom_cache(tmp_path_factory)))
        with batch.open_client(workers=2) as c:
            c.wait_for_workers(2, timeout=120)
            yield c


# -- grids ----------------------------------------------------------------------------------------
def test_every_notebook_that_runs_a_grid_has_a_named_grid_of_its_name():
    sources = {p.stem: p.read_text() for p in (REPO / "notebooks").glob("*.py")}
    papers = "|".join(batch._paper_modules())
    runs = {s for s, text in sources.items() if re.search(rf"\b({papers})\.(run|table_runs|tsne_runs)\(", text)}
    assert runs, "the notebooks run their grids through the experiments modules"
    assert runs <= set(batch.NOTEBOOK_GRIDS), f"notebooks without a named grid: {runs - set(batch.NOTEBOOK_GRIDS)}"
    assert set(batch.NOTEBOOK_GRIDS) <= set(sources), "a named grid without its notebook"
    for name, grid in batch.NOTEBOOK_GRIDS.items():
        for part in grid.parts:
            assert f'"{part.grid}"' in sources[name] or part.grid == "fig1", (name, part.grid)


def test_named_grids_keep_what_the_notebooks_read(tmp_path):
    demo = batch.batch_tasks([batch.resolve_grid("pipeline_demo")], "smoke", results=tmp_path)
    assert demo and all(t.keep_predictions for t in demo), "the demo page draws stored maps"
    tsne = batch.batch_tasks([batch.resolve_grid("dra_tsne")], "smoke", results=tmp_path)
    assert tsne and all(t.keep_embeddings for t in tsne)
    # bmad_tables and bmad_efficiency run the same configs: `all` runs them once
    both = batch.batch_tasks([batch.resolve_grid("bmad_tables"), batch.resolve_grid("bmad_efficiency")], "smoke")
    assert len(both) == len(batch.batch_tasks([batch.resolve_grid("bmad_tables")], "smoke"))
    assert batch.resolve_grid("dra_table1").parts[0].grid == "table1", "<paper>_<grid> names one grid"
    with pytest.raises(MedadError, match="unknown grid 'nope'.*dra_general"):
        batch.resolve_grid("nope")


def test_batch_list_prints_every_grid_with_counts(capsys):
    assert main(["batch", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("bmad_tables", "dra_general", "data_phantoms", "dra_hard"):
        line = next(line for line in out.splitlines() if line.startswith(name + " "))
        counts = [int(x) for x in line.split()[2:5]]
        assert counts[0] >= 1 and counts[1] >= counts[0], line


def test_yaml_grid_is_the_product_and_bad_files_say_what_is_expected(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "methods: [pixel_knn]\ndatasets: [bmad_brain, bmad_chest]\nseeds: [0, 1]\n"
        "params: {resolution: [16, 32], representation: raw_pixel}\nprofile: smoke\n"
    )
    grid = batch.resolve_grid(str(path))
    tasks = _tasks(grid, tmp_path)
    assert len(tasks) == 8 and grid.profile == "smoke" and grid.name == "g"
    assert {(t.config.dataset, t.config.params["resolution"], t.config.seed) for t in tasks} == {
        (d, r, s) for d in ("bmad_brain", "bmad_chest") for r in (16, 32) for s in (0, 1)
    }
    assert all(t.config.params["representation"] == "raw_pixel" for t in tasks)
    path.write_text("methods: [pixel_knn]\ndatasets: [bmad_brain]\nsed: [0]\n")
    with pytest.raises(MedadError, match="unknown key.*sed.*expected"):
        batch.load_grid_file(path)
    path.write_text("methods: [pixel_knn]\ndatasets: [bmad_brain]\nparams: {no_such_param: [1]}\n")
    (task,) = batch.batch_tasks([batch.load_grid_file(path)], "smoke")
    assert "no_such_param" in task.error, "a refused parameter is an error row, not a crash"


def test_cuda_runs_ask_for_a_gpu_worker():
    assert batch.task_resources(RunConfig(method="pixel_knn", dataset="bmad_brain", device="cuda")) == {"GPU": 1}
    assert batch.task_resources(RunConfig(method="pixel_knn", dataset="bmad_brain")) is None


# -- a real cluster -----------------------------------------------------------------------------------
def _worker_environ(names):
    import os  # noqa: PLC0415 - runs on the worker

    return {name: os.environ.get(name) for name in names}


def test_local_workers_start_without_distributeds_malloc_trim_threshold(client):
    # distributed sets MALLOC_TRIM_THRESHOLD_ in every worker it spawns; glibc then mmaps every tensor
    # above 128 KiB anew, and a DRA fit in a kernel such a worker started took 27.9 s instead of 12.1
    environs = client.run(_worker_environ, [*batch.SLOW_MALLOC_ENVIRON, "OMP_NUM_THREADS"])
    assert len(environs) == 2
    for env in environs.values():
        assert env["MALLOC_TRIM_THRESHOLD_"] is None, env
        assert env["OMP_NUM_THREADS"] == "1", "one torch thread per worker"
    import dask  # noqa: PLC0415

    assert dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_TRIM_THRESHOLD_"] == 65536, (
        "the override is scoped to medad's cluster start, not left in the caller's dask config"
    )


def test_dask_rows_equal_serial_rows_a_bad_run_is_an_error_row_and_a_rerun_computes_nothing(client, tmp_path, capsys):
    bad = RunConfig(method="pixel_knn", dataset="bmad_brain", profile="smoke", data_root=str(tmp_path / "missing"))
    grid = _grid()
    serial = batch.run_batch(_tasks(grid, tmp_path / "serial"), tmp_path / "serial")
    tasks = _tasks(grid, tmp_path / "dask") + [batch.BatchTask(bad, key=cache_key(bad))]
    result = batch.run_batch(tasks, tmp_path / "dask", executor="dask", client=client)
    assert result.counts() == {"computed": 4, "cached": 0, "failed": 1}
    assert "folder not found" in result.rows["error"].iloc[-1], "bad input fails at once, the batch goes on"
    for got, want in zip(_stable(result.records[:4]), _stable(serial.records), strict=True):
        assert got == want
    assert len(set(result.workers[:4])) == 2, "both workers ran tasks"
    _check_cache(tmp_path / "dask", {t.key for t in tasks[:4]})

    # a second invocation (the command line, through the same scheduler) runs nothing
    path = tmp_path / "g.yaml"
    path.write_text(
        "methods: [pixel_knn]\ndatasets: [bmad_brain, bmad_chest]\nseeds: [0, 1]\nparams: {resolution: 16}\n"
    )
    addr = client.scheduler.address
    assert (
        main(["batch", str(path), "--profile", "smoke", "--results", str(tmp_path / "dask"), "--scheduler", addr]) == 0
    )
    assert "0 computed, 4 from the cache, 0 failed" in capsys.readouterr().out
    assert len(read_fits_log(tmp_path / "dask")) == 4


def test_two_batches_at_once_on_one_results_folder_compute_each_config_once(client, tmp_path):
    grid = _grid(datasets=("bmad_brain", "bmad_chest", "bmad_liver"), seeds=(0, 1))
    root = tmp_path / "shared"
    tasks = _tasks(grid, root)
    other = {}
    thread = threading.Thread(
        target=lambda: other.update(r=batch.run_batch(_tasks(grid, root), root, executor="dask", client=client))
    )
    thread.start()
    mine = batch.run_batch(tasks, root)  # serial, in this process, at the same time
    thread.join(timeout=300)
    theirs = other["r"]
    assert mine.counts()["failed"] == theirs.counts()["failed"] == 0
    assert mine.counts()["computed"] + theirs.counts()["computed"] == len(tasks), "each config computed once"
    assert _stable(mine.records) == _stable(theirs.records)
    _check_cache(root, {t.key for t in tasks})


NOTEBOOK = """# %% tags=["parameters"]
profile = "quick"  # type: str smoke | quick | paper
data_root = None  # type: Optional[str] the real datasets' folder
seeds = None  # type: Optional[list[int]] the profile's seeds when None
device = "cpu"  # type: str torch device

# %%
import os
from pathlib import Path

Path("{out}").joinpath("{stem}.pid").write_text(str(os.getppid()))
profile
"""


def test_book_executes_its_notebooks_as_dask_tasks(client, tmp_path):
    repo = tmp_path / "repo"
    (repo / "notebooks").mkdir(parents=True)
    stems = ["first", "second"]
    for stem in stems:
        (repo / "notebooks" / f"{stem}.py").write_text(NOTEBOOK.format(out=tmp_path, stem=stem))
    toc = "format: jb-book\nroot: index\nchapters:\n" + "".join(f"- file: book/generated/{s}\n" for s in stems)
    (repo / "_toc.yml").write_text(toc)
    code = build_book(profile="smoke", repo=repo, html=False, executor="dask", scheduler=client.scheduler.address)
    assert code == 0 and not check_executed(notebook_jobs(repo))
    workers = set(client.run(os.getpid).values())
    kernels_parents = {int((tmp_path / f"{s}.pid").read_text()) for s in stems}
    assert kernels_parents <= workers, "each notebook's kernel was started by a Dask worker"


def test_a_worker_killed_mid_run_loses_only_its_task(client, tmp_path):
    grid = _grid(datasets=("bmad_brain", "bmad_chest", "bmad_liver", "bmad_resc"), seeds=(0, 1))
    root = tmp_path / "killed"
    tasks = _tasks(grid, root)
    workers = set(client.run(os.getpid).values())
    killed = []

    def kill_first_running_worker():
        deadline = time.monotonic() + 120
        while not killed and time.monotonic() < deadline:
            for lease in (root / LEASES).glob("*.lease"):
                try:
                    pid = json.loads(lease.read_text())["pid"]
                except (OSError, ValueError, KeyError):
                    continue
                if pid in workers:  # a worker process, in the middle of a run
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_first_running_worker)
    killer.start()
    result = batch.run_batch(tasks, root, executor="dask", client=client)
    killer.join()
    assert killed, "a worker was killed mid-run"
    assert result.counts()["failed"] == 0 and len(result.rows) == len(tasks)
    assert result.rows["cache_key"].is_unique
    files = sorted((root / "runs").glob("*.json"))
    assert {f.stem for f in files} == {t.key for t in tasks}, "every row present, none twice"
    for f in files:
        json.loads(f.read_text())  # none truncated
    assert not list((root / LEASES).glob("*.lease"))
