"""Perlin-noise anomaly simulation (DRAEM, Zavrtanik et al. ICCV 2021, Sec. 3.3 and Fig. 4), in torch.

Everything is batched on the device; the only Python loops run over the ten augmentation operators
and the texture files, never over pixels or images.

* :func:`perlin_noise` draws a batch of 2-D Perlin noise maps: per map a lattice of ``s_y x s_x``
  cells with random unit gradients, the quintic fade ``6t^5 - 15t^4 + 10t^3`` and bilinear blending of
  the four corner dot products, scaled by sqrt(2) (anomalib's ``generate_perlin_noise``), so the
  values lie in about [-1, 1]. DRAEM draws ``s = 2^k`` per axis, ``k ~ U{0..6}``
  (:func:`perlin_scales`).
* :func:`perlin_masks` rotates the maps by ``U(-90, 90)`` degrees (imgaug's ``Affine(rotate)`` in the
  DRAEM code; the corners outside the rotated map are 0) and thresholds them, ``M = P > 0.5``.
* :func:`augment_sources` applies 3 of DRAEM's 10 imgaug operators (gamma, brightness, sharpness,
  hue-saturation, solarise, posterise, invert, autocontrast, equalise, rotation; ``SomeOf(3,
  random_order=False)``: three distinct operators in list order) reimplemented in torch with
  per-image parameters. Hue is rotated in YIQ space (a linear stand-in for imgaug's HSV hue shift).
* :func:`simulate_anomalies` is the blending of DRAEM Eq. 1,
  ``I_a = (1 - M) * I + (1 - beta) (M * I) + beta (M * A)``, with ``beta ~ U(beta_range)``, applied to
  each image with probability ``p_anomalous`` (DRAEM's code and anomalib: 0.5; the rest keep an empty
  mask). ``A`` is either the augmented Perlin pattern itself (``textures=None``: anomalib's behaviour
  without ``anomaly_source_path``, which BMAD ran) or a random image of a texture folder such as DTD
  (:func:`load_textures`), augmented.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import torch
import torch.nn.functional as F

from medad_core.api import MedadError
from medad_core.data.imageio import read_image

__all__ = [
    "perlin_noise",
    "perlin_scales",
    "perlin_masks",
    "rotate",
    "augment_sources",
    "simulate_anomalies",
    "load_textures",
    "AUGMENTATIONS",
]

#: DRAEM's augmenters, in the order of its ``augmenters`` list
AUGMENTATIONS = (
    "gamma",
    "brightness",
    "sharpness",
    "hue_saturation",
    "solarize",
    "posterize",
    "invert",
    "autocontrast",
    "equalize",
    "rotate",
)
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff"}


def _fade(t: torch.Tensor) -> torch.Tensor:
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


def perlin_noise(
    n: int,
    height: int,
    width: int,
    scales: torch.Tensor,
    generator: torch.Generator,
    device: str | torch.device = "cpu",
) -> torch.Tensor:
    """A batch of 2-D Perlin noise maps, each with its own lattice size.

    Args:
        n: number of maps.
        height: map height in pixels.
        width: map width in pixels.
        scales: (n, 2) integer lattice cells per map, ``(s_y, s_x)``, each >= 1.
        generator: the CPU generator drawing the gradients.
        device: where the maps are computed.

    Returns:
        (n, height, width) float32 noise, about in [-1, 1] (exactly 0 at lattice points).
    """
    scales = scales.to(torch.long).reshape(n, 2)
    max_y, max_x = int(scales[:, 0].max()) + 1, int(scales[:, 1].max()) + 1
    # one gradient lattice per map, padded to the largest one; a map indexes only its own corner
    angles = 2 * math.pi * torch.rand(n, max_y, max_x, generator=generator)
    grads = torch.stack([torch.sin(angles), torch.cos(angles)], 1).to(device)  # (n, 2, Ly, Lx): (g_y, g_x)
    pos_y = torch.arange(height, device=device, dtype=torch.float32) * scales[:, :1].to(device) / height  # (n, H)
    pos_x = torch.arange(width, device=device, dtype=torch.float32) * scales[:, 1:].to(device) / width  # (n, W)
    cell_y, cell_x = pos_y.floor().long(), pos_x.floor().long()
    fy, fx = (pos_y - cell_y).view(n, height, 1), (pos_x - cell_x).view(n, 1, width)

    def corner(dy: int, dx: int) -> torch.Tensor:
        # the corner gradients of every pixel: rows by cell_y, then columns by cell_x (two gathers)
        rows = grads.gather(2, (cell_y + dy).view(n, 1, height, 1).expand(n, 2, height, max_x))
        g = rows.gather(3, (cell_x + dx).view(n, 1, 1, width).expand(n, 2, height, width))
        return g[:, 0] * (fy - dy) + g[:, 1] * (fx - dx)

    u, v = _fade(fy), _fade(fx)
    top = torch.lerp(corner(0, 0), corner(0, 1), v)
    bottom = torch.lerp(corner(1, 0), corner(1, 1), v)
    return math.sqrt(2.0) * torch.lerp(top, bottom, u)


def perlin_scales(n: int, generator: torch.Generator, min_exponent: int = 0, max_exponent: int = 6) -> torch.Tensor:
    """DRAEM's lattice sizes: ``2^k`` per axis with ``k ~ U{min_exponent..max_exponent}``.

    Args:
        n: number of maps.
        generator: the CPU generator.
        min_exponent: smallest exponent (DRAEM: 0).
        max_exponent: largest exponent, inclusive (DRAEM: 6).

    Returns:
        (n, 2) long tensor of ``(s_y, s_x)``.
    """
    return 2 ** torch.randint(min_exponent, max_exponent + 1, (n, 2), generator=generator)


def rotate(images: torch.Tensor, degrees: torch.Tensor, mode: str = "bilinear") -> torch.Tensor:
    """Rotate each (B, C, H, W) image about its centre by its own angle (zeros outside).

    Args:
        images: the batch.
        degrees: (B,) angles in degrees (counter-clockwise).
        mode: ``bilinear`` or ``nearest`` sampling.

    Returns:
        The rotated batch.
    """
    theta = degrees.to(images.device, images.dtype) * (math.pi / 180.0)
    cos, sin = torch.cos(theta), torch.sin(theta)
    zeros = torch.zeros_like(cos)
    matrix = torch.stack([torch.stack([cos, -sin, zeros], -1), torch.stack([sin, cos, zeros], -1)], 1)
    grid = F.affine_grid(matrix, list(images.shape), align_corners=False)
    return F.grid_sample(images, grid, mode=mode, padding_mode="zeros", align_corners=False)


def perlin_masks(
    n: int,
    height: int,
    width: int,
    generator: torch.Generator,
    *,
    threshold: float = 0.5,
    max_exponent: int = 6,
    max_rotation: float = 90.0,
    device: str | torch.device = "cpu",
) -> tuple[torch.Tensor, torch.Tensor]:
    """DRAEM's rotated Perlin noise and its binary mask ``M = P > threshold``.

    Args:
        n: number of maps.
        height: map height.
        width: map width.
        generator: the CPU generator.
        threshold: the mask threshold (DRAEM: 0.5).
        max_exponent: lattice sizes ``2^{0..max_exponent}`` (DRAEM: 6).
        max_rotation: rotation drawn from ``U(-max_rotation, max_rotation)`` degrees (DRAEM: 90).
        device: where the maps are computed.

    Returns:
        ``(noise, mask)``: (n, 1, H, W) float noise after rotation and its float 0/1 mask.
    """
    scales = perlin_scales(n, generator, 0, max_exponent)
    noise = perlin_noise(n, height, width, scales, generator, device).unsqueeze(1)
    angles = (torch.rand(n, generator=generator) * 2.0 - 1.0) * max_rotation
    noise = rotate(noise, angles)
    return noise, (noise > threshold).to(noise.dtype)


# -- DRAEM's augmenters, batched with per-image parameters ----------------------------------------
def _uniform(n: int, low: float, high: float, generator: torch.Generator, device) -> torch.Tensor:
    return (low + (high - low) * torch.rand(n, generator=generator)).to(device)


def _grey(x: torch.Tensor) -> torch.Tensor:
    if x.shape[1] == 1:
        return x
    weights = x.new_tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)
    return (x * weights).sum(1, keepdim=True)


def _hue_saturation(x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Hue and saturation as imgaug's ``AddToHueAndSaturation((-50, 50))``: hue rotation in YIQ, saturation scaling."""
    n = len(x)
    if x.shape[1] == 1:
        return x  # a grey image has neither hue nor saturation
    # imgaug adds -50..50 to a hue in [0, 255] (OpenCV's 0-180 scaled), i.e. up to ~70 degrees
    hue = _uniform(n, -50, 50, generator, x.device) * (360.0 / 255.0) * math.pi / 180.0
    saturation = 1.0 + _uniform(n, -50, 50, generator, x.device) / 255.0 * 2.0
    to_yiq = x.new_tensor([[0.299, 0.587, 0.114], [0.596, -0.274, -0.322], [0.211, -0.523, 0.312]])
    yiq = torch.einsum("ij,bjhw->bihw", to_yiq, x)
    cos, sin = torch.cos(hue).view(n, 1, 1), torch.sin(hue).view(n, 1, 1)
    i, q = yiq[:, 1], yiq[:, 2]
    s = saturation.view(n, 1, 1)
    yiq = torch.stack([yiq[:, 0], s * (cos * i - sin * q), s * (sin * i + cos * q)], 1)
    return torch.einsum("ij,bjhw->bihw", torch.linalg.inv(to_yiq), yiq)


