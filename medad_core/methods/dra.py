"""DRA: learning disentangled representations of abnormalities (Ding, Pang, Shen, CVPR 2022).

Open-set supervised anomaly detection: normal images, a few labelled ("seen") anomalies and pseudo
anomalies train one ResNet-18 feature network ``f`` end to end with four heads (Sec. 3, App. B.1):

* **seen abnormality** ``g_s`` — 1x1-conv patch scorer + top-K MIL on ``M_x = f(x)`` (Eq. 2-3),
  trained on normal (y=0) and seen anomalies (y=1) only;
* **pseudo abnormality** ``g_p`` — the same scorer with its own parameters (Eq. 5), trained on normal
  (y=0) and pseudo anomalies (y=1): CutMix (Eq. 4), CutPaste or external outliers;
* **latent residual abnormality** ``g_r`` — on the residual ``M_{r-x} = M_r - M_x`` (Eq. 7), where
  ``M_r = 1/N_r sum_i f(x_{r_i})`` is the mean feature map of a fixed reference set of ``N_r = 5``
  normal images (Eq. 6), trained on all samples (y=1 for seen and pseudo anomalies, Eq. 8); as in the
  original code a 3x3 conv + BN + ReLU learns the composite feature space before the top-K scorer;
* **holistic normality** ``g_n`` — GAP then a 512->256->1 MLP (Eq. 9), trained on all samples to
  give *normal* images the high score.

Every head uses the deviation loss (App. B.1.1, Eq. 10-11; :mod:`medad_core.nn.losses`) by default,
BCE or focal loss as options (App. C.2). The anomaly score is ``g_s + g_p + g_r - g_n``, each head
averaged over a two-level image pyramid (App. B.1). Training: 30 epochs x 20 iterations, batch 48,
balanced thirds of normal, seen and pseudo samples, Adam with initial lr 1e-3, weight decay 1e-2
(Sec. 4.1); "initial" is read as the decay the authors' code runs, StepLR(10, 0.1), with its gradient
clipping at 1.0 (the paper is silent on both). Training images are rotated at random (up to 180
degrees, the code's ``RandomRotation(180)``; ``rotation=0`` turns it off), each sample on its own,
so the copies of the single seen anomaly of a one-shot run differ.

Paper vs. original code (reference-implementations.md §10): ``optim="paper"`` (default) or ``"code"``
(lr 2e-4, wd 1e-5, StepLR(10, 0.1) stepped at the start of each epoch, gradient clipping 1.0); a
fixed, seeded reference set (default, "fixed for all training and testing samples") or
``resample_ref=True`` (re-drawn every iteration and every test batch, as the code does);
``reference="mixed"`` (default: App. B.1, "we use the dataset mixed with normal and pseudo-abnormal
samples as the reference set in the final implementation": half of the N_r references, rounded down,
are pseudo anomalies) or ``"normal"`` (Eq. 6 as written); ``image_size`` None keeps the dataset's
resolution, 224 / 448 resize as the paper does.

Ablations (Table 3) are the ``heads`` parameter: DRA1A = seen; DRA2A = seen + pseudo (also the
"partially disentangled" model of Fig. 3 left); DRA3Ar = + residual; DRA3An = + normality. The
non-disentangled model of Fig. 3 (left) is one multi-class (normal / seen / pseudo) top-K head:
``dra_multiclass``.
"""

from __future__ import annotations

from collections.abc import Iterator

import torch
from torch import nn

from medad_core.api import MedadError, Prediction, TrainSet
from medad_core.methods._openset import NORMAL, PSEUDO, SEEN, OpenSetBatches, OpenSetDetector, PyramidTrunk, gap
from medad_core.methods.saoe import SAOE
from medad_core.nn.losses import LOSSES, make_score_loss
from medad_core.nn.mil import TopKMILHead
from medad_core.nn.training import Optimization
from medad_core.registry import register

