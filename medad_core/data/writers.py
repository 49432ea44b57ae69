"""Writing phantom datasets in the real layout of the dataset they stand in for.

Every image is a pure function of ``(seed, dataset name, split, index)``: its numpy generator is
seeded with that tuple, so a folder is reproducible file by file and independent of write order.
Counts per profile follow the real datasets' proportions (BMAD valid/test about 1:1; DRA many more
anomalies than test normals, Table 5; DDAD Table 1 scaled so that D_n = 40 / 200 images).
"""

from __future__ import annotations

import csv
import json
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from medad_core.data.imageio import apply_bone
from medad_core.data.phantoms import render
from medad_core.data.spec import BMAD_VARIANTS, DatasetSpec
from medad_core.progress import progress

__all__ = ["phantom_counts", "write_phantom_dataset", "PHANTOM_VERSION"]

#: bump when the generators change, so cached folders are regenerated
PHANTOM_VERSION = 5

_SCALE = {"smoke": 1, "quick": 4, "paper": 8}


def phantom_counts(spec: DatasetSpec, profile: str) -> dict[str, tuple[int, int]]:
    """(normal, anomalous) images per split written for ``spec`` in ``profile``."""
    k = _SCALE.get(profile, 4)
    if spec.layout == "bmad":
        return {"train": (40 * k, 0), "valid": (4 + 2 * (k - 1), 4 + 2 * (k - 1)), "test": (12 * k, 12 * k)}
    if spec.layout == "mvtec":
        # enough anomalies per class for DRA's hard setting (ten-shot from one class, some left to test)
        n_anom = max(30 if k == 1 else 20 * k, 11 * len(spec.anomaly_classes))
        return {"train": (40 if k == 1 else 30 * k, 0), "test": (12 if k == 1 else 8 * k, n_anom)}
    if spec.layout == "ddad_json":
        t = spec.options["table1"]
        n = 40 if k == 1 else 50 * k
        # D_u size rounded to a multiple of 20 so that the usual ARs (multiples of 0.05) are exact
        extra = max(int(round(n * t["extra"] / t["normal"] / 20)) * 20, 20)
        test = max(int(round(n * t["test_normal"] / t["normal"])), 4)
        return {"train": (n, 0), "pool": (extra, extra), "test": (test, test)}
    if spec.layout == "medmnist":
        return {"train": (40 * k, 10 * k), "val": (4 * k, 4 * k), "test": (12 * k, 12 * k)}
    if spec.layout == "csv":
        return {"all": (53 * k, 12 * k)}
    raise ValueError(spec.layout)


def _rng(seed: int, name: str, split: str, i: int) -> np.random.Generator:
    return np.random.default_rng([int(seed), zlib.crc32(name.encode()), zlib.crc32(split.encode()), int(i)])


_BAR: list = []  # the progress bar of the folder being written (one writer at a time per process)


def _sample(spec: DatasetSpec, seed: int, split: str, i: int, anomaly: str | None, size: int, severity: float | None):
    out = render(spec.phantom, _rng(seed, spec.name, split, i), size, anomaly, severity)
    if _BAR:
        _BAR[-1].update(1)
    return out


def _classes_for(spec: DatasetSpec, n: int) -> list[str]:
    cls = spec.anomaly_classes
    return [cls[i % len(cls)] for i in range(n)]


def _save(img: np.ndarray, path: Path, colormap: str | None = None, channels: int = 1) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if colormap == "bone":
        Image.fromarray(apply_bone(img if img.ndim == 2 else img.mean(-1))).save(path, compress_level=1)
        return
    if img.ndim == 3 and channels == 1:
        img = img @ np.array([0.299, 0.587, 0.114], np.float32)
    arr = np.clip(np.round(img * 255), 0, 255).astype(np.uint8)
    Image.fromarray(arr).save(path, compress_level=1)


