"""The streamed greedy coreset (PatchCore Alg. 1) against the plain loop, its k-center property, the projection."""

from __future__ import annotations

import pytest
import torch

from medad_core.nn.memory_bank import greedy_coreset, greedy_coreset_reference, random_projection


def _clustered(n: int, dim: int, seed: int) -> torch.Tensor:
    # a few tight clusters plus outliers: the greedy order is then far from arbitrary
    generator = torch.Generator().manual_seed(seed)
    centres = 5 * torch.randn(8, dim, generator=generator)
    points = centres[torch.randint(8, (n,), generator=generator)] + 0.3 * torch.randn(n, dim, generator=generator)
    points[:5] += 20 * torch.randn(5, dim, generator=generator)
    return points


@pytest.mark.parametrize(("projection_dim", "seed"), [(0, 0), (16, 1), (128, 2)])
def test_streamed_selection_picks_the_reference_indices_in_order(projection_dim, seed):
    features = _clustered(1500, 200, seed)
    streamed = greedy_coreset(
        features, 0.1, projection_dim=projection_dim, generator=torch.Generator().manual_seed(seed), chunk_size=256
    )
    reference = greedy_coreset_reference(
        features, 0.1, projection_dim=projection_dim, generator=torch.Generator().manual_seed(seed)
    )
    assert streamed.tolist() == reference.tolist()
    assert len(set(streamed.tolist())) == 150  # k distinct rows


def test_greedy_is_a_k_center_selection():
    # Gonzalez's property: the coreset covers every row within r, the distance of the next row the greedy
    # would pick, while any two chosen rows lie at least r apart (hence the 2-approximation of k-center)
    features = _clustered(800, 10, 3)
    chosen = greedy_coreset(features, 0.05, projection_dim=0, generator=torch.Generator().manual_seed(0))
    centres = features[chosen]
    exact = "donot_use_mm_for_euclid_dist"
    radius = torch.cdist(features, centres, compute_mode=exact).min(1).values.max()
    pairwise = torch.cdist(centres, centres, compute_mode=exact) + torch.eye(len(centres)) * 1e9
    assert pairwise.min() >= radius - 1e-4
    # the five far outliers are the first rows any greedy covering picks up
    assert set(range(5)) <= set(chosen[:10].tolist())


def test_projection_in_chunks_equals_one_product():
    features = torch.randn(1000, 64, generator=torch.Generator().manual_seed(4))
    whole = random_projection(features, 16, torch.Generator().manual_seed(5), chunk_size=10_000)
    chunked = random_projection(features, 16, torch.Generator().manual_seed(5), chunk_size=97)
    torch.testing.assert_close(chunked, whole, rtol=1e-6, atol=1e-6)
    assert whole.shape == (1000, 16)
    # E||Px||^2 = ||x||^2 for the scaled Gaussian matrix: norms are kept on average
    ratio = whole.pow(2).sum(1).mean() / features.pow(2).sum(1).mean()
    assert 0.8 < float(ratio) < 1.2


def test_projection_to_a_larger_dimension_is_the_identity_in_float32():
    features = torch.randn(10, 8, dtype=torch.float64)
    out = random_projection(features, 8)
    assert out.dtype == torch.float32
    torch.testing.assert_close(out, features.float())


@pytest.mark.parametrize("ratio", [0.0, -0.1, 1.5])
def test_ratio_outside_the_unit_interval_is_refused(ratio):
    with pytest.raises(ValueError, match=r"coreset ratio must be in \(0, 1\]"):
        greedy_coreset(torch.randn(10, 3), ratio)


def test_full_ratio_keeps_every_row():
    assert greedy_coreset(torch.randn(7, 3), 1.0).tolist() == list(range(7))
