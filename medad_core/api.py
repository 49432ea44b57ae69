"""The Detector API every method in medad implements.

Data flows one way::

    dataset spec -> reader -> ImageSet / TrainSet -> Detector.fit -> Detector.predict -> Prediction
                 -> metrics -> result row (cached) -> table or figure

* :class:`ImageSet` is a list of images (lazily read from files, or held in memory) with their
  image labels (0 normal, 1 anomalous), optional pixel masks and anomaly-class names.
* :class:`TrainSet` carries whichever parts a training setting has (see :class:`Setting`).
* :class:`Detector` is the small scikit-learn/PyOD-style estimator around a plain ``nn.Module``
  (anomalib's ``torch_model.py`` pattern): parameters in ``__init__``, ``fit(train)`` returns
  ``self``, ``predict(images)`` returns a :class:`Prediction` whose image scores are higher for more
  anomalous images and whose pixel maps (where the method localises) have the input resolution.
"""

from __future__ import annotations

import collections.abc
import enum
import inspect
import math
import os
import types
import typing
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal, Union

import numpy as np
import torch

from medad_core.progress import progress
from medad_core.seeding import seed_everything

__all__ = [
    "Setting",
    "ImageRecord",
    "ImageSet",
    "TrainSet",
    "Prediction",
    "Detector",
    "MedadError",
]


class MedadError(Exception):
    """An error whose message tells the user what was expected and how to fix it."""


class _Mismatch(Exception):
    """A value does not fit a type hint (internal to :meth:`Detector.check_params`)."""


def _type_name(hint: Any) -> str:
    """A readable name of a type hint (``int | None``, ``tuple[str, ...]``, ``'a' | 'b'``)."""
    if hint is Any:
        return "any"
    if hint is type(None):
        return "None"
    origin = typing.get_origin(hint)
    if origin is Literal:
        return " | ".join(repr(a) for a in typing.get_args(hint))
    if origin in (Union, types.UnionType):
        return " | ".join(_type_name(a) for a in typing.get_args(hint))
    if origin is not None:
        args = typing.get_args(hint)
        inner = ", ".join("..." if a is Ellipsis else _type_name(a) for a in args)
        return (
            f"{getattr(origin, '__name__', str(origin))}[{inner}]" if args else getattr(origin, "__name__", str(origin))
        )
    return getattr(hint, "__name__", str(hint))


def _coerce(value: Any, hint: Any) -> Any:
    """``value`` checked against ``hint`` (JSON lists become tuples where a tuple is expected).

    Unknown kinds of hint (callables, protocols, forward references) accept any value: the check is
    there for what a user types, not to re-implement a type checker.
    """
    if hint is Any or isinstance(hint, (str, typing.TypeVar)):
        return value
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal:
        return _accept(any(value == a and type(value) is type(a) for a in args), value)
    if origin in (Union, types.UnionType):
        for arm in args:
            try:
                return _coerce(value, arm)
            except _Mismatch:
                continue
        raise _Mismatch
    if origin in (tuple, list, collections.abc.Sequence):
        return _coerce_sequence(value, origin, args)
    if origin in (dict, collections.abc.Mapping):
        return _accept(isinstance(value, dict), value)
    if origin is None and isinstance(hint, type):
        return _accept(_is_instance(value, hint), value)
    return value


def _accept(ok: bool, value: Any) -> Any:
    if not ok:
        raise _Mismatch
    return value


def _is_instance(value: Any, hint: type) -> bool:
    if hint is type(None):
        return value is None
    if isinstance(value, bool) and hint is not bool:
        return False  # JSON's true is no number of epochs
    if hint is float:
        return isinstance(value, (int, float))  # an int is a fine float
    return isinstance(value, hint)


def _coerce_sequence(value: Any, origin: Any, args: tuple) -> Any:
    # a string is a sequence of characters, never what a tuple-of-layers parameter means
    if not isinstance(value, (list, tuple)):
        raise _Mismatch
    if origin is tuple and args and args[-1] is not Ellipsis:
        if len(args) != len(value):
            raise _Mismatch
        return tuple(_coerce(v, a) for v, a in zip(value, args, strict=True))
    item = args[0] if args else Any
    items = [_coerce(v, item) for v in value]
    return tuple(items) if origin is tuple else (items if origin is list else type(value)(items))


