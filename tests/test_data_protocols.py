"""The papers' protocols: counts, disjointness, one-shot ⊂ ten-shot, identical test sets, AR exactness."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from medad_core.api import MedadError, Setting
from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset


@pytest.fixture(scope="module")
def brain():
    return load_splits("brainmri", profile="smoke", image_size=32)


@pytest.fixture(scope="module")
def kvasir():
    return load_splits("hyperkvasir", profile="smoke", image_size=32)


def test_one_class_keeps_train_valid_and_test(brain):
    s = load_splits("bmad_brain", profile="smoke", image_size=32)
    ts, test = make_trainset(s, "one_class", Protocol(), 0)
    assert ts.setting == Setting.ONE_CLASS and ts.normal is s.train and ts.valid is s.valid and test is s.test
    assert ts.split["counts"]["normal"] == len(s.train) and ts.split["counts"]["valid"] == len(s.valid)
    assert not set(ts.normal.paths) & set(test.paths)
    json.dumps(ts.split)  # stored with every result


def test_open_set_general_one_shot_in_ten_shot_and_identical_tests(brain):
    ten, test10 = make_trainset(brain, "open_set", Protocol(n_anomalies=10), seed=4)
    one, test1 = make_trainset(brain, "open_set", Protocol(n_anomalies=1), seed=4)
    assert len(ten.anomalies) == 10 and len(one.anomalies) == 1
    assert set(one.anomalies.paths) <= set(ten.anomalies.paths)
    assert test1.paths == test10.paths  # the ten-shot draw is removed from both test sets
    assert not set(ten.anomalies.paths) & set(test10.paths)
    assert (ten.anomalies.labels == 1).all()
    n_anom = int((brain.test.labels == 1).sum())
    assert int((test10.labels == 1).sum()) == n_anom - 10
    assert int((test10.labels == 0).sum()) == int((brain.test.labels == 0).sum())
    assert ten.split["counts"]["anomalies"] == 10 and ten.split["anomaly_indices"]
    json.dumps(ten.split)


def test_open_set_is_a_function_of_the_seed(brain):
    a, _ = make_trainset(brain, "open_set", Protocol(n_anomalies=10), seed=1)
    b, _ = make_trainset(brain, "open_set", Protocol(n_anomalies=10), seed=1)
    c, _ = make_trainset(brain, "open_set", Protocol(n_anomalies=10), seed=2)
    assert a.anomalies.paths == b.anomalies.paths and a.split == b.split
    assert a.anomalies.paths != c.anomalies.paths


def test_open_set_hard_removes_the_seen_class(kvasir):
    for n in (1, 10):
        ts, test = make_trainset(
            kvasir, "open_set", Protocol(n_anomalies=n, dra_setting="hard", seen_class="esophagitis-b-d"), 0
        )
        assert len(ts.anomalies) == n and set(ts.anomalies.anomaly_classes) == {"esophagitis-b-d"}
        assert "esophagitis-b-d" not in test.anomaly_classes
        assert set(test.anomaly_classes) == {"good", "barretts", "barretts-short-segment", "esophagitis-a"}
    one, t1 = make_trainset(kvasir, "open_set", Protocol(n_anomalies=1, dra_setting="hard", seen_class="barretts"), 3)
    ten, t10 = make_trainset(kvasir, "open_set", Protocol(n_anomalies=10, dra_setting="hard", seen_class="barretts"), 3)
    assert set(one.anomalies.paths) <= set(ten.anomalies.paths) and t1.paths == t10.paths
    default, _ = make_trainset(kvasir, "open_set", Protocol(dra_setting="hard"), 0)
    assert default.split["seen_class"] == "barretts"  # first class in sorted order


def test_external_outliers_come_from_another_dataset(kvasir):
    ts, _ = make_trainset(kvasir, "open_set", Protocol(pseudo="external", outlier_dataset="lag"), 0)
    x = ts.outliers.tensors()
    assert len(ts.outliers) > 0 and x.shape[1:] == (kvasir.channels, 32, 32)
    assert ts.split["outlier_dataset"] == "lag" and ts.split["counts"]["outliers"] == len(ts.outliers)
    assert not set(ts.outliers.paths) & set(kvasir.train.paths)


def _mvtec_class(root, name: str, n: int = 3) -> None:
    """A tiny MVTec AD class folder: train/good, test/good and one defect class (enough for a ten-shot draw)."""
    rng = np.random.default_rng(len(name))
    for sub, k in (("train/good", n), ("test/good", 2), ("test/crack", 11)):
        (root / name / sub).mkdir(parents=True)
        for i in range(k):
            Image.fromarray(rng.integers(0, 255, (16, 16, 3), dtype=np.uint8)).save(root / name / sub / f"{i:03d}.png")


def test_mvtec_outliers_leave_out_the_target_class(tmp_path):
    for name, n in (("carpet", 3), ("tile", 4), ("wood", 2)):
        _mvtec_class(tmp_path / "MVTec", name, n)
    target = load_splits("folder", data_root=tmp_path / "MVTec" / "carpet", image_size=16)
    ts, _ = make_trainset(target, "open_set", Protocol(n_anomalies=1, pseudo="external", outlier_dataset="mvtec_ad"), 0)
    classes = {Path(r.path).parents[2].name for r in ts.outliers.records}
    assert classes == {"tile", "wood"} and len(ts.outliers) == 6
    assert all(r.label == 0 and "/train/good/" in r.path for r in ts.outliers.records)
    split = ts.split
    assert split["outlier_classes"] == ["tile", "wood"] and split["outlier_counts"] == {"tile": 4, "wood": 2}
    assert list(split["outlier_excluded"]) == ["carpet"] and split["outlier_source"] == "files"
    assert ts.outliers.tensors().shape == (6, 3, 16, 16)
    # a dataset beside MVTec AD keeps every class (none overlaps it)
    _mvtec_class(tmp_path, "AITEX")
    other = load_splits("folder", data_root=tmp_path / "AITEX", image_size=16)
    ts, _ = make_trainset(other, "open_set", Protocol(n_anomalies=1, pseudo="external", outlier_dataset="mvtec_ad"), 0)
    assert ts.split["outlier_classes"] == ["carpet", "tile", "wood"] and not ts.split["outlier_excluded"]


def test_mvtec_outliers_with_no_class_left_say_what_is_needed(tmp_path):
    _mvtec_class(tmp_path / "MVTec", "carpet")
    target = load_splits("folder", data_root=tmp_path / "MVTec" / "carpet", image_size=16)
    proto = Protocol(n_anomalies=1, pseudo="external", outlier_dataset="mvtec_ad")
    with pytest.raises(MedadError, match=r"no class of the outlier source is left.*carpet.*train/good"):
        make_trainset(target, "open_set", proto, 0)
    lone = tmp_path / "far" / "away"  # neither it nor its parent holds MVTec
    _mvtec_class(lone, "bottle")
    alone = load_splits("folder", data_root=lone / "bottle", image_size=16)
    with pytest.raises(MedadError, match=r"outlier source was not found.*MVTec/<class>/train/good"):
        make_trainset(alone, "open_set", proto, 0)


def test_mvtec_like_phantom_drops_the_targets_domain(kvasir):
    ts, _ = make_trainset(kvasir, "open_set", Protocol(pseudo="external", outlier_dataset="mvtec_ad"), 0)
    split = ts.split
    assert "endoscopy" in split["outlier_excluded"] and "endoscopy" not in split["outlier_classes"]
    assert len(split["outlier_classes"]) >= 3 and split["outlier_source"].startswith("phantom")
    assert not any("/endoscopy/" in r.path for r in ts.outliers.records)
    assert sum(split["outlier_counts"].values()) == len(ts.outliers) == split["counts"]["outliers"]
    assert ts.outliers.tensors().shape[1:] == (kvasir.channels, 32, 32)
    # a brain target keeps the endoscopy class and drops the brain one
    brain = load_splits("brainmri", profile="smoke", image_size=32)
    ts, _ = make_trainset(brain, "open_set", Protocol(n_anomalies=1, pseudo="external", outlier_dataset="mvtec_ad"), 0)
    assert "endoscopy" in ts.split["outlier_classes"] and list(ts.split["outlier_excluded"]) == ["brain_mri"]


@pytest.mark.parametrize("ar", [0.0, 0.25, 0.6, 1.0])
def test_dual_distribution_anomaly_rate_is_exact(ar):
    s = load_splits("ddad_rsna", profile="smoke")
    ts, test = make_trainset(s, "dual_distribution", Protocol(anomaly_rate=ar), 0)
    n = len(ts.unlabelled)
    assert n == min(len(s.pool_normal), len(s.pool_abnormal))
    assert int(ts.unlabelled.labels.sum()) == int(np.floor(n * ar)) and ts.unlabelled.labels.mean() == ar
    assert ts.normal is s.train and test is s.test
    assert not set(ts.unlabelled.paths) & set(ts.normal.paths) and not set(ts.unlabelled.paths) & set(test.paths)
    assert ts.split["unlabelled_abnormal"] == int(ts.unlabelled.labels.sum())


def test_dual_distribution_rejects_rates_the_pools_cannot_serve(tmp_path):
    root = tmp_path / "BrainTumor"
    (root / "images").mkdir(parents=True)
    names = {k: [f"{k}{i}.png" for i in range(n)] for k, n in (("d", 3), ("un", 4), ("ua", 6), ("tn", 2), ("ta", 2))}
    for group in names.values():
        for nm in group:
            Image.fromarray(np.zeros((8, 8), np.uint8)).save(root / "images" / nm)
    (root / "data.json").write_text(
        json.dumps(
            {
                "train": {"0": names["d"], "unlabeled": {"0": names["un"], "1": names["ua"]}},
                "test": {"0": names["tn"], "1": names["ta"]},
            }
        )
    )
    s = load_splits("ddad_braintumor", data_root=tmp_path)
    # real data: D_u has Table 1's size (1,000) which these tiny pools cannot fill
    with pytest.raises(MedadError, match="exact rates"):
        make_trainset(s, "dual_distribution", Protocol(anomaly_rate=0.6), 0)


def test_k_shot_normal_subsets(brain):
    a, test = make_trainset(brain, "zero_few_shot", Protocol(k_shot=4), 7)
    b, _ = make_trainset(brain, "zero_few_shot", Protocol(k_shot=4), 7)
    c, _ = make_trainset(brain, "zero_few_shot", Protocol(k_shot=4), 8)
    assert len(a.normal) == 4 and a.normal.paths == b.normal.paths and a.normal.paths != c.normal.paths
    assert set(a.normal.paths) <= set(brain.train.paths) and test is brain.test
    zero, _ = make_trainset(brain, "zero_few_shot", Protocol(k_shot=0), 0)
    assert len(zero.normal) == 0
    full, _ = make_trainset(brain, "zero_few_shot", Protocol(k_shot=None), 0)
    assert len(full.normal) == len(brain.train)
