"""The streamed greedy coreset (PatchCore Alg. 1) against the plain loop, its k-center property, the projection;
the partitioned coreset (count, distinct rows, seed, coverage against the exact greedy, bounded memory)."""

from __future__ import annotations

import math

import pytest
import torch
from torch.profiler import ProfilerActivity, profile

from medad_core.api import MedadError
from medad_core.nn import memory_bank
from medad_core.nn.memory_bank import (
    greedy_coreset,
    greedy_coreset_reference,
    partitioned_coreset,
    random_projection,
    select_coreset,
)
from medad_core.registry import get_method


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


def _radius(points: torch.Tensor, chosen: torch.Tensor) -> float:
    # the k-center objective: the largest distance of any point to its nearest chosen point
    return float(torch.cdist(points, points[chosen], compute_mode="donot_use_mm_for_euclid_dist").min(1).values.max())


@pytest.mark.parametrize("partition_rows", [700, 300, 128])
def test_partitioned_covers_the_points_almost_as_well_as_the_exact_greedy(partition_rows):
    # 4, 10 and 24 cells: the radius stays within 1.1x the exact greedy's (measured 1.01-1.04x), where the
    # greedy inside random parts of the same sizes with proportional shares measured 1.13-1.31x; the
    # five far outliers are still all chosen
    features = _clustered(2400, 12, 5)
    exact = greedy_coreset(features, 0.05, projection_dim=0, generator=torch.Generator().manual_seed(0))
    cells = partitioned_coreset(
        features, 0.05, partition_rows=partition_rows, projection_dim=0, generator=torch.Generator().manual_seed(0)
    )
    assert len(cells) == len(exact) == 120
    assert len(set(cells.tolist())) == 120 and 0 <= int(cells.min()) and int(cells.max()) < 2400
    assert _radius(features, cells) <= 1.1 * _radius(features, exact)
    assert set(range(5)) <= set(cells.tolist())


def test_partitioned_is_deterministic_for_a_seed_and_the_exact_greedy_in_one_cell():
    features = _clustered(1500, 20, 6)
    run = lambda seed, rows: partitioned_coreset(  # noqa: E731
        features, 0.1, partition_rows=rows, projection_dim=8, generator=torch.Generator().manual_seed(seed)
    ).tolist()
    assert run(0, 200) == run(0, 200) and run(0, 200) != run(1, 200)
    # with every row in one cell it is Alg. 1 itself, index for index
    exact = greedy_coreset(features, 0.1, projection_dim=8, generator=torch.Generator().manual_seed(0))
    assert run(0, 1500) == exact.tolist()
    # batching several cells per pass selects the same rows (no near ties in this cloud)
    batched = partitioned_coreset(
        features,
        0.1,
        partition_rows=200,
        projection_dim=8,
        generator=torch.Generator().manual_seed(0),
        parts_per_pass=3,
    )
    assert sorted(batched.tolist()) == sorted(run(0, 200))


def test_partitioned_never_allocates_more_than_the_projection_or_one_chunk():
    # N = 2400 rows of D = 64, d' = 8, cells of <= 300 rows, chunks of 500 rows: the largest single
    # allocation is the (N, d') projection (N x 8 floats) or one chunk of features (500 x 64 floats);
    # an (N, k) distance matrix would be N x 48 floats
    n, dim, reduced, chunk = 2400, 64, 8, 500
    features = torch.randn(n, dim, generator=torch.Generator().manual_seed(7))
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        chosen = partitioned_coreset(
            features,
            0.02,
            partition_rows=300,
            projection_dim=reduced,
            generator=torch.Generator().manual_seed(0),
            chunk_size=chunk,
        )
    assert len(chosen) == 48
    largest = max(event.cpu_memory_usage for event in prof.events())
    assert 0 < largest <= 4 * max(n * reduced, chunk * dim) < 4 * n * len(chosen)


def test_unknown_coreset_is_a_medad_error_listing_the_options():
    with pytest.raises(MedadError, match="greedy, partitioned"):
        select_coreset("kmeans", torch.randn(10, 3), 0.5)
    from medad_core.methods.patchcore import PatchCore  # noqa: PLC0415 - the method's check of the same name

    with pytest.raises(MedadError, match="patchcore: coreset must be one of greedy, partitioned; got 'fast'"):
        PatchCore(coreset="fast")
    with pytest.raises(ValueError, match="partition_rows"):
        partitioned_coreset(torch.randn(10, 3), 0.5, partition_rows=0)


def test_jl_dimension_matches_the_bound_by_hand():
    # 4 ln N / (eps^2 / 2 - eps^3 / 3) with eps = 0.9: 0.405 - 0.243 = 0.162
    assert memory_bank.jl_min_dim(10_000, 0.9) == int(4 * math.log(10_000) / 0.162)
    assert memory_bank.jl_min_dim(10_000, 0.5) > memory_bank.jl_min_dim(10_000, 0.9)
    with pytest.raises(MedadError, match="eps"):
        memory_bank.jl_min_dim(100, 1.5)


def test_sparse_projection_is_anomalibs_achlioptas_matrix():
    n, d = 2000, 400
    features = torch.eye(d).repeat(n // d, 1)  # rows of the identity read the matrix row by row
    out = memory_bank.random_projection(features, 128, torch.Generator().manual_seed(0), kind="sparse")
    dim = memory_bank.jl_min_dim(n, 0.9)
    assert out.shape == (n, dim)
    matrix = out[:d]
    density = 1 / d**0.5
    nonzero = matrix[matrix != 0]
    # entries are +-sqrt(1 / s) / sqrt(d') and a share s of them is non-zero
    assert torch.allclose(nonzero.abs(), torch.full_like(nonzero, (1 / density) ** 0.5 / dim**0.5))
    assert abs((matrix != 0).float().mean().item() - density) < 0.01
    assert abs((nonzero > 0).float().mean().item() - 0.5) < 0.05
    with pytest.raises(MedadError, match="projection"):
        memory_bank.random_projection(features, 16, kind="dense")


def test_patchcore_takes_the_sparse_projection_of_the_code_bmad_ran():
    with pytest.raises(MedadError, match="projection"):
        get_method("patchcore")(projection="orthogonal")
    points = torch.randn(600, 64, generator=torch.Generator().manual_seed(1))
    keep = memory_bank.select_coreset(
        "greedy", points, 0.1, projection="sparse", generator=torch.Generator().manual_seed(0)
    )
    assert len(keep) == 60 and len(set(keep.tolist())) == 60
