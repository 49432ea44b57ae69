"""Efficiency measurements for the thesis / BMAD efficiency columns.

``count_parameters(model)``        total (and trainable) parameters of an ``nn.Module`` or Detector
``count_macs(model, input)``       multiply-accumulates of one forward pass; ``torch.utils.flop_counter``
                                   (FLOPs / 2) by default, ``thop`` as an option (thop counts MACs of
                                   the layer types it knows and silently skips the others)
``time_inference(fn, images)``     wall time per image of a predict function, after warm-up
``PeakMemory``                     context manager: peak process RSS (CPU) and peak CUDA allocation

Neither BMAD nor anomalib measures memory (notes §1.7); these are our own measurements, so tables
that show them say "measured here".
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psutil
import thop
import torch
import torch.nn as nn
from torch.utils.flop_counter import FlopCounterMode

from medad_core.api import MedadError

__all__ = ["count_parameters", "count_macs", "time_inference", "PeakMemory", "InferenceTiming"]


def _module_of(model: Any):
    if isinstance(model, nn.Module):
        return model
    inner = getattr(model, "model", None)
    if isinstance(inner, nn.Module):
        return inner
    raise MedadError(f"expected a torch nn.Module or a fitted Detector with .model, got {type(model).__name__}")


def count_parameters(model: Any, trainable_only: bool = False) -> int:
    """Number of parameters (shared tensors counted once)."""
    module = _module_of(model)
    seen: set[int] = set()
    total = 0
    for p in module.parameters():
        if id(p) in seen or (trainable_only and not p.requires_grad):
            continue
        seen.add(id(p))
        total += p.numel()
    return total


def count_macs(model: Any, example_input: Any, backend: str = "torch", forward: Callable | None = None) -> int:
    """Multiply-accumulate operations of one forward pass on ``example_input``.

    The count covers the whole batch: pass a batch of one image for the per-image figure the tables
    print.

    ``backend="torch"`` uses :class:`torch.utils.flop_counter.FlopCounterMode` (counts matmul / conv
    FLOPs as 2 per MAC, so MACs = FLOPs // 2); ``"thop"`` uses ``thop.profile``. ``forward`` lets a
    caller count a custom call (e.g. a Detector's ``_predict_batch``) instead of ``module(input)``.
    """
    module = _module_of(model)
    call = forward if forward is not None else (lambda x: module(x))
    if backend == "torch":
        with torch.inference_mode(), FlopCounterMode(display=False) as counter:
            call(example_input)
        return int(counter.get_total_flops() // 2)
    if backend == "thop":
        if forward is not None:
            raise MedadError("thop counts module(input) only; use backend='torch' with a custom forward")

        with torch.inference_mode():
            macs, _ = thop.profile(module, inputs=(example_input,), verbose=False)
        # thop leaves total_ops/total_params buffers on the modules; remove them so state_dicts stay clean
        for sub in module.modules():
            for name in ("total_ops", "total_params"):
                if name in getattr(sub, "_buffers", {}):
                    del sub._buffers[name]
        return int(macs)
    raise MedadError(f"unknown MAC backend {backend!r}; choose 'torch' or 'thop'")


@dataclass
class InferenceTiming:
    """Result of ``time_inference``: the best of ``repeats`` timed passes over ``n_images``."""

    ms_per_image: float
    images_per_second: float
    n_images: int
    repeats: int


def time_inference(fn: Callable[[Any], Any], images: Any, warmup: int = 1, repeats: int = 3) -> InferenceTiming:
    """Time ``fn(images)`` (a batch); report the best of ``repeats`` as milliseconds per image.

    CUDA work is synchronised before the clock stops so asynchronous kernels are counted.
    """
    n = len(images)
    if n == 0:
        raise MedadError("time_inference needs at least one image")

    def sync():
        if torch.cuda.is_available() and torch.cuda.is_initialized():
            torch.cuda.synchronize()

    with torch.inference_mode():
        for _ in range(warmup):
            fn(images)
        sync()
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            fn(images)
            sync()
            best = min(best, time.perf_counter() - start)
    return InferenceTiming(ms_per_image=1000 * best / n, images_per_second=n / best, n_images=n, repeats=repeats)


class PeakMemory:
    """Peak resident memory of this process (sampled every ``interval`` s) and peak CUDA allocation.

    >>> with PeakMemory() as mem:
    ...     work()
    >>> mem.peak_rss_mb, mem.peak_cuda_mb
    """

    def __init__(self, interval: float = 0.05, device: str | None = None):
        self.interval = interval
        self.device = device
        self.peak_rss_mb: float = 0.0
        self.start_rss_mb: float = 0.0
        self.peak_cuda_mb: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @staticmethod
    def _rss_mb() -> float:
        return psutil.Process(os.getpid()).memory_info().rss / 2**20

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak_rss_mb = max(self.peak_rss_mb, self._rss_mb())

    def _cuda(self) -> bool:
        wants = self.device is None or str(self.device).startswith("cuda")
        return wants and torch.cuda.is_available()

    @property
    def added_rss_mb(self) -> float:
        """Peak minus the resident memory at entry: what the block itself needed.

        A long-lived process, such as a notebook kernel, already holds everything earlier work left
        behind, so the peak alone overstates the block.
        """
        return max(self.peak_rss_mb - self.start_rss_mb, 0.0)

    def __enter__(self) -> PeakMemory:
        self.start_rss_mb = self.peak_rss_mb = self._rss_mb()
        if self._cuda():
            torch.cuda.reset_peak_memory_stats()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.peak_rss_mb = max(self.peak_rss_mb, self._rss_mb())
        if self._cuda():
            self.peak_cuda_mb = torch.cuda.max_memory_allocated() / 2**20
