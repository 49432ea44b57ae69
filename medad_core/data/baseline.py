"""Method-free reference points for the phantoms: distance to the nearest normal image.

Two representations, both with the Euclidean distance to the closest training (normal) image:

* ``raw_pixel``   the flattened pixels;
* ``block_stats`` the mean and standard deviation of each channel in an 8 x 8 grid of blocks (a
  texture-aware summary: raw pixels of stationary textures such as H&E tissue are all about
  equally far from each other, so only local statistics can tell them apart).

They know nothing about anatomy; the book's data chapter prints them per domain to show that the
default phantom severities are neither trivial nor impossible.
"""

from __future__ import annotations

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

__all__ = ["features", "nearest_normal_scores", "nearest_normal_auroc", "BASELINES"]

BASELINES = ("raw_pixel", "block_stats")


def features(images: torch.Tensor, kind: str = "raw_pixel", blocks: int = 8) -> torch.Tensor:
    """(N, C, H, W) -> (N, D) representation of the baseline ``kind``."""
    if kind == "raw_pixel":
        return images.reshape(len(images), -1)
    if kind == "block_stats":
        mean = torch.nn.functional.adaptive_avg_pool2d(images, blocks)
        sq = torch.nn.functional.adaptive_avg_pool2d(images * images, blocks)
        std = (sq - mean * mean).clamp_min(0).sqrt()
        return torch.cat([mean, std], 1).reshape(len(images), -1)
    raise ValueError(f"unknown baseline {kind!r}; expected one of {BASELINES}")


def nearest_normal_scores(
    train: torch.Tensor, test: torch.Tensor, kind: str = "raw_pixel", chunk: int = 256
) -> np.ndarray:
    """min_j ||f(x) - f(train_j)||_2 for every test image x."""
    a = features(train.float(), kind).double()
    out = []
    for start in range(0, len(test), chunk):
        b = features(test[start : start + chunk].float(), kind).double()
        out.append(torch.cdist(b, a).min(dim=1).values)
    return torch.cat(out).numpy()


def nearest_normal_auroc(splits, kind: str = "raw_pixel") -> float:
    """Image AUROC of a nearest-normal baseline on a :class:`~medad_core.data.Splits`."""
    scores = nearest_normal_scores(splits.train.tensors(), splits.test.tensors(), kind)
    return float(roc_auc_score(splits.test.labels, scores))
