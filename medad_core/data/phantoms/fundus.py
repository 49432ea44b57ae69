"""Colour fundus photographs (LAG, APTOS).

Structure: a circular field of view on black, orange-red retina with choroidal texture and edge
vignetting, the darker macula with its fovea, the yellow optic disc with a paler central cup, and
the vascular arcades leaving the disc (tapering dark-red polylines). Normal variation: left/right
eye, disc position and size, cup-to-disc ratio 0.25-0.45, pigmentation, vessel paths, exposure.
Anomaly classes (mask = the lesion):

* ``glaucoma``     an enlarged, excavated cup (cup-to-disc ratio 0.6-0.85) with a thinned rim;
                   the mask is the cup (LAG gives attention maps, not masks)
* ``haemorrhages`` dark-red dot and blot haemorrhages and micro-aneurysms (diabetic retinopathy)
* ``exudates``     yellow hard exudates clustered around the macula (diabetic retinopathy)
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from medad_core.data.phantoms._common import ellipse_field, fractal_noise, grid, normalise, place_inside, soft

CLASSES = ("glaucoma", "haemorrhages", "exudates")


def _vessel_tree(rng, size, dy, dx, side):
    canvas = np.zeros((size, size), np.float32)
    for base_ang, curl in ((-0.6, 1), (0.6, -1), (-1.6, 0), (1.6, 0), (-2.6, 0), (2.6, 0)):
        y, x = dy, dx
        ang = base_ang + rng.normal(0, 0.12)
        width = rng.uniform(1.4, 2.0)
        heading = np.array([np.sin(ang), side * np.cos(ang)])
        for step in range(45):
            turn = (0.09 * curl * side if abs(base_ang) < 1 else 0.0) + rng.normal(0, 0.06)
            c, s = np.cos(turn), np.sin(turn)
            heading = np.array([c * heading[0] + s * heading[1], -s * heading[0] + c * heading[1]])
            y, x = y + 0.03 * heading[0], x + 0.03 * heading[1]
            iy, ix = int((y + 1) / 2 * size), int((x + 1) / 2 * size)
            if not (0 <= iy < size and 0 <= ix < size):
                break
            canvas[max(iy - 1, 0) : iy + 1, max(ix - 1, 0) : ix + 1] = np.maximum(
                canvas[max(iy - 1, 0) : iy + 1, max(ix - 1, 0) : ix + 1], width * (1 - step / 60)
            )
    return np.clip(ndimage.gaussian_filter(canvas, max(size / 200, 0.5)) * 1.5, 0, 1)


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """One fundus photograph phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES``, or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.

    Returns:
        The image, float32 (H, W, 3) RGB in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    yy, xx = grid(size)
    side = rng.choice([-1, 1])  # which eye: disc left or right of the macula
    fov_r = rng.uniform(0.9, 0.96)
    rr = np.sqrt(yy**2 + xx**2)
    fov = soft(rr / fov_r, 0.01)
    base = np.array([0.78, 0.36, 0.16], np.float32) * rng.uniform(0.94, 1.06, 3).astype(np.float32)
    vignette = np.clip(1 - 0.55 * (rr / fov_r) ** 3, 0.2, 1)
    choroid = 1 + 0.05 * fractal_noise(rng, size, (0.04, 0.01), (1, 0.5))
    img = base[None, None, :] * (vignette * choroid)[..., None]
    dy, dx = rng.normal(0, 0.04), side * rng.uniform(0.38, 0.48)
    my, mx = dy + rng.normal(0.04, 0.02), dx - side * rng.uniform(0.5, 0.6)
    macula = np.exp(-((yy - my) ** 2 + (xx - mx) ** 2) / 0.04)
    img = img * (1 - 0.35 * macula[..., None])
    vessels = _vessel_tree(rng, size, dy, dx, side)
    img = img * (1 - 0.55 * vessels[..., None] * np.array([0.35, 1.0, 1.0], np.float32))
    disc_r = rng.uniform(0.11, 0.14)
    disc = soft(ellipse_field(yy, xx, dy, dx, disc_r * 1.08, disc_r), 0.08)
    cdr = rng.uniform(0.25, 0.45)
    mask = np.zeros((size, size), bool)
    if anomaly == "glaucoma":
        cdr = 0.55 + 0.3 * severity * rng.uniform(0.8, 1.0) + 0.05
    cup = soft(ellipse_field(yy, xx, dy, dx + side * 0.01, disc_r * cdr * 1.15, disc_r * cdr), 0.12)
    disc_col = np.array([0.95, 0.72, 0.42], np.float32)
    cup_col = np.array([1.0, 0.92, 0.75], np.float32)
    img = img * (1 - disc[..., None]) + disc_col * disc[..., None]
    img = img * (1 - cup[..., None]) + cup_col * cup[..., None]
    img = img * (1 - 0.5 * vessels[..., None] * disc[..., None] * 0.6)
    if anomaly == "glaucoma":
        mask = cup > 0.5
    elif anomaly == "haemorrhages":
        region = (rr < fov_r * 0.8) & (disc < 0.1)
        canvas = np.zeros((size, size), np.float32)
        n = int(rng.integers(6, 16) * (0.5 + severity))
        for _ in range(n):
            cy, cx = place_inside(rng, region)
            iy, ix = int((cy + 1) / 2 * size), int((cx + 1) / 2 * size)
            canvas[iy, ix] = rng.uniform(0.6, 1.0)
        sig = rng.uniform(0.6, 1.6) * size / 128
        blots = np.clip(ndimage.gaussian_filter(canvas, sig) * 2 * np.pi * sig**2 * 1.8, 0, 1)
        dark = np.array([0.45, 0.08, 0.05], np.float32)
        img = img * (1 - severity * blots[..., None]) + dark * severity * blots[..., None]
        mask = blots > 0.3
    elif anomaly == "exudates":
        canvas = np.zeros((size, size), np.float32)
        n = int(rng.integers(8, 20) * (0.5 + severity))
        for _ in range(n):
            a, d = rng.uniform(0, 2 * np.pi), rng.uniform(0.08, 0.3)
            iy = int((my + d * np.sin(a) + 1) / 2 * size)
            ix = int((mx + d * np.cos(a) + 1) / 2 * size)
            if 0 <= iy < size and 0 <= ix < size:
                canvas[iy, ix] = rng.uniform(0.6, 1.0)
        sig = rng.uniform(0.6, 1.3) * size / 128
        spots = np.clip(ndimage.gaussian_filter(canvas, sig) * 2 * np.pi * sig**2 * 1.8, 0, 1)
        yellow = np.array([0.98, 0.88, 0.4], np.float32)
        img = img * (1 - severity * spots[..., None]) + yellow * severity * spots[..., None]
        mask = spots > 0.3
    elif anomaly is not None:
        raise ValueError(f"unknown fundus anomaly {anomaly!r}")
    img = img * rng.uniform(0.95, 1.05) + rng.normal(0, 0.01, img.shape)
    img = img * fov[..., None]
    return normalise(img), mask & (fov > 0.5)
