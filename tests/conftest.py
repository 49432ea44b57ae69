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
