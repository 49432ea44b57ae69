"""Raw-pixel nearest-normal baseline.

The simplest one-class detector, used to calibrate how hard a dataset (or phantom) is: an image's
score is the Euclidean distance to its nearest normal training image,

    s(x) = min_{n in D_normal} || phi(x) - phi(n) ||_2 ,

with ``phi`` one of the representations of :mod:`medad_core.data.baseline` (``raw_pixel``: the
pixels after area downsampling to ``resolution``; ``block_stats``: per-block mean and standard
deviation, for stationary textures such as H&E tissue). Its anomaly map is the absolute
per-pixel difference to that nearest normal image at full resolution, Gaussian-smoothed. No
learned features, no training: if this baseline scores 1.0 a benchmark is too easy.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import Detector, MedadError, Prediction, Setting, TrainSet
from medad_core.data.baseline import BASELINES, features
from medad_core.nn.anomaly_map import gaussian_blur
from medad_core.registry import register


class NearestNormalBank(nn.Module):
    """Stores the normal training images (full and downsampled) and finds nearest neighbours."""

    def __init__(self, normals: torch.Tensor, resolution: int, representation: str = "raw_pixel"):
        super().__init__()
        self.resolution = resolution
        self.representation = representation
        self.register_buffer("normals", normals)
        self.register_buffer("codes", self.encode(normals))

    def encode(self, images: torch.Tensor) -> torch.Tensor:
        """The representation compared between images (raw pixels or block statistics, downsampled)."""
        return features(F.adaptive_avg_pool2d(images, self.resolution), self.representation)

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Distance to, and index of, each image's nearest normal training image."""
        distances = torch.cdist(self.encode(images), self.codes)
        nearest_distance, nearest_index = distances.min(dim=1)
        return nearest_distance, nearest_index


@register("raw_pixel_knn")
class PixelKNN(Detector):
    """Raw-pixel distance to the nearest normal image (a difficulty baseline, not from the papers)."""

    name = "pixel_knn"
    settings = frozenset({Setting.ONE_CLASS, Setting.ZERO_FEW_SHOT, Setting.CLIP_RECONSTRUCTION})
    localizes = True
    paper = "baseline (data chapter)"
    profile_params = {"smoke": {"resolution": 16}, "quick": {"resolution": 32}, "paper": {"resolution": 64}}

    def __init__(self, resolution: int = 32, representation: str = "raw_pixel", sigma: float = 2.0, **kwargs):
        super().__init__(**kwargs)
        if representation not in BASELINES:
            raise MedadError(f"representation must be one of {', '.join(BASELINES)}; got {representation!r}")
        self.resolution = resolution
        self.representation = representation
        self.sigma = sigma

    def _build(self, shape: tuple[int, int, int]) -> None:
        """An empty bank of normal images (filled by the fit, or by a checkpoint)."""
        channels, height, width = shape
        empty = torch.zeros(1, channels, height, width, device=self.device)
        self.model = NearestNormalBank(empty, self.resolution, self.representation).to(self.device)
        self.weights_used = "none (no network)"

    def _fit(self, train: TrainSet) -> None:
        train.require("normal", method=self.name)
        self._build(self.train_shape)
        normals = train.normal.tensors().to(self.device)
        self.model.normals = normals
        self.model.codes = self.model.encode(normals)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        distance, index = self.model(images)
        nearest = self.model.normals[index]
        maps = gaussian_blur((images - nearest).abs().mean(dim=1), self.sigma)
        return Prediction(distance.cpu().numpy(), maps.cpu().numpy())
