"""PaDiM: per-position Gaussians of patch embeddings, as BMAD ran it.

PaDiM (Defard et al., "PaDiM: a Patch Distribution Modeling Framework for Anomaly Detection and
Localization", ICPR 2021), with BMAD's settings (thesis Table 3.4): layer1-layer3 of a ResNet-18
(100 randomly kept dimensions) or WideResNet-50 (550 dimensions), chosen by ``backbone``. BMAD
evaluated both (its ``*_padim`` and ``*_padim_resnet50`` configs); the paper profile uses
WideResNet-50 with the ImageNet weights of anomalib 0.5 (``IMAGENET1K_V1``, :mod:`medad_core.weights`).

* Patch embedding (Sec. 3.1): layer2 and layer3 are resized (nearest) to layer1's grid and
  concatenated; ``n_features`` channels are kept by a seeded random selection (Sec. 3.3 / Table 1:
  random selection works as well as PCA).
* Learning (Eq. 1): per position ij a Gaussian N(mu_ij, Sigma_ij) over the N training images,
  ``Sigma_ij = 1/(N-1) sum_k (x_ij^k - mu_ij)(x_ij^k - mu_ij)^T + eps I`` with ``eps = 0.01``.
  Sums of x and x x^T are accumulated batch by batch (shifted by the first batch's mean, which keeps
  float32 accurate), so the training set is never held in memory.
* Inference (Eq. 2): ``M(x_ij) = sqrt((x_ij - mu_ij)^T Sigma_ij^{-1} (x_ij - mu_ij))``; the map is
  upsampled to the input, Gaussian-smoothed (sigma 4) and its maximum is the image score.
"""

from __future__ import annotations

import itertools

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import Detector, MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, map_prediction
from medad_core.nn.anomaly_map import anomaly_map
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.progress import progress
from medad_core.registry import register

#: dimensions kept per backbone (PaDiM Sec. 4.1 and BMAD Table 3.4)
DEFAULT_FEATURES = {"resnet18": 100, "wide_resnet50_2": 550}


class PaDiMModel(nn.Module):
    """Frozen backbone, channel index, per-position mean and inverse covariance."""

    def __init__(self, backbone: FeatureExtractor, channel_index: torch.Tensor):
        super().__init__()
        self.backbone = backbone
        self.register_buffer("channel_index", channel_index)
        self.register_buffer("mean", torch.empty(0))
        self.register_buffer("inv_covariance", torch.empty(0))

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) -> (B, d, h, w) embedding with the kept channels.

        The same values as resizing every layer to layer1's grid (nearest), concatenating and keeping
        ``channel_index``: the kept channels of each layer are selected first, so only d of the
        D channels are resized and copied (nearest resizing copies values, so the order of the two
        steps changes nothing).
        """
        maps = self.backbone(images)
        feats = [maps[name] for name in self.backbone.layers]
        size = feats[0].shape[-2:]
        parts = []
        for feature, index in zip(feats, self._layer_indices([f.shape[1] for f in feats]), strict=True):
            if len(index) == 0:
                continue
            part = feature.index_select(1, index)
            if part.shape[-2:] != size:
                part = F.interpolate(part, size=size, mode="nearest")
            parts.append(part)
        return torch.cat(parts, dim=1)

    def _layer_indices(self, channels: list[int]) -> list[torch.Tensor]:
        """``channel_index`` split by layer, as indices into each layer's channels (built once per shape)."""
        key = (tuple(channels), self.channel_index.device)
        if getattr(self, "_split_key", None) != key:
            index = self.channel_index  # sorted, into the concatenated channels
            starts = [0, *itertools.accumulate(channels)]
            cuts = torch.searchsorted(index, torch.tensor(starts, device=index.device)).tolist()
            self._splits = [index[cuts[i] : cuts[i + 1]] - starts[i] for i in range(len(channels))]
            self._split_key = key
        return self._splits

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """Mahalanobis distance map (B, h, w), PaDiM Eq. 2."""
        emb = self.embed(images)
        b, d, h, w = emb.shape
        delta = emb.permute(2, 3, 0, 1).reshape(h * w, b, d) - self.mean.unsqueeze(1)  # (P, B, d)
        # (P, B, d) @ (P, d, d): one batched matmul per position, then the row-wise dot product
        sq = (torch.bmm(delta, self.inv_covariance) * delta).sum(-1).clamp_min(0.0)
        return sq.sqrt().T.reshape(b, h, w)


