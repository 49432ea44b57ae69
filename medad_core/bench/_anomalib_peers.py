"""anomalib's side of ``medad bench bmad``: its torch models, trained by the steps its Lightning modules take.

Each peer is anomalib's ``torch_model`` of the method, driven without Lightning by the steps its
Lightning module takes (``training_step`` loss, the memory-bank ``fit`` / ``subsample_embedding``,
CFLOW's manual fiber loop, CS-Flow's gradient clipping), so the timings compare the models, not
the trainers. What the two sides could do differently and the bench makes equal:

* **Data**: both get the same decoded tensors. Their models expect ImageNet-normalised 3-channel
  input (their pre-processor does it); ours normalise inside, so theirs get the tensor normalised
  beforehand.
* **Backbone**: random-init offline on both sides (``timm.create_model`` is called with
  ``pretrained=False``, torchvision backbones with ``weights=None``), then our fitted detector's
  frozen backbone tensors are copied into anomalib's (timm and torchvision ResNets share parameter
  names), so the AUROC columns compare the algorithms, not two random draws of a backbone.
* **Optimiser**: the class and hyper-parameters of the optimiser our detector's
  ``configure_optimizers`` builds (and its gradient clipping), on anomalib's trainable parameters.
* **Loss**: anomalib's loss of the method; where ours has a named option for the same loss the
  bench selects it (``SAME_LOSS``: CFLOW's ``-log sigmoid``).
* **DRAEM** (no backbone): anomalib's ``DraemModel`` hard-codes widths 128 / 64; the bench builds
  its two sub-networks at our ``base_width`` (and half of it), on our network-size inputs (resized
  to a multiple of 32, 3 channels). anomalib's own augmenter (``PerlinAnomalyGenerator`` without a
  texture folder: the Perlin pattern is the source, pure torch, no DTD and no ``imgaug``) alters the
  same [0, 1] batches with our ``beta_range`` and ``p_anomalous``; both networks then see
  ImageNet-normalised images, as ours (anomalib 2.7's Lightning DRAEM refuses a ``Normalize``; the
  bench gives both sides the same tensors). Loss: anomalib's ``DraemLoss``; optimiser: our Adam and
  our ``MultiStepLR`` schedule (anomalib's milestones 400 / 600 never arrive in a short run).
  Ours runs with ``score="anomalib"`` (the max of the unsmoothed map, anomalib's score).
* **GANomaly** (no backbone): anomalib's ``GanomalyModel`` at our padded size, channels,
  ``n_features``, ``latent_size`` and ``extra_layers``, on the input ours computes (resized and
  normalised; each side pads itself), trained by its Lightning ``training_step`` (G then D, two
  Adams with our hyper-parameters, its ``GeneratorLoss`` / ``DiscriminatorLoss``). Ours runs with
  anomalib's choices: ``loss="anomalib"``, ``score="squared"``, ``first_padding=4`` and
  ``normalization="imagenet"`` (anomalib's default pre-processor). anomalib never re-initialises D;
  ours does below a loss of 1e-5 (``fit_info["d_reinits"]``, 0 in a short run).
* **No shared weights** for these two: both sides train from their own seeded initialisation.
* **CS-Flow's features**: anomalib's CS-Flow hard-codes EfficientNet-B5 (304 channels, strides
  32-128). The bench builds its flow for our pyramid's channel count and grid and gives it our
  frozen pyramid (ours at ``n_scales`` scales), so both flows see the same features; anomalib still
  extracts them at every step, as its training does (ours extracts them once).
"""

from __future__ import annotations

import contextlib
import inspect
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
import torchvision
from torch import nn
from torchvision.models.feature_extraction import create_feature_extractor

from medad_core.api import MedadError
from medad_core.methods._feature_common import resize_square
from medad_core.nn.backbone import imagenet_normalize
from medad_core.nn.training import Optimization

__all__ = ["CLOCKS", "PEERS", "SAME_LOSS", "PeerRun", "build_peer", "anomalib_installed", "set_clock"]

