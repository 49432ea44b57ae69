"""CSI (Tack et al., NeurIPS 2020), the base and the baseline of DIA, in the one-class setting.

DIA Sec. 3.2 and 4.1 with CSI's code (``alinlab/CSI``; notes B.2.7, reference-implementations §5.1):

* Views (Sec. 3.2.1): each image x of a batch of B gets two independent horizontal flips, each
  shifted by every ``S_k`` (rotations by k * 90 degrees, K = 4; ``shift="perm"``: CutPerm) and then
  through its own draw of the SimCLR transformations T (colour jitter, greyscale, resized crop
  (0.08, 1)): ``O_k = T o S_k``, ``O'_k = T o S_k``, 2BK views (:mod:`medad_core.nn.contrastive`).
* Network: ResNet-18 f_theta (the CIFAR stem, 3x3 convolution without max-pool, for images up to
  64 px; the ImageNet stem above; ``stem`` chooses), random initialisation, input normalised as
  ``(x - 0.5) / 0.5`` (CSI's model); projection head 512 -> 512 -> 128 (Linear-ReLU-Linear),
  shift head 512 -> K. ``width`` scales the ResNet's channels (64: ResNet-18 itself).
* Loss: NT-Xent with shifted negatives (the positive of ``O_k(x)`` is ``O'_k(x)``; other shifts of
  the same image are negatives; tau 0.5) plus the shift classifier's cross-entropy (gamma 1):
  ``L = L_con + gamma * L_cls`` (DIA Eq. 9 without the dissolved branch).
* Optimiser: LARS (written in :mod:`medad_core.nn.contrastive`; eta 0.001, momentum 0.9, weight
  decay 1e-6) with cosine annealing per step. DIA's paper: lr 0.001, 200 epochs of 200 batches
  ("200 samples" in the text; the code's ``num_batches_per_epoch=200``) of 32 images. CSI's and
  DIA's code: lr 0.1 warmed up x10 over 10 epochs, 1,000 epochs (``lr=0.1, warmup_epochs=10,
  epochs=1000``).
* Checkpoint: the last epoch (``select_on_valid=False``, the default). The original code keeps the
  checkpoint that is best on the **test** split; we never look at it. ``select_on_valid=True``
  selects on the run's labelled valid split when it has one.
* Score (Eq. 10, CSI's "CSI" score; notes B.2.5): for each shift k, features of ``x~ = T(S_k(x))``
  averaged over ``ood_samples`` (10) augmented draws with the crop area fixed at 0.54:
  ``s_con,k = max_m <z_k(x), z_k(x_m) / ||z_k(x_m)||>`` (= cos * ||z_k(x)||) over the *training*
  images x_m, ``s_cls,k`` = the shift head's logit of the correct shift k;
  ``s(x) = (1/K) sum_k (lambda^con_k s_con,k + lambda^cls_k s_cls,k)`` with
  ``lambda^con_k = 1 / mean_m ||z_k(x_m)||`` and ``lambda^cls_k = 1 / mean_m s_cls,k(x_m)``, both
  from the training images only (:meth:`CSI.on_train_end`); s is a normality score, medad's
  anomaly score is ``-s``. Evaluation uses the shifts and T, never dissolving. One guard the
  papers do not need: a shift whose mean training logit is not positive (an undertrained shift
  head; 1 / mean would flip that term's sign) gets lambda^cls_k = 0, and ``fit_info
  ["score_weights"]["cls_dropped"]`` counts such shifts (0 for a trained network).
* Evaluation draws are seeded per batch (CSI seeds each sample per batch): a fixed seed and batch
  size repeat the scores exactly; another batch size draws other augmentations.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import ImageSet, MedadError, Prediction, Setting, TrainSet
from medad_core.nn.contrastive import LARS, hflip, nt_xent, shift_loss, shift_views, simclr_augment
from medad_core.nn.training import Optimization, TrainedDetector
from medad_core.registry import register

__all__ = ["ResNet18", "CSIModel", "CSI"]


class _BasicBlock(nn.Module):
    def __init__(self, c_in: int, c_out: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(c_out)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(c_out)
        self.short = (
            nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride, bias=False), nn.BatchNorm2d(c_out))
            if stride != 1 or c_in != c_out
            else nn.Identity()
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        return F.relu(self.bn2(self.conv2(out)) + self.short(x))


class ResNet18(nn.Module):
    """ResNet-18 with CSI's two stems and a width multiplier; returns the pooled penultimate feature.

    Args:
        width: channels of the first stage (64: ResNet-18; the stages have width x 1, 2, 4, 8).
        stem: ``"cifar"`` (3x3 stride-1 convolution, no max-pool: CSI's 32-px network) or
            ``"imagenet"`` (7x7 stride 2 + max-pool: CSI's / DIA's ``resnet18_imagenet`` at 224 px).
        in_channels: input channels.
    """

    def __init__(self, width: int = 64, stem: Literal["cifar", "imagenet"] = "cifar", in_channels: int = 3):
        super().__init__()
        if stem == "cifar":
            self.stem = nn.Sequential(
                nn.Conv2d(in_channels, width, 3, 1, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(inplace=True)
            )
        elif stem == "imagenet":
            self.stem = nn.Sequential(
                nn.Conv2d(in_channels, width, 7, 2, 3, bias=False),
                nn.BatchNorm2d(width),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(3, 2, 1),
            )
        else:
            raise MedadError(f"ResNet18 stem must be 'cifar' or 'imagenet'; got {stem!r}")
        stages, c_in = [], width
        for i, stride in enumerate((1, 2, 2, 2)):
            c_out = width * 2**i
            stages.append(nn.Sequential(_BasicBlock(c_in, c_out, stride), _BasicBlock(c_out, c_out, 1)))
            c_in = c_out
        self.stages = nn.Sequential(*stages)
        self.out_dim = c_in

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) -> (B, 8 * width) after global average pooling."""
        return self.stages(self.stem(x)).mean(dim=(2, 3))


class CSIModel(nn.Module):
    """f_theta (ResNet-18) with CSI's projection head (-> 128) and shift head (-> K)."""

    def __init__(self, width: int, stem: Literal["cifar", "imagenet"], n_shifts: int, proj_dim: int = 128):
        super().__init__()
        self.encoder = ResNet18(width, stem)
        d = self.encoder.out_dim
        self.projection = nn.Sequential(nn.Linear(d, d), nn.ReLU(inplace=True), nn.Linear(d, proj_dim))
        self.shift_head = nn.Linear(d, n_shifts)

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Images in [0, 1] -> (penultimate feature, projection z, shift logits)."""
        feature = self.encoder((images - 0.5) / 0.5)
        return feature, self.projection(feature), self.shift_head(feature)


def _rgb(images: torch.Tensor) -> torch.Tensor:
    """CSI's networks read RGB: greyscale images are repeated to three channels (MedMNIST ``as_rgb``)."""
    return images.expand(-1, 3, -1, -1) if images.shape[1] == 1 else images[:, :3]


@register()
class CSI(TrainedDetector):
    """CSI: contrastive learning with shifted negatives, shift classification and the CSI score (module docstring)."""

    name = "csi"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Tack et al. NeurIPS 2020; DIA Sec. 3.2-3.3 (the baseline of Table 1)"
    version = "1"
    #: views per image and shift in the loss (O, O'); DIA adds the dissolved branch
    n_branches = 2
    profile_params: dict[str, dict[str, Any]] = {
        # about a second: 16 px, a narrow network, 24 steps of 8 images. LARS's update is
        # lr * eta * ||w|| per step, so a schedule of a few dozen steps needs lr * eta ~ 0.02 to
        # move the weights at all (the code's peak is 1.0 * 0.001 over 200,000 steps)
        "smoke": {
            "epochs": 6,
            "steps_per_epoch": 4,
            "batch_size": 8,
            "width": 8,
            "image_size": 16,
            "ood_samples": 1,
            "lr": 20.0,
        },
        # ~1 CPU-s per fit at 32 px: a quarter-width ResNet-18 with the ImageNet stem, 15 steps of
        # 16 images, two evaluation draws; the pipeline, not the paper's schedule
        "quick": {
            "epochs": 3,
            "steps_per_epoch": 5,
            "batch_size": 16,
            "width": 16,
            "stem": "imagenet",
            "image_size": 32,
            "ood_samples": 2,
            "lr": 20.0,
        },
        # DIA Sec. 4.1-4.2: batch 32, LARS lr 0.001 with cosine annealing, 200 epochs of 200 batches
        "paper": {"epochs": 200, "steps_per_epoch": 200, "batch_size": 32, "width": 64, "ood_samples": 10},
    }

    def __init__(
        self,
        shift: Literal["rotate", "perm"] = "rotate",
        n_shifts: int = 4,
        width: int = 64,
        stem: Literal["auto", "cifar", "imagenet"] = "auto",
        image_size: int | None = None,
        temperature: float = 0.5,
        shift_weight: float = 1.0,
        lr: float = 0.001,
        momentum: float = 0.9,
        weight_decay: float = 1e-6,
        trust_coef: float = 0.001,
        warmup_epochs: int = 0,
        warmup_multiplier: float = 10.0,
        epochs: int = 200,
        steps_per_epoch: int = 200,
        crop_scale: tuple[float, float] = (0.08, 1.0),
        ood_samples: int = 10,
        eval_crop_scale: float = 0.54,
        select_on_valid: bool = False,
        valid_every: int = 10,
        **kwargs: Any,
    ):
        """CSI's parameters.

        Args:
            shift: shifting transformation, ``"rotate"`` (default) or ``"perm"`` (CutPerm).
            n_shifts: K (4).
            width: first-stage channels of the ResNet-18 (64 = ResNet-18).
            stem: ``"cifar"``, ``"imagenet"``, or ``"auto"`` (CIFAR up to 64 px, as CSI's and DIA's code).
            image_size: resize the images to this side (None: as read).
            temperature: tau of NT-Xent (0.5).
            shift_weight: gamma of Eq. 9 (1).
            lr: LARS base learning rate (DIA: 0.001; the code: 0.1 with warm-up).
            momentum: SGD momentum inside LARS (0.9).
            weight_decay: lambda (1e-6).
            trust_coef: LARS eta (0.001).
            warmup_epochs: linear warm-up to ``lr * warmup_multiplier`` over these epochs (code: 10).
            warmup_multiplier: the warm-up's factor (code: 10).
            epochs: training epochs (DIA: 200; the code: 1,000).
            steps_per_epoch: batches per epoch (200).
            crop_scale: area range of the training crop (0.08, 1).
            ood_samples: augmented draws per image in the score (10).
            eval_crop_scale: the score's fixed crop area (0.54).
            select_on_valid: select the epoch on a labelled valid split (False: the last epoch).
            valid_every: valid evaluation period in epochs when selecting.
            **kwargs: the :class:`~medad_core.api.Detector` parameters.
        """
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.shift = shift
        self.n_shifts = n_shifts
        self.width = width
        self.stem = stem
        self.image_size = image_size
        self.temperature = temperature
        self.shift_weight = shift_weight
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.trust_coef = trust_coef
        self.warmup_epochs = warmup_epochs
        self.warmup_multiplier = warmup_multiplier
        self.steps_per_epoch = steps_per_epoch
        self.crop_scale = tuple(crop_scale)
        self.ood_samples = ood_samples
        self.eval_crop_scale = eval_crop_scale

    # -- networks ------------------------------------------------------------------------------
    def _side(self, shape: tuple[int, int, int]) -> int:
        return int(self.image_size or shape[1])

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The CSI network for (C, H, W) input, untrained (random initialisation, as the papers)."""
        if self.shift not in ("rotate", "perm"):
            raise MedadError(f"{self.name}: shift must be 'rotate' or 'perm'; got {self.shift!r}")
        if self.n_shifts < 1 or (self.shift == "rotate" and self.n_shifts > 4):
            raise MedadError(f"{self.name}: n_shifts must be 1..4 for rotations; got {self.n_shifts}")
        if len(shape) != 3 or shape[0] not in (1, 3):
            raise MedadError(f"{self.name}: images must be (C, H, W) with C = 1 or 3; got {tuple(shape)}")
        if shape[1] != shape[2] and self.image_size is None:
            raise MedadError(f"{self.name}: rotations need square images; got {shape[1]}x{shape[2]} (set image_size)")
        side = self._side(shape)
        stem = self.stem if self.stem != "auto" else ("cifar" if side <= 64 else "imagenet")
        self.model = CSIModel(self.width, stem, self.n_shifts).to(self.device)
        self.weights_used = "random"

    def _fit(self, train: TrainSet) -> None:
        train.require("normal", method=self.name)
        self._build(train.normal.image_shape())
        super()._fit(train)

    def setup(self, train: TrainSet) -> None:
        """The generator of the augmentations (the network exists: :meth:`_build`)."""
        self.generator = torch.Generator(device=self.device).manual_seed(self.seed)
        self._order = torch.empty(0, dtype=torch.long)
        self._order_generator = torch.Generator().manual_seed(self.seed)

    def configure_optimizers(self) -> Optimization:
        """LARS with a per-step schedule: optional linear warm-up, then cosine annealing."""
        optimizer = LARS(
            self.model.parameters(),
            lr=self.lr,
            momentum=self.momentum,
            weight_decay=self.weight_decay,
            trust_coef=self.trust_coef,
        )
        total = max(self.epochs * self.steps_per_epoch, 1)
        warm = min(self.warmup_epochs * self.steps_per_epoch, total - 1)
        peak = self.warmup_multiplier if warm > 0 else 1.0

        def factor(step: int) -> float:
            if step < warm:  # GradualWarmupScheduler: lr -> lr * multiplier
                return 1 + (peak - 1) * step / warm
            return peak * 0.5 * (1 + math.cos(math.pi * (step - warm) / max(total - warm, 1)))

        return Optimization([optimizer], [torch.optim.lr_scheduler.LambdaLR(optimizer, factor)], interval="step")

    def train_batches(self, train: TrainSet, epoch: int):
        """``steps_per_epoch`` batches per epoch, drawn from shuffled passes over the normal images."""
        n = len(train.normal)
        take = self.steps_per_epoch * min(self.batch_size, n)
        while len(self._order) < take:
            self._order = torch.cat([self._order, torch.randperm(n, generator=self._order_generator)])
        idx, self._order = self._order[:take], self._order[take:]
        return train.normal.subset(idx.numpy()).batches(min(self.batch_size, n), device=self.device)

    # -- training ------------------------------------------------------------------------------
    def _prepare(self, images: torch.Tensor) -> torch.Tensor:
        images = _rgb(images.float())
        if self.image_size is not None and tuple(images.shape[-2:]) != (self.image_size, self.image_size):
            images = F.interpolate(images, size=(self.image_size,) * 2, mode="bilinear", align_corners=False)
        return images

    def extra_views(self, images: torch.Tensor) -> list[torch.Tensor]:
        """Further shifted views before T (DIA's dissolved branch); CSI has none."""
        return []

    def training_step(self, batch: dict, epoch: int) -> dict[str, torch.Tensor]:
        """``L_con + gamma * L_cls`` over the 2BK (CSI) or 3BK (DIA) views."""
        x = self._prepare(batch["image"])
        g, k, b = self.generator, self.n_shifts, len(x)
        views = [shift_views(hflip(x, g), k, self.shift), shift_views(hflip(x, g), k, self.shift)]
        views += self.extra_views(x)
        views = simclr_augment(torch.cat(views), g, crop_scale=self.crop_scale)
        _, z, logits = self.model(views)
        blocks = len(views) // (b * k)
        labels = torch.arange(k, device=x.device).repeat_interleave(b).repeat(blocks)
        l_con = nt_xent(z, b, k, self.temperature, dissolved=blocks == 3, neg_mask=getattr(self, "neg_mask", "eq6"))
        l_cls = shift_loss(logits, labels)
        return {"loss": l_con + self.shift_weight * l_cls, "con": l_con, "cls": l_cls}

    # -- the score (Eq. 10) ---------------------------------------------------------------------
    @torch.no_grad()
    def score_features(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Per shift k, the projection z_k and the correct-shift logit, averaged over ``ood_samples`` draws.

        Args:
            images: (B, C, H, W) in [0, 1].

        Returns:
            ``z`` (B, K, D) (unnormalised) and ``logit`` (B, K).
        """
        x = self._prepare(images)
        k, b = self.n_shifts, len(x)
        # the same draws for every batch (CSI seeds each sample's draw per batch): a fixed seed and
        # batch size repeat the scores exactly
        g = torch.Generator(device=x.device).manual_seed(self.seed + 7919)
        views = torch.cat([shift_views(hflip(x, g), k, self.shift) for _ in range(self.ood_samples)])
        scale = (self.eval_crop_scale, self.eval_crop_scale)
        views = simclr_augment(views, g, crop_scale=scale)
        zs, logits = [], []
        for chunk in views.split(max(self.batch_size * k, 1) * 2):
            _, z, logit = self.model(chunk)
            zs.append(z.float())
            logits.append(logit.float())
        z = torch.cat(zs).view(self.ood_samples, k, b, -1).mean(0).transpose(0, 1)  # (B, K, D)
        logit = torch.cat(logits).view(self.ood_samples, k, b, k).mean(0)  # (K, B, K)
        correct = logit[torch.arange(k), :, torch.arange(k)]  # (K, B): shift k's logit on S_k views
        return z, correct.T

    @torch.no_grad()
    def fit_score(self, normal: ImageSet) -> None:
        """The training features and the weights lambda of Eq. 10, from the training images only."""
        was_training = self.model.training
        self.model.eval()
        zs, logits = [], []
        for batch in normal.batches(self.batch_size, device=self.device):
            z, logit = self.score_features(batch["image"])
            zs.append(z)
            logits.append(logit)
        self.model.train(was_training)
        z, logit = torch.cat(zs), torch.cat(logits)
        #: normalised training features per shift (M, K, D): the nearest-neighbour axes of s_con
        self.train_axes = F.normalize(z, dim=2)
        self.weight_con = 1 / z.norm(dim=2).mean(0).clamp_min(1e-12)
        mean_logit = logit.mean(0)
        # an untrained shift head can have a mean logit at or below zero, where 1/mean flips the
        # score's sign: that shift's s_cls is left out (recorded in fit_info)
        usable = mean_logit > 1e-6
        self.weight_cls = torch.where(usable, 1 / mean_logit.clamp_min(1e-6), torch.zeros_like(mean_logit))
        self.fit_info["score_weights"] = {
            "con": self.weight_con.tolist(),
            "cls": self.weight_cls.tolist(),
            "cls_dropped": int((~usable).sum()),
            "n_train": len(z),
        }

    def on_validation_start(self, train: TrainSet) -> None:
        """The score's training features of the current network (valid selection)."""
        self.fit_score(train.normal)

    def on_train_end(self, train: TrainSet) -> None:
        """The score's training features and weights of the final network."""
        self.fit_score(train.normal)

    def score_parts(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """``(s_con, s_cls)`` per image and shift, (B, K) each, before the weights."""
        z, logit = self.score_features(images)
        s_con = torch.einsum("bkd,mkd->bkm", z, self.train_axes).amax(dim=2)
        return s_con, logit

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        s_con, s_cls = self.score_parts(images)
        normality = (s_con * self.weight_con + s_cls * self.weight_cls).mean(dim=1)
        return Prediction(
            (-normality).cpu().numpy(),
            extras={"s_con": s_con.mean(1).cpu().numpy(), "s_cls": s_cls.mean(1).cpu().numpy()},
        )

    def embed(self, images: ImageSet | torch.Tensor):
        """The penultimate feature of the unshifted, unaugmented image (t-SNE figures)."""
        return self._embed_with(images, lambda x: self.model(self._prepare(x))[0])
