"""Pseudo anomalies made from normal images (DRA Sec. 3.2, Eq. 4; Sec. 4.6 / Table 3).

All three functions take float images ``(B, C, H, W)`` in [0, 1] and a ``torch.Generator`` and
return ``(augmented images, bool masks (B, H, W))`` marking the pasted pixels. They are vectorised
over the batch (one gather per batch, no Python loop over images or pixels); the random numbers are
drawn on the generator's device (CPU) and moved to the images' device.

* :func:`cutmix` — DRA Eq. 4, x̃ = T∘C(R⊙x_n) + (1 − T(R))⊙x_n: a random rectangle R of area
  U(0.02, 0.15)·h·w and aspect ratio exp(U(ln 0.3, ln 1/0.3)) is cut from the image, colour
  jittered (C: brightness, contrast, saturation, hue, each 0.1) and pasted at a random other
  location of the same image (T), as in DRA's ``datasets/cutmix.py``.
* :func:`cutpaste_scar` — CutPaste-Scar (Li et al., CVPR 2021): a thin rectangle, width U(2, 16) and
  length U(10, 25) pixels at 256 px (scaled to the image size), rotated by U(−45°, 45°), colour
  jittered (0.1) and pasted elsewhere.
* :func:`cutpaste_mix` — DRA's CP-Mix "utilises both CutMix and CP-Scar": each image gets one of the
  two with probability 1/2.
"""

from __future__ import annotations

import math

import torch

__all__ = ["cutmix", "cutpaste_scar", "cutpaste_mix", "color_jitter"]

_YIQ = torch.tensor([[0.299, 0.587, 0.114], [0.596, -0.274, -0.322], [0.211, -0.523, 0.312]])


def _uniform(gen: torch.Generator, n: int, lo: float, hi: float) -> torch.Tensor:
    return lo + (hi - lo) * torch.rand(n, generator=gen, device=gen.device)


def _check(images: torch.Tensor) -> None:
    if images.ndim != 4:
        raise ValueError(f"pseudo anomalies need (B, C, H, W) images; got shape {tuple(images.shape)}")


def color_jitter(
    x: torch.Tensor, gen: torch.Generator, region: torch.Tensor | None = None, strength: float = 0.1
) -> torch.Tensor:
    """Torchvision-style ColorJitter(strength x 4) per image.

    The order is fixed (brightness, contrast, saturation, hue). Contrast uses the mean grey level of
    ``region`` (the patch), as the jitter is applied to the cut patch in DRA. Hue is rotated in YIQ
    space (a vectorised approximation).
    """
    b, c = x.shape[:2]
    dev = x.device
    bright = _uniform(gen, b, 1 - strength, 1 + strength).to(dev)
    contrast = _uniform(gen, b, 1 - strength, 1 + strength).to(dev)
    sat = _uniform(gen, b, 1 - strength, 1 + strength).to(dev)
    hue = _uniform(gen, b, -strength, strength).to(dev)
    x = (x * bright[:, None, None, None]).clamp(0, 1)
    grey = x.mean(1, keepdim=True) if c == 1 else (x * _YIQ[0].to(dev)[None, :, None, None]).sum(1, keepdim=True)
    if region is None:
        mean = grey.mean(dim=(1, 2, 3), keepdim=True)
    else:
        w = region[:, None].float()
        mean = (grey * w).sum(dim=(1, 2, 3), keepdim=True) / w.sum(dim=(1, 2, 3), keepdim=True).clamp_min(1)
    x = (contrast[:, None, None, None] * x + (1 - contrast[:, None, None, None]) * mean).clamp(0, 1)
    if c == 3:
        grey = (x * _YIQ[0].to(dev)[None, :, None, None]).sum(1, keepdim=True)
        x = (sat[:, None, None, None] * x + (1 - sat[:, None, None, None]) * grey).clamp(0, 1)
        yiq = torch.einsum("ij,bjhw->bihw", _YIQ.to(dev), x)
        ang = hue * 2 * math.pi
        cos, sin = torch.cos(ang)[:, None, None], torch.sin(ang)[:, None, None]
        i2 = yiq[:, 1] * cos - yiq[:, 2] * sin
        q2 = yiq[:, 1] * sin + yiq[:, 2] * cos
        yiq = torch.stack([yiq[:, 0], i2, q2], 1)
        x = torch.einsum("ij,bjhw->bihw", torch.linalg.inv(_YIQ).to(dev), yiq).clamp(0, 1)
    return x


def _gather(images: torch.Tensor, src_y: torch.Tensor, src_x: torch.Tensor) -> torch.Tensor:
    b, c, h, w = images.shape
    idx = (src_y.clamp(0, h - 1) * w + src_x.clamp(0, w - 1)).reshape(b, 1, h * w).expand(b, c, h * w)
    return images.reshape(b, c, h * w).gather(2, idx).reshape(b, c, h, w)


