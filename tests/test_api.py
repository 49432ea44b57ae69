"""The Detector API, ImageSet/TrainSet, registry and config hashing."""

from __future__ import annotations

from typing import Literal

import numpy as np
import pytest
import torch
from conftest import easy_images

from medad_core.api import Detector, ImageSet, MedadError, Prediction, Setting, TrainSet
from medad_core.config import Protocol, RunConfig
from medad_core.metrics import image_auroc, pixel_auroc
from medad_core.registry import available_methods, create, get_method, method_table


def _sets():
    images, labels, masks = easy_images()
    normal = ImageSet.from_tensors(images[:16], labels[:16], masks[:16], name="train")
    test = ImageSet.from_tensors(images[16:], labels[16:], masks[16:], name="test")
    return normal, test


def test_imageset_in_memory_batches_and_subset():
    normal, test = _sets()
    assert len(test) == 24 and test.labels.sum() == 16 and test.has_masks
    batches = list(test.batches(10))
    assert [len(b["image"]) for b in batches] == [10, 10, 4]
    assert batches[0]["mask"].dtype == torch.bool and batches[0]["mask"].shape == (10, 32, 32)
    sub = test.subset([0, 5])
    assert len(sub) == 2 and torch.equal(sub.tensors()[1], test.tensors()[5])
    both = normal.concat(test)
    assert len(both) == 40 and both.masks_tensor().shape == (40, 32, 32)


def test_imageset_rejects_mismatched_masks():
    with pytest.raises(MedadError, match="masks must be"):
        ImageSet.from_tensors(torch.rand(3, 1, 8, 8), [0, 0, 1], torch.zeros(3, 4, 4, dtype=torch.bool))


def test_pixel_knn_separates_and_is_deterministic():
    normal, test = _sets()
    train = TrainSet(Setting.ONE_CLASS, normal=normal)
    det = create("pixel_knn", resolution=16, progress=False)
    pred = det.fit(train).predict(test)
    assert pred.scores.shape == (24,) and pred.maps.shape == (24, 32, 32)
    assert image_auroc(test.labels, pred.scores) > 0.9
    assert pixel_auroc(test.masks_tensor().numpy(), pred.maps) > 0.9
    again = create("pixel_knn", resolution=16, progress=False).fit(train).predict(test)
    np.testing.assert_array_equal(pred.scores, again.scores)


def test_detector_errors_are_clear():
    normal, test = _sets()
    det = create("pixel_knn", progress=False)
    with pytest.raises(MedadError, match="call fit"):
        det.predict(test)
    with pytest.raises(MedadError, match="cannot be trained in setting 'open_set'"):
        det.fit(TrainSet(Setting.OPEN_SET, normal=normal))
    with pytest.raises(MedadError, match="needs `TrainSet.normal`"):
        det.fit(TrainSet(Setting.ONE_CLASS))
    with pytest.raises(MedadError, match="no parameter"):
        create("pixel_knn", not_a_param=1)
    with pytest.raises(MedadError, match="unknown method"):
        get_method("no_such_method")


def test_registry_lists_settings_and_outputs():
    assert "pixel_knn" in available_methods()
    row = next(r for r in method_table() if r["method"] == "pixel_knn")
    assert "one_class" in row["settings"] and row["outputs"] == "scores + maps"
    for name in available_methods():
        cls = get_method(name)
        assert issubclass(cls, Detector) and cls.settings, name


def test_profile_params_are_overridden_by_user_params():
    cls = get_method("pixel_knn")
    assert cls.for_profile("smoke").resolution == cls.profile_params["smoke"]["resolution"]
    assert cls.for_profile("smoke", resolution=7).resolution == 7


