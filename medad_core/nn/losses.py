"""Anomaly-scoring losses shared by DRA and its baselines.

Deviation loss (DevNet [35, 37]; DRA App. B.1.1, Eq. 10-11). A reference set of ``n_ref`` scores
is drawn from the Gaussian prior ``N(mu, sigma^2)`` (``N(0, 1)``, 5,000 draws, on every call, as in
the original code) and each predicted score is turned into a Z-score::

    dev(x) = (g(x) - mu_R) / sigma_R                                     (Eq. 10)
    l(x)   = (1 - y) |dev(x)| + y max(0, a - dev(x)),   a = 5             (Eq. 11)

Normal samples (``y = 0``) are pulled to the prior mean, anomalies pushed at least ``a`` standard
deviations above it. The draws come from an explicit ``torch.Generator`` so that training is
reproducible. Binary cross-entropy and focal loss [28] (FLOS; DRA App. C.2) take logits.

SSIM (Wang et al. 2004, Eq. 13) with an 11 x 11 Gaussian window (sigma 1.5), and DRAEM's
``L_SSIM = mean(1 - SSIM)`` (Zavrtanik et al. 2021, Eq. 2), are :func:`ssim_map` / :func:`ssim_loss`.
DRAEM's focal loss on its 2-channel softmax map is :func:`softmax_focal_loss`: for two classes the
softmax probability of class 1 is ``sigmoid(z_1 - z_0)``, so it is :func:`focal_loss` on the logit
difference (kornia's ``FocalLoss(alpha=1)``, which anomalib's DRAEM uses, equals it).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError

__all__ = [
    "deviation_loss",
    "bce_loss",
    "focal_loss",
    "softmax_focal_loss",
    "ssim_map",
    "ssim_loss",
    "DeviationLoss",
    "make_score_loss",
    "LOSSES",
]

LOSSES = ("deviation", "bce", "focal")


def deviation_loss(
    scores: torch.Tensor,
    labels: torch.Tensor,
    *,
    margin: float = 5.0,
    prior_mean: float = 0.0,
    prior_std: float = 1.0,
    n_ref: int = 5000,
    generator: torch.Generator | None = None,
    reference: torch.Tensor | None = None,
) -> torch.Tensor:
    """Mean deviation loss (Eq. 10-11) of ``scores`` (B,) with binary ``labels`` (B,).

    ``reference`` (optional) supplies the prior draws directly (used by tests to check hand-computed
    values); otherwise ``n_ref`` draws from ``N(prior_mean, prior_std^2)`` are taken with ``generator``.
    """
    if reference is None:
        reference = torch.randn(n_ref, generator=generator, dtype=torch.float32) * prior_std + prior_mean
    reference = reference.to(scores.device, scores.dtype)
    dev = (scores - reference.mean()) / reference.std()
    labels = labels.to(scores.dtype)
    inlier = dev.abs()
    outlier = torch.clamp(margin - dev, min=0.0)
    return ((1.0 - labels) * inlier + labels * outlier).mean()


def bce_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Binary cross-entropy on logits (DRA App. C.2)."""
    return F.binary_cross_entropy_with_logits(logits, labels.to(logits.dtype))


def focal_loss(
    logits: torch.Tensor, labels: torch.Tensor, *, gamma: float = 2.0, alpha: float | None = None
) -> torch.Tensor:
    """Focal loss [28] on logits: ``-(1 - p_t)^gamma log p_t`` (FLOS; DRA App. C.2).

    ``alpha`` (optional) weights the positive class by ``alpha`` and the negative by ``1 - alpha``.
    """
    labels = labels.to(logits.dtype)
    ce = F.binary_cross_entropy_with_logits(logits, labels, reduction="none")
    p = torch.sigmoid(logits)
    p_t = labels * p + (1.0 - labels) * (1.0 - p)
    loss = (1.0 - p_t).pow(gamma) * ce
    if alpha is not None:
        loss = (labels * alpha + (1.0 - labels) * (1.0 - alpha)) * loss
    return loss.mean()


def softmax_focal_loss(logits: torch.Tensor, target: torch.Tensor, *, gamma: float = 2.0) -> torch.Tensor:
    """Focal loss on a 2-channel softmax segmentation (DRAEM's L_seg, gamma = 2, mean over pixels).

    ``-(1 - p_t)^gamma log p_t`` with ``p_t`` the softmax probability of the true class of each
    pixel; computed as :func:`focal_loss` on ``z_1 - z_0`` (the same value, numerically stable).

    Args:
        logits: (B, 2, H, W) logits (channel 1: anomalous).
        target: (B, H, W) or (B, 1, H, W) 0/1 masks.
        gamma: the focusing parameter.

    Returns:
        The mean loss over every pixel.
    """
    if logits.ndim != 4 or logits.shape[1] != 2:
        raise MedadError(f"softmax_focal_loss expects (B, 2, H, W) logits; got shape {tuple(logits.shape)}")
    target = target.reshape(logits.shape[0], *logits.shape[-2:])
    return focal_loss(logits[:, 1] - logits[:, 0], target, gamma=gamma)


