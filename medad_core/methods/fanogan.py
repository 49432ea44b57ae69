"""f-AnoGAN: a WGAN-GP of normal images, then an izi_f encoder; score = residual + feature residual.

f-AnoGAN (Schlegl, Seeböck, Waldstein, Langs and Schmidt-Erfurth, "f-AnoGAN: Fast unsupervised
anomaly detection with generative adversarial networks", Medical Image Analysis 54, 2019) with
BMAD's settings (thesis Table 3.5: two-stage training, Adam, batch 32, lr 2e-4, latent 100) and
the networks of the code BMAD ran (``f-AnoGAN/your_own_dataset``, models of ``A03ki/f-AnoGAN``;
:mod:`medad_core.nn.gan`). Image scores only (BMAD prints NA for the pixel metrics).

* Stage 1 (Sec. 2.2, the ``fit`` phase of :mod:`medad_core.nn.training`): a Wasserstein GAN with
  gradient penalty on the normal images, z ~ N(0, I)::

      L_D = E[D(G(z))] - E[D(x)] + lambda E[(||grad_xhat D(xhat)||_2 - 1)^2],   lambda = 10
      L_G = -E[D(G(z))]

  with ``n_critic`` = 5 critic updates per generator update: G is updated on every 5th batch of an
  epoch, starting with the first, with the same z as the critic step (the code's ``i % n_critic ==
  0``; :meth:`~medad_core.nn.training.TrainedDetector.step_due`). Two Adam optimisers, lr 2e-4,
  betas (0.5, 0.999).
* Stage 2 (Sec. 2.3.3, the ``encoder`` phase, G and D frozen and in eval mode): the izi_f encoder E
  minimises (Eq. 7)::

      L_izif(x) = 1/n ||x - G(E(x))||^2 + kappa / n_d ||f(x) - f(G(E(x)))||^2,   kappa = 1

  n the number of pixels, f(.) the critic's last feature map (n_d features).
* Anomaly score (Eq. 8-9), per image: A(x) = A_R(x) + kappa A_D(x) with the two terms of L_izif.
* Images are resized to ``image_size`` and scaled to [-1, 1] (``Normalize(0.5, 0.5)``); BMAD's config
  ``img_size: 224`` gives G a first Linear of 100 x 128 x 56^2 ~ 40 M weights. BMAD's training also
  flips the images horizontally at random (``hflip=True``); off by default, as no augmentation is
  part of the method (and left-right matters in some medical images). Epochs: the config's 200 for
  each stage; BMAD keeps the last model (``select_on_valid=False``); ``select_on_valid=True``
  selects the encoder on the valid split.
* AUROC sign: medad computes the AUROC with the anomalous images as positives. BMAD's
  ``test_anomaly_detection.py`` passes ``pos_label=0`` while its anomalous images are labelled 1, so
  the AUROC it prints is 1 - AUROC; the thesis's f-AnoGAN cells (55-77 %) may be inverted.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.gan import WGANCritic, WGANEncoder, WGANGenerator, gradient_penalty, to_tanh_range
from medad_core.nn.selection import ValidSelector
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register


class FAnoGANModel(nn.Module):
    """Generator G, critic D and encoder E; ``forward`` gives A(x) = A_R + kappa A_D (B,).

    Args:
        size: input side (divisible by 16).
        channels: image channels.
        latent: dimension of z.
        generator_width: channels of G's upsampling stages (128 in BMAD's code).
        kappa: weight of the feature residual A_D.
        encoder: build the izi_f encoder E (AnoGAN searches z instead).
    """

    def __init__(
        self,
        size: int,
        channels: int,
        latent: int = 100,
        generator_width: int = 128,
        kappa: float = 1.0,
        encoder: bool = True,
    ):
        super().__init__()
        self.size = size
        self.latent = latent
        self.kappa = kappa
        self.generator = WGANGenerator(size, latent, channels, generator_width)
        self.critic = WGANCritic(size, channels)
        self.encoder = WGANEncoder(size, latent, channels) if encoder else None

    def prepare(self, images: torch.Tensor) -> torch.Tensor:
        """[0, 1] images -> resized [-1, 1] network input x."""
        return to_tanh_range(resize_square(images, self.size))

    def residuals(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(A_R (B,), A_D (B,), G(E(x))) of prepared inputs (Eq. 8-9)."""
        reconstruction = self.generator(self.encoder(x))
        residual = (x - reconstruction).pow(2).flatten(1).mean(1)
        feature_residual = (self.critic.features(x) - self.critic.features(reconstruction)).pow(2).mean(1)
        return residual, feature_residual, reconstruction

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """A(x) = A_R(x) + kappa A_D(x) (B,)."""
        residual, feature_residual, _ = self.residuals(self.prepare(images))
        return residual + self.kappa * feature_residual


