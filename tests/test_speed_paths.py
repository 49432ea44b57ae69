"""The fast map paths equal the step-by-step definitions they replace (bilinear resize, reflect pad, 1-D blur)."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from medad_core.nn.anomaly_map import anomaly_map, gaussian_blur, gaussian_kernel1d


def _blur_by_convolution(maps: torch.Tensor, sigma: float) -> torch.Tensor:
    # the definition: pad each axis (reflect, replicate when the pad reaches past the side), 1-D Gaussian
    x = maps.unsqueeze(1)
    kernel = gaussian_kernel1d(sigma)
    radius = kernel.numel() // 2
    x = F.pad(x, (radius, radius, 0, 0), mode="reflect" if radius < x.shape[-1] else "replicate")
    x = F.conv2d(x, kernel.view(1, 1, 1, -1))
    x = F.pad(x, (0, 0, radius, radius), mode="reflect" if radius < x.shape[-2] else "replicate")
    return F.conv2d(x, kernel.view(1, 1, -1, 1))[:, 0]


@pytest.mark.parametrize(
    ("grid", "size", "sigma"),
    [((8, 8), (64, 64), 4.0), ((28, 28), (224, 224), 4.0), ((3, 5), (20, 30), 4.0), ((7, 6), (64, 48), 1.0)],
)
def test_fused_anomaly_map_equals_resize_then_blur(grid, size, sigma):
    scores = torch.rand(3, *grid, generator=torch.Generator().manual_seed(0))
    expected = _blur_by_convolution(
        F.interpolate(scores.unsqueeze(1), size=size, mode="bilinear", align_corners=False)[:, 0], sigma
    )
    torch.testing.assert_close(anomaly_map(scores, size, sigma), expected, rtol=0, atol=1e-6)


@pytest.mark.parametrize("shape", [(4, 64, 64), (2, 5, 40), (2, 1, 30, 30)])
def test_matrix_blur_equals_the_separable_convolution(shape):
    maps = torch.rand(*shape, generator=torch.Generator().manual_seed(1))
    flat = maps.reshape(-1, *shape[-2:])
    out = gaussian_blur(maps, 4.0)
    assert out.shape == maps.shape
    torch.testing.assert_close(out.reshape(flat.shape), _blur_by_convolution(flat, 4.0), rtol=0, atol=1e-6)
    assert gaussian_blur(maps, 0.0) is maps


def test_blur_keeps_the_mass_of_a_map_away_from_the_border_and_works_with_gradients():
    impulse = torch.zeros(1, 65, 65)
    impulse[0, 32, 32] = 1.0
    blurred = gaussian_blur(impulse, 4.0)
    assert float(blurred.sum()) == pytest.approx(1.0, abs=1e-5)
    assert float(blurred[0, 32, 32]) == pytest.approx(1 / (2 * torch.pi * 16), rel=0.02)
    with torch.inference_mode():  # the cached operator is built here ...
        gaussian_blur(torch.zeros(1, 9, 11), 2.0)
    maps = torch.rand(1, 9, 11, requires_grad=True)
    gaussian_blur(maps, 2.0).sum().backward()  # ... and still takes part in autograd later
    assert maps.grad is not None and maps.grad.shape == maps.shape
