"""DevNet: deviation networks for few-shot anomaly detection.

Pang et al., KDD 2019 / arXiv 2021; DRA paper [35, 37], App. B.2.

ResNet-18 features (trained end to end), a 1x1-conv patch scorer with top-K MIL pooling
(K = 10 % of the positions; DRA Eq. 3 is taken from DevNet) on a two-level image pyramid, trained
with the deviation loss (DRA Eq. 10-11: Gaussian prior N(0, 1), 5,000 draws, margin a = 5) on
batches of half normal images and half labelled anomalies. DevNet has no pseudo anomalies and no
other heads: it is DRA's seen-abnormality head alone with its own sampler. The DRA paper uses the
authors' code: 50 epochs x 20 iterations, batch 48, Adam lr 2e-4, wd 1e-5, StepLR(10, 0.1)
(reference-implementations.md §3.4); ``optim="paper"`` switches to DRA's Adam 1e-3 / 1e-2.
"""

from __future__ import annotations

import torch

from medad_core.methods._openset import SEEN, OpenSetDetector, PatchScorer
from medad_core.nn.losses import make_score_loss
from medad_core.registry import register

__all__ = ["DevNet"]


@register()
class DevNet(OpenSetDetector):
    """DevNet: top-K MIL deviation network (seen anomalies only)."""

    name = "devnet"
    paper = "DevNet (Pang et al. 2019/2021), as used in DRA (CVPR 2022) Sec. 4.1 / App. B.2"
    loss_name = "deviation"
    # 2: rotation augmentation of the training images (the original code's RandomRotation(180))
    # 3: the fused Adam update of the shared open-set optimiser (same update, other rounding)
    # 4: BatchNorm statistics re-estimated after training in the quick and smoke profiles (bn_recalibration)
    version = "4"

    profile_params = {
        "smoke": {"epochs": 1, "bn_recalibration": 2, "iterations": 2, "batch_size": 6, "image_size": 32},
        "quick": {"epochs": 4, "bn_recalibration": 10, "iterations": 4, "batch_size": 12, "image_size": 64},
        "paper": {"epochs": 50, "iterations": 20, "batch_size": 48, "optim": "code"},
    }

    def __init__(self, *, margin: float = 5.0, **kwargs):
        super().__init__(**kwargs)
        self.margin = margin

    def _network(self, trunk):
        self._criterion = make_score_loss(self.loss_name, seed=self.seed, margin=self.margin)
        return PatchScorer(trunk, self.topk_ratio, absolute=self.loss_name == "deviation")

    def _train_loss(self, images: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        return self._criterion(self.model(images), (labels == SEEN).float())

    def _scores(self, images: torch.Tensor):
        return self.model(images), {}
