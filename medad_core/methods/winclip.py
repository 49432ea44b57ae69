"""WinCLIP and WinCLIP+ (Jeong et al., "WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation", CVPR 2023).

The thesis's "WinCLIP" row (Tables 4.1-4.4; printed citation "[39]", which is f-AnoGAN: a wrong
reference). The thesis says neither zero- nor few-shot; its ± std over seeds implies a random draw
of normal images, so the default is WinCLIP+ with ``k_shot = 4`` (WinCLIP's largest), and
``k_shot`` in {0, 1, 2, 4} is the option (notes C.4). Backbone and input as WinCLIP:
ViT-B-16-plus-240 (``laion400m_e31``), bicubic 240 px, OpenAI normalisation.

* **Compositional prompt ensemble** (Sec. 4.1): the states x templates of
  :func:`~medad_core.nn.clip.prompt_ensemble` around the class name; one unit embedding per class.
  The anomalous-class probability of an embedding f is ``softmax(tau [cos(f, t_n), cos(f, t_a)])_a``
  (Eq. 1; ``tau = logit_scale``).
* **Windows** (Sec. 4.2): every 2x2 and 3x3 window of the patch grid (stride 1; ``scales``) is
  encoded by **masking**: the full image's embedded tokens at the window's positions plus the class
  token are run through the transformer on their own, and the pooled, projected output is the
  window embedding (:func:`~medad_core.nn.clip.encode_windows`). All windows of one scale of all
  images of a batch are one batch of short sequences through one transformer call; ``ln_pre`` runs
  once per image before the gather. anomalib 2.7 batches its window pass the same way, so predict
  costs about what anomalib's does (``medad bench clip``); the fit is faster, because the prompt
  ensemble runs the causal text transformer only up to the longest prompt
  (:func:`~medad_core.nn.clip.encode_text_causal`).
* **Zero-shot map** (Eq. 2-3): per scale, each patch gets the harmonic mean of the probabilities of
  the windows covering it (:func:`~medad_core.nn.clip.harmonic_aggregation`); the full image's
  probability is the coarsest scale, and the scales are combined by their harmonic mean.
* **WinCLIP+** (Sec. 4.3, Eq. 4): memories of the k reference images' patch tokens (after
  ``ln_post``, the image tower's width) and window embeddings per scale; each query patch or window
  scores ``min_m (1 - cos(f, m)) / 2`` against its memory, windows are aggregated to patches
  harmonically, and the few-shot map is the mean over the patch level and the scales. The final map
  is the mean of the zero-shot and few-shot maps.
* **Image score**: zero-shot, ``(s_cls + max M_zero) / 2`` (``image_score="cls_max"``, the
  paper's reading in this project; ``"cls"`` is the CLS probability alone, anomalib 2.7's);
  few-shot, ``(s_cls + max M_few) / 2`` (both).
* The maps are upsampled bilinearly from the patch grid to the input size.

The k reference images are drawn from ``TrainSet.normal`` with the detector's seed (the draw is in
``fit_info["reference_indices"]``); the zero-few-shot protocol may already have drawn exactly k.

Options that make it anomalib 2.7's ``WinClip`` (``medad bench clip`` uses them):
``prompt_set="anomalib"``, ``text_mean="raw"``, ``logit_scale=1/0.07``, ``image_score="cls"``.

Fitted state (plain tensors): ``text_embeddings`` (2, E); ``memory_tokens`` (k N, W);
``memory_windows`` (a list of (k n_windows, E), one per scale).
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, TrainSet
from medad_core.methods.clip_zeroshot import CLIPDetectorBase, class_probability
from medad_core.nn.clip import (
    encode_image_tokens,
    encode_windows,
    harmonic_aggregation,
    window_coverage,
    window_indices,
)
from medad_core.registry import register

__all__ = ["WinCLIPModel", "WinCLIP", "association"]

K_SHOTS = (0, 1, 2, 4)


def association(queries: torch.Tensor, memory: torch.Tensor) -> torch.Tensor:
    """WinCLIP+'s visual association (Eq. 4): ``min_m (1 - cos(q, m)) / 2`` per query.

    Args:
        queries: (B, n, D).
        memory: (M, D).

    Returns:
        (B, n).
    """
    cos = F.normalize(queries.float(), dim=-1) @ F.normalize(memory.float(), dim=-1).T
    return (1.0 - cos.amax(-1)) / 2


class WinCLIPModel(nn.Module):
    """Frozen open_clip model with the windows of each scale; ``forward`` gives image scores and patch maps."""

    def __init__(
        self, clip: nn.Module, scales: tuple[int, ...] = (2, 3), logit_scale: float = 100.0, window_chunk: int = 16384
    ):
        super().__init__()
        self.clip = clip
        self.logit_scale = float(logit_scale)
        self.window_chunk = int(window_chunk)
        grid = clip.visual.grid_size
        self.grid = (int(grid[0]), int(grid[1]))
        self.n_scales = len(scales)
        # derived from the grid, so not part of the state dict
        for i, s in enumerate(scales):
            win = window_indices(self.grid, s)
            self.register_buffer(f"windows_{i}", win, persistent=False)
            self.register_buffer(f"coverage_{i}", window_coverage(self.grid, win), persistent=False)

    @property
    def windows(self) -> list[torch.Tensor]:
        """Per scale, the (n_windows, k) patch indices of its windows."""
        return [getattr(self, f"windows_{i}") for i in range(self.n_scales)]

    @property
    def coverage(self) -> list[torch.Tensor]:
        """Per scale, which windows cover which patch (P, n_windows)."""
        return [getattr(self, f"coverage_{i}") for i in range(self.n_scales)]

    def encode(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, list[torch.Tensor]]:
        """CLS embeddings (B, E), patch tokens (B, N, W) and window embeddings per scale (B, n_w, E)."""
        enc = encode_image_tokens(self.clip, x)
        windows = encode_windows(self.clip, enc["embedded"], self.windows, self.window_chunk)
        return enc["image"], enc["tokens"], windows

    def forward(
        self,
        x: torch.Tensor,
        text: torch.Tensor,
        memory_tokens: torch.Tensor | None = None,
        memory_windows: list[torch.Tensor] | None = None,
        image_score: str = "cls_max",
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """CLIP input (B, 3, S, S) -> image scores (B,) and patch maps (B, h, w).

        Args:
            x: the CLIP input.
            text: (2, E) class embeddings.
            memory_tokens: WinCLIP+'s patch memory (None: zero-shot).
            memory_windows: its window memories per scale.
            image_score: ``cls_max`` or ``cls`` (the zero-shot image score, module docstring).

        Returns:
            (scores, maps).
        """
        b = len(x)
        image, tokens, windows = self.encode(x)
        s_cls = class_probability(image, text, self.logit_scale)
        # zero-shot: harmonic mean over the scales, the full image being the coarsest
        per_scale = [s_cls.view(b, 1).expand(b, self.grid[0] * self.grid[1])]
        for emb, cover in zip(windows, self.coverage, strict=True):
            per_scale.append(harmonic_aggregation(class_probability(emb, text, self.logit_scale), cover))
        stack = torch.stack(per_scale)
        zero = len(per_scale) / (1.0 / stack.clamp_min(1e-12)).sum(0)
        if memory_tokens is None:
            score = s_cls if image_score == "cls" else (s_cls + zero.amax(1)) / 2
            return score, zero.view(b, *self.grid)
        few = [association(tokens, memory_tokens)]
        for emb, mem, cover in zip(windows, memory_windows, self.coverage, strict=True):
            few.append(harmonic_aggregation(association(emb, mem).clamp_min(1e-12), cover))
        few_map = torch.stack(few).mean(0)
        return (s_cls + few_map.amax(1)) / 2, ((zero + few_map) / 2).view(b, *self.grid)


@register("winclip_plus")
class WinCLIP(CLIPDetectorBase):
    """WinCLIP (k_shot=0) and WinCLIP+ (k_shot normal reference images): windows, prompts, memories.

    Args:
        k_shot: reference normal images, one of 0, 1, 2, 4 (default 4, module docstring).
        scales: window sides in patches (2 and 3, WinCLIP's small and mid windows).
        image_score: zero-shot image score, ``cls_max`` (default) or ``cls`` (anomalib).
        window_chunk: at most this many window sequences per transformer call (memory bound).
        backbone: open_clip architecture (``ViT-B-16-plus-240``; ``medad-phantom-clip`` in smoke).
        pretrained: open_clip tag tried by the weights policy (``laion400m_e31``).
        logit_scale: tau of the two-class softmax (100; anomalib 1 / 0.07).
        prompt_set: ``winclip`` or ``anomalib``.
        text_mean: ``normalized`` or ``raw``.
        class_name: the prompts' object name (None: ``TrainSet.class_name``).
        **kwargs: :class:`~medad_core.api.Detector`'s.

    Raises:
        MedadError: a k_shot outside {0, 1, 2, 4}, an empty or unknown scale, an unknown image score;
            at fit, fewer normal images than k_shot.
    """

    name = "winclip"
    paper = "Jeong et al. CVPR 2023; thesis Ch. 4 baseline 'WinCLIP' (Tables 4.1-4.4)"

    def __init__(
        self,
        k_shot: int = 4,
        scales: tuple[int, ...] = (2, 3),
        image_score: Literal["cls_max", "cls"] = "cls_max",
        window_chunk: int = 16384,
        **kwargs,
    ):
        super().__init__(**kwargs)
        if k_shot not in K_SHOTS:
            raise MedadError(f"winclip: k_shot must be one of {K_SHOTS} (WinCLIP's shots); got {k_shot!r}")
        if not scales or any(int(s) < 1 for s in scales):
            raise MedadError(f"winclip: scales must be window sides >= 1 patch; got {scales!r}")
        if image_score not in ("cls_max", "cls"):
            raise MedadError(f"winclip: image_score must be 'cls_max' or 'cls'; got {image_score!r}")
        self.k_shot = k_shot
        self.scales = tuple(int(s) for s in scales)
        self.image_score = image_score
        self.window_chunk = int(window_chunk)
        self.memory_tokens: torch.Tensor | None = None
        self.memory_windows: list[torch.Tensor] | None = None

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The frozen open_clip model and the window layout for (C, H, W) input (no data read)."""
        clip = self._load()
        self.model = WinCLIPModel(clip, self.scales, self.logit_scale, self.window_chunk).to(self.device).eval()

    def _fit(self, train: TrainSet) -> None:
        self._build(self.train_shape or (3, 0, 0))
        self._text(train)
        self.memory_tokens = self.memory_windows = None
        self.fit_info["k_shot"] = self.k_shot
        if self.k_shot == 0:
            return
        n = len(train.normal) if train.normal is not None else 0
        if n < self.k_shot:
            raise MedadError(
                f"winclip: k_shot={self.k_shot} needs {self.k_shot} normal images in TrainSet.normal; "
                f"it has {n} (use --k-shot with at least {self.k_shot}, or --param k_shot=0 for zero-shot)"
            )
        generator = torch.Generator().manual_seed(self.seed)
        pick = torch.randperm(n, generator=generator)[: self.k_shot].sort().values
        references = train.normal.subset(pick.tolist()).tensors().to(self.device)
        self._check_channels(references)
        with torch.inference_mode():
            _, tokens, windows = self.model.encode(self._to_input(references))
        self.memory_tokens = tokens.reshape(-1, tokens.shape[-1]).clone()
        self.memory_windows = [w.reshape(-1, w.shape[-1]).clone() for w in windows]
        self.fit_info["reference_indices"] = pick.tolist()

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        scores, grid_maps = self.model(
            self._to_input(images), self.text_embeddings, self.memory_tokens, self.memory_windows, self.image_score
        )
        maps = self._upsample(grid_maps, images.shape[-2:])
        return Prediction(scores.cpu().numpy(), maps.cpu().numpy())
