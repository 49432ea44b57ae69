"""The thesis's language-enhanced reconstruction model (MSc thesis Ch. 4, Sec. 4.2; registry ``clip_recon``).

Frozen open_clip image encoder ``E_image`` and text encoder ``E_text``; trainable are only the N
prompts ``T_i`` of M tokens (one per patch position, Eq. 4.1) and the adapter ``h_theta``
(Linear-ReLU-Linear, 16x bottleneck). For an image I (Fig. 4.1):

1. DA (Sec. 4.2.3, Eq. 4.6-4.9): ``I <- combine(I, S_K)`` with the Laplacian-pyramid structure image
   ``S_K = F_up^K(F_down^K(I))`` (:mod:`medad_core.nn.pyramid`), on every input, train and test.
2. ``f_i^k = E_image^k(I)``: the patch features of image layer k (ViT: block k's patch tokens through
   ``ln_post`` and the visual projection, so they live in the joint space).
3. ``pi_i = h_theta(f_i^last)`` (the last layer's patch feature, Sec. 4.2.2) joins prompt ``T_i``.
4. Eq. 4.2 ``p_i^k = E_text^k(T_i + h_theta(f_i^last))``: the sequence ``[SOS, T_i + pi_i, EOT]`` through
   the frozen text transformer (its positional embeddings and causal mask); the EOT token after text
   block k, through ``ln_final`` and ``text_projection``. The N sequences of every image of a batch
   go through the transformer as one (B N, M + 2, width) tensor.
5. Eq. 4.3 ``M_i^k = 1 - cos(f_i^k, p_i^k)`` per patch; Eq. 4.4 assembles the N patch values into the
   (H_k, W_k) map ``M^k``; Eq. 4.5 ``L = sum_k 1/(H_k W_k) sum_{h,w} M^k(h, w)`` on normal images only.
6. Inference: ``S = sum_k Psi(M^k)`` (bilinear to the input size); image score ``max S``.

Training (Sec. 4.3.3): AdamW, learning rate 0.001, 400 epochs, 256 x 256 px, M = 16; the thesis
does not state batch size, weight decay, selection or pyramid depth (readings below).

Every join the thesis leaves open is a named option (``papers-round2.md`` C.3; the chapter's table):

``image_size`` 256 (Sec. 4.3.3: "we set the image size to 256x256"); the ViT-B-16+'s native 240 px
    grid (15 x 15) becomes 16 x 16 by bicubic interpolation of the frozen positional embedding;
    None = the CLIP model's native size (the phantom-clip's in smoke/quick).
``da``, ``da_levels``, ``da_combine`` "the obtained structure information is added to the original
    image for an enhanced image version": ``mean`` = ``(I + S_K) / 2`` (default, stays in [0, 1]) or
    ``add_clip`` = ``clip(I + S_K, 0, 1)``; K ("the level of our Gaussian operations") is not given:
    3. ``da=False`` is the "without DA" row of Tables 4.1-4.4.
``image_encoder`` ``clip`` = the CLIP model's ViT ("We adopt ViT-B-16+ as the visual encoder");
    ``resnet18`` / ``resnet50`` = "results under ResNet": open_clip has no CLIP ResNet-18, so both
    read as an ImageNet torchvision ResNet (stages layer1-layer4) with the CLIP text encoder, each
    stage brought to the joint width by a 1x1 projection (``resnet_projection``: ``random`` frozen,
    the default so that "the trainable components ... are the adaptor ... and the prompting tokens"
    stays true, or ``learned``) and pooled to the layer4 grid (one prompt per layer4 position).
``layers`` "our k should be set to a combination of four layers, specifically 1, 2, 3, and 4"
    (1-based image blocks); text block k gives ``p^k`` (``text_layers``; default the same index, or the
    same relative depth where the text transformer is shallower: :func:`paired_text_layers`).
``n_tokens`` M = 16 ("we use 16 empty tokens"); prompts initialised N(0, 0.02) (CoOp; unstated).
``prompt_combine`` ``add`` (Eq. 4.2 ``T_i + h_theta(f_i^last)``: pi added to each of the M tokens) or
    ``concat`` ("the transformed information is then appended to a trainable blank prompt": pi as
    one more token after the M).
``text_pool`` ``eot`` (CLIP's own pooling) or ``mean`` (mean over the prompt tokens).
``adapter`` / ``learned_prompts`` the Fig. 4.7 module ablations: no adapter (prompts alone), prompts
    frozen at their initialisation (the adapter alone).
``sigma`` Gaussian blur of S (RD4AD practice; the thesis does not mention one: 0, off).
``select_on_valid`` the final epoch by default (the thesis names no selection); True = BMAD's
    valid-split selection.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import check_training_images, map_prediction
from medad_core.nn.anomaly_map import anomaly_map
from medad_core.nn.backbone import FeatureExtractor
from medad_core.nn.pyramid import DA_COMBINE, structure_augment
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register

__all__ = [
    "paired_text_layers",
    "ClipReconModel",
    "PromptLearner",
    "ClipRecon",
    "load_clip_model",
    "per_patch_distance",
    "TEXT_POOLS",
]

OPENAI_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_STD = (0.26862954, 0.26130258, 0.27577711)
TEXT_POOLS = ("eot", "mean")
PROMPT_COMBINE = ("add", "concat")
RESNET_STAGES = ("layer1", "layer2", "layer3", "layer4")


def load_clip_model(
    model_name: str, pretrained: str, weights: str, profile: str, device: str
) -> tuple[nn.Module, Any, int, str]:
    """The open_clip model through the project's CLIP loader (phantom-clip offline in smoke/quick).

    Args:
        model_name: open_clip model name (``ViT-B-16-plus-240``) or ``phantom-clip``.
        pretrained: open_clip pretrained tag (``laion400m_e31``).
        weights: the weights policy (``auto``, ``pretrained``, ``random`` or a checkpoint path).
        profile: smoke, quick or paper (``auto`` falls back only in smoke/quick).
        device: torch device.

    Returns:
        ``(model, tokenizer, native image size, weights_used)``.
    """
    try:
        from medad_core.nn.clip import load_clip  # noqa: PLC0415 - the shared loader (phantom-clip)
    except ImportError:  # the shared loader is not there: open_clip by name, random weights where it fails
        from medad_core.weights import load_open_clip  # noqa: PLC0415

        if model_name == "phantom-clip":
            return _tiny_clip(device)
        model, tokenizer, used = load_open_clip(model_name, pretrained, weights, profile)
        size = model.visual.image_size
        return model.to(device), tokenizer, int(size[0] if isinstance(size, tuple) else size), used
    return load_clip(model_name, pretrained, weights, profile, device)


def _tiny_clip(device: str) -> tuple[nn.Module, Any, int, str]:
    """A small random open_clip model of the phantom-clip's shape (used only without ``medad_core.nn.clip``)."""
    import open_clip  # noqa: PLC0415 - optional dependency (the clip extra)
    from open_clip.model import CLIP, CLIPTextCfg, CLIPVisionCfg  # noqa: PLC0415

    vision = CLIPVisionCfg(layers=4, width=64, head_width=32, patch_size=8, image_size=64)
    text = CLIPTextCfg(context_length=40, vocab_size=49408, width=64, heads=2, layers=4)
    model = CLIP(embed_dim=64, vision_cfg=vision, text_cfg=text)
    return model.to(device), open_clip.get_tokenizer("ViT-B-32"), 64, "random (phantom-clip unavailable)"


