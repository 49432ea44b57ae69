"""CS-Flow: a fully convolutional cross-scale normalising flow, as BMAD ran it.

CS-Flow (Rudolph et al., "Fully Convolutional Cross-Scale-Flows for Image-based Defect
Detection", WACV 2022) with BMAD's settings (thesis Table 3.3): soft clamping alpha = 3, gradients
clipped at 1, Adam with lr 2e-4 and weight decay 1e-5; EfficientNet-B5 features at 256 px as BMAD's
standalone CS-Flow code runs it (the paper itself uses 768 px).

* Features: the image is resized to three scales (S, S/2, S/4) and each goes through the same frozen
  backbone; the map of one layer per scale (EfficientNet-B5 ``features.6``, 304 channels, the
  block CS-Flow uses) forms a feature pyramid y = (y_1, y_2, y_3).
* Flow: ``CrossScaleFlow`` (``medad_core.nn.flows``), 4 fully convolutional coupling blocks that
  transform all three scales jointly, as CS-Flow's code builds them: each coupling sub-network has
  a per-scale first convolution and a second one that mixes neighbouring scales (strided and
  upsampled convolutions), with one learnable gamma per scale (initialised to 0); the last block
  uses 5x5 kernels, hidden width 1024.
* Training: maximum likelihood under a standard normal, z = f(y)::

      L = E[ (1/2 sum_s ||z_s||^2 - log|det J_f(y)|) / D ]

* Image score: the mean of z^2 / 2 over every position, channel and scale (CS-Flow's code).
* Anomaly map: per scale, the mean over channels of z^2 / 2 at each position, upsampled to the input
  and averaged over scales (CS-Flow's latent space keeps the spatial layout, which makes this map
  possible). BMAD reports no pixel metrics for CS-Flow (NA in Tables 3.7-3.9); medad still returns
  the maps, and ``localize=False`` turns them off as BMAD's runs had them.
* Checkpoint (BMAD's protocol, thesis §3.4.1): with a labelled valid split, the state with the best
  valid image AUROC, evaluated every ``valid_every`` epochs and after the last
  (``medad_core.nn.selection.ValidSelector``; ``select_on_valid=False`` keeps the last), in the
  shared loop of :mod:`medad_core.nn.training` over the pre-extracted pyramid.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images
from medad_core.nn.anomaly_map import upsample
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.flows import CrossScaleFlow, flow_nll_loss
from medad_core.nn.training import Optimization, TrainedDetector, shuffled_batches
from medad_core.registry import register


class CSFlowModel(nn.Module):
    """Frozen backbone applied at ``n_scales`` image scales + the cross-scale flow.

    ``forward(images)`` returns the per-scale z maps and log|det J| (B,).
    """

    def __init__(
        self,
        encoder: FeatureExtractor,
        channels: int,
        n_scales: int,
        n_blocks: int,
        hidden: int,
        clamp: float,
        image_size: int | None,
        seed: int,
    ):
        super().__init__()
        self.encoder = encoder
        self.n_scales = n_scales
        self.image_size = image_size
        self.flow = CrossScaleFlow(channels, n_blocks, hidden, clamp=clamp, n_scales=n_scales, seed=seed)

    def pyramid(self, images: torch.Tensor) -> list[torch.Tensor]:
        """The frozen backbone's features of the image at ``n_scales`` scales (S, S/2, S/4, ...)."""
        size = self.image_size or images.shape[-1]
        height = self.image_size or images.shape[-2]
        out = []
        with torch.no_grad():
            for s in range(self.n_scales):
                scaled = F.interpolate(
                    images, size=(max(height // 2**s, 1), max(size // 2**s, 1)), mode="bilinear", align_corners=False
                )
                out.append(self.encoder(scaled)[self.encoder.layers[0]])
        return out

    def forward(self, images: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
        """The flow's per-scale z maps and log|det J| (B,) of the image pyramid."""
        # the flow's convolutions run on maps of a few pixels, where NCHW is the faster layout even
        # when the backbone runs channels-last (a no-op for NCHW maps)
        return self.flow([p.contiguous() for p in self.pyramid(images)])


@register("cs-flow", "cs_flow")
class CSFlow(TrainedDetector):
    """CS-Flow: a fully convolutional normalising flow over a three-scale feature pyramid."""

    name = "csflow"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Rudolph et al. WACV 2022; BMAD thesis Table 3.3"
    version = "2"
    profile_params = {
        "smoke": {
            "backbone": "resnet18",
            "layer": "layer2",
            "epochs": 4,
            "hidden": 64,
            "n_blocks": 2,
            "batch_size": 16,
            "lr": 1e-3,
        },
        "quick": {
            "backbone": "resnet18",
            "layer": "layer2",
            "epochs": 4,
            "hidden": 32,
            "n_blocks": 4,
            "batch_size": 16,
            "lr": 1e-3,
        },
        # CS-Flow's defaults (4 blocks, width 1024, 60 x 8 epochs, batch 16) at BMAD's 256 px
        "paper": {
            "backbone": "efficientnet_b5",
            "layer": "features.6",
            "epochs": 480,
            "hidden": 1024,
            "n_blocks": 4,
            "clamp": 3.0,
            "lr": 2e-4,
            "weight_decay": 1e-5,
            "max_grad_norm": 1.0,
            "batch_size": 16,
            "image_size": 256,
            "select_on_valid": True,
        },
    }

    def __init__(
        self,
        backbone: str = "efficientnet_b5",
        layer: str = "features.6",
        n_scales: int = 3,
        n_blocks: int = 4,
        hidden: int = 1024,
        clamp: float = 3.0,
        lr: float = 2e-4,
        weight_decay: float = 1e-5,
        max_grad_norm: float = 1.0,
        epochs: int = 480,
        image_size: int | None = None,
        localize: bool = True,
        select_on_valid: bool = True,
        valid_every: int = 10,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.layer = layer
        self.n_scales = n_scales
        self.n_blocks = n_blocks
        self.hidden = hidden
        self.clamp = clamp
        self.lr = lr
        self.weight_decay = weight_decay
        self.max_grad_norm = max_grad_norm
        self.image_size = image_size
        self.localize = localize

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen backbone and the cross-scale flow."""
        self.input_spec = InputSpec(*shape)
        side = self.image_size or min(self.input_spec.height, self.input_spec.width)
        if side // 2 ** (self.n_scales - 1) < 16:
            raise MedadError(
                f"csflow: the coarsest of {self.n_scales} scales of {side} px images is below 16 px; "
                f"use fewer scales or larger images"
            )
        encoder = FeatureExtractor(self.backbone, [self.layer], self.weights, self.profile)
        self.weights_used = encoder.weights_used
        channels = encoder.channels(side)[self.layer]
        self.model = CSFlowModel(
            encoder, channels, self.n_scales, self.n_blocks, self.hidden, self.clamp, self.image_size, self.seed
        ).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """The training set's feature pyramid, extracted once."""
        check_training_images(train, self.name)
        self._build(self.train_shape)
        model = self.model
        # the backbone is frozen and the images are not augmented, so the pyramid is extracted once
        # (CS-Flow's ``pre_extracted`` mode)
        model.eval()
        pyramids = [
            model.pyramid(batch["image"].float()) for batch in train.normal.batches(self.batch_size, device=self.device)
        ]
        self._pyramid = [torch.cat([p[s] for p in pyramids]) for s in range(self.n_scales)]
        # one generator for the whole run draws every epoch's order (CS-Flow's shuffling)
        self._order_generator = torch.Generator().manual_seed(self.seed)

    def configure_optimizers(self) -> Optimization:
        """CS-Flow's optimiser: Adam, eps 1e-4, weight decay, gradient-norm clipping."""
        optimizer = torch.optim.Adam(self.model.flow.parameters(), lr=self.lr, eps=1e-4, weight_decay=self.weight_decay)
        return Optimization([optimizer], clip_norm=self.max_grad_norm)

    def train_batches(self, train: TrainSet, epoch: int):
        """Shuffled batches of the cached pyramid (a list of one tensor per scale)."""
        return shuffled_batches(self._pyramid, self.batch_size, self._order_generator)

    def training_step(self, batch: list[torch.Tensor], epoch: int) -> torch.Tensor:
        """The flow's negative log-likelihood per dimension of one pyramid batch."""
        z, log_jac = self.model.flow(batch)
        return flow_nll_loss(z, log_jac)

    def on_train_end(self, train: TrainSet) -> None:
        """Free the cached pyramid; predict in the faster channels-last layout (``use_channels_last``)."""
        self._pyramid = None
        use_channels_last(self.model.encoder)  # the backbone only (CSFlowModel.forward)

    def limit_forward(self, images: torch.Tensor) -> None:
        """The work no implementation of predict avoids: the backbone at every scale and one flow pass.

        The backbone runs on S, S/2 and S/4 images (1 + 1/4 + 1/16 of one forward), so against one
        backbone forward CS-Flow's throughput is at most ~0.76 before the flow's own cost.

        Args:
            images: a batch on the detector's device.
        """
        self.model(images.float())

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        z, _ = self.model(images.float())
        scores = torch.cat([zs.flatten(1).pow(2) for zs in z], dim=1).mean(1) / 2
        maps = None
        if self.localize:
            size = images.shape[-2:]
            maps = torch.stack([upsample(zs.pow(2).mean(1) / 2, size) for zs in z]).mean(0).cpu().numpy()
        return Prediction(scores.cpu().numpy(), maps)
