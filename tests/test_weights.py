"""Weights policy: fast offline failure, explicit fallback, local files, and the record of what was used."""

from __future__ import annotations

import time

import pytest
import torch

from medad_core import weights
from medad_core.nn.backbone import FeatureExtractor
from medad_core.weights import WeightsUnavailable, load_torchvision


@pytest.fixture(autouse=True)
def _empty_torch_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))
    monkeypatch.setenv("MEDAD_OFFLINE", "1")


def test_pretrained_fails_fast_offline_with_instructions():
    start = time.perf_counter()
    with pytest.raises(WeightsUnavailable, match="Place the file at .*resnet18"):
        load_torchvision("resnet18", "pretrained", profile="quick")
    assert time.perf_counter() - start < 10


def test_auto_falls_back_only_in_embedded_profiles():
    _, used = load_torchvision("resnet18", "auto", profile="smoke")
    assert used == "random (pretrained unavailable offline)"
    with pytest.raises(WeightsUnavailable):
        load_torchvision("resnet18", "auto", profile="paper")


def test_random_and_local_file(tmp_path):
    model, used = load_torchvision("resnet18", "random")
    assert used == "random"
    path = tmp_path / "r18.pth"
    torch.save({"state_dict": {f"module.{k}": v for k, v in model.state_dict().items()}}, path)
    loaded, used = load_torchvision("resnet18", str(path))
    assert used == f"file:{path}"
    assert torch.equal(loaded.conv1.weight, model.conv1.weight)


def test_cached_pretrained_file_is_used(tmp_path):
    model, _ = load_torchvision("resnet18", "random")
    checkpoints = tmp_path / "torch" / "hub" / "checkpoints"
    checkpoints.mkdir(parents=True)
    torch.save(model.state_dict(), checkpoints / "resnet18-f37072fd.pth")
    loaded, used = load_torchvision("resnet18", "pretrained")
    assert used.startswith("pretrained:ResNet18_Weights")
    assert torch.equal(loaded.fc.weight, model.fc.weight)


def test_feature_extractor_shapes_and_grey_input():
    extractor = FeatureExtractor("resnet18", ["layer2", "layer3"], weights="random")
    out = extractor(torch.rand(2, 1, 64, 64))
    assert out["layer2"].shape == (2, 128, 8, 8) and out["layer3"].shape == (2, 256, 4, 4)
    assert extractor.weights_used == "random"
    assert not any(p.requires_grad for p in extractor.parameters())


def test_offline_mark_reaches_an_already_imported_hub(monkeypatch):
    """huggingface_hub reads HF_HUB_OFFLINE at import: a process that imported it first (diffusers does)
    retried a missing CLIP download for about 50 s before the fallback."""
    constants = pytest.importorskip("huggingface_hub.constants")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    weights._mark_hub_offline()
    assert constants.HF_HUB_OFFLINE is True
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
