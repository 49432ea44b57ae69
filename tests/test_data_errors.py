"""Bad input raises one MedadError that names the dataset, the problem, the expected tree and the book page."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image

from medad_core.api import MedadError
from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset, write_phantoms


def _raises(fn, *needles):
    with pytest.raises(MedadError) as info:
        fn()
    msg = str(info.value)
    for needle in needles:
        assert needle in msg, f"{needle!r} not in message:\n{msg}"
    return msg


def test_missing_folder_names_dataset_tree_and_book(tmp_path):
    msg = _raises(
        lambda: load_splits("bmad_brain", data_root=tmp_path),
        "bmad_brain",
        "folder not found",
        "book/datasets.md",
        "valid/Ungood/label",
    )
    assert "Brain" in msg


def test_wrong_layout_names_the_missing_folder(tmp_path):
    (tmp_path / "BrainMRI" / "train").mkdir(parents=True)
    _raises(lambda: load_splits("brainmri", data_root=tmp_path), "brainmri", "train/good", "book/datasets.md")


def test_empty_class_folder(tmp_path):
    root = write_phantoms("headct", tmp_path, image_size=16)
    for f in (root / "test" / "haemorrhage").iterdir():
        f.unlink()
    _raises(lambda: load_splits("headct", data_root=tmp_path, image_size=16), "headct", "is empty", "haemorrhage")


def test_unreadable_and_truncated_images_name_the_file(tmp_path):
    root = write_phantoms("bmad_chest", tmp_path, image_size=32)
    bad = root / "test" / "good" / "00000.png"
    bad.write_bytes(b"this is not a png")
    _raises(lambda: load_splits("bmad_chest", data_root=tmp_path, image_size=32), "bmad_chest", "00000.png")
    # a truncated file passes the header check but fails when decoded, naming the file
    root = write_phantoms("bmad_chest", tmp_path / "t", image_size=32)
    victim = root / "test" / "Ungood" / "00001.png"
    data = victim.read_bytes()
    victim.write_bytes(data[: len(data) // 2])
    s = load_splits("bmad_chest", data_root=tmp_path / "t", image_size=32)
    _raises(s.test.tensors, "bmad_chest", "00001.png", "truncated")


def test_mask_size_mismatch(tmp_path):
    root = write_phantoms("bmad_liver", tmp_path, image_size=32)
    mask = next((root / "test" / "label" / "Ungood").iterdir())
    Image.fromarray(np.full((20, 20), 255, np.uint8)).save(mask)
    _raises(
        lambda: load_splits("bmad_liver", data_root=tmp_path, image_size=32), "bmad_liver", mask.name, "20x20", "32x32"
    )


def test_anomalous_image_with_empty_mask(tmp_path):
    root = write_phantoms("bmad_resc", tmp_path, image_size=32)
    mask = sorted((root / "Test" / "test_label" / "Ungood").iterdir())[0]
    Image.fromarray(np.zeros((32, 32), np.uint8)).save(mask)
    s = load_splits("bmad_resc", data_root=tmp_path, image_size=32)
    _raises(s.test.tensors, "bmad_resc", mask.name, "empty")


def test_missing_mask_of_an_anomalous_image(tmp_path):
    root = write_phantoms("bmad_brain", tmp_path, image_size=32)
    shutil.rmtree(root / "valid" / "Ungood" / "label")
    _raises(lambda: load_splits("bmad_brain", data_root=tmp_path, image_size=32), "bmad_brain", "mask")


def test_too_few_anomalies_and_unknown_seen_class():
    s = load_splits("brainmri", profile="smoke", image_size=32)
    n_anom = int((s.test.labels == 1).sum())
    _raises(lambda: make_trainset(s, "open_set", Protocol(n_anomalies=n_anom), 0), "brainmri", "too few anomalies")
    h = load_splits("hyperkvasir", profile="smoke", image_size=32)
    _raises(
        lambda: make_trainset(h, "open_set", Protocol(dra_setting="hard", seen_class="ulcer"), 0),
        "hyperkvasir",
        "unknown seen class",
        "ulcer",
        "barretts",
    )
    _raises(
        lambda: make_trainset(s, "open_set", Protocol(dra_setting="hard", n_anomalies=1), 0),
        "brainmri",
        "at least two anomaly classes",
    )
    _raises(lambda: make_trainset(s, "zero_few_shot", Protocol(k_shot=10_000), 0), "brainmri", "k_shot")


def test_dual_distribution_needs_pools_and_an_exact_rate(tmp_path):
    s = load_splits("bmad_chest", profile="smoke", image_size=32)
    _raises(lambda: make_trainset(s, "dual_distribution", Protocol(), 0), "bmad_chest", "unlabelled pools")


def test_unknown_dataset_and_folder_without_root():
    _raises(lambda: load_splits("mnist_c"), "unknown dataset", "bmad_brain")
    _raises(lambda: load_splits("folder"), "--data-root")
