"""SimpleNet: adapted features, Gaussian-noise anomalies and a patch discriminator, as BMAD ran it.

SimpleNet (Liu et al., "SimpleNet: A Simple Network for Image Anomaly Detection and
Localization", CVPR 2023; formulas as in its §3, written out below) with BMAD's settings (thesis
Table 3.6: the original adapter and noise generator; the checkpoint is the best on the valid split
within 40 training epochs).

* Feature extractor F (frozen, pretrained; WideResNet-50 layer2 + layer3): locally aware patch
  features as SimpleNet's code builds them: the 3x3 neighbourhood of every position is unfolded
  (C x 9 values), layer3's neighbourhoods are resized to layer2's grid, each layer's vector is
  average-pooled to ``embed_dim`` values and the layers' vectors are pooled together to
  ``embed_dim`` (1536 in SimpleNet).
* Feature adapter G: one linear layer, q = G(o), moving the features to the target domain.
* Anomalous feature generator: q- = q + e with e ~ N(0, sigma^2 I), sigma = 0.015, used in
  training only.
* Discriminator D: Linear(C, 1024) -> BatchNorm -> LeakyReLU(0.2) -> Linear(1024, 1), a normality
  score per patch.
* Loss, the truncated L1 with th+ = 0.5, th- = -0.5::

      l = max(0, th+ - D(q)) + max(0, -th- + D(q-)),   L = mean over all patches of the batch

  Adapter: AdamW lr 1e-4; discriminator: Adam lr 2e-4, weight decay 1e-5 (SimpleNet's code).
  SimpleNet trains ``epochs`` meta-epochs of ``inner_epochs`` passes each (40 x 4) and evaluates
  after each meta-epoch. The discriminator's learning rate follows SimpleNet's cosine schedule
  (``dsc_schedule="cosine"``): ``CosineAnnealingLR`` with T_max = (epochs - 1) * inner_epochs
  (its code's ``(meta_epochs - aed_meta_epochs) * gan_epochs``, aed_meta_epochs = 1) and a floor of
  0.4 * dsc_lr, stepped after every inner pass; ``"constant"`` keeps dsc_lr.
* Input: 288 x 288 in the paper profile (SimpleNet's ``--imagesize 288``; its code resizes to 329
  and centre-crops 288, here the image is resized to 288 without the crop).
* Inference: s = -D(q) per patch; the map is the patch grid upsampled to the input and
  Gaussian smoothed (sigma 4); the image score is the maximum of the patch scores.
* Note on random-init backbones (smoke / quick without weights): the discriminator only learns to
  tell q from q + e with a fixed sigma, and it tends to score features with a larger norm as more
  normal. Bright lesions raise the norm of random-init features, so their maps can come out
  inverted (pixel AUROC below 0.5 on the BMAD phantoms); BMAD reports SimpleNet with pretrained
  WRN-50 features, which an offline run cannot check.
* Checkpoint (BMAD's protocol, thesis §3.4.1): with a labelled valid split, the state with the best
  valid image AUROC, evaluated every ``valid_every`` meta-epochs and after the last
  (``medad_core.nn.selection.ValidSelector``; ``select_on_valid=False`` keeps the last), in the
  shared loop of :mod:`medad_core.nn.training` (one loop epoch = one meta-epoch).
"""

from __future__ import annotations

import math
from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, map_prediction, resize_square
from medad_core.nn.anomaly_map import anomaly_map, max_score
from medad_core.nn.backbone import FeatureExtractor
from medad_core.nn.training import Optimization, TrainedDetector, shuffled_batches
from medad_core.registry import register

#: cache the training patch features when they take less memory than this
_CACHE_LIMIT_BYTES = 2 * 1024**3


