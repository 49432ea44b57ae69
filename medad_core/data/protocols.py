"""The papers' training protocols: ``make_trainset(splits, setting, protocol, seed)``.

* ``one_class`` / ``clip_reconstruction``: the normal training images (+ BMAD's valid split for
  model selection); the test split unchanged.
* ``open_set`` (DRA, Sec. 4 and App. A; ``datasets/mvtecad.py``): labelled anomalies are drawn from
  the dataset's **test** anomalies with ``RandomState(seed)``.
  - general: the test anomalies are shuffled; the first ``max(10, n)`` form the ten-shot draw and the
    one-shot example is its first element, so one-shot ⊂ ten-shot. The whole ten-shot draw is removed
    from the test set for both n = 1 and n = 10, so both are tested on the same images (DRA's
    ``test_threshold`` = 10).
  - hard: the draw comes from ``protocol.seen_class`` only (default: the first class in sorted
    order) and the whole seen class is removed from the test set. With ``protocol.test_seen_class``
    only the drawn images (the ten-shot draw, as in the general setting) are removed, so the rest of
    the seen class stays in the test set (DRA Fig. 1 draws normal, seen and unseen anomalies).
  - ``protocol.outlier_dataset`` (with ``pseudo="external"``, or alone for SAOE's outlier exposure):
    the normal training images of that dataset (LAG for medical data) become ``TrainSet.outliers``
    (its phantom when the run uses phantoms). ``mvtec_ad`` is a multi-class source: the
    ``train/good`` images of every MVTec AD class that does not overlap the target
    (:func:`outlier_classes`, DRA Sec. 4.6 / App. B.2); offline an MVTec-like multi-class phantom
    stands in (:mod:`medad_core.data.phantoms.mvtec_like`). The split record names the classes used,
    those removed and why, and the images per class. CutMix and
    CutPaste pseudo anomalies are made on the fly by the method (:mod:`medad_core.data.pseudo`).
* ``dual_distribution`` (DDAD-ASR Sec. 4.1, Table 1; ``data/*/data.json``): D_n = the normal
  training images; D_u = the first ⌊extra·AR⌋ images of the abnormal pool plus the first
  extra − ⌊extra·AR⌋ of the normal pool (deterministic prefixes, as the released code), where
  extra = ``protocol.pool_size``, by default the paper's |D_u| (Table 1) for its datasets, the whole
  (equal) pools of a phantom, and for a user folder the largest pool it supplies at the AR
  (:func:`largest_pool`). An AR the pools cannot serve exactly raises an error naming the largest
  pool possible at that AR and the rates possible at the requested size (the original code silently
  truncates).
* ``zero_few_shot``: ``k_shot`` normal images drawn with ``RandomState(seed)`` (None = all, 0 = none).

The returned ``TrainSet.split`` records dataset, source, protocol, seed, the drawn indices and
file names, and the counts; it is stored with every result.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from pathlib import Path

import numpy as np

from medad_core.api import ImageRecord, ImageSet, MedadError, Setting, TrainSet
from medad_core.config import Protocol
from medad_core.data.errors import dataset_error
from medad_core.data.imageio import IMAGE_EXTENSIONS, FileReader
from medad_core.data.phantoms.mvtec_like import CLASSES as MVTEC_LIKE_CLASSES
from medad_core.data.phantoms.mvtec_like import cached_mvtec_like, domain_family
from medad_core.data.spec import DatasetSpec, get_spec
from medad_core.data.splits import find_real_root, load_splits

__all__ = ["make_trainset", "TEN_SHOT", "outlier_classes", "outlier_source_root", "largest_pool", "pool_rates"]

TEN_SHOT = 10


def _digest(paths: list[str]) -> str:
    return hashlib.sha256("\n".join(paths).encode()).hexdigest()[:16]


def _names(imageset: ImageSet, idx) -> list[str]:
    return [os.path.basename(imageset.records[int(i)].path) for i in idx]


def make_trainset(
    splits, setting: str | Setting, protocol: Protocol | dict | None = None, seed: int = 0
) -> tuple[TrainSet, ImageSet]:
    """The training set and the test set (after the protocol's removals) of one run."""
    setting = Setting.parse(setting)
    if protocol is None:
        protocol = Protocol()
    elif isinstance(protocol, dict):
        protocol = Protocol(**protocol)
    if protocol.test_seen_class and setting != Setting.OPEN_SET:
        raise MedadError(
            f"test_seen_class applies to the open-set hard setting; the run's setting is {setting.value!r}"
        )
    spec = splits.spec
    record = {
        "dataset": spec.name,
        "source": splits.source,
        "setting": setting.value,
        "seed": int(seed),
        "protocol": dataclasses.asdict(protocol),
        "image_size": splits.image_size,
    }
    test = splits.test
    ts = TrainSet(setting=setting, class_name=spec.class_name)

    if setting in (Setting.ONE_CLASS, Setting.CLIP_RECONSTRUCTION):
        ts.normal, ts.valid = splits.train, splits.valid
    elif setting == Setting.OPEN_SET:
        ts.normal, ts.valid = splits.train, splits.valid
        anomalies_idx, removed_idx, info = _draw_open_set(splits, protocol, seed)
        ts.anomalies = test.subset(anomalies_idx)
        keep = np.setdiff1d(np.arange(len(test)), removed_idx)
        test = test.subset(keep)
        record.update(info)
        record["anomaly_files"] = _names(splits.test, anomalies_idx)
        # external images serve as pseudo anomalies (pseudo="external") or as SAOE's outlier exposure
        if protocol.outlier_dataset:
            ts.outliers, outlier_info = _external_outliers(splits, protocol, seed)
            record["outlier_dataset"] = protocol.outlier_dataset
            record["n_outliers"] = len(ts.outliers)
            record.update(outlier_info)
    elif setting == Setting.DUAL_DISTRIBUTION:
        ts.normal = splits.train
        ts.unlabelled, info = _unlabelled_pool(splits, protocol)
        record.update(info)
    elif setting == Setting.ZERO_FEW_SHOT:
        k = protocol.k_shot
        n = len(splits.train)
        if k is None:
            idx = np.arange(n)
        else:
            if k > n:
                raise dataset_error(
                    spec,
                    f"k_shot={k} normal images requested but the training split has only {n}",
                    splits.root,
                    tree=False,
                )
            idx = np.sort(np.random.RandomState(seed).permutation(n)[:k])
        ts.normal = splits.train.subset(idx)
        record["k_shot"] = k
        record["normal_indices"] = [int(i) for i in idx] if k is not None else "all"
        record["normal_files"] = _names(splits.train, idx) if k is not None and k <= 64 else None
    else:  # pragma: no cover - Setting.parse guards this
        raise MedadError(f"unsupported setting {setting}")

    record["counts"] = {
        "normal": len(ts.normal) if ts.normal is not None else 0,
        "anomalies": len(ts.anomalies) if ts.anomalies is not None else 0,
        "outliers": len(ts.outliers) if ts.outliers is not None else 0,
        "unlabelled": len(ts.unlabelled) if ts.unlabelled is not None else 0,
        "valid": len(ts.valid) if ts.valid is not None else 0,
        "test_normal": int((test.labels == 0).sum()),
        "test_anomalous": int((test.labels == 1).sum()),
    }
    record["test_files_sha256"] = _digest(test.paths)
    ts.split = record
    return ts, test


def _draw_open_set(splits, protocol: Protocol, seed: int):
    spec, test = splits.spec, splits.test
    labels = test.labels
    classes = np.array(test.anomaly_classes)
    anom_idx = np.nonzero(labels == 1)[0]
    n = protocol.n_anomalies
    rs = np.random.RandomState(seed)
    available = sorted(set(classes[anom_idx].tolist()))
    if protocol.dra_setting == "general":
        pool_size = max(TEN_SHOT, n)
        if len(anom_idx) <= pool_size:
            raise dataset_error(
                spec,
                f"too few anomalies for the open-set protocol: {n}-shot draws "
                f"{pool_size} anomalies (the ten-shot set, removed from test) but the "
                f"test split has {len(anom_idx)}; at least {pool_size + 1} are needed",
                splits.root,
                tree=False,
            )
        perm = anom_idx[rs.permutation(len(anom_idx))]
        drawn = perm[:pool_size]
        chosen = drawn[:n]
        removed = drawn
        info = {
            "dra_setting": "general",
            "ten_shot_indices": [int(i) for i in drawn],
            "anomaly_indices": [int(i) for i in chosen],
        }
    else:
        seen = protocol.seen_class or (available[0] if available else None)
        if seen not in available:
            raise dataset_error(
                spec,
                f"unknown seen class {protocol.seen_class!r} for the hard setting; the "
                f"anomaly classes of this dataset are: {', '.join(available)}",
                splits.root,
                tree=False,
            )
        if len(available) < 2:
            raise dataset_error(
                spec,
                f"the hard setting needs at least two anomaly classes (a seen one and "
                f"unseen ones); this dataset has only {available}",
                splits.root,
                tree=False,
            )
        cls_idx = anom_idx[classes[anom_idx] == seen]
        if len(cls_idx) < n:
            raise dataset_error(
                spec,
                f"too few anomalies of seen class {seen!r}: {n}-shot requested, {len(cls_idx)} available",
                splits.root,
                tree=False,
            )
        perm = cls_idx[rs.permutation(len(cls_idx))]
        drawn = perm[: max(min(TEN_SHOT, len(cls_idx)), n)]
        chosen = drawn[:n]
        # the tables' hard setting tests on unseen classes only; a feature figure keeps the rest of the seen one
        removed = drawn if protocol.test_seen_class else cls_idx
        info = {
            "dra_setting": "hard",
            "seen_class": seen,
            "test_seen_class": bool(protocol.test_seen_class),
            "ten_shot_indices": [int(i) for i in drawn],
            "anomaly_indices": [int(i) for i in chosen],
        }
    info["removed_from_test"] = len(removed)
    return np.sort(chosen), np.asarray(removed), info


def _external_outliers(splits, protocol: Protocol, seed: int) -> tuple[ImageSet, dict]:
    """The outlier images of ``protocol.outlier_dataset`` and what the split record says about them."""
    name = protocol.outlier_dataset
    if name is None:  # pragma: no cover - Protocol validates this
        raise MedadError("pseudo='external' needs protocol.outlier_dataset")
    spec = get_spec(name)
    if spec.name == splits.spec.name:
        raise MedadError(f"the outlier dataset must differ from the training dataset ({name!r})")
    if spec.options.get("outlier_source") == "multiclass":
        return _multiclass_outliers(splits, spec)
    data_root = splits.data_root if splits.source == "real" else None
    other = load_splits(
        name,
        data_root=data_root,
        profile=splits.profile,
        seed=splits.seed,
        image_size=splits.image_size,
        channels=splits.channels,
    )
    return other.train, {}


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def outlier_source_root(spec: DatasetSpec, data_root: str | os.PathLike | None) -> Path | None:
    """Where a multi-class outlier source (``mvtec_ad``) lives for a run reading ``data_root``.

    A dataset under the data root finds it beside itself (``<data_root>/MVTec``); a user folder
    (dataset ``folder``, e.g. ``<root>/MVTec/carpet`` or ``<root>/AITEX``) looks in the folder, its
    parent and its grandparent, so MVTec AD's own classes and its siblings find the source.

    Args:
        spec: the source's spec (its ``folder`` and ``aliases`` name the folder).
        data_root: the run's data root (None: no real data, the caller uses the phantom).

    Returns:
        The source folder (its subfolders are the classes), or None when it is not there.
    """
    if data_root is None:
        return None
    base = Path(data_root).expanduser().resolve()
    for where in (base, *list(base.parents)[:2]):
        found = find_real_root(spec, where)
        if found is not None:
            return found
    return None


def outlier_classes(source_classes: dict[str, str], splits, phantom: bool = False) -> tuple[list[str], dict[str, str]]:
    """DRA's rule for MVTec AD as an external source: drop every class that overlaps the target.

    Sec. 4.6: "When using MVTec AD, we remove the classes that overlap with the training/test data";
    App. B.2: "we removed the related data from the outlier data that has any overlapping with the
    target data to avoid data leakage". Overlap is read as *the same images*, so a class is removed
    when (a) its folder is the target's folder or contains it (an MVTec AD class as the target: every
    other class stays, as the authors' ``outlier_root`` loader takes "the other classes"), (b) its name
    is the target's (``carpet`` for an AITEX-style folder called ``carpet``, the dataset's name, folder
    or aliases), or (c) for phantoms, it is rendered by the target phantom's domain family (the
    endoscopy class for the Hyper-Kvasir and endoscopy-kinds phantoms). The paper names no further
    overlaps (e.g. between AITEX's fabric and MVTec AD's carpet), so none are assumed.

    Args:
        source_classes: class name -> its folder (files) or phantom domain (``phantom``), per class.
        splits: the target's :class:`~medad_core.data.splits.Splits`.
        phantom: the source is the MVTec-like phantom (rule c) rather than folders on disk (rule a).

    Returns:
        (the classes used, sorted; ``{excluded class: reason}``).
    """
    target = splits.spec
    names = {_key(n) for n in (target.name, target.folder, *target.aliases) if target.name != "folder"}
    target_root = Path(splits.root).resolve()
    names.add(_key(target_root.name))
    used, excluded = [], {}
    for cls, where in sorted(source_classes.items()):
        if phantom:
            if domain_family(where) == domain_family(target.phantom):
                excluded[cls] = f"same phantom domain as the target ({target.phantom})"
                continue
        else:
            folder = Path(where).resolve()
            if folder == target_root or folder in target_root.parents:
                excluded[cls] = "the target's own folder"
                continue
        if _key(cls) in names:
            excluded[cls] = "the target's class name"
            continue
        used.append(cls)
    return used, excluded


def outlier_plan(
    outlier_dataset: str, dataset: str, data_root: str | os.PathLike | None = None, layout: str | None = None
) -> dict[str, list[str]] | None:
    """The classes a multi-class outlier source keeps and removes for a run, from folder names alone.

    The same rule as the run applies (:func:`outlier_classes`, on the same class folders and target
    folder), without reading an image, so that the results cache can key a row on the kept list: a
    changed exclusion rule or a class folder added under the source then misses the cache instead of
    serving a row trained on other outliers.

    Args:
        outlier_dataset: the protocol's outlier dataset (``mvtec_ad``; a single-dataset source gives None).
        dataset: the run's dataset (the target).
        data_root: the run's data root (None: embedded phantoms, the MVTec-like stand-in).
        layout: the run's layout override (unused by the rule; accepted for symmetry with the reader).

    Returns:
        ``{"kept": [...], "removed": [...]}`` (sorted class names), ``{"kept": None, ...}`` when the
        source folder is not there (the run then fails with its own message), or None for a
        single-dataset source.
    """
    spec = get_spec(outlier_dataset)
    if spec.options.get("outlier_source") != "multiclass":
        return None
    target = get_spec(dataset)
    if data_root is None:
        classes, target_root = dict(MVTEC_LIKE_CLASSES), Path(target.folder)
    else:
        root = outlier_source_root(spec, data_root)
        target_root = find_real_root(target, data_root)
        if root is None or target_root is None:
            return {"kept": None, "removed": None}
        classes = {
            p.name: str(p)
            for p in sorted(root.iterdir())
            if p.is_dir() and not p.name.startswith(".") and (p / "train" / "good").is_dir()
        }
    splits = dataclasses.make_dataclass("TargetFolder", ["spec", "root"])(target, str(target_root))
    used, excluded = outlier_classes(classes, splits, phantom=data_root is None)
    return {"kept": used, "removed": sorted(excluded)}


def _multiclass_outliers(splits, spec: DatasetSpec) -> tuple[ImageSet, dict]:
    """``train/good`` of every source class that does not overlap the target (:func:`outlier_classes`).

    A run given a data root reads the source from disk (as the cache identity records it), whatever the
    target's files are; a run on embedded phantoms reads the MVTec-like phantom.
    """
    if splits.data_root is not None:
        root = outlier_source_root(spec, splits.data_root)
        if root is None:
            raise dataset_error(
                spec,
                f"the outlier source was not found in or above the run's data root {splits.data_root}; "
                f"it is MVTec AD with one MVTec-style folder per class: <data-root>/{spec.folder}/<class>/"
                "train/good/*.png (the classes that overlap the target are left out)",
                str(Path(splits.data_root or ".") / spec.folder),
                tree=False,
            )
        classes = {
            p.name: str(p)
            for p in sorted(root.iterdir())
            if p.is_dir() and not p.name.startswith(".") and (p / "train" / "good").is_dir()
        }
        source = "files"
    else:
        root = cached_mvtec_like(splits.seed, splits.image_size)
        classes = dict(MVTEC_LIKE_CLASSES)
        source = "phantom (MVTec-like stand-in: one phantom domain per class)"
    used, excluded = outlier_classes(classes, splits, phantom=splits.data_root is None)
    if not used:
        removed = ", ".join(f"{c} ({r})" for c, r in excluded.items()) or "none"
        raise dataset_error(
            spec,
            f"no class of the outlier source is left after removing those that overlap the target "
            f"{splits.spec.name} ({splits.root}): removed {removed} of {len(classes)} class folder(s) "
            "with train/good images. External outliers need at least one "
            f"class folder <MVTec>/<class>/train/good that is not the target",
            str(root),
            tree=False,
        )
    # only train/good is read: a class folder needs no test split to serve as an outlier source
    records, per_class = [], {}
    for cls in used:
        folder = root / cls / "train" / "good"
        files = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS and p.name[0] != "."
        )
        records += [ImageRecord(str(f), 0, "good") for f in files]
        per_class[cls] = len(files)
    info = {
        "outlier_source": source,
        "outlier_root": str(root),
        "outlier_classes": used,
        "outlier_excluded": excluded,
        "outlier_counts": per_class,
    }
    if not records:
        raise dataset_error(
            spec, f"the outlier classes {', '.join(used)} have no images in train/good", str(root), tree=False
        )
    reader = FileReader(spec.name, splits.channels, splits.image_size, check_masks=False)
    outliers = ImageSet(records, reader, has_masks=False, name=f"{spec.name}/train")
    reader(outliers.records[0])  # an unreadable source fails here, not in the middle of training
    return outliers, info


