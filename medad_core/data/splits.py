"""``load_splits``: one entry point for real datasets and their phantom stand-ins.

With ``data_root`` the dataset is read from ``<data_root>/<spec.folder>`` (or an alias folder).
Without it, the phantom of the dataset is generated deterministically from (name, profile, seed)
into a cache folder (``$MEDAD_DATA_CACHE``, default ``~/.cache/medad/phantoms``) **in the real
layout** and read back with the same reader, so phantoms exercise the real code path.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from medad_core.api import ImageSet, MedadError
from medad_core.data.errors import dataset_error
from medad_core.data.phantoms import DEFAULT_SEVERITY
from medad_core.data.readers import RawSplits, infer_channels, read_dataset
from medad_core.data.spec import DATASETS, LAYOUTS, PAPER_COUNTS, DatasetSpec, get_spec
from medad_core.data.writers import PHANTOM_VERSION, phantom_counts, write_phantom_dataset

__all__ = [
    "Splits",
    "load_splits",
    "write_phantoms",
    "dataset_table",
    "size_table",
    "phantom_cache_dir",
    "find_real_root",
]

PROFILES = ("smoke", "quick", "paper")


@dataclass
class Splits:
    """A dataset's splits as distributed: ``train`` normal only, ``valid`` (or None), ``test``.

    ``pool_normal`` / ``pool_abnormal`` are DDAD-ASR's unlabelled pools (None elsewhere);
    ``source`` is ``"real"`` or ``"phantom"``; ``root`` the folder read.
    """

    train: ImageSet
    valid: ImageSet | None
    test: ImageSet
    spec: DatasetSpec
    source: str
    root: str
    image_size: int = 0
    channels: int = 1
    profile: str = "quick"
    seed: int = 0
    data_root: str | None = None
    pool_normal: ImageSet | None = None
    pool_abnormal: ImageSet | None = None
    info: dict = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Images per split: train, test_normal, test_anomalous, and valid / pools when present."""
        out = {
            "train": len(self.train),
            "test_normal": int((self.test.labels == 0).sum()),
            "test_anomalous": int((self.test.labels == 1).sum()),
        }
        if self.valid is not None:
            out["valid"] = len(self.valid)
        if self.pool_normal is not None:
            out["pool_normal"], out["pool_abnormal"] = len(self.pool_normal), len(self.pool_abnormal)
        return out


def phantom_cache_dir() -> Path:
    """Where phantoms are written: ``$MEDAD_DATA_CACHE``, default ``~/.cache/medad/phantoms``."""
    return Path(os.environ.get("MEDAD_DATA_CACHE") or Path.home() / ".cache" / "medad" / "phantoms")


def _check_profile(profile: str) -> None:
    if profile not in PROFILES:
        raise MedadError(f"unknown profile {profile!r}; expected one of {', '.join(PROFILES)}")


def find_real_root(spec: DatasetSpec, data_root: str | os.PathLike) -> Path | None:
    """The dataset's folder under ``data_root`` (its ``folder`` or an alias), or None."""
    base = Path(data_root).expanduser()
    if spec.name == "folder":
        return base if base.is_dir() else None
    for name in (spec.folder, *spec.aliases, spec.name):
        cand = base / name
        if cand.is_dir():
            return cand
    # the folder itself may be given
    if base.is_dir() and base.name.lower() in {n.lower() for n in (spec.folder, *spec.aliases, spec.name)}:
        return base
    return None


def write_phantoms(
    name: str,
    out_dir: str | os.PathLike,
    profile: str = "smoke",
    seed: int = 0,
    image_size: int | None = None,
    severity: float | None = None,
) -> Path:
    """Write the phantom of dataset ``name`` into ``out_dir/<folder>`` in the dataset's real layout.

    Returns the dataset folder; ``load_splits(name, data_root=out_dir)`` reads it back (for
    ``folder``, the returned path itself is the data root).
    """
    _check_profile(profile)
    spec = get_spec(name)
    size = image_size or spec.default_size(profile)
    target = Path(out_dir) / ("folder" if spec.name == "folder" else spec.folder)
    return write_phantom_dataset(spec, target, profile, seed, size, severity)


def _cached_phantom(spec: DatasetSpec, profile: str, seed: int, size: int) -> Path:
    # counts and severity enter the key, so a changed recipe never reads a stale folder
    recipe = zlib.crc32(
        repr(
            (sorted(phantom_counts(spec, profile).items()), DEFAULT_SEVERITY[spec.phantom], spec.anomaly_classes)
        ).encode()
    )
    key = f"{spec.name}-{profile}-s{seed}-{size}px-v{PHANTOM_VERSION}-{recipe:08x}"
    final = phantom_cache_dir() / key
    root = final / spec.folder if spec.name != "folder" else final / "folder"
    if (final / ".complete").exists():
        return root
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{key}-", dir=final.parent))
    try:
        inner = tmp / (spec.folder if spec.name != "folder" else "folder")
        write_phantom_dataset(spec, inner, profile, seed, size)
        (tmp / ".complete").write_text("ok\n")
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / ".complete").exists():  # a half-written folder from a crash: replace it
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return root


