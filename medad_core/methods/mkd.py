"""MKD (= KDAD): multiresolution knowledge distillation, as BMAD ran it.

MKD (Salehi et al., "Multiresolution Knowledge Distillation for Anomaly Detection", CVPR 2021),
the KDAD baseline of the DRA paper (registered under both names), with BMAD's settings (thesis
Table 3.6): VGG-16 source network, only the cloner is trained, batch size 64, Adam with learning
rate 1e-3, lambda = 1e-2.

* Source: ImageNet VGG-16, frozen. Its "critical layers" are the outputs of the 2nd-5th max-pool
  (``features.9/16/23/30``: 128, 256, 512, 512 channels).
* Cloner: a thinner VGG (the authors' smaller configuration: 16-channel convolutions except the
  last of each block, which matches the source width; BatchNorm after the convolutions that are not
  followed by pooling), returning the same four pooled outputs.
* Loss (Eq. 1-3): ``L = sum_i L_dir^i + lambda * sum_i L_val^i`` with
  ``L_val^i = 1/N_i sum_j (a_s^i(j) - a_c^i(j))^2`` (mean squared error over the activation volume)
  and ``L_dir^i = 1 - cos(vec(a_s^i), vec(a_c^i))`` (the flattened volumes).
* Detection (Sec. 3.3): the same loss per test image is the anomaly score, over the critical
  layers ``score_layers``: ``"all"`` four (the paper's Eq.) or ``"last3"`` (pool3-pool5, the
  authors' code, also BMAD's copy of it, which the paper profile follows; the DRA paper's KDAD ran
  the same code). Training always uses all four.
* Localisation (Sec. 3.4), ``localization``: the gradient of the score with respect to the input,
  ``|d L / d x|`` summed over colour channels and Gaussian-smoothed (sigma 4):
  ``gradients`` plain back-propagation (the paper's vanilla-gradient attribution);
  ``guided`` the same through guided-backprop ReLUs in the cloner (the authors' option ``gbp``,
  the one BMAD's MKD config selects, the paper profile's default); ``discrepancy`` the sum over
  critical layers of the upsampled per-position ``1 - cos`` between source and cloner activations
  (an RD4AD-style map, not MKD's). BMAD's code further min-max normalises each image's map before
  its (commented-out) pixel metrics; here maps stay comparable across images. Attribution maps
  follow the source's pretrained features; with the random-init VGG of the offline smoke / quick
  profiles they do not localise, so those profiles set ``localization="discrepancy"`` (recorded in
  ``fit_info``; the ``bmad_localisation`` page measures the difference).
* Input size: ``image_size`` resizes the images first (None keeps them: BMAD's MKD code reads
  224 x 224 images, ``Resize((224, 224))``, the BMAD data resolution; the MKD authors' MVTec
  configuration uses 128).
* Epochs: BMAD's config trains ``num_epochs`` = 200 in a ``range(num_epochs + 1)`` loop, 201 epochs.
* Embedding (``embed``, DRA Fig. 1 t-SNE): the global average of the cloner's deepest critical layer.
* Checkpoint: BMAD's valid-split selection every ``valid_every`` epochs (``select_on_valid``), in the
  shared loop of :mod:`medad_core.nn.training`.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from medad_core.api import ImageSet, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.anomaly_map import fuse_maps, gaussian_blur
from medad_core.nn.backbone import FeatureExtractor, imagenet_normalize
from medad_core.nn.distillation import cosine_distance_map, flat_cosine_distance
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register

SOURCE_LAYERS = ("features.9", "features.16", "features.23", "features.30")
#: the authors' small cloner; "M" = 2x2 max-pool (VGG-16's block structure: 2, 2, 3, 3, 3 convs)
CLONER_CONFIG = (16, 16, "M", 16, 128, "M", 16, 16, 256, "M", 16, 16, 512, "M", 16, 16, 512, "M")
#: a cloner as wide as the source (the authors' ``equal_network_size`` option)
EQUAL_CONFIG = (64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M")


class Cloner(nn.Module):
    """VGG-style network returning the outputs of its 2nd-5th max-pool layers."""

    def __init__(self, config=CLONER_CONFIG):
        super().__init__()
        layers: list[nn.Module] = []
        self.taps: list[int] = []
        in_channels, n_pools = 3, 0
        for i, item in enumerate(config):
            if item == "M":
                layers.append(nn.MaxPool2d(2, 2))
                n_pools += 1
                if n_pools >= 2:
                    self.taps.append(len(layers) - 1)
                continue
            followed_by_pool = i + 1 < len(config) and config[i + 1] == "M"
            layers.append(nn.Conv2d(in_channels, item, 3, padding=1, bias=False))
            if not followed_by_pool:
                layers.append(nn.BatchNorm2d(item))
            layers.append(nn.ReLU(inplace=True))
            in_channels = item
        self.features = nn.Sequential(*layers)

    def forward(self, images: torch.Tensor, guided: bool = False) -> list[torch.Tensor]:
        """The cloner's critical-layer activations (guided-backprop ReLUs when ``guided``)."""
        x = imagenet_normalize(images)
        outputs = []
        for index, layer in enumerate(self.features):
            x = _GuidedReLU.apply(x) if guided and isinstance(layer, nn.ReLU) else layer(x)
            if index in self.taps:
                outputs.append(x)
        return outputs