#: positions inverted at once (bounds the inverse's workspace to a few hundred d x d matrices)
INVERSE_CHUNK = 256


@register()
class PaDiM(Detector):
    """PaDiM: per-position multivariate Gaussian of backbone patch embeddings, Mahalanobis scores."""

    name = "padim"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Defard et al. ICPR 2021; BMAD thesis Table 3.4"
    profile_params = {
        "smoke": {"backbone": "resnet18", "n_features": 100},
        "quick": {"backbone": "resnet18", "n_features": 100},
        "paper": {"backbone": "wide_resnet50_2", "n_features": 550},
    }
    #: 2: WideResNet-50 loads IMAGENET1K_V1 (``medad_core.weights.WEIGHTS_ENUMS``)
    version = "2"

    def __init__(
        self,
        backbone: str = "wide_resnet50_2",
        layers: tuple[str, ...] = ("layer1", "layer2", "layer3"),
        n_features: int | None = None,
        epsilon: float = 0.01,
        sigma: float = 4.0,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.n_features = n_features
        self.epsilon = epsilon
        self.sigma = sigma

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The frozen backbone, the random channel subset (seeded) and empty Gaussian statistics."""
        self.input_spec = InputSpec(*shape)
        extractor = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        self.weights_used = extractor.weights_used
        total = sum(extractor.channels(self.input_spec.height).values())
        n_keep = self.n_features if self.n_features is not None else DEFAULT_FEATURES.get(self.backbone, 100)
        if not 0 < n_keep <= total:
            raise MedadError(
                f"{self.name}: n_features must be in [1, {total}] for {self.backbone} {self.layers}; got {n_keep}"
            )
        generator = torch.Generator().manual_seed(self.seed)
        channel_index = torch.randperm(total, generator=generator)[:n_keep].sort().values
        self.model = PaDiMModel(extractor, channel_index).to(self.device).eval()
        self.n_keep = int(n_keep)

    def _fit(self, train: TrainSet) -> None:
        check_training_images(train, self.name)
        if len(train.normal) < 2:
            raise MedadError(f"{self.name} needs at least 2 normal training images to estimate a covariance")
        self._build(self.train_shape)
        model, n_keep = self.model, self.n_keep
        shift = sums = outer = None
        count = 0
        n_batches = -(-len(train.normal) // self.batch_size)
        with torch.inference_mode():
            for batch in progress(
                train.normal.batches(self.batch_size, device=self.device),
                total=n_batches,
                desc="padim fit",
                enable=self.progress,
            ):
                emb = model.embed(batch["image"].float())
                b, d, h, w = emb.shape
                x = emb.permute(2, 3, 0, 1).reshape(h * w, b, d)
                if shift is None:
                    shift = x.mean(1, keepdim=True)
                    sums = torch.zeros(h * w, d, device=x.device)
                    outer = torch.zeros(h * w, d, d, device=x.device)
                x = x - shift
                sums += x.sum(1)
                outer.baddbmm_(x.transpose(1, 2), x)
                count += b
            mean_shifted = sums / count
            # Sigma_ij = (sum x x^T - N mu mu^T) / (N - 1) + eps I (PaDiM Eq. 1), built and inverted in place:
            # at the paper's size (WRN-50, 550 dims, 56 x 56 positions) one (P, d, d) tensor is 3.8 GB, and
            # out-of-place steps would hold four of them at once
            covariance = outer.baddbmm_(mean_shifted.unsqueeze(2), mean_shifted.unsqueeze(1), alpha=-count)
            covariance.div_(count - 1).diagonal(dim1=-2, dim2=-1).add_(self.epsilon)
            for start in range(0, len(covariance), INVERSE_CHUNK):
                block = covariance[start : start + INVERSE_CHUNK]
                block.copy_(torch.linalg.inv(block))
            model.mean = mean_shifted + shift.squeeze(1)
            model.inv_covariance = covariance
        self.fit_info = {"n_features": int(n_keep), "grid": [int(h), int(w)], "n_train": int(count)}
        self.model = use_channels_last(model)  # predict in the faster layout (medad_core.nn.backbone)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name, same_size=True)
        distances = self.model(images.float())
        return map_prediction(anomaly_map(distances, images.shape[-2:], self.sigma))
