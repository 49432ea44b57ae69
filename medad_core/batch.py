"""``medad batch``: the notebooks' run grids (or a YAML grid) on one machine or a Dask cluster.

Named grids
    Every notebook's runs are one named grid, named like the notebook (``bmad_tables``,
    ``dra_general``, ``data_phantoms``, ...: :data:`NOTEBOOK_GRIDS`), made of the grids of the
    experiments modules the notebook runs (``dra.grid("table1", ...)``) with the same stored arrays
    (``keep_predictions`` / ``keep_embeddings``) the notebook asks for, so that the notebook later
    finds every row in the cache and fits nothing. A paper module's grid that no notebook runs is
    listed as ``<paper>_<grid>`` (and ``<paper>_<grid>`` also names any single grid, e.g.
    ``dra_table1``). ``all`` is every named grid; runs shared by several grids run once.
Custom grids
    A YAML file: methods x datasets x seeds x parameter values (:func:`load_grid_file`).
Executors
    ``serial`` (this process, one run after the other) or ``dask``: every run is one task
    (:func:`run_task`, a picklable function of the config's dict and the results folder) on a
    ``dask.distributed`` cluster: a ``LocalCluster`` of ``workers`` single-threaded worker
    processes, or the scheduler at ``scheduler`` (``tcp://HOST:8786``, a cluster started with
    ``dask scheduler`` / ``dask worker`` or dask-jobqueue's ``SLURMCluster``). A run on a CUDA device
    asks for the worker resource ``GPU=1``, so it only goes to a worker that owns a GPU. The results
    folder must be one path every worker sees (a shared filesystem).
Faults
    Two processes never compute one config at once: the runner's lease file (see
    :mod:`medad_core.runner`) makes a second one give the config back; the scheduler resubmits it
    after the other tasks, and it then waits for the first one's row. A worker killed mid-run
    loses only its task: the scheduler reruns it on another worker (its lease, held by a dead pid,
    is taken over at once on the same host, after its timeout elsewhere). An exception is retried
    ``retries`` times (default 2), except a :class:`~medad_core.api.MedadError`, which is bad input
    and fails at once; a failed run becomes an error row (not cached: a rerun tries it again) and
    the batch goes on. Ctrl-C cancels the futures and closes the cluster; every finished row is
    cached, so rerunning the command computes only what is missing.

Why Dask: a maintained engine (retries, worker loss, resources, a dashboard, Slurm / PBS / Kubernetes
deployments) instead of a home-made scheduler; medad only adds the shared cache and its leases.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import logging
import os
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import dask
import pandas as pd

from medad_core.api import MedadError
from medad_core.book import SLOW_MALLOC_ENVIRON
from medad_core.config import PROFILES, Protocol, RunConfig
from medad_core.progress import progress
from medad_core.runner import PROFILE_SEEDS, cache_key, cached_row, error_row, results_dir, run_status, servable_row

__all__ = [
    "NOTEBOOK_GRIDS",
    "GridPart",
    "NamedGrid",
    "CustomGrid",
    "BatchTask",
    "BatchResult",
    "named_grids",
    "resolve_grid",
    "load_grid_file",
    "grid_table",
    "batch_tasks",
    "run_batch",
    "run_task",
    "task_resources",
    "open_client",
    "dask_map",
]

EXECUTORS = ("serial", "dask")


# -- named grids ----------------------------------------------------------------------------------
def _keep_nothing(config: RunConfig, profile: str, seeds: Sequence[int] | None) -> tuple[bool, bool]:
    return False, False


def _keep_predictions(config: RunConfig, profile: str, seeds: Sequence[int] | None) -> tuple[bool, bool]:
    return True, False


def _keep_both(config: RunConfig, profile: str, seeds: Sequence[int] | None) -> tuple[bool, bool]:
    return True, True


def _keep_bmad(config: RunConfig, profile: str, seeds: Sequence[int] | None) -> tuple[bool, bool]:
    """As :func:`medad_core.experiments.bmad.run`: maps of the first seed on the pixel-level datasets."""
    from medad_core.experiments import bmad  # noqa: PLC0415 - experiments modules load on demand

    return config.dataset in bmad.PIXEL_DATASETS and config.seed == bmad.seeds_for(profile, seeds)[0], False


def _write_severity_folder(config: RunConfig, results: Path) -> None:
    """The data chapter's severity phantoms are written before their runs (as ``data.run`` does)."""
    from medad_core.experiments import data  # noqa: PLC0415 - experiments modules load on demand

    severity = float(Path(config.data_root).name.split("-sev")[1].split("-")[0])
    data.write_severity_phantoms(config.dataset, severity, config.profile, results)


def _keep_ddad(config: RunConfig, profile: str, seeds: Sequence[int] | None) -> tuple[bool, bool]:
    """As :func:`medad_core.experiments.ddad.run`: Fig. 6's and Fig. 7's runs keep their predictions."""
    from medad_core.experiments import ddad  # noqa: PLC0415 - experiments modules load on demand

    return ddad.keeps(config, profile, seeds), False


