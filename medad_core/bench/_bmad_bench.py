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
from typing import Any

import numpy as np
import torch

from medad_core.api import Setting
from medad_core.config import Protocol

PEER_SUPPORTED = {"patchcore", "padim", "stfpm", "rd4ad", "cfa"}


def _auroc(labels, scores) -> float | None:
    from sklearn.metrics import roc_auc_score

    labels = np.asarray(labels).ravel()
    return None if len(set(labels.tolist())) < 2 else float(roc_auc_score(labels, np.asarray(scores).ravel()))


def _data(dataset: str, profile: str, seed: int):
    from medad_core.data import load_splits, make_trainset

    train, test = make_trainset(load_splits(dataset, profile=profile, seed=seed), Setting.ONE_CLASS, Protocol(), seed)
    train.valid = None  # both sides train for the same epochs, no checkpoint selection
    return train, test


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


# ------------------------------------------------------------------------------------------------
# anomalib side
# ------------------------------------------------------------------------------------------------
@contextlib.contextmanager
def _offline_backbones():
    import timm
    from anomalib.models.image.cfa import torch_model as cfa_torch_model
    from torchvision.models.feature_extraction import create_feature_extractor

    original_timm, original_cfa = timm.create_model, cfa_torch_model.get_feature_extractor

    def create(*args, **kwargs):
        kwargs["pretrained"] = False
        return original_timm(*args, **kwargs)

    def cfa_extractor(backbone, return_nodes):
        import torchvision

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


def _our_backbone(method: str, ours):
    model = ours.model
    return model.teacher if method in ("stfpm", "rd4ad") else model.backbone


def _their_backbone(method: str, model) -> torch.nn.Module:
    if method in ("patchcore", "padim"):
        return model.feature_extractor.feature_extractor
    if method == "stfpm":
        return model.teacher_model.feature_extractor
    if method == "rd4ad":
        return model.encoder.feature_extractor
    return model.feature_extractor


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


