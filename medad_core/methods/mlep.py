"""MLEP: margin learning embedded prediction (Liu et al., IJCAI 2019; DRA paper [30], App. B.2).

MLEP was built for video: a predictor network forecasts the next frame, trained on normal clips,
and a margin loss embedded on its latent features pulls normal features together and pushes the few
labelled anomalies away by a margin; test frames are scored by their prediction error. The DRA
paper "adapts it to image tasks by modifying the backbone network and training settings to be
consistent with DRA". Here:

* encoder = the ResNet-18 trunk (end to end), decoder = five (upsample x2, 3x3 conv, BN, ReLU)
  stages back to the input resolution; "prediction" of a still image is its reconstruction;
* prediction loss: mean squared error on the *normal* images of the batch;
* margin loss on GAP latents (triplet form of MLEP's margin learning): for normal anchors ``a``,
  normal positives ``p`` and labelled anomalies ``n``,
  ``max(0, ||a - p||^2 - ||a - n||^2 + margin)``, weight ``lambda_margin``;
* score: the reconstruction (prediction) error of the image, as in MLEP; ``score="error+latent"``
  adds the latent distance to the mean normal latent (z-scored on the training normals).

Training settings follow DRA (30 x 20 iterations, batch 48, Adam lr 1e-3, wd 1e-2).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError
from medad_core.methods._openset import NORMAL, SEEN, OpenSetDetector, gap
from medad_core.registry import register

__all__ = ["MLEP", "MLEPModel"]


def _stage(c_in: int, c_out: int) -> nn.Sequential:
    return nn.Sequential(nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(c_in, c_out, 3, padding=1),
                         nn.BatchNorm2d(c_out), nn.ReLU(inplace=True))


class MLEPModel(nn.Module):
    """ResNet-18 encoder (the trunk), the upsampling decoder and the z-scoring statistics."""

    def __init__(self, trunk, channels: int):
        super().__init__()
        self.trunk = trunk
        self.decoder = nn.Sequential(_stage(512, 256), _stage(256, 128), _stage(128, 64), _stage(64, 32),
                                     _stage(32, 32), nn.Conv2d(32, channels, 3, padding=1), nn.Sigmoid())
        self.register_buffer("latent_mean", torch.zeros(512))
        self.register_buffer("latent_scale", torch.ones(2))  # (mean, std) of normal latent distances
        self.register_buffer("error_scale", torch.ones(2))   # (mean, std) of normal prediction errors

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(reconstruction at the trunk's input size, GAP latent)."""
        target = self.trunk.levels(images)[0]
        m = self.trunk.extractor(target)["layer4"]
        recon = F.interpolate(self.decoder(m), size=target.shape[-2:], mode="bilinear", align_corners=False)
        return recon, gap(m)


@register()
class MLEP(OpenSetDetector):
    """Margin learning embedded prediction, adapted to images (reconstruction + latent margin)."""

    name = "mlep"
    paper = "MLEP (Liu et al., IJCAI 2019) adapted to images as in DRA (CVPR 2022) App. B.2"

    profile_params = {
        "smoke": {"epochs": 1, "iterations": 2, "batch_size": 6, "image_size": 32},
        "quick": {"epochs": 4, "iterations": 3, "batch_size": 9, "image_size": 64},
        "paper": {"epochs": 30, "iterations": 20, "batch_size": 48, "optim": "paper"},
    }

    def __init__(self, *, margin: float = 1.0, lambda_margin: float = 1.0, score: str = "error",
                 optim: str = "paper", pyramid_levels: int = 1, **kwargs):
        super().__init__(optim=optim, pyramid_levels=pyramid_levels, **kwargs)
        if score not in ("error", "error+latent"):
            raise MedadError(f"score must be 'error' or 'error+latent'; got {score!r}")
        self.margin = margin
        self.lambda_margin = lambda_margin
        self.score = score

    def _build(self, trunk):
        return MLEPModel(trunk, self._channels())

    def _channels(self) -> int:
        return 3  # reconstruct the (possibly greyscale-repeated) image in 3 channels

    @staticmethod
    def _target(images: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
        if images.shape[-2:] != like.shape[-2:]:
            images = F.interpolate(images, size=like.shape[-2:], mode="bilinear", align_corners=False)
        return images.expand(-1, 3, -1, -1) if images.shape[1] == 1 else images[:, :3]

    def _train_loss(self, images, labels):
        recon, latent = self.model(images)
        target = self._target(images, recon)
        normal = labels == NORMAL
        loss = F.mse_loss(recon[normal], target[normal])
        anomalies = latent[labels == SEEN]
        normals = latent[normal]
        if len(anomalies) and len(normals) > 1:
            latent_n = F.normalize(normals, dim=1)
            latent_a = F.normalize(anomalies, dim=1)
            positive = latent_n.roll(1, dims=0)
            n_pairs = min(len(latent_n), len(latent_a))
            d_pos = ((latent_n[:n_pairs] - positive[:n_pairs]) ** 2).sum(1)
            d_neg = ((latent_n[:n_pairs] - latent_a[:n_pairs]) ** 2).sum(1)
            loss = loss + self.lambda_margin * F.relu(d_pos - d_neg + self.margin).mean()
        return loss

    def on_train_end(self, train):
        """z-scoring statistics of the trained model on the training normals."""
        super().on_train_end(train)
        with torch.no_grad():  # z-scoring statistics of the training normals (score="error+latent")
            normal = train.normal.tensors()
            errors, latents = [], []
            for i in range(0, len(normal), 64):
                batch = normal[i:i + 64].to(self.device)
                recon, latent = self.model(batch)
                errors.append(((recon - self._target(batch, recon)) ** 2).flatten(1).mean(1))
                latents.append(F.normalize(latent, dim=1))
            errors, latents = torch.cat(errors), torch.cat(latents)
            self.model.latent_mean.copy_(latents.mean(0))
            d = ((latents - self.model.latent_mean) ** 2).sum(1)
            self.model.latent_scale.copy_(torch.stack([d.mean(), d.std().clamp_min(1e-8)]))
            self.model.error_scale.copy_(torch.stack([errors.mean(), errors.std().clamp_min(1e-8)]))

    def _scores(self, images):
        recon, latent = self.model(images)
        error = ((recon - self._target(images, recon)) ** 2).flatten(1).mean(1)
        extras = {"prediction_error": error}
        if self.score == "error":
            return error, extras
        d = ((F.normalize(latent, dim=1) - self.model.latent_mean) ** 2).sum(1)
        z_latent = (d - self.model.latent_scale[0]) / self.model.latent_scale[1]
        z_error = (error - self.model.error_scale[0]) / self.model.error_scale[1]
        extras["latent_z"] = z_latent
        return z_error + z_latent, extras
