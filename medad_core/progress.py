"""Progress bars (tqdm) that stay quiet in tests and CI logs when asked."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TypeVar

# plain tqdm: the notebook flavour needs ipywidgets and the book shows no bars anyway
from tqdm import tqdm

T = TypeVar("T")


def progress(
    iterable: Iterable[T], *, total: int | None = None, desc: str = "", enable: bool = True, leave: bool = False
) -> Iterable[T]:
    """Wrap ``iterable`` in a tqdm bar unless disabled (``enable=False`` or ``MEDAD_PROGRESS=0``)."""
    disabled = not enable or os.environ.get("MEDAD_PROGRESS", "1") == "0"
    return tqdm(iterable, total=total, desc=desc, disable=disabled, leave=leave, dynamic_ncols=True)
