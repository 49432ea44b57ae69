"""The DIA paper's Table 1 baselines: Transformaly, UniAD and Mean-Shifted Contrastive (MSC).

Each separates easy phantom anomalies after a smoke-profile fit, and one equation of each is pinned on
hand-made inputs: Transformaly's Gaussian log-likelihood and block-wise distillation error, UniAD's
neighbour mask (Sec. 3.2) and feature jitter (Sec. 3.4), MSC's mean-shifted contrastive loss (Eq. 3-4)
and angular term.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from scipy.stats import multivariate_normal
from sklearn.metrics import roc_auc_score

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.data.phantoms import render
from medad_core.methods.msc import angular_center_loss, mean_shifted_contrastive_loss, moco_augment
from medad_core.methods.transformaly import GaussianDensity, TransformalyModel, tiny_vit
from medad_core.methods.uniad import feature_jitter, neighbour_mask
from medad_core.registry import get_method

SIZE = 32


def _phantoms(n_normal: int, n_anomalous: int, seed: int) -> ImageSet:
    rng = np.random.default_rng(seed)
    images, labels = [], []
    for i in range(n_normal + n_anomalous):
        anomaly = None if i < n_normal else "tumour"
        image, _ = render("brain_mri", rng, SIZE, anomaly, severity=1.0)
        images.append(torch.from_numpy(image).float().expand(3, SIZE, SIZE).clone())
        labels.append(int(anomaly is not None))
    return ImageSet.from_tensors(torch.stack(images), labels)


TRAIN = TrainSet(Setting.ONE_CLASS, normal=_phantoms(24, 0, seed=1))
TEST = _phantoms(8, 8, seed=2)


@pytest.mark.parametrize("name", ["transformaly", "uniad", "msc"])
def test_baseline_separates_obvious_phantom_tumours(name):
    detector = get_method(name).for_profile("smoke", weights="random", progress=False).fit(TRAIN)
    prediction = detector.predict(TEST)
    assert roc_auc_score(TEST.labels, prediction.scores) > 0.75
    assert "random" in detector.weights_used


def test_aliases_name_the_papers_rows():
    assert get_method("meanshift") is get_method("msc")


def test_gaussian_density_is_the_multivariate_normal_log_pdf():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, 3)) @ np.array([[2.0, 0.0, 0.0], [0.5, 1.0, 0.0], [0.0, 0.3, 0.2]])
    density = GaussianDensity(reg_covar=0.0).fit(torch.from_numpy(x))
    query = rng.normal(size=(4, 3))
    # sklearn's one-component GaussianMixture: the maximum-likelihood (biased) covariance
    expected = multivariate_normal(x.mean(0), np.cov(x.T, bias=True)).logpdf(query)
    np.testing.assert_allclose(density.log_likelihood(torch.from_numpy(query)).numpy(), expected, rtol=1e-8)


def test_pca_whitening_keeps_the_components_explaining_the_threshold():
    rng = np.random.default_rng(1)
    # variances 16, 4, 1, 0.01 along the axes: 16 / 21.01 = 0.76, 20 / 21.01 = 0.95
    x = rng.normal(size=(400, 4)) * np.array([4.0, 2.0, 1.0, 0.1])
    density = GaussianDensity(whitening_threshold=0.9).fit(torch.from_numpy(x))
    assert density.state["pca_proj"].shape == (4, 2)
    whitened = (torch.from_numpy(x) - density.state["pca_mean"]) @ density.state["pca_proj"]
    np.testing.assert_allclose(whitened.var(0, correction=1).numpy(), [1.0, 1.0], rtol=1e-6)


def test_distillation_error_is_zero_for_a_student_block_equal_to_its_teacher():
    torch.manual_seed(0)
    model = TransformalyModel(tiny_vit(16)).eval()
    images = torch.rand(2, 3, 16, 16)
    errors, _ = model.block_errors(images)
    assert errors.shape == (2, 4) and (errors > 0).all()
    model.student[2].load_state_dict(model.teacher.encoder.layers[2].state_dict())
    errors, _ = model.block_errors(images)
    # S_l reads the teacher's input to block l: a copy of T_l reproduces h_l exactly
    assert torch.allclose(errors[:, 2], torch.zeros(2), atol=1e-12) and (errors[:, [0, 1, 3]] > 0).all()


def test_neighbour_mask_hides_exactly_the_window_around_each_token():
    mask = neighbour_mask(5, 5, 3)
    grid = mask.view(5, 5, 5, 5)
    centre = grid[2, 2]
    assert torch.isinf(centre[1:4, 1:4]).all() and (centre[1:4, 1:4] < 0).all()
    assert (centre.flatten().isinf().sum() == 9) and (grid[0, 0].isinf().sum() == 4)
    with pytest.raises(MedadError, match="hides every token"):
        neighbour_mask(3, 3, 3)  # the centre of a 3x3 grid would attend to nothing


def test_feature_jitter_scales_unit_noise_by_the_token_norm_over_channels():
    tokens = torch.tensor([[[3.0, 4.0]], [[0.0, 0.0]]])  # (2 tokens, 1 image, 2 channels)
    out = feature_jitter(tokens, scale=20.0, prob=1.0, generator=torch.Generator().manual_seed(3))
    noise = torch.randn(tokens.shape, generator=torch.Generator().manual_seed(3))
    expected = tokens + noise * torch.tensor([[[5.0 / 2]], [[0.0]]]) * 20.0
    assert torch.allclose(out, expected)


def test_mean_shifted_contrastive_loss_is_eq_4_on_two_images():
    c = torch.tensor([0.0, 0.5])
    z1 = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    z2 = torch.tensor([[0.6, 0.8], [-0.6, 0.8]])
    tau = 0.25

    def theta(z):  # Eq. 3
        return (z - c) / (z - c).norm(dim=1, keepdim=True)

    views = torch.cat([theta(z1), theta(z2)])
    expected = 0.0
    for i in range(4):
        positive = (i + 2) % 4
        sims = [math.exp(float(views[i] @ views[k]) / tau) for k in range(4) if k != i]
        expected += -math.log(math.exp(float(views[i] @ views[positive]) / tau) / sum(sims))
    loss = mean_shifted_contrastive_loss(z1, z2, c, tau)
    assert math.isclose(float(loss), expected / 4, rel_tol=1e-6)


def test_angular_term_is_four_minus_twice_the_cosines_for_unit_vectors():
    c = torch.nn.functional.normalize(torch.tensor([1.0, 1.0]), dim=0)
    z1 = torch.tensor([[1.0, 0.0]])
    z2 = torch.tensor([[0.0, -1.0]])
    expected = 4 - 2 * float(z1[0] @ c) - 2 * float(z2[0] @ c)
    assert math.isclose(float(angular_center_loss(z1, z2, c)), expected, rel_tol=1e-6)


def test_moco_augmentation_is_batched_and_seeded():
    images = torch.rand(4, 3, 16, 16)
    a = moco_augment(images, torch.Generator().manual_seed(0))
    b = moco_augment(images, torch.Generator().manual_seed(0))
    assert a.shape == images.shape and torch.equal(a, b) and 0 <= a.min() and a.max() <= 1
    assert not torch.allclose(a, images)
