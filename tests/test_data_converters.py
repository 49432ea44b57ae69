"""DRA's medical converters: raw downloads -> MVTec-style folders with the 75/25 normal split."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from medad_core.api import MedadError
from medad_core.data import load_splits
from medad_core.data.converters import convert_dra_medical, converter_split


def _img(path, value=0):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.full((12, 12), value, np.uint8)).save(path)


def test_split_matches_dra_table5_counts():
    for n, n_train in ((98, 73), (100, 75), (2695, 2021)):
        train, test = converter_split(n)
        assert len(train) == n_train and len(test) == n - n_train and not set(train) & set(test)
    assert np.array_equal(converter_split(20)[0], converter_split(20)[0])


def test_brainmri_raw_to_mvtec(tmp_path):
    raw = tmp_path / "raw"
    for i in range(8):
        _img(raw / "no" / f"N{i}.jpg", 10 * i)
    for i in range(5):
        _img(raw / "yes" / f"Y{i}.jpg", 200)
    out = convert_dra_medical("brainmri", raw, tmp_path / "data")
    assert len(list((out / "train" / "good").iterdir())) == 6 and len(list((out / "test" / "good").iterdir())) == 2
    s = load_splits("brainmri", data_root=tmp_path / "data", image_size=12)
    assert s.source == "real" and len(s.train) == 6 and sorted(set(s.test.anomaly_classes)) == ["good", "tumour"]


def test_headct_and_hyperkvasir_raw_to_mvtec(tmp_path):
    raw = tmp_path / "headct"
    rows = ["id, hemorrhage"]
    for i in range(8):
        _img(raw / "head_ct" / f"{i:03d}.png", i)
        rows.append(f"{i}, {int(i >= 4)}")
    (raw / "labels.csv").write_text("\n".join(rows) + "\n")
    out = convert_dra_medical("headct", raw, tmp_path / "data", link=True)
    assert len(list((out / "test" / "haemorrhage").iterdir())) == 4
    assert (out / "train" / "good" / "0000.png").is_symlink()

    raw = tmp_path / "hk" / "labeled-images" / "upper-gi-tract"
    for lm in ("pylorus", "z-line"):
        for i in range(4):
            _img(raw / "anatomical-landmarks" / lm / f"{lm}{i}.jpg")
    for cls in ("barretts", "esophagitis-a"):
        for i in range(3):
            _img(raw / "pathological-findings" / cls / f"{cls}{i}.jpg", 100)
    out = convert_dra_medical("hyperkvasir", tmp_path / "hk", tmp_path / "data")
    s = load_splits("hyperkvasir", data_root=tmp_path / "data", image_size=12)
    assert len(s.train) == 6 and sorted(set(s.test.anomaly_classes)) == ["barretts", "esophagitis-a", "good"]


def test_converter_errors_name_the_problem(tmp_path):
    with pytest.raises(MedadError, match="no/"):
        convert_dra_medical("brainmri", tmp_path, tmp_path / "out")
    with pytest.raises(MedadError, match="no converter"):
        convert_dra_medical("bmad_brain", tmp_path, tmp_path / "out")
