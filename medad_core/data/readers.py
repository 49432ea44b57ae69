"""Readers of the real dataset layouts (and of the phantoms, which are written in the same layouts).

Each reader turns a folder into :class:`RawSplits`: file-backed :class:`~medad_core.api.ImageSet`
objects for train (normal only), valid (or None) and test, plus DDAD's unlabelled pools. Images are
decoded lazily by :class:`~medad_core.data.imageio.FileReader` (MedMNIST is read into memory).
Every problem raises :func:`~medad_core.data.errors.dataset_error`.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from medad_core.api import ImageRecord, ImageSet
from medad_core.data.converters import converter_split
from medad_core.data.errors import dataset_error
from medad_core.data.imageio import IMAGE_EXTENSIONS, FileReader, ImageReadError, image_size_of, read_array
from medad_core.data.spec import BMAD_VARIANTS, DatasetSpec, mask_threshold

__all__ = ["RawSplits", "read_dataset", "detect_bmad_variant", "CONVERTER_SPLIT_SEED"]

#: the DevNet/DRA converters split normals 75/25 with random_state 42; medad does the same where a
#: dataset ships without a train/test split (CSV datasets without a split column)
CONVERTER_SPLIT_SEED = 42
NORMAL_WORDS = {"normal", "good", "healthy", "0", "no", "nofinding", "no_finding", "no finding"}


@dataclass
class RawSplits:
    """What a reader returns: the splits as shipped (pools: DDAD-ASR's unlabelled normal and abnormal images)."""

    train: ImageSet
    valid: ImageSet | None
    test: ImageSet
    pool_normal: ImageSet | None = None
    pool_abnormal: ImageSet | None = None


def _images_in(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS and not p.name.startswith(".")
    )


def _need_dir(spec, root, path: Path, what: str) -> Path:
    if not path.is_dir():
        raise dataset_error(
            spec, f"missing folder {path.relative_to(root) if path.is_relative_to(root) else path} ({what})", str(root)
        )
    return path


def _need_images(spec, root, folder: Path, what: str) -> list[Path]:
    files = _images_in(_need_dir(spec, root, folder, what))
    if not files:
        raise dataset_error(spec, f"class folder {folder} is empty (no .png/.jpg/.npy images; {what})", str(root))
    return files


def _first_dir(root: Path, candidates: list[str]) -> Path | None:
    for c in candidates:
        if (root / c).is_dir():
            return root / c
    return None


def _mask_for(image: Path, mask_dir: Path | None, suffixes=("", "_mask")) -> str | None:
    if mask_dir is None:
        return None
    for suf in suffixes:
        for ext in (image.suffix, ".png", ".jpg", ".tif", ".npy"):
            cand = mask_dir / f"{image.stem}{suf}{ext}"
            if cand.is_file():
                return str(cand)
    return None


def _imageset(spec, records, size, channels, has_masks, name):
    # masks are binarised as the layout's official code does (BMAD: >= 0.1 of the range)
    reader = FileReader(
        spec.name, channels, size, spec.options.get("colormap"), mask_threshold=mask_threshold(spec.layout)
    )
    return ImageSet(records, reader, has_masks=has_masks, name=name)


# ---------------------------------------------------------------------------------------------
# MVTec-style
# ---------------------------------------------------------------------------------------------
def read_mvtec(spec: DatasetSpec, root: Path, size: int, channels: int) -> RawSplits:
    train_files = _need_images(spec, root, root / "train" / "good", "normal training images")
    test_dir = _need_dir(spec, root, root / "test", "test images, one folder per class")
    gt_dir = root / "ground_truth"
    has_masks = gt_dir.is_dir()
    classes = sorted(p.name for p in test_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not classes:
        raise dataset_error(spec, f"{test_dir} has no class folders (expected test/good and test/<class>)", str(root))
    if "good" not in classes:
        raise dataset_error(spec, f"{test_dir} has no 'good' folder of normal test images", str(root))

    def split_records(split_dir: Path) -> list[ImageRecord]:
        recs = []
        for cls in sorted(p.name for p in split_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
            files = _need_images(spec, root, split_dir / cls, f"{split_dir.name} images of class {cls!r}")
            anomalous = cls != "good"
            mdir = gt_dir / cls if anomalous and has_masks else None
            for f in files:
                mpath = _mask_for(f, mdir) if mdir is not None else None
                if anomalous and has_masks and mpath is None:
                    raise dataset_error(
                        spec,
                        f"anomalous image {f} has no mask in {gt_dir / cls} "
                        f"(expected {f.stem}_mask.png or {f.stem}.png)",
                        str(root),
                    )
                recs.append(ImageRecord(str(f), int(anomalous), cls, mpath))
        return recs

    train = [ImageRecord(str(f), 0, "good") for f in train_files]
    test = split_records(test_dir)
    valid = split_records(root / "valid") if (root / "valid").is_dir() else None
    mk = lambda recs, n: _imageset(spec, recs, size, channels, has_masks, f"{spec.name}/{n}")  # noqa: E731
    return RawSplits(mk(train, "train"), mk(valid, "valid") if valid else None, mk(test, "test"))


# ---------------------------------------------------------------------------------------------
# BMAD
# ---------------------------------------------------------------------------------------------
def detect_bmad_variant(root: Path) -> str | None:
    """The ``BMAD_VARIANTS`` key whose folder names ``root`` holds, or None when none matches."""
    if (root / "Train" / "train").is_dir():
        return "resc"
    if (root / "test" / "img").is_dir() or (root / "valid" / "img").is_dir():
        return "liver"
    if (root / "test" / "Ungood" / "img").is_dir() or (root / "test" / "good" / "img").is_dir():
        return "brain"
    if (root / "val").is_dir():
        return "plain_val"
    if (root / "valid").is_dir():
        return "plain_valid"
    return None


def _bmad_img_dir(spec: DatasetSpec, root: Path, v: dict, split: str, cls: str, required: bool) -> Path | None:
    """The image folder of one split and class: the variant's own name first, then BMAD's other spellings."""
    sp = v["splits"][split]
    cands = [v["img"].format(split=sp, cls=cls)]
    if split == "train" and "train_img" in v:
        cands.insert(0, v["train_img"])
    cands += [f"{sp}/{cls}/img", f"{sp}/{cls}", f"{sp}/img/{cls}"]
    d = _first_dir(root, cands)
    if d is None and required:
        raise dataset_error(spec, f"missing folder {cands[0]} ({split} images of class {cls!r})", str(root))
    return d


def _bmad_mask_dir(spec: DatasetSpec, root: Path, v: dict, split: str) -> Path:
    sp = v["splits"][split]
    cands = [
        v["mask"].format(split=sp),
        f"{sp}/Ungood/label",
        f"{sp}/Ungood/anomaly_mask",
        f"{sp}/label/Ungood",
        f"{sp}_label/Ungood",
    ]
    d = _first_dir(root, cands)
    if d is None:
        raise dataset_error(spec, f"missing mask folder {cands[0]} ({split} masks of the Ungood images)", str(root))
    return d


def _bmad_split_records(
    spec: DatasetSpec, root: Path, v: dict, split: str, required: bool, has_masks: bool
) -> list[ImageRecord] | None:
    """The good and Ungood records of a valid / test split (None when an optional split is absent)."""
    good = _bmad_img_dir(spec, root, v, split, "good", required)
    bad = _bmad_img_dir(spec, root, v, split, "Ungood", required)
    if good is None and bad is None:
        return None
    if good is None or bad is None:
        missing = "good" if good is None else "Ungood"
        raise dataset_error(spec, f"the {split} split has no {missing!r} folder", str(root))
    recs = [ImageRecord(str(f), 0, "good") for f in _need_images(spec, root, good, f"{split} normal images")]
    mdir = _bmad_mask_dir(spec, root, v, split) if has_masks else None
    for f in _need_images(spec, root, bad, f"{split} anomalous images"):
        mpath = _mask_for(f, mdir)
        if mdir is not None and mpath is None:
            raise dataset_error(spec, f"anomalous image {f} has no mask in {mdir} (same file name expected)", str(root))
        recs.append(ImageRecord(str(f), 1, "Ungood", mpath))
    return recs


def read_bmad(spec: DatasetSpec, root: Path, size: int, channels: int) -> RawSplits:
    """Read a dataset in one of BMAD's folder layouts (``BMAD_VARIANTS``; detected when not given).

    Args:
        spec: the dataset; ``spec.options["variant"]`` names the layout, else it is detected.
        root: the dataset folder.
        size: images are resized to ``size x size``.
        channels: 1 or 3 channels after reading.

    Returns:
        The train (normal only), valid (when the layout has one) and test splits.

    Raises:
        MedadError: the layout is not recognised, or a folder, image or mask is missing.
    """
    variant = spec.options.get("variant") or detect_bmad_variant(root)
    if variant is None or variant not in BMAD_VARIANTS:
        raise dataset_error(
            spec, "cannot recognise a BMAD layout (no train/valid/test folders as BMAD ships them)", str(root)
        )
    v = BMAD_VARIANTS[variant]
    has_masks = v["mask"] is not None and spec.has_masks
    train_dir = _bmad_img_dir(spec, root, v, "train", "good", True)
    train = [ImageRecord(str(f), 0, "good") for f in _need_images(spec, root, train_dir, "normal training images")]
    valid = _bmad_split_records(spec, root, v, "valid", False, has_masks)
    test = _bmad_split_records(spec, root, v, "test", True, has_masks)

    def image_set(recs: list[ImageRecord], split: str) -> ImageSet:
        return _imageset(spec, recs, size, channels, has_masks, f"{spec.name}/{split}")

    return RawSplits(image_set(train, "train"), image_set(valid, "valid") if valid else None, image_set(test, "test"))


# ---------------------------------------------------------------------------------------------
# DDAD-ASR data.json
# ---------------------------------------------------------------------------------------------
def read_ddad_json(spec: DatasetSpec, root: Path, size: int, channels: int) -> RawSplits:
    jpath = root / "data.json"
    if not jpath.is_file():
        raise dataset_error(spec, "missing data.json (the DDAD-ASR repartition file)", str(root))
    images = _need_dir(spec, root, root / "images", "all images of the dataset")
    try:
        data = json.loads(jpath.read_text())
        train_n = data["train"]["0"]
        pool_n = data["train"]["unlabeled"]["0"]
        pool_a = data["train"]["unlabeled"]["1"]
        test_n, test_a = data["test"]["0"], data["test"]["1"]
    except (json.JSONDecodeError, KeyError, TypeError) as err:
        raise dataset_error(
            spec, f"data.json is not in the DDAD-ASR format ({type(err).__name__}: {err})", str(root)
        ) from None

    def recs(names, label):
        out = []
        for n in names:
            p = images / n
            if not p.is_file():
                raise dataset_error(spec, f"data.json lists {n} but {p} does not exist", str(root))
            out.append(ImageRecord(str(p), label, "good" if label == 0 else "abnormal"))
        return out

    if not train_n:
        raise dataset_error(spec, "data.json has no normal training images (train/0 is empty)", str(root))
    reader = FileReader(spec.name, channels, size, spec.options.get("colormap"))  # one reader: pools concat lazily
    mk = lambda r, n: ImageSet(r, reader, has_masks=False, name=f"{spec.name}/{n}")  # noqa: E731
    return RawSplits(
        mk(recs(train_n, 0), "train"),
        None,
        mk(recs(test_n, 0) + recs(test_a, 1), "test"),
        mk(recs(pool_n, 0), "pool_normal"),
        mk(recs(pool_a, 1), "pool_abnormal"),
    )


def read_ddad_folder(spec: DatasetSpec, root: Path, size: int, channels: int) -> RawSplits:
    """A DDAD-style user folder (layout ``ddad``): ``data.json`` when present, else class folders.

    The folder form is ``train/good`` (D_n), ``unlabelled/good`` and ``unlabelled/<class>`` (D_u's
    pools: the protocol never hands their labels to a method, it only needs them to draw an exact
    anomaly rate, as DDAD-ASR's ``data.json`` splits ``train/unlabeled`` into ``0`` and ``1``),
    ``test/good`` and ``test/<class>``, with optional MVTec-style test masks in
    ``ground_truth/<class>/<name>_mask.png``.

    Args:
        spec: the dataset (``folder`` with ``--layout ddad``, or a DDAD spec).
        root: the folder.
        size: images are resized to ``size x size``.
        channels: 1 or 3 after reading.

    Returns:
        Train, test and the two unlabelled pools (no valid split, as DDAD-ASR).

    Raises:
        MedadError: a missing folder, an empty class folder, or an unlabelled folder without the
            ``good`` / ``<class>`` subfolders that say which pool image is which.
    """
    if (root / "data.json").is_file():
        return read_ddad_json(spec, root, size, channels)
    train_files = _need_images(spec, root, root / "train" / "good", "D_n, the known-normal training images")
    pool_dir = _need_dir(spec, root, root / "unlabelled", "D_u, the unlabelled pool, in good/ and <class>/")
    pool_classes = sorted(p.name for p in pool_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    loose = _images_in(pool_dir)
    if loose or "good" not in pool_classes or len(pool_classes) < 2:
        raise dataset_error(
            spec,
            f"{pool_dir} must hold unlabelled/good (normal) and unlabelled/<class> (abnormal) folders"
            + (f"; found {len(loose)} images directly in it" if loose else f"; found {pool_classes or 'none'}")
            + ". The split never reaches the method: it lets the protocol draw an exact anomaly rate "
            "(DDAD-ASR's data.json records it the same way)",
            str(root),
        )
    test_dir = _need_dir(spec, root, root / "test", "test images, one folder per class")
    test_classes = sorted(p.name for p in test_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    if "good" not in test_classes or len(test_classes) < 2:
        raise dataset_error(spec, f"{test_dir} needs test/good and at least one test/<class> folder", str(root))
    gt_dir = root / "ground_truth"
    has_masks = gt_dir.is_dir()

    def records(split_dir: Path, classes: list[str], masks: bool) -> list[ImageRecord]:
        out = []
        for cls in classes:
            mdir = gt_dir / cls if masks and cls != "good" else None
            for f in _need_images(spec, root, split_dir / cls, f"{split_dir.name} images of class {cls!r}"):
                out.append(ImageRecord(str(f), int(cls != "good"), cls, _mask_for(f, mdir)))
        return out

    reader = FileReader(spec.name, channels, size, spec.options.get("colormap"))  # one reader: pools concat lazily
    mk = lambda r, n, m=False: ImageSet(r, reader, has_masks=m, name=f"{spec.name}/{n}")  # noqa: E731
    abnormal = [c for c in pool_classes if c != "good"]
    return RawSplits(
        mk([ImageRecord(str(f), 0, "good") for f in train_files], "train"),
        None,
        mk(records(test_dir, test_classes, has_masks), "test", has_masks),
        mk(records(pool_dir, ["good"], False), "pool_normal"),
        mk(records(pool_dir, abnormal, False), "pool_abnormal"),
    )


# ---------------------------------------------------------------------------------------------
# MedMNIST npz
# ---------------------------------------------------------------------------------------------
def read_medmnist(spec: DatasetSpec, root: Path, size: int, channels: int) -> RawSplits:
    stem = spec.options.get("file", spec.name)
    cands = [root / f"{stem}.npz"] + sorted(root.glob(f"{stem}_*.npz")) if root.is_dir() else []
    path = next((c for c in cands if c.is_file()), None)
    if path is None:
        raise dataset_error(spec, f"no {stem}.npz (or {stem}_<size>.npz) file", str(root))
    try:
        data = np.load(path)
        arrays = {k: data[k] for k in data.files}
    except Exception as err:  # noqa: BLE001 - any decoding error of the archive
        raise dataset_error(spec, f"cannot read {path} ({type(err).__name__}: {err})", str(root)) from None
    normal = set(spec.options.get("normal_labels", (0,)))

    def part(split: str, normal_only: bool) -> ImageSet | None:
        if f"{split}_images" not in arrays:
            if split == "val":
                return None
            raise dataset_error(spec, f"{path.name} has no '{split}_images' array", str(root))
        imgs = arrays[f"{split}_images"]
        labels = np.asarray(arrays[f"{split}_labels"]).reshape(len(imgs), -1)[:, 0]
        is_anom = np.array([int(y) not in normal for y in labels])
        keep = np.nonzero(~is_anom)[0] if normal_only else np.arange(len(imgs))
        if len(keep) == 0:
            raise dataset_error(spec, f"{path.name} has no images in '{split}'", str(root))
        x = torch.from_numpy(imgs[keep])
        x = x.float() / (65535.0 if imgs.dtype == np.uint16 else 255.0 if imgs.dtype == np.uint8 else 1.0)
        x = x[:, None] if x.ndim == 3 else x.permute(0, 3, 1, 2)
        if channels == 3 and x.shape[1] == 1:
            x = x.expand(-1, 3, -1, -1)
        elif channels == 1 and x.shape[1] == 3:
            x = (x * torch.tensor([0.299, 0.587, 0.114])[None, :, None, None]).sum(1, keepdim=True)
        if x.shape[-1] != size:
            x = torch.nn.functional.interpolate(x.contiguous(), size=(size, size), mode="bilinear", align_corners=False)
        recs = [
            ImageRecord(
                f"{path}#{split}/{int(i)}", int(is_anom[i]), "good" if not is_anom[i] else f"label_{int(labels[i])}"
            )
            for i in keep
        ]
        return ImageSet(recs, images=x.clamp(0, 1).contiguous(), name=f"{spec.name}/{split}")

    return RawSplits(part("train", True), part("val", False), part("test", False))


# ---------------------------------------------------------------------------------------------
# image folder + CSV
# ---------------------------------------------------------------------------------------------
def read_csv_layout(spec: DatasetSpec, root: Path, size: int, channels: int) -> RawSplits:
    o = spec.options
    cpath = root / o.get("csv", "labels.csv")
    if not cpath.is_file():
        raise dataset_error(spec, f"missing label file {cpath.name}", str(root))
    img_dir = _need_dir(spec, root, root / o.get("image_dir", "images"), "the images listed in the CSV")
    image_col, label_col = o.get("image_col", "image"), o.get("label_col", "label")
    normal_values = {str(v).lower() for v in o.get("normal_values", NORMAL_WORDS)}
    ext = o.get("ext", "")
    with open(cpath, newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or image_col not in rows[0] or label_col not in rows[0]:
        raise dataset_error(spec, f"{cpath.name} needs the columns {image_col!r} and {label_col!r}", str(root))
    records, splits = [], []
    for row in rows:
        name = row[image_col]
        path = img_dir / (name if Path(name).suffix or not ext else name + ext)
        if not path.is_file():
            raise dataset_error(spec, f"{cpath.name} lists {name} but {path} does not exist", str(root))
        lab = str(row[label_col]).strip()
        anomalous = lab.lower() not in normal_values
        records.append(ImageRecord(str(path), int(anomalous), lab if anomalous else "good"))
        splits.append(str(row.get("split", "")).strip().lower())
    normal_idx = [i for i, r in enumerate(records) if r.label == 0]
    if not normal_idx:
        raise dataset_error(
            spec, f"{cpath.name} has no normal images (normal labels: {', '.join(sorted(normal_values))})", str(root)
        )
    if any(splits):
        train_idx = [i for i in normal_idx if splits[i] == "train"]
        valid_idx = [i for i, s in enumerate(splits) if s in ("val", "valid")]
        test_idx = [i for i in range(len(records)) if i not in set(train_idx) | set(valid_idx)]
    else:
        train_pos, _ = converter_split(len(normal_idx), CONVERTER_SPLIT_SEED)
        train_set = {normal_idx[j] for j in train_pos}
        train_idx = sorted(train_set)
        valid_idx = []
        test_idx = [i for i in range(len(records)) if i not in train_set]
    if not train_idx:
        raise dataset_error(spec, "no normal training images after the split", str(root))

    def image_set(idx: list[int], split: str) -> ImageSet:
        return _imageset(spec, [records[i] for i in idx], size, channels, False, f"{spec.name}/{split}")

    return RawSplits(
        image_set(train_idx, "train"), image_set(valid_idx, "valid") if valid_idx else None, image_set(test_idx, "test")
    )


READERS = {
    "mvtec": read_mvtec,
    "bmad": read_bmad,
    "ddad_json": read_ddad_json,
    "ddad": read_ddad_folder,
    "medmnist": read_medmnist,
    "csv": read_csv_layout,
}


def read_dataset(spec: DatasetSpec, root: Path, size: int, channels: int, validate: bool = True) -> RawSplits:
    """Read a dataset folder with the reader of its layout (``READERS[spec.layout]``).

    Args:
        spec: the dataset.
        root: the dataset folder.
        size: images are resized to ``size x size`` when they are read.
        channels: 1 or 3 channels after reading.
        validate: open every file's header now, so an unreadable file or a mask of the wrong size
            fails here rather than in the middle of training.

    Returns:
        The splits; images are read lazily by each ImageSet's reader.

    Raises:
        MedadError: the folder is missing, or its content does not match the layout.
    """
    if not root.is_dir():
        raise dataset_error(spec, "folder not found", str(root))
    raw = READERS[spec.layout](spec, root, size, channels)
    if validate:
        for part in (raw.train, raw.valid, raw.test, raw.pool_normal, raw.pool_abnormal):
            if part is not None and part.reader is not None:
                _validate_headers(spec, root, part)
    return raw


def _validate_headers(spec, root, part: ImageSet) -> None:
    """Open every file's header: unreadable files and masks of the wrong size fail here, early."""
    for rec in part.records:
        try:
            hw = image_size_of(rec.path)
            if rec.mask_path is not None:
                mhw = image_size_of(rec.mask_path)
                if tuple(mhw) != tuple(hw):
                    raise dataset_error(
                        spec,
                        f"mask {rec.mask_path} is {mhw[0]}x{mhw[1]} but its image "
                        f"{rec.path} is {hw[0]}x{hw[1]}; masks must have their image's "
                        "size",
                        str(root),
                        tree=False,
                    )
        except ImageReadError as err:
            raise dataset_error(spec, str(err), str(root), tree=False) from None
        except OSError as err:
            raise dataset_error(spec, f"cannot read {rec.path}: {err}", str(root), tree=False) from None


def infer_channels(path: str) -> int:
    """1 for grey files, 3 for colour (used for the user's own folder)."""
    try:
        return 1 if read_array(path).ndim == 2 else 3
    except ImageReadError:
        return 3
