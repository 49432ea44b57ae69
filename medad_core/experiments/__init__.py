"""The papers' experiments: which runs make each table and figure, and how their rows become the tables.

One module per paper, all of the same shape (later papers add ``ddad.py``, ``dia.py``, ``clip.py``):

``SEEDS``
    seeds per profile (the paper's repeat count in ``paper``; one seed in ``smoke`` / ``quick``).
``GRIDS`` / ``grid_names()``
    the named grids of the paper (``"table1"``, ``"fig3_left"``, ...).
``grid(name, profile, data_root=None, device="cpu", seeds=None) -> list[RunConfig]``
    the runs of one grid; cells whose data is missing are left out (``run`` reports them).
``run(name, profile, ...) -> DataFrame``
    the grid through :func:`medad_core.runner.run_many` (cached, resumable, failures recorded), one row
    per cell and seed, with the paper's labels, and ``status = "needs data"`` rows for cells without data.
name mappings (``METHOD_NAMES``, ``DATASET_NAMES``, ...)
    registry names -> the paper's row / column labels.
frame builders
    cached rows -> the long frames :mod:`medad_core.tables` sets beside the paper's numbers, with the
    honest-table notes of :mod:`medad_core.experiments.common` (seeds behind a cell, "mean of k of n").

``data`` follows the same shape for the two pages that reproduce no paper (the data chapter and the
pipeline demo: ``pixel_knn`` baselines, the severity sweep).

Notebooks import from here and only draw: no notebook fits a model or loops over methods or seeds.
"""

from medad_core.experiments import bmad, clip, common, data, ddad, dia, dra

__all__ = ["bmad", "clip", "common", "data", "ddad", "dia", "dra"]