class WGANGPDetector(TrainedDetector):
    """The WGAN-GP stage shared by f-AnoGAN and AnoGAN (the ``fit`` phase); subclasses score.

    Args:
        latent_size: dimension of z.
        generator_width: channels of G's upsampling stages.
        lr: Adam learning rate of every network.
        betas: Adam betas.
        gp_weight: lambda of the gradient penalty.
        n_critic: critic updates per generator update.
        epochs: epochs of the WGAN-GP stage.
        image_size: input side (divisible by 16; None: the largest multiple of 16 within the data's side).
        select_on_valid: see the subclasses.
        valid_every: evaluate the valid split every this many epochs.
        hflip: flip each training image horizontally with probability 0.5 (BMAD's
            ``RandomHorizontalFlip``; off by default, see the module docstring).
        **kwargs: the :class:`~medad_core.api.Detector` parameters.
    """

    manual_optimization = True

    def __init__(
        self,
        latent_size: int = 100,
        generator_width: int = 128,
        lr: float = 2e-4,
        betas: tuple[float, float] = (0.5, 0.999),
        gp_weight: float = 10.0,
        n_critic: int = 5,
        epochs: int = 200,
        image_size: int | None = None,
        select_on_valid: bool = False,
        valid_every: int = 10,
        hflip: bool = False,
        **kwargs,
    ):
        super().__init__(epochs=epochs, valid_every=valid_every, select_on_valid=select_on_valid, **kwargs)
        self.hflip = hflip
        self.latent_size = latent_size
        self.generator_width = generator_width
        self.lr = lr
        self.betas = tuple(betas)
        self.gp_weight = gp_weight
        self.n_critic = n_critic
        self.image_size = image_size

    def _build_gan(self, shape: tuple[int, int, int], kappa: float, encoder: bool = True) -> None:
        """G, D (and E when ``encoder``) for ``shape`` (C, H, W) inputs, randomly initialised."""
        self.input_spec = InputSpec(*shape)
        # without an image_size: the largest multiple of 16 that fits the data (any user folder works)
        size = self.image_size or min(self.input_spec.height, self.input_spec.width) // 16 * 16
        if size % 16:
            raise MedadError(
                f"{self.name}: the critic halves the image four times, so image_size must be a multiple "
                f"of 16; got {size} (pass --param image_size=...)"
            )
        if self.n_critic < 1:
            raise MedadError(f"{self.name}: n_critic must be >= 1; got {self.n_critic}")
        self.weights_used = f"random ({type(self).__name__} trains its GAN from scratch)"
        self.model = FAnoGANModel(
            size, self.input_spec.channels, self.latent_size, self.generator_width, kappa, encoder
        ).to(self.device)
        # z and the interpolation weights alpha come from their own seeded stream
        self._noise = torch.Generator().manual_seed(self.seed)

    def configure_optimizers(self) -> list[torch.optim.Optimizer]:
        """WGAN-GP stage: [Adam on D, Adam on G], lr 2e-4, betas (0.5, 0.999)."""
        return [
            torch.optim.Adam(self.model.critic.parameters(), lr=self.lr, betas=self.betas),
            torch.optim.Adam(self.model.generator.parameters(), lr=self.lr, betas=self.betas),
        ]

    def trainable_modules(self) -> list[nn.Module]:
        """G and D while the GAN trains."""
        return [self.model.generator, self.model.critic]

    def valid_selector(self, train: TrainSet) -> ValidSelector | None:
        """No selection in the GAN stage (the score needs the trained stage-2 networks)."""
        return None

    def training_images(self, batch: dict) -> torch.Tensor:
        """The batch's prepared images x, flipped at random when ``hflip``."""
        x = self.model.prepare(batch["image"].float())
        if self.hflip:
            flip = (torch.rand(len(x), generator=self._noise) < 0.5).to(x.device).view(-1, 1, 1, 1)
            x = torch.where(flip, x.flip(-1), x)
        return x

    def gan_step(self, batch: dict) -> dict[str, torch.Tensor]:
        """One critic update; one generator update on every ``n_critic``-th batch (same z)."""
        d_opt, g_opt = self.optimization.optimizers
        model = self.model
        real = self.training_images(batch)
        z = torch.randn(len(real), model.latent, generator=self._noise).to(real.device)
        fake = model.generator(z)
        penalty = gradient_penalty(model.critic, real, fake, self.gp_weight, self._noise)
        loss_d = model.critic(fake.detach()).mean() - model.critic(real).mean() + penalty
        self.optimizer_step(loss_d, d_opt)
        if self.step_due(self.n_critic):
            loss_g = -model.critic(model.generator(z)).mean()
            self.optimizer_step(loss_g, g_opt)
            self._loss_g = loss_g.detach()
        return {"loss": loss_d.detach(), "loss_g": self._loss_g, "gradient_penalty": penalty.detach()}

    def on_epoch_start(self, epoch: int) -> None:
        """The generator loss reported before its first update of a phase is NaN-free: 0."""
        if epoch == 0:
            self._loss_g = torch.zeros(())

    def freeze_gan(self) -> None:
        """G and D in eval mode without gradients (stage 2, test-time search)."""
        for module in (self.model.generator, self.model.critic):
            module.eval()
            module.requires_grad_(False)


