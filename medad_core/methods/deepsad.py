"""Deep SAD: deep semi-supervised anomaly detection (Ruff et al., ICLR 2020; DRA paper [45], App. B.2).

A feature map ``phi`` (the DRA paper's common ResNet-18 backbone, GAP, and a bias-free linear layer
to a ``rep_dim``-d code) is trained so that normal samples fall close to a centre ``c`` and labelled
anomalies far from it (Ruff et al. Eq. 4)::

    L = 1/(n+m) [ sum_normal ||phi(x) - c||^2 + eta sum_anomalies (||phi(x) - c||^2 + eps)^-1 ]

As the authors' code (which the DRA paper ran):

* **bias-free network**: every BatchNorm of the trunk is replaced by one without affine terms
  (``affine=False``, its running statistics kept) and the projection has no bias, so ``phi`` cannot
  map every input to ``c`` by a constant offset (Deep SVDD's hypersphere collapse, Ruff et al. 2018
  Prop. 2). With pretrained weights the discarded BN scales and shifts change the features; the
  autoencoder pre-training below adapts them.
* **autoencoder pre-training**: an autoencoder whose encoder is ``phi`` and whose decoder
  (bias-free up-sampling stages) reconstructs the image from the code is trained for
  ``pretrain_epochs`` epochs on the training images (MSE); ``phi`` keeps the encoder's weights.
* **centre** ``c`` = the mean code of the *pre-trained* encoder on the normal training images, with
  coordinates closer to zero than 0.1 pushed to +-0.1.
* **batches** are drawn from the training set as it is (normal images and the few labelled
  anomalies in their proportion, at least one anomaly per batch), not DevNet's half/half split.
* **optimiser** ``optim="deepsad"`` (default): Adam lr 1e-4, weight decay 5e-7 (the authors'
  README examples); ``"paper"`` gives DRA's preset, ``"code"`` DevNet's, for the optimiser table.

The anomaly score is ``||phi(x) - c||^2``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import TrainSet
from medad_core.methods._openset import SEEN, OpenSetDetector, gap
from medad_core.registry import register

__all__ = ["DeepSAD", "DeepSADModel", "without_affine"]


def without_affine(module: nn.Module) -> nn.Module:
    """Replace every BatchNorm2d of ``module`` (in place) by one without affine terms, same running statistics.

    Args:
        module: a network, e.g. the ResNet-18 trunk.

    Returns:
        ``module``.
    """
    for name, child in module.named_children():
        if isinstance(child, nn.BatchNorm2d):
            bn = nn.BatchNorm2d(child.num_features, eps=child.eps, momentum=child.momentum, affine=False)
            bn.running_mean.copy_(child.running_mean)
            bn.running_var.copy_(child.running_var)
            setattr(module, name, bn)
        else:
            without_affine(child)
    return module


def _up(c_in: int, c_out: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Upsample(scale_factor=2, mode="nearest"),
        nn.Conv2d(c_in, c_out, 3, padding=1, bias=False),
        nn.BatchNorm2d(c_out, affine=False),
        nn.LeakyReLU(0.1),
    )


class DeepSADModel(nn.Module):
    """phi (bias-free trunk, GAP, bias-free projection), the pre-training decoder and the centre c."""

    def __init__(self, trunk, rep_dim: int, channels: int = 3):
        super().__init__()
        self.trunk = without_affine(trunk)
        self.project = nn.Linear(512, rep_dim, bias=False)
        self.expand = nn.Linear(rep_dim, 512, bias=False)
        self.decoder = nn.Sequential(
            _up(512, 256),
            _up(256, 128),
            _up(128, 64),
            _up(64, 32),
            _up(32, 16),
            nn.Conv2d(16, channels, 3, padding=1, bias=False),
            nn.Sigmoid(),
        )
        self.register_buffer("center", torch.zeros(rep_dim))

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """The code phi(x), (B, rep_dim)."""
        return self.project(gap(self.trunk(images)[0]))

    def reconstruct(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(the autoencoder's reconstruction, the trunk's input it reconstructs)."""
        target = self.trunk.levels(images)[0]
        maps = self.trunk.extractor(target)["layer4"]
        code = self.project(gap(maps))
        seed = self.expand(code)[:, :, None, None].expand(-1, -1, *maps.shape[-2:])
        recon = F.interpolate(self.decoder(seed), size=target.shape[-2:], mode="bilinear", align_corners=False)
        return recon, target


