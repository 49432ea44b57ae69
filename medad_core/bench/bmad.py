"""``medad bench bmad``: ours beside anomalib (the chapter's run grid is :mod:`medad_core.experiments.bmad`).

Bench (``medad bench bmad [--profile smoke|quick] [--methods ...] [--dataset ...] [--data-root DIR
--layout mvtec] [--repeats N] [--threads N] [--clock wall|process] [--json] [--out FILE] [--no-peers]``)
    1. Ours vs anomalib: the nine of BMAD's methods anomalib has (PatchCore, PaDiM, STFPM, RD4AD,
       CFA, CFLOW, CS-Flow, DRAEM, GANomaly) on the same decoded tensors and seed, anomalib's torch
       models driven by the steps of its Lightning modules with our optimiser (``_anomalib_peers``),
       the backbone shared where there is one, ours run with anomalib's choice where the two differ
       by design (``ours_options``: e.g. DRAEM ``score=anomalib``, GANomaly ``loss=anomalib``). Image /
       pixel AUROC of both, the fit and predict time ratios (ours / theirs) as the median of
       ``--repeats`` interleaved rounds with their range, and our predict's throughput as a fraction
       of its limit on the same batch (``throughput_limit``: the bare backbone forward, the upper
       limit of a feature-space method; for DRAEM and GANomaly, which have no pretrained backbone,
       the bare forward of our own network on a batch resized and normalised beforehand).
       anomalib is optional (the ``peers`` extra); without it only our side runs and the report says so.
    2. PatchCore scaling: memory-bank size and coreset time with the training set at 1x, 2x, 4x, and
       the coreset extrapolated to BMAD's brain set (7,500 images at 224 px, WRN-50).

``--json`` prints one JSON object per line per method (keys ``method``, ``image_auroc_ours``,
``image_auroc_peer``, ``fit_ratio``, ``predict_ratio``, ``throughput_fraction``, their ``*_spread``
and the seconds of each side); ``--out FILE`` writes the whole report (``.json``, or markdown for
any other suffix) for the book to include.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import metadata

import torch

from medad_core.bench import _bmad_bench as bench

__all__ = ["PEER_METHODS", "main"]

PEER_METHODS = ["patchcore", "padim", "stfpm", "rd4ad", "cfa", "cflow", "csflow", "draem", "ganomaly"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medad bench bmad", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="smoke", choices=["smoke", "quick"])
    parser.add_argument("--dataset", default=None, help="default: bmad_brain, or folder with --data-root")
    parser.add_argument("--data-root", default=None, help="a folder with real data (any folder with --layout)")
    parser.add_argument("--layout", default=None, choices=["mvtec", "bmad"], help="layout of a folder dataset")
    parser.add_argument("--methods", nargs="*", default=PEER_METHODS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3, help="interleaved timed rounds per side")
    parser.add_argument("--no-peers", action="store_true", help="skip anomalib even when it is installed")
    parser.add_argument("--skip", nargs="*", default=[], choices=["peers", "scaling"])
    parser.add_argument("--json", action="store_true", help="one JSON object per line per method")
    parser.add_argument("--out", default=None, help="also write the report to this file (.json or markdown)")
    parser.add_argument(
        "--clock",
        default="wall",
        choices=["wall", "process"],
        help="what the timings read: wall time, or this process's CPU time (steadier on a loaded machine; "
        "use with --threads 1)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="torch CPU threads (default: torch's); 1 gives steadier timings on a shared machine",
    )
    return parser


def _anomalib_version() -> str:
    try:
        return metadata.version("anomalib")
    except metadata.PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> int:
    """Run the reports of ``medad bench bmad``.

    Args:
        argv: command-line arguments (without the program name).

    Returns:
        The exit code (0).
    """
    args = _parser().parse_args(argv)
    bench.check_methods(args.methods)
    if args.threads:
        torch.set_num_threads(args.threads)
    bench.peers.set_clock(args.clock)
    dataset = args.dataset or ("folder" if args.data_root else "bmad_brain")
    data = bench.load_data(dataset, args.profile, args.seed, args.data_root, args.layout)
    context = {
        "data": data.description,
        "profile": args.profile,
        "seed": args.seed,
        "threads": torch.get_num_threads(),
        "repeats": args.repeats,
        "clock": args.clock,
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "anomalib": "off (--no-peers)" if args.no_peers else _anomalib_version(),
    }
    say = print if not args.json else (lambda *a, **k: print(*a, **k, file=sys.stderr))
    say(
        f"\n## Ours vs anomalib on {data.description}, seed {args.seed}, torch threads {context['threads']}, "
        f"{args.repeats} interleaved rounds, {args.clock} clock, load average {context['load']}"
    )
    rows, scaling = [], None
    if "peers" not in args.skip:
        rows = bench.peers_report(
            args.methods,
            data,
            args.profile,
            args.seed,
            use_peers=not args.no_peers,
            repeats=args.repeats,
            emit=bench.emit_json if args.json else None,
        )
        if not args.json:
            bench.print_table(rows, bench.PEER_COLUMNS)
    if "scaling" not in args.skip:
        scaling = bench.scaling_report(data, args.profile, args.seed)
        if not args.json:
            print(f"\n## PatchCore memory bank vs training-set size ({data.description})")
            bench.print_table(scaling["rows"], bench.SCALING_COLUMNS)
        say(bench.extrapolation_text(scaling["extrapolation"]))
    if args.out:
        bench.write_report(args.out, context, rows, scaling)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
