"""Anomaly-scoring losses shared by DRA and its baselines.

Deviation loss (DevNet [35, 37]; DRA App. B.1.1, Eq. 10-11). A reference set of ``n_ref`` scores
is drawn from the Gaussian prior ``N(mu, sigma^2)`` (``N(0, 1)``, 5,000 draws, on every call, as in
the original code) and each predicted score is turned into a Z-score::

    dev(x) = (g(x) - mu_R) / sigma_R                                     (Eq. 10)
    l(x)   = (1 - y) |dev(x)| + y max(0, a - dev(x)),   a = 5             (Eq. 11)

Normal samples (``y = 0``) are pulled to the prior mean, anomalies pushed at least ``a`` standard
deviations above it. The draws come from an explicit ``torch.Generator`` so that training is
reproducible. Binary cross-entropy and focal loss [28] (FLOS; DRA App. C.2) take logits.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError

__all__ = ["deviation_loss", "bce_loss", "focal_loss", "DeviationLoss", "make_score_loss", "LOSSES"]

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
