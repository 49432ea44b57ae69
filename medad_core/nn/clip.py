"""CLIP pieces shared by the vision-language methods: phantom-clip, the weights loader, window encodings.

**phantom-clip.** Offline, random CLIP weights make every text-image comparison noise. phantom-clip
is a small but genuine open_clip model (config :data:`PHANTOM_CLIP_CONFIG`, registered with
open_clip's factory as ``medad-phantom-clip``: a 4-layer ViT at 64 px with 8-px patches, an 8x8
grid, and a 3-layer text transformer, 128 wide) trained by :func:`pretrain_phantom_clip` with
CLIP's symmetric contrastive loss (open_clip's ``ClipLoss``) on phantom image-caption pairs:

* images: every phantom domain of :data:`medad_core.data.spec.DOMAINS`, half normal, half with a
  lesion of each class in turn, drawn from numpy generators seeded with
  ``[PRETRAIN_ENTROPY, domain index, i + 1, 0, 1]``. The dataset writers seed theirs with four
  words ``[seed, crc32(name), crc32(split), i]`` and the tests with plain integers, so no
  pretraining image is an image of any evaluation set;
* captions: a WinCLIP-style template (:data:`PRETRAIN_TEMPLATES`) around a state phrase of the
  image's domain name (the ``class_name`` of the specs that use the domain: "brain MRI", "liver
  CT", ...; sometimes the generic "object"): a normal state word ("flawless brain MRI") or an
  anomalous one ("damaged liver CT", "chest X-ray with nodule", the lesion class named);
* windows: half of every batch are windows of 2x2 to 6x6 patches, encoded from their own tokens
  only (:func:`encode_token_subsets`, the masking WinCLIP applies at test time) and captioned
  normal or anomalous by whether the lesion mask reaches into the window, so window and patch
  embeddings carry the normal/anomalous contrast the methods read.

It trains in about a minute on two idle cores (:data:`PRETRAIN_STEPS` steps of
:data:`PRETRAIN_BATCH` pairs) and is saved in open_clip's checkpoint format (a state dict,
``open_clip_pytorch_model.bin``, that ``open_clip.create_model("medad-phantom-clip",
pretrained=path)`` loads, beside ``open_clip_config.json`` for ``local-dir:``) under the phantom
cache (``$MEDAD_DATA_CACHE``, :func:`~medad_core.data.splits.phantom_cache_dir`) in a folder named
by the hash of its configuration and recipe, written once, atomically (:func:`phantom_clip_path`).

**Weights policy** (:func:`load_clip`): ``weights="auto"`` in the smoke and quick profiles loads the
pretrained open_clip tag when it is cached or downloadable and phantom-clip otherwise (trained on
first use; the smoke profile's is the few-second recipe :data:`SMOKE_PRETRAIN`), labelled
``phantom-clip:<hash>`` in ``weights_used`` so every row says so;
``weights="random"`` is random initialisation of the named architecture; a file path is a local
checkpoint; the paper profile (and ``weights="pretrained"``) keeps the pretrained tag and fails
within seconds offline with the file to place (:func:`medad_core.weights.load_open_clip`).

**Window encodings** (WinCLIP Sec. 4.2, "Window-based CLIP"): a window is encoded by masking, not
by cropping: the tokens of the full image after the patch embedding and positional embedding are
gathered at the window's patch positions (plus the class token) and the shortened sequences run
through the transformer, ``ln_post`` and the projection. All windows of one scale of all images of a
batch go through the transformer as one batch of sequences (:func:`encode_windows`), and the first
``ln_pre`` is applied once per image before the gather (it is a per-token operation).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError

__all__ = [
    "PHANTOM_CLIP",
    "PHANTOM_CLIP_CONFIG",
    "OPENAI_MEAN",
    "OPENAI_STD",
    "PRETRAIN_STEPS",
    "PRETRAIN_BATCH",
    "SMOKE_PRETRAIN",
    "phantom_clip_recipe",
    "fallback_weights_identity",
    "register_phantom_clip",
    "phantom_clip_pairs",
    "pretrain_phantom_clip",
    "phantom_clip_path",
    "load_clip",
    "clip_input",
    "encode_image_tokens",
    "encode_token_subsets",
    "encode_windows",
    "window_indices",
    "window_coverage",
    "harmonic_aggregation",
    "text_prototypes",
    "encode_text_causal",
    "NORMAL_STATES",
    "ANOMALOUS_STATES",
    "TEMPLATES",
    "ANOMALIB_NORMAL_STATES",
    "ANOMALIB_ANOMALOUS_STATES",
    "ANOMALIB_TEMPLATES",
    "prompt_ensemble",
]

PHANTOM_CLIP = "medad-phantom-clip"
#: a genuine open_clip model config (the schema of open_clip's ``model_configs/*.json``)
PHANTOM_CLIP_CONFIG: dict[str, Any] = {
    "embed_dim": 128,
    "vision_cfg": {"image_size": 64, "layers": 4, "width": 128, "head_width": 64, "patch_size": 8},
    "text_cfg": {"context_length": 32, "vocab_size": 49408, "width": 128, "heads": 2, "layers": 3},
}
#: CLIP's normalisation (open_clip's default preprocess for its OpenAI and LAION models)
OPENAI_MEAN = (0.48145466, 0.4578275, 0.40821073)
OPENAI_STD = (0.26862954, 0.26130258, 0.27577711)
#: the pretraining recipe (part of the cache hash); about a minute on two idle cores
PRETRAIN_STEPS = 200
PRETRAIN_BATCH = 64
PRETRAIN_IMAGES_PER_DOMAIN = 160
PRETRAIN_LR = 5e-4
#: phantom domains per batch
PRETRAIN_DOMAINS_PER_BATCH = 2
#: first word of every pretraining image's seed (no dataset writer or test seeds five words with it)
PRETRAIN_ENTROPY = 0x70C11F
#: bump when the pretraining changes in a way the recipe dict does not show
RECIPE_VERSION = 3
#: the smoke profile's phantom-clip (a second, cached recipe): a smoke page only shows that the
#: pipeline executes, so a few steps on a few images per domain (about a second) stand in for the
#: default recipe's minute; the quick and paper profiles keep the default recipe and its hash
SMOKE_PRETRAIN: dict[str, Any] = {"steps": 6, "batch": 16, "n_per_domain": 8}

# -- prompts ---------------------------------------------------------------------------------------
#: WinCLIP's compositional prompt ensemble (Jeong et al. CVPR 2023, Sec. 4.1; 7 normal and 5
#: anomalous state words, 21 templates): state words around the class name, templates around the state
NORMAL_STATES = (
    "{}",
    "flawless {}",
    "perfect {}",
    "unblemished {}",
    "{} without flaw",
    "{} without defect",
    "{} without damage",
)
ANOMALOUS_STATES = ("damaged {}", "broken {}", "{} with flaw", "{} with defect", "{} with damage")
TEMPLATES = (
    "a cropped photo of the {}.",
    "a close-up photo of a {}.",
    "a close-up photo of the {}.",
    "a bright photo of a {}.",
    "a bright photo of the {}.",
    "a dark photo of the {}.",
    "a dark photo of a {}.",
    "a jpeg corrupted photo of a {}.",
    "a jpeg corrupted photo of the {}.",
    "a blurry photo of the {}.",
    "a blurry photo of a {}.",
    "a photo of a {}.",
    "a photo of the {}.",
    "a photo of a small {}.",
    "a photo of the small {}.",
    "a photo of a large {}.",
    "a photo of the large {}.",
    "a photo of the {} for visual inspection.",
    "a photo of a {} for visual inspection.",
    "a photo of the {} for anomaly detection.",
    "a photo of a {} for anomaly detection.",
)
#: anomalib 2.7's ensemble (``winclip/prompting.py``): no "broken {}", and "a jpeg corrupted photo of
#: the {}." twice where the list above reads the "a" variant the first time
ANOMALIB_NORMAL_STATES = NORMAL_STATES
ANOMALIB_ANOMALOUS_STATES = ("damaged {}", "{} with flaw", "{} with defect", "{} with damage")
ANOMALIB_TEMPLATES = (*TEMPLATES[:7], TEMPLATES[8], *TEMPLATES[8:])


def prompt_ensemble(class_name: str, prompt_set: str = "winclip") -> tuple[list[str], list[str]]:
    """The normal and anomalous prompts for ``class_name`` (every template around every state).

    Args:
        class_name: the object's name ("brain MRI").
        prompt_set: ``winclip`` (the paper's lists) or ``anomalib`` (anomalib 2.7's).

    Returns:
        (normal prompts, anomalous prompts).

    Raises:
        MedadError: an unknown prompt set.
    """
    if prompt_set == "winclip":
        normal, anomalous, templates = NORMAL_STATES, ANOMALOUS_STATES, TEMPLATES
    elif prompt_set == "anomalib":
        normal, anomalous, templates = ANOMALIB_NORMAL_STATES, ANOMALIB_ANOMALOUS_STATES, ANOMALIB_TEMPLATES
    else:
        raise MedadError(f"prompt_set must be 'winclip' or 'anomalib'; got {prompt_set!r}")
    return (
        [t.format(s.format(class_name)) for s in normal for t in templates],
        [t.format(s.format(class_name)) for s in anomalous for t in templates],
    )


def encode_text_causal(model: nn.Module, ids: torch.Tensor) -> torch.Tensor:
    """``model.encode_text(ids)``, computed only up to the longest prompt's end-of-text token.

    CLIP's text transformer is causal and pools the end-of-text position, so the positions after the
    longest prompt's end never reach the output: cutting the sequence there gives the same features
    (up to float rounding) for a fraction of the cost (prompts of ~15 tokens in a 77-token context).
    Models without a causal mask or with another pooling run ``encode_text`` unchanged.

    Args:
        model: an open_clip CLIP.
        ids: (n, context) token ids from its tokenizer.

    Returns:
        (n, E) text embeddings (unnormalised, as ``encode_text``).
    """
    mask = getattr(model, "attn_mask", None)
    plain = (
        mask is not None
        and getattr(model, "text_pool_type", "argmax") == "argmax"
        and getattr(model, "cls_emb", None) is None
        and hasattr(model, "token_embedding")
    )
    if not plain:
        return model.encode_text(ids)
    length = int(ids.argmax(-1).max()) + 1  # the end-of-text token has the largest id
    ids = ids[:, :length]
    cast = model.transformer.get_cast_dtype()
    x = model.token_embedding(ids).to(cast) + model.positional_embedding[:length].to(cast)
    x = model.ln_final(model.transformer(x, attn_mask=mask[:length, :length]))
    x = x[torch.arange(len(ids), device=ids.device), ids.argmax(-1)]
    proj = model.text_projection
    if proj is None:
        return x
    return proj(x) if isinstance(proj, nn.Linear) else x @ proj


@torch.no_grad()
def text_prototypes(
    model: nn.Module, tokenizer: Any, prompts: Sequence[Sequence[str]], mean: str = "normalized", device: str = "cpu"
) -> torch.Tensor:
    """One unit text embedding per class: the mean of its prompts' embeddings (all prompts in one forward).

    Args:
        model: an open_clip CLIP.
        tokenizer: its tokenizer.
        prompts: one list of prompts per class (normal first, then anomalous).
        mean: ``normalized`` (mean of unit prompt embeddings, WinCLIP) or ``raw`` (mean of the raw
            embeddings, anomalib 2.7), normalised afterwards either way.
        device: where the model is.

    Returns:
        (n_classes, E) unit vectors.
    """
    flat = [p for group in prompts for p in group]
    emb = encode_text_causal(model, tokenizer(flat).to(device)).float()
    if mean == "normalized":
        emb = F.normalize(emb, dim=-1)
    elif mean != "raw":
        raise MedadError(f"text_mean must be 'normalized' or 'raw'; got {mean!r}")
    out, start = [], 0
    for group in prompts:
        out.append(emb[start : start + len(group)].mean(0))
        start += len(group)
    return F.normalize(torch.stack(out), dim=-1)


# -- the phantom-clip model config ----------------------------------------------------------------
def register_phantom_clip() -> None:
    """Make ``medad-phantom-clip`` a model name of open_clip's factory (idempotent).

    The config enters open_clip's registry of built-in configs (``open_clip.factory._MODEL_CONFIGS``),
    so ``create_model``, ``get_tokenizer`` and ``create_model(..., pretrained=checkpoint)`` treat it
    as any other open_clip architecture; it is put back when something rescans the registry.
    """
    import open_clip  # noqa: PLC0415 - optional dependency (the clip extra)

    registry = open_clip.factory._MODEL_CONFIGS  # noqa: SLF001 - open_clip's registry of configs
    if PHANTOM_CLIP not in registry:
        registry[PHANTOM_CLIP] = copy.deepcopy(PHANTOM_CLIP_CONFIG)


# -- phantom image-caption pairs ------------------------------------------------------------------
def _domain_names() -> dict[str, tuple[str, ...]]:
    """The text names of each phantom domain: the class names of the datasets it stands in for."""
    from medad_core.data.spec import DATASETS, DOMAINS  # noqa: PLC0415 - keep this module light to import

    names: dict[str, list[str]] = {d: [] for d in DOMAINS}
    for spec in DATASETS.values():
        if spec.phantom in names and spec.class_name != "object" and spec.class_name not in names[spec.phantom]:
            names[spec.phantom].append(spec.class_name)
    return {d: tuple(v) or (d.replace("_", " "),) for d, v in names.items()}


#: captions' templates: WinCLIP's and a few medical ones
PRETRAIN_TEMPLATES = (*TEMPLATES, "a scan of a {}.", "an image of a {}.", "a medical image of a {}.", "{}.")
PRETRAIN_NORMAL = (*NORMAL_STATES, "normal {}", "healthy {}", "{} without lesion")
PRETRAIN_ANOMALOUS = (*ANOMALOUS_STATES, "abnormal {}", "{} with lesion", "{} with {lesion}", "{lesion} in a {}")


def phantom_clip_pairs(
    n_per_domain: int = PRETRAIN_IMAGES_PER_DOMAIN, size: int = 64, domains: Sequence[str] | None = None
) -> tuple[torch.Tensor, torch.Tensor, list[dict[str, Any]]]:
    """The pretraining images, their lesion masks and what each shows.

    Args:
        n_per_domain: images per phantom domain (half normal, half anomalous).
        size: side in pixels.
        domains: the phantom domains (None: every domain of ``DOMAINS``).

    Returns:
        images float (N, 3, size, size) in [0, 1] (grey domains repeated to three channels), masks
        bool (N, size, size), and per image ``{"domain", "names", "lesion"}`` (lesion None when normal).
    """
    from medad_core.data.phantoms import DEFAULT_SEVERITY, render  # noqa: PLC0415
    from medad_core.data.spec import DOMAINS  # noqa: PLC0415

    names = _domain_names()
    images, masks, meta = [], [], []
    for d_index, (domain, classes) in enumerate(DOMAINS.items()):
        if domains is not None and domain not in domains:
            continue
        for i in range(n_per_domain):
            lesion = None if i % 2 == 0 else classes[(i // 2) % len(classes)]
            # five entropy words: disjoint from the writers' four-word and the tests' one-word seeds
            rng = np.random.default_rng([PRETRAIN_ENTROPY, d_index, i + 1, 0, 1])
            # lesions from the domain's default contrast up to the most obvious: the concept first
            severity = None if lesion is None else float(rng.uniform(DEFAULT_SEVERITY[domain], 1.0))
            image, mask = render(domain, rng, size, lesion, severity)
            t = torch.from_numpy(image).float()
            t = t.permute(2, 0, 1) if t.ndim == 3 else t.expand(3, size, size)
            images.append(t)
            masks.append(torch.from_numpy(mask))
            meta.append({"domain": domain, "names": names[domain], "lesion": lesion})
    return torch.stack(images), torch.stack(masks), meta


def _caption(rng: np.random.Generator, item: dict[str, Any], anomalous: bool) -> str:
    name = "object" if rng.random() < 0.1 else item["names"][rng.integers(len(item["names"]))]
    template = PRETRAIN_TEMPLATES[rng.integers(len(PRETRAIN_TEMPLATES))]
    if not anomalous:
        return template.format(PRETRAIN_NORMAL[rng.integers(len(PRETRAIN_NORMAL))].format(name))
    state = PRETRAIN_ANOMALOUS[rng.integers(len(PRETRAIN_ANOMALOUS))]
    lesion = (item["lesion"] or "lesion").replace("_", " ")
    return template.format(state.replace("{lesion}", lesion).format(name))


# -- encoders -------------------------------------------------------------------------------------
def clip_input(images: torch.Tensor, size: int, mean=OPENAI_MEAN, std=OPENAI_STD) -> torch.Tensor:
    """[0, 1] images (B, C, H, W) as a CLIP image encoder reads them: 3 channels, bicubic to ``size``, normalised.

    Args:
        images: float in [0, 1], 1 or 3 channels.
        size: the encoder's input side.
        mean: per-channel mean.
        std: per-channel standard deviation.

    Returns:
        (B, 3, size, size).
    """
    if images.shape[1] == 1:
        images = images.expand(-1, 3, -1, -1)
    if images.shape[-2:] != (size, size):
        images = F.interpolate(images, size=(size, size), mode="bicubic", align_corners=False).clamp(0, 1)
    m = torch.tensor(mean, device=images.device, dtype=images.dtype).view(1, 3, 1, 1)
    s = torch.tensor(std, device=images.device, dtype=images.dtype).view(1, 3, 1, 1)
    return (images - m) / s


def _check_plain_vit(visual: nn.Module) -> None:
    if not hasattr(visual, "conv1") or getattr(visual, "attn_pool", None) is not None:
        raise MedadError(
            f"window and patch encodings need an open_clip ViT image tower with a class token; got "
            f"{type(visual).__name__} (use a ViT model such as ViT-B-16-plus-240 or {PHANTOM_CLIP})"
        )


def _embedded_tokens(visual: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """Patch embedding + class token + positional embedding + ``ln_pre``: (B, 1 + N, W)."""
    x = visual.conv1(x).flatten(2).transpose(1, 2)
    cls = visual.class_embedding.to(x.dtype).view(1, 1, -1).expand(x.shape[0], 1, -1)
    x = torch.cat([cls, x], dim=1) + visual.positional_embedding.to(x.dtype)
    return visual.ln_pre(x)


def _head(visual: nn.Module, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``ln_post`` and the projection: (pooled CLS in the joint space (B, E), ln_post tokens (B, L-1, W))."""
    x = visual.ln_post(x)
    pooled, tokens = x[:, 0], x[:, 1:]
    if visual.proj is not None:
        pooled = pooled @ visual.proj
    return pooled, tokens


