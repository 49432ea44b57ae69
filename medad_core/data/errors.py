"""One user-facing error for bad dataset input.

Every problem with a dataset on disk (missing folder, wrong layout, empty class folder, unreadable
image, mask of the wrong size, anomalous image with an empty mask, too few anomalies for a protocol,
unknown seen class) raises :class:`medad_core.api.MedadError` through :func:`dataset_error`, whose
message names the dataset, the problem, the expected folder tree (a short drawing) and the book page
that explains how to obtain the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medad_core.api import MedadError
from medad_core.data.spec import expected_tree

if TYPE_CHECKING:  # pragma: no cover
    from medad_core.data.spec import DatasetSpec

BOOK_PAGE = "book/datasets.md"

__all__ = ["BOOK_PAGE", "MedadError", "dataset_error"]


def dataset_error(spec: DatasetSpec | None, problem: str, root: str | None = None, tree: bool = True) -> MedadError:
    """A :class:`MedadError` naming the dataset, the problem, the expected tree and the book page."""
    name = spec.name if spec is not None else "?"
    lines = [f"dataset {name!r}: {problem}"]
    if root is not None:
        lines.append(f"  (looked in: {root})")
    if tree and spec is not None:
        lines.append(f"expected layout {spec.layout!r} under --data-root:")
        lines.extend("    " + row for row in expected_tree(spec).splitlines())
    lines.append(
        f"how to obtain and arrange it: {BOOK_PAGE}" + (f" (section '{spec.name}')" if spec is not None else "")
    )
    return MedadError("\n".join(lines))