class Setting(str, enum.Enum):
    """The training settings of the five source documents.

    ``ONE_CLASS``           normal images only (BMAD's fifteen algorithms, DIA, CSI).
    ``OPEN_SET``            normal images + a few labelled anomalies + pseudo / external outliers (DRA).
    ``DUAL_DISTRIBUTION``   normal images + an unlabelled pool with an unknown anomaly rate (DDAD-ASR).
    ``ZERO_FEW_SHOT``       no or k normal images and the class name, vision-language models (WinCLIP, MVFA).
    ``CLIP_RECONSTRUCTION`` normal images through frozen CLIP encoders, trainable reconstruction
                            and prompt adapter (the thesis, Ch. 4).
    """

    ONE_CLASS = "one_class"
    OPEN_SET = "open_set"
    DUAL_DISTRIBUTION = "dual_distribution"
    ZERO_FEW_SHOT = "zero_few_shot"
    CLIP_RECONSTRUCTION = "clip_reconstruction"

    @classmethod
    def parse(cls, value: str | Setting) -> Setting:
        """The setting named ``value``.

        Args:
            value: a setting or its name.

        Returns:
            The :class:`Setting`.

        Raises:
            MedadError: an unknown name (the message lists the settings).
        """
        if isinstance(value, Setting):
            return value
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise MedadError(f"unknown setting {value!r}; expected one of: {allowed}") from None


@dataclass(frozen=True)
class ImageRecord:
    """One image of a dataset: where it is and what is known about it."""

    path: str
    label: int  # 0 normal, 1 anomalous
    anomaly_class: str = "good"
    mask_path: str | None = None


Reader = Callable[[ImageRecord], "tuple[torch.Tensor, torch.Tensor | None]"]


