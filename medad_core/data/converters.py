"""Converters from the raw downloads of DRA's medical datasets to the MVTec-style folders DRA reads.

The DRA/DevNet converters split each dataset's normal images 75/25 into train and test with
``random_state=42`` (scikit-learn's ``train_test_split``: test = the first ⌈0.25·n⌉ entries of
``RandomState(42).permutation(n)``, train = the rest) and put every anomaly into ``test/<class>``:

* BrainMRI (Kaggle *brain-mri-images-for-brain-tumor-detection*): ``no/`` normal, ``yes/`` tumour
  (98 normal -> 73 train + 25 test, 155 anomalies: DRA Table 5);
* HeadCT (Kaggle *head-ct-hemorrhage*): ``head_ct/<id>.png`` + ``labels.csv`` (``id``, ``hemorrhage``)
  (100 normal -> 75 + 25, 100 anomalies);
* Hyper-Kvasir: ``upper-gi-tract/anatomical-landmarks/*/`` normal, ``upper-gi-tract/pathological-findings/
  <class>/`` anomalies, searched anywhere below the given folder (2,695 -> 2,021 + 674, 757 anomalies).

The original scripts list files in file-system order; medad sorts the file names first, so the
split is reproducible on every machine (the counts match DRA Table 5, the individual images may not).
"""

from __future__ import annotations

import csv
import math
import os
import shutil
from pathlib import Path

import numpy as np

from medad_core.data.errors import dataset_error
from medad_core.data.imageio import IMAGE_EXTENSIONS
from medad_core.data.spec import get_spec

__all__ = ["convert_dra_medical", "converter_split", "CONVERTERS"]

SPLIT_SEED = 42
TEST_FRACTION = 0.25


def converter_split(n: int, seed: int = SPLIT_SEED, test_fraction: float = TEST_FRACTION):
    """(train indices, test indices) as scikit-learn's train_test_split(test_size=0.25, random_state=42)."""
    n_test = math.ceil(test_fraction * n)
    perm = np.random.RandomState(seed).permutation(n)
    return np.sort(perm[n_test:]), np.sort(perm[:n_test])


def _images(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS)


def _brainmri(raw: Path):
    spec = get_spec("brainmri")
    no, yes = raw / "no", raw / "yes"
    if not no.is_dir() or not yes.is_dir():
        raise dataset_error(
            spec, "the raw BrainMRI download needs the folders no/ (normal) and yes/ (tumour)", str(raw), tree=False
        )
    return _images(no), {"tumour": _images(yes)}


def _headct(raw: Path):
    spec = get_spec("headct")
    labels = raw / "labels.csv"
    image_dir = raw / "head_ct" if (raw / "head_ct").is_dir() else raw
    if not labels.is_file():
        raise dataset_error(
            spec, "the raw HeadCT download needs labels.csv (columns id, hemorrhage)", str(raw), tree=False
        )
    by_stem = {p.stem.lstrip("0") or "0": p for p in _images(image_dir)}
    normal, anomalous = [], []
    with open(labels, newline="") as fh:
        for row in csv.DictReader(fh, skipinitialspace=True):
            key = str(int(row["id"]))
            if key not in by_stem:
                raise dataset_error(
                    spec,
                    f"labels.csv lists id {row['id']} but no image {image_dir}/{row['id']}.png",
                    str(raw),
                    tree=False,
                )
            (anomalous if int(row["hemorrhage"]) else normal).append(by_stem[key])
    return sorted(normal), {"haemorrhage": sorted(anomalous)}


def _hyperkvasir(raw: Path):
    spec = get_spec("hyperkvasir")
    landmarks = sorted(raw.rglob("upper-gi-tract/anatomical-landmarks"))
    findings = sorted(raw.rglob("upper-gi-tract/pathological-findings"))
    if not landmarks or not findings:
        raise dataset_error(
            spec,
            "no upper-gi-tract/anatomical-landmarks and upper-gi-tract/pathological-findings "
            "folders below the raw Hyper-Kvasir folder",
            str(raw),
            tree=False,
        )
    classes = {d.name: _images(d) for d in sorted(findings[0].iterdir()) if d.is_dir()}
    return _images(landmarks[0]), {k: v for k, v in classes.items() if v}


CONVERTERS = {"brainmri": _brainmri, "headct": _headct, "hyperkvasir": _hyperkvasir}


def convert_dra_medical(name: str, raw_dir: str | os.PathLike, out_root: str | os.PathLike, link: bool = False) -> Path:
    """Write ``out_root/<folder>/`` in MVTec style from the raw download of ``name`` and return it.

    ``link=True`` makes symbolic links instead of copies.
    """
    spec = get_spec(name)
    if spec.name not in CONVERTERS:
        raise dataset_error(
            spec, f"no converter for {spec.name}; converters exist for {', '.join(CONVERTERS)}", tree=False
        )
    raw = Path(raw_dir).expanduser()
    if not raw.is_dir():
        raise dataset_error(spec, "raw download folder not found", str(raw), tree=False)
    normal, anomalies = CONVERTERS[spec.name](raw)
    if not normal or not any(anomalies.values()):
        raise dataset_error(spec, "the raw folder holds no normal or no anomalous images", str(raw), tree=False)
    out = Path(out_root) / spec.folder
    train_idx, test_idx = converter_split(len(normal))

    def put(src: Path, dst_dir: Path, index: int) -> None:
        dst_dir.mkdir(parents=True, exist_ok=True)
        dst = dst_dir / f"{index:04d}{src.suffix.lower()}"
        if dst.exists() or dst.is_symlink():
            dst.unlink()
        if link:
            dst.symlink_to(src.resolve())
        else:
            shutil.copy2(src, dst)

    for j, i in enumerate(train_idx):
        put(normal[i], out / "train" / "good", j)
    for j, i in enumerate(test_idx):
        put(normal[i], out / "test" / "good", j)
    for cls, files in anomalies.items():
        for j, f in enumerate(files):
            put(f, out / "test" / cls, j)
    return out
