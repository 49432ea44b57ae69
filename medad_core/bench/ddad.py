"""``medad bench ddad``: DDAD's batched ensembles against K sequential trainings of the same networks.

Usage: ``medad bench ddad [--profile smoke|quick] [--backbones ae memae aeu] [--dataset ddad_rsna]
[--repeats 3] [--threads N] [--clock wall|process] [--epochs N] [--asr] [--json]``.

For each backbone, stage 1 of ``ddad`` (NDM on D_n, UDM on D_n and the unlabelled pool at AR 0.6) is
fitted twice in one run, alternately, ``--repeats`` times after one untimed warm-up each:
``ensemble="batched"`` (the K members of a module as one model: grouped convolutions, batched FC
layers, one optimiser step) and ``ensemble="sequential"`` (the same K initial networks, the same data
orders, trained one after the other). Printed: the median fit seconds of each side, the speed-up
``sequential / batched`` as the median of the per-round ratios with its range (goal >= 2), and the
image AUROC of A_rec and A_inter of both sides (the same networks: equal up to rounding). ``--asr``
also trains the ASR-Nets (the same work on both sides, so it dilutes the ratio). The load average is
printed beside the numbers: on a shared machine the ratio measures the cores we actually got.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

import numpy as np
import torch

from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset
from medad_core.metrics import image_auroc
from medad_core.nn.ddad import BACKBONES
from medad_core.registry import get_method

__all__ = ["GOAL_SPEEDUP", "measure", "main"]

#: the issue's goal: batched at least twice as fast as sequential
GOAL_SPEEDUP = 2.0
CLOCKS = {"wall": time.perf_counter, "process": time.process_time}
COLUMNS = (
    "backbone",
    "batched_s",
    "sequential_s",
    "speedup",
    "speedup_range",
    "a_rec_auroc",
    "a_inter_auroc",
    "a_inter_auroc_sequential",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medad bench ddad", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="quick", choices=["smoke", "quick"])
    parser.add_argument("--backbones", nargs="+", default=["ae"], choices=list(BACKBONES))
    parser.add_argument("--dataset", default="ddad_rsna")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3, help="interleaved timed rounds per side")
    parser.add_argument("--epochs", type=int, default=None, help="NDM/UDM epochs (default: the profile's)")
    parser.add_argument("--asr", action="store_true", help="also train the ASR-Nets (default: stage 1 only)")
    parser.add_argument("--clock", default="wall", choices=sorted(CLOCKS))
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line per backbone")
    return parser


def measure(
    backbone: str = "ae",
    profile: str = "quick",
    dataset: str = "ddad_rsna",
    seed: int = 0,
    repeats: int = 3,
    epochs: int | None = None,
    asr: bool = False,
    clock: str = "wall",
) -> dict[str, Any]:
    """Time batched against sequential stage-1 training of one backbone, interleaved.

    Args:
        backbone: ``ae``, ``memae`` or ``aeu``.
        profile: the ``ddad`` profile (and the phantoms' size).
        dataset: a DDAD dataset (phantoms unless real data is configured).
        seed: the run seed (both sides train the same initial networks).
        repeats: timed rounds per side, after one untimed warm-up each.
        epochs: NDM / UDM epochs (None: the profile's).
        asr: also train the ASR-Nets (their profile epochs).
        clock: ``wall`` or ``process`` (this process's CPU time).

    Returns:
        One report row (``COLUMNS`` and the raw seconds of every round).
    """
    now = CLOCKS[clock]
    splits = load_splits(dataset, profile=profile)
    train, test = make_trainset(splits, "dual_distribution", Protocol(anomaly_rate=0.6), seed)
    cls = get_method("ddad")
    params: dict[str, Any] = {"backbone": backbone, "seed": seed, "progress": False}
    if epochs is not None:
        params["epochs"] = epochs
    if not asr:
        params["asr_epochs"] = 0
    detectors: dict[str, Any] = {}

    def fit(mode: str) -> float:
        detector = cls.for_profile(profile, ensemble=mode, **params)
        start = now()
        detector.fit(train)
        elapsed = now() - start
        detectors[mode] = detector
        return elapsed

    fit("batched"), fit("sequential")  # warm-up: imports, kernels, the phantom files
    seconds: dict[str, list[float]] = {"batched": [], "sequential": []}
    for _ in range(repeats):
        for mode in ("batched", "sequential"):
            seconds[mode].append(fit(mode))
    ratios = np.array(seconds["sequential"]) / np.maximum(np.array(seconds["batched"]), 1e-9)
    aurocs = {}
    for mode, detector in detectors.items():
        extras = detector.predict(test).extras
        aurocs[mode] = {k: image_auroc(test.labels, extras[k]) for k in ("a_rec", "a_inter")}
    resolved = cls.resolved_params(profile, **params)
    return {
        "backbone": backbone,
        "batched_s": float(np.median(seconds["batched"])),
        "sequential_s": float(np.median(seconds["sequential"])),
        "speedup": float(np.median(ratios)),
        "speedup_range": [float(ratios.min()), float(ratios.max())],
        "a_rec_auroc": aurocs["batched"]["a_rec"],
        "a_inter_auroc": aurocs["batched"]["a_inter"],
        "a_rec_auroc_sequential": aurocs["sequential"]["a_rec"],
        "a_inter_auroc_sequential": aurocs["sequential"]["a_inter"],
        "rounds": seconds,
        "n_members": resolved["n_members"],
        "epochs": resolved["epochs"],
        "images": {"normal": len(train.normal), "unlabelled": len(train.unlabelled)},
        "image_size": resolved["image_size"],
        "goal_speedup": GOAL_SPEEDUP,
    }


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    """Run ``medad bench ddad``.

    Args:
        argv: command-line arguments (without the program name).

    Returns:
        The exit code (0).
    """
    args = _parser().parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    say = print if not args.json else (lambda *a, **k: print(*a, **k, file=sys.stderr))
    say(
        f"\n## DDAD stage 1: batched vs sequential ensembles ({args.dataset}, {args.profile} profile, seed "
        f"{args.seed}, {'with' if args.asr else 'without'} ASR-Nets), torch threads {torch.get_num_threads()}, "
        f"{args.repeats} interleaved rounds, {args.clock} clock, load average {load}"
    )
    rows = []
    for backbone in args.backbones:
        row = measure(backbone, args.profile, args.dataset, args.seed, args.repeats, args.epochs, args.asr, args.clock)
        row.update(threads=torch.get_num_threads(), clock=args.clock, load=load)
        rows.append(row)
        if args.json:
            print(json.dumps(row), flush=True)
    if not args.json:
        print("  ".join(COLUMNS))
        for row in rows:
            print("  ".join(_fmt(row[c]) for c in COLUMNS))
        print(f"goal: speedup >= {GOAL_SPEEDUP:g} (sequential / batched)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