@register("f-anogan", "f_anogan")
class FAnoGAN(WGANGPDetector):
    """f-AnoGAN: WGAN-GP, then the izi_f encoder; A(x) = A_R + kappa A_D."""

    name = "fanogan"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Schlegl et al. MedIA 2019; BMAD thesis Table 3.5"
    version = "1"
    profile_params = {
        "smoke": {
            "epochs": 4,
            "encoder_epochs": 4,
            "generator_width": 32,
            "latent_size": 32,
            "batch_size": 16,
            "lr": 1e-3,
        },
        # image-level only: the quick profile trains at 32 px with a narrower generator (CPU budget)
        "quick": {
            "epochs": 4,
            "encoder_epochs": 4,
            "generator_width": 32,
            "latent_size": 32,
            "batch_size": 32,
            "lr": 1e-3,
            "image_size": 32,
        },
        # BMAD's camelyon_fanogan.yaml: 200 epochs per stage, batch 32, lr 2e-4, betas (0.5, 0.999),
        # latent 100, img_size 224, n_critic 5; no model selection
        "paper": {
            "epochs": 200,
            "encoder_epochs": 200,
            "generator_width": 128,
            "latent_size": 100,
            "batch_size": 32,
            "lr": 2e-4,
            "betas": (0.5, 0.999),
            "n_critic": 5,
            "image_size": 224,
            "select_on_valid": False,
        },
    }

    def __init__(self, kappa: float = 1.0, encoder_epochs: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.kappa = kappa
        self.encoder_epochs = encoder_epochs

    def _build(self, shape: tuple[int, int, int]) -> None:
        """G, D and E at the input size."""
        self._build_gan(shape, self.kappa)

    def setup(self, train: TrainSet) -> None:
        """Checks the training images (the networks come from :meth:`_build`)."""
        check_training_images(train, self.name, min_size=16)
        self._build(self.train_shape)

    def configure_optimizers(self) -> list[torch.optim.Optimizer]:
        """[Adam on D, Adam on G] (stage 1), [Adam on E] (stage 2, ``encoder`` phase)."""
        if self.phase == "encoder":
            return [torch.optim.Adam(self.model.encoder.parameters(), lr=self.lr, betas=self.betas)]
        return super().configure_optimizers()

    def trainable_modules(self) -> list[nn.Module]:
        """G and D in stage 1, E in stage 2."""
        return [self.model.encoder] if self.phase == "encoder" else super().trainable_modules()

    def training_step(self, batch: dict, epoch: int) -> dict[str, torch.Tensor]:
        """A WGAN-GP step (stage 1) or an izi_f step (stage 2, Eq. 7)."""
        if self.phase != "encoder":
            return self.gan_step(batch)
        (e_opt,) = self.optimization.optimizers
        model = self.model
        x = self.training_images(batch)
        reconstruction = model.generator(model.encoder(x))
        residual = F.mse_loss(reconstruction, x)
        feature_residual = F.mse_loss(model.critic.features(reconstruction), model.critic.features(x))
        loss = residual + self.kappa * feature_residual
        self.optimizer_step(loss, e_opt)
        return {"loss": loss.detach(), "residual": residual.detach(), "feature_residual": feature_residual.detach()}

    def on_train_end(self, train: TrainSet) -> None:
        """Stage 2: the izi_f encoder with G and D frozen (valid selection of E if ``select_on_valid``)."""
        self.freeze_gan()
        selector = None
        if self.select_on_valid:
            selector = ValidSelector(self, train.valid, self.valid_every, True, modules=[self.model.encoder])
        epochs = self.epochs if self.encoder_epochs is None else self.encoder_epochs
        gan_info = self.fit_info
        self.fit_info = {"gan": gan_info, **self.run_training(train, epochs, phase="encoder", selector=selector)}
        self.fit_info["gan_final_loss"] = gan_info["final_loss"]

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        return Prediction(self.model(images.float()).cpu().numpy())
