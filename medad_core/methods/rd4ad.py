"""RD4AD: reverse distillation from a one-class embedding, as BMAD ran it.

RD4AD (Deng & Li, "Anomaly Detection via Reverse Distillation from One-Class Embedding", CVPR
2022), with BMAD's settings (thesis Table 3.6): WideResNet-50 teacher, Adam with learning rate 0.005
and betas (0.5, 0.99) as the thesis states (RD4AD's code uses (0.5, 0.999): ``betas``), image score
= maximum of the anomaly map.

* Teacher encoder E: the frozen backbone, layer1-layer3 (Sec. 3.1).
* One-class bottleneck embedding (OCBE, Sec. 3.2): multi-scale feature fusion (MFF) brings
  layer1 (two stride-2 3x3 convs) and layer2 (one) to layer3's grid and width, concatenates the
  three, and the one-class embedding block (OCE, a ResNet stage of ``oce_blocks`` residual blocks,
  the first with stride 2, as the encoder's layer4) compresses them into the low-dimensional code.
* Student decoder D: the encoder reversed; every stage starts with a 2x2 transposed-convolution
  residual block and reconstructs layer3, layer2 and layer1 in that order (blocks per stage
  mirror the encoder: 3/4/6 for WideResNet-50, 2/2/2 for ResNet-18).
* Loss: ``L = sum_k mean_batch [1 - cos(vec(f_E^k), vec(f_D^k))]``, the cosine between each
  image's whole flattened feature volumes of layer k, as RD4AD's code and anomalib (which BMAD ran)
  compute it (``loss="flat"``). The paper's Eq. 2-3 average the per-position distance instead,
  ``L = sum_k 1/(H_k W_k) sum_{h,w} M^k(h, w)`` with ``M^k(h, w) = 1 - cos(f_E^k(h, w), f_D^k(h, w))``
  (``loss="per_position"``).
* Anomaly map (Eq. 4): ``sum_k upsample(M^k)``, Gaussian-smoothed (sigma 4); score = its maximum.
* Checkpoint: BMAD's valid-split selection every ``valid_every`` epochs (``select_on_valid``), in the
  shared loop of :mod:`medad_core.nn.training`.
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, map_prediction
from medad_core.nn.anomaly_map import anomaly_map
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.distillation import cosine_distance_map, flat_cosine_distance
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register

#: the teacher layers the student decoder reconstructs (RD4AD Sec. 3.1)
TEACHER_LAYERS = ("layer1", "layer2", "layer3")
#: residual blocks per decoder stage (layer3, layer2, layer1 targets), mirroring the encoder
DECODER_BLOCKS = {"resnet18": (2, 2, 2), "resnet34": (3, 4, 6), "resnet50": (3, 4, 6), "wide_resnet50_2": (3, 4, 6)}


class ResidualBlock(nn.Module):
    """A ResNet block that keeps, halves (``down``) or doubles (``up``) the spatial size.

    ``bottleneck`` gives the 1x1-3x3-1x1 form (width = out/2, as wide ResNets); otherwise two 3x3.
    Up-sampling uses a 2x2 stride-2 transposed convolution, as RD4AD's decoder.
    """

    def __init__(self, in_channels: int, out_channels: int, mode: str = "same", bottleneck: bool = False):
        super().__init__()

        def spatial(cin: int, cout: int) -> nn.Module:
            if mode == "up":
                return nn.ConvTranspose2d(cin, cout, kernel_size=2, stride=2, bias=False)
            return nn.Conv2d(cin, cout, 3, stride=2 if mode == "down" else 1, padding=1, bias=False)

        if bottleneck:
            width = max(out_channels // 2, 8)
            self.body = nn.Sequential(
                nn.Conv2d(in_channels, width, 1, bias=False),
                nn.BatchNorm2d(width),
                nn.ReLU(inplace=True),
                spatial(width, width),
                nn.BatchNorm2d(width),
                nn.ReLU(inplace=True),
                nn.Conv2d(width, out_channels, 1, bias=False),
                nn.BatchNorm2d(out_channels),
            )
        else:
            self.body = nn.Sequential(
                spatial(in_channels, out_channels),
                nn.BatchNorm2d(out_channels),
                nn.ReLU(inplace=True),
                nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False),
                nn.BatchNorm2d(out_channels),
            )
        if mode == "same" and in_channels == out_channels:
            self.shortcut: nn.Module = nn.Identity()
        elif mode == "up":
            self.shortcut = nn.Sequential(
                nn.ConvTranspose2d(in_channels, out_channels, 2, stride=2, bias=False), nn.BatchNorm2d(out_channels)
            )
        else:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_channels, out_channels, 1, stride=2 if mode == "down" else 1, bias=False),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Residual block: ReLU(body(x) + shortcut(x))."""
        return F.relu(self.body(x) + self.shortcut(x))


