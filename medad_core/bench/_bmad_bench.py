"""The three reports of ``medad bench bmad`` (see :mod:`medad_core.bench.bmad`).

anomalib's side uses its torch models (``anomalib.models.image.<name>.torch_model``) driven by the
same steps its Lightning modules take (``training_step`` loss, ``configure_optimizers`` optimiser,
``fit`` / ``subsample_embedding`` for the memory-bank models), without Lightning: the timings then
compare the models, not the trainer. Their models expect ImageNet-normalised 3-channel input (their
pre-processor does it); ours normalise inside, so theirs get the same tensor normalised beforehand.
Backbones are random-init on both sides offline (``timm.create_model`` is called with
``pretrained=False`` and CFA's torchvision backbone with ``weights=None``, as its STFPM teacher, CFA
and CS-Flow would otherwise download) and then *the same*: our fitted detector's frozen backbone
weights are copied into anomalib's (timm and torchvision ResNets share parameter names), so the
AUROC columns compare the algorithms, not two random draws of a backbone.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
import torch
import torchvision
from sklearn.metrics import roc_auc_score
from torchvision.models.feature_extraction import create_feature_extractor

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.config import Protocol
from medad_core.data import load_splits, make_trainset
from medad_core.efficiency import time_inference
from medad_core.nn.backbone import FeatureExtractor, imagenet_normalize
from medad_core.registry import available_methods, get_method


def _auroc(labels, scores) -> float | None:
    labels = np.asarray(labels).ravel()
    return None if len(set(labels.tolist())) < 2 else float(roc_auc_score(labels, np.asarray(scores).ravel()))


def _data(dataset: str, profile: str, seed: int):
    train, test = make_trainset(load_splits(dataset, profile=profile, seed=seed), Setting.ONE_CLASS, Protocol(), seed)
    train.valid = None  # both sides train for the same epochs, no checkpoint selection
    return train, test


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


# ------------------------------------------------------------------------------------------------
# anomalib side
# ------------------------------------------------------------------------------------------------
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


def _copy_backbone(target: torch.nn.Module, ours_extractor) -> int:
    """Copy our frozen backbone's tensors into anomalib's; returns how many tensors matched."""
    source = ours_extractor.body.state_dict()
    own = target.state_dict()
    matched = {k: v for k, v in source.items() if k in own and own[k].shape == v.shape}
    target.load_state_dict(matched, strict=False)
    return len(matched)


class _ImageBatch:
    """The attribute anomalib's CFA ``initialize_centroid`` reads from each batch."""

    def __init__(self, image: torch.Tensor):
        self.image = image


def _batches(images: torch.Tensor, batch_size: int, shuffle: bool = False, seed: int = 0):
    order = (
        torch.randperm(len(images), generator=torch.Generator().manual_seed(seed))
        if shuffle
        else torch.arange(len(images))
    )
    for start in range(0, len(images), batch_size):
        yield images[order[start : start + batch_size]]


@dataclass(frozen=True)
class _Training:
    """What every peer takes from our detector and the bench: input size, batch, epochs, seed."""

    size: tuple[int, int]
    batch_size: int
    epochs: int
    seed: int


