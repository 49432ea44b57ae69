"""IGD: deep one-class classification via an interpolated Gaussian descriptor.

Chen, Tian, Pang and Carneiro, "Deep one-class classification via interpolated Gaussian descriptor"
(AAAI 2022), a baseline of DDAD-ASR's Table 2 ("implemented using their official codes", DDAD Sec. 4.3).
The project holds no text of the IGD paper, so its equations are not numbered here; the steps follow
the paper's description and, for every value, the official code (``tianyu0207/IGD``, the global
model ``p256/ssim_main.py`` + ``p256/mvtec_module.py``), which is what DDAD-ASR ran.

Model (``IGDModel``), for an input x:

* encoder E: an ImageNet ResNet-18 up to its global average pool (512-d), **frozen** (the code's
  ``twoin1Generator256`` loads ``resnet18(pretrained=True)`` and sets ``requires_grad = False``),
  followed by a trainable linear layer to the latent z = E(x) in R^d, d = 128;
* decoder G: a linear layer to a 4 x 4 map, nearest-neighbour up-sampling blocks (3 x 3 convolution,
  BatchNorm, ReLU) up to the input size, and a 3 x 3 output convolution (no output activation, as
  the code); x̂ = G(z);
* critic D: 3 x 3 convolutions with stride 2 (LeakyReLU) down to 4 x 4 and a linear layer, which
  regresses the interpolation coefficient of an image.

Objective (one training step, the code's order):

* Gaussian descriptor: centre c = mean of z over the normal training images (coordinates closer to 0
  than 0.1 pushed to +-0.1, Deep SVDD's rule) and scale σ = mean over batches of max(mean ||z − c||², 1);
  both estimated before training and again every 10 epochs. Gaussian anomaly score
  ``s_G(z) = 1 − exp(−||z − c||² / σ)``; its mean over the batch is the descriptor loss L_G.
* reconstruction: ``L_rec = 0.85 (1 − MS-SSIM(x, x̂)) + 0.15 |x − x̂|₁ / L`` (MS-SSIM with a 3 x 3
  Gaussian window; four scales at 64 px with the weights of the code's 32 px model, five scales
  at 128 px and more with the 256 px model's weights).
* interpolation: z' = z of the batch in reverse order, α ~ U(0, 0.5) per image,
  ``x̃ = G(α z + (1 − α) z')``; the encoder-decoder makes the critic see no interpolation,
  ``L_inter = mean D(x̃)²``.
* encoder-decoder loss ``L_rec + L_G + λ L_inter`` with λ = 0.1 (Adam, lr 1e-4, betas (0, 0.9),
  weight decay 1e-6); critic loss ``mean (D(x̃) − α)² + mean D(x̂ + γ (x − x̂))²`` with γ = 0.2 (Adam,
  lr 1e-4, betas (0, 0.9)); both learning rates decay polynomially (power 0.9) over all steps.
* anomaly score of an image: ``0.5 s_rec + 0.5 s_G`` with ``s_rec`` the per-image L_rec.

Where medad differs (the options, and the chapter's table of differences):

* ``image_size`` None reads the run's images as they come (DDAD-ASR's 64 px grey in its Table 2; the
  code: 256 px RGB). Grey images are repeated to three channels for the ResNet, and the decoder
  reconstructs the [0, 1] input (L = 1) instead of the ImageNet-normalised one (L = 4.758), an
  affine change of the target.
* The frozen ResNet runs in eval mode, so its features of the training images (and of their
  horizontal flips, the code's ``RandomHorizontalFlip``; ``hflip``) are computed once.
* ``score_l1="abs"`` (default) scores with the absolute error of L_rec; the code's test loop averages
  the signed difference (``score_l1="signed"``).
* The code evaluates on the test set every few epochs and prints its best AUROC; medad keeps the last
  epoch (``select_on_valid`` needs a labelled valid split, which DDAD's protocol has not).
* Image-level only (DDAD-ASR reports AUC and AP).
"""

from __future__ import annotations

import math
from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import check_training_images
from medad_core.nn.backbone import imagenet_normalize
from medad_core.nn.training import Optimization, TrainedDetector
from medad_core.registry import register
from medad_core.weights import load_torchvision

