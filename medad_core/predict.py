"""Score a folder of new images with a trained detector: ``medad predict``.

:func:`predict_folder` streams the images of a folder (any mode :mod:`medad_core.data.imageio`
reads: grey, RGB, RGBA, palette, 16-bit, float TIFF, ``.npy``) in batches through a fitted
detector (a checkpoint, :meth:`Detector.load <medad_core.api.Detector.load>`, or a run kept with
``--keep-model``, :func:`medad_core.runner.load_model`). Every image is resized to the
checkpoint's training input (its ``train_shape``, the size the run read the data at) and converted
to its channel count, as the runner's readers do. It writes to the output folder

* ``scores.csv``: ``file`` (relative to the image folder), ``score`` (higher = more anomalous) and,
  when the checkpoint holds an image threshold chosen on the valid split, ``is_anomalous``
  (score >= threshold); with ``--masks`` also ``label`` (1 when the mask marks a pixel);
* for methods that localise, ``<stem>_overlay.png`` per image at the *input file's* size: the
  anomaly map resized back (bilinear), drawn with the ``jet`` colour map at ``alpha`` over the
  image, and the contour of ``map >= pixel threshold`` in white when the checkpoint holds one. The
  colour scale is the valid split's map range when the checkpoint has it (so images are
  comparable), else each map's own range;
* with ``--masks DIR`` (MVTec AD names ``<stem>_mask.png``, or the image's own name): image and
  pixel AUROC (:mod:`medad_core.metrics`), printed and written to ``metrics.json``.

A file that cannot be read is reported by name and skipped; the others are scored
(``skipped`` in the summary, ``skipped.txt`` in the output folder).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from medad_core import metrics
from medad_core.api import Detector, MedadError
from medad_core.data.imageio import IMAGE_EXTENSIONS, ImageReadError, read_array, read_mask, to_tensor
from medad_core.progress import progress

__all__ = ["list_images", "predict_folder", "overlay", "find_mask"]


def list_images(folder: str | os.PathLike) -> list[Path]:
    """The image files under ``folder`` (recursively, sorted), by extension.

    Args:
        folder: the image folder.

    Returns:
        The files.

    Raises:
        MedadError: the folder does not exist or holds no image file.
    """
    root = Path(folder)
    if not root.is_dir():
        raise MedadError(f"--images {root}: no such folder")
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS)
    if not files:
        raise MedadError(f"--images {root}: no image files ({', '.join(IMAGE_EXTENSIONS)})")
    return files


def find_mask(masks: Path, relative: Path) -> Path | None:
    """The mask of the image at ``relative`` (to the image folder): MVTec's ``<stem>_mask.*`` or the same name.

    Args:
        masks: the mask folder.
        relative: the image's path relative to the image folder.

    Returns:
        The mask file, or None (an image without a mask counts as normal).
    """
    for folder in (masks / relative.parent, masks):
        for name in (f"{relative.stem}_mask", relative.stem):
            for ext in IMAGE_EXTENSIONS:
                candidate = folder / f"{name}{ext}"
                if candidate.is_file():
                    return candidate
    return None


def _contour(mask: np.ndarray) -> np.ndarray:
    """The boundary pixels of a bool mask (the mask minus its 4-neighbour erosion)."""
    padded = np.pad(mask, 1, mode="edge")
    inner = padded[1:-1, :-2] & padded[1:-1, 2:] & padded[:-2, 1:-1] & padded[2:, 1:-1] & mask
    return mask & ~inner


def overlay(
    image: np.ndarray,
    amap: np.ndarray,
    *,
    alpha: float = 0.5,
    value_range: tuple[float, float] | None = None,
    threshold: float | None = None,
) -> np.ndarray:
    """The anomaly map over the image: uint8 RGB (H, W, 3) at the image's size.

    Args:
        image: the input as read, (H, W) grey or (H, W, 3) colour in [0, 1].
        amap: the anomaly map (h, w) at the detector's input size; resized bilinearly to (H, W).
        alpha: opacity of the colour-mapped map.
        value_range: map values shown as the colour scale's ends (None: the map's own min and max).
        threshold: draw the contour of ``map >= threshold`` (raw map units) in white; None: no contour.

    Returns:
        The RGB overlay.
    """
    from matplotlib import colormaps  # noqa: PLC0415 - only the overlays need matplotlib

    h, w = image.shape[:2]
    big = F.interpolate(
        torch.from_numpy(np.ascontiguousarray(amap, dtype=np.float32))[None, None],
        size=(h, w),
        mode="bilinear",
        align_corners=False,
    )[0, 0].numpy()
    lo, hi = value_range if value_range is not None else (float(big.min()), float(big.max()))
    scaled = np.clip((big - lo) / max(hi - lo, 1e-12), 0.0, 1.0)
    heat = colormaps["jet"](scaled)[..., :3]
    base = image if image.ndim == 3 else np.repeat(image[..., None], 3, axis=-1)
    out = (1.0 - alpha) * base[..., :3] + alpha * heat
    if threshold is not None:
        out[_contour(big >= threshold)] = 1.0
    return np.round(np.clip(out, 0.0, 1.0) * 255).astype(np.uint8)


def _read(path: Path, channels: int, size: tuple[int, int], colormap: str | None):
    arr = read_array(str(path), colormap)
    return arr, to_tensor(arr, channels, size)


def _read_chunk(chunk, root, mask_root, shape, colormap, skipped, report) -> dict[str, list]:
    """The readable images of one batch (as read, and at the detector's input), their names and masks."""
    channels, height, width = shape
    out: dict[str, list] = {"arrays": [], "tensors": [], "names": [], "masks": []}
    for path in chunk:
        relative = path.relative_to(root)
        try:
            arr, tensor = _read(path, channels, (height, width), colormap)
            mask = None
            if mask_root is not None:
                mask_file = find_mask(mask_root, relative)
                mask = np.zeros((height, width), dtype=bool)
                if mask_file is not None:
                    mask = read_mask(str(mask_file), (height, width))[0].numpy()
        except (ImageReadError, ValueError) as err:
            skipped.append([str(relative), str(err)])
            report(f"skipped {relative}: {err}")
            continue
        out["arrays"].append(arr)
        out["tensors"].append(tensor)
        out["names"].append(relative)
        if mask is not None:
            out["masks"].append(mask)
    return out


def _score_rows(names, scores, masks, image_t) -> list[dict[str, Any]]:
    rows = []
    for i, relative in enumerate(names):
        row: dict[str, Any] = {"file": relative.as_posix(), "score": float(scores[i])}
        if image_t is not None:
            row["is_anomalous"] = int(scores[i] >= image_t)
        if masks:
            row["label"] = int(masks[i].any())
        rows.append(row)
    return rows


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def predict_folder(
    detector: Detector,
    images: str | os.PathLike,
    out: str | os.PathLike,
    *,
    masks: str | os.PathLike | None = None,
    batch_size: int | None = None,
    colormap: str | None = None,
    alpha: float = 0.5,
    overlays: bool = True,
    show_progress: bool = True,
    report: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score every image of a folder with a fitted detector (module docstring).

    Args:
        detector: a fitted detector (loaded from a checkpoint, or just fitted); its ``train_shape``
            gives the input size and channels.
        images: the image folder (searched recursively).
        out: the output folder (created).
        masks: a folder of ground-truth masks: adds labels and image / pixel AUROC.
        batch_size: images per batch (default: the detector's).
        colormap: ``"bone"`` for images saved with matplotlib's bone map (BMAD's brain PNGs).
        alpha: opacity of the map in the overlays.
        overlays: write the overlay PNGs (localising methods only).
        show_progress: draw a tqdm bar over the images.
        report: called with one line per skipped file (default: print to stderr).

    Returns:
        ``{"n_scored", "skipped": [[file, reason], ...], "scores_csv", "overlays": [files],
        "thresholds", "metrics"}``.

    Raises:
        MedadError: no training shape in the detector, an empty folder, or no readable image.
    """
    detector._check_fitted()
    if detector.train_shape is None:
        raise MedadError(f"{detector.name} records no training input shape; it cannot be given image files")
    shape = tuple(int(v) for v in detector.train_shape)
    root, out_dir = Path(images), Path(out)
    files = list_images(root)
    mask_root = Path(masks) if masks is not None else None
    if mask_root is not None and not mask_root.is_dir():
        raise MedadError(f"--masks {mask_root}: no such folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    report = report or (lambda line: print(line, file=sys.stderr))
    thresholds = getattr(detector, "thresholds", None) or {}
    value_range = None
    if thresholds.get("pixel_min") is not None and thresholds.get("pixel_max") is not None:
        value_range = (float(thresholds["pixel_min"]), float(thresholds["pixel_max"]))
    bs = int(batch_size or detector.batch_size)
    rows: list[dict[str, Any]] = []
    skipped: list[list[str]] = []
    written: list[str] = []
    all_masks: list[np.ndarray] = []
    all_maps: list[np.ndarray] = []
    was_progress, detector.progress = detector.progress, False  # one bar over the files instead
    try:
        starts = range(0, len(files), bs)
        for start in progress(starts, total=len(starts), desc=f"{detector.name} predict", enable=show_progress):
            batch = _read_chunk(files[start : start + bs], root, mask_root, shape, colormap, skipped, report)
            if not batch["tensors"]:
                continue
            prediction = detector.predict(torch.stack(batch["tensors"]), batch_size=bs)
            rows += _score_rows(batch["names"], prediction.scores, batch["masks"], thresholds.get("image"))
            if prediction.maps is None:
                continue
            all_masks += batch["masks"]
            all_maps += [prediction.maps] if batch["masks"] else []
            for arr, amap, relative in (
                zip(batch["arrays"], prediction.maps, batch["names"], strict=True) if overlays else ()
            ):
                picture = overlay(arr, amap, alpha=alpha, value_range=value_range, threshold=thresholds.get("pixel"))
                target = out_dir / relative.parent / f"{relative.stem}_overlay.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                Image.fromarray(picture).save(target)
                written.append(str(target))
    finally:
        detector.progress = was_progress
    if not rows:
        raise MedadError(f"--images {root}: none of the {len(files)} files could be read ({skipped[0][1]})")
    _write_csv(out_dir / "scores.csv", rows)
    if skipped:
        (out_dir / "skipped.txt").write_text("".join(f"{name}\t{reason}\n" for name, reason in skipped))
    summary: dict[str, Any] = {
        "n_scored": len(rows),
        "skipped": skipped,
        "scores_csv": str(out_dir / "scores.csv"),
        "overlays": written,
        "thresholds": thresholds or None,
        "metrics": None,
    }
    if mask_root is not None:
        summary["metrics"] = _metrics(rows, all_masks, all_maps)
        (out_dir / "metrics.json").write_text(json.dumps(summary["metrics"], indent=1))
    return summary


def _metrics(rows: Sequence[dict[str, Any]], masks: list[np.ndarray], maps: list[np.ndarray]) -> dict[str, Any]:
    """Image and pixel AUROC of the scored images (None where one class is missing)."""
    labels = np.array([r["label"] for r in rows])
    scores = np.array([r["score"] for r in rows])
    both = 0 < labels.sum() < len(labels)
    out: dict[str, Any] = {
        "n_images": len(rows),
        "n_anomalous": int(labels.sum()),
        "image_auroc": metrics.image_auroc(labels, scores) if both else None,
        "pixel_auroc": None,
    }
    if maps:
        stacked = np.stack(masks)
        if stacked.any() and not stacked.all():
            out["pixel_auroc"] = metrics.pixel_auroc(stacked, np.concatenate(maps))
    return out
