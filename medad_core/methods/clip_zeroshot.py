"""Zero-shot CLIP: two-class prompt ensembles against the CLS embedding and the patch tokens.

The thesis's "CLIP" row (Tables 4.1-4.4, printed citation "[38]", which is GANomaly: a wrong
reference) is a zero-shot CLIP baseline in the style of WinCLIP's "CLIP-AC" comparison (notes C.4;
the thesis describes no protocol). medad's reading, on the thesis's default backbone
(ViT-B-16-plus-240, LAION-400M ``laion400m_e31``):

* **Text** (two classes): WinCLIP's compositional prompt ensemble around ``TrainSet.class_name``
  ("brain MRI"): every template around every normal state word gives the normal prompts, around
  every anomalous one the anomalous prompts; each class embedding is the mean of its unit prompt
  embeddings, normalised (``text_mean``), all prompts in one text forward.
* **Image score**: ``s(x) = softmax(tau * [cos(f_cls, t_n), cos(f_cls, t_a)])_a`` with ``f_cls``
  the projected CLS embedding and ``tau = logit_scale`` (100, CLIP's final learned scale; WinCLIP
  Eq. 1).
* **Dense map** (the notes' reading of the thesis's pixel columns for "CLIP"): the same two-class
  probability for every patch token after ``ln_post`` and the visual projection (the joint space),
  giving an (h, w) grid that is upsampled bilinearly to the input.
* **Input**: the [0, 1] image bicubic-resized to the encoder's side (240 px for ViT-B-16-plus-240,
  64 for phantom-clip), grey repeated to three channels, OpenAI mean/std.

Deterministic: no training, nothing drawn (the thesis's printed stds for CLIP are unexplained).

Weights (:func:`medad_core.nn.clip.load_clip`): the smoke profile runs phantom-clip
(``backbone="medad-phantom-clip"``), the quick profile ViT-B-16-plus-240 when its weights are
cached and phantom-clip otherwise (``weights_used`` says ``phantom-clip:<hash>``); ``weights="random"``
is random initialisation of the named architecture (every text-image comparison is then noise).

Fitted state (plain tensors, for a generic save): ``text_embeddings`` (2, E), normal then anomalous.
"""

from __future__ import annotations

from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import Detector, MedadError, Prediction, Setting, TrainSet
from medad_core.nn.clip import (
    PHANTOM_CLIP,
    clip_input,
    encode_image_tokens,
    fallback_weights_identity,
    load_clip,
    prompt_ensemble,
    text_prototypes,
)
from medad_core.registry import register

__all__ = ["CLIPZeroShotModel", "CLIPZeroShot", "CLIPDetectorBase", "CLIP_PROFILES"]

#: the profiles' backbones: phantom-clip's architecture in smoke, the thesis's ViT elsewhere
CLIP_PROFILES = {
    "smoke": {"backbone": PHANTOM_CLIP, "batch_size": 16},
    "quick": {"backbone": "ViT-B-16-plus-240"},
    "paper": {"backbone": "ViT-B-16-plus-240", "pretrained": "laion400m_e31"},
}


def class_probability(features: torch.Tensor, text: torch.Tensor, logit_scale: float) -> torch.Tensor:
    """``softmax(tau * cos(features, text))`` for the anomalous class (the second text row).

    Args:
        features: (..., E) image, window or patch embeddings.
        text: (2, E) unit class embeddings, normal then anomalous.
        logit_scale: tau.

    Returns:
        (...) the anomalous-class probability.
    """
    logits = logit_scale * F.normalize(features.float(), dim=-1) @ text.T
    return logits.softmax(-1)[..., 1]


