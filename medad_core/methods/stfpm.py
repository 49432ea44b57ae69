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
  protocol, checked every ``eval_every`` epochs); otherwise the last epoch.
"""

from __future__ import annotations

import torch
from torch import nn

from medad_core.api import Detector, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import check_training_images
from medad_core.nn.anomaly_map import fuse_maps, gaussian_blur
from medad_core.nn.backbone import FeatureExtractor
from medad_core.nn.distillation import normalized_l2_map, train_student
from medad_core.nn.selection import ValidSelector
from medad_core.registry import register


class StfpmModel(nn.Module):
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
        return sum(m.mean(dim=(1, 2)) for m in self(images)).mean()


@register()
class Stfpm(Detector):
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
                 eval_every: int = 10, sigma: float = 4.0, batch_size: int = 32, **kwargs):
        super().__init__(batch_size=batch_size, **kwargs)
        self.backbone = backbone
        self.layers = tuple(layers)
        self.epochs = epochs
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.eval_every = eval_every
        self.sigma = sigma

    def _fit(self, train: TrainSet) -> None:
        self.input_spec = check_training_images(train, self.name)
        teacher = FeatureExtractor(self.backbone, self.layers, self.weights, self.profile)
        student = FeatureExtractor(self.backbone, self.layers, "random", self.profile, frozen=False)
        self.weights_used = teacher.weights_used
        self.model = StfpmModel(teacher, student).to(self.device)
        optimizer = torch.optim.SGD(student.parameters(), lr=self.lr, momentum=self.momentum,
                                    weight_decay=self.weight_decay)
        self.fit_info = train_student(
            train.normal, self.model.loss, optimizer, epochs=self.epochs, batch_size=self.batch_size,
            device=self.device, seed=self.seed, modules=[student], desc="stfpm", show_progress=self.progress,
            selector=ValidSelector(self, train.valid, self.eval_every, modules=[student]))

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        maps = gaussian_blur(fuse_maps(self.model(images.float()), images.shape[-2:], "product"), self.sigma)
        return Prediction(maps.flatten(1).max(1).values.cpu().numpy(), maps.cpu().numpy())