def _keep_clip(config: RunConfig, profile: str, seeds: Sequence[int] | None) -> tuple[bool, bool]:
    """As :func:`medad_core.experiments.clip.run`: maps of the first seed on the datasets with masks."""
    from medad_core.experiments import clip  # noqa: PLC0415 - experiments modules load on demand

    return clip.keeps(config, profile, seeds), False


def _write_ddad_folder(config: RunConfig, results: Path) -> None:
    """DDAD Fig. 7's folder of chest phantoms with lesion masks is written before its runs."""
    from medad_core.experiments import ddad  # noqa: PLC0415 - experiments modules load on demand

    ddad.write_lesion_folder(config.profile, results)


@dataclass(frozen=True)
class GridPart:
    """One grid of an experiments module, as a notebook runs it.

    Attributes:
        paper: the module of :mod:`medad_core.experiments` (``bmad``, ``dra``, ``data``, ...).
        grid: the grid's name in that module (``dra.grid_names()``).
        keep: ``(config, profile, seeds) -> (keep_predictions, keep_embeddings)``: the arrays the
            notebook stores, so that its later run is a cache hit.
        prepare: ``(config, results)`` called before a run that is not cached yet (files the run reads).
        own_seeds: the notebook always runs the grid's own seeds (``--seeds`` does not apply).
    """

    paper: str
    grid: str
    keep: Callable[[RunConfig, str, Sequence[int] | None], tuple[bool, bool]] = _keep_nothing
    prepare: Callable[[RunConfig, Path], None] | None = None
    own_seeds: bool = False

    def configs(
        self, profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None, results: Path
    ) -> list[RunConfig]:
        """The module's ``grid(...)`` of this part (a module whose ``grid`` takes ``results`` gets it)."""
        module = importlib.import_module(f"medad_core.experiments.{self.paper}")
        kwargs: dict[str, Any] = {"data_root": data_root, "device": device, "seeds": None if self.own_seeds else seeds}
        if "results" in inspect.signature(module.grid).parameters:
            kwargs["results"] = results
        return list(module.grid(self.grid, profile, **kwargs))


@dataclass(frozen=True)
class NamedGrid:
    """A named grid: the runs of one notebook (or one experiments grid), see the module docstring."""

    name: str
    parts: tuple[GridPart, ...]
    description: str = ""
    notebook: str | None = None

    def tasks(
        self,
        profile: str,
        data_root: str | None = None,
        device: str = "cpu",
        seeds: Sequence[int] | None = None,
        results: str | os.PathLike | None = None,
    ) -> list[BatchTask]:
        """The grid's runs as batch tasks (not deduplicated; :func:`batch_tasks` does that)."""
        root = results_dir(results)
        out = []
        for part in self.parts:
            for config in part.configs(profile, data_root, device, seeds, root):
                keep_predictions, keep_embeddings = part.keep(config, profile, seeds)
                out.append(BatchTask(config, keep_predictions, keep_embeddings, part.prepare, self.name))
        return out


def _part(paper: str, grid: str, **kwargs: Any) -> GridPart:
    return GridPart(paper, grid, **kwargs)


def _nb(name: str, parts: tuple[GridPart, ...], description: str) -> NamedGrid:
    return NamedGrid(name, parts, description, notebook=name)


