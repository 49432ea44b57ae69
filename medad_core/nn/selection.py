"""BMAD's model selection: evaluate on the labelled valid split during training, keep the best state.

Thesis §3.4.1: "we monitor the training progress and record the validation accuracy every 10 epochs.
The final evaluation is carried out on the test set using the best checkpoint selected by the
validation sets." :class:`ValidSelector` does that for any :class:`~medad_core.api.Detector` whose
``model`` is set while it trains: every ``every`` epochs (and at the last one) it scores the valid
split with the detector's own ``predict``, keeps a copy of the state with the best image AUROC and
restores it at the end. Without a valid split holding both normal and anomalous images it does
nothing and the last epoch is kept (recorded in ``fit_info``). ``modules`` names the parts to
checkpoint when only some of the model trains (a student beside a frozen teacher); by default the
whole ``detector.model``. The training loop of :mod:`medad_core.nn.training` drives it for every
method that trains.

``metric`` says what "best" means: ``"image_auroc"`` (the default, the thesis's protocol) or
``"pixel_auroc"`` (BMAD's DRAEM config monitors the valid pixel AUROC; it needs a valid split with
masks and a detector that returns maps, else the image AUROC is used and ``selection`` says so).
``patience`` (None: off) is BMAD's early stopping, counted in evaluations: after ``patience``
evaluations in a row without a strictly better value, ``should_stop`` becomes True and the
training loop ends the phase after that epoch (Lightning's ``EarlyStopping(mode="max")``).

Valid scores that are NaN or infinite mean the run diverged: :class:`TrainingDiverged` (a
:class:`~medad_core.api.MedadError`) names the method and the epoch, so a batch of runs records an
error row instead of crashing inside ``roc_auc_score``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

from medad_core.api import Detector, ImageSet, MedadError
from medad_core.metrics import pixel_auroc

__all__ = ["ValidSelector", "TrainingDiverged", "SELECTION_METRICS"]

#: what :class:`ValidSelector` can maximise
SELECTION_METRICS = ("image_auroc", "pixel_auroc")


class TrainingDiverged(MedadError):
    """A training loss or the valid-split scores became NaN or infinite (the message names method and epoch)."""


class ValidSelector:
    """Scores the valid split every few epochs and keeps the state with the best valid AUROC.

    Args:
        detector: the detector being trained (its ``predict`` scores the valid split).
        valid: the labelled valid split; selection is off unless it holds normal and anomalous images.
        every: evaluate after every ``every``-th epoch (and after the last one).
        enabled: False keeps the last epoch even when a valid split exists.
        before_eval: called before each evaluation (e.g. refit a density on the current features).
        modules: the parts to checkpoint (default: the whole ``detector.model``).
        metric: ``"image_auroc"`` or ``"pixel_auroc"`` (module docstring).
        patience: stop after this many evaluations without improvement (None: never stop early).
    """

    def __init__(
        self,
        detector: Detector,
        valid: ImageSet | None,
        every: int = 10,
        enabled: bool = True,
        before_eval: Callable[[], Any] | None = None,
        modules: Sequence[torch.nn.Module] | None = None,
        metric: str = "image_auroc",
        patience: int | None = None,
    ):
        if metric not in SELECTION_METRICS:
            raise MedadError(f"selection metric must be one of {', '.join(SELECTION_METRICS)}; got {metric!r}")
        if patience is not None and (isinstance(patience, bool) or int(patience) < 1):
            raise MedadError(f"patience must be a positive number of evaluations or None; got {patience!r}")
        usable = valid is not None and len(valid) > 0 and len(np.unique(valid.labels)) == 2
        self.detector = detector
        self.valid = valid if usable else None
        self.every = max(int(every), 1)
        self.enabled = enabled and usable
        self.before_eval = before_eval
        self.modules = list(modules) if modules is not None else None
        self.last_epoch = 0
        self.best_auroc = -np.inf
        self.best_epoch: int | None = None
        self.best_state: list[dict] | None = None
        self.history: list[tuple[int, float]] = []
        self.requested_metric = metric
        # pixel AUROC needs masks with anomalous pixels; checked again on the first maps
        self.metric = (
            metric if metric == "image_auroc" or (self.valid is not None and self.valid.has_masks) else "image_auroc"
        )
        self.patience = None if patience is None else int(patience)
        self.should_stop = False
        self._stale = 0

    def step(self, epoch: int, n_epochs: int) -> float | None:
        """Evaluate after epoch ``epoch`` (0-based) of ``n_epochs`` when it is due.

        Args:
            epoch: the epoch just finished, 0-based.
            n_epochs: the number of epochs of the run (the last one is always evaluated).

        Returns:
            The valid AUROC (:attr:`metric`) when evaluated, else None.

        Raises:
            TrainingDiverged: the valid scores are not all finite.
        """
        last = epoch == n_epochs - 1
        self.last_epoch = epoch + 1
        if not self.enabled or ((epoch + 1) % self.every != 0 and not last):
            return None
        model = self.detector.model
        was_training = model.training
        model.eval()
        if self.before_eval is not None:
            self.before_eval()
        prediction = self.detector.predict(self.valid)
        scores = prediction.scores
        model.train(was_training)
        finite = np.isfinite(scores)
        if not finite.all():
            raise TrainingDiverged(
                f"{self.detector.name}: the valid-split scores after epoch {epoch + 1} are not finite "
                f"({int(np.isnan(scores).sum())} NaN, {int(np.isinf(scores).sum())} inf of {len(scores)}); "
                "the training diverged (try a lower learning rate)"
            )
        auroc = self._pixel_auroc(prediction) if self.metric == "pixel_auroc" else None
        if auroc is None:
            auroc = float(roc_auc_score(self.valid.labels, scores))
        self.history.append((epoch + 1, auroc))
        if auroc > self.best_auroc:
            self.best_auroc, self.best_epoch = auroc, epoch + 1
            self.best_state = [copy.deepcopy(m.state_dict()) for m in self._checkpointed()]
            self._stale = 0
        else:
            self._stale += 1
        self.should_stop = self.patience is not None and self._stale >= self.patience
        return auroc

    def _pixel_auroc(self, prediction) -> float | None:
        """The valid pixel AUROC, or None (and image AUROC from now on) without maps or anomalous pixels."""
        masks = self.valid.masks_tensor()
        if prediction.maps is None or masks is None or not bool(masks.any()) or bool(masks.all()):
            self.metric = "image_auroc"
            return None
        maps = prediction.maps
        if not np.isfinite(maps).all():
            raise TrainingDiverged(f"{self.detector.name}: the valid-split maps are not finite; the training diverged")
        return pixel_auroc(masks.numpy(), maps)

    def _checkpointed(self) -> list[torch.nn.Module]:
        return self.modules if self.modules is not None else [self.detector.model]

    def restore(self) -> dict[str, Any]:
        """Load the best state (if any).

        Returns:
            What to record in ``fit_info``: the selected epoch (1-based), its valid AUROC (None when
            the last epoch was kept), the evaluation history and why that epoch was kept.
        """
        if self.best_state is not None:
            for module, state in zip(self._checkpointed(), self.best_state, strict=True):
                module.load_state_dict(state)
            self.best_state = None
            what = "best valid AUROC" if self.metric == "image_auroc" else "best valid pixel AUROC"
            if self.metric != self.requested_metric:
                what += " (no valid masks or maps for the pixel AUROC)"
            return {
                "selected_epoch": self.best_epoch,
                "valid_auroc": self.best_auroc,
                "valid_history": self.history,
                "selection": what,
            }
        reason = "no labelled valid split" if self.valid is None else "selection on valid switched off"
        return {
            "selected_epoch": self.last_epoch,
            "valid_auroc": None,
            "valid_history": self.history,
            "selection": f"last epoch ({reason})",
        }
