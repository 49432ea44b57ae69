"""CutPaste (3-way): self-supervised classification and a Gaussian density, as BMAD ran it.

CutPaste (Li et al., "CutPaste: Self-Supervised Learning for Anomaly Detection and
Localization", CVPR 2021), the 3-way variant, with BMAD's settings (thesis Table 3.5): ResNet-18,
backbone frozen for the first 20 epochs, SGD with lr 0.03, batch 64. Image scores only (BMAD: NA for
pixel metrics).

* Self-supervised task (CutPaste Eq. 1, extended to three classes): every normal image x gives
  three training samples, x (class 0), CP(x) (class 1: a rectangle of area 2-15 % and aspect ratio
  0.3-3.3 cut, colour jittered and pasted elsewhere; ``medad_core.data.pseudo.cutmix``) and
  Scar(x) (class 2: a thin rotated rectangle; ``medad_core.data.pseudo.cutpaste_scar``)::

      L = E_x [ CE(g(x), 0) + CE(g(CP(x)), 1) + CE(g(Scar(x)), 2) ]

  g = ResNet-18 trunk -> MLP projection head (Linear-BN-ReLU blocks, last 128-d) -> linear 3-way
  classifier. SGD (momentum 0.9, weight decay 3e-5) with cosine annealing, as CutPaste's code.
* Density (CutPaste §3.3, Gaussian density estimator): a Gaussian N(mu, Sigma) is fitted to the
  L2-normalised trunk embeddings f(x) of the normal training images, Sigma by Ledoit-Wolf
  shrinkage; the anomaly score is the Mahalanobis distance
  ``s(x) = sqrt((f(x) - mu)^T Sigma^-1 (f(x) - mu))``.
* Checkpoint (BMAD's protocol, thesis §3.4.1): with a labelled valid split, the state with the best
  valid image AUROC, evaluated every ``valid_every`` epochs and after the last
  (``medad_core.nn.selection.ValidSelector``; ``select_on_valid=False`` keeps the last), in the
  shared loop of :mod:`medad_core.nn.training`.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from sklearn.covariance import LedoitWolf
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.data.pseudo import cutmix, cutpaste_scar
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.backbone import FeatureExtractor
from medad_core.nn.training import Optimization, TrainedDetector
from medad_core.registry import register


class CutPasteModel(nn.Module):
    """ResNet trunk + projection head + 3-way classifier, and the Gaussian density buffers."""

    def __init__(
        self,
        trunk: FeatureExtractor,
        trunk_dim: int,
        head_layers: tuple[int, ...],
        n_classes: int,
        image_size: int | None,
    ):
        super().__init__()
        self.trunk = trunk
        self.image_size = image_size
        blocks, width = [], trunk_dim
        for i, out in enumerate(head_layers):
            blocks.append(nn.Linear(width, out))
            if i < len(head_layers) - 1:
                blocks += [nn.BatchNorm1d(out), nn.ReLU(inplace=True)]
            width = out
        self.head = nn.Sequential(*blocks)
        self.classifier = nn.Linear(width, n_classes)
        self.register_buffer("mean", torch.zeros(trunk_dim))
        self.register_buffer("precision", torch.eye(trunk_dim))

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        """Trunk embeddings f(x) (B, trunk_dim)."""
        return self.trunk(resize_square(images, self.image_size))[self.trunk.layers[0]]

    def logits(self, images: torch.Tensor) -> torch.Tensor:
        """3-way logits (normal, CutPaste, CutPaste-Scar)."""
        return self.classifier(self.head(self.embed(images)))

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Mahalanobis distance of the normalised embedding to the normal Gaussian (B,)."""
        diff = F.normalize(self.embed(images), dim=1) - self.mean
        return torch.einsum("bi,ij,bj->b", diff, self.precision, diff).clamp_min(0).sqrt()


