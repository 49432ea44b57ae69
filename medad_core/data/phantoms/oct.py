"""Retinal OCT B-scans (RESC / OCT2017 / Kermany-style).

Structure: the retina as a stack of reflectivity bands that follow a curved, tilted profile with a
foveal pit: dark vitreous, bright nerve-fibre layer, ganglion/plexiform layers, dark nuclear layers,
the bright ellipsoid (IS/OS) line, the very bright RPE band, a textured choroid fading with depth;
multiplicative speckle. Normal variation: curvature, tilt, vertical offset, layer thickness, pit
depth and position, brightness, speckle. Anomaly classes (mask = the lesion):

* ``edema``  subretinal / intraretinal fluid: dark, smoothly bounded pockets lifting the layers (RESC)
* ``drusen`` dome-shaped elevations of the RPE with moderately reflective material underneath
* ``cnv``    choroidal neovascularisation: an irregular hyper-reflective lesion above the RPE with
             elevation and a fluid shadow
* ``dme``    diabetic macular oedema: retinal thickening with several small cystoid dark spaces
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from medad_core.data.phantoms._common import grid, normalise, smooth_noise, soft

CLASSES = ("edema", "drusen", "cnv", "dme")

# (depth offset of the band's top below the inner surface in units of retinal thickness, reflectivity)
_LAYERS = [(0.00, 0.85), (0.10, 0.55), (0.30, 0.30), (0.42, 0.55), (0.52, 0.22), (0.80, 0.75), (0.88, 0.40)]


def _rpe_lift(
    rng: np.random.Generator, x1: np.ndarray, anomaly: str, severity: float
) -> tuple[np.ndarray, float, float]:
    """How far the RPE is lifted at each column (one bump, several drusen); the first bump's centre and width."""
    cxs = rng.uniform(-0.6, 0.6)
    k = 0.6 + 0.8 * severity
    width = (rng.uniform(0.1, 0.22) if anomaly != "drusen" else rng.uniform(0.06, 0.12)) * k
    height = (0.05 + 0.12 * severity) * (1.0 if anomaly != "drusen" else 0.7)
    n_bumps = rng.integers(2, 4) if anomaly == "drusen" else 1
    lift = np.zeros(len(x1), np.float32)
    for i in range(n_bumps):
        c = cxs + i * width * 1.6
        lift = np.maximum(lift, height * np.clip(1 - ((x1 - c) / width) ** 2, 0, 1) ** 0.7)
    return lift, cxs, width


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """One retinal OCT B-scan phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES``, or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.

    Returns:
        The image, float32 (H, W) in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    yy, xx = grid(size)
    x1 = xx[0]
    offset = rng.uniform(-0.35, -0.1)
    curv = rng.uniform(0.05, 0.3)
    tilt = rng.normal(0, 0.08)
    thick = rng.uniform(0.45, 0.58)
    pit_x, pit_d, pit_w = rng.normal(0, 0.12), rng.uniform(0.08, 0.16), rng.uniform(0.12, 0.2)
    inner = (
        offset
        + curv * x1**2
        + tilt * x1
        + pit_d * np.exp(-(((x1 - pit_x) / pit_w) ** 2))
        + 0.01 * smooth_noise(rng, size, 0.1)[0]
    )
    rpe = offset + curv * x1**2 + tilt * x1 + thick  # outer boundary (RPE) does not dip at the pit
    thickness = rpe - inner
    lift, cxs, width = np.zeros(size, np.float32), 0.0, 0.0
    mask = np.zeros((size, size), bool)
    extra = np.zeros((size, size), np.float32)
    fluid = np.zeros((size, size), np.float32)
    if anomaly in ("drusen", "cnv", "edema"):
        lift, cxs, width = _rpe_lift(rng, x1, anomaly, severity)
    depth = (yy - inner[None, :]) / np.maximum(thickness[None, :], 1e-3)  # 0 at inner surface, 1 at RPE
    rpe_line = rpe[None, :] - lift[None, :]
    if anomaly == "edema":
        # fluid between the lifted retina and the RPE (subretinal) plus intraretinal pockets
        top = rpe_line
        fluid = ((yy > top) & (yy < rpe[None, :])).astype(np.float32)
        depth = (yy - (inner[None, :] - lift[None, :])) / np.maximum(thickness[None, :], 1e-3)
    elif anomaly == "drusen":
        extra = ((yy > rpe_line + 0.02) & (yy < rpe[None, :] + 0.02)).astype(np.float32) * 0.5
        depth = np.where(
            yy > rpe_line - 0.6 * thickness[None, :],
            (yy - inner[None, :] + lift[None, :] * np.clip((yy - inner[None, :]) / thickness[None, :], 0, 1))
            / thickness[None, :],
            depth,
        )
    # reflectivity bands
    refl = np.zeros_like(yy)
    for top, val in _LAYERS:
        refl = np.where(depth >= top, val, refl)
    rpe_band = soft(np.abs(yy - rpe_line) / 0.025, 0.3)
    refl = np.where(depth < 0, 0.04, refl)
    below = yy > rpe_line
    choroid = (0.45 * np.exp(-(yy - rpe_line) / 0.25) * (0.7 + 0.3 * smooth_noise(rng, size, 0.03))) * below
    refl = np.where(below, choroid, refl) + 0.5 * rpe_band
    refl = ndimage.gaussian_filter(refl, max(size / 256, 0.5))
    if anomaly == "edema":
        pockets = np.zeros_like(yy)
        for _ in range(rng.integers(1, 3)):
            py = rng.uniform(0.3, 0.6)
            px = cxs + rng.normal(0, 0.06)
            pr = rng.uniform(0.03, 0.06)
            dd = ((depth - py) / (pr / thick)) ** 2 + ((xx - px) / (pr * 2)) ** 2
            pockets = np.maximum(pockets, soft(np.sqrt(dd), 0.15))
        fluid = np.maximum(fluid, pockets)
        refl = refl * (1 - severity * 0.85 * fluid)
        mask = fluid > 0.5
    elif anomaly == "drusen":
        refl = refl + severity * extra * 0.4
        mask = (extra > 0) | ((lift[None, :] > 0.01) & (np.abs(yy - rpe_line) < 0.03))
    elif anomaly == "cnv":
        cy_ = rpe_line - 0.03
        lesion = soft(
            np.sqrt(((yy - cy_) / (lift[None, :].max() * 0.8 + 0.02)) ** 2 + ((xx - cxs) / (width * 0.8)) ** 2)
            * np.clip(1 + 0.25 * smooth_noise(rng, size, 0.03), 0.75, 1.25),
            0.15,
        )
        refl = refl + severity * 0.45 * lesion
        shadow = ((yy > cy_) & (np.abs(xx - cxs) < width * 0.6)).astype(np.float32)
        refl = refl * (1 - 0.3 * severity * shadow * np.exp(-(yy - cy_) / 0.2))
        mask = lesion > 0.5
    elif anomaly == "dme":
        cysts = np.zeros_like(yy)
        cx0 = pit_x + rng.normal(0, 0.1)
        for _ in range(rng.integers(5, 9)):
            py = rng.uniform(0.25, 0.7)
            px = cx0 + rng.normal(0, 0.15)
            pr = rng.uniform(0.028, 0.05) * (0.6 + 0.8 * severity)
            dd = ((depth - py) / (pr / thick * 1.2)) ** 2 + ((xx - px) / (pr * 1.4)) ** 2
            cysts = np.maximum(cysts, soft(np.sqrt(dd), 0.15))
        cysts = cysts * (depth > 0.05) * (depth < 0.95)
        refl = refl * (1 - severity * 0.8 * cysts)
        mask = cysts > 0.5
    elif anomaly is not None:
        raise ValueError(f"unknown OCT anomaly {anomaly!r}")
    speckle = rng.gamma(4.0, 1 / 4.0, size=(size, size)).astype(np.float32)
    img = refl * (0.75 + 0.25 * speckle) * rng.uniform(0.93, 1.07) + 0.03 * rng.random((size, size))
    return normalise(img), mask
