"""The ``medad`` command line.

medad datasets [--data-root DIR]            dataset names, layouts, whether real data was found
medad methods                               registered methods, their settings and outputs
medad run --method NAME --dataset NAME ...  one run; prints the result row (``--json``: one object)
medad make-phantoms --dataset NAME --out DIR
medad predict --model PATH | --run KEY --images DIR [--masks DIR] --out DIR [--batch-size N]
                                            score a folder with a kept model: scores.csv, overlays
medad pretrain-clip [--steps N] [--force]   train (or find cached) phantom-clip, the offline CLIP
medad convert NAME RAW_DIR OUT_ROOT          raw BrainMRI / HeadCT / Hyper-Kvasir -> DRA's folders
medad book [--profile quick|smoke|paper] [--only PATTERN] [--data-root DIR] [--executor serial|dask]
medad batch --list | NAME... | all | GRID.yaml [--profile P] [--workers N | --scheduler ADDR]
                                            the notebooks' run grids (or a YAML grid), serially or on
                                            Dask, into one shared results cache
medad bench NAME [args...]                  benchmarks (``medad bench list``)
medad cache ls|stale|prune [--all] [--results DIR]
                                            cached rows; those the current code would not serve
                                            (recomputed identity differs); remove stale (or --all)
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import Any

import medad_core.bench as bench
from medad_core.api import MedadError, Setting
from medad_core.config import Protocol, RunConfig
from medad_core.data import dataset_table, write_phantoms
from medad_core.data.converters import convert_dra_medical
from medad_core.registry import get_method, method_table
from medad_core.runner import cache_rows, prune_cache, results_dir, run, shared_artifacts


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("(none)")
        return
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(str(r.get(k, ""))) for r in rows)) for k in keys}
    print("  ".join(k.ljust(widths[k]) for k in keys))
    print("  ".join("-" * widths[k] for k in keys))
    for r in rows:
        print("  ".join(str(r.get(k, "")).ljust(widths[k]) for k in keys))


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _cmd_datasets(args: argparse.Namespace) -> int:
    _print_table(dataset_table(args.data_root))
    return 0


def _cmd_methods(args: argparse.Namespace) -> int:
    _print_table(method_table())
    return 0


def _config_from_args(args: argparse.Namespace):
    method = get_method(args.method)
    protocol_kwargs: dict[str, Any] = {}
    setting = args.setting
    # the DRA protocols and few-shot read naturally as settings on the command line
    if setting in ("general", "hard"):
        protocol_kwargs["dra_setting"] = setting
        setting = Setting.OPEN_SET.value
    elif setting in ("zero_shot", "few_shot"):
        setting = Setting.ZERO_FEW_SHOT.value
        if args.setting == "zero_shot":
            protocol_kwargs["k_shot"] = 0
    if setting is None:
        order = [s for s in Setting if s in method.settings]
        setting = order[0].value
    for field in (
        "n_anomalies",
        "dra_setting",
        "seen_class",
        "pseudo",
        "outlier_dataset",
        "anomaly_rate",
        "pool_size",
        "k_shot",
    ):
        value = getattr(args, field)
        if value is not None:
            protocol_kwargs[field] = value
    params = {}
    for item in args.param or []:
        if "=" not in item:
            raise MedadError(f"--param expects KEY=VALUE (VALUE as JSON when it parses); got {item!r}")
        key, value = item.split("=", 1)
        params[key] = _parse_value(value)
    # unknown or ill-typed parameters fail here, with the method's parameter list, before any data is read
    method.resolved_params(args.profile, **params)
    dataset = args.dataset
    return RunConfig(
        method=method.name,
        dataset=dataset,
        params=params,
        setting=setting,
        protocol=Protocol(**protocol_kwargs),
        profile=args.profile,
        seed=args.seed,
        device=args.device,
        weights=args.weights,
        data_root=os.path.abspath(args.data_root) if args.data_root else None,
        layout=args.layout,
        data_seed=args.data_seed,
    )


def _cmd_run(args: argparse.Namespace) -> int:
    config = _config_from_args(args)
    row = run(
        config,
        args.results_dir,
        use_cache=not args.no_cache,
        keep_predictions=args.keep_predictions,
        keep_model=args.keep_model,
    )
    if args.json:
        print(json.dumps(row, sort_keys=True))
        return 0
    shown = [
        "method",
        "dataset",
        "setting",
        "profile",
        "seed",
        "image_auroc",
        "image_ap",
        "pixel_auroc",
        "pro",
        "dice_bmad",
        "dice_oracle",
        "fit_seconds",
        "predict_seconds",
        "peak_memory_mb",
        "n_params",
        "weights",
        "data_source",
        "config_hash",
        "cache_key",
    ]
    for key in shown:
        value = row.get(key)
        print(f"{key:>16}: {round(value, 4) if isinstance(value, float) else value}")
    # image-level extras (DDAD's six scores, DRA's heads): one line each with its AUROC and AP
    for key, cell in (row.get("extras") or {}).items():
        print(f"{'extra ' + key:>16}: image_auroc {cell['image_auroc']:.4f}, image_ap {cell['image_ap']:.4f}")
    return 0


def _cmd_predict(args: argparse.Namespace) -> int:
    from medad_core.api import Detector  # noqa: PLC0415
    from medad_core.predict import predict_folder  # noqa: PLC0415 - matplotlib and PIL only here
    from medad_core.runner import keep_model_path  # noqa: PLC0415

    if (args.model is None) == (args.run is None):
        raise MedadError("medad predict needs exactly one of --model PATH or --run KEY (a kept run's cache key)")
    path = args.model if args.model is not None else keep_model_path(args.run, args.results_dir)
    detector = Detector.load(path, device=args.device)
    summary = predict_folder(
        detector,
        args.images,
        args.out,
        masks=args.masks,
        batch_size=args.batch_size,
        colormap=args.colormap,
        alpha=args.alpha,
        overlays=not args.no_overlays,
    )
    print(f"{detector.name}: scored {summary['n_scored']} images -> {summary['scores_csv']}")
    if summary["overlays"]:
        print(f"{len(summary['overlays'])} overlays in {args.out}")
    if summary["skipped"]:
        print(f"skipped {len(summary['skipped'])} unreadable file(s): {', '.join(n for n, _ in summary['skipped'])}")
    if summary["metrics"] is not None:
        shown = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in summary["metrics"].items()}
        print(json.dumps(shown))
    return 0


def _cmd_make_phantoms(args: argparse.Namespace) -> int:
    path = write_phantoms(args.dataset, args.out, profile=args.profile, seed=args.seed)
    print(path)
    return 0


def _cmd_pretrain_clip(args: argparse.Namespace) -> int:
    import torch  # noqa: PLC0415

    from medad_core.nn.clip import PRETRAIN_STEPS, phantom_clip_path, pretrain_phantom_clip  # noqa: PLC0415

    if args.threads:
        torch.set_num_threads(args.threads)
    steps = args.steps or PRETRAIN_STEPS
    cached = phantom_clip_path(steps).is_file() and not args.force
    path = pretrain_phantom_clip(steps, force=args.force, progress=not cached)
    info = json.loads((path.parent / "recipe.json").read_text())
    print(f"{'cached' if cached else 'trained'}: {path}")
    print(
        f"hash {info['hash']}, {info['steps']} steps, loss {info['first_loss']:.3f} -> {info['final_loss']:.3f}, "
        f"{info['seconds']:.0f} s on {info['torch_threads']} thread(s)"
    )
    return 0


def _cmd_convert(args: argparse.Namespace) -> int:
    print(convert_dra_medical(args.dataset, args.raw, args.out, link=args.link))
    return 0


def _executor(args: argparse.Namespace) -> str:
    """``--executor``, defaulting to dask when ``--workers`` or ``--scheduler`` is given."""
    if args.executor is not None:
        if args.executor == "serial" and (args.workers or args.scheduler):
            raise MedadError("--workers / --scheduler need --executor dask (or no --executor)")
        return args.executor
    return "dask" if args.workers or args.scheduler else "serial"


def _cmd_book(args: argparse.Namespace) -> int:
    from medad_core.book import build_book  # noqa: PLC0415 - needs the optional `book` extra (papermill)

    executor = _executor(args)
    extra = {} if executor == "serial" else {"executor": executor, "workers": args.workers, "scheduler": args.scheduler}
    return build_book(
        profile=args.profile,
        only=args.only,
        data_root=args.data_root,
        device=args.device,
        html=not args.no_html,
        pdf=args.pdf,
        **extra,
    )


def _cmd_batch(args: argparse.Namespace) -> int:
    from medad_core import batch  # noqa: PLC0415 - loads every experiments module

    if args.list:
        if args.grids:
            raise MedadError("--list takes no grid names")
        print("runs per profile (cached runs included; paper counts depend on --data-root):")
        _print_table(batch.grid_table(args.data_root))
        print("also: `all` (every grid above), <paper>_<grid> for one grid of a paper module, or a YAML file")
        return 0
    if not args.grids:
        raise MedadError("name a grid (`medad batch --list`), `all`, or a YAML file")
    names = list(batch.named_grids()) if args.grids == ["all"] else args.grids
    grids = [batch.resolve_grid(name) for name in names]
    profile = args.profile or next((g.profile for g in grids if getattr(g, "profile", None)), None) or "quick"
    root = results_dir(args.results).resolve()  # workers get this path: absolute
    tasks = batch.batch_tasks(grids, profile, args.data_root, args.device, args.seeds, root)
    executor = _executor(args)
    where = f"{args.workers or batch.default_workers()} local worker(s)" if not args.scheduler else args.scheduler
    print(f"{len(tasks)} run(s) of {', '.join(names)} ({profile}) into {root} on {executor}", end="")
    print(f" ({where})" if executor == "dask" else "", flush=True)
    try:
        result = batch.run_batch(
            tasks,
            root,
            executor=executor,
            workers=args.workers,
            scheduler=args.scheduler,
            retries=args.retries,
            lease_timeout=args.lease_timeout,
            desc=",".join(names)[:40],
        )
    except KeyboardInterrupt:
        print("\nmedad batch: interrupted; finished runs are cached, the same command continues", file=sys.stderr)
        return 130
    counts = result.counts()
    print(
        f"{len(tasks)} run(s) in {result.seconds:.1f} s: {counts['computed']} computed, "
        f"{counts['cached']} from the cache, {counts['failed']} failed"
    )
    if counts["failed"]:
        failed = result.rows[result.rows["batch_status"] == "failed"]
        for _, row in failed.iterrows():
            print(f"  failed: {row['method']}/{row['dataset']} seed {row['seed']}: {row['error']}", file=sys.stderr)
        return 1
    return 0


def _bench_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))


def _cmd_cache(args: argparse.Namespace) -> int:
    root = results_dir(args.results)
    if args.all and args.action != "prune":
        raise MedadError("--all only applies to `medad cache prune`")
    if args.action == "prune":
        shared = shared_artifacts(root) if args.all else []
        removed = prune_cache(root, everything=args.all)
        print(f"removed {len(removed)} row(s) from {root / 'runs'}")
        if shared:
            print(f"removed {len(shared)} shared trained file(s) (cached DDPMs, probe rows)")
        _print_table(removed)
        return 0
    rows = cache_rows(root, stale_only=args.action == "stale")
    if args.action == "stale":
        print(f"{len(rows)} stale row(s) in {root / 'runs'} (`medad cache prune` removes them)")
    else:
        for row in rows:
            row["stale"] = row["stale"] or ""
    _print_table(rows)
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    names = _bench_names()
    if args.name in (None, "list"):
        print("benchmarks: " + ", ".join(names))
        return 0
    if args.name not in names:
        raise MedadError(f"unknown benchmark {args.name!r}; available: {', '.join(names)}")
    module = importlib.import_module(f"medad_core.bench.{args.name}")
    return int(module.main(list(args.rest)) or 0)


def _executor_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--executor", choices=["serial", "dask"], help="default: serial, dask when --workers or --scheduler is given"
    )
    p.add_argument("--workers", type=int, help="worker processes of a local Dask cluster (one thread each)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://HOST:8786")


def build_parser() -> argparse.ArgumentParser:
    """The ``medad`` argument parser (one sub-command per ``_cmd_*`` function)."""
    parser = argparse.ArgumentParser(prog="medad", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("datasets", help="list datasets, their layouts and whether real data was found")
    p.add_argument("--data-root", default=os.environ.get("MEDAD_DATA_ROOT"))
    p.set_defaults(func=_cmd_datasets)

    p = sub.add_parser("methods", help="list registered methods with their settings")
    p.set_defaults(func=_cmd_methods)

    p = sub.add_parser("run", help="run one method on one dataset and print the result row")
    p.add_argument("--method", required=True)
    p.add_argument("--dataset", required=True, help="dataset name (see `medad datasets`), or `folder`")
    p.add_argument("--data-root", help="folder with the real dataset(s); omitted = embedded phantoms")
    p.add_argument("--layout", choices=["bmad", "mvtec", "ddad"], help="layout of a `folder` dataset")
    p.add_argument("--profile", default="quick", choices=["smoke", "quick", "paper"])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--data-seed", type=int, default=0, help="seed of the embedded phantom dataset")
    p.add_argument(
        "--setting",
        help="one_class | open_set | dual_distribution | zero_few_shot | "
        "clip_reconstruction, or general | hard (DRA) | zero_shot | few_shot",
    )
    p.add_argument("--device", default="cpu")
    p.add_argument("--weights", default="auto", help="auto | pretrained | random | PATH to a state dict")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="method parameter (repeatable)")
    proto = p.add_argument_group("protocol")
    proto.add_argument("--n-anomalies", type=int, help="labelled anomalies (DRA: 1 or 10)")
    proto.add_argument("--dra-setting", choices=["general", "hard"])
    proto.add_argument("--seen-class", help="the seen anomaly class of the hard setting")
    proto.add_argument("--pseudo", choices=["cutmix", "cutpaste_scar", "cutpaste_mix", "external"])
    proto.add_argument(
        "--outlier-dataset", help="dataset of external outliers (pseudo=external; SAOE's outlier exposure)"
    )
    proto.add_argument("--anomaly-rate", type=float, help="DDAD unlabelled-pool anomaly rate AR")
    proto.add_argument(
        "--pool-size",
        type=int,
        help="DDAD unlabelled-pool size |D_u| (default: the paper's count; a folder: the largest at the AR)",
    )
    proto.add_argument("--k-shot", type=int, help="normal training images for few-shot methods")
    p.add_argument("--json", action="store_true", help="print the row as one JSON object")
    p.add_argument("--results-dir", help="cache folder (default: $MEDAD_RESULTS or ./results)")
    p.add_argument("--no-cache", action="store_true", help="recompute even when a cached row exists")
    p.add_argument("--keep-predictions", action="store_true", help="also store scores and maps")
    p.add_argument(
        "--keep-model", action="store_true", help="also store the fitted model (results/models/<cache_key>.pt)"
    )
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("predict", help="score a folder of images with a kept model (scores.csv, map overlays)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--model", help="a checkpoint file (Detector.save)")
    which.add_argument("--run", help="cache key (or config hash) of a run kept with --keep-model")
    p.add_argument("--images", required=True, help="folder of images (searched recursively)")
    p.add_argument("--masks", help="folder of masks (<stem>_mask.png): also image / pixel AUROC")
    p.add_argument("--out", required=True, help="output folder (scores.csv, <stem>_overlay.png)")
    p.add_argument("--batch-size", type=int, help="images per batch (default: the method's)")
    p.add_argument("--device", help="device to load the model onto (default: the one it was saved from)")
    p.add_argument("--colormap", choices=["bone"], help="the images were saved with matplotlib's bone map")
    p.add_argument("--alpha", type=float, default=0.5, help="opacity of the map in the overlays")
    p.add_argument("--no-overlays", action="store_true", help="scores only")
    p.add_argument("--results-dir", help="cache folder of --run (default: $MEDAD_RESULTS or ./results)")
    p.set_defaults(func=_cmd_predict)

    p = sub.add_parser("make-phantoms", help="write a phantom dataset in the real dataset's folder layout")
    p.add_argument("--dataset", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--profile", default="smoke", choices=["smoke", "quick", "paper"])
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=_cmd_make_phantoms)

    p = sub.add_parser("pretrain-clip", help="train phantom-clip (a small open_clip model on phantom captions; cached)")
    p.add_argument("--steps", type=int, help="optimisation steps (default: the cached recipe's)")
    p.add_argument("--force", action="store_true", help="train again even when the checkpoint is cached")
    p.add_argument("--threads", type=int, help="torch threads (default: torch's)")
    p.set_defaults(func=_cmd_pretrain_clip)

    p = sub.add_parser(
        "convert", help="convert a raw download (BrainMRI, HeadCT, Hyper-Kvasir) to DRA's MVTec-style folders"
    )
    p.add_argument("dataset", help="brainmri | headct | hyperkvasir")
    p.add_argument("raw", help="folder of the raw download")
    p.add_argument("out", help="data root to write <folder>/ into")
    p.add_argument("--link", action="store_true", help="symbolic links instead of copies")
    p.set_defaults(func=_cmd_convert)

    p = sub.add_parser("book", help="execute the notebooks with papermill and build the HTML book")
    p.add_argument("--profile", default="quick", choices=["smoke", "quick", "paper"])
    p.add_argument("--only", help="execute only notebooks whose name matches this glob (others must exist)")
    p.add_argument("--data-root", default=os.environ.get("MEDAD_DATA_ROOT"))
    p.add_argument("--device", default="cpu")
    p.add_argument("--no-html", action="store_true", help="execute notebooks only")
    p.add_argument(
        "--pdf", action="store_true", help="also print the book to _build/pdf/medad.pdf (headless Chromium, no LaTeX)"
    )
    _executor_args(p)
    p.set_defaults(func=_cmd_book)

    p = sub.add_parser("batch", help="run the notebooks' grids (or a YAML grid) serially or on a Dask cluster")
    p.add_argument("grids", nargs="*", metavar="GRID", help="grid name(s) (`--list`), `all`, or a YAML file")
    p.add_argument("--list", action="store_true", help="list the named grids with their run counts per profile")
    p.add_argument("--profile", choices=["smoke", "quick", "paper"], help="default: the YAML file's, else quick")
    p.add_argument("--data-root", default=os.environ.get("MEDAD_DATA_ROOT"))
    p.add_argument(
        "--results", "--results-dir", dest="results", help="shared cache folder (default: $MEDAD_RESULTS or ./results)"
    )
    p.add_argument("--device", default="cpu", help="torch device of the runs (cuda: each run takes a GPU=1 worker)")
    p.add_argument("--seeds", type=int, nargs="+", help="seeds of every grid (default: each grid's own)")
    p.add_argument("--retries", type=int, default=2, help="Dask retries of a run that raised (default 2)")
    p.add_argument(
        "--lease-timeout", type=float, default=None, help="seconds without a heartbeat before a lease is taken over"
    )
    _executor_args(p)
    p.set_defaults(func=_cmd_batch)

    p = sub.add_parser("cache", help="list cached rows, show stale ones, prune them")
    p.add_argument("action", choices=["ls", "stale", "prune"])
    p.add_argument(
        "--results", "--results-dir", dest="results", help="cache folder (default: $MEDAD_RESULTS or ./results)"
    )
    p.add_argument("--all", action="store_true", help="prune: remove every row, not only the stale ones")
    p.set_defaults(func=_cmd_cache)

    p = sub.add_parser("bench", help="run a benchmark (`medad bench list`)")
    p.add_argument("name", nargs="?")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``medad`` command line; a :class:`MedadError` is printed without a traceback (exit code 2).

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except MedadError as err:
        print(f"medad: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
