"""Test set-up: CPU only, offline, quiet, results and phantoms in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("MEDAD_PROGRESS", "0")
os.environ.setdefault("MEDAD_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from medad_core.api import ImageSet, Setting, TrainSet

torch.set_num_threads(max(1, (os.cpu_count() or 2) // 2))


@pytest.fixture(autouse=True)
def _isolated_results(tmp_path_factory, monkeypatch):
    """Every test writes results to its own folder; phantoms are shared per session (they are deterministic)."""
    monkeypatch.setenv("MEDAD_RESULTS", str(tmp_path_factory.mktemp("results")))
    monkeypatch.setenv("MEDAD_DATA_CACHE", str(_shared_phantom_cache(tmp_path_factory)))


_CACHE = {}


def _shared_phantom_cache(factory):
    if "path" not in _CACHE:
        _CACHE["path"] = factory.mktemp("phantoms")
    return _CACHE["path"]


#: the tests' phantom-clip: a small pretraining on the brain phantom only (the default recipe is a minute)
TINY_CLIP = {"steps": 50, "batch": 40, "n_per_domain": 40, "lr": 3e-4, "domains": ("brain_mri",)}


@pytest.fixture(scope="session")
def tiny_clip(tmp_path_factory) -> str:
    """One phantom-clip checkpoint of :data:`TINY_CLIP` per session (the CLIP test modules share it)."""
    from medad_core.nn.clip import pretrain_phantom_clip  # noqa: PLC0415 - open_clip loads only for CLIP tests

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MEDAD_DATA_CACHE", str(tmp_path_factory.mktemp("clip_cache")))
        return str(pretrain_phantom_clip(**TINY_CLIP))


def easy_images(n_normal: int = 24, n_anomalous: int = 16, size: int = 32, channels: int = 1, seed: int = 0):
    """Smooth random textures; anomalies add a bright square (returns images, labels, masks)."""
    g = torch.Generator().manual_seed(seed)
    n = n_normal + n_anomalous
    base = torch.rand(n, channels, size // 4, size // 4, generator=g)
    images = torch.nn.functional.interpolate(base, size=size, mode="bilinear", align_corners=False) * 0.5 + 0.25
    labels = np.r_[np.zeros(n_normal, int), np.ones(n_anomalous, int)]
    masks = torch.zeros(n, size, size, dtype=torch.bool)
    for i in range(n_normal, n):
        y, x = torch.randint(0, size - size // 4, (2,), generator=g).tolist()
        masks[i, y : y + size // 4, x : x + size // 4] = True
    images = torch.where(masks[:, None], torch.ones_like(images), images)
    return images, labels, masks


def texture_lesions(
    size: int, n_train: int = 32, n_test: int = 32, side_range: tuple[int, int] | None = None, seed: int = 0
) -> tuple[TrainSet, ImageSet]:
    """Bicubic noise textures; every other test image gets a bright square lesion (the mask).

    Args:
        size: image side.
        n_train: normal training images.
        n_test: test images (odd indices anomalous).
        side_range: [low, high) of the lesion side (default ``size // 6`` to ``size // 3``).
        seed: the generator's seed.

    Returns:
        (one-class TrainSet, test ImageSet with labels and masks).
    """
    low, high = side_range or (size // 6, size // 3)
    generator = torch.Generator().manual_seed(seed)

    def textures(n: int) -> torch.Tensor:
        noise = torch.rand(n, 1, size // 8, size // 8, generator=generator)
        return (0.3 + 0.3 * F.interpolate(noise, size=(size, size), mode="bicubic", align_corners=False)).clamp(0, 1)

    train, test = textures(n_train), textures(n_test)
    labels = torch.arange(n_test) % 2
    masks = torch.zeros(n_test, size, size, dtype=torch.bool)
    for i in torch.nonzero(labels).flatten().tolist():
        side = int(torch.randint(low, high, (1,), generator=generator))
        y, x = torch.randint(0, size - side, (2,), generator=generator).tolist()
        masks[i, y : y + side, x : x + side] = True
    lesion = 0.7 + 0.25 * torch.rand(test.shape, generator=generator)
    test = torch.where(masks[:, None], lesion, test)
    normal = ImageSet.from_tensors(train, np.zeros(n_train, dtype=int))
    return TrainSet(Setting.ONE_CLASS, normal=normal), ImageSet.from_tensors(test, labels.numpy(), masks)