def _train_epochs(
    images: torch.Tensor, loss_of_batch, optimizer: torch.optim.Optimizer, epochs: int, batch_size: int, seed: int
) -> None:
    """The plain epoch loop the anomalib peers train with (shuffled batches, one step per batch)."""
    for epoch in range(epochs):
        for batch in _batches(images, batch_size, shuffle=True, seed=seed + epoch):
            loss = loss_of_batch(batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


def anomalib_fit_predict(
    method: str, ours, train_images: torch.Tensor, test_images: torch.Tensor, seed: int
) -> dict[str, Any]:
    """Fit anomalib's model with our detector's hyper-parameters; returns scores, maps and times."""
    from medad_core.nn.backbone import imagenet_normalize

    torch.manual_seed(seed)
    size = tuple(train_images.shape[-2:])
    xtr, xte = imagenet_normalize(train_images), imagenet_normalize(test_images)
    bs = ours.batch_size
    epochs = getattr(ours, "epochs", 1)
    # their fit time includes building the model, as ours does (our fit builds the backbone)
    with _offline_backbones():
        (model, fit), build_seconds = _timed(lambda: _anomalib_model(method, ours, size, bs, epochs, seed))
    shared = _copy_backbone(_their_backbone(method, model), _our_backbone(method, ours))
    _, fit_seconds = _timed(lambda: fit(model, xtr))
    fit_seconds += build_seconds
    model.eval()

    def predict():
        scores, maps = [], []
        with torch.inference_mode():
            for x in _batches(xte, bs):
                out = model(x)
                scores.append(out.pred_score.reshape(-1))
                maps.append(out.anomaly_map.reshape(len(x), *size))
        return torch.cat(scores).numpy(), torch.cat(maps).numpy()

    (scores, maps), predict_seconds = _timed(predict)
    n_params = sum(p.numel() for p in model.parameters())
    return {
        "scores": scores,
        "maps": maps,
        "fit_seconds": fit_seconds,
        "predict_seconds": predict_seconds,
        "n_params": n_params,
        "shared_backbone_tensors": shared,
    }


def _anomalib_model(method: str, ours, size, bs: int, epochs: int, seed: int):
    if method == "patchcore":
        from anomalib.models.image.patchcore.torch_model import PatchcoreModel

        model = PatchcoreModel(
            layers=list(ours.layers), backbone=ours.backbone, pre_trained=False, num_neighbors=ours.num_neighbors
        )

        def fit(m, x):
            m.train()
            with torch.no_grad():
                for b in _batches(x, bs):
                    m(b)
            m.subsample_embedding(ours.coreset_ratio)

        return model, fit
    if method == "padim":
        from anomalib.models.image.padim.torch_model import PadimModel

        model = PadimModel(
            backbone=ours.backbone, layers=list(ours.layers), pre_trained=False, n_features=ours.n_features
        )

        def fit(m, x):
            m.train()
            with torch.no_grad():
                for b in _batches(x, bs):
                    m(b)
            m.fit()

        return model, fit
    if method == "stfpm":
        from anomalib.models.image.stfpm.loss import STFPMLoss
        from anomalib.models.image.stfpm.torch_model import STFPMModel

        model = STFPMModel(layers=list(ours.layers), backbone=ours.backbone)
        loss_fn = STFPMLoss()

        def fit(m, x):
            opt = torch.optim.SGD(
                m.student_model.parameters(), lr=ours.lr, momentum=ours.momentum, weight_decay=ours.weight_decay
            )
            m.train()
            m.teacher_model.eval()
            _train_epochs(x, lambda b: loss_fn(*m(b)), opt, epochs, bs, seed)

        return model, fit
    if method == "rd4ad":
        from anomalib.models.image.reverse_distillation.anomaly_map import AnomalyMapGenerationMode
        from anomalib.models.image.reverse_distillation.loss import ReverseDistillationLoss
        from anomalib.models.image.reverse_distillation.torch_model import ReverseDistillationModel

        model = ReverseDistillationModel(
            backbone=ours.backbone,
            input_size=size,
            layers=["layer1", "layer2", "layer3"],
            anomaly_map_mode=AnomalyMapGenerationMode.ADD,
            pre_trained=False,
        )
        loss_fn = ReverseDistillationLoss()

        def fit(m, x):
            opt = torch.optim.Adam(
                list(m.decoder.parameters()) + list(m.bottleneck.parameters()), lr=ours.lr, betas=tuple(ours.betas)
            )
            m.train()
            m.encoder.eval()
            _train_epochs(x, lambda b: loss_fn(*m(b)), opt, epochs, bs, seed)

        return model, fit
    if method == "cfa":
        from anomalib.models.image.cfa.loss import CfaLoss
        from anomalib.models.image.cfa.torch_model import CfaModel

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

        def fit(m, x):
            m.initialize_centroid([_ImageBatch(b) for b in _batches(x, bs)])
            opt = torch.optim.AdamW(m.parameters(), lr=1e-3, weight_decay=5e-4, amsgrad=True)
            m.train()
            _train_epochs(x, lambda b: loss_fn(m(b)), opt, epochs, bs, seed)

        return model, fit
    raise ValueError(f"no anomalib peer for {method!r}")


# ------------------------------------------------------------------------------------------------
# reports
# ------------------------------------------------------------------------------------------------
def peers_report(methods, dataset: str, profile: str, seed: int, use_peers: bool = True) -> list[dict[str, Any]]:
    from medad_core.registry import available_methods, get_method

    try:
        import anomalib  # noqa: F401

        have_anomalib = use_peers
    except ImportError:
        have_anomalib = False
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
        _, fit_s = _timed(lambda: ours.fit(train))
        pred, pred_s = _timed(lambda: ours.predict(test))
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
    """PatchCore memory bank size and coreset time as the training set grows (the set is repeated
    with small noise so that 2x / 4x hold distinct patches).
    """
    from medad_core.api import ImageSet, TrainSet
    from medad_core.registry import get_method

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
        _, fit_s = _timed(lambda: detector.fit(part))
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
    """Predict throughput of each method as a fraction of its bare backbone's forward on the same batch."""
    from medad_core.efficiency import time_inference
    from medad_core.nn.backbone import FeatureExtractor
    from medad_core.registry import get_method

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
    from medad_core.nn.backbone import FeatureExtractor

    extractor = FeatureExtractor("resnet18", ["layer3"], "random", "smoke", frozen=False)
    extractor(images)["layer3"].mean().backward()


def _print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    import pandas as pd

    frame = pd.DataFrame(rows)
    columns = [c for c in columns if c in frame.columns]
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 80):
        print(frame[columns].round(3).to_string(index=False))
