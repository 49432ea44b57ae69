"""DDAD-ASR (issue 14): the scores on hand-made reconstructions, the backbones' pieces, the synthetic
patches, the ASR-Net, the batched ensembles and the dual-distribution claim on a small phantom."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from sklearn.metrics import roc_auc_score

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.methods.ddad import ONE_CLASS_SCORES, SCORES
from medad_core.nn.ddad import (
    ASRNet,
    EnsembleAE,
    MemoryUnit,
    aeu_loss,
    asr_focal_loss,
    build_backbone,
    ensemble_sigma,
    fpi_patches,
    hard_shrink_attention,
    inter_discrepancy,
    intra_discrepancy,
    member_losses,
    reconstruction_error,
)
from medad_core.registry import get_method

# a tiny network: 16 px, narrow, a few steps (the tests check behaviour, not the paper's numbers)
TINY = {
    "image_size": 16,
    "width": 4,
    "hidden": 32,
    "n_members": 2,
    "epochs": 2,
    "batch_size": 8,
    "asr_epochs": 1,
    "asr_batch_size": 8,
    "asr_width": 4,
    "progress": False,
}


def _noise_images(n: int, size: int, generator: torch.Generator) -> torch.Tensor:
    return (0.5 + 0.1 * torch.randn(n, 1, size, size, generator=generator)).clamp(0, 1)


def _tiny_trainset(setting: Setting, size: int = 16, seed: int = 0) -> TrainSet:
    g = torch.Generator().manual_seed(seed)
    normal = ImageSet.from_tensors(_noise_images(12, size, g), np.zeros(12, int))
    ts = TrainSet(setting, normal=normal)
    if setting == Setting.DUAL_DISTRIBUTION:
        ts.unlabelled = ImageSet.from_tensors(_noise_images(8, size, g), np.zeros(8, int))
    return ts


# -- Eq. 3, 4, 6, 7 and A_rec on hand-made reconstructions ------------------------------------------
def test_intra_and_inter_discrepancy_follow_eq_3_4_6_7():
    # one pixel, K = 3 reconstructions 1, 2, 3 (mean 2), UDM mean 5
    recons = torch.tensor([1.0, 2.0, 3.0]).reshape(1, 3, 1, 1, 1)
    assert intra_discrepancy(recons).item() == pytest.approx(math.sqrt(2 / 3))  # Eq. 3: 1/K
    assert intra_discrepancy(recons, ddof=1).item() == pytest.approx(1.0)  # the code's torch.std
    sigma = torch.full((1, 1, 1, 1), 2.0)
    assert intra_discrepancy(recons, sigma).item() == pytest.approx(math.sqrt(2 / 3) / 2)  # Eq. 6
    mu_a, mu_b = recons.mean(1), torch.full((1, 1, 1, 1), 5.0)
    assert inter_discrepancy(mu_a, mu_b).item() == pytest.approx(3.0)  # Eq. 4
    assert inter_discrepancy(mu_b, mu_a, sigma).item() == pytest.approx(1.5)  # Eq. 7, symmetric
    # sigma_p of AE-U's NDM: sqrt(mean_i exp(s_i)); variances 1, 4, 7 -> sqrt(4)
    log_vars = torch.log(torch.tensor([1.0, 4.0, 7.0])).reshape(1, 3, 1, 1, 1)
    assert ensemble_sigma(log_vars).item() == pytest.approx(2.0)
    # A_rec: (x - x_hat)^2, AE-U's exp(-s)(x - mu)^2
    x, xh = torch.tensor([3.0]), torch.tensor([1.0])
    assert reconstruction_error(x, xh).item() == 4.0
    assert reconstruction_error(x, xh, torch.log(torch.tensor([2.0]))).item() == pytest.approx(2.0)
    with pytest.raises(MedadError, match="A_intra needs more than 1"):
        intra_discrepancy(recons[:, :1], ddof=1)


# -- backbones -------------------------------------------------------------------------------------------
def test_memae_attention_sums_to_one_after_shrinkage():
    w = torch.tensor([[0.5, 0.3, 0.15, 0.05 - 1e-3, 1e-3]])
    shrunk = hard_shrink_attention(w, threshold=0.1)
    assert shrunk[0, 3:].eq(0).all() and shrunk[0, :3].gt(0).all()  # below lambda: pruned
    assert shrunk.sum().item() == pytest.approx(1.0)
    unit = MemoryUnit(n_members=3, slots=25, dim=16, shrink_threshold=1 / 25)
    z = 3 * torch.randn(7, 3, 16, generator=torch.Generator().manual_seed(0))
    z_hat, attention = unit(z)
    assert z_hat.shape == (7, 3, 16) and attention.shape == (7, 3, 25)
    torch.testing.assert_close(attention.sum(-1), torch.ones(7, 3))
    assert (attention == 0).any(), "with lambda = 1/N some slots are pruned"
    torch.testing.assert_close(z_hat, torch.einsum("bks,ksd->bkd", attention, unit.memory))


def test_aeu_loss_equals_eq_5_and_member_losses_sum_the_members():
    g = torch.Generator().manual_seed(1)
    x, mu, s = (torch.randn(2, 1, 4, 4, generator=g) for _ in range(3))
    sigma2 = torch.exp(s)
    n, p = x.shape[0], x[0].numel()
    eq5 = sum(((x[i] - mu[i]) ** 2 / sigma2[i] + torch.log(sigma2[i])).sum() for i in range(n)) / (n * p)
    assert aeu_loss(x, mu, s).item() == pytest.approx(eq5.item(), rel=1e-6)
    # a 2-member AE-U: each member's loss is its own Eq. 5
    model = build_backbone("aeu", 2, 1, 16, width=4, hidden=16)
    xb = torch.randn(3, 2, 1, 16, 16, generator=g)
    out = model(xb)
    assert out["recon"].shape == out["log_var"].shape == (3, 2, 1, 16, 16) and out["attention"] is None
    losses = member_losses(xb, out)
    for k in range(2):
        assert losses[k].item() == pytest.approx(aeu_loss(xb[:, k], out["recon"][:, k], out["log_var"][:, k]).item())


def test_batched_members_are_the_single_networks():
    """A K-member model computes what its K split members compute, each on its own images."""
    torch.manual_seed(0)
    for backbone in ("ae", "memae"):
        model = build_backbone(backbone, 3, 1, 16, width=4, hidden=16).train()
        x = torch.randn(5, 3, 1, 16, 16)
        batched = model(x)["recon"]
        for k, member in enumerate(model.split()):
            torch.testing.assert_close(member.train()(x[:, k : k + 1])["recon"][:, 0], batched[:, k])
        restacked = EnsembleAE.stack(model.split())
        torch.testing.assert_close(restacked.eval()(x)["recon"], model.eval()(x)["recon"])


# -- FPI patches (Eq. 9-10) and the ASR-Net -------------------------------------------------------------
@pytest.mark.parametrize("patch", ["paper", "code"])
def test_fpi_patches_have_the_sizes_of_eq_10_and_masks_that_match(patch):
    d = 64
    g = torch.Generator().manual_seed(0)
    x = torch.rand(64, 1, d, d, generator=g)
    x_s, y = fpi_patches(x, g, p_synthetic=0.5, patch=patch)
    assert x_s.shape == x.shape and y.shape == (64, d, d)
    synthetic = y.flatten(1).any(1)
    assert 16 < int(synthetic.sum()) < 48  # about half the images
    changed = (x_s - x).abs()[:, 0] > 1e-7
    assert not changed[~y.bool()].any(), "nothing changes outside the patch"
    for i in torch.nonzero(synthetic).flatten().tolist():
        rows = torch.nonzero(y[i].any(1)).flatten()
        cols = torch.nonzero(y[i].any(0)).flatten()
        # a filled rectangle
        assert (
            y[i].sum() == len(rows) * len(cols) and y[i, rows.min() : rows.max() + 1, cols.min() : cols.max() + 1].all()
        )
        for idx in (rows, cols):
            side, centre = len(idx), (idx.min() + idx.max() + 1) / 2
            clipped = idx.min() == 0 or idx.max() == d - 1
            if patch == "paper":  # h_s ~ U(0.1 d, 0.4 d), h_c ~ U(0.1 d, 0.9 d), up to a pixel of rounding
                assert 0.1 * d - 1 <= centre <= 0.9 * d + 1
                assert side <= 0.4 * d + 1 and (clipped or side >= 0.1 * d - 1)
            else:  # the code: even sides 2 x randint(3, 13)
                assert side <= 24 and (clipped or (side % 2 == 0 and side >= 6))
        # Eq. 9 inside the patch: x_s = (1 - alpha) x + alpha x_f for one alpha and another image x_f
        inside = y[i].bool()
        diffs = x[:, 0][:, inside] - x[i, 0][inside]
        delta = x_s[i, 0][inside] - x[i, 0][inside]
        alphas = (delta * diffs).sum(1) / diffs.pow(2).sum(1)
        residual = torch.nan_to_num((delta - alphas[:, None] * diffs).abs().amax(1), nan=math.inf)
        residual[i] = math.inf
        j = int(torch.argmin(residual))
        assert j != i and 0.0 <= float(alphas[j]) <= 1.0
        torch.testing.assert_close(delta, alphas[j] * diffs[j], atol=1e-5, rtol=1e-4)


def test_asr_net_separates_synthetic_patches():
    """F learns to map a noisy score map with raised patches to the patch masks (Eq. 11-12)."""
    g = torch.Generator().manual_seed(0)
    torch.manual_seed(0)
    net = ASRNet(1, width=8)
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-2)
    size = 16

    def batch(n):
        base = torch.rand(n, 1, size, size, generator=g)
        _, y = fpi_patches(base, g, p_synthetic=1.0)
        maps = 0.3 * torch.rand(n, 1, size, size, generator=g) + 0.5 * y[:, None]
        return maps, y

    for _ in range(60):
        maps, y = batch(16)
        loss = asr_focal_loss(net(maps), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    net.eval()
    maps, y = batch(16)
    with torch.no_grad():
        prob = torch.softmax(net(maps), 1)[:, 1]
    assert roc_auc_score(y.flatten().numpy(), prob.flatten().numpy()) > 0.95
    # the code's smoothed focal loss is close to Eq. 12
    logits, target = torch.randn(2, 2, 4, 4), (torch.rand(2, 4, 4) > 0.5).float()
    assert asr_focal_loss(logits, target, variant="code").item() == pytest.approx(
        asr_focal_loss(logits, target).item(), rel=1e-3, abs=1e-4
    )


# -- the detectors -------------------------------------------------------------------------------------
def test_ddad_extras_shapes_settings_determinism_and_checkpoint(tmp_path):
    cls = get_method("ddad")
    test = ImageSet.from_tensors(torch.rand(5, 1, 24, 24), np.zeros(5, int))
    dual = cls(**TINY, seed=3).fit(_tiny_trainset(Setting.DUAL_DISTRIBUTION))
    p = dual.predict(test)
    assert tuple(p.extras) == SCORES and all(v.shape == (5,) for v in p.extras.values())
    assert p.maps.shape == (5, 24, 24) and np.array_equal(p.scores, p.extras["r_dual"])
    assert set(dual.fit_info) == {"ndm", "udm", "asr", "stage_seconds"}
    again = cls(**TINY, seed=3).fit(_tiny_trainset(Setting.DUAL_DISTRIBUTION)).predict(test)
    for key in SCORES:
        np.testing.assert_allclose(again.extras[key], p.extras[key], rtol=1e-5, atol=1e-7)
    # a checkpoint rebuilds every network and the setting (issue 19's Detector.save / load)
    path = dual.save(tmp_path / "ddad.pt")
    same_size = ImageSet.from_tensors(torch.rand(3, 1, 16, 16), np.zeros(3, int))  # a loaded detector's size
    loaded, fitted = type(dual).load(path).predict(same_size), dual.predict(same_size)
    for key in SCORES:
        np.testing.assert_allclose(loaded.extras[key], fitted.extras[key], rtol=1e-5, atol=1e-7)
    other = cls(**TINY, seed=4).fit(_tiny_trainset(Setting.DUAL_DISTRIBUTION)).predict(test)
    assert not np.allclose(other.extras["a_intra"], p.extras["a_intra"])
    occ = cls(**TINY, seed=3).fit(_tiny_trainset(Setting.ONE_CLASS))
    q = occ.predict(test)
    assert tuple(q.extras) == ONE_CLASS_SCORES and np.array_equal(q.scores, q.extras["r_intra"])
    assert occ.num_parameters() < dual.num_parameters()  # no UDM, no R_dual net
    # the NDM does not depend on the pool: the one-class scores of both fits agree
    np.testing.assert_allclose(q.extras["a_intra"], p.extras["a_intra"], rtol=1e-5)
    with pytest.raises(MedadError, match="'r_dual' needs the unlabelled pool"):
        cls(**TINY, score="r_dual").fit(_tiny_trainset(Setting.ONE_CLASS))
    with pytest.raises(MedadError, match="needs `TrainSet.unlabelled`"):
        cls(**TINY).fit(TrainSet(Setting.DUAL_DISTRIBUTION, normal=_tiny_trainset(Setting.ONE_CLASS).normal))


def test_batched_and_sequential_ensembles_train_the_same_networks():
    ts = _tiny_trainset(Setting.DUAL_DISTRIBUTION)
    cls = get_method("ddad")
    params = {**TINY, "epochs": 3, "asr_epochs": 0}
    batched = cls(**params, seed=1).fit(ts).model
    sequential = cls(**params, seed=1, ensemble="sequential").fit(ts).model
    untrained = cls(**{**params, "epochs": 0}, seed=1).fit(ts).model
    x = torch.rand(6, 1, 16, 16, generator=torch.Generator().manual_seed(2))
    for module in ("ndm", "udm"):
        a, b, init = (getattr(m, module).train() for m in (batched, sequential, untrained))
        assert b.n_members == a.n_members == TINY["n_members"]
        # with batch statistics (the FC biases that feed a batch norm get no gradient but rounding noise,
        # which Adam turns into steps of either sign; the running means absorb them)
        with torch.no_grad():
            out_a, out_b, out_init = (m(x)["recon"] for m in (a, b, init))
        # the two trainings agree far better than either moved: the same networks on the same data orders
        # (a few weights whose gradient is rounding noise step by +-lr either way under Adam)
        moved = (out_a - out_init).abs().mean()
        assert moved > 1e-3 and (out_b - out_a).abs().mean() < 0.05 * moved
        assert not torch.allclose(out_a[:, 0], out_a[:, 1])  # the members differ


@pytest.mark.parametrize("name", ["ae", "memae", "aeu"])
def test_single_reconstruction_detectors_score_the_mean_of_a_rec(name):
    ts = _tiny_trainset(Setting.ONE_CLASS)
    params = {k: TINY[k] for k in ("image_size", "width", "hidden", "epochs", "batch_size", "progress")}
    detector = get_method(name)(**params).fit(ts)
    assert detector.model.n_members == 1 and (detector.model.memory is not None) == (name == "memae")
    p = detector.predict(ts.normal)
    np.testing.assert_allclose(p.scores, p.maps.mean((1, 2)), rtol=1e-4)


def _lesion_phantom(n_normal: int, n_abnormal: int, size: int, g: torch.Generator):
    """Smooth backgrounds under per-image white noise of random strength; anomalies add a bright square.

    The noise cannot be reconstructed, so A_rec mostly measures each image's noise level; both modules fail
    on it alike, while only the UDM has seen squares (its pool is 60 % abnormal).
    """
    n = n_normal + n_abnormal
    base = torch.nn.functional.interpolate(torch.rand(n, 1, 4, 4, generator=g), size=size, mode="bilinear")
    noise = torch.rand(n, 1, 1, 1, generator=g) * 0.25 * torch.randn(n, 1, size, size, generator=g)
    images = 0.3 + 0.3 * base + noise
    masks = torch.zeros(n, size, size, dtype=torch.bool)
    side = size // 3
    for i in range(n_normal, n):
        y, x = torch.randint(2, size - side - 2, (2,), generator=g).tolist()
        masks[i, y : y + side, x : x + side] = True
    images = torch.where(masks[:, None], images + 0.35, images).clamp(0, 1)
    return ImageSet.from_tensors(images, [0] * n_normal + [1] * n_abnormal, masks)


def test_ddad_beats_its_own_reconstruction_score_on_a_dual_distribution_phantom():
    g = torch.Generator().manual_seed(0)
    size = 32
    normal = _lesion_phantom(64, 0, size, g)
    pool = _lesion_phantom(26, 38, size, g)  # AR 0.6
    test = _lesion_phantom(40, 40, size, g)
    params = {**TINY, "image_size": size, "width": 8, "hidden": 64, "epochs": 25, "lr": 3e-3, "batch_size": 16}
    params.update(asr_epochs=3, asr_lr=3e-3, asr_width=8)
    detector = get_method("ddad")(**params, seed=0).fit(
        TrainSet(Setting.DUAL_DISTRIBUTION, normal=normal, unlabelled=pool)
    )
    p = detector.predict(test)
    auc = {k: roc_auc_score(test.labels, v) for k, v in p.extras.items()}
    assert auc["a_inter"] > auc["a_rec"] + 0.1, auc


def test_bench_ddad_times_both_sides_in_interleaved_rounds():
    """``medad bench ddad``'s report: its ratio is the median of the rounds' ratios (no timing is asserted)."""
    from medad_core.bench import ddad as bench  # noqa: PLC0415 - the bench imports the data layer

    row = bench.measure("ae", profile="smoke", repeats=1, epochs=1, clock="process")
    assert len(row["rounds"]["batched"]) == len(row["rounds"]["sequential"]) == 1
    ratios = np.array(row["rounds"]["sequential"]) / np.array(row["rounds"]["batched"])
    assert row["speedup"] == pytest.approx(float(np.median(ratios)))
    assert row["speedup_range"] == [pytest.approx(ratios.min()), pytest.approx(ratios.max())]
    assert row["epochs"] == 1 and row["n_members"] == 2 and row["images"]["unlabelled"] > 0
    assert 0.0 <= row["a_inter_auroc"] <= 1.0 and set(bench.COLUMNS) <= set(row)
