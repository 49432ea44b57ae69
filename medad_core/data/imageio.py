"""Reading image and mask files: every image mode is normalised here, in one place.

Images become float32 ``(C, H, W)`` in [0, 1] at ``size x size``:

* ``L`` / ``P`` / ``1``: grey; ``LA`` / ``RGBA``: alpha-composited on black (the way the images
  are shown), except colour-mapped images (``colormap="bone"``, BMAD's brain PNGs) which are
  mapped back to the scalar intensity by inverting the colour map (exact and deterministic:
  R+G+B of matplotlib's ``bone`` map is strictly increasing, so it is inverted by interpolation);
* 16-bit (``I;16*``, ``I``): divided by 65535; float (``F``) or ``.npy`` floats: clipped to [0, 1]
  when already in range, otherwise min-max scaled; integer ``.npy`` arrays by their dtype's maximum;
* 1 channel -> 3 by repetition, 3 -> 1 by ITU-R 601 luma, when the dataset asks for the other.

Masks are binarised as the dataset's official code does (:data:`~medad_core.data.spec.MASK_THRESHOLDS`):
by default any value > 0 at the file's resolution, then nearest-neighbour resizing; with a threshold
t (BMAD: 0.1) the mask is scaled to [0, 1], resized bilinearly and a pixel is anomalous when >= t.
"""

from __future__ import annotations

import os
from functools import cache

import numpy as np
import torch
from PIL import Image, UnidentifiedImageError

from medad_core.data.errors import dataset_error
from medad_core.data.spec import get_spec

__all__ = [
    "read_array",
    "to_tensor",
    "read_image",
    "read_mask",
    "image_size_of",
    "FileReader",
    "IMAGE_EXTENSIONS",
    "bone_lut",
]

IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".npy")
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


class ImageReadError(Exception):
    """Raised with the offending path; converted to a MedadError naming the dataset by the caller."""


@cache
def bone_lut() -> np.ndarray:
    """Matplotlib's ``bone`` colour map as a (256, 3) float table, without importing matplotlib.

    bone(x) = (7·gray(x) + hot_r(x)) / 8 where hot is applied to the reversed channel order,
    i.e. the segments below (matplotlib's ``_bone_data``).
    """
    x = np.linspace(0.0, 1.0, 256)
    r = np.interp(x, [0.0, 0.746032, 1.0], [0.0, 0.652778, 1.0])
    g = np.interp(x, [0.0, 0.365079, 0.746032, 1.0], [0.0, 0.319444, 0.777778, 1.0])
    b = np.interp(x, [0.0, 0.365079, 1.0], [0.0, 0.444444, 1.0])
    return np.stack([r, g, b], axis=1).astype(np.float32)


def apply_bone(gray: np.ndarray) -> np.ndarray:
    """Grey [0, 1] (H, W) -> uint8 RGBA with the bone colour map (how BMAD saved its brain slices)."""
    lut = bone_lut()
    idx = np.clip(np.round(gray * 255), 0, 255).astype(np.int64)
    rgb = lut[idx]
    rgba = np.concatenate([rgb, np.ones(gray.shape + (1,), np.float32)], axis=-1)
    return np.round(rgba * 255).astype(np.uint8)


def invert_bone(rgb: np.ndarray) -> np.ndarray:
    """(H, W, 3) float [0, 1] colour-mapped with bone -> scalar intensity in [0, 1]."""
    lut_sum = bone_lut().sum(axis=1)  # strictly increasing from 0 to 3
    return np.interp(rgb.sum(axis=-1), lut_sum, np.linspace(0.0, 1.0, 256)).astype(np.float32)


def read_array(path: str, colormap: str | None = None) -> np.ndarray:
    """Read one file as float32 (H, W) grey or (H, W, 3) colour in [0, 1]."""
    try:
        if path.lower().endswith(".npy"):
            arr = np.load(path, allow_pickle=False)
            return _normalise_numeric(arr)
        with Image.open(path) as img:
            img.load()
            return _from_pil(img, colormap)
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as err:
        raise ImageReadError(
            f"cannot read image file {path} ({type(err).__name__}: {err}); it is missing, truncated or not an image"
        ) from None


