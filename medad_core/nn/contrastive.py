"""CSI's and DIA's contrastive pieces as batched tensor operations, and LARS.

Everything here works on whole batches on the batch's device (no per-image PIL, no Python loop over
images); random draws come from an explicit ``torch.Generator`` on that device.

* Shifting transformations S_k (CSI; DIA Sec. 3.2.1): rotations by k * 90 degrees (K = 4) or
  CutPerm (swap the top and bottom halves when ``k // 2`` is 1, the left and right halves when
  ``k % 2`` is 1); :func:`shift`, :func:`shift_views` (shift-major order: view ``k * B + b`` is image
  ``b`` under ``S_k``, as CSI concatenates them).
* Non-shifting transformations T (SimCLR as CSI's GPU layers): horizontal flip (p 0.5, before the
  shift), colour jitter (brightness, contrast, saturation 0.4, hue 0.1, applied with p 0.8, in that
  order), random greyscale (p 0.2), random resized crop (area scale (0.08, 1), aspect ratio
  (3/4, 4/3), back to the input size; bilinear sampling of an affine grid); :func:`hflip`,
  :func:`simclr_augment`.
* NT-Xent with shifted negatives (CSI) and DIA's feature-amplified NT-Xent (Eq. 6-7):
  :func:`contrastive_targets` is Fig. 3's target matrix, :func:`nt_xent` the loss. Views come as
  ``C`` blocks of N = B * K (block 0 = O, block 1 = O', block 2 = A, the dissolved branch). The
  positive of view i in block 0 is view i of block 1 and back (same image, same shift); every other
  view is a negative, the other shifts of the same image and all dissolved views included; the
  diagonal is excluded (Eq. 6's indicator). Dissolved views are never anchors. L_con sums
  ``l_{i,j}`` over the 2N anchors and divides by C * N (CSI: 2N, the usual mean; DIA: 3BK, Eq. 7
  with its printed extra ``1/|{x+}|`` read as a garble, as DIA's ``NT_xent_neg``).
  ``neg_mask="shifted_removed"`` also drops (view, its own dissolved view under the same shift)
  from the denominator (the later version of DIA's code).
* The shift classifier's loss (Eq. 8): cross-entropy of the shift label over every view (CSI: 2BK,
  DIA: 3BK); :func:`shift_loss`.
* :class:`LARS` (You et al. 2017), written here (no ``torchlars``): for every parameter ``w`` with
  gradient ``g``, ``local_lr = eta * ||w|| / (||g|| + lambda * ||w|| + eps)`` (1 when either norm
  is 0), ``g <- (g + lambda * w) * local_lr``, then SGD with momentum:
  ``v <- mu * v + g``, ``w <- w - lr * v`` (torchlars' order and defaults: eta 0.001, eps 1e-8).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Literal

import torch
import torch.nn.functional as F

from medad_core.api import MedadError

__all__ = [
    "SHIFTS",
    "shift",
    "shift_views",
    "hflip",
    "color_jitter",
    "random_grayscale",
    "random_resized_crop",
    "simclr_augment",
    "contrastive_targets",
    "nt_xent",
    "shift_loss",
    "LARS",
    "EXCLUDED",
    "POSITIVE",
    "NEGATIVE",
    "DISSOLVED_NEGATIVE",
]

SHIFTS = ("rotate", "perm")
#: codes of :func:`contrastive_targets` (Fig. 3: white, blue, lavender, red)
EXCLUDED, POSITIVE, NEGATIVE, DISSOLVED_NEGATIVE = 0, 1, 2, 3


# -- shifting transformations ---------------------------------------------------------------------
def shift(images: torch.Tensor, k: int, kind: Literal["rotate", "perm"] = "rotate") -> torch.Tensor:
    """``S_k(images)``: rotation by ``k * 90`` degrees, or CutPerm ``k`` (halves swapped).

    Args:
        images: (B, C, H, W); square for rotations.
        k: the shift index (0 is the identity).
        kind: ``"rotate"`` or ``"perm"``.

    Returns:
        The shifted batch.
    """
    if kind == "rotate":
        return torch.rot90(images, k % 4, dims=(2, 3))
    if kind == "perm":
        h, w = images.shape[-2:]
        out = images
        if (k // 2) % 2:
            out = torch.cat([out[:, :, h // 2 :], out[:, :, : h // 2]], dim=2)
        if k % 2:
            out = torch.cat([out[:, :, :, w // 2 :], out[:, :, :, : w // 2]], dim=3)
        return out
    raise MedadError(f"unknown shift {kind!r}; expected one of {', '.join(SHIFTS)}")


def shift_views(images: torch.Tensor, n_shifts: int, kind: Literal["rotate", "perm"] = "rotate") -> torch.Tensor:
    """All K shifts of a batch in shift-major order, (K * B, C, H, W): view ``k * B + b`` is ``S_k(x_b)``."""
    return torch.cat([shift(images, k, kind) for k in range(n_shifts)])


# -- non-shifting (SimCLR) transformations ---------------------------------------------------------
def _uniform(n: int, low: float, high: float, g: torch.Generator, device) -> torch.Tensor:
    return low + (high - low) * torch.rand(n, generator=g, device=device)


def hflip(images: torch.Tensor, generator: torch.Generator, p: float = 0.5) -> torch.Tensor:
    """Flip each image horizontally with probability ``p`` (CSI's ``HorizontalFlipLayer``)."""
    flip = torch.rand(len(images), generator=generator, device=images.device) < p
    return torch.where(flip.view(-1, 1, 1, 1), images.flip(-1), images)


def _gray(images: torch.Tensor) -> torch.Tensor:
    weights = images.new_tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)
    return (images * weights).sum(dim=1, keepdim=True)


