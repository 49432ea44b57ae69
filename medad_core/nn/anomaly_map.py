"""From patch-level anomaly scores to a pixel map at input resolution.

Every localising method in medad ends the same way anomalib's ``AnomalyMapGenerator`` does:
bilinear upsampling of the patch-score grid to the input size, then an isotropic Gaussian blur
(sigma 4 px, kernel ``2 * int(4 * sigma + 0.5) + 1``) that removes the blockiness of the patch grid.
The blur is separable and runs as two 1-D convolutions with reflect padding, batched on the device.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import torch
import torch.nn.functional as F

__all__ = [
    "gaussian_kernel1d", "gaussian_blur", "upsample", "anomaly_map", "fuse_maps", "max_score", "minmax_normalize",
]


def gaussian_kernel1d(sigma: float, *, device=None, dtype=torch.float32) -> torch.Tensor:
    """Normalised 1-D Gaussian with anomalib's support ``2 * int(4 * sigma + 0.5) + 1``."""
    radius = int(4.0 * sigma + 0.5)
    x = torch.arange(-radius, radius + 1, device=device, dtype=dtype)
    kernel = torch.exp(-0.5 * (x / sigma) ** 2)
    return kernel / kernel.sum()


def gaussian_blur(maps: torch.Tensor, sigma: float = 4.0) -> torch.Tensor:
    """Blur (B, H, W) or (B, 1, H, W) maps; ``sigma <= 0`` returns them unchanged."""
    if sigma <= 0:
        return maps
    squeeze = maps.ndim == 3
    x = maps.unsqueeze(1) if squeeze else maps
    kernel = gaussian_kernel1d(sigma, device=x.device, dtype=x.dtype)
    radius = kernel.numel() // 2
    # reflect padding needs the pad to be smaller than the side; fall back to replicate on tiny maps
    mode_h = "reflect" if radius < x.shape[-2] else "replicate"
    mode_w = "reflect" if radius < x.shape[-1] else "replicate"
    x = F.pad(x, (radius, radius, 0, 0), mode=mode_w)
    x = F.conv2d(x, kernel.view(1, 1, 1, -1))
    x = F.pad(x, (0, 0, radius, radius), mode=mode_h)
    x = F.conv2d(x, kernel.view(1, 1, -1, 1))
    return x.squeeze(1) if squeeze else x


def upsample(maps: torch.Tensor, size: Sequence[int]) -> torch.Tensor:
    """Bilinear resize of (B, H, W) or (B, C, H, W) maps to ``size`` = (H, W)."""
    squeeze = maps.ndim == 3
    x = maps.unsqueeze(1) if squeeze else maps
    if tuple(x.shape[-2:]) != tuple(size):
        x = F.interpolate(x, size=tuple(size), mode="bilinear", align_corners=False)
    return x.squeeze(1) if squeeze else x


def anomaly_map(patch_scores: torch.Tensor, size: Sequence[int], sigma: float = 4.0) -> torch.Tensor:
    """Patch scores (B, h, w) -> smoothed pixel map (B, H, W) at the input resolution."""
    return gaussian_blur(upsample(patch_scores, size), sigma)


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