def _gaussian_window(size: int, sigma: float, channels: int, like: torch.Tensor) -> torch.Tensor:
    x = torch.arange(size, dtype=torch.float64) - (size - 1) / 2.0
    g = torch.exp(-(x**2) / (2 * sigma**2))
    g = g / g.sum()
    return torch.outer(g, g).to(like).expand(channels, 1, size, size).contiguous()


def ssim_map(
    x: torch.Tensor,
    y: torch.Tensor,
    *,
    window_size: int = 11,
    sigma: float = 1.5,
    data_range: float = 1.0,
    padding: str = "reflect",
) -> torch.Tensor:
    """Per-pixel SSIM of two (B, C, H, W) batches (Wang et al. 2004, Eq. 13), per channel.

    ``SSIM = (2 mu_x mu_y + C1)(2 sigma_xy + C2) / ((mu_x^2 + mu_y^2 + C1)(sigma_x^2 + sigma_y^2 + C2))``
    with Gaussian-weighted local statistics, ``C1 = (0.01 L)^2``, ``C2 = (0.03 L)^2``, ``L = data_range``.

    Args:
        x: first batch.
        y: second batch, same shape.
        window_size: side of the Gaussian window (11).
        sigma: its standard deviation (1.5).
        data_range: L (1.0: anomalib's ``max_val`` and DRAEM's code for [0, 1] images).
        padding: ``"reflect"`` (kornia, which anomalib's DRAEM runs), ``"zeros"`` (the DRAEM authors'
            ``conv2d(padding=5)``) or ``"valid"`` (no padding: a map smaller by ``window_size - 1``,
            what ``skimage.metrics.structural_similarity`` averages).

    Returns:
        (B, C, H', W') SSIM values.
    """
    if x.shape != y.shape or x.ndim != 4:
        raise MedadError(f"ssim expects two (B, C, H, W) batches of one shape; got {tuple(x.shape)}, {tuple(y.shape)}")
    if padding not in ("reflect", "zeros", "valid"):
        raise MedadError(f"ssim padding must be 'reflect', 'zeros' or 'valid'; got {padding!r}")
    channels = x.shape[1]
    window = _gaussian_window(window_size, sigma, channels, x)
    pad = window_size // 2
    if padding == "reflect":
        x, y = F.pad(x, (pad,) * 4, mode="reflect"), F.pad(y, (pad,) * 4, mode="reflect")
    conv_pad = pad if padding == "zeros" else 0
    # the five local moments in one grouped convolution
    stacked = torch.cat([x, y, x * x, y * y, x * y], 1)
    moments = F.conv2d(stacked, window.repeat(5, 1, 1, 1), padding=conv_pad, groups=5 * channels)
    mu_x, mu_y, xx, yy, xy = moments.split(channels, 1)
    var_x, var_y, cov = xx - mu_x**2, yy - mu_y**2, xy - mu_x * mu_y
    c1, c2 = (0.01 * data_range) ** 2, (0.03 * data_range) ** 2
    return ((2 * mu_x * mu_y + c1) * (2 * cov + c2)) / ((mu_x**2 + mu_y**2 + c1) * (var_x + var_y + c2))


def ssim_loss(x: torch.Tensor, y: torch.Tensor, **kwargs) -> torch.Tensor:
    """DRAEM's ``L_SSIM = (1 / N_p) sum (1 - SSIM)`` over every pixel and channel (Eq. 2).

    Args:
        x: first batch (B, C, H, W).
        y: second batch.
        **kwargs: :func:`ssim_map`'s options.

    Returns:
        The scalar loss.
    """
    return (1.0 - ssim_map(x, y, **kwargs)).mean()


class DeviationLoss(nn.Module):
    """Deviation loss (Eq. 10-11) holding its own seeded generator for the prior draws."""

    def __init__(self, margin: float = 5.0, n_ref: int = 5000, seed: int = 0):
        super().__init__()
        self.margin = margin
        self.n_ref = n_ref
        self.generator = torch.Generator().manual_seed(seed)

    def forward(self, scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        """The deviation loss (Eq. 10-11) of a batch's ``scores`` against its 0/1 ``labels``."""
        return deviation_loss(scores, labels, margin=self.margin, n_ref=self.n_ref, generator=self.generator)


class _Wrapped(nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, scores: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        return self.fn(scores, labels)


def make_score_loss(name: str, *, seed: int = 0, margin: float = 5.0, gamma: float = 2.0) -> nn.Module:
    """The loss ``l(score, y)`` by name: ``deviation`` (default), ``bce`` or ``focal``."""
    if name == "deviation":
        return DeviationLoss(margin=margin, seed=seed)
    if name == "bce":
        return _Wrapped(bce_loss)
    if name == "focal":
        return _Wrapped(lambda s, y: focal_loss(s, y, gamma=gamma))
    raise MedadError(f"unknown loss {name!r}; expected one of: {', '.join(LOSSES)}")
