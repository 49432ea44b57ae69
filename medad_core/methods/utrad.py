"""UTRAD: a U-shaped transformer reconstructing frozen CNN features, as BMAD ran it.

UTRAD (Chen et al., "UTRAD: Anomaly detection and localization with U-Transformer", Neural Networks
2022) with BMAD's settings (thesis Table 3.6: transformer backbone with a ReLU activation, batch 8,
Adam lr 1e-4) and the structure of BMAD's ``UTRAD/models.py`` as described in its options and YAMLs.

* Features: a frozen ImageNet ResNet-18, layer1-layer3 (64 + 128 + 256 = 448 channels) brought to
  layer1's grid and concatenated, PaDiM's ``embedding_concat`` (each deeper cell copied over the
  layer1 cells it covers: nearest resizing, ``aggregate_neighbourhood(pool=1, mode="nearest")``). A
  256-px input gives the paper's 64 x 64 x 448 feature map ``f``.
* U-transformer: a 1x1 conv 448 -> ``d_model`` (512, no bias) plus a learned position embedding
  (``d_model x G x G``, ``G = prod(patch_sizes)``). Encoding, level by level: the grid is cut into
  ``p x p`` patches; each patch is a sequence of a zero "patch" token followed by its ``p^2`` pixel tokens
  through a ``torch.nn.TransformerEncoder`` (``n_layers`` = 4 layers, 8 heads, FF 2048, dropout 0.1);
  the patch tokens form the next level's grid, the pixel tokens pass a bottleneck (Linear d -> d/4, LN,
  GELU, Linear d/4 -> d, LN) into that level's skip. Decoding, from the top level down: per patch
  ``p^2`` learned query embeddings plus the patch's token from the level above attend to the skip
  tokens in a ``torch.nn.TransformerDecoder`` (4 layers); the outputs form the grid of the level below.
  Heads on the final ``G x G`` grid: ``final_layer1`` (1x1 conv d -> 448) reconstructs ``f``;
  ``final_layer2`` (1x1 convs d -> d -> d/2 -> d/4 -> d/8 -> 1 with BN + LeakyReLU 0.2) predicts the
  deviation ``sigma`` from the **detached** decoder output. Init N(0, 0.02) (conv, linear), BN weight
  N(1, 0.02). Our reading of the description: the hierarchy of three levels (``patch_sizes`` (4, 4,
  4), 64 = 4 x 4 x 4) needs the 64 x 64 grid, i.e. 256 px input.
* Grid at other sizes: the network reads ``4 x prod(patch_sizes)`` pixels (``input_size``: 256 for
  (4, 4, 4)); the smoke and quick profiles run 64-px data with ``patch_sizes=(4, 4)`` (a 16 x 16 grid, two
  levels), so nothing is resized and the position embedding has the grid's size; other inputs are
  resized bilinearly to the network size and the maps back.
* Size: 94.5 M parameters in the paper configuration (89.6 M trainable beside the 2.8 M of ResNet-18's
  layer1-layer3), 2.87 M (76 k trainable) in the smoke / quick one (``d_model`` 32, 2 heads, one layer,
  FF 64, lr 1e-3, 8 / 4 epochs).
* Loss: ``MSE(f_r, f) + MSE(sigma, ||f_r - f||_2.detach())`` (the norm over channels per position).
* Map: ``d = ||f_r - f||_2 / |sigma|`` per position, then the multi-scale average
  ``sum_j w_j up(avgpool_{k_j}(d))`` with kernels ``k_j = 1, 4, 16, 64`` (stride = kernel, bilinear
  upsampling to the grid) and weights 0.25 (kernels larger than the grid are dropped and the weights
  renormalised: 1, 4, 16 with 1/3 each on a 16 x 16 grid), then bilinear to the input size; the image
  score is the map's maximum (BMAD's code min-max normalises over the test set, which no AUROC sees).
* Activation: ``activation="relu"`` (the thesis) by default; ``"gelu"`` is what BMAD's ``options.py``
  and YAMLs set.
* Training: Adam lr 1e-4, betas (0.5, 0.999), batch 8, 150 epochs. Checkpoint: the epoch with the
  **lowest mean training loss** (``selection="train_loss"``, the rule of BMAD's UTRAD code, which scores
  the valid set every epoch but does not select on it); ``selection="valid"`` keeps the best valid
  image AUROC every ``valid_every`` epochs instead (the thesis's Sec. 3.4.1 protocol). The frozen
  features of the training set are computed once when they fit in ``cache_source_mb``.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Sequence
from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, aggregate_neighbourhood, check_training_images, resize_square
from medad_core.nn.backbone import FeatureExtractor
from medad_core.nn.selection import ValidSelector
from medad_core.nn.training import TrainedDetector, shuffled_batches
from medad_core.registry import register

__all__ = ["UTRADModel", "UTRAD", "utrad_map", "utrad_loss", "multiscale_pool"]

#: ResNet-18 layers and their concatenated channels
LAYERS = ("layer1", "layer2", "layer3")
FEATURE_CHANNELS = 448


def multiscale_pool(dist: torch.Tensor, kernels: Sequence[int] = (1, 4, 16, 64)) -> torch.Tensor:
    """UTRAD's multi-scale map: the mean over kernels ``k`` of ``up(avgpool_k(dist))`` on the grid.

    Args:
        dist: (B, h, w) per-position scores.
        kernels: pooling kernels (stride = kernel); those larger than the grid are dropped.

    Returns:
        (B, h, w): equal weights over the kernels used (0.25 each for 1, 4, 16, 64 on a 64 x 64 grid).
    """
    h, w = dist.shape[-2:]
    used = [k for k in kernels if k <= min(h, w)]
    if not used:
        raise MedadError(f"utrad: no pooling kernel of {tuple(kernels)} fits the {h}x{w} grid")
    x = dist.unsqueeze(1)
    total = torch.zeros_like(x)
    for k in used:
        pooled = x if k == 1 else F.avg_pool2d(x, k, stride=k)
        if pooled.shape[-2:] != (h, w):
            pooled = F.interpolate(pooled, size=(h, w), mode="bilinear", align_corners=False)
        total = total + pooled
    return (total / len(used)).squeeze(1)


def utrad_map(
    reconstruction: torch.Tensor, features: torch.Tensor, sigma: torch.Tensor, kernels: Sequence[int] = (1, 4, 16, 64)
) -> torch.Tensor:
    """``multiscale_pool(||f_r - f||_2 / |sigma|)`` on the feature grid, (B, h, w).

    Args:
        reconstruction: f_r (B, 448, h, w).
        features: f (B, 448, h, w).
        sigma: (B, 1, h, w) or (B, h, w) predicted deviation.
        kernels: the pooling kernels.

    Returns:
        The map on the grid.
    """
    dist = (reconstruction - features).norm(dim=1)
    ratio = dist / sigma.reshape(dist.shape).abs().clamp_min(1e-12)
    return multiscale_pool(ratio, kernels)


def utrad_loss(reconstruction: torch.Tensor, features: torch.Tensor, sigma: torch.Tensor) -> dict[str, torch.Tensor]:
    """``MSE(f_r, f) + MSE(sigma, ||f_r - f||_2.detach())``.

    Args:
        reconstruction: f_r (B, 448, h, w).
        features: f (B, 448, h, w).
        sigma: (B, 1, h, w) predicted deviation.

    Returns:
        ``{"loss", "reconstruction", "deviation"}``.
    """
    recon = F.mse_loss(reconstruction, features)
    target = (reconstruction - features).norm(dim=1, keepdim=True).detach()
    deviation = F.mse_loss(sigma, target)
    return {"loss": recon + deviation, "reconstruction": recon, "deviation": deviation}


class _Bottleneck(nn.Sequential):
    def __init__(self, d: int):
        hidden = max(d // 4, 1)
        super().__init__(nn.Linear(d, hidden), nn.LayerNorm(hidden), nn.GELU(), nn.Linear(hidden, d), nn.LayerNorm(d))


class UTransformer(nn.Module):
    """The U-shaped hierarchy of encoders and decoders over a ``G x G`` token grid (module docstring)."""

    def __init__(
        self,
        d_model: int = 512,
        n_heads: int = 8,
        n_layers: int = 4,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: str = "relu",
        patch_sizes: Sequence[int] = (4, 4, 4),
    ):
        super().__init__()
        self.patch_sizes = tuple(int(p) for p in patch_sizes)
        self.d_model = d_model

        def encoder() -> nn.TransformerEncoder:
            layer = nn.TransformerEncoderLayer(
                d_model, n_heads, dim_feedforward, dropout, activation=activation, batch_first=True
            )
            return nn.TransformerEncoder(layer, n_layers, enable_nested_tensor=False)

        def decoder() -> nn.TransformerDecoder:
            layer = nn.TransformerDecoderLayer(
                d_model, n_heads, dim_feedforward, dropout, activation=activation, batch_first=True
            )
            return nn.TransformerDecoder(layer, n_layers)

        self.encoders = nn.ModuleList(encoder() for _ in self.patch_sizes)
        self.decoders = nn.ModuleList(decoder() for _ in self.patch_sizes)
        self.bottlenecks = nn.ModuleList(_Bottleneck(d_model) for _ in self.patch_sizes)
        self.queries = nn.ParameterList(nn.Parameter(torch.zeros(p * p, d_model)) for p in self.patch_sizes)

    @staticmethod
    def _to_patches(grid: torch.Tensor, p: int) -> torch.Tensor:
        """(B, d, n, n) -> (B * (n/p)^2, p^2, d) pixel-token sequences of the p x p patches."""
        b, d, n, _ = grid.shape
        m = n // p
        return grid.reshape(b, d, m, p, m, p).permute(0, 2, 4, 3, 5, 1).reshape(b * m * m, p * p, d)

    @staticmethod
    def _from_patches(tokens: torch.Tensor, b: int, m: int, p: int) -> torch.Tensor:
        """(B * m^2, p^2, d) -> (B, d, m p, m p)."""
        d = tokens.shape[-1]
        return tokens.reshape(b, m, m, p, p, d).permute(0, 5, 1, 3, 2, 4).reshape(b, d, m * p, m * p)

    def forward(self, grid: torch.Tensor) -> torch.Tensor:
        """(B, d, G, G) embedded tokens -> (B, d, G, G) decoded tokens."""
        b = grid.shape[0]
        skips, sizes = [], []
        for p, encoder, bottleneck in zip(self.patch_sizes, self.encoders, self.bottlenecks, strict=True):
            m = grid.shape[-1] // p
            tokens = self._to_patches(grid, p)
            patch_token = tokens.new_zeros(tokens.shape[0], 1, tokens.shape[-1])
            out = encoder(torch.cat([patch_token, tokens], 1))
            skips.append(bottleneck(out[:, 1:]))
            sizes.append(m)
            # the patch tokens are the next level's grid (B, d, m, m)
            grid = out[:, 0].reshape(b, m, m, -1).permute(0, 3, 1, 2)
        for level in reversed(range(len(self.patch_sizes))):
            p, m = self.patch_sizes[level], sizes[level]
            upper = grid.permute(0, 2, 3, 1).reshape(b * m * m, 1, -1)  # one token per patch of this level
            queries = self.queries[level].unsqueeze(0) + upper
            out = self.decoders[level](queries, skips[level])
            grid = self._from_patches(out, b, m, p)
        return grid


class UTRADModel(nn.Module):
    """Frozen ResNet-18 features, the U-transformer and the two heads.

    Args:
        backbone: the frozen layer1-layer3 extractor.
        d_model, n_heads, n_layers, dim_feedforward, dropout, activation, patch_sizes: the transformer.
    """

    def __init__(
        self,
        backbone: FeatureExtractor,
        d_model: int = 512,
        n_heads: int = 8,
        n_layers: int = 4,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: str = "relu",
        patch_sizes: Sequence[int] = (4, 4, 4),
    ):
        super().__init__()
        self.backbone = backbone
        self.grid = math.prod(patch_sizes)
        self.input_conv = nn.Conv2d(FEATURE_CHANNELS, d_model, 1, bias=False)
        self.position = nn.Parameter(torch.zeros(1, d_model, self.grid, self.grid))
        self.transformer = UTransformer(d_model, n_heads, n_layers, dim_feedforward, dropout, activation, patch_sizes)
        self.final_layer1 = nn.Conv2d(d_model, FEATURE_CHANNELS, 1)
        widths = [d_model, d_model, max(d_model // 2, 1), max(d_model // 4, 1), max(d_model // 8, 1)]
        head: list[nn.Module] = []
        for c_in, c_out in zip(widths[:-1], widths[1:], strict=True):
            head += [nn.Conv2d(c_in, c_out, 1), nn.BatchNorm2d(c_out), nn.LeakyReLU(0.2, inplace=True)]
        head.append(nn.Conv2d(widths[-1], 1, 1))
        self.final_layer2 = nn.Sequential(*head)
        self._init_weights()

    def _init_weights(self) -> None:
        # N(0, 0.02) on conv / linear weights, BN weight N(1, 0.02) (the UTRAD code's weights_init_normal)
        for module in [self.input_conv, self.transformer, self.final_layer1, self.final_layer2]:
            for m in module.modules():
                if isinstance(m, (nn.Conv2d, nn.Linear)):
                    nn.init.normal_(m.weight, 0.0, 0.02)
                elif isinstance(m, nn.BatchNorm2d):
                    nn.init.normal_(m.weight, 1.0, 0.02)
                    nn.init.zeros_(m.bias)
        nn.init.normal_(self.position, 0.0, 0.02)

    def trainable(self) -> nn.ModuleList:
        """Everything but the frozen backbone (what the optimiser and the checkpoint hold)."""
        return nn.ModuleList([self.input_conv, self.transformer, self.final_layer1, self.final_layer2])

    def features(self, images: torch.Tensor) -> torch.Tensor:
        """[0, 1] images -> f, (B, 448, G, G): layer1-layer3 on layer1's grid (PaDiM's concat)."""
        with torch.no_grad():
            feats = self.backbone(images)
            return aggregate_neighbourhood([feats[name] for name in LAYERS], pool=1, mode="nearest")

    def forward(self, features: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Features f (B, 448, G, G) -> (f_r, sigma (B, 1, G, G))."""
        if tuple(features.shape[-2:]) != (self.grid, self.grid):
            raise MedadError(
                f"utrad: the feature grid is {tuple(features.shape[-2:])} but the position embedding is "
                f"{self.grid}x{self.grid} (input {4 * self.grid} px for these patch_sizes)"
            )
        tokens = self.transformer(self.input_conv(features) + self.position)
        return self.final_layer1(tokens), self.final_layer2(tokens.detach())


