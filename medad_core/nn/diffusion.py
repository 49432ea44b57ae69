"""The one DDPM of medad: diffusers' ``UNet2DModel`` + ``DDPMScheduler``, trained by medad's loop.

DIA's dissolving transformations (Sec. 3.1, Eq. 4) and the thesis's DDPM baseline (Ch. 4) both read
this module. The DDPM follows Ho et al. with the noise-prediction objective (DIA's
``denoising-diffusion-pytorch`` 0.27.12: ``objective="pred_noise"``, cosine schedule):

* forward process (Eq. 1-2): ``q(x_t | x_0) = N(sqrt(abar_t) x_0, (1 - abar_t) I)`` with
  ``abar_t = prod_{s<=t} alpha_s``, ``alpha_t = 1 - beta_t``; :meth:`DDPM.add_noise`;
* the network ``eps_theta(x_t, t)`` predicts the noise; its loss is **L1** (DIA Sec. 4.2, "L1
  loss"; ``loss="l2"`` is Ho et al.'s MSE) between the predicted and the drawn noise, ``t`` uniform
  in ``[0, T)``;
* ``x_0`` from ``x_t`` in one step (Eq. 4): ``x_hat_{t->0} = sqrt(1/abar_t) x_t - sqrt(1/abar_t - 1)
  eps_theta(x_t, t)``; :meth:`DDPM.predict_x0`; :meth:`DDPM.dissolve` applies it to the *clean*
  image (``x_t := x``, no noise added), clamped to [-1, 1] as ``p_sample``'s ``clip_denoised``.

The beta schedule is the **cosine** schedule of Nichol & Dhariwal (the one DIA's library version
uses; notes B.2.6): diffusers' ``squaredcos_cap_v2`` is the same curve (``abar_t`` at t = 30 / 80 /
130 is 0.9965 / 0.981 / 0.954; ``beta_schedule="linear"`` gives Ho et al.'s 1e-4..0.02). The
DDPM reads images in [-1, 1] (the library's normalisation at training time); :meth:`DDPM.dissolve`
takes [0, 1] images and maps them (``input_range="code"`` feeds the [0, 1] tensor unchanged, as
DIA's ``DiffusionCustomTrans`` does).

Training (DIA Sec. 4.2): Adam (betas 0.9 / 0.99, the library trainer's), lr 8e-5, 25,000 steps
of batch 256 (32 px; 128 at 64 px, 32 at 128 px) with 2-step gradient accumulation (here one
batch of ``batch_size * grad_accum`` images with the mean loss: the same gradient), EMA decay
0.995 (ema-pytorch's schedule: copied for the first 100 steps, then updated every 10 steps with the
warm-up ``1 - (1 + k)^(-2/3)`` capped at the decay), random horizontal flip only, no mixed
precision. :func:`train_ddpm` runs this through :class:`~medad_core.nn.training.TrainedDetector`
(the one training loop); the EMA weights are the ones used for sampling and dissolving (DIA's code
loads the non-EMA ``model`` weights: ``weights="model"``).

Network size: DIA's code builds ``Unet(dim=64, dim_mults=(1, 2, 4, 8))`` (36.3 M parameters in
lucidrains' layout); the same widths in diffusers' blocks (``block_out_channels=(64, 128, 256,
512)``, two ResNet layers per block, attention in the middle block) have 56.6 M; DIA's Table 4
implies 19.93 - 11.2 = 8.7 M. :meth:`DDPM.describe` reports ours.

Caching (:func:`get_ddpm`): a DDPM is trained once per (training data, config, seed) and stored as
``<results>/ddpm/<hash>.pt`` (written atomically; ``torch.load(weights_only=True)``; the hash,
the config and the data key inside). A second call loads it and trains nothing; every real training
appends one JSON line to ``<results>/ddpm/fits.log`` (as the runner's ``fits.log``), so
:func:`read_ddpm_log` before and after shows what was trained.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import ImageSet, MedadError, Prediction, Setting, TrainSet
from medad_core.nn.training import TrainedDetector

__all__ = [
    "DDPMConfig",
    "DDPM",
    "train_ddpm",
    "get_ddpm",
    "ddpm_key",
    "images_key",
    "ddpm_images",
    "read_ddpm_log",
    "DDPM_VERSION",
    "DDPM_LOG",
]

#: version of the DDPM's computation (part of every checkpoint hash): bump when training changes
DDPM_VERSION = "1"
#: one JSON line per trained DDPM, under ``<results>/ddpm/``
DDPM_LOG = "fits.log"
_BETA_SCHEDULES = {"cosine": "squaredcos_cap_v2", "linear": "linear"}


@dataclass(frozen=True)
class DDPMConfig:
    """Network, schedule and training of one DDPM (defaults: DIA Sec. 4.2 and its code).

    Args:
        image_size: side the DDPM works at (DIA: 32; 64 and 128 for Table 3).
        channels: image channels (3: DIA's images are read as RGB).
        block_out_channels: U-Net widths per resolution (DIA code: ``dim=64, dim_mults=(1, 2, 4, 8)``).
        layers_per_block: ResNet layers per down block (lucidrains' U-Net has two).
        attention: self-attention in the middle block (lucidrains' U-Net has it there).
        norm_groups: GroupNorm groups (must divide every width).
        timesteps: T (1000).
        beta_schedule: ``"cosine"`` (DIA's library, default) or ``"linear"`` (Ho et al.).
        train_steps: optimiser steps (DIA: 25,000; "usable at around 12,500").
        batch_size: images per micro-batch (DIA: 256 / 128 / 32 at 32 / 64 / 128 px).
        grad_accum: micro-batches per step (DIA: 2).
        lr: Adam learning rate (DIA: 8e-5).
        ema_decay: EMA decay (DIA: 0.995).
        ema_update_every: steps between EMA updates (ema-pytorch: 10).
        ema_update_after: steps during which the EMA copies the weights (ema-pytorch: 100).
        loss: ``"l1"`` (DIA) or ``"l2"`` (Ho et al.).
        hflip: random horizontal flip, DIA's only augmentation.
    """

    image_size: int = 32
    channels: int = 3
    block_out_channels: tuple[int, ...] = (64, 128, 256, 512)
    layers_per_block: int = 2
    attention: bool = True
    norm_groups: int = 32
    timesteps: int = 1000
    beta_schedule: Literal["cosine", "linear"] = "cosine"
    train_steps: int = 25_000
    batch_size: int = 256
    grad_accum: int = 2
    lr: float = 8e-5
    ema_decay: float = 0.995
    ema_update_every: int = 10
    ema_update_after: int = 100
    loss: Literal["l1", "l2"] = "l1"
    hflip: bool = True

    def __post_init__(self) -> None:
        if self.beta_schedule not in _BETA_SCHEDULES:
            raise MedadError(f"DDPMConfig.beta_schedule must be 'cosine' or 'linear'; got {self.beta_schedule!r}")
        if self.loss not in ("l1", "l2"):
            raise MedadError(f"DDPMConfig.loss must be 'l1' or 'l2'; got {self.loss!r}")
        if any(w % self.norm_groups for w in self.block_out_channels):
            raise MedadError(
                f"DDPMConfig: norm_groups={self.norm_groups} must divide every width of {self.block_out_channels}"
            )
        if self.image_size % 2 ** (len(self.block_out_channels) - 1):
            raise MedadError(
                f"DDPMConfig: image_size {self.image_size} must be divisible by 2^(levels - 1) = "
                f"{2 ** (len(self.block_out_channels) - 1)} for block_out_channels {self.block_out_channels}"
            )
        if min(self.train_steps, self.batch_size, self.grad_accum, self.timesteps) < 1:
            raise MedadError("DDPMConfig: train_steps, batch_size, grad_accum and timesteps must be >= 1")
        object.__setattr__(self, "block_out_channels", tuple(int(w) for w in self.block_out_channels))

    def to_dict(self) -> dict[str, Any]:
        """The fields as JSON-ready values (tuples as lists)."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(self).items()}

    def replace(self, **changes: Any) -> DDPMConfig:
        """A copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)


class DDPM(nn.Module):
    """A DDPM: ``eps_theta`` (diffusers ``UNet2DModel``) and its noise schedule (``DDPMScheduler``).

    Args:
        config: the network and schedule.
    """

    def __init__(self, config: DDPMConfig):
        super().__init__()
        # diffusers takes seconds to import: only a DDPM pays for it, not every `medad` command
        from diffusers import DDPMScheduler, UNet2DModel  # noqa: PLC0415

        self.config = config
        levels = len(config.block_out_channels)
        self.unet = UNet2DModel(
            sample_size=config.image_size,
            in_channels=config.channels,
            out_channels=config.channels,
            block_out_channels=config.block_out_channels,
            layers_per_block=config.layers_per_block,
            down_block_types=("DownBlock2D",) * levels,
            up_block_types=("UpBlock2D",) * levels,
            norm_num_groups=config.norm_groups,
            add_attention=config.attention,
        )
        self.scheduler = DDPMScheduler(
            num_train_timesteps=config.timesteps, beta_schedule=_BETA_SCHEDULES[config.beta_schedule]
        )
        # abar_t as a buffer: it follows the module to the device and every step indexes it per image
        self.register_buffer("alphas_cumprod", self.scheduler.alphas_cumprod.clone().float(), persistent=False)
        #: what :meth:`describe` reports about where the weights came from (set by :func:`get_ddpm`)
        self.record: dict[str, Any] = {}

    def _abar(self, t: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
        t = torch.as_tensor(t, device=like.device).long().reshape(-1)
        if t.numel() == 1:
            t = t.expand(like.shape[0])
        if t.numel() != like.shape[0]:
            raise MedadError(f"DDPM: one t per image expected ({like.shape[0]}); got {t.numel()}")
        if int(t.min()) < 0 or int(t.max()) >= self.config.timesteps:
            raise MedadError(f"DDPM: t must lie in [0, {self.config.timesteps}); got {int(t.min())}..{int(t.max())}")
        return self.alphas_cumprod[t].view(-1, 1, 1, 1), t

    def eps(self, x_t: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """``eps_theta(x_t, t)``: the predicted noise of (B, C, s, s) images at steps ``t`` (B,)."""
        return self.unet(x_t, t).sample

    def forward(self, x_t: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """The predicted noise (:meth:`eps`)."""
        return self.eps(x_t, t)

    def add_noise(self, x0: torch.Tensor, t: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
        """``x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) noise`` (the closed form of Eq. 1-2).

        Args:
            x0: clean images in [-1, 1], (B, C, s, s).
            t: steps (B,) or one step for all.
            noise: standard normal noise of ``x0``'s shape.

        Returns:
            The noised images.
        """
        abar, _ = self._abar(t, x0)
        return abar.sqrt() * x0 + (1 - abar).sqrt() * noise

    def predict_x0(self, x_t: torch.Tensor, t: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
        """Eq. 4: ``x_hat_{t->0} = sqrt(1/abar_t) x_t - sqrt(1/abar_t - 1) eps_theta(x_t, t)`` (not clamped).

        Args:
            x_t: images at step ``t`` in the DDPM's range, (B, C, s, s).
            t: steps (B,) or one step for all.
            eps: the noise to remove (default: the network's prediction).

        Returns:
            The one-step estimate of ``x_0``.
        """
        abar, t = self._abar(t, x_t)
        if eps is None:
            eps = self.eps(x_t, t)
        return (1 / abar).sqrt() * x_t - (1 / abar - 1).sqrt() * eps

    @torch.no_grad()
    def dissolve(
        self,
        x0: torch.Tensor,
        t: torch.Tensor,
        *,
        size: int | None = None,
        input_range: Literal["rescale", "code"] = "rescale",
    ) -> torch.Tensor:
        """DIA's dissolving transformation D (Eq. 4 on the clean image ``x_t := x``), batched.

        The images are brought to the DDPM's side (smaller ones padded with zeros, as DIA's Pad(2)
        of 28-px MedMNIST; larger ones resized bilinearly), dissolved, and brought back (centre
        crop, or bilinear resize), so fine detail is lost in the down/up-sampling too (DIA Sec. 5.3).

        Args:
            x0: images in [0, 1], (B, C, H, W); 1-channel images are repeated to the DDPM's channels.
            t: one step per image (B,) (or one for all).
            size: the side to dissolve at (default: the DDPM's ``image_size``).
            input_range: ``"rescale"`` maps [0, 1] to the DDPM's [-1, 1] and back (default);
                ``"code"`` feeds the [0, 1] tensor and keeps the [-1, 1]-clamped output (DIA's code).

        Returns:
            The dissolved images, (B, C, H, W), in [0, 1] (``"code"``: clamped to [0, 1] as well).
        """
        side = size or self.config.image_size
        b, c, h, w = x0.shape
        x = x0.float()
        if c != self.config.channels:
            if c == 1:
                x = x.expand(-1, self.config.channels, -1, -1)
            else:
                raise MedadError(f"DDPM has {self.config.channels} channels; got {c}-channel images")
        pad = (side - h) // 2 if h == w and h < side and (side - h) % 2 == 0 else None
        if pad is not None:
            x = F.pad(x, (pad, pad, pad, pad))
        elif (h, w) != (side, side):
            x = F.interpolate(x, size=(side, side), mode="bilinear", align_corners=False)
        x_in = x * 2 - 1 if input_range == "rescale" else x
        out = self.predict_x0(x_in, t).clamp(-1, 1)
        out = (out + 1) / 2 if input_range == "rescale" else out.clamp(0, 1)
        if pad is not None:
            out = out[..., pad : pad + h, pad : pad + w]
        elif (h, w) != (side, side):
            out = F.interpolate(out, size=(h, w), mode="bilinear", align_corners=False).clamp(0, 1)
        if c == 1 and self.config.channels != 1:
            out = out.mean(dim=1, keepdim=True)
        return out

    def num_parameters(self) -> int:
        """Parameters of the U-Net."""
        return sum(p.numel() for p in self.unet.parameters())

    def describe(self) -> dict[str, Any]:
        """What a result row records about this DDPM: hash, steps, size, parameters, origin.

        Returns:
            ``{"hash", "train_steps", "image_size", "params", "block_out_channels", "loss",
            "beta_schedule", "source", "data_key", "seed", "weights"}`` (origin fields empty for a
            DDPM built by hand).
        """
        return {
            "hash": self.record.get("hash"),
            "train_steps": self.config.train_steps,
            "image_size": self.config.image_size,
            "params": self.num_parameters(),
            "block_out_channels": list(self.config.block_out_channels),
            "loss": self.config.loss,
            "beta_schedule": self.config.beta_schedule,
            "source": self.record.get("source", "built"),
            "data_key": self.record.get("data_key"),
            "seed": self.record.get("seed"),
            "weights": self.record.get("weights", "ema"),
            "n_images": self.record.get("n_images"),
        }


# -- training through medad's loop --------------------------------------------------------------
class _DDPMTraining(TrainedDetector):
    """The DDPM's training as hooks of the one training loop (not a registered method)."""

    name = "ddpm"
    settings = frozenset({Setting.ONE_CLASS})

    def __init__(self, config: DDPMConfig, images: torch.Tensor, **kwargs: Any):
        steps_per_epoch = min(100, config.train_steps)
        super().__init__(
            epochs=math.ceil(config.train_steps / steps_per_epoch),
            select_on_valid=False,
            max_steps=config.train_steps,
            **kwargs,
        )
        self.config = config
        self.images = images
        self.steps_per_epoch = steps_per_epoch

    def setup(self, train: TrainSet) -> None:
        """The DDPM, its EMA copy and the generator of batches, flips, steps and noise."""
        self.model = DDPM(self.config).to(self.device)
        self.ema = DDPM(self.config).to(self.device)
        self.ema.load_state_dict(self.model.state_dict())
        self.ema.requires_grad_(False)
        self.generator = torch.Generator(device=self.device).manual_seed(self.seed)

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam with the library trainer's betas (0.9, 0.99)."""
        return torch.optim.Adam(self.model.parameters(), lr=self.config.lr, betas=(0.9, 0.99))

    def valid_selector(self, train: TrainSet) -> None:
        """No selection: the DDPM keeps its last (EMA) weights."""
        return None

    def train_batches(self, train: TrainSet, epoch: int) -> Iterator[torch.Tensor]:
        """``steps_per_epoch`` batches of ``batch_size * grad_accum`` images, a shuffled pass each time."""
        n = len(self.images)
        per_step = self.config.batch_size * self.config.grad_accum
        order = torch.empty(0, dtype=torch.long, device=self.device)
        for _ in range(self.steps_per_epoch):
            while len(order) < min(per_step, n):
                order = torch.cat([order, torch.randperm(n, generator=self.generator, device=self.device)])
            take = min(per_step, n)
            idx, order = order[:take], order[take:]
            yield self.images[idx]

    def training_step(self, batch: torch.Tensor, epoch: int) -> torch.Tensor:
        """L1 (or L2) between the drawn noise and ``eps_theta(x_t, t)``, t ~ U{0..T-1}."""
        g, x0 = self.generator, batch.float() * 2 - 1
        if self.config.hflip:
            flip = torch.rand(len(x0), generator=g, device=x0.device) < 0.5
            x0 = torch.where(flip.view(-1, 1, 1, 1), x0.flip(-1), x0)
        t = torch.randint(0, self.config.timesteps, (len(x0),), generator=g, device=x0.device)
        noise = torch.randn(x0.shape, generator=g, device=x0.device)
        pred = self.model.eps(self.model.add_noise(x0, t, noise), t)
        return F.l1_loss(pred, noise) if self.config.loss == "l1" else F.mse_loss(pred, noise)

    @torch.no_grad()
    def on_step_end(self, step: int, losses: dict[str, float]) -> None:
        """EMA update (ema-pytorch's schedule: copy, then every ``ema_update_every`` steps with warm-up)."""
        cfg = self.config
        if step <= cfg.ema_update_after:
            self.ema.load_state_dict(self.model.state_dict())
            return
        if step % cfg.ema_update_every:
            return
        k = step - cfg.ema_update_after - 1
        decay = min(cfg.ema_decay, 1 - (1 + k) ** (-2 / 3)) if k > 0 else 0.0
        ema_params = list(self.ema.parameters())
        torch._foreach_lerp_(ema_params, list(self.model.parameters()), 1 - decay)
        for ema_buf, buf in zip(self.ema.buffers(), self.model.buffers(), strict=True):
            ema_buf.copy_(buf)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:  # pragma: no cover - never predicts
        raise MedadError("the DDPM trainer does not score images")


def _resize_to(images: torch.Tensor, side: int, channels: int) -> torch.Tensor:
    if images.shape[1] == 1 and channels == 3:
        images = images.expand(-1, 3, -1, -1)
    elif images.shape[1] != channels:
        raise MedadError(f"the DDPM has {channels} channels; got {images.shape[1]}-channel images")
    h, w = images.shape[-2:]
    if h == w and h < side and (side - h) % 2 == 0:  # DIA's Pad(2) of 28-px MedMNIST to 32
        p = (side - h) // 2
        return F.pad(images, (p, p, p, p))
    if (h, w) != (side, side):
        images = F.interpolate(images, size=(side, side), mode="bilinear", align_corners=False, antialias=True)
    return images.clamp(0, 1)


def ddpm_images(images: ImageSet | torch.Tensor, config: DDPMConfig, device: str = "cpu") -> torch.Tensor:
    """The DDPM's training tensor: ``images`` at its side and channels, in [0, 1], on ``device``.

    Args:
        images: an image set (streamed in batches) or an (N, C, H, W) tensor in [0, 1].
        config: the DDPM (its ``image_size`` and ``channels``).
        device: where the tensor goes.

    Returns:
        (N, channels, image_size, image_size) float32.
    """
    if isinstance(images, torch.Tensor):
        return _resize_to(images.to(device).float(), config.image_size, config.channels)
    if len(images) == 0:
        raise MedadError("the DDPM needs at least one training image")
    parts = [
        _resize_to(b["image"].float(), config.image_size, config.channels) for b in images.batches(256, device=device)
    ]
    return torch.cat(parts)


def images_key(images: torch.Tensor) -> str:
    """A content hash of the DDPM's training tensor (what :func:`get_ddpm` keys a checkpoint on).

    Args:
        images: the training tensor (:func:`ddpm_images`).

    Returns:
        16 hex digits of the SHA-256 of its shape and its values rounded to 8 bits.
    """
    quantised = (images.detach().float().clamp(0, 1) * 255).round().to(torch.uint8).cpu().numpy()
    digest = hashlib.sha256(str(tuple(quantised.shape)).encode())
    digest.update(np.ascontiguousarray(quantised).tobytes())
    return digest.hexdigest()[:16]


def train_ddpm(
    images: torch.Tensor, config: DDPMConfig, seed: int = 0, device: str = "cpu", progress: bool = False
) -> DDPM:
    """Train a DDPM on ``images`` with medad's training loop; returns the EMA model in eval mode.

    Args:
        images: (N, C, s, s) training images in [0, 1] at the config's side (:func:`ddpm_images`).
        config: network, schedule and training.
        seed: seeds the initial weights, the batches, flips, steps and noise.
        device: ``"cpu"`` or ``"cuda"``.
        progress: draw the loop's progress bar.

    Returns:
        The EMA DDPM (``record`` holds ``train_seconds`` and the loop's final loss).
    """
    if images.ndim != 4 or tuple(images.shape[1:]) != (config.channels, config.image_size, config.image_size):
        raise MedadError(
            f"train_ddpm expects (N, {config.channels}, {config.image_size}, {config.image_size}) images; "
            f"got {tuple(images.shape)} (use ddpm_images to bring them to the DDPM's size)"
        )
    images = images.to(device).float()
    trainer = _DDPMTraining(config, images, device=device, seed=seed, progress=progress, batch_size=config.batch_size)
    holder = ImageSet.from_tensors(images[:1].cpu(), [0], name="ddpm")
    start = time.perf_counter()
    # fork the global generators: a DDPM trained inside a method's fit leaves its random state as
    # a loaded one would
    cuda = torch.device(device)
    with torch.random.fork_rng(devices=[cuda.index or 0] if cuda.type == "cuda" else []):
        trainer.fit(TrainSet(Setting.ONE_CLASS, normal=holder))
    ddpm = trainer.ema.eval()
    #: the non-EMA weights (DIA's code dissolves with them; :func:`get_ddpm` stores both)
    ddpm.online_state = {k: v.detach().cpu().clone() for k, v in trainer.model.unet.state_dict().items()}
    ddpm.record = {
        "train_seconds": time.perf_counter() - start,
        "final_loss": trainer.fit_info.get("final_loss"),
        "steps": trainer.fit_info.get("steps"),
    }
    return ddpm


def ddpm_key(config: DDPMConfig, seed: int, key: str) -> str:
    """The checkpoint hash of a DDPM: its config, seed, training data key and :data:`DDPM_VERSION`.

    Args:
        config: the DDPM.
        seed: its training seed.
        key: the training data's key (:func:`images_key`).

    Returns:
        16 hex digits.
    """
    ident = {"config": config.to_dict(), "seed": int(seed), "data_key": key, "ddpm_version": DDPM_VERSION}
    return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:16]


def _results_root(root: str | os.PathLike | None) -> Path:
    from medad_core.runner import results_dir  # noqa: PLC0415 - the runner imports the methods

    return results_dir(root) / "ddpm"


def read_ddpm_log(root: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """The entries of ``<results>/ddpm/fits.log``, one per trained DDPM, oldest first.

    Args:
        root: the results folder (default: the runner's).

    Returns:
        The entries.
    """
    path = _results_root(root) / DDPM_LOG
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def get_ddpm(
    images: ImageSet | torch.Tensor,
    config: DDPMConfig,
    *,
    seed: int,
    device: str = "cpu",
    data_key: str | None = None,
    root: str | os.PathLike | None = None,
    weights: Literal["ema", "model"] = "ema",
    progress: bool = False,
) -> DDPM:
    """The DDPM of (data, config, seed): loaded from ``<results>/ddpm/<hash>.pt``, else trained and stored.

    Args:
        images: the DDPM's training images in [0, 1] (any size; :func:`ddpm_images` resizes them).
        config: network, schedule and training.
        seed: the DDPM's training seed.
        device: where the model goes (and trains).
        data_key: a key of the training data; default the content hash of the resized images
            (:func:`images_key`), so the same images give the same checkpoint whatever their source.
        root: the results folder (default ``$MEDAD_RESULTS`` or ``results/``, as the runner).
        weights: ``"ema"`` (the EMA weights, default) or ``"model"`` (the non-EMA weights); one
            checkpoint holds both.
        progress: draw the training's progress bar.

    Returns:
        The DDPM in eval mode, gradients off; ``describe()`` says which checkpoint it is and
        ``record["source"]`` whether it was ``"trained"`` now or ``"cache"``.

    Raises:
        MedadError: a checkpoint whose stored hash or config does not match its name.
    """
    if weights not in ("ema", "model"):
        raise MedadError(f"get_ddpm: weights must be 'ema' or 'model'; got {weights!r}")
    tensor = ddpm_images(images, config, device)
    key = data_key or images_key(tensor)
    digest = ddpm_key(config, seed, key)
    folder = _results_root(root)
    path = folder / f"{digest}.pt"
    origin = {"hash": digest, "data_key": key, "seed": int(seed), "n_images": len(tensor), "path": str(path)}
    lease = _wait_for_lease(root, digest, path)
    try:
        return _load_or_train(tensor, config, seed, device, weights, progress, path, folder, origin)
    finally:
        if lease is not None:
            lease.release()


def _wait_for_lease(root: str | os.PathLike | None, digest: str, path: Path):
    """The lease of DDPM ``digest`` (None once its checkpoint exists): one trainer per DDPM across workers."""
    from medad_core.runner import acquire_lease, results_dir  # noqa: PLC0415 - the runner imports the methods

    while not path.is_file():
        # the runner's leases (heartbeat, stale take-over): two batch workers never train the same DDPM
        lease = acquire_lease(results_dir(root), f"ddpm-{digest}", run_label=f"ddpm {digest}")
        if lease is not None:
            return lease
        time.sleep(1.0)
    return None


def _load_or_train(
    tensor: torch.Tensor,
    config: DDPMConfig,
    seed: int,
    device: str,
    weights: str,
    progress: bool,
    path: Path,
    folder: Path,
    origin: dict[str, Any],
) -> DDPM:
    digest, key = origin["hash"], origin["data_key"]
    if path.is_file():
        payload = torch.load(path, map_location=device, weights_only=True)
        if payload.get("hash") != digest or payload.get("config") != config.to_dict():
            raise MedadError(
                f"DDPM checkpoint {path} does not hold the DDPM it is named after (stored hash "
                f"{payload.get('hash')!r}); delete it to retrain"
            )
        ddpm = DDPM(config).to(device)
        ddpm.unet.load_state_dict(payload["state_dict" if weights == "ema" else "model_state_dict"])
        ddpm.record = {**origin, "source": "cache", "train_seconds": payload.get("train_seconds")}
    else:
        from medad_core.runner import NotCached, is_cache_only  # noqa: PLC0415 - the runner imports the methods

        if is_cache_only():
            raise NotCached(f"not in the results cache: the DDPM {digest} ({key}), which its chapter trains")
        ddpm = train_ddpm(tensor, config, seed=seed, device=device, progress=progress)
        ddpm.record.update(origin, source="trained")
        payload = {
            "hash": digest,
            "config": config.to_dict(),
            "data_key": key,
            "seed": int(seed),
            "n_images": len(tensor),
            "ddpm_version": DDPM_VERSION,
            "train_seconds": float(ddpm.record["train_seconds"]),
            "state_dict": {k: v.detach().cpu() for k, v in ddpm.unet.state_dict().items()},
            "model_state_dict": ddpm.online_state,
        }
        _atomic_save(payload, path)
        _log_training(folder, ddpm.record)
        if weights == "model":
            ddpm.unet.load_state_dict(ddpm.online_state)
    ddpm.record["weights"] = weights
    ddpm.eval().requires_grad_(False)
    return ddpm


def _atomic_save(payload: dict[str, Any], path: Path) -> None:
    from medad_core.runner import unique_temp_path  # noqa: PLC0415 - the runner imports the methods

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = unique_temp_path(path)
    try:
        torch.save(payload, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _log_training(folder: Path, record: dict[str, Any]) -> None:
    entry = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "hash": record["hash"],
        "data_key": record["data_key"],
        "seed": record["seed"],
        "n_images": record["n_images"],
        "steps": record.get("steps"),
        "train_seconds": round(float(record["train_seconds"]), 3),
    }
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / DDPM_LOG, "a") as handle:
        handle.write(json.dumps(entry, sort_keys=True) + "\n")
