"""The shared training loop (medad_core.nn.training) on a tiny model, and its use by real methods."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
from torch import nn

from medad_core.api import ImageSet, MedadError, Prediction, Setting, TrainSet
from medad_core.nn.selection import ValidSelector
from medad_core.nn.training import Optimization, TrainedDetector, TrainingDiverged
from medad_core.registry import get_method

SIZE = 8


class Tiny(TrainedDetector):
    """Mean-intensity regressor: score = |w . mean(x) - 0.5|; records every hook call."""

    name = "tiny"

    def __init__(self, lr: float = 0.1, scheduler: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.lr = lr
        self.scheduler = scheduler
        self.calls: list[str] = []
        self.states: dict[int, dict] = {}

    def setup(self, train):
        self.calls.append("setup")
        self.model = nn.Linear(1, 1)

    def configure_optimizers(self):
        self.calls.append("configure_optimizers")
        optimizer = torch.optim.SGD(self.model.parameters(), lr=self.lr)
        if self.scheduler is None:
            return optimizer
        return Optimization(
            [optimizer], [torch.optim.lr_scheduler.StepLR(optimizer, 1, gamma=0.5)], interval=self.scheduler
        )

    def on_epoch_start(self, epoch):
        self.calls.append(f"epoch_start {epoch}")
        assert self.model.training

    def training_step(self, batch, epoch):
        self.calls.append("step")
        x = batch["image"].mean(dim=(1, 2, 3)).unsqueeze(1)
        return (self.model(x) - 0.5).pow(2).mean()

    def on_epoch_end(self, epoch, losses):
        self.calls.append(f"epoch_end {epoch}")
        assert not self.model.training
        self.states[epoch + 1] = copy.deepcopy(self.model.state_dict())

    def on_train_end(self, train):
        self.calls.append("train_end")

    def _predict_batch(self, images):
        return Prediction((self.model(images.mean(dim=(1, 2, 3)).unsqueeze(1))[:, 0] - 0.5).abs().numpy())


def _train(n: int = 12, valid: bool = False) -> TrainSet:
    g = torch.Generator().manual_seed(0)
    images = 0.5 + 0.1 * torch.rand(n, 1, SIZE, SIZE, generator=g)
    valid_set = None
    if valid:
        normal = 0.5 + 0.1 * torch.rand(4, 1, SIZE, SIZE, generator=g)
        v = torch.cat([normal, torch.rand(4, 1, SIZE, SIZE, generator=g)])
        valid_set = ImageSet.from_tensors(v, [0] * 4 + [1] * 4)
    return TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(images, [0] * n), valid=valid_set)


def test_hooks_run_in_order_and_fit_info_is_complete():
    det = Tiny(epochs=2, batch_size=6, progress=False).fit(_train())
    assert det.calls == [
        "setup",
        "configure_optimizers",
        "epoch_start 0",
        "step",
        "step",
        "epoch_end 0",
        "epoch_start 1",
        "step",
        "step",
        "epoch_end 1",
        "train_end",
    ]
    info = det.fit_info
    assert len(info["loss"]) == 2 and info["steps"] == 4 and info["epochs_run"] == 2
    assert info["selected_epoch"] == 2 and info["valid_auroc"] is None
    assert info["selection"] == "last epoch (no labelled valid split)"
    assert np.isfinite(info["final_loss"])


def test_max_steps_stops_and_still_closes_the_epoch():
    det = Tiny(epochs=5, batch_size=4, max_steps=4, valid_every=10, progress=False).fit(_train(valid=True))
    assert det.calls.count("step") == 4
    assert det.fit_info["steps"] == 4 and det.fit_info["epochs_run"] == 2  # 3 steps per epoch
    assert det.calls[-2:] == ["epoch_end 1", "train_end"]
    # the cut-short last epoch is evaluated on the valid split although valid_every=10 is not due
    assert [epoch for epoch, _ in det.fit_info["valid_history"]] == [2]


def test_the_loop_is_deterministic_and_follows_the_seed():
    a = Tiny(epochs=3, batch_size=5, seed=4, progress=False).fit(_train())
    b = Tiny(epochs=3, batch_size=5, seed=4, progress=False).fit(_train())
    c = Tiny(epochs=3, batch_size=5, seed=5, progress=False).fit(_train())
    assert a.fit_info["loss"] == b.fit_info["loss"]
    assert torch.equal(a.model.weight, b.model.weight)
    assert a.fit_info["loss"] != c.fit_info["loss"]  # another seed: another init and batch order


def test_selection_restores_exactly_the_best_valid_epoch():
    det = Tiny(epochs=6, batch_size=4, lr=0.5, valid_every=1, progress=False).fit(_train(valid=True))
    history = dict(det.fit_info["valid_history"])
    assert sorted(history) == [1, 2, 3, 4, 5, 6]
    best = det.fit_info["selected_epoch"]
    assert history[best] == max(history.values()) and det.fit_info["valid_auroc"] == history[best]
    assert min(history, key=lambda e: (-history[e], e)) == best  # the first of equally good epochs
    for key, value in det.model.state_dict().items():
        assert torch.equal(value, det.states[best][key])


def test_schedulers_step_at_their_interval():
    per_step = Tiny(epochs=2, batch_size=6, scheduler="step", progress=False).fit(_train())
    per_epoch = Tiny(epochs=2, batch_size=6, scheduler="epoch", progress=False).fit(_train())
    at_start = Tiny(epochs=2, batch_size=6, scheduler="epoch_start", progress=False).fit(_train())
    assert per_step.optimization.optimizers[0].param_groups[0]["lr"] == pytest.approx(0.1 * 0.5**4)
    assert per_epoch.optimization.optimizers[0].param_groups[0]["lr"] == pytest.approx(0.1 * 0.5**2)
    assert at_start.optimization.optimizers[0].param_groups[0]["lr"] == pytest.approx(0.1 * 0.5**2)
    assert per_epoch.fit_info["loss"] != at_start.fit_info["loss"]  # the first epoch ran at another rate
    with pytest.raises(MedadError, match="interval"):
        Optimization([], interval="batch")


def test_a_diverging_loss_names_method_epoch_and_phase():
    class Exploding(Tiny):
        def training_step(self, batch, epoch):
            loss = super().training_step(batch, epoch)
            return loss * float("inf") if epoch == 1 else loss

    with pytest.raises(TrainingDiverged, match=r"tiny: the training loss 'loss' became inf in epoch 2 .*'fit'"):
        Exploding(epochs=3, batch_size=6, progress=False).fit(_train())


def test_non_finite_valid_scores_are_a_clear_error():
    class NanScores(Tiny):
        def _predict_batch(self, images):
            return Prediction(np.full(len(images), np.nan))

    with pytest.raises(TrainingDiverged, match="tiny: the valid-split scores after epoch 1 are not finite"):
        NanScores(epochs=2, batch_size=6, valid_every=1, progress=False).fit(_train(valid=True))


def test_manual_optimisation_alternates_two_optimisers():
    class Alternating(Tiny):
        manual_optimization = True

        def setup(self, train):
            self.model = nn.ModuleDict({"a": nn.Linear(1, 1), "b": nn.Linear(1, 1)})

        def configure_optimizers(self):
            return [
                torch.optim.SGD(self.model["a"].parameters(), lr=0.1),
                torch.optim.SGD(self.model["b"].parameters(), lr=0.1),
            ]

        def training_step(self, batch, epoch):
            x = batch["image"].mean(dim=(1, 2, 3)).unsqueeze(1)
            opt_a, opt_b = self.optimization.optimizers
            loss_a = (self.model["a"](x) - 1).pow(2).mean()
            self.optimizer_step(loss_a, opt_a)
            loss_b = (self.model["b"](x) + 1).pow(2).mean()
            self.optimizer_step(loss_b, opt_b)
            return {"a": loss_a.detach(), "b": loss_b.detach()}

    det = Alternating(epochs=3, batch_size=6, progress=False).fit(_train())
    assert set(det.fit_info["losses"]) == {"a", "b"} and det.fit_info["loss"] == []
    assert det.fit_info["losses"]["a"][-1] < det.fit_info["losses"]["a"][0]
    assert det.fit_info["losses"]["b"][-1] < det.fit_info["losses"]["b"][0]
    assert det.fit_info["steps"] == 6


def test_manual_optimisation_counts_updates_and_the_critic_schedule():
    class Critic(Tiny):
        """n_critic = 3: a critic update every batch, a generator update on batches 0, 3, 6 of an epoch."""

        manual_optimization = True

        def setup(self, train):
            self.model = nn.ModuleDict({"critic": nn.Linear(1, 1), "generator": nn.Linear(1, 1)})
            self.generator_batches = []

        def configure_optimizers(self):
            return [torch.optim.SGD(m.parameters(), lr=0.1) for m in self.model.values()]

        def training_step(self, batch, epoch):
            x = batch["image"].mean(dim=(1, 2, 3)).unsqueeze(1)
            critic_opt, generator_opt = self.optimization.optimizers
            self.optimizer_step(self.model["critic"](x).pow(2).mean(), critic_opt)
            if self.step_due(3):
                self.generator_batches.append((epoch, self.batch_index))
                self.optimizer_step(self.model["generator"](x).pow(2).mean(), generator_opt)
            return {"loss": torch.zeros(())}

    det = Critic(epochs=2, batch_size=2, progress=False).fit(_train(n=14))  # 7 batches per epoch
    assert det.fit_info["steps"] == 14
    assert det.fit_info["optimizer_steps"] == [14, 6]
    assert det.generator_batches == [(0, 0), (0, 3), (0, 6), (1, 0), (1, 3), (1, 6)]
    assert "optimizer_steps" not in Tiny(epochs=1, progress=False).fit(_train()).fit_info  # automatic path


def test_a_selector_that_asks_to_stop_ends_the_phase_early():
    class Patient(ValidSelector):
        def step(self, epoch, n_epochs):
            auroc = super().step(epoch, n_epochs)
            self.should_stop = epoch + 1 >= 2
            return auroc

    class Stopping(Tiny):
        def valid_selector(self, train):
            return Patient(self, train.valid, every=1)

    det = Stopping(epochs=6, batch_size=6, progress=False).fit(_train(valid=True))
    assert det.fit_info["epochs_run"] == 2 and det.fit_info["stopped_early"] is True
    assert det.calls[-2:] == ["epoch_end 1", "train_end"]
    assert "stopped_early" not in Tiny(epochs=2, batch_size=6, progress=False).fit(_train()).fit_info


def test_valid_selector_checkpoints_only_the_given_modules():
    det = Tiny(epochs=1, progress=False).fit(_train())
    other = nn.Linear(1, 1)
    selector = ValidSelector(det, _train(valid=True).valid, every=1, modules=[other])
    selector.step(0, 1)
    saved = copy.deepcopy(other.state_dict())
    with torch.no_grad():
        other.weight.add_(1.0)
        det.model.weight.add_(1.0)
    trained = det.model.weight.clone()
    assert selector.restore()["selected_epoch"] == 1
    assert torch.equal(other.weight, saved["weight"]) and torch.equal(det.model.weight, trained)


# -- real methods ------------------------------------------------------------------------------------
def _discs(n: int, seed: int) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    yy, xx = torch.meshgrid(torch.linspace(-1, 1, 32), torch.linspace(-1, 1, 32), indexing="ij")
    return (((xx**2 + yy**2) < 0.5).float() * 0.5 + 0.05 * torch.randn(n, 32, 32, generator=g)).clamp(0, 1)[:, None]


def test_max_steps_one_runs_a_real_method_in_one_step():
    train = TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(_discs(8, 0), [0] * 8))
    det = get_method("stfpm").for_profile("smoke", progress=False, max_steps=1, batch_size=4).fit(train)
    assert det.fit_info["steps"] == 1 and det.fit_info["epochs_run"] == 1 and len(det.fit_info["loss"]) == 1
    assert np.isfinite(det.predict(_discs(2, 1)).scores).all()


def test_a_real_method_that_diverges_raises_a_medad_error():
    train = TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(_discs(8, 0), [0] * 8))
    det = get_method("cutpaste").for_profile("smoke", progress=False, epochs=3, freeze_epochs=0, lr=1e30)
    with pytest.raises(MedadError, match=r"cutpaste: .* in epoch \d+"):
        det.fit(train)


def test_mkd_embed_is_the_gap_of_the_deepest_cloner_map():
    train = TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(_discs(8, 0), [0] * 8))
    det = get_method("mkd").for_profile("smoke", progress=False, epochs=1).fit(train)
    images = _discs(5, 2)
    feats = det.embed(images)
    assert feats.shape == (5, 512)
    with torch.no_grad():
        expected = det.model.cloner(images)[-1].mean(dim=(2, 3)).numpy()
    np.testing.assert_allclose(feats, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(det.embed(ImageSet.from_tensors(images, [0] * 5)), feats, rtol=1e-5, atol=1e-6)
    with pytest.raises(MedadError, match="fit"):
        get_method("mkd").for_profile("smoke").embed(images)
    with pytest.raises(MedadError, match="no image embedding"):
        get_method("padim").for_profile("smoke").embed(images)