@register()
class UTRAD(TrainedDetector):
    """UTRAD: U-transformer reconstruction of frozen features, scored against a predicted deviation."""

    name = "utrad"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Chen et al. Neural Networks 2022; BMAD thesis Table 3.6"
    version = "1"
    profile_params = {
        # a narrow one-layer transformer over the 16 x 16 grid of 64-px images (CPU budget)
        "smoke": {
            "patch_sizes": (4, 4),
            "d_model": 32,
            "n_heads": 2,
            "n_layers": 1,
            "dim_feedforward": 64,
            "epochs": 8,
            "lr": 1e-3,
        },
        "quick": {
            "patch_sizes": (4, 4),
            "d_model": 32,
            "n_heads": 2,
            "n_layers": 1,
            "dim_feedforward": 64,
            "epochs": 4,
            "lr": 1e-3,
        },
        "paper": {"patch_sizes": (4, 4, 4), "image_size": 256, "epochs": 150, "lr": 1e-4},
    }

    def __init__(
        self,
        backbone: str = "resnet18",
        image_size: int | None = None,
        patch_sizes: tuple[int, ...] = (4, 4, 4),
        d_model: int = 512,
        n_heads: int = 8,
        n_layers: int = 4,
        dim_feedforward: int = 2048,
        dropout: float = 0.1,
        activation: Literal["relu", "gelu"] = "relu",
        pool_kernels: tuple[int, ...] = (1, 4, 16, 64),
        epochs: int = 150,
        lr: float = 1e-4,
        betas: tuple[float, float] = (0.5, 0.999),
        batch_size: int = 8,
        selection: Literal["train_loss", "valid"] = "train_loss",
        valid_every: int = 10,
        cache_source_mb: float | None = 1024,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.backbone = backbone
        self.image_size = image_size
        self.patch_sizes = tuple(patch_sizes)
        self.d_model = d_model
        self.n_heads = n_heads
        self.n_layers = n_layers
        self.dim_feedforward = dim_feedforward
        self.dropout = dropout
        self.activation = activation
        self.pool_kernels = tuple(pool_kernels)
        self.lr = lr
        self.betas = tuple(betas)
        self.selection = selection
        self.cache_source_mb = cache_source_mb

    @classmethod
    def input_size(cls, params: dict) -> int | None:
        """``image_size``, else ``4 x prod(patch_sizes)`` (the grid the position embedding has)."""
        size = super().input_size(params)
        if size is not None:
            return size
        patches = params.get("patch_sizes") or (4, 4, 4)
        return 4 * math.prod(int(p) for p in patches)

    def _side(self) -> int:
        return 4 * math.prod(self.patch_sizes)

    # -- hooks -------------------------------------------------------------------------------------
    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen (pretrained) ResNet-18 and the U-transformer."""
        if self.activation not in ("relu", "gelu"):
            raise MedadError(f"utrad: activation must be 'relu' or 'gelu'; got {self.activation!r}")
        if self.selection not in ("train_loss", "valid"):
            raise MedadError(f"utrad: selection must be 'train_loss' or 'valid'; got {self.selection!r}")
        if not self.patch_sizes or any(int(p) < 1 for p in self.patch_sizes):
            raise MedadError(f"utrad: patch_sizes must be positive integers; got {self.patch_sizes}")
        if self.d_model % self.n_heads:
            raise MedadError(f"utrad: d_model ({self.d_model}) must be divisible by n_heads ({self.n_heads})")
        if self.image_size is not None and self.image_size != self._side():
            raise MedadError(
                f"utrad: image_size {self.image_size} gives a {self.image_size // 4}-cell grid but patch_sizes "
                f"{self.patch_sizes} need {math.prod(self.patch_sizes)} cells (image_size {self._side()})"
            )
        self.input_spec = InputSpec(*shape)
        backbone = FeatureExtractor(self.backbone, LAYERS, self.weights, self.profile)
        self.weights_used = backbone.weights_used
        self.model = UTRADModel(
            backbone,
            self.d_model,
            self.n_heads,
            self.n_layers,
            self.dim_feedforward,
            self.dropout,
            self.activation,
            self.patch_sizes,
        ).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The cached training features (when they fit) and the lowest-loss record."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        side = self._side()
        cache_bytes = 4 * len(train.normal) * FEATURE_CHANNELS * (side // 4) ** 2
        self._cache = None
        if self.cache_source_mb is not None and cache_bytes <= self.cache_source_mb * 2**20:
            parts = [
                self.model.features(resize_square(batch["image"].float(), side))
                for batch in train.normal.batches(self.batch_size, device=self.device)
            ]
            self._cache = torch.cat(parts)
        self._best_loss, self._best_state, self._best_epoch = math.inf, None, None

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam on everything but the frozen backbone (thesis Table 3.6; betas of the UTRAD code)."""
        return torch.optim.Adam(self.model.trainable().parameters(), lr=self.lr, betas=self.betas)

    def trainable_modules(self) -> list[nn.Module]:
        """The U-transformer and its heads (the backbone stays frozen in eval)."""
        return [self.model.trainable()]

    def train_batches(self, train: TrainSet, epoch: int) -> Iterable[torch.Tensor]:
        """Batches of cached features (shuffled by ``seed + epoch``), or of features computed on the fly."""
        if self._cache is not None:
            return shuffled_batches(self._cache, self.batch_size, torch.Generator().manual_seed(self.seed + epoch))
        side = self._side()
        return (
            self.model.features(resize_square(batch["image"].float(), side))
            for batch in super().train_batches(train, epoch)
        )

    def valid_selector(self, train: TrainSet) -> ValidSelector | None:
        """``selection="valid"``: the shared valid selection; ``"train_loss"``: none (see on_epoch_end)."""
        return super().valid_selector(train) if self.selection == "valid" else None

    def training_step(self, batch: torch.Tensor, epoch: int) -> dict[str, torch.Tensor]:
        """The reconstruction and deviation losses of one batch of features."""
        reconstruction, sigma = self.model(batch)
        return utrad_loss(reconstruction, batch, sigma)

    def on_epoch_end(self, epoch: int, losses: dict[str, float]) -> None:
        """BMAD's UTRAD rule: keep the state of the epoch with the lowest mean training loss."""
        if self.selection == "train_loss" and losses.get("loss", math.inf) < self._best_loss:
            self._best_loss, self._best_epoch = losses["loss"], epoch + 1
            self._best_state = copy.deepcopy(self.model.trainable().state_dict())

    def on_train_end(self, train: TrainSet) -> None:
        """Restore the lowest-training-loss state; drop the feature cache."""
        self._cache = None
        if self.selection == "train_loss" and self._best_state is not None:
            self.model.trainable().load_state_dict(self._best_state)
            self._best_state = None
            self.fit_info.update(
                selected_epoch=self._best_epoch,
                selection="lowest training loss (BMAD's UTRAD code)",
                selected_train_loss=self._best_loss,
            )

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        size = tuple(images.shape[-2:])
        features = self.model.features(resize_square(images.float(), self._side()))
        reconstruction, sigma = self.model(features)
        maps = utrad_map(reconstruction, features, sigma, self.pool_kernels)
        maps = F.interpolate(maps.unsqueeze(1), size=size, mode="bilinear", align_corners=False).squeeze(1)
        return Prediction(maps.flatten(1).amax(1).cpu().numpy(), maps.cpu().numpy())