__all__ = [
    "IGD",
    "IGDModel",
    "IGDCritic",
    "ms_ssim",
    "gaussian_score",
    "reconstruction_score",
    "estimate_center",
    "estimate_sigma",
    "interpolation_losses",
]

#: MS-SSIM scale weights of the official code: the 32 px model (four scales) and the 256 px model (five)
MS_SSIM_WEIGHTS = {4: (0.0516, 0.3295, 0.3463, 0.2726), 5: (0.0448, 0.2856, 0.3001, 0.2363, 0.1333)}
#: weight of the MS-SSIM term in L_rec (the code's ``weight = 0.85``)
SSIM_SHARE = 0.85


def _window(size: int, sigma: float, channels: int, like: torch.Tensor) -> torch.Tensor:
    x = torch.arange(size, dtype=like.dtype, device=like.device) - (size - 1) / 2
    g = torch.exp(-(x**2) / (2 * sigma**2))
    g = g / g.sum()
    return torch.outer(g, g).expand(channels, 1, size, size).contiguous()


def _ssim_cs(x: torch.Tensor, y: torch.Tensor, window: torch.Tensor, data_range: float):
    """Per-image SSIM and contrast-structure term (valid Gaussian filtering, channel mean)."""
    c = x.shape[1]
    moments = F.conv2d(torch.cat([x, y, x * x, y * y, x * y], 1), window.repeat(5, 1, 1, 1), groups=5 * c)
    mu_x, mu_y, xx, yy, xy = moments.split(c, 1)
    var_x, var_y, cov = xx - mu_x**2, yy - mu_y**2, xy - mu_x * mu_y
    c1, c2 = (0.01 * data_range) ** 2, (0.03 * data_range) ** 2
    cs = (2 * cov + c2) / (var_x + var_y + c2)
    ssim = (2 * mu_x * mu_y + c1) / (mu_x**2 + mu_y**2 + c1) * cs
    return ssim.flatten(2).mean(-1), cs.flatten(2).mean(-1)


def ms_ssim(
    x: torch.Tensor,
    y: torch.Tensor,
    weights: tuple[float, ...] | None = None,
    window_size: int = 3,
    data_range: float = 1.0,
) -> torch.Tensor:
    """Multi-scale SSIM per image (Wang et al. 2003), as ``pytorch_msssim.ms_ssim`` which IGD's code calls.

    Contrast-structure terms of the finer scales and the SSIM of the coarsest, each clamped at 0,
    raised to the scale weights and multiplied; 2 x 2 average pooling between scales.

    Args:
        x: (B, C, H, W) images.
        y: their reconstructions, same shape.
        weights: one weight per scale (None: four scales below 128 px, else five; :data:`MS_SSIM_WEIGHTS`).
        window_size: side of the Gaussian window (sigma 1.5); the code's 32 px model uses 3.
        data_range: the value range L of the images.

    Returns:
        (B,) MS-SSIM values (1 = identical).

    Raises:
        MedadError: shapes differ, or the images are too small for the scales.
    """
    if x.shape != y.shape or x.ndim != 4:
        raise MedadError(
            f"ms_ssim expects two (B, C, H, W) batches of one shape; got {tuple(x.shape)}, {tuple(y.shape)}"
        )
    if weights is None:
        weights = MS_SSIM_WEIGHTS[4 if min(x.shape[-2:]) < 128 else 5]
    smallest = min(x.shape[-2:]) / 2 ** (len(weights) - 1)
    if smallest < window_size:
        raise MedadError(
            f"ms_ssim: {len(weights)} scales of {tuple(x.shape[-2:])} images leave {smallest:g} px at the coarsest, "
            f"less than the {window_size} px window; use fewer scales or larger images"
        )
    window = _window(window_size, 1.5, x.shape[1], x)
    w = torch.tensor(weights, dtype=x.dtype, device=x.device)
    terms = []
    for level in range(len(weights)):
        ssim, cs = _ssim_cs(x, y, window, data_range)
        if level < len(weights) - 1:
            terms.append(torch.relu(cs))
            pad = [s % 2 for s in x.shape[2:]]
            x = F.avg_pool2d(x, 2, padding=pad)
            y = F.avg_pool2d(y, 2, padding=pad)
    terms.append(torch.relu(ssim))
    # (levels, B, C) -> product over levels of term^w, then the channel mean
    stacked = torch.stack(terms)
    return torch.prod(stacked ** w.view(-1, 1, 1), dim=0).mean(1)


