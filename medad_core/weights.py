"""Weights policy: where pretrained weights come from, and an honest record of what was used.

``weights`` is one of

* ``"pretrained"`` load torchvision / open_clip weights from the local cache, or download them; if
  neither works, fail within seconds with a message saying where to put the file;
* ``"random"``     random initialisation (reproducible from the seed);
* a file path      a local state dict (loaded with ``weights_only=True``);
* ``"auto"``       (the default) ``pretrained`` when the weights can be had; in the ``smoke`` and
  ``quick`` profiles it falls back to ``random`` when they cannot, and says so in the result row;
  in the ``paper`` profile it is as strict as ``pretrained``.

Every loader returns ``(module, weights_used)``; ``weights_used`` is a short string such as
``"pretrained:ResNet18_Weights.IMAGENET1K_V1"``, ``"random"``, ``"file:/path/r18.pth"`` or
``"random (pretrained unavailable offline)"`` that the runner stores in every result row.

Which ImageNet weights: :data:`WEIGHTS_ENUMS` names the torchvision enum loaded per architecture
(:func:`weights_enum`). WideResNet-50 loads ``IMAGENET1K_V1``, the weights the code behind BMAD's
numbers used (anomalib 0.5 and the original PatchCore, PaDiM, RD4AD, CFA and SimpleNet code load
torchvision's ``pretrained=True`` file), not torchvision's current ``DEFAULT`` (``IMAGENET1K_V2``,
trained with another recipe); every other architecture loads its ``DEFAULT``. The enum is part of
``weights_used``.
"""

from __future__ import annotations

import functools
import os
import socket
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import torch
import torchvision

from medad_core.api import MedadError

__all__ = [
    "WeightsUnavailable",
    "is_online",
    "load_torchvision",
    "load_open_clip",
    "load_state_dict_file",
    "FALLBACK_PROFILES",
    "WEIGHTS_ENUMS",
    "weights_enum",
]

FALLBACK_PROFILES = frozenset({"smoke", "quick"})
#: torchvision weights enum per architecture where it is not the ``DEFAULT`` (module docstring)
WEIGHTS_ENUMS = {"wide_resnet50_2": "IMAGENET1K_V1", "resnet50": "IMAGENET1K_V1"}


class WeightsUnavailable(MedadError):
    """Pretrained weights were asked for but are neither cached nor downloadable."""


@functools.cache
def is_online(host: str, port: int = 443, timeout: float = 3.0) -> bool:
    """Whether ``host`` is reachable; ``MEDAD_OFFLINE=1`` answers False without trying."""
    if os.environ.get("MEDAD_OFFLINE", "0") == "1":
        return False
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _mark_hub_offline() -> None:
    # huggingface_hub otherwise retries for about a minute before giving up. It reads the variable
    # once, at import: a process that imported it already (diffusers does) needs its constant set too.
    os.environ["HF_HUB_OFFLINE"] = "1"
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_OFFLINE = True


