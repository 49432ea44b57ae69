"""MINNS: multiple-instance neural networks (Wang et al., Pattern Recognition 2018).

DRA paper [62], App. B.2: "a deep multiple instance classification model, which is implemented based on [35]".

The image is a bag and each position of the ResNet-18 ``layer4`` map an instance. Following mi-Net,
a 1x1-conv instance classifier gives instance logits, MIL pooling (max by default; mean or top-K as
options) gives the bag logit, and the bag label (normal / labelled anomaly) trains it with binary
cross-entropy. DevNet's trunk, pyramid and half/half sampler are reused; unlike DevNet there is no
Gaussian prior and no deviation margin.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError
from medad_core.methods._openset import SEEN, OpenSetDetector
from medad_core.nn.mil import topk_mean
from medad_core.registry import register

__all__ = ["MINNS", "MINNSModel"]

POOLINGS = ("max", "mean", "topk")


class MINNSModel(nn.Module):
    """Trunk, 1x1-conv instance classifier and MIL pooling to a bag logit."""

    def __init__(self, trunk, pooling: str, topk_ratio: float):
        super().__init__()
        self.trunk = trunk
        self.instance = nn.Conv2d(512, 1, kernel_size=1)
        self.pooling = pooling
        self.topk_ratio = topk_ratio

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Bag logits (B,), averaged over the pyramid levels."""
        bags = []
        for m in self.trunk(images):
            logits = self.instance(m).flatten(1)
            if self.pooling == "max":
                bags.append(logits.max(dim=1).values)
            elif self.pooling == "mean":
                bags.append(logits.mean(dim=1))
            else:
                bags.append(topk_mean(logits, self.topk_ratio))
        return torch.stack(bags).mean(0)


@register()
class MINNS(OpenSetDetector):
    """mi-Net style multiple-instance classifier on ResNet-18 patch features."""

    name = "minns"
    paper = "MINNS (Wang et al. 2018) as used in DRA (CVPR 2022) App. B.2 / Tables 7-8"
    # 2: rotation augmentation of the training images (the original code's RandomRotation(180))
    # 3: the fused Adam update of the shared open-set optimiser (same update, other rounding)
    # 4: BatchNorm statistics re-estimated after training in the quick and smoke profiles (bn_recalibration)
    version = "4"

    profile_params = {
        "smoke": {"epochs": 1, "bn_recalibration": 2, "iterations": 2, "batch_size": 6, "image_size": 32},
        "quick": {"epochs": 4, "bn_recalibration": 10, "iterations": 4, "batch_size": 12, "image_size": 64},
        "paper": {"epochs": 50, "iterations": 20, "batch_size": 48, "optim": "code"},
    }

    def __init__(self, *, pooling: str = "max", **kwargs):
        super().__init__(**kwargs)
        if pooling not in POOLINGS:
            raise MedadError(f"pooling must be one of {', '.join(POOLINGS)}; got {pooling!r}")
        self.pooling = pooling

    def _network(self, trunk):
        return MINNSModel(trunk, self.pooling, self.topk_ratio)

    def _train_loss(self, images, labels):
        return F.binary_cross_entropy_with_logits(self.model(images), (labels == SEEN).float())

    def _scores(self, images):
        return self.model(images), {}
