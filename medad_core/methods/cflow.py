"""CFLOW-AD: conditional normalising flows on CNN features, as BMAD ran it.

CFLOW-AD (Gudovskiy et al., "CFLOW-AD: Real-Time Unsupervised Anomaly Detection with Localization
via Conditional Normalizing Flows", WACV 2022) with BMAD's settings (thesis Table 3.3): WideResNet-50
encoder, Adam with lr 1e-4, condition vectors of 128 dimensions, clamp alpha 1.9, 8 coupling blocks.

* Encoder: a frozen pretrained CNN; the feature maps of ``layers`` are the data the flows model
  (CFLOW's three pooling layers: layer2-4 of the ResNet, strides 8-32, as CFLOW's code and anomalib;
  the smoke / quick profiles use layer1-3 of a ResNet-18 because their images are only 64 px).
* Decoders: one conditional normalising flow per layer (``medad_core.nn.flows.conditional_flow``).
  Every feature vector x_ij at position (i, j) is decoded separately, conditioned on the 2-D
  sinusoidal positional encoding c_ij of its position: z_ij = g(x_ij; c_ij).
* Training: with C the channel count,
  ``log p(x_ij | c_ij) = -C/2 log 2 pi - 1/2 ||z_ij||^2 + log|det J|``, and the loss of a random
  "fiber" batch of positions (``fiber_batch`` vectors per optimiser step, shuffled across the whole
  image batch, as in CFLOW) is ``mean(-log sigmoid(log p / C))``, the loss of CFLOW's code and of
  the anomalib CFLOW that BMAD ran (``loss="logsigmoid"``, the default). The paper states plain
  maximum likelihood, ``mean(-log p / C)`` (``loss="nll"``).
* Anomaly map: per layer, the likelihood ``p_l = exp(log p / C - m_l)`` is upsampled to the input;
  the map is ``sum_l (1 - p_l)`` (CFLOW: the maximum minus the sum of the upsampled
  likelihoods). CFLOW normalises by the maximum over the *test set*; here m_l is the maximum over
  the training images, so a prediction does not depend on the rest of its batch.
* Image score: the maximum of the anomaly map (CFLOW's and anomalib's choice).
* Checkpoint (BMAD's protocol, thesis §3.4.1): with a labelled valid split, the state with the best
  valid image AUROC, evaluated every ``valid_every`` epochs and after the last
  (``medad_core.nn.selection.ValidSelector``; ``select_on_valid=False`` keeps the last), in the
  shared loop of :mod:`medad_core.nn.training`, whose batches here are the fiber batches.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, map_prediction, resize_square
from medad_core.nn.anomaly_map import upsample
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.flows import conditional_flow, gaussian_log_likelihood, positional_encoding_2d
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register

#: feature vectors one flow pass decodes at once in predict (bounds the sub-networks' activations)
DECODE_BLOCK = 1 << 15


@lru_cache(maxsize=32)
def _position_conditions(channels: int, height: int, width: int, device: str) -> torch.Tensor:
    """The (h w, P) positional conditions of a grid, row-major: a constant, built once per grid and device."""
    # a normal tensor even when first built under inference_mode: training feeds it to autograd
    with torch.inference_mode(False), torch.no_grad():
        encoding = positional_encoding_2d(channels, height, width, device)
        return encoding.permute(1, 2, 0).reshape(height * width, channels).contiguous()


class CFLOWModel(nn.Module):
    """Frozen encoder + one conditional flow per layer.

    ``forward(images)`` returns the per-layer log-likelihood per dimension maps ``[(B, h_l, w_l)]``.
    """

    def __init__(
        self,
        encoder: FeatureExtractor,
        channels: list[int],
        condition_dim: int,
        n_blocks: int,
        clamp_alpha: float,
        permute_soft: bool,
        image_size: int | None,
    ):
        super().__init__()
        self.encoder = encoder
        self.condition_dim = condition_dim
        self.image_size = image_size
        self.decoders = nn.ModuleList(
            conditional_flow(c, condition_dim, n_blocks, clamp_alpha, permute_soft) for c in channels
        )
        self.register_buffer("reference_max", torch.zeros(len(channels)))

    def features(self, images: torch.Tensor) -> list[torch.Tensor]:
        """The encoder's feature maps of ``layers`` (frozen: no gradients)."""
        with torch.no_grad():
            out = self.encoder(resize_square(images, self.image_size))
        return [out[name] for name in self.encoder.layers]

    def decode(self, layer: int, vectors: torch.Tensor, conditions: torch.Tensor) -> torch.Tensor:
        """Log p / C for (N, C) feature vectors with (N, P) conditions."""
        z, log_jac_det = self.decoders[layer](vectors, [conditions])
        return gaussian_log_likelihood(z, log_jac_det) / vectors.shape[1]

    def flatten(self, feature: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(B, C, h, w) -> feature vectors (B h w, C) and their positional conditions (B h w, P)."""
        b, c, h, w = feature.shape
        encoding = _position_conditions(self.condition_dim, h, w, str(feature.device))  # (h w, P), built once
        vectors = feature.permute(0, 2, 3, 1).reshape(-1, c)
        conditions = encoding.unsqueeze(0).expand(b, -1, -1).reshape(-1, self.condition_dim)
        return vectors, conditions

    def forward(self, images: torch.Tensor) -> list[torch.Tensor]:
        """Per-layer log p / C maps (B, h_l, w_l): every position of every image decoded at once.

        The flows take the (B h w) vectors of a layer in blocks of ``DECODE_BLOCK`` rows, which bounds
        the sub-networks' activations on large batches; the rows are independent, so the blocks
        change nothing.
        """
        maps = []
        for layer, feature in enumerate(self.features(images)):
            b, _, h, w = feature.shape
            vectors, conditions = self.flatten(feature)
            loglik = torch.cat(
                [
                    self.decode(layer, vectors[start : start + DECODE_BLOCK], conditions[start : start + DECODE_BLOCK])
                    for start in range(0, len(vectors), DECODE_BLOCK)
                ]
            )
            maps.append(loglik.view(b, h, w))
        return maps

    def anomaly_map(self, log_likelihoods: list[torch.Tensor], size) -> torch.Tensor:
        """``sum_l (1 - p_l)`` upsampled to ``size`` (the module docstring's anomaly map)."""
        total = 0.0
        for layer, loglik in enumerate(log_likelihoods):
            probability = torch.exp((loglik - self.reference_max[layer]).clamp(max=50.0))
            total = total + (1.0 - upsample(probability, size))
        return total


@register()
class CFLOW(TrainedDetector):
    """CFLOW-AD: positional-encoding-conditioned normalising flows on multi-scale CNN features."""

    name = "cflow"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Gudovskiy et al. WACV 2022; BMAD thesis Table 3.3"
    version = "2"
    profile_params = {
        "smoke": {
            "backbone": "resnet18",
            "layers": ("layer1", "layer2"),
            "epochs": 2,
            "n_blocks": 2,
            "condition_dim": 32,
            "fiber_batch": 512,
            "batch_size": 16,
            "lr": 1e-3,
        },
        "quick": {
            "backbone": "resnet18",
            "layers": ("layer1", "layer2", "layer3"),
            "epochs": 2,
            "n_blocks": 4,
            "condition_dim": 64,
            "fiber_batch": 2048,
            "batch_size": 32,
            "lr": 1e-3,
        },
        # BMAD: WRN-50, Adam lr 1e-4, 128-d conditions, clamp 1.9, 8 couplings (anomalib 0.5 config:
        # 224 px, 50 epochs at most, fiber batch 64, hard permutations)
        "paper": {
            "backbone": "wide_resnet50_2",
            "layers": ("layer2", "layer3", "layer4"),
            "epochs": 50,
            "n_blocks": 8,
            "condition_dim": 128,
            "clamp_alpha": 1.9,
            "fiber_batch": 64,
            "lr": 1e-4,
            "batch_size": 32,
            "image_size": 224,
            "select_on_valid": True,
        },
    }

    def __init__(
        self,
        backbone: str = "wide_resnet50_2",
        layers: tuple[str, ...] = ("layer2", "layer3", "layer4"),
        n_blocks: int = 8,
        condition_dim: int = 128,
        clamp_alpha: float = 1.9,
        fiber_batch: int = 64,
        lr: float = 1e-4,
        epochs: int = 50,
        loss: Literal["logsigmoid", "nll"] = "logsigmoid",
        permute_soft: bool = False,
        image_size: int | None = None,
        select_on_valid: bool = True,
        valid_every: int = 10,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.n_blocks = n_blocks
        self.condition_dim = condition_dim
        self.clamp_alpha = clamp_alpha
        self.fiber_batch = fiber_batch
        self.lr = lr
        self.loss = loss
        self.permute_soft = permute_soft
        self.image_size = image_size

    def _loss(self, log_prob: torch.Tensor) -> torch.Tensor:
        if self.loss == "nll":
            return -log_prob.mean()
        return -F.logsigmoid(log_prob).mean()

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen encoder and one conditional flow per layer."""
        if self.loss not in ("nll", "logsigmoid"):
            raise MedadError(f"cflow: loss must be 'nll' or 'logsigmoid'; got {self.loss!r}")
        if self.condition_dim % 4:
            raise MedadError(f"cflow: condition_dim must be divisible by 4; got {self.condition_dim}")
        self.input_spec = InputSpec(*shape)
        encoder = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        self.weights_used = encoder.weights_used
        channels = list(encoder.channels(self.image_size or self.input_spec.height).values())
        self.model = CFLOWModel(
            encoder, channels, self.condition_dim, self.n_blocks, self.clamp_alpha, self.permute_soft, self.image_size
        ).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The generator of the fibre draws."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        self._fiber_generator = torch.Generator(device="cpu").manual_seed(self.seed)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam on the flows (thesis Table 3.3)."""
        return torch.optim.Adam(self.model.decoders.parameters(), lr=self.lr)

    def train_batches(self, train: TrainSet, epoch: int):
        """Fiber batches ``(layer, vectors, conditions)`` of one epoch (CFLOW's training).

        For every shuffled image batch and layer: the positions of the whole batch in a random order,
        ``fiber_batch`` at a time.
        """
        for batch in super().train_batches(train, epoch):
            for layer, feature in enumerate(self.model.features(batch["image"].float())):
                vectors, conditions = self.model.flatten(feature)
                order = torch.randperm(len(vectors), generator=self._fiber_generator).to(self.device)
                for start in range(0, len(order), self.fiber_batch):
                    idx = order[start : start + self.fiber_batch]
                    yield layer, vectors[idx], conditions[idx]

    def training_step(self, batch: tuple, epoch: int) -> torch.Tensor:
        """``-log sigmoid(log p / C)`` (or the NLL per dimension) of one fiber batch."""
        layer, vectors, conditions = batch
        return self._loss(self.model.decode(layer, vectors, conditions))

    def on_validation_start(self, train: TrainSet) -> None:
        """The likelihood normaliser m_l of the current flows."""
        self._set_reference(train)

    def on_train_end(self, train: TrainSet) -> None:
        """m_l of the selected flows; then predict in the faster channels-last layout (``use_channels_last``)."""
        self.model.eval()
        self._set_reference(train)
        use_channels_last(self.model)

    @torch.no_grad()
    def _set_reference(self, train: TrainSet) -> None:
        """m_l = the largest per-position log-likelihood of each layer over the training images."""
        model = self.model
        was_training = model.training
        model.eval()
        best = torch.full((len(self.layers),), -math.inf, device=self.device)
        for batch in train.normal.batches(self.batch_size, device=self.device):
            for layer, loglik in enumerate(model(batch["image"].float())):
                best[layer] = torch.maximum(best[layer], loglik.max())
        model.reference_max.copy_(best)
        model.train(was_training)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return map_prediction(self.model.anomaly_map(self.model(images.float()), images.shape[-2:]))

    def limit_forward(self, images: torch.Tensor) -> None:
        """The work no implementation of predict avoids: the encoder and the flows on every position.

        Args:
            images: a batch on the detector's device.
        """
        self.model(images.float())