def _stage(in_channels: int, out_channels: int, blocks: int, mode: str, bottleneck: bool) -> nn.Sequential:
    layers = [ResidualBlock(in_channels, out_channels, mode, bottleneck)]
    layers += [ResidualBlock(out_channels, out_channels, "same", bottleneck) for _ in range(blocks - 1)]
    return nn.Sequential(*layers)


def _fit_grid(x: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
    # odd feature sizes (e.g. 240 px -> 15 at layer3) round differently going down and back up
    if x.shape[-2:] == like.shape[-2:]:
        return x
    return F.interpolate(x, size=like.shape[-2:], mode="bilinear", align_corners=False)


def _conv_bn_relu(cin: int, cout: int) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride=2, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)
    )


class OneClassBottleneck(nn.Module):
    """OCBE: MFF (layer1, layer2 -> layer3 grid) + OCE (a stride-2 ResNet stage)."""

    def __init__(self, channels: tuple[int, int, int], oce_blocks: int = 3, bottleneck: bool = True):
        super().__init__()
        c1, c2, c3 = channels
        self.from_layer1 = nn.Sequential(_conv_bn_relu(c1, c2), _conv_bn_relu(c2, c3))
        self.from_layer2 = _conv_bn_relu(c2, c3)
        self.oce = _stage(3 * c3, 2 * c3, oce_blocks, "down", bottleneck)

    def forward(self, features: list[torch.Tensor]) -> torch.Tensor:
        """OCBE: fuse layer1-3 on layer3's grid, then the OCE stage -> the one-class code."""
        f1, f2, f3 = features
        fused = [_fit_grid(self.from_layer1(f1), f3), _fit_grid(self.from_layer2(f2), f3), f3]
        return self.oce(torch.cat(fused, dim=1))


class ReverseDecoder(nn.Module):
    """Student decoder: code -> reconstructions of layer3, layer2, layer1 (returned shallow-first)."""

    def __init__(self, channels: tuple[int, int, int], blocks: tuple[int, int, int], bottleneck: bool = True):
        super().__init__()
        c1, c2, c3 = channels
        self.to_layer3 = _stage(2 * c3, c3, blocks[0], "up", bottleneck)
        self.to_layer2 = _stage(c3, c2, blocks[1], "up", bottleneck)
        self.to_layer1 = _stage(c2, c1, blocks[2], "up", bottleneck)

    def forward(self, code: torch.Tensor) -> list[torch.Tensor]:
        """Reconstructions of layer1, layer2, layer3 (shallow first)."""
        d3 = self.to_layer3(code)
        d2 = self.to_layer2(d3)
        d1 = self.to_layer1(d2)
        return [d1, d2, d3]


class RD4ADModel(nn.Module):
    """Frozen teacher encoder, trainable OCBE bottleneck and student decoder."""

    def __init__(self, teacher: FeatureExtractor, bottleneck: OneClassBottleneck, decoder: ReverseDecoder):
        super().__init__()
        self.teacher = teacher
        self.bottleneck = bottleneck
        self.decoder = decoder

    def features(self, images: torch.Tensor) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """(teacher f_E^k, student f_D^k) per layer k, shallow first."""
        with torch.no_grad():
            feats = self.teacher(images)
        encoded = [feats[name] for name in self.teacher.layers]
        decoded = self.decoder(self.bottleneck(encoded))
        return [(e, _fit_grid(d, e)) for e, d in zip(encoded, decoded, strict=True)]

    def forward(self, images: torch.Tensor) -> list[torch.Tensor]:
        """Per-layer ``1 - cos`` maps (B, h_k, w_k), RD4AD Eq. 2."""
        return [cosine_distance_map(e, d) for e, d in self.features(images)]

    def loss(self, images: torch.Tensor, kind: str = "flat") -> torch.Tensor:
        """The training loss, averaged over the batch (``kind`` as :class:`RD4AD`'s ``loss``)."""
        pairs = self.features(images)
        if kind == "per_position":
            return sum(cosine_distance_map(e, d).mean(dim=(1, 2)) for e, d in pairs).mean()
        return sum(flat_cosine_distance(e, d).mean() for e, d in pairs)


