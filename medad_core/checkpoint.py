"""Detector checkpoints: one file, loadable with ``torch.load(..., weights_only=True)`` (no pickled classes).

:meth:`Detector.save <medad_core.api.Detector.save>` and :meth:`Detector.load
<medad_core.api.Detector.load>` call :func:`save` and :func:`load`. A checkpoint holds

* ``method``, ``method_version``, ``medad_version`` and ``medad_major`` (a file of another major
  version is refused),
* ``params``: the resolved parameters (:meth:`~medad_core.api.Detector.get_params`),
* ``train_shape`` (C, H, W) of the training images, ``weights_used``, ``fit_info``,
  ``config_hash`` / ``cache_key`` when the runner saved it, and ``thresholds`` (chosen on the valid
  split, when the fit had one: ``image`` and ``pixel``, raw score units),
* ``modules``: every ``nn.Module`` attribute's ``state_dict`` (plus its non-persistent buffers and
  which submodules were in train mode),
* ``state``: every other fitted attribute (tensors; numpy arrays as tensors with a dtype tag;
  numbers, strings, lists, tuples, sets, dicts of those; frozen dataclasses of ``medad_core``).

The fitted attributes are found generically: every attribute of the fitted detector that is not a
constructor parameter. Training-time objects (optimisers, schedulers, generators, data sets,
callables) are left out, as is any object a freshly constructed instance holds under the same name
(it is rebuilt by the constructor). A method whose state lives in another kind of object
implements ``_fitted_state() -> dict`` (plain values, saved under ``extra``) and
``_load_fitted_state(dict)``, or lists the attribute in ``checkpoint_exclude``.

Loading rebuilds the detector through the registry: ``cls(**params)``, then ``_build(train_shape)``
with ``weights="random"`` semantics (no download: the state dicts overwrite the weights; the file's
``weights_used`` is kept), then the state dicts and the other state. Buffers and parameters whose
shape depends on the data (memory banks, statistics) are resized to the stored shape before loading.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import io
import os
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from medad_core.api import Detector, ImageSet, MedadError, TrainSet

__all__ = ["FORMAT", "FORMAT_VERSION", "save", "load", "read", "payload_of", "restore", "medad_major"]

#: the ``format`` field of every checkpoint
FORMAT = "medad-checkpoint"
#: layout version of the payload (bump when the fields change meaning)
FORMAT_VERSION = 1
#: attributes written as named fields of the payload, not under ``state``
_NAMED = ("train_shape", "weights_used", "fit_info", "thresholds")
_KIND = "__medad_kind__"
_INIT_LOCK = threading.Lock()


class _Unsupported(Exception):
    """A value the checkpoint cannot store as plain data."""


def _medad_version() -> str:
    from medad_core.runner import medad_version  # noqa: PLC0415 - runner imports the registry and data readers

    return medad_version()


def medad_major(version: str) -> str:
    """The major part of a version string (``"0.1.0"`` -> ``"0"``).

    Args:
        version: a version such as ``"1.2.3"``.

    Returns:
        The text before the first dot.
    """
    return str(version).split(".", 1)[0]


# -- plain-value encoding ----------------------------------------------------------------------
def _transient(value: Any) -> bool:
    """Training-time objects that no prediction needs (left out of the checkpoint)."""
    from medad_core.nn.training import Optimization  # noqa: PLC0415 - nn.training imports api

    kinds: tuple[type, ...] = (
        torch.optim.Optimizer,
        torch.optim.lr_scheduler.LRScheduler,
        torch.optim.lr_scheduler.ReduceLROnPlateau,
        torch.Generator,
        Optimization,
        ImageSet,
        TrainSet,
        torch.utils.data.DataLoader,
    )
    if isinstance(value, (list, tuple)) and value:
        return all(_transient(v) for v in value)  # e.g. one generator per pool
    if isinstance(value, dict) and value:
        return all(_transient(v) for v in value.values())
    return isinstance(value, kinds) or callable(value) and not isinstance(value, nn.Module)


def encode(value: Any) -> Any:
    """``value`` as data ``torch.load(weights_only=True)`` reads back (see the module docstring).

    Args:
        value: a tensor, array, number, string, None, or a list / tuple / set / dict / dataclass of those.

    Returns:
        The encoded value.

    Raises:
        _Unsupported: another kind of object.
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, torch.Tensor):
        data = value.detach()
        return {_KIND: "tensor", "data": data.cpu(), "device": data.device.type}
    if isinstance(value, np.ndarray):
        return _encode_array(value)
    if isinstance(value, (torch.dtype, torch.device)):
        return {_KIND: type(value).__name__, "name": str(value)}
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return _encode_container(value)
    if (
        dataclasses.is_dataclass(value)
        and not isinstance(value, type)
        and type(value).__module__.split(".")[0] == "medad_core"
    ):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {_KIND: "dataclass", "class": f"{type(value).__module__}:{type(value).__qualname__}", "fields": fields}
    raise _Unsupported(type(value).__qualname__)


