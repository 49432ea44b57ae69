"""Method registry: maps method names to Detector classes, with their settings and outputs.

Every module in :mod:`medad_core.methods` registers its classes with :func:`register` at import;
:func:`discover` imports them all once, so adding a method is adding one module.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any, TypeVar

from medad_core.api import Detector, MedadError

__all__ = ["register", "get_method", "available_methods", "method_table", "create"]

_REGISTRY: dict[str, type[Detector]] = {}
_ALIASES: dict[str, str] = {}
_discovered = False
D = TypeVar("D", bound=type[Detector])


def register(*aliases: str):
    """Class decorator: register a Detector under its ``name`` (and optional aliases)."""

    def deco(cls: D) -> D:
        if not cls.name:
            raise TypeError(f"{cls.__qualname__} needs a `name` class attribute to be registered")
        if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
            raise TypeError(
                f"method name {cls.name!r} is registered twice ({_REGISTRY[cls.name].__module__} and {cls.__module__})"
            )
        _REGISTRY[cls.name] = cls
        for alias in aliases:
            _ALIASES[alias] = cls.name
        return cls

    return deco


def discover() -> None:
    """Import every module of :mod:`medad_core.methods` (each registers its classes)."""
    global _discovered
    if _discovered:
        return
    import medad_core.methods as pkg  # noqa: PLC0415 - the method modules import this registry to register

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{pkg.__name__}.{info.name}")
    _discovered = True


def available_methods() -> list[str]:
    """Names of the registered methods, sorted.

    Returns:
        The names.
    """
    discover()
    return sorted(_REGISTRY)


def get_method(name: str) -> type[Detector]:
    """The Detector class registered under ``name`` (or an alias; case-insensitive).

    Args:
        name: the method's name.

    Returns:
        The class.

    Raises:
        MedadError: no method of that name (the message lists the registered ones).
    """
    discover()
    key = name.lower()
    key = _ALIASES.get(key, key)
    if key not in _REGISTRY:
        raise MedadError(f"unknown method {name!r}; registered methods: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[key]


def create(name: str, **params: Any) -> Detector:
    """Instantiate a registered method with ``__init__`` defaults (no profile), checking its parameters.

    Args:
        name: the method's name or an alias.
        **params: its parameters.

    Returns:
        The unfitted detector.

    Raises:
        MedadError: an unknown method, or an unknown or ill-typed parameter (the message lists the
            method's parameters with their types and defaults).
    """
    cls = get_method(name)
    return cls(**cls.check_params(params))


def method_table() -> list[dict[str, Any]]:
    """One row per method: name, settings, whether it localises, its paper, and its aliases."""
    discover()
    rows = []
    for name in sorted(_REGISTRY):
        cls = _REGISTRY[name]
        rows.append(
            {
                "method": name,
                "settings": ", ".join(sorted(s.value for s in cls.settings)),
                "outputs": "scores + maps" if cls.localizes else "scores",
                "paper": cls.paper,
                "aliases": ", ".join(sorted(a for a, n in _ALIASES.items() if n == name)),
            }
        )
    return rows
