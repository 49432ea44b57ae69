"""One contract over every registered method (in the spirit of scikit-learn's ``parametrize_with_checks``).

A new method is covered by registering it: the checks below are parameterised over
``available_methods()``. Each method is fitted on a tiny in-memory set of brain-MRI phantom images
of a setting it declares (one-class: normals + a labelled valid split; open-set: + a few anomalies;
dual-distribution: + an unlabelled pool), with random weights, the smoke profile and two
optimisation steps; fitted detectors are shared within the module. Each fitted detector is saved,
reloaded (:meth:`Detector.save` / :meth:`Detector.load`) and must predict the same bits.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from medad_core.api import Detector, ImageSet, MedadError, Setting, TrainSet
from medad_core.config import RunConfig
from medad_core.data.phantoms import render
from medad_core.data.spec import DOMAINS
from medad_core.registry import available_methods, get_method
from medad_core.runner import data_size

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
    size = cls.input_size(cls.resolved_params("paper"))
    return int(size) if size else 224  # the BMAD and DRA datasets' paper resolution (data/spec.py)


#: the dry run's image side: the paper's parameters at a side where one step costs seconds, not minutes
#: (PaDiM's 550 x 550 covariance per patch position is 56 x 56 positions at 224 px, 16 x 16 at 64 px)
DRY_SIZE = 64


#: methods whose paper parameters need the paper's side: UTRAD's position grid is 4 x prod(patch_sizes)
#: = 256 px, UniAD's 7 x 7 neighbour mask needs more than a 4 x 4 token grid, SAOE's batch norm more
#: than one value per channel at its last stage
PAPER_SIDE_ONLY = {"utrad", "uniad", "saoe"}


def _dry_size(cls: type[Detector]) -> tuple[int, dict[str, int]]:
    """(the side the dry run reads, the parameter that sets it): ``image_size`` when the method has one."""
    if cls.name in PAPER_SIDE_ONLY:
        return _paper_size(cls), {}
    if "image_size" not in cls.param_names():
        # the network reads the data at its size, unless input_size fixes it (CLIP methods resize to the model)
        fixed = cls.input_size(cls.resolved_params("paper"))
        return (int(fixed) if fixed else DRY_SIZE), {}
    return DRY_SIZE, {"image_size": DRY_SIZE}


@pytest.mark.parametrize("name", METHODS)
def test_paper_profile_reads_the_paper_resolution(name):
    """What the dry run below shrinks: a paper run reads its images at the paper's side (no fit)."""
    cls = get_method(name)
    size = _paper_size(cls)
    config = RunConfig(method=name, dataset="bmad_brain", profile="paper")
    assert data_size(config) == size
    detector = cls.for_profile("paper")
    if "image_size" in cls.param_names():
        assert detector.image_size in (None, size)
    assert size >= 224 or name in SMALL_PAPER_INPUTS, f"{name}: paper input {size} px"


#: methods whose paper input is below 224 px: the reconstruction baselines of DDAD-ASR, which resizes to 64 px
SMALL_PAPER_INPUTS = {"ae", "aeu", "ddad", "memae"}


# two groups so that the paper-parameter fits share the workers
PAPER_CASES = [pytest.param(n, marks=pytest.mark.xdist_group(f"contract_paper_{i % 2}")) for i, n in enumerate(METHODS)]


@pytest.mark.slow
@pytest.mark.parametrize("name", PAPER_CASES)
def test_paper_profile_dry_run(name, tmp_path):
    """The configuration a GPU user runs first: paper parameters, one optimisation step, few images.

    Four normal training images (WinCLIP+'s k = 4 shots), a batch of 2, and one normal and one
    anomalous test image, at :data:`DRY_SIZE` px where the method's input side is a parameter (the
    paper's side is checked without a fit above): the paper's batches and resolution (48 images at
    448 px, WinCLIP's hundreds of windows per image) would only add CPU minutes to what this checks,
    that the paper configuration builds, trains a step, predicts and round-trips through a checkpoint.
    """
    cls = get_method(name)
    size, small = _dry_size(cls)
    detector = cls.for_profile("paper", weights="random", max_steps=1, progress=False, batch_size=2, **small)
    paper = cls.for_profile("paper").get_params()
    changed = {k for k, v in detector.get_params().items() if v != paper.get(k)}
    assert changed <= {"weights", "max_steps", "progress", "batch_size", *small}, "only the dry run's own settings"
    train = trainset(setting_of(cls), size=size, n_normal=4)
    test = phantoms(1, 1, size, seed=6)
    prediction = detector.fit(train).predict(test)
    assert prediction.scores.shape == (2,) and np.isfinite(prediction.scores).all()
    if cls.localizes:
        assert prediction.maps.shape == (2, size, size)
    # the paper configuration's networks and fitted state load back from a checkpoint (the same
    # predictions, bit for bit, are checked on every method's smoke fit above: here a second
    # predict at the paper's width would only double the cost)
    loaded = Detector.load(detector.save(tmp_path / f"{name}.pt"))
    assert type(loaded) is cls and loaded.get_params() == detector.get_params()
    assert loaded.train_shape == detector.train_shape
