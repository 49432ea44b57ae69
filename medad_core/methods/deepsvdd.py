"""Deep SVDD: a one-class hypersphere on LeNet features, as BMAD ran it.

Deep SVDD (Ruff et al., "Deep One-Class Classification", ICML 2018), one-class objective, as BMAD
runs it (thesis Table 3.2): a LeNet-type CNN on 32 x 32 inputs, Adam with lr 1e-4, weight decay
0.5e-7 (as the thesis prints it; Ruff's code uses 0.5e-6), batch 200. Image scores only (BMAD: NA for
pixel metrics).

* Network phi(.; W): Ruff's CIFAR-10 LeNet: three 5x5 convolutions (32, 64, 128 channels, no bias)
  each followed by BatchNorm without affine parameters, leaky ReLU and 2x2 max pooling, then a
  bias-free linear layer to a 128-d representation. No bias anywhere, so phi cannot map every input
  to the centre trivially (Ruff §3.3, Propositions 2-3).
* Pre-processing (Ruff's code, ``preprocessing="gcn_minmax"``): images resized to 32 x 32; per
  image, global contrast normalisation with the l1 norm, ``x <- (x - mean(x)) / mean|x - mean(x)|``;
  then a min-max scaling with the minimum and maximum of the normalised *training* images,
  ``x <- (x - min) / (max - min)`` (Ruff's per-class constants, here measured on the fit's normal
  images), so the training inputs lie in [0, 1]. ``"gcn"`` stops after the contrast normalisation,
  ``"none"`` uses the resized images.
* Centre c: the mean of phi over the training data after the (optional) autoencoder pre-training,
  with coordinates closer to 0 than ``eps`` = 0.1 pushed to +/- eps (Ruff's code).
* One-class objective (Ruff Eq. 4)::

      min_W  1/n sum_i ||phi(x_i; W) - c||^2 + lambda/2 sum_l ||W^l||_F^2

  (the weight-decay term is Adam's ``weight_decay``). Soft-boundary Deep SVDD (Eq. 3, radius R and
  nu) is available as ``objective="soft-boundary"``.
* Anomaly score (Eq. 5): s(x) = ||phi(x; W*) - c||^2 (minus R^2 for the soft-boundary objective).
* Pre-training (Ruff §4.1): a mirrored convolutional autoencoder (sigmoid output) trained to
  reconstruct the pre-processed input, loss = mean over the batch of each image's summed squared
  error (Ruff's code); its encoder initialises phi (``pretrain_epochs`` > 0).
* Checkpoint (BMAD's protocol, thesis §3.4.1): with a labelled valid split, the state with the best
  valid image AUROC, evaluated every ``valid_every`` epochs and after the last
  (``medad_core.nn.selection.ValidSelector``; ``select_on_valid=False`` keeps the last). Both the
  pre-training (phase ``"pretrain"``) and the training run in the shared loop of
  :mod:`medad_core.nn.training`.
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images
from medad_core.nn.training import TrainedDetector, shuffled_batches
from medad_core.registry import register


class LeNetEncoder(nn.Module):
    """Ruff's CIFAR-10 LeNet: 32 x 32 x C -> rep_dim, bias-free."""

    def __init__(self, in_channels: int, rep_dim: int = 128):
        super().__init__()
        self.rep_dim = rep_dim
        self.conv1 = nn.Conv2d(in_channels, 32, 5, padding=2, bias=False)
        self.bn1 = nn.BatchNorm2d(32, eps=1e-4, affine=False)
        self.conv2 = nn.Conv2d(32, 64, 5, padding=2, bias=False)
        self.bn2 = nn.BatchNorm2d(64, eps=1e-4, affine=False)
        self.conv3 = nn.Conv2d(64, 128, 5, padding=2, bias=False)
        self.bn3 = nn.BatchNorm2d(128, eps=1e-4, affine=False)
        self.fc = nn.Linear(128 * 4 * 4, rep_dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """phi(x): (B, C, 32, 32) -> (B, rep_dim)."""
        for conv, bn in ((self.conv1, self.bn1), (self.conv2, self.bn2), (self.conv3, self.bn3)):
            x = F.max_pool2d(F.leaky_relu(bn(conv(x))), 2)
        return self.fc(x.flatten(1))


class LeNetDecoder(nn.Module):
    """The mirrored decoder of Ruff's CIFAR-10 LeNet autoencoder (pre-training only)."""

    def __init__(self, out_channels: int, rep_dim: int = 128):
        super().__init__()
        self.bn0 = nn.BatchNorm2d(rep_dim // 16, eps=1e-4, affine=False)
        self.deconv1 = nn.ConvTranspose2d(rep_dim // 16, 128, 5, padding=2, bias=False)
        self.bn1 = nn.BatchNorm2d(128, eps=1e-4, affine=False)
        self.deconv2 = nn.ConvTranspose2d(128, 64, 5, padding=2, bias=False)
        self.bn2 = nn.BatchNorm2d(64, eps=1e-4, affine=False)
        self.deconv3 = nn.ConvTranspose2d(64, 32, 5, padding=2, bias=False)
        self.bn3 = nn.BatchNorm2d(32, eps=1e-4, affine=False)
        self.deconv4 = nn.ConvTranspose2d(32, out_channels, 5, padding=2, bias=False)
        self.rep_dim = rep_dim

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """(B, rep_dim) -> reconstructions (B, C, 32, 32) in [0, 1]."""
        x = F.leaky_relu(self.bn0(z.view(len(z), self.rep_dim // 16, 4, 4)))
        for deconv, bn in ((self.deconv1, self.bn1), (self.deconv2, self.bn2), (self.deconv3, self.bn3)):
            x = F.interpolate(F.leaky_relu(bn(deconv(x))), scale_factor=2)
        return torch.sigmoid(self.deconv4(x))


def global_contrast_normalization(images: torch.Tensor) -> torch.Tensor:
    """Per image: subtract the mean, divide by the mean absolute deviation (l1 GCN, Ruff's code)."""
    centred = images - images.mean(dim=(1, 2, 3), keepdim=True)
    return centred / centred.abs().mean(dim=(1, 2, 3), keepdim=True).clamp_min(1e-8)


class DeepSVDDModel(nn.Module):
    """phi + centre c (+ radius R); ``forward`` gives the anomaly scores (B,)."""

    def __init__(self, in_channels: int, rep_dim: int, input_size: int, preprocessing: str):
        super().__init__()
        self.encoder = LeNetEncoder(in_channels, rep_dim)
        self.input_size = input_size
        self.preprocessing = preprocessing
        self.register_buffer("center", torch.zeros(rep_dim))
        self.register_buffer("radius", torch.zeros(()))
        # min and max of the contrast-normalised training images (the min-max step)
        self.register_buffer("scale_min", torch.zeros(()))
        self.register_buffer("scale_max", torch.ones(()))

    def resize(self, images: torch.Tensor) -> torch.Tensor:
        """Images -> ``input_size`` squares (antialiased bilinear)."""
        return F.interpolate(
            images, size=(self.input_size, self.input_size), mode="bilinear", align_corners=False, antialias=True
        )

    def normalize(self, small: torch.Tensor) -> torch.Tensor:
        """The pre-processing of resized images (module docstring)."""
        if self.preprocessing == "none":
            return small
        x = global_contrast_normalization(small)
        if self.preprocessing == "gcn_minmax":
            x = (x - self.scale_min) / (self.scale_max - self.scale_min).clamp_min(1e-8)
        return x

    @torch.no_grad()
    def fit_scaling(self, small: torch.Tensor) -> None:
        """The min-max constants: extremes of the contrast-normalised training images."""
        x = global_contrast_normalization(small)
        self.scale_min.copy_(x.min())
        self.scale_max.copy_(x.max())

    def distances(self, images: torch.Tensor) -> torch.Tensor:
        """||phi(x) - c||^2 of every image, (B,)."""
        return (self.encoder(self.normalize(self.resize(images))) - self.center).pow(2).sum(1)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Anomaly scores (B,): the distance to c, minus R^2 (soft-boundary)."""
        return self.distances(images) - self.radius**2


@register("deep_svdd", "deep-svdd")
class DeepSVDD(TrainedDetector):
    """Deep SVDD: a bias-free LeNet trained to map normal images close to a fixed centre."""

    name = "deepsvdd"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Ruff et al. ICML 2018; BMAD thesis Table 3.2"
    version = "2"
    profile_params = {
        "smoke": {"epochs": 15, "pretrain_epochs": 0, "batch_size": 32, "lr": 1e-3},
        "quick": {"epochs": 15, "pretrain_epochs": 0, "batch_size": 64, "lr": 1e-3},
        # BMAD: LeNet at 32 px, Adam lr 1e-4, weight decay 0.5e-7, batch 200; Ruff's code: 150 epochs
        # of pre-training and of training
        "paper": {
            "epochs": 150,
            "pretrain_epochs": 150,
            "batch_size": 200,
            "lr": 1e-4,
            "weight_decay": 0.5e-7,
            "select_on_valid": True,
        },
    }

    def __init__(
        self,
        rep_dim: int = 128,
        input_size: int = 32,
        objective: str = "one-class",
        nu: float = 0.1,
        lr: float = 1e-4,
        weight_decay: float = 0.5e-7,
        epochs: int = 150,
        pretrain_epochs: int = 150,
        preprocessing: Literal["gcn_minmax", "gcn", "none"] = "gcn_minmax",
        eps: float = 0.1,
        select_on_valid: bool = True,
        valid_every: int = 10,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.rep_dim = rep_dim
        self.input_size = input_size
        self.objective = objective
        self.nu = nu
        self.lr = lr
        self.weight_decay = weight_decay
        self.pretrain_epochs = pretrain_epochs
        self.preprocessing = preprocessing
        self.eps = eps

    @torch.no_grad()
    def _init_center(self, model: DeepSVDDModel, small: torch.Tensor) -> None:
        model.eval()  # Ruff computes c with the network in train mode; eval keeps c batch-independent
        reps = torch.cat(
            [
                model.encoder(model.normalize(small[i : i + self.batch_size]))
                for i in range(0, len(small), self.batch_size)
            ]
        )
        center = reps.mean(0)
        near_zero = center.abs() < self.eps
        center[near_zero & (center < 0)] = -self.eps
        center[near_zero & (center >= 0)] = self.eps
        model.center.copy_(center)

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The LeNet for ``shape`` (C, H, W) inputs (random initialisation; Deep SVDD trains from scratch)."""
        if self.objective not in ("one-class", "soft-boundary"):
            raise MedadError(f"deepsvdd: objective must be 'one-class' or 'soft-boundary'; got {self.objective!r}")
        if self.preprocessing not in ("gcn_minmax", "gcn", "none"):
            raise MedadError(
                f"deepsvdd: preprocessing must be 'gcn_minmax', 'gcn' or 'none'; got {self.preprocessing!r}"
            )
        self.input_spec = InputSpec(*shape)
        # Deep SVDD trains its LeNet from scratch: no pretrained network is involved
        self.weights_used = "random (LeNet trained from scratch, as Deep SVDD)"
        self.model = DeepSVDDModel(self.input_spec.channels, self.rep_dim, self.input_size, self.preprocessing).to(
            self.device
        )

    def setup(self, train: TrainSet) -> None:
        """The 32 x 32 training images, the optional autoencoder pre-training and the centre c."""
        check_training_images(train, self.name, min_size=8)
        self._build(self.train_shape)
        model = self.model
        # the 32 x 32 inputs are small: resize every training image once
        with torch.no_grad():
            self._small = torch.cat(
                [model.resize(b["image"].float()) for b in train.normal.batches(self.batch_size, device=self.device)]
            )
        model.fit_scaling(self._small)
        self._pretrain_info = None
        if self.pretrain_epochs > 0:
            self._decoder = LeNetDecoder(self.input_spec.channels, self.rep_dim).to(self.device)
            self._pretrain_info = self.run_training(train, self.pretrain_epochs, phase="pretrain")
            self._decoder = None
        self._init_center(model, self._small)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam with weight decay: on encoder and decoder (pre-training), then on the encoder."""
        params = list(self.model.encoder.parameters())
        if self.phase == "pretrain":
            params += list(self._decoder.parameters())
        return torch.optim.Adam(params, lr=self.lr, weight_decay=self.weight_decay)

    def trainable_modules(self) -> list[nn.Module]:
        """The autoencoder while pre-training, then the whole model."""
        return [self.model.encoder, self._decoder] if self.phase == "pretrain" else [self.model]

    def train_batches(self, train: TrainSet, epoch: int):
        """Shuffled batches of the cached 32 x 32 images (pre-training draws from seeds 10,000 + epoch)."""
        offset = 10_000 if self.phase == "pretrain" else 0
        return shuffled_batches(self._small, self.batch_size, torch.Generator().manual_seed(self.seed + offset + epoch))

    def on_epoch_start(self, epoch: int) -> None:
        """Collect the epoch's distances (the soft-boundary radius update needs them)."""
        self._epoch_distances = []

    def training_step(self, images: torch.Tensor, epoch: int) -> torch.Tensor:
        """The autoencoder's reconstruction MSE (pre-training) or Deep SVDD's objective (Eq. 3 or 4)."""
        if self.phase == "pretrain":
            # Ruff's autoencoder reconstructs the pre-processed input (in [0, 1] after the min-max step,
            # the range of its sigmoid output); loss: each image's summed squared error, batch mean
            inputs = self.model.normalize(images)
            reconstruction = self._decoder(self.model.encoder(inputs))
            return (reconstruction - inputs).pow(2).flatten(1).sum(1).mean()
        model = self.model
        distances = (model.encoder(model.normalize(images)) - model.center).pow(2).sum(1)
        self._epoch_distances.append(distances.detach())
        if self.objective == "one-class":
            return distances.mean()
        # Eq. 3: R^2 + 1/(nu n) sum max(0, ||phi - c||^2 - R^2)
        return model.radius**2 + torch.clamp(distances - model.radius**2, min=0).mean() / self.nu

    def on_epoch_end(self, epoch: int, losses: dict[str, float]) -> None:
        """Soft-boundary: R is the (1 - nu)-quantile of the epoch's distances (Ruff's code)."""
        if self.phase == "fit" and self.objective == "soft-boundary":
            self.model.radius.copy_(torch.quantile(torch.cat(self._epoch_distances).sqrt(), 1 - self.nu))

    def on_train_end(self, train: TrainSet) -> None:
        """Record the pre-training and free the cached images."""
        self.fit_info["pretrain_loss"] = None if self._pretrain_info is None else self._pretrain_info["final_loss"]
        self.fit_info["pretrain"] = self._pretrain_info
        self._small = self._epoch_distances = None

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return Prediction(self.model(images.float()).cpu().numpy())