#: the clocks a bench can read (``set_clock``): wall time, or the CPU time of this process, which the
#: load of a shared machine disturbs far less (with one torch thread it is the time the work took;
#: with more it sums the threads)
CLOCKS = {"wall": time.perf_counter, "process": time.process_time}
now = time.perf_counter
clock_name = "wall"


def set_clock(name: str) -> None:
    """Make every timing of the bench (both sides) read the clock ``name``.

    Args:
        name: a key of :data:`CLOCKS`.

    Raises:
        MedadError: an unknown clock.
    """
    global now, clock_name  # noqa: PLW0603 - one switch for every timing of the bench, both sides
    if name not in CLOCKS:
        raise MedadError(f"unknown clock {name!r}; expected one of {', '.join(CLOCKS)}")
    now, clock_name = CLOCKS[name], name


#: our parameters that select anomalib's choice where the two differ by design (loss, score, an
#: architecture detail), so both sides compute the same thing; the bench row lists them (``ours_options``)
SAME_LOSS: dict[str, dict[str, Any]] = {
    "cflow": {"loss": "logsigmoid"},
    "draem": {"score": "anomalib"},
    "ganomaly": {"loss": "anomalib", "score": "squared", "first_padding": 4, "normalization": "imagenet"},
}


def anomalib_installed() -> bool:
    """Whether anomalib (the ``peers`` extra) can be imported.

    Returns:
        True when ``import anomalib`` works.
    """
    try:
        import anomalib  # noqa: F401, PLC0415 - optional dependency (peers extra): is it there?
    except ImportError:
        return False
    return True


def batches(images: torch.Tensor, batch_size: int, shuffle: bool = False, seed: int = 0) -> Iterator[torch.Tensor]:
    """Consecutive (or, with ``shuffle``, seeded random) batches of ``images``.

    Args:
        images: (N, ...) tensor.
        batch_size: rows per batch (the last may be smaller).
        shuffle: draw a random order from ``seed``.
        seed: the order's seed.

    Yields:
        The batches.
    """
    order = (
        torch.randperm(len(images), generator=torch.Generator().manual_seed(seed))
        if shuffle
        else torch.arange(len(images))
    )
    for start in range(0, len(images), batch_size):
        yield images[order[start : start + batch_size]]


@dataclass(frozen=True)
class Training:
    """What every peer takes from our detector: input size, batch, epochs, seed, optimiser, clipping."""

    size: tuple[int, int]
    batch_size: int
    epochs: int
    seed: int
    make_optimizer: Callable[[Any], torch.optim.Optimizer] | None = None
    clip_norm: float | None = None
    make_scheduler: Callable[[torch.optim.Optimizer], Any] | None = None


def same_optimizer(ours) -> tuple[Callable[[Any], torch.optim.Optimizer] | None, float | None]:
    """A factory of our detector's optimiser (class and hyper-parameters) for other parameters.

    Args:
        ours: our detector, fitted (``configure_optimizers`` needs its model).

    Returns:
        ``(factory, clip_norm)``; ``(None, None)`` for a detector that trains nothing.
    """
    configure = getattr(ours, "configure_optimizers", None)
    if configure is None:
        return None, None
    optimization = Optimization.of(configure())
    first = optimization.optimizers[0]
    # ``defaults`` holds the constructor's arguments, plus, in some torch versions, derived flags the
    # constructor does not take (AdamW's ``decoupled_weight_decay``)
    accepted = inspect.signature(type(first)).parameters
    kwargs = {k: v for k, v in first.defaults.items() if k in accepted}
    # a detector that passes parameter groups (DRAEM: one per sub-network) sets lr on the groups, not
    # in ``defaults``: the first group's settings are the ones its steps use
    kwargs.update({k: v for k, v in first.param_groups[0].items() if k in accepted and k != "params"})
    return partial(type(first), **kwargs), optimization.clip_norm