def reconstruction_score(
    x: torch.Tensor, x_hat: torch.Tensor, data_range: float = 1.0, l1: Literal["abs", "signed"] = "abs"
) -> torch.Tensor:
    """Per-image ``0.85 (1 − MS-SSIM) + 0.15 · mean |x − x̂| / L`` (the code's ``ms_ssim_l1``).

    Args:
        x: (B, C, H, W) images.
        x_hat: reconstructions.
        data_range: L.
        l1: ``"abs"`` the absolute error (training loss and medad's score), ``"signed"`` the mean signed
            difference of the code's test loop.

    Returns:
        (B,) scores.
    """
    diff = (x - x_hat) / data_range
    l1_term = diff.abs().flatten(1).mean(1) if l1 == "abs" else diff.flatten(1).mean(1)
    return SSIM_SHARE * (1 - ms_ssim(x, x_hat, data_range=data_range)) + (1 - SSIM_SHARE) * l1_term


def gaussian_score(z: torch.Tensor, center: torch.Tensor, sigma: torch.Tensor | float) -> torch.Tensor:
    """The Gaussian descriptor's anomaly score ``1 − exp(−||z − c||² / σ)`` per latent, in [0, 1).

    Args:
        z: (B, d) latents.
        center: (d,) centre c.
        sigma: the scale σ (> 0).

    Returns:
        (B,) scores.
    """
    return 1 - torch.exp(-(z - center).pow(2).sum(1) / sigma)


def estimate_center(latents: torch.Tensor, eps: float = 0.1) -> torch.Tensor:
    """The centre c = mean latent, coordinates with |c_j| < eps pushed to +-eps (a zero unit is matched trivially).

    Args:
        latents: (N, d) latents of the normal training images.
        eps: the smallest magnitude of a coordinate.

    Returns:
        (d,) centre.
    """
    c = latents.mean(0)
    near = c.abs() < eps
    return torch.where(near & (c < 0), torch.full_like(c, -eps), torch.where(near, torch.full_like(c, eps), c))


def estimate_sigma(latents: torch.Tensor, center: torch.Tensor, batch_size: int) -> torch.Tensor:
    """σ = mean over batches of max(mean ||z − c||², 1) (the code's ``init_sigma``, ``sig_f = 1``).

    Args:
        latents: (N, d) latents in the training order of batches.
        center: (d,) centre c.
        batch_size: the batch size the code averages over.

    Returns:
        The scalar σ.
    """
    dist = (latents - center).pow(2).sum(1)
    means = torch.stack([part.mean() for part in dist.split(batch_size)])
    return torch.clamp(means, min=1.0).mean()


class IGDDecoder(nn.Module):
    """G: latent -> 4 x 4 map -> up-sampling blocks -> image at ``size`` (no output activation).

    Doubling stops at the first side >= ``size``; a size that is not 4 times a power of two is reached
    by a final bilinear resize.
    """

    def __init__(self, latent: int, channels: int, size: int, width: int):
        super().__init__()
        n_up = max(math.ceil(math.log2(max(size, 4) / 4)), 0)
        widths = [width * m for m in (8, 4, 2, 1)] + [width] * max(n_up - 3, 0)
        widths = widths[: n_up + 1]
        self.start, self.size = widths[0], size
        self.fc = nn.Linear(latent, 16 * widths[0])
        blocks = []
        for c_in, c_out in zip(widths[:-1], widths[1:], strict=True):
            blocks += [
                nn.Upsample(scale_factor=2, mode="nearest"),
                nn.Conv2d(c_in, c_out, 3, padding=1, bias=False),
                nn.BatchNorm2d(c_out),
                nn.ReLU(inplace=True),
            ]
        self.body = nn.Sequential(*blocks)
        self.out = nn.Conv2d(widths[-1], channels, 3, padding=1)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """(B, d) -> (B, C, size, size)."""
        x = self.out(self.body(self.fc(z).view(len(z), self.start, 4, 4)))
        if x.shape[-1] != self.size:
            x = F.interpolate(x, size=(self.size, self.size), mode="bilinear", align_corners=False)
        return x


