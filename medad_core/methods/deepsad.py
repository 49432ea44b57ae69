"""Deep SAD: deep semi-supervised anomaly detection (Ruff et al., ICLR 2020; DRA paper [45], App. B.2).

A feature map ``phi`` (here the DRA paper's common ResNet-18 backbone, GAP, and a bias-free linear
layer to a 128-d representation) is trained so that normal samples fall close to a centre ``c`` and
labelled anomalies far from it (Ruff et al. Eq. 4, eta = 1)::

    L = 1/(n+m) [ sum_normal ||phi(x) - c||^2 + eta sum_anomalies (||phi(x) - c||^2 + eps)^-1 ]

``c`` is the mean initial representation of the normal training images, with coordinates too close
to zero pushed to +-0.1 as in Deep SVDD. The anomaly score is ``||phi(x) - c||^2``. The autoencoder
pre-training of the original code is not used: the DRA paper runs every competitor on the same
ResNet-18 backbone. Batches hold half normal images and half labelled anomalies.
"""

from __future__ import annotations

import torch
from torch import nn

from medad_core.methods._openset import SEEN, OpenSetDetector, gap
from medad_core.registry import register

__all__ = ["DeepSAD", "DeepSADModel"]


class DeepSADModel(nn.Module):
    """phi: trunk, GAP and a bias-free projection; the centre c as a buffer."""

    def __init__(self, trunk, rep_dim: int):
        super().__init__()
        self.trunk = trunk
        self.project = nn.Linear(512, rep_dim, bias=False)  # bias-free, as Deep SVDD requires
        self.register_buffer("center", torch.zeros(rep_dim))

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return self.project(gap(self.trunk(images)[0]))


@register()
class DeepSAD(OpenSetDetector):
    """Deep SAD on ResNet-18 features with the labelled anomalies pushed away from the centre."""

    name = "deepsad"
    paper = "Deep SAD (Ruff et al., ICLR 2020) as used in DRA (CVPR 2022) App. B.2 / Tables 7-8"

    profile_params = {
        "smoke": {"epochs": 1, "iterations": 2, "batch_size": 6, "image_size": 32},
        "quick": {"epochs": 4, "iterations": 3, "batch_size": 9, "image_size": 64},
        "paper": {"epochs": 50, "iterations": 20, "batch_size": 48, "optim": "code"},
    }

    def __init__(self, *, rep_dim: int = 128, eta: float = 1.0, eps: float = 1e-6, pyramid_levels: int = 1,
                 **kwargs):
        super().__init__(pyramid_levels=pyramid_levels, **kwargs)
        self.rep_dim = rep_dim
        self.eta = eta
        self.eps = eps

    def _build(self, trunk):
        return DeepSADModel(trunk, self.rep_dim)

    @torch.no_grad()
    def _prepare(self, data) -> None:
        self.model.eval()
        normal = data.normal
        reps = torch.cat([self.model(normal[i:i + 64].to(self.device)) for i in range(0, len(normal), 64)])
        c = reps.mean(0)
        c[(c.abs() < 0.1) & (c < 0)] = -0.1
        c[(c.abs() < 0.1) & (c >= 0)] = 0.1
        self.model.center.copy_(c)
        self.model.train()

    def _train_loss(self, images, labels):
        dist = ((self.model(images) - self.model.center) ** 2).sum(dim=1)
        anomalous = labels == SEEN
        per_sample = torch.where(anomalous, self.eta * (dist + self.eps).reciprocal(), dist)
        return per_sample.mean()

    def _scores(self, images):
        return ((self.model(images) - self.model.center) ** 2).sum(dim=1), {}
