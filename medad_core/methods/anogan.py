"""AnoGAN: a GAN of normal images and a test-time search for the latent that reproduces each image.

AnoGAN (Schlegl, Seeböck, Waldstein, Schmidt-Erfurth and Langs, "Unsupervised Anomaly Detection
with Generative Adversarial Networks to Guide Marker Discovery", IPMI 2017), the method thesis
Sec. 3.3 names beside f-AnoGAN (no table reports it and BMAD's code has none: the sixteenth row,
without a paper number).

* GAN: this is **AnoGAN on a WGAN**: the generator and critic are f-AnoGAN's, trained by the same
  WGAN-GP stage (:class:`~medad_core.methods.fanogan.WGANGPDetector`: lambda 10, n_critic 5, z ~
  N(0, I), Adam 2e-4), where the IPMI paper trained a DCGAN; f(.) is the critic's last feature map.
* Latent search (Sec. 2.2): for every test image x, z_1 ~ N(0, I) and Gamma updates of z minimise
  (Eq. 5)::

      L(z) = (1 - lambda) R(z) + lambda D(z)      (Eq. 5)
      R(z) = sum |x - G(z)|                        (residual loss, Eq. 3)
      D(z) = sum |f(x) - f(G(z))|                  (discrimination loss, Eq. 4)

  with lambda = 0.1 (``discrimination_weight``). G and D stay fixed. All images of a predict batch
  are searched at once (one z per image; the losses are summed over the batch, so each z gets its
  own image's gradient, and Adam and SGD act element-wise: the batched search equals one search per
  image). The paper runs Gamma = 500
  back-propagation steps and does not name the optimiser: Adam with lr ``latent_lr`` by default,
  ``latent_optimizer="sgd"`` for plain gradient descent. The smoke and quick profiles run fewer
  steps (10 at lr 0.1) to fit the CPU budget; ``max_steps`` caps Gamma as it caps the training.
* Anomaly score (Eq. 6): A(x) = L(z_Gamma); residual map |x - G(z_Gamma)| (mean over channels, at the
  input resolution; the thesis reports no pixel number for AnoGAN).
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import check_training_images
from medad_core.methods.fanogan import WGANGPDetector
from medad_core.registry import register


@register()
class AnoGAN(WGANGPDetector):
    """AnoGAN on a WGAN-GP: search z with G(z) ~ x; score the final residual + feature loss."""

    name = "anogan"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = True
    paper = "Schlegl et al. IPMI 2017 (thesis Sec. 3.3; no reported number)"
    version = "1"
    profile_params = {
        "smoke": {
            "epochs": 4,
            "generator_width": 32,
            "latent_size": 32,
            "batch_size": 16,
            "lr": 1e-3,
            "latent_steps": 10,
            "latent_lr": 0.1,
        },
        # 32 px, a narrower generator and 10 search steps (CPU budget)
        "quick": {
            "epochs": 4,
            "generator_width": 32,
            "latent_size": 32,
            "batch_size": 32,
            "lr": 1e-3,
            "image_size": 32,
            "latent_steps": 10,
            "latent_lr": 0.1,
        },
        # f-AnoGAN's WGAN-GP stage as BMAD configures it (224 px, 200 epochs), Gamma = 500 (paper)
        "paper": {
            "epochs": 200,
            "generator_width": 128,
            "latent_size": 100,
            "batch_size": 32,
            "lr": 2e-4,
            "betas": (0.5, 0.999),
            "n_critic": 5,
            "image_size": 224,
            "latent_steps": 500,
        },
    }

    def __init__(
        self,
        latent_steps: int = 500,
        latent_lr: float = 0.05,
        latent_optimizer: Literal["adam", "sgd"] = "adam",
        discrimination_weight: float = 0.1,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.latent_steps = latent_steps
        self.latent_lr = latent_lr
        self.latent_optimizer = latent_optimizer
        self.discrimination_weight = discrimination_weight

    def _build(self, shape: tuple[int, int, int]) -> None:
        """G and D (no encoder)."""
        if self.latent_optimizer not in ("adam", "sgd"):
            raise MedadError(f"anogan: latent_optimizer must be 'adam' or 'sgd'; got {self.latent_optimizer!r}")
        if not 0.0 <= self.discrimination_weight <= 1.0:
            raise MedadError(
                f"anogan: discrimination_weight (lambda) must lie in [0, 1]; got {self.discrimination_weight}"
            )
        self._build_gan(shape, kappa=1.0, encoder=False)

    def setup(self, train: TrainSet) -> None:
        """Checks the training images (the networks come from :meth:`_build`)."""
        check_training_images(train, self.name, min_size=16)
        self._build(self.train_shape)

    def training_step(self, batch: dict, epoch: int) -> dict[str, torch.Tensor]:
        """A WGAN-GP step."""
        return self.gan_step(batch)

    def on_train_end(self, train: TrainSet) -> None:
        """G and D are fixed during the latent search."""
        self.freeze_gan()

    def latent_loss(self, x: torch.Tensor, features: torch.Tensor, z: torch.Tensor) -> tuple[torch.Tensor, ...]:
        """L(z) per image (Eq. 5) and G(z), for prepared images x with critic features f(x).

        Args:
            x: prepared images (B, C, s, s) in [-1, 1].
            features: f(x) (B, F).
            z: latents (B, latent).

        Returns:
            (L(z) (B,), G(z)).
        """
        generated = self.model.generator(z)
        residual = (x - generated).abs().flatten(1).sum(1)  # R(z), Eq. 3
        discrimination = (features - self.model.critic.features(generated)).abs().sum(1)  # D(z), Eq. 4
        lam = self.discrimination_weight
        return (1 - lam) * residual + lam * discrimination, generated

    def search(self, images: torch.Tensor, start: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Gamma steps on one z per image; returns (L(z_Gamma) (B,), |x - G(z_Gamma)| maps (B, H, W)).

        Args:
            images: a [0, 1] batch (B, C, H, W).
            start: z_1 (B, latent); None draws it from N(0, I) with the detector's seed.

        Returns:
            The scores and the residual maps at the input resolution.
        """
        model = self.model
        # predict runs under inference mode; the search needs autograd on z
        with torch.inference_mode(False), torch.enable_grad():
            x = model.prepare(images.clone())
            with torch.no_grad():
                features = model.critic.features(x)
            if start is None:
                start = torch.randn(len(x), model.latent, generator=torch.Generator().manual_seed(self.seed))
            z = start.clone().to(x.device).requires_grad_(True)
            if self.latent_optimizer == "adam":
                optimizer = torch.optim.Adam([z], lr=self.latent_lr)
            else:
                optimizer = torch.optim.SGD([z], lr=self.latent_lr)
            # max_steps (the paper-profile dry run) caps the search as it caps the training
            steps = self.latent_steps if self.max_steps is None else min(self.latent_steps, self.max_steps)
            for _ in range(steps):
                loss, _ = self.latent_loss(x, features, z)
                optimizer.zero_grad(set_to_none=True)
                loss.sum().backward()
                optimizer.step()
            with torch.no_grad():
                scores, generated = self.latent_loss(x, features, z)
                residual = (x - generated).abs().mean(1, keepdim=True)
                maps = F.interpolate(residual, size=images.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
        return scores.detach(), maps.detach()

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        scores, maps = self.search(images.float())
        return Prediction(scores.cpu().numpy(), maps.cpu().numpy())
