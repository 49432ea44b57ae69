"""DRA, its ablation variants and the open-set baselines of the DRA paper.

Hand-built synthetic TrainSets: smooth-noise "tissue" as normal images, bright squares as the seen
anomaly class, dark stripes as an unseen class and soft blobs as external outliers.
"""

from __future__ import annotations

import copy
import os

import numpy as np
import pytest
import torch
from sklearn.metrics import roc_auc_score

os.environ.setdefault("MEDAD_PROGRESS", "0")

from medad_core.api import ImageSet, MedadError, Setting, TrainSet  # noqa: E402
from medad_core.methods import dra as dra_module  # noqa: E402
from medad_core.methods._openset import OpenSetBatches, PyramidTrunk  # noqa: E402
from medad_core.methods.dra import DRA, DRA1A, DRA2A, DRA3An, DRA3Ar, DRAModel, head_targets  # noqa: E402
from medad_core.methods.saoe import SAOE  # noqa: E402
from medad_core.nn.losses import (  # noqa: E402
    bce_loss,
    deviation_loss,
    focal_loss,
    make_score_loss,  # noqa: E402
)
from medad_core.nn.mil import TopKMILHead, top_k_count, topk_mean  # noqa: E402
from medad_core.nn.training import TrainingDiverged  # noqa: E402
from medad_core.registry import get_method  # noqa: E402

SIZE = 48
BASE = dict(epochs=2, iterations=4, batch_size=9, image_size=SIZE, progress=False, weights="random", profile="smoke")
TINY = dict(BASE, n_ref=2)


def _images(n: int, kind: str, seed: int) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    x = torch.nn.functional.avg_pool2d(0.5 + 0.1 * torch.randn(n, 1, SIZE, SIZE, generator=g), 5, 1, 2)
    for i in range(n):
        r, c = torch.randint(4, SIZE - 18, (2,), generator=g).tolist()
        if kind == "square":
            x[i, :, r : r + 12, c : c + 12] = 1.0
        elif kind == "stripe":
            x[i, :, r : r + 4, 4 : SIZE - 4] = 0.0
        elif kind == "blob":
            x[i, :, r : r + 14, c : c + 14] += 0.4 * torch.rand(1, 14, 14, generator=g)
    return x.clamp(0, 1).expand(-1, 3, -1, -1).contiguous()


def make_trainset(n_anomalies: int = 4, with_outliers: bool = True) -> TrainSet:
    normal = _images(24, "none", 0)
    seen = _images(n_anomalies, "square", 1)
    outliers = _images(12, "blob", 2) if with_outliers else None
    return TrainSet(
        Setting.OPEN_SET,
        normal=ImageSet.from_tensors(normal, [0] * len(normal)),
        anomalies=ImageSet.from_tensors(seen, [1] * len(seen)) if n_anomalies else None,
        outliers=ImageSet.from_tensors(outliers, [0] * len(outliers)) if with_outliers else None,
    )


def make_testset() -> tuple[torch.Tensor, np.ndarray]:
    normal, seen = _images(12, "none", 10), _images(8, "square", 11)
    return torch.cat([normal, seen]), np.r_[np.zeros(12), np.ones(8)]


def make_unseen_testset() -> tuple[torch.Tensor, np.ndarray]:
    """Normal images and dark stripes: an anomaly class no training set here contains."""
    normal, stripes = _images(12, "none", 10), _images(8, "stripe", 12)
    return torch.cat([normal, stripes]), np.r_[np.zeros(12), np.ones(8)]


@pytest.fixture(scope="module")
def fitted_dra() -> DRA:
    # no rotation here: the zero-filled corners of rotated normals look like the dark test stripes, so
    # the normality head would learn "dark = normal"; rotation is tested in test_dra_faithful.py
    return DRA(pseudo="external", rotation=0, **TINY).fit(make_trainset())


# -- shared pieces: top-K MIL (Eq. 3) and losses (Eq. 10-11) ------------------------------------
def test_top_k_count_is_ten_percent_floor_at_least_one():
    assert top_k_count(196) == 19 and top_k_count(49) == 4 and top_k_count(4) == 1 and top_k_count(1) == 1


def test_topk_mean_matches_hand_computation():
    scores = torch.arange(20, dtype=torch.float32).reshape(1, 4, 5)  # 20 patches -> K = 2
    assert topk_mean(scores).item() == pytest.approx((19 + 18) / 2)
    head = TopKMILHead(2, ratio=0.25)
    with torch.no_grad():
        head.scorer.weight.copy_(torch.tensor([1.0, -1.0]).view(1, 2, 1, 1))
        head.scorer.bias.zero_()
    feats = torch.zeros(1, 2, 2, 2)
    feats[0, 1] = torch.tensor([[1.0, -3.0], [0.5, 2.0]])  # patch scores |0 - f| = 1, 3, .5, 2 -> K = 1
    assert head(feats).item() == pytest.approx(3.0)


