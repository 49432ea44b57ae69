"""Every dataset's phantom is written in its real layout and read back by the real reader."""

from __future__ import annotations

import filecmp
import time

import numpy as np
import pytest
import torch
from PIL import Image

from medad_core.data import DATASETS, dataset_table, load_splits, write_phantoms
from medad_core.data.writers import phantom_counts

NAMES = [n for n in DATASETS if n != "folder"]


@pytest.mark.parametrize("name", NAMES)
def test_write_then_read_every_layout(name, tmp_path):
    spec = DATASETS[name]
    folder = write_phantoms(name, tmp_path, profile="smoke", seed=3, image_size=32)
    assert folder.is_dir() and folder.name == spec.folder
    splits = load_splits(name, data_root=tmp_path, profile="smoke", image_size=32)
    assert splits.source == "phantom" and splits.spec is spec
    counts = phantom_counts(spec, "smoke")
    # train holds normal images only, whatever the layout stores
    assert (splits.train.labels == 0).all()
    if "train" in counts:
        assert len(splits.train) == counts["train"][0]
    labels = splits.test.labels
    assert set(np.unique(labels)) == {0, 1}
    x = splits.test.tensors()
    assert x.dtype == torch.float32 and x.shape[1:] == (spec.channels, 32, 32)
    assert float(x.min()) >= 0.0 and float(x.max()) <= 1.0 and float(x.std()) > 0.02
    if spec.layout == "bmad":
        assert splits.valid is not None and set(np.unique(splits.valid.labels)) == {0, 1}
        assert len(splits.test) == sum(counts["test"])
    if spec.layout == "ddad_json":
        assert len(splits.pool_normal) == counts["pool"][0] and len(splits.pool_abnormal) == counts["pool"][1]
        assert (splits.pool_abnormal.labels == 1).all()
    if spec.layout == "mvtec":
        assert set(splits.test.anomaly_classes) - {"good"} == set(spec.anomaly_classes)
    masks = splits.test.masks_tensor()
    if spec.has_masks:
        assert masks is not None and masks.shape == (len(labels), 32, 32)
        assert masks[labels == 1].flatten(1).any(1).all()
        assert not masks[labels == 0].any()
    else:
        assert masks is None


def test_folder_dataset_reads_mvtec_and_bmad_layouts(tmp_path):
    root = write_phantoms("folder", tmp_path / "a", profile="smoke", image_size=32)
    s = load_splits("folder", data_root=root, image_size=32)
    assert s.test.has_masks and s.channels == 1
    assert set(s.test.anomaly_classes) == {"good", *DATASETS["folder"].anomaly_classes}
    liver = write_phantoms("bmad_resc", tmp_path / "b", profile="smoke", image_size=32)
    s = load_splits("folder", data_root=liver, layout="bmad", image_size=32)
    assert s.valid is not None and s.test.has_masks
    assert s.test.masks_tensor()[s.test.labels == 1].flatten(1).any(1).all()


def test_phantoms_are_deterministic_and_seeded(tmp_path):
    a = write_phantoms("bmad_brain", tmp_path / "a", seed=1, image_size=32)
    b = write_phantoms("bmad_brain", tmp_path / "b", seed=1, image_size=32)
    c = write_phantoms("bmad_brain", tmp_path / "c", seed=2, image_size=32)
    rel = "test/Ungood/img/00000_60.png"
    assert filecmp.cmp(a / rel, b / rel, shallow=False)
    assert not filecmp.cmp(a / rel, c / rel, shallow=False)
    assert filecmp.cmp(a / "test/Ungood/label/00000_60.png", b / "test/Ungood/label/00000_60.png", shallow=False)


def test_brain_phantom_is_bone_colour_mapped_rgba_and_read_as_grey(tmp_path):
    root = write_phantoms("bmad_brain", tmp_path, image_size=32)
    with Image.open(next((root / "train/good/img").iterdir())) as img:
        assert img.mode == "RGBA"
        rgb = np.asarray(img)[..., :3].astype(int)
    assert (rgb[..., 2] >= rgb[..., 0]).mean() > 0.9  # bone is bluish
    s = load_splits("bmad_brain", data_root=tmp_path, image_size=32)
    assert s.train.tensors().shape[1] == 1


def test_cached_phantoms_are_reused(monkeypatch, tmp_path):
    monkeypatch.setenv("MEDAD_DATA_CACHE", str(tmp_path))
    t0 = time.perf_counter()
    a = load_splits("bmad_chest", profile="smoke", seed=5, image_size=32)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    b = load_splits("bmad_chest", profile="smoke", seed=5, image_size=32)
    second = time.perf_counter() - t0
    assert a.root == b.root and a.test.paths == b.test.paths and a.source == "phantom"
    assert second < first
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp")]  # no half-written folders left
    assert torch.equal(a.test.tensors(), b.test.tensors())


def test_dataset_table_lists_every_dataset_and_finds_real_folders(tmp_path):
    rows = dataset_table()
    assert [r["dataset"] for r in rows] == list(DATASETS)
    assert {"dataset", "layout", "folder", "image_size", "masks", "phantom", "real_data_found"} <= set(rows[0])
    write_phantoms("headct", tmp_path, image_size=32)
    found = {r["dataset"]: r["real_data_found"] for r in dataset_table(tmp_path)}
    assert found["headct"] and str(tmp_path) in found["headct"]
    assert found["bmad_brain"] is False