def cutmix(
    images: torch.Tensor, generator: torch.Generator, area=(0.02, 0.15), aspect=(0.3, 1 / 0.3), jitter: float = 0.1
) -> tuple[torch.Tensor, torch.Tensor]:
    """CutMix pseudo anomalies (DRA Eq. 4); see the module docstring."""
    _check(images)
    b, c, h, w = images.shape
    dev = images.device
    gen = generator
    area_px = _uniform(gen, b, *area) * h * w
    ratio = torch.exp(_uniform(gen, b, math.log(aspect[0]), math.log(aspect[1])))
    cut_w = torch.sqrt(area_px * ratio).round().clamp(1, w - 1).long()
    cut_h = torch.sqrt(area_px / ratio).round().clamp(1, h - 1).long()
    fy = (torch.rand(b, generator=gen, device=gen.device) * (h - cut_h + 1)).floor().long()
    fx = (torch.rand(b, generator=gen, device=gen.device) * (w - cut_w + 1)).floor().long()
    ty = (torch.rand(b, generator=gen, device=gen.device) * (h - cut_h + 1)).floor().long()
    tx = (torch.rand(b, generator=gen, device=gen.device) * (w - cut_w + 1)).floor().long()
    cut_h, cut_w, fy, fx, ty, tx = (t.to(dev) for t in (cut_h, cut_w, fy, fx, ty, tx))
    yy = torch.arange(h, device=dev)[None, :, None]
    xx = torch.arange(w, device=dev)[None, None, :]
    inside = (
        (yy >= ty[:, None, None])
        & (yy < (ty + cut_h)[:, None, None])
        & (xx >= tx[:, None, None])
        & (xx < (tx + cut_w)[:, None, None])
    )
    src = _gather(images, yy - ty[:, None, None] + fy[:, None, None], xx - tx[:, None, None] + fx[:, None, None])
    src = color_jitter(src, gen, region=inside, strength=jitter)
    out = torch.where(inside[:, None], src, images)
    return out, inside


def cutpaste_scar(
    images: torch.Tensor,
    generator: torch.Generator,
    width=(2.0, 16.0),
    length=(10.0, 25.0),
    rotation=(-45.0, 45.0),
    jitter: float = 0.1,
    reference_size: int = 256,
) -> tuple[torch.Tensor, torch.Tensor]:
    """CutPaste-Scar pseudo anomalies; sizes are in pixels at ``reference_size`` and scaled to H."""
    _check(images)
    b, c, h, w = images.shape
    dev = images.device
    gen = generator
    scale = h / reference_size
    sw = (_uniform(gen, b, *width) * scale).clamp_min(1.0)
    sl = (_uniform(gen, b, *length) * scale).clamp_min(2.0)
    theta = _uniform(gen, b, *rotation) * math.pi / 180
    half_w, half_l = sw / 2, sl / 2
    # source centre keeps the axis-aligned patch inside; target centre keeps the rotated patch inside
    sy = half_l + torch.rand(b, generator=gen, device=gen.device) * (h - 2 * half_l).clamp_min(0)
    sx = half_w + torch.rand(b, generator=gen, device=gen.device) * (w - 2 * half_w).clamp_min(0)
    reach = torch.sqrt(half_w**2 + half_l**2)
    ty = reach + torch.rand(b, generator=gen, device=gen.device) * (h - 2 * reach).clamp_min(0)
    tx = reach + torch.rand(b, generator=gen, device=gen.device) * (w - 2 * reach).clamp_min(0)
    sw, sl, theta, sy, sx, ty, tx, half_w, half_l = (t.to(dev) for t in (sw, sl, theta, sy, sx, ty, tx, half_w, half_l))
    yy = torch.arange(h, device=dev, dtype=torch.float32)[None, :, None] + 0.5
    xx = torch.arange(w, device=dev, dtype=torch.float32)[None, None, :] + 0.5
    dy, dx = yy - ty[:, None, None], xx - tx[:, None, None]
    cos, sin = torch.cos(theta)[:, None, None], torch.sin(theta)[:, None, None]
    ly = cos * dy + sin * dx  # target pixel in the patch frame (rotation by -theta)
    lx = -sin * dy + cos * dx
    inside = (ly.abs() <= half_l[:, None, None]) & (lx.abs() <= half_w[:, None, None])
    src_y = (sy[:, None, None] + ly).floor().long()
    src_x = (sx[:, None, None] + lx).floor().long()
    src = color_jitter(_gather(images, src_y, src_x), gen, region=inside, strength=jitter)
    out = torch.where(inside[:, None], src, images)
    return out, inside


def cutpaste_mix(images: torch.Tensor, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """CP-Mix: per image, CutMix or CutPaste-Scar with probability 1/2 each."""
    _check(images)
    pick = (torch.rand(images.shape[0], generator=generator, device=generator.device) < 0.5).to(images.device)
    a, ma = cutmix(images, generator)
    s, ms = cutpaste_scar(images, generator)
    out = torch.where(pick[:, None, None, None], a, s)
    mask = torch.where(pick[:, None, None], ma, ms)
    return out, mask
