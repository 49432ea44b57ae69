"""``medad bench metrics``: throughput of pixel AUROC and PRO on a synthetic test set.

Default size: 200 anomaly maps of 256×256 (13.1 M pixels), half of the images with one or two
rectangular anomalies and maps that score them slightly higher than the background.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from medad_core import metrics


def synthetic_maps(n_images: int, size: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Masks and anomaly maps to time the pixel metrics on.

    Args:
        n_images: number of maps; every second one holds one or two rectangular anomalies.
        size: height and width of each map.
        seed: the generator's seed.

    Returns:
        Boolean masks and float32 maps, both (n_images, size, size); anomalous pixels score 0.25 higher.
    """
    rng = np.random.default_rng(seed)
    masks = np.zeros((n_images, size, size), dtype=bool)
    for i in range(0, n_images, 2):
        for _ in range(1 + i % 3 // 2):
            h, w = rng.integers(size // 16, size // 4, 2)
            y, x = rng.integers(0, size - h), rng.integers(0, size - w)
            masks[i, y : y + h, x : x + w] = True
    maps = rng.random((n_images, size, size), dtype=np.float32)
    maps[masks] += np.float32(0.25)
    return masks, maps


def main(argv: list[str] | None = None) -> int:
    """Run ``medad bench metrics`` with command-line arguments ``argv``; returns the exit status."""
    parser = argparse.ArgumentParser(prog="medad bench metrics", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n-images", type=int, default=200)
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=3, help="timed repetitions; the best is reported")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--legacy",
        action="store_true",
        help="also time the anomalib<=2.2 PRO (one pass per region; slow on large sets)",
    )
    args = parser.parse_args(argv or [])

    masks, maps = synthetic_maps(args.n_images, args.size, args.seed)
    n_pixels = maps.size
    print(
        f"{args.n_images} maps of {args.size}x{args.size} = {n_pixels / 1e6:.1f} M pixels, "
        f"{int(masks.sum())} anomalous, best of {args.repeats}"
    )
    cases = [
        ("pixel_auroc", lambda: metrics.pixel_auroc(masks, maps)),
        ("pro (mvtec, fpr<=0.3)", lambda: metrics.pro_auc(masks, maps)),
        ("pro (bmad_cflow, 200 thr)", lambda: metrics.pro_auc(masks, maps, variant="bmad_cflow")),
        ("dice (best threshold)", lambda: metrics.dice(masks, maps)),
    ]
    if args.legacy:
        cases.append(("pro (anomalib_legacy)", lambda: metrics.pro_auc(masks, maps, variant="anomalib_legacy")))
    for name, fn in cases:
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            value = fn()
            times.append(time.perf_counter() - start)
        best = min(times)
        print(
            f"{name:28s} value {value:.4f}  {best:6.2f} s  {n_pixels / best / 1e6:7.1f} M px/s  "
            f"{args.n_images / best:7.1f} maps/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
