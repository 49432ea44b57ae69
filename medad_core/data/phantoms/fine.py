"""Fine-grained lesion phantoms: small, low-contrast lesions on the normal anatomy of a base domain.

DIA's point (Sec. 1) is that contrastive methods such as CSI find coarse differences (car vs plane)
but miss small, inconspicuous lesions. These phantoms stand in for DIA's six datasets: the image is a
*normal* image of the base domain (chest X-ray, liver CT for the breast ultrasound, endoscopy,
retinal OCT, fundus) and the anomaly is one small lesion with fine internal texture whose contrast
is a fraction of the image's intensity range:

* ``lesion_size`` is the lesion radius as a fraction of the image side (default 0.08: about 2.5 px at
  32 px, 18 px at 224 px; the DIA book page sweeps it);
* ``severity`` scales the lesion's contrast: amplitude ``0.25 * severity`` of the [0, 1] range, with
  a speckle texture of half that amplitude inside it (the detail a dissolving transformation should
  remove, Fig. 1);
* the lesion lies inside the tissue (pixels brighter than a quarter of the image's 95th percentile),
  its polarity and colour follow the anomaly class (:data:`LESIONS`).

:func:`render_pair` returns the same normal image with and without the lesion, which the DIA
chapter uses to measure what dissolving does inside the lesion mask versus outside it (Fig. 1).
Everything is drawn from the ``Generator`` passed in (the base image from a child seed drawn first),
so an image is a pure function of its seed.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from medad_core.data.phantoms._common import blob, grid

__all__ = ["BASES", "LESIONS", "DEFAULT_LESION_SIZE", "render", "render_pair", "renderer"]

#: fine-grained domain -> the domain whose normal images carry the lesions
BASES = {
    "fine_chest_xray": "chest_xray",
    "fine_liver_ct": "liver_ct",
    "fine_endoscopy": "endoscopy",
    "fine_retinal_oct": "retinal_oct",
    "fine_fundus": "fundus",
}
#: anomaly class -> (polarity, RGB tint): +1 brighter, -1 darker than the tissue around it
LESIONS: dict[str, tuple[float, tuple[float, float, float]]] = {
    "opacity": (1.0, (1.0, 1.0, 1.0)),
    "hypodense_lesion": (-1.0, (1.0, 1.0, 1.0)),
    "polyp": (1.0, (1.0, 0.75, 0.7)),
    "cnv": (1.0, (1.0, 1.0, 1.0)),
    "dme": (-1.0, (1.0, 1.0, 1.0)),
    "drusen": (1.0, (1.0, 1.0, 1.0)),
    "haemorrhages": (-1.0, (0.6, 1.0, 1.0)),
    "exudates": (1.0, (1.0, 0.95, 0.45)),
}
DEFAULT_LESION_SIZE = 0.08


def _base_render(base: str, rng: np.random.Generator, size: int) -> np.ndarray:
    from medad_core.data.phantoms import RENDERERS  # noqa: PLC0415 - the registry imports this module lazily

    image, _ = RENDERERS[base](rng, size, None, 0.5)
    return np.clip(np.asarray(image, dtype=np.float32), 0.0, 1.0)


def render_pair(
    domain: str,
    rng: np.random.Generator,
    size: int,
    anomaly: str,
    severity: float = 0.5,
    lesion_size: float = DEFAULT_LESION_SIZE,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One normal image with and without a small lesion.

    Args:
        domain: a key of :data:`BASES`.
        rng: the generator every random choice is drawn from.
        size: height and width in pixels.
        anomaly: a key of :data:`LESIONS`.
        severity: 0-1, the lesion's contrast (module docstring).
        lesion_size: lesion radius as a fraction of the image side.

    Returns:
        ``(with_lesion, mask, clean)``: float32 images ((H, W) grey or (H, W, 3) colour, in [0, 1])
        and the bool (H, W) lesion mask.
    """
    clean = _base_render(BASES[domain], np.random.default_rng(int(rng.integers(2**63))), size)
    polarity, tint = LESIONS[anomaly]
    grey = clean if clean.ndim == 2 else clean.mean(-1)
    tissue = grey > 0.25 * np.percentile(grey, 95)
    margin = max(int(round(2 * lesion_size * size)), 1)
    inner = ndimage.binary_erosion(tissue, iterations=margin) if margin < size // 3 else tissue
    region = inner if inner.any() else (tissue if tissue.any() else np.ones_like(tissue))
    ys, xs = np.nonzero(region)
    i = int(rng.integers(len(ys)))
    yy, xx = grid(size)
    cy, cx = (ys[i] + 0.5) / size * 2 - 1, (xs[i] + 0.5) / size * 2 - 1
    radius = 2.0 * max(lesion_size, 0.5 / size)  # grid coordinates span 2 per side
    weight, _ = blob(rng, yy, xx, cy, cx, radius, irregularity=0.3, aspect=rng.uniform(0.7, 1.3), edge=0.15)
    speckle = ndimage.gaussian_filter(rng.standard_normal((size, size)).astype(np.float32), 0.6)
    speckle /= speckle.std() + 1e-8
    amplitude = 0.25 * float(severity)
    change = weight * amplitude * (polarity + 0.5 * speckle)
    if clean.ndim == 2:
        image = clean + change
    else:
        image = clean + change[..., None] * np.asarray(tint, dtype=np.float32)
    mask = weight > 0.5
    if not mask.any():  # a lesion below one pixel: its centre pixel
        mask[ys[i], xs[i]] = True
    return np.clip(image, 0.0, 1.0).astype(np.float32), mask, clean


def render(
    domain: str,
    rng: np.random.Generator,
    size: int,
    anomaly: str | None = None,
    severity: float = 0.5,
    lesion_size: float = DEFAULT_LESION_SIZE,
) -> tuple[np.ndarray, np.ndarray]:
    """One fine-grained phantom of ``domain`` and its lesion mask (all False for a normal image).

    Args:
        domain: a key of :data:`BASES`.
        rng: the generator every random choice is drawn from.
        size: height and width in pixels.
        anomaly: a key of :data:`LESIONS`, or None for a normal image.
        severity: 0-1, the lesion's contrast.
        lesion_size: lesion radius as a fraction of the image side.

    Returns:
        The image and its bool mask.
    """
    if anomaly is None:
        clean = _base_render(BASES[domain], np.random.default_rng(int(rng.integers(2**63))), size)
        return clean, np.zeros((size, size), dtype=bool)
    image, mask, _ = render_pair(domain, rng, size, anomaly, severity, lesion_size)
    return image, mask


def renderer(domain: str):
    """The ``render(rng, size, anomaly, severity)`` function of ``domain`` (the registry's signature)."""

    def call(rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5):
        return render(domain, rng, size, anomaly, severity)

    call.__name__ = f"fine.{domain}"
    return call


# the registry's lazy entries (``phantoms.RENDERERS``) name these
render_fine_chest_xray = renderer("fine_chest_xray")
render_fine_liver_ct = renderer("fine_liver_ct")
render_fine_endoscopy = renderer("fine_endoscopy")
render_fine_retinal_oct = renderer("fine_retinal_oct")
render_fine_fundus = renderer("fine_fundus")
