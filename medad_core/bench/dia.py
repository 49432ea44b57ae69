"""``medad bench dia``: the cost of a DIA training step against a CSI step at the same batch.

DIA's step has 3BK views instead of CSI's 2BK (1.5x the encoder's work) plus one DDPM forward per
image at the dissolving size (Eq. 4, 32 px), so the issue's goal is a ratio of at most 1.6. Both
steps are the methods' own ``training_step`` + backward + LARS step on the same batch of random
images, the networks built by the methods' ``_build`` for the chosen profile (the DDPM untrained:
its forward costs the same); repeats are interleaved (CSI, DIA, CSI, DIA, ...) after one warm-up
step each, and the median of the per-round ratios is reported with its range, beside the median
seconds of each side and of the dissolving alone.

Usage: ``medad bench dia [--profile smoke|quick|paper] [--batch-size B] [--image-size S]
[--repeats N] [--threads N] [--clock wall|process] [--json]``. The paper profile is the paper's
network (ResNet-18, 224 px by default, the code's U-Net widths); on a CPU use a small batch.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import Any

import torch

from medad_core.methods.csi import CSI
from medad_core.methods.dia import DIA

__all__ = ["GOAL", "step_timer", "compare", "main"]

#: the issue's goal: a DIA step costs at most this many CSI steps
GOAL = 1.6


def _clock(kind: str):
    return time.process_time if kind == "process" else time.perf_counter


def _prepared(cls: type[CSI], profile: str, batch: torch.Tensor, device: str, **params: Any) -> CSI:
    detector = cls.for_profile(profile, device=device, progress=False, **params)
    detector._build(tuple(batch.shape[1:]))
    detector.generator = torch.Generator(device=device).manual_seed(0)
    detector.optimization = None
    if isinstance(detector, DIA) and detector.ddpm is not None:
        detector.ddpm.eval().requires_grad_(False)
    detector.model.train()
    return detector


def step_timer(detector: CSI, batch: torch.Tensor, clock: str = "wall"):
    """A function that runs one full training step of ``detector`` on ``batch`` and returns its seconds.

    Args:
        detector: a CSI or DIA whose networks are built.
        batch: (B, C, H, W) images in [0, 1] on the detector's device.
        clock: ``"wall"`` or ``"process"``.

    Returns:
        The timed step (forward, backward, LARS update).
    """
    optimizer = detector.configure_optimizers().optimizers[0]
    tick = _clock(clock)
    device = batch.device

    def step() -> float:
        if device.type == "cuda":
            torch.cuda.synchronize(device)
        start = tick()
        optimizer.zero_grad(set_to_none=True)
        detector.training_step({"image": batch}, 0)["loss"].backward()
        optimizer.step()
        if device.type == "cuda":
            torch.cuda.synchronize(device)
        return tick() - start

    return step


def compare(
    profile: str = "quick",
    batch_size: int | None = None,
    image_size: int | None = None,
    repeats: int = 5,
    device: str = "cpu",
    clock: str = "wall",
    seed: int = 0,
) -> dict[str, Any]:
    """Median DIA / CSI step-time ratio over interleaved repeats.

    Args:
        profile: the methods' profile (networks, views, DDPM size).
        batch_size: images per step (default: the profile's).
        image_size: the images' side (default: the profile's ``image_size``, else 224).
        repeats: timed rounds after one warm-up step per side.
        device: ``"cpu"`` or ``"cuda"``.
        clock: ``"wall"`` or ``"process"`` (CPU time of this process; steadier on a shared machine).
        seed: seeds the batch.

    Returns:
        ``ratio`` (median of the per-round DIA / CSI ratios), ``ratio_min`` / ``ratio_max``,
        ``csi_seconds`` / ``dia_seconds`` / ``dissolve_seconds`` (medians), ``goal``, ``meets_goal``,
        and the setting (profile, batch, size, views, DDPM parameters, device, threads).
    """
    params = DIA.resolved_params(profile)
    side = int(image_size or params.get("image_size") or 224)
    batch_n = int(batch_size or params["batch_size"])
    generator = torch.Generator().manual_seed(seed)
    batch = torch.rand(batch_n, 3, side, side, generator=generator).to(device)
    csi = _prepared(CSI, profile, batch, device, image_size=side)
    dia = _prepared(DIA, profile, batch, device, image_size=side)
    csi_step, dia_step = step_timer(csi, batch, clock), step_timer(dia, batch, clock)
    tick = _clock(clock)

    def dissolve() -> float:
        start = tick()
        dia.extra_views(batch)
        if batch.device.type == "cuda":
            torch.cuda.synchronize(batch.device)
        return tick() - start

    csi_step(), dia_step(), dissolve()  # warm-up: allocator, oneDNN kernels
    csi_times, dia_times, dissolve_times = [], [], []
    for _ in range(max(1, repeats)):
        csi_times.append(csi_step())
        dia_times.append(dia_step())
        dissolve_times.append(dissolve())
    ratios = [d / c for d, c in zip(dia_times, csi_times, strict=True)]
    ratio = statistics.median(ratios)
    k = csi.n_shifts
    return {
        "profile": profile,
        "device": device,
        "threads": torch.get_num_threads(),
        "clock": clock,
        "batch_size": batch_n,
        "image_size": side,
        "views_csi": 2 * batch_n * k,
        "views_dia": 3 * batch_n * k,
        "dissolve_size": dia.dissolve_size,
        "ddpm_params": dia.ddpm.num_parameters() if dia.ddpm is not None else 0,
        "encoder_params": sum(p.numel() for p in csi.model.parameters()),
        "repeats": len(ratios),
        "csi_seconds": statistics.median(csi_times),
        "dia_seconds": statistics.median(dia_times),
        "dissolve_seconds": statistics.median(dissolve_times),
        "ratio": ratio,
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
        "goal": GOAL,
        "meets_goal": ratio <= GOAL,
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def main(argv: list[str] | None = None) -> int:
    """Run ``medad bench dia``; returns the exit status (0)."""
    parser = argparse.ArgumentParser(prog="medad bench dia", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="quick", choices=["smoke", "quick", "paper"])
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--image-size", type=int, default=None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--clock", default="wall", choices=["wall", "process"])
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (1: steadier timings)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    args = parser.parse_args(argv or [])
    if args.threads:
        torch.set_num_threads(args.threads)
    result = compare(args.profile, args.batch_size, args.image_size, args.repeats, args.device, args.clock)
    if args.json:
        print(json.dumps(result, sort_keys=True))
        return 0
    print(
        f"DIA vs CSI training step, profile {result['profile']}, batch {result['batch_size']} at "
        f"{result['image_size']} px ({result['views_csi']} vs {result['views_dia']} views, DDPM "
        f"{result['ddpm_params'] / 1e6:.2f} M at {result['dissolve_size']} px), {result['device']}, "
        f"{result['threads']} threads, {result['clock']} clock, load {result['load']}"
    )
    print(
        f"CSI step {result['csi_seconds']:.3f} s, DIA step {result['dia_seconds']:.3f} s "
        f"(dissolving {result['dissolve_seconds']:.3f} s): ratio {result['ratio']:.2f} "
        f"[{result['ratio_min']:.2f}, {result['ratio_max']:.2f}] over {result['repeats']} interleaved rounds; "
        f"goal <= {GOAL}: {'met' if result['meets_goal'] else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
