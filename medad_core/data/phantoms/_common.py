"""Shared drawing pieces of the procedural phantoms (numpy / scipy only, vectorised over pixels)."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

__all__ = [
    "grid",
    "smooth_noise",
    "ellipse_field",
    "soft",
    "blob",
    "irregular_radius",
    "warp",
    "normalise",
    "fractal_noise",
    "place_inside",
    "rotate_coords",
]


def grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates (yy, xx) in [-1, 1]."""
    c = (np.arange(size, dtype=np.float32) + 0.5) / size * 2.0 - 1.0
    return np.meshgrid(c, c, indexing="ij")


def smooth_noise(rng: np.random.Generator, size: int, sigma: float) -> np.ndarray:
    """Gaussian-filtered white noise with unit standard deviation; sigma in fractions of the image."""
    n = rng.standard_normal((size, size)).astype(np.float32)
    s = max(sigma * size, 0.3)
    n = ndimage.gaussian_filter(n, s, mode="wrap")
    return n / (n.std() + 1e-8)


def fractal_noise(
    rng: np.random.Generator, size: int, sigmas=(0.12, 0.04, 0.015), weights=(1.0, 0.5, 0.25)
) -> np.ndarray:
    """Sum of ``smooth_noise`` octaves (one per sigma, weighted), rescaled to unit standard deviation."""
    out = sum(w * smooth_noise(rng, size, s) for s, w in zip(sigmas, weights, strict=True))
    return out / (out.std() + 1e-8)


def rotate_coords(yy, xx, cy, cx, angle):
    dy, dx = yy - cy, xx - cx
    c, s = np.cos(angle), np.sin(angle)
    return c * dy - s * dx, s * dy + c * dx


def ellipse_field(yy, xx, cy, cx, ry, rx, angle=0.0) -> np.ndarray:
    """Normalised radius: < 1 inside the ellipse."""
    u, v = rotate_coords(yy, xx, cy, cx, angle)
    return np.sqrt((u / ry) ** 2 + (v / rx) ** 2)


def soft(field: np.ndarray, edge: float) -> np.ndarray:
    """1 inside (field < 1), 0 outside, with a smooth edge of relative width ``edge``."""
    return (1.0 / (1.0 + np.exp(np.clip((field - 1.0) / max(edge, 1e-4), -40, 40)))).astype(np.float32)


def irregular_radius(rng: np.random.Generator, theta: np.ndarray, irregularity: float, harmonics: int = 5):
    r = np.ones_like(theta)
    for k in range(2, 2 + harmonics):
        r = r + irregularity / k * rng.standard_normal() * np.cos(k * theta + rng.uniform(0, 2 * np.pi))
    return np.clip(r, 0.35, None)


def blob(
    rng: np.random.Generator, yy, xx, cy, cx, radius, irregularity=0.3, aspect=1.0, angle=None, edge=0.08
) -> tuple[np.ndarray, np.ndarray]:
    """An irregular blob: returns (soft weight in [0, 1], normalised radius field)."""
    angle = rng.uniform(0, np.pi) if angle is None else angle
    u, v = rotate_coords(yy, xx, cy, cx, angle)
    u = u / (radius * aspect)
    v = v / radius
    rho = np.sqrt(u**2 + v**2)
    theta = np.arctan2(u, v)
    field = rho / irregular_radius(rng, theta, irregularity)
    return soft(field, edge), field


def warp(img: np.ndarray, dy: np.ndarray, dx: np.ndarray, order: int = 1) -> np.ndarray:
    """Resample ``img`` (H, W[, C]) at (y + dy, x + dx) in pixels."""
    h, w = img.shape[:2]
    yy, xx = np.meshgrid(np.arange(h, dtype=np.float32), np.arange(w, dtype=np.float32), indexing="ij")
    coords = [yy + dy, xx + dx]
    if img.ndim == 2:
        return ndimage.map_coordinates(img, coords, order=order, mode="nearest").astype(np.float32)
    return np.stack(
        [ndimage.map_coordinates(img[..., c], coords, order=order, mode="nearest") for c in range(img.shape[-1])],
        axis=-1,
    ).astype(np.float32)


def normalise(img: np.ndarray) -> np.ndarray:
    return np.clip(img, 0.0, 1.0).astype(np.float32)


def place_inside(
    rng: np.random.Generator, region: np.ndarray, margin: float = 0.0, tries: int = 50
) -> tuple[float, float]:
    """A random point (cy, cx) in [-1, 1] coordinates inside a boolean region (eroded by ``margin``)."""
    size = region.shape[0]
    if margin > 0:
        eroded = ndimage.binary_erosion(region, iterations=max(int(margin * size / 2), 1))
        if eroded.any():
            region = eroded
    ys, xs = np.nonzero(region)
    if len(ys) == 0:
        return 0.0, 0.0
    i = rng.integers(len(ys))
    return (ys[i] + 0.5) / size * 2 - 1, (xs[i] + 0.5) / size * 2 - 1
