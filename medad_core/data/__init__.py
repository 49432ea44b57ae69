"""Datasets of medad: registry, readers of the real layouts, phantoms, protocols, pseudo anomalies.

    from medad_core.data import DATASETS, load_splits, make_trainset
    splits = load_splits("bmad_brain", data_root=None, profile="smoke")   # phantom in BMAD's layout
    train, test = make_trainset(splits, "one_class", Protocol(), seed=0)

See ``book/datasets.md`` for how to obtain each real dataset and the folder tree it is read from.
"""

from medad_core.data.errors import BOOK_PAGE, dataset_error
from medad_core.data.phantoms import DEFAULT_SEVERITY
from medad_core.data.protocols import make_trainset
from medad_core.data.spec import (
    DATASETS,
    DOMAINS,
    LAYOUTS,
    MASK_THRESHOLDS,
    DatasetSpec,
    expected_tree,
    get_spec,
    mask_threshold,
)
from medad_core.data.splits import Splits, dataset_table, load_splits, phantom_cache_dir, size_table, write_phantoms
from medad_core.data.writers import PHANTOM_VERSION, phantom_counts

__all__ = [
    "DATASETS",
    "DOMAINS",
    "LAYOUTS",
    "DatasetSpec",
    "Splits",
    "load_splits",
    "make_trainset",
    "write_phantoms",
    "dataset_table",
    "size_table",
    "get_spec",
    "expected_tree",
    "phantom_cache_dir",
    "BOOK_PAGE",
    "dataset_error",
    "PHANTOM_VERSION",
    "phantom_counts",
    "DEFAULT_SEVERITY",
    "MASK_THRESHOLDS",
    "mask_threshold",
]
