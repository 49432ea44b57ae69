"""``medad bench clip``: our WinCLIP beside anomalib's ``WinClip`` on the same CLIP weights and images.

``medad bench clip [--k-shot 0 4] [--n-test N] [--timing-images N] [--repeats N] [--threads N]
[--clock wall|process] [--dataset NAME] [--data-root DIR --layout mvtec] [--skip accuracy timing]
[--json] [--out FILE]``

1. **Accuracy** on phantom-clip (the offline CLIP, :mod:`medad_core.nn.clip`): both sides hold the
   very same phantom-clip module and read the same CLIP-normalised tensors of the dataset
   (``bmad_brain``'s smoke phantom by default), with the same k reference images. Ours runs with
   anomalib's choices (``ANOMALIB_OPTIONS``: its prompt lists, the mean of raw prompt embeddings,
   temperature 0.07, the CLS image score in zero-shot), so image and pixel AUROC should be equal
   within float noise; the report also gives the largest score difference.
2. **Timing** on random ViT-B-16-plus-240 weights at 240 px, the same module on both sides
   (phantom-clip is another architecture than the one anomalib hard-codes): the predict seconds of
   ``--timing-images`` images per side, ``--repeats`` interleaved rounds, the ratio anomalib / ours
   (above 1: ours faster) as their median with its range.

How anomalib 2.7's ``WinClipModel`` is made to run here (it pins ``open-clip-torch < 2.26.1``; the
project has open_clip 3.3), without changing what it computes:

* its constructor downloads ViT-B-16-plus-240 / laion400m_e31; the bench hands it our module
  instead (``open_clip.create_model_and_transforms`` is replaced while it is built);
* open_clip >= 2.26 runs the transformer batch-first, while anomalib's window pass permutes to
  sequence-first before calling it; the bench sets ``transformer.batch_first = False`` for the
  duration of that pass only, so open_clip transposes back and the windows attend within
  themselves, as anomalib intends with the open_clip it pins;
* for phantom-clip (context length 32) its tokenizer gets that context length (it asks for 77).

Both sides encode the windows by masking tokens, and both already batch them: anomalib's window
pass stacks every window of one scale of the batch into one transformer call, as ours does, so
the timing ratio measures the remaining differences (ours: ``ln_pre`` once per image before the
gather, one gather instead of a Python loop of ``index_select`` per window, the causal text
encoder cut at the longest prompt, no ``repeat`` of the memory per image).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from functools import partial
from typing import Any

import numpy as np
import torch
from sklearn.metrics import roc_auc_score

from medad_core.api import MedadError, Setting, TrainSet
from medad_core.bench._anomalib_peers import anomalib_installed
from medad_core.nn.clip import PHANTOM_CLIP, clip_input
from medad_core.registry import get_method

__all__ = ["ANOMALIB_OPTIONS", "anomalib_winclip", "main"]

#: our WinCLIP with anomalib 2.7's choices (module docstring)
ANOMALIB_OPTIONS = {"prompt_set": "anomalib", "text_mean": "raw", "logit_scale": 1 / 0.07, "image_score": "cls"}
CLOCKS = {"wall": time.perf_counter, "process": time.process_time}


@contextlib.contextmanager
def _factory_returning(clip: torch.nn.Module):
    import open_clip  # noqa: PLC0415

    original = open_clip.create_model_and_transforms
    open_clip.create_model_and_transforms = lambda *a, **k: (clip, None, None)
    try:
        yield
    finally:
        open_clip.create_model_and_transforms = original


def anomalib_winclip(clip: torch.nn.Module, class_name: str, references: torch.Tensor | None, context_length: int):
    """The peer: anomalib 2.7's ``WinClipModel`` around our open_clip module (the module docstring's shims).

    Args:
        clip: the open_clip CLIP both sides share.
        class_name: the prompts' object name.
        references: CLIP-normalised (k, 3, S, S) reference images, or None (zero-shot).
        context_length: the text context of ``clip``.

    Returns:
        The peer model in eval mode.
    """
    import open_clip  # noqa: PLC0415
    from anomalib.models.image.winclip import torch_model  # noqa: PLC0415 - optional (peers extra)

    class Peer(torch_model.WinClipModel):
        def _get_window_embeddings(self, feature_map: torch.Tensor, masks: torch.Tensor) -> torch.Tensor:
            transformer = self.clip.visual.transformer
            batch_first = transformer.batch_first
            transformer.batch_first = False  # anomalib feeds (L, N, D), as the open_clip it pins expects
            try:
                return super()._get_window_embeddings(feature_map, masks)
            finally:
                transformer.batch_first = batch_first

    torch_model.tokenize = partial(open_clip.tokenizer.tokenize, context_length=context_length)
    with _factory_returning(clip):
        peer = Peer(class_name=class_name, reference_images=references)
    return peer.eval()


def _data(args: argparse.Namespace):
    from medad_core.data import load_splits  # noqa: PLC0415

    splits = load_splits(args.dataset, data_root=args.data_root, layout=args.layout, profile="smoke", seed=args.seed)
    test = splits.test
    labels = test.labels
    rng = np.random.default_rng(args.seed)
    half = args.n_test // 2
    pick = np.r_[
        rng.permutation(np.flatnonzero(labels == 0))[:half], rng.permutation(np.flatnonzero(labels == 1))[:half]
    ]
    return splits, test.subset(np.sort(pick))


def _ours(splits, k: int, backbone: str, weights: str, seed: int):
    train = TrainSet(Setting.ZERO_FEW_SHOT, normal=splits.train, class_name=splits.spec.class_name)
    cls = get_method("winclip")
    detector = cls.for_profile(
        "smoke", backbone=backbone, weights=weights, k_shot=k, progress=False, seed=seed, **ANOMALIB_OPTIONS
    )
    return detector.fit(train)


def _peer_for(detector, splits, k: int):
    clip = detector.model.clip
    refs = None
    if k:
        idx = detector.fit_info["reference_indices"]
        refs = clip_input(splits.train.subset(idx).tensors(), detector.clip_size)
    context = int(clip.positional_embedding.shape[0])
    return anomalib_winclip(clip, detector.fit_info["class_name"], refs, context)


def _peer_predict(peer, images: torch.Tensor, size: int, batch: int) -> tuple[np.ndarray, np.ndarray]:
    scores, maps = [], []
    with torch.inference_mode():
        for i in range(0, len(images), batch):
            part = images[i : i + batch]
            out = peer(clip_input(part, size))
            scores.append(out.pred_score.numpy())
            maps.append(
                torch.nn.functional.interpolate(out.anomaly_map[:, None], size=part.shape[-2:], mode="bilinear")[
                    :, 0
                ].numpy()
            )
    return np.concatenate(scores), np.concatenate(maps)


def _aurocs(
    labels: np.ndarray, masks: torch.Tensor | None, scores: np.ndarray, maps: np.ndarray
) -> tuple[float, float | None]:
    image = float(roc_auc_score(labels, scores))
    pixel = None
    if masks is not None and masks.any():
        pixel = float(roc_auc_score(masks.numpy().reshape(-1), maps.reshape(-1)))
    return image, pixel


def accuracy(args: argparse.Namespace, splits, test) -> list[dict[str, Any]]:
    """Both sides on phantom-clip: AUROCs and the largest differences, per k."""
    images, masks = test.tensors(), test.masks_tensor()
    rows = []
    for k in args.k_shot:
        ours = _ours(splits, k, PHANTOM_CLIP, args.weights, args.seed)
        pred = ours.predict(images, batch_size=args.batch)
        row = {"part": "accuracy", "k_shot": k, "weights": ours.weights_used}
        row["image_auroc_ours"], row["pixel_auroc_ours"] = _aurocs(test.labels, masks, pred.scores, pred.maps)
        if args.peers:
            peer_scores, peer_maps = _peer_predict(_peer_for(ours, splits, k), images, ours.clip_size, args.batch)
            row["image_auroc_peer"], row["pixel_auroc_peer"] = _aurocs(test.labels, masks, peer_scores, peer_maps)
            row["max_score_difference"] = float(np.abs(peer_scores - pred.scores).max())
            row["max_map_difference"] = float(np.abs(peer_maps - pred.maps).max())
        rows.append(row)
    return rows


def timing(args: argparse.Namespace, splits, test) -> list[dict[str, Any]]:
    """Predict seconds of both sides on random ViT-B-16-plus-240, interleaved rounds, per k."""
    clock = CLOCKS[args.clock]
    images = test.tensors()[: args.timing_images]
    rows = []
    for k in args.k_shot:
        ours = _ours(splits, k, "ViT-B-16-plus-240", "random", args.seed)
        peer = _peer_for(ours, splits, k) if args.peers else None
        t_ours, t_peer, s_ours, s_peer = [], [], [], []
        refs = splits.train.subset(ours.fit_info.get("reference_indices", [])).tensors() if k else None
        for _ in range(args.repeats):
            start = clock()
            ours.predict(images, batch_size=args.batch)
            t_ours.append(clock() - start)
            s_ours.append(_setup_ours(ours, refs, clock))
            if peer is not None:
                start = clock()
                _peer_predict(peer, images, ours.clip_size, args.batch)
                t_peer.append(clock() - start)
                s_peer.append(_setup_peer(peer, ours, refs, clock))
        row = {
            "setup_seconds_ours": statistics.median(s_ours),
            "part": "timing",
            "k_shot": k,
            "backbone": "ViT-B-16-plus-240 (random)",
            "images": len(images),
            "seconds_ours": statistics.median(t_ours),
            "clock": args.clock,
            "threads": torch.get_num_threads(),
        }
        if t_peer:
            row["setup_seconds_peer"] = statistics.median(s_peer)
            row["setup_speedup"] = statistics.median([p / o for p, o in zip(s_peer, s_ours, strict=True)])
            ratios = [p / o for p, o in zip(t_peer, t_ours, strict=True)]
            row.update(
                {
                    "seconds_peer": statistics.median(t_peer),
                    "speedup": statistics.median(ratios),
                    "speedup_spread": [min(ratios), max(ratios)],
                    "goal": 1.5,
                }
            )
        rows.append(row)
    return rows


def _setup_ours(ours, refs: torch.Tensor | None, clock) -> float:
    """Seconds of our fit minus loading the weights: the prompt ensemble and the reference memories."""
    from medad_core.nn.clip import prompt_ensemble, text_prototypes  # noqa: PLC0415

    start = clock()
    with torch.inference_mode():
        normal, anomalous = prompt_ensemble(ours.fit_info["class_name"], ours.prompt_set)
        text_prototypes(ours.model.clip, ours.tokenizer, [normal, anomalous], ours.text_mean, ours.device)
        if refs is not None:
            ours.model.encode(clip_input(refs, ours.clip_size))
    return clock() - start


def _setup_peer(peer, ours, refs: torch.Tensor | None, clock) -> float:
    """Seconds of anomalib's ``setup``: its prompt ensemble and reference embeddings."""
    start = clock()
    with torch.inference_mode():
        peer.setup(ours.fit_info["class_name"], clip_input(refs, ours.clip_size) if refs is not None else None)
    return clock() - start


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medad bench clip", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", default="bmad_brain", help="default bmad_brain (its smoke phantom); or folder")
    parser.add_argument("--data-root", default=None)
    parser.add_argument("--layout", default=None, choices=["mvtec", "bmad"])
    parser.add_argument("--weights", default="auto", help="accuracy part: phantom-clip (auto) or a checkpoint file")
    parser.add_argument("--k-shot", type=int, nargs="+", default=[0, 4])
    parser.add_argument("--n-test", type=int, default=24, help="test images of the accuracy part (half anomalous)")
    parser.add_argument("--timing-images", type=int, default=4, help="images per timed round (ViT-B-16+ at 240 px)")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--clock", default="wall", choices=sorted(CLOCKS))
    parser.add_argument("--skip", nargs="*", default=[], choices=["accuracy", "timing"])
    parser.add_argument("--no-peers", action="store_true", help="only our side, even when anomalib is installed")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--out", default=None, help="also write the rows to this JSON file")
    return parser


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2e}" if 0 < abs(value) < 1e-3 else f"{value:.4g}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    """Run the bench and print its rows.

    Args:
        argv: command-line arguments (module docstring).

    Returns:
        The exit code.
    """
    args = _parser().parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    args.peers = not args.no_peers and anomalib_installed()
    if not args.no_peers and not args.peers:
        print(
            "anomalib is not installed (the `peers` extra, or PYTHONPATH with it): only our side runs", file=sys.stderr
        )
    if any(k not in (0, 1, 2, 4) for k in args.k_shot):
        raise MedadError(f"--k-shot takes WinCLIP's shots 0, 1, 2, 4; got {args.k_shot}")
    splits, test = _data(args)
    rows = []
    if "accuracy" not in args.skip:
        rows += accuracy(args, splits, test)
    if "timing" not in args.skip:
        rows += timing(args, splits, test)
    for row in rows:
        if args.json:
            print(json.dumps(row, sort_keys=True))
        else:
            print("  ".join(f"{k}={_fmt(v)}" for k, v in row.items()))
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(rows, fh, indent=1)
    return 0