class ImageSet(torch.utils.data.Dataset):
    """Images with labels, optional masks and anomaly classes.

    Two storages share one interface: file-backed (``records`` + ``reader``, read on demand and
    streamed by :meth:`batches`) and in-memory (``from_tensors``). Images are float32 ``(C, H, W)``
    in [0, 1]; masks are bool ``(H, W)`` at image resolution.
    """

    def __init__(
        self,
        records: Sequence[ImageRecord],
        reader: Reader | None = None,
        *,
        images: torch.Tensor | None = None,
        masks: torch.Tensor | None = None,
        has_masks: bool | None = None,
        name: str = "",
    ):
        if (reader is None) == (images is None):
            raise ValueError("ImageSet needs exactly one of `reader` (file-backed) or `images` (in memory)")
        if images is not None:
            if images.ndim != 4:
                raise MedadError(f"images must be (N, C, H, W); got shape {tuple(images.shape)}")
            if len(images) != len(records):
                raise MedadError(f"{len(images)} images but {len(records)} records")
            if masks is not None and (
                masks.ndim != 3 or masks.shape[0] != len(images) or masks.shape[-2:] != images.shape[-2:]
            ):
                raise MedadError(
                    f"masks must be (N, H, W) = ({len(images)}, {images.shape[-2]}, {images.shape[-1]}) "
                    f"to match the images; got {tuple(masks.shape)}"
                )
        self.records = list(records)
        self.reader = reader
        self._images = images
        self._masks = masks.bool() if masks is not None else None
        if has_masks is None:
            has_masks = masks is not None or any(r.mask_path for r in self.records)
        self.has_masks = bool(has_masks)
        self.name = name

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def from_tensors(
        cls,
        images: torch.Tensor,
        labels: Sequence[int] | np.ndarray,
        masks: torch.Tensor | np.ndarray | None = None,
        anomaly_classes: Sequence[str] | None = None,
        name: str = "",
    ) -> ImageSet:
        """An in-memory image set.

        Args:
            images: float ``(N, C, H, W)`` in [0, 1].
            labels: 0 normal, 1 anomalous, per image.
            masks: bool ``(N, H, W)`` pixel masks, or None.
            anomaly_classes: class name per image (default ``good`` / ``anomaly`` from the labels).
            name: a name for messages.

        Returns:
            The image set.
        """
        labels = np.asarray(labels, dtype=int)
        if anomaly_classes is None:
            anomaly_classes = ["good" if y == 0 else "anomaly" for y in labels]
        records = [
            ImageRecord(path=f"<memory:{name}:{i}>", label=int(y), anomaly_class=c)
            for i, (y, c) in enumerate(zip(labels, anomaly_classes, strict=True))
        ]
        if masks is not None and not isinstance(masks, torch.Tensor):
            masks = torch.from_numpy(np.asarray(masks))
        return cls(records, images=images.float(), masks=masks, name=name)

    def subset(self, indices: Sequence[int] | np.ndarray) -> ImageSet:
        """The images at ``indices``, in the same storage.

        Args:
            indices: positions in this set.

        Returns:
            The subset.
        """
        indices = [int(i) for i in indices]
        records = [self.records[i] for i in indices]
        if self._images is not None:
            idx = torch.as_tensor(indices, dtype=torch.long)
            masks = self._masks[idx] if self._masks is not None else None
            return ImageSet(records, images=self._images[idx], masks=masks, has_masks=self.has_masks, name=self.name)
        return ImageSet(records, self.reader, has_masks=self.has_masks, name=self.name)

    def concat(self, other: ImageSet) -> ImageSet:
        """Both sets in one (materialises in memory when the storages differ)."""
        if self.reader is not None and other.reader is self.reader:
            return ImageSet(
                self.records + other.records, self.reader, has_masks=self.has_masks or other.has_masks, name=self.name
            )
        a, b = self.materialize(), other.materialize()
        masks = None
        if a.has_masks or b.has_masks:
            masks = torch.cat([a.masks_tensor(), b.masks_tensor()])
        return ImageSet(a.records + b.records, images=torch.cat([a._images, b._images]), masks=masks, name=self.name)

    def materialize(self) -> ImageSet:
        """An in-memory copy (a no-op for in-memory sets)."""
        if self._images is not None:
            return self
        items = [self[i] for i in range(len(self))]
        images = torch.stack([it["image"] for it in items]) if items else torch.empty(0)
        masks = torch.stack([it["mask"] for it in items]) if items and self.has_masks else None
        return ImageSet(self.records, images=images, masks=masks, has_masks=self.has_masks, name=self.name)

    # -- access -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, i: int) -> dict[str, Any]:
        rec = self.records[i]
        if self._images is not None:
            image = self._images[i]
            mask = self._masks[i] if self._masks is not None else None
        else:
            image, mask = self.reader(rec)
        if mask is None and self.has_masks:
            mask = torch.zeros(image.shape[-2:], dtype=torch.bool)
        out = {"image": image, "label": rec.label, "anomaly_class": rec.anomaly_class, "index": i}
        if mask is not None:
            out["mask"] = mask
        return out

    @property
    def labels(self) -> np.ndarray:
        """Image labels (0 normal, 1 anomalous) as an int array."""
        return np.array([r.label for r in self.records], dtype=int)

    @property
    def anomaly_classes(self) -> list[str]:
        """Anomaly-class name per image (``good`` for normal images)."""
        return [r.anomaly_class for r in self.records]

    @property
    def paths(self) -> list[str]:
        """File path (or ``<memory:...>`` name) per image."""
        return [r.path for r in self.records]

    def image_shape(self) -> tuple[int, int, int]:
        """``(C, H, W)`` of the first image (reads one file).

        Returns:
            The shape.

        Raises:
            MedadError: the set is empty.
        """
        if len(self) == 0:
            raise MedadError(f"image set {self.name!r} is empty")
        return tuple(self[0]["image"].shape)  # type: ignore[return-value]

    def tensors(self) -> torch.Tensor:
        """All images as one (N, C, H, W) tensor (reads every file; use :meth:`batches` to stream)."""
        return self.materialize()._images

    def masks_tensor(self) -> torch.Tensor | None:
        """All masks as one bool (N, H, W) tensor, or None when the dataset has no masks."""
        if not self.has_masks:
            return None
        m = self.materialize()
        if m._masks is None:
            n, _, h, w = m._images.shape
            return torch.zeros(n, h, w, dtype=torch.bool)
        return m._masks

    def batches(
        self,
        batch_size: int = 32,
        *,
        device: str | torch.device = "cpu",
        shuffle: bool = False,
        seed: int = 0,
        num_workers: int = 0,
        drop_last: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """Stream batches ``{"image": (B,C,H,W), "label": (B,), "mask": (B,H,W)?, "index": (B,)}``."""
        if self._images is not None:
            n = len(self)
            order = torch.randperm(n, generator=torch.Generator().manual_seed(seed)) if shuffle else torch.arange(n)
            stop = n - n % batch_size if drop_last else n
            for start in range(0, stop, batch_size):
                idx = order[start : start + batch_size]
                batch = {
                    "image": self._images[idx].to(device, non_blocking=True),
                    "label": torch.as_tensor(self.labels[idx.numpy()], device=device),
                    "index": idx.to(device),
                }
                if self.has_masks:
                    masks = (
                        self._masks[idx]
                        if self._masks is not None
                        else torch.zeros(len(idx), *self._images.shape[-2:], dtype=torch.bool)
                    )
                    batch["mask"] = masks.to(device)
                yield batch
            return
        loader = torch.utils.data.DataLoader(
            self,
            batch_size=batch_size,
            shuffle=shuffle,
            num_workers=num_workers,
            drop_last=drop_last,
            generator=torch.Generator().manual_seed(seed) if shuffle else None,
            collate_fn=_collate,
            persistent_workers=False,
        )
        for batch in loader:
            yield {k: (v.to(device, non_blocking=True) if isinstance(v, torch.Tensor) else v) for k, v in batch.items()}

    def __repr__(self) -> str:
        n_anom = int(self.labels.sum()) if len(self) else 0
        storage = "memory" if self._images is not None else "files"
        return f"ImageSet({self.name!r}, n={len(self)}, anomalous={n_anom}, masks={self.has_masks}, storage={storage})"


def _collate(items: list[dict[str, Any]]) -> dict[str, Any]:
    out = {
        "image": torch.stack([it["image"] for it in items]),
        "label": torch.as_tensor([it["label"] for it in items]),
        "index": torch.as_tensor([it["index"] for it in items]),
        "anomaly_class": [it["anomaly_class"] for it in items],
    }
    if "mask" in items[0]:
        out["mask"] = torch.stack([it["mask"] for it in items])
    return out


@dataclass
class TrainSet:
    """The training data of one run; which parts are present depends on the setting.

    ``normal``      labelled normal images (one-class, open-set, dual-distribution, k-shot normals).
    ``anomalies``   the few labelled anomalies of the open-set setting (DRA's "seen" anomalies).
    ``outliers``    external outlier images (DRA's external pseudo anomalies, SAOE's outlier exposure).
    ``unlabelled``  DDAD's unlabelled pool (its labels are kept for analysis only; methods must not read them).
    ``valid``       a labelled validation split for model selection (BMAD's protocol), or None.
    ``class_name``  a text name for vision-language prompts ("brain MRI", "chest X-ray", ...).
    ``split``       the record of how the split was drawn (dataset, protocol, seed, indices), stored with results.
    """

    setting: Setting
    normal: ImageSet | None = None
    anomalies: ImageSet | None = None
    outliers: ImageSet | None = None
    unlabelled: ImageSet | None = None
    valid: ImageSet | None = None
    class_name: str = "object"
    split: dict[str, Any] = field(default_factory=dict)

    def require(self, *parts: str, method: str = "this method") -> None:
        """Raise a clear error when a part the method needs is missing or empty."""
        for part in parts:
            value = getattr(self, part)
            if value is None or len(value) == 0:
                raise MedadError(
                    f"{method} needs `TrainSet.{part}` (setting {self.setting.value!r}), but it is "
                    f"{'missing' if value is None else 'empty'}"
                )

    def image_shape(self) -> tuple[int, int, int]:
        """``(C, H, W)`` of the training images (the first non-empty part).

        Returns:
            The shape.

        Raises:
            MedadError: the training set has no images.
        """
        for part in (self.normal, self.unlabelled, self.anomalies, self.valid):
            if part is not None and len(part):
                return part.image_shape()
        raise MedadError("the training set has no images")


@dataclass
class Prediction:
    """Output of :meth:`Detector.predict`.

    ``scores``  float (N,), higher = more anomalous.
    ``maps``    float32 (N, H, W) pixel anomaly maps at input resolution, or None when the method
                does not localise.
    ``extras``  per-head or per-member scores a method wants to expose (e.g. DRA's four heads).
    """

    scores: np.ndarray
    maps: np.ndarray | None = None
    extras: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.scores = np.asarray(self.scores, dtype=np.float64).reshape(-1)
        if self.maps is not None:
            self.maps = np.asarray(self.maps, dtype=np.float32)
            if self.maps.ndim != 3 or len(self.maps) != len(self.scores):
                raise ValueError(f"maps must be (N, H, W) with N={len(self.scores)}; got {self.maps.shape}")


class Detector(ABC):
    """Base class of every method: an estimator around a plain ``nn.Module`` (``self.model``).

    Subclasses set the class attributes, take their hyper-parameters as keyword arguments of
    ``__init__`` (stored as attributes of the same name so :meth:`get_params` sees them), build
    every network in ``_build(shape)`` (called first by ``_fit``, at the start of ``setup`` for a
    trained method, and by :meth:`load`), and implement ``_fit`` / ``_predict_batch``. Fitted
    non-network state (memory banks, statistics, thresholds) lives in attributes holding tensors,
    arrays or plain values, so that :meth:`save` captures it without per-method code
    (:mod:`medad_core.checkpoint`).

    Class attributes:
        name        registry name (``"patchcore"``)
        settings    the :class:`Setting` values it can be trained in
        localizes   whether ``predict`` returns pixel maps
        paper       the document and section it follows
    """

    name: ClassVar[str] = ""
    settings: ClassVar[frozenset[Setting]] = frozenset({Setting.ONE_CLASS})
    localizes: ClassVar[bool] = False
    paper: ClassVar[str] = ""
    #: hyper-parameters per profile (``smoke`` / ``quick`` / ``paper``), applied by :meth:`for_profile`
    #: underneath the user's own parameters; ``paper`` holds the paper's settings.
    profile_params: ClassVar[dict[str, dict[str, Any]]] = {}
    #: version of the method's computation: bump it whenever a change alters its numbers, so that
    #: cached result rows of the old computation are no longer served (part of the cache key)
    version: ClassVar[str] = "1"

    def __init__(
        self,
        *,
        device: str = "cpu",
        seed: int = 0,
        weights: str = "auto",
        profile: str = "quick",
        batch_size: int = 32,
        progress: bool = True,
        max_steps: int | None = None,
    ):
        self.device = device
        self.seed = seed
        self.weights = weights
        self.profile = profile
        self.batch_size = batch_size
        self.progress = progress
        #: stop training after this many optimisation steps (None: the full schedule); the
        #: paper-profile dry run uses 1 so a GPU user's first configuration cannot crash on a typo
        self.max_steps = max_steps
        self.model: torch.nn.Module | None = None
        self.weights_used: str = "none"
        self.fit_info: dict[str, Any] = {}
        #: (C, H, W) of the training images, recorded by :meth:`fit` (predict checks the channels)
        self.train_shape: tuple[int, int, int] | None = None
        #: decision thresholds chosen on the valid split (``{"image": t, "pixel": t, ...}`` in raw score
        #: units; the runner sets them when it keeps the model), saved in the checkpoint
        self.thresholds: dict[str, Any] | None = None

    # -- scikit-learn feel ------------------------------------------------------------------
    @classmethod
    def param_names(cls) -> list[str]:
        """Names of the keyword parameters of ``__init__`` over the class hierarchy (base first).

        Returns:
            The parameter names.
        """
        names: list[str] = []
        for klass in reversed(cls.__mro__):
            if "__init__" in vars(klass) and klass is not object:
                for p in inspect.signature(klass.__init__).parameters.values():
                    if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.name not in names:
                        names.append(p.name)
        return names

    @classmethod
    def param_spec(cls) -> dict[str, tuple[Any, Any]]:
        """Each parameter's ``(type hint, default)``, from the most derived ``__init__`` declaring it.

        Returns:
            ``{name: (hint, default)}`` in :meth:`param_names` order; the hint is ``Any`` where the
            annotation cannot be resolved and the default ``inspect.Parameter.empty`` where there is none.
        """
        spec: dict[str, tuple[Any, Any]] = {}
        for klass in cls.__mro__:
            if "__init__" not in vars(klass) or klass is object:
                continue
            try:
                hints = typing.get_type_hints(klass.__init__)
            except Exception:  # noqa: BLE001 - an unresolvable annotation only loses its type check
                hints = {}
            for p in inspect.signature(klass.__init__).parameters.values():
                if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.name not in spec:
                    spec[p.name] = (hints.get(p.name, Any), p.default)
        return {name: spec[name] for name in cls.param_names()}

    @classmethod
    def describe_params(cls) -> str:
        """The parameters as ``name: type = default`` lines (what error messages list).

        Returns:
            One line per parameter.
        """
        lines = []
        for name, (hint, default) in cls.param_spec().items():
            shown = "" if default is inspect.Parameter.empty else f" = {default!r}"
            lines.append(f"  {name}: {_type_name(hint)}{shown}")
        return "\n".join(lines)

    @classmethod
    def check_params(cls, params: dict[str, Any], *, origin: str = "") -> dict[str, Any]:
        """Check parameter names and types against the ``__init__`` signatures, as a user would hit them.

        Args:
            params: keyword parameters (e.g. from ``--param KEY=VALUE`` as JSON values).
            origin: where they come from, for the message (e.g. ``"profile_params['paper']"``).

        Returns:
            The parameters, JSON lists converted to tuples where a tuple is expected.

        Raises:
            MedadError: an unknown or ill-typed parameter; the message lists the method's parameters.
        """
        spec = cls.param_spec()
        where = f" in {origin}" if origin else ""
        unknown = sorted(set(params) - set(spec))
        if unknown:
            raise MedadError(
                f"{cls.name or cls.__name__} has no parameter(s) {', '.join(map(repr, unknown))}{where}; "
                f"its parameters are:\n{cls.describe_params()}"
            )
        checked = {}
        for name, value in params.items():
            hint = spec[name][0]
            try:
                checked[name] = _coerce(value, hint)
            except _Mismatch:
                raise MedadError(
                    f"{cls.name or cls.__name__}: parameter {name!r}{where} expects "
                    f"{_type_name(hint)}; got {value!r} ({type(value).__name__}). Its parameters "
                    f"are:\n{cls.describe_params()}"
                ) from None
        return checked

    @classmethod
    def resolved_params(cls, profile: str, **params: Any) -> dict[str, Any]:
        """Every parameter's value for ``profile``: ``__init__`` defaults < profile parameters < ``params``.

        Args:
            profile: ``smoke``, ``quick`` or ``paper``.
            **params: the user's parameters.

        Returns:
            All parameters by name (checked; what the cache key hashes).
        """
        defaults = {
            name: default for name, (_, default) in cls.param_spec().items() if default is not inspect.Parameter.empty
        }
        return {**defaults, **cls._merged_params(profile, params)}

    @classmethod
    def _merged_params(cls, profile: str, params: dict[str, Any]) -> dict[str, Any]:
        base = cls.check_params(
            cls.profile_params.get(profile, {}), origin=f"{cls.__name__}.profile_params[{profile!r}]"
        )
        merged = {**base, **cls.check_params(params)}
        merged.setdefault("profile", profile)
        return merged

    @classmethod
    def weights_identity(cls, params: dict[str, Any], profile: str) -> dict[str, Any] | None:
        """What identifies weights the method makes itself and caches outside the row, for the cache key.

        A method whose fallback weights are trained by medad (the phantom-clip of the CLIP methods)
        returns the recipe that trains them, so a changed recipe misses the results cache; None (the
        default) adds nothing to the key.

        Args:
            params: the resolved parameters (:meth:`resolved_params`).
            profile: the run's profile.

        Returns:
            A JSON-able dict, or None.
        """
        return None

    @classmethod
    def input_size(cls, params: dict[str, Any]) -> int | None:
        """The square side, in pixels, at which the method's network reads its images.

        The runner reads the data at this size from the original files (never at a smaller size
        that the method would then interpolate up). A method whose input size is not an
        ``image_size`` parameter overrides this.

        Args:
            params: the resolved parameters (:meth:`resolved_params`).

        Returns:
            The ``image_size`` parameter when the method has one and it is set, else None (the
            dataset's size for the profile).
        """
        size = params.get("image_size")
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
            return None
        return size

    @classmethod
    def for_profile(cls, profile: str, **params: Any) -> Detector:
        """An instance with the profile's hyper-parameters, overridden by ``params``.

        Args:
            profile: ``smoke``, ``quick`` or ``paper`` (selects :attr:`profile_params`).
            **params: the user's parameters (checked by :meth:`check_params` before anything is built).

        Returns:
            The unfitted detector.

        Raises:
            MedadError: an unknown or ill-typed parameter.
        """
        return cls(**cls._merged_params(profile, params))

    def get_params(self) -> dict[str, Any]:
        """The instance's parameters (``cls(**obj.get_params())`` builds an equal detector).

        Returns:
            Parameters by name.
        """
        return {k: getattr(self, k) for k in self.param_names() if hasattr(self, k)}

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({params})"

    # -- public API -------------------------------------------------------------------------
    def fit(self, train: TrainSet) -> Detector:
        """Train on ``train`` (seeded by ``self.seed``).

        Args:
            train: the training set of one of :attr:`settings`.

        Returns:
            ``self``.

        Raises:
            MedadError: a setting the method does not support, or missing training parts.
        """
        if train.setting not in self.settings:
            allowed = ", ".join(sorted(s.value for s in self.settings))
            raise MedadError(
                f"{self.name} cannot be trained in setting {train.setting.value!r}; it supports: {allowed}"
            )
        seed_everything(self.seed)
        try:
            self.train_shape = train.image_shape()
        except MedadError:  # zero-shot: no training images, nothing to compare with
            self.train_shape = None
        self._fit(train)
        if self.model is not None:
            self.model.eval()
        return self

    def predict(self, images: ImageSet | torch.Tensor, batch_size: int | None = None) -> Prediction:
        """Score images; a tensor is taken as an (N, C, H, W) batch in [0, 1].

        Images must have the training channels; a detector loaded from a checkpoint also refuses
        another size than its training input (:meth:`load`).
        """
        self._check_fitted()
        if isinstance(images, torch.Tensor):
            images = ImageSet.from_tensors(images, np.zeros(len(images), dtype=int))
        if len(images) == 0:
            raise MedadError("predict() got an empty image set")
        scores, maps, extras = [], [], {}
        bs = batch_size or self.batch_size
        with torch.inference_mode():
            for batch in progress(
                images.batches(bs, device=self.device),
                total=math.ceil(len(images) / bs),
                desc=f"{self.name} predict",
                enable=self.progress,
            ):
                self._check_channels(batch["image"])
                out = self._predict_batch(batch["image"])
                scores.append(np.asarray(out.scores))
                if out.maps is not None:
                    maps.append(np.asarray(out.maps, dtype=np.float32))
                for key, value in out.extras.items():
                    extras.setdefault(key, []).append(np.asarray(value))
        maps_arr = np.concatenate(maps) if maps else None
        return Prediction(np.concatenate(scores), maps_arr, {k: np.concatenate(v) for k, v in extras.items()})

    def save(self, path: str | os.PathLike, **run_ids: Any) -> Path:
        """Write the fitted detector to one checkpoint file (:mod:`medad_core.checkpoint`).

        The file loads with ``torch.load(path, weights_only=True)``: the method name, medad's version,
        the resolved parameters, the training input shape, the weights used, ``fit_info``, the
        thresholds chosen on the valid split (if any), every network's ``state_dict`` and the other
        fitted state (memory banks, statistics) as tensors and plain values.

        Args:
            path: the file to write (atomically).
            **run_ids: ``config_hash`` / ``cache_key`` of the run (the runner passes them).

        Returns:
            The path written.

        Raises:
            MedadError: the detector is not fitted, or holds state that cannot be stored as plain data.
        """
        from medad_core import checkpoint  # noqa: PLC0415 - checkpoint builds on this module

        return checkpoint.save(self, path, **run_ids)

    @classmethod
    def load(cls, path: str | os.PathLike, *, device: str | None = None) -> Detector:
        """A fitted detector from a checkpoint written by :meth:`save`, rebuilt through the registry.

        ``Detector.load`` accepts any method's checkpoint; a method's own class (``PaDiM.load``)
        refuses another method's. The networks are built by ``_build(train_shape)`` without
        downloading weights (the stored state dicts replace them); ``weights_used`` is the file's.

        Args:
            path: the checkpoint file.
            device: load onto this device instead of the one it was saved from.

        Returns:
            The detector, ready to predict images of the training input shape.

        Raises:
            MedadError: a missing or corrupt file, another medad major version, a checkpoint of another
                method than ``cls``, or state that does not fit the rebuilt networks.
        """
        from medad_core import checkpoint  # noqa: PLC0415

        return checkpoint.load(path, expected=None if cls is Detector else cls, device=device)

    def embed(self, images: ImageSet | torch.Tensor) -> np.ndarray:
        """Image-level feature vectors ``(N, D)`` of the learned representation (t-SNE figures).

        Methods that have one override this; the default says it has none.
        """
        raise MedadError(f"{self.name} has no image embedding (embed() is not implemented for it)")

    def adapt(self, target: TrainSet) -> Detector:
        """Fine-tune a fitted detector on a target domain (cross-domain adaptation, DRA Table 9).

        Methods that support it override this; the default says it does not.
        """
        raise MedadError(f"{self.name} does not support cross-domain adaptation (adapt())")

    def num_parameters(self) -> int:
        """Parameters of the network(s) (trainable and frozen)."""
        if self.model is None:
            return 0
        return sum(p.numel() for p in self.model.parameters())

    # -- to implement -----------------------------------------------------------------------
    def _build(self, shape: tuple[int, int, int] | None) -> None:
        """Create ``self.model`` (and every other network) for inputs of ``shape`` = (C, H, W), untrained.

        No data is read; pretrained weights come through the weights policy (``self.weights``).
        ``_fit`` calls it first; :meth:`load` calls it (with ``weights="random"``) before loading
        the stored state dicts. Methods override it; the default says the method has none.

        Args:
            shape: the training images' (C, H, W) (None for a method trained without images).
        """
        raise NotImplementedError(f"{self.name} has no _build(shape)")

    def _has_build(self) -> bool:
        """Whether the method implements :meth:`_build` (checkpoints can only rebuild those)."""
        return type(self)._build is not Detector._build

    @abstractmethod
    def _fit(self, train: TrainSet) -> None:
        """Call ``self._build(self.train_shape)``, then train (set ``self.weights_used`` when loading weights)."""

    @abstractmethod
    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        """Score one batch (on ``self.device``); maps must have the input's H and W."""

    def _check_channels(self, images: torch.Tensor) -> None:
        if self.train_shape is not None and images.shape[1] != self.train_shape[0]:
            raise MedadError(
                f"{self.name} was fitted on {self.train_shape[0]}-channel images "
                f"{tuple(self.train_shape)} but predict() got {images.shape[1]}-channel images "
                f"{tuple(images.shape[1:])}; read the test images with the training channels"
            )
        # a reloaded detector is used on new data: it reads them at the training size, as the runner did
        loaded = getattr(self, "checkpoint_info", None)
        if loaded and self.train_shape is not None and tuple(images.shape[-2:]) != tuple(self.train_shape[-2:]):
            h, w = self.train_shape[-2:]
            raise MedadError(
                f"{self.name} (loaded from a checkpoint) was fitted on {h}x{w} images but predict() got "
                f"{images.shape[-2]}x{images.shape[-1]} images; resize them to {h}x{w} (medad predict does)"
            )

    def _check_fitted(self) -> None:
        if self.model is None:
            raise MedadError(f"{self.name}: call fit() before predict()")