class CLIPZeroShotModel(nn.Module):
    """A frozen open_clip model; ``forward(x, text)`` gives image scores (B,) and patch maps (B, h, w)."""

    def __init__(self, clip: nn.Module, image_size: int, logit_scale: float = 100.0):
        super().__init__()
        self.clip = clip
        self.image_size = int(image_size)
        self.logit_scale = float(logit_scale)
        grid = clip.visual.grid_size
        self.grid = (int(grid[0]), int(grid[1]))

    def forward(self, x: torch.Tensor, text: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """CLIP input (B, 3, S, S) and the class embeddings -> (image scores, patch maps)."""
        enc = encode_image_tokens(self.clip, x)
        scores = class_probability(enc["image"], text, self.logit_scale)
        maps = class_probability(enc["patches"], text, self.logit_scale)
        return scores, maps.view(len(x), *self.grid)


class CLIPDetectorBase(Detector):
    """What the CLIP methods share: the weights policy, the input, the text prototypes, the map upsampling."""

    settings = frozenset({Setting.ZERO_FEW_SHOT})
    localizes = True
    profile_params = CLIP_PROFILES

    @classmethod
    def weights_identity(cls, params: dict[str, Any], profile: str) -> dict[str, Any] | None:
        """The phantom-clip recipe of the offline fallback, when the run can use it (cache key)."""
        return fallback_weights_identity(params["backbone"], params.get("weights", "auto"), profile)

    def __init__(
        self,
        backbone: str = "ViT-B-16-plus-240",
        pretrained: str = "laion400m_e31",
        logit_scale: float = 100.0,
        prompt_set: Literal["winclip", "anomalib"] = "winclip",
        text_mean: Literal["normalized", "raw"] = "normalized",
        class_name: str | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        if prompt_set not in ("winclip", "anomalib"):
            raise MedadError(f"{self.name}: prompt_set must be 'winclip' or 'anomalib'; got {prompt_set!r}")
        if text_mean not in ("normalized", "raw"):
            raise MedadError(f"{self.name}: text_mean must be 'normalized' or 'raw'; got {text_mean!r}")
        if logit_scale <= 0:
            raise MedadError(f"{self.name}: logit_scale must be positive; got {logit_scale}")
        self.backbone = backbone
        self.pretrained = pretrained
        self.logit_scale = logit_scale
        self.prompt_set = prompt_set
        self.text_mean = text_mean
        self.class_name = class_name
        self.text_embeddings: torch.Tensor | None = None

    def _load(self) -> nn.Module:
        """The frozen CLIP by the weights policy (sets ``tokenizer``, ``clip_size``, ``weights_used``).

        When the policy falls back to phantom-clip, ``backbone`` becomes ``medad-phantom-clip`` (the
        architecture actually fitted, which a checkpoint rebuilds) and ``fit_info["requested_backbone"]``
        keeps the name asked for.
        """
        clip, self.tokenizer, self.clip_size, self.weights_used = load_clip(
            self.backbone, self.pretrained, self.weights, self.profile, self.device
        )
        if self.weights_used.startswith("phantom-clip") and self.backbone != PHANTOM_CLIP:
            self.fit_info["requested_backbone"] = self.backbone
            self.backbone = PHANTOM_CLIP
        return clip

    def _text(self, train: TrainSet) -> str:
        """Encode the two class prototypes for the run's class name; returns the name used."""
        name = self.class_name or train.class_name or "object"
        normal, anomalous = prompt_ensemble(name, self.prompt_set)
        self.text_embeddings = text_prototypes(
            self.model.clip, self.tokenizer, [normal, anomalous], self.text_mean, self.device
        )
        self.fit_info.update({"class_name": name, "n_prompts": [len(normal), len(anomalous)]})
        return name

    def _to_input(self, images: torch.Tensor) -> torch.Tensor:
        return clip_input(images.float(), self.clip_size)

    @staticmethod
    def _upsample(grid_maps: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
        return F.interpolate(grid_maps.unsqueeze(1).float(), size=size, mode="bilinear", align_corners=False)[:, 0]


@register("clip_zeroshot")
class CLIPZeroShot(CLIPDetectorBase):
    """Zero-shot CLIP: prompt-ensemble class probabilities of the CLS embedding and of every patch token.

    Args:
        backbone: open_clip architecture (``ViT-B-16-plus-240``; ``medad-phantom-clip`` in smoke).
        pretrained: open_clip tag tried by the weights policy (``laion400m_e31``).
        logit_scale: tau of the two-class softmax (100, CLIP's; anomalib's WinCLIP uses 1 / 0.07).
        prompt_set: ``winclip`` (the WinCLIP paper's states and templates) or ``anomalib`` (anomalib
            2.7's lists).
        text_mean: ``normalized`` (mean of unit prompt embeddings, WinCLIP) or ``raw`` (anomalib).
        class_name: the prompts' object name (None: ``TrainSet.class_name``).
        **kwargs: :class:`~medad_core.api.Detector`'s (device, seed, weights, profile, batch_size, ...).

    Raises:
        MedadError: an unknown prompt set or text mean, a non-positive logit scale.
    """

    name = "clip"
    paper = "thesis Ch. 4 baseline 'CLIP' (Tables 4.1-4.4); Radford et al. 2021; WinCLIP's CLIP-AC"

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The frozen open_clip model for (C, H, W) input (weights by the policy; no data read)."""
        clip = self._load()
        self.model = CLIPZeroShotModel(clip, self.clip_size, self.logit_scale).to(self.device).eval()

    def _fit(self, train: TrainSet) -> None:
        self._build(self.train_shape or (3, 0, 0))
        self._text(train)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        scores, grid_maps = self.model(self._to_input(images), self.text_embeddings)
        maps = self._upsample(grid_maps, images.shape[-2:])
        return Prediction(scores.cpu().numpy(), maps.cpu().numpy())
