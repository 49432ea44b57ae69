"""Mean-Shifted Contrastive (MSC): a pretrained ResNet adapted to the normal class, kNN score.

Mean-Shifted Contrastive Loss (Reiss & Hoshen, "Mean-Shifted Contrastive Loss for Anomaly Detection",
AAAI 2023), the "Meanshift" row of the DIA paper's Table 1:

* Features phi(x): an ImageNet-pretrained ResNet-152 (``resnet18`` option; the code's ``--backbone``)
  without its classifier, L2-normalised; conv1, bn1, layer1 and layer2 stay frozen (the code's
  ``freeze_parameters``), layer3-4 are fine-tuned.
* Centre c: the mean of the normalised training features of the *pretrained* network, computed once
  before training (Sec. 3.2); with the angular loss it is itself normalised (the code).
* Mean-shifted representation (Eq. 3): ``theta(x) = (phi(x) - c) / ||phi(x) - c||``.
* Mean-shifted contrastive loss (Eq. 4): NT-Xent over the mean-shifted features of two augmented
  views of each image, temperature tau = 0.25: ``L_msc(x', x'') = -log exp(theta(x')·theta(x'')/tau)
  / sum_{i != x'} exp(theta(x')·theta(x_i)/tau)`` over the 2B views of a batch, both directions.
* Angular centre loss (Eq. 5, ``angular=True``): ``L_angular = -phi(x)·c`` (normalised); the code adds
  ``||phi(x') - c||^2 + ||phi(x'') - c||^2`` averaged over the batch, which equals
  ``4 - 2 phi(x')·c - 2 phi(x'')·c`` for unit vectors (the same gradient direction, twice the weight;
  we follow the code). The DIA paper does not say whether the angular term was on: default off (the
  code's default; ``angular=True`` is the paper's stronger variant).
* Score: the summed squared distance of the normalised feature to its ``k`` = 2 nearest normalised
  training features (the code's faiss ``IndexFlatL2`` kNN; for unit vectors a cosine distance).
* Augmentation (the code's MoCo v2 recipe, as batched tensor ops on the device): random resized crop
  with scale (0.2, 1), colour jitter (0.4, 0.4, 0.4, hue 0.1) with p = 0.8, greyscale p = 0.2,
  Gaussian blur sigma in [0.1, 2] with p = 0.5, horizontal flip.
* Optimiser: SGD lr 1e-5, weight decay 5e-5, 20 epochs, batch 64 (the code). The last epoch is kept
  (the code prints the test AUROC after every epoch and keeps none).

Image-level only. Smoke / quick: ResNet-18 at the data's 32 px, random weights unless ImageNet weights
are cached (``weights_used`` says so), lr 1e-3 so that a few epochs move the features.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.backbone import imagenet_normalize
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register
from medad_core.weights import load_torchvision

__all__ = ["MSCModel", "MSC", "mean_shifted_contrastive_loss", "angular_center_loss", "moco_augment"]

#: ResNet parts the code freezes (``freeze_parameters``)
FROZEN_PARTS = ("conv1", "bn1", "layer1", "layer2")


def mean_shifted_contrastive_loss(z1: torch.Tensor, z2: torch.Tensor, center: torch.Tensor, tau: float = 0.25):
    """Eq. 3-4: NT-Xent on ``(phi - c) / ||phi - c||`` of two views, mean over the 2B anchors.

    Args:
        z1: (B, D) normalised features of the first view of each image.
        z2: (B, D) the second view's, in the same image order.
        center: (D,) the centre c.
        tau: temperature (0.25).

    Returns:
        The scalar loss.
    """
    a = F.normalize(z1 - center, dim=-1)
    b = F.normalize(z2 - center, dim=-1)
    out = torch.cat([a, b])
    logits = out @ out.T / tau
    logits = logits.masked_fill(torch.eye(len(out), dtype=torch.bool, device=out.device), float("-inf"))
    n = len(a)
    positives = torch.cat([torch.arange(n, 2 * n), torch.arange(n)]).to(out.device)
    return F.cross_entropy(logits, positives)


def angular_center_loss(z1: torch.Tensor, z2: torch.Tensor, center: torch.Tensor) -> torch.Tensor:
    """The code's angular term: mean ``||z1 - c||^2`` + mean ``||z2 - c||^2`` (Eq. 5 for unit vectors)."""
    return (z1 - center).pow(2).sum(1).mean() + (z2 - center).pow(2).sum(1).mean()


