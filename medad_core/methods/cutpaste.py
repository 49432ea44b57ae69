"""CutPaste (Li et al., "CutPaste: Self-Supervised Learning for Anomaly Detection and
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
  (``medad_core.nn.selection.ValidSelector``; ``select_on_valid=False`` keeps the last).
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import Detector, MedadError, Prediction, Setting, TrainSet
from medad_core.data.pseudo import cutmix, cutpaste_scar
from medad_core.methods._feature_common import check_training_images
from medad_core.nn.backbone import FeatureExtractor
from medad_core.nn.selection import ValidSelector
from medad_core.progress import progress
from medad_core.registry import register


class CutPasteModel(nn.Module):
    """ResNet trunk + projection head + 3-way classifier, and the Gaussian density buffers."""

    def __init__(self, trunk: FeatureExtractor, trunk_dim: int, head_layers: tuple[int, ...], n_classes: int,
                 image_size: int | None):
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

    def resize(self, images: torch.Tensor) -> torch.Tensor:
        if self.image_size is not None and images.shape[-2:] != (self.image_size, self.image_size):
            images = F.interpolate(images, size=(self.image_size, self.image_size), mode="bilinear",
                                   align_corners=False)
        return images

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        return self.trunk(self.resize(images))[self.trunk.layers[0]]

    def logits(self, images: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.head(self.embed(images)))

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Mahalanobis distance of the normalised embedding to the normal Gaussian (B,)."""
        diff = F.normalize(self.embed(images), dim=1) - self.mean
        return torch.einsum("bi,ij,bj->b", diff, self.precision, diff).clamp_min(0).sqrt()


@register()
class CutPaste(Detector):
    """CutPaste 3-way: classify normal / CutPaste / CutPaste-Scar, then a Gaussian density on embeddings."""

    name = "cutpaste"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Li et al. CVPR 2021; BMAD thesis Table 3.5"
    profile_params = {
        "smoke": {"epochs": 2, "freeze_epochs": 1, "head_layers": (128,), "batch_size": 16, "lr": 0.03},
        # image scores only, so quick trains at 64 px to fit the CPU budget
        "quick": {"epochs": 2, "freeze_epochs": 1, "head_layers": (256, 128), "batch_size": 32, "lr": 0.03,
                  "image_size": 64},
        # BMAD: ResNet-18, trunk frozen 20 epochs, SGD lr 0.03, batch 64; CutPaste's code: 256 epochs,
        # head 8 x 512 + 128, 256 px
        "paper": {"epochs": 256, "freeze_epochs": 20, "head_layers": (512,) * 8 + (128,), "batch_size": 64,
                  "lr": 0.03, "image_size": 256, "select_on_valid": True},
    }

    def __init__(self, backbone: str = "resnet18", head_layers: tuple[int, ...] = (512,) * 8 + (128,),
                 lr: float = 0.03, momentum: float = 0.9, weight_decay: float = 3e-5, epochs: int = 256,
                 freeze_epochs: int = 20, image_size: int | None = None, select_on_valid: bool = True,
                 valid_every: int = 10, **kwargs):
        super().__init__(**kwargs)
        self.backbone = backbone
        self.head_layers = tuple(head_layers)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.epochs = epochs
        self.freeze_epochs = freeze_epochs
        self.image_size = image_size
        self.select_on_valid = select_on_valid
        self.valid_every = valid_every

    def _fit(self, train: TrainSet) -> None:
        if not self.head_layers:
            raise MedadError("cutpaste: head_layers needs at least one layer width")
        self.input_spec = check_training_images(train, self.name)
        trunk = FeatureExtractor(self.backbone, ["flatten"], self.weights, self.profile, frozen=False)
        self.weights_used = trunk.weights_used
        trunk_dim = trunk.channels(self.image_size or self.input_spec.height)["flatten"]
        model = CutPasteModel(trunk, trunk_dim, self.head_layers, 3, self.image_size).to(self.device)
        self.model = model
        optimizer = torch.optim.SGD(model.parameters(), lr=self.lr, momentum=self.momentum,
                                    weight_decay=self.weight_decay)
        steps_per_epoch = math.ceil(len(train.normal) / self.batch_size)
        scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(self.epochs * steps_per_epoch, 1))
        generator = torch.Generator().manual_seed(self.seed)
        selector = ValidSelector(self, train.valid, self.valid_every, self.select_on_valid,
                                 before_eval=lambda: self._fit_density(train))
        losses = []
        for epoch in progress(range(self.epochs), desc="cutpaste epochs", enable=self.progress):
            model.train()
            model.trunk.requires_grad_(epoch >= self.freeze_epochs)
            for batch in train.normal.batches(self.batch_size, device=self.device, shuffle=True,
                                              seed=self.seed + epoch):
                images = batch["image"].float()
                pasted, _ = cutmix(images, generator)
                scarred, _ = cutpaste_scar(images, generator)
                inputs = torch.cat([images, pasted.to(images.device), scarred.to(images.device)])
                targets = torch.arange(3, device=self.device).repeat_interleave(len(images))
                loss = F.cross_entropy(model.logits(inputs), targets)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                optimizer.step()
                scheduler.step()
                losses.append(float(loss.detach()))
            selector.step(epoch, self.epochs)
        self.fit_info = {**selector.restore(), "final_loss": losses[-1] if losses else math.nan,
                         "n_steps": len(losses)}
        self._fit_density(train)

    @torch.no_grad()
    def _fit_density(self, train: TrainSet) -> None:
        """Gaussian density estimator on the normalised trunk embeddings (Ledoit-Wolf covariance)."""
        from sklearn.covariance import LedoitWolf

        model = self.model
        was_training = model.training
        model.eval()
        embeddings = torch.cat([F.normalize(model.embed(b["image"].float()), dim=1)
                                for b in train.normal.batches(self.batch_size, device=self.device)])
        model.train(was_training)
        estimator = LedoitWolf(store_precision=False).fit(embeddings.cpu().double().numpy())
        # the shrunk covariance is positive definite; torch inverts it (scipy's pinvh is needlessly slow here)
        covariance = torch.from_numpy(np.asarray(estimator.covariance_))
        model.mean.copy_(torch.from_numpy(estimator.location_).float())
        model.precision.copy_(torch.linalg.inv(covariance).float())

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return Prediction(self.model(images.float()).cpu().numpy())