def encode_image_tokens(model: nn.Module, x: torch.Tensor) -> dict[str, torch.Tensor]:
    """The full-image pass: CLS embedding, patch tokens and the embedded tokens the windows reuse.

    Args:
        model: an open_clip CLIP with a ViT image tower.
        x: CLIP input (B, 3, S, S) (:func:`clip_input`).

    Returns:
        ``image`` (B, E) projected CLS; ``tokens`` (B, N, W) patch tokens after ``ln_post``
        (unprojected, WinCLIP+'s patch memory); ``patches`` (B, N, E) the same projected into the
        joint space (zero-shot CLIP's dense map); ``embedded`` (B, 1 + N, W) the transformer's input.
    """
    visual = model.visual
    _check_plain_vit(visual)
    embedded = _embedded_tokens(visual, x)
    pooled, tokens = _head(visual, visual.transformer(embedded))
    patches = tokens @ visual.proj if visual.proj is not None else tokens
    return {"image": pooled, "tokens": tokens, "patches": patches, "embedded": embedded}


def encode_token_subsets(model: nn.Module, embedded: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
    """CLS embeddings of token subsets: every image's class token with the patch tokens at ``index``.

    Args:
        model: an open_clip CLIP with a ViT image tower.
        embedded: (B, 1 + N, W) from :func:`encode_image_tokens` (or ``_embedded_tokens``).
        index: (B, n, k) patch positions (0-based over the N patches): n subsets of k patches per image.

    Returns:
        (B, n, E) projected CLS embeddings, one per subset (all B*n sequences in one forward).
    """
    visual = model.visual
    b, n, k = index.shape
    width = embedded.shape[-1]
    cls = embedded[:, :1].unsqueeze(1).expand(b, n, 1, width)
    gathered = torch.gather(
        embedded[:, 1:].unsqueeze(1).expand(b, n, -1, width),
        2,
        index.unsqueeze(-1).expand(b, n, k, width),
    )
    seqs = torch.cat([cls, gathered], dim=2).reshape(b * n, k + 1, width)
    pooled, _ = _head(visual, visual.transformer(seqs))
    return pooled.reshape(b, n, -1)


def encode_windows(
    model: nn.Module, embedded: torch.Tensor, windows: Sequence[torch.Tensor], chunk: int = 16384
) -> list[torch.Tensor]:
    """Window embeddings (WinCLIP's masking): per scale, all windows of all images as one batch of sequences.

    Args:
        model: an open_clip CLIP with a ViT image tower.
        embedded: (B, 1 + N, W) transformer input of the full images.
        windows: per scale, (n_windows, k) patch indices (:func:`window_indices`).
        chunk: at most this many sequences per transformer call (bounds the activations' memory).

    Returns:
        Per scale, (B, n_windows, E) projected window embeddings.
    """
    out = []
    b = embedded.shape[0]
    for win in windows:
        win = win.to(embedded.device)
        per_call = max(1, chunk // max(1, len(win)))
        parts = []
        for i in range(0, b, per_call):
            part = embedded[i : i + per_call]
            parts.append(encode_token_subsets(model, part, win.unsqueeze(0).expand(len(part), -1, -1)))
        out.append(torch.cat(parts))
    return out


def window_indices(grid: tuple[int, int], scale: int, stride: int = 1) -> torch.Tensor:
    """The patch indices of every ``scale`` x ``scale`` window sliding over a ``grid`` of patches.

    Args:
        grid: (rows, cols) of the patch grid.
        scale: the window side in patches.
        stride: the step between windows.

    Returns:
        long (n_windows, scale * scale), row-major patch indices (windows in row-major order).

    Raises:
        MedadError: a window larger than the grid.
    """
    rows, cols = grid
    if scale < 1 or scale > min(rows, cols):
        raise MedadError(f"a {scale}x{scale} window does not fit the {rows}x{cols} patch grid")
    r0 = torch.arange(0, rows - scale + 1, stride)
    c0 = torch.arange(0, cols - scale + 1, stride)
    offs = (torch.arange(scale).view(-1, 1) * cols + torch.arange(scale).view(1, -1)).reshape(-1)
    starts = (r0.view(-1, 1) * cols + c0.view(1, -1)).reshape(-1)
    return starts.view(-1, 1) + offs.view(1, -1)


def window_coverage(grid: tuple[int, int], windows: torch.Tensor) -> torch.Tensor:
    """Which windows cover which patch: bool (rows * cols, n_windows).

    Args:
        grid: (rows, cols).
        windows: (n_windows, k) patch indices.

    Returns:
        The coverage matrix.
    """
    n = grid[0] * grid[1]
    cover = torch.zeros(n, len(windows), dtype=torch.bool, device=windows.device)
    cover.scatter_(0, windows.T, True)
    return cover


def harmonic_aggregation(window_scores: torch.Tensor, coverage: torch.Tensor) -> torch.Tensor:
    """Per patch, the harmonic mean of the scores of the windows covering it (WinCLIP Eq. 3).

    ``M(i) = |{w : i in w}| / sum_{w : i in w} 1 / s_w``; a patch no window covers gets 0.

    Args:
        window_scores: (B, n_windows), positive.
        coverage: bool (P, n_windows) from :func:`window_coverage`.

    Returns:
        (B, P).
    """
    cover = coverage.to(window_scores.dtype)
    inverse = (1.0 / window_scores.clamp_min(1e-12)) @ cover.T
    counts = cover.sum(1)
    return torch.where(counts > 0, counts / inverse.clamp_min(1e-12), torch.zeros_like(inverse))


# -- pretraining ----------------------------------------------------------------------------------
def _recipe(steps: int, batch: int, n_per_domain: int, lr: float, domains: Sequence[str] | None) -> dict[str, Any]:
    from medad_core.data.spec import DOMAINS  # noqa: PLC0415
    from medad_core.data.writers import PHANTOM_VERSION  # noqa: PLC0415

    return {
        "config": PHANTOM_CLIP_CONFIG,
        "steps": int(steps),
        "batch": int(batch),
        "images_per_domain": int(n_per_domain),
        "lr": float(lr),
        "entropy": PRETRAIN_ENTROPY,
        "domains": {d: list(c) for d, c in DOMAINS.items() if domains is None or d in domains},
        "domains_per_batch": PRETRAIN_DOMAINS_PER_BATCH,
        "phantom_version": PHANTOM_VERSION,
        "recipe_version": RECIPE_VERSION,
    }


def _recipe_hash(recipe: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:12]


def phantom_clip_path(
    steps: int = PRETRAIN_STEPS,
    batch: int = PRETRAIN_BATCH,
    n_per_domain: int = PRETRAIN_IMAGES_PER_DOMAIN,
    lr: float = PRETRAIN_LR,
    domains: Sequence[str] | None = None,
) -> Path:
    """Where the phantom-clip checkpoint of this recipe lives (it may not exist yet).

    Args:
        steps: optimisation steps.
        batch: image-caption pairs per step.
        n_per_domain: pretraining images per phantom domain.
        lr: AdamW's peak learning rate.
        domains: the phantom domains (None: all).

    Returns:
        ``<phantom cache>/phantom-clip-<hash>/open_clip_pytorch_model.bin``.
    """
    from medad_core.data.splits import phantom_cache_dir  # noqa: PLC0415 - data imports are heavy

    key = _recipe_hash(_recipe(steps, batch, n_per_domain, lr, domains))
    return phantom_cache_dir() / f"phantom-clip-{key}" / "open_clip_pytorch_model.bin"


def pretrain_phantom_clip(
    steps: int = PRETRAIN_STEPS,
    batch: int = PRETRAIN_BATCH,
    n_per_domain: int = PRETRAIN_IMAGES_PER_DOMAIN,
    lr: float = PRETRAIN_LR,
    domains: Sequence[str] | None = None,
    *,
    force: bool = False,
    progress: bool = False,
) -> Path:
    """Train phantom-clip with CLIP's contrastive loss on phantom image-caption pairs (cached).

    Not a :class:`~medad_core.api.Detector`: there is no TrainSet, no valid split and nothing to
    select, so it runs its own short optimisation (AdamW, linear warm-up over the first tenth,
    cosine decay, weight decay 0.1 on matrices only, as open_clip's training script) instead of the
    detectors' training loop.

    Args:
        steps: optimisation steps (the test suite uses a few dozen).
        batch: image-caption pairs per step (half full images, half windows).
        n_per_domain: pretraining images per phantom domain.
        lr: AdamW's peak learning rate.
        domains: the phantom domains (None: every domain; the tests pretrain on one).
        force: train even when the checkpoint exists (it is then replaced).
        progress: print the loss every 20 steps.

    Returns:
        The checkpoint path (:func:`phantom_clip_path`); ``recipe.json`` beside it records the recipe,
        the final loss and the seconds.
    """
    import open_clip  # noqa: PLC0415

    final = phantom_clip_path(steps, batch, n_per_domain, lr, domains)
    if final.is_file() and not force:
        return final
    register_phantom_clip()
    start = time.perf_counter()
    torch.manual_seed(0)
    rng = np.random.default_rng([PRETRAIN_ENTROPY, 7])
    images, masks, meta = phantom_clip_pairs(n_per_domain, PHANTOM_CLIP_CONFIG["vision_cfg"]["image_size"], domains)
    # batches from a few domains at a time: the contrast inside a batch is then mostly normal vs
    # anomalous and lesion class, not which organ (the easy part a mixed batch spends the loss on)
    by_domain: dict[str, np.ndarray] = {}
    for i, item in enumerate(meta):
        by_domain.setdefault(item["domain"], []).append(i)
    by_domain = {d: np.asarray(v) for d, v in by_domain.items()}
    names_of = sorted(by_domain)
    # a random start is the point of pretraining: open_clip's "No pretrained weights loaded" warning
    # (root logger) only cluttered the CLIP pages
    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.setLevel(max(level, logging.ERROR))
    try:
        model = open_clip.create_model(PHANTOM_CLIP, pretrained=None)
    finally:
        root_logger.setLevel(level)
    tokenizer = open_clip.get_tokenizer(PHANTOM_CLIP)
    visual = model.visual
    patch = PHANTOM_CLIP_CONFIG["vision_cfg"]["patch_size"]
    grid = PHANTOM_CLIP_CONFIG["vision_cfg"]["image_size"] // patch
    # lesion pixels per patch: a window is anomalous when its patches hold some of the lesion
    lesion_per_patch = F.avg_pool2d(masks.float().unsqueeze(1), patch).flatten(1)  # (N, P) fraction
    windows = {s: window_indices((grid, grid), s) for s in range(2, 7)}
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2 and "embedding" not in n]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2 or "embedding" in n]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
        lr=lr,
        betas=(0.9, 0.98),
        eps=1e-6,
    )
    warmup = max(1, steps // 10)

    def schedule(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return 0.5 * (1 + np.cos(np.pi * (step - warmup) / max(1, steps - warmup)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
    loss_fn = open_clip.loss.ClipLoss()
    model.train()
    losses = []
    for step in range(steps):
        chosen = rng.choice(len(names_of), min(PRETRAIN_DOMAINS_PER_BATCH, len(names_of)), replace=False)
        pool = np.concatenate([by_domain[names_of[c]] for c in chosen])
        idx = torch.from_numpy(rng.choice(pool, min(batch, len(pool)), replace=False))
        half = len(idx) // 2
        x = clip_input(images[idx], PHANTOM_CLIP_CONFIG["vision_cfg"]["image_size"])
        embedded = _embedded_tokens(visual, x)
        full, _ = _head(visual, visual.transformer(embedded[:half]))
        # windows of one random side per step, one random position per image (the masking WinCLIP reads)
        side = int(rng.integers(2, 7))
        win = windows[side]
        pick = torch.from_numpy(rng.integers(len(win), size=len(idx) - half))
        index = win[pick].unsqueeze(1)  # (b, 1, k)
        local = encode_token_subsets(model, embedded[half:], index)[:, 0]
        covered = torch.gather(lesion_per_patch[idx[half:]], 1, win[pick]).sum(1) * patch * patch
        anomalous = [meta[int(i)]["lesion"] is not None for i in idx[:half]]
        anomalous += [bool(c >= 3) for c in covered]  # at least three lesion pixels in the window
        captions = [_caption(rng, meta[int(i)], a) for i, a in zip(idx.tolist(), anomalous, strict=True)]
        image_features = F.normalize(torch.cat([full, local]), dim=-1)
        text_features = model.encode_text(tokenizer(captions), normalize=True)
        loss = loss_fn(image_features, text_features, model.logit_scale.exp())
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, np.log(100))
        losses.append(float(loss.detach()))
        if not np.isfinite(losses[-1]):
            raise MedadError(f"phantom-clip pretraining diverged at step {step} (loss {losses[-1]})")
        if progress and (step % 20 == 0 or step == steps - 1):
            print(f"phantom-clip step {step + 1}/{steps}: loss {losses[-1]:.3f}", flush=True)
    model.eval()
    recipe = _recipe(steps, batch, n_per_domain, lr, domains)
    info = {
        **recipe,
        "hash": _recipe_hash(recipe),
        "first_loss": losses[0],
        "final_loss": float(np.mean(losses[-10:])),
        "seconds": time.perf_counter() - start,
        "torch_threads": torch.get_num_threads(),
    }
    _write_atomically(final.parent, model.state_dict(), info)
    return final


def _write_atomically(folder: Path, state: dict[str, torch.Tensor], info: dict[str, Any]) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{folder.name}-", dir=folder.parent))
    try:
        torch.save(state, tmp / "open_clip_pytorch_model.bin")
        config = {
            "model_cfg": PHANTOM_CLIP_CONFIG,
            "preprocess_cfg": {"mean": list(OPENAI_MEAN), "std": list(OPENAI_STD), "interpolation": "bicubic"},
        }
        (tmp / "open_clip_config.json").write_text(json.dumps(config, indent=1))
        (tmp / "recipe.json").write_text(json.dumps(info, indent=1))
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not (folder / "open_clip_pytorch_model.bin").is_file():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


# -- the weights policy for CLIP models -----------------------------------------------------------
def phantom_clip_recipe(profile: str) -> dict[str, Any]:
    """The recipe of the phantom-clip a profile falls back to (its hash names the checkpoint).

    The CLIP methods put it in their rows' cache key (``Detector.weights_identity``), so a changed
    recipe (e.g. :data:`SMOKE_PRETRAIN`) recomputes the rows that used the old phantom-clip.

    Args:
        profile: smoke (:data:`SMOKE_PRETRAIN`) or any other profile (the default recipe).

    Returns:
        ``{"phantom_clip": <recipe hash>}``.
    """
    custom = SMOKE_PRETRAIN if profile == "smoke" else {}
    recipe = _recipe(
        custom.get("steps", PRETRAIN_STEPS),
        custom.get("batch", PRETRAIN_BATCH),
        custom.get("n_per_domain", PRETRAIN_IMAGES_PER_DOMAIN),
        custom.get("lr", PRETRAIN_LR),
        custom.get("domains"),
    )
    return {"phantom_clip": _recipe_hash(recipe)}


def fallback_weights_identity(model_name: str, weights: str, profile: str) -> dict[str, Any] | None:
    """The phantom-clip recipe a CLIP method's row can end up using, for its cache key (None: none).

    :func:`load_clip` uses phantom-clip for ``medad-phantom-clip`` under ``auto``/``pretrained``, and for
    any model under ``auto`` in a fallback profile when its weights are not at hand.

    Args:
        model_name: the method's open_clip model.
        weights: the run's weights policy.
        profile: the run's profile.

    Returns:
        :func:`phantom_clip_recipe` of the profile, or None where phantom-clip cannot be used.
    """
    from medad_core.weights import FALLBACK_PROFILES  # noqa: PLC0415 - weights imports torchvision

    own = model_name in (PHANTOM_CLIP, "phantom-clip") and weights in ("auto", "pretrained")
    if own or (weights == "auto" and profile in FALLBACK_PROFILES):
        return phantom_clip_recipe(profile)
    return None


def _phantom_clip(device: str, profile: str = "quick") -> tuple[nn.Module, Any, str]:
    import open_clip  # noqa: PLC0415

    # the smoke profile's own tiny recipe (SMOKE_PRETRAIN); every other profile the default one
    path = pretrain_phantom_clip(**SMOKE_PRETRAIN) if profile == "smoke" else pretrain_phantom_clip()
    model = open_clip.create_model(PHANTOM_CLIP, pretrained=str(path), device=device)
    used = f"phantom-clip:{path.parent.name.removeprefix('phantom-clip-')}"
    return model, open_clip.get_tokenizer(PHANTOM_CLIP), used


def load_clip(
    model_name: str, pretrained: str | None, weights: str = "auto", profile: str = "quick", device: str = "cpu"
) -> tuple[nn.Module, Any, int, str]:
    """An open_clip model in eval mode by the weights policy, with phantom-clip as the offline stand-in.

    Args:
        model_name: an open_clip architecture (``ViT-B-16-plus-240``) or ``medad-phantom-clip``
            (``phantom-clip`` is accepted for it).
        pretrained: the open_clip tag (``laion400m_e31``) tried by ``auto`` / ``pretrained``.
        weights: ``auto`` | ``pretrained`` | ``random`` | a checkpoint path (module docstring).
        profile: ``smoke`` / ``quick`` (``auto`` falls back to phantom-clip; smoke: :data:`SMOKE_PRETRAIN`) or
            ``paper`` (strict).
        device: torch device.

    Returns:
        (model, tokenizer, input side in pixels, weights_used).

    Raises:
        WeightsUnavailable: pretrained weights were required (paper profile or ``pretrained``) and are
            neither cached nor downloadable; the message says where to put the file.
    """
    from medad_core.weights import FALLBACK_PROFILES, WeightsUnavailable, load_open_clip  # noqa: PLC0415

    register_phantom_clip()
    if model_name == "phantom-clip":  # the short name other modules and users write
        model_name = PHANTOM_CLIP
    if model_name == PHANTOM_CLIP and weights in ("auto", "pretrained"):
        # phantom-clip's own pretrained weights are the phantom pretraining (made on first use)
        model, tokenizer, used = _phantom_clip(device, profile)
    elif weights == "auto" and profile in FALLBACK_PROFILES:
        try:
            model, tokenizer, used = load_open_clip(model_name, pretrained or "", "pretrained", profile)
        except WeightsUnavailable:
            model, tokenizer, used = _phantom_clip(device, profile)
            used += f" ({model_name}/{pretrained} unavailable offline)"
    else:
        model, tokenizer, used = load_open_clip(model_name, pretrained or "", weights, profile)
    model = model.to(device).eval()
    for p in model.parameters():
        p.requires_grad_(False)
    size = model.visual.image_size
    side = int(size[0] if isinstance(size, (tuple, list)) else size)
    return model, tokenizer, side, used