def _rgb_to_hsv(rgb: torch.Tensor) -> torch.Tensor:
    r, g, b = rgb.unbind(1)
    maxc, argmax = rgb.max(dim=1)
    minc = rgb.min(dim=1).values
    delta = maxc - minc
    safe = torch.where(delta > 0, delta, torch.ones_like(delta))
    hue = torch.stack([((g - b) / safe) % 6, (b - r) / safe + 2, (r - g) / safe + 4], dim=1)
    hue = hue.gather(1, argmax.unsqueeze(1)).squeeze(1) / 6
    hue = torch.where(delta > 0, hue, torch.zeros_like(hue))
    sat = torch.where(maxc > 0, delta / torch.where(maxc > 0, maxc, torch.ones_like(maxc)), torch.zeros_like(maxc))
    return torch.stack([hue % 1.0, sat, maxc], dim=1)


def _hsv_to_rgb(hsv: torch.Tensor) -> torch.Tensor:
    h, s, v = hsv.unbind(1)
    # the standard piecewise-linear formula: channel n takes v - v s max(0, min(k, 4 - k, 1))
    n = hsv.new_tensor([5.0, 3.0, 1.0]).view(1, 3, 1, 1)
    k = (n + h.unsqueeze(1) * 6) % 6
    ramp = torch.minimum(k, 4 - k).clamp(0, 1)
    return v.unsqueeze(1) - v.unsqueeze(1) * s.unsqueeze(1) * ramp


def color_jitter(
    images: torch.Tensor,
    generator: torch.Generator,
    brightness: float = 0.4,
    contrast: float = 0.4,
    saturation: float = 0.4,
    hue: float = 0.1,
    p: float = 0.8,
) -> torch.Tensor:
    """SimCLR's colour jitter per image (factors in ``[1 - s, 1 + s]``, hue shift in ``[-hue, hue]``), with prob ``p``.

    Args:
        images: (B, 3, H, W) in [0, 1].
        generator: draws the factors and which images are jittered.
        brightness: strength of the brightness factor (CSI: 0.4).
        contrast: strength of the contrast factor (0.4).
        saturation: strength of the saturation factor (0.4).
        hue: largest hue shift, in turns (0.1).
        p: probability that an image is jittered.

    Returns:
        The jittered batch in [0, 1].
    """
    n, dev = len(images), images.device
    view = (-1, 1, 1, 1)
    out = images
    b = _uniform(n, 1 - brightness, 1 + brightness, generator, dev).view(view)
    c = _uniform(n, 1 - contrast, 1 + contrast, generator, dev).view(view)
    s = _uniform(n, 1 - saturation, 1 + saturation, generator, dev).view(view)
    h = _uniform(n, -hue, hue, generator, dev)
    apply = (torch.rand(n, generator=generator, device=dev) < p).view(view)
    out = (out * b).clamp(0, 1)
    mean = _gray(out).mean(dim=(1, 2, 3), keepdim=True)
    out = ((out - mean) * c + mean).clamp(0, 1)
    grey = _gray(out)
    out = ((out - grey) * s + grey).clamp(0, 1)
    if hue > 0:
        hsv = _rgb_to_hsv(out)
        hsv = torch.cat([((hsv[:, :1] + h.view(view)) % 1.0), hsv[:, 1:]], dim=1)
        out = _hsv_to_rgb(hsv).clamp(0, 1)
    return torch.where(apply, out, images)