__all__ = ["DRA", "DRAModel", "DRA1A", "DRA2A", "DRA3Ar", "DRA3An", "DRAMultiClass", "HEADS"]

HEADS = ("seen", "pseudo", "residual", "normal")
FEATURE_DIM = 512


class DRAModel(nn.Module):
    """The DRA network: shared trunk ``f`` and the heads named in ``heads``."""

    def __init__(
        self,
        trunk: PyramidTrunk,
        heads: tuple[str, ...],
        *,
        absolute: bool,
        topk_ratio: float,
        residual_conv: bool = True,
    ):
        super().__init__()
        self.trunk = trunk
        self.heads = tuple(heads)
        self.absolute = absolute
        if "seen" in heads:
            self.seen = TopKMILHead(FEATURE_DIM, topk_ratio, absolute)
        if "pseudo" in heads:
            self.pseudo = TopKMILHead(FEATURE_DIM, topk_ratio, absolute)
        if "residual" in heads:
            self.composite = (
                nn.Sequential(
                    nn.Conv2d(FEATURE_DIM, FEATURE_DIM, 3, padding=1, bias=False),
                    nn.BatchNorm2d(FEATURE_DIM),
                    nn.ReLU(inplace=True),
                )
                if residual_conv
                else nn.Identity()
            )
            self.residual = TopKMILHead(FEATURE_DIM, topk_ratio, absolute)
        if "normal" in heads:
            self.normal = nn.Sequential(nn.Linear(FEATURE_DIM, 256), nn.ReLU(inplace=True), nn.Linear(256, 1))
        # mean reference feature map per pyramid level, frozen after training (Eq. 6)
        self.reference_maps: list[torch.Tensor] | None = None

    def head_scores(
        self, maps: list[torch.Tensor], reference_maps: list[torch.Tensor] | None
    ) -> dict[str, torch.Tensor]:
        """Per-head image scores ``(B,)``, averaged over pyramid levels."""
        out: dict[str, list[torch.Tensor]] = {h: [] for h in self.heads}
        for level, m_x in enumerate(maps):
            if "seen" in self.heads:
                out["seen"].append(self.seen(m_x))  # Eq. 3
            if "pseudo" in self.heads:
                out["pseudo"].append(self.pseudo(m_x))  # Eq. 5
            if "residual" in self.heads:
                residual = reference_maps[level] - m_x  # Eq. 7
                out["residual"].append(self.residual(self.composite(residual)))  # Eq. 8
            if "normal" in self.heads:
                s = self.normal(gap(m_x))[:, 0]  # Eq. 9
                out["normal"].append(s.abs() if self.absolute else s)
        return {h: torch.stack(v).mean(0) for h, v in out.items()}

    def forward(self, images: torch.Tensor, references: torch.Tensor | None = None) -> dict[str, torch.Tensor]:
        """Head scores of ``images``.

        During training the reference images go through ``f`` in the same batch as the training
        images (as in the original code, so BatchNorm sees both) and ``M_r`` follows the current
        network; at test time the stored ``reference_maps`` are used.
        """
        if "residual" in self.heads and references is not None:
            n_ref = len(references)
            maps_all = self.trunk(torch.cat([references, images]))
            reference_maps = [m[:n_ref].mean(0, keepdim=True) for m in maps_all]
            maps = [m[n_ref:] for m in maps_all]
        else:
            maps = self.trunk(images)
            reference_maps = self.reference_maps
            if "residual" in self.heads and reference_maps is None:
                raise MedadError("DRA's residual head needs reference features; fit the model first")
        return self.head_scores(maps, reference_maps)

    @torch.no_grad()
    def set_reference(self, references: torch.Tensor) -> None:
        """Fix ``M_r`` (Eq. 6) per pyramid level from the reference images."""
        self.reference_maps = [m.mean(0, keepdim=True) for m in self.trunk(references)]

    @staticmethod
    def combine(scores: dict[str, torch.Tensor]) -> torch.Tensor:
        """Anomaly score = seen + pseudo + residual - normal (Sec. 3.2, "Training and Inference")."""
        total = 0.0
        for head, s in scores.items():
            total = total - s if head == "normal" else total + s
        return total