#: notebook -> the grids it runs, with the arrays it keeps (read from the notebooks' calls:
#: ``bmad.run``, ``dra.run`` / ``dra.table_runs`` / ``dra.tsne_runs``, ``data.run``)
NOTEBOOK_GRIDS: dict[str, NamedGrid] = {
    grid.name: grid
    for grid in (
        _nb("pipeline_demo", (_part("data", "demo", keep=_keep_predictions),), "pipeline demo"),
        _nb(
            "data_phantoms",
            (_part("data", "baseline"), _part("data", "severity", prepare=_write_severity_folder)),
            "baseline AUROC per domain, severity sweep",
        ),
        _nb("bmad_tables", (_part("bmad", "tables", keep=_keep_bmad),), "BMAD Tables 3.7-3.11"),
        _nb("bmad_localisation", (_part("bmad", "localisation", keep=_keep_bmad),), "BMAD Fig. 3.8 (localisation)"),
        _nb(
            "bmad_efficiency",
            (_part("bmad", "tables", keep=_keep_bmad),),
            "BMAD Fig. 3.9 (the tables' runs; the cost probe runs in the notebook)",
        ),
        _nb("dra_general", (_part("dra", "table1"),), "DRA Tables 1 and 7 (general setting)"),
        _nb(
            "dra_hard",
            (_part("dra", "table2"), _part("dra", "optimisers"), _part("dra", "hard_kinds", own_seeds=True)),
            "DRA Tables 2 and 8 (hard setting), optimisers, unseen kinds",
        ),
        _nb("dra_ablation", (_part("dra", "table3"),), "DRA Table 3 (ablation)"),
        _nb("dra_pseudo", (_part("dra", "table4"),), "DRA Table 4 (pseudo-anomaly source)"),
        _nb("dra_disentangle", (_part("dra", "fig3_left"), _part("dra", "fig3_right")), "DRA Fig. 3 (left, right)"),
        _nb(
            "dra_losses",
            (_part("dra", "fig5"), _part("dra", "schedule", own_seeds=True)),
            "DRA Fig. 5 (losses), quick schedule",
        ),
        _nb("dra_crossdomain", (_part("dra", "table9"),), "DRA Table 9 (cross-domain)"),
        _nb("dra_tsne", (_part("dra", "fig1", keep=_keep_both),), "DRA Fig. 1 (t-SNE)"),
        _nb("dia_table1", (_part("dia", "table1"),), "DIA Table 1 (seven methods, six datasets)"),
        _nb(
            "dia_ablations",
            (_part("dia", "table2"), _part("dia", "table3"), _part("dia", "blur")),
            "DIA Tables 2-3 (Perm vs Rotate, dissolving size), blur control",
        ),
        _nb("dia_fig4", (_part("dia", "fig4"),), "DIA Fig. 4 (DDPM data fraction)"),
        _nb(
            "dia_claims",
            tuple(_part("dia", g) for g in ("table1", "table2", "table3", "fig4", "blur")),
            "DIA claims (the other pages' runs)",
        ),
        _nb("ddad_tables", (_part("ddad", "tables", keep=_keep_ddad),), "DDAD-ASR Tables 1-3 and the claims"),
        _nb("ddad_anomaly_rate", (_part("ddad", "fig5", keep=_keep_ddad),), "DDAD-ASR Fig. 5 (anomaly rate)"),
        _nb(
            "ddad_qualitative",
            (
                _part("ddad", "fig6", keep=_keep_ddad),
                _part("ddad", "fig7", keep=_keep_ddad, prepare=_write_ddad_folder),
            ),
            "DDAD-ASR Fig. 6 (score histograms, chi-square) and Fig. 7 (score maps)",
        ),
        _nb("clip_tables", (_part("clip", "tables", keep=_keep_clip),), "thesis Tables 4.1-4.4, Fig. 4.5, claims"),
        _nb("clip_localisation", (_part("clip", "tables", keep=_keep_clip),), "thesis Fig. 4.4 (the tables' runs)"),
        _nb(
            "clip_ablations",
            tuple(_part("clip", name, keep=_keep_clip) for name in ("tokens", "modules", "layers")),
            "thesis Fig. 4.6-4.8 (M, modules, layer sets)",
        ),
    )
}


def _paper_modules() -> list[str]:
    """The experiments modules that have named grids (``grid_names`` and ``grid``)."""
    # imported here, not at the top: a Dask worker unpickling run_task loads this module and needs
    # none of the experiments modules
    import medad_core.experiments as experiments  # noqa: PLC0415

    out = []
    for name in experiments.__all__:
        module = importlib.import_module(f"medad_core.experiments.{name}")
        if callable(getattr(module, "grid_names", None)) and callable(getattr(module, "grid", None)):
            out.append(name)
    return out


def _single(paper: str, grid: str) -> NamedGrid:
    return NamedGrid(f"{paper}_{grid}", (_part(paper, grid),), f"{paper}.grid({grid!r})")


def named_grids() -> dict[str, NamedGrid]:
    """Every named grid: the notebooks' (:data:`NOTEBOOK_GRIDS`), then each paper grid no notebook runs.

    Returns:
        name -> grid, in listing order.
    """
    out = dict(NOTEBOOK_GRIDS)
    covered = {(p.paper, p.grid) for g in NOTEBOOK_GRIDS.values() for p in g.parts}
    for paper in _paper_modules():
        module = importlib.import_module(f"medad_core.experiments.{paper}")
        for grid in module.grid_names():
            if (paper, grid) not in covered:
                single = _single(paper, grid)
                out.setdefault(single.name, single)
    return out


def resolve_grid(name: str) -> NamedGrid | CustomGrid:
    """The grid called ``name``: a named grid, ``<paper>_<grid>``, or a YAML file's path.

    Args:
        name: see ``medad batch --list``; a path ending in ``.yaml`` / ``.yml`` is read as a custom grid.

    Returns:
        The grid.

    Raises:
        MedadError: no such grid (the known names are listed).
    """
    if name.endswith((".yaml", ".yml")):
        return load_grid_file(name)
    grids = named_grids()
    if name in grids:
        return grids[name]
    for paper in _paper_modules():
        prefix = f"{paper}_"
        if name.startswith(prefix):
            module = importlib.import_module(f"medad_core.experiments.{paper}")
            if name[len(prefix) :] in module.grid_names():
                return _single(paper, name[len(prefix) :])
    raise MedadError(
        f"unknown grid {name!r}; expected `all`, a YAML file, <paper>_<grid> or one of: {', '.join(grids)}"
    )


# -- custom grids (YAML) --------------------------------------------------------------------------
_YAML_KEYS = {
    "name",
    "profile",
    "methods",
    "datasets",
    "seeds",
    "params",
    "fixed",
    "keep_predictions",
    "keep_embeddings",
    "keep_model",
}
_FIXED_KEYS = {f.name for f in fields(RunConfig)} - {"method", "dataset", "params", "profile", "seed"}


