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
            raise TypeError(f"method name {cls.name!r} is registered twice "
                            f"({_REGISTRY[cls.name].__module__} and {cls.__module__})")
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
    import medad_core.methods as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{pkg.__name__}.{info.name}")
    _discovered = True


def available_methods() -> list[str]:
    discover()
    return sorted(_REGISTRY)


def get_method(name: str) -> type[Detector]:
    discover()
    key = name.lower()
    key = _ALIASES.get(key, key)
    if key not in _REGISTRY:
        raise MedadError(f"unknown method {name!r}; registered methods: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[key]


def create(name: str, **params: Any) -> Detector:
    """Instantiate a registered method, checking parameter names."""
    cls = get_method(name)
    known = set(cls.param_names())
    unknown = sorted(set(params) - known)
    if unknown:
        raise MedadError(f"{cls.name} has no parameter(s) {', '.join(unknown)}; "
                         f"its parameters are: {', '.join(sorted(known))}")
    return cls(**params)


def method_table() -> list[dict[str, Any]]:
    """One row per method: name, settings, whether it localises, its paper, and its aliases."""
    discover()
    rows = []
    for name in sorted(_REGISTRY):
        cls = _REGISTRY[name]
        rows.append({
            "method": name,
            "settings": ", ".join(sorted(s.value for s in cls.settings)),
            "outputs": "scores + maps" if cls.localizes else "scores",
            "paper": cls.paper,
            "aliases": ", ".join(sorted(a for a, n in _ALIASES.items() if n == name)),
        })
    return rows
