"""Transformaly: a pretrained ViT teacher and a block-wise student, the DIA paper's Table 1 baseline.

Transformaly (Cohen & Avidan, "Transformaly - Two (Feature Spaces) Are Better Than One", CVPRW 2022),
in the unimodal setting DIA's Table 1 footnote names (one normal class, the others anomalous; the
authors' ``args['unimodal'] = True``):

* Teacher T: a pretrained ViT (the authors: ViT-B/16 at 384 px, ``B_16_imagenet1k`` of
  ``pytorch_pretrained_vit``; here torchvision's ``vit_b_16``, ImageNet-1k at 224 px, loaded through
  the weights policy), frozen. Its blocks ``T_1 .. T_L`` map ``h_{l-1}`` to ``h_l``.
* Student S: one block ``S_l`` per teacher block, the same architecture, randomly initialised, that
  reads the teacher's *input* to block l and predicts its *output*:
  ``S_l(h_{l-1}) ~ T_l(h_{l-1})`` (the authors' ``cloned_blocks``). Every block is trained on the
  normal images with the mean squared error over tokens and channels (Sec. 3, "knowledge
  distillation of each block").
* Distillation features: per image the vector ``e = (MSE(S_l(h_{l-1}), h_l))_{l in blocks}`` over the
  blocks from ``skip_blocks`` on (the code's ``use_layer_outputs = range(2, 12)``).
* Scores (unimodal, the code's ``train.py``): the pretrained-space term is the log-likelihood of the
  teacher's final CLS feature under one Gaussian fitted to the training images after PCA whitening
  that keeps ``whitening_threshold`` = 0.9 of the variance; the distillation term is the
  log-likelihood of ``e`` under one Gaussian fitted to the training images' ``e``. The image score
  is ``-(log p_pre + log p_dist)`` (higher = more anomalous). ``pretrained_score="knn"`` uses the
  multimodal setting's term instead, the summed distance to the ``k`` = 2 nearest training features
  (then the two terms are standardised on the training set before they are added, because a
  distance and a log-likelihood have no common scale; the authors add raw values only in the
  unimodal case). ``pretrained_score="none"`` scores the distillation term only.

Differences (the chapter's table): torchvision's ViT-B/16 at 224 px instead of the 384-px Google
checkpoint; Adam with the code's learning rate 1e-4 and batch 5 (the optimiser is our reading);
the last epoch is kept (the code keeps the model best on a held-out loss). The smoke and quick
profiles use a tiny ViT (``vit_tiny``: patch 4, 4 blocks of width 64) at 32 px with random weights
(``weights_used`` says so): there are no pretrained weights for it, and a random teacher still gives
a distillation task whose error grows off the normal data.

Image-level only (Transformaly gives no pixel maps).
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torchvision.models.vision_transformer import EncoderBlock, VisionTransformer

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.methods._feature_common import InputSpec, check_training_images, resize_square
from medad_core.nn.backbone import imagenet_normalize
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register
from medad_core.weights import load_torchvision

__all__ = ["TransformalyModel", "Transformaly", "GaussianDensity", "TINY_VIT"]

#: the tiny ViT of the smoke / quick profiles (no pretrained weights exist for it)
TINY_VIT = {"patch_size": 4, "num_layers": 4, "num_heads": 4, "hidden_dim": 64, "mlp_dim": 128}


class GaussianDensity:
    """One Gaussian with full covariance (sklearn's one-component ``GaussianMixture``), optional PCA whitening.

    All state is tensors, so a generic save captures it (``state``).

    Args:
        whitening_threshold: keep the leading principal components that explain this fraction of the
            variance and whiten them first (None: no PCA, the distillation features' case).
        reg_covar: added to the covariance diagonal (sklearn's default 1e-6).
    """

    def __init__(self, whitening_threshold: float | None = None, reg_covar: float = 1e-6):
        self.whitening_threshold = whitening_threshold
        self.reg_covar = reg_covar
        self.state: dict[str, torch.Tensor] = {}

    def fit(self, x: torch.Tensor) -> GaussianDensity:
        """Fit on (N, D) features.

        Args:
            x: the training features.

        Returns:
            ``self``.
        """
        x = x.double()
        if self.whitening_threshold is not None:
            mean = x.mean(0)
            _, s, vh = torch.linalg.svd(x - mean, full_matrices=False)
            var = s**2 / max(len(x) - 1, 1)
            explained = torch.cumsum(var, 0) / var.sum().clamp_min(1e-30)
            k = int(torch.searchsorted(explained, torch.tensor(self.whitening_threshold, dtype=explained.dtype))) + 1
            k = max(1, min(k, int((var > 1e-12 * var.max()).sum())))
            self.state["pca_mean"] = mean
            self.state["pca_proj"] = vh[:k].T / var[:k].sqrt()  # whitened scores (unit variance)
            x = (x - mean) @ self.state["pca_proj"]
        mu = x.mean(0)
        cov = torch.cov(x.T, correction=0).reshape(x.shape[1], x.shape[1])
        cov = cov + self.reg_covar * torch.eye(x.shape[1], dtype=x.dtype)
        chol = torch.linalg.cholesky(cov)
        self.state.update(mu=mu, chol=chol, logdet=2 * torch.log(torch.diagonal(chol)).sum())
        return self

    def log_likelihood(self, x: torch.Tensor) -> torch.Tensor:
        """The log-density log N(x; mu, Sigma) per row of (N, D) features (after the fitted whitening).

        Args:
            x: features in the space :meth:`fit` saw.

        Returns:
            (N,) float64 log-densities.
        """
        s = self.state
        x = x.double().to(s["mu"].device)
        if "pca_proj" in s:
            x = (x - s["pca_mean"]) @ s["pca_proj"]
        z = torch.linalg.solve_triangular(s["chol"], (x - s["mu"]).T, upper=False)
        d = x.shape[1]
        return -0.5 * (z.pow(2).sum(0) + s["logdet"] + d * math.log(2 * math.pi))


class TransformalyModel(nn.Module):
    """Frozen ViT teacher and one trainable student block per teacher block.

    Args:
        teacher: a torchvision :class:`VisionTransformer` (its head is not used).
    """

    def __init__(self, teacher: VisionTransformer):
        super().__init__()
        self.teacher = teacher.eval().requires_grad_(False)
        enc = teacher.encoder
        first = enc.layers[0]
        heads = first.self_attention.num_heads
        width = teacher.hidden_dim
        mlp = first.mlp[0].out_features
        self.student = nn.ModuleList(EncoderBlock(heads, width, mlp, 0.0, 0.0) for _ in enc.layers)
        self.image_size = teacher.image_size

    def train(self, mode: bool = True) -> TransformalyModel:
        """The student trains; the teacher stays in eval mode."""
        super().train(mode)
        self.teacher.eval()
        return self

    def tokens(self, images: torch.Tensor) -> torch.Tensor:
        """h_0: patch embeddings with the class token and positions (the teacher's encoder input)."""
        t = self.teacher
        x = t._process_input(imagenet_normalize(resize_square(images, self.image_size)))
        cls = t.class_token.expand(x.shape[0], -1, -1)
        return t.encoder.dropout(torch.cat([cls, x], dim=1) + t.encoder.pos_embedding)

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Teacher outputs h_l, student predictions S_l(h_{l-1}) (both (L, B, N, D)) and the final CLS feature."""
        with torch.no_grad():
            h = self.tokens(images)
            inputs, outputs = [], []
            for block in self.teacher.encoder.layers:
                inputs.append(h)
                h = block(h)
                outputs.append(h)
            cls = self.teacher.encoder.ln(h)[:, 0]
        predicted = [s(x) for s, x in zip(self.student, inputs, strict=True)]
        return torch.stack(outputs), torch.stack(predicted), cls

    def block_errors(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """e_l = mean over tokens and channels of (S_l(h_{l-1}) - h_l)^2, as (B, L), and the CLS feature."""
        target, predicted, cls = self(images)
        return (predicted - target).pow(2).mean(dim=(2, 3)).T, cls


def tiny_vit(image_size: int) -> VisionTransformer:
    """The smoke / quick teacher (:data:`TINY_VIT`) at ``image_size``."""
    return VisionTransformer(image_size=image_size, dropout=0.0, attention_dropout=0.0, **TINY_VIT)


@register()
class Transformaly(TrainedDetector):
    """Transformaly: ViT teacher, block-wise student, Gaussian scores in both feature spaces (unimodal)."""

    name = "transformaly"
    settings = frozenset({Setting.ONE_CLASS})
    localizes = False
    paper = "Cohen & Avidan CVPRW 2022 (unimodal, as DIA Table 1 ran it)"
    version = "1"
    profile_params = {
        "smoke": {"backbone": "vit_tiny", "image_size": 32, "epochs": 2, "batch_size": 8, "skip_blocks": 1},
        "quick": {"backbone": "vit_tiny", "image_size": 32, "epochs": 4, "batch_size": 16, "skip_blocks": 1},
        "paper": {"backbone": "vit_b_16", "image_size": 224, "epochs": 5, "batch_size": 5},
    }

    def __init__(
        self,
        backbone: str = "vit_b_16",
        image_size: int | None = 224,
        epochs: int = 5,
        lr: float = 1e-4,
        select_on_valid: bool = False,
        batch_size: int = 5,
        skip_blocks: int = 2,
        pretrained_score: Literal["gaussian", "knn", "none"] = "gaussian",
        whitening_threshold: float = 0.9,
        k: int = 2,
        **kwargs,
    ):
        super().__init__(epochs=epochs, batch_size=batch_size, select_on_valid=select_on_valid, **kwargs)
        self.backbone = backbone
        self.image_size = image_size
        self.lr = lr
        self.skip_blocks = skip_blocks
        self.pretrained_score = pretrained_score
        self.whitening_threshold = whitening_threshold
        self.k = k

    def valid_selector(self, train: TrainSet):
        """The last epoch unless ``select_on_valid`` (the original code selects on the test split: not here)."""
        return super().valid_selector(train) if self.select_on_valid else None

    def on_validation_start(self, train: TrainSet) -> None:
        """The score statistics of the current weights before a valid-split evaluation."""
        self._fit_densities(train)

    def _build(self, shape: tuple[int, int, int]) -> None:
        """Teacher ViT (weights policy) and the untrained student blocks for (C, H, W) input."""
        if self.pretrained_score not in ("gaussian", "knn", "none"):
            raise MedadError(
                f"transformaly: pretrained_score must be gaussian, knn or none; got {self.pretrained_score!r}"
            )
        size = self.image_size or int(shape[-1])
        if self.backbone == "vit_tiny":
            teacher, self.weights_used = tiny_vit(size), "random (tiny ViT of the smoke/quick profile)"
        elif self.backbone.startswith("vit_"):
            teacher, self.weights_used = load_torchvision(self.backbone, self.weights, self.profile, image_size=size)
        else:
            raise MedadError(
                f"transformaly: backbone must be vit_tiny or a torchvision ViT (vit_b_16, ...); got {self.backbone!r}"
            )
        self.model = TransformalyModel(teacher).to(self.device)
        n_blocks = len(self.model.student)
        if not 0 <= self.skip_blocks < n_blocks:
            raise MedadError(
                f"transformaly: skip_blocks must be in [0, {n_blocks - 1}] for {self.backbone}; got {self.skip_blocks}"
            )

    def setup(self, train: TrainSet) -> None:
        """Build the networks (``_build``) for the training images."""
        self.input_spec: InputSpec = check_training_images(train, self.name, min_size=8)
        self._build(train.image_shape())

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam on the student blocks."""
        return torch.optim.Adam(self.model.student.parameters(), lr=self.lr)

    def trainable_modules(self) -> list[nn.Module]:
        """Only the student trains."""
        return [self.model.student]

    def training_step(self, batch: dict, epoch: int) -> torch.Tensor:
        """Mean squared error of every student block against its teacher block."""
        target, predicted, _ = self.model(batch["image"].float())
        return F.mse_loss(predicted, target)

    def _features(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        errors, cls = self.model.block_errors(images.float())
        return errors[:, self.skip_blocks :], cls

    def on_train_end(self, train: TrainSet) -> None:
        """Fit the two densities on the training images' features (the final model)."""
        self._fit_densities(train)

    def _fit_densities(self, train: TrainSet) -> None:
        self.model.eval()
        errors, feats = [], []
        with torch.inference_mode():
            for batch in train.normal.batches(self.batch_size, device=self.device):
                e, c = self._features(batch["image"])
                errors.append(e.cpu())
                feats.append(c.cpu())
        errors_t, feats_t = torch.cat(errors), torch.cat(feats)
        dist = GaussianDensity().fit(errors_t)
        self.distillation_density = dist.state
        self.train_cls = feats_t
        terms = {"distillation": dist.log_likelihood(errors_t)}
        if self.pretrained_score == "gaussian":
            pre = GaussianDensity(self.whitening_threshold).fit(feats_t)
            self.pretrained_density = pre.state
            terms["pretrained"] = pre.log_likelihood(feats_t)
        elif self.pretrained_score == "knn":
            terms["pretrained"] = -self._knn(feats_t, exclude_self=True)
        # the training statistics of each term (used to standardise the knn combination)
        self.term_stats = {k: [float(v.mean()), float(v.std().clamp_min(1e-12))] for k, v in terms.items()}

    def _knn(self, feats: torch.Tensor, exclude_self: bool = False) -> torch.Tensor:
        """Summed squared distance to the k nearest training CLS features (the authors' faiss IndexFlatL2)."""
        d = torch.cdist(feats.double(), self.train_cls.double().to(feats.device)).pow(2)
        if exclude_self:
            d = d + torch.diag(torch.full((len(d),), float("inf"), dtype=d.dtype))
        k = min(self.k, d.shape[1] - (1 if exclude_self else 0))
        return d.topk(max(k, 1), dim=1, largest=False).values.sum(1)

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self.input_spec.check(images, self.name)
        errors, cls = self._features(images)
        dist = GaussianDensity()
        dist.state = self.distillation_density
        ll = {"distillation": dist.log_likelihood(errors.cpu())}
        if self.pretrained_score == "gaussian":
            pre = GaussianDensity(self.whitening_threshold)
            pre.state = self.pretrained_density
            ll["pretrained"] = pre.log_likelihood(cls.cpu())
            normality = ll["distillation"] + ll["pretrained"]  # the code adds the raw log-likelihoods
        elif self.pretrained_score == "knn":
            ll["pretrained"] = -self._knn(cls.cpu())
            normality = sum((v - self.term_stats[k][0]) / self.term_stats[k][1] for k, v in ll.items())
        else:
            normality = ll["distillation"]
        extras = {f"{k}_log_likelihood": v.numpy() for k, v in ll.items()}
        return Prediction(-normality.numpy(), None, extras)

    def embed(self, images) -> np.ndarray:
        """The teacher's final CLS feature (the pretrained feature space)."""
        return self._embed_with(images, lambda x: self.model(x.float())[2])