def _normalise_numeric(arr: np.ndarray) -> np.ndarray:
    if arr.ndim == 3 and arr.shape[0] in (1, 3, 4) and arr.shape[-1] not in (1, 3, 4):
        arr = np.moveaxis(arr, 0, -1)
    if arr.ndim == 3 and arr.shape[-1] == 1:
        arr = arr[..., 0]
    if arr.ndim == 3 and arr.shape[-1] == 4:
        arr = arr[..., :3]
    if arr.ndim not in (2, 3):
        raise ValueError(f"array of shape {arr.shape} is not an image")
    if arr.dtype == np.bool_:
        return arr.astype(np.float32)
    if np.issubdtype(arr.dtype, np.integer):
        return (arr.astype(np.float32) / float(np.iinfo(arr.dtype).max)).clip(0, 1)
    arr = arr.astype(np.float32)
    lo, hi = float(np.nanmin(arr)), float(np.nanmax(arr))
    if lo >= 0.0 and hi <= 1.0:
        return arr
    return (arr - lo) / max(hi - lo, 1e-12)


def _from_pil(img: Image.Image, colormap: str | None) -> np.ndarray:
    mode = img.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N"):
        return (np.asarray(img, dtype=np.float32) / 65535.0).clip(0, 1)
    if mode == "I":
        arr = np.asarray(img, dtype=np.float32)
        # PIL opens 16-bit PNGs as "I" too; 8-bit data stored as I is rare, 16 bits is the rule
        return (arr / 65535.0).clip(0, 1)
    if mode == "F":
        return _normalise_numeric(np.asarray(img, dtype=np.float32))
    if mode in ("1", "P", "CMYK", "YCbCr", "HSV", "LAB"):
        img = img.convert("RGBA" if mode == "P" and "transparency" in img.info else "RGB")
        mode = img.mode
    if mode == "L":
        return np.asarray(img, dtype=np.float32) / 255.0
    arr = np.asarray(img, dtype=np.float32) / 255.0
    if mode in ("LA", "RGBA", "RGBa", "La"):
        colour, alpha = arr[..., :-1], arr[..., -1:]
        if colormap == "bone" and colour.shape[-1] == 3:
            return invert_bone(colour) * alpha[..., 0]
        arr = colour * alpha  # composite on black, the background of medical images
        return arr[..., 0] if arr.shape[-1] == 1 else arr
    if colormap == "bone" and arr.ndim == 3:
        return invert_bone(arr[..., :3])
    return arr


def to_tensor(arr: np.ndarray, channels: int, size: int | tuple[int, int] | None) -> torch.Tensor:
    """(H, W) or (H, W, 3) float array -> (C, H, W) float32 tensor at ``size`` (bilinear, antialiased)."""
    if arr.ndim == 2:
        t = torch.from_numpy(np.ascontiguousarray(arr))[None]
    else:
        t = torch.from_numpy(np.ascontiguousarray(arr)).permute(2, 0, 1)
    if channels == 1 and t.shape[0] == 3:
        t = (t * torch.from_numpy(_LUMA)[:, None, None]).sum(0, keepdim=True)
    elif channels == 3 and t.shape[0] == 1:
        t = t.expand(3, -1, -1)
    if size is not None:
        hw = (size, size) if isinstance(size, int) else tuple(size)
        if tuple(t.shape[-2:]) != hw:
            t = torch.nn.functional.interpolate(
                t[None].float(), size=hw, mode="bilinear", align_corners=False, antialias=True
            )[0]
    return t.float().clamp(0, 1).contiguous()


def read_image(path: str, channels: int, size: int | None, colormap: str | None = None) -> torch.Tensor:
    """Read one image file as the datasets do.

    Args:
        path: an image file or ``.npy`` array.
        channels: 1 or 3 channels in the result (converted when the file has the other).
        size: resized to ``size x size``; None keeps the file's size.
        colormap: "bone" inverts matplotlib's bone colour map (BMAD's brain PNGs); None reads as is.

    Returns:
        A float32 (channels, H, W) tensor in [0, 1].
    """
    return to_tensor(read_array(path, colormap), channels, size)


