"""Backbone feature extraction shared by every method that works in a pretrained feature space.

:class:`FeatureExtractor` wraps a torchvision classification network with
``torchvision.models.feature_extraction.create_feature_extractor`` and returns the named
intermediate layers (``layer1``..``layer4`` for ResNets, ``features.N`` for VGG). Input is an image
batch in [0, 1]; ImageNet normalisation happens inside, and greyscale input is repeated to three
channels, so every method receives the same pre-processing.

``channels_last=True`` runs the network in channels-last memory format: on the CPU (oneDNN) and
on GPUs the convolutions and the max-pooling of a ResNet are about 20 % faster in NHWC, with the
same values up to float rounding (~1e-6 relative per forward; a trained model drifts a little
further, so a method that switches bumps its ``version``). The returned maps are then channels-last
tensors of the usual (B, C, h, w) shape: ``reshape`` / ``permute`` work as before, and
``permute(0, 2, 3, 1)`` (the patch-major layout of the feature-space methods) is free. The default
(False) keeps torch's NCHW layout, so a method's numbers only move when it opts in.
:func:`use_channels_last` switches a fitted model for inference only: the fit (and its training
trajectory, which float rounding would perturb) stays as it was, and predict gets the fast layout.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn
from torchvision.models.feature_extraction import create_feature_extractor

from medad_core.weights import load_torchvision

__all__ = ["FeatureExtractor", "IMAGENET_MEAN", "IMAGENET_STD", "imagenet_normalize", "use_channels_last"]

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


def imagenet_normalize(images: torch.Tensor) -> torch.Tensor:
    """[0, 1] images (1 or 3 channels) -> ImageNet-normalised 3-channel tensor."""
    if images.shape[1] == 1:
        images = images.expand(-1, 3, -1, -1)
    elif images.shape[1] == 4:
        images = images[:, :3]
    mean = images.new_tensor(IMAGENET_MEAN).view(1, 3, 1, 1)
    std = images.new_tensor(IMAGENET_STD).view(1, 3, 1, 1)
    return (images - mean) / std


class FeatureExtractor(nn.Module):
    """Named intermediate feature maps of a torchvision backbone.

    Args:
        arch: torchvision model name (``resnet18``, ``wide_resnet50_2``, ``vgg16``, ...).
        layers: node names to return, in order.
        weights, profile: the weights policy (:mod:`medad_core.weights`).
        frozen: put the backbone in eval mode and stop its gradients (the usual case); DRA and
            CutPaste train it end to end and pass ``frozen=False``.
        channels_last: run the network in channels-last memory format (module docstring); False,
            the default, keeps torch's NCHW layout.
    """

    def __init__(
        self,
        arch: str,
        layers: Sequence[str],
        weights: str = "auto",
        profile: str = "quick",
        frozen: bool = True,
        channels_last: bool = False,
    ):
        super().__init__()
        network, self.weights_used = load_torchvision(arch, weights, profile)
        self.arch = arch
        self.layers = list(layers)
        self.body = create_feature_extractor(network, return_nodes={name: name for name in self.layers})
        self.frozen = frozen
        self.memory_format = torch.channels_last if channels_last else torch.contiguous_format
        self.body.to(memory_format=self.memory_format)
        if frozen:
            self.body.eval()
            self.body.requires_grad_(False)

    def train(self, mode: bool = True) -> FeatureExtractor:
        """Train mode for the module, but a frozen backbone stays in eval mode."""
        super().train(mode)
        if self.frozen:
            self.body.eval()  # BatchNorm statistics of a frozen backbone never change
        return self

    def forward(self, images: torch.Tensor) -> dict[str, torch.Tensor]:
        """The requested layers' feature maps of ImageNet-normalised ``images`` in [0, 1]."""
        return self.body(imagenet_normalize(images).contiguous(memory_format=self.memory_format))

    @torch.no_grad()
    def channels(self, image_size: int = 64) -> dict[str, int]:
        """Channel count of each returned layer (one dry forward at ``image_size``)."""
        device = next(self.parameters()).device
        was_training = self.training
        self.eval()
        out = self(torch.zeros(1, 3, image_size, image_size, device=device))
        self.train(was_training)
        return {k: v.shape[1] for k, v in out.items()}


def use_channels_last(module: nn.Module) -> nn.Module:
    """Switch a fitted model to channels-last for inference (see the module docstring).

    Its 4-D weights become channels-last and every :class:`FeatureExtractor` inside it feeds its
    network channels-last input. The values stay those of the fitted model, so predictions move by
    float rounding only (~1e-6 relative) while the fit itself, done in the default layout, is the
    same as before: the feature-space methods call this at the end of ``fit``.

    Args:
        module: a model (or a :class:`FeatureExtractor`).

    Returns:
        The same module, converted in place.
    """
    module.to(memory_format=torch.channels_last)
    for part in module.modules():
        if isinstance(part, FeatureExtractor):
            part.memory_format = torch.channels_last
    return module