class SimpleNetModel(nn.Module):
    """Frozen extractor + adapter + discriminator; ``forward(images)`` gives (B, h, w) patch anomaly scores."""

    def __init__(self, extractor: FeatureExtractor, in_dim: int, embed_dim: int, hidden: int, image_size: int | None):
        super().__init__()
        self.extractor = extractor
        self.embed_dim = embed_dim
        self.image_size = image_size
        self.adapter = nn.Linear(embed_dim, embed_dim)
        nn.init.xavier_normal_(self.adapter.weight)
        self.discriminator = nn.Sequential(
            nn.Linear(embed_dim, hidden), nn.BatchNorm1d(hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, 1, bias=False)
        )
        for module in self.discriminator:
            if isinstance(module, nn.Linear):
                nn.init.xavier_normal_(module.weight)

    @torch.no_grad()
    def patch_features(self, images: torch.Tensor) -> torch.Tensor:
        """o: (B, h, w, embed_dim) locally aware patch features."""
        images = resize_square(images, self.image_size)
        feats = [self.extractor(images)[name] for name in self.extractor.layers]
        b, _, h, w = feats[0].shape
        per_layer = []
        for f in feats:
            c = f.shape[1]
            # every position's 3x3 neighbourhood, flattened channel-major (C, 3, 3) as SimpleNet's unfold
            patches = F.unfold(f, kernel_size=3, padding=1).view(b, c * 9, f.shape[-2], f.shape[-1])
            if patches.shape[-2:] != (h, w):
                patches = F.interpolate(patches, size=(h, w), mode="bilinear", align_corners=False)
            vectors = patches.permute(0, 2, 3, 1).reshape(-1, 1, c * 9)
            per_layer.append(F.adaptive_avg_pool1d(vectors, self.embed_dim))  # SimpleNet's MeanMapper
        stacked = torch.cat(per_layer, dim=2)  # (N, 1, L * embed_dim)
        return F.adaptive_avg_pool1d(stacked, self.embed_dim).reshape(b, h, w, self.embed_dim)  # Aggregator

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Patch anomaly scores -D(G(o)), (B, h, w)."""
        features = self.patch_features(images)
        b, h, w, c = features.shape
        normality = self.discriminator(self.adapter(features.reshape(-1, c)))
        return -normality.view(b, h, w)


@register()
class SimpleNet(TrainedDetector):
    """SimpleNet: adapted pretrained patch features, Gaussian-noise anomalies, a patch discriminator."""

    name = "simplenet"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Liu et al. CVPR 2023; BMAD thesis Table 3.6"
    profile_params = {
        # random-init features (no weights offline) have another scale than WRN-50's: a larger noise
        "smoke": {
            "backbone": "resnet18",
            "embed_dim": 128,
            "hidden": 128,
            "epochs": 4,
            "inner_epochs": 10,
            "batch_size": 16,
            "lr": 1e-3,
            "dsc_lr": 2e-3,
            "noise_std": 0.05,
        },
        "quick": {
            "backbone": "resnet18",
            "embed_dim": 256,
            "hidden": 256,
            "epochs": 4,
            "inner_epochs": 4,
            "batch_size": 16,
            "lr": 1e-3,
            "dsc_lr": 2e-3,
            "noise_std": 0.05,
        },
        # SimpleNet's code: WRN-50 layer2+3, 1536-d embeddings, discriminator width 1024, sigma 0.015,
        # margin 0.5, 40 meta-epochs of 4 passes, batch 8, 288 px; BMAD keeps the best valid checkpoint
        "paper": {
            "backbone": "wide_resnet50_2",
            "embed_dim": 1536,
            "hidden": 1024,
            "epochs": 40,
            "inner_epochs": 4,
            "batch_size": 8,
            "lr": 1e-4,
            "dsc_lr": 2e-4,
            "noise_std": 0.015,
            "margin": 0.5,
            "image_size": 288,
            "select_on_valid": True,
        },
    }
    version = "2"

    def __init__(
        self,
        backbone: str = "wide_resnet50_2",
        layers: tuple[str, ...] = ("layer2", "layer3"),
        embed_dim: int = 1536,
        hidden: int = 1024,
        noise_std: float = 0.015,
        margin: float = 0.5,
        lr: float = 1e-4,
        dsc_lr: float = 2e-4,
        dsc_weight_decay: float = 1e-5,
        epochs: int = 40,
        inner_epochs: int = 4,
        sigma: float = 4.0,
        image_size: int | None = None,
        select_on_valid: bool = True,
        valid_every: int = 1,
        dsc_schedule: Literal["cosine", "constant"] = "cosine",
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.embed_dim = embed_dim
        self.hidden = hidden
        self.noise_std = noise_std
        self.margin = margin
        self.lr = lr
        self.dsc_lr = dsc_lr
        self.dsc_weight_decay = dsc_weight_decay
        self.inner_epochs = inner_epochs
        self.sigma = sigma
        self.image_size = image_size
        self.dsc_schedule = dsc_schedule
        self._dsc_scheduler = None

    def _loss(self, model: SimpleNetModel, features: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        """Noise generator + truncated L1 loss on (N, C) patch features."""
        adapted = model.adapter(features)
        noise = torch.randn(adapted.shape, generator=generator).to(adapted.device) * self.noise_std
        scores = model.discriminator(torch.cat([adapted, adapted + noise])).squeeze(1)
        true_scores, fake_scores = scores.chunk(2)
        true_loss = torch.clamp(self.margin - true_scores, min=0)
        fake_loss = torch.clamp(self.margin + fake_scores, min=0)
        return true_loss.mean() + fake_loss.mean()

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen extractor, adapter and discriminator."""
        if self.dsc_schedule not in ("cosine", "constant"):
            raise MedadError(f"simplenet: dsc_schedule must be 'cosine' or 'constant'; got {self.dsc_schedule!r}")
        self.input_spec = InputSpec(*shape)
        extractor = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        self.weights_used = extractor.weights_used
        in_dim = sum(extractor.channels(self.image_size or self.input_spec.height).values())
        self.model = SimpleNetModel(extractor, in_dim, self.embed_dim, self.hidden, self.image_size).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The noise generator; the training patch features cached when they fit."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        model = self.model
        self._noise_generator = torch.Generator().manual_seed(self.seed)
        side = self.image_size or self.input_spec.height
        grid = math.ceil(side / 8) * math.ceil((self.image_size or self.input_spec.width) / 8)
        self._cache = None
        if len(train.normal) * grid * self.embed_dim * 4 < _CACHE_LIMIT_BYTES:
            # the extractor is frozen and the images are not augmented: extract once
            self._cache = torch.cat(
                [
                    model.patch_features(b["image"].float())
                    for b in train.normal.batches(self.batch_size, device=self.device)
                ]
            )

    def configure_optimizers(self) -> Optimization:
        """AdamW on the adapter, Adam with weight decay and the cosine schedule on the discriminator (SimpleNet's code).

        The schedule steps after every inner pass (:meth:`train_batches`), not at the loop's epochs.
        """
        discriminator = torch.optim.Adam(
            self.model.discriminator.parameters(), lr=self.dsc_lr, weight_decay=self.dsc_weight_decay
        )
        self._dsc_scheduler = None
        if self.dsc_schedule == "cosine":
            t_max = max((self.epochs - 1) * self.inner_epochs, 1)
            self._dsc_scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(
                discriminator, t_max, eta_min=0.4 * self.dsc_lr
            )
        return Optimization([torch.optim.AdamW(self.model.adapter.parameters(), lr=self.lr), discriminator])

    def train_batches(self, train: TrainSet, epoch: int):
        """One meta-epoch: ``inner_epochs`` shuffled passes over the (cached) patch features.

        The discriminator's schedule steps after each pass.
        """
        for inner in range(self.inner_epochs):
            seed = self.seed + epoch * self.inner_epochs + inner
            if self._cache is None:
                for b in train.normal.batches(self.batch_size, device=self.device, shuffle=True, seed=seed):
                    yield self.model.patch_features(b["image"].float())
            else:
                yield from shuffled_batches(self._cache, self.batch_size, torch.Generator().manual_seed(seed))
            if self._dsc_scheduler is not None:
                self._dsc_scheduler.step()

    def training_step(self, batch: torch.Tensor, epoch: int) -> torch.Tensor:
        """Noise generator + truncated L1 loss on one batch of patch features."""
        return self._loss(self.model, batch.reshape(-1, self.embed_dim), self._noise_generator)

    def on_train_end(self, train: TrainSet) -> None:
        """Record whether the features were cached and free them."""
        self.fit_info["cached_features"] = self._cache is not None
        self._cache = None

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        patch_scores = self.model(images.float())
        return map_prediction(anomaly_map(patch_scores, images.shape[-2:], self.sigma), max_score(patch_scores))