def _sharpness(x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """PIL ``ImageEnhance.Sharpness`` with factor ``U(0, 2)``: blend with PIL's 3x3 smoothing filter."""
    factor = _uniform(len(x), 0.0, 2.0, generator, x.device).view(-1, 1, 1, 1)
    kernel = x.new_tensor([[1.0, 1.0, 1.0], [1.0, 5.0, 1.0], [1.0, 1.0, 1.0]]) / 13.0
    channels = x.shape[1]
    blurred = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="replicate"), kernel.expand(channels, 1, 3, 3), groups=channels)
    return torch.lerp(blurred, x, factor)


def _equalize(x: torch.Tensor) -> torch.Tensor:
    """Histogram equalisation per image and channel (PIL ``ImageOps.equalize``'s mapping, on 256 levels)."""
    b, c, h, w = x.shape
    levels = (x * 255.0).round().clamp(0, 255).long().view(b * c, h * w)
    hist = torch.zeros(b * c, 256, device=x.device).scatter_add_(1, levels, torch.ones_like(levels, dtype=x.dtype))
    cdf = hist.cumsum(1)
    cdf_min = torch.where(hist > 0, cdf, torch.full_like(cdf, float("inf"))).min(1, keepdim=True).values
    lut = ((cdf - cdf_min) / (h * w - cdf_min).clamp_min(1.0)).clamp(0, 1)
    return lut.gather(1, levels).view(b, c, h, w)


