"""The experiment grids of the DRA paper's tables and figures, as RunConfigs (used by ``notebooks/dra_*``).

No method logic lives here: only which dataset, protocol, method and parameters make each table
cell, and how result rows become the long format of ``medad_core.tables.side_by_side``.

* Paper profile: the nine datasets through the MVTec-style reader under ``data_root`` (MVTec AD
  subsets as ``<data_root>/MVTec/<class>``, the others as ``<data_root>/<Folder>``), 448 px for MVTec
  AD and 224 px otherwise (App. B.1), three seeds.
* Quick / smoke profiles: the medical datasets (BrainMRI, HeadCT, Hyper-Kvasir) on the embedded
  phantoms; rows that need real data say so and keep the paper's numbers beside them.
"""

from __future__ import annotations

import os
from typing import Any, Iterable

import pandas as pd

from medad_core.config import Protocol, RunConfig
from medad_core.repeats import aggregate
from medad_core.tables import to_long

__all__ = ["MEDICAL", "METHOD_NAMES", "HARD_SUBSETS", "SEEDS", "dataset_for", "protocol_for", "config",
           "run_grid", "to_paper_long", "needs_data_rows", "shots_for"]

#: paper dataset name -> medad dataset (phantom-backed in quick/smoke)
MEDICAL = {"BrainMRI": "brainmri", "HeadCT": "headct", "Hyper-Kvasir": "hyperkvasir"}
#: datasets that exist only as real data (paper profile, MVTec-style folders under data_root)
REAL_ONLY = {"MVTec AD": "MVTec", "AITEX": "AITEX", "SDD": "SDD", "ELPV": "ELPV", "Optical": "Optical",
             "Mastcam": "Mastcam", "Carpet": "MVTec/carpet", "Metal_nut": "MVTec/metal_nut"}
MVTEC_CLASSES = ["Carpet", "Grid", "Leather", "Tile", "Wood", "Bottle", "Capsule", "Pill", "Transistor", "Zipper",
                 "Cable", "Hazelnut", "Metal_nut", "Screw", "Toothbrush"]
#: Table 2 / 3 / 4 / 8 subset (seen class) names -> the dataset's class folder where they differ (other
#: subsets are looked up lower-cased, e.g. Metal_nut "Flip" -> "flip", AITEX "Broken_end" -> "broken_end")
HARD_SUBSETS = {"Carpet": {"Metal": "metal_contamination"},  # MVTec AD's folder name
                "Hyper-Kvasir": {"Barretts": "barretts", "Barretts-short-seg": "barretts-short-segment",
                                 "Esophagitis-a": "esophagitis-a", "Esophagitis-b-d": "esophagitis-b-d"}}
#: medad method -> the paper's column name
METHOD_NAMES = {"dra": "DRA", "devnet": "DevNet", "flos": "FLOS", "saoe": "SAOE", "mlep": "MLEP",
                "mkd": "KDAD", "deepsad": "DeepSAD", "minns": "MINNS", "dra1a": "DRA1A", "dra2a": "DRA2A",
                "dra3ar": "DRA3Ar", "dra3an": "DRA3An", "dra_multiclass": "non-disentangled"}
#: seeds per profile: the paper averages three runs; quick uses one to fit the book's CPU budget
SEEDS = {"smoke": [0], "quick": [0], "paper": [0, 1, 2]}


def shots_for(profile: str) -> dict[str, int]:
    """Labelled anomalies of the "1shot" / "10shot" settings (smoke phantoms are too small for ten)."""
    return {"1shot": 1, "10shot": 3 if profile == "smoke" else 10}


def dataset_for(paper_name: str, profile: str, data_root: str | None) -> dict[str, Any] | None:
    """``RunConfig`` dataset fields for a paper dataset, or None when it needs data we do not have."""
    if paper_name in MEDICAL:
        return {"dataset": MEDICAL[paper_name], "data_root": data_root if profile == "paper" else None}
    if profile != "paper" or data_root is None:
        return None
    folder = REAL_ONLY.get(paper_name) or f"MVTec/{paper_name.lower()}"
    path = os.path.join(data_root, folder)
    if not os.path.isdir(path):
        return None
    return {"dataset": "folder", "data_root": path, "layout": "mvtec"}


def protocol_for(paper_name: str, setting: str, subset: str | None = None, *, pseudo: str | None = None,
                 outlier_dataset: str | None = None, profile: str = "quick") -> Protocol:
    """Protocol of a table cell: ``setting`` is ``general_1shot`` ... ``hard_10shot``.

    Medical datasets use external LAG outliers as pseudo anomalies (Sec. 4.1) unless ``pseudo`` says
    otherwise; the others CutMix.
    """
    kind, shots = setting.split("_")
    n = shots_for(profile)[shots]
    seen = HARD_SUBSETS.get(paper_name, {}).get(subset, subset.lower() if subset else None) if kind == "hard" else None
    if pseudo is None:
        pseudo = "external" if paper_name in MEDICAL else "cutmix"
    if pseudo == "external" and outlier_dataset is None:
        outlier_dataset = "lag"
    return Protocol(n_anomalies=n, dra_setting=kind, seen_class=seen, pseudo=pseudo,
                    outlier_dataset=outlier_dataset if pseudo == "external" else None)


