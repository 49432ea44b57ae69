"""SAOE: synthetic anomalies + outlier exposure (DRA paper Sec. 4.1 and App. B.2).

"SAOE is implemented by learning both seen and pseudo abnormalities through a multiclass (i.e.,
normal class, seen anomaly class, and pseudo anomaly class) classification head using the plain
feature learning method as in DRA. In addition to this multi-class classification, the outlier
exposure module [18] ... is used", with MVTec AD or LAG images as external data.

* Network: ResNet-18 (end to end) + a 1x1-conv patch classifier with 3 outputs, each class logit
  pooled by top-K MIL (DRA Eq. 3) and averaged over the two-level pyramid.
* Loss: cross-entropy over {normal, seen, pseudo} on balanced batches; pseudo anomalies are
  augmentation-based (CutMix, Eq. 4, by default; CutPaste as options). Outlier exposure (Hendrycks
  et al. 2019): ``lambda_oe * mean_i CE(softmax(z_i), uniform)`` on a batch of external outliers
  (``TrainSet.outliers``), lambda_oe = 0.5 as in the OE code.
* Score: log-odds of the anomaly classes against the normal class,
  ``logsumexp(z_seen, z_pseudo) - z_normal``.

``outlier_exposure`` (default True): SAOE always trains with outlier exposure, and a TrainSet
without ``outliers`` raises a :class:`MedadError` naming the data it needs (App. B.2: MVTec AD
images, classes overlapping the target removed, for the industrial and planetary datasets, which is
``Protocol.outlier_dataset="mvtec_ad"`` (:func:`medad_core.data.protocols.outlier_classes`); LAG for
the medical ones; ``medad run --outlier-dataset``). False is only the
"non-disentangled" multi-class model of DRA Fig. 3 left, registered as ``dra_multiclass``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from medad_core.api import MedadError, TrainSet
from medad_core.methods._openset import OpenSetDetector, PatchScorer, _match
from medad_core.registry import register

__all__ = ["SAOE", "multiclass_score"]


def multiclass_score(logits: torch.Tensor) -> torch.Tensor:
    """Anomaly score of a normal/seen/pseudo classifier: log-odds of any anomaly class vs normal."""
    return torch.logsumexp(logits[:, 1:], dim=1) - logits[:, 0]


@register()
class SAOE(OpenSetDetector):
    """Three-class (normal / seen / pseudo) top-K MIL classifier with outlier exposure."""

    name = "saoe"
    paper = "SAOE as defined in DRA (CVPR 2022) Sec. 4.1 / App. B.2"
    uses_pseudo = True
    # 2: outlier exposure is required (no silent run without it), rotation, StepLR + clipping
    # 3: the fused Adam update of the shared open-set optimiser (same update, other rounding)
    # 4: BatchNorm statistics re-estimated after training in the quick and smoke profiles (bn_recalibration)
    version = "4"

    profile_params = {
        "smoke": {"epochs": 1, "bn_recalibration": 2, "iterations": 2, "batch_size": 6, "image_size": 32},
        "quick": {"epochs": 4, "bn_recalibration": 10, "iterations": 4, "batch_size": 12, "image_size": 64},
        "paper": {"epochs": 30, "iterations": 20, "batch_size": 48, "optim": "paper"},
    }

    def __init__(self, *, outlier_exposure: bool = True, lambda_oe: float = 0.5, optim: str = "paper", **kwargs):
        super().__init__(optim=optim, **kwargs)
        self.outlier_exposure = outlier_exposure
        self.lambda_oe = lambda_oe

    def setup(self, train: TrainSet) -> None:
        """Decide on outlier exposure and hold the outliers, then the open-set set-up."""
        has_outliers = train.outliers is not None and len(train.outliers) > 0
        if self.outlier_exposure and not has_outliers:
            raise MedadError(
                f"{self.name} trains with outlier exposure (DRA App. B.2) and needs external outlier images "
                "in `TrainSet.outliers`; none were given. DRA uses LAG fundus images for medical targets "
                "and MVTec AD classes that do not overlap the target for the others: set "
                "Protocol.outlier_dataset (medad run --outlier-dataset lag, or mvtec_ad for the MVTec AD "
                "folder <data-root>/MVTec/<class>/ with the target's classes left out, or the name of "
                "another MVTec-style dataset under the data root)"
            )
        self._oe = bool(self.outlier_exposure)
        self._outliers = _match(train.outliers.tensors(), train.normal.tensors()[:1]) if self._oe else None
        self._oe_generator = torch.Generator().manual_seed(self.seed + 7)
        super().setup(train)

    def on_train_end(self, train: TrainSet) -> None:
        """Record whether outlier exposure was used."""
        super().on_train_end(train)
        self.fit_info["outlier_exposure"] = self._oe

    def _pseudo_param(self, train: TrainSet) -> str | None:
        if self._oe and self.pseudo is None:
            # external images serve outlier exposure; the pseudo class comes from augmentation
            record = train.split.get("protocol", {}) if isinstance(train.split.get("protocol"), dict) else {}
            proto = record.get("pseudo") or train.split.get("pseudo")
            return proto if proto and proto != "external" else "cutmix"
        return self.pseudo

    def _network(self, trunk):
        return PatchScorer(trunk, self.topk_ratio, absolute=False, out_channels=3)

    def _train_loss(self, images: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        loss = F.cross_entropy(self.model(images), labels)
        if self._oe:
            idx = torch.randint(len(self._outliers), (max(len(images) // 3, 1),), generator=self._oe_generator)
            logits = self.model(self._outliers[idx].to(images.device))
            loss = loss + self.lambda_oe * -(logits.log_softmax(dim=1).mean(dim=1)).mean()
        return loss

    def _scores(self, images: torch.Tensor):
        logits = self.model(images)
        return multiclass_score(logits), {"p_normal": logits.softmax(1)[:, 0]}
