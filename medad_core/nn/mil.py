"""Patch-wise anomaly scoring with top-K multiple-instance learning (DRA Sec. 3.2, DevNet [35]).

A feature map ``M_x`` of shape ``(B, C, h', w')`` holds one vector ``d_i`` per image patch. A 1x1
convolution ``g`` scores every patch, and the image score is the mean of the ``K`` largest patch
scores (DRA Eq. 3)::

    g(M_x) = max_{Psi_K(M_x) subset D} 1/K sum_{d_i in Psi_K(M_x)} g(d_i),

i.e. the mean of the top-K patch scores, with ``K = max(floor(ratio * h' * w'), 1)`` and
``ratio = 0.1`` (DRA Sec. 4.1: "K is set to 10 % of the number of all scores per score map").
The same scorer is used by DRA's seen (Eq. 2), pseudo (Eq. 5) and latent-residual (Eq. 8) heads
and by DevNet, FLOS and MINNS.
"""

from __future__ import annotations

import math

import torch
from torch import nn

__all__ = ["top_k_count", "topk_mean", "TopKMILHead"]


def top_k_count(num_positions: int, ratio: float = 0.1) -> int:
    """``K = max(floor(ratio * HW), 1)``: the number of patches that make the image score."""
    if num_positions < 1:
        raise ValueError(f"a score map needs at least one position; got {num_positions}")
    return max(int(math.floor(ratio * num_positions)), 1)


def topk_mean(score_map: torch.Tensor, ratio: float = 0.1) -> torch.Tensor:
    """Mean of the K largest scores of each map (Eq. 3).

    ``score_map`` is ``(B, h, w)``, ``(B, 1, h, w)`` or ``(B, P)``; the result is ``(B,)``.
    """
    flat = score_map.reshape(score_map.shape[0], -1)
    k = top_k_count(flat.shape[1], ratio)
    return flat.topk(k, dim=1).values.mean(dim=1)


class TopKMILHead(nn.Module):
    """1x1-conv patch classifier ``g: R^C -> R`` followed by top-K MIL pooling (Eq. 3).

    Args:
        in_channels: channels of the feature map (512 for ResNet-18 ``layer4``).
        ratio: fraction of patches whose scores are averaged (0.1).
        absolute: take ``|g(d_i)|`` as the patch score, as the original DRA / DevNet code does, so
            that deviation-loss scores are non-negative; off for logit-based losses (BCE, focal).
        out_channels: number of scores per patch (1 for a binary head; the multi-class variants
            use one channel per class and pool each channel separately).
    """

    def __init__(self, in_channels: int = 512, ratio: float = 0.1, absolute: bool = True, out_channels: int = 1):
        super().__init__()
        self.scorer = nn.Conv2d(in_channels, out_channels, kernel_size=1)
        self.ratio = ratio
        self.absolute = absolute

    def patch_scores(self, features: torch.Tensor) -> torch.Tensor:
        """Per-patch scores ``(B, out_channels, h, w)``."""
        scores = self.scorer(features)
        return scores.abs() if self.absolute else scores

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """Image scores: ``(B,)`` for one output channel, ``(B, out_channels)`` otherwise."""
        scores = self.patch_scores(features)
        b, c = scores.shape[:2]
        pooled = topk_mean(scores.reshape(b * c, -1), self.ratio).reshape(b, c)
        return pooled[:, 0] if c == 1 else pooled