def largest_pool(n_normal: int, n_abnormal: int, anomaly_rate: float) -> int:
    """The largest unlabelled pool that pools of ``n_normal`` + ``n_abnormal`` images supply at ``anomaly_rate``.

    A pool of M images at rate AR holds ⌊M·AR⌋ abnormal and M − ⌊M·AR⌋ normal images (DDAD-ASR's
    ``anomaly_data.py``: ``abnormal_num = int(extra * ar)``). The largest M at which M·AR is a whole
    number is preferred, so the drawn pool has exactly the rate asked for (AR 0.6: a multiple of 5);
    only when no such M fits does the largest M of the truncating rule come back.

    Args:
        n_normal: images in the normal pool.
        n_abnormal: images in the abnormal pool.
        anomaly_rate: AR in [0, 1].

    Returns:
        The largest M (0 when not even one image can be drawn at that rate).
    """
    m = np.arange(n_normal + n_abnormal + 1)
    n_ab = np.floor(m * anomaly_rate + 1e-9).astype(int)
    ok = (n_ab <= n_abnormal) & (m - n_ab <= n_normal) & (m > 0)
    exact = ok & (np.abs(m * anomaly_rate - np.round(m * anomaly_rate)) < 1e-6)
    if exact.any():
        return int(m[exact].max())
    # a truncated pool must still hold an anomaly when anomalies were asked for
    ok &= (n_ab > 0) | (anomaly_rate == 0)
    return int(m[ok].max()) if ok.any() else 0


