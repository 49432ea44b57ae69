"""One training loop for every method that trains (PyOD's ``BaseDeepLearningDetector`` pattern).

:class:`TrainedDetector` owns ``_fit``: it calls the hooks of its subclass in this order::

    setup(train)                               self._build(self.train_shape) (self.model for (C, H, W)
                                               inputs, weights_used), then caches, samplers
    run_training(train, epochs, phase="fit"):
        configure_optimizers()                 an optimiser, a list of them, or an Optimization
        for epoch in range(epochs):            (tqdm bar over epochs)
            trainable_modules() -> train mode  (a frozen teacher is not among them and stays in eval)
            on_epoch_start(epoch)
            for batch in train_batches(train, epoch):
                training_step(batch, epoch)    -> loss tensor, or a dict of losses ("loss" is minimised)
                on_step_end(step, losses)
            trainable_modules() -> eval mode
            on_epoch_end(epoch, epoch_losses)
            ValidSelector.step                 BMAD's valid-split selection (valid_selector(train))
        ValidSelector.restore                  the best valid epoch's weights, or the last epoch's
    on_train_end(train)                        statistics of the final model (densities, references)

In automatic optimisation (the default) the loop zeroes the gradients of every optimiser, back-propagates
the ``"loss"``, clips the gradient norm (``Optimization.clip_norm``), steps every optimiser and the
schedulers due (``Optimization.interval``: after each ``"step"``, at the end of each ``"epoch"``, or
at the start of each epoch, ``"epoch_start"``, the order of the DRA code). A method with several
alternating optimisers (GANomaly, f-AnoGAN) sets ``manual_optimization = True``: its
``training_step`` calls :meth:`TrainedDetector.optimizer_step` itself for each optimiser and returns
a dict of (already detached) losses; ``fit_info["optimizer_steps"]`` counts the updates of each
optimiser (in ``configure_optimizers`` order). A critic schedule (WGAN-GP, f-AnoGAN: ``n_critic``
critic updates per generator update) reads :meth:`TrainedDetector.step_due`, true on every
``n``-th batch of an epoch starting with its first (``batch_index``, 0-based, counts the batches of
the current epoch), as the f-AnoGAN code's ``i % n_critic == 0``. Diffusion models use the automatic
path with a ``training_step`` that draws the noise level.

Early stopping: a selector whose ``should_stop`` (an attribute, or a method without arguments)
becomes True after an evaluation (BMAD's patience on the valid AUROC) ends the phase after that
epoch; ``fit_info["stopped_early"]`` says so.

``run_training`` can be called again with another ``phase`` (DeepSVDD's autoencoder pre-training,
DRA's cross-domain fine-tuning); the hooks read ``self.phase``. ``max_steps`` stops a phase after
that many training steps (one ``training_step`` call is one step), still closing the epoch it stopped
in (``on_epoch_end``, selection), so ``fit_info`` is complete. A non-finite loss raises
:class:`TrainingDiverged` naming the method, the phase, the epoch and the loss.

``fit_info`` (one dict per phase): ``loss`` (mean per epoch), ``losses`` (the other named losses per
epoch, when there are any), ``final_loss`` (the last step's), ``steps``, ``epochs_run``,
``selected_epoch`` (1-based), ``valid_auroc`` (None when the last epoch was kept), ``valid_history``
and ``selection`` (why that epoch).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import torch
from torch import nn

from medad_core.api import Detector, ImageSet, MedadError, TrainSet
from medad_core.nn.selection import TrainingDiverged, ValidSelector
from medad_core.progress import progress

__all__ = ["TrainedDetector", "Optimization", "TrainingDiverged", "SCHEDULER_INTERVALS", "shuffled_batches"]

#: when the loop steps the learning-rate schedulers
SCHEDULER_INTERVALS = ("step", "epoch", "epoch_start")


@dataclass
class Optimization:
    """The optimisers of a training phase, their schedulers and the gradient clipping.

    Args:
        optimizers: stepped in this order after every backward pass (automatic optimisation).
        schedulers: stepped at ``interval``.
        interval: ``"step"`` (after every optimiser step), ``"epoch"`` (after every epoch) or
            ``"epoch_start"`` (before the first step of every epoch, as the DRA code does).
        clip_norm: clip the total gradient norm of the optimisers' parameters to this value (None: off).
    """

    optimizers: list[torch.optim.Optimizer]
    schedulers: list[Any] = field(default_factory=list)
    interval: str = "epoch"
    clip_norm: float | None = None

    def __post_init__(self) -> None:
        if self.interval not in SCHEDULER_INTERVALS:
            raise MedadError(
                f"scheduler interval must be one of {', '.join(SCHEDULER_INTERVALS)}; got {self.interval!r}"
            )

    @classmethod
    def of(cls, value: Optimization | torch.optim.Optimizer | Sequence[torch.optim.Optimizer]) -> Optimization:
        """Wrap what ``configure_optimizers`` returned.

        Args:
            value: an :class:`Optimization`, one optimiser or a sequence of optimisers.

        Returns:
            An :class:`Optimization`.
        """
        if isinstance(value, Optimization):
            return value
        if isinstance(value, torch.optim.Optimizer):
            return cls([value])
        return cls(list(value))

    @staticmethod
    def parameters_of(optimizers: Iterable[torch.optim.Optimizer]) -> list[torch.Tensor]:
        """The parameters of the optimisers, in their param-group order.

        Args:
            optimizers: the optimisers.

        Returns:
            Their parameters, as one list.
        """
        return [p for opt in optimizers for group in opt.param_groups for p in group["params"]]

    def step_schedulers(self) -> None:
        """Step every scheduler once (the DRA code's start-of-epoch order warns in PyTorch: silenced)."""
        with warnings.catch_warnings():
            if self.interval == "epoch_start":
                warnings.simplefilter("ignore", UserWarning)
            for scheduler in self.schedulers:
                scheduler.step()


def shuffled_batches(
    data: torch.Tensor | Sequence[torch.Tensor], batch_size: int, generator: torch.Generator
) -> Iterator[Any]:
    """Batches of cached tensors in a random order drawn from ``generator``.

    Args:
        data: one tensor, or several with the same first dimension (indexed together).
        batch_size: samples per batch (the last batch may be smaller).
        generator: the CPU generator that draws the order.

    Yields:
        ``data[idx]`` (or a list of ``part[idx]``) for consecutive slices of the permutation.
    """
    parts = [data] if isinstance(data, torch.Tensor) else list(data)
    order = torch.randperm(len(parts[0]), generator=generator).to(parts[0].device)
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        yield parts[0][idx] if isinstance(data, torch.Tensor) else [part[idx] for part in parts]


class TrainedDetector(Detector):
    """A :class:`~medad_core.api.Detector` whose ``_fit`` is the shared training loop (module docstring).

    Subclasses implement :meth:`setup`, :meth:`configure_optimizers`, :meth:`training_step` and
    ``_predict_batch``, and override the other hooks where they differ from the defaults.

    Args:
        epochs: training epochs of the ``fit`` phase.
        valid_every: evaluate on the valid split every this many epochs (and after the last).
        select_on_valid: keep the best valid epoch (BMAD's protocol); False keeps the last epoch.
        **kwargs: the :class:`~medad_core.api.Detector` parameters (``max_steps`` among them).
    """

    #: True when ``training_step`` steps its optimisers itself (alternating GAN updates)
    manual_optimization: ClassVar[bool] = False

    def __init__(self, *, epochs: int = 1, valid_every: int = 10, select_on_valid: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.epochs = epochs
        self.valid_every = valid_every
        self.select_on_valid = select_on_valid
        self.phase = "fit"
        self.optimization: Optimization | None = None
        self._steps = 0
        self._final_loss = math.nan
        #: 0-based index of the current batch within its epoch (read by :meth:`step_due`)
        self.batch_index = 0
        #: manual optimisation: updates of each optimiser of the current phase
        self.optimizer_steps: list[int] = []

    # -- hooks ---------------------------------------------------------------------------------
    def setup(self, train: TrainSet) -> None:
        """Call ``self._build(self.train_shape)`` (the networks, ``weights_used``), then prepare what the steps need."""
        raise NotImplementedError

    def configure_optimizers(self) -> Optimization | torch.optim.Optimizer | Sequence[torch.optim.Optimizer]:
        """The optimiser(s) of the current ``self.phase``."""
        raise NotImplementedError

    def training_step(self, batch: Any, epoch: int) -> torch.Tensor | dict[str, Any]:
        """The loss of one batch (a tensor, or a dict whose ``"loss"`` is minimised)."""
        raise NotImplementedError

    def train_batches(self, train: TrainSet, epoch: int) -> Iterable[Any]:
        """The batches of one epoch: the normal images shuffled with seed ``seed + epoch``.

        Args:
            train: the training set.
            epoch: the epoch, 0-based.

        Returns:
            An iterable of batches for :meth:`training_step`.
        """
        return train.normal.batches(self.batch_size, device=self.device, shuffle=True, seed=self.seed + epoch)

    def trainable_modules(self) -> list[nn.Module]:
        """The modules put in train mode during an epoch and checkpointed by the selection."""
        return [self.model]

    def valid_selector(self, train: TrainSet) -> ValidSelector | None:
        """BMAD's valid-split selection of the ``fit`` phase (None: always keep the last epoch).

        Args:
            train: the training set (its ``valid`` split).

        Returns:
            The selector, or None.
        """
        return ValidSelector(
            self,
            train.valid,
            self.valid_every,
            self.select_on_valid,
            before_eval=lambda: self.on_validation_start(train),
            modules=self.trainable_modules(),
            # BMAD's early stopping where a method has it (DRAEM: valid pixel AUROC; GANomaly: patience 3)
            metric=getattr(self, "selection_metric", "image_auroc"),
            patience=getattr(self, "patience", None),
        )

    def on_validation_start(self, train: TrainSet) -> None:
        """Called before each valid-split evaluation (e.g. refit statistics of the current features)."""

    def on_epoch_start(self, epoch: int) -> None:
        """Called before the first batch of ``epoch`` (after the trainable modules entered train mode)."""

    def on_step_end(self, step: int, losses: dict[str, float]) -> None:
        """Called after every training step (``step`` counts from 1) with its losses."""

    def on_epoch_end(self, epoch: int, losses: dict[str, float]) -> None:
        """Called after the last batch of ``epoch`` with the epoch's mean losses, before the selection."""

    def on_train_end(self, train: TrainSet) -> None:
        """Called once after the ``fit`` phase, with the selected weights loaded."""

    # -- the loop --------------------------------------------------------------------------------
    def _fit(self, train: TrainSet) -> None:
        self.setup(train)
        # setup may have run another phase (Deep SVDD's pre-training): the selector checkpoints the
        # modules of the fit phase
        self.phase = "fit"
        self.fit_info = self.run_training(train, self.epochs, selector=self.valid_selector(train))
        self.on_train_end(train)

    def run_training(
        self, train: TrainSet, epochs: int, *, phase: str = "fit", selector: ValidSelector | None = None
    ) -> dict[str, Any]:
        """Run ``epochs`` epochs of the hooks and return the phase's ``fit_info``.

        Args:
            train: the training set handed to the batch and validation hooks.
            epochs: number of epochs.
            phase: the name the hooks see in ``self.phase`` (``"fit"``, ``"pretrain"``, ``"adapt"``).
            selector: valid-split checkpoint selection, or None to keep the last epoch.

        Returns:
            The phase's record (losses per epoch, steps, selected epoch; see the module docstring).

        Raises:
            TrainingDiverged: a loss or the valid scores became NaN or infinite.
        """
        self.phase = phase
        optimization = self.optimization = Optimization.of(self.configure_optimizers())
        self.optimizer_steps = [0] * len(optimization.optimizers)
        history: dict[str, list[float]] = {}
        stopped_early = False
        self._steps, self._final_loss, epochs_run = 0, math.nan, 0
        desc = self.name if phase == "fit" else f"{self.name} {phase}"
        bar = progress(range(epochs), total=epochs, desc=desc, enable=self.progress)
        for epoch in bar:
            epoch_losses = self._run_epoch(train, epoch, optimization)
            for key, value in epoch_losses.items():
                history.setdefault(key, []).append(value)
            self.on_epoch_end(epoch, epoch_losses)
            stopped = self.max_steps is not None and self._steps >= self.max_steps
            if selector is not None:
                # a run cut short by max_steps still evaluates (and can select) its last epoch
                selector.step(epoch, epoch + 1 if stopped else epochs)
                # early stopping (patience on the valid AUROC), when the selector has it
                should_stop = getattr(selector, "should_stop", False)
                if (should_stop() if callable(should_stop) else should_stop) and epoch + 1 < epochs:
                    stopped = stopped_early = True
            epochs_run = epoch + 1
            if "loss" in epoch_losses:
                bar.set_postfix(loss=f"{epoch_losses['loss']:.4g}")
            if stopped:
                break
        if selector is not None:
            selection = selector.restore()
        else:
            selection = {
                "selected_epoch": epochs_run,
                "valid_auroc": None,
                "valid_history": [],
                "selection": "last epoch (no valid-split selection in this phase)",
            }
        info: dict[str, Any] = {"loss": history.pop("loss", [])}
        if history:
            info["losses"] = history
        info.update(final_loss=self._final_loss, steps=self._steps, epochs_run=epochs_run, **selection)
        if stopped_early:
            info["stopped_early"] = True
        if self.manual_optimization:
            info["optimizer_steps"] = list(self.optimizer_steps)
        return info

    def _run_epoch(self, train: TrainSet, epoch: int, optimization: Optimization) -> dict[str, float]:
        """One epoch of training steps; returns the mean of each named loss over its steps."""
        modules = self.trainable_modules()
        for module in modules:
            module.train()
        self.on_epoch_start(epoch)
        if optimization.interval == "epoch_start":
            optimization.step_schedulers()
        sums: dict[str, float] = {}
        n_batches = 0
        for index, batch in enumerate(self.train_batches(train, epoch)):
            self.batch_index = index
            self._steps += 1
            losses = self._step(batch, epoch, self._steps, optimization)
            n_batches += 1
            for key, value in losses.items():
                sums[key] = sums.get(key, 0.0) + value
            self._final_loss = losses.get("loss", self._final_loss)
            self.on_step_end(self._steps, losses)
            if self.max_steps is not None and self._steps >= self.max_steps:
                break
        for module in modules:
            module.eval()
        if optimization.interval == "epoch":
            optimization.step_schedulers()
        return {key: total / max(n_batches, 1) for key, total in sums.items()}

    def _step(self, batch: Any, epoch: int, step: int, optimization: Optimization) -> dict[str, float]:
        out = self.training_step(batch, epoch)
        named = dict(out) if isinstance(out, dict) else {"loss": out}
        if not self.manual_optimization:
            loss = named["loss"]
            self._check_finite("loss", float(loss.detach()), epoch, step)
            for optimizer in optimization.optimizers:
                optimizer.zero_grad(set_to_none=True)
            loss.backward()
            if optimization.clip_norm is not None:
                nn.utils.clip_grad_norm_(Optimization.parameters_of(optimization.optimizers), optimization.clip_norm)
            for optimizer in optimization.optimizers:
                optimizer.step()
        if optimization.interval == "step":
            optimization.step_schedulers()
        values = {key: float(v.detach()) if isinstance(v, torch.Tensor) else float(v) for key, v in named.items()}
        for key, value in values.items():
            self._check_finite(key, value, epoch, step)
        return values

    def _check_finite(self, key: str, value: float, epoch: int, step: int) -> None:
        if not math.isfinite(value):
            raise TrainingDiverged(
                f"{self.name}: the training loss {key!r} became {value} in epoch {epoch + 1} (step {step}) "
                f"of the {self.phase!r} phase; the training diverged (try a lower learning rate)"
            )

    def optimizer_step(self, loss: torch.Tensor, optimizer: torch.optim.Optimizer) -> None:
        """One manual update (``manual_optimization``): zero, backward, clip, step ``optimizer``.

        Args:
            loss: the scalar to minimise with this optimiser.
            optimizer: the optimiser to step (one of ``self.optimization.optimizers``).
        """
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        clip = self.optimization.clip_norm if self.optimization is not None else None
        if clip is not None:
            nn.utils.clip_grad_norm_(Optimization.parameters_of([optimizer]), clip)
        optimizer.step()
        if self.optimization is not None:
            for i, known in enumerate(self.optimization.optimizers):
                if known is optimizer and i < len(self.optimizer_steps):
                    self.optimizer_steps[i] += 1

    def step_due(self, every: int) -> bool:
        """Whether the current batch is one of every ``every``-th of its epoch, starting with the first.

        The critic schedule of WGAN-GP (f-AnoGAN's code: the generator is updated when ``i % n_critic
        == 0``, i the batch index in the epoch), so ``n_critic`` critic updates come per generator update.

        Args:
            every: the period in batches (>= 1).

        Returns:
            True when ``batch_index % every == 0``.
        """
        return self.batch_index % max(int(every), 1) == 0

    # -- shared by the methods with an image embedding ------------------------------------------
    def _embed_with(
        self, images: ImageSet | torch.Tensor, features: Callable[[torch.Tensor], torch.Tensor]
    ) -> np.ndarray:
        """``features(batch) -> (B, D)`` over ``images`` in batches, in eval mode without gradients."""
        self._check_fitted()
        if isinstance(images, torch.Tensor):
            if images.ndim != 4:
                raise MedadError(f"{self.name}: embed expects an (N, C, H, W) batch; got shape {tuple(images.shape)}")
            images = ImageSet.from_tensors(images, np.zeros(len(images), dtype=int))
        if len(images) == 0:
            raise MedadError(f"{self.name}: embed() got an empty image set")
        self.model.eval()
        with torch.inference_mode():
            out = [
                features(batch["image"].float()).cpu() for batch in images.batches(self.batch_size, device=self.device)
            ]
        return torch.cat(out).numpy()
