"""STFPM: student-teacher feature pyramid matching, as BMAD ran it.

STFPM (Wang et al., "Student-Teacher Feature Pyramid Matching for Anomaly Detection", BMVC 2021),
with BMAD's settings (thesis Table 3.6): ResNet-18 or WideResNet-50 (``backbone``), SGD with
learning rate 0.4, momentum 0.9, weight decay 1e-4; 100 epochs (BMAD's anomalib config).

* Teacher: the (pretrained) backbone, frozen; student: the same architecture, randomly initialised
  and trained; both return layer1-layer3.
* Loss (Eq. 1-3): at every layer l and position ij the features are L2-normalised along channels,
  ``l^l_ij = 0.5 * ||F_t^l(ij) - F_s^l(ij)||^2``; the layer loss of an image k is its mean over the
  h_l x w_l positions, ``L_k = sum_l l^l`` (alpha_l = 1). ``loss_reduction`` says how the batch's
  ``L_k`` become the minimised loss: ``"sum"`` (default) ``sum_k L_k``, as anomalib's STFPM loss
  (``MSELoss(reduction="sum")`` / (h w)), which BMAD ran; ``"sum_layer_mean"`` ``sum_k L_k / L``,
  the STFPM authors' code (summed over the batch, divided by the number of layers); ``"mean"``
  ``mean_k L_k`` (a step 1/B as large at the same learning rate).
* Anomaly map (Eq. 4-5): each layer's ``l^l`` upsampled to the input and multiplied across layers;
  the image score is the map's maximum. Neither the authors' code nor anomalib smooths the map:
  ``sigma`` > 0 adds a Gaussian blur (0, the default, does not).
* Backbones: BMAD ran both ResNet-18 (its default config) and WideResNet-50 (``*_resnet50``
  configs, ``backbone="wide_resnet50_2"``); the paper profile keeps ResNet-18.
* Checkpoint: with a labelled valid split, the epoch with the best valid image AUROC (BMAD's
  protocol, checked every ``valid_every`` epochs; ``select_on_valid=False`` keeps the last); otherwise
  the last epoch. Training is the shared loop of :mod:`medad_core.nn.training`.
"""

from __future__ import annotations

from typing import Literal

import torch
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, map_prediction
from medad_core.nn.anomaly_map import fuse_maps, gaussian_blur
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.distillation import normalized_l2_map
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register


class STFPMModel(nn.Module):
    """Teacher (frozen) and student feature pyramids; ``forward`` returns per-layer maps (B, h_l, w_l)."""

    def __init__(self, teacher: FeatureExtractor, student: FeatureExtractor):
        super().__init__()
        self.teacher = teacher
        self.student = student

    def forward(self, images: torch.Tensor) -> list[torch.Tensor]:
        """Per-layer ``0.5 ||t/|t| - s/|s| ||^2`` maps (B, h_l, w_l), STFPM Eq. 1-2."""
        with torch.no_grad():
            t = self.teacher(images)
        s = self.student(images)
        return [normalized_l2_map(t[name], s[name]) for name in self.teacher.layers]

    def per_image_loss(self, images: torch.Tensor) -> torch.Tensor:
        """STFPM Eq. 3 (alpha_l = 1) of every image, (B,): the sum over layers of the mean over positions."""
        return sum(m.mean(dim=(1, 2)) for m in self(images))

    def loss(self, images: torch.Tensor, reduction: str = "sum") -> torch.Tensor:
        """The batch loss (``reduction`` as :class:`STFPM`'s ``loss_reduction``)."""
        per_image = self.per_image_loss(images)
        if reduction == "mean":
            return per_image.mean()
        if reduction == "sum_layer_mean":
            return per_image.sum() / len(self.teacher.layers)
        return per_image.sum()


@register()
class STFPM(TrainedDetector):
    """STFPM: student-teacher feature pyramid matching."""

    name = "stfpm"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Wang et al. BMVC 2021; BMAD thesis Table 3.6"
    version = "2"
    profile_params = {
        # random-init teachers on 64 px phantoms: the summed loss of a 16-image batch at lr 0.05 / 16
        "smoke": {"backbone": "resnet18", "epochs": 8, "batch_size": 16, "lr": 0.003},
        "quick": {"backbone": "resnet18", "epochs": 2, "batch_size": 16, "lr": 0.003},
        "paper": {"backbone": "resnet18", "epochs": 100, "batch_size": 32, "lr": 0.4},
    }

    def __init__(
        self,
        backbone: str = "resnet18",
        layers: tuple[str, ...] = ("layer1", "layer2", "layer3"),
        epochs: int = 100,
        lr: float = 0.4,
        momentum: float = 0.9,
        weight_decay: float = 1e-4,
        valid_every: int = 10,
        sigma: float = 0.0,
        batch_size: int = 32,
        loss_reduction: Literal["sum", "sum_layer_mean", "mean"] = "sum",
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.sigma = sigma
        self.loss_reduction = loss_reduction

    def setup(self, train: TrainSet) -> None:
        """Checks the training images (the networks come from :meth:`_build`)."""
        check_training_images(train, self.name)
        self._build(self.train_shape)

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Frozen (pretrained) teacher and a randomly initialised student of the same architecture."""
        if self.loss_reduction not in ("sum", "sum_layer_mean", "mean"):
            raise MedadError(
                f"stfpm: loss_reduction must be 'sum', 'sum_layer_mean' or 'mean'; got {self.loss_reduction!r}"
            )
        self.input_spec = InputSpec(*shape)
        teacher = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        student = FeatureExtractor(self.backbone, self.layers, "random", self.profile, frozen=False)
        self.weights_used = teacher.weights_used
        self.model = STFPMModel(teacher, student).to(self.device)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """SGD on the student (thesis Table 3.6)."""
        return torch.optim.SGD(
            self.model.student.parameters(), lr=self.lr, momentum=self.momentum, weight_decay=self.weight_decay
        )

    def trainable_modules(self) -> list[nn.Module]:
        """Only the student trains; the teacher stays in eval."""
        return [self.model.student]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """STFPM Eq. 3 on one batch, reduced over the batch by ``loss_reduction``."""
        return self.model.loss(batch["image"].float(), self.loss_reduction)

    def on_train_end(self, train: TrainSet) -> None:
        """Predict in the faster channels-last layout (the fit is unchanged; ``use_channels_last``)."""
        use_channels_last(self.model)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        maps = fuse_maps(self.model(images.float()), images.shape[-2:], "product")
        return map_prediction(gaussian_blur(maps, self.sigma))  # sigma 0: no smoothing

    def limit_forward(self, images: torch.Tensor) -> None:
        """The work no implementation of predict avoids: the teacher's and the student's forward.

        STFPM runs two backbones, so its predict is at most ~0.5 of one backbone's throughput; the
        bench reports ``throughput_vs_limit`` against this pair.

        Args:
            images: a batch on the detector's device.
        """
        images = images.float()
        self.model.teacher(images), self.model.student(images)
