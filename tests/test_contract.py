"""One contract over every registered method (in the spirit of scikit-learn's ``parametrize_with_checks``).

A new method is covered by registering it: the checks below are parameterised over
``available_methods()``. Each method is fitted on a tiny in-memory set of brain-MRI phantom images
of a setting it declares (one-class: normals + a labelled valid split; open-set: + a few anomalies;
dual-distribution: + an unlabelled pool), with random weights, the smoke profile and two
optimisation steps; fitted detectors are shared within the module. Each fitted detector is saved,
reloaded (:meth:`Detector.save` / :meth:`Detector.load`) and must predict the same bits.
"""

from __future__ import annotations

import inspect

import numpy as np
import pytest
import torch

from medad_core.api import Detector, ImageSet, MedadError, Setting, TrainSet
from medad_core.data.phantoms import render
from medad_core.data.spec import DOMAINS
from medad_core.registry import available_methods, get_method

METHODS = available_methods()
PROFILES = ("smoke", "quick", "paper")
SIZE = 64
#: the settings the contract can build a TrainSet for, in order of preference
BUILDABLE = (
    Setting.ONE_CLASS,
    Setting.OPEN_SET,
    Setting.DUAL_DISTRIBUTION,
    Setting.CLIP_RECONSTRUCTION,
    Setting.ZERO_FEW_SHOT,  # the k normal images (n_normal >= 4, WinCLIP+'s largest k) and the class name
)
FAST = {"weights": "random", "max_steps": 2, "progress": False, "seed": 0}

pytestmark = pytest.mark.xdist_group("contract")


def phantoms(n_normal: int, n_anomalous: int, size: int, seed: int = 0, channels: int = 3) -> ImageSet:
    """Brain-MRI phantom images with masks (anomalies cycle through the domain's classes)."""
    rng = np.random.default_rng(seed)
    classes = DOMAINS["brain_mri"]
    images, masks, names = [], [], []
    for i in range(n_normal + n_anomalous):
        anomaly = None if i < n_normal else classes[(i - n_normal) % len(classes)]
        image, mask = render("brain_mri", rng, size, anomaly)
        images.append(torch.from_numpy(image).float().expand(channels, size, size).clone())
        masks.append(torch.from_numpy(mask))
        names.append(anomaly or "good")
    labels = [0] * n_normal + [1] * n_anomalous
    return ImageSet.from_tensors(torch.stack(images), labels, torch.stack(masks), names, name="contract")


def trainset(setting: Setting, size: int = SIZE, n_normal: int = 8) -> TrainSet:
    """A tiny TrainSet of ``setting``."""
    ts = TrainSet(setting, normal=phantoms(n_normal, 0, size, seed=1), class_name="brain MRI")
    if setting in (Setting.ONE_CLASS, Setting.OPEN_SET):
        ts.valid = phantoms(2, 2, size, seed=2)
    if setting == Setting.OPEN_SET:
        ts.anomalies = phantoms(0, 2, size, seed=3)
        ts.outliers = phantoms(2, 0, size, seed=6)  # SAOE's outlier exposure needs external images
    if setting == Setting.DUAL_DISTRIBUTION:
        ts.unlabelled = phantoms(4, 4, size, seed=4)
    return ts


def setting_of(cls: type[Detector]) -> Setting:
    for setting in BUILDABLE:
        if setting in cls.settings:
            return setting
    pytest.skip(f"{cls.name}: the contract builds no TrainSet for {sorted(s.value for s in cls.settings)}")


TEST = phantoms(3, 3, SIZE, seed=5)
_FITTED: dict[str, Detector] = {}


def fitted(name: str) -> Detector:
    """The method fitted once per module on the tiny set of its setting."""
    if name not in _FITTED:
        cls = get_method(name)
        _FITTED[name] = cls.for_profile("smoke", **FAST).fit(trainset(setting_of(cls)))
    return _FITTED[name]


@pytest.mark.parametrize("name", METHODS)
def test_profile_params_are_real_parameters_and_every_profile_builds(name):
    cls = get_method(name)
    names = set(cls.param_names())
    for profile, params in cls.profile_params.items():
        assert profile in PROFILES, f"{name}: unknown profile {profile!r}"
        assert set(params) <= names, (
            f"{name}.profile_params[{profile!r}]: {sorted(set(params) - names)} are no parameters"
        )
    for profile in PROFILES:
        detector = cls.for_profile(profile)
        assert detector.profile == profile
        params = detector.get_params()
        assert type(detector)(**params).get_params() == params, "get_params round-trips"
        assert set(params) == names, "every __init__ parameter is stored as an attribute of the same name"


