"""Gastro-/colonoscopy frames in colour (Hyper-Kvasir, Kvasir).

Structure: pink mucosa lit from the scope (radial fall-off), a dark lumen, circular folds around the
lumen, a fine red vessel texture, small specular highlights, the black frame of the endoscope's
round field of view. Normal variation: lumen position and size, fold spacing, mucosa colour,
illumination, highlights. Anomaly classes (mask = the lesion):

* ``polyp``                  a raised, shaded, slightly redder dome with a specular cap
* ``esophagitis-a``          one or two short, thin red erosions radiating from the lumen (LA grade A)
* ``esophagitis-b-d``        several longer, wider, confluent red erosions (LA grades B-D)
* ``barretts``               a salmon-coloured tongue of columnar mucosa extending from the lumen
* ``barretts-short-segment`` the same, shorter (< 3 cm)

These five share most of their appearance (a redder or salmon region of the mucosa), so a model that
learns one finds the others. :func:`render_kinds` (domain ``endoscopy_kinds``, dataset
``endoscopy_kinds``) draws the same normal frames with three lesion classes that differ in *kind*,
for DRA's hard setting where the unseen classes must differ from the seen one:

* ``texture``   a patch of nodular mucosa: fine, high-contrast granules, mean colour unchanged
* ``shape``     a thin, sharp-edged dark ring (an annular lesion's outline), no fill, no texture
* ``intensity`` a smooth, edge-less patch of pallor: brighter and less saturated, no texture
"""

from __future__ import annotations

import numpy as np

from medad_core.data.phantoms._common import blob, fractal_noise, grid, normalise, place_inside, smooth_noise, soft

