"""DIA: "Dissolving Is Amplifying: Towards Fine-Grained Anomaly Detection" (one-class setting).

DIA = :class:`~medad_core.methods.csi.CSI` + a third, dissolved branch (Sec. 3.2):

* Dissolving D (Eq. 4, :meth:`medad_core.nn.diffusion.DDPM.dissolve`): one reverse step of a DDPM
  trained on the normal training images, from t straight to x_0, applied to the clean image (no
  noise added): ``x_hat_{t->0} = sqrt(1/abar_t) x - sqrt(1/abar_t - 1) eps_theta(x, t)``, at
  ``dissolve_size`` (32 px; 64 / 128 for Table 3) with a resize back. ``t ~ U(30, 130)`` per image
  (Sec. 4.1; U(100, 200) for Kvasir-Polyp: ``t_range=(100, 200)``). ``t_sampling="code"`` is DIA's
  code instead: ``t = floor(100 * U(0.3, 1.0))`` (30..99), one t per shift per batch, K dissolves.
  ``dissolve="gaussian_blur"`` is the control of DIA's README (a Gaussian blur at the dissolving size,
  sigma ~ U(``blur_sigma``) per image; no DDPM).
* Branch A (Eq. 5): ``A_k = T o S_k o D``: each image gets its own flip, is dissolved, then shifted
  by every S_k and augmented by its own draw of T; 3BK views in all.
* Feature-amplified NT-Xent (Eq. 6-7, :func:`medad_core.nn.contrastive.nt_xent` with
  ``dissolved=True``): positives only (O_k(x), O'_k(x)); every dissolved view is a negative (Fig. 3's
  red region); the sum over the 2BK anchors is divided by 3BK (the code's normaliser; the printed
  ``1/|{x+}|`` is a garble, notes B.2.4). ``neg_mask="shifted_removed"``: the later code's mask.
* Shift loss (Eq. 8) over all 3BK views (dissolved views carry their shift label);
  ``L_DIA = L_con + gamma * L_cls``, gamma 1 (Eq. 9).
* Score: CSI's (Eq. 10), rotations and T only, no dissolving; weights from the training images.

The DDPM (:func:`medad_core.nn.diffusion.get_ddpm`) is trained on the normal training images (a
fraction ``ddpm_fraction`` = gamma of them, Fig. 4: the first ``ceil(gamma N)`` of a permutation
drawn from ``ddpm_seed``) once per (data, DDPM config, DDPM seed) and cached under
``results/ddpm/``; every DIA run that needs it loads it. ``ddpm_seed=None`` (paper) trains one
DDPM per model seed, as the issue's "once per dataset and seed"; the quick profile sets
``ddpm_seed=0`` so the three model seeds share one DDPM (its cost once per dataset). The row's
``fit_info["ddpm"]`` records which DDPM was used (hash, steps, size, parameters, whether it was
trained now or loaded). ``ddpm_weights="model"`` uses the non-EMA weights (DIA's code loads
``state_dict["model"]``); the default uses the EMA weights (the library's sampling weights).

Paper vs code (the chapter's table of differences; defaults follow the paper):

| item | paper | code | here |
|---|---|---|---|
| t | U(30, 130); Kvasir U(100, 200) | floor(100 U(0.3, 1)), one per shift and batch | paper; ``t_sampling="code"`` |
| DDPM input | DDPM's [-1, 1] | the [0, 1] tensor | rescale; ``dissolve_range="code"`` |
| lr | LARS 0.001, cosine | 0.1, x10 warm-up 10 epochs | paper; ``lr=0.1, warmup_epochs=10`` |
| epochs | "best within 200", 200 samples each | 1,000 of 200 batches | 200 of 200 batches |
| L_con normaliser | 1/(3BK) 1/abs(x+) | 1/(3BK) | code (garble) |
| negatives | Eq. 6: every non-self pair | two versions | Eq. 6; ``neg_mask="shifted_removed"`` |
| checkpoint | not stated | best on the **test** split | last epoch; ``select_on_valid=True``: valid split |
| DDPM weights | not stated | non-EMA | EMA; ``ddpm_weights="model"`` |
| DDPM size | Table 4: ~8.7 M | lucidrains Unet(64, (1, 2, 4, 8)), 36 M | same widths in diffusers, 56.6 M |
"""

