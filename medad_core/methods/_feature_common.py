"""Helpers shared by the feature-space methods.

Not a method: modules starting with ``_`` are not auto-registered.

* :func:`check_training_images` checks that the one-class training images are usable (1 or 3
  channels, at least one image, large enough for the backbone) without reading them all.
* :class:`InputSpec` remembers what a detector was fitted on and rejects a predict batch with a
  different channel count with one clear message.
* :func:`aggregate_neighbourhood` is PatchCore's local patch aggregation (Eq. 2 of Roth et al.):
  3x3 average pooling of every layer, deeper layers bilinearly resized to the first layer's grid,
  then concatenated along channels. CFA uses it as it is; PaDiM's embedding is the same step with
  ``pool=1`` and nearest resizing (it keeps its random channels before resizing, which gives the
  same values).
* :func:`resize_square` brings a batch to a method's square input size (bilinear), when it has one.
* :func:`map_prediction` turns pixel maps into a :class:`~medad_core.api.Prediction` whose image
  score is each map's maximum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from medad_core.api import MedadError, Prediction, TrainSet
from medad_core.nn.anomaly_map import max_score

__all__ = ["check_training_images", "InputSpec", "aggregate_neighbourhood", "resize_square", "map_prediction"]


def check_training_images(train: TrainSet, method: str, min_size: int = 32) -> InputSpec:
    """The :class:`InputSpec` of the normal training images, or a clear error when they are unusable.

    Only the first image is read; nothing is materialised.
    """
    train.require("normal", method=method)
    shape = train.normal.image_shape()
    if len(shape) != 3 or shape[0] not in (1, 3):
        raise MedadError(f"{method}: training images must be (C, H, W) with C = 1 or 3; got shape {tuple(shape)}")
    if min(shape[-2:]) < min_size:
        raise MedadError(
            f"{method}: images must be at least {min_size} px on each side for the backbone; got {tuple(shape[-2:])}"
        )
    return InputSpec(int(shape[0]), int(shape[1]), int(shape[2]))


@dataclass(frozen=True)
class InputSpec:
    channels: int
    height: int
    width: int

    @classmethod
    def of(cls, images: torch.Tensor) -> InputSpec:
        return cls(int(images.shape[1]), int(images.shape[2]), int(images.shape[3]))

    def check(self, images: torch.Tensor, method: str, same_size: bool = False) -> None:
        """Reject a batch of the wrong rank or channel count (and size, for per-position models)."""
        if images.ndim != 4:
            raise MedadError(f"{method}: predict expects an (N, C, H, W) batch; got shape {tuple(images.shape)}")
        if images.shape[1] != self.channels:
            raise MedadError(
                f"{method}: fitted on {self.channels}-channel images but got "
                f"{images.shape[1]}-channel input (shape {tuple(images.shape)})"
            )
        if same_size and tuple(images.shape[-2:]) != (self.height, self.width):
            raise MedadError(
                f"{method} models every position of a {self.height}x{self.width} grid; got "
                f"{images.shape[-2]}x{images.shape[-1]} images (resize them to the training size)"
            )


def aggregate_neighbourhood(features: Sequence[torch.Tensor], pool: int = 3, mode: str = "bilinear") -> torch.Tensor:
    """Layer maps (B, C_l, h_l, w_l) -> one (B, sum C_l, h_0, w_0) map on the first layer's grid.

    ``mode`` says how deeper layers are resized (``bilinear`` or ``nearest``).
    """
    size = features[0].shape[-2:]
    out = []
    for f in features:
        if pool > 1:
            f = F.avg_pool2d(f, kernel_size=pool, stride=1, padding=pool // 2)
        if f.shape[-2:] != size:
            f = F.interpolate(f, size=size, mode=mode, **({} if mode == "nearest" else {"align_corners": False}))
        out.append(f)
    return torch.cat(out, dim=1)


def resize_square(images: torch.Tensor, size: int | None) -> torch.Tensor:
    """Bilinear resize of (B, C, H, W) images to ``size`` x ``size``.

    Args:
        images: the batch.
        size: the method's input side, or None to keep the images as they are.

    Returns:
        The batch at the method's input size (the same tensor when nothing changes).
    """
    if size is None or tuple(images.shape[-2:]) == (size, size):
        return images
    return F.interpolate(images, size=(size, size), mode="bilinear", align_corners=False)


def map_prediction(maps: torch.Tensor, scores: torch.Tensor | None = None) -> Prediction:
    """A prediction from (B, H, W) pixel maps.

    Args:
        maps: the anomaly maps at input resolution.
        scores: the image scores; None takes each map's maximum.

    Returns:
        The :class:`~medad_core.api.Prediction` on the CPU.
    """
    scores = max_score(maps) if scores is None else scores
    return Prediction(scores.detach().cpu().numpy(), maps.detach().cpu().numpy())