def config(method: str, paper_name: str, setting: str, subset: str | None, *, profile: str, seed: int,
           device: str = "cpu", data_root: str | None = None, params: dict | None = None,
           pseudo: str | None = None, outlier_dataset: str | None = None) -> RunConfig | None:
    """One run, or None when the dataset needs real data that is not there."""
    where = dataset_for(paper_name, profile, data_root)
    if where is None:
        return None
    params = dict(params or {})
    if profile == "paper" and method != "mkd" and "image_size" not in params:
        params["image_size"] = 448 if paper_name in MVTEC_CLASSES + ["MVTec AD", "Carpet", "Metal_nut"] else 224
    # KDAD (mkd) is unsupervised: in the open-set setting it trains on TrainSet.normal only and is
    # "evaluated on exactly the same test data as DRA" (App. B.2)
    proto = protocol_for(paper_name, setting, subset, pseudo=pseudo, outlier_dataset=outlier_dataset,
                         profile=profile)
    return RunConfig(method=method, setting="open_set", protocol=proto, profile=profile, seed=seed,
                     device=device, params=params, **where)


def run_grid(cells: Iterable[dict[str, Any]], *, profile: str, seeds: list[int], device: str = "cpu",
             data_root: str | None = None, desc: str = "DRA runs") -> pd.DataFrame:
    """Run every cell (dicts of ``method, dataset, setting, subset`` + optional ``params, pseudo,
    outlier_dataset, label``) over ``seeds``; one row per cell and seed, with the cell's keys.

    Cells whose data is missing come back with ``status = "needs data"``.
    """
    from medad_core.runner import run_many

    cells = list(cells)
    configs, keys, missing = [], [], []
    for cell in cells:
        for seed in seeds:
            cfg = config(cell["method"], cell["dataset"], cell["setting"], cell.get("subset"), profile=profile,
                         seed=seed, device=device, data_root=data_root, params=cell.get("params"),
                         pseudo=cell.get("pseudo"), outlier_dataset=cell.get("outlier_dataset"))
            if cfg is None:
                missing.append(cell)
                break
            configs.append(cfg)
            keys.append({**cell, "seed": seed})
    rows = run_many(configs, desc=desc, progress=False) if configs else pd.DataFrame()
    out = []
    for key, (_, row) in zip(keys, rows.iterrows()):
        out.append({"paper_dataset": key["dataset"], "subset": key.get("subset") or "",
                    "method_id": key["method"], "column": key.get("label") or METHOD_NAMES.get(key["method"], key["method"]),
                    "setting_id": key["setting"], "seed": key["seed"], "image_auroc": row.get("image_auroc"),
                    "fit_seconds": row.get("fit_seconds"), "status": "", "error": row.get("error")})
    for cell in missing:
        out.append({"paper_dataset": cell["dataset"], "subset": cell.get("subset") or "", "method_id": cell["method"],
                    "column": cell.get("label") or METHOD_NAMES.get(cell["method"], cell["method"]),
                    "setting_id": cell["setting"], "seed": None, "image_auroc": None, "fit_seconds": None,
                    "status": "needs data", "error": None})
    return pd.DataFrame(out)


def to_paper_long(results: pd.DataFrame, *, kdad_setting: str = "unsupervised") -> pd.DataFrame:
    """Mean ± std over seeds in the long format of the reference tables (dataset, subset, method, setting)."""
    if results.empty:
        return pd.DataFrame(columns=["dataset", "subset", "method", "setting", "metric", "mean", "std", "status"])
    res = results.copy()
    res["error"] = res["error"].where(res["error"].notna(), None) if "error" in res else None
    ran = res[res["status"] == ""]
    long = pd.DataFrame()
    if len(ran):
        agg = aggregate(ran, by=["paper_dataset", "subset", "column", "setting_id"], metrics=["image_auroc"])
        agg["status"] = ""
        long = to_long(agg, ["image_auroc"], ["paper_dataset", "subset", "column", "setting_id", "status"])
    skipped = res[res["status"] != ""].drop_duplicates(["paper_dataset", "subset", "column", "setting_id"])
    if len(skipped):
        extra = skipped[["paper_dataset", "subset", "column", "setting_id", "status"]].copy()
        extra["metric"], extra["mean"], extra["std"] = "image_auroc", float("nan"), float("nan")
        long = pd.concat([long, extra], ignore_index=True)
    long = long.rename(columns={"paper_dataset": "dataset", "column": "method", "setting_id": "setting"})
    long.loc[long["method"] == "KDAD", "setting"] = kdad_setting
    return long


def needs_data_rows(reference: pd.DataFrame, present: Iterable[str]) -> pd.DataFrame:
    """Long rows marking every reference dataset we did not run as "needs data"."""
    present = set(present)
    ref = reference[~reference["dataset"].isin(present)][["dataset", "subset", "method", "setting", "metric"]]
    ref = ref.drop_duplicates().copy()
    ref["mean"], ref["std"], ref["status"] = float("nan"), float("nan"), "needs data"
    return ref


def with_needs_data(ours: pd.DataFrame, reference: pd.DataFrame, profile: str, data_root: str | None
                    ) -> pd.DataFrame:
    """``ours`` plus "needs data" rows for every reference dataset this profile cannot read, so that
    tables tell "needs data" (no data given) apart from "not run" (outside this profile's grid)."""
    runnable = [d for d in reference["dataset"].unique() if dataset_for(d, profile, data_root) is not None]
    have = set(ours["dataset"]) if len(ours) else set()
    extra = needs_data_rows(reference, set(runnable) | have)
    return pd.concat([ours, extra], ignore_index=True) if len(extra) else ours
