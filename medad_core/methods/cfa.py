"""CFA: coupled-hypersphere feature adaptation, as BMAD ran it.

CFA (Lee et al., "CFA: Coupled-hypersphere-based Feature Adaptation for Target-Oriented Anomaly
Localization", IEEE Access 2022), with BMAD's settings (thesis Table 3.4): WideResNet-50, K = 3
nearest neighbours, J = 3 hard negatives, radius r = 1e-5, learning rate 1e-3 and weight decay 5e-4.
The thesis names the optimiser "Adam"; the code BMAD ran (anomalib 0.5, as CFA's own code) uses
AdamW with decoupled weight decay and amsgrad (``optimizer="adamw_amsgrad"``, the default);
``optimizer="adam"`` is Adam with the weight decay as an L2 term.

* Patch features: layer1-layer3 of the frozen backbone, 3x3 average pooled, resized to layer1's
  grid and concatenated; the trainable patch descriptor ``phi`` is a 1x1 CoordConv (two coordinate
  channels appended) to ``D / gamma_d`` channels (Sec. 3.2).
* Memory bank C (Sec. 3.3): the descriptor features of every training image, averaged position by
  position over the training set (one memory feature per grid position; ``gamma_c > 1`` would
  compress it with k-means, not implemented: gamma_c = 1 as the paper's default).
* Loss (Eq. 3-5): with ``D(.,.)`` the squared Euclidean distance,
  ``L_att = 1/(TK) sum_t sum_k max(0, D(phi(p_t), c_t^k) - r^2)`` over the K nearest memory
  features and ``L_rep = 1/(TJ) sum_t sum_j max(0, r^2 - D(phi(p_t), c_t^j) - alpha)`` over the J
  next-nearest (hard negatives), alpha = 0.1; ``L = loss_scale * (L_att + L_rep)`` with
  ``loss_scale`` = 1000, the factor of CFA's code and anomalib (the paper's L has none; with an
  adaptive optimiser the factor mostly matters against AdamW's epsilon). anomalib compares the
  squared distances with r itself where the paper and CFA's code use r^2; at r = 1e-5 both are
  below any distance that occurs.
* Score (Eq. 6-7): ``S(p_t) = softmin_k(||phi(p_t) - c_t^k||)_1 * min_k ||phi(p_t) - c_t^k||``; the map is
  upsampled, Gaussian-smoothed (sigma 4); the image score is its maximum.
* Checkpoint: BMAD's valid-split selection every ``valid_every`` epochs (``select_on_valid``), in the
  shared loop of :mod:`medad_core.nn.training`.
* Scoring path (predict): the same numbers as ``sq_distances`` + top-k, computed faster. The 1x1
  CoordConv splits into ``W_f p + (W_c c + b)``: the coordinate term is one (h, w, D') map, and the
  feature term a matrix product on the channels-last features (no concatenated coordinate
  channels). The K nearest of the M memory features are found in blocks of patches
  (``SCORE_BLOCK_ELEMENTS`` distances at a time), so the (B h w, M) distance matrix never exists.
  The search over the whole bank is CFA's definition (Eq. 6, as CFA's code and anomalib): per image
  ``2 (h w) M D'`` flops, with M = h w that is (h w)^2 and outgrows the backbone at large inputs
  (at 224 px with ResNet-18, 56 x 56 positions: ~8.8 GFLOP per image against ~2.8 for the backbone
  up to layer3). :meth:`CFA.limit_forward` times that floor for the bench.
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, aggregate_neighbourhood, check_training_images, map_prediction
from medad_core.nn.anomaly_map import anomaly_map
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.memory_bank import pairwise_sq_distances
from medad_core.nn.training import TrainedDetector
from medad_core.progress import progress
from medad_core.registry import register

#: squared distances held at once while scoring (a 16 MB block of float32)
SCORE_BLOCK_ELEMENTS = 1 << 22


class CoordConv1x1(nn.Module):
    """1x1 convolution over the features plus two coordinate channels in [-1, 1] (CoordConv)."""

    def __init__(self, in_channels: int, out_channels: int):
        super().__init__()
        self.conv = nn.Conv2d(in_channels + 2, out_channels, kernel_size=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Append the y and x coordinate channels, then the 1x1 convolution."""
        b, _, h, w = x.shape
        ys = torch.linspace(-1, 1, h, device=x.device, dtype=x.dtype).view(1, 1, h, 1).expand(b, 1, h, w)
        xs = torch.linspace(-1, 1, w, device=x.device, dtype=x.dtype).view(1, 1, 1, w).expand(b, 1, h, w)
        return self.conv(torch.cat([x, ys, xs], dim=1))

    def patches(self, x: torch.Tensor) -> torch.Tensor:
        """The same descriptor as :meth:`forward`, patch-major: (B, C, h, w) -> (B h w, D').

        ``conv([x, y, x_c]) = W_f x + (W_y y + W_x x_c + b)``: the coordinate term is one (h, w, D')
        map shared by every image, the feature term one matrix product over the patches.

        Args:
            x: the pooled backbone features (channels-last is the cheap layout).

        Returns:
            The descriptor of every patch, rows in (image, row, column) order.
        """
        b, c, h, w = x.shape
        weight = self.conv.weight.flatten(1)  # (D', C + 2)
        ys = torch.linspace(-1, 1, h, device=x.device, dtype=x.dtype)
        xs = torch.linspace(-1, 1, w, device=x.device, dtype=x.dtype)
        coords = ys.view(h, 1, 1) * weight[:, c] + xs.view(1, w, 1) * weight[:, c + 1] + self.conv.bias  # (h, w, D')
        out = F.linear(x.permute(0, 2, 3, 1), weight[:, :c]) + coords
        return out.reshape(b * h * w, -1)