def _apply(name: str, x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    n, device = len(x), x.device
    if name == "gamma":  # GammaContrast((0.5, 2.0), per_channel=True)
        gamma = _uniform(n * x.shape[1], 0.5, 2.0, generator, device).view(n, -1, 1, 1)
        return x.clamp_min(0).pow(gamma)
    if name == "brightness":  # MultiplyAndAddToBrightness(mul=(0.8, 1.2), add=(-30, 30))
        mul = _uniform(n, 0.8, 1.2, generator, device).view(n, 1, 1, 1)
        add = _uniform(n, -30.0, 30.0, generator, device).view(n, 1, 1, 1) / 255.0
        return x * mul + add
    if name == "sharpness":
        return _sharpness(x, generator)
    if name == "hue_saturation":
        return _hue_saturation(x, generator)
    if name == "solarize":  # Solarize(0.5, threshold=(32, 128)): half of the images
        apply = torch.rand(n, generator=generator).to(device).view(n, 1, 1, 1) < 0.5
        thresh = _uniform(n, 32, 128, generator, device).view(n, 1, 1, 1) / 255.0
        return torch.where(apply & (x >= thresh), 1.0 - x, x)
    if name == "posterize":  # Posterize(): 1-8 bits
        bits = torch.randint(1, 9, (n,), generator=generator).to(device).view(n, 1, 1, 1).to(x.dtype)
        levels = 2.0**bits
        return torch.floor(x.clamp(0, 1) * 255.0 / (256.0 / levels)) * (256.0 / levels) / 255.0
    if name == "invert":
        return 1.0 - x
    if name == "autocontrast":  # per image and channel: min -> 0, max -> 1
        lo = x.amin(dim=(2, 3), keepdim=True)
        hi = x.amax(dim=(2, 3), keepdim=True)
        return torch.where(hi > lo, (x - lo) / (hi - lo).clamp_min(1e-12), x)
    if name == "equalize":
        return _equalize(x.clamp(0, 1))
    if name == "rotate":  # Affine(rotate=(-45, 45))
        return rotate(x, _uniform(n, -45.0, 45.0, generator, "cpu"))
    raise MedadError(f"unknown augmentation {name!r}; expected one of {', '.join(AUGMENTATIONS)}")


def augment_sources(sources: torch.Tensor, generator: torch.Generator, n_ops: int = 3) -> torch.Tensor:
    """DRAEM's ``SomeOf(3, augmenters, random_order=False)`` on a batch of anomaly sources in [0, 1].

    Each image draws ``n_ops`` distinct operators; they are applied in :data:`AUGMENTATIONS` order,
    each operator to the sub-batch that drew it (with per-image parameters).

    Args:
        sources: (B, C, H, W) in [0, 1].
        generator: the CPU generator.
        n_ops: operators per image (DRAEM: 3).

    Returns:
        The augmented batch, clamped to [0, 1].
    """
    n = len(sources)
    # n_ops distinct operators per image: the first n_ops of a random permutation
    chosen = torch.rand(n, len(AUGMENTATIONS), generator=generator).argsort(1)[:, :n_ops]
    picked = torch.zeros(n, len(AUGMENTATIONS), dtype=torch.bool).scatter_(1, chosen, True)
    out = sources.clone()
    for k, name in enumerate(AUGMENTATIONS):
        idx = torch.nonzero(picked[:, k]).flatten()
        if len(idx):
            dev_idx = idx.to(out.device)
            out[dev_idx] = _apply(name, out[dev_idx], generator).clamp(0, 1)
    return out


def load_textures(folder: str | Path, size: tuple[int, int], channels: int, limit: int | None = None) -> torch.Tensor:
    """The images of a texture folder (e.g. DTD's ``images/``, searched recursively), resized.

    Args:
        folder: the folder.
        size: ``(H, W)`` to resize to.
        channels: 1 or 3.
        limit: read at most this many files (sorted by path), None for all.

    Returns:
        (N, channels, H, W) float32 in [0, 1].

    Raises:
        MedadError: the folder does not exist or holds no image.
    """
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise MedadError(f"anomaly_source: {str(root)!r} is not a folder of texture images (e.g. DTD's images/)")
    files = sorted(p for p in root.rglob("*") if p.suffix.lower() in _IMAGE_SUFFIXES)
    if limit is not None:
        files = files[:limit]
    if not files:
        raise MedadError(f"anomaly_source: no image files ({', '.join(sorted(_IMAGE_SUFFIXES))}) under {str(root)!r}")
    images = [read_image(str(p), channels, None) for p in files]
    return torch.stack([F.interpolate(im[None], size=size, mode="bilinear", align_corners=False)[0] for im in images])


def simulate_anomalies(
    images: torch.Tensor,
    generator: torch.Generator,
    *,
    textures: torch.Tensor | None = None,
    p_anomalous: float = 0.5,
    beta_range: Sequence[float] = (0.1, 1.0),
    threshold: float = 0.5,
) -> tuple[torch.Tensor, torch.Tensor]:
    """DRAEM's simulated anomalies (Eq. 1) on a batch.

    Args:
        images: (B, C, H, W) normal images in [0, 1] (normalise after blending).
        generator: the CPU generator (masks, sources, beta, which images are altered).
        textures: (N, C, H, W) anomaly sources in [0, 1] (a texture folder), or None for the Perlin
            pattern itself (anomalib without ``anomaly_source_path``).
        p_anomalous: probability that an image is altered (DRAEM: 0.5).
        beta_range: ``beta ~ U(low, high)``, the opacity of the source (DRAEM paper: (0.1, 1.0)).
        threshold: the Perlin mask threshold (0.5).

    Returns:
        ``(augmented, mask)``: the batch and its (B, 1, H, W) float 0/1 anomaly masks (all-zero for
        the unaltered images).
    """
    b, c, h, w = images.shape
    device = images.device
    noise, mask = perlin_masks(b, h, w, generator, threshold=threshold, device=device)
    if textures is None:
        # anomalib: the Perlin noise itself as an 8-bit image (values below 0 clip to black)
        source = noise.clamp(0, 1).expand(b, c, h, w)
    else:
        pick = torch.randint(0, len(textures), (b,), generator=generator)
        source = textures[pick].to(device)
        if source.shape[1] != c:
            source = source.mean(1, keepdim=True).expand(b, c, h, w) if c == 1 else source.expand(b, c, h, w)
    source = augment_sources(source.contiguous(), generator)
    beta = _uniform(b, beta_range[0], beta_range[1], generator, device).view(b, 1, 1, 1)
    altered = (torch.rand(b, generator=generator) < p_anomalous).to(device, images.dtype).view(b, 1, 1, 1)
    mask = mask * altered
    # Eq. 1: I_a = (1 - M) I + (1 - beta) M I + beta M A
    augmented = (1 - mask) * images + (1 - beta) * (mask * images) + beta * (mask * source)
    return augmented, mask