from __future__ import annotations

import math
from typing import Any, Literal

import torch
import torch.nn.functional as F

from medad_core.api import MedadError, TrainSet
from medad_core.methods.csi import CSI, _rgb
from medad_core.nn.contrastive import hflip, shift, shift_views
from medad_core.nn.diffusion import DDPM, DDPMConfig, get_ddpm
from medad_core.registry import register
from medad_core.seeding import seed_everything

__all__ = ["DIA", "gaussian_blur"]

#: DIA Sec. 4.2: the DDPM's batch per resolution
_DDPM_BATCH = {32: 256, 64: 128, 128: 32}


def gaussian_blur(images: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """A separable Gaussian blur with one sigma per image (reflect padding), batched.

    Args:
        images: (B, C, H, W).
        sigma: (B,) standard deviations in pixels.

    Returns:
        The blurred batch.
    """
    b, c, h, w = images.shape
    radius = max(1, int(math.ceil(3 * float(sigma.max()))))
    radius = min(radius, (min(h, w) - 1))
    offsets = torch.arange(-radius, radius + 1, device=images.device, dtype=images.dtype)
    kernel = torch.exp(-(offsets.view(1, -1) ** 2) / (2 * sigma.view(-1, 1).clamp_min(1e-3) ** 2))
    kernel = (kernel / kernel.sum(dim=1, keepdim=True)).repeat_interleave(c, dim=0)  # (B C, k)
    x = F.pad(images.reshape(1, b * c, h, w), (radius, radius, radius, radius), mode="reflect")
    x = F.conv2d(x, kernel.view(b * c, 1, 1, -1), groups=b * c)
    x = F.conv2d(x, kernel.view(b * c, 1, -1, 1), groups=b * c)
    return x.view(b, c, h, w)


@register()
class DIA(CSI):
    """DIA: CSI with the dissolved branch and the feature-amplified NT-Xent (module docstring)."""

    name = "dia"
    paper = "DIA (Dissolving Is Amplifying), Sec. 3-4, Eq. 4-10"
    version = "1"
    n_branches = 3
    profile_params: dict[str, dict[str, Any]] = {
        "smoke": {
            **CSI.profile_params["smoke"],
            "ddpm_widths": (8, 16),
            "ddpm_layers": 1,
            "ddpm_norm_groups": 4,
            "ddpm_attention": False,
            "ddpm_steps": 4,
            "ddpm_batch": 8,
            "ddpm_lr": 1e-3,
            "ddpm_seed": 0,
        },
        # a 67 k-parameter U-Net trained ~4 CPU-s (60 steps of 16 at 32 px) once per dataset and
        # resolution, shared by the three model seeds (ddpm_seed 0) and by Rotate / Perm
        "quick": {
            **CSI.profile_params["quick"],
            "ddpm_widths": (8, 16, 16),
            "ddpm_layers": 1,
            "ddpm_norm_groups": 4,
            "ddpm_attention": False,
            "ddpm_steps": 60,
            "ddpm_batch": 16,
            "ddpm_lr": 2e-3,
            "ddpm_seed": 0,
        },
        # DIA Sec. 4.2 and the code's U-Net widths; CSI's schedule
        "paper": {**CSI.profile_params["paper"]},
    }

    def __init__(
        self,
        dissolve: Literal["ddpm", "gaussian_blur"] = "ddpm",
        t_range: tuple[int, int] = (30, 130),
        t_sampling: Literal["per_image", "code"] = "per_image",
        dissolve_size: int = 32,
        dissolve_range: Literal["rescale", "code"] = "rescale",
        blur_sigma: tuple[float, float] = (0.5, 2.0),
        neg_mask: Literal["eq6", "shifted_removed"] = "eq6",
        ddpm_fraction: float = 1.0,
        ddpm_seed: int | None = None,
        ddpm_weights: Literal["ema", "model"] = "ema",
        ddpm_widths: tuple[int, ...] = (64, 128, 256, 512),
        ddpm_layers: int = 2,
        ddpm_norm_groups: int = 32,
        ddpm_attention: bool = True,
        ddpm_steps: int = 25_000,
        ddpm_batch: int | None = None,
        ddpm_lr: float = 8e-5,
        ddpm_loss: Literal["l1", "l2"] = "l1",
        **kwargs: Any,
    ):
        """DIA's parameters (and CSI's, ``**kwargs``).

        Args:
            dissolve: ``"ddpm"`` (Eq. 4) or ``"gaussian_blur"`` (the README's control).
            t_range: [low, high] of the per-image t (30, 130); Kvasir-Polyp (100, 200).
            t_sampling: ``"per_image"`` (t ~ U(t_range) per image) or ``"code"`` (module docstring).
            dissolve_size: the DDPM's side (Table 3: 32, 64, 128).
            dissolve_range: ``"rescale"`` ([0, 1] -> [-1, 1]) or ``"code"`` (the [0, 1] tensor).
            blur_sigma: sigma range of the blur control, in pixels at ``dissolve_size``.
            neg_mask: ``"eq6"`` or ``"shifted_removed"`` (:func:`~medad_core.nn.contrastive.contrastive_targets`).
            ddpm_fraction: gamma of Fig. 4, the fraction of the normal images the DDPM trains on.
            ddpm_seed: the DDPM's seed (None: the model's seed).
            ddpm_weights: ``"ema"`` or ``"model"`` (the non-EMA weights, DIA's code).
            ddpm_widths: U-Net widths (code: 64 x (1, 2, 4, 8)).
            ddpm_layers: ResNet layers per U-Net block (2).
            ddpm_norm_groups: GroupNorm groups of the U-Net (32).
            ddpm_attention: the U-Net's middle attention.
            ddpm_steps: the DDPM's training steps (25,000).
            ddpm_batch: its batch (None: 256 / 128 / 32 at 32 / 64 / 128 px, Sec. 4.2).
            ddpm_lr: its Adam learning rate (8e-5).
            ddpm_loss: ``"l1"`` (Sec. 4.2) or ``"l2"``.
            **kwargs: CSI's parameters.
        """
        super().__init__(**kwargs)
        self.dissolve = dissolve
        self.t_range = tuple(t_range)
        self.t_sampling = t_sampling
        self.dissolve_size = dissolve_size
        self.dissolve_range = dissolve_range
        self.blur_sigma = tuple(blur_sigma)
        self.neg_mask = neg_mask
        self.ddpm_fraction = ddpm_fraction
        self.ddpm_seed = ddpm_seed
        self.ddpm_weights = ddpm_weights
        self.ddpm_widths = tuple(ddpm_widths)
        self.ddpm_layers = ddpm_layers
        self.ddpm_norm_groups = ddpm_norm_groups
        self.ddpm_attention = ddpm_attention
        self.ddpm_steps = ddpm_steps
        self.ddpm_batch = ddpm_batch
        self.ddpm_lr = ddpm_lr
        self.ddpm_loss = ddpm_loss
        self.ddpm: DDPM | None = None
        self.ddpm_record: dict[str, Any] = {}

    def ddpm_config(self) -> DDPMConfig:
        """The DDPM this run dissolves with (``max_steps`` also caps its training: a dry run trains 1 step)."""
        steps = self.ddpm_steps if self.max_steps is None else min(self.ddpm_steps, self.max_steps)
        return DDPMConfig(
            image_size=self.dissolve_size,
            channels=3,
            block_out_channels=self.ddpm_widths,
            layers_per_block=self.ddpm_layers,
            attention=self.ddpm_attention,
            norm_groups=self.ddpm_norm_groups,
            train_steps=steps,
            batch_size=self.ddpm_batch or _DDPM_BATCH.get(self.dissolve_size, 32),
            lr=self.ddpm_lr,
            loss=self.ddpm_loss,
        )

    def _build(self, shape: tuple[int, int, int]) -> None:
        """CSI's network and, for ``dissolve="ddpm"``, an untrained DDPM of :meth:`ddpm_config`."""
        if self.dissolve not in ("ddpm", "gaussian_blur"):
            raise MedadError(f"dia: dissolve must be 'ddpm' or 'gaussian_blur'; got {self.dissolve!r}")
        low, high = self.t_range
        if not 0 <= low <= high < 1000:
            raise MedadError(f"dia: t_range must be 0 <= low <= high < 1000; got {self.t_range}")
        if not 0 < self.ddpm_fraction <= 1:
            raise MedadError(f"dia: ddpm_fraction must lie in (0, 1]; got {self.ddpm_fraction}")
        super()._build(shape)
        self.ddpm = DDPM(self.ddpm_config()).to(self.device) if self.dissolve == "ddpm" else None

    def setup(self, train: TrainSet) -> None:
        """CSI's generators, then the DDPM: loaded from the cache, or trained once and stored."""
        super().setup(train)
        if self.dissolve != "ddpm":
            self.ddpm_record = {"dissolve": self.dissolve, "blur_sigma": list(self.blur_sigma)}
            return
        ddpm_seed = self.seed if self.ddpm_seed is None else self.ddpm_seed
        normal = train.normal
        if self.ddpm_fraction < 1:
            n = len(normal)
            keep = max(1, math.ceil(self.ddpm_fraction * n))
            order = torch.randperm(n, generator=torch.Generator().manual_seed(ddpm_seed))[:keep]
            normal = normal.subset(order.sort().values.numpy())
        ddpm = get_ddpm(normal, self.ddpm_config(), seed=ddpm_seed, device=self.device, weights=self.ddpm_weights)
        self.ddpm.load_state_dict(ddpm.state_dict())
        self.ddpm.eval().requires_grad_(False)
        self.ddpm.record = dict(ddpm.record)
        self.ddpm_record = {**ddpm.describe(), "fraction": self.ddpm_fraction}
        # a DDPM trained now or loaded from the cache leaves the same random state behind
        seed_everything(self.seed + 1)

    def _fit(self, train: TrainSet) -> None:
        super()._fit(train)
        self.fit_info["ddpm"] = dict(self.ddpm_record)

    def _t(self, n: int, device) -> torch.Tensor:
        low, high = self.t_range
        return torch.randint(low, high + 1, (n,), generator=self.generator, device=device)

    def _dissolve(self, images: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        if self.dissolve == "gaussian_blur":
            side = self.dissolve_size
            h, w = images.shape[-2:]
            small = F.interpolate(images, size=(side, side), mode="bilinear", align_corners=False)
            lo, hi = self.blur_sigma
            sigma = lo + (hi - lo) * torch.rand(len(images), generator=self.generator, device=images.device)
            return F.interpolate(gaussian_blur(small, sigma), size=(h, w), mode="bilinear", align_corners=False)
        return self.ddpm.dissolve(images, t, input_range=self.dissolve_range)

    @torch.no_grad()
    def extra_views(self, images: torch.Tensor) -> list[torch.Tensor]:
        """Branch A of Eq. 5: flip, dissolve (D), then every shift S_k (T follows in the step)."""
        x = hflip(images, self.generator)
        if self.t_sampling == "code":
            # DIA's DiffusionCustomTrans: t = int(100 (0.3 + 0.7 U)), one per shift and batch
            parts = []
            for k in range(self.n_shifts):
                u = torch.rand((), generator=self.generator, device=x.device)
                t = torch.full((len(x),), int(100 * (0.3 + 0.7 * float(u))), device=x.device)
                parts.append(shift(self._dissolve(x, t), k, self.shift))
            return [torch.cat(parts)]
        return [shift_views(self._dissolve(x, self._t(len(x), x.device)), self.n_shifts, self.shift)]

    def dissolved(self, images: torch.Tensor, t: torch.Tensor | int) -> torch.Tensor:
        """D_t of ``images`` (B, C, H, W) in [0, 1] with the fitted DDPM (Fig. 1; in the images' channels).

        Args:
            images: the images.
            t: one step for all, or one per image.

        Returns:
            The dissolved images, same shape.
        """
        self._check_fitted()
        x = _rgb(images.float().to(self.device))
        t = torch.as_tensor(t, device=self.device).long().reshape(-1).expand(len(x))
        if self.dissolve == "gaussian_blur":
            self.generator = torch.Generator(device=self.device).manual_seed(self.seed)
        with torch.no_grad():
            out = self._dissolve(x, t)
        return out.mean(dim=1, keepdim=True) if images.shape[1] == 1 else out