def random_grayscale(images: torch.Tensor, generator: torch.Generator, p: float = 0.2) -> torch.Tensor:
    """Replace each image by its luminance (three equal channels) with probability ``p``."""
    apply = (torch.rand(len(images), generator=generator, device=images.device) < p).view(-1, 1, 1, 1)
    return torch.where(apply, _gray(images).expand_as(images), images)


def random_resized_crop(
    images: torch.Tensor,
    generator: torch.Generator,
    scale: tuple[float, float] = (0.08, 1.0),
    ratio: tuple[float, float] = (3 / 4, 4 / 3),
) -> torch.Tensor:
    """A random crop per image (area fraction in ``scale``, aspect ratio in ``ratio``) resized to the input size.

    One affine grid per image, sampled bilinearly (CSI's ``RandomResizedCropLayer``); a fixed
    ``scale=(0.54, 0.54)`` is CSI's evaluation crop (``--resize_factor 0.54 --resize_fix``).

    Args:
        images: (B, C, H, W).
        generator: draws scale, ratio and position.
        scale: range of the crop's area as a fraction of the image.
        ratio: range of the crop's width / height (drawn log-uniformly).

    Returns:
        The cropped batch, same shape.
    """
    n, dev = len(images), images.device
    area = _uniform(n, scale[0], scale[1], generator, dev)
    log_ratio = _uniform(n, math.log(ratio[0]), math.log(ratio[1]), generator, dev)
    aspect = torch.exp(log_ratio)
    # width and height as fractions of the image side, kept inside the image
    w = torch.sqrt(area * aspect).clamp(max=1.0)
    h = torch.sqrt(area / aspect).clamp(max=1.0)
    cx = (torch.rand(n, generator=generator, device=dev) * 2 - 1) * (1 - w)
    cy = (torch.rand(n, generator=generator, device=dev) * 2 - 1) * (1 - h)
    theta = torch.zeros(n, 2, 3, device=dev, dtype=images.dtype)
    theta[:, 0, 0], theta[:, 0, 2], theta[:, 1, 1], theta[:, 1, 2] = w, cx, h, cy
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    return F.grid_sample(images, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


def simclr_augment(
    images: torch.Tensor,
    generator: torch.Generator,
    crop_scale: tuple[float, float] = (0.08, 1.0),
    jitter: tuple[float, float, float, float] = (0.4, 0.4, 0.4, 0.1),
    p_jitter: float = 0.8,
    p_gray: float = 0.2,
) -> torch.Tensor:
    """T: colour jitter -> random greyscale -> random resized crop, an independent draw per image (CSI's order).

    Args:
        images: (B, 3, H, W) in [0, 1].
        generator: the random draws.
        crop_scale: the crop's area range.
        jitter: brightness, contrast, saturation, hue.
        p_jitter: probability of the colour jitter.
        p_gray: probability of greyscale.

    Returns:
        The augmented batch.
    """
    if images.shape[1] != 3:
        raise MedadError(f"simclr_augment expects 3-channel images; got shape {tuple(images.shape)}")
    out = color_jitter(images, generator, *jitter, p=p_jitter)
    out = random_grayscale(out, generator, p=p_gray)
    return random_resized_crop(out, generator, scale=crop_scale)


# -- losses ----------------------------------------------------------------------------------------
def contrastive_targets(
    n_images: int,
    n_shifts: int,
    dissolved: bool = False,
    neg_mask: Literal["eq6", "shifted_removed"] = "eq6",
) -> torch.Tensor:
    """Fig. 3's target similarity matrix of the views ``[O; O'; (A)]``, each block shift-major.

    Args:
        n_images: B.
        n_shifts: K.
        dissolved: include DIA's dissolved branch A (3 blocks; CSI: 2).
        neg_mask: ``"eq6"`` (every non-self pair is a negative) or ``"shifted_removed"`` (a view and
            its own dissolved view under the same shift are excluded too).

    Returns:
        (C N, C N) int8 codes: :data:`EXCLUDED` (the diagonal), :data:`POSITIVE` (O_i with O'_i),
        :data:`NEGATIVE`, :data:`DISSOLVED_NEGATIVE` (a pair with a dissolved view: Fig. 3's red).
        Rows of dissolved views describe the pairs; the loss uses O and O' rows only as anchors.
    """
    n = n_images * n_shifts
    blocks = 3 if dissolved else 2
    total = blocks * n
    codes = torch.full((total, total), NEGATIVE, dtype=torch.int8)
    if dissolved:
        codes[2 * n :, :] = DISSOLVED_NEGATIVE
        codes[:, 2 * n :] = DISSOLVED_NEGATIVE
        if neg_mask == "shifted_removed":
            idx = torch.arange(n)
            for block in (0, 1):
                codes[block * n + idx, 2 * n + idx] = EXCLUDED
                codes[2 * n + idx, block * n + idx] = EXCLUDED
    elif neg_mask not in ("eq6", "shifted_removed"):
        raise MedadError(f"neg_mask must be 'eq6' or 'shifted_removed'; got {neg_mask!r}")
    idx = torch.arange(n)
    codes[idx, n + idx] = POSITIVE
    codes[n + idx, idx] = POSITIVE
    codes.fill_diagonal_(EXCLUDED)
    return codes


def nt_xent(
    z: torch.Tensor,
    n_images: int,
    n_shifts: int,
    temperature: float = 0.5,
    dissolved: bool = False,
    neg_mask: Literal["eq6", "shifted_removed"] = "eq6",
) -> torch.Tensor:
    """NT-Xent with shifted negatives (CSI) or DIA's feature-amplified NT-Xent (Eq. 6-7).

    Args:
        z: projections of the views ``[O; O'; (A)]`` (C N, D), any norm (cosine similarity is used).
        n_images: B.
        n_shifts: K.
        temperature: tau (CSI's and DIA's code: 0.5).
        dissolved: whether ``z`` holds the dissolved block A (DIA).
        neg_mask: see :func:`contrastive_targets`.

    Returns:
        L_con = (1 / (C N)) * sum over the 2N anchors of
        ``-log(exp(sim(z_i, z_j) / tau) / sum_{k: pair (i, k) not excluded} exp(sim(z_i, z_k) / tau))``.
    """
    n = n_images * n_shifts
    blocks = 3 if dissolved else 2
    if z.shape[0] != blocks * n:
        raise MedadError(f"nt_xent: expected {blocks} x {n} = {blocks * n} views; got {z.shape[0]}")
    codes = contrastive_targets(n_images, n_shifts, dissolved, neg_mask).to(z.device)[: 2 * n]
    z = F.normalize(z.float(), dim=1)
    logits = (z[: 2 * n] @ z.T) / temperature
    logits = logits.masked_fill(codes == EXCLUDED, float("-inf"))
    idx = torch.arange(2 * n, device=z.device)
    positive = torch.cat([idx[:n] + n, idx[:n]])
    log_prob = logits.log_softmax(dim=1)
    return -log_prob[idx, positive].sum() / (blocks * n)


def shift_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Eq. 8: the shift classifier's cross-entropy, averaged over every view (3BK for DIA, 2BK for CSI)."""
    return F.cross_entropy(logits.float(), labels)


# -- LARS --------------------------------------------------------------------------------------------
class LARS(torch.optim.Optimizer):
    """Layer-wise adaptive rate scaling over SGD with momentum (torchlars' formula; module docstring).

    Args:
        params: parameters or parameter groups.
        lr: the base learning rate (scheduled as usual).
        momentum: SGD momentum mu.
        weight_decay: lambda (added to the gradient inside the trust ratio, not by SGD).
        trust_coef: eta.
        eps: epsilon of the trust ratio's denominator.
    """

    def __init__(
        self,
        params: Iterable,
        lr: float,
        momentum: float = 0.9,
        weight_decay: float = 1e-6,
        trust_coef: float = 0.001,
        eps: float = 1e-8,
    ):
        if lr < 0 or momentum < 0 or weight_decay < 0 or trust_coef <= 0:
            raise MedadError("LARS: lr, momentum and weight_decay must be >= 0 and trust_coef > 0")
        defaults = {"lr": lr, "momentum": momentum, "weight_decay": weight_decay, "trust_coef": trust_coef, "eps": eps}
        super().__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):  # noqa: ANN001 - torch.optim's signature
        """One LARS update of every parameter with a gradient."""
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lam, eta, eps, mu, lr = (
                group["weight_decay"],
                group["trust_coef"],
                group["eps"],
                group["momentum"],
                group["lr"],
            )
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                w_norm, g_norm = torch.linalg.vector_norm(p), torch.linalg.vector_norm(g)
                ratio = eta * w_norm / (g_norm + lam * w_norm + eps)
                # a zero norm (fresh bias, dead unit) falls back to plain SGD, as torchlars
                local_lr = torch.where((w_norm > 0) & (g_norm > 0), ratio, torch.ones_like(ratio))
                d = (g + lam * p) * local_lr
                state = self.state[p]
                if mu > 0:
                    buf = state.get("momentum_buffer")
                    if buf is None:
                        buf = state["momentum_buffer"] = d.clone()
                    else:
                        buf.mul_(mu).add_(d)
                    d = buf
                p.add_(d, alpha=-lr)
        return loss