def test_deviation_loss_matches_hand_computation():
    reference = torch.tensor([-1.0, 0.0, 1.0])  # mean 0, unbiased std 1
    scores = torch.tensor([0.5, -2.0, 3.0, 6.0])
    labels = torch.tensor([0, 0, 1, 1])
    expected = (0.5 + 2.0 + max(0.0, 5 - 3.0) + max(0.0, 5 - 6.0)) / 4
    assert deviation_loss(scores, labels, reference=reference).item() == pytest.approx(expected)
    # seeded prior draws: the same generator state gives the same loss
    g1, g2 = torch.Generator().manual_seed(3), torch.Generator().manual_seed(3)
    assert deviation_loss(scores, labels, generator=g1).item() == deviation_loss(scores, labels, generator=g2).item()


def test_bce_and_focal_match_hand_computation():
    logits, labels = torch.tensor([0.0, 2.0]), torch.tensor([1, 0])
    p = torch.sigmoid(torch.tensor(2.0)).item()
    bce = (np.log(2) + -np.log(1 - p)) / 2
    assert bce_loss(logits, labels).item() == pytest.approx(bce, rel=1e-5)
    focal = (0.5**2 * np.log(2) + p**2 * -np.log(1 - p)) / 2
    assert focal_loss(logits, labels, gamma=2.0).item() == pytest.approx(focal, rel=1e-5)


# -- DRA ---------------------------------------------------------------------------------------
def test_head_routing_targets():
    labels = torch.tensor([0, 1, 2])  # normal, seen, pseudo
    mask, target = head_targets("seen", labels)
    assert mask.tolist() == [True, True, False] and target[mask].tolist() == [0, 1]
    mask, target = head_targets("pseudo", labels)
    assert mask.tolist() == [True, False, True] and target[mask].tolist() == [0, 1]
    mask, target = head_targets("residual", labels)
    assert mask.all() and target.tolist() == [0, 1, 1]
    mask, target = head_targets("normal", labels)
    assert mask.all() and target.tolist() == [1, 0, 0]


def _head_grads(labels: list[int]) -> dict[str, float]:
    torch.manual_seed(0)
    net = DRAModel(PyramidTrunk("random", "smoke", 2, SIZE), dra_module.HEADS, absolute=True, topk_ratio=0.1)
    det = DRA(**TINY)
    images = _images(len(labels), "none", 5)
    scores = net(images, _images(2, "none", 6))
    det._loss(make_score_loss("deviation"), scores, torch.tensor(labels)).backward()
    return {
        h: float(getattr(net, h).scorer.weight.grad.abs().sum())
        if getattr(net, h).scorer.weight.grad is not None
        else 0.0
        for h in ("seen", "pseudo", "residual")
    }


def test_seen_head_never_trained_on_pseudo_and_vice_versa():
    grads = _head_grads([2, 2, 2])  # pseudo anomalies only
    assert grads["seen"] == 0.0 and grads["pseudo"] > 0 and grads["residual"] > 0
    grads = _head_grads([1, 1, 1])  # seen anomalies only
    assert grads["pseudo"] == 0.0 and grads["seen"] > 0 and grads["residual"] > 0


def test_score_decomposes_into_heads(fitted_dra):
    images, _ = make_testset()
    pred = fitted_dra.predict(images)
    assert set(pred.extras) == {"seen", "pseudo", "residual", "normal"}
    e = pred.extras
    np.testing.assert_allclose(pred.scores, e["seen"] + e["pseudo"] + e["residual"] - e["normal"], rtol=1e-5, atol=1e-5)
    assert pred.maps is None and pred.scores.shape == (len(images),)


def test_dra_separates_seen_anomalies(fitted_dra):
    images, labels = make_testset()
    assert roc_auc_score(labels, fitted_dra.predict(images).scores) > 0.8
    assert fitted_dra.fit_info["batch"] == {"normal": 3, "seen": 3, "pseudo": 3}
    assert fitted_dra.weights_used == "random"


def test_dra_is_deterministic():
    train = make_trainset()
    images, _ = make_testset()
    params = {**TINY, "epochs": 1, "iterations": 2}
    a = DRA(pseudo="external", seed=3, **params).fit(train).predict(images).scores
    b = DRA(pseudo="external", seed=3, **params).fit(train).predict(images).scores
    np.testing.assert_array_equal(a, b)