def read_mask(
    path: str, size: int | tuple[int, int] | None, threshold: float | None = None
) -> tuple[torch.Tensor, tuple[int, int]]:
    """A bool (H, W) mask at ``size``, binarised by the dataset's rule; also returns its file size (H, W).

    Args:
        path: the mask file.
        size: the working size (an int for a square); None keeps the file's size.
        threshold: None: anomalous where the file is > 0, then nearest-neighbour resizing (MVTec AD,
            anomalib). A float t: the mask scaled to [0, 1] (by its dtype's range, as for images) is
            resized bilinearly (antialiased, like PIL's resize) and anomalous where >= t (BMAD's
            loaders resize first, then cut at 0.1).

    Returns:
        The mask and the file's (H, W).
    """
    arr = read_array(path)
    if arr.ndim == 3:
        arr = arr.max(axis=-1)
    native = arr.shape
    hw = None if size is None else ((size, size) if isinstance(size, int) else tuple(size))
    if threshold is not None:
        m = torch.from_numpy(np.ascontiguousarray(arr, dtype=np.float32))
        if hw is not None and tuple(m.shape) != hw:
            m = torch.nn.functional.interpolate(
                m[None, None], size=hw, mode="bilinear", align_corners=False, antialias=True
            )[0, 0]
        return (m >= threshold).bool(), native
    m = torch.from_numpy(np.ascontiguousarray(arr > 0))
    if hw is not None and tuple(m.shape) != hw:
        m = torch.nn.functional.interpolate(m[None, None].float(), size=hw, mode="nearest")[0, 0] > 0.5
    return m.bool(), native


def image_size_of(path: str) -> tuple[int, int]:
    """(H, W) of an image file from its header (cheap)."""
    if path.lower().endswith(".npy"):
        arr = np.load(path, mmap_mode="r", allow_pickle=False)
        return tuple(arr.shape[:2])  # type: ignore[return-value]
    try:
        with Image.open(path) as img:
            return img.size[1], img.size[0]
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as err:
        raise ImageReadError(
            f"cannot read image file {path} ({type(err).__name__}: {err}); it is missing, truncated or not an image"
        ) from None


class FileReader:
    """The ``reader`` of a file-backed :class:`~medad_core.api.ImageSet` (picklable for workers).

    Checks, per record, that the mask has the image's size and that an anomalous image with a
    mask marks at least one pixel; every failure names the dataset and the file.
    """

    def __init__(
        self,
        spec_name: str,
        channels: int,
        size: int,
        colormap: str | None = None,
        check_masks: bool = True,
        mask_threshold: float | None = None,
    ):
        self.spec_name = spec_name
        self.channels = channels
        self.size = size
        self.colormap = colormap
        self.check_masks = check_masks
        #: None: a mask pixel is anomalous when > 0; a float: when >= it after scaling and resizing
        self.mask_threshold = mask_threshold

    def _error(self, problem: str):
        return dataset_error(get_spec(self.spec_name), problem, tree=False)

    def __call__(self, record):
        """Read ``record``'s image and, when it has one, its mask (checked against the image).

        Args:
            record: an ``ImageRecord`` (path, label, mask_path).

        Returns:
            The (C, H, W) image tensor and the (H, W) boolean mask tensor, or None without a mask.

        Raises:
            MedadError: the file is unreadable, or the mask is missing, of the wrong size, or empty for
                an anomalous image (with ``check_masks``).
        """
        try:
            arr = read_array(record.path, self.colormap)
        except ImageReadError as err:
            raise self._error(str(err)) from None
        image = to_tensor(arr, self.channels, self.size)
        if record.mask_path is None:
            return image, None
        if not os.path.exists(record.mask_path):
            raise self._error(f"mask file {record.mask_path} of image {record.path} does not exist")
        try:
            mask, native = read_mask(record.mask_path, self.size, self.mask_threshold)
        except ImageReadError as err:
            raise self._error(str(err)) from None
        if self.check_masks:
            if tuple(native) != tuple(arr.shape[:2]):
                raise self._error(
                    f"mask {record.mask_path} is {native[0]}x{native[1]} but its image "
                    f"{record.path} is {arr.shape[0]}x{arr.shape[1]}; masks must have their "
                    "image's size"
                )
            if record.label == 1 and not bool(mask.any()):
                rule = "> 0" if self.mask_threshold is None else f">= {self.mask_threshold} of the range"
                raise self._error(
                    f"mask {record.mask_path} of the anomalous image {record.path} is empty "
                    f"(no pixel {rule}); an anomalous image needs its anomaly marked"
                )
        return image, mask