class _GuidedReLU(torch.autograd.Function):
    """ReLU whose backward pass keeps only positive gradients at positive inputs.

    Guided backprop (Springenberg et al. 2015), the attribution of the MKD authors' ``gbp`` option.
    """

    @staticmethod
    def forward(ctx, x):
        out = x.clamp_min(0)
        ctx.save_for_backward(out)
        return out

    @staticmethod
    def backward(ctx, grad_output):
        (out,) = ctx.saved_tensors
        return grad_output.clamp_min(0) * (out > 0).to(grad_output.dtype)


class MKDModel(nn.Module):
    """Frozen VGG-16 source and the trainable cloner (``source_cache``: source activations of the training set)."""

    def __init__(
        self, source: FeatureExtractor, cloner: Cloner, lamda: float, score_layers: str, image_size: int | None = None
    ):
        super().__init__()
        self.image_size = image_size
        self.source = source
        self.cloner = cloner
        self.lamda = lamda
        self.score_layers = score_layers
        self.source_cache: list[torch.Tensor] | None = None

    def per_image_loss(
        self, images: torch.Tensor, layers: str = "all", source: list[torch.Tensor] | None = None, guided: bool = False
    ) -> torch.Tensor:
        """MKD Eq. 3 for every image of the batch, (B,); ``source`` = precomputed source activations."""
        images = resize_square(images, self.image_size)
        if source is None:
            with torch.no_grad():
                feats = self.source(images)
            source = [feats[name] for name in self.source.layers]
        cloned = self.cloner(images, guided=guided)
        pairs = list(zip(source, cloned, strict=True))
        if layers == "last3":
            pairs = pairs[1:]
        total = images.new_zeros(len(images))
        for a_s, a_c in pairs:
            total = total + flat_cosine_distance(a_s, a_c) + self.lamda * (a_s - a_c).pow(2).flatten(1).mean(1)
        return total

    def loss(self, images: torch.Tensor, indices: torch.Tensor | None = None) -> torch.Tensor:
        """The batch mean of MKD Eq. 3 over all four layers (cached source activations by index)."""
        cached = None
        if indices is not None and self.source_cache is not None:
            cached = [layer[indices.to(layer.device)] for layer in self.source_cache]
        return self.per_image_loss(images, source=cached).mean()

    @torch.no_grad()
    def cache_source(self, images, batch_size: int, device: str) -> None:
        """Source activations of every training image.

        The source is frozen and the training images are not augmented, so one pass replaces
        ``epochs`` passes.
        """
        chunks = []
        for batch in images.batches(batch_size, device=device):
            feats = self.source(resize_square(batch["image"].float(), self.image_size))
            chunks.append([feats[name] for name in self.source.layers])
        self.source_cache = [torch.cat(parts) for parts in zip(*chunks, strict=True)]

    def forward(self, images: torch.Tensor, guided: bool = False) -> torch.Tensor:
        """Anomaly scores (B,): MKD Eq. 3 over ``score_layers``."""
        return self.per_image_loss(images, self.score_layers, guided=guided)


