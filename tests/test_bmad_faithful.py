"""BMAD's feature-embedding methods compute what the code BMAD ran computes (issue 11, items 1-2).

Each test pins one computation that round 2 changed to BMAD's settings, on hand-made inputs or on
a tiny model whose parts are recomputed here from their definitions: STFPM's summed loss and its
unsmoothed map, CFA's AdamW (amsgrad) and x1000 loss, RD4AD's cosine of flattened volumes, CFLOW's
-log sigmoid loss, CS-Flow's coupling sub-network (no scale mixing in its first layer, one gamma
per scale), MKD's guided backprop and scoring layers, SimpleNet's cosine schedule, Deep SVDD's
GCN + min-max pre-processing and the WideResNet-50 weights enum. The hyper-parameter tables are
checked to come from the classes' profiles.
"""

from __future__ import annotations

import math
import os

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from medad_core import runner
from medad_core.api import ImageSet, Setting, TrainSet
from medad_core.experiments import bmad
from medad_core.methods.cfa import CFAModel
from medad_core.methods.deepsvdd import DeepSVDDModel
from medad_core.methods.mkd import _GuidedReLU
from medad_core.nn.distillation import flat_cosine_distance
from medad_core.nn.flows import CrossConvolutions
from medad_core.registry import get_method
from medad_core.weights import weights_enum

os.environ["MEDAD_PROGRESS"] = "0"
os.environ.setdefault("MEDAD_OFFLINE", "1")

SIZE = 64
CHANGED = ["stfpm", "cfa", "rd4ad", "cflow", "csflow", "mkd", "simplenet", "deepsvdd", "patchcore", "padim"]


def _images(n: int, seed: int) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    low = torch.rand(n, 1, SIZE // 8, SIZE // 8, generator=generator)
    return (0.2 + 0.6 * F.interpolate(low, size=(SIZE, SIZE), mode="bilinear", align_corners=False)).clamp(0, 1)


@pytest.fixture(scope="module")
def train() -> TrainSet:
    return TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(_images(8, 0), np.zeros(8, dtype=int)))


def _fit(name: str, train: TrainSet, **params):
    return get_method(name).for_profile("smoke", seed=0, progress=False, **params).fit(train)


@pytest.mark.parametrize("name", CHANGED)
def test_changed_methods_bump_their_version(name):
    assert get_method(name).version == "2"


def test_stfpm_loss_is_summed_over_the_batch_and_maps_are_not_blurred(train):
    detector = _fit("stfpm", train, max_steps=1)
    model = detector.model
    assert detector.loss_reduction == "sum" and detector.sigma == 0.0
    x = _images(2, 1)
    with torch.no_grad():
        t, s = model.teacher(x), model.student(x)
        per_image = torch.zeros(2)
        for name in model.teacher.layers:
            diff = F.normalize(t[name], dim=1) - F.normalize(s[name], dim=1)
            per_image += (0.5 * diff.pow(2).sum(1)).mean(dim=(1, 2))  # Eq. 1-3 per image
        torch.testing.assert_close(model.loss(x, "sum"), per_image.sum())
        torch.testing.assert_close(model.loss(x, "sum_layer_mean"), per_image.sum() / 3)
        torch.testing.assert_close(model.loss(x, "mean"), per_image.mean())
        # the map: product of the upsampled layer maps, nothing else
        layer_maps = model(x)
        expected = torch.ones(2, SIZE, SIZE)
        for m in layer_maps:
            expected *= F.interpolate(m[:, None], size=(SIZE, SIZE), mode="bilinear", align_corners=False)[:, 0]
    np.testing.assert_allclose(detector.predict(x).maps, expected.numpy(), rtol=1e-4, atol=1e-7)


def test_cfa_uses_adamw_amsgrad_and_scales_the_loss_by_1000(train):

    detector = _fit("cfa", train, max_steps=1)
    (optimizer,) = detector.optimization.optimizers
    assert type(optimizer) is torch.optim.AdamW
    assert optimizer.defaults["amsgrad"] is True and optimizer.defaults["weight_decay"] == 5e-4
    adam = _fit("cfa", train, max_steps=1, optimizer="adam").optimization.optimizers[0]
    assert type(adam) is torch.optim.Adam
    # Eq. 3-5 on hand-made squared distances: K = J = 1, r^2 = 4, alpha = 0.1
    hand = CFAModel(
        detector.model.backbone, detector.model.descriptor, num_neighbors=1, num_hard_negatives=1, radius=2.0, alpha=0.1
    )
    sq = torch.tensor([[5.0, 6.0, 9.0], [2.0, 1.0, 7.0]])
    # row 1: attract max(0, 5 - 4) = 1, repel max(0, 4 - 6 - 0.1) = 0; row 2: 0 and 4 - 2 - 0.1 = 1.9
    torch.testing.assert_close(hand.coupled_hypersphere_loss(sq), torch.tensor(0.5 + 0.95))
    x = _images(2, 1)
    with torch.no_grad():
        sq_model, _ = detector.model.sq_distances(x)
        torch.testing.assert_close(detector.model.loss(x), 1000 * detector.model.coupled_hypersphere_loss(sq_model))