def load_state_dict_file(path: str | os.PathLike) -> dict[str, torch.Tensor]:
    """A state dict from a local file, unwrapping ``state_dict`` / ``model`` / ``module.`` prefixes."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise WeightsUnavailable(f"weights file {str(path)!r} does not exist")
    obj: Any = torch.load(path, map_location="cpu", weights_only=True)
    for key in ("state_dict", "model"):
        if isinstance(obj, dict) and key in obj and isinstance(obj[key], dict):
            obj = obj[key]
    if not isinstance(obj, dict):
        raise WeightsUnavailable(f"{path} does not hold a state dict (found {type(obj).__name__})")
    return {k.removeprefix("module."): v for k, v in obj.items()}


def _resolve(policy: str, profile: str) -> tuple[str, bool]:
    """(mode, fallback_allowed) with mode in {pretrained, random, file}."""
    if policy == "random":
        return "random", False
    if policy == "pretrained":
        return "pretrained", False
    if policy == "auto":
        return "pretrained", profile in FALLBACK_PROFILES
    return "file", False


def weights_enum(arch: str) -> Any:
    """The torchvision weights enum that ``pretrained`` loads for ``arch`` (:data:`WEIGHTS_ENUMS`, else ``DEFAULT``).

    Args:
        arch: torchvision model name.

    Returns:
        The enum member, e.g. ``Wide_ResNet50_2_Weights.IMAGENET1K_V1``.
    """
    weights = torchvision.models.get_model_weights(arch)
    return weights[WEIGHTS_ENUMS[arch]] if arch in WEIGHTS_ENUMS else weights.DEFAULT


def load_torchvision(
    arch: str, weights: str = "auto", profile: str = "quick", **model_kwargs: Any
) -> tuple[torch.nn.Module, str]:
    """A torchvision classification model by name (``resnet18``, ``wide_resnet50_2``, ``vgg16``, ...)."""
    mode, fallback = _resolve(weights, profile)
    model = torchvision.models.get_model(arch, weights=None, **model_kwargs)
    if mode == "random":
        return model, "random"
    if mode == "file":
        state = load_state_dict_file(weights)
        missing, unexpected = model.load_state_dict(state, strict=False)
        if missing:
            raise WeightsUnavailable(f"{weights} does not fit {arch}: missing keys {missing[:5]}...")
        return model, f"file:{weights}"
    enum = weights_enum(arch)
    cached = Path(torch.hub.get_dir()) / "checkpoints" / os.path.basename(urlparse(enum.url).path)
    try:
        if cached.is_file():
            model.load_state_dict(torch.load(cached, map_location="cpu", weights_only=True))
        elif is_online(urlparse(enum.url).hostname or ""):
            model.load_state_dict(enum.get_state_dict(progress=True, check_hash=True))
        else:
            raise WeightsUnavailable(
                f"pretrained {arch} weights ({enum}) are not cached and the download host is unreachable. "
                f"Place the file at {cached} (download it elsewhere from {enum.url}), pass "
                f"--weights /path/to/state_dict.pth, or use --weights random."
            )
    except WeightsUnavailable:
        if not fallback:
            raise
        return model, "random (pretrained unavailable offline)"
    return model, f"pretrained:{enum}"


def _open_clip_source(open_clip: Any, model_name: str, pretrained: str) -> str:
    """Where the checkpoint of an open_clip tag comes from, as a sentence (empty for an unknown tag)."""
    cfg = open_clip.get_pretrained_cfg(model_name, pretrained) or {}
    parts = []
    if cfg.get("hf_hub"):
        repo = cfg["hf_hub"].rstrip("/")
        parts.append(f"https://huggingface.co/{repo} (file open_clip_pytorch_model.bin)")
    if cfg.get("url"):
        parts.append(cfg["url"])
    return f"It is published at {' or '.join(parts)}. " if parts else ""


def load_open_clip(
    model_name: str, pretrained: str, weights: str = "auto", profile: str = "quick"
) -> tuple[torch.nn.Module, Any, str]:
    """An open_clip model, its tokenizer and the weights record.

    ``pretrained`` is the open_clip tag (``laion400m_e31``) used when ``weights`` is ``pretrained`` /
    ``auto``; a file path in ``weights`` is passed to open_clip as a local checkpoint.
    """
    mode, fallback = _resolve(weights, profile)
    if not is_online("huggingface.co"):
        _mark_hub_offline()
    import open_clip  # noqa: PLC0415 - optional dependency (the clip extra)

    tokenizer = open_clip.get_tokenizer(model_name)
    if mode == "random":
        return open_clip.create_model(model_name, pretrained=None), tokenizer, "random"
    if mode == "file":
        if not Path(weights).expanduser().is_file():
            raise WeightsUnavailable(f"weights file {weights!r} does not exist")
        return open_clip.create_model(model_name, pretrained=str(weights)), tokenizer, f"file:{weights}"
    try:
        model = open_clip.create_model(model_name, pretrained=pretrained)
    except Exception as err:  # open_clip raises RuntimeError / HF errors when the tag cannot be fetched
        if not fallback:
            raise WeightsUnavailable(
                f"open_clip weights {model_name}/{pretrained} are not cached and cannot be downloaded "
                f"({type(err).__name__}). {_open_clip_source(open_clip, model_name, pretrained)}Download the "
                f"checkpoint elsewhere and pass its path with --weights /path/to/open_clip_pytorch_model.bin, "
                f"or use --weights random."
            ) from err
        return open_clip.create_model(model_name, pretrained=None), tokenizer, "random (pretrained unavailable offline)"
    return model, tokenizer, f"pretrained:{model_name}/{pretrained}"