def _train_epochs(images: torch.Tensor, loss_of_batch, optimizer: torch.optim.Optimizer, training: _Training) -> None:
    """The plain epoch loop the anomalib peers train with (shuffled batches, one step per batch)."""
    for epoch in range(training.epochs):
        for batch in _batches(images, training.batch_size, shuffle=True, seed=training.seed + epoch):
            loss = loss_of_batch(batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


# Each peer is built from our fitted detector's hyper-parameters by a builder that returns anomalib's
# torch model and its fit step (a function of the ImageNet-normalised training images). The fit steps
# are what the Lightning modules' training_step / configure_optimizers / on_train_end do.
_PeerFit = Callable[[torch.Tensor], None]


def _fit_memory_bank(model: torch.nn.Module, training: _Training, finish: Callable[[], Any], images: torch.Tensor):
    """Memory-bank models collect embeddings in train mode, one forward per batch, then ``finish``."""
    model.train()
    with torch.no_grad():
        for batch in _batches(images, training.batch_size):
            model(batch)
    finish()


def _pair_loss(loss_fn, model: torch.nn.Module, batch: torch.Tensor) -> torch.Tensor:
    """The distillation peers return (teacher/encoder, student/decoder) features in train mode."""
    return loss_fn(*model(batch))


def _fit_distillation(
    model: torch.nn.Module,
    frozen: torch.nn.Module,
    make_optimizer: Callable[[], torch.optim.Optimizer],
    loss_fn,
    training: _Training,
    images: torch.Tensor,
) -> None:
    optimizer = make_optimizer()
    model.train()
    frozen.eval()  # the teacher / encoder stays in eval mode (batch-norm statistics frozen)
    _train_epochs(images, partial(_pair_loss, loss_fn, model), optimizer, training)


def _peer_patchcore(ours, training: _Training) -> tuple[torch.nn.Module, _PeerFit]:
    from anomalib.models.image.patchcore.torch_model import PatchcoreModel  # noqa: PLC0415 - optional (peers)

    model = PatchcoreModel(
        layers=list(ours.layers), backbone=ours.backbone, pre_trained=False, num_neighbors=ours.num_neighbors
    )
    finish = partial(model.subsample_embedding, ours.coreset_ratio)
    return model, partial(_fit_memory_bank, model, training, finish)


def _peer_padim(ours, training: _Training) -> tuple[torch.nn.Module, _PeerFit]:
    from anomalib.models.image.padim.torch_model import PadimModel  # noqa: PLC0415 - optional (peers)

    model = PadimModel(backbone=ours.backbone, layers=list(ours.layers), pre_trained=False, n_features=ours.n_features)
    return model, partial(_fit_memory_bank, model, training, model.fit)


def _peer_stfpm(ours, training: _Training) -> tuple[torch.nn.Module, _PeerFit]:
    from anomalib.models.image.stfpm.loss import STFPMLoss  # noqa: PLC0415 - optional (peers)
    from anomalib.models.image.stfpm.torch_model import STFPMModel  # noqa: PLC0415 - optional (peers)

    model = STFPMModel(layers=list(ours.layers), backbone=ours.backbone)
    make_optimizer = partial(
        torch.optim.SGD,
        model.student_model.parameters(),
        lr=ours.lr,
        momentum=ours.momentum,
        weight_decay=ours.weight_decay,
    )
    return model, partial(_fit_distillation, model, model.teacher_model, make_optimizer, STFPMLoss(), training)


def _peer_rd4ad(ours, training: _Training) -> tuple[torch.nn.Module, _PeerFit]:
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

    def make_optimizer() -> torch.optim.Optimizer:
        # built at fit time, as Lightning's configure_optimizers: the parameter lists are then final
        trained = list(model.decoder.parameters()) + list(model.bottleneck.parameters())
        return torch.optim.Adam(trained, lr=ours.lr, betas=tuple(ours.betas))

    fit = partial(_fit_distillation, model, model.encoder, make_optimizer, loss.ReverseDistillationLoss(), training)
    return model, fit


def _fit_cfa(model: torch.nn.Module, loss_fn, training: _Training, images: torch.Tensor) -> None:
    # centroids first (CFA's on_train_start); AdamW(amsgrad) with lr 1e-3, wd 5e-4 is anomalib's
    # configure_optimizers, not a hyper-parameter of ours
    model.initialize_centroid([_ImageBatch(b) for b in _batches(images, training.batch_size)])
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=5e-4, amsgrad=True)
    model.train()
    _train_epochs(images, lambda batch: loss_fn(model(batch)), optimizer, training)


def _peer_cfa(ours, training: _Training) -> tuple[torch.nn.Module, _PeerFit]:
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


@dataclass(frozen=True)
class _Peer:
    """One anomalib peer: its builder and where each side keeps the backbone the two sides share."""

    build: Callable[[Any, _Training], tuple[torch.nn.Module, _PeerFit]]
    their_backbone: Callable[[torch.nn.Module], torch.nn.Module]
    our_backbone: Callable[[Any], torch.nn.Module] = lambda model: model.backbone


def _teacher(model) -> torch.nn.Module:
    return model.teacher


#: the methods whose anomalib torch model this bench drives; CFLOW and CS-Flow are trained by
#: Lightning manual optimisation in anomalib, which these fit steps do not reproduce
PEERS: dict[str, _Peer] = {
    "patchcore": _Peer(_peer_patchcore, lambda m: m.feature_extractor.feature_extractor),
    "padim": _Peer(_peer_padim, lambda m: m.feature_extractor.feature_extractor),
    "stfpm": _Peer(_peer_stfpm, lambda m: m.teacher_model.feature_extractor, _teacher),
    "rd4ad": _Peer(_peer_rd4ad, lambda m: m.encoder.feature_extractor, _teacher),
    "cfa": _Peer(_peer_cfa, lambda m: m.feature_extractor),
}
PEER_SUPPORTED = set(PEERS)