@pytest.mark.parametrize("name", METHODS)
def test_unknown_or_ill_typed_parameters_are_a_clear_error(name):
    cls = get_method(name)
    with pytest.raises(MedadError, match=r"(?s)no parameter\(s\) 'nope'.*batch_size: int = "):
        cls.for_profile("smoke", nope=1)
    with pytest.raises(MedadError, match="parameter 'batch_size' expects int; got 'abc'"):
        cls.for_profile("smoke", batch_size="abc")
    with pytest.raises(MedadError, match="parameter 'max_steps' expects int | None"):
        cls.for_profile("smoke", max_steps=[1])


@pytest.mark.parametrize("name", METHODS)
def test_predict_before_fit_is_a_clear_error(name):
    with pytest.raises(MedadError, match="fit"):
        get_method(name).for_profile("smoke", **FAST).predict(TEST)


@pytest.mark.parametrize("name", METHODS)
def test_smoke_fit_scores_maps_and_channels(name):
    cls = get_method(name)
    detector = fitted(name)
    assert isinstance(detector, cls) and detector.train_shape == (3, SIZE, SIZE)
    prediction = detector.predict(TEST)
    assert prediction.scores.shape == (len(TEST),) and np.isfinite(prediction.scores).all()
    if cls.localizes:
        assert prediction.maps is not None and prediction.maps.shape == (len(TEST), SIZE, SIZE)
        assert np.isfinite(prediction.maps).all()
    else:
        assert prediction.maps is None, f"{name} says it does not localise but returned maps"
    with pytest.raises(MedadError, match="3-channel .* got 1-channel"):
        detector.predict(TEST.tensors()[:, :1])


@pytest.mark.parametrize("name", METHODS)
def test_checkpoint_round_trip_is_bit_identical_and_refuses_misuse(name, tmp_path):
    """Detector.save / Detector.load (issue 19): the same predictions, bit for bit on the CPU."""
    detector = fitted(name)
    before = detector.predict(TEST)
    path = detector.save(tmp_path / f"{name}.pt")
    payload = torch.load(path, weights_only=True)  # no pickled classes
    assert payload["method"] == name and tuple(payload["train_shape"]) == (3, SIZE, SIZE)
    loaded = Detector.load(path)
    assert type(loaded) is type(detector) and loaded.get_params() == detector.get_params()
    after = loaded.predict(TEST)
    np.testing.assert_array_equal(after.scores, before.scores)
    if before.maps is None:
        assert after.maps is None
    else:
        np.testing.assert_array_equal(after.maps, before.maps)
    for key, value in before.extras.items():
        np.testing.assert_array_equal(after.extras[key], value)
    other = get_method(METHODS[(METHODS.index(name) + 1) % len(METHODS)])
    with pytest.raises(MedadError, match=f"checkpoint of {name}, not {other.name}"):
        other.load(path)
    with pytest.raises(MedadError, match="3-channel .* got 1-channel"):
        loaded.predict(TEST.tensors()[:, :1])


@pytest.mark.parametrize("name", METHODS)
def test_fit_returns_self_and_a_fixed_seed_repeats(name):
    cls = get_method(name)
    detector = cls.for_profile("smoke", **FAST)
    assert detector.fit(trainset(setting_of(cls))) is detector
    np.testing.assert_allclose(detector.predict(TEST).scores, fitted(name).predict(TEST).scores, rtol=1e-4, atol=1e-6)


def _paper_size(cls: type[Detector]) -> int:
    size = cls.resolved_params("paper").get("image_size")
    return int(size) if size else 224  # the BMAD and DRA datasets' paper resolution (data/spec.py)


# two groups so that the ~6 CPU-minutes of paper-size fits (PaDiM's covariances alone ~100 s) share the workers
PAPER_CASES = [pytest.param(n, marks=pytest.mark.xdist_group(f"contract_paper_{i % 2}")) for i, n in enumerate(METHODS)]


@pytest.mark.slow
@pytest.mark.parametrize("name", PAPER_CASES)
def test_paper_profile_dry_run(name):
    """The configuration a GPU user runs first: paper parameters, one optimisation step, few images.

    Four normal training images (WinCLIP+'s k = 4 shots), a batch of 2, and one normal and one
    anomalous test image at the paper's resolution: the paper's batches (48 images at 448 px,
    WinCLIP's hundreds of windows per image) would only add CPU minutes to what this checks, that
    the paper configuration runs.
    """
    cls = get_method(name)
    size = _paper_size(cls)
    detector = cls.for_profile("paper", weights="random", max_steps=1, progress=False, batch_size=2)
    if "image_size" in inspect.signature(cls.__init__).parameters or "image_size" in cls.param_names():
        assert detector.image_size in (None, size)
    train = trainset(setting_of(cls), size=size, n_normal=4)
    test = phantoms(1, 1, size, seed=6)
    prediction = detector.fit(train).predict(test)
    assert prediction.scores.shape == (2,) and np.isfinite(prediction.scores).all()
    if cls.localizes:
        assert prediction.maps.shape == (2, size, size)
