"""From patch-level anomaly scores to a pixel map at input resolution.

Every localising method in medad ends the same way anomalib's ``AnomalyMapGenerator`` does:
bilinear upsampling of the patch-score grid to the input size, then an isotropic Gaussian blur
(sigma 4 px, kernel ``2 * int(4 * sigma + 0.5) + 1``) that removes the blockiness of the patch grid.
The blur is separable, with reflect padding: along each axis a banded matrix, batched on the device.

:func:`anomaly_map` fuses the two steps: bilinear resizing, padding and the 1-D blur are each linear
along one axis, so for an (h, w) grid the whole chain is ``A_h P A_w^T`` with an (H, h) and a (W, w)
matrix, built once per shape by running :func:`upsample` and :func:`gaussian_blur`'s steps on the unit
vectors (so they are the same operators, equal up to float rounding). Two small matrix products per
map replace an (H, W) convolution pair: about 20x fewer operations at 224 px for a 28 x 28 grid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import torch
import torch.nn.functional as F

__all__ = [
    "gaussian_kernel1d",
    "gaussian_blur",
    "upsample",
    "anomaly_map",
    "fuse_maps",
    "max_score",
    "minmax_normalize",
]


def gaussian_kernel1d(sigma: float, *, device=None, dtype=torch.float32) -> torch.Tensor:
    """Normalised 1-D Gaussian with anomalib's support ``2 * int(4 * sigma + 0.5) + 1``."""
    radius = int(4.0 * sigma + 0.5)
    x = torch.arange(-radius, radius + 1, device=device, dtype=dtype)
    kernel = torch.exp(-0.5 * (x / sigma) ** 2)
    return kernel / kernel.sum()


@lru_cache(maxsize=64)
def _axis_operator(n_in: int, n_out: int, sigma: float, dtype: torch.dtype, device: str) -> torch.Tensor:
    """The (n_out, n_in) matrix of bilinear resizing then blurring along one axis (as the 2-D steps do)."""
    # a normal tensor even when first built under inference_mode: the cached operator may later meet
    # a tensor that needs gradients
    with torch.inference_mode(False), torch.no_grad():
        return _build_axis_operator(n_in, n_out, sigma).to(device=device, dtype=dtype)


def _build_axis_operator(n_in: int, n_out: int, sigma: float) -> torch.Tensor:
    basis = torch.eye(n_in, dtype=torch.float64).unsqueeze(1)  # (n_in, 1, n_in): one unit vector per row
    if n_in != n_out:
        basis = F.interpolate(basis, size=n_out, mode="linear", align_corners=False)
    if sigma > 0:
        kernel = gaussian_kernel1d(sigma, dtype=torch.float64)
        radius = kernel.numel() // 2
        basis = F.pad(basis, (radius, radius), mode="reflect" if radius < n_out else "replicate")
        basis = F.conv1d(basis, kernel.view(1, 1, -1))
    return basis[:, 0].T.contiguous()


def gaussian_blur(maps: torch.Tensor, sigma: float = 4.0) -> torch.Tensor:
    """Blur (B, H, W) or (B, 1, H, W) maps; ``sigma <= 0`` returns them unchanged.

    Separable, reflect padding (replicate on maps no wider than the kernel's radius), computed as
    ``G_H M G_W^T`` with the banded (H, H) and (W, W) matrices of padding + 1-D Gaussian: on the CPU
    about 10x faster than the pair of 1-D convolutions it equals (up to float rounding).

    Args:
        maps: the maps.
        sigma: the standard deviation in pixels.

    Returns:
        The blurred maps, same shape, dtype and device.
    """
    if sigma <= 0:
        return maps
    height, width = maps.shape[-2:]
    dtype, device = maps.dtype, str(maps.device)
    rows = _axis_operator(height, height, float(sigma), dtype, device)
    cols = _axis_operator(width, width, float(sigma), dtype, device)
    return rows @ maps @ cols.T


def upsample(maps: torch.Tensor, size: Sequence[int]) -> torch.Tensor:
    """Bilinear resize of (B, H, W) or (B, C, H, W) maps to ``size`` = (H, W)."""
    squeeze = maps.ndim == 3
    x = maps.unsqueeze(1) if squeeze else maps
    if tuple(x.shape[-2:]) != tuple(size):
        x = F.interpolate(x, size=tuple(size), mode="bilinear", align_corners=False)
    return x.squeeze(1) if squeeze else x


def anomaly_map(patch_scores: torch.Tensor, size: Sequence[int], sigma: float = 4.0) -> torch.Tensor:
    """Patch scores (B, h, w) -> smoothed pixel map (B, H, W) at the input resolution.

    The same map as ``gaussian_blur(upsample(patch_scores, size), sigma)`` (up to float rounding),
    computed as ``A_h P A_w^T`` (see the module docstring).

    Args:
        patch_scores: the (B, h, w) patch-score grids.
        size: the input's (H, W).
        sigma: the blur's standard deviation in pixels (<= 0: no blur).

    Returns:
        The (B, H, W) maps, in the scores' dtype and device.
    """
    h, w = patch_scores.shape[-2:]
    height, width = (int(v) for v in size)
    dtype, device = patch_scores.dtype, str(patch_scores.device)
    rows = _axis_operator(h, height, float(sigma), dtype, device)
    cols = _axis_operator(w, width, float(sigma), dtype, device)
    return rows @ patch_scores @ cols.T


def fuse_maps(maps: Iterable[torch.Tensor], size: Sequence[int], mode: str = "sum") -> torch.Tensor:
    """Combine per-layer maps (each (B, h_l, w_l)) after upsampling to ``size``.

    ``sum`` is RD4AD's Eq. 4 and anomalib's default; ``product`` is STFPM's Eq. 5; ``mean`` averages.
    """
    maps = [upsample(m, size) for m in maps]
    if mode == "sum":
        return torch.stack(maps).sum(0)
    if mode == "mean":
        return torch.stack(maps).mean(0)
    if mode == "product":
        return torch.stack(maps).prod(0)
    raise ValueError(f"unknown fusion mode {mode!r}; expected sum, mean or product")


def max_score(maps: torch.Tensor) -> torch.Tensor:
    """Image scores as the maximum of each map (B, ...) -> (B,) (the image score of most map-based methods).

    Args:
        maps: per-image maps or patch-score grids.

    Returns:
        The maximum of every map.
    """
    return maps.flatten(1).max(1).values


def minmax_normalize(maps: torch.Tensor, per_image: bool = True, eps: float = 1e-12) -> torch.Tensor:
    """Min-max normalise maps to [0, 1] (per image, as BMAD's Fig. 3.8, or over the whole batch)."""
    if per_image:
        flat = maps.reshape(len(maps), -1)
        lo = flat.min(1).values.view(-1, *([1] * (maps.ndim - 1)))
        hi = flat.max(1).values.view(-1, *([1] * (maps.ndim - 1)))
    else:
        lo, hi = maps.min(), maps.max()
    return (maps - lo) / (hi - lo).clamp_min(eps)