@register("kdad")
class MKD(TrainedDetector):
    """MKD / KDAD: multiresolution knowledge distillation from VGG-16 into a small cloner."""

    name = "mkd"
    settings = frozenset({Setting.ONE_CLASS, Setting.OPEN_SET})
    localizes = True
    paper = "Salehi et al. CVPR 2021 (DRA's KDAD baseline); BMAD thesis Table 3.6"
    profile_params = {
        "smoke": {"epochs": 6, "batch_size": 16, "localization": "discrepancy"},
        "quick": {"epochs": 3, "batch_size": 16, "localization": "discrepancy"},
        # BMAD's MKD config: 200 (+ 1) epochs, batch 64, lr 1e-3, lambda 0.01, guided backprop; the
        # authors' code scores with the last three critical layers
        "paper": {"epochs": 201, "batch_size": 64, "localization": "guided", "score_layers": "last3"},
    }
    version = "2"

    def __init__(
        self,
        epochs: int = 201,
        lr: float = 1e-3,
        lamda: float = 1e-2,
        cloner: str = "small",
        score_layers: str = "all",
        valid_every: int = 10,
        sigma: float = 4.0,
        batch_size: int = 64,
        cache_source_mb: float | None = 1024,
        localization: str = "gradients",
        image_size: int | None = None,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.lr = lr
        self.lamda = lamda
        self.cloner = cloner
        self.score_layers = score_layers
        self.sigma = sigma
        self.cache_source_mb = cache_source_mb
        self.localization = localization
        self.image_size = image_size

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen VGG-16 source and the cloner."""
        self.input_spec = InputSpec(*shape)
        if self.cloner not in ("small", "equal"):
            raise ValueError(f"cloner must be 'small' or 'equal'; got {self.cloner!r}")
        if self.localization not in ("gradients", "guided", "discrepancy"):
            raise ValueError(f"localization must be gradients, guided or discrepancy; got {self.localization!r}")
        if self.score_layers not in ("all", "last3"):
            raise ValueError(f"score_layers must be 'all' or 'last3'; got {self.score_layers!r}")
        source = FeatureExtractor("vgg16", SOURCE_LAYERS, self.weights, self.profile)
        self.weights_used = source.weights_used
        cloner = Cloner(CLONER_CONFIG if self.cloner == "small" else EQUAL_CONFIG)
        self.model = MKDModel(source, cloner, self.lamda, self.score_layers, self.image_size).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The source activations of the training set, when they fit in memory."""
        # open-set runs (DRA's KDAD column) train on the normal images only, as the DRA paper states
        check_training_images(train, self.name)
        self._build(self.train_shape)
        h, w = (
            (self.image_size, self.image_size) if self.image_size else (self.input_spec.height, self.input_spec.width)
        )
        # pooled VGG activations: 128/16 + 256/64 + 512/256 + 512/1024 floats per pixel
        cache_bytes = 4 * len(train.normal) * h * w * (128 / 16 + 256 / 64 + 512 / 256 + 512 / 1024)
        self._use_cache = self.cache_source_mb is not None and cache_bytes <= self.cache_source_mb * 2**20
        if self._use_cache:
            self.model.cache_source(train.normal, self.batch_size, self.device)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam on the cloner (thesis Table 3.6)."""
        return torch.optim.Adam(self.model.cloner.parameters(), lr=self.lr)

    def trainable_modules(self) -> list[nn.Module]:
        """Only the cloner trains."""
        return [self.model.cloner]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """MKD Eq. 3 on one batch (cached source activations looked up by image index)."""
        return self.model.loss(batch["image"].float(), batch["index"] if self._use_cache else None)

    def on_train_end(self, train: TrainSet) -> None:
        """Drop the source cache; record the cache and localisation choices."""
        self.model.source_cache = None
        self.fit_info.update(source_cached=self._use_cache, localization=self.localization)

    def embed(self, images: ImageSet | torch.Tensor) -> np.ndarray:
        """Image embeddings: GAP of the cloner's deepest critical layer (KDAD's learned representation).

        Args:
            images: an image set or an (N, C, H, W) batch in [0, 1].

        Returns:
            (N, 512) features.
        """
        return self._embed_with(
            images, lambda x: self.model.cloner(resize_square(x, self.image_size))[-1].mean(dim=(2, 3))
        )

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        if self.localization == "discrepancy":
            return self._discrepancy(images.float())
        # gradient attribution needs autograd inside the base class's inference_mode
        with torch.inference_mode(False), torch.enable_grad():
            x = images.float().clone().requires_grad_(True)
            per_image = self.model(x, guided=self.localization == "guided")
            (gradient,) = torch.autograd.grad(per_image.sum(), x)
        maps = gaussian_blur(gradient.abs().sum(1), self.sigma)
        if self.localization == "guided":  # guided ReLUs change only the backward pass, not the score
            per_image = self.model(images.float())
        return Prediction(per_image.detach().cpu().numpy(), maps.detach().cpu().numpy())

    def _discrepancy(self, images: torch.Tensor) -> Prediction:
        size = images.shape[-2:]
        images = resize_square(images, self.image_size)
        feats = self.model.source(images)
        source = [feats[name] for name in self.model.source.layers]
        scores = self.model.per_image_loss(images, self.score_layers, source=source)
        cloned = self.model.cloner(images)
        layer_maps = [cosine_distance_map(a_s, a_c) for a_s, a_c in zip(source, cloned, strict=True)]
        maps = gaussian_blur(fuse_maps(layer_maps, size, "sum"), self.sigma)
        return Prediction(scores.cpu().numpy(), maps.cpu().numpy())