def _gaussian_blur_batch(x: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
    """Per-image Gaussian blur with per-image sigma (pixels), separable, one grouped convolution per axis."""
    b, c, h, w = x.shape
    radius = int(math.ceil(3 * float(sigma.max())))
    radius = max(1, min(radius, (min(h, w) - 1) // 2))
    t = torch.arange(-radius, radius + 1, device=x.device, dtype=x.dtype)
    k = torch.exp(-0.5 * (t[None] / sigma[:, None].clamp_min(1e-3)) ** 2)
    k = (k / k.sum(1, keepdim=True)).repeat_interleave(c, 0)  # (B*C, K)
    y = x.reshape(1, b * c, h, w)
    y = F.conv2d(F.pad(y, (radius, radius, 0, 0), mode="reflect"), k[:, None, None, :], groups=b * c)
    y = F.conv2d(F.pad(y, (0, 0, radius, radius), mode="reflect"), k[:, None, :, None], groups=b * c)
    return y.reshape(b, c, h, w)


def moco_augment(images: torch.Tensor, generator: torch.Generator, blur_sigma: tuple[float, float] = (0.1, 2.0)):
    """The MoCo v2 augmentation of the MSC code, batched: crop, jitter, greyscale, blur, flip.

    Args:
        images: (B, 3, H, W) in [0, 1].
        generator: the random source (on the images' device).
        blur_sigma: the blur's sigma range, in pixels of a 224-px image (scaled to the input size).

    Returns:
        The augmented batch, same shape, in [0, 1].
    """
    b, _, h, w = images.shape
    dev, g = images.device, generator

    def u(lo, hi, n=b):
        return lo + (hi - lo) * torch.rand(n, device=dev, generator=g)

    # random resized crop: area scale (0.2, 1), log-uniform aspect (3/4, 4/3), as an affine sampling grid
    area = u(0.2, 1.0)
    ratio = torch.exp(u(math.log(3 / 4), math.log(4 / 3)))
    sw = torch.sqrt(area * ratio).clamp(max=1.0)
    sh = torch.sqrt(area / ratio).clamp(max=1.0)
    cx, cy = u(-1, 1) * (1 - sw), u(-1, 1) * (1 - sh)
    flip = torch.where(torch.rand(b, device=dev, generator=g) < 0.5, -1.0, 1.0)
    theta = torch.zeros(b, 2, 3, device=dev)
    theta[:, 0, 0], theta[:, 0, 2] = sw * flip, cx
    theta[:, 1, 1], theta[:, 1, 2] = sh, cy
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    x = F.grid_sample(images, grid, mode="bilinear", padding_mode="reflection", align_corners=False)
    # colour jitter with p = 0.8: brightness, contrast, saturation (0.4) and hue (0.1, a YIQ rotation)
    on = (torch.rand(b, device=dev, generator=g) < 0.8).float().view(b, 1, 1, 1)
    grey = lambda t: (t * t.new_tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)).sum(1, keepdim=True)  # noqa: E731
    j = x * u(0.6, 1.4).view(b, 1, 1, 1)
    j = (j - grey(j).mean((2, 3), keepdim=True)) * u(0.6, 1.4).view(b, 1, 1, 1) + grey(j).mean((2, 3), keepdim=True)
    j = (j - grey(j)) * u(0.6, 1.4).view(b, 1, 1, 1) + grey(j)
    angle = u(-0.1, 0.1) * 2 * math.pi
    to_yiq = x.new_tensor([[0.299, 0.587, 0.114], [0.596, -0.274, -0.322], [0.211, -0.523, 0.312]])
    rot = torch.zeros(b, 3, 3, device=dev)
    rot[:, 0, 0] = 1
    rot[:, 1, 1], rot[:, 1, 2], rot[:, 2, 1], rot[:, 2, 2] = angle.cos(), -angle.sin(), angle.sin(), angle.cos()
    m = torch.linalg.inv(to_yiq) @ rot @ to_yiq  # (B, 3, 3)
    j = torch.einsum("bij,bjhw->bihw", m, j).clamp(0, 1)
    x = on * j + (1 - on) * x
    # greyscale with p = 0.2
    g2 = (torch.rand(b, device=dev, generator=g) < 0.2).float().view(b, 1, 1, 1)
    x = g2 * grey(x).expand_as(x) + (1 - g2) * x
    # Gaussian blur with p = 0.5 (sigma scaled from the code's 224-px images to this size)
    sigma = u(*blur_sigma) * (h / 224.0)
    blurred = _gaussian_blur_batch(x, sigma)
    on_blur = (torch.rand(b, device=dev, generator=g) < 0.5).float().view(b, 1, 1, 1)
    return (on_blur * blurred + (1 - on_blur) * x).clamp(0, 1)


class MSCModel(nn.Module):
    """ResNet feature extractor phi (classifier removed), normalised output.

    Args:
        network: a torchvision ResNet.
    """

    def __init__(self, network: nn.Module):
        super().__init__()
        network.fc = nn.Identity()
        self.network = network
        for part in FROZEN_PARTS:
            getattr(network, part).requires_grad_(False)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """phi(x) / ||phi(x)|| of [0, 1] images (ImageNet normalisation inside)."""
        return F.normalize(self.network(imagenet_normalize(images)), dim=-1)


@register("meanshift", "mean_shifted")
class MSC(TrainedDetector):
    """Mean-Shifted Contrastive: fine-tuned pretrained ResNet, mean-shifted NT-Xent, kNN score."""

    name = "msc"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Reiss & Hoshen AAAI 2023 (DIA Table 1's Meanshift)"
    version = "1"
    profile_params = {
        "smoke": {"backbone": "resnet18", "image_size": None, "epochs": 2, "batch_size": 8, "lr": 1e-3},
        "quick": {"backbone": "resnet18", "image_size": None, "epochs": 3, "batch_size": 32, "lr": 1e-3},
        "paper": {"backbone": "resnet152", "epochs": 20, "batch_size": 64, "image_size": 224},
    }

    def __init__(
        self,
        backbone: str = "resnet152",
        image_size: int | None = 224,
        epochs: int = 20,
        lr: float = 1e-5,
        weight_decay: float = 5e-5,
        tau: float = 0.25,
        angular: bool = False,
        k: int = 2,
        select_on_valid: bool = False,
        batch_size: int = 64,
        **kwargs,
    ):
        super().__init__(epochs=epochs, batch_size=batch_size, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.image_size = image_size
        self.lr = lr
        self.weight_decay = weight_decay
        self.tau = tau
        self.angular = angular
        self.k = k

    def valid_selector(self, train: TrainSet):
        """The last epoch unless ``select_on_valid`` (the original code selects on the test split: not here)."""
        return super().valid_selector(train) if self.select_on_valid else None

    def on_validation_start(self, train: TrainSet) -> None:
        """The score statistics of the current weights before a valid-split evaluation."""
        self.train_features = self._features_of(train)

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The ResNet phi (weights policy) for (C, H, W) input."""
        if not self.backbone.startswith("resnet"):
            raise MedadError(
                f"msc: backbone must be a torchvision ResNet (resnet18, resnet152, ...); got {self.backbone!r}"
            )
        network, self.weights_used = load_torchvision(self.backbone, self.weights, self.profile)
        self.model = MSCModel(network).to(self.device)

    def setup(self, train: TrainSet) -> None:
        """Build phi (``_build``), then the centre c of the pretrained features of the training images."""
        self.input_spec: InputSpec = check_training_images(train, self.name, min_size=8)
        self._build(train.image_shape())
        self.center = self._features_of(train).mean(0)
        if self.angular:
            self.center = F.normalize(self.center, dim=-1)
        self._generator = torch.Generator(device=self.device).manual_seed(self.seed)

    def _features_of(self, train: TrainSet) -> torch.Tensor:
        self.model.eval()
        with torch.inference_mode():
            out = [
                self.model(resize_square(b["image"].float(), self.image_size))
                for b in train.normal.batches(self.batch_size, device=self.device)
            ]
        return torch.cat(out).clone()

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """SGD on the unfrozen layers (the code: lr 1e-5, weight decay 5e-5, no momentum)."""
        params = [p for p in self.model.parameters() if p.requires_grad]
        return torch.optim.SGD(params, lr=self.lr, weight_decay=self.weight_decay)

    def training_step(self, batch: dict, epoch: int) -> dict[str, torch.Tensor]:
        """L_msc of two augmented views (+ the angular term)."""
        x = resize_square(batch["image"].float(), self.image_size)
        x = x.expand(-1, 3, -1, -1) if x.shape[1] == 1 else x
        z1 = self.model(moco_augment(x, self._generator))
        z2 = self.model(moco_augment(x, self._generator))
        center = self.center.to(z1.device)
        msc = mean_shifted_contrastive_loss(z1, z2, center, self.tau)
        if not self.angular:
            return {"loss": msc}
        ang = angular_center_loss(z1, z2, center)
        return {"loss": msc + ang, "msc": msc.detach(), "angular": ang.detach()}

    def on_train_end(self, train: TrainSet) -> None:
        """The fine-tuned features of the training images (the kNN bank)."""
        self.train_features = self._features_of(train)
        del self._generator

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        z = self.model(resize_square(images.float(), self.image_size))
        d = torch.cdist(z, self.train_features.to(z.device)).pow(2)
        k = max(1, min(self.k, d.shape[1]))
        return Prediction(d.topk(k, dim=1, largest=False).values.sum(1).cpu().numpy())

    def embed(self, images) -> np.ndarray:
        """phi(x), the normalised fine-tuned feature."""
        return self._embed_with(images, lambda x: self.model(resize_square(x, self.image_size)))