def head_targets(head: str, labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``(mask, target)``: which samples train ``head`` and with which binary target.

    seen: normal + seen anomalies (Eq. 2); pseudo: normal + pseudo anomalies (Eq. 5); residual: all,
    anomalous = seen or pseudo (Eq. 8); normal: all, target 1 for *normal* images (Eq. 9; the
    normality score is subtracted at inference).
    """
    if head == "seen":
        return labels != PSEUDO, (labels == SEEN).float()
    if head == "pseudo":
        return labels != SEEN, (labels == PSEUDO).float()
    if head == "residual":
        return torch.ones_like(labels, dtype=torch.bool), (labels != NORMAL).float()
    if head == "normal":
        return torch.ones_like(labels, dtype=torch.bool), (labels == NORMAL).float()
    raise MedadError(f"unknown DRA head {head!r}; expected some of {', '.join(HEADS)}")


@register()
class DRA(OpenSetDetector):
    """DRA (CVPR 2022): disentangled seen, pseudo and latent-residual abnormalities plus normality.

    The open-set loop, sampler, optimiser presets and ``embed`` are :class:`OpenSetDetector`'s; DRA
    adds the reference set (drawn once, or re-drawn every step with ``resample_ref``), the per-head
    loss routing and the cross-domain fine-tuning ``adapt`` (App. C.3: ``adapt_epochs`` epochs,
    Table 9 uses 10).
    """

    name = "dra"
    paper = "DRA (Ding et al., CVPR 2022), Sec. 3 and App. B.1"
    # 2: mixed reference set, rotation augmentation, StepLR + clipping in the paper preset
    # 3: the fused Adam update of the shared open-set optimiser (same update, other rounding)
    # 4: BatchNorm statistics re-estimated after training in the quick and smoke profiles (bn_recalibration)
    version = "4"
    default_heads: tuple[str, ...] = HEADS

    profile_params = {
        "smoke": {
            "epochs": 1,
            "bn_recalibration": 2,
            "iterations": 2,
            "batch_size": 6,
            "image_size": 32,
            "n_ref": 2,
            "adapt_epochs": 1,
        },
        "quick": {
            "epochs": 4,
            "bn_recalibration": 10,
            "iterations": 4,
            "batch_size": 12,
            "image_size": 64,
            "n_ref": 5,
            "adapt_epochs": 3,
        },
        "paper": {"epochs": 30, "iterations": 20, "batch_size": 48, "n_ref": 5, "optim": "paper", "adapt_epochs": 10},
    }

    def __init__(
        self,
        *,
        heads: tuple[str, ...] | list[str] | None = None,
        loss: str = "deviation",
        epochs: int = 30,
        n_ref: int = 5,
        reference: str = "mixed",
        resample_ref: bool = False,
        optim: str = "paper",
        margin: float = 5.0,
        residual_conv: bool = True,
        adapt_epochs: int = 10,
        **kwargs,
    ):
        super().__init__(epochs=epochs, optim=optim, **kwargs)
        self.heads = tuple(heads) if heads is not None else self.default_heads
        self.loss = loss
        self.n_ref = n_ref
        self.reference = reference
        self.resample_ref = resample_ref
        self.margin = margin
        self.residual_conv = residual_conv
        self.adapt_epochs = adapt_epochs
        self._validate()

    def _validate(self) -> None:
        unknown = [h for h in self.heads if h not in HEADS]
        if unknown or not self.heads:
            raise MedadError(f"heads must be a non-empty subset of {', '.join(HEADS)}; got {list(self.heads)}")
        if "seen" not in self.heads:
            raise MedadError("every DRA variant learns the seen abnormality: `heads` must include 'seen'")
        if self.loss not in LOSSES:
            raise MedadError(f"loss must be one of {', '.join(LOSSES)}; got {self.loss!r}")
        if self.reference not in ("normal", "mixed"):
            raise MedadError(f"reference must be 'normal' (Eq. 6) or 'mixed' (App. B.1); got {self.reference!r}")
        if self.n_ref < 1:
            raise MedadError(f"n_ref (N_r) must be >= 1; got {self.n_ref}")
        if self.adapt_epochs < 0:
            raise MedadError(f"adapt_epochs must be >= 0; got {self.adapt_epochs}")

    # -- training -------------------------------------------------------------------------------
    @property
    def uses_pseudo(self) -> bool:
        """Whether any head needs pseudo anomalies in the batches."""
        return any(h in self.heads for h in ("pseudo", "residual", "normal"))

    def _draw_references(self, data: OpenSetBatches, generator: torch.Generator) -> torch.Tensor:
        n = min(self.n_ref, len(data.normal))
        idx = torch.randperm(len(data.normal), generator=generator)[:n]
        refs = data.normal[idx].clone()
        if self.reference == "mixed" and n > 1:
            n_pseudo = n // 2
            refs[:n_pseudo] = data.pseudo_anomalies(n_pseudo)
        return refs

    def _network(self, trunk: PyramidTrunk) -> DRAModel:
        return DRAModel(
            trunk,
            self.heads,
            absolute=self.loss == "deviation",
            topk_ratio=self.topk_ratio,
            residual_conv=self.residual_conv,
        )

    def _prepare(self, data: OpenSetBatches) -> None:
        """The reference set of Eq. 6 (seeded; also re-drawn from this generator with ``resample_ref``)."""
        self._ref_generator = torch.Generator().manual_seed(self.seed + 1)
        self._references = self._draw_references(data, self._ref_generator).to(self.device)

    def configure_optimizers(self) -> Optimization:
        """The preset's Adam, StepLR and clipping.

        The code preset's StepLR steps at the *start* of each epoch, as the original code does, so every
        decay comes one epoch early (reference-implementations.md §10 row 1); the paper preset's at the end.
        """
        optimization = super().configure_optimizers()
        if self.optim == "code":
            optimization.interval = "epoch_start"
        # a fresh criterion per phase: its seeded prior draws restart as the original code's
        self._criterion = make_score_loss(self.loss, seed=self.seed, margin=self.margin)
        return optimization

    def train_batches(self, train: TrainSet, epoch: int) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Balanced draws; with ``resample_ref`` the references are re-drawn before every step but the first."""
        for i in range(self.iterations):
            # the references come first: with reference="mixed" both draws use the sampler's generator
            if self.resample_ref and (epoch, i) != (0, 0):
                self._references = self._draw_references(self._data, self._ref_generator).to(self.device)
            yield self._data.draw(*self._split)

    def training_step(self, batch: tuple[torch.Tensor, torch.Tensor], epoch: int) -> torch.Tensor:
        """Every head's loss on its own samples (:func:`head_targets`), summed."""
        images, labels = (t.to(self.device) for t in batch)
        scores = self.model(images, self._references if "residual" in self.heads else None)
        return self._loss(self._criterion, scores, labels)

    def on_train_end(self, train: TrainSet) -> None:
        """Fix ``M_r`` from the final references; keep the sampler for test-time re-draws (``resample_ref``)."""
        data = self._data
        super().on_train_end(train)
        if "residual" in self.heads:
            self.model.set_reference(self._references)
        self._data = data if self.resample_ref else None
        self.fit_info.update(n_ref=len(self._references), heads=list(self.heads))

    def adapt(self, target: TrainSet) -> DRA:
        """Cross-domain adaptation (App. C.3, Table 9): fine-tune a fitted DRA for ``adapt_epochs`` epochs.

        Batches hold the target's *normal* images and pseudo anomalies made from them (the seen head
        only sees normals there); the reference set is re-drawn from the target. The same training
        loop runs as phase ``"adapt"``; its record is ``fit_info["adapt"]``.

        Args:
            target: the target domain's training set (``normal`` images; ``outliers`` when the source
                run used external pseudo anomalies).

        Returns:
            self, adapted.
        """
        self._check_fitted()
        target.require("normal", method=f"{self.name}.adapt")
        pseudo = self.pseudo_used if self.pseudo_used not in ("none", "external") else "cutmix"
        if self.pseudo_used == "external" and target.outliers is not None and len(target.outliers):
            pseudo = "external"
        # the fit's sampler and generator serve test-time re-draws (resample_ref): keep them aside
        fitted = self._data, self._ref_generator, self._split
        self._data = OpenSetBatches(
            target,
            pseudo=pseudo,
            seed=self.seed + 100,
            need_anomalies=False,
            method=f"{self.name}.adapt",
            rotation=self.rotation,
        )
        self._ref_generator = torch.Generator().manual_seed(self.seed + 101)
        self._references = self._draw_references(self._data, self._ref_generator).to(self.device)
        n_pseudo = self.batch_size // 2 if self.uses_pseudo else 0
        self._split = (self.batch_size - n_pseudo, 0, n_pseudo)
        info = self.run_training(target, self.adapt_epochs, phase="adapt")
        if self.bn_recalibration:
            info["bn_recalibrated"] = self.recalibrate_batchnorm()
        if "residual" in self.heads:
            self.model.set_reference(self._references)
        self._data, self._ref_generator, self._split = fitted
        self.model.eval()
        self.fit_info["adapt"] = info
        return self

    def _loss(self, criterion: nn.Module, scores: dict[str, torch.Tensor], labels: torch.Tensor) -> torch.Tensor:
        total = scores[self.heads[0]].new_zeros(())
        for head, s in scores.items():
            mask, target = head_targets(head, labels)
            if mask.any():
                total = total + criterion(s[mask], target[mask])
        return total

    # -- inference ------------------------------------------------------------------------------
    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        model = self.model
        if self.resample_ref and "residual" in self.heads:
            # the original code re-draws the references for every test batch (stochastic scores)
            model.set_reference(self._draw_references(self._data, self._ref_generator).to(images.device))
        scores = model(images)
        total = DRAModel.combine(scores)
        return Prediction(
            total.float().cpu().numpy(), None, {head: s.float().cpu().numpy() for head, s in scores.items()}
        )


@register()
class DRA1A(DRA):
    """Table 3: seen abnormality only."""

    name = "dra1a"
    default_heads = ("seen",)


@register("dra_partial")
class DRA2A(DRA):
    """Table 3: seen + pseudo abnormalities; Fig. 3 (left) "partially disentangled"."""

    name = "dra2a"
    default_heads = ("seen", "pseudo")


@register()
class DRA3Ar(DRA):
    """Table 3: seen + pseudo + latent residual abnormalities (no normality head)."""

    name = "dra3ar"
    default_heads = ("seen", "pseudo", "residual")


@register()
class DRA3An(DRA):
    """Table 3: seen + pseudo abnormalities + holistic normality (no residual head)."""

    name = "dra3an"
    default_heads = ("seen", "pseudo", "normal")


@register("dra_nondisentangled")
class DRAMultiClass(SAOE):
    """Fig. 3 (left) "non-disentangled": SAOE's classifier without its outlier-exposure term.

    "Multiclass classification with normal samples, seen and pseudo anomaly classes" on DRA's plain
    (top-K MIL) feature learning, cross-entropy, no outlier exposure.
    """

    name = "dra_multiclass"
    paper = "DRA (CVPR 2022) Sec. 4.5, Fig. 3 (left), non-disentangled variant"

    def __init__(self, *, outlier_exposure: bool = False, **kwargs):
        if outlier_exposure:
            raise MedadError("the non-disentangled DRA variant has no outlier exposure (that is SAOE)")
        super().__init__(outlier_exposure=False, **kwargs)
