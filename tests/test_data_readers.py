"""Readers on small hand-made folders: image modes, masks, and each layout's conventions."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
import torch
from PIL import Image

from medad_core.data import load_splits
from medad_core.data.imageio import apply_bone, bone_lut, invert_bone, read_array, read_image, read_mask


def _png(path, arr, mode=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(arr, mode=mode).save(path) if mode else Image.fromarray(arr).save(path)
    return path


def test_image_modes_are_normalised_in_one_place(tmp_path):
    grey = _png(tmp_path / "l.png", np.full((8, 8), 51, np.uint8))
    assert read_array(str(grey)).shape == (8, 8) and np.allclose(read_array(str(grey)), 0.2)
    sixteen = tmp_path / "i16.png"
    Image.fromarray(np.full((8, 8), 32768, np.uint16)).save(sixteen)
    assert np.allclose(read_array(str(sixteen)), 32768 / 65535, atol=1e-6)
    rgba = np.zeros((8, 8, 4), np.uint8)
    rgba[..., 0] = 255
    rgba[:4, ..., 3] = 255  # top half opaque red, bottom half transparent
    arr = read_array(str(_png(tmp_path / "rgba.png", rgba)))
    assert arr.shape == (8, 8, 3) and np.allclose(arr[:4, :, 0], 1) and np.allclose(arr[4:], 0)
    np.save(tmp_path / "f.npy", np.linspace(-5, 5, 64, dtype=np.float32).reshape(8, 8))
    f = read_array(str(tmp_path / "f.npy"))
    assert f.min() == 0 and f.max() == 1
    # channel conversion and resizing
    t = read_image(str(grey), channels=3, size=16)
    assert t.shape == (3, 16, 16) and torch.allclose(t, torch.full_like(t, 0.2), atol=1e-5)
    t = read_image(str(tmp_path / "rgba.png"), channels=1, size=None)
    assert t.shape == (1, 8, 8) and abs(float(t[0, 0, 0]) - 0.299) < 1e-5


def test_bone_colour_map_is_inverted_exactly():
    grey = np.linspace(0, 1, 256, dtype=np.float32).reshape(16, 16)
    rgba = apply_bone(grey)
    assert rgba.shape == (16, 16, 4)

    back = invert_bone(rgba[..., :3].astype(np.float32) / 255)
    assert np.abs(back - grey).max() < 2 / 255
    assert np.all(np.diff(bone_lut().sum(1)) > 0)  # the inversion relies on this


def test_masks_are_nearest_resized_and_binarised(tmp_path):
    m = np.zeros((8, 8), np.uint8)
    m[2:4, 2:4] = 1  # value 1 of 255 still counts as anomalous (> 0)
    mask, native = read_mask(str(_png(tmp_path / "m.png", m)), 16)
    assert native == (8, 8) and mask.dtype == torch.bool and mask.shape == (16, 16)
    assert int(mask.sum()) == 16 and bool(mask[4:8, 4:8].all())


def _mvtec(root, n=3, size=16, rgba=False, sixteen=False):
    rng = np.random.default_rng(0)
    for i in range(n):
        _png(root / "train/good" / f"{i}.png", rng.integers(0, 255, (size, size), dtype=np.uint8))
        _png(root / "test/good" / f"{i}.png", rng.integers(0, 255, (size, size), dtype=np.uint8))
    for cls in ("crack", "spot"):
        for i in range(n):
            if rgba:
                arr = rng.integers(0, 255, (size, size, 4), dtype=np.uint8)
                arr[..., 3] = 255
                _png(root / "test" / cls / f"{i}.png", arr)
            elif sixteen:
                p = root / "test" / cls / f"{i}.png"
                p.parent.mkdir(parents=True, exist_ok=True)
                Image.fromarray(rng.integers(0, 65535, (size, size), dtype=np.uint16)).save(p)
            else:
                _png(root / "test" / cls / f"{i}.png", rng.integers(0, 255, (size, size), dtype=np.uint8))
            mask = np.zeros((size, size), np.uint8)
            mask[i : i + 4, 2:6] = 255
            _png(root / "ground_truth" / cls / f"{i}_mask.png", mask)
    return root


@pytest.mark.parametrize("kind", ["grey", "rgba", "16bit"])
def test_mvtec_reader_classes_masks_and_modes(tmp_path, kind):
    root = _mvtec(tmp_path / "mine", rgba=kind == "rgba", sixteen=kind == "16bit")
    s = load_splits("folder", data_root=root, image_size=16)
    assert s.source == "real" and len(s.train) == 3 and s.valid is None
    assert sorted(set(s.test.anomaly_classes)) == ["crack", "good", "spot"]
    x = s.test.tensors()
    assert x.shape == (9, s.channels, 16, 16) and 0 <= float(x.min()) and float(x.max()) <= 1
    m = s.test.masks_tensor()
    assert m[s.test.labels == 1].flatten(1).sum(1).min() == 16 and not m[s.test.labels == 0].any()


def test_bmad_liver_layout(tmp_path):
    root = tmp_path / "Liver"
    rng = np.random.default_rng(0)
    for i in range(3):
        _png(root / "train/good" / f"{i}.png", rng.integers(0, 255, (12, 12), dtype=np.uint8))
    for split in ("valid", "test"):
        for i in range(2):
            _png(root / split / "img/good" / f"n{i}.png", rng.integers(0, 255, (12, 12), dtype=np.uint8))
            _png(root / split / "img/Ungood" / f"a{i}.png", rng.integers(0, 255, (12, 12), dtype=np.uint8))
            m = np.zeros((12, 12), np.uint8)
            m[3:6, 3:6] = 255
            _png(root / split / "label/Ungood" / f"a{i}.png", m)
    s = load_splits("bmad_liver", data_root=tmp_path, image_size=12)
    assert s.source == "real" and len(s.train) == 3 and len(s.valid) == 4 and len(s.test) == 4
    assert s.test.masks_tensor().sum() == 2 * 9


def test_bmad_chest_layout_without_masks(tmp_path):
    root = tmp_path / "Chest"
    rng = np.random.default_rng(0)
    for d, n in (("train/good", 3), ("val/good", 1), ("val/Ungood", 1), ("test/good", 2), ("test/Ungood", 2)):
        for i in range(n):
            _png(root / d / f"{i}.png", rng.integers(0, 255, (10, 10), dtype=np.uint8))
    s = load_splits("bmad_chest", data_root=tmp_path, image_size=10)
    assert len(s.valid) == 2 and list(s.test.labels) == [0, 0, 1, 1] and s.test.masks_tensor() is None


def test_ddad_json_layout(tmp_path):
    root = tmp_path / "RSNA"
    names = {k: [f"{k}{i}.png" for i in range(n)] for k, n in (("d", 4), ("un", 5), ("ua", 6), ("tn", 2), ("ta", 3))}
    for group in names.values():
        for n in group:
            _png(root / "images" / n, np.full((10, 10), 100, np.uint8))
    data = {
        "train": {"0": names["d"], "unlabeled": {"0": names["un"], "1": names["ua"]}},
        "test": {"0": names["tn"], "1": names["ta"]},
    }
    (root / "data.json").write_text(json.dumps(data))
    s = load_splits("ddad_rsna", data_root=tmp_path)
    assert s.image_size == 64 and s.channels == 1
    assert (len(s.train), len(s.pool_normal), len(s.pool_abnormal), len(s.test)) == (4, 5, 6, 5)
    assert list(s.test.labels) == [0, 0, 1, 1, 1]


def test_medmnist_npz_uses_the_healthy_label(tmp_path):
    rng = np.random.default_rng(0)
    (tmp_path / "MedMNIST").mkdir()
    arrays = {}
    for split, n in (("train", 10), ("val", 4), ("test", 6)):
        arrays[f"{split}_images"] = rng.integers(0, 255, (n, 28, 28), dtype=np.uint8)
        arrays[f"{split}_labels"] = (np.arange(n) % 2).astype(np.uint8)[:, None]
    np.savez(tmp_path / "MedMNIST" / "breastmnist.npz", **arrays)
    s = load_splits("breastmnist", data_root=tmp_path)
    # BreastMNIST: label 1 (normal/benign) is normal
    assert len(s.train) == 5 and s.train.tensors().shape == (5, 3, 32, 32)
    assert list(s.test.labels) == [1, 0, 1, 0, 1, 0]


def test_csv_layout_with_and_without_split_column(tmp_path):
    root = tmp_path / "Kvasir"
    rows = []
    for i in range(8):
        _png(root / "images" / f"{i}.png", np.full((10, 10, 3), 30 * i, np.uint8))
        rows.append(
            {"image": f"{i}.png", "label": "normal" if i < 6 else "polyp", "split": "train" if i < 4 else "test"}
        )
    with open(root / "labels.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["image", "label", "split"])
        w.writeheader()
        w.writerows(rows)
    s = load_splits("kvasir", data_root=tmp_path, image_size=10)
    assert len(s.train) == 4 and list(s.test.labels) == [0, 0, 1, 1]
    assert set(s.test.anomaly_classes) == {"good", "polyp"}
    with open(root / "labels.csv", "w", newline="") as fh:  # no split column: 75/25 of the normals
        w = csv.DictWriter(fh, fieldnames=["image", "label"])
        w.writeheader()
        w.writerows([{k: r[k] for k in ("image", "label")} for r in rows])
    s = load_splits("kvasir", data_root=tmp_path, image_size=10)
    assert len(s.train) == 4 and (s.test.labels == 1).sum() == 2 and len(s.test) == 4
    assert not set(s.train.paths) & set(s.test.paths)
