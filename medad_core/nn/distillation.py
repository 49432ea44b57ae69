"""Teacher-student pieces shared by STFPM, RD4AD and MKD.

All three compare teacher features ``t`` with student features ``s`` layer by layer:

* :func:`normalized_l2_map` STFPM Eq. 1-2 (Wang et al., BMVC 2021): ``0.5 * ||t/|t| - s/|s| ||^2``
  per position (features L2-normalised along channels);
* :func:`cosine_distance_map` RD4AD Eq. 2 (Deng & Li, CVPR 2022): ``1 - cos(t, s)`` per position;
* :func:`flat_cosine_distance` MKD's direction loss (Salehi et al., CVPR 2021, Eq. 2): ``1 - cos``
  between the whole flattened activation volumes of one image.

Their training loop is the shared one of :mod:`medad_core.nn.training` (the teacher is frozen; the
student parts are the detector's ``trainable_modules``).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

__all__ = ["normalized_l2_map", "cosine_distance_map", "flat_cosine_distance"]


def normalized_l2_map(teacher: torch.Tensor, student: torch.Tensor) -> torch.Tensor:
    """(B, C, h, w) x 2 -> (B, h, w): half squared distance of channel-normalised features."""
    t = F.normalize(teacher, dim=1)
    s = F.normalize(student, dim=1)
    return 0.5 * (t - s).pow(2).sum(1)


def cosine_distance_map(teacher: torch.Tensor, student: torch.Tensor) -> torch.Tensor:
    """(B, C, h, w) x 2 -> (B, h, w): ``1 - cos`` along channels."""
    return 1.0 - F.cosine_similarity(teacher, student, dim=1)


def flat_cosine_distance(teacher: torch.Tensor, student: torch.Tensor) -> torch.Tensor:
    """(B, ...) x 2 -> (B,): ``1 - cos`` of each image's flattened activations."""
    return 1.0 - F.cosine_similarity(teacher.flatten(1), student.flatten(1), dim=1)