def load_splits(
    name: str,
    data_root: str | os.PathLike | None = None,
    layout: str | None = None,
    profile: str = "quick",
    seed: int = 0,
    image_size: int | None = None,
    channels: int | None = None,
) -> Splits:
    """Read dataset ``name`` (real under ``data_root``, else its phantom) into :class:`Splits`.

    ``layout`` overrides the spec's layout (e.g. ``"bmad"`` for a user ``folder``); ``image_size``
    overrides the profile's size (smoke 64, quick 128 or 64 for BMAD, paper = the paper's);
    ``channels`` overrides the spec's channel count (used for external outliers).
    """
    _check_profile(profile)
    spec = get_spec(name)
    if layout is not None and layout != spec.layout:
        if layout not in LAYOUTS:
            raise MedadError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")

        options = dict(spec.options)
        if layout == "bmad":
            options.pop("variant", None)
        spec = replace(spec, layout=layout, options=options)
    size = int(image_size or spec.default_size(profile))
    if data_root is None:
        if spec.name == "folder":
            raise MedadError(
                "dataset 'folder' reads your own data: pass --data-root pointing at the folder "
                "(MVTec-style train/good, test/<class>; see book/datasets.md)"
            )
        root = _cached_phantom(spec, profile, seed, size)
        source = "phantom"
    else:
        root = find_real_root(spec, data_root)
        if root is None:
            where = Path(data_root).expanduser() / ("" if spec.name == "folder" else spec.folder)
            raise dataset_error(spec, "folder not found", str(where))
        source = "phantom" if (root / "PHANTOM.txt").exists() else "real"
    ch = channels or spec.channels
    if spec.name == "folder" and channels is None:
        # a DDAD-style folder may be data.json + images/ (no train/good)
        where = next((d for d in (root / "train" / "good", root / "images") if d.is_dir()), None)
        first = next((p for p in sorted(where.glob("*")) if p.is_file()), None) if where is not None else None
        ch = infer_channels(str(first)) if first is not None else 3
    raw: RawSplits = read_dataset(spec, root, size, ch)
    return Splits(
        train=raw.train,
        valid=raw.valid,
        test=raw.test,
        spec=spec,
        source=source,
        root=str(root),
        image_size=size,
        channels=ch,
        profile=profile,
        seed=seed,
        data_root=None if data_root is None else str(data_root),
        pool_normal=raw.pool_normal,
        pool_abnormal=raw.pool_abnormal,
    )


def dataset_table(data_root: str | os.PathLike | None = None) -> list[dict]:
    """One row per dataset: what ``medad datasets`` prints."""
    rows = []
    for spec in DATASETS.values():
        found: bool | str = False
        if data_root is not None and spec.name != "folder":
            r = find_real_root(spec, data_root)
            found = str(r) if r is not None else False
        rows.append(
            {
                "dataset": spec.name,
                "layout": spec.layout,
                "folder": "<data-root>" if spec.name == "folder" else spec.folder,
                "image_size": spec.image_size,
                "channels": spec.channels,
                "masks": spec.has_masks,
                "phantom": spec.phantom,
                "papers": ",".join(spec.papers),
                "real_data_found": found,
            }
        )
    return rows


def size_table(profile: str = "quick") -> list[dict]:
    """Per dataset: the sizes its paper reports beside the phantom's sizes in ``profile``."""
    rows = []
    for spec in DATASETS.values():
        if spec.name == "folder":
            continue
        c = phantom_counts(spec, profile)
        if "all" in c:  # CSV datasets: normals split 75/25 by the reader, anomalies all in test
            n_norm, n_anom = c["all"]
            n_train = n_norm - math.ceil(0.25 * n_norm)
            ph = {"train": n_train, "test_normal": n_norm - n_train, "test_anomalous": n_anom}
        else:
            ph = {"train": c["train"][0], "test_normal": c["test"][0], "test_anomalous": c["test"][1]}
            if "valid" in c or "val" in c:
                ph["valid"] = sum(c.get("valid", c.get("val")))
            if "pool" in c:
                ph["unlabelled"] = c["pool"][0]
        paper = PAPER_COUNTS.get(spec.name, {})
        row = {"dataset": spec.name, "paper source": paper.get("source", "not stated in the text")}
        for key in ("train", "valid", "unlabelled", "test_normal", "test_anomalous", "test"):
            row[f"paper {key}"] = paper.get(key)
            row[f"phantom {key}"] = (
                (ph.get("test_normal", 0) + ph.get("test_anomalous", 0)) if key == "test" else ph.get(key)
            )
        rows.append(row)
    return rows
