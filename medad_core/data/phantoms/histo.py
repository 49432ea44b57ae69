"""H&E histopathology patches of lymph node tissue (Camelyon16-style), in colour.

Colour follows Beer-Lambert stain mixing: optical density OD = c_H·h + c_E·e with the usual
haematoxylin (blue-purple) and eosin (pink) stain vectors, image = exp(−OD). Structure: eosin-stained
stroma with fibre texture, a few empty spaces (fat / sinus), and densely packed small round dark
lymphocyte nuclei. Normal variation: stain strength and balance, nucleus density, stroma texture.
Anomaly classes (mask = the abnormal tissue):

* ``metastasis``            a nest of crowded, enlarged, pleomorphic, vesicular tumour nuclei with
                            nucleoli and more cytoplasm (pinker), displacing lymphocytes
* ``isolated_tumour_cells`` a few scattered large atypical nuclei (subtle)
* ``necrosis``              a pale eosinophilic area with fragmented nuclear debris
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from medad_core.data.phantoms._common import blob, fractal_noise, grid, normalise, place_inside, smooth_noise

CLASSES = ("metastasis", "isolated_tumour_cells", "necrosis")

_H = np.array([0.65, 0.70, 0.29], np.float32)
_E = np.array([0.07, 0.99, 0.11], np.float32)


def _nuclei(rng, size, density, radius, region=None):
    """Impulses at Poisson positions blurred into round nuclei; returns a field in [0, 1]."""
    n = rng.poisson(density * size * size)
    canvas = np.zeros((size, size), np.float32)
    ys, xs = rng.integers(0, size, n), rng.integers(0, size, n)
    if region is not None:
        keep = region[ys, xs]
        ys, xs = ys[keep], xs[keep]
    canvas[ys, xs] = rng.uniform(0.7, 1.3, len(ys))
    field = ndimage.gaussian_filter(canvas, radius) * (2 * np.pi * radius**2)
    return np.clip(field * 1.6, 0, 1.2), (ys, xs)


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """One histopathology patch phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES``, or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.

    Returns:
        The image, float32 (H, W, 3) RGB in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    yy, xx = grid(size)
    scale = size / 128.0
    fib = ndimage.gaussian_filter(rng.standard_normal((size, size)).astype(np.float32), (0.6 * scale, 3.0 * scale))
    ang = rng.uniform(0, 180)
    fib = ndimage.rotate(fib, ang, reshape=False, mode="wrap")
    fib = fib / (fib.std() + 1e-6)
    eosin = 0.45 + 0.08 * fractal_noise(rng, size, (0.08, 0.02), (1, 0.5)) + 0.06 * fib
    holes = smooth_noise(rng, size, 0.07) > rng.uniform(1.3, 2.0)
    haem = np.zeros((size, size), np.float32)
    density = rng.uniform(0.014, 0.022) / scale**2
    lymph, _ = _nuclei(rng, size, density, 1.3 * scale)
    mask = np.zeros((size, size), bool)
    if anomaly == "metastasis":
        cy, cx = place_inside(rng, ~holes, margin=0.2)
        w, _ = blob(rng, yy, xx, cy, cx, rng.uniform(0.4, 0.65) * (0.6 + 0.8 * severity), irregularity=0.4, edge=0.1)
        lymph = lymph * (1 - w * min(1.0, 0.5 + severity))
        big, centres = _nuclei(rng, size, 0.010 / scale**2, 2.4 * scale, region=w > 0.5)
        small = np.zeros_like(big)
        small[centres] = 1.0
        small = np.clip(ndimage.gaussian_filter(small, 1.2 * scale) * (2 * np.pi * (1.2 * scale) ** 2), 0, 1)
        pleo = np.clip(1 + 0.5 * smooth_noise(rng, size, 0.02), 0.3, 1.6)
        vesicular = np.clip(big * pleo - 0.5 * small, 0, 1)  # rim-heavy chromatin, nucleoli below
        nucleoli = np.zeros_like(big)
        nucleoli[centres] = 1.0
        nucleoli = np.clip(ndimage.gaussian_filter(nucleoli, 0.5 * scale) * 6, 0, 1)
        haem = haem + severity * (0.9 * vesicular + 0.4 * nucleoli)
        eosin = eosin + severity * 0.25 * w
        mask = w > 0.5
    elif anomaly == "isolated_tumour_cells":
        n = rng.integers(4, 10)
        region = np.zeros((size, size), bool)
        for _ in range(n):
            cy, cx = place_inside(rng, ~holes, margin=0.1)
            r = rng.uniform(0.04, 0.06)
            cell = np.exp(-((((yy - cy) ** 2 + (xx - cx) ** 2) / r**2) ** 1.5))
            haem = haem + severity * 0.9 * np.clip(
                cell * 1.5 - 0.4 * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (0.4 * r) ** 2), 0, 1
            )
            region |= ((yy - cy) ** 2 + (xx - cx) ** 2) < (1.2 * r) ** 2
        lymph = lymph * (1 - region)
        mask = region
    elif anomaly == "necrosis":
        cy, cx = place_inside(rng, ~holes, margin=0.2)
        w, _ = blob(rng, yy, xx, cy, cx, rng.uniform(0.35, 0.55) * (0.6 + 0.8 * severity), irregularity=0.5, edge=0.15)
        lymph = lymph * (1 - severity * w)
        debris, _ = _nuclei(rng, size, 0.02 / scale**2, 0.5 * scale, region=w > 0.5)
        haem = haem + severity * 0.6 * debris
        eosin = eosin * (1 - 0.45 * severity * w) + 0.2 * severity * w
        mask = w > 0.5
    elif anomaly is not None:
        raise ValueError(f"unknown histopathology anomaly {anomaly!r}")
    haem = (haem + 1.1 * lymph) * (1 - holes)  # fat / sinus spaces hold no nuclei
    h_strength, e_strength = rng.uniform(0.9, 1.1), rng.uniform(0.9, 1.1)
    h = haem * h_strength * 1.3
    e = eosin * e_strength * (1 - 0.9 * holes)
    od = h[..., None] * _H + e[..., None] * _E
    img = np.exp(-od * 1.1)
    img = img + rng.normal(0, 0.01, img.shape)
    return normalise(img), mask