def pool_rates(n_normal: int, n_abnormal: int, pool_size: int) -> tuple[int, int] | None:
    """The abnormal counts a pool of ``pool_size`` images can hold: (fewest, most), or None when none.

    Args:
        n_normal: images in the normal pool.
        n_abnormal: images in the abnormal pool.
        pool_size: the pool's size M.

    Returns:
        ``(max(0, M − n_normal), min(n_abnormal, M))``, or None when that range is empty.
    """
    low, high = max(0, pool_size - n_normal), min(n_abnormal, pool_size)
    return (low, high) if low <= high else None


def _pool_size(splits, protocol: Protocol, n_normal: int, n_abnormal: int) -> tuple[int, str]:
    """The pool size of a run and the rule that chose it (see :class:`~medad_core.config.Protocol`)."""
    spec = splits.spec
    table = spec.options.get("table1", {})
    if protocol.pool_size is not None:
        return int(protocol.pool_size), "requested (pool_size)"
    if spec.options.get("user"):
        size = largest_pool(n_normal, n_abnormal, float(protocol.anomaly_rate))
        return size, "the largest pool the folder supplies at this anomaly rate"
    if splits.source == "phantom" or "extra" not in table:
        return min(n_normal, n_abnormal), "the phantom's pools (equal normal and abnormal pools)"
    return int(table["extra"]), "the paper's count (DDAD-ASR Table 1)"