def anomalib_fit_predict(
    method: str, ours, train_images: torch.Tensor, test_images: torch.Tensor, seed: int
) -> dict[str, Any]:
    """Fit anomalib's model with our fitted detector's hyper-parameters and predict the test images.

    Args:
        method: a key of ``PEERS``.
        ours: our fitted detector of that method (its backbone weights are copied into anomalib's).
        train_images: the training images, (N, C, H, W) in [0, 1].
        test_images: the test images, same layout.
        seed: seeds torch and the shuffling of the training batches.

    Returns:
        ``scores`` (N,), ``maps`` (N, H, W), ``fit_seconds`` (model build included, as our fit
        builds its backbone), ``predict_seconds``, ``n_params`` and ``shared_backbone_tensors`` (how
        many backbone tensors were copied from ours).

    Raises:
        MedadError: ``method`` has no peer here.
    """
    peer = PEERS.get(method)
    if peer is None:
        raise MedadError(f"no anomalib peer for {method!r}; the bench drives {', '.join(PEERS)}")
    torch.manual_seed(seed)
    size = tuple(train_images.shape[-2:])
    training = _Training(size=size, batch_size=ours.batch_size, epochs=getattr(ours, "epochs", 1), seed=seed)
    xtr, xte = imagenet_normalize(train_images), imagenet_normalize(test_images)
    with _offline_backbones():
        (model, fit), build_seconds = _timed(peer.build, ours, training)
    shared = _copy_backbone(peer.their_backbone(model), peer.our_backbone(ours.model))
    _, fit_seconds = _timed(fit, xtr)
    model.eval()
    (scores, maps), predict_seconds = _timed(_peer_predict, model, xte, training)
    return {
        "scores": scores,
        "maps": maps,
        "fit_seconds": fit_seconds + build_seconds,
        "predict_seconds": predict_seconds,
        "n_params": sum(p.numel() for p in model.parameters()),
        "shared_backbone_tensors": shared,
    }


def _peer_predict(model: torch.nn.Module, images: torch.Tensor, training: _Training) -> tuple[np.ndarray, np.ndarray]:
    scores, maps = [], []
    with torch.inference_mode():
        for x in _batches(images, training.batch_size):
            out = model(x)
            scores.append(out.pred_score.reshape(-1))
            maps.append(out.anomaly_map.reshape(len(x), *training.size))
    return torch.cat(scores).numpy(), torch.cat(maps).numpy()


# ------------------------------------------------------------------------------------------------
# reports
# ------------------------------------------------------------------------------------------------
def _anomalib_installed() -> bool:
    try:
        import anomalib  # noqa: F401, PLC0415 - optional dependency (peers extra): is it there?
    except ImportError:
        return False
    return True


def peers_report(methods, dataset: str, profile: str, seed: int, use_peers: bool = True) -> list[dict[str, Any]]:
    """Ours beside anomalib's torch model of each method on one phantom split, printed as a table.

    Args:
        methods: our method names; those without a peer in ``PEERS`` run on our side only.
        dataset: the phantom dataset (e.g. "bmad_brain").
        profile: "smoke" or "quick" (sizes and epochs of both sides).
        seed: the split and training seed of both sides.
        use_peers: False runs our side only even when anomalib is installed.

    Returns:
        One dict per method: our and their image / pixel AUROC, fit and predict seconds, their ratios,
        parameter counts, and a ``note`` when anomalib failed or has no peer here.
    """
    have_anomalib = use_peers and _anomalib_installed()
    train, test = _data(dataset, profile, seed)
    train_images, test_images = train.normal.tensors(), test.tensors()
    labels = test.labels
    masks = test.masks_tensor()
    mask_labels = masks.numpy().ravel() if masks is not None and masks.any() else None
    print(
        f"\n## Ours vs anomalib on {dataset} ({profile} phantom: {len(train_images)} train, {len(test_images)} test, "
        f"{tuple(train_images.shape[1:])}), seed {seed}, torch threads {torch.get_num_threads()}"
    )
    if not have_anomalib:
        print("anomalib is not installed (pip install 'medad[peers]') or --no-peers was given: ours only.")
    _warm_up(train_images[:4])
    rows = []
    for method in methods:
        if method not in available_methods():
            print(f"{method:10s} not registered yet: skipped")
            continue
        ours = get_method(method).for_profile(profile, seed=seed, progress=False)
        _, fit_s = _timed(ours.fit, train)
        pred, pred_s = _timed(ours.predict, test)
        row = {
            "method": method,
            "ours_image_auroc": _auroc(labels, pred.scores),
            "ours_pixel_auroc": None if mask_labels is None or pred.maps is None else _auroc(mask_labels, pred.maps),
            "ours_fit_s": fit_s,
            "ours_predict_s": pred_s,
            "ours_params": ours.num_parameters(),
        }
        if have_anomalib and method in PEER_SUPPORTED:
            try:
                peer = anomalib_fit_predict(method, ours, train_images, test_images, seed)
            except Exception as err:  # noqa: BLE001 - reported in the table, the bench goes on
                row["note"] = f"anomalib failed: {type(err).__name__}: {str(err)[:120]}"
            else:
                row.update(
                    theirs_image_auroc=_auroc(labels, peer["scores"]),
                    theirs_pixel_auroc=None if mask_labels is None else _auroc(mask_labels, peer["maps"]),
                    theirs_fit_s=peer["fit_seconds"],
                    theirs_predict_s=peer["predict_seconds"],
                    theirs_params=peer["n_params"],
                    shared_tensors=peer["shared_backbone_tensors"],
                    fit_ratio=fit_s / max(peer["fit_seconds"], 1e-9),
                    predict_ratio=pred_s / max(peer["predict_seconds"], 1e-9),
                )
        elif have_anomalib:
            row["note"] = "no anomalib peer driven by this bench (trained by Lightning manual optimisation)"
        rows.append(row)
    _print_table(
        rows,
        [
            "method",
            "ours_image_auroc",
            "theirs_image_auroc",
            "ours_pixel_auroc",
            "theirs_pixel_auroc",
            "ours_fit_s",
            "theirs_fit_s",
            "fit_ratio",
            "ours_predict_s",
            "theirs_predict_s",
            "predict_ratio",
            "ours_params",
            "theirs_params",
            "shared_tensors",
            "note",
        ],
    )
    return rows