def test_dra_detects_an_unseen_anomaly_class(fitted_dra):
    """DRA's point (Sec. 1): the pseudo and residual heads generalise beyond the seen squares to stripes."""
    images, labels = make_unseen_testset()
    pred = fitted_dra.predict(images)
    assert roc_auc_score(labels, pred.scores) > 0.8
    assert roc_auc_score(labels, -pred.extras["normal"]) > 0.5  # the normality head scores stripes less normal


def test_reference_set_is_fixed_unless_resampled(fitted_dra):
    images, _ = make_testset()
    fixed = fitted_dra.predict(images).scores
    np.testing.assert_array_equal(fixed, fitted_dra.predict(images).scores)
    # the references matter on these inputs: another reference set gives other residual scores
    other = copy.deepcopy(fitted_dra)
    other.model.set_reference(_images(2, "square", 30))
    assert not np.allclose(other.predict(images).extras["residual"], fitted_dra.predict(images).extras["residual"])
    # re-drawn references (the original code's test-time behaviour) change the scores between calls
    resampled = DRA(pseudo="external", resample_ref=True, **{**TINY, "n_ref": 2}).fit(make_trainset())
    first, second = resampled.predict(images).scores, resampled.predict(images).scores
    assert not np.array_equal(first, second)


def test_variants_have_their_heads():
    assert DRA1A().heads == ("seen",) and DRA2A().heads == ("seen", "pseudo")
    assert DRA3Ar().heads == ("seen", "pseudo", "residual") and DRA3An().heads == ("seen", "pseudo", "normal")
    assert DRA1A().batch_split() == (24, 24, 0) and DRA().batch_split() == (16, 16, 16)


def test_clear_errors():
    with pytest.raises(MedadError, match="labelled anomalies"):
        DRA(pseudo="external", **TINY).fit(make_trainset(n_anomalies=0))
    with pytest.raises(MedadError, match="heads"):
        DRA(heads=["seen", "colour"])
    with pytest.raises(MedadError, match="loss"):
        DRA(loss="hinge")
    with pytest.raises(MedadError, match="outliers"):
        DRA(pseudo="external", **TINY).fit(make_trainset(with_outliers=False))
    with pytest.raises(MedadError, match="open_set"):
        DRA(**TINY).fit(TrainSet(Setting.ONE_CLASS, normal=make_trainset().normal))


# -- baselines -----------------------------------------------------------------------------------
BASELINES = {
    "devnet": {},
    "flos": {},
    "minns": {},
    "deepsad": {"pretrain_epochs": 1},
    "mlep": {},
    "saoe": {"pseudo": "cutmix", "outlier_exposure": True},
    "dra_multiclass": {"pseudo": "cutmix"},
}


@pytest.mark.parametrize("name", sorted(BASELINES))
def test_baseline_separates_seen_anomalies(name):
    cls = get_method(name)
    det = cls(**{**BASE, **BASELINES[name]}).fit(make_trainset())
    images, labels = make_testset()
    pred = det.predict(images)
    assert pred.scores.shape == (len(images),) and np.isfinite(pred.scores).all()
    assert roc_auc_score(labels, pred.scores) > 0.75, name
    assert det.weights_used == "random"


@pytest.mark.parametrize("name", ["devnet", "saoe", "deepsad"])
def test_baselines_need_labelled_anomalies(name):
    with pytest.raises(MedadError, match="labelled anomalies"):
        get_method(name)(**{**BASE, **BASELINES[name]}).fit(make_trainset(n_anomalies=0))


def test_saoe_outlier_exposure_needs_outliers():
    with pytest.raises(MedadError, match="outliers"):
        SAOE(outlier_exposure=True, **BASE).fit(make_trainset(with_outliers=False))


def test_dra_with_cutmix_pseudo_anomalies():
    train = make_trainset(with_outliers=False)
    det = DRA(pseudo="cutmix", **{**TINY, "epochs": 1, "iterations": 2}).fit(train)
    assert det.fit_info["pseudo"] == "cutmix"
    images, _ = make_testset()
    assert np.isfinite(det.predict(images).scores).all()


def test_dra_adapts_to_a_target_domain_with_normals_only(fitted_dra):
    det = copy.deepcopy(fitted_dra)
    target = TrainSet(
        Setting.OPEN_SET,
        normal=ImageSet.from_tensors(_images(12, "none", 20), [0] * 12),
        outliers=make_trainset().outliers,
    )
    det.adapt_epochs = 1
    before = [p.detach().clone() for p in det.model.parameters()]
    assert det.adapt(target) is det
    assert det.fit_info["adapt"]["steps"] == det.iterations and len(det.fit_info["adapt"]["loss"]) == 1
    assert any(not torch.equal(a, b) for a, b in zip(before, det.model.parameters(), strict=True))
    assert det.fit_info["loss"] == fitted_dra.fit_info["loss"]  # the source fit's record is kept
    images, _ = make_testset()
    assert np.isfinite(det.predict(images).scores).all()
    assert DRA.for_profile("paper").adapt_epochs == 10 and DRA.for_profile("smoke").adapt_epochs == 1