def _encode_array(value: np.ndarray) -> dict[str, Any]:
    if value.dtype.kind in "biufc":  # numbers travel as a tensor, the dtype tag restores e.g. float64 / uint16
        return {
            _KIND: "ndarray",
            "data": torch.from_numpy(np.ascontiguousarray(value).copy()),
            "dtype": value.dtype.str,
        }
    if value.dtype.kind in "US":
        return {_KIND: "ndarray", "list": value.tolist(), "dtype": value.dtype.str}
    raise _Unsupported(f"numpy array of dtype {value.dtype}")


def _encode_container(value: list | tuple | set | frozenset | dict) -> Any:
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        if hasattr(value, "_fields"):
            raise _Unsupported(f"named tuple {type(value).__qualname__}")
        return tuple(encode(v) for v in value)
    if isinstance(value, (set, frozenset)):
        return {_KIND: "set", "items": [encode(v) for v in value], "frozen": isinstance(value, frozenset)}
    if _KIND in value:
        raise _Unsupported(f"a dict with the reserved key {_KIND!r}")
    for key in value:
        if not isinstance(key, (str, int, float, bool, type(None))):
            raise _Unsupported(f"a dict key of type {type(key).__name__}")
    return {key: encode(v) for key, v in value.items()}


def decode(value: Any, device: str | torch.device = "cpu") -> Any:
    """The inverse of :func:`encode`; tensors that lived on an accelerator go to ``device``.

    Args:
        value: an encoded value.
        device: where tensors saved from a non-CPU device are placed.

    Returns:
        The decoded value.

    Raises:
        MedadError: an unknown tag, or a dataclass outside ``medad_core``.
    """
    if isinstance(value, list):
        return [decode(v, device) for v in value]
    if isinstance(value, tuple):
        return tuple(decode(v, device) for v in value)
    if not isinstance(value, dict):
        return value
    kind = value.get(_KIND)
    if kind is None:
        return {key: decode(v, device) for key, v in value.items()}
    if kind not in _DECODERS:
        raise MedadError(f"checkpoint: unknown value tag {kind!r} (written by a newer medad?)")
    return _DECODERS[kind](value, device)


def _decode_tensor(value: dict[str, Any], device: str | torch.device) -> torch.Tensor:
    data = value["data"]
    return data if value.get("device", "cpu") == "cpu" else data.to(device)


def _decode_array(value: dict[str, Any], device: str | torch.device) -> np.ndarray:
    if "list" in value:
        return np.array(value["list"], dtype=np.dtype(value["dtype"]))
    return value["data"].numpy().astype(np.dtype(value["dtype"]), copy=False)


def _decode_set(value: dict[str, Any], device: str | torch.device) -> set | frozenset:
    items = [decode(v, device) for v in value["items"]]
    return frozenset(items) if value["frozen"] else set(items)


def _decode_dataclass(value: dict[str, Any], device: str | torch.device) -> Any:
    module, _, qualname = value["class"].partition(":")
    if module.split(".")[0] != "medad_core":
        raise MedadError(f"checkpoint: refusing to rebuild {value['class']} (only medad_core dataclasses)")
    klass: Any = importlib.import_module(module)
    for part in qualname.split("."):
        klass = getattr(klass, part)
    if not dataclasses.is_dataclass(klass):
        raise MedadError(f"checkpoint: {value['class']} is no dataclass")
    return klass(**{k: decode(v, device) for k, v in value["fields"].items()})


_DECODERS = {
    "tensor": _decode_tensor,
    "ndarray": _decode_array,
    "dtype": lambda value, device: getattr(torch, value["name"].removeprefix("torch.")),
    "device": lambda value, device: torch.device(value["name"]),
    "set": _decode_set,
    "dataclass": _decode_dataclass,
}


# -- capture -------------------------------------------------------------------------------------
def _holds_tensors(value: Any) -> bool:
    if isinstance(value, torch.Tensor):
        return True
    if isinstance(value, (list, tuple)):
        return bool(value) and all(isinstance(v, torch.Tensor) for v in value)
    if isinstance(value, dict):
        return bool(value) and all(isinstance(v, torch.Tensor) for v in value.values())
    return False


