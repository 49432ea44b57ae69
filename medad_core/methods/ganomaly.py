"""GANomaly: an encoder-decoder-encoder generator trained adversarially, scored in latent space.

GANomaly (Akçay, Atapour-Abarghouei and Breckon, "GANomaly: Semi-Supervised Anomaly Detection via
Adversarial Training", ACCV 2018) with BMAD's settings (thesis Table 3.5: Adam lr 2e-4, betas (0.5,
0.999), loss weights adversarial 1, contextual 50, encoder 1). Image scores only (BMAD prints NA
for the pixel metrics).

* Networks (:mod:`medad_core.nn.gan`): generator G = G_E (DCGAN encoder) -> G_D (DCGAN decoder) ->
  E (a second DCGAN encoder), z = G_E(x), x_hat = G_D(z), z_hat = E(x_hat); discriminator D = a DCGAN
  encoder with a 1-d output and a Sigmoid, whose last feature map is f(.). Inputs (resized to
  ``image_size``, scaled to [-1, 1], the range of G_D's Tanh) are zero-padded to the next power of
  two (224 -> 256). DCGAN initialisation N(0, 0.02), BN weights N(1, 0.02).
* Generator loss (paper Eq. 4-7)::

      L_adv = || f(x) - f(x_hat) ||_2        (feature matching on D, Eq. 4)
      L_con = || x - x_hat ||_1              (contextual loss, Eq. 5)
      L_enc = || z - z_hat ||_2              (encoder loss, Eq. 6)
      L_G   = w_adv L_adv + w_con L_con + w_enc L_enc,   (w_adv, w_con, w_enc) = (1, 50, 1)   (Eq. 7)

  The paper's ||.||_2 terms are, as in the authors' code (``l2_loss``), the mean squared
  difference and ||.||_1 the mean absolute difference. ``loss="anomalib"`` uses the losses of
  anomalib's ``GeneratorLoss``, which BMAD ran: L_adv = MSE between D's *predictions* on x and x_hat
  and L_enc = SmoothL1(z, z_hat).
* Discriminator loss: binary cross-entropy, ``0.5 (BCE(D(x), 1) + BCE(D(x_hat), 0))``; D is
  re-initialised when this loss falls below 1e-5 (authors' code and anomalib; counted in
  ``fit_info["d_reinits"]``). Per batch, G is updated first and then D (authors' order), each by its
  own Adam, through the shared loop's manual optimisation (:mod:`medad_core.nn.training`).
* Anomaly score (Eq. 8): A(x) = || G_E(x) - E(G(x)) ||_1, here the mean absolute difference over
  the latent (``score="l1"``); the authors' code and anomalib take the mean squared difference
  (``score="squared"``). The paper's min-max scaling over the test set does not change an AUROC and
  is left out.
* Checkpoint (BMAD's config ``ganomaly.yaml``): valid image AUROC every 2 epochs, the best kept,
  early stopping after ``patience`` = 3 evaluations without improvement, at most 100 epochs.
* Input normalisation: [-1, 1] (the authors' code, ``Normalize(0.5, 0.5)``). BMAD's config normalised
  with the ImageNet statistics although G_D ends in Tanh: ``normalization="imagenet"`` (grey images
  use the mean of the three channels' statistics).
* Architecture detail: anomalib's first convolution has padding 4 where the DCGAN code has 1
  (``first_padding=4`` for anomalib's).
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.gan import DCGANDecoder, DCGANDiscriminator, DCGANEncoder, dcgan_init, next_pow2, pad_nextpow2
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register

#: ImageNet statistics (BMAD's anomalib config normalises with them)
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class GANomalyModel(nn.Module):
    """Generator (G_E, G_D, E) and discriminator D; ``forward`` gives the anomaly scores (B,).

    Args:
        size: input side after resizing (padded to the next power of two inside).
        channels: image channels.
        latent: dimension of z.
        features: channels of the first convolution of every encoder (and the decoder's last).
        extra_layers: extra 3 x 3 layers of the DCGAN networks.
        first_padding: padding of the encoders' first convolution.
        normalization: ``"tanh"`` ([-1, 1]) or ``"imagenet"``.
        score: ``"l1"`` (paper Eq. 8) or ``"squared"`` (authors' code, anomalib).
    """

    def __init__(
        self,
        size: int,
        channels: int,
        latent: int = 100,
        features: int = 64,
        extra_layers: int = 0,
        first_padding: int = 1,
        normalization: str = "tanh",
        score: str = "l1",
    ):
        super().__init__()
        self.size = size
        self.padded = next_pow2(size)
        self.score = score
        args = (self.padded, latent, channels, features, extra_layers)
        self.encoder1 = DCGANEncoder(*args, first_padding=first_padding)
        self.decoder = DCGANDecoder(*args)
        self.encoder2 = DCGANEncoder(*args, first_padding=first_padding)
        self.discriminator = DCGANDiscriminator(self.padded, channels, features, extra_layers, first_padding)
        self.apply(dcgan_init)
        if normalization == "imagenet":
            mean, std = torch.tensor(IMAGENET_MEAN), torch.tensor(IMAGENET_STD)
            if channels == 1:
                mean, std = mean.mean(0, keepdim=True), std.mean(0, keepdim=True)
        else:
            mean, std = torch.full((channels,), 0.5), torch.full((channels,), 0.5)
        self.register_buffer("mean", mean.view(1, -1, 1, 1))
        self.register_buffer("std", std.view(1, -1, 1, 1))

    @property
    def generator_modules(self) -> list[nn.Module]:
        """G_E, G_D and E (the parameters of the generator's optimiser)."""
        return [self.encoder1, self.decoder, self.encoder2]

    def prepare(self, images: torch.Tensor) -> torch.Tensor:
        """[0, 1] images -> resized, normalised and padded network input x."""
        x = (resize_square(images, self.size) - self.mean) / self.std
        return pad_nextpow2(x)

    def generate(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(x_hat, z, z_hat) of prepared inputs; z and z_hat flattened to (B, latent)."""
        z = self.encoder1(x)
        x_hat = self.decoder(z)
        z_hat = self.encoder2(x_hat)
        return x_hat, z.flatten(1), z_hat.flatten(1)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """A(x) (B,): mean |z - z_hat| (``score="l1"``) or mean (z - z_hat)^2."""
        _, z, z_hat = self.generate(self.prepare(images))
        diff = z - z_hat
        return (diff.abs() if self.score == "l1" else diff.pow(2)).mean(1)


def generator_loss(
    x: torch.Tensor,
    x_hat: torch.Tensor,
    z: torch.Tensor,
    z_hat: torch.Tensor,
    discriminator: nn.Module,
    weights: tuple[float, float, float] = (1.0, 50.0, 1.0),
    variant: str = "paper",
) -> dict[str, torch.Tensor]:
    """GANomaly's generator loss L_G (Eq. 7) and its three terms.

    Args:
        x: prepared inputs (B, C, s, s).
        x_hat: G(x).
        z: G_E(x) (B, latent).
        z_hat: E(G(x)) (B, latent).
        discriminator: D, returning (probabilities, features).
        weights: (w_adv, w_con, w_enc).
        variant: ``"paper"`` (feature matching, L2 latent loss) or ``"anomalib"`` (MSE on D's
            predictions, SmoothL1 latent loss).

    Returns:
        ``{"loss": L_G, "adv": L_adv, "con": L_con, "enc": L_enc}``.
    """
    pred_fake, feat_fake = discriminator(x_hat)
    with torch.no_grad():  # D(x) does not depend on G: no gradient needed through it
        pred_real, feat_real = discriminator(x)
    if variant == "anomalib":
        adv = F.mse_loss(pred_fake, pred_real)
        enc = F.smooth_l1_loss(z_hat, z)
    else:
        adv = F.mse_loss(feat_fake, feat_real)  # Eq. 4
        enc = F.mse_loss(z_hat, z)  # Eq. 6
    con = F.l1_loss(x_hat, x)  # Eq. 5
    w_adv, w_con, w_enc = weights
    return {"loss": w_adv * adv + w_con * con + w_enc * enc, "adv": adv, "con": con, "enc": enc}


def discriminator_loss(discriminator: nn.Module, x: torch.Tensor, x_hat: torch.Tensor) -> torch.Tensor:
    """0.5 (BCE(D(x), 1) + BCE(D(x_hat), 0)), x_hat detached from the generator.

    Args:
        discriminator: D.
        x: prepared real inputs.
        x_hat: their reconstructions.

    Returns:
        The scalar loss.
    """
    pred_real, _ = discriminator(x)
    pred_fake, _ = discriminator(x_hat.detach())
    real = F.binary_cross_entropy(pred_real, torch.ones_like(pred_real))
    fake = F.binary_cross_entropy(pred_fake, torch.zeros_like(pred_fake))
    return 0.5 * (real + fake)


@register()
class GANomaly(TrainedDetector):
    """GANomaly: reconstruct through an encoder-decoder-encoder, score the latent discrepancy."""

    name = "ganomaly"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Akçay et al. ACCV 2018; BMAD thesis Table 3.5"
    version = "1"
    manual_optimization = True
    profile_params = {
        "smoke": {"epochs": 4, "n_features": 8, "latent_size": 32, "batch_size": 16, "valid_every": 2},
        # 64 px, narrower networks and 4 epochs so the six BMAD datasets fit the chapter's CPU budget;
        # lr 1e-3 so that the reconstruction moves within them (L_G 34 -> 15; at 2e-4 34 -> 33)
        "quick": {"epochs": 4, "n_features": 8, "latent_size": 32, "batch_size": 16, "lr": 1e-3, "valid_every": 2},
        # BMAD's ganomaly config: latent 100, 64 features, no extra layers, batch 32, 224 px (padded to
        # 256), at most 100 epochs, valid every 2 epochs, patience 3
        "paper": {
            "epochs": 100,
            "n_features": 64,
            "latent_size": 100,
            "batch_size": 32,
            "image_size": 224,
            "lr": 2e-4,
            "betas": (0.5, 0.999),
            "valid_every": 2,
            "patience": 3,
            "select_on_valid": True,
        },
    }

    def __init__(
        self,
        latent_size: int = 100,
        n_features: int = 64,
        extra_layers: int = 0,
        first_padding: int = 1,
        w_adv: float = 1.0,
        w_con: float = 50.0,
        w_enc: float = 1.0,
        loss: Literal["paper", "anomalib"] = "paper",
        score: Literal["l1", "squared"] = "l1",
        normalization: Literal["tanh", "imagenet"] = "tanh",
        lr: float = 2e-4,
        betas: tuple[float, float] = (0.5, 0.999),
        d_reinit_threshold: float = 1e-5,
        epochs: int = 100,
        image_size: int | None = None,
        select_on_valid: bool = True,
        valid_every: int = 2,
        patience: int | None = 3,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.latent_size = latent_size
        self.n_features = n_features
        self.extra_layers = extra_layers
        self.first_padding = first_padding
        self.w_adv = w_adv
        self.w_con = w_con
        self.w_enc = w_enc
        self.loss = loss
        self.score = score
        self.normalization = normalization
        self.lr = lr
        self.betas = tuple(betas)
        self.d_reinit_threshold = d_reinit_threshold
        self.image_size = image_size
        self.patience = patience

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Generator and discriminator at the (padded) input size, DCGAN-initialised."""
        for key, value, allowed in (
            ("loss", self.loss, ("paper", "anomalib")),
            ("score", self.score, ("l1", "squared")),
            ("normalization", self.normalization, ("tanh", "imagenet")),
        ):
            if value not in allowed:
                raise MedadError(f"ganomaly: {key} must be one of {', '.join(map(repr, allowed))}; got {value!r}")
        self.input_spec = InputSpec(*shape)
        size = self.image_size or max(self.input_spec.height, self.input_spec.width)
        if size < 8:
            raise MedadError(f"ganomaly: image_size must be at least 8 px; got {size}")
        self.weights_used = "random (GANomaly trains from scratch)"
        self.model = GANomalyModel(
            size,
            self.input_spec.channels,
            self.latent_size,
            self.n_features,
            self.extra_layers,
            self.first_padding,
            self.normalization,
            self.score,
        ).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """Checks the training images; counts the discriminator re-initialisations."""
        check_training_images(train, self.name, min_size=8)
        self._build(self.train_shape)
        self._d_reinits = 0

    def configure_optimizers(self) -> list[torch.optim.Optimizer]:
        """[Adam on D, Adam on G] with lr 2e-4 and betas (0.5, 0.999) (thesis Table 3.5)."""
        model = self.model
        generator = [p for m in model.generator_modules for p in m.parameters()]
        return [
            torch.optim.Adam(model.discriminator.parameters(), lr=self.lr, betas=self.betas),
            torch.optim.Adam(generator, lr=self.lr, betas=self.betas),
        ]

    def training_step(self, batch: dict, epoch: int) -> dict[str, torch.Tensor]:
        """One G update (L_G, Eq. 7), then one D update (BCE); D re-initialised when its loss < 1e-5."""
        d_opt, g_opt = self.optimization.optimizers
        model = self.model
        x = model.prepare(batch["image"].float())
        x_hat, z, z_hat = model.generate(x)
        weights = (self.w_adv, self.w_con, self.w_enc)
        losses = generator_loss(x, x_hat, z, z_hat, model.discriminator, weights, self.loss)
        self.optimizer_step(losses["loss"], g_opt)
        loss_d = discriminator_loss(model.discriminator, x, x_hat)
        self.optimizer_step(loss_d, d_opt)
        if float(loss_d.detach()) < self.d_reinit_threshold:
            model.discriminator.apply(dcgan_init)
            self._d_reinits += 1
        return {**{k: v.detach() for k, v in losses.items()}, "loss_d": loss_d.detach()}

    def on_train_end(self, train: TrainSet) -> None:
        """Record how often D was re-initialised."""
        self.fit_info["d_reinits"] = self._d_reinits

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return Prediction(self.model(images.float()).cpu().numpy())