def _save_mask(mask: np.ndarray, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(mask.astype(np.uint8) * 255).save(path, compress_level=1)


def write_phantom_dataset(
    spec: DatasetSpec, out: Path, profile: str, seed: int, size: int, severity: float | None = None
) -> Path:
    """Write the phantom of ``spec`` into ``out`` (the dataset folder itself) and return ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counts = phantom_counts(spec, profile)
    writer = {
        "bmad": _write_bmad,
        "mvtec": _write_mvtec,
        "ddad_json": _write_ddad,
        "medmnist": _write_medmnist,
        "csv": _write_csv,
    }[spec.layout]

    total = sum(a + b for a, b in counts.values())
    bar = progress(range(total), total=total, desc=f"phantom {spec.name}", enable=total >= 200)
    _BAR.append(bar)
    try:
        writer(spec, out, counts, seed, size, severity)
    finally:
        _BAR.pop()
        bar.close()
    (out / "PHANTOM.txt").write_text(
        f"medad phantom of {spec.name} (domain {spec.phantom}), profile {profile}, seed {seed}, {size} px, "
        f"generator version {PHANTOM_VERSION}. Not real data.\n"
    )
    return out


def _write_bmad(spec, out, counts, seed, size, severity):
    v = BMAD_VARIANTS[spec.options["variant"]]
    cmap = spec.options.get("colormap")
    masks = spec.has_masks and v["mask"] is not None
    for split in ("train", "valid", "test"):
        sp = v["splits"][split]
        n_norm, n_anom = counts[split]
        for cls, n, anomalies in (("good", n_norm, [None] * n_norm), ("Ungood", n_anom, _classes_for(spec, n_anom))):
            if n == 0:
                continue
            if split == "train" and "train_img" in v:
                folder = out / v["train_img"]
            else:
                folder = out / v["img"].format(split=sp, cls=cls)
            for i, anomaly in enumerate(anomalies):
                idx = i if cls == "good" else 100000 + i
                img, mask = _sample(spec, seed, split, idx, anomaly, size, severity)
                # BMAD brain names are <patient>_<slice>.png
                name = f"{i // 40:05d}_{60 + i % 40}.png" if spec.options.get("variant") == "brain" else f"{i:05d}.png"
                _save(img, folder / name, cmap, spec.channels)
                if anomaly is not None and masks:
                    _save_mask(mask, out / v["mask"].format(split=sp) / name)


def _write_mvtec(spec, out, counts, seed, size, severity):
    for i in range(counts["train"][0]):
        img, _ = _sample(spec, seed, "train", i, None, size, severity)
        _save(img, out / "train" / "good" / f"{i:03d}.png", None, spec.channels)
    n_norm, n_anom = counts["test"]
    for i in range(n_norm):
        img, _ = _sample(spec, seed, "test", i, None, size, severity)
        _save(img, out / "test" / "good" / f"{i:03d}.png", None, spec.channels)
    per_class: dict[str, int] = {}
    for i, anomaly in enumerate(_classes_for(spec, n_anom)):
        img, mask = _sample(spec, seed, "test", 100000 + i, anomaly, size, severity)
        j = per_class.get(anomaly, 0)
        per_class[anomaly] = j + 1
        _save(img, out / "test" / anomaly / f"{j:03d}.png", None, spec.channels)
        if spec.has_masks:
            _save_mask(mask, out / "ground_truth" / anomaly / f"{j:03d}_mask.png")


def _write_ddad(spec, out, counts, seed, size, severity):
    names: dict[str, list[str]] = {}
    plan = [
        ("train0", "train", counts["train"][0], False),
        ("pool0", "pool", counts["pool"][0], False),
        ("pool1", "pool", counts["pool"][1], True),
        ("test0", "test", counts["test"][0], False),
        ("test1", "test", counts["test"][1], True),
    ]
    for key, split, n, anomalous in plan:
        anomalies = _classes_for(spec, n) if anomalous else [None] * n
        names[key] = []
        for i, anomaly in enumerate(anomalies):
            idx = i + (100000 if anomalous else 0)
            img, _ = _sample(spec, seed, split, idx, anomaly, size, severity)
            name = f"{key}_{i:05d}.png"
            _save(img, out / "images" / name, None, 3 if spec.phantom in ("fundus",) else 1)
            names[key].append(name)
    data = {
        "train": {"0": names["train0"], "unlabeled": {"0": names["pool0"], "1": names["pool1"]}},
        "test": {"0": names["test0"], "1": names["test1"]},
    }
    (out / "data.json").write_text(json.dumps(data, indent=1))


def _write_medmnist(spec, out, counts, seed, size, severity):
    native = 28  # MedMNIST's own resolution; the reader resizes to the working size
    normal_label = spec.options["normal_labels"][0]
    anomalous_label = 1 - normal_label
    arrays = {}
    for split, (n_norm, n_anom) in counts.items():
        imgs, labels = [], []
        for i in range(n_norm + n_anom):
            anomaly = None if i < n_norm else _classes_for(spec, n_anom)[i - n_norm]
            img, _ = _sample(spec, seed, split, i, anomaly, native, severity)
            if img.ndim == 3:
                img = img @ np.array([0.299, 0.587, 0.114], np.float32)
            imgs.append(np.clip(np.round(img * 255), 0, 255).astype(np.uint8))
            labels.append(normal_label if anomaly is None else anomalous_label)
        # MedMNIST stores each split in a fixed order; shuffle deterministically as the real files are
        order = np.random.default_rng([seed, zlib.crc32(split.encode())]).permutation(len(imgs))
        arrays[f"{split}_images"] = np.stack(imgs)[order]
        arrays[f"{split}_labels"] = np.array(labels, dtype=np.uint8)[order][:, None]
    np.savez_compressed(out / f"{spec.options['file']}.npz", **arrays)


def _write_csv(spec, out, counts, seed, size, severity):
    o = spec.options
    n_norm, n_anom = counts["all"]
    img_dir = out / o.get("image_dir", "images")
    image_col, label_col = o.get("image_col", "image"), o.get("label_col", "label")
    ext = o.get("ext", "")
    rows = []
    grades = {c: str(2 + j) for j, c in enumerate(spec.anomaly_classes)}  # APTOS-like grades for anomalies
    for i in range(n_norm + n_anom):
        anomaly = None if i < n_norm else _classes_for(spec, n_anom)[i - n_norm]
        img, _ = _sample(spec, seed, "all", i, anomaly, size, severity)
        stem = f"{zlib.crc32(f'{seed}-{i}'.encode()):08x}"
        fname = f"{stem}.png"
        _save(img, img_dir / fname, None, 3)
        if "normal_values" in o:
            label = o["normal_values"][0] if anomaly is None else grades[anomaly]
        else:
            label = "normal" if anomaly is None else anomaly
        rows.append({image_col: stem if ext else fname, label_col: label})
    with open(out / o.get("csv", "labels.csv"), "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[image_col, label_col])
        w.writeheader()
        w.writerows(rows)