@register("reverse_distillation")
class RD4AD(TrainedDetector):
    """RD4AD: reverse distillation from a one-class bottleneck embedding."""

    name = "rd4ad"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Deng & Li CVPR 2022; BMAD thesis Table 3.6"
    version = "2"
    profile_params = {
        # smoke/quick: one block per stage so a few CPU epochs converge on a random-init teacher
        "smoke": {"backbone": "resnet18", "epochs": 10, "batch_size": 16, "oce_blocks": 1, "decoder_blocks": [1, 1, 1]},
        "quick": {"backbone": "resnet18", "epochs": 3, "batch_size": 16, "oce_blocks": 1, "decoder_blocks": [1, 1, 1]},
        "paper": {"backbone": "wide_resnet50_2", "epochs": 200, "batch_size": 16},
    }

    def __init__(
        self,
        backbone: str = "wide_resnet50_2",
        epochs: int = 200,
        lr: float = 0.005,
        betas: tuple[float, float] = (0.5, 0.99),
        oce_blocks: int = 3,
        decoder_blocks: tuple[int, int, int] | None = None,
        valid_every: int = 10,
        sigma: float = 4.0,
        batch_size: int = 16,
        loss: Literal["flat", "per_position"] = "flat",
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.backbone = backbone
        self.loss = loss
        self.lr = lr
        self.betas = tuple(betas)
        self.oce_blocks = oce_blocks
        self.decoder_blocks = None if decoder_blocks is None else tuple(decoder_blocks)
        self.sigma = sigma

    def setup(self, train: TrainSet) -> None:
        """Checks the training images (the networks come from :meth:`_build`)."""
        check_training_images(train, self.name)
        self._build(self.train_shape)

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen teacher, OCBE and the mirrored decoder."""
        if self.loss not in ("flat", "per_position"):
            raise MedadError(f"rd4ad: loss must be 'flat' or 'per_position'; got {self.loss!r}")
        self.input_spec = InputSpec(*shape)
        teacher = FeatureExtractor(self.backbone, TEACHER_LAYERS, self.weights, self.profile)
        self.weights_used = teacher.weights_used
        channels = tuple(teacher.channels(max(64, self.input_spec.height)).values())
        wide = not self.backbone.startswith(("resnet18", "resnet34"))  # bottleneck-block networks
        blocks = self.decoder_blocks or DECODER_BLOCKS.get(self.backbone, (2, 2, 2))
        bottleneck = OneClassBottleneck(channels, self.oce_blocks, bottleneck=wide)
        decoder = ReverseDecoder(channels, blocks, bottleneck=wide)
        self.model = RD4ADModel(teacher, bottleneck, decoder).to(self.device)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam on the bottleneck and decoder (thesis Table 3.6)."""
        trainable = list(self.model.bottleneck.parameters()) + list(self.model.decoder.parameters())
        return torch.optim.Adam(trainable, lr=self.lr, betas=self.betas)

    def trainable_modules(self) -> list[nn.Module]:
        """OCBE and decoder train; the teacher stays in eval."""
        return [self.model.bottleneck, self.model.decoder]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """The cosine loss of one batch (``loss``)."""
        return self.model.loss(batch["image"].float(), self.loss)

    def on_train_end(self, train: TrainSet) -> None:
        """Predict in the faster channels-last layout (the fit is unchanged; ``use_channels_last``)."""
        use_channels_last(self.model)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        # blur(sum_k up(M^k)) = sum_k blur(up(M^k)): resizing and blurring are linear, so each layer's
        # map takes the fused resize + blur of ``anomaly_map`` (two small matrix products)
        size = images.shape[-2:]
        return map_prediction(sum(anomaly_map(m, size, self.sigma) for m in self.model(images.float())))

    def limit_forward(self, images: torch.Tensor) -> None:
        """The work no implementation of predict avoids: teacher, OCBE bottleneck and student decoder.

        Args:
            images: a batch on the detector's device.
        """
        self.model.features(images.float())