def _unlabelled_pool(splits, protocol: Protocol):
    """D_u at the protocol's exact anomaly rate: prefixes of the abnormal and the normal pool."""
    spec = splits.spec
    if splits.pool_normal is None or splits.pool_abnormal is None:
        raise dataset_error(
            spec,
            "the dual-distribution setting needs DDAD's unlabelled pools (datasets "
            "ddad_rsna, ddad_vincxr, ddad_cxad, ddad_braintumor, ddad_lag: data.json with "
            "train/unlabeled; or your own folder with --dataset folder --layout ddad)",
            splits.root,
            tree=False,
        )
    n_normal, n_abnormal = len(splits.pool_normal), len(splits.pool_abnormal)
    ar = float(protocol.anomaly_rate)
    extra, rule = _pool_size(splits, protocol, n_normal, n_abnormal)
    n_ab = int(np.floor(extra * ar + 1e-9))
    n_norm = extra - n_ab
    if extra < 1 or n_ab > n_abnormal or n_norm > n_normal:
        largest = largest_pool(n_normal, n_abnormal, ar)
        at_ar = (
            f"at AR {ar:g} the largest pool possible is {largest} images (--pool-size {largest})"
            if largest > 0
            else f"at AR {ar:g} no pool is possible (the {'abnormal' if ar > 0 else 'normal'} pool is empty)"
        )
        rates = pool_rates(n_normal, n_abnormal, extra) if extra >= 1 else None
        if rates is None:
            total = n_normal + n_abnormal
            at_size = f"at pool size {extra} no exact rates are possible" + (
                f" (the pools hold {total} images in all)" if extra > total else ""
            )
        else:
            at_size = (
                f"at pool size {extra} exact rates are possible in [{rates[0] / extra:.3f}, {rates[1] / extra:.3f}]"
            )
        raise dataset_error(
            spec,
            f"anomaly rate {ar:g} with an unlabelled pool of {extra} images ({rule}) needs {n_ab} abnormal + "
            f"{n_norm} normal images, but the pools hold {n_abnormal} abnormal + {n_normal} normal; "
            f"{at_ar}; {at_size}",
            splits.root,
            tree=False,
        )
    pool = splits.pool_abnormal.subset(np.arange(n_ab)).concat(splits.pool_normal.subset(np.arange(n_norm)))
    info = {
        "anomaly_rate": ar,
        "unlabelled_size": extra,
        "unlabelled_size_rule": rule,
        "unlabelled_abnormal": n_ab,
        "unlabelled_normal": n_norm,
        "unlabelled_rule": "prefixes of the pools (DDAD-ASR data.json)",
    }
    return pool, info