def same_schedule(ours) -> Callable[[torch.optim.Optimizer], Any] | None:
    """A factory of our detector's per-epoch ``MultiStepLR`` (milestones, gamma) for another optimiser.

    Args:
        ours: our fitted detector.

    Returns:
        The factory, or None when ours steps no ``MultiStepLR`` per epoch.
    """
    configure = getattr(ours, "configure_optimizers", None)
    if configure is None:
        return None
    optimization = Optimization.of(configure())
    schedulers = [s for s in optimization.schedulers if isinstance(s, torch.optim.lr_scheduler.MultiStepLR)]
    if not schedulers or optimization.interval != "epoch":
        return None
    milestones = sorted(schedulers[0].milestones.elements())
    return partial(torch.optim.lr_scheduler.MultiStepLR, milestones=milestones, gamma=schedulers[0].gamma)


def train_epochs(
    images: torch.Tensor,
    loss_of_batch,
    optimizer: torch.optim.Optimizer,
    training: Training,
    on_epoch_end: Callable[[], Any] | None = None,
) -> None:
    """The plain epoch loop the peers train with (shuffled batches, one step per batch).

    Args:
        images: the (normalised) training images.
        loss_of_batch: batch -> scalar loss.
        optimizer: stepped once per batch.
        training: batch size, epochs, seed (epoch e shuffles with ``seed + e``) and gradient clipping.
        on_epoch_end: called after every epoch (a scheduler's ``step``).
    """
    params = [p for group in optimizer.param_groups for p in group["params"]]
    for epoch in range(training.epochs):
        for batch in batches(images, training.batch_size, shuffle=True, seed=training.seed + epoch):
            loss = loss_of_batch(batch)
            optimizer.zero_grad()
            loss.backward()
            if training.clip_norm is not None:
                torch.nn.utils.clip_grad_norm_(params, training.clip_norm)
            optimizer.step()
        if on_epoch_end is not None:
            on_epoch_end()


@contextlib.contextmanager
def _offline_backbones():
    # timm and anomalib come with the optional `peers` extra, so they are imported only when it runs
    import timm  # noqa: PLC0415 - optional dependency (peers extra)
    from anomalib.models.image.cfa import torch_model as cfa_torch_model  # noqa: PLC0415 - optional (peers)

    original_timm, original_cfa = timm.create_model, cfa_torch_model.get_feature_extractor

    def create(*args, **kwargs):
        kwargs["pretrained"] = False
        return original_timm(*args, **kwargs)

    def cfa_extractor(backbone, return_nodes):
        extractor = create_feature_extractor(torchvision.models.get_model(backbone, weights=None), return_nodes)
        return extractor.eval()

    timm.create_model, cfa_torch_model.get_feature_extractor = create, cfa_extractor
    try:
        yield
    finally:
        timm.create_model, cfa_torch_model.get_feature_extractor = original_timm, original_cfa


def copy_backbone(target: nn.Module, ours_extractor) -> int:
    """Copy our frozen backbone's tensors into anomalib's.

    Args:
        target: anomalib's backbone module.
        ours_extractor: our :class:`~medad_core.nn.backbone.FeatureExtractor`.

    Returns:
        How many tensors matched by name and shape (and were copied).
    """
    source = ours_extractor.body.state_dict()
    own = target.state_dict()
    matched = {k: v for k, v in source.items() if k in own and own[k].shape == v.shape}
    target.load_state_dict(matched, strict=False)
    return len(matched)


class _ImageBatch:
    """The attribute anomalib's CFA ``initialize_centroid`` reads from each batch."""

    def __init__(self, image: torch.Tensor):
        self.image = image


# Each builder returns anomalib's torch model and its fit step (a function of the ImageNet-normalised
# training images).
PeerFit = Callable[[torch.Tensor], None]


def fit_memory_bank(model: nn.Module, training: Training, finish: Callable[[], Any], images: torch.Tensor) -> None:
    """Memory-bank models collect embeddings in train mode, one forward per batch, then ``finish``.

    Args:
        model: anomalib's PatchCore or PaDiM torch model.
        training: the batch size.
        finish: the model's last fit step (coreset subsampling, Gaussian fit).
        images: the normalised training images.
    """
    model.train()
    with torch.no_grad():
        for batch in batches(images, training.batch_size):
            model(batch)
    finish()


