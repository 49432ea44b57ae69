"""The fast paths equal the step-by-step definitions they replace: the maps' resize + blur, and the BMAD
feature methods' predict (channels-last inference, CFA's blockwise search, PaDiM's channel selection, RD4AD's
fused maps, CFLOW's blockwise flows)."""

from __future__ import annotations

import copy

import pytest
import torch
import torch.nn.functional as F

from medad_core.bench._bmad_bench import throughput
from medad_core.methods import cfa as cfa_module
from medad_core.methods import cflow as cflow_module
from medad_core.methods._feature_common import aggregate_neighbourhood
from medad_core.methods.cfa import CFAModel, CoordConv1x1
from medad_core.methods.cflow import CFLOWModel
from medad_core.methods.padim import PaDiMModel
from medad_core.nn.anomaly_map import anomaly_map, fuse_maps, gaussian_blur, gaussian_kernel1d
from medad_core.nn.backbone import FeatureExtractor, use_channels_last
from medad_core.nn.flows import positional_encoding_2d
from medad_core.nn.memory_bank import pairwise_sq_distances


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


# -- the BMAD feature methods' predict paths against the step-by-step computation they replace --------------------


@pytest.fixture(scope="module")
def extractor():
    torch.manual_seed(0)
    return FeatureExtractor("resnet18", ("layer1", "layer2", "layer3"), "random", "smoke")


def _images(n: int, size: int = 32, seed: int = 0) -> torch.Tensor:
    return torch.rand(n, 1, size, size, generator=torch.Generator().manual_seed(seed))


def test_channels_last_inference_gives_the_same_features_in_the_fast_layout(extractor):
    images = _images(2)
    fast = use_channels_last(copy.deepcopy(extractor).eval())
    with torch.inference_mode():
        expected, out = extractor(images), fast(images)
    assert extractor.memory_format == torch.contiguous_format  # the default layout is left alone
    for name in extractor.layers:
        assert out[name].is_contiguous(memory_format=torch.channels_last)
        torch.testing.assert_close(out[name], expected[name], rtol=1e-4, atol=1e-5)


def _cfa_reference(model: CFAModel, images: torch.Tensor) -> torch.Tensor:
    # CFA Eq. 6-7 as written: the concatenating CoordConv, all (T, M) distances, top-K, softmin
    desc = model.describe(images)
    b, d, h, w = desc.shape
    sq = pairwise_sq_distances(desc.permute(0, 2, 3, 1).reshape(-1, d), model.memory_bank)
    dist = torch.topk(sq, model.num_neighbors, dim=1, largest=False).values.sqrt()
    return (F.softmin(dist, dim=1)[:, 0] * dist[:, 0]).view(b, h, w)


@pytest.mark.parametrize("block_rows", [None, 7])
def test_cfa_blockwise_scores_equal_the_full_distance_matrix(extractor, monkeypatch, block_rows):
    torch.manual_seed(1)
    model = CFAModel(copy.deepcopy(extractor).eval(), CoordConv1x1(448, 448), 3, 3, 1e-5, 0.1).eval()
    train, test = _images(2, seed=1), torch.cat([_images(1, seed=1), _images(2, seed=2)])
    with torch.no_grad():
        model.memory_bank = model.describe(train).mean(0).flatten(1).T.contiguous()  # (h w, D'), as CFA's fit
        if block_rows is not None:  # several blocks and a remainder: 3 images x 64 patches in blocks of 7
            monkeypatch.setattr(cfa_module, "SCORE_BLOCK_ELEMENTS", block_rows * len(model.memory_bank))
        expected = _cfa_reference(model, test)
        scores = model(test)
        pooled = model.pooled_features(test)
        torch.testing.assert_close(
            model.descriptor.patches(pooled), model.descriptor(pooled).permute(0, 2, 3, 1).reshape(-1, 448)
        )
        torch.testing.assert_close(scores, expected, rtol=1e-5, atol=1e-6)
        torch.testing.assert_close(use_channels_last(model)(test), expected, rtol=1e-4, atol=1e-5)
    assert scores.shape == (3, 8, 8) and float(scores[0].mean()) < float(
        scores[1:].mean()
    )  # a training image is nearer