@register()
class CutPaste(TrainedDetector):
    """CutPaste 3-way: classify normal / CutPaste / CutPaste-Scar, then a Gaussian density on embeddings."""

    name = "cutpaste"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Li et al. CVPR 2021; BMAD thesis Table 3.5"
    profile_params = {
        "smoke": {"epochs": 2, "freeze_epochs": 1, "head_layers": (128,), "batch_size": 16, "lr": 0.03},
        # image scores only, so quick trains at 64 px to fit the CPU budget
        "quick": {
            "epochs": 2,
            "freeze_epochs": 1,
            "head_layers": (256, 128),
            "batch_size": 32,
            "lr": 0.03,
            "image_size": 64,
        },
        # BMAD: ResNet-18, trunk frozen 20 epochs, SGD lr 0.03, batch 64; CutPaste's code: 256 epochs,
        # head 8 x 512 + 128, 256 px
        "paper": {
            "epochs": 256,
            "freeze_epochs": 20,
            "head_layers": (512,) * 8 + (128,),
            "batch_size": 64,
            "lr": 0.03,
            "image_size": 256,
            "select_on_valid": True,
        },
    }

    def __init__(
        self,
        backbone: str = "resnet18",
        head_layers: tuple[int, ...] = (512,) * 8 + (128,),
        lr: float = 0.03,
        momentum: float = 0.9,
        weight_decay: float = 3e-5,
        epochs: int = 256,
        freeze_epochs: int = 20,
        image_size: int | None = None,
        select_on_valid: bool = True,
        valid_every: int = 10,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.head_layers = tuple(head_layers)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.freeze_epochs = freeze_epochs
        self.image_size = image_size

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Trunk (trained end to end after ``freeze_epochs``), projection head and classifier."""
        if not self.head_layers:
            raise MedadError("cutpaste: head_layers needs at least one layer width")
        self.input_spec = InputSpec(*shape)
        trunk = FeatureExtractor(self.backbone, ["flatten"], self.weights, self.profile, frozen=False)
        self.weights_used = trunk.weights_used
        trunk_dim = trunk.channels(self.image_size or self.input_spec.height)["flatten"]
        self.model = CutPasteModel(trunk, trunk_dim, self.head_layers, 3, self.image_size).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The schedule's steps per epoch and the augmentation generator."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        self._steps_per_epoch = math.ceil(len(train.normal) / self.batch_size)
        self._augment_generator = torch.Generator().manual_seed(self.seed)

    def configure_optimizers(self) -> Optimization:
        """SGD with momentum and weight decay, cosine-annealed over every step (CutPaste's code)."""
        optimizer = torch.optim.SGD(
            self.model.parameters(), lr=self.lr, momentum=self.momentum, weight_decay=self.weight_decay
        )
        t_max = max(self.epochs * self._steps_per_epoch, 1)
        return Optimization(
            [optimizer], [torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=t_max)], interval="step"
        )

    def on_epoch_start(self, epoch: int) -> None:
        """The trunk stays frozen for the first ``freeze_epochs`` epochs."""
        self.model.trunk.requires_grad_(epoch >= self.freeze_epochs)

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """3-way cross-entropy over x, CP(x) and Scar(x)."""
        images = batch["image"].float()
        pasted, _ = cutmix(images, self._augment_generator)
        scarred, _ = cutpaste_scar(images, self._augment_generator)
        inputs = torch.cat([images, pasted.to(images.device), scarred.to(images.device)])
        targets = torch.arange(3, device=self.device).repeat_interleave(len(images))
        return F.cross_entropy(self.model.logits(inputs), targets)

    def on_validation_start(self, train: TrainSet) -> None:
        """The Gaussian density of the current embeddings."""
        self._fit_density(train)

    def on_train_end(self, train: TrainSet) -> None:
        """The Gaussian density of the selected model's embeddings."""
        self._fit_density(train)

    @torch.no_grad()
    def _fit_density(self, train: TrainSet) -> None:
        """Gaussian density estimator on the normalised trunk embeddings (Ledoit-Wolf covariance)."""
        model = self.model
        was_training = model.training
        model.eval()
        embeddings = torch.cat(
            [
                F.normalize(model.embed(b["image"].float()), dim=1)
                for b in train.normal.batches(self.batch_size, device=self.device)
            ]
        )
        model.train(was_training)
        estimator = LedoitWolf(store_precision=False).fit(embeddings.cpu().double().numpy())
        # the shrunk covariance is positive definite; torch inverts it (scipy's pinvh is needlessly slow here)
        covariance = torch.from_numpy(np.asarray(estimator.covariance_))
        model.mean.copy_(torch.from_numpy(estimator.location_).float())
        model.precision.copy_(torch.linalg.inv(covariance).float())

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return Prediction(self.model(images.float()).cpu().numpy())
