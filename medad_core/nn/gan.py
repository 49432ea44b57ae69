"""The GAN networks of BMAD's reconstruction family, shared by GANomaly, f-AnoGAN and AnoGAN.

Two families of networks, each built once:

* **DCGAN** (GANomaly, Akçay et al. ACCV 2018, the authors' code and anomalib's ``ganomaly/torch_model.py``,
  which BMAD ran): :class:`DCGANEncoder` (Conv 4x4 stride 2 + LeakyReLU 0.2, then a pyramid of Conv 4x4
  stride 2 padding 1 + BN + LeakyReLU doubling the channels while the side is > 4, then a final Conv 4x4
  stride 1 padding 0 to a 1 x 1 latent), :class:`DCGANDecoder` (its mirror: ConvTranspose + BN + ReLU,
  Tanh output) and :class:`DCGANDiscriminator` (the encoder with a 1-d latent and a Sigmoid; its last
  feature map is the f(.) of GANomaly's feature-matching loss). Inputs are padded to the next power of
  two (:func:`pad_nextpow2`, 224 -> 256) and weights drawn by :func:`dcgan_init` (conv N(0, 0.02), BN
  weight N(1, 0.02), bias 0).
* **WGAN-GP** (f-AnoGAN, Schlegl et al. MedIA 2019, as BMAD's ``f-AnoGAN/`` folder builds it from
  ``A03ki/f-AnoGAN``): :class:`WGANGenerator` (Linear z -> 128 (s/4)^2, BN, two x2 upsamplings with
  3 x 3 convolutions, BN with eps 0.8 and LeakyReLU 0.2, Tanh), :class:`WGANCritic` (four Conv 3x3
  stride 2 + LeakyReLU 0.2 + Dropout2d 0.25 blocks with BN eps 0.8 after all but the first, channels
  C -> 16 -> 32 -> 64 -> 128, a Linear to one unlinked "validity"; ``features`` is the flattened last
  block, f(.) of f-AnoGAN's Eq. 6-7) and the izi_f encoder :class:`WGANEncoder` (the critic's
  architecture with a Linear to the latent and a Tanh). AnoGAN (Schlegl et al. IPMI 2017) reuses this
  generator and critic: it is "AnoGAN on a WGAN" (the IPMI paper trained a DCGAN).
* :func:`gradient_penalty`: the WGAN-GP term (Gulrajani et al. 2017, Eq. 3; f-AnoGAN Sec. 2.2),
  ``lambda * E_xhat[(||grad_xhat D(xhat)||_2 - 1)^2]`` on random interpolates
  ``xhat = alpha x + (1 - alpha) x_fake``, alpha ~ U(0, 1) per sample.

Images enter these networks in [-1, 1] (:func:`to_tanh_range`; the generators end in Tanh).
"""

from __future__ import annotations

import math

import torch
from torch import nn

__all__ = [
    "dcgan_init",
    "pad_nextpow2",
    "to_tanh_range",
    "DCGANEncoder",
    "DCGANDecoder",
    "DCGANDiscriminator",
    "WGANGenerator",
    "WGANCritic",
    "WGANEncoder",
    "gradient_penalty",
]


def dcgan_init(module: nn.Module) -> None:
    """DCGAN initialisation, applied with ``model.apply``: conv weights N(0, 0.02), BN weight N(1, 0.02), bias 0.

    Args:
        module: one sub-module (``nn.Module.apply`` visits them all).
    """
    if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
        nn.init.normal_(module.weight, 0.0, 0.02)
    elif isinstance(module, nn.BatchNorm2d):
        nn.init.normal_(module.weight, 1.0, 0.02)
        nn.init.zeros_(module.bias)


def next_pow2(side: int) -> int:
    """The smallest power of two >= ``side`` (GANomaly's padded input side)."""
    return 1 << max(int(side) - 1, 0).bit_length()


def pad_nextpow2(images: torch.Tensor) -> torch.Tensor:
    """Zero-pad (B, C, H, W) images symmetrically to a square whose side is the next power of two.

    Args:
        images: the batch.

    Returns:
        The padded batch (the input itself when it is already such a square).
    """
    height, width = images.shape[-2:]
    side = next_pow2(max(height, width))
    if (height, width) == (side, side):
        return images
    top, left = (side - height) // 2, (side - width) // 2
    return nn.functional.pad(images, (left, side - width - left, top, side - height - top))


def to_tanh_range(images: torch.Tensor) -> torch.Tensor:
    """[0, 1] images -> [-1, 1] (``Normalize(0.5, 0.5)``, the range of the generators' Tanh)."""
    return images * 2.0 - 1.0