def test_adapt_needs_a_fitted_model_and_normals():
    with pytest.raises(MedadError, match="fit"):
        DRA(**TINY).adapt(make_trainset())
    with pytest.raises(MedadError, match="does not support"):
        get_method("devnet")(**BASE).adapt(make_trainset())


def test_code_options_resampled_references_and_code_optimiser():
    train = make_trainset()
    images, _ = make_testset()
    det = DRA(
        pseudo="external", resample_ref=True, optim="code", reference="mixed", **{**TINY, "epochs": 1, "iterations": 2}
    ).fit(train)
    # the original code re-draws the references for every test batch: scores change between calls
    assert not np.array_equal(det.predict(images).scores, det.predict(images).scores)
    # the code's optimiser: Adam lr 2e-4, wd 1e-5, StepLR(10, 0.1) at the start of each epoch, clipping at 1
    optimization = det.optimization
    (optimizer,) = optimization.optimizers
    assert isinstance(optimizer, torch.optim.Adam)
    group = optimizer.param_groups[0]
    assert group["initial_lr"] == pytest.approx(2e-4) and group["weight_decay"] == pytest.approx(1e-5)
    (scheduler,) = optimization.schedulers
    assert isinstance(scheduler, torch.optim.lr_scheduler.StepLR)
    assert scheduler.step_size == 10 and scheduler.gamma == pytest.approx(0.1)
    assert optimization.interval == "epoch_start" and optimization.clip_norm == 1.0
    paper = DRA(pseudo="external", **{**TINY, "epochs": 1, "iterations": 1}).fit(train).optimization
    assert paper.optimizers[0].param_groups[0]["lr"] == pytest.approx(1e-3)
    assert paper.optimizers[0].param_groups[0]["weight_decay"] == pytest.approx(1e-2)
    # "initial learning rate" (Sec. 4.1): the paper preset decays as the code does, at the end of each epoch
    (paper_scheduler,) = paper.schedulers
    assert paper_scheduler.step_size == 10 and paper.interval == "epoch" and paper.clip_norm == 1.0


def test_mixed_references_hold_pseudo_anomalies():
    train = make_trainset()
    normals = train.normal.tensors()

    def references(reference: str) -> torch.Tensor:
        det = DRA(pseudo="external", reference=reference, **{**TINY, "n_ref": 4})
        data = OpenSetBatches(train, pseudo="external", seed=0)
        return det._draw_references(data, torch.Generator().manual_seed(1))

    def is_normal(image: torch.Tensor) -> bool:
        return any(torch.equal(image, n) for n in normals)

    fixed, mixed = references("normal"), references("mixed")
    assert all(is_normal(r) for r in fixed)
    assert [is_normal(r) for r in mixed] == [False, False, True, True]  # App. B.1: half pseudo anomalies


def test_divergence_is_a_clear_error(monkeypatch):
    det = DRA(pseudo="external", **TINY)
    monkeypatch.setattr(det, "_loss", lambda *args: torch.tensor(float("nan"), requires_grad=True))
    with pytest.raises(TrainingDiverged, match=r"dra: .*nan in epoch 1"):
        det.fit(make_trainset())
    assert issubclass(TrainingDiverged, MedadError)


def test_embed_is_batched_and_accepts_image_sets(fitted_dra):
    images, _ = make_testset()
    feats = fitted_dra.embed(images)
    assert feats.shape == (len(images), 512) and np.isfinite(feats).all()
    as_set = fitted_dra.embed(ImageSet.from_tensors(images, np.zeros(len(images), dtype=int)))
    np.testing.assert_allclose(as_set, feats, rtol=1e-5, atol=1e-6)
    with torch.no_grad():
        direct = fitted_dra.model.trunk(images[:3])[0].mean(dim=(2, 3)).numpy()
    np.testing.assert_allclose(feats[:3], direct, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("loss", ["bce", "focal"])
def test_classification_losses_keep_the_score_decomposition(loss):
    det = DRA(pseudo="external", loss=loss, **{**TINY, "epochs": 1, "iterations": 2}).fit(make_trainset())
    pred = det.predict(make_testset()[0])
    e = pred.extras
    np.testing.assert_allclose(pred.scores, e["seen"] + e["pseudo"] + e["residual"] - e["normal"], rtol=1e-5, atol=1e-5)
    assert (e["seen"] < 0).any() or (e["normal"] < 0).any()  # logits, not |.|-folded deviation scores