def test_padim_selects_channels_before_resizing_with_the_same_embedding(extractor):
    # kept channels in layer1 and layer3 only: a layer without kept channels is skipped
    index = torch.tensor([0, 5, 63, 192, 300, 447])
    model = PaDiMModel(extractor, index)
    images = _images(2)
    with torch.inference_mode():
        feats = extractor(images)
        expected = aggregate_neighbourhood([feats[n] for n in extractor.layers], pool=1, mode="nearest")
        out = model.embed(images)
    assert torch.equal(out, expected.index_select(1, index))


def test_rd4ad_per_layer_resize_and_blur_equals_blurring_the_summed_map():
    generator = torch.Generator().manual_seed(3)
    layers = [torch.rand(2, side, side, generator=generator) for side in (16, 8, 4)]
    expected = gaussian_blur(fuse_maps(layers, (64, 64), "sum"), 4.0)
    torch.testing.assert_close(sum(anomaly_map(m, (64, 64), 4.0) for m in layers), expected, rtol=0, atol=1e-5)


def test_cflow_blockwise_decoding_equals_one_pass_with_the_positional_encoding(monkeypatch):
    torch.manual_seed(4)
    encoder = FeatureExtractor("resnet18", ("layer1", "layer2"), "random", "smoke")
    model = CFLOWModel(encoder, [64, 128], 16, 2, 1.9, False, None).eval()
    images = _images(2)
    with torch.no_grad():
        expected = []
        for layer, feature in enumerate(model.features(images)):
            b, c, h, w = feature.shape
            encoding = positional_encoding_2d(16, h, w).permute(1, 2, 0).reshape(1, h * w, 16).repeat(b, 1, 1)
            vectors = feature.permute(0, 2, 3, 1).reshape(-1, c)
            expected.append(model.decode(layer, vectors, encoding.reshape(-1, 16)).view(b, h, w))
        monkeypatch.setattr(cflow_module, "DECODE_BLOCK", 5)  # 128 and 32 vectors in blocks of 5
        out = model(images)
    for got, want in zip(out, expected, strict=True):
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-6)


class _FakeDetector:
    """The parts of a fitted detector the bench's throughput reads (its predict counts its calls)."""

    name, backbone, layers = "fake", "resnet18", ("layer1",)

    def __init__(self, extractor: FeatureExtractor, with_limit: bool):
        self.model, self.batches = torch.nn.ModuleList([extractor]), []
        if with_limit:
            self.limit_forward = lambda images: self.batches.append(("limit", images))

    def _predict_batch(self, images):
        self.batches.append(("predict", images))


@pytest.mark.parametrize("with_limit", [False, True])
def test_bench_throughput_vs_limit_times_the_methods_limit_forward_on_the_same_batch(with_limit):
    extractor = use_channels_last(FeatureExtractor("resnet18", ["layer1"], "random", "smoke").eval())
    detector, images = _FakeDetector(extractor, with_limit), _images(2)
    row = throughput(detector, images, "smoke", repeats=2)
    kinds = [kind for kind, _ in detector.batches]
    assert all(batch is images for _, batch in detector.batches)
    if with_limit:  # one warm-up and two rounds of each, interleaved with predict
        assert kinds.count("limit") == 3 and kinds[kinds.index("limit") + 1] == "predict"
    else:  # no limit_forward: the limit is the bare backbone
        assert "limit" not in kinds
        assert row["throughput_vs_limit"] == row["throughput_fraction"]
        assert row["throughput_vs_limit_spread"] == row["throughput_fraction_spread"]
    assert row["throughput_vs_limit"] > 0
