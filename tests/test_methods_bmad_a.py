"""BMAD feature-embedding family, part A: PatchCore, PaDiM, STFPM, RD4AD, CFA, MKD (alias KDAD).

Each method is fitted once in its smoke profile on a small synthetic brain-like set (a disc with
noise; anomalies are bright blobs with masks) and must separate the anomalies at image and pixel
level, give the same output twice under one seed, return maps at input resolution and refuse bad
input with a :class:`MedadError`. The shared pieces (coreset, kNN, anomaly-map smoothing) are
tested against brute-force references.
"""

from __future__ import annotations

import copy
import json
import os

import numpy as np
import pytest
import torch
from sklearn.metrics import roc_auc_score

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.cli import main
from medad_core.data import write_phantoms
from medad_core.nn.anomaly_map import anomaly_map, gaussian_blur
from medad_core.nn.memory_bank import greedy_coreset, knn
from medad_core.registry import get_method

os.environ["MEDAD_PROGRESS"] = "0"
os.environ.setdefault("MEDAD_OFFLINE", "1")

SIZE = 64
METHODS = ["patchcore", "padim", "stfpm", "rd4ad", "cfa", "mkd"]


def _discs(n: int, anomalous: bool, generator: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """Noisy discs (a crude brain slice); anomalies add a bright blob of radius 0.2."""
    yy, xx = torch.meshgrid(torch.linspace(-1, 1, SIZE), torch.linspace(-1, 1, SIZE), indexing="ij")
    radius = 0.7 + 0.05 * torch.rand(n, 1, 1, generator=generator)
    images = ((xx**2 + yy**2) < radius**2).float() * 0.5 + 0.05 * torch.randn(n, SIZE, SIZE, generator=generator)
    masks = torch.zeros(n, SIZE, SIZE, dtype=torch.bool)
    if anomalous:
        centres = torch.rand(n, 2, 1, 1, generator=generator) * 0.8 - 0.4
        masks = ((xx - centres[:, 0]) ** 2 + (yy - centres[:, 1]) ** 2) < 0.2**2
        images = images + 0.45 * masks.float()
    return images.clamp(0, 1).unsqueeze(1), masks


@pytest.fixture(scope="module")
def data() -> tuple[TrainSet, ImageSet]:
    generator = torch.Generator().manual_seed(0)
    train, _ = _discs(32, False, generator)
    normal, normal_masks = _discs(16, False, generator)
    abnormal, abnormal_masks = _discs(16, True, generator)
    test = ImageSet.from_tensors(
        torch.cat([normal, abnormal]), [0] * 16 + [1] * 16, torch.cat([normal_masks, abnormal_masks])
    )
    return TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(train, [0] * 32)), test


def _fit(name: str, trainset: TrainSet, seed: int = 0, **params):
    return get_method(name).for_profile("smoke", seed=seed, progress=False, **params).fit(trainset)


@pytest.fixture(scope="module")
def fitted(data):
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = _fit(name, data[0])
        return cache[name]

    return get


@pytest.mark.parametrize("name", METHODS)
def test_separates_and_localises(name, data, fitted):
    _, test = data
    detector = fitted(name)
    pred = detector.predict(test)
    assert pred.scores.shape == (len(test),) and np.isfinite(pred.scores).all()
    assert pred.maps is not None and pred.maps.shape == (len(test), SIZE, SIZE)
    assert np.isfinite(pred.maps).all()
    image_auroc = roc_auc_score(test.labels, pred.scores)
    pixel_auroc = roc_auc_score(test.masks_tensor().numpy().ravel(), pred.maps.ravel())
    assert image_auroc > 0.8, f"{name} image AUROC {image_auroc:.3f}"
    assert pixel_auroc > 0.8, f"{name} pixel AUROC {pixel_auroc:.3f}"
    assert detector.weights_used.startswith("random")  # offline smoke: the fallback is recorded