def scaling_report(dataset: str, profile: str, seed: int, factors=(1, 2, 4)) -> list[dict[str, Any]]:
    """PatchCore memory bank size and coreset time as the training set grows, printed as a table.

    The training set is repeated with small noise so that 2x / 4x hold distinct patches.

    Args:
        dataset: the phantom dataset.
        profile: "smoke" or "quick".
        seed: split, noise and training seed.
        factors: the training-set sizes, as multiples of the split's.

    Returns:
        One dict per factor: images, patches, memory-bank size and megabytes, coreset and fit seconds.
    """
    train, _ = _data(dataset, profile, seed)
    base = train.normal.tensors()
    generator = torch.Generator().manual_seed(seed)
    print(f"\n## PatchCore memory bank vs training-set size ({dataset}, {profile})")
    rows = []
    for factor in factors:
        images = torch.cat(
            [base]
            + [(base + 0.02 * torch.randn(base.shape, generator=generator)).clamp(0, 1) for _ in range(factor - 1)]
        )
        part = TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(images, np.zeros(len(images), int)))
        detector = get_method("patchcore").for_profile(profile, seed=seed, progress=False)
        _, fit_s = _timed(detector.fit, part)
        info = detector.fit_info
        rows.append(
            {
                "factor": factor,
                "train_images": len(images),
                "patches": info["n_patches"],
                "memory_bank": info["memory_bank_size"],
                "bank_mb": info["memory_bank_size"] * info["feature_dim"] * 4 / 2**20,
                "coreset_s": info["coreset_seconds"],
                "fit_s": fit_s,
            }
        )
    _print_table(rows, ["factor", "train_images", "patches", "memory_bank", "bank_mb", "coreset_s", "fit_s"])
    return rows


def throughput_report(
    dataset: str, profile: str, seed: int, methods=("patchcore", "padim", "stfpm", "rd4ad", "cfa"), batch: int = 32
) -> list[dict[str, Any]]:
    """Predict throughput of each method as a fraction of its bare backbone's forward on the same batch.

    Args:
        dataset: the phantom dataset.
        profile: "smoke" or "quick".
        seed: split and training seed.
        methods: our methods to time.
        batch: test images in the timed batch.

    Returns:
        One dict per method: its backbone, ms per image of the bare backbone and of our predict, and
        their ratio.
    """
    train, test = _data(dataset, profile, seed)
    images = test.tensors()[:batch]
    print(f"\n## Throughput vs the bare backbone ({dataset}, batch of {len(images)}, {tuple(images.shape[1:])})")
    rows = []
    for method in methods:
        detector = get_method(method).for_profile(profile, seed=seed, progress=False).fit(train)
        backbone = getattr(detector, "backbone", "resnet18")
        bare = FeatureExtractor(backbone, ["layer3"], "random", profile).eval()
        t_bare = time_inference(bare, images)
        t_ours = time_inference(detector._predict_batch, images)
        rows.append(
            {
                "method": method,
                "backbone": backbone,
                "backbone_ms_per_image": t_bare.ms_per_image,
                "ours_ms_per_image": t_ours.ms_per_image,
                "fraction_of_backbone_throughput": t_bare.ms_per_image / t_ours.ms_per_image,
            }
        )
    _print_table(
        rows, ["method", "backbone", "backbone_ms_per_image", "ours_ms_per_image", "fraction_of_backbone_throughput"]
    )
    return rows


def _warm_up(images: torch.Tensor) -> None:
    """One untimed forward and backward so neither side pays torch's first-call costs."""
    extractor = FeatureExtractor("resnet18", ["layer3"], "random", "smoke", frozen=False)
    extractor(images)["layer3"].mean().backward()


def _print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:

    frame = pd.DataFrame(rows)
    columns = [c for c in columns if c in frame.columns]
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 80):
        print(frame[columns].round(3).to_string(index=False))
