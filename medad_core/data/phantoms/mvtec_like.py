"""An MVTec-like multi-class phantom: the offline stand-in of MVTec AD as an external outlier source.

DRA's Table 4 (Sec. 4.6) and SAOE's outlier exposure (App. B.2) draw external images from MVTec AD
with "the classes that overlap with the training/test data" removed. The real source is the MVTec AD
folder, one MVTec-layout dataset per class (``<data-root>/MVTec/<class>/train/good``, ...). Offline,
this module writes the same shape of folder with one phantom *domain* per class folder
(:data:`CLASSES`), so the exclusion rule of :func:`medad_core.data.protocols.outlier_classes` has a
class to remove when the target is itself one of these domains (the endoscopy class for the
Hyper-Kvasir phantom) and several to keep.

Each class folder is written by the ordinary MVTec-layout writer with the smoke profile's counts (40
normal training images per class; the source only contributes ``train/good``). The writer seeds every
image with its dataset's name, so the endoscopy class holds other frames than the Hyper-Kvasir phantom.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from pathlib import Path

from medad_core.data.spec import DOMAINS, get_spec

__all__ = ["CLASSES", "RECIPE", "domain_family", "write_mvtec_like", "cached_mvtec_like"]

#: class folder -> phantom domain (a texture-like, a grey-scale organ, a colour endoscopy class, ...)
CLASSES: dict[str, str] = {
    "brain_mri": "brain_mri",
    "chest_xray": "chest_xray",
    "endoscopy": "endoscopy",
    "histopathology": "histopathology",
    "retinal_oct": "retinal_oct",
}
#: the folder's recipe version (classes, counts): the ``phantom_recipe`` option of the ``mvtec_ad`` spec,
#: so that a bump renames the cache folder and changes the cache identity of every run that reads it
RECIPE = int(get_spec("mvtec_ad").options["phantom_recipe"])
#: the counts of each class folder (``phantom_counts`` of this profile)
_COUNTS_PROFILE = "smoke"


def domain_family(domain: str) -> str:
    """The family of a phantom domain: variants of one domain's frames (``endoscopy_kinds``) share it.

    Args:
        domain: a phantom domain of :data:`medad_core.data.spec.DOMAINS`.

    Returns:
        The domain without a ``_kinds`` suffix.
    """
    return domain.removesuffix("_kinds")


def write_mvtec_like(out: str | os.PathLike, seed: int, size: int) -> Path:
    """Write the multi-class phantom into ``out`` (``out/<class>/train/good/*.png``, ``test/...``).

    Args:
        out: the source folder (the stand-in of ``<data-root>/MVTec``).
        seed: data seed; each class's images are a function of (seed, class, split, index).
        size: image side in pixels.

    Returns:
        ``out``.
    """
    from medad_core.data.writers import PHANTOM_VERSION, write_phantom_dataset  # noqa: PLC0415 - cycle

    out = Path(out)
    base = get_spec("mvtec_ad")
    for cls, domain in CLASSES.items():
        spec = dataclasses.replace(
            base, name=f"mvtec_like_{cls}", phantom=domain, anomaly_classes=DOMAINS[domain][:2], has_masks=False
        )
        write_phantom_dataset(spec, out / cls, _COUNTS_PROFILE, seed, size)
    (out / "PHANTOM.txt").write_text(
        f"medad MVTec-like multi-class phantom (classes {', '.join(CLASSES)}), seed {seed}, {size} px, "
        f"recipe {RECIPE}, generator version {PHANTOM_VERSION}. Not real data.\n"
    )
    return out


def cached_mvtec_like(seed: int, size: int) -> Path:
    """The multi-class phantom in the phantom cache, written once (atomically) per (seed, size, recipe).

    Args:
        seed: data seed.
        size: image side in pixels.

    Returns:
        The source folder.
    """
    from medad_core.data.splits import phantom_cache_dir  # noqa: PLC0415 - cycle
    from medad_core.data.writers import PHANTOM_VERSION  # noqa: PLC0415 - cycle

    key = f"mvtec_like-s{seed}-{size}px-v{PHANTOM_VERSION}-r{RECIPE}"
    final = phantom_cache_dir() / key
    if (final / ".complete").exists():
        return final / "MVTec"
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{key}-", dir=final.parent))
    try:
        write_mvtec_like(tmp / "MVTec", seed, size)
        (tmp / ".complete").write_text("ok\n")
        try:
            os.rename(tmp, final)
        except OSError:  # another process finished first, or a half-written folder from a crash
            if not (final / ".complete").exists():
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return final / "MVTec"
