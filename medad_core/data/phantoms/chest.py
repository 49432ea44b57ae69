"""Frontal (PA) chest radiographs.

Structure: soft-tissue body, two radiolucent lungs bounded below by the diaphragm domes, heart and
mediastinum, spine, posterior ribs and clavicles, branching lung markings that fade towards the
periphery. Normal variation: lung size and position, heart size, rib spacing, exposure (gamma),
noise. Anomaly classes (mask = the finding):

* ``opacity``      fluffy consolidation inside a lung (pneumonia / RSNA "Lung Opacity")
* ``nodule``       a small round dense lesion
* ``effusion``     fluid at a lung base with a meniscus (blunted costophrenic angle)
* ``pneumothorax`` a peripheral rim of lung without markings, slightly darker, behind a pleural line
* ``consolidation`` a lobar consolidation: the lower part of one lung fills with fluffy opacity up to
  an irregular upper border (RSNA's large "Lung Opacity" findings). Its extent is set by one lung and
  one height, so a reconstruction network with a small latent code can learn to reproduce it from
  unlabelled images that contain it, which DDAD-ASR's UDM needs (A_inter); the small, randomly placed
  ``opacity`` blob is not reproduced by such a network whether it saw it or not.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from medad_core.data.phantoms._common import (
    blob,
    ellipse_field,
    fractal_noise,
    grid,
    normalise,
    place_inside,
    smooth_noise,
    soft,
)

CLASSES = ("opacity", "nodule", "effusion", "pneumothorax", "consolidation")


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """One chest X-ray phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES``, or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.

    Returns:
        The image, float32 (H, W) in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    yy, xx = grid(size)
    sy, sx = rng.normal(0, 0.03), rng.normal(0, 0.03)
    yy_, xx_ = yy - sy, xx - sx
    body = soft(ellipse_field(yy_, xx_, 0.15, 0.0, 1.15, 0.97), 0.03)
    lung_h = rng.uniform(0.56, 0.66)
    lung_w = rng.uniform(0.27, 0.32)
    dome = 0.55 + rng.normal(0, 0.04)
    lungs = []
    for side in (-1, 1):
        lcx = side * rng.uniform(0.36, 0.42)
        f = ellipse_field(yy_, xx_, -0.05, lcx, lung_h, lung_w * (1.0 if side < 0 else 0.93))
        # diaphragm dome: lower boundary curves up towards the midline
        dome_curve = dome - 0.18 * (1 - ((xx_ - lcx) / (lung_w * 1.3)) ** 2).clip(0, 1)
        lung = soft(f, 0.06) * soft((yy_ - dome_curve) / 0.03 + 1.0, 0.5)
        lungs.append(lung)
    heart_r = rng.uniform(0.24, 0.3)
    heart = soft(ellipse_field(yy_, xx_, 0.3, 0.1, heart_r, heart_r * 1.4, 0.25), 0.08)
    lung = np.clip(lungs[0] + lungs[1], 0, 1) * (1 - heart)
    medi = soft(np.abs(xx_ - 0.01) / 0.13, 0.1) * (yy_ < 0.35)
    spine = soft(np.abs(xx_) / 0.075, 0.1)
    abdomen = soft((yy_ - dome + 0.05) / 0.05 + 1.0, 0.3)
    img = 0.55 * body + 0.12 * abdomen * body
    img = img * (1 - 0.62 * lung)
    img = img + 0.05 * heart * body + 0.1 * medi * body * (1 - lung) + 0.06 * spine * body
    # posterior ribs: arcs rising from the spine and falling laterally; clavicles on top
    gap = rng.uniform(0.12, 0.15)
    ribs = np.zeros_like(yy)
    ax = np.abs(xx_)
    for k in range(9):
        y0 = -0.78 + k * gap
        curve = y0 - 0.28 * ax + 0.55 * ax**2
        ribs = np.maximum(ribs, soft(np.abs(yy_ - curve) / (0.02 + 0.004 * k), 0.3) * (ax > 0.07) * (ax < 0.85))
    clav = -0.72 + 0.25 * (ax - 0.35) ** 2
    ribs = np.maximum(ribs, 1.3 * soft(np.abs(yy_ - clav) / 0.03, 0.3) * (ax < 0.7) * (ax > 0.06))
    img = img + 0.09 * ribs * body * (0.5 + 0.5 * lung)
    # lung markings: vessel-like zero-crossing texture, denser towards the hila
    hilum_d = np.minimum(np.hypot(yy_ + 0.0, xx_ + 0.2), np.hypot(yy_ + 0.0, xx_ - 0.2))
    n = smooth_noise(rng, size, 0.02)
    vessels = np.exp(-((n / 0.25) ** 2)) * np.exp(-hilum_d / 0.45)
    mark = vessels * lung
    mask = np.zeros((size, size), bool)
    k = 0.6 + 0.8 * severity  # lesion size grows with severity
    lung_region = lung > 0.6
    if anomaly == "opacity":
        cy, cx = place_inside(rng, lung_region, margin=0.1)
        w, _ = blob(rng, yy, xx, cy, cx, rng.uniform(0.12, 0.22) * k, irregularity=0.5, edge=0.25)
        fluffy = np.clip(0.6 + 0.5 * fractal_noise(rng, size, (0.03, 0.01), (1, 0.5)), 0, 1)
        wl = w * fluffy * lung
        img = img + severity * 0.42 * wl
        mask = (w * lung) > 0.5
    elif anomaly == "nodule":
        cy, cx = place_inside(rng, lung_region, margin=0.15)
        r = rng.uniform(0.04, 0.07) * k
        w = soft(ellipse_field(yy, xx, cy, cx, r, r * rng.uniform(0.85, 1.15)), 0.15)
        img = img + severity * 0.5 * w
        mask = w > 0.5
    elif anomaly == "effusion":
        side = rng.choice([0, 1])
        lobe = lungs[side] * (1 - heart)
        ys = np.nonzero(lobe.max(axis=1) > 0.5)[0]
        bottom = (ys.max() + 0.5) / size * 2 - 1 if len(ys) else 0.5
        height = rng.uniform(0.15, 0.3) * k
        lcx = xx[0][np.argmax(lobe.sum(axis=0))]
        meniscus = bottom - height - 0.25 * np.abs(xx - lcx) ** 1.5  # rises laterally and medially
        w = soft((meniscus - yy) / 0.03 + 1.0, 0.5) * lobe
        img = img + severity * 0.45 * w
        mask = w > 0.5
    elif anomaly == "pneumothorax":
        side = rng.choice([0, 1])
        lobe = lungs[side] * (1 - heart)

        dist = ndimage.distance_transform_edt(lobe > 0.5) / size * 2
        depth = rng.uniform(0.06, 0.12) * k
        apical = np.clip((0.2 - yy) / 0.6, 0.2, 1.0)
        w = soft(dist / (depth * apical * 1.6 + 1e-3), 0.15) * (lobe > 0.5)
        mark = mark * (1 - w)
        line = soft(np.abs(dist - depth * apical * 1.6) / 0.01, 0.3) * (lobe > 0.5)
        img = img - severity * 0.25 * w * body + severity * 0.12 * line
        mask = w > 0.5
    elif anomaly == "consolidation":
        side = rng.choice([0, 1])
        lobe = lungs[side] * (1 - heart)
        ys = np.nonzero(lobe.max(axis=1) > 0.5)[0]
        top, bottom = (ys.min(), ys.max()) if len(ys) else (0, size - 1)
        # the consolidated share of the lung's height grows with severity; the border undulates
        share = rng.uniform(0.35, 0.55) * (0.6 + 0.8 * severity)
        cut = (bottom - share * (bottom - top) + 0.5) / size * 2 - 1
        border = cut + 0.04 * np.sin(xx * rng.uniform(4, 8) + rng.uniform(0, 2 * np.pi))
        w = soft((border - yy) / 0.04 + 1.0, 0.4) * lobe
        fluffy = np.clip(0.7 + 0.4 * fractal_noise(rng, size, (0.04, 0.015), (1, 0.5)), 0, 1)
        img = img + severity * 0.5 * w * fluffy
        mark = mark * (1 - 0.7 * w)  # the airspaces fill: vessels fade behind the opacity
        mask = w > 0.5
    elif anomaly is not None:
        raise ValueError(f"unknown chest anomaly {anomaly!r}")
    img = img + 0.07 * mark + 0.012 * fractal_noise(rng, size) * body
    gamma = rng.uniform(0.93, 1.07)
    img = np.clip(img, 0, 1) ** gamma
    img = img + rng.normal(0, 0.01, img.shape)
    return normalise(img), mask
