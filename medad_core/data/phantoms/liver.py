"""Axial liver CT slices as BMAD ships them.

The liver is masked out of the abdomen on a black background, portal-venous contrast,
histogram-equalised look.

Structure: a lobulated liver outline (large right lobe, tapering left lobe), parenchymal texture,
contrast-enhanced branching portal/hepatic vessels (brighter tubes from the hilum), the IVC notch.
Normal variation: shape, size, position, vessel pattern, window (contrast), noise. Anomaly classes
(mask = the lesion):

* ``hypodense_lesion``  ill-defined darker mass (metastasis / HCC washout), sometimes with a rim
* ``hyperdense_lesion`` brighter enhancing lesion (arterial-phase HCC, haemangioma)
* ``cyst``              sharply marginated round, homogeneous, very dark lesion
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from medad_core.data.phantoms._common import (
    blob,
    ellipse_field,
    fractal_noise,
    grid,
    irregular_radius,
    normalise,
    place_inside,
    rotate_coords,
    smooth_noise,
    soft,
)

CLASSES = ("hypodense_lesion", "hyperdense_lesion", "cyst")


def _vessels(rng, size, hy, hx, region):
    """Branching tubes from the hilum: random-walk polylines rasterised and blurred."""
    canvas = np.zeros((size, size), np.float32)
    n_trunks = rng.integers(3, 6)
    for _ in range(n_trunks):
        y, x = hy, hx
        ang = rng.uniform(-np.pi, np.pi)
        width = rng.uniform(1.0, 1.6)
        for step in range(28):
            ang += rng.normal(0, 0.25)
            y, x = y + 0.035 * np.sin(ang), x + 0.035 * np.cos(ang)
            iy, ix = int((y + 1) / 2 * size), int((x + 1) / 2 * size)
            if not (0 <= iy < size and 0 <= ix < size):
                break
            canvas[iy, ix] = max(canvas[iy, ix], width * (1 - step / 40))
            if step in (8, 16) and rng.random() < 0.7:  # a side branch
                by, bx, bang = y, x, ang + rng.choice([-1, 1]) * rng.uniform(0.5, 1.0)
                for _ in range(10):
                    bang += rng.normal(0, 0.3)
                    by, bx = by + 0.03 * np.sin(bang), bx + 0.03 * np.cos(bang)
                    jy, jx = int((by + 1) / 2 * size), int((bx + 1) / 2 * size)
                    if 0 <= jy < size and 0 <= jx < size:
                        canvas[jy, jx] = max(canvas[jy, jx], 0.7 * width)
    sig = max(size / 128 * 0.9, 0.5)
    tubes = ndimage.grey_dilation(canvas, size=(max(int(size / 64), 1),) * 2)
    tubes = ndimage.gaussian_filter(tubes, sig)
    return np.clip(tubes / (tubes.max() + 1e-6), 0, 1) * region


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """One liver CT slice phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES``, or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.

    Returns:
        The image, float32 (H, W) in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    yy, xx = grid(size)
    cy, cx = rng.normal(0.0, 0.04), rng.normal(-0.05, 0.04)
    angle = rng.normal(0.15, 0.1)
    u, v = rotate_coords(yy, xx, cy, cx, angle)
    # right lobe: big and rounded; left lobe: a flatter ellipse reaching across the midline (image right),
    # joined to the right lobe by a smooth minimum so the outline has no corner
    right = ellipse_field(u, v, 0.05, -0.2, rng.uniform(0.55, 0.68), rng.uniform(0.5, 0.6))
    left = ellipse_field(u, v, -0.2, 0.3, rng.uniform(0.22, 0.3), rng.uniform(0.45, 0.55), rng.uniform(-0.3, 0.0))
    k_smooth = 0.15
    field = -k_smooth * np.log(np.exp(-right / k_smooth) + np.exp(-left / k_smooth))
    theta = np.arctan2(u, v)
    field = field / irregular_radius(rng, theta, 0.06, 4)
    liver = soft(field, 0.02)
    ivc = soft(ellipse_field(u, v, 0.6, 0.0, 0.12, 0.1), 0.1)  # posterior notch of the IVC
    liver = liver * (1 - ivc)
    region = liver > 0.5
    base = rng.uniform(0.5, 0.6)
    tex = fractal_noise(rng, size, (0.05, 0.015), (1.0, 0.6))
    vessels = _vessels(rng, size, 0.25 + cy, -0.05 + cx, liver)
    img = (base + 0.035 * tex + 0.2 * vessels) * liver
    mask = np.zeros((size, size), bool)
    k = 0.6 + 0.8 * severity  # lesion size grows with severity
    if anomaly is not None:
        inner = ndimage.binary_erosion(region, iterations=max(int(size * 0.05), 1))
        ly, lx = place_inside(rng, inner if inner.any() else region)
        if anomaly == "hypodense_lesion":
            w, f = blob(rng, yy, xx, ly, lx, rng.uniform(0.1, 0.17) * k, irregularity=0.45, edge=0.2)
            rim = np.clip(w * (1 - w) * 4, 0, 1) * (rng.random() < 0.5)
            img = img - severity * (0.36 * w - 0.12 * rim) * liver
        elif anomaly == "hyperdense_lesion":
            w, f = blob(rng, yy, xx, ly, lx, rng.uniform(0.09, 0.15) * k, irregularity=0.3, edge=0.15)
            mottled = np.clip(0.8 + 0.3 * smooth_noise(rng, size, 0.02), 0.4, 1.2)
            img = img + severity * 0.34 * w * mottled * liver
        elif anomaly == "cyst":
            r = rng.uniform(0.07, 0.13) * k
            w = soft(ellipse_field(yy, xx, ly, lx, r, r * rng.uniform(0.85, 1.15), rng.uniform(0, np.pi)), 0.04)
            img = img * (1 - severity * 0.75 * w) + severity * 0.75 * w * 0.12 * liver
        else:
            raise ValueError(f"unknown liver anomaly {anomaly!r}")
        mask = (w > 0.5) & region
    gain = rng.uniform(0.95, 1.05)
    img = img * gain + rng.normal(0, 0.015, img.shape) * liver
    return normalise(img), mask
