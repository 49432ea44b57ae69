"""DRAEM: a discriminatively trained reconstruction embedding, as BMAD ran it.

DRAEM (Zavrtanik et al., "DRAEM - A discriminatively trained reconstruction embedding for surface
anomaly detection", ICCV 2021) with BMAD's settings (thesis Table 3.5: U-Net structure, Adam, lr 1e-4
for both sub-networks; BMAD's anomalib config ``bras2021_draem.yaml``: 224 px, ImageNet normalisation,
batch 16, at most 700 epochs, early stopping with patience 20 on the valid pixel AUROC).

* Networks (Sec. 3.1-3.2, Fig. 3; widths of the authors' code and anomalib's ``torch_model.py``): the
  reconstructive sub-network is an encoder-decoder **without** skip connections, five encoder blocks
  [2 x (conv 3x3 - BN - ReLU)] of widths ``w, 2w, 4w, 8w, 8w`` with four max-pools and a decoder of
  bilinear upsampling + conv blocks back to 3 channels (no output activation), ``w = base_width``
  (128 in the paper). The discriminative sub-network is a U-Net with skips on ``concat(I, I_r)`` (6
  channels): six encoder blocks of widths ``v, 2v, 4v, 8v, 8v, 8v`` (five max-pools, ``v = w / 2`` = 64),
  a decoder concatenating the encoder features, and a final conv to 2-channel logits. Measured with
  ``medad_core.efficiency.count_parameters``: **97.4 M** parameters at ``base_width=128`` (69.0 M
  reconstructive + 28.4 M discriminative), 0.38 M at the smoke / quick profiles' ``base_width=8``. The input
  side must be divisible by 32 (224 = 7 x 32); other sizes are resized to ``image_size`` (or to the
  next multiple of 32) and the map resized back.
* Anomaly simulation (Sec. 3.3, Eq. 1; :mod:`medad_core.nn.perlin`): Perlin noise with ``2^U{0..6}``
  lattice cells per axis, rotated by U(-90, 90) degrees, thresholded at 0.5; the source ``A`` is the
  augmented Perlin pattern itself (``anomaly_source=None``, anomalib's behaviour with BMAD's
  ``anomaly_source_path: null``) or an image of a texture folder (``anomaly_source=DIR``, e.g. DTD,
  the paper's choice), 3 of 10 augmentations; ``I_a = (1-M) I + (1-beta) M I + beta M A`` with
  ``beta ~ U(beta_range)``: the paper's (0.1, 1.0) by default; anomalib draws the source weight from
  U(0.2, 1.0) (``beta_range=(0.2, 1.0)``). Each image is altered with probability 0.5 (the other half
  keeps an empty mask), as the authors' code and anomalib do. Blending is done in [0, 1]; both
  sub-networks then see ImageNet-normalised images (BMAD's config).
* Loss (Eq. 2-4): ``L = L2(I, I_r) + lambda L_SSIM(I, I_r) + L_seg``, ``L_SSIM = mean(1 - SSIM)`` (11 x 11
  Gaussian window, :func:`~medad_core.nn.losses.ssim_loss`), ``lambda = ssim_weight = 1`` (the authors'
  code; anomalib's ``2 x kornia.SSIMLoss`` is the same since kornia's loss is ``(1 - SSIM) / 2``),
  ``L_seg`` = focal loss (gamma 2) on the softmax of the 2-channel logits against the mask ``M``. ``I``
  is the clean image: the reconstructive network learns to remove the simulated anomaly.
* Score (Sec. 3.4): the map is the softmax channel 1 (``M_o``); the image score is the maximum of
  ``M_o`` smoothed by a 21 x 21 mean filter (``score="paper"``); ``score="anomalib"`` takes the
  maximum of ``M_o`` without smoothing (anomalib 0.5, which BMAD ran).
* Training (Sec. 4.1): Adam lr 1e-4 on both sub-networks, multiplied by 0.1 at 80 % and 90 % of the
  epochs (``MultiStepLR``; anomalib uses fixed milestones 400 and 600), batch 8 (paper; BMAD's 16:
  ``batch_size=16``), 700 epochs in the paper profile. Checkpoint: BMAD's early stopping, the valid
  **pixel** AUROC every ``valid_every`` epochs with ``patience`` evaluations
  (:class:`~medad_core.nn.selection.ValidSelector`), best state restored; ``selection_metric=
  "image_auroc"`` selects on the image AUROC (the thesis's Sec. 3.4.1 protocol).
* Profiles: ``smoke`` runs the narrow ``base_width=8`` network at the data size, 10 epochs at lr 3e-3
  (a larger step for the few steps a CPU can afford), no early stopping; ``quick`` a ``base_width=16``
  network at 32 px for 4 epochs (at the CPU cost of a narrower one at 64 px, which did not learn in
  the epochs the chapter's budget allows); ``paper`` the full network at 224 px with BMAD's settings.
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images
from medad_core.nn.backbone import imagenet_normalize
from medad_core.nn.losses import softmax_focal_loss, ssim_loss
from medad_core.nn.perlin import load_textures, simulate_anomalies
from medad_core.nn.training import Optimization, TrainedDetector
from medad_core.registry import register

__all__ = ["DRAEMModel", "DRAEM", "draem_loss", "draem_image_score"]


def _block(c_in: int, c_out: int, c_mid: int | None = None) -> nn.Sequential:
    """2 x (conv 3x3 - BN - ReLU), DRAEM's encoder/decoder block (``c_in -> c_mid -> c_out``)."""
    c_mid = c_out if c_mid is None else c_mid
    return nn.Sequential(
        nn.Conv2d(c_in, c_mid, 3, padding=1),
        nn.BatchNorm2d(c_mid),
        nn.ReLU(inplace=True),
        nn.Conv2d(c_mid, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
    )


def _up(c_in: int, c_out: int) -> nn.Sequential:
    """Bilinear x2 upsampling, then conv 3x3 - BN - ReLU."""
    return nn.Sequential(
        nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True),
        nn.Conv2d(c_in, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
    )


class ReconstructiveSubNetwork(nn.Module):
    """Encoder-decoder without skips: widths w, 2w, 4w, 8w, 8w, four max-pools, 3-channel output."""

    def __init__(self, in_channels: int = 3, out_channels: int = 3, base_width: int = 128):
        super().__init__()
        w = base_width
        widths = [w, 2 * w, 4 * w, 8 * w, 8 * w]
        self.encoder = nn.ModuleList(
            _block(c_in, c_out) for c_in, c_out in zip([in_channels, *widths[:-1]], widths, strict=True)
        )
        # decoder: at each level up (keeps the width), conv at the width, conv halving it (w: keeps w)
        self.ups = nn.ModuleList([_up(8 * w, 8 * w), _up(4 * w, 4 * w), _up(2 * w, 2 * w), _up(w, w)])
        self.blocks = nn.ModuleList(
            [_block(8 * w, 4 * w, 8 * w), _block(4 * w, 2 * w, 4 * w), _block(2 * w, w, 2 * w), _block(w, w)]
        )
        self.out = nn.Conv2d(w, out_channels, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) -> the reconstruction I_r, (B, 3, H, W); H, W divisible by 16."""
        for i, block in enumerate(self.encoder):
            x = block(x if i == 0 else F.max_pool2d(x, 2))
        for up, block in zip(self.ups, self.blocks, strict=True):
            x = block(up(x))
        return self.out(x)


class DiscriminativeSubNetwork(nn.Module):
    """U-Net with skips: encoder widths v, 2v, 4v, 8v, 8v, 8v (five max-pools), 2-channel logits."""

    def __init__(self, in_channels: int = 6, out_channels: int = 2, base_width: int = 64):
        super().__init__()
        v = base_width
        widths = [v, 2 * v, 4 * v, 8 * v, 8 * v, 8 * v]
        self.encoder = nn.ModuleList(
            _block(c_in, c_out) for c_in, c_out in zip([in_channels, *widths[:-1]], widths, strict=True)
        )
        # decoder level k upsamples and concatenates encoder block 4 - k (deepest first)
        up_out = [8 * v, 4 * v, 2 * v, v, v]
        up_in = [8 * v, *up_out[:-1]]
        skip = [8 * v, 8 * v, 4 * v, 2 * v, v]
        self.ups = nn.ModuleList(_up(c_in, c_out) for c_in, c_out in zip(up_in, up_out, strict=True))
        self.blocks = nn.ModuleList(_block(u + s, u) for u, s in zip(up_out, skip, strict=True))
        self.out = nn.Conv2d(v, out_channels, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, 6, H, W) = concat(I, I_r) -> (B, 2, H, W) logits; H, W divisible by 32."""
        features = []
        for i, block in enumerate(self.encoder):
            x = block(x if i == 0 else F.max_pool2d(x, 2))
            features.append(x)
        for k, (up, block) in enumerate(zip(self.ups, self.blocks, strict=True)):
            x = block(torch.cat([up(x), features[-2 - k]], 1))
        return self.out(x)


class DRAEMModel(nn.Module):
    """DRAEM's two sub-networks; ``forward`` returns the reconstruction and the segmentation logits."""

    def __init__(self, base_width: int = 128):
        super().__init__()
        self.reconstructive = ReconstructiveSubNetwork(3, 3, base_width)
        self.discriminative = DiscriminativeSubNetwork(6, 2, max(base_width // 2, 1))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """ImageNet-normalised (B, 3, H, W) -> (I_r, logits (B, 2, H, W))."""
        reconstruction = self.reconstructive(x)
        return reconstruction, self.discriminative(torch.cat([x, reconstruction], 1))


def draem_loss(
    clean: torch.Tensor,
    reconstruction: torch.Tensor,
    logits: torch.Tensor,
    mask: torch.Tensor,
    *,
    ssim_weight: float = 1.0,
    gamma: float = 2.0,
) -> dict[str, torch.Tensor]:
    """DRAEM Eq. 2-4: ``L = L2(I, I_r) + lambda L_SSIM(I, I_r) + L_seg(M, M_o)``.

    Args:
        clean: the clean images I (B, 3, H, W), in the networks' (normalised) space.
        reconstruction: I_r from the simulated-anomaly input.
        logits: (B, 2, H, W) discriminative logits.
        mask: (B, 1, H, W) or (B, H, W) simulated-anomaly masks M.
        ssim_weight: lambda.
        gamma: the focal-loss gamma.

    Returns:
        ``{"loss", "l2", "ssim", "focal"}`` tensors.
    """
    l2 = F.mse_loss(reconstruction, clean)
    l_ssim = ssim_loss(reconstruction, clean)
    focal = softmax_focal_loss(logits, mask, gamma=gamma)
    return {"loss": l2 + ssim_weight * l_ssim + focal, "l2": l2, "ssim": l_ssim, "focal": focal}


def draem_image_score(maps: torch.Tensor, score: str = "paper", kernel: int = 21) -> torch.Tensor:
    """The image score from DRAEM's (B, H, W) maps M_o.

    Args:
        maps: softmax channel 1, (B, H, W).
        score: ``"paper"``: max of the ``kernel`` x ``kernel`` mean-filtered map (Sec. 3.4; zero padding
            counted, as the authors' ``avg_pool2d``); ``"anomalib"``: max of the map.
        kernel: the mean filter's side (21).

    Returns:
        (B,) scores.
    """
    if score == "paper":
        maps = F.avg_pool2d(maps.unsqueeze(1), kernel, stride=1, padding=kernel // 2).squeeze(1)
    return maps.flatten(1).amax(1)


@register()
class DRAEM(TrainedDetector):
    """DRAEM: reconstructive + discriminative sub-networks trained on Perlin-noise anomalies."""

    name = "draem"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Zavrtanik et al. ICCV 2021; BMAD thesis Table 3.5"
    version = "1"
    profile_params = {
        # narrow networks at the data size, trained for a few epochs with a larger step (CPU budget)
        "smoke": {"base_width": 8, "epochs": 10, "batch_size": 8, "lr": 3e-3, "valid_every": 5, "patience": None},
        # quick at 32 px: for the CPU seconds of width 8 x 2 epochs at 64 px, which did not learn the brain
        # phantom, width 16 x 4 epochs at 32 px does
        "quick": {
            "base_width": 16,
            "image_size": 32,
            "epochs": 4,
            "batch_size": 8,
            "lr": 3e-3,
            "valid_every": 2,
            "patience": None,
        },
        "paper": {
            "base_width": 128,
            "image_size": 224,
            "epochs": 700,
            "batch_size": 8,
            "lr": 1e-4,
            "valid_every": 10,
            "patience": 20,
        },
    }

    def __init__(
        self,
        base_width: int = 128,
        image_size: int | None = None,
        epochs: int = 700,
        lr: float = 1e-4,
        betas: tuple[float, float] = (0.9, 0.999),
        lr_milestones: tuple[float, ...] = (0.8, 0.9),
        lr_gamma: float = 0.1,
        batch_size: int = 8,
        ssim_weight: float = 1.0,
        beta_range: tuple[float, float] = (0.1, 1.0),
        p_anomalous: float = 0.5,
        anomaly_source: str | None = None,
        score: Literal["paper", "anomalib"] = "paper",
        valid_every: int = 10,
        selection_metric: Literal["pixel_auroc", "image_auroc"] = "pixel_auroc",
        patience: int | None = 20,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.base_width = base_width
        self.image_size = image_size
        self.lr = lr
        self.betas = tuple(betas)
        self.lr_milestones = tuple(lr_milestones)
        self.lr_gamma = lr_gamma
        self.ssim_weight = ssim_weight
        self.beta_range = tuple(beta_range)
        self.p_anomalous = p_anomalous
        self.anomaly_source = anomaly_source
        self.score = score
        self.selection_metric = selection_metric
        self.patience = patience

    # -- sizes -------------------------------------------------------------------------------------
    def _network_size(self, height: int, width: int) -> tuple[int, int]:
        """The side(s) the networks read: ``image_size``, else the data size rounded up to a multiple of 32."""
        if self.image_size:
            side = -(-int(self.image_size) // 32) * 32
            return side, side
        return -(-height // 32) * 32, -(-width // 32) * 32

    def _to_network(self, images: torch.Tensor) -> torch.Tensor:
        """[0, 1] images (1 or 3 channels) at the network size (bilinear)."""
        size = self._network_size(*images.shape[-2:])
        if tuple(images.shape[-2:]) != size:
            images = F.interpolate(images, size=size, mode="bilinear", align_corners=False)
        return images

    # -- hooks -------------------------------------------------------------------------------------
    def _build(self, shape: tuple[int, int, int]) -> None:
        """Both sub-networks (random initialisation, trained from scratch)."""
        if self.score not in ("paper", "anomalib"):
            raise MedadError(f"draem: score must be 'paper' or 'anomalib'; got {self.score!r}")
        if self.base_width < 2:
            raise MedadError(f"draem: base_width must be >= 2; got {self.base_width}")
        if not (0.0 <= self.beta_range[0] <= self.beta_range[1] <= 1.0):
            raise MedadError(f"draem: beta_range must be (low, high) within [0, 1]; got {self.beta_range}")
        self.input_spec = InputSpec(*shape)
        self.weights_used = "random (DRAEM trains both sub-networks from scratch)"
        self.model = DRAEMModel(self.base_width).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The anomaly source (textures at the network's input size) and its generator."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        self.generator = torch.Generator().manual_seed(self.seed)
        height, width = self._network_size(self.input_spec.height, self.input_spec.width)
        self.textures = None
        if self.anomaly_source is not None:
            self.textures = load_textures(self.anomaly_source, (height, width), 3).to(self.device)

    def configure_optimizers(self) -> Optimization:
        """Adam on both sub-networks, x ``lr_gamma`` at ``lr_milestones`` of the epochs (MultiStepLR)."""
        optimizer = torch.optim.Adam(
            [
                {"params": self.model.reconstructive.parameters(), "lr": self.lr},
                {"params": self.model.discriminative.parameters(), "lr": self.lr},
            ],
            betas=self.betas,
        )
        milestones = sorted({max(1, round(f * self.epochs)) for f in self.lr_milestones})
        scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones, gamma=self.lr_gamma)
        return Optimization([optimizer], [scheduler], interval="epoch")

    def training_step(self, batch: dict, epoch: int) -> dict[str, torch.Tensor]:
        """Simulate anomalies (Eq. 1) on the clean batch, reconstruct and segment them (Eq. 2-4)."""
        clean = self._to_network(batch["image"].float())
        if clean.shape[1] == 1:
            clean = clean.expand(-1, 3, -1, -1)
        augmented, mask = simulate_anomalies(
            clean, self.generator, textures=self.textures, p_anomalous=self.p_anomalous, beta_range=self.beta_range
        )
        reconstruction, logits = self.model(imagenet_normalize(augmented))
        return draem_loss(imagenet_normalize(clean), reconstruction, logits, mask, ssim_weight=self.ssim_weight)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        size = images.shape[-2:]
        x = imagenet_normalize(self._to_network(images.float()))
        _, logits = self.model(x)
        maps = torch.softmax(logits, 1)[:, 1]
        scores = draem_image_score(maps, self.score)
        if tuple(maps.shape[-2:]) != tuple(size):
            maps = F.interpolate(maps.unsqueeze(1), size=size, mode="bilinear", align_corners=False).squeeze(1)
        return Prediction(scores.cpu().numpy(), maps.cpu().numpy())