@pytest.mark.parametrize("name", METHODS)
def test_deterministic_under_seed(name, data):
    trainset, test = data
    small = TrainSet(Setting.ONE_CLASS, normal=trainset.normal.subset(range(16)))
    short = {"epochs": 2} if "epochs" in get_method(name).param_names() else {}
    subset = test.subset([0, 1, 30, 31])
    first = _fit(name, small, seed=3, **short).predict(subset)
    second = _fit(name, small, seed=3, **short).predict(subset)
    np.testing.assert_allclose(first.scores, second.scores, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(first.maps, second.maps, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", METHODS)
def test_bad_input_is_refused(name, data, fitted):
    trainset, test = data
    with pytest.raises(MedadError, match="fit"):
        get_method(name).for_profile("smoke", progress=False).predict(test)
    detector = fitted(name)
    with pytest.raises(MedadError, match="channel"):
        detector.predict(torch.rand(2, 3, SIZE, SIZE))
    with pytest.raises(MedadError):
        get_method(name).for_profile("smoke", progress=False).fit(TrainSet(Setting.ONE_CLASS))


def test_kdad_is_mkd():
    assert get_method("kdad") is get_method("mkd")


def test_rgb_input_works(data):
    trainset, test = data
    rgb_train = TrainSet(
        Setting.ONE_CLASS,
        normal=ImageSet.from_tensors(
            trainset.normal.tensors().expand(-1, 3, -1, -1).contiguous(), [0] * len(trainset.normal)
        ),
    )
    detector = _fit("patchcore", rgb_train)
    pred = detector.predict(test.tensors().expand(-1, 3, -1, -1).contiguous())
    assert roc_auc_score(test.labels, pred.scores) > 0.8


def test_patchcore_bank_is_the_coreset_of_all_training_patches_in_image_then_grid_order(data):
    trainset, test = data
    detector = _fit("patchcore", trainset)
    images = trainset.normal.tensors()
    # the bank was built in the default layout (the fitted model predicts channels-last): embed as the fit did
    detector.model.to(memory_format=torch.contiguous_format)
    detector.model.backbone.memory_format = torch.contiguous_format
    with torch.inference_mode():
        emb = detector.model.embed(images)  # (32, D, 8, 8)
    patches = emb.permute(0, 2, 3, 1).reshape(-1, emb.shape[1])
    keep = greedy_coreset(patches, 0.1, projection_dim=128, generator=torch.Generator().manual_seed(0))
    torch.testing.assert_close(detector.model.memory_bank, patches[keep], rtol=0, atol=0)
    assert detector.fit_info["coreset"] == "greedy" and detector.fit_info["coreset_parts"] == 1


def test_patchcore_partitioned_coreset_keeps_the_bank_size_and_detects(data):
    trainset, test = data
    # 32 images x 64 patches = 2048 rows in cells of <= 300: 8 cells
    detector = _fit("patchcore", trainset, coreset="partitioned", partition_rows=300)
    assert detector.fit_info["coreset_parts"] == 8 and detector.fit_info["memory_bank_size"] == 205
    pred = detector.predict(test)
    assert roc_auc_score(test.labels, pred.scores) > 0.8
    with pytest.raises(MedadError, match="partition_rows must be a positive number"):
        get_method("patchcore")(partition_rows=0)


def test_greedy_coreset_matches_brute_force():

    points = torch.randn(300, 8, generator=torch.Generator().manual_seed(1))
    chosen = greedy_coreset(points, 0.1, projection_dim=0, generator=torch.Generator().manual_seed(2))
    assert len(chosen) == 30 and len(set(chosen.tolist())) == 30
    # brute force: each new centre is the point farthest from the ones chosen before it
    for i in range(1, len(chosen)):
        distances = torch.cdist(points, points[chosen[:i]]).min(1).values
        assert torch.isclose(distances[chosen[i]], distances.max(), rtol=1e-4)
    # a coreset covers the set better than a random subset of the same size
    coverage = torch.cdist(points, points[chosen]).min(1).values.max()
    random_subset = torch.randperm(300, generator=torch.Generator().manual_seed(3))[:30]
    assert coverage < torch.cdist(points, points[random_subset]).min(1).values.max()


@pytest.mark.parametrize("backend", ["torch", "faiss"])
def test_knn_matches_cdist(backend):

    if backend == "faiss":
        pytest.importorskip("faiss")
    g = torch.Generator().manual_seed(0)
    queries, bank = torch.randn(50, 16, generator=g), torch.randn(200, 16, generator=g)
    dist, idx = knn(queries, bank, k=3, backend=backend, chunk_size=7)
    ref = torch.cdist(queries, bank).topk(3, largest=False)
    torch.testing.assert_close(dist, ref.values, rtol=1e-4, atol=1e-4)
    assert (idx == ref.indices).all()


def test_anomaly_map_keeps_mass_and_size():

    patch = torch.zeros(2, 8, 8)
    patch[0, 3, 4] = 1.0
    out = anomaly_map(patch, (64, 48), sigma=4)
    assert out.shape == (2, 64, 48) and out[1].abs().max() == 0
    peak = np.unravel_index(int(out[0].argmax()), out[0].shape)
    assert 24 <= peak[0] <= 32 and 20 <= peak[1] <= 30
    flat = torch.rand(1, 32, 32)
    torch.testing.assert_close(gaussian_blur(flat, 2.0).sum(), flat.sum(), rtol=0.05, atol=0)


def test_cli_runs_patchcore_on_a_user_mvtec_folder(tmp_path, capsys):

    folder = write_phantoms("folder", tmp_path / "data", profile="smoke", seed=0)
    assert (folder / "train" / "good").is_dir()
    assert (
        main(
            [
                "run",
                "--method",
                "patchcore",
                "--dataset",
                "folder",
                "--layout",
                "mvtec",
                "--data-root",
                str(folder),
                "--profile",
                "smoke",
                "--json",
            ]
        )
        == 0
    )
    row = json.loads(capsys.readouterr().out)
    assert row["method"] == "patchcore" and row["image_shape"][-1] == row["image_shape"][-2]
    assert row["image_auroc"] > 0.5 and row["pixel_auroc"] > 0.7
    assert row["fit_info"]["memory_bank_size"] > 0


def test_checkpoint_is_selected_on_the_valid_split(data):
    trainset, test = data
    with_valid = TrainSet(
        Setting.ONE_CLASS, normal=trainset.normal.subset(range(16)), valid=test.subset([0, 1, 2, 29, 30, 31])
    )
    detector = get_method("stfpm").for_profile("smoke", seed=0, progress=False, epochs=3, valid_every=1)
    states = _record_states(detector, lambda: detector.model.student)
    detector.fit(with_valid)
    assert detector.fit_info["valid_auroc"] is not None and 0 <= detector.fit_info["valid_auroc"] <= 1
    assert detector.fit_info["selected_epoch"] in (1, 2, 3)
    assert len(detector.fit_info["loss"]) == 3
    history = dict(detector.fit_info["valid_history"])
    best = detector.fit_info["selected_epoch"]
    assert history[best] == max(history.values()) == detector.fit_info["valid_auroc"]
    # the restored student is exactly the best epoch's (and differs from the last one when that is not best)
    restored = detector.model.student.state_dict()
    assert all(torch.equal(restored[k], v) for k, v in states[best].items())
    if best != 3:
        assert not all(torch.equal(restored[k], v) for k, v in states[3].items())
    no_valid = _fit("stfpm", TrainSet(Setting.ONE_CLASS, normal=trainset.normal.subset(range(16))), epochs=2)
    assert no_valid.fit_info["valid_auroc"] is None and no_valid.fit_info["selected_epoch"] == 2


def _record_states(detector, module):
    """Snapshot ``module()``'s state at the end of every epoch (the state the selector evaluates)."""

    states = {}
    original = detector.on_epoch_end

    def on_epoch_end(epoch, losses):
        original(epoch, losses)
        states[epoch + 1] = copy.deepcopy(module().state_dict())

    detector.on_epoch_end = on_epoch_end
    return states
