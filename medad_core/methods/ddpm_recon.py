"""The thesis's DDPM baseline (Ch. 4, Tables 4.1-4.4, "DDPM [16]") as one-class partial-diffusion reconstruction.

The thesis cites Wolleb et al. (MICCAI 2022, "Diffusion models for medical anomaly detection") and
says nothing about how it ran it. Wolleb's method is weakly supervised: DDIM encoding of the image
to noise level L, then classifier-guided DDIM decoding towards "healthy", with a classifier trained
on healthy and diseased images; unguided DDIM encoding and decoding returns the input almost
exactly. The tables' setting has normal training images only, so medad reads the row as the
one-class partial-diffusion reconstruction of AnoDDPM (Wyatt et al. 2022), the unguided relative of
Wolleb's method (``papers-round2.md`` C.4):

1. a DDPM (Ho et al.) trained on the normal training images (:func:`medad_core.nn.diffusion.get_ddpm`,
   cached per data, config and seed): T = 1000, linear betas 1e-4 -> 0.02 (Wolleb's and AnoDDPM's
   schedule), noise-prediction objective with the MSE loss (Ho et al.);
2. at test time the image is noised to ``t_0`` (``q(x_{t_0} | x_0)``; Wolleb's L = 500 on BraTS,
   AnoDDPM's 250 of 1000: ``t0 = 250``) and denoised back to ``x_hat``: ``denoise="ancestral"``
   runs the ``t_0`` reverse steps ``p(x_{t-1} | x_t)`` (posterior variance ``beta~_t``), ``"one_step"``
   the one-step estimate ``x_hat = (x_t - sqrt(1 - abar_t) eps) / sqrt(abar_t)`` (fast, blurrier);
3. anomaly map ``|x - x_hat|`` summed over channels, Gaussian-smoothed (sigma 4), at the input size;
   image score = the map's maximum.

The reconstruction noise is drawn from a generator seeded with the detector's seed, so a
prediction repeats. AnoDDPM's simplex noise is not implemented (Gaussian noise only). Every choice
here is a reading: the thesis gives no protocol for this row (the chapter says so).
"""

from __future__ import annotations

from typing import Any, Literal

import torch
import torch.nn.functional as F

from medad_core.api import Detector, MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import check_training_images, map_prediction
from medad_core.nn.anomaly_map import anomaly_map
from medad_core.nn.diffusion import DDPM, DDPMConfig, get_ddpm
from medad_core.registry import register

__all__ = ["DDPMRecon", "partial_diffusion"]


@torch.no_grad()
def partial_diffusion(
    ddpm: DDPM, x0: torch.Tensor, t0: int, generator: torch.Generator, denoise: str = "ancestral"
) -> torch.Tensor:
    """Noise ``x0`` (in [-1, 1]) to step ``t0`` and denoise it back (module docstring, step 2).

    Args:
        ddpm: the trained DDPM.
        x0: (B, C, s, s) images in the DDPM's range.
        t0: the noise step (0-based, < T).
        generator: draws the forward noise and the reverse steps' noise.
        denoise: ``ancestral`` (t0 reverse steps) or ``one_step`` (the closed-form estimate).

    Returns:
        ``x_hat`` (B, C, s, s), clamped to [-1, 1].
    """
    noise = torch.randn(x0.shape, generator=generator, device=x0.device)
    x = ddpm.add_noise(x0, torch.tensor(t0, device=x0.device), noise)
    if denoise == "one_step":
        return ddpm.predict_x0(x, torch.tensor(t0, device=x0.device)).clamp(-1, 1)
    abar = ddpm.alphas_cumprod
    betas = 1 - abar / torch.cat([abar.new_ones(1), abar[:-1]])
    for t in range(t0, -1, -1):
        step = torch.full((len(x),), t, device=x.device, dtype=torch.long)
        eps = ddpm.eps(x, step)
        # posterior mean of p(x_{t-1} | x_t): (x_t - beta_t / sqrt(1 - abar_t) eps) / sqrt(alpha_t)
        mean = (x - betas[t] / (1 - abar[t]).sqrt() * eps) / (1 - betas[t]).sqrt()
        if t == 0:
            x = mean
            break
        var = betas[t] * (1 - abar[t - 1]) / (1 - abar[t])  # beta~_t (Ho et al.'s fixed-small variance)
        x = mean + var.sqrt() * torch.randn(x.shape, generator=generator, device=x.device)
    return x.clamp(-1, 1)


