"""DDAD-ASR: dual-distribution discrepancy with self-supervised anomaly score refinement.

Cai et al., "Dual-distribution discrepancy with self-supervised refinement for anomaly detection in
medical images" (MedIA 2023; ``/work/shared/papers/002_c0bd97198b75dd2a.txt``), networks in
:mod:`medad_core.nn.ddad`. One ``fit`` trains every module and gives every score of Table 3:

* Stage 1 (Sec. 3.2): NDM = K reconstruction networks on the normal images D_n (Eq. 1), UDM = K on D_n
  and the unlabelled pool D_u (Eq. 2), different initialisations and their own shuffling of the data;
  the K members of a module are trained as **one batched model** (grouped convolutions and batched
  FC layers, :class:`~medad_core.nn.ddad.EnsembleAE`), phases ``"ndm"`` and ``"udm"`` of the shared
  training loop. ``ensemble="sequential"`` trains the same K initial networks one after the other on
  the same data orders instead (the reference ``medad bench ddad`` times; same numbers up to rounding).
* Scores (Sec. 3.3-3.4), each an image score = the mean of its map, all in ``Prediction.extras``:
  ``a_rec`` (A_rec of the first NDM member, the "Rec." row), ``a_rec_ens`` (``(x - mu_A)^2``, "Rec.
  (ensemble)"), ``a_intra`` (Eq. 3), ``a_inter`` (Eq. 4), and for the AE-U backbone the
  uncertainty-refined Eq. 6-7 (divided by ``sigma_p = sqrt(mean_i exp(s_i))`` of NDM; A_rec of AE-U is
  ``exp(-s)(x - mu)^2`` and its ensemble version ``(x - mu_A)^2 / sigma^2``, the DDAD code).
* Stage 2 (Sec. 3.5): two ASR-Nets, ``R_dual = F([A_intra, A_inter])`` (Eq. 8) and ``R_intra =
  F(A_intra)`` (Eq. 13), trained together in phase ``"asr"`` on FPI-style synthetic anomalies of D_n
  (Eq. 9-10) pushed through the frozen NDM / UDM, with the focal loss (Eq. 11-12); the map is the
  softmax probability of the anomalous class.
* Settings: ``dual_distribution`` (all six scores; main score ``r_dual``) and ``one_class`` (no UDM:
  ``a_rec``, ``a_rec_ens``, ``a_intra``, ``r_intra``; main score ``r_intra``). ``score`` picks the main
  score (``scores`` and ``maps``) among the available ones.

Paper vs code (notes A.7; the paper's value is the default, the code's a named option):

================  ==========================  ==============================  =======================
item              paper                       DDAD code                       here
================  ==========================  ==============================  =======================
K                 3                           3 runs per module               ``n_members=3``
AE FC layers      "3 FC layers"               1024-2048-16-2048-1024          the code's (3 hidden)
MemAE shrinkage   Gong et al. (unstated)      0.0                             ``shrink_threshold=1/25``
                                                                              (Gong's 1/N); 0.0025, 0
A_intra std       1/K (Eq. 3)                 unbiased ``torch.std``          ``intra_ddof=0``; 1
sigma_p (AE-U)    "average uncertainty"       sqrt(mean exp(s))               the code's
NDM/UDM training  250 epochs, Adam 5e-4       batch 64, betas (0.5, 0.999),   the code's batch,
                                              drop_last                       betas, drop_last
ASR training      100 epochs, lr 1e-4, wd     batch 8, betas (0.5, 0.999),    the code's; final
                  1e-4                        final epoch saved               epoch
FPI patch         h_s ~ U(0.1d, 0.4d)         half-width randint(3, 13)       ``patch="paper"``;
                                                                              ``"code"``
synthetic share   --                          0.5                             ``p_synthetic=0.5``
focal loss        Eq. 12, gamma tunable       gamma 2, smoothed one-hot       ``focal="paper"``,
                                                                              ``gamma=2``; ``"code"``
input scaling     --                          Normalize(0.5, 0.5): [-1, 1]    [-1, 1]
================  ==========================  ==============================  =======================

Profiles: ``paper`` is the table above at 64 px (250 / 100 epochs). ``quick`` reads the images at
**32 px** and narrows the networks (first conv width 8, FC 128, ASR width 16), 12 epochs at lr 3e-3 and
3 ASR epochs at 2e-3, so that one dual-distribution fit on the chapter's RSNA phantom (200 normal +
200 unlabelled images) costs a few CPU seconds (at 64 px the same schedule costs several times more,
beyond the chapter's budget; ``fit_info["stage_seconds"]`` has each stage's time). ``smoke`` is
smaller still (K = 2).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError, Prediction, Setting, TrainSet
from medad_core.nn.ddad import (
    ASRNet,
    EnsembleAE,
    asr_focal_loss,
    build_backbone,
    ensemble_sigma,
    fpi_patches,
    inter_discrepancy,
    intra_discrepancy,
    member_losses,
    reconstruction_error,
)
from medad_core.nn.training import TrainedDetector
from medad_core.registry import register

__all__ = ["DDAD", "DDADModel", "ReconstructionDetector", "SCORES", "ONE_CLASS_SCORES"]

#: the six scores of Table 3, in its row order (the keys of ``Prediction.extras``)
SCORES = ("a_rec", "a_rec_ens", "a_intra", "a_inter", "r_intra", "r_dual")
#: the scores that exist without an unlabelled pool (no UDM)
ONE_CLASS_SCORES = ("a_rec", "a_rec_ens", "a_intra", "r_intra")
Backbone = Literal["ae", "memae", "aeu"]


def _member_seed(seed: int, module: str, member: int) -> int:
    """A reproducible seed per (run seed, module, member): each member shuffles the data its own way."""
    return zlib.crc32(f"{seed}:{module}:{member}".encode()) & 0x7FFFFFFF


def _steps(n: int, batch_size: int, drop_last: bool) -> list[tuple[int, int]]:
    """(start, stop) of the batches of an epoch over ``n`` samples.

    ``drop_last`` drops the incomplete last batch (the DDAD code's loaders) but never every batch: a set
    smaller than one batch is one batch.
    """
    if n <= batch_size:
        return [(0, n)]
    stop = (n // batch_size) * batch_size if drop_last else n
    return [(s, min(s + batch_size, stop)) for s in range(0, stop, batch_size)]


class _ReconstructionBase(TrainedDetector):
    """What the DDAD detectors share: input scaling, the backbone parameters, per-member data orders."""

    settings = frozenset({Setting.ONE_CLASS, Setting.DUAL_DISTRIBUTION})
    localizes = True
    paper = "Cai et al. MedIA 2023 (DDAD-ASR), Sec. 3-4.2"

    def __init__(
        self,
        image_size: int = 64,
        width: int = 16,
        hidden: int = 2048,
        latent: int = 16,
        memory_slots: int = 25,
        shrink_threshold: float = 1.0 / 25,
        entropy_weight: float = 2e-4,
        epochs: int = 250,
        lr: float = 5e-4,
        betas: tuple[float, float] = (0.5, 0.999),
        weight_decay: float = 0.0,
        batch_size: int = 64,
        drop_last: bool = True,
        **kwargs,
    ):
        kwargs.setdefault("select_on_valid", False)
        super().__init__(epochs=epochs, batch_size=batch_size, **kwargs)
        self.image_size = image_size
        self.width = width
        self.hidden = hidden
        self.latent = latent
        self.memory_slots = memory_slots
        self.shrink_threshold = shrink_threshold
        self.entropy_weight = entropy_weight
        self.lr = lr
        self.betas = tuple(betas)
        self.weight_decay = weight_decay
        self.drop_last = drop_last

    backbone: str = "ae"

    def _check_common(self, train: TrainSet) -> tuple[int, int, int]:
        train.require("normal", method=self.name)
        if len(train.normal) < 2:
            raise MedadError(
                f"{self.name} needs at least 2 normal training images (batch norm); got {len(train.normal)}"
            )
        shape = tuple(int(s) for s in train.normal.image_shape())
        if len(shape) != 3:
            raise MedadError(f"{self.name}: training images must be (C, H, W); got shape {shape}")
        if self.image_size % 16 or self.image_size < 16:
            raise MedadError(
                f"{self.name}: image_size must be a multiple of 16 (64 in the paper); got {self.image_size}"
            )
        if self.batch_size < 2:
            raise MedadError(f"{self.name}: batch_size must be >= 2 (batch norm); got {self.batch_size}")
        return shape

    def valid_selector(self, train: TrainSet) -> None:
        """No checkpoint selection: the DDAD code keeps the last epoch (a valid split is not read)."""
        return None

    def _new_backbone(self, n_members: int, channels: int) -> EnsembleAE:
        return build_backbone(
            self.backbone,
            n_members,
            channels,
            self.image_size,
            width=self.width,
            hidden=self.hidden,
            latent=self.latent,
            memory_slots=self.memory_slots,
            shrink_threshold=self.shrink_threshold,
        ).to(self.device)

    def _prepare(self, images: torch.Tensor) -> torch.Tensor:
        """[0, 1] images -> the network's input: ``image_size`` square (bilinear), scaled to [-1, 1] (the code)."""
        x = images.float()
        if tuple(x.shape[-2:]) != (self.image_size, self.image_size):
            x = F.interpolate(x, size=(self.image_size, self.image_size), mode="bilinear", align_corners=False)
        return x * 2.0 - 1.0

    def _cache(self, *parts) -> torch.Tensor:
        """The images of the given ImageSets as one prepared tensor on the device."""
        return torch.cat([self._prepare(p.tensors().to(self.device)) for p in parts if p is not None and len(p)])

    def _member_batches(self, data: torch.Tensor, generators: list[torch.Generator]) -> Iterator[torch.Tensor]:
        """One epoch of (B, K, C, H, W) batches: member k follows its own permutation (``generators[k]``)."""
        n = len(data)
        perms = torch.stack([torch.randperm(n, generator=g) for g in generators], 1).to(data.device)
        for start, stop in _steps(n, self.batch_size, self.drop_last):
            yield data[perms[start:stop]]

    def _recon_optimizer(self, module: nn.Module) -> torch.optim.Optimizer:
        return torch.optim.Adam(module.parameters(), lr=self.lr, betas=self.betas, weight_decay=self.weight_decay)

    def _to_input_size(self, maps: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
        if tuple(maps.shape[-2:]) == tuple(size):
            return maps
        return F.interpolate(maps.unsqueeze(1), size=size, mode="bilinear", align_corners=False).squeeze(1)

    def _check_predict(self, images: torch.Tensor) -> None:
        if images.ndim != 4:
            raise MedadError(f"{self.name}: predict expects an (N, C, H, W) batch; got shape {tuple(images.shape)}")


class ReconstructionDetector(_ReconstructionBase):
    """One DDAD reconstruction network on the normal images: the "Rec." rows of Tables 2-3.

    The image score is the mean of the A_rec map ``(x - x_hat)^2`` (AE-U: ``exp(-s)(x - mu)^2``, the
    DDAD code's ``test_rec``); an unlabelled pool, when the setting has one, is not used (the rows are
    one-class). Subclasses set ``backbone``.
    """

    version = "1"
    profile_params: ClassVar[dict[str, dict[str, Any]]] = {
        "smoke": {"image_size": 32, "width": 8, "hidden": 64, "epochs": 2, "lr": 2e-3, "batch_size": 16},
        "quick": {"image_size": 32, "width": 8, "hidden": 128, "epochs": 12, "lr": 3e-3, "batch_size": 32},
        "paper": {"epochs": 250, "lr": 5e-4, "batch_size": 64},
    }

    def _build(self, shape: tuple[int, int, int]) -> None:
        """The untrained network for (C, H, W) inputs (one member)."""
        self.model = self._new_backbone(1, int(shape[0]))

    def setup(self, train: TrainSet) -> None:
        """The network, the prepared normal images and the member's data order."""
        shape = self._check_common(train)
        self._build(shape)
        self.weights_used = "random (trained from scratch)"
        self._data = self._cache(train.normal)
        self._generators = [torch.Generator().manual_seed(_member_seed(self.seed, "ndm", 0))]

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam (the paper's lr; the code's betas)."""
        return self._recon_optimizer(self.model)

    def train_batches(self, train: TrainSet, epoch: int) -> Iterator[torch.Tensor]:
        """The normal images in the member's own order."""
        return self._member_batches(self._data, self._generators)

    def training_step(self, batch: torch.Tensor, epoch: int) -> torch.Tensor:
        """MSE (AE), Eq. 5 (AE-U) or MSE + entropy (MemAE)."""
        return member_losses(batch, self.model(batch), self.entropy_weight).sum()

    def on_train_end(self, train: TrainSet) -> None:
        """Free the cached training images."""
        self._data = None

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self._check_predict(images)
        x = self._prepare(images)
        out = self.model(x)
        log_var = out["log_var"][:, 0] if out["log_var"] is not None else None
        maps = reconstruction_error(x, out["recon"][:, 0], log_var).mean(1)
        scores = maps.flatten(1).mean(1)
        maps = self._to_input_size(maps, images.shape[-2:])
        return Prediction(scores.cpu().numpy(), maps.cpu().numpy())


class DDADModel(nn.Module):
    """NDM, UDM and the two ASR-Nets of one DDAD fit (a one-class fit trains only NDM and R_intra's net)."""

    def __init__(self, ndm: EnsembleAE, udm: EnsembleAE, asr_intra: ASRNet, asr_dual: ASRNet):
        super().__init__()
        self.ndm = ndm
        self.udm = udm
        self.asr_intra = asr_intra
        self.asr_dual = asr_dual


@register()
class DDAD(_ReconstructionBase):
    """DDAD-ASR (module docstring): NDM / UDM ensembles, A_intra / A_inter and the ASR-Nets.

    Args:
        backbone: ``"ae"``, ``"memae"`` or ``"aeu"`` (Table 3's columns).
        n_members: K, the networks per module (3).
        score: the main score (``scores`` and ``maps``): one of :data:`SCORES`; None is ``"r_dual"`` in
            the dual-distribution setting and ``"r_intra"`` in the one-class setting.
        intra_ddof: 0 = Eq. 3's 1/K; 1 = the code's unbiased standard deviation.
        asr_epochs: ASR-Net epochs (100).
        asr_lr: ASR-Net learning rate (1e-4).
        asr_weight_decay: ASR-Net weight decay (1e-4).
        asr_betas: ASR-Net Adam betas (the code's (0.5, 0.999)).
        asr_batch_size: ASR-Net batch (the code's 8).
        asr_width: ASR-Net's hidden channels (the code's 128).
        p_synthetic: the share of training images given a synthetic patch (the code's 0.5).
        patch: ``"paper"`` (Eq. 10, continuous) or ``"code"`` (integer half-widths 3-12 px at 64 px).
        focal: ``"paper"`` (Eq. 12) or ``"code"`` (smoothed one-hot).
        gamma: the focal loss's gamma (2).
        ensemble: ``"batched"`` (one batched model per module) or ``"sequential"`` (the same K initial
            networks trained one after the other; a reference for ``medad bench ddad``).
        **kwargs: the backbone and training parameters of the reconstruction networks (``image_size``,
            ``width``, ``hidden``, ``latent``, ``memory_slots``, ``shrink_threshold``, ``entropy_weight``,
            ``epochs``, ``lr``, ``betas``, ``weight_decay``, ``batch_size``, ``drop_last``) and the
            :class:`~medad_core.api.Detector` ones.
    """

    name = "ddad"
    version = "1"
    profile_params: ClassVar[dict[str, dict[str, Any]]] = {
        "smoke": {
            "image_size": 32,
            "width": 8,
            "hidden": 64,
            "n_members": 2,
            "epochs": 2,
            "lr": 2e-3,
            "batch_size": 16,
            "asr_epochs": 1,
            "asr_lr": 1e-3,
            "asr_batch_size": 16,
            "asr_width": 8,
        },
        "quick": {
            "image_size": 32,
            "width": 8,
            "hidden": 128,
            "epochs": 12,
            "lr": 3e-3,
            "batch_size": 32,
            "asr_epochs": 3,
            "asr_lr": 2e-3,
            "asr_batch_size": 16,
            "asr_width": 16,
        },
        "paper": {"epochs": 250, "lr": 5e-4, "batch_size": 64, "asr_epochs": 100, "asr_lr": 1e-4},
    }

    def __init__(
        self,
        backbone: Backbone = "ae",
        n_members: int = 3,
        score: Literal["a_rec", "a_rec_ens", "a_intra", "a_inter", "r_intra", "r_dual"] | None = None,
        intra_ddof: int = 0,
        asr_epochs: int = 100,
        asr_lr: float = 1e-4,
        asr_weight_decay: float = 1e-4,
        asr_betas: tuple[float, float] = (0.5, 0.999),
        asr_batch_size: int = 8,
        asr_width: int = 128,
        p_synthetic: float = 0.5,
        patch: Literal["paper", "code"] = "paper",
        focal: Literal["paper", "code"] = "paper",
        gamma: float = 2.0,
        ensemble: Literal["batched", "sequential"] = "batched",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.backbone = backbone
        self.n_members = n_members
        self.score = score
        self.intra_ddof = intra_ddof
        self.asr_epochs = asr_epochs
        self.asr_lr = asr_lr
        self.asr_weight_decay = asr_weight_decay
        self.asr_betas = tuple(asr_betas)
        self.asr_batch_size = asr_batch_size
        self.asr_width = asr_width
        self.p_synthetic = p_synthetic
        self.patch = patch
        self.focal = focal
        self.gamma = gamma
        self.ensemble = ensemble
        #: the setting of the fit (``"one_class"``: no UDM, no R_dual); saved with the detector
        self.fitted_setting: str | None = None

    # -- building --------------------------------------------------------------------------------
    def _build(self, shape: tuple[int, int, int]) -> None:
        """NDM, UDM and the two ASR-Nets for (C, H, W) inputs, untrained.

        All four are built whatever the setting (a checkpoint is rebuilt before its fitted state is
        read); a one-class fit leaves the UDM and R_dual's net untouched and never runs them.
        """
        channels = int(shape[0])
        ndm = self._new_backbone(self.n_members, channels)
        udm = self._new_backbone(self.n_members, channels)
        self.model = DDADModel(ndm, udm, ASRNet(1, self.asr_width), ASRNet(2, self.asr_width)).to(self.device)

    @property
    def dual(self) -> bool:
        """Whether the fit had the unlabelled pool (UDM, A_inter and R_dual exist)."""
        return self.fitted_setting == Setting.DUAL_DISTRIBUTION.value

    def available_scores(self) -> tuple[str, ...]:
        """The scores of the fitted setting (:data:`SCORES` or :data:`ONE_CLASS_SCORES`)."""
        return SCORES if self.dual else ONE_CLASS_SCORES

    def num_parameters(self) -> int:
        """Parameters of the networks the fit trained (no UDM and no R_dual net in the one-class setting)."""
        if self.model is None:
            return 0
        used = [self.model.ndm, self.model.asr_intra] + ([self.model.udm, self.model.asr_dual] if self.dual else [])
        return sum(p.numel() for m in used for p in m.parameters())

    def main_score(self) -> str:
        """The score ``scores`` and ``maps`` carry (``score``, or the setting's default)."""
        if self.score is not None:
            return self.score
        return "r_dual" if self.dual else "r_intra"

    def _check(self, train: TrainSet) -> tuple[int, int, int]:
        shape = self._check_common(train)
        if self.n_members < 2:
            raise MedadError(f"ddad: n_members (K) must be >= 2 for A_intra; got {self.n_members}")
        if self.intra_ddof not in (0, 1):
            raise MedadError(f"ddad: intra_ddof must be 0 (Eq. 3) or 1 (the code); got {self.intra_ddof}")
        if self.asr_batch_size < 2:
            raise MedadError(
                f"ddad: asr_batch_size must be >= 2 (batch norm, patch partners); got {self.asr_batch_size}"
            )
        if train.setting == Setting.DUAL_DISTRIBUTION:
            train.require("unlabelled", method=self.name)
        available = SCORES if train.setting == Setting.DUAL_DISTRIBUTION else ONE_CLASS_SCORES
        if self.score is not None and self.score not in available:
            raise MedadError(
                f"ddad: score {self.score!r} needs the unlabelled pool (UDM); in setting {train.setting.value!r} "
                f"the scores are: {', '.join(available)}"
            )
        return shape

    # -- the phases of the shared loop -----------------------------------------------------------
    def _fit(self, train: TrainSet) -> None:
        self.fitted_setting = train.setting.value
        shape = self._check(train)
        self._build(shape)
        self.weights_used = "random (trained from scratch)"
        self._data = {"ndm": self._cache(train.normal)}
        if self.dual:
            self._data["udm"] = torch.cat([self._data["ndm"], self._cache(train.unlabelled)])
        info: dict[str, Any] = {}
        seconds: dict[str, float] = {}
        for module in ("ndm", "udm") if self.dual else ("ndm",):
            start = time.perf_counter()
            info.update(self._train_module(train, module))
            seconds[module] = time.perf_counter() - start
        self._synth_generator = torch.Generator().manual_seed(_member_seed(self.seed, "synthesis", 0))
        self._generators = [torch.Generator().manual_seed(_member_seed(self.seed, "asr", 0))]
        start = time.perf_counter()
        info["asr"] = self.run_training(train, self.asr_epochs, phase="asr")
        seconds["asr"] = time.perf_counter() - start
        #: wall seconds of each stage (NDM, UDM, both ASR-Nets), beside the phases' records
        info["stage_seconds"] = seconds
        self.fit_info = info
        self._data = None
        self._current = None

    def _train_module(self, train: TrainSet, module: str) -> dict[str, Any]:
        """Train NDM or UDM: one phase of K batched members, or K phases of one member each."""
        ensemble: EnsembleAE = getattr(self.model, module)
        k = self.n_members
        generators = [torch.Generator().manual_seed(_member_seed(self.seed, module, i)) for i in range(k)]
        if self.ensemble == "batched":
            self._current, self._generators = ensemble, generators
            return {module: self.run_training(train, self.epochs, phase=module)}
        if self.ensemble != "sequential":
            raise MedadError(f"ddad: ensemble must be 'batched' or 'sequential'; got {self.ensemble!r}")
        members, info = ensemble.split(), {}
        for i, member in enumerate(members):
            self._current, self._generators = member, [generators[i]]
            info[f"{module}_{i}"] = self.run_training(train, self.epochs, phase=module)
        setattr(self.model, module, EnsembleAE.stack(members).to(self.device))
        return info

    def trainable_modules(self) -> list[nn.Module]:
        """The module of the phase: an NDM / UDM ensemble (or one member of it), or the ASR-Nets."""
        if self.phase == "asr":
            return [self.model.asr_intra, self.model.asr_dual] if self.dual else [self.model.asr_intra]
        return [self._current]

    def configure_optimizers(self) -> torch.optim.Optimizer:
        """Adam for the reconstruction networks (lr 5e-4), Adam with weight decay for the ASR-Nets (1e-4, 1e-4)."""
        if self.phase == "asr":
            params = [p for m in self.trainable_modules() for p in m.parameters()]
            return torch.optim.Adam(params, lr=self.asr_lr, betas=self.asr_betas, weight_decay=self.asr_weight_decay)
        return self._recon_optimizer(self._current)

    def train_batches(self, train: TrainSet, epoch: int) -> Iterator[torch.Tensor]:
        """NDM: D_n; UDM: D_n and D_u; each member in its own order. ASR: D_n in batches of ``asr_batch_size``."""
        if self.phase == "asr":
            data = self._data["ndm"]
            perm = torch.randperm(len(data), generator=self._generators[0]).to(data.device)
            return (data[perm[a:b]] for a, b in _steps(len(data), self.asr_batch_size, self.drop_last))
        return self._member_batches(self._data[self.phase], self._generators)

    def training_step(self, batch: torch.Tensor, epoch: int) -> dict[str, torch.Tensor] | torch.Tensor:
        """Eq. 1 / 2 summed over the members (AE-U: Eq. 5, MemAE: + entropy); ASR: Eq. 11 for both nets."""
        if self.phase != "asr":
            return member_losses(batch, self._current(batch), self.entropy_weight).sum()
        x_s, y_s = fpi_patches(batch, self._synth_generator, p_synthetic=self.p_synthetic, patch=self.patch)
        with torch.no_grad():
            maps = self._discrepancy_maps(x_s)
        losses = {"focal_intra": asr_focal_loss(self.model.asr_intra(maps["a_intra"]), y_s, self.gamma, self.focal)}
        if self.dual:
            dual_in = torch.cat([maps["a_intra"], maps["a_inter"]], 1)
            losses["focal_dual"] = asr_focal_loss(self.model.asr_dual(dual_in), y_s, self.gamma, self.focal)
        # the two nets share no parameter: the sum trains each on its own loss
        return {"loss": sum(losses.values()), **losses}

    # -- scores ------------------------------------------------------------------------------------
    def _discrepancy_maps(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """The stage-1 maps of prepared images x (B, C, H, W), each (B, 1, H, W) (channel mean)."""
        ndm = self.model.ndm(x)
        recon, log_var = ndm["recon"], ndm["log_var"]
        sigma = ensemble_sigma(log_var) if log_var is not None else None
        mu_a = recon.mean(1)
        first_var = log_var[:, 0] if log_var is not None else None
        a_rec_ens = reconstruction_error(x, mu_a)
        if sigma is not None:
            a_rec_ens = a_rec_ens / sigma.pow(2)
        maps = {
            "a_rec": reconstruction_error(x, recon[:, 0], first_var),
            "a_rec_ens": a_rec_ens,
            "a_intra": intra_discrepancy(recon, sigma, self.intra_ddof),
        }
        if self.dual:
            mu_b = self.model.udm(x)["recon"].mean(1)
            maps["a_inter"] = inter_discrepancy(mu_a, mu_b, sigma)
        return {key: value.mean(1, keepdim=True) for key, value in maps.items()}

    def _predict_batch(self, images: torch.Tensor) -> Prediction:
        self._check_predict(images)
        maps = self._discrepancy_maps(self._prepare(images))
        maps["r_intra"] = torch.softmax(self.model.asr_intra(maps["a_intra"]), 1)[:, 1:]
        if self.dual:
            dual_in = torch.cat([maps["a_intra"], maps["a_inter"]], 1)
            maps["r_dual"] = torch.softmax(self.model.asr_dual(dual_in), 1)[:, 1:]
        extras = {key: maps[key].flatten(1).mean(1).cpu().numpy() for key in self.available_scores()}
        main = self.main_score()
        out_map = self._to_input_size(maps[main][:, 0], images.shape[-2:])
        return Prediction(extras[main], out_map.cpu().numpy(), extras)