def _tensor_attributes(module: nn.Module) -> dict[str, Any]:
    """Tensors a network keeps in plain attributes (neither parameters nor buffers: DRA's ``reference_maps``)."""
    out = {}
    for name, sub in module.named_modules():
        for attr, value in vars(sub).items():
            if attr not in ("_parameters", "_buffers", "_modules") and _holds_tensors(value):
                out[f"{name}|{attr}"] = encode(value)
    return out


def _module_record(module: nn.Module) -> dict[str, Any]:
    state = {k: v.detach().cpu() for k, v in module.state_dict().items()}
    extra = {k: v.detach().cpu() for k, v in module.named_buffers() if k not in state}
    training = [name for name, sub in module.named_modules() if sub.training]
    # the feature-space methods predict channels-last (use_channels_last after the fit): the same layout
    # after loading gives the same bits
    channels_last = [
        key
        for key, value in module.state_dict(keep_vars=True).items()
        if value.ndim == 4 and not value.is_contiguous() and value.is_contiguous(memory_format=torch.channels_last)
    ]
    formats = [
        name for name, sub in module.named_modules() if getattr(sub, "memory_format", None) == torch.channels_last
    ]
    return {
        "state": state,
        "extra_buffers": extra,
        "tensor_attributes": _tensor_attributes(module),
        "training": training,
        "channels_last": channels_last,
        "channels_last_modules": formats,
    }


def payload_of(detector: Detector, *, config_hash: str | None = None, cache_key: str | None = None) -> dict[str, Any]:
    """The checkpoint payload of a fitted detector (what :func:`save` writes).

    Args:
        detector: the fitted detector.
        config_hash: the run's config hash (the runner passes it).
        cache_key: the run's cache key (the name of its result row).

    Returns:
        The payload dict.

    Raises:
        MedadError: the detector is not fitted, or holds a fitted attribute the checkpoint cannot store.
    """
    detector._check_fitted()
    cls = type(detector)
    params = detector.get_params()
    fresh = vars(cls(**params))
    skip = set(cls.param_names()) | set(_NAMED) | set(getattr(cls, "checkpoint_exclude", ()))
    modules: dict[str, Any] = {}
    state: dict[str, Any] = {}
    for name, value in vars(detector).items():
        if name in skip:
            continue
        if isinstance(value, nn.Module):
            modules[name] = _module_record(value)
            continue
        if _transient(value):
            continue
        try:
            state[name] = encode(value)
        except _Unsupported as err:
            if name in fresh and type(fresh[name]) is type(value):
                continue  # built by the constructor again
            raise MedadError(
                f"{cls.name}: cannot save the fitted attribute {name!r} ({err}); keep fitted state in "
                f"tensors, arrays or plain values, or give the method _fitted_state()/_load_fitted_state()"
            ) from None
    from medad_core import __version__ as package_version  # noqa: PLC0415

    version = _medad_version() or package_version
    extra = detector._fitted_state() if hasattr(detector, "_fitted_state") else None
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "method": cls.name,
        "method_version": str(cls.version),
        "medad_version": version,
        "medad_major": medad_major(version),
        "params": encode(params),
        "train_shape": list(detector.train_shape) if detector.train_shape is not None else None,
        "weights_used": detector.weights_used,
        "fit_info": encode(detector.fit_info),
        "thresholds": encode(getattr(detector, "thresholds", None)),
        "config_hash": config_hash,
        "cache_key": cache_key,
        "modules": modules,
        "state": state,
        "extra": encode(extra) if extra is not None else None,
    }


