"""``medad bench bmad``: ours beside anomalib (the chapter's run grid is :mod:`medad_core.experiments.bmad`).

Bench (``medad bench bmad [--profile smoke|quick] [--methods ...] [--dataset ...] [--no-peers]``)
    1. Ours vs anomalib: on the same phantom split and seed, our PatchCore, PaDiM, STFPM, RD4AD and
       CFA beside anomalib's torch models (``_bmad_bench.PEERS``; CFLOW and CS-Flow run on our side
       only: anomalib trains them by Lightning manual optimisation, which the bench does not drive;
       random-init backbones on both sides
       when weights are absent), image / pixel AUROC for both and the fit and predict time ratios
       (ours / theirs) measured in one process, one after the other. anomalib is optional (the
       ``peers`` extra); without it only our side is printed and the report says so.
    2. PatchCore scaling: memory-bank size and coreset time with the training set at 1x, 2x, 4x.
    3. Throughput: our PatchCore / PaDiM / STFPM / RD4AD / CFA predict on a batch against the bare
       backbone forward on the same batch (the upper limit of any feature-space method).
"""

from __future__ import annotations

import argparse
import sys

import torch

from medad_core.bench import _bmad_bench as bench

__all__ = ["PEER_METHODS", "main"]

PEER_METHODS = ["patchcore", "padim", "stfpm", "rd4ad", "cfa", "cflow", "csflow"]


def main(argv: list[str] | None = None) -> int:
    """Run the reports of ``medad bench bmad``.

    Args:
        argv: command-line arguments (without the program name).

    Returns:
        The exit code (0).
    """
    parser = argparse.ArgumentParser(prog="medad bench bmad", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="smoke", choices=["smoke", "quick"])
    parser.add_argument("--dataset", default="bmad_brain")
    parser.add_argument("--methods", nargs="*", default=PEER_METHODS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-peers", action="store_true", help="skip anomalib even when it is installed")
    parser.add_argument("--skip", nargs="*", default=[], choices=["peers", "scaling", "throughput"])
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="torch CPU threads (default: torch's); 1 gives steadier timings on a shared machine",
    )
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    if "peers" not in args.skip:
        bench.peers_report(args.methods, args.dataset, args.profile, args.seed, use_peers=not args.no_peers)
    if "scaling" not in args.skip:
        bench.scaling_report(args.dataset, args.profile, args.seed)
    if "throughput" not in args.skip:
        bench.throughput_report(args.dataset, args.profile, args.seed)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
