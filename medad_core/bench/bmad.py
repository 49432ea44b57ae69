"""BMAD (thesis Ch. 3): the chapter's run grid, and ``medad bench bmad`` (ours beside anomalib).

Chapter grid
    :func:`chapter_runs` builds the RunConfigs of the BMAD notebooks (methods x six datasets x
    seeds, one-class setting, BMAD's valid-split checkpoint selection inside the trained methods),
    skips methods that are not registered (with a note), runs them through
    :func:`medad_core.runner.run_many` (cached, resumable) and returns the rows. The three BMAD
    notebooks call it with the same arguments, so whichever runs first computes and the others
    read the cache.

Bench (``medad bench bmad [--profile smoke|quick] [--methods ...] [--dataset ...] [--no-peers]``)
    1. Ours vs anomalib: on the same phantom split and seed, our PatchCore, PaDiM, STFPM, RD4AD,
       CFA, CFLOW and CS-Flow beside anomalib's torch models (random-init backbones on both sides
       when weights are absent), image / pixel AUROC for both and the fit and predict time ratios
       (ours / theirs) measured in one process, one after the other. anomalib is optional (the
       ``peers`` extra); without it only our side is printed and the report says so.
    2. PatchCore scaling: memory-bank size and coreset time with the training set at 1x, 2x, 4x.
    3. Throughput: our PatchCore / PaDiM / STFPM / RD4AD predict on a batch against the bare
       backbone forward on the same batch (the upper limit of any feature-space method).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Sequence

__all__ = ["BMAD_DATASETS", "PIXEL_DATASETS", "PAPER_METHOD_NAMES", "PAPER_DATASET_NAMES", "TABLE_OF_DATASET",
           "FEATURE_METHODS", "chapter_seeds", "chapter_grid", "chapter_runs", "chapter_config", "macs_per_image",
           "main"]

#: the six BMAD benchmarks (registry names) and the paper's column names
PAPER_DATASET_NAMES = {"bmad_liver": "BTCV+LiTS", "bmad_brain": "BraTS2021", "bmad_resc": "RESC",
                       "bmad_oct2017": "OCT2017", "bmad_chest": "RSNA", "bmad_camelyon": "Camelyon16"}
BMAD_DATASETS = list(PAPER_DATASET_NAMES)
PIXEL_DATASETS = ["bmad_brain", "bmad_liver", "bmad_resc"]
TABLE_OF_DATASET = {"bmad_liver": "thesis_table3_7", "bmad_brain": "thesis_table3_8", "bmad_resc": "thesis_table3_9",
                    "bmad_oct2017": "thesis_table3_10", "bmad_chest": "thesis_table3_10",
                    "bmad_camelyon": "thesis_table3_10"}
#: registry name -> the thesis' row label
PAPER_METHOD_NAMES = {"fanogan": "f-AnoGAN", "ganomaly": "GANomaly", "draem": "DRAEM", "utrad": "UTRAD",
                      "deepsvdd": "DeepSVDD", "cutpaste": "CutPaste", "simplenet": "SimpleNet", "mkd": "MKD",
                      "rd4ad": "RD4AD", "stfpm": "STFPM", "padim": "PaDiM", "patchcore": "PatchCore",
                      "cfa": "CFA", "cflow": "CFLOW", "csflow": "CS-Flow"}
#: the eleven feature-embedding algorithms of BMAD (this chapter's notebooks)
FEATURE_METHODS = ["deepsvdd", "cutpaste", "simplenet", "mkd", "rd4ad", "stfpm", "padim", "patchcore", "cfa",
                   "cflow", "csflow"]
#: seeds per profile for the chapter (quick: one seed so the chapter fits its CPU budget)
CHAPTER_SEEDS = {"smoke": [0], "quick": [0], "paper": [0, 1, 2, 3, 4]}
#: the smoke profile only checks that the pages execute (seconds): one method, one dataset
SMOKE_METHODS = ["padim"]
SMOKE_DATASETS = ["bmad_brain"]


def chapter_seeds(profile: str, seeds: Sequence[int] | None = None) -> list[int]:
    return list(CHAPTER_SEEDS[profile] if seeds is None else seeds)


def chapter_grid(profile: str, methods: Sequence[str] | None, datasets: Sequence[str] | None
                 ) -> tuple[list[str], list[str], str]:
    """(methods, datasets, note): ``None`` means every method / dataset of the chapter, except in
    the smoke profile, which runs :data:`SMOKE_METHODS` on :data:`SMOKE_DATASETS` (the note says so)."""
    note = ""
    if profile == "smoke" and methods is None:
        note = (f"Smoke profile: only {', '.join(SMOKE_METHODS)} on {', '.join(SMOKE_DATASETS)} are run "
                "(this profile checks that the page executes; use quick or paper for the whole table).")
    if methods is None:
        methods = SMOKE_METHODS if profile == "smoke" else FEATURE_METHODS
    if datasets is None:
        datasets = SMOKE_DATASETS if profile == "smoke" else BMAD_DATASETS
    return list(methods), list(datasets), note


def registered(methods: Sequence[str]) -> tuple[list[str], list[str]]:
    """(registered, missing) among ``methods``."""
    from medad_core.registry import available_methods

    known = set(available_methods())
    return [m for m in methods if m in known], [m for m in methods if m not in known]


def chapter_runs(methods: Sequence[str], datasets: Sequence[str], profile: str, seeds: Sequence[int] | None = None,
                 data_root: str | None = None, device: str = "cpu", progress: bool = True):
    """Run (or read from the cache) the chapter grid; returns (rows DataFrame, missing methods).

    Predictions (scores + maps) are kept for the first seed of the pixel-level datasets, which
    Fig. 3.8 draws; the rows of every run carry the timings and memory Fig. 3.9 plots.
    """
    import pandas as pd

    from medad_core.config import RunConfig
    from medad_core.runner import run_many

    present, missing = registered(methods)
    seeds = chapter_seeds(profile, seeds)
    frames = []
    for keep in (True, False):
        configs = [RunConfig(method=m, dataset=d, profile=profile, seed=s, device=device, data_root=data_root)
                   for d in datasets for m in present for s in seeds
                   if keep == (d in PIXEL_DATASETS and s == seeds[0])]
        if configs:
            frames.append(run_many(configs, errors="record", keep_predictions=keep, progress=progress,
                                   desc="BMAD runs"))
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return rows, missing


def chapter_config(method: str, dataset: str, profile: str, seed: int, data_root: str | None = None,
                   device: str = "cpu"):
    from medad_core.config import RunConfig

    return RunConfig(method=method, dataset=dataset, profile=profile, seed=seed, device=device, data_root=data_root)


def macs_per_image(method: str, dataset: str, profile: str, data_root: str | None = None, n_train: int = 8,
                   seed: int = 0, memory_batch: int = 16) -> dict[str, Any]:
    """Parameters, multiply-accumulates per test image and inference memory of one method.

    The architecture (not the training) sets the MACs, so the method is fitted on ``n_train``
    images for one epoch; memory-bank methods then search a bank built from those images (counted
    with the torch kNN backend). ``inference_mb`` is the size of the model's tensors plus the peak
    memory added while predicting a batch of ``memory_batch`` images (CUDA: peak allocation; CPU:
    the increase of the process's resident memory, sampled every 5 ms, an approximation since the
    allocator reuses freed memory). The runner's ``peak_memory_mb`` is the whole process's peak,
    which grows with everything a notebook ran before, so Fig. 3.9 uses this per-method figure.
    """
    import itertools

    import torch

    from medad_core.api import Setting
    from medad_core.config import Protocol
    from medad_core.data import load_splits, make_trainset
    from medad_core.efficiency import PeakMemory, count_macs, count_parameters
    from medad_core.registry import get_method

    cls = get_method(method)
    names = cls.param_names()
    params = {k: v for k, v in {"epochs": 1, "knn_backend": "torch"}.items() if k in names}
    train, test = make_trainset(load_splits(dataset, data_root=data_root, profile=profile, seed=seed),
                                Setting.ONE_CLASS, Protocol(), seed)
    train.normal = train.normal.subset(range(min(n_train, len(train.normal))))
    train.valid = None
    detector = cls.for_profile(profile, seed=seed, progress=False, **params).fit(train)
    image = test.subset([0]).tensors().to(detector.device)
    try:
        macs = count_macs(detector, image, forward=detector._predict_batch)
    except Exception as err:  # noqa: BLE001 - an op the counter cannot trace; reported, not hidden
        macs, note = None, f"MAC counter failed ({type(err).__name__})"
    else:
        note = ""
    with torch.no_grad():
        n_params = count_parameters(detector)
    module = detector.model
    model_mb = sum(t.numel() * t.element_size()
                   for t in itertools.chain(module.parameters(), module.buffers())) / 2**20
    batch = test.subset(range(min(memory_batch, len(test)))).tensors().to(detector.device)
    start_rss = PeakMemory._rss_mb()
    with PeakMemory(interval=0.005, device=detector.device) as memory:
        with torch.inference_mode():
            detector._predict_batch(batch)
    added = memory.peak_cuda_mb if memory.peak_cuda_mb is not None else max(memory.peak_rss_mb - start_rss, 0.0)
    return {"method": method, "params_m": n_params / 1e6, "gmacs": None if macs is None else macs / 1e9,
            "model_mb": model_mb, "inference_mb": model_mb + added, "image_size": list(image.shape[-2:]),
            "note": note}


# ------------------------------------------------------------------------------------------------
# medad bench bmad
# ------------------------------------------------------------------------------------------------
PEER_METHODS = ["patchcore", "padim", "stfpm", "rd4ad", "cfa", "cflow", "csflow"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="medad bench bmad", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", default="smoke", choices=["smoke", "quick"])
    parser.add_argument("--dataset", default="bmad_brain")
    parser.add_argument("--methods", nargs="*", default=PEER_METHODS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-peers", action="store_true", help="skip anomalib even when it is installed")
    parser.add_argument("--skip", nargs="*", default=[], choices=["peers", "scaling", "throughput"])
    parser.add_argument("--threads", type=int, default=None,
                        help="torch CPU threads (default: torch's); 1 gives steadier timings on a shared machine")
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    from medad_core.bench import _bmad_bench as bench

    if "peers" not in args.skip:
        bench.peers_report(args.methods, args.dataset, args.profile, args.seed, use_peers=not args.no_peers)
    if "scaling" not in args.skip:
        bench.scaling_report(args.dataset, args.profile, args.seed)
    if "throughput" not in args.skip:
        bench.throughput_report(args.dataset, args.profile, args.seed)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
