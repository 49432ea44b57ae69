"""The papers' protocols: counts, disjointness, one-shot ⊂ ten-shot, identical test sets, AR exactness."""

from __future__ import annotations

import json

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