def test_config_hash_is_stable_and_sensitive():
    a = RunConfig(method="pixel_knn", dataset="bmad_brain", params={"b": 1, "a": 2}, profile="smoke")
    b = RunConfig(method="pixel_knn", dataset="bmad_brain", params={"a": 2, "b": 1}, profile="smoke")
    assert a.config_hash() == b.config_hash() and len(a.config_hash()) == 16
    assert a.config_hash() != a.replace(seed=1).config_hash()
    assert a.config_hash() != a.replace(protocol=Protocol(n_anomalies=1)).config_hash()
    assert RunConfig.from_dict(a.to_dict()) == a
    with pytest.raises(MedadError, match="unknown profile"):
        RunConfig(method="x", dataset="y", profile="huge")
    with pytest.raises(MedadError, match="anomaly_rate"):
        Protocol(anomaly_rate=1.5)


def test_prediction_validates_shapes():
    with pytest.raises(ValueError, match="maps must be"):
        Prediction(np.zeros(3), np.zeros((2, 4, 4)))


def test_pixel_knn_block_statistics_representation():
    normal, test = _sets()
    det = create("pixel_knn", representation="block_stats", progress=False)
    pred = det.fit(TrainSet(Setting.ONE_CLASS, normal=normal)).predict(test)
    assert image_auroc(test.labels, pred.scores) > 0.8
    with pytest.raises(MedadError, match="representation must be one of"):
        create("pixel_knn", representation="fourier")


def test_parameters_are_checked_as_a_user_would_hit_them(monkeypatch):
    cls = get_method("pixel_knn")
    with pytest.raises(MedadError, match=r"(?s)no parameter\(s\) 'nope'.*resolution: int = 32") as err:
        cls.for_profile("smoke", nope=1)
    assert "batch_size: int = 32" in str(err.value), "the message lists parameters with types and defaults"
    with pytest.raises(MedadError, match="parameter 'resolution' expects int; got 'abc'"):
        cls.for_profile("smoke", resolution="abc")
    with pytest.raises(MedadError, match="expects int"):
        cls.for_profile("smoke", resolution=True)
    with pytest.raises(MedadError, match="expects bool"):
        create("pixel_knn", progress="yes")
    monkeypatch.setitem(cls.__dict__["profile_params"], "smoke", {"resolutoin": 8})
    with pytest.raises(MedadError, match=r"'resolutoin' in PixelKNN.profile_params\['smoke'\]"):
        cls.for_profile("smoke")


def test_parameter_types_from_signatures():
    class Typed(Detector):
        name = "typed"

        def __init__(
            self,
            *,
            layers: tuple[str, ...] = ("a",),
            rate: float = 0.5,
            mode: Literal["x", "y"] = "x",
            size: int | None = None,
            **kwargs,
        ):
            super().__init__(**kwargs)
            self.layers, self.rate, self.mode, self.size = layers, rate, mode, size

        def _fit(self, train):
            pass

        def _predict_batch(self, images):
            pass

    checked = Typed.check_params({"layers": ["b", "c"], "rate": 1, "mode": "y", "size": None, "max_steps": 3})
    assert checked == {"layers": ("b", "c"), "rate": 1, "mode": "y", "size": None, "max_steps": 3}
    for bad in (
        {"layers": 3},
        {"layers": "abc"},
        {"layers": [1]},
        {"rate": "fast"},
        {"mode": "z"},
        {"size": 2.5},
        {"max_steps": "1"},
    ):
        with pytest.raises(MedadError, match=f"parameter '{next(iter(bad))}' expects"):
            Typed.check_params(bad)
    resolved = Typed.resolved_params("smoke", rate=2.0)
    assert resolved["rate"] == 2.0 and resolved["layers"] == ("a",) and resolved["profile"] == "smoke"
    assert resolved["batch_size"] == 32


def test_predict_with_another_channel_count_names_both():
    normal, test = _sets()
    det = create("pixel_knn", resolution=8, progress=False).fit(TrainSet(Setting.ONE_CLASS, normal=normal))
    assert det.train_shape == (1, 32, 32)
    with pytest.raises(MedadError, match=r"fitted on 1-channel images .* got 3-channel images"):
        det.predict(torch.rand(2, 3, 32, 32))
