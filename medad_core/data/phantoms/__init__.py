"""Procedural medical phantoms: the embedded default datasets of medad.

One generator per imaging domain (``DOMAINS`` in :mod:`medad_core.data.spec`), each a function
``render(rng, size, anomaly=None, severity=...) -> (image, mask)`` with ``image`` float32 (H, W) grey
or (H, W, 3) colour in [0, 1] and ``mask`` bool (H, W). Everything is drawn from the numpy
``Generator`` passed in, so an image is a pure function of its seed.

``severity`` in (0, 1] scales the anomaly's contrast (1 = obvious, 0.1 = subtle). The default
per domain (``DEFAULT_SEVERITY``) is set so that a raw-pixel nearest-normal baseline is clearly
above chance but not perfect (the table in the book's data chapter, ``notebooks/data_phantoms.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import numpy as np

from medad_core.data.spec import DOMAINS

__all__ = ["RENDERERS", "DEFAULT_SEVERITY", "render", "domain_classes"]


def _lazy(module: str, attr: str = "render") -> Callable:
    def call(*args, **kwargs):
        return getattr(importlib.import_module(f"medad_core.data.phantoms.{module}"), attr)(*args, **kwargs)

    call.__name__ = f"{module}.{attr}"
    return call


RENDERERS: dict[str, Callable] = {
    "brain_mri": _lazy("brain"),
    "head_ct": _lazy("brain", "render_ct"),
    "chest_xray": _lazy("chest"),
    # DDAD-ASR's RSNA: lobar consolidations, which the UDM's autoencoders can learn from the pool
    "chest_xray_lobar": _lazy("chest"),
    "liver_ct": _lazy("liver"),
    "retinal_oct": _lazy("oct"),
    "histopathology": _lazy("histo"),
    "endoscopy": _lazy("endoscopy"),
    "endoscopy_kinds": _lazy("endoscopy", "render_kinds"),
    "fundus": _lazy("fundus"),
    # small, low-contrast lesions on another domain's normal images (DIA's fine-grained setting)
    **{d: _lazy("fine", f"render_{d}") for d in ("fine_chest_xray", "fine_liver_ct", "fine_endoscopy")},
    **{d: _lazy("fine", f"render_{d}") for d in ("fine_retinal_oct", "fine_fundus")},
}

#: default anomaly severity per domain (calibrated with the raw-pixel nearest-normal baseline)
DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6,
    "head_ct": 0.8,
    "chest_xray": 0.6,
    "chest_xray_lobar": 0.6,
    "liver_ct": 0.9,
    "retinal_oct": 0.8,
    "histopathology": 1.0,
    "endoscopy": 1.0,
    "endoscopy_kinds": 0.8,
    "fundus": 0.8,
    "fine_chest_xray": 0.8,
    "fine_liver_ct": 0.8,
    "fine_endoscopy": 0.8,
    "fine_retinal_oct": 0.8,
    "fine_fundus": 0.8,
}


def domain_classes(domain: str) -> tuple[str, ...]:
    """The anomaly classes the phantom of ``domain`` renders (``DOMAINS[domain]``)."""
    return DOMAINS[domain]


def render(
    domain: str, rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """One phantom image and its anomaly mask (all False for a normal image)."""
    if domain not in RENDERERS:
        raise KeyError(f"unknown phantom domain {domain!r}; known: {', '.join(RENDERERS)}")
    if anomaly is not None and anomaly not in DOMAINS[domain]:
        raise KeyError(
            f"phantom domain {domain!r} has no anomaly class {anomaly!r}; it has: {', '.join(DOMAINS[domain])}"
        )
    sev = DEFAULT_SEVERITY[domain] if severity is None else float(severity)
    image, mask = RENDERERS[domain](rng, size, anomaly, sev)
    image = np.clip(np.asarray(image, dtype=np.float32), 0.0, 1.0)
    mask = np.asarray(mask, dtype=bool)
    if anomaly is not None and not mask.any():
        # a lesion that fell outside the organ; re-draw deterministically from the same stream
        return render(domain, rng, size, anomaly, severity)
    return image, mask