def _pair_loss(loss_fn, model: nn.Module, batch: torch.Tensor) -> torch.Tensor:
    """The distillation peers return (teacher/encoder, student/decoder) features in train mode."""
    return loss_fn(*model(batch))


def _fit_distillation(model: nn.Module, frozen: nn.Module, trained, loss_fn, training: Training, images) -> None:
    optimizer = training.make_optimizer(list(trained()))
    model.train()
    frozen.eval()  # the teacher / encoder stays in eval mode (batch-norm statistics frozen)
    train_epochs(images, partial(_pair_loss, loss_fn, model), optimizer, training)


def _peer_patchcore(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.patchcore.torch_model import PatchcoreModel  # noqa: PLC0415 - optional (peers)

    model = PatchcoreModel(
        layers=list(ours.layers), backbone=ours.backbone, pre_trained=False, num_neighbors=ours.num_neighbors
    )
    finish = partial(model.subsample_embedding, ours.coreset_ratio)
    return model, partial(fit_memory_bank, model, training, finish)


def _peer_padim(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.padim.torch_model import PadimModel  # noqa: PLC0415 - optional (peers)

    model = PadimModel(backbone=ours.backbone, layers=list(ours.layers), pre_trained=False, n_features=ours.n_features)
    return model, partial(fit_memory_bank, model, training, model.fit)


def _peer_stfpm(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.stfpm.loss import STFPMLoss  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.stfpm.torch_model import STFPMModel  # noqa: PLC0415 - optional (peers)

    model = STFPMModel(layers=list(ours.layers), backbone=ours.backbone)
    trained = model.student_model.parameters
    return model, partial(_fit_distillation, model, model.teacher_model, trained, STFPMLoss(), training)


def _peer_rd4ad(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.reverse_distillation import anomaly_map, loss  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.reverse_distillation.torch_model import (  # noqa: PLC0415 - optional (peers)
        ReverseDistillationModel,
    )

    model = ReverseDistillationModel(
        backbone=ours.backbone,
        input_size=training.size,
        layers=["layer1", "layer2", "layer3"],
        anomaly_map_mode=anomaly_map.AnomalyMapGenerationMode.ADD,
        pre_trained=False,
    )

    def trained() -> list[torch.Tensor]:
        # read at fit time, as Lightning's configure_optimizers: the parameter lists are then final
        return list(model.decoder.parameters()) + list(model.bottleneck.parameters())

    fit = partial(_fit_distillation, model, model.encoder, trained, loss.ReverseDistillationLoss(), training)
    return model, fit


def _fit_cfa(model: nn.Module, loss_fn, training: Training, images: torch.Tensor) -> None:
    # centroids first (CFA's on_train_start), then the descriptor's training
    model.initialize_centroid([_ImageBatch(b) for b in batches(images, training.batch_size)])
    optimizer = training.make_optimizer(list(model.parameters()))
    model.train()
    train_epochs(images, lambda batch: loss_fn(model(batch)), optimizer, training)


def _peer_cfa(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.cfa.loss import CfaLoss  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.cfa.torch_model import CfaModel  # noqa: PLC0415 - optional (peers)

    model = CfaModel(
        backbone=ours.backbone,
        gamma_c=1,
        gamma_d=ours.gamma_d,
        num_nearest_neighbors=ours.num_neighbors,
        num_hard_negative_features=ours.num_hard_negatives,
        radius=ours.radius,
    )
    loss_fn = CfaLoss(
        num_nearest_neighbors=ours.num_neighbors,
        num_hard_negative_features=ours.num_hard_negatives,
        radius=ours.radius,
    )
    # its radius is a graph-carrying tensor (ones(requires_grad) * r): reused across steps outside
    # Lightning it fails with "backward through the graph a second time", so detach it
    loss_fn.radius = loss_fn.radius.detach()
    return model, partial(_fit_cfa, model, loss_fn, training)


def _cflow_fibers(model: nn.Module, features: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(B, C, h, w) features -> (B h w, C) vectors and their (B h w, P) positional conditions."""
    from anomalib.models.image.cflow.utils import positional_encoding_2d  # noqa: PLC0415 - optional (peers)

    b, c, h, w = features.shape
    encoding = positional_encoding_2d(model.condition_vector, h, w).to(features.device)
    conditions = encoding.permute(1, 2, 0).reshape(1, h * w, -1).expand(b, -1, -1).reshape(b * h * w, -1)
    return features.permute(0, 2, 3, 1).reshape(b * h * w, c), conditions


def _fit_cflow(model: nn.Module, training: Training, images: torch.Tensor) -> None:
    """The manual optimisation of anomalib's CFLOW: per image batch and layer, one step per shuffled fiber batch."""
    from anomalib.models.image.cflow.utils import get_logp  # noqa: PLC0415 - optional (peers)

    optimizer = training.make_optimizer(list(model.decoders.parameters()))
    model.train()
    model.encoder.eval()
    fiber = model.fiber_batch_size
    for epoch in range(training.epochs):
        for batch in batches(images, training.batch_size, shuffle=True, seed=training.seed + epoch):
            with torch.no_grad():
                activation = model.encoder(batch)
            for layer_idx, layer in enumerate(model.pool_layers):
                vectors, conditions = _cflow_fibers(model, activation[layer])
                dim = vectors.shape[1]
                order = torch.randperm(len(vectors))
                # anomalib raises when a layer has fewer vectors than one fiber batch (a small last
                # batch on a coarse layer); the bench then takes them all as one, as our CFLOW does
                n_fibers = max(len(vectors) // fiber, 1)
                for j in range(n_fibers):
                    idx = order[j * fiber : (j + 1) * fiber if j < n_fibers - 1 else len(order)]
                    z, log_jac_det = model.decoders[layer_idx](vectors[idx], [conditions[idx]])
                    loss = -F.logsigmoid(get_logp(dim, z, log_jac_det) / dim).mean()
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()


def _peer_cflow(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.cflow.torch_model import CflowModel  # noqa: PLC0415 - optional (peers)

    model = CflowModel(
        backbone=ours.backbone,
        layers=list(ours.layers),
        pre_trained=False,
        fiber_batch_size=ours.fiber_batch,
        condition_vector=ours.condition_dim,
        coupling_blocks=ours.n_blocks,
        clamp_alpha=ours.clamp_alpha,
        permute_soft=ours.permute_soft,
    )
    return model, partial(_fit_cflow, model, training)


class _SharedPyramid(nn.Module):
    """Our CS-Flow pyramid for ImageNet-normalised input (bilinear resizing commutes with the normalisation)."""

    def __init__(self, ours_model: nn.Module):
        super().__init__()
        self.body = ours_model.encoder.body
        self.layer = ours_model.encoder.layers[0]
        self.n_scales = ours_model.n_scales
        self.image_size = ours_model.image_size

    def forward(self, images: torch.Tensor) -> list[torch.Tensor]:
        height = self.image_size or images.shape[-2]
        width = self.image_size or images.shape[-1]
        out = []
        with torch.no_grad():
            for s in range(self.n_scales):
                size = (max(height // 2**s, 1), max(width // 2**s, 1))
                scaled = F.interpolate(images, size=size, mode="bilinear", align_corners=False)
                # NCHW as anomalib's own extractor gives it (our fitted body runs channels-last)
                out.append(self.body(scaled)[self.layer].contiguous())
        return out


def _fit_csflow(model: nn.Module, training: Training, images: torch.Tensor) -> None:
    from anomalib.models.image.csflow.loss import CsFlowLoss  # noqa: PLC0415 - optional (peers)

    optimizer = training.make_optimizer(list(model.graph.parameters()))
    loss_fn = CsFlowLoss()
    model.train()

    def loss_of_batch(batch: torch.Tensor) -> torch.Tensor:
        return loss_fn(*model(batch))

    train_epochs(images, loss_of_batch, optimizer, training)


def _peer_csflow(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.csflow import anomaly_map as csflow_map  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.csflow import torch_model as csflow_torch  # noqa: PLC0415 - optional (peers)

    pyramid = _SharedPyramid(ours.model)
    with torch.no_grad():
        probe = pyramid(torch.zeros(1, 3, *training.size))
    channels, (h, w) = probe[0].shape[1], probe[0].shape[-2:]
    original_node, original_extractor = csflow_torch.InputNode, csflow_torch.CsFlowMultiScaleFeatureExtractor

    def input_node(_channels: int, *dims: int, name: str):
        # anomalib writes 304 (EfficientNet-B5's channels); the graph's strides 32, 64, 128 keep our grids
        return original_node(channels, *dims, name=name)

    csflow_torch.InputNode = input_node
    csflow_torch.CsFlowMultiScaleFeatureExtractor = lambda **_: pyramid
    try:
        model = csflow_torch.CsFlowModel(
            input_size=(32 * h, 32 * w),
            cross_conv_hidden_channels=ours.hidden,
            n_coupling_blocks=ours.n_blocks,
            clamp=ours.clamp,
        )
    finally:
        csflow_torch.InputNode, csflow_torch.CsFlowMultiScaleFeatureExtractor = original_node, original_extractor
    model.anomaly_map_generator = csflow_map.AnomalyMapGenerator(
        input_dims=(3, *training.size), mode=csflow_map.AnomalyMapMode.ALL
    )
    return model, partial(_fit_csflow, model, training)


def _draem_inputs(ours, images: torch.Tensor, train: bool) -> torch.Tensor:
    """Our DRAEM's network input: at its size, 3 channels; [0, 1] to train, normalised to predict."""
    x = ours._to_network(images.float())
    x = x.expand(-1, 3, -1, -1) if x.shape[1] == 1 else x
    return x if train else imagenet_normalize(x)


def _fit_draem(model: nn.Module, augmenter, loss_fn, training: Training, images: torch.Tensor) -> None:
    """The steps of anomalib's DRAEM ``training_step``: its augmenter on the clean batch, its model and loss."""
    optimizer = training.make_optimizer(list(model.parameters()))
    scheduler = None if training.make_scheduler is None else training.make_scheduler(optimizer)
    model.train()

    def loss_of_batch(batch: torch.Tensor) -> torch.Tensor:
        augmented, mask = augmenter(batch)
        reconstruction, prediction = model(imagenet_normalize(augmented))
        return loss_fn(imagenet_normalize(batch), reconstruction, mask, prediction)

    train_epochs(images, loss_of_batch, optimizer, training, None if scheduler is None else scheduler.step)


def _peer_draem(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.data.utils.generators.perlin import PerlinAnomalyGenerator  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.draem import torch_model as draem_torch  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.draem.loss import DraemLoss  # noqa: PLC0415 - optional (peers)

    original_rec, original_dis = draem_torch.ReconstructiveSubNetwork, draem_torch.DiscriminativeSubNetwork
    # DraemModel builds width 128 / 64 sub-networks; ours may be narrower (smoke, quick): the same widths
    draem_torch.ReconstructiveSubNetwork = partial(original_rec, base_width=ours.base_width)
    draem_torch.DiscriminativeSubNetwork = partial(original_dis, base_width=max(ours.base_width // 2, 1))
    try:
        model = draem_torch.DraemModel()
    finally:
        draem_torch.ReconstructiveSubNetwork, draem_torch.DiscriminativeSubNetwork = original_rec, original_dis
    augmenter = PerlinAnomalyGenerator(
        anomaly_source_path=None,
        probability=ours.p_anomalous,
        blend_factor=tuple(float(b) for b in ours.beta_range),
    )
    return model, partial(_fit_draem, model, augmenter, DraemLoss(), training)


def _ganomaly_inputs(ours, images: torch.Tensor, train: bool) -> torch.Tensor:
    """Our GANomaly's input before padding (resized, normalised with its statistics); anomalib pads itself."""
    del train  # the same input to train and to predict
    model = ours.model
    return (resize_square(images.float(), model.size) - model.mean) / model.std


def _fit_ganomaly(model: nn.Module, generator_loss, discriminator_loss, training: Training, images) -> None:
    """The steps of anomalib's GANomaly ``training_step`` (manual optimisation): G's step, then D's, per batch."""
    d_opt = training.make_optimizer(list(model.discriminator.parameters()))
    g_opt = training.make_optimizer(list(model.generator.parameters()))
    model.train()
    for epoch in range(training.epochs):
        for batch in batches(images, training.batch_size, shuffle=True, seed=training.seed + epoch):
            padded, fake, latent_i, latent_o = model(batch)
            pred_real, _ = model.discriminator(padded)
            pred_fake, _ = model.discriminator(fake)
            g_loss = generator_loss(latent_i, latent_o, padded, fake, pred_real, pred_fake)
            g_opt.zero_grad()
            g_loss.backward(retain_graph=True)  # D's step below reuses pred_real's graph, as anomalib's
            g_opt.step()
            pred_fake, _ = model.discriminator(fake.detach())
            d_loss = discriminator_loss(pred_real, pred_fake)
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()


def _peer_ganomaly(ours, training: Training) -> tuple[nn.Module, PeerFit]:
    from anomalib.models.image.ganomaly.loss import (  # noqa: PLC0415 - optional (peers)
        DiscriminatorLoss,
        GeneratorLoss,
    )
    from anomalib.models.image.ganomaly.torch_model import GanomalyModel  # noqa: PLC0415 - optional (peers)

    padded = ours.model.padded
    model = GanomalyModel(
        input_size=(padded, padded),
        num_input_channels=ours.input_spec.channels,
        n_features=ours.n_features,
        latent_vec_size=ours.latent_size,
        extra_layers=ours.extra_layers,
        add_final_conv_layer=True,
    )
    generator_loss = GeneratorLoss(ours.w_adv, ours.w_con, ours.w_enc)
    return model, partial(_fit_ganomaly, model, generator_loss, DiscriminatorLoss(), training)


@dataclass(frozen=True)
class Peer:
    """One anomalib peer: its builder and where each side keeps the backbone the two sides share.

    ``their_backbone`` None: the method has no pretrained backbone, nothing is shared. ``inputs``
    (ours, [0, 1] images, train) -> their model's input, computed inside the timed fit / predict (as
    ours computes its input inside); None: the ImageNet-normalised images, computed once beforehand.
    """

    build: Callable[[Any, Training], tuple[nn.Module, PeerFit]]
    their_backbone: Callable[[nn.Module], nn.Module] | None
    our_backbone: Callable[[Any], nn.Module] = lambda model: model.backbone
    inputs: Callable[[Any, torch.Tensor, bool], torch.Tensor] | None = None


def _teacher(model) -> nn.Module:
    return model.teacher


def _encoder(model) -> nn.Module:
    return model.encoder


#: the methods whose anomalib torch model this bench drives (the nine of BMAD's that anomalib has)
PEERS: dict[str, Peer] = {
    "patchcore": Peer(_peer_patchcore, lambda m: m.feature_extractor.feature_extractor),
    "padim": Peer(_peer_padim, lambda m: m.feature_extractor.feature_extractor),
    "stfpm": Peer(_peer_stfpm, lambda m: m.teacher_model.feature_extractor, _teacher),
    "rd4ad": Peer(_peer_rd4ad, lambda m: m.encoder.feature_extractor, _teacher),
    "cfa": Peer(_peer_cfa, lambda m: m.feature_extractor),
    "cflow": Peer(_peer_cflow, lambda m: m.encoder.feature_extractor, _encoder),
    "csflow": Peer(_peer_csflow, lambda m: m.feature_extractor.body, _encoder),
    "draem": Peer(_peer_draem, None, inputs=_draem_inputs),
    "ganomaly": Peer(_peer_ganomaly, None, inputs=_ganomaly_inputs),
}


@dataclass
class PeerRun:
    """anomalib's side of one method: ``fit()`` builds and trains a fresh model, ``predict()`` scores.

    Both return seconds; the fitted model and the last scores and maps stay on the object.
    """

    method: str
    ours: Any
    training: Training
    train_images: torch.Tensor
    test_images: torch.Tensor
    model: nn.Module | None = None
    shared_backbone_tensors: int = 0
    scores: np.ndarray | None = None
    maps: np.ndarray | None = None

    def fit(self) -> float:
        """Build anomalib's model (our backbone copied in) and train it, as our fit builds and trains ours.

        Returns:
            Seconds taken, the build included.
        """
        start = now()
        torch.manual_seed(self.training.seed)
        peer = PEERS[self.method]
        with _offline_backbones():
            model, fit_step = peer.build(self.ours, self.training)
        if peer.their_backbone is not None:
            self.shared_backbone_tensors = copy_backbone(peer.their_backbone(model), peer.our_backbone(self.ours.model))
        fit_step(self._inputs(self.train_images, train=True))
        model.eval()
        self.model = model
        return now() - start

    def predict(self) -> float:
        """Score the test images in eval mode under ``inference_mode``.

        Returns:
            Seconds taken.
        """
        self.model.eval()
        start = now()
        with torch.inference_mode():
            images = self._inputs(self.test_images, train=False)
        self.scores, self.maps = _predict(self.model, images, self.training)
        return now() - start

    def _inputs(self, images: torch.Tensor, train: bool) -> torch.Tensor:
        inputs = PEERS[self.method].inputs
        if inputs is None:
            return images  # normalised once by build_peer
        with torch.no_grad():
            return inputs(self.ours, images, train)

    @property
    def n_params(self) -> int:
        """Parameters of anomalib's model."""
        return sum(p.numel() for p in self.model.parameters())


def build_peer(method: str, ours, train_images: torch.Tensor, test_images: torch.Tensor, seed: int) -> PeerRun:
    """The anomalib side of ``method`` with our fitted detector's hyper-parameters, optimiser and backbone.

    Args:
        method: a key of ``PEERS``.
        ours: our fitted detector of that method (its backbone weights are copied into anomalib's).
        train_images: the training images, (N, C, H, W) in [0, 1].
        test_images: the test images, same layout.
        seed: seeds torch and the shuffling of the training batches.

    Returns:
        The peer, not yet fitted.

    Raises:
        MedadError: ``method`` has no peer here.
    """
    if method not in PEERS:
        raise MedadError(f"no anomalib peer for {method!r}; the bench drives {', '.join(PEERS)}")
    make_optimizer, clip_norm = same_optimizer(ours)
    size = tuple(train_images.shape[-2:])
    training = Training(
        size, ours.batch_size, getattr(ours, "epochs", 1), seed, make_optimizer, clip_norm, same_schedule(ours)
    )
    if PEERS[method].inputs is None:
        train_images, test_images = imagenet_normalize(train_images), imagenet_normalize(test_images)
    return PeerRun(method, ours, training, train_images, test_images)


def _predict(model: nn.Module, images: torch.Tensor, training: Training) -> tuple[np.ndarray, np.ndarray]:
    scores, maps = [], []
    with torch.inference_mode():
        for x in batches(images, training.batch_size):
            out = model(x)
            scores.append(out.pred_score.reshape(-1))
            if out.anomaly_map is None:  # an image-level method (GANomaly)
                continue
            anomaly_map = out.anomaly_map.reshape(len(x), 1, *out.anomaly_map.shape[-2:])
            if tuple(anomaly_map.shape[-2:]) != tuple(training.size):  # a network size other than the data's
                anomaly_map = F.interpolate(anomaly_map, size=training.size, mode="bilinear", align_corners=False)
            maps.append(anomaly_map.reshape(len(x), *training.size))
    return torch.cat(scores).numpy(), (torch.cat(maps).numpy() if maps else None)