def test_rd4ad_loss_is_the_cosine_of_flattened_feature_volumes(train):
    detector = _fit("rd4ad", train, max_steps=1)
    assert detector.loss == "flat"
    x = _images(2, 1)
    with torch.no_grad():
        pairs = detector.model.features(x)
        expected = sum((1 - F.cosine_similarity(e.flatten(1), d.flatten(1), dim=1)).mean() for e, d in pairs)
        per_position = sum((1 - F.cosine_similarity(e, d, dim=1)).mean() for e, d in pairs)
        torch.testing.assert_close(detector.model.loss(x), expected)
        torch.testing.assert_close(detector.model.loss(x, "per_position"), per_position)
    assert not torch.isclose(expected, per_position), "the two definitions must differ on these inputs"


def test_cflow_trains_with_minus_log_sigmoid(train):
    cls = get_method("cflow")
    assert cls.resolved_params("paper")["loss"] == "logsigmoid"
    detector = cls.for_profile("smoke")
    log_prob = torch.tensor([-1.0, 2.0])
    expected = (math.log1p(math.e) + math.log1p(math.exp(-2.0))) / 2
    assert float(detector._loss(log_prob)) == pytest.approx(expected)
    assert float(cls.for_profile("smoke", loss="nll")._loss(log_prob)) == pytest.approx(-0.5)


def test_csflow_first_layer_does_not_mix_scales_and_has_one_gamma_per_scale():

    torch.manual_seed(0)
    net = CrossConvolutions(2, 4, hidden=6, n_scales=3)
    assert net.gamma.shape == (3,)
    net.gamma.data.fill_(1.0)
    xs = [torch.randn(1, 2, 8, 8), torch.randn(1, 2, 4, 4), torch.randn(1, 2, 2, 2)]
    base = net(xs)
    # scale 0 sees scale 1 through the second layer only, so the coarsest scale cannot reach it
    moved_coarsest = net([xs[0], xs[1], xs[2] + 1.0])
    torch.testing.assert_close(moved_coarsest[0], base[0])
    assert not torch.allclose(moved_coarsest[1], base[1])
    moved_middle = net([xs[0], xs[1] + 1.0, xs[2]])
    assert not torch.allclose(moved_middle[0], base[0]) and not torch.allclose(moved_middle[2], base[2])
    # one gamma per scale: gamma_1 = 0 silences scale 1 only
    net.gamma.data.copy_(torch.tensor([1.0, 0.0, 1.0]))
    out = net(xs)
    assert torch.count_nonzero(out[1]) == 0 and torch.count_nonzero(out[0]) > 0 and torch.count_nonzero(out[2]) > 0


def test_mkd_paper_profile_scores_the_last_three_layers_and_localises_by_guided_backprop(train):

    paper = get_method("mkd").resolved_params("paper")
    assert paper["localization"] == "guided" and paper["score_layers"] == "last3" and paper["epochs"] == 201
    x = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)
    _GuidedReLU.apply(x).backward(torch.tensor([1.0, -1.0, 2.0]))
    torch.testing.assert_close(x.grad, torch.tensor([0.0, 0.0, 2.0]))  # positive gradients at positive inputs
    detector = _fit("mkd", train, max_steps=1, score_layers="last3")
    images = _images(2, 1)
    model = detector.model
    with torch.no_grad():
        feats = model.source(images)
        pairs = list(zip([feats[n] for n in model.source.layers], model.cloner(images), strict=True))
        expected = sum(
            flat_cosine_distance(s, c) + model.lamda * (s - c).pow(2).flatten(1).mean(1) for s, c in pairs[1:]
        )
    torch.testing.assert_close(model(images), expected)