@dataclass(frozen=True)
class CustomGrid:
    """A grid read from YAML: methods x datasets x seeds x every combination of ``params`` values.

    Attributes:
        name: the grid's name (default: the file's stem).
        methods: registered method names.
        datasets: dataset names (``medad datasets``).
        seeds: the seeds (None: the profile's, :data:`medad_core.runner.PROFILE_SEEDS`).
        params: parameter -> list of values (a single value is fixed); every combination runs.
        fixed: other :class:`RunConfig` fields for every run (setting, protocol, weights, data_root, layout,
            data_seed, device).
        profile: the file's profile (the command's ``--profile`` wins).
        keep_predictions: store scores and maps of every run.
        keep_embeddings: store embeddings of every run.
        keep_model: store every run's fitted model (``results/models/<key>.pt``, ``medad predict --run``).
    """

    name: str
    methods: tuple[str, ...]
    datasets: tuple[str, ...]
    seeds: tuple[int, ...] | None = None
    params: dict[str, list[Any]] = field(default_factory=dict)
    fixed: dict[str, Any] = field(default_factory=dict)
    profile: str | None = None
    keep_predictions: bool = False
    keep_embeddings: bool = False
    description: str = "custom grid"
    keep_model: bool = False

    def tasks(
        self,
        profile: str,
        data_root: str | None = None,
        device: str = "cpu",
        seeds: Sequence[int] | None = None,
        results: str | os.PathLike | None = None,
    ) -> list[BatchTask]:
        """The grid's runs (``seeds`` overrides the file's; ``data_root`` / ``device`` yield to ``fixed``)."""
        seeds = list(seeds if seeds is not None else self.seeds if self.seeds is not None else PROFILE_SEEDS[profile])
        names = list(self.params)
        combos = list(itertools.product(*(self.params[n] for n in names)))
        fixed = {"data_root": data_root, "device": device, **self.fixed}
        if isinstance(fixed.get("protocol"), dict):
            fixed["protocol"] = Protocol(**fixed["protocol"])
        out = []
        for method in self.methods:
            for dataset in self.datasets:
                for combo in combos:
                    for seed in seeds:
                        config = RunConfig(
                            method=method,
                            dataset=dataset,
                            params=dict(zip(names, combo, strict=True)),
                            profile=profile,
                            seed=int(seed),
                            **fixed,
                        )
                        out.append(
                            BatchTask(
                                config,
                                self.keep_predictions,
                                self.keep_embeddings,
                                None,
                                self.name,
                                keep_model=self.keep_model,
                            )
                        )
        return out


