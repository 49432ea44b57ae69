"""STFPM (Wang et al., "Student-Teacher Feature Pyramid Matching for Anomaly Detection", BMVC 2021),
with BMAD's settings (thesis Table 3.6): ResNet-18 or WideResNet-50 (``backbone``), SGD with
learning rate 0.4, momentum 0.9, weight decay 1e-4; 100 epochs (BMAD's anomalib config).

* Teacher: the (pretrained) backbone, frozen; student: the same architecture, randomly initialised
  and trained; both return layer1-layer3.
* Loss (Eq. 1-3): at every layer l and position ij the features are L2-normalised along channels,
  ``l^l_ij = 0.5 * ||F_t^l(ij) - F_s^l(ij)||^2``; the layer loss is its mean over the h_l x w_l
  positions and the total loss their sum (alpha_l = 1), averaged over the batch.
* Anomaly map (Eq. 4-5): each layer's ``l^l`` upsampled to the input, multiplied across layers,
  Gaussian-smoothed (sigma 4, as anomalib); the image score is the map's maximum.
* Checkpoint: with a labelled valid split, the epoch with the best valid image AUROC (BMAD's
  protocol, checked every ``valid_every`` epochs; ``select_on_valid=False`` keeps the last); otherwise
  the last epoch. Training is the shared loop of :mod:`medad_core.nn.training`.
"""

from __future__ import annotations

import torch
from torch import nn

from medad_core.api import Prediction, Setting, TrainSet
from medad_core.methods._feature_common import check_training_images, map_prediction
from medad_core.nn.anomaly_map import fuse_maps, gaussian_blur
from medad_core.nn.backbone import FeatureExtractor
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
        with torch.no_grad():
            t = self.teacher(images)
        s = self.student(images)
        return [normalized_l2_map(t[name], s[name]) for name in self.teacher.layers]

    def loss(self, images: torch.Tensor) -> torch.Tensor:
        """STFPM Eq. 3 (alpha_l = 1), averaged over the batch."""
        return sum(m.mean(dim=(1, 2)) for m in self(images)).mean()


@register()
class STFPM(TrainedDetector):
    """STFPM: student-teacher feature pyramid matching."""

    name = "stfpm"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Wang et al. BMVC 2021; BMAD thesis Table 3.6"
    profile_params = {
        "smoke": {"backbone": "resnet18", "epochs": 8, "batch_size": 16, "lr": 0.05},
        "quick": {"backbone": "resnet18", "epochs": 2, "batch_size": 16, "lr": 0.05},
        "paper": {"backbone": "resnet18", "epochs": 100, "batch_size": 32, "lr": 0.4},
    }

    def __init__(self, backbone: str = "resnet18", layers: tuple[str, ...] = ("layer1", "layer2", "layer3"),
                 epochs: int = 100, lr: float = 0.4, momentum: float = 0.9, weight_decay: float = 1e-4,
                 valid_every: int = 10, sigma: float = 4.0, batch_size: int = 32, **kwargs):
        super().__init__(epochs=epochs, valid_every=valid_every, batch_size=batch_size, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.sigma = sigma

    def setup(self, train: TrainSet) -> None:
        """Frozen (pretrained) teacher and a randomly initialised student of the same architecture."""
        self.input_spec = check_training_images(train, self.name)
        teacher = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        student = FeatureExtractor(self.backbone, self.layers, "random", self.profile, frozen=False)
        self.weights_used = teacher.weights_used
        self.model = STFPMModel(teacher, student).to(self.device)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """SGD on the student (thesis Table 3.6)."""
        return torch.optim.SGD(self.model.student.parameters(), lr=self.lr, momentum=self.momentum,
                               weight_decay=self.weight_decay)

    def trainable_modules(self) -> list[nn.Module]:
        """Only the student trains; the teacher stays in eval."""
        return [self.model.student]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """STFPM Eq. 3 on one batch."""
        return self.model.loss(batch["image"].float())

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return map_prediction(gaussian_blur(fuse_maps(self.model(images.float()), images.shape[-2:], "product"),
                                            self.sigma))
