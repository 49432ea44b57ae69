"""MLEP: margin learning embedded prediction (Liu et al., IJCAI 2019; DRA paper [30], App. B.2).

MLEP was built for video: a U-Net predictor (the encoder-decoder with skip connections of Liu et
al.'s future-frame prediction) forecasts the next frame, trained on normal clips, while a margin
loss on the encoder's latent features pulls normal features together and pushes the few labelled
anomalies away; a test frame is scored by the quality of its prediction, the PSNR. The DRA paper
"adapts it to image tasks by modifying the backbone network and training settings to be consistent
with DRA". Here:

* encoder = the ResNet-18 trunk (end to end); decoder = four up-sampling stages with skip
  connections from ``layer3``, ``layer2`` and ``layer1`` (U-Net), back to the input resolution;
  "prediction" of a still image is its reconstruction;
* prediction loss: mean squared error on the *normal* images of the batch only (anomalies are not
  to be predicted well);
* margin loss on the latent codes ``z`` (GAP of ``layer4``), the triplet form of MLEP's margin
  learning over every (anchor a, positive p, negative n) of the batch, a != p normal, n a labelled
  anomaly: ``mean max(0, ||z_a - z_p||^2 - ||z_a - z_n||^2 + margin)`` (:func:`margin_loss`), weight
  ``lambda_margin``;
* score: MLEP's prediction quality, ``PSNR = 10 log10(1 / MSE)`` of the image (pixel range 1); the
  anomaly score is ``-PSNR`` (MLEP's min-max "regularity score" over a test video is a monotone map
  of it and leaves the AUROC unchanged).

The original code (svip-lab/MLEP) was not available to this project; where the paper leaves the
form of the margin term open, the triplet form above is the choice, documented here. Training
settings follow DRA (30 x 20 iterations, batch 48, the paper optimiser preset).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.methods._openset import NORMAL, SEEN, OpenSetDetector, gap
from medad_core.nn.backbone import FeatureExtractor
from medad_core.registry import register

__all__ = ["MLEP", "MLEPModel", "margin_loss", "psnr"]

_SKIPS = ("layer1", "layer2", "layer3", "layer4")


def margin_loss(normal: torch.Tensor, anomalies: torch.Tensor, margin: float) -> torch.Tensor:
    """MLEP's margin term over every triplet of a batch.

    Args:
        normal: (n, d) latent codes of normal images (anchors and positives; n >= 2).
        anomalies: (m, d) latent codes of labelled anomalies (negatives; m >= 1).
        margin: the margin between the normal-normal and normal-anomaly squared distances.

    Returns:
        ``mean over a != p, n of max(0, ||z_a - z_p||^2 - ||z_a - z_n||^2 + margin)`` (a scalar).
    """
    d_pos = torch.cdist(normal, normal) ** 2  # (n, n): ||z_a - z_p||^2
    d_neg = torch.cdist(normal, anomalies) ** 2  # (n, m): ||z_a - z_n||^2
    hinge = F.relu(d_pos[:, :, None] - d_neg[:, None, :] + margin)  # (a, p, n)
    off_diagonal = ~torch.eye(len(normal), dtype=torch.bool, device=normal.device)
    return hinge[off_diagonal].mean()


def psnr(prediction: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Per-image peak signal-to-noise ratio for pixel range 1, ``10 log10(1 / MSE)``, shape (B,)."""
    mse = ((prediction - target) ** 2).flatten(1).mean(1)
    return 10 * torch.log10(1.0 / mse.clamp_min(1e-10))


def _block(c_in: int, c_out: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
        nn.Conv2d(c_out, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
    )


class MLEPModel(nn.Module):
    """ResNet-18 encoder (the trunk, returning every stage) and the U-Net decoder."""

    def __init__(self, trunk, weights: str, profile: str, channels: int = 3):
        super().__init__()
        self.trunk = trunk
        # the U-Net decoder reads layer1-3 as skips: the trunk's extractor returns all four stages
        trunk.extractor = FeatureExtractor(trunk.extractor.arch, _SKIPS, weights, profile, frozen=False)
        self.up3 = _block(512 + 256, 256)
        self.up2 = _block(256 + 128, 128)
        self.up1 = _block(128 + 64, 64)
        self.out = nn.Sequential(
            nn.Conv2d(64, 32, 3, padding=1), nn.ReLU(inplace=True), nn.Conv2d(32, channels, 3, padding=1), nn.Sigmoid()
        )

    @staticmethod
    def _up(x: torch.Tensor, skip: torch.Tensor) -> torch.Tensor:
        return torch.cat([F.interpolate(x, size=skip.shape[-2:], mode="nearest"), skip], dim=1)

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(prediction at the trunk's input size, that input, GAP latent code)."""
        target = self.trunk.levels(images)[0]
        f = self.trunk.extractor(target)
        x = self.up3(self._up(f["layer4"], f["layer3"]))
        x = self.up2(self._up(x, f["layer2"]))
        x = self.up1(self._up(x, f["layer1"]))
        prediction = F.interpolate(self.out(x), size=target.shape[-2:], mode="bilinear", align_corners=False)
        return prediction, target, gap(f["layer4"])


@register()
class MLEP(OpenSetDetector):
    """Margin learning embedded prediction, adapted to images (U-Net prediction + latent margin)."""

    name = "mlep"
    paper = "MLEP (Liu et al., IJCAI 2019) adapted to images as in DRA (CVPR 2022) App. B.2"
    # 2: U-Net decoder with skips, margin over all triplets, PSNR score, rotation, StepLR + clipping
    # 3: the fused Adam update of the shared open-set optimiser (same update, other rounding)
    # 4: BatchNorm statistics re-estimated after training in the quick and smoke profiles (bn_recalibration)
    version = "4"

    profile_params = {
        "smoke": {"epochs": 1, "bn_recalibration": 2, "iterations": 2, "batch_size": 6, "image_size": 32},
        "quick": {"epochs": 4, "bn_recalibration": 10, "iterations": 4, "batch_size": 12, "image_size": 64},
        "paper": {"epochs": 30, "iterations": 20, "batch_size": 48, "optim": "paper"},
    }

    def __init__(
        self,
        *,
        margin: float = 1.0,
        lambda_margin: float = 1.0,
        optim: str = "paper",
        pyramid_levels: int = 1,
        **kwargs,
    ):
        super().__init__(optim=optim, pyramid_levels=pyramid_levels, **kwargs)
        self.margin = margin
        self.lambda_margin = lambda_margin

    def _network(self, trunk):
        return MLEPModel(trunk, self.weights, self.profile)

    @staticmethod
    def _rgb(images: torch.Tensor) -> torch.Tensor:
        return images.expand(-1, 3, -1, -1) if images.shape[1] == 1 else images[:, :3]

    def _train_loss(self, images, labels):
        prediction, target, latent = self.model(images)
        normal = labels == NORMAL
        loss = F.mse_loss(prediction[normal], self._rgb(target)[normal])  # prediction on normals only
        anomalies = latent[labels == SEEN]
        if len(anomalies) and int(normal.sum()) > 1:
            loss = loss + self.lambda_margin * margin_loss(latent[normal], anomalies, self.margin)
        return loss

    def _scores(self, images):
        prediction, target, _ = self.model(images)
        quality = psnr(prediction, self._rgb(target))
        return -quality, {"psnr": quality}