def per_patch_distance(image_features: torch.Tensor, text_features: torch.Tensor) -> torch.Tensor:
    """Eq. 4.3: ``M_i = 1 - f_i^T p_i / (|f_i| |p_i|)`` for every patch i.

    Args:
        image_features: ``f^k`` (B, N, D).
        text_features: ``p^k`` (B, N, D).

    Returns:
        (B, N) cosine distances in [0, 2].
    """
    return 1.0 - F.cosine_similarity(image_features, text_features, dim=-1)


def _text_parts(clip: nn.Module) -> nn.Module:
    """The module holding the text tower (``CLIP`` keeps it at the top level, ``CustomTextCLIP`` in ``text``)."""
    return clip.text if hasattr(clip, "text") and hasattr(clip.text, "token_embedding") else clip


def _project(x: torch.Tensor, projection: Any) -> torch.Tensor:
    if projection is None:
        return x
    return projection(x) if isinstance(projection, nn.Module) else x @ projection


class PromptLearner(nn.Module):
    """The trainable part: N prompts of M tokens (Eq. 4.1) and the adapter ``h_theta``.

    Args:
        n_prompts: N, one per patch position.
        n_tokens: M.
        feature_dim: width of ``f^last`` (the adapter's input).
        token_dim: width of the text token embeddings (the adapter's output).
        bottleneck: the adapter's compression factor (16, Sec. 4.2.2).
        adapter: build the adapter (False: the "without adapter" ablation of Fig. 4.7).
        learned_prompts: train the prompts (False: frozen at the N(0, 0.02) initialisation).
    """

    def __init__(
        self,
        n_prompts: int,
        n_tokens: int,
        feature_dim: int,
        token_dim: int,
        bottleneck: int = 16,
        adapter: bool = True,
        learned_prompts: bool = True,
    ):
        super().__init__()
        self.prompts = nn.Parameter(torch.randn(n_prompts, n_tokens, token_dim) * 0.02, requires_grad=learned_prompts)
        hidden = max(feature_dim // bottleneck, 1)
        self.adapter = (
            nn.Sequential(nn.Linear(feature_dim, hidden), nn.ReLU(inplace=True), nn.Linear(hidden, token_dim))
            if adapter
            else None
        )

    def forward(self, f_last: torch.Tensor, combine: str = "add") -> torch.Tensor:
        """The prompt tokens of every patch of every image: (B, N, M, width) or (B, N, M + 1, width).

        Args:
            f_last: (B, N, D) last-layer patch features.
            combine: ``add`` (Eq. 4.2) or ``concat`` (pi appended as one more token).

        Returns:
            The token embeddings between SOS and EOT.
        """
        b = f_last.shape[0]
        prompts = self.prompts.unsqueeze(0).expand(b, -1, -1, -1)
        if self.adapter is None:
            return prompts
        pi = self.adapter(f_last).unsqueeze(2)  # pi = h_theta(f_i^last), (B, N, 1, width)
        if combine == "add":
            return prompts + pi
        return torch.cat([prompts, pi], dim=2)


class ClipReconModel(nn.Module):
    """Frozen CLIP encoders around a :class:`PromptLearner` (module docstring, steps 1-5).

    Args:
        clip: the open_clip model (its text tower is always used; its visual tower when ``resnet`` is None).
        sos_id, eot_id: the tokenizer's start and end token ids.
        layers: 1-based image layers k.
        text_layers: 1-based text blocks paired with ``layers``.
        grid: (H_k, W_k) of the patch grid (the prompts' positions).
        n_tokens: M.
        resnet: a frozen torchvision :class:`FeatureExtractor` replacing the CLIP visual tower, or None.
        resnet_channels: its stage widths (with ``resnet``).
        learned_projection: train the ResNet stages' 1x1 projections.
        mean, std: the CLIP input normalisation.
        **learner: :class:`PromptLearner` options (``adapter``, ``learned_prompts``, ``bottleneck``).
    """

    def __init__(
        self,
        clip: nn.Module,
        sos_id: int,
        eot_id: int,
        layers: tuple[int, ...],
        text_layers: tuple[int, ...],
        grid: tuple[int, int],
        n_tokens: int,
        resnet: FeatureExtractor | None = None,
        resnet_channels: dict[str, int] | None = None,
        learned_projection: bool = False,
        mean: tuple[float, ...] = OPENAI_MEAN,
        std: tuple[float, ...] = OPENAI_STD,
        **learner: Any,
    ):
        super().__init__()
        self.clip = clip.requires_grad_(False).eval()
        self.resnet = resnet
        self.layers = tuple(layers)
        self.text_layers = tuple(text_layers)
        self.grid = tuple(grid)
        self.register_buffer("mean", torch.tensor(mean).view(1, 3, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(std).view(1, 3, 1, 1), persistent=False)
        text = _text_parts(clip)
        token_dim = text.token_embedding.weight.shape[1]
        self.embed_dim = int(_project(torch.zeros(1, token_dim), text.text_projection).shape[-1])
        self.register_buffer(
            "sos_eot", text.token_embedding.weight[[sos_id, eot_id]].detach().clone(), persistent=False
        )
        if resnet is not None:
            # one 1x1 projection per stage into the joint space (layer4's also feeds the adapter);
            # frozen random unless learned (module docstring)
            self.projections = nn.ModuleList()
            for stage in RESNET_STAGES:
                conv = nn.Conv2d(resnet_channels[stage], self.embed_dim, 1, bias=False)
                nn.init.normal_(conv.weight, std=conv.in_channels**-0.5)
                self.projections.append(conv.requires_grad_(learned_projection))
        else:
            self.projections = None
        self.learner = PromptLearner(grid[0] * grid[1], n_tokens, self.embed_dim, token_dim, **learner)

    def train(self, mode: bool = True) -> ClipReconModel:
        """Train mode for the learner; the frozen encoders stay in eval mode."""
        super().train(mode)
        self.clip.eval()
        if self.resnet is not None:
            self.resnet.eval()
        return self

    # -- image branch ------------------------------------------------------------------------------
    def image_features(self, images: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
        """``f^k`` for every layer k and ``f^last``, each (B, N, D), of DA'ed images in [0, 1].

        Args:
            images: (B, 3, H, W) at the encoder's input size.

        Returns:
            (per-layer features, last-layer features).
        """
        if self.resnet is not None:
            return self._resnet_features(images)
        visual = self.clip.visual
        x = visual.conv1((images - self.mean) / self.std)
        x = x.flatten(2).transpose(1, 2)
        cls = visual.class_embedding.to(x.dtype).expand(x.shape[0], 1, -1)
        x = visual.ln_pre(torch.cat([cls, x], dim=1) + visual.positional_embedding.to(x.dtype))
        batch_first = getattr(visual.transformer, "batch_first", True)
        wanted = {k - 1 for k in self.layers}
        taken: dict[int, torch.Tensor] = {}
        blocks = visual.transformer.resblocks
        for index, block in enumerate(blocks):
            x = block(x) if batch_first else block(x.transpose(0, 1)).transpose(0, 1)
            if index in wanted or index == len(blocks) - 1:
                taken[index] = x[:, 1:]  # patch tokens, CLS dropped
        joint = {i: _project(visual.ln_post(t), visual.proj) for i, t in taken.items()}
        return [joint[k - 1] for k in self.layers], joint[len(blocks) - 1]

    def _resnet_features(self, images: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
        with torch.no_grad():
            stages = self.resnet(images)  # ImageNet normalisation inside

        def project(stage: int) -> torch.Tensor:
            pooled = F.adaptive_avg_pool2d(stages[RESNET_STAGES[stage - 1]], self.grid)
            return self.projections[stage - 1](pooled).flatten(2).transpose(1, 2)

        return [project(k) for k in self.layers], project(4)

    # -- text branch -------------------------------------------------------------------------------
    def text_features(self, f_last: torch.Tensor, combine: str = "add", pool: str = "eot") -> list[torch.Tensor]:
        """Eq. 4.2: ``p^k`` for every text block in ``text_layers``, each (B, N, D).

        Args:
            f_last: (B, N, D) last-layer patch features (the adapter's input).
            combine: :class:`PromptLearner` combination.
            pool: ``eot`` (the EOT token) or ``mean`` (the prompt tokens' mean).

        Returns:
            The per-layer text features.
        """
        text = _text_parts(self.clip)
        tokens = self.learner(f_last, combine)  # (B, N, M', width)
        b, n, m, width = tokens.shape
        sos = self.sos_eot[0].to(tokens.dtype).expand(b * n, 1, width)
        eot = self.sos_eot[1].to(tokens.dtype).expand(b * n, 1, width)
        x = torch.cat([sos, tokens.reshape(b * n, m, width), eot], dim=1)
        length = m + 2
        if length > text.positional_embedding.shape[0]:
            raise MedadError(
                f"clip_recon: {m} prompt tokens + SOS + EOT exceed the text context length "
                f"{text.positional_embedding.shape[0]}; use fewer n_tokens"
            )
        x = x + text.positional_embedding[:length].to(x.dtype)
        mask = torch.full((length, length), float("-inf"), device=x.device, dtype=x.dtype).triu_(1)
        batch_first = getattr(text.transformer, "batch_first", True)
        wanted = {k - 1 for k in self.text_layers}
        out: dict[int, torch.Tensor] = {}
        for index, block in enumerate(text.transformer.resblocks[: max(wanted) + 1]):
            if batch_first:
                x = block(x, attn_mask=mask)
            else:
                x = block(x.transpose(0, 1), attn_mask=mask).transpose(0, 1)
            if index in wanted:
                pooled = x[:, -1] if pool == "eot" else x[:, 1:-1].mean(dim=1)
                out[index] = _project(text.ln_final(pooled), text.text_projection).view(b, n, -1)
        return [out[k - 1] for k in self.text_layers]

    def forward(self, images: torch.Tensor, combine: str = "add", pool: str = "eot") -> list[torch.Tensor]:
        """Per-layer maps ``M^k`` (B, H_k, W_k) of Eq. 4.3-4.4 for DA'ed images at the input size.

        Args:
            images: (B, 3, H, W) in [0, 1].
            combine: prompt combination.
            pool: text pooling.

        Returns:
            One map per layer k.
        """
        if self.resnet is None:
            with torch.no_grad():  # the whole ViT branch is frozen
                feats, f_last = self.image_features(images)
        else:  # the frozen ResNet runs without a graph inside; learned projections keep theirs
            feats, f_last = self.image_features(images)
        texts = self.text_features(f_last, combine, pool)
        h, w = self.grid
        return [per_patch_distance(f, p).view(-1, h, w) for f, p in zip(feats, texts, strict=True)]


@register("lerm")
class ClipRecon(TrainedDetector):
    """The thesis's CLIP language-enhanced reconstruction model (module docstring).

    Args:
        model_name: open_clip model (``ViT-B-16-plus-240``; ``phantom-clip`` in smoke/quick).
        pretrained: open_clip pretrained tag (``laion400m_e31``).
        image_encoder: ``clip`` (the CLIP ViT), ``resnet18`` or ``resnet50`` (ImageNet ResNet stages).
        backbone_weights: weights policy of the torchvision ResNet (the CLIP's is ``weights``).
        resnet_projection: ``random`` (frozen) or ``learned`` 1x1 projections of the ResNet stages.
        image_size: the encoder's input side (256; None = the CLIP model's native size).
        layers: 1-based image layers k (1, 2, 3, 4).
        text_layers: 1-based text blocks paired with ``layers`` (None: :func:`paired_text_layers`).
        n_tokens: M, prompt tokens per patch position.
        bottleneck: the adapter's compression (16).
        adapter: use the adapter ``h_theta``.
        learned_prompts: train the prompts.
        prompt_combine: ``add`` or ``concat``.
        text_pool: ``eot`` or ``mean``.
        da: the Laplacian-pyramid structure augmentation.
        da_levels: K of Eq. 4.9.
        da_combine: ``mean`` or ``add_clip``.
        sigma: Gaussian blur of the score map (0: off).
        epochs, lr, weight_decay, batch_size: AdamW schedule.
        select_on_valid: BMAD's valid-split selection (False: the last epoch).
        **kwargs: :class:`~medad_core.nn.training.TrainedDetector` parameters.
    """

    name = "clip_recon"
    settings = frozenset({Setting.CLIP_RECONSTRUCTION, Setting.ONE_CLASS})
    localizes = True
    paper = "MSc thesis (2024) Ch. 4, Sec. 4.2-4.3"
    version = "1"
    profile_params = {
        "smoke": {"model_name": "phantom-clip", "image_size": None, "epochs": 2, "batch_size": 8},
        # one epoch: 64 prompt sequences per image through the text tower make the quick chapter's CPU cost
        "quick": {"model_name": "phantom-clip", "image_size": None, "epochs": 1, "batch_size": 16},
        "paper": {"model_name": "ViT-B-16-plus-240", "image_size": 256, "epochs": 400, "batch_size": 16},
    }

    @classmethod
    def weights_identity(cls, params: dict[str, Any], profile: str) -> dict[str, Any] | None:
        """The phantom-clip recipe of the offline fallback, when the run can use it (cache key)."""
        from medad_core.nn.clip import fallback_weights_identity  # noqa: PLC0415

        return fallback_weights_identity(params["model_name"], params.get("weights", "auto"), profile)

    def __init__(
        self,
        model_name: str = "ViT-B-16-plus-240",
        pretrained: str = "laion400m_e31",
        image_encoder: Literal["clip", "resnet18", "resnet50"] = "clip",
        backbone_weights: str = "auto",
        resnet_projection: Literal["random", "learned"] = "random",
        image_size: int | None = 256,
        layers: tuple[int, ...] = (1, 2, 3, 4),
        text_layers: tuple[int, ...] | None = None,
        n_tokens: int = 16,
        bottleneck: int = 16,
        adapter: bool = True,
        learned_prompts: bool = True,
        prompt_combine: Literal["add", "concat"] = "add",
        text_pool: Literal["eot", "mean"] = "eot",
        da: bool = True,
        da_levels: int = 3,
        da_combine: Literal["mean", "add_clip"] = "mean",
        sigma: float = 0.0,
        epochs: int = 400,
        lr: float = 1e-3,
        weight_decay: float = 0.01,
        batch_size: int = 16,
        select_on_valid: bool = False,
        **kwargs,
    ):
        super().__init__(epochs=epochs, batch_size=batch_size, select_on_valid=select_on_valid, **kwargs)
        self.model_name = model_name
        self.pretrained = pretrained
        self.image_encoder = image_encoder
        self.backbone_weights = backbone_weights
        self.resnet_projection = resnet_projection
        self.image_size = image_size
        self.layers = tuple(layers)
        self.text_layers = None if text_layers is None else tuple(text_layers)
        self.n_tokens = n_tokens
        self.bottleneck = bottleneck
        self.adapter = adapter
        self.learned_prompts = learned_prompts
        self.prompt_combine = prompt_combine
        self.text_pool = text_pool
        self.da = da
        self.da_levels = da_levels
        self.da_combine = da_combine
        self.sigma = sigma
        self.lr = lr
        self.weight_decay = weight_decay

    # -- building ----------------------------------------------------------------------------------
    def _check_options(self) -> None:
        if self.image_encoder not in ("clip", "resnet18", "resnet50"):
            raise MedadError(
                f"clip_recon: image_encoder must be clip, resnet18 or resnet50; got {self.image_encoder!r}"
            )
        if self.prompt_combine not in PROMPT_COMBINE:
            raise MedadError(f"clip_recon: prompt_combine must be add or concat; got {self.prompt_combine!r}")
        if self.text_pool not in TEXT_POOLS:
            raise MedadError(f"clip_recon: text_pool must be eot or mean; got {self.text_pool!r}")
        if self.da_combine not in DA_COMBINE:
            raise MedadError(f"clip_recon: da_combine must be mean or add_clip; got {self.da_combine!r}")
        if not self.layers or min(self.layers) < 1:
            raise MedadError(f"clip_recon: layers are 1-based indices (e.g. (1, 2, 3, 4)); got {self.layers}")
        if self.text_layers is not None and len(self.text_layers) != len(self.layers):
            raise MedadError(
                f"clip_recon: text_layers {self.text_layers} must pair one text block with each "
                f"image layer {self.layers}"
            )
        if self.n_tokens < 1:
            raise MedadError(f"clip_recon: n_tokens (M) must be >= 1; got {self.n_tokens}")
        if not (self.adapter or self.learned_prompts or self.resnet_projection == "learned"):
            raise MedadError("clip_recon: adapter=False with learned_prompts=False leaves nothing to train")

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The frozen CLIP (and ResNet) encoders and the untrained prompt learner for (C, H, W) inputs.

        Args:
            shape: the training images' (C, H, W).
        """
        self._check_options()
        clip, tokenizer, native, used = load_clip_model(
            self.model_name, self.pretrained, self.weights, self.profile, self.device
        )
        ids = tokenizer("")[0]
        sos_id, eot_id = int(ids[0]), int(ids[1])
        self.input_side = int(self.image_size or native)
        text_blocks = len(_text_parts(clip).transformer.resblocks)
        text_layers = self.text_layers or paired_text_layers(self.layers, self._image_depth(clip), text_blocks)
        if max(text_layers) > text_blocks:
            raise MedadError(
                f"clip_recon: text layers {text_layers} but {self.model_name}'s text transformer has "
                f"{text_blocks} blocks; pass text_layers within 1..{text_blocks}"
            )
        resnet, channels = None, None
        if self.image_encoder == "clip":
            visual = clip.visual
            if not hasattr(visual, "conv1") or not hasattr(visual, "class_embedding"):
                raise MedadError(
                    f"clip_recon: image_encoder='clip' needs a ViT visual tower; {self.model_name} has "
                    f"{type(visual).__name__} (use image_encoder='resnet50' for the ResNet rows)"
                )
            n_blocks = len(visual.transformer.resblocks)
            if max(self.layers) > n_blocks:
                raise MedadError(f"clip_recon: layers {self.layers} but {self.model_name} has {n_blocks} ViT blocks")
            patch = visual.conv1.kernel_size[0]
            grid = (self.input_side // patch, self.input_side // patch)
            _resize_positional_embedding(visual, grid)
            self.weights_used = used
        else:
            if max(self.layers) > 4:
                raise MedadError(f"clip_recon: a ResNet has stages 1-4; got layers {self.layers}")
            resnet = FeatureExtractor(self.image_encoder, RESNET_STAGES, self.backbone_weights, self.profile)
            channels = resnet.channels(max(64, self.input_side))
            side = max(self.input_side // 32, 1)
            grid = (side, side)
            self.weights_used = f"{self.image_encoder} {resnet.weights_used}; text {used}"
        mean = tuple(getattr(clip.visual, "image_mean", None) or OPENAI_MEAN)
        std = tuple(getattr(clip.visual, "image_std", None) or OPENAI_STD)
        self.grid = grid
        self.model = ClipReconModel(
            clip,
            sos_id,
            eot_id,
            self.layers,
            text_layers,
            grid,
            self.n_tokens,
            resnet=resnet,
            resnet_channels=channels,
            learned_projection=self.resnet_projection == "learned",
            mean=mean,
            std=std,
            bottleneck=self.bottleneck,
            adapter=self.adapter,
            learned_prompts=self.learned_prompts,
        ).to(self.device)
        self.shape = tuple(int(s) for s in shape)

    def _image_depth(self, clip: nn.Module) -> int:
        if self.image_encoder != "clip":
            return 4
        blocks = getattr(getattr(clip.visual, "transformer", None), "resblocks", None)
        return len(blocks) if blocks is not None else 4

    def setup(self, train: TrainSet) -> None:
        """Build the networks (``_build``) for the training images."""
        spec = check_training_images(train, self.name)
        self._build((spec.channels, spec.height, spec.width))
        self.channels = spec.channels

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """AdamW, learning rate 0.001 (Sec. 4.3.3), over the parameters with gradients only."""
        return torch.optim.AdamW(self.trainable_parameters(), lr=self.lr, weight_decay=self.weight_decay)

    def trainable_parameters(self) -> list[nn.Parameter]:
        """The parameters that receive gradients: the prompts and the adapter (and learned projections).

        Returns:
            The parameters.
        """
        return [p for p in self.model.parameters() if p.requires_grad]

    def trainable_modules(self) -> list[nn.Module]:
        """The prompt learner (and the ResNet projections); the CLIP encoders stay in eval."""
        modules: list[nn.Module] = [self.model.learner]
        if self.model.projections is not None:
            modules.append(self.model.projections)
        return modules

    # -- the method --------------------------------------------------------------------------------
    def prepare(self, images: torch.Tensor) -> torch.Tensor:
        """Step 1: three channels, the encoder's input size, the DA (Eq. 4.6-4.9).

        Args:
            images: (B, C, H, W) in [0, 1].

        Returns:
            (B, 3, S, S) enhanced images.
        """
        x = images.float()
        if x.shape[1] == 1:
            x = x.expand(-1, 3, -1, -1)
        if tuple(x.shape[-2:]) != (self.input_side, self.input_side):
            x = F.interpolate(x, size=(self.input_side, self.input_side), mode="bilinear", align_corners=False)
        if self.da:
            x = structure_augment(x, self.da_levels, self.da_combine)
        return x

    def layer_maps(self, images: torch.Tensor) -> list[torch.Tensor]:
        """``M^k`` (B, H_k, W_k) for every layer k (Eq. 4.3-4.4) of images in [0, 1].

        Args:
            images: (B, C, H, W).

        Returns:
            The per-layer maps.
        """
        return self.model(self.prepare(images), self.prompt_combine, self.text_pool)

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """Eq. 4.5: the sum over layers of the spatial mean of ``M^k``, averaged over the batch."""
        return sum(m.mean(dim=(1, 2)) for m in self.layer_maps(batch["image"])).mean()

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        if images.shape[1] != self.channels:
            raise MedadError(
                f"{self.name}: fitted on {self.channels}-channel images but got {images.shape[1]}-channel input"
            )
        size = images.shape[-2:]
        # S = sum_k Psi(M^k): bilinear up-sampling (and the optional blur) is linear, so per layer
        score_map = sum(anomaly_map(m, size, self.sigma) for m in self.layer_maps(images))
        return map_prediction(score_map)


def paired_text_layers(layers: tuple[int, ...], image_blocks: int, text_blocks: int) -> tuple[int, ...]:
    """The text block paired with each image layer when ``text_layers`` is None.

    The same index where the text transformer is as deep as the image encoder (ViT-B-16+: 12 and 12,
    the thesis's "k-th layer" of both encoders); otherwise the same relative depth,
    ``ceil(k * text_blocks / image_blocks)`` (phantom-clip: 4 image and 3 text blocks, so layers 1-4
    read text blocks 1, 2, 3, 3).

    Args:
        layers: 1-based image layers.
        image_blocks: depth of the image encoder (4 for a ResNet's stages).
        text_blocks: depth of the text transformer.

    Returns:
        One 1-based text block per image layer.
    """
    if max(layers) <= text_blocks:
        return tuple(layers)
    return tuple(max(1, min(text_blocks, math.ceil(k * text_blocks / image_blocks))) for k in layers)


def _resize_positional_embedding(visual: nn.Module, grid: tuple[int, int]) -> None:
    """Bicubic interpolation of a ViT's frozen positional embedding to ``grid`` (CLS row kept)."""
    pos = visual.positional_embedding
    n = pos.shape[0] - 1
    old = int(math.isqrt(n))
    if old * old != n or (old, old) == tuple(grid):
        return
    patches = pos[1:].detach().reshape(1, old, old, -1).permute(0, 3, 1, 2)
    patches = F.interpolate(patches, size=grid, mode="bicubic", align_corners=False)
    new = torch.cat([pos[:1].detach(), patches.permute(0, 2, 3, 1).reshape(grid[0] * grid[1], -1)])
    visual.positional_embedding = nn.Parameter(new, requires_grad=False)