class CFAModel(nn.Module):
    """Frozen backbone, trainable patch descriptor phi and the memory bank C."""

    def __init__(
        self,
        backbone: FeatureExtractor,
        descriptor: CoordConv1x1,
        num_neighbors: int,
        num_hard_negatives: int,
        radius: float,
        alpha: float,
        loss_scale: float = 1000.0,
    ):
        super().__init__()
        self.backbone = backbone
        self.descriptor = descriptor
        self.num_neighbors = num_neighbors
        self.num_hard_negatives = num_hard_negatives
        self.radius = radius
        self.alpha = alpha
        self.loss_scale = loss_scale
        self.register_buffer("memory_bank", torch.empty(0))

    def describe(self, images: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) -> target-oriented patch features (B, D', h, w)."""
        return self.descriptor(self.pooled_features(images))

    def sq_distances(self, images: torch.Tensor) -> tuple[torch.Tensor, tuple[int, int, int]]:
        """Squared distances (B h w, M) of every descriptor patch to the memory bank, and (B, h, w)."""
        desc = self.describe(images)
        b, d, h, w = desc.shape
        patches = desc.permute(0, 2, 3, 1).reshape(-1, d)
        return pairwise_sq_distances(patches, self.memory_bank), (b, h, w)

    def loss(self, images: torch.Tensor) -> torch.Tensor:
        """CFA Eq. 3-5, times ``loss_scale``."""
        sq, _ = self.sq_distances(images)
        return self.loss_scale * self.coupled_hypersphere_loss(sq)

    def coupled_hypersphere_loss(self, sq: torch.Tensor) -> torch.Tensor:
        """``L_att + L_rep`` (Eq. 3-5) of (T, M) squared distances from T patch features to the M memory features."""
        k, j = self.num_neighbors, self.num_hard_negatives
        nearest = torch.topk(sq, k + j, dim=1, largest=False).values
        r2 = self.radius**2
        attract = F.relu(nearest[:, :k] - r2).mean()
        repel = F.relu(r2 - nearest[:, k:] - self.alpha).mean() if j > 0 else nearest.new_zeros(())
        return attract + repel

    def pooled_features(self, images: torch.Tensor) -> torch.Tensor:
        """The frozen backbone's layers, 3x3 pooled and concatenated on layer1's grid (B, D, h, w)."""
        with torch.no_grad():
            feats = self.backbone(images)
            return aggregate_neighbourhood([feats[name] for name in self.backbone.layers], pool=3)

    def nearest_sq_distances(self, patches: torch.Tensor, k: int) -> torch.Tensor:
        """The ``k`` smallest squared distances (T, k), ascending, of (T, D') patches to the memory bank.

        Equal to ``topk(pairwise_sq_distances(patches, C), k)`` (the same expansion
        ``||p||^2 - 2 p.c + ||c||^2``, up to float rounding), computed ``SCORE_BLOCK_ELEMENTS``
        distances at a time; ``||p||^2`` is the same along a row, so the K nearest are those of
        ``||c||^2 - 2 p.c`` (one fused matrix product per block) and it is added to the K kept only.

        Args:
            patches: the descriptor features.
            k: neighbours kept.

        Returns:
            The squared distances to the ``k`` nearest memory features.
        """
        bank = self.memory_bank
        bank_sq = bank.pow(2).sum(1)
        rows = max(1, SCORE_BLOCK_ELEMENTS // len(bank))
        out = patches.new_empty(len(patches), k)
        for start in range(0, len(patches), rows):
            partial = torch.addmm(bank_sq, patches[start : start + rows], bank.T, alpha=-2.0)
            out[start : start + rows] = torch.topk(partial, k, dim=1, largest=False).values
        return out.add_(patches.pow(2).sum(1, keepdim=True)).clamp_min_(0.0)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Patch scores (B, h, w), CFA Eq. 6-7 (see the module docstring's scoring path)."""
        pooled = self.pooled_features(images)
        b, _, h, w = pooled.shape
        # S(p_t) = softmin_k(||phi(p_t) - c^k||)_1 * min_k ||phi(p_t) - c^k|| over the K nearest c^k (Eq. 6-7)
        dist = self.nearest_sq_distances(self.descriptor.patches(pooled), self.num_neighbors).sqrt_()
        score = F.softmin(dist, dim=1)[:, 0] * dist[:, 0]
        return score.view(b, h, w)


@register()
class CFA(TrainedDetector):
    """CFA: coupled-hypersphere feature adaptation with a per-position memory bank."""

    name = "cfa"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Lee et al. IEEE Access 2022; BMAD thesis Table 3.4"
    version = "2"
    profile_params = {
        "smoke": {"backbone": "resnet18", "epochs": 3, "batch_size": 16},
        "quick": {"backbone": "resnet18", "epochs": 1, "batch_size": 16},
        "paper": {"backbone": "wide_resnet50_2", "epochs": 30, "batch_size": 4},
    }

    def __init__(
        self,
        backbone: str = "wide_resnet50_2",
        layers: tuple[str, ...] = ("layer1", "layer2", "layer3"),
        gamma_d: int = 1,
        num_neighbors: int = 3,
        num_hard_negatives: int = 3,
        radius: float = 1e-5,
        alpha: float = 1e-1,
        epochs: int = 30,
        lr: float = 1e-3,
        weight_decay: float = 5e-4,
        valid_every: int = 10,
        sigma: float = 4.0,
        batch_size: int = 4,
        optimizer: Literal["adamw_amsgrad", "adam"] = "adamw_amsgrad",
        loss_scale: float = 1000.0,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.gamma_d = gamma_d
        self.num_neighbors = num_neighbors
        self.num_hard_negatives = num_hard_negatives
        self.radius = radius
        self.alpha = alpha
        self.lr = lr
        self.weight_decay = weight_decay
        self.sigma = sigma
        self.optimizer = optimizer
        self.loss_scale = loss_scale

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen backbone, CoordConv descriptor and an empty memory bank."""
        if self.optimizer not in ("adamw_amsgrad", "adam"):
            raise MedadError(f"cfa: optimizer must be 'adamw_amsgrad' or 'adam'; got {self.optimizer!r}")
        self.input_spec = InputSpec(*shape)
        extractor = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        self.weights_used = extractor.weights_used
        dim = sum(extractor.channels(self.input_spec.height).values())
        descriptor = CoordConv1x1(dim, dim // self.gamma_d)
        self.model = CFAModel(
            extractor, descriptor, self.num_neighbors, self.num_hard_negatives, self.radius, self.alpha, self.loss_scale
        ).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The initial memory bank: mean descriptor per grid position."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        self.model.memory_bank = self._initial_memory(self.model, train)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """AdamW (amsgrad) on the descriptor, as the code BMAD ran; ``optimizer="adam"``: Adam with L2 decay."""
        params = self.model.descriptor.parameters()
        if self.optimizer == "adam":
            return torch.optim.Adam(params, lr=self.lr, weight_decay=self.weight_decay)
        return torch.optim.AdamW(params, lr=self.lr, weight_decay=self.weight_decay, amsgrad=True)

    def trainable_modules(self) -> list[nn.Module]:
        """Only the descriptor phi trains."""
        return [self.model.descriptor]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """CFA Eq. 3-5 on one batch."""
        return self.model.loss(batch["image"].float())

    def on_train_end(self, train: TrainSet) -> None:
        """Record the memory bank size; predict in the faster channels-last layout (``use_channels_last``)."""
        self.fit_info["memory_bank_size"] = int(self.model.memory_bank.shape[0])
        use_channels_last(self.model)

    @torch.no_grad()
    def _initial_memory(self, model: CFAModel, train: TrainSet) -> torch.Tensor:
        """Mean descriptor feature per grid position over the training set, as (h*w, D')."""
        total, count = None, 0
        n_batches = -(-len(train.normal) // self.batch_size)
        for batch in progress(
            train.normal.batches(self.batch_size, device=self.device),
            total=n_batches,
            desc="cfa memory",
            enable=self.progress,
        ):
            desc = model.describe(batch["image"].float())
            total = desc.sum(0) if total is None else total + desc.sum(0)
            count += len(desc)
        mean = total / count
        return mean.flatten(1).T.contiguous()

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return map_prediction(anomaly_map(self.model(images.float()), images.shape[-2:], self.sigma))

    def limit_forward(self, images: torch.Tensor) -> None:
        """The work no implementation of predict avoids, for the bench's ``throughput_vs_limit``.

        The backbone, the descriptor phi and the (B h w, M) matrix product of the search over the
        whole memory bank (module docstring), in the scoring path's blocks; no top-k, softmin or map.

        Args:
            images: a batch on the detector's device.
        """
        model = self.model
        patches = model.descriptor.patches(model.pooled_features(images.float()))
        rows = max(1, SCORE_BLOCK_ELEMENTS // len(model.memory_bank))
        for start in range(0, len(patches), rows):
            patches[start : start + rows] @ model.memory_bank.T