class IGDCritic(nn.Module):
    """D: an image -> the interpolation coefficient it regresses (one value per image)."""

    def __init__(self, channels: int, size: int, width: int):
        super().__init__()
        layers, c_in, side = [nn.Conv2d(channels, width, 3, padding=1), nn.LeakyReLU(0.2)], width, size
        c_out = width
        while side > 4:
            c_out = min(c_in * 2, 8 * width)
            layers += [nn.Conv2d(c_in, c_out, 3, stride=2, padding=1), nn.LeakyReLU(0.2)]
            c_in, side = c_out, (side + 1) // 2
        self.body = nn.Sequential(*layers)
        self.fc = nn.Linear(c_out * side * side, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, C, H, W) -> (B,)."""
        return self.fc(self.body(x).flatten(1)).squeeze(1)


class IGDModel(nn.Module):
    """Frozen ResNet-18 trunk + trainable latent head (E), decoder (G), centre c and scale σ.

    Args:
        trunk: the ResNet-18 up to its global average pool (frozen, eval mode).
        channels: image channels C.
        size: image side (a power of two).
        latent: d.
        width: base width of the decoder.
    """

    def __init__(self, trunk: nn.Module, channels: int, size: int, latent: int, width: int):
        super().__init__()
        self.trunk = trunk.eval().requires_grad_(False)
        self.head = nn.Linear(512, latent)
        self.decoder = IGDDecoder(latent, channels, size, width)
        self.register_buffer("center", torch.zeros(latent))
        self.register_buffer("sigma", torch.ones(()))

    def train(self, mode: bool = True) -> IGDModel:
        """Train mode for head and decoder; the frozen trunk stays in eval mode."""
        super().train(mode)
        self.trunk.eval()
        return self

    def features(self, images: torch.Tensor) -> torch.Tensor:
        """The frozen trunk's 512-d features of [0, 1] images."""
        return self.trunk(imagenet_normalize(images)).flatten(1)

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(z, x̂) of a batch."""
        z = self.head(self.features(images))
        return z, self.decoder(z)


def interpolation_losses(
    model: IGDModel, critic: IGDCritic, x: torch.Tensor, z: torch.Tensor, x_hat: torch.Tensor, alpha: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """L_inter (for the encoder-decoder) and the critic's loss of one batch.

    Args:
        model: the IGD model (its decoder).
        critic: D.
        x: the images.
        z: their latents.
        x_hat: their reconstructions.
        alpha: (B,) coefficients in [0, 0.5].

    Returns:
        ``(mean D(x̃)², mean (D(x̃) − α)² + mean D(x̂ + 0.2 (x − x̂))²)`` with
        ``x̃ = G(α z + (1 − α) z_reversed)``; the critic's loss sees detached images.
    """
    a = alpha.view(-1, 1)
    x_tilde = model.decoder(a * z + (1 - a) * z.flip(0))
    inter = critic(x_tilde).pow(2).mean()
    x_hat_d = x_hat.detach()
    critic_loss = (critic(x_tilde.detach()) - alpha).pow(2).mean() + critic(x_hat_d + 0.2 * (x - x_hat_d)).pow(2).mean()
    return inter, critic_loss


@register()
class IGD(TrainedDetector):
    """IGD: a Gaussian descriptor on the latent of an interpolation-regularised autoencoder."""

    name = "igd"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Chen et al. AAAI 2022 (official code tianyu0207/IGD); DDAD-ASR Table 2 baseline"
    version = "1"
    manual_optimization = True
    profile_params = {
        "smoke": {"epochs": 2, "latent": 16, "width": 4, "batch_size": 8, "lr": 1e-3},
        # 64 px phantoms on CPU: a narrow decoder and a short schedule
        "quick": {"epochs": 8, "latent": 64, "width": 8, "batch_size": 16, "lr": 1e-3, "refit_every": 4},
        # the code's global model: latent 128, batch 16, 256 epochs, lr 1e-4
        "paper": {"epochs": 256, "latent": 128, "width": 64, "batch_size": 16, "lr": 1e-4},
    }

    def __init__(
        self,
        latent: int = 128,
        width: int = 64,
        lr: float = 1e-4,
        betas: tuple[float, float] = (0.0, 0.9),
        weight_decay: float = 1e-6,
        w_inter: float = 0.1,
        gamma: float = 0.2,
        eps: float = 0.1,
        refit_every: int = 10,
        hflip: bool = True,
        score_l1: Literal["abs", "signed"] = "abs",
        image_size: int | None = None,
        epochs: int = 256,
        select_on_valid: bool = False,
        valid_every: int = 10,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.latent = latent
        self.width = width
        self.lr = lr
        self.betas = tuple(betas)
        self.weight_decay = weight_decay
        self.w_inter = w_inter
        self.gamma = gamma
        self.eps = eps
        self.refit_every = refit_every
        self.hflip = hflip
        self.score_l1 = score_l1
        self.image_size = image_size

    # -- networks --------------------------------------------------------------------------------
    def _build(self, shape: tuple[int, int, int]) -> None:
        """IGDModel and critic for (C, H, W) input, untrained (the ResNet-18 through the weights policy)."""
        if self.score_l1 not in ("abs", "signed"):
            raise MedadError(f"igd: score_l1 must be 'abs' or 'signed'; got {self.score_l1!r}")
        channels, height, width = (int(v) for v in shape)
        size = self.image_size or max(height, width)
        resnet, self.weights_used = load_torchvision("resnet18", self.weights, self.profile)
        trunk = nn.Sequential(*list(resnet.children())[:-1])
        self.model = IGDModel(trunk, channels, size, self.latent, self.width).to(self.device)
        self.critic = IGDCritic(channels, size, self.width).to(self.device)
        self.size = size

    def _fit(self, train: TrainSet) -> None:
        self._build(train.image_shape())
        super()._fit(train)

    def _prepare(self, images: torch.Tensor) -> torch.Tensor:
        if images.shape[-1] != self.size or images.shape[-2] != self.size:
            images = F.interpolate(images, size=(self.size, self.size), mode="bilinear", align_corners=False)
        return images.float()

    # -- hooks -----------------------------------------------------------------------------------
    def setup(self, train: TrainSet) -> None:
        """Cache the training images and the frozen trunk's features (and of the flips); c and σ."""
        self.input_spec = check_training_images(train, self.name, min_size=16)
        images, feats, flipped = [], [], []
        with torch.no_grad():
            for batch in train.normal.batches(self.batch_size, device=self.device):
                x = self._prepare(batch["image"])
                images.append(x)
                feats.append(self.model.features(x))
                if self.hflip:
                    flipped.append(self.model.features(x.flip(-1)))
        self._images = torch.cat(images)
        self._feats = torch.cat(feats)
        self._feats_flip = torch.cat(flipped) if self.hflip else None
        self._descriptor_fits = 0
        self._refit_descriptor()

    @torch.no_grad()
    def _refit_descriptor(self) -> None:
        """Refit the descriptor: σ with the current c, then c from the current latents (the code's order)."""
        self.model.eval()
        z = self.model.head(self._feats)
        first = self._descriptor_fits == 0
        if first:
            self.model.center.copy_(estimate_center(z, self.eps))
        self.model.sigma.copy_(estimate_sigma(z, self.model.center, self.batch_size))
        if not first:
            self.model.center.copy_(estimate_center(z, self.eps))
        self._descriptor_fits += 1

    def configure_optimizers(self) -> Optimization:
        """Adam on E's head + G (weight decay 1e-6) and on D, polynomial decay (power 0.9) over all steps."""
        g_opt = torch.optim.Adam(
            list(self.model.head.parameters()) + list(self.model.decoder.parameters()),
            lr=self.lr,
            betas=self.betas,
            weight_decay=self.weight_decay,
        )
        d_opt = torch.optim.Adam(self.critic.parameters(), lr=self.lr, betas=self.betas)
        steps = max(self.epochs * -(-len(self._images) // self.batch_size), 1)
        if self.max_steps is not None:
            steps = min(steps, max(int(self.max_steps), 1))
        schedulers = [
            torch.optim.lr_scheduler.PolynomialLR(opt, total_iters=steps, power=0.9) for opt in (g_opt, d_opt)
        ]
        return Optimization([g_opt, d_opt], schedulers, interval="step")

    def trainable_modules(self) -> list[nn.Module]:
        """The model (trunk kept in eval) and the critic."""
        return [self.model, self.critic]

    def train_batches(self, train: TrainSet, epoch: int):
        """Shuffled cached (image, trunk feature) pairs, half of them flipped when ``hflip``."""
        gen = torch.Generator().manual_seed(self.seed + epoch)
        n = len(self._images)
        order = torch.randperm(n, generator=gen)
        flips = torch.rand(n, generator=gen) < 0.5 if self.hflip else torch.zeros(n, dtype=torch.bool)
        for start in range(0, n - n % self.batch_size if n >= self.batch_size else n, self.batch_size):
            idx = order[start : start + self.batch_size]
            flip = flips[idx].to(self.device).view(-1, 1, 1, 1)
            x = torch.where(flip, self._images[idx].flip(-1), self._images[idx])
            f = (
                self._feats[idx]
                if self._feats_flip is None
                else torch.where(flip.view(-1, 1), self._feats_flip[idx], self._feats[idx])
            )
            yield x, f

    def training_step(self, batch, epoch: int) -> dict[str, torch.Tensor]:
        """One encoder-decoder update (L_rec + L_G + λ L_inter), then one critic update."""
        g_opt, d_opt = self.optimization.optimizers
        x, feats = batch
        model = self.model
        z = model.head(feats)
        x_hat = model.decoder(z)
        rec = reconstruction_score(x, x_hat).mean()
        descriptor = gaussian_score(z, model.center, model.sigma).mean()
        gen = torch.Generator().manual_seed(self.seed * 1_000_003 + self._steps)
        alpha = (0.5 * torch.rand(len(x), generator=gen)).to(x)
        inter, critic_loss = interpolation_losses(model, self.critic, x, z, x_hat, alpha)
        loss = rec + descriptor + self.w_inter * inter
        self.optimizer_step(loss, g_opt)
        self.optimizer_step(critic_loss, d_opt)
        return {
            "loss": loss.detach(),
            "rec": rec.detach(),
            "gaussian": descriptor.detach(),
            "inter": inter.detach(),
            "critic": critic_loss.detach(),
        }

    def on_epoch_end(self, epoch: int, losses: dict[str, float]) -> None:
        """The descriptor's c and σ re-estimated every ``refit_every`` epochs (the code: every 10)."""
        if (epoch + 1) % max(self.refit_every, 1) == 0:
            self._refit_descriptor()

    def on_train_end(self, train: TrainSet) -> None:
        """Record c's norm and σ, free the caches."""
        self.fit_info["sigma"] = float(self.model.sigma)
        self.fit_info["center_norm"] = float(self.model.center.norm())
        self._images = self._feats = self._feats_flip = None

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        x = self._prepare(images)
        z, x_hat = self.model(x)
        rec = reconstruction_score(x, x_hat, l1=self.score_l1)
        gauss = gaussian_score(z, self.model.center, self.model.sigma)
        return Prediction(
            (0.5 * rec + 0.5 * gauss).cpu().numpy(),
            extras={"reconstruction": rec.cpu().numpy(), "gaussian": gauss.cpu().numpy()},
        )

    def num_parameters(self) -> int:
        """Parameters of the model (frozen trunk included) and the critic."""
        if self.model is None:
            return 0
        return sum(p.numel() for p in self.model.parameters()) + sum(p.numel() for p in self.critic.parameters())
