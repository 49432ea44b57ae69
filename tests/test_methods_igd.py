"""IGD (Chen et al. AAAI 2022): its objective on hand-made inputs and a smoke fit on a phantom."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from conftest import texture_lesions

from medad_core.api import MedadError
from medad_core.methods.igd import (
    IGD,
    estimate_center,
    estimate_sigma,
    gaussian_score,
    interpolation_losses,
    ms_ssim,
    reconstruction_score,
)
from medad_core.metrics import image_auroc


def test_gaussian_score_is_zero_at_the_centre_and_follows_the_kernel():
    center = torch.tensor([1.0, -2.0])
    z = torch.stack([center, center + torch.tensor([2.0, 0.0]), center + torch.tensor([0.0, 4.0])])
    got = gaussian_score(z, center, sigma=4.0)
    # ||z - c||^2 = 0, 4, 16 with sigma 4: 1 - exp(0), 1 - exp(-1), 1 - exp(-4)
    assert torch.allclose(got, torch.tensor([0.0, 1 - math.exp(-1), 1 - math.exp(-4)]))


def test_centre_pushes_small_coordinates_and_sigma_is_at_least_one():
    latents = torch.tensor([[0.02, 1.0, -0.04], [0.04, 3.0, -0.02]])
    assert torch.allclose(estimate_center(latents, eps=0.1), torch.tensor([0.1, 2.0, -0.1]))
    center = torch.zeros(3)
    # batch means of ||z||^2: [1.0 (clamped from 0.5), 9.0] -> mean 5.0
    near, far = torch.tensor([[0.5, 0.5, 0.0], [0.5, 0.5, 0.0]]), torch.tensor([[3.0, 0.0, 0.0], [0.0, 3.0, 0.0]])
    assert float(estimate_sigma(torch.cat([near, far]), center, batch_size=2)) == pytest.approx(5.0)


def test_ms_ssim_and_reconstruction_score():
    g = torch.Generator().manual_seed(0)
    x = torch.rand(3, 1, 32, 32, generator=g)
    assert torch.allclose(ms_ssim(x, x), torch.ones(3), atol=1e-5)
    assert torch.allclose(reconstruction_score(x, x), torch.zeros(3), atol=1e-5)
    noisy = (x + 0.3 * torch.randn(x.shape, generator=g)).clamp(0, 1)
    assert (ms_ssim(x, noisy) < 0.9).all()
    # a uniform shift by 0.1: the absolute L1 term is 0.15 * 0.1; the code's signed one cancels for +-0.1
    shift = torch.full_like(x, 0.1)
    shift[1] = -0.1
    abs_score = reconstruction_score(x, x + shift) - 0.85 * (1 - ms_ssim(x, x + shift))
    signed = reconstruction_score(x, x + shift, l1="signed") - 0.85 * (1 - ms_ssim(x, x + shift))
    assert torch.allclose(abs_score, torch.full((3,), 0.015), atol=1e-6)
    assert torch.allclose(signed, torch.tensor([-0.015, 0.015, -0.015]), atol=1e-6)
    with pytest.raises(MedadError, match="coarsest"):
        ms_ssim(torch.rand(1, 1, 8, 8), torch.rand(1, 1, 8, 8))


class _ConstantCritic(torch.nn.Module):
    def __init__(self, value: float):
        super().__init__()
        self.value = value

    def forward(self, x):
        return torch.full((len(x),), self.value)


def test_interpolation_losses_on_a_constant_critic():
    detector = IGD.for_profile("smoke", progress=False)
    detector._build((1, 16, 16))
    x = torch.rand(4, 1, 16, 16)
    z = torch.randn(4, detector.latent)
    alpha = torch.tensor([0.0, 0.1, 0.2, 0.5])
    inter, critic = interpolation_losses(detector.model, _ConstantCritic(0.3), x, z, detector.model.decoder(z), alpha)
    # L_inter = mean D(x~)^2 = 0.09; critic = mean (0.3 - alpha)^2 + 0.09
    assert float(inter) == pytest.approx(0.09)
    assert float(critic) == pytest.approx(float(((0.3 - alpha) ** 2).mean()) + 0.09)


def test_igd_separates_phantom_lesions():
    train, test = texture_lesions(32, n_train=32, n_test=24)
    detector = IGD.for_profile("smoke", progress=False, weights="random", epochs=4, lr=1e-3, seed=0)
    prediction = detector.fit(train).predict(test)
    assert detector.model.trunk.training is False
    assert all(not p.requires_grad for p in detector.model.trunk.parameters())
    assert set(prediction.extras) == {"reconstruction", "gaussian"}
    extras = prediction.extras
    assert np.allclose(prediction.scores, 0.5 * extras["reconstruction"] + 0.5 * extras["gaussian"])
    # the Gaussian descriptor on the latent separates the lesions; the 0.5/0.5 sum with the (weaker, at
    # 32 px after 4 epochs) reconstruction term stays clearly above chance
    assert image_auroc(test.labels, extras["gaussian"]) > 0.9
    assert image_auroc(test.labels, prediction.scores) > 0.65
    assert detector.fit_info["optimizer_steps"] == [16, 16]