def _names(spec: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    value = spec.get(key)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise MedadError(f"{path}: `{key}` must be a non-empty list of names, got {value!r}")
    return tuple(value)


def load_grid_file(path: str | os.PathLike) -> CustomGrid:
    """Read a custom grid from YAML.

    The file::

        name: knn-resolution          # optional (default: the file's stem)
        profile: smoke                # optional; the command's --profile wins
        methods: [pixel_knn]
        datasets: [bmad_brain, bmad_chest]
        seeds: [0, 1, 2]              # optional (default: the profile's seeds)
        params:                       # optional: every combination of these values runs
          resolution: [16, 32]
          representation: raw_pixel   # one value: the same in every run
        fixed:                        # optional: other RunConfig fields of every run
          weights: random
        keep_predictions: false       # optional: also store scores and maps
        keep_model: false             # optional: also store each fitted model (medad predict --run KEY)

    Args:
        path: the YAML file.

    Returns:
        The grid; its parameters are checked per method when its tasks are built.

    Raises:
        MedadError: an unreadable file, an unknown key or a value of the wrong type.
    """
    import yaml  # noqa: PLC0415 - only custom grids need it

    path = str(path)
    try:
        spec = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as err:
        raise MedadError(f"cannot read grid file {path}: {err}") from None
    if not isinstance(spec, dict):
        raise MedadError(f"{path}: a grid file is a mapping with keys {', '.join(sorted(_YAML_KEYS))}")
    unknown = sorted(set(spec) - _YAML_KEYS)
    if unknown:
        raise MedadError(f"{path}: unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(_YAML_KEYS))}")
    seeds = spec.get("seeds")
    if seeds is not None:
        seeds = [seeds] if isinstance(seeds, int) else seeds
        if not isinstance(seeds, list) or not all(isinstance(s, int) and not isinstance(s, bool) for s in seeds):
            raise MedadError(f"{path}: `seeds` must be a list of integers, got {spec.get('seeds')!r}")
    params = spec.get("params") or {}
    if not isinstance(params, dict):
        raise MedadError(f"{path}: `params` must map parameter names to values or lists of values")
    fixed = spec.get("fixed") or {}
    if not isinstance(fixed, dict) or set(fixed) - _FIXED_KEYS:
        bad = sorted(set(fixed) - _FIXED_KEYS) if isinstance(fixed, dict) else fixed
        raise MedadError(f"{path}: `fixed` takes RunConfig fields {', '.join(sorted(_FIXED_KEYS))}; got {bad!r}")
    profile = spec.get("profile")
    if profile is not None and profile not in PROFILES:
        raise MedadError(f"{path}: unknown profile {profile!r}; expected one of {', '.join(PROFILES)}")
    return CustomGrid(
        name=str(spec.get("name") or Path(path).stem),
        methods=_names(spec, "methods", path),
        datasets=_names(spec, "datasets", path),
        seeds=tuple(seeds) if seeds is not None else None,
        params={k: list(v) if isinstance(v, list) else [v] for k, v in params.items()},
        fixed=dict(fixed),
        profile=profile,
        keep_predictions=bool(spec.get("keep_predictions", False)),
        keep_embeddings=bool(spec.get("keep_embeddings", False)),
        description=f"custom grid ({path})",
        keep_model=bool(spec.get("keep_model", False)),
    )


# -- tasks ------------------------------------------------------------------------------------------
@dataclass
class BatchTask:
    """One run of a batch: its config, the arrays to store, and what must exist before it runs."""

    config: RunConfig
    keep_predictions: bool = False
    keep_embeddings: bool = False
    prepare: Callable[[RunConfig, Path], None] | None = None
    grid: str = ""
    key: str | None = None
    #: set when the config is refused before it runs (an unknown method or parameter)
    error: str | None = None
    #: store the fitted model's checkpoint beside the row (``keep_model`` of a YAML grid)
    keep_model: bool = False


def batch_tasks(
    grids: Sequence[NamedGrid | CustomGrid],
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    results: str | os.PathLike | None = None,
) -> list[BatchTask]:
    """The runs of ``grids``, each cache key once (a run two grids share keeps the arrays of both).

    Args:
        grids: named or custom grids.
        profile: smoke, quick or paper.
        data_root: folder of the real datasets (None: embedded phantoms).
        device: torch device of the runs.
        seeds: seeds for every grid (None: each grid's own).
        results: the results folder.

    Returns:
        The tasks in grid order; a config the runner refuses (unknown method, ill-typed parameter)
        is a task with ``error`` set, which becomes an error row without running.
    """
    if profile not in PROFILES:
        raise MedadError(f"unknown profile {profile!r}; expected one of {', '.join(PROFILES)}")
    by_key: dict[str, BatchTask] = {}
    out: list[BatchTask] = []
    for grid in grids:
        for task in grid.tasks(profile, data_root, device, seeds, results):
            try:
                task.key = cache_key(task.config)
            except MedadError as err:
                task.error = f"MedadError: {err}"
                out.append(task)
                continue
            seen = by_key.get(task.key)
            if seen is None:
                by_key[task.key] = task
                out.append(task)
            else:
                seen.keep_predictions |= task.keep_predictions
                seen.keep_embeddings |= task.keep_embeddings
                seen.keep_model |= task.keep_model
    return out


def grid_table(data_root: str | None = None, profiles: Sequence[str] = PROFILES) -> list[dict[str, Any]]:
    """``medad batch --list``: every named grid with its run count per profile.

    Args:
        data_root: folder of the real datasets (the paper profile's counts depend on what it holds).
        profiles: the profiles to count.

    Returns:
        One dict per grid: ``grid``, ``notebook``, one count per profile, ``what``.
    """
    rows = []
    for name, grid in named_grids().items():
        row: dict[str, Any] = {"grid": name, "notebook": grid.notebook or "-"}
        for profile in profiles:
            try:
                row[profile] = len(batch_tasks([grid], profile, data_root))
            except Exception as err:  # noqa: BLE001 - one broken grid must not hide the others
                row[profile] = f"error: {type(err).__name__}"
        row["what"] = grid.description
        rows.append(row)
    return rows


# -- executing one task -------------------------------------------------------------------------------
def task_resources(config: RunConfig) -> dict[str, float] | None:
    """The Dask worker resources a run needs: ``{"GPU": 1}`` on a CUDA device, else none."""
    return {"GPU": 1} if str(config.device).startswith("cuda") else None


def _worker_name() -> str | None:
    try:
        from distributed import get_worker  # noqa: PLC0415 - only inside a Dask worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return None


def run_task(
    config: dict[str, Any],
    results: str,
    keep_predictions: bool = False,
    keep_embeddings: bool = False,
    lease_timeout: float | None = None,
    on_busy: str = "skip",
    threads: int | None = 1,
    keep_model: bool = False,
) -> dict[str, Any]:
    """One run on a worker (the function every Dask task calls; plain arguments, so it pickles by name).

    Args:
        config: ``RunConfig.to_dict()``.
        results: the shared results folder.
        keep_predictions: store scores and maps.
        keep_embeddings: store embeddings.
        lease_timeout: seconds without a heartbeat before the lease counts as abandoned.
        on_busy: ``"skip"`` returns at once when another process holds the config's lease;
            ``"wait"`` waits for its row.
        threads: torch CPU threads of the run (None: leave torch's setting).
        keep_model: store the fitted model's checkpoint (:func:`medad_core.runner.run`).

    Returns:
        ``status`` (cached, computed, busy or failed), ``row`` (the result row or an error row),
        ``seconds`` in the task, ``worker``, ``pid``.

    Raises:
        Exception: any failure but a :class:`MedadError` (bad input, which fails for good) propagates,
            so that Dask retries it.
    """
    import torch  # noqa: PLC0415 - the worker has it loaded anyway; keeps this module light

    if threads is not None and torch.get_num_threads() != threads:
        torch.set_num_threads(int(threads))
    start = time.perf_counter()
    cfg = RunConfig.from_dict(config)
    worker = _worker_name()
    if cfg.device == "cuda" and torch.cuda.is_available():
        _pin_gpu(torch)
    try:
        row, status = run_status(
            cfg,
            results,
            keep_predictions=keep_predictions,
            keep_embeddings=keep_embeddings,
            keep_model=keep_model,
            lease_timeout=lease_timeout,
            on_busy=on_busy,
            worker=worker,
        )
    except MedadError as err:
        row, status = error_row(cfg, err, traceback.format_exc(limit=5)), "failed"
    return {
        "status": status,
        "row": row,
        "seconds": time.perf_counter() - start,
        "worker": worker or "local",
        "pid": os.getpid(),
    }


# -- batches ------------------------------------------------------------------------------------------
@dataclass
class BatchResult:
    """What a batch did.

    Attributes:
        rows: one row per task, in task order (result rows, error rows for failures), with a
            ``batch_status`` column: computed, cached or failed.
        seconds: wall time of the batch.
        task_seconds: seconds each task spent on its worker (all its attempts' last), by task.
        workers: the worker of each task.
        records: the rows as the runner returned them (dicts; the frame makes an integer column with
            a missing value float).
    """

    rows: pd.DataFrame
    seconds: float
    task_seconds: list[float]
    workers: list[str]
    records: list[dict[str, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Tasks per status (computed, cached, failed)."""
        if "batch_status" not in self.rows:
            return {"computed": 0, "cached": 0, "failed": 0}
        got = self.rows["batch_status"].value_counts().to_dict()
        return {k: int(got.get(k, 0)) for k in ("computed", "cached", "failed")}


class _Bar:
    """One tqdm bar over the grid: done (computed / cached), running, failed; tqdm's ETA."""

    def __init__(self, total: int, desc: str, enable: bool) -> None:
        self.bar = progress([], total=total, desc=desc, enable=enable, leave=True)
        self.done = self.cached = self.failed = self.running = 0

    def finish(self, status: str) -> None:
        if status == "failed":
            self.failed += 1
        elif status == "cached":
            self.cached += 1
        else:
            self.done += 1
        self.bar.update(1)
        self.show()

    def show(self, running: int | None = None) -> None:
        if running is not None:
            self.running = running
        if hasattr(self.bar, "set_postfix_str"):
            self.bar.set_postfix_str(
                f"computed {self.done}, cached {self.cached}, running {self.running}, failed {self.failed}",
                refresh=False,
            )

    def close(self) -> None:
        self.bar.close()


def _prepare(tasks: Sequence[BatchTask], root: Path) -> None:
    """Files that runs read (severity phantoms), written once, here, for the runs not cached yet."""
    for task in tasks:
        if task.prepare is not None and task.error is None and cached_row(task.config, root) is None:
            task.prepare(task.config, root)


def _run_serial(tasks, root, lease_timeout, bar) -> list[dict[str, Any]]:
    out: list[dict[str, Any] | None] = [None] * len(tasks)
    busy = []
    # first pass gives busy configs back (another process computes them), second pass waits for them
    for on_busy, indices in (("skip", range(len(tasks))), ("wait", busy)):
        for i in list(indices):
            task = tasks[i]
            bar.show(running=1)
            try:
                result = run_task(
                    task.config.to_dict(),
                    str(root),
                    task.keep_predictions,
                    task.keep_embeddings,
                    lease_timeout,
                    on_busy,
                    threads=None,
                    keep_model=task.keep_model,
                )
            except Exception as err:  # noqa: BLE001 - recorded as the run's error row, the batch goes on
                result = {
                    "status": "failed",
                    "row": error_row(task.config, err, traceback.format_exc(limit=5)),
                    "seconds": 0.0,
                    "worker": "local",
                }
            if result["status"] == "busy":
                busy.append(i)
                continue
            out[i] = result
            bar.finish(result["status"])
    bar.show(running=0)
    return out


def _submit(client, task: BatchTask, root: Path, lease_timeout, on_busy: str, retries: int, token: str):
    return client.submit(
        run_task,
        task.config.to_dict(),
        str(root),
        task.keep_predictions,
        task.keep_embeddings,
        lease_timeout,
        on_busy,
        1,
        task.keep_model,
        key=f"medad-run-{task.config.method}-{task.key}-{on_busy}-{token}",
        retries=retries,
        resources=task_resources(task.config),
        pure=False,
    )


def _failed(task: BatchTask, future) -> dict[str, Any]:
    if future.status == "cancelled":
        return {"status": "failed", "row": error_row(task.config, "cancelled by the scheduler"), "seconds": 0.0}
    err = future.exception()
    trace = "".join(traceback.format_tb(future.traceback())) if future.traceback() is not None else ""
    return {"status": "failed", "row": error_row(task.config, err, trace), "seconds": 0.0, "worker": "?"}


def _run_dask(tasks, root, client, lease_timeout, retries, bar) -> list[dict[str, Any]]:
    from distributed import as_completed  # noqa: PLC0415 - optional engine, loaded when asked for

    token = os.urandom(4).hex()
    out: list[dict[str, Any] | None] = [None] * len(tasks)
    index: dict[Any, int] = {}
    for i, task in enumerate(tasks):
        index[_submit(client, task, root, lease_timeout, "skip", retries, token)] = i
    pending = as_completed(list(index), with_results=False)
    last_look = 0.0
    try:
        while not pending.is_empty():
            ready = pending.next_batch(block=False)
            if not ready:
                if time.monotonic() - last_look > 0.5:
                    last_look = time.monotonic()
                    mine = {f.key for f in index}
                    bar.show(running=sum(k in mine for keys in client.processing().values() for k in keys))
                time.sleep(0.05)
                continue
            for future in ready:
                i = index.pop(future)
                task = tasks[i]
                result = future.result() if future.status == "finished" else _failed(task, future)
                future.release()
                if result["status"] == "busy":
                    # another process computes it: ask again after everything else, then wait for its row
                    again = _submit(client, task, root, lease_timeout, "wait", retries, token)
                    index[again] = i
                    pending.add(again)
                    continue
                out[i] = result
                bar.finish(result["status"])
    except BaseException:
        client.cancel(list(index), force=True)
        raise
    return out


def run_batch(
    tasks: Sequence[BatchTask],
    results: str | os.PathLike | None = None,
    *,
    executor: str = "serial",
    client=None,
    workers: int | None = None,
    scheduler: str | None = None,
    retries: int = 2,
    lease_timeout: float | None = None,
    progress_bar: bool = True,
    desc: str = "batch",
) -> BatchResult:
    """Run ``tasks`` (cached rows are read, the rest computed) and return every row.

    Args:
        tasks: from :func:`batch_tasks`.
        results: the results folder, one path every worker sees.
        executor: ``serial`` (this process) or ``dask``.
        client: a ``distributed.Client`` to use (dask; it stays open); else one is opened by
            :func:`open_client` from ``workers`` / ``scheduler`` and closed at the end.
        workers: worker processes of the ``LocalCluster`` (dask without ``scheduler``).
        scheduler: address of a running Dask scheduler (``tcp://HOST:8786``).
        retries: Dask retries of a task that raised (a :class:`MedadError` is not retried).
        lease_timeout: seconds without a heartbeat before a run's lease counts as abandoned.
        progress_bar: draw the bar (``MEDAD_PROGRESS=0`` also turns it off).
        desc: the bar's label.

    Returns:
        The :class:`BatchResult`.

    Raises:
        KeyboardInterrupt: after cancelling the futures and closing the cluster (finished rows stay cached).
    """
    if executor not in EXECUTORS:
        raise MedadError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    root = results_dir(results)
    root.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    # rows already cached are read here: a rerun starts no cluster and submits only what is missing
    served: dict[int, dict[str, Any]] = {}
    for i, task in enumerate(tasks):
        if task.error is not None:
            served[i] = {"status": "failed", "row": error_row(task.config, task.error), "seconds": 0.0}
        else:
            row = servable_row(task.config, root, True, task.keep_predictions, task.keep_embeddings, task.keep_model)
            if row is not None:
                served[i] = {"status": "cached", "row": row, "seconds": 0.0, "worker": "cache"}
    runnable = [t for i, t in enumerate(tasks) if i not in served]
    _prepare(runnable, root)
    bar = _Bar(len(tasks), desc, progress_bar)
    for result in served.values():
        bar.finish(result["status"])
    try:
        if executor == "serial" or not runnable:
            done = _run_serial(runnable, root, lease_timeout, bar)
        elif client is not None:
            done = _run_dask(runnable, root, client, lease_timeout, retries, bar)
        else:
            with open_client(
                workers=workers, scheduler=scheduler, gpu=any(task_resources(t.config) for t in runnable)
            ) as c:
                done = _run_dask(runnable, root, c, lease_timeout, retries, bar)
    finally:
        bar.close()
    it = iter(done)
    results_by_task = [served[i] if i in served else next(it) for i in range(len(tasks))]
    rows = pd.DataFrame([{**r["row"], "batch_status": r["status"]} for r in results_by_task])
    return BatchResult(
        rows=rows,
        seconds=time.perf_counter() - start,
        task_seconds=[float(r.get("seconds", 0.0)) for r in results_by_task],
        workers=[str(r.get("worker", "")) for r in results_by_task],
        records=[r["row"] for r in results_by_task],
    )


# -- the cluster ----------------------------------------------------------------------------------------
def _pin_gpu(torch: Any) -> None:
    """Worker ``i`` of a LocalCluster owns GPU ``i % count`` (a remote worker sees one, by CUDA_VISIBLE_DEVICES)."""
    try:
        from distributed import get_worker  # noqa: PLC0415 - only inside a Dask worker

        index = int(get_worker().name)
    except (ImportError, ValueError, TypeError):
        return
    torch.cuda.set_device(index % torch.cuda.device_count())


def default_workers(gpu: bool = False) -> int:
    """Worker processes of a local cluster: one per GPU for CUDA runs, else one per CPU core we may use."""
    if gpu:
        import torch  # noqa: PLC0415 - only for CUDA runs

        return max(1, torch.cuda.device_count())
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def open_client(
    workers: int | None = None, scheduler: str | None = None, *, gpu: bool = False, threads: int = 1
) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler``, or to a new ``LocalCluster`` closed on exit.

    The local cluster's workers are spawned processes: a script that opens one needs the usual
    ``if __name__ == "__main__":`` guard (``medad batch`` and notebooks need nothing).

    Args:
        workers: worker processes of the local cluster (default :func:`default_workers`).
        scheduler: address of a running scheduler (``tcp://HOST:8786``); its cluster stays up.
        gpu: the local cluster's workers each own one GPU (resource ``GPU=1``, one worker per device).
        threads: CPU threads of each worker's torch (one task at a time per worker).

    Yields:
        The client.
    """
    try:
        from distributed import Client, LocalCluster  # noqa: PLC0415 - optional engine
    except ImportError:  # pragma: no cover - it is a dependency
        raise MedadError("the dask executor needs `dask[distributed]` (pip install 'dask[distributed]')") from None
    if scheduler is not None:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    n = int(workers or default_workers(gpu))
    threads_env = str(max(1, int(threads)))
    with dask.config.set(worker_spawn_environ()):
        cluster = LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            resources={"GPU": 1} if gpu else None,
            # a run's numbers must not depend on how busy the node is: one torch thread per worker
            env={"OMP_NUM_THREADS": threads_env, "MKL_NUM_THREADS": threads_env, "MEDAD_PROGRESS": "0"},
            # a paper-profile run may need most of the node's memory; medad measures it, the nanny should not kill it
            memory_limit=0,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def worker_spawn_environ() -> dict[str, Any]:
    """The dask config that keeps :data:`SLOW_MALLOC_ENVIRON` out of a nanny's new worker processes.

    A value of None unsets a variable of ``distributed.nanny.pre-spawn-environ``. Workers started by
    hand (``dask worker``) need the same in a dask config file (``MALLOC_TRIM_THRESHOLD_: null``; the
    book's "Reproduce" page shows it): dask's environment-variable config lower-cases the name.

    Returns:
        ``{config key: None}`` for :func:`dask.config.set`.
    """
    return {f"distributed.nanny.pre-spawn-environ.{name}": None for name in SLOW_MALLOC_ENVIRON}


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    return fn(*args), time.perf_counter() - start


def dask_map(
    fn: Callable[..., Any],
    argsets: Sequence[tuple[Any, ...]],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    desc: str = "tasks",
    names: Sequence[str] | None = None,
    bar: Any = None,
    teardown: Callable[[], Any] | None = None,
) -> list[tuple[Any, float]]:
    """``fn(*args)`` for every ``args`` in ``argsets`` on a Dask cluster (``medad book --executor dask``).

    Args:
        fn: a module-level function (pickled by name).
        argsets: its arguments, one tuple per task.
        workers: local worker processes (default :func:`default_workers`).
        scheduler: address of a running scheduler.
        desc: the bar's label.
        names: task labels for the bar (default the index).
        bar: a tqdm bar to advance (``medad book``'s one bar for the build), left open; default a new one.
        teardown: a module-level function run once on every worker after the tasks (``medad book``
            shuts down the workers' warm kernels with it).

    Returns:
        ``(result, seconds)`` per task, in order; a task that raised gives ``(exception, seconds)``.
    """
    from distributed import as_completed  # noqa: PLC0415 - optional engine

    out: list[tuple[Any, float] | None] = [None] * len(argsets)
    own_bar = bar is None
    bar = progress([], total=len(argsets), desc=desc, leave=True) if own_bar else bar
    with open_client(workers=workers, scheduler=scheduler) as client:
        futures = {client.submit(_timed, fn, *args, pure=False): i for i, args in enumerate(argsets)}
        try:
            for future in as_completed(list(futures)):
                i = futures[future]
                if future.status == "finished":
                    out[i] = future.result()
                else:
                    out[i] = (future.exception(), 0.0)
                bar.update(1)
                if hasattr(bar, "set_postfix_str"):
                    bar.set_postfix_str(str(names[i]) if names else str(i))
        except BaseException:
            client.cancel(list(futures), force=True)
            raise
        finally:
            if own_bar:
                bar.close()
            if teardown is not None:
                client.run(teardown)
    return out