CLASSES = ("polyp", "barretts", "barretts-short-segment", "esophagitis-a", "esophagitis-b-d")
KINDS = ("texture", "shape", "intensity")


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """One endoscopy frame phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES``, or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.

    Returns:
        The image, float32 (H, W, 3) RGB in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    yy, xx = grid(size)
    ly, lx = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    lr = rng.uniform(0.12, 0.22)
    dy, dx = yy - ly, xx - lx
    r = np.sqrt(dy**2 + dx**2)
    theta = np.arctan2(dy, dx)
    lumen = soft(r / (lr * (1 + 0.15 * np.cos(3 * theta + rng.uniform(0, 6)))), 0.25)
    fold_k = rng.uniform(14, 22)
    folds = 0.5 + 0.5 * np.sin(fold_k * r + 1.5 * smooth_noise(rng, size, 0.1))
    light = np.clip(1.0 - 0.45 * np.sqrt(yy**2 + xx**2) ** 1.5, 0.3, 1) * (0.35 + 0.65 * np.clip(r / 0.6, 0, 1))
    base = np.array([0.86, 0.48, 0.42], np.float32) * rng.uniform(0.96, 1.04, 3).astype(np.float32)
    tex = fractal_noise(rng, size, (0.05, 0.015), (1, 0.5))
    vessel_n = smooth_noise(rng, size, 0.015)
    vessels = np.exp(-((vessel_n / 0.15) ** 2)) * 0.5
    shade = light * (0.85 + 0.12 * folds + 0.03 * tex)
    img = base[None, None, :] * shade[..., None]
    img = img * (1 - 0.25 * vessels[..., None] * np.array([0.2, 1.0, 0.9], np.float32))
    img = img * (1 - 0.9 * lumen[..., None])
    mask = np.zeros((size, size), bool)
    mucosa = (lumen < 0.3) & (np.sqrt(yy**2 + xx**2) < 0.9)
    if anomaly == "polyp":
        cy, cx = place_inside(rng, mucosa & (r > lr * 1.6), margin=0.1)
        rad = rng.uniform(0.13, 0.24) * (0.6 + 0.8 * severity)
        w, f = blob(rng, yy, xx, cy, cx, rad, irregularity=0.2, edge=0.12)
        ang = rng.uniform(0, 2 * np.pi)
        grad = ((yy - cy) * np.sin(ang) + (xx - cx) * np.cos(ang)) / rad
        shading = np.clip(1.0 + 0.35 * severity * grad * w - 0.25 * severity * np.clip(f - 0.7, 0, 1) * 3, 0.4, 1.5)
        redder = np.array([1.0, 1 - 0.35 * severity, 1 - 0.3 * severity], np.float32)
        img = img * (1 - w[..., None]) + (img * redder * shading[..., None]) * w[..., None]
        spec = np.exp(
            -(((yy - cy + 0.3 * rad * np.sin(ang)) ** 2 + (xx - cx + 0.3 * rad * np.cos(ang)) ** 2) / (0.15 * rad) ** 2)
        )
        img = img + severity * 0.6 * spec[..., None]
        mask = w > 0.5
    elif anomaly in ("esophagitis-a", "esophagitis-b-d"):
        severe = anomaly == "esophagitis-b-d"
        n = rng.integers(3, 6) if severe else rng.integers(1, 3)
        streaks = np.zeros_like(r)
        for _ in range(n):
            a0 = rng.uniform(-np.pi, np.pi)
            length = (rng.uniform(0.3, 0.6) if severe else rng.uniform(0.2, 0.35)) * (0.6 + 0.8 * severity)
            width = rng.uniform(0.1, 0.18) if severe else rng.uniform(0.07, 0.12)
            ang = np.angle(np.exp(1j * (theta - a0)))
            along = (r - lr) / length
            s = soft(np.abs(ang) / (width / np.maximum(r, 0.05)), 0.3) * soft(np.abs(along - 0.5) / 0.5, 0.2)
            streaks = np.maximum(streaks, s)
        red = np.array([1.15, 0.35, 0.35], np.float32)
        mix = severity * streaks[..., None]
        img = img * (1 - mix) + img * red * mix
        mask = (streaks > 0.5) & mucosa
    elif anomaly in ("barretts", "barretts-short-segment"):
        a0 = rng.uniform(-np.pi, np.pi)
        length = (rng.uniform(0.35, 0.6) if anomaly == "barretts" else rng.uniform(0.18, 0.28)) * (0.6 + 0.8 * severity)
        width = rng.uniform(0.5, 0.9)
        ang = np.angle(np.exp(1j * (theta - a0)))
        edge = 1 + 0.15 * smooth_noise(rng, size, 0.03)
        tongue = soft(np.abs(ang) / width * edge, 0.2) * soft((r - lr) / length * edge, 0.15) * (r > lr * 0.9)
        salmon = np.array([1.15, 0.8, 0.5], np.float32)
        velvet = 1 + 0.08 * smooth_noise(rng, size, 0.01)[..., None]
        mix = severity * tongue[..., None]
        img = img * (1 - mix) + img * salmon * velvet * mix
        mask = (tongue > 0.5) & mucosa
    elif anomaly is not None:
        raise ValueError(f"unknown endoscopy anomaly {anomaly!r}")
    highlights = (smooth_noise(rng, size, 0.02) > 2.6) & (lumen < 0.2)
    img = np.where(highlights[..., None], 0.97, img)
    fov = soft(np.sqrt(yy**2 + xx**2) / 0.97, 0.02)
    img = img * fov[..., None] + rng.normal(0, 0.01, img.shape) * fov[..., None]
    return normalise(img), mask & (fov > 0.5)


def render_kinds(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """An endoscopy frame (the :func:`render` normal frame) with a lesion of one of ``KINDS``.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``KINDS``, or None for a normal image.
        severity: 0-1, how large and conspicuous the lesion is.

    Returns:
        The image, float32 (H, W, 3) RGB in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    img, _ = render(rng, size, None, severity)
    if anomaly is None:
        return img, np.zeros((size, size), bool)
    yy, xx = grid(size)
    # lit mucosa inside the field of view, away from the dark lumen and the black border
    mucosa = (img.mean(-1) > 0.3) & (np.sqrt(yy**2 + xx**2) < 0.75)
    cy, cx = place_inside(rng, mucosa, margin=0.15)
    rad = rng.uniform(0.16, 0.24) * (0.7 + 0.6 * severity)
    w, f = blob(rng, yy, xx, cy, cx, rad, irregularity=0.15, edge=0.1)
    if anomaly == "texture":
        # granules at about 3 px, zero-mean, so the patch keeps the mucosa's mean colour
        granules = np.tanh(1.5 * smooth_noise(rng, size, 0.6 / size * 2))
        img = img * (1 + 0.45 * severity * (granules * w)[..., None])
        mask = w > 0.5
    elif anomaly == "shape":
        ring = np.exp(-(((f - 1.0) / 0.14) ** 2))
        img = img * (1 - 0.75 * severity * ring[..., None])
        mask = ring > 0.5
    elif anomaly == "intensity":
        smooth = soft(f, 0.45)
        grey = img.mean(-1, keepdims=True)
        pale = 0.5 * img + 0.5 * grey + 0.25 * severity
        mix = np.clip(1.2 * severity * smooth, 0, 1)[..., None]
        img = img * (1 - mix) + pale * mix
        mask = smooth > 0.2  # the pallor fades out: the mask takes in most of it
    else:
        raise ValueError(f"unknown endoscopy_kinds anomaly {anomaly!r}; expected one of {', '.join(KINDS)}")
    return normalise(img), mask & mucosa
