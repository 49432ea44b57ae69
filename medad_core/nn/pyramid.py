"""Gaussian and Laplacian pyramids in torch, and the thesis's structure augmentation (Ch. 4, Eq. 4.6-4.9).

Batched on the input's device, any channel count, any size (odd sides included):

* :func:`pyr_down` ``F_down`` of Eq. 4.7: blur with the 5-tap binomial kernel ``[1, 4, 6, 4, 1] / 16``
  (separable, reflect padding, OpenCV's ``pyrDown`` kernel) and keep every second row and column;
* :func:`pyr_up` ``F_up``: insert zeros between the samples up to a given size, blur with 4x the same
  kernel (OpenCV's ``pyrUp``), so a constant image stays constant;
* :func:`gaussian_pyramid` ``G(I) = [I_0, I_1, ..., I_K]`` (Eq. 4.6, with ``I_0 = I``);
* :func:`laplacian_pyramid` ``L_k = I_k - F_up(I_{k+1})`` (Eq. 4.8) and the coarsest ``I_K``;
  :func:`reconstruct` inverts it exactly: ``I_k = F_up(I_{k+1}) + L_k``;
* :func:`structure_image` ``S_K = F_up^K(F_down^K(I))`` (Eq. 4.9), the low-frequency structure;
* :func:`structure_augment` the thesis's enhanced image: "the obtained structure information is
  added to the original image" (Sec. 4.2.3), ``combine="mean"`` (``(I + S_K) / 2``, the medad
  reading, stays in [0, 1]) or ``"add_clip"`` (``clip(I + S_K, 0, 1)``, the literal "added").
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from medad_core.api import MedadError

__all__ = [
    "BINOMIAL_5",
    "pyr_down",
    "pyr_up",
    "gaussian_pyramid",
    "laplacian_pyramid",
    "reconstruct",
    "structure_image",
    "structure_augment",
    "DA_COMBINE",
]

#: OpenCV's pyrDown / pyrUp kernel (5-tap binomial, a Gaussian of sigma ~1.1)
BINOMIAL_5 = (1.0, 4.0, 6.0, 4.0, 1.0)
#: how the structure image joins the original (:func:`structure_augment`)
DA_COMBINE = ("mean", "add_clip")


def _blur(images: torch.Tensor, gain: float = 1.0) -> torch.Tensor:
    """Separable 5x5 binomial blur of (B, C, H, W), reflect padding, times ``gain``."""
    kernel = images.new_tensor(BINOMIAL_5)
    kernel = kernel / kernel.sum() * gain**0.5
    c = images.shape[1]
    # reflect padding needs a side > 2; a 1- or 2-pixel side is padded by replication instead
    mode = "reflect" if min(images.shape[-2:]) > 2 else "replicate"
    x = F.pad(images, (2, 2, 2, 2), mode=mode)
    x = F.conv2d(x, kernel.view(1, 1, 1, 5).expand(c, 1, 1, 5), groups=c)
    return F.conv2d(x, kernel.view(1, 1, 5, 1).expand(c, 1, 5, 1), groups=c)


def _check(images: torch.Tensor) -> None:
    if images.ndim != 4:
        raise MedadError(f"pyramids expect an (N, C, H, W) batch; got shape {tuple(images.shape)}")


def pyr_down(images: torch.Tensor) -> torch.Tensor:
    """``F_down`` (Eq. 4.7): blur, then keep rows and columns 0, 2, 4, ... (size ceil(H/2) x ceil(W/2)).

    Args:
        images: (N, C, H, W).

    Returns:
        The (N, C, ceil(H/2), ceil(W/2)) level.
    """
    _check(images)
    return _blur(images)[..., ::2, ::2]


def pyr_up(images: torch.Tensor, size: tuple[int, int] | None = None) -> torch.Tensor:
    """``F_up``: zero-insertion up-sampling to ``size`` (default twice the side), blurred with gain 4.

    Args:
        images: (N, C, h, w).
        size: the output (H, W), with ceil(H/2) = h and ceil(W/2) = w (the finer level's size).

    Returns:
        The (N, C, H, W) up-sampled level.
    """
    _check(images)
    n, c, h, w = images.shape
    height, width = size if size is not None else (2 * h, 2 * w)
    if (height + 1) // 2 != h or (width + 1) // 2 != w:
        raise MedadError(f"pyr_up: a {h}x{w} level up-samples to 2h x 2w or 2h-1 x 2w-1; got size {height}x{width}")
    up = images.new_zeros(n, c, height, width)
    up[..., ::2, ::2] = images
    return _blur(up, gain=4.0)


def gaussian_pyramid(images: torch.Tensor, levels: int) -> list[torch.Tensor]:
    """``G(I) = [I_0 = I, I_1, ..., I_K]`` (Eq. 4.6-4.7).

    Args:
        images: (N, C, H, W).
        levels: K, the number of down-sampling steps (>= 0).

    Returns:
        K + 1 tensors, finest first.
    """
    if levels < 0:
        raise MedadError(f"pyramid levels must be >= 0; got {levels}")
    out = [images]
    for _ in range(levels):
        out.append(pyr_down(out[-1]))
    return out


def laplacian_pyramid(images: torch.Tensor, levels: int) -> list[torch.Tensor]:
    """``[L_0, ..., L_{K-1}, I_K]`` with ``L_k = I_k - F_up(I_{k+1})`` (Eq. 4.8).

    Args:
        images: (N, C, H, W).
        levels: K.

    Returns:
        The K band-pass levels and, last, the coarsest Gaussian level.
    """
    gauss = gaussian_pyramid(images, levels)
    bands = [fine - pyr_up(coarse, fine.shape[-2:]) for fine, coarse in zip(gauss[:-1], gauss[1:], strict=True)]
    return [*bands, gauss[-1]]


def reconstruct(pyramid: list[torch.Tensor]) -> torch.Tensor:
    """The image from its Laplacian pyramid: ``I_k = F_up(I_{k+1}) + L_k`` (Eq. 4.8), coarsest first.

    Args:
        pyramid: :func:`laplacian_pyramid`'s output.

    Returns:
        ``I_0``.
    """
    image = pyramid[-1]
    for band in reversed(pyramid[:-1]):
        image = pyr_up(image, band.shape[-2:]) + band
    return image


def structure_image(images: torch.Tensor, levels: int = 3) -> torch.Tensor:
    """``S_K = F_up^K(F_down^K(I))`` (Eq. 4.9): the image without its K finest bands.

    Args:
        images: (N, C, H, W).
        levels: K (the thesis does not give it; 3 is the medad reading).

    Returns:
        (N, C, H, W).
    """
    gauss = gaussian_pyramid(images, levels)
    out = gauss[-1]
    for finer in reversed(gauss[:-1]):
        out = pyr_up(out, finer.shape[-2:])
    return out


def structure_augment(images: torch.Tensor, levels: int = 3, combine: str = "mean") -> torch.Tensor:
    """The thesis's training-free data augmentation (Sec. 4.2.3): the image with its structure added.

    Args:
        images: (N, C, H, W) in [0, 1].
        levels: K of Eq. 4.9.
        combine: ``"mean"`` (``(I + S_K) / 2``) or ``"add_clip"`` (``clip(I + S_K, 0, 1)``).

    Returns:
        The enhanced images, (N, C, H, W) in [0, 1].
    """
    if combine not in DA_COMBINE:
        raise MedadError(f"da_combine must be one of {', '.join(DA_COMBINE)}; got {combine!r}")
    structure = structure_image(images, levels)
    if combine == "mean":
        return ((images + structure) * 0.5).clamp(0.0, 1.0)
    return (images + structure).clamp(0.0, 1.0)
