"""UniAD: feature reconstruction with a neighbour-masked transformer, the DIA paper's Table 1 baseline.

UniAD (You et al., "A Unified Model for Multi-class Anomaly Detection", NeurIPS 2022), trained here
one-class (one model per dataset, as DIA's Table 1 ran it):

* Features f: a frozen pretrained EfficientNet-B4; the MFCN neck resizes the stage outputs of stride
  2, 4, 8 and 16 (torchvision ``features.1/2/3/5``: 24 + 32 + 56 + 160 = 272 channels) to one grid
  of stride ``outstride`` = 16 (bilinear, ``align_corners=True`` as ``UpsamplingBilinear2d``) and
  concatenates them (Sec. 3.1; the code's ``outlayers: [1, 2, 3, 4]``).
* Feature jittering (Sec. 3.4): during training each token gets Gaussian noise
  ``f + eps * (||f||_2 / C) * alpha``, ``eps ~ N(0, I)``, ``alpha`` = ``jitter_scale`` = 20, with
  probability ``jitter_prob`` = 1; the target stays the clean f.
* Reconstruction: tokens -> Linear to ``hidden_dim`` = 256 -> a transformer encoder (4 layers) and a
  decoder (4 layers) whose queries are *learned per layer* (layer-wise query, Sec. 3.3: each decoder
  layer owns an ``nn.Embedding`` of one query per position) -> Linear back to C. 8 heads, feed-forward
  1024, dropout 0.1, post-norm, learned position embedding (row + column halves).
* Neighbour-masked attention (Sec. 3.2): in the encoder's self-attention and both decoder attentions a
  token may *not* attend to the ``neighbor_size`` x ``neighbor_size`` = 7 x 7 window around its own
  position (the mask is -inf there), so it cannot copy its input ("identical shortcut").
* Loss: ``||f - f_hat||_2^2`` averaged (the code's ``FeatureMSELoss``). AdamW (lr 1e-4, weight
  decay 1e-4), gradient-norm clipping 0.1, StepLR (x0.1 after 800 epochs), 1,000 epochs, batch 8.
* Anomaly map: ``||f - f_hat||_2`` per position, bilinearly upsampled to the input; image score =
  the maximum of the map after a ``score_pool`` x ``score_pool`` = 16 x 16 average pooling (the
  code's ``max`` evaluator with ``avgpool_size: [16, 16]``).

DIA's footnote: UniAD does not support 32 x 32 input; PneumoniaMNIST and BreastMNIST ran at 128 px
(the experiments module sets ``image_size`` = 128 there). Smoke / quick: ResNet-18 layer1-3 brought
to stride 4 of the 32-px phantoms (an 8 x 8 grid: a 7 x 7 mask would leave the centre token nothing
to attend to), a 3 x 3 neighbour mask, one encoder and one decoder layer of width 32 / 64, random
weights unless ImageNet weights are cached (a scaled-down model on 32 px, which the paper's UniAD
does not take).
The last epoch is kept (the code evaluates on the test split every 10 epochs and keeps the best).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.training import Optimization, TrainedDetector
from medad_core.registry import register

__all__ = ["UniADModel", "UniAD", "neighbour_mask", "feature_jitter", "EFFICIENTNET_LAYERS"]

#: UniAD's EfficientNet-B4 outlayers 1-4 as torchvision node names (strides 2, 4, 8, 16)
EFFICIENTNET_LAYERS = ("features.1", "features.2", "features.3", "features.5")


def neighbour_mask(height: int, width: int, size: int, device=None) -> torch.Tensor:
    """The additive attention mask of Sec. 3.2: -inf where the key lies in the query's neighbourhood.

    Args:
        height: rows of the token grid.
        width: columns of the token grid.
        size: side of the square neighbourhood (odd; the paper's 7).
        device: torch device.

    Returns:
        (H*W, H*W) float mask, 0 where attention is allowed.

    Raises:
        MedadError: the neighbourhood covers the whole grid (every key would be masked).
    """
    half = size // 2
    # the centre token is farthest from no edge by height // 2 (width // 2): a window that reaches both
    # edges leaves it no key to attend to (softmax over nothing)
    if half >= height // 2 and half >= width // 2:
        raise MedadError(
            f"uniad: a {size}x{size} neighbour mask hides every token from the centre of a {height}x{width} grid; "
            "use a smaller neighbor_size, a smaller outstride or larger images"
        )
    ys, xs = torch.meshgrid(torch.arange(height, device=device), torch.arange(width, device=device), indexing="ij")
    ys, xs = ys.flatten(), xs.flatten()
    near = ((ys[:, None] - ys[None, :]).abs() <= half) & ((xs[:, None] - xs[None, :]).abs() <= half)
    return torch.zeros(near.shape, device=device).masked_fill(near, float("-inf"))


def feature_jitter(tokens: torch.Tensor, scale: float, prob: float, generator: torch.Generator | None = None):
    """Sec. 3.4: ``f + eps * ||f||_2 / C * scale`` per token with probability ``prob`` (one draw per batch).

    Args:
        tokens: (..., C) feature tokens.
        scale: alpha (the paper's 20).
        prob: probability that the batch is jittered.
        generator: random source (None: the global one).

    Returns:
        The jittered tokens (the input when the draw says no).
    """
    if prob < 1 and torch.rand((), generator=generator).item() > prob:
        return tokens
    norms = tokens.norm(dim=-1, keepdim=True) / tokens.shape[-1]
    noise = torch.randn(tokens.shape, generator=generator, device=tokens.device, dtype=tokens.dtype)
    return tokens + noise * norms * scale


class _EncoderLayer(nn.Module):
    def __init__(self, dim: int, heads: int, ff: int, dropout: float):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, dropout=dropout)
        self.ff = nn.Sequential(nn.Linear(dim, ff), nn.ReLU(), nn.Dropout(dropout), nn.Linear(ff, dim))
        self.norm1, self.norm2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.drop1, self.drop2 = nn.Dropout(dropout), nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, pos: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        q = x + pos
        x = self.norm1(x + self.drop1(self.attn(q, q, x, attn_mask=mask, need_weights=False)[0]))
        return self.norm2(x + self.drop2(self.ff(x)))


class _DecoderLayer(nn.Module):
    """A decoder layer with its own learned queries (layer-wise query, Sec. 3.3)."""

    def __init__(self, dim: int, heads: int, ff: int, dropout: float, n_queries: int):
        super().__init__()
        self.queries = nn.Embedding(n_queries, dim)
        self.attn1 = nn.MultiheadAttention(dim, heads, dropout=dropout)
        self.attn2 = nn.MultiheadAttention(dim, heads, dropout=dropout)
        self.ff = nn.Sequential(nn.Linear(dim, ff), nn.ReLU(), nn.Dropout(dropout), nn.Linear(ff, dim))
        self.norm1, self.norm2, self.norm3 = nn.LayerNorm(dim), nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.drop1, self.drop2, self.drop3 = nn.Dropout(dropout), nn.Dropout(dropout), nn.Dropout(dropout)

    def forward(self, out, memory, pos, mask1, mask2):
        # the layer's query embedding attends to the encoder output, then to the previous layer's output
        tgt = self.queries.weight[:, None, :].expand(-1, memory.shape[1], -1)
        tgt = self.norm1(tgt + self.drop1(self.attn1(tgt + pos, memory + pos, memory, attn_mask=mask1)[0]))
        tgt = self.norm2(tgt + self.drop2(self.attn2(tgt + pos, out + pos, out, attn_mask=mask2)[0]))
        return self.norm3(tgt + self.drop3(self.ff(tgt)))


class UniADModel(nn.Module):
    """Frozen backbone + MFCN neck + the neighbour-masked reconstruction transformer.

    Args:
        backbone: the frozen feature extractor.
        channels: channel count of its returned layers.
        grid: (h, w) token grid at ``outstride``.
        hidden_dim, heads, ff_dim, encoder_layers, decoder_layers, dropout: the transformer.
        neighbor_size: side of the masked neighbourhood (0: no mask).
    """

    def __init__(
        self,
        backbone: FeatureExtractor,
        channels: int,
        grid: tuple[int, int],
        hidden_dim: int,
        heads: int,
        ff_dim: int,
        encoder_layers: int,
        decoder_layers: int,
        dropout: float,
        neighbor_size: int,
    ):
        super().__init__()
        self.backbone = backbone
        self.grid = grid
        h, w = grid
        self.input_proj = nn.Linear(channels, hidden_dim)
        self.output_proj = nn.Linear(hidden_dim, channels)
        self.row_embed = nn.Parameter(torch.rand(h, hidden_dim // 2))
        self.col_embed = nn.Parameter(torch.rand(w, hidden_dim - hidden_dim // 2))
        self.encoder = nn.ModuleList(_EncoderLayer(hidden_dim, heads, ff_dim, dropout) for _ in range(encoder_layers))
        self.decoder = nn.ModuleList(
            _DecoderLayer(hidden_dim, heads, ff_dim, dropout, h * w) for _ in range(decoder_layers)
        )
        self.decoder_norm = nn.LayerNorm(hidden_dim)
        for name, p in self.named_parameters():
            if p.dim() > 1 and not name.startswith("backbone."):
                nn.init.xavier_uniform_(p)  # the code's initializer: xavier_uniform
        mask = neighbour_mask(h, w, neighbor_size) if neighbor_size > 0 else None
        self.register_buffer("mask", mask, persistent=False)

    def features(self, images: torch.Tensor) -> torch.Tensor:
        """MFCN: every backbone layer resized to the token grid and concatenated, (B, C, h, w)."""
        with torch.no_grad():
            maps = self.backbone(images).values()
            return torch.cat(
                [F.interpolate(m, size=self.grid, mode="bilinear", align_corners=True) for m in maps], dim=1
            ).contiguous()

    def position(self) -> torch.Tensor:
        """(h*w, 1, D) learned position embedding (row half, column half)."""
        h, w = self.grid
        pos = torch.cat([self.row_embed[:, None].expand(h, w, -1), self.col_embed[None].expand(h, w, -1)], -1)
        return pos.reshape(h * w, 1, -1)

    def reconstruct(self, feats: torch.Tensor, jitter: tuple[float, float] | None = None) -> torch.Tensor:
        """f_hat from f (B, C, h, w); ``jitter`` = (scale, prob) perturbs the input tokens only."""
        b, c, h, w = feats.shape
        tokens = feats.flatten(2).permute(2, 0, 1)  # (h*w, B, C)
        if jitter is not None:
            tokens = feature_jitter(tokens, *jitter)
        x = self.input_proj(tokens)
        pos = self.position()
        for layer in self.encoder:
            x = layer(x, pos, self.mask)
        memory, out = x, x
        for layer in self.decoder:
            out = layer(out, memory, pos, self.mask, self.mask)
        rec = self.output_proj(self.decoder_norm(out))
        return rec.permute(1, 2, 0).reshape(b, c, h, w)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """||f - f_hat||_2 per position, (B, h, w)."""
        f = self.features(images)
        return (self.reconstruct(f) - f).pow(2).sum(1).sqrt()


@register()
class UniAD(TrainedDetector):
    """UniAD: neighbour-masked transformer reconstruction of frozen features, one model per dataset."""

    name = "uniad"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "You et al. NeurIPS 2022 (one-class, as DIA Table 1 ran it)"
    version = "1"
    profile_params = {
        "smoke": {
            "backbone": "resnet18",
            "layers": ["layer1", "layer2", "layer3"],
            "outstride": 4,
            "image_size": 32,
            "hidden_dim": 32,
            "heads": 4,
            "ff_dim": 64,
            "encoder_layers": 1,
            "decoder_layers": 1,
            "neighbor_size": 3,
            "score_pool": 4,
            "epochs": 10,
            "batch_size": 8,
            "lr": 1e-3,
        },
        "quick": {
            "backbone": "resnet18",
            "layers": ["layer1", "layer2", "layer3"],
            "outstride": 4,
            "image_size": 32,
            "hidden_dim": 64,
            "heads": 4,
            "ff_dim": 128,
            "encoder_layers": 1,
            "decoder_layers": 1,
            "neighbor_size": 3,
            "score_pool": 4,
            "epochs": 10,
            "batch_size": 16,
            "lr": 1e-3,
        },
        "paper": {"epochs": 1000, "batch_size": 8, "image_size": 224},
    }

    def __init__(
        self,
        backbone: str = "efficientnet_b4",
        layers: tuple[str, ...] = EFFICIENTNET_LAYERS,
        outstride: int = 16,
        image_size: int | None = 224,
        hidden_dim: int = 256,
        heads: int = 8,
        ff_dim: int = 1024,
        encoder_layers: int = 4,
        decoder_layers: int = 4,
        dropout: float = 0.1,
        neighbor_size: int = 7,
        jitter_scale: float = 20.0,
        jitter_prob: float = 1.0,
        epochs: int = 1000,
        lr: float = 1e-4,
        weight_decay: float = 1e-4,
        lr_step: int = 800,
        clip_norm: float = 0.1,
        score_pool: int = 16,
        select_on_valid: bool = False,
        batch_size: int = 8,
        **kwargs,
    ):
        super().__init__(epochs=epochs, batch_size=batch_size, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.outstride = outstride
        self.image_size = image_size
        self.hidden_dim = hidden_dim
        self.heads = heads
        self.ff_dim = ff_dim
        self.encoder_layers = encoder_layers
        self.decoder_layers = decoder_layers
        self.dropout = dropout
        self.neighbor_size = neighbor_size
        self.jitter_scale = jitter_scale
        self.jitter_prob = jitter_prob
        self.lr = lr
        self.weight_decay = weight_decay
        self.lr_step = lr_step
        self.clip_norm = clip_norm
        self.score_pool = score_pool

    def valid_selector(self, train: TrainSet):
        """The last epoch unless ``select_on_valid`` (the original code selects on the test split: not here)."""
        return super().valid_selector(train) if self.select_on_valid else None

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen backbone, neck and the untrained transformer for (C, H, W) input."""
        size = self.image_size or int(shape[-1])
        backbone = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        self.weights_used = backbone.weights_used
        channels = sum(backbone.channels(size).values())
        grid = (max(size // self.outstride, 1), max(size // self.outstride, 1))
        self.model = UniADModel(
            backbone,
            channels,
            grid,
            self.hidden_dim,
            self.heads,
            self.ff_dim,
            self.encoder_layers,
            self.decoder_layers,
            self.dropout,
            self.neighbor_size,
        ).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """Build the networks (``_build``) for the training images."""
        self.input_spec: InputSpec = check_training_images(train, self.name, min_size=8)
        self._build(train.image_shape())

    def configure_optimizers(self) -> Optimization:
        """AdamW + StepLR per epoch, gradient norm clipped (the code's config)."""
        params = [p for n, p in self.model.named_parameters() if not n.startswith("backbone.")]
        opt = torch.optim.AdamW(params, lr=self.lr, betas=(0.9, 0.999), weight_decay=self.weight_decay)
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=self.lr_step, gamma=0.1)
        return Optimization([opt], [sched], interval="epoch", clip_norm=self.clip_norm)

    def trainable_modules(self) -> list[nn.Module]:
        """The transformer trains; the backbone stays frozen."""
        return [m for n, m in self.model.named_children() if n != "backbone"]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """MSE between the clean features and the reconstruction of the jittered ones."""
        images = resize_square(batch["image"].float(), self.image_size)
        f = self.model.features(images)
        return F.mse_loss(self.model.reconstruct(f, (self.jitter_scale, self.jitter_prob)), f)

    def on_train_end(self, train: TrainSet) -> None:
        """Predict in the channels-last layout (the fit is unchanged)."""
        use_channels_last(self.model.backbone)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        size = images.shape[-2:]
        grid = self.model(resize_square(images.float(), self.image_size))
        maps = F.interpolate(grid[:, None], size=size, mode="bilinear", align_corners=True)
        pool = max(1, min(self.score_pool, *size))
        scores = F.avg_pool2d(maps, pool, stride=1).flatten(1).max(1).values
        return Prediction(scores.cpu().numpy(), maps[:, 0].cpu().numpy())
