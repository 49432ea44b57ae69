"""BMAD reconstruction family, part A: DRAEM and UTRAD, and the pieces they are built from.

Pinned pieces: Perlin masks (coverage statistics over many draws, the threshold, zeros on the
lattice), DRAEM's blending (Eq. 1), SSIM against scikit-image's value, the 2-channel softmax focal
loss, DRAEM's loss and image score against their definitions, UTRAD's loss and multi-scale map on
hand-made tensors, the valid selector's pixel metric and patience. Each method is then fitted in a
small configuration on synthetic textures with bright noisy squares (the set of
``test_methods_bmad_b``), must separate and localise them and repeat under one seed.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from conftest import texture_lesions
from PIL import Image
from sklearn.metrics import roc_auc_score
from torch import nn

from medad_core.api import Detector, ImageSet, MedadError, Prediction, TrainSet
from medad_core.methods.draem import DRAEMModel, draem_image_score, draem_loss
from medad_core.methods.utrad import multiscale_pool, utrad_loss, utrad_map
from medad_core.metrics import pixel_auroc
from medad_core.nn.losses import softmax_focal_loss, ssim_loss, ssim_map
from medad_core.nn.perlin import load_textures, perlin_masks, perlin_noise, perlin_scales, simulate_anomalies
from medad_core.nn.selection import ValidSelector
from medad_core.registry import get_method

os.environ["MEDAD_PROGRESS"] = "0"
os.environ.setdefault("MEDAD_OFFLINE", "1")


# -- Perlin noise and the simulated anomalies ---------------------------------------------------------
def test_perlin_noise_is_zero_on_the_lattice_and_bounded():
    g = torch.Generator().manual_seed(0)
    noise = perlin_noise(6, 64, 64, torch.tensor([[4, 4]] * 3 + [[2, 8]] * 3), g)
    # lattice points of a 4 x 4 lattice on 64 px: every 16th pixel; of 2 x 8: rows 0, 32, columns every 8th
    assert noise[:3, ::16, ::16].abs().max() == 0
    assert noise[3:, ::32, ::8].abs().max() == 0
    assert noise[:3, 8::16, 8::16].abs().min() > 0  # cell centres are not
    assert noise.abs().max() <= 1.0 + 1e-5


def test_perlin_scales_cover_two_to_the_zero_to_six():
    scales = perlin_scales(2000, torch.Generator().manual_seed(1))
    assert set(scales.unique().tolist()) == {1, 2, 4, 8, 16, 32, 64}


def test_perlin_mask_coverage_statistics_and_threshold():
    g = torch.Generator().manual_seed(2)
    noise, mask = perlin_masks(300, 32, 32, g)
    assert torch.equal(mask, (noise > 0.5).float())
    coverage = mask.mean(dim=(1, 2, 3))
    # measured over 2,000 draws at 64 px: mean coverage 3.3 %, 94 % of the masks non-empty
    assert 0.02 < float(coverage.mean()) < 0.05
    assert float((coverage > 0).float().mean()) > 0.85
    # a lower threshold covers more, one above the noise's range covers nothing
    lower = (noise > 0.2).float().mean()
    assert lower > mask.mean()
    _, empty = perlin_masks(50, 32, 32, torch.Generator().manual_seed(3), threshold=1.5)
    assert empty.sum() == 0


def test_simulated_anomalies_follow_eq_1():
    g = torch.Generator().manual_seed(4)
    images = torch.full((64, 3, 32, 32), 0.4)
    augmented, mask = simulate_anomalies(images, g, p_anomalous=0.5, beta_range=(1.0, 1.0))
    altered = mask.flatten(1).amax(1) > 0
    # outside the mask the image is untouched; images without a mask are returned as they were
    assert torch.equal(augmented * (1 - mask), images * (1 - mask))
    assert torch.equal(augmented[~altered], images[~altered])
    assert 0.25 < float(altered.float().mean()) < 0.75
    # beta = 1: the masked pixels are the (augmented) source alone, so they can differ from 0.4
    assert (augmented[mask.expand_as(augmented) > 0] != 0.4).any()
    # beta = 0: nothing changes at all
    same, _ = simulate_anomalies(images, torch.Generator().manual_seed(4), beta_range=(0.0, 0.0))
    assert torch.allclose(same, images)


def test_texture_source_folder(tmp_path):
    rng = np.random.default_rng(0)
    for i in range(2):
        Image.fromarray(rng.integers(0, 255, (20, 24, 3), dtype=np.uint8)).save(tmp_path / f"t{i}.png")
    images = torch.full((4, 1, 32, 32), 0.5)
    textures = load_textures(tmp_path, (32, 32), 3)
    assert textures.shape == (2, 3, 32, 32)
    augmented, mask = simulate_anomalies(images, torch.Generator().manual_seed(0), textures=textures, p_anomalous=1)
    assert augmented.shape == images.shape and mask.shape == (4, 1, 32, 32)
    with pytest.raises(MedadError, match="not a folder"):
        load_textures(tmp_path / "missing", (32, 32), 3)


# -- losses ---------------------------------------------------------------------------------------------
def test_ssim_matches_scikit_image():
    metrics = pytest.importorskip("skimage.metrics")
    g = torch.Generator().manual_seed(0)
    x = torch.rand(1, 3, 40, 40, generator=g, dtype=torch.float64)
    y = (x + 0.2 * torch.randn(1, 3, 40, 40, generator=g, dtype=torch.float64)).clamp(0, 1)
    reference = metrics.structural_similarity(
        x[0].numpy(),
        y[0].numpy(),
        channel_axis=0,
        gaussian_weights=True,
        sigma=1.5,
        use_sample_covariance=False,
        data_range=1.0,
    )
    # scikit-image averages the map without the 5-pixel border (the 11 x 11 window's radius)
    assert float(ssim_map(x, y, padding="valid").mean()) == pytest.approx(reference, abs=1e-6)
    assert float(ssim_loss(x, x)) == pytest.approx(0.0, abs=1e-9)
    assert ssim_map(x, y).shape == x.shape


def test_softmax_focal_loss_equals_its_definition():
    g = torch.Generator().manual_seed(0)
    logits = torch.randn(2, 2, 5, 5, generator=g)
    target = (torch.rand(2, 1, 5, 5, generator=g) > 0.7).float()
    p = torch.softmax(logits, 1)
    p_t = torch.where(target[:, 0] > 0, p[:, 1], p[:, 0])
    expected = (-((1 - p_t) ** 2) * torch.log(p_t)).mean()
    assert float(softmax_focal_loss(logits, target)) == pytest.approx(float(expected), rel=1e-5)
    with pytest.raises(MedadError, match="2, H, W"):
        softmax_focal_loss(logits[:, :1], target)


def test_draem_loss_is_l2_plus_ssim_plus_focal():
    g = torch.Generator().manual_seed(0)
    clean = torch.rand(2, 3, 16, 16, generator=g)
    recon = clean + 0.1 * torch.randn(2, 3, 16, 16, generator=g)
    logits = torch.randn(2, 2, 16, 16, generator=g)
    mask = (torch.rand(2, 1, 16, 16, generator=g) > 0.8).float()
    out = draem_loss(clean, recon, logits, mask, ssim_weight=1.0)
    l2 = ((recon - clean) ** 2).mean()
    l_ssim = (1 - ssim_map(recon, clean)).mean()
    p = torch.softmax(logits, 1)
    p_t = torch.where(mask[:, 0] > 0, p[:, 1], p[:, 0])
    focal = (-((1 - p_t) ** 2) * torch.log(p_t)).mean()
    assert float(out["loss"]) == pytest.approx(float(l2 + l_ssim + focal), rel=1e-5)
    assert float(out["l2"]) == pytest.approx(float(l2), rel=1e-6)
    doubled = draem_loss(clean, recon, logits, mask, ssim_weight=2.0)["loss"]
    assert float(doubled - out["loss"]) == pytest.approx(float(l_ssim), rel=1e-4)


def test_draem_image_score_paper_and_anomalib():
    maps = torch.zeros(2, 40, 40)
    maps[0, 20, 20] = 1.0  # one hot pixel: the 21 x 21 mean is 1 / 441
    maps[1, 5:30, 5:30] = 0.5  # a large plateau keeps its value
    assert draem_image_score(maps, "paper").tolist() == pytest.approx([1 / 441, 0.5])
    assert draem_image_score(maps, "anomalib").tolist() == pytest.approx([1.0, 0.5])


def test_draem_widths_and_parameter_count():
    full = sum(p.numel() for p in DRAEMModel(128).parameters())
    assert full == 97_422_725  # the docstring's 97.4 M (anomalib's ~97 M network)
    model = DRAEMModel(4).eval()
    reconstruction, logits = model(torch.rand(2, 3, 32, 32))
    assert reconstruction.shape == (2, 3, 32, 32) and logits.shape == (2, 2, 32, 32)


# -- UTRAD's pieces -------------------------------------------------------------------------------------
def test_utrad_map_equals_the_multiscale_definition():
    g = torch.Generator().manual_seed(0)
    dist = torch.rand(2, 16, 16, generator=g) + 0.1
    features = torch.zeros(2, 448, 16, 16)
    reconstruction = torch.zeros(2, 448, 16, 16)
    reconstruction[:, 3] = dist  # ||f_r - f||_2 = dist
    sigma = torch.full((2, 1, 16, 16), -2.0)  # |sigma| is used
    ratio = dist / 2.0
    # kernels 1 and 16 on a 16 x 16 grid: the map itself and its global mean, weight 1/2 each
    expected = 0.5 * (ratio + ratio.mean(dim=(1, 2), keepdim=True))
    got = utrad_map(reconstruction, features, sigma, kernels=(1, 16))
    assert torch.allclose(got, expected, atol=1e-6)
    # 1, 4, 16, 64 on a 64 x 64 grid: weights 0.25; a constant map stays that constant
    assert torch.allclose(multiscale_pool(torch.full((1, 64, 64), 3.0)), torch.full((1, 64, 64), 3.0))
    # kernels larger than the grid are dropped: on 16 x 16, (1, 4, 16, 64) = mean of three terms
    k4 = F.interpolate(F.avg_pool2d(ratio[:, None], 4, 4), size=(16, 16), mode="bilinear", align_corners=False)
    three = (ratio + k4[:, 0] + ratio.mean(dim=(1, 2), keepdim=True)) / 3
    assert torch.allclose(multiscale_pool(ratio), three, atol=1e-6)


def test_utrad_loss_equals_its_definition():
    g = torch.Generator().manual_seed(0)
    f = torch.randn(2, 448, 4, 4, generator=g)
    r = torch.randn(2, 448, 4, 4, generator=g, requires_grad=True)
    sigma = torch.rand(2, 1, 4, 4, generator=g, requires_grad=True)
    out = utrad_loss(r, f, sigma)
    norm = torch.sqrt(((r - f) ** 2).sum(1, keepdim=True))
    expected = ((r - f) ** 2).mean() + ((sigma - norm) ** 2).mean()
    assert float(out["loss"].detach()) == pytest.approx(float(expected.detach()), rel=1e-5)
    out["deviation"].backward()
    assert r.grad is None or float(r.grad.abs().sum()) == 0  # the deviation target is detached


# -- the valid selector's pixel metric and patience ------------------------------------------------------
class _Scripted(Detector):
    """Returns a scripted prediction per call (the valid selector's view of a training run)."""

    name = "scripted"

    def __init__(self, predictions=(), **kwargs):
        super().__init__(**kwargs)
        self.predictions = list(predictions)
        self.model = nn.Linear(1, 1)

    def _fit(self, train):
        pass

    def _predict_batch(self, images):
        raise AssertionError("predict is scripted")

    def predict(self, images, batch_size=None):
        return self.predictions.pop(0)


def _valid() -> ImageSet:
    masks = torch.zeros(4, 4, 4, dtype=torch.bool)
    masks[2:, :2, :2] = True
    return ImageSet.from_tensors(torch.rand(4, 1, 4, 4), [0, 0, 1, 1], masks)


def test_valid_selector_pixel_metric_and_patience():
    valid = _valid()
    good_maps = valid.masks_tensor().float().numpy()
    bad_maps = 1.0 - good_maps
    inverted = np.array([1.0, 1.0, 0.0, 0.0])  # image AUROC 0: the pixel metric must not look at it
    det = _Scripted([Prediction(inverted, good_maps)] + [Prediction(inverted, bad_maps)] * 3)
    selector = ValidSelector(det, valid, every=1, metric="pixel_auroc", patience=2)
    with torch.no_grad():
        det.model.weight.fill_(1.0)
    assert selector.step(0, 10) == pytest.approx(1.0)
    with torch.no_grad():
        det.model.weight.fill_(2.0)
    assert selector.step(1, 10) == pytest.approx(0.0) and not selector.should_stop
    selector.step(2, 10)
    assert selector.should_stop  # two evaluations without improvement
    info = selector.restore()
    assert info["selected_epoch"] == 1 and info["selection"] == "best valid pixel AUROC"
    assert float(det.model.weight.detach()) == 1.0
    with pytest.raises(MedadError, match="selection metric"):
        ValidSelector(det, valid, metric="dice")


def test_valid_selector_falls_back_to_image_auroc_without_maps():
    valid = _valid()
    det = _Scripted([Prediction(np.array([0.0, 0.1, 0.9, 1.0]))])
    selector = ValidSelector(det, valid, every=1, metric="pixel_auroc")
    assert selector.step(0, 1) == pytest.approx(1.0)
    assert "no valid masks or maps" in selector.restore()["selection"]


# -- the methods on synthetic textures ---------------------------------------------------------------------
def _data(size: int, n_train: int = 32) -> tuple[TrainSet, ImageSet]:
    return texture_lesions(size, n_train=n_train)


#: small configurations of each method (smoke widths, fewer steps) and their data size
CASES = {
    "utrad": (64, {"d_model": 32, "n_heads": 2, "dim_feedforward": 64, "dropout": 0.0, "epochs": 8}),
    "draem": (32, {}),
}


def _fit(name: str, seed: int = 0) -> tuple[Detector, ImageSet]:
    size, params = CASES[name]
    train, test = _data(size)
    detector = get_method(name).for_profile("smoke", seed=seed, progress=False, **params).fit(train)
    return detector, test


@pytest.mark.parametrize("name", sorted(CASES))
def test_separates_and_localises(name):
    detector, test = _fit(name)
    pred = detector.predict(test)
    assert pred.maps.shape == (len(test), CASES[name][0], CASES[name][0]) and np.isfinite(pred.maps).all()
    image_auroc = roc_auc_score(test.labels, pred.scores)
    pix = pixel_auroc(test.masks_tensor().numpy(), pred.maps)
    assert image_auroc > 0.75, f"{name} image AUROC {image_auroc:.3f}"
    assert pix > 0.75, f"{name} pixel AUROC {pix:.3f}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_deterministic_under_seed(name):
    size, params = CASES[name]
    train, test = _data(size, n_train=16)
    subset = test.subset(range(6))
    cls = get_method(name)
    runs = [
        cls.for_profile("smoke", seed=3, progress=False, max_steps=3, **params).fit(train).predict(subset)
        for _ in range(2)
    ]
    np.testing.assert_allclose(runs[0].scores, runs[1].scores, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(runs[0].maps, runs[1].maps, rtol=1e-5, atol=1e-5)


def test_utrad_keeps_the_lowest_training_loss_epoch():
    train, _ = _data(64, n_train=16)
    params = {**CASES["utrad"][1], "epochs": 3}
    det = get_method("utrad").for_profile("smoke", progress=False, **params).fit(train)
    losses = det.fit_info["loss"]
    assert det.fit_info["selected_epoch"] == int(np.argmin(losses)) + 1
    assert det.fit_info["selection"].startswith("lowest training loss")
    assert get_method("utrad").input_size(get_method("utrad").resolved_params("paper")) == 256
    assert get_method("utrad").input_size(get_method("utrad").resolved_params("quick")) == 64


def test_bad_parameters_are_clear_errors(tmp_path):
    train, _ = _data(32, n_train=4)
    with pytest.raises(MedadError, match="'score' expects 'paper' | 'anomalib'"):
        get_method("draem").for_profile("smoke", score="max", progress=False).fit(train)
    with pytest.raises(MedadError, match="not a folder"):
        get_method("draem").for_profile("smoke", anomaly_source=str(tmp_path / "none"), progress=False).fit(train)
    with pytest.raises(MedadError, match="image_size"):
        get_method("utrad").for_profile("smoke", image_size=128, progress=False).fit(train)
    with pytest.raises(MedadError, match="fit"):
        get_method("utrad").for_profile("smoke").predict(torch.rand(1, 3, 64, 64))