def save(
    detector: Detector, path: str | os.PathLike, *, config_hash: str | None = None, cache_key: str | None = None
) -> Path:
    """Write ``detector``'s checkpoint to ``path`` atomically (unique temporary file, then rename).

    Args:
        detector: the fitted detector.
        path: the file to write (``.pt`` by convention).
        config_hash: the run's config hash, when a run saves it.
        cache_key: the run's cache key.

    Returns:
        The path written.
    """
    from medad_core.runner import unique_temp_path  # noqa: PLC0415

    payload = payload_of(detector, config_hash=config_hash, cache_key=cache_key)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = unique_temp_path(path, suffix=".pt")
    try:
        torch.save(payload, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read(path: str | os.PathLike | io.BytesIO) -> dict[str, Any]:
    """The payload of a checkpoint file, checked for format and medad major version.

    Args:
        path: the file.

    Returns:
        The payload.

    Raises:
        MedadError: a missing, corrupt or foreign file, or one written by another medad major version.
    """
    where = path if isinstance(path, io.BytesIO) else Path(path)
    if not isinstance(where, io.BytesIO) and not where.is_file():
        raise MedadError(f"no checkpoint file at {where}")
    try:
        payload = torch.load(where, map_location="cpu", weights_only=True)
    except Exception as err:  # noqa: BLE001 - truncated zip, pickled classes, garbage: one message
        raise MedadError(
            f"{where} is not a readable medad checkpoint ({type(err).__name__}: {str(err).splitlines()[0][:200]})"
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise MedadError(f"{where} is not a medad checkpoint (no 'format': {FORMAT!r} field)")
    ours = medad_major(_medad_version())
    if str(payload.get("medad_major")) != ours:
        raise MedadError(
            f"{where} was written by medad {payload.get('medad_version')} (major {payload.get('medad_major')}); "
            f"this is medad {_medad_version()} (major {ours}): refit the method with this version"
        )
    if int(payload.get("format_version", 0)) > FORMAT_VERSION:
        raise MedadError(
            f"{where} has checkpoint format {payload.get('format_version')}; this medad reads {FORMAT_VERSION}"
        )
    return payload


def _resolve(module: nn.Module, key: str) -> tuple[nn.Module, str]:
    owner_path, _, leaf = key.rpartition(".")
    try:
        return (module.get_submodule(owner_path) if owner_path else module), leaf
    except AttributeError:
        raise MedadError(
            f"the rebuilt network has no submodule {owner_path!r} (checkpoint of another architecture?)"
        ) from None


def _fit_shapes(module: nn.Module, state: dict[str, torch.Tensor], device: torch.device) -> None:
    """Resize parameters and buffers whose shape depends on the data (memory banks) to the stored ones."""
    for key, value in state.items():
        owner, leaf = _resolve(module, key)
        if leaf in owner._parameters and owner._parameters[leaf] is not None:
            param = owner._parameters[leaf]
            if param.shape != value.shape:
                owner._parameters[leaf] = nn.Parameter(
                    torch.empty(value.shape, dtype=value.dtype, device=param.device), requires_grad=param.requires_grad
                )
        elif leaf in owner._buffers:
            buf = owner._buffers[leaf]
            if buf is None or buf.shape != value.shape or buf.dtype != value.dtype:
                target = buf.device if buf is not None else device
                owner._buffers[leaf] = torch.empty(value.shape, dtype=value.dtype, device=target)
        elif key.endswith("num_batches_tracked") or leaf.startswith("_"):
            continue
        else:
            owner.register_buffer(leaf, torch.empty(value.shape, dtype=value.dtype, device=device))


def _load_module(module: nn.Module, record: dict[str, Any], name: str, method: str, device: torch.device) -> None:
    state = record["state"]
    _fit_shapes(module, state, device)
    result = module.load_state_dict(state, strict=False)
    if result.missing_keys or result.unexpected_keys:
        raise MedadError(
            f"{method}: the checkpoint's {name!r} does not fit the rebuilt network (missing "
            f"{result.missing_keys[:5]}, unexpected {result.unexpected_keys[:5]})"
        )
    for key, value in record.get("extra_buffers", {}).items():
        owner, leaf = _resolve(module, key)
        old = owner._buffers.get(leaf)
        owner._buffers[leaf] = value.to(old.device if old is not None else device)
    for key, value in record.get("tensor_attributes", {}).items():
        sub_name, _, attr = key.partition("|")
        setattr(module.get_submodule(sub_name), attr, decode(value, device))
    for key in record.get("channels_last", []):
        owner, leaf = _resolve(module, key)
        tensor = owner._parameters.get(leaf)
        tensor = tensor if tensor is not None else owner._buffers.get(leaf)
        if tensor is not None:
            tensor.data = tensor.data.contiguous(memory_format=torch.channels_last)
    for sub_name in record.get("channels_last_modules", []):
        module.get_submodule(sub_name).memory_format = torch.channels_last
    training = set(record.get("training", []))
    for sub_name, sub in module.named_modules():
        sub.training = sub_name in training


@contextlib.contextmanager
def _skip_init() -> Iterator[None]:
    """``torch.nn.init``'s in-place initialisers as no-ops: the stored state dicts overwrite every weight.

    Building a WideResNet-50 spends seconds drawing random weights that loading replaces at once.
    Only the loading thread skips them (another thread fitting a model meanwhile initialises as
    usual), and one load at a time patches the module.
    """
    owner = threading.get_ident()

    def skipping(fn):
        def init(tensor, *args, **kwargs):
            return tensor if threading.get_ident() == owner else fn(tensor, *args, **kwargs)

        return init

    with _INIT_LOCK:
        names = [n for n in dir(nn.init) if n.endswith("_") and not n.startswith("_") and callable(getattr(nn.init, n))]
        saved = {n: getattr(nn.init, n) for n in names}
        try:
            for n in names:
                setattr(nn.init, n, skipping(saved[n]))
            yield
        finally:
            for n, fn in saved.items():
                setattr(nn.init, n, fn)


def restore(payload: dict[str, Any], *, expected: type[Detector] | None = None, device: str | None = None) -> Detector:
    """The detector a checkpoint payload describes, rebuilt through the registry.

    Args:
        payload: what :func:`read` returned.
        expected: the class the caller asked for (``PaDiM.load``): a checkpoint of another method is refused.
        device: put the detector on this device instead of the saved one (default: the saved one, or
            the CPU when that was a GPU and this machine has none).

    Returns:
        The fitted detector, in eval mode, ready to predict.

    Raises:
        MedadError: a checkpoint of another method than ``expected``, an unknown method, or a
            network that does not fit the stored state.
    """
    from medad_core.registry import get_method  # noqa: PLC0415 - the registry imports api

    method = payload["method"]
    if expected is not None and expected.name and method != expected.name:
        raise MedadError(f"checkpoint of {method}, not {expected.name}: load it with Detector.load or {method}'s class")
    cls = get_method(method)
    if str(payload.get("method_version")) != str(cls.version):
        warnings.warn(
            f"{method}: the checkpoint was written by method version {payload.get('method_version')}; this medad "
            f"has version {cls.version} (its numbers may differ from a fresh fit)",
            stacklevel=3,
        )
    params = decode(payload["params"])
    if device is None and str(params.get("device", "cpu")).startswith("cuda") and not torch.cuda.is_available():
        device = "cpu"  # trained on a GPU, used on another machine without one
        warnings.warn(f"{method}: the checkpoint was saved on {params['device']}; loading it on the CPU", stacklevel=3)
    if device is not None:
        params["device"] = device
    params = {k: v for k, v in params.items() if k in cls.param_names()}
    detector = cls(**params)
    if not detector._has_build():
        raise MedadError(f"{method} has no _build(shape) hook, so its checkpoints cannot be rebuilt")
    shape = tuple(payload["train_shape"]) if payload.get("train_shape") is not None else None
    detector.train_shape = shape
    weights = detector.weights
    detector.weights = "random"  # the state dicts overwrite the weights: nothing to download
    from medad_core.seeding import seed_everything  # noqa: PLC0415

    seed_everything(detector.seed)
    try:
        with _skip_init():
            detector._build(shape)
    finally:
        detector.weights = weights
    target = torch.device(detector.device)
    for name, record in payload["modules"].items():
        module = getattr(detector, name, None)
        if not isinstance(module, nn.Module):
            if not record["state"] and not record.get("extra_buffers"):
                continue  # a stateless loss module made during training
            raise MedadError(
                f"{method}._build(shape) does not create the network attribute {name!r} the checkpoint holds"
            )
        _load_module(module, record, name, method, target)
    for name, value in payload["state"].items():
        setattr(detector, name, decode(value, target))
    detector.weights_used = payload.get("weights_used", "none")
    detector.fit_info = decode(payload.get("fit_info") or {})
    detector.thresholds = decode(payload.get("thresholds"))
    if payload.get("extra") is not None and hasattr(detector, "_load_fitted_state"):
        detector._load_fitted_state(decode(payload["extra"], target))
    detector.checkpoint_info = {
        k: payload.get(k) for k in ("method_version", "medad_version", "config_hash", "cache_key", "train_shape")
    }
    return detector


def load(
    path: str | os.PathLike | io.BytesIO, *, expected: type[Detector] | None = None, device: str | None = None
) -> Detector:
    """Read and rebuild a checkpoint (:func:`read`, then :func:`restore`).

    Args:
        path: the file.
        expected: refuse a checkpoint of another method than this class's.
        device: the device to load onto (default: the saved one).

    Returns:
        The fitted detector.
    """
    return restore(read(path), expected=expected, device=device)
