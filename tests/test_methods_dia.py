"""DIA and CSI: the DDPM's Eq. 4, Fig. 3's target matrix, LARS, the CSI score and the DDPM cache."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from sklearn.metrics import roc_auc_score

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.bench.dia import compare
from medad_core.methods.csi import CSI
from medad_core.methods.dia import DIA, gaussian_blur
from medad_core.nn.contrastive import (
    DISSOLVED_NEGATIVE,
    EXCLUDED,
    LARS,
    NEGATIVE,
    POSITIVE,
    contrastive_targets,
    nt_xent,
    random_resized_crop,
    shift,
    shift_views,
    simclr_augment,
)
from medad_core.nn.diffusion import DDPM, DDPMConfig, get_ddpm, read_ddpm_log

TINY = DDPMConfig(
    block_out_channels=(8, 16), layers_per_block=1, norm_groups=4, attention=False, train_steps=3, batch_size=8
)
FAST = {"progress": False, "seed": 0}


def oriented_phantom(n_train: int = 24, n_test: int = 24, size: int = 16, seed: int = 0) -> tuple[TrainSet, ImageSet]:
    """Normal images: a vertical intensity ramp under smooth noise (an up side, as body images have);
    anomalous test images (odd indices) carry a bright square lesion in the upper third."""
    g = torch.Generator().manual_seed(seed)

    def base(n: int) -> torch.Tensor:
        ramp = torch.linspace(0.1, 0.6, size).view(1, 1, size, 1).expand(n, 1, size, size)
        noise = F.interpolate(torch.rand(n, 1, size // 4, size // 4, generator=g), size=size, mode="bilinear")
        return (ramp + 0.2 * noise).clamp(0, 1)

    train, test = base(n_train), base(n_test)
    labels = (torch.arange(n_test) % 2).numpy()
    masks = torch.zeros(n_test, size, size, dtype=torch.bool)
    side = size // 3
    for i in np.nonzero(labels)[0]:
        y, x = torch.randint(0, size // 3, (2,), generator=g).tolist()
        masks[i, y : y + side, x : x + side] = True
    test = torch.where(masks[:, None], torch.full_like(test, 0.95), test)
    normal = ImageSet.from_tensors(train, np.zeros(n_train, int), name="oriented")
    return TrainSet(Setting.ONE_CLASS, normal=normal), ImageSet.from_tensors(test, labels, masks, name="oriented")


# -- the DDPM ------------------------------------------------------------------------------------
def test_eq4_inverts_the_forward_process_for_a_known_noise():
    torch.manual_seed(0)
    ddpm = DDPM(TINY)
    # the cosine schedule of DIA's library (reference-implementations §6: 0.9965 / 0.981 / 0.954)
    np.testing.assert_allclose(ddpm.alphas_cumprod[[30, 80, 130]].numpy(), [0.9965, 0.9810, 0.9540], atol=6e-4)
    x0 = torch.rand(5, 3, 32, 32) * 2 - 1
    noise = torch.randn_like(x0)
    t = torch.tensor([0, 30, 130, 200, 500])
    x_t = ddpm.add_noise(x0, t, noise)
    abar = ddpm.alphas_cumprod[t].view(-1, 1, 1, 1)
    torch.testing.assert_close(x_t, abar.sqrt() * x0 + (1 - abar).sqrt() * noise)
    torch.testing.assert_close(ddpm.predict_x0(x_t, t, eps=noise), x0, atol=2e-4, rtol=0)
    # dissolving = Eq. 4 on the clean image with the network's noise, clamped, in [0, 1]
    image = torch.rand(2, 3, 32, 32)
    steps = torch.tensor([30, 130])
    with torch.no_grad():
        expected = ((ddpm.predict_x0(image * 2 - 1, steps).clamp(-1, 1) + 1) / 2).clamp(0, 1)
        torch.testing.assert_close(ddpm.dissolve(image, steps), expected)
        # 28-px MedMNIST is padded to 32 and cropped back (DIA's Pad(2)); 1 channel in, 1 out
        assert ddpm.dissolve(torch.rand(3, 1, 28, 28), torch.tensor([30, 60, 90])).shape == (3, 1, 28, 28)
        assert ddpm.dissolve(torch.rand(2, 3, 48, 48), torch.tensor([40, 50])).shape == (2, 3, 48, 48)
    with pytest.raises(MedadError, match=r"t must lie in \[0, 1000\)"):
        ddpm.dissolve(image, torch.tensor([30, 1000]))
    with pytest.raises(MedadError, match="norm_groups=4 must divide"):
        DDPMConfig(block_out_channels=(6, 16), norm_groups=4)


def test_a_ddpm_checkpoint_is_reused_and_a_second_dia_run_trains_no_ddpm(tmp_path):
    images = torch.rand(12, 1, 24, 24)
    first = get_ddpm(images, TINY, seed=0, root=tmp_path)
    second = get_ddpm(images, TINY, seed=0, root=tmp_path)
    assert (first.record["source"], second.record["source"]) == ("trained", "cache")
    assert first.describe()["hash"] == second.describe()["hash"]
    assert all(
        torch.equal(a, b) for a, b in zip(first.state_dict().values(), second.state_dict().values(), strict=True)
    )
    assert len(read_ddpm_log(tmp_path)) == 1
    payload = torch.load(tmp_path / "ddpm" / f"{first.record['hash']}.pt", weights_only=True)
    assert payload["hash"] == first.record["hash"] and payload["config"] == TINY.to_dict()
    # other data or another seed is another DDPM
    assert get_ddpm(images[:6], TINY, seed=0, root=tmp_path).record["source"] == "trained"
    assert get_ddpm(images, TINY, seed=1, root=tmp_path).record["source"] == "trained"
    assert len(read_ddpm_log(tmp_path)) == 3

    # through DIA (results in $MEDAD_RESULTS): model seeds 0 and 1 share the smoke profile's DDPM (ddpm_seed 0)
    train, _ = oriented_phantom(n_train=8, n_test=2)
    params = {**FAST, "epochs": 1, "steps_per_epoch": 1}
    a = DIA.for_profile("smoke", **params).fit(train)
    b = DIA.for_profile("smoke", **{**params, "seed": 1}).fit(train)
    assert (a.fit_info["ddpm"]["source"], b.fit_info["ddpm"]["source"]) == ("trained", "cache")
    assert a.fit_info["ddpm"]["hash"] == b.fit_info["ddpm"]["hash"]
    assert len(read_ddpm_log()) == 1
    assert a.fit_info["ddpm"]["params"] == sum(p.numel() for p in a.ddpm.unet.parameters())
    # gamma of Fig. 4: a DDPM on a fraction of the images is another checkpoint
    c = DIA.for_profile("smoke", ddpm_fraction=0.5, **params).fit(train)
    assert c.fit_info["ddpm"]["n_images"] == 4 and c.fit_info["ddpm"]["source"] == "trained"


# -- contrastive pieces ----------------------------------------------------------------------------
def test_nt_xent_positives_and_negatives_match_fig3_on_k2_two_images():
    b, k = 2, 2
    n = b * k
    codes = contrastive_targets(b, k, dissolved=True)
    assert codes.shape == (3 * n, 3 * n)
    expected = torch.full((3 * n, 3 * n), NEGATIVE, dtype=torch.int8)
    expected[2 * n :, :] = DISSOLVED_NEGATIVE
    expected[:, 2 * n :] = DISSOLVED_NEGATIVE
    for i in range(n):  # O_k(x) with O'_k(x): same image, same shift
        expected[i, n + i] = expected[n + i, i] = POSITIVE
    expected.fill_diagonal_(EXCLUDED)
    assert torch.equal(codes, expected)
    assert int((codes == POSITIVE).sum()) == 2 * n
    # the other shift of the same image is a negative (CSI's shifted negatives):
    # view 0 = (k 0, x 0), view 2 = (k 1, x 0)
    assert codes[0, 2] == NEGATIVE and codes[0, n + 2] == NEGATIVE
    later = contrastive_targets(b, k, dissolved=True, neg_mask="shifted_removed")
    assert later[0, 2 * n] == EXCLUDED and later[n, 2 * n] == EXCLUDED and later[0, 2 * n + 1] == DISSOLVED_NEGATIVE

    # the loss is Eq. 6-7 written out: 2N anchors, denominator over every non-excluded pair, / 3N
    z = torch.randn(3 * n, 5, generator=torch.Generator().manual_seed(0))
    zn = F.normalize(z, dim=1)
    tau = 0.5
    total = 0.0
    for i in range(2 * n):
        j = i + n if i < n else i - n
        denominator = sum(math.exp(float(zn[i] @ zn[m]) / tau) for m in range(3 * n) if m != i)
        total += -math.log(math.exp(float(zn[i] @ zn[j]) / tau) / denominator)
    assert nt_xent(z, b, k, tau, dissolved=True).item() == pytest.approx(total / (3 * n), rel=1e-5)
    # CSI: two branches, the usual mean over the 2N anchors
    z2 = z[: 2 * n]
    csi_total = 0.0
    for i in range(2 * n):
        j = i + n if i < n else i - n
        denominator = sum(math.exp(float(zn[i] @ zn[m]) / tau) for m in range(2 * n) if m != i)
        csi_total += -math.log(math.exp(float(zn[i] @ zn[j]) / tau) / denominator)
    assert nt_xent(z2, b, k, tau).item() == pytest.approx(csi_total / (2 * n), rel=1e-5)


def test_lars_update_equals_its_formula():
    w0 = torch.tensor([[1.0, -2.0], [0.5, 3.0]])
    g1, g2 = torch.tensor([[0.1, 0.2], [-0.3, 0.4]]), torch.tensor([[-0.2, 0.1], [0.0, 0.5]])
    lr, mu, lam, eta, eps = 0.5, 0.9, 1e-2, 1e-3, 1e-8
    w = torch.nn.Parameter(w0.clone())
    bias = torch.nn.Parameter(torch.zeros(2))  # a zero norm falls back to local_lr = 1 (first step)
    opt = LARS([w, bias], lr=lr, momentum=mu, weight_decay=lam, trust_coef=eta, eps=eps)
    refs, bufs = [w0.clone(), torch.zeros(2)], [None, None]
    for g in (g1, g2):
        grads = [g, torch.ones(2)]
        w.grad, bias.grad = grads[0].clone(), grads[1].clone()
        opt.step()
        for i, (ref, grad) in enumerate(zip(refs, grads, strict=True)):
            wn, gn = float(ref.norm()), float(grad.norm())
            local = eta * wn / (gn + lam * wn + eps) if wn > 0 and gn > 0 else 1.0
            d = (grad + lam * ref) * local
            bufs[i] = d if bufs[i] is None else mu * bufs[i] + d
            refs[i] = ref - lr * bufs[i]
        torch.testing.assert_close(w.data, refs[0])
        torch.testing.assert_close(bias.data, refs[1])


def test_shifts_and_batched_augmentations():
    x = torch.arange(16.0).view(1, 1, 4, 4).repeat(2, 3, 1, 1)
    x[1] += 100
    views = shift_views(x, 4)
    assert views.shape == (8, 3, 4, 4)
    torch.testing.assert_close(views[1 * 2 + 1], torch.rot90(x[1], 1, dims=(1, 2)))  # view k B + b
    perm = shift(x, 3, "perm")  # k 3: top/bottom and left/right halves swapped
    torch.testing.assert_close(perm[0, 0, 0], torch.tensor([10.0, 11.0, 8.0, 9.0]))
    g = torch.Generator().manual_seed(0)
    images = torch.rand(6, 3, 16, 16)
    # a crop of the whole image is the identity; the colour jitter keeps [0, 1]
    torch.testing.assert_close(random_resized_crop(images, g, scale=(1.0, 1.0), ratio=(1.0, 1.0)), images)
    out = simclr_augment(images, g)
    assert out.shape == images.shape and float(out.min()) >= 0 and float(out.max()) <= 1
    blurred = gaussian_blur(images, torch.tensor([0.5, 1.0, 2.0, 0.5, 1.0, 2.0]))
    assert blurred.shape == images.shape and float(blurred.std()) < float(images.std())
    with pytest.raises(MedadError, match="unknown shift"):
        shift(x, 1, "flip")


# -- the methods -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def phantom():
    return oriented_phantom()


def test_csi_score_weights_come_from_training_data_only(phantom):
    train, test = phantom
    csi = CSI.for_profile("smoke", **FAST).fit(train)

    def features(images: ImageSet) -> tuple[torch.Tensor, torch.Tensor]:
        # in the detector's batches: CSI re-seeds its evaluation draws for every batch
        parts = [csi.score_features(b["image"]) for b in images.batches(csi.batch_size)]
        return torch.cat([p[0] for p in parts]), torch.cat([p[1] for p in parts])

    z, logit = features(train.normal)
    torch.testing.assert_close(csi.weight_con, 1 / z.norm(dim=2).mean(0))
    mean_logit = logit.mean(0)
    torch.testing.assert_close(csi.weight_cls, torch.where(mean_logit > 1e-6, 1 / mean_logit, torch.zeros(4)))
    torch.testing.assert_close(csi.train_axes, F.normalize(z, dim=2))
    before = [t.clone() for t in (csi.weight_con, csi.weight_cls, csi.train_axes)]
    scores = csi.predict(test).scores
    csi.predict(test.subset(range(5)))
    assert all(torch.equal(a, b) for a, b in zip(before, (csi.weight_con, csi.weight_cls, csi.train_axes), strict=True))
    # Eq. 10 written out from the training features only
    zt, lt = features(test)
    s_con = torch.stack([(zt[:, k] @ F.normalize(z[:, k], dim=1).T).amax(1) for k in range(4)], dim=1)
    normality = (s_con * csi.weight_con + lt * csi.weight_cls).mean(1)
    np.testing.assert_allclose(scores, -normality.numpy(), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("method", [CSI, DIA])
def test_csi_and_dia_separate_anomalies_on_a_smoke_phantom(method, phantom):
    train, test = phantom
    detector = method.for_profile("smoke", **FAST).fit(train)
    auroc = roc_auc_score(test.labels, detector.predict(test).scores)
    assert auroc >= 0.8, f"{method.name}: AUROC {auroc:.3f} on lesions the shift head should notice"
    losses = detector.fit_info["loss"]
    assert losses[-1] < losses[0]
    if method is DIA:
        assert detector.fit_info["ddpm"]["hash"] and detector.fit_info["ddpm"]["train_steps"] == 4


def test_dia_options_and_bad_input(phantom):
    train, test = phantom
    blur = DIA.for_profile("smoke", dissolve="gaussian_blur", t_sampling="code", **FAST)
    blur.fit(train)
    assert blur.ddpm is None and blur.fit_info["ddpm"]["dissolve"] == "gaussian_blur"
    assert np.isfinite(blur.predict(test).scores).all()
    with pytest.raises(MedadError, match="t_range must be"):
        DIA.for_profile("smoke", t_range=(50, 20), **FAST).fit(train)
    with pytest.raises(MedadError, match="parameter 'shift' expects 'rotate' | 'perm'"):
        DIA.for_profile("smoke", shift="flip")
    with pytest.raises(MedadError, match="rotations need square images"):
        CSI.for_profile("smoke", image_size=None, **FAST).fit(
            TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(torch.rand(4, 1, 16, 24), [0] * 4))
        )


def test_bench_dia_times_both_steps_on_the_same_batch():
    result = compare("smoke", batch_size=2, repeats=1, clock="process")
    assert result["views_dia"] * 2 == result["views_csi"] * 3 == 3 * 2 * 2 * 4
    assert result["csi_seconds"] > 0 and result["dia_seconds"] > 0 and result["ddpm_params"] > 0
    assert result["meets_goal"] == (result["ratio"] <= result["goal"] == 1.6)