class DCGANEncoder(nn.Module):
    """DCGAN encoder: (B, C, s, s) -> (B, latent, 1, 1), s a power of two >= 8.

    Args:
        size: input side (a power of two).
        latent: output channels of the final 4 x 4 convolution.
        channels: input channels.
        features: channels of the first convolution (doubled at every pyramid level).
        extra_layers: 3 x 3 conv + BN + LeakyReLU layers after the first convolution.
        final_conv: False stops at the pyramid's 4 x 4 feature map (then ``latent`` is unused).
        first_padding: padding of the first convolution (1 in the authors' DCGAN code; anomalib: 4).
    """

    def __init__(
        self,
        size: int,
        latent: int,
        channels: int,
        features: int,
        extra_layers: int = 0,
        final_conv: bool = True,
        first_padding: int = 1,
    ):
        super().__init__()
        layers: list[nn.Module] = [
            nn.Conv2d(channels, features, 4, 2, first_padding, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
        ]
        for _ in range(extra_layers):
            layers += [nn.Conv2d(features, features, 3, 1, 1, bias=False), nn.BatchNorm2d(features)]
            layers.append(nn.LeakyReLU(0.2, inplace=True))
        side = size // 2
        while side > 4:
            layers += [nn.Conv2d(features, features * 2, 4, 2, 1, bias=False), nn.BatchNorm2d(features * 2)]
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            features, side = features * 2, side // 2
        self.features = nn.Sequential(*layers)
        self.out_features = features
        self.final = nn.Conv2d(features, latent, 4, 1, 0, bias=False) if final_conv else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """The latent map (B, latent, 1, 1) (the 4 x 4 features without the final convolution)."""
        x = self.features(x)
        return x if self.final is None else self.final(x)


class DCGANDecoder(nn.Module):
    """DCGAN decoder, the encoder's mirror: (B, latent, 1, 1) -> (B, C, s, s) in [-1, 1].

    Args:
        size: output side (a power of two >= 8).
        latent: input channels.
        channels: output channels.
        features: channels of the last hidden layer (doubled towards the latent input).
        extra_layers: 3 x 3 conv + BN + ReLU layers before the output layer.
    """

    def __init__(self, size: int, latent: int, channels: int, features: int, extra_layers: int = 0):
        super().__init__()
        levels = max(int(math.log2(size // 2)) - 2, 0)  # pyramid levels of the encoder
        width = features * 2**levels
        layers: list[nn.Module] = [
            nn.ConvTranspose2d(latent, width, 4, 1, 0, bias=False),
            nn.BatchNorm2d(width),
            nn.ReLU(True),
        ]
        for _ in range(levels):
            layers += [nn.ConvTranspose2d(width, width // 2, 4, 2, 1, bias=False), nn.BatchNorm2d(width // 2)]
            layers.append(nn.ReLU(True))
            width //= 2
        for _ in range(extra_layers):
            layers += [nn.Conv2d(width, width, 3, 1, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(True)]
        layers += [nn.ConvTranspose2d(width, channels, 4, 2, 1, bias=False), nn.Tanh()]
        self.layers = nn.Sequential(*layers)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """Images (B, C, s, s) from latents (B, latent, 1, 1)."""
        return self.layers(z)


class DCGANDiscriminator(nn.Module):
    """GANomaly's D: the DCGAN encoder with a 1-d latent and a Sigmoid.

    Args:
        size: input side (a power of two).
        channels: input channels.
        features: channels of the first convolution.
        extra_layers: as :class:`DCGANEncoder`.
        first_padding: as :class:`DCGANEncoder`.
    """

    def __init__(self, size: int, channels: int, features: int, extra_layers: int = 0, first_padding: int = 1):
        super().__init__()
        encoder = DCGANEncoder(size, 1, channels, features, extra_layers, first_padding=first_padding)
        self.features = encoder.features
        self.classifier = nn.Sequential(encoder.final, nn.Sigmoid())

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(probability of "real" (B,), features f(x) (B, F, 4, 4))."""
        features = self.features(x)
        return self.classifier(features).flatten(), features


class WGANGenerator(nn.Module):
    """f-AnoGAN's generator: z (B, latent) -> images (B, C, s, s) in [-1, 1], s divisible by 4.

    Args:
        size: output side.
        latent: dimension of z.
        channels: output channels.
        width: channels of the two upsampling stages (128 in BMAD's code; the second has half).
    """

    def __init__(self, size: int, latent: int, channels: int, width: int = 128):
        super().__init__()
        self.init_size = size // 4
        self.width = width
        # at 224 px this Linear alone has latent x 128 x 56^2 ~ 40 M weights (BMAD's config)
        self.project = nn.Linear(latent, width * self.init_size**2)
        self.blocks = nn.Sequential(
            nn.BatchNorm2d(width),
            nn.Upsample(scale_factor=2),
            nn.Conv2d(width, width, 3, 1, 1),
            nn.BatchNorm2d(width, 0.8),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Upsample(scale_factor=2),
            nn.Conv2d(width, width // 2, 3, 1, 1),
            nn.BatchNorm2d(width // 2, 0.8),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(width // 2, channels, 3, 1, 1),
            nn.Tanh(),
        )

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """G(z)."""
        x = self.project(z).view(len(z), self.width, self.init_size, self.init_size)
        return self.blocks(x)


def _strided_blocks(channels: int, widths: tuple[int, ...]) -> nn.Sequential:
    """The critic's / encoder's Conv 3x3 s2 -> LeakyReLU -> Dropout2d (-> BN eps 0.8 after the first)."""
    layers: list[nn.Module] = []
    for i, width in enumerate(widths):
        layers += [nn.Conv2d(channels, width, 3, 2, 1), nn.LeakyReLU(0.2, inplace=True), nn.Dropout2d(0.25)]
        if i > 0:
            layers.append(nn.BatchNorm2d(width, 0.8))
        channels = width
    return nn.Sequential(*layers)


class WGANCritic(nn.Module):
    """f-AnoGAN's critic D: images (B, C, s, s) -> validity (B,); ``features`` = f(x), s divisible by 16.

    Args:
        size: input side.
        channels: input channels.
        widths: channels of the four strided blocks.
    """

    def __init__(self, size: int, channels: int, widths: tuple[int, ...] = (16, 32, 64, 128)):
        super().__init__()
        self.blocks = _strided_blocks(channels, widths)
        self.head = nn.Linear(widths[-1] * (size // 2 ** len(widths)) ** 2, 1)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """f(x): the flattened output of the last block (B, F)."""
        return self.blocks(x).flatten(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """D(x) (B,), an unbounded critic value (higher = more real)."""
        return self.head(self.features(x)).flatten()


class WGANEncoder(nn.Module):
    """f-AnoGAN's izi_f encoder E: images -> z (B, latent) in [-1, 1] (the critic's blocks, Linear, Tanh).

    Args:
        size: input side (divisible by 16).
        latent: dimension of z.
        channels: input channels.
        widths: channels of the four strided blocks.
    """

    def __init__(self, size: int, latent: int, channels: int, widths: tuple[int, ...] = (16, 32, 64, 128)):
        super().__init__()
        self.blocks = _strided_blocks(channels, widths)
        self.head = nn.Sequential(nn.Linear(widths[-1] * (size // 2 ** len(widths)) ** 2, latent), nn.Tanh())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """E(x)."""
        return self.head(self.blocks(x).flatten(1))


def gradient_penalty(
    critic: nn.Module,
    real: torch.Tensor,
    fake: torch.Tensor,
    weight: float = 10.0,
    generator: torch.Generator | None = None,
    alpha: torch.Tensor | None = None,
) -> torch.Tensor:
    """The WGAN-GP penalty ``weight * mean_i (||grad_xhat D(xhat_i)||_2 - 1)^2`` (Gulrajani et al. Eq. 3).

    ``xhat_i = alpha_i real_i + (1 - alpha_i) fake_i`` with one alpha_i ~ U(0, 1) per sample; the
    gradient is kept in the graph (``create_graph``) so the penalty trains the critic.

    Args:
        critic: D, mapping (B, ...) to (B,) or (B, 1).
        real: real samples (B, ...).
        fake: generated samples, same shape (detached from the generator by the caller).
        weight: lambda (10 in WGAN-GP and f-AnoGAN).
        generator: draws alpha (on the CPU) when ``alpha`` is not given.
        alpha: the interpolation weights (B,), for a test that needs known interpolates.

    Returns:
        The scalar penalty.
    """
    if alpha is None:
        alpha = torch.rand(len(real), generator=generator)
    alpha = alpha.to(real.device, real.dtype).view(-1, *([1] * (real.ndim - 1)))
    interpolates = (alpha * real.detach() + (1 - alpha) * fake.detach()).requires_grad_(True)
    values = critic(interpolates)
    (grad,) = torch.autograd.grad(values.sum(), interpolates, create_graph=True)
    return weight * (grad.flatten(1).norm(2, dim=1) - 1).pow(2).mean()
