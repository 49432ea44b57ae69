"""``medad bench batch``: one smoke grid run serially and on a 2-worker Dask LocalCluster, in one run.

Usage: ``medad bench batch [--workers 2] [--method padim] [--datasets ...] [--seeds 0 1 2 3] [--json]``.

Both sides start warm (this process and every worker have run one config of the method first, so
imports, backbone construction and phantom files are not timed) and write to fresh results folders.
Printed: the serial and the Dask wall time of the grid (default 12 runs: ``padim`` on three BMAD
phantoms x four seeds), their ratio (goal <= 0.65 with 2 workers on 2 cores), and the scheduling
overhead per task, two ways: ``grid_overhead_ms`` = (Dask wall x workers - the tasks' own seconds)
/ tasks (everything that is not a run, load imbalance included), and ``noop_ms`` = the wall time of
200 empty tasks x workers / 200 (the scheduler's round trip alone). Goal: < 50 ms. The rows of both
sides are checked to be equal. The load average is printed beside the numbers: on a shared machine
the ratio measures the cores we actually got.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from medad_core.batch import BatchTask, CustomGrid, batch_tasks, open_client, run_batch
from medad_core.config import RunConfig
from medad_core.runner import run

__all__ = ["main", "measure"]

GOAL_RATIO = 0.65
GOAL_OVERHEAD_MS = 50.0
VOLATILE = ("seconds", "memory", "_ms_", "finished_at", "batch_status", "traceback")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medad bench batch", description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--method", default="padim")
    parser.add_argument("--datasets", nargs="+", default=["bmad_brain", "bmad_chest", "bmad_liver"])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3])
    parser.add_argument("--profile", default="smoke", choices=["smoke", "quick"])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _warm(config: dict[str, Any], root: str) -> int:
    """Run one config (no lease, private folder) so that the timed runs find everything loaded."""
    import torch  # noqa: PLC0415 - worker side

    torch.set_num_threads(1)
    run(RunConfig.from_dict(config), Path(root) / str(os.getpid()), lease=False)
    return os.getpid()


def _noop(i: int) -> int:
    return i


def _spin(n: int = 5_000_000) -> float:
    """Seconds of a pure-Python loop: the same work in 1 and in N processes shows the cores we get."""
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - start


def _stable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if not any(m in k for m in VOLATILE)} for r in records]


def measure(
    workers: int = 2,
    method: str = "padim",
    datasets: tuple[str, ...] = ("bmad_brain", "bmad_chest", "bmad_liver"),
    seeds: tuple[int, ...] = (0, 1, 2, 3),
    profile: str = "smoke",
) -> dict[str, Any]:
    """Time the grid serially and on a LocalCluster of ``workers`` processes (see the module docstring).

    Args:
        workers: Dask worker processes (one thread each).
        method: the registered method of every run.
        datasets: the grid's datasets.
        seeds: the grid's seeds.
        profile: smoke or quick.

    Returns:
        runs, workers, serial_s, dask_s, ratio, grid_overhead_ms, noop_ms, cluster_start_s,
        rows_equal, load_average, cores_available (how many cores ``workers`` processes got at once,
        from a pure-Python loop: below ``workers`` the machine is shared and no ratio can reach the
        goal), and the goals.
    """
    grid = CustomGrid(name="bench", methods=(method,), datasets=tuple(datasets), seeds=tuple(seeds))
    warm = RunConfig(method=method, dataset=datasets[0], profile=profile, seed=10_000)
    with tempfile.TemporaryDirectory(prefix="medad-bench-batch-") as tmp:
        tmp_path = Path(tmp)
        import torch  # noqa: PLC0415 - as the workers: one thread per run

        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            _warm(warm.to_dict(), str(tmp_path / "warm"))
            serial_tasks: list[BatchTask] = batch_tasks([grid], profile, results=tmp_path / "serial")
            serial = run_batch(serial_tasks, tmp_path / "serial", progress_bar=False)
        finally:
            torch.set_num_threads(threads)
        start = time.perf_counter()
        with open_client(workers=workers) as client:
            client.wait_for_workers(workers)
            cluster_start = time.perf_counter() - start
            # every worker runs the warm-up config once (one task each, pinned to it)
            client.run(_warm, warm.to_dict(), str(tmp_path / "warm"))
            # cores this grid can actually use now: N x (one process's loop time) / (each of N at once)
            alone = _spin()
            together = list(client.run(_spin).values())
            cores = workers * alone / (sum(together) / len(together))
            tasks = batch_tasks([grid], profile, results=tmp_path / "dask")
            dask = run_batch(tasks, tmp_path / "dask", executor="dask", client=client, progress_bar=False)
            n_noop = 200
            t0 = time.perf_counter()
            client.gather([client.submit(_noop, i, pure=False) for i in range(n_noop)])
            noop_wall = time.perf_counter() - t0
    n = len(serial_tasks)
    return {
        "runs": n,
        "workers": workers,
        "method": method,
        "serial_s": round(serial.seconds, 2),
        "dask_s": round(dask.seconds, 2),
        "ratio": round(dask.seconds / serial.seconds, 3),
        "grid_overhead_ms": round(1000 * (dask.seconds * workers - sum(dask.task_seconds)) / n, 1),
        "noop_ms": round(1000 * noop_wall * workers / n_noop, 2),
        "cluster_start_s": round(cluster_start, 1),
        "cores_available": round(cores, 2),
        "rows_equal": _stable(serial.records) == _stable(dask.records),
        "failed": serial.counts()["failed"] + dask.counts()["failed"],
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "goal_ratio": GOAL_RATIO,
        "goal_overhead_ms": GOAL_OVERHEAD_MS,
    }


def main(argv: list[str]) -> int:
    """``medad bench batch``; returns 0 (a missed goal is reported, not an error: timings depend on load).

    Args:
        argv: the command's arguments.

    Returns:
        The exit code (1 when the two sides' rows differ or a run failed).
    """
    args = _parser().parse_args(argv)
    os.environ.setdefault("MEDAD_PROGRESS", "0")
    out = measure(args.workers, args.method, tuple(args.datasets), tuple(args.seeds), args.profile)
    if args.json:
        print(json.dumps(out))
    else:
        ratio_ok = "met" if out["ratio"] <= GOAL_RATIO else "missed"
        overhead_ok = "met" if max(out["grid_overhead_ms"], out["noop_ms"]) < GOAL_OVERHEAD_MS else "missed"
        print(f"{out['runs']} {args.profile} runs of {args.method}, {out['cpus']} CPUs, load {out['load_average']}")
        print(f"  cores the {out['workers']} workers got at once: {out['cores_available']} (1.0 = they shared one)")
        print(f"  serial               {out['serial_s']:8.2f} s")
        print(
            f"  dask, {out['workers']} workers       {out['dask_s']:8.2f} s (cluster start {out['cluster_start_s']} s)"
        )
        print(f"  ratio dask / serial  {out['ratio']:8.3f}   (goal <= {GOAL_RATIO}: {ratio_ok})")
        print(
            f"  overhead per task    {out['grid_overhead_ms']:8.1f} ms in the grid, {out['noop_ms']} ms per empty task"
        )
        print(f"                                  (goal < {GOAL_OVERHEAD_MS:g} ms: {overhead_ok})")
        print(f"  rows equal           {out['rows_equal']}")
    return 0 if out["rows_equal"] and not out["failed"] else 1