@register()
class DeepSAD(OpenSetDetector):
    """Deep SAD on ResNet-18 features: AE pre-training, centre from the encoder, labelled anomalies pushed away."""

    name = "deepsad"
    paper = "Deep SAD (Ruff et al., ICLR 2020) as used in DRA (CVPR 2022) App. B.2 / Tables 7-8"
    # 2: AE pre-training, bias-free BN, centre from the pre-trained encoder, proportional batches, own optimiser
    # 3: the fused Adam update of the shared open-set optimiser (same update, other rounding)
    # 4: BatchNorm statistics re-estimated after training in the quick and smoke profiles (bn_recalibration)
    version = "4"

    profile_params = {
        "smoke": {
            "epochs": 1,
            "bn_recalibration": 2,
            "iterations": 2,
            "batch_size": 6,
            "image_size": 32,
            "pretrain_epochs": 1,
        },
        "quick": {
            "epochs": 4,
            "bn_recalibration": 10,
            "iterations": 4,
            "batch_size": 12,
            "image_size": 64,
            "pretrain_epochs": 2,
        },
        "paper": {"epochs": 50, "iterations": 20, "batch_size": 48, "pretrain_epochs": 50},
    }

    def __init__(
        self,
        *,
        rep_dim: int = 128,
        eta: float = 1.0,
        eps: float = 1e-6,
        pyramid_levels: int = 1,
        pretrain_epochs: int = 10,
        optim: str = "deepsad",
        **kwargs,
    ):
        super().__init__(pyramid_levels=pyramid_levels, optim=optim, **kwargs)
        self.rep_dim = rep_dim
        self.eta = eta
        self.eps = eps
        self.pretrain_epochs = pretrain_epochs

    def _network(self, trunk):
        return DeepSADModel(trunk, self.rep_dim)

    def batch_split(self) -> tuple[int, int, int]:
        """Normal / labelled anomalies in the training set's proportion, at least one anomaly.

        Returns:
            (normal, seen, 0).
        """
        n, m = len(self._data.normal), len(self._data.anomalies)
        seen = min(max(1, round(self.batch_size * m / (n + m))), self.batch_size - 1)
        return self.batch_size - seen, seen, 0

    def setup(self, train: TrainSet) -> None:
        """The open-set set-up, then the autoencoder pre-training and the centre c."""
        super().setup(train)
        self._pretrain_info = self.run_training(train, self.pretrain_epochs, phase="pretrain")
        self._set_center()

    @torch.no_grad()
    def _set_center(self) -> None:
        self.model.eval()
        normal = self._data.normal
        reps = torch.cat([self.model(normal[i : i + 64].to(self.device)) for i in range(0, len(normal), 64)])
        c = reps.mean(0)
        # coordinates near zero are pushed away: a zero coordinate is trivially matched by zero weights
        c[(c.abs() < 0.1) & (c < 0)] = -0.1
        c[(c.abs() < 0.1) & (c >= 0)] = 0.1
        self.model.center.copy_(c)

    def _train_loss(self, images, labels):
        if self.phase == "pretrain":
            recon, target = self.model.reconstruct(images)
            target = target.expand(-1, 3, -1, -1) if target.shape[1] == 1 else target[:, :3]
            return F.mse_loss(recon, target)
        dist = ((self.model(images) - self.model.center) ** 2).sum(dim=1)
        anomalous = labels == SEEN
        # Ruff et al. Eq. 4: eta-weighted inverse distance for the labelled anomalies
        per_sample = torch.where(anomalous, self.eta * (dist + self.eps).reciprocal(), dist)
        return per_sample.mean()

    def on_train_end(self, train: TrainSet) -> None:
        """Record the pre-training phase beside the main one."""
        super().on_train_end(train)
        self.fit_info["pretrain"] = self._pretrain_info

    def _scores(self, images):
        return ((self.model(images) - self.model.center) ** 2).sum(dim=1), {}