@register("ddpm_recon", "anoddpm")
class DDPMRecon(Detector):
    """One-class partial-diffusion reconstruction with the project's DDPM (module docstring).

    Args:
        image_size: side the DDPM works at (256, the thesis's image size; the data is read at it).
        t0: noise step of the reconstruction (250 of 1000).
        denoise: ``ancestral`` or ``one_step``.
        timesteps: T.
        beta_schedule: ``linear`` (Wolleb, AnoDDPM) or ``cosine`` (DIA's DDPM).
        widths: the U-Net's block widths.
        layers_per_block: ResNet layers per U-Net block.
        norm_groups: GroupNorm groups.
        attention: self-attention in the U-Net's middle block.
        train_steps: DDPM optimiser steps (unstated; 25,000 as the DIA DDPM).
        ddpm_batch: DDPM training batch.
        lr: DDPM learning rate (Wolleb: 1e-4).
        loss: ``l2`` (Ho et al.) or ``l1``.
        sigma: Gaussian blur of the map in pixels (4; 0: off).
        ddpm_seed: the DDPM's training seed (None: the detector's seed).
        **kwargs: :class:`~medad_core.api.Detector` parameters; ``max_steps`` (the paper-profile dry run)
            caps the DDPM's training steps and the reverse steps of prediction.
        **_: unused: :class:`~medad_core.api.Detector` parameters.
    """

    name = "ddpm"
    settings = frozenset({Setting.ONE_CLASS, Setting.CLIP_RECONSTRUCTION})
    localizes = True
    paper = "thesis Ch. 4 baseline 'DDPM [16]' (Wolleb et al. MICCAI 2022), read as AnoDDPM-style partial diffusion"
    version = "1"
    profile_params = {
        "smoke": {
            "image_size": 32,
            "timesteps": 100,
            "t0": 10,
            "widths": (8, 16),
            "layers_per_block": 1,
            "norm_groups": 4,
            "attention": False,
            "train_steps": 4,
            "ddpm_batch": 8,
            "lr": 1e-3,
        },
        "quick": {
            "image_size": 32,
            "timesteps": 100,
            "t0": 10,
            "widths": (16, 32, 32),
            "layers_per_block": 1,
            "norm_groups": 8,
            "attention": False,
            "train_steps": 60,
            "ddpm_batch": 16,
            "lr": 1e-3,
            "ddpm_seed": 0,
        },
        "paper": {"image_size": 256},
    }

    def __init__(
        self,
        image_size: int = 256,
        t0: int = 250,
        denoise: Literal["ancestral", "one_step"] = "ancestral",
        timesteps: int = 1000,
        beta_schedule: Literal["linear", "cosine"] = "linear",
        widths: tuple[int, ...] = (64, 128, 256, 512),
        layers_per_block: int = 2,
        norm_groups: int = 32,
        attention: bool = True,
        train_steps: int = 25_000,
        ddpm_batch: int = 16,
        lr: float = 1e-4,
        loss: Literal["l1", "l2"] = "l2",
        sigma: float = 4.0,
        ddpm_seed: int | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.image_size = image_size
        self.t0 = t0
        self.denoise = denoise
        self.timesteps = timesteps
        self.beta_schedule = beta_schedule
        self.widths = tuple(widths)
        self.layers_per_block = layers_per_block
        self.norm_groups = norm_groups
        self.attention = attention
        self.train_steps = train_steps
        self.ddpm_batch = ddpm_batch
        self.lr = lr
        self.loss = loss
        self.sigma = sigma
        self.ddpm_seed = ddpm_seed
        self.ddpm_record: dict[str, Any] = {}

    def ddpm_config(self, channels: int) -> DDPMConfig:
        """The DDPM of this run (``max_steps`` caps its training: a dry run trains one step).

        Args:
            channels: the training images' channels.

        Returns:
            The config.
        """
        steps = self.train_steps if self.max_steps is None else min(self.train_steps, self.max_steps)
        return DDPMConfig(
            image_size=self.image_size,
            channels=channels,
            block_out_channels=self.widths,
            layers_per_block=self.layers_per_block,
            attention=self.attention,
            norm_groups=self.norm_groups,
            timesteps=self.timesteps,
            beta_schedule=self.beta_schedule,
            train_steps=steps,
            batch_size=self.ddpm_batch,
            grad_accum=1,
            lr=self.lr,
            loss=self.loss,
            hflip=False,
        )

    def _build(self, shape: tuple[int, int, int]) -> None:
        """An untrained DDPM for (C, H, W) images.

        Args:
            shape: the training images' (C, H, W).
        """
        if self.denoise not in ("ancestral", "one_step"):
            raise MedadError(f"ddpm: denoise must be 'ancestral' or 'one_step'; got {self.denoise!r}")
        if not 0 <= self.t0 < self.timesteps:
            raise MedadError(f"ddpm: t0 must lie in [0, timesteps={self.timesteps}); got {self.t0}")
        self.channels = int(shape[0])
        self.model = DDPM(self.ddpm_config(self.channels)).to(self.device)

    def _fit(self, train: TrainSet) -> None:
        spec = check_training_images(train, self.name, min_size=8)
        self._build((spec.channels, spec.height, spec.width))
        seed = self.seed if self.ddpm_seed is None else self.ddpm_seed
        ddpm = get_ddpm(train.normal, self.ddpm_config(self.channels), seed=seed, device=self.device)
        self.model.load_state_dict(ddpm.state_dict())
        self.model.eval().requires_grad_(False)
        self.ddpm_record = ddpm.describe()
        self.weights_used = "trained here (DDPM from scratch)"
        self.fit_info = {"ddpm": self.ddpm_record}

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        if images.shape[1] != self.channels:
            raise MedadError(
                f"{self.name}: fitted on {self.channels}-channel images but got {images.shape[1]}-channel input"
            )
        size = images.shape[-2:]
        x = images.float()
        if tuple(size) != (self.image_size, self.image_size):
            x = F.interpolate(x, size=(self.image_size, self.image_size), mode="bilinear", align_corners=False)
        generator = torch.Generator(device=x.device).manual_seed(self.seed)
        # a dry run (max_steps set) also shortens the reverse chain: it checks the configuration, not the numbers
        t0 = self.t0 if self.max_steps is None else min(self.t0, max(self.max_steps - 1, 0))
        x_hat = (partial_diffusion(self.model, x * 2 - 1, t0, generator, self.denoise) + 1) / 2
        residual = (x - x_hat).abs().sum(dim=1)  # |x - x_hat|, summed over channels
        return map_prediction(anomaly_map(residual, size, self.sigma))