def test_simplenet_discriminator_follows_the_cosine_schedule(train):
    detector = _fit("simplenet", train, epochs=3, inner_epochs=2)
    adapter, discriminator = detector.optimization.optimizers
    base, t_max, steps = detector.dsc_lr, (3 - 1) * 2, 3 * 2
    floor = 0.4 * base
    expected = floor + (base - floor) * (1 + math.cos(math.pi * steps / t_max)) / 2
    assert discriminator.param_groups[0]["lr"] == pytest.approx(expected)
    assert adapter.param_groups[0]["lr"] == detector.lr
    constant = _fit("simplenet", train, epochs=3, inner_epochs=2, dsc_schedule="constant")
    assert constant.optimization.optimizers[1].param_groups[0]["lr"] == base
    assert get_method("simplenet").resolved_params("paper")["image_size"] == 288


def test_deepsvdd_preprocessing_is_gcn_then_training_min_max(train):

    model = DeepSVDDModel(1, 16, 4, "gcn_minmax")
    small = torch.tensor([[0.0, 0.0], [2.0, 2.0]]).view(1, 1, 2, 2)
    # GCN: mean 1, mean absolute deviation 1 -> [-1, -1, 1, 1]; min-max over the training set -> [0, 0, 1, 1]
    model.fit_scaling(small)
    torch.testing.assert_close(model.normalize(small).flatten(), torch.tensor([0.0, 0.0, 1.0, 1.0]))
    other = torch.tensor([[0.0, 1.0], [1.0, 2.0]]).view(1, 1, 2, 2)  # GCN -> [-2, 0, 0, 2]: outside the range
    torch.testing.assert_close(model.normalize(other).flatten(), torch.tensor([-0.5, 0.5, 0.5, 1.5]))
    detector = _fit("deepsvdd", train, max_steps=1)
    inputs = detector.model.normalize(detector.model.resize(train.normal.tensors()))
    assert float(inputs.min()) == pytest.approx(0.0, abs=1e-6) and float(inputs.max()) == pytest.approx(1.0)


def test_wide_resnet50_loads_imagenet1k_v1():

    assert weights_enum("wide_resnet50_2").name == "IMAGENET1K_V1"
    assert weights_enum("resnet18").name == "IMAGENET1K_V1"
    assert weights_enum("vgg16").name == "IMAGENET1K_V1"


def test_hyperparameter_tables_come_from_the_paper_profiles():

    table = bmad.hyperparameter_table()
    assert set(bmad.FEATURE_METHODS) <= set(table["method_id"])
    row = table.set_index("method_id")
    assert row.loc["cfa", "optimizer"] == "AdamW (amsgrad)" and row.loc["stfpm", "optimizer"] == "SGD"
    assert row.loc["simplenet", "image size"] == "288" and row.loc["patchcore", "optimizer"] == "none (no training)"
    assert row.loc["patchcore", "weights"] == "IMAGENET1K_V1"
    assert row.loc["mkd", "thesis table"] == "3.6" and row.loc["cutpaste", "thesis table"] == "3.5"
    # generated: a changed profile value appears in the table
    cls = get_method("stfpm")
    old = cls.profile_params["paper"]["lr"]
    try:
        cls.profile_params["paper"]["lr"] = 0.123
        assert "0.123" in bmad.hyperparameter_table().set_index("method_id").loc["stfpm", "learning rate"]
    finally:
        cls.profile_params["paper"]["lr"] = old
    differences = bmad.differences_table()
    assert {"method", "paper / thesis", "code BMAD ran", "medad default", "option"} <= set(differences.columns)
    assert set(differences["method"]) >= {"STFPM", "CFA", "RD4AD", "CFLOW", "CS-Flow", "MKD", "SimpleNet", "DeepSVDD"}


def test_backbone_grid_runs_both_backbones_bmad_evaluated():
    configs = bmad.backbone_grid("paper", datasets=["bmad_brain"], seeds=[0])
    pairs = {(c.method, c.params["backbone"], c.params.get("n_features")) for c in configs}
    assert pairs == {
        ("patchcore", "resnet18", None),
        ("patchcore", "wide_resnet50_2", None),
        ("stfpm", "resnet18", None),
        ("stfpm", "wide_resnet50_2", None),
        ("padim", "resnet18", 100),
        ("padim", "wide_resnet50_2", 550),
    }
    keys = {runner.cache_key(c) for c in configs}  # each resolves to valid parameters, and they differ
    assert len(keys) == len(configs)
