"""Efficiency measurements for the thesis / BMAD efficiency columns.

``count_parameters(model)``        total (and trainable) parameters of an ``nn.Module`` or Detector
``count_macs(model, input)``       multiply-accumulates of one forward pass; ``torch.utils.flop_counter``
                                   (FLOPs / 2) by default, ``thop`` as an option (thop counts MACs of
                                   the layer types it knows and silently skips the others)
``time_inference(fn, images)``     wall time per image of a predict function: median (and min-max) of
                                   several timed passes after warm-up
``PeakMemory``                     context manager: peak process RSS (CPU) and peak CUDA allocation
``release_memory()``               collect garbage and hand freed heap pages back to the OS, so that
                                   the next ``PeakMemory`` sees what its block allocates
``tensor_mb(model)``               megabytes held by a module's parameters and buffers

Neither BMAD nor anomalib measures memory (notes §1.7); these are our own measurements, so tables
that show them say "measured here".
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import statistics
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

__all__ = [
    "count_parameters",
    "count_macs",
    "tensor_mb",
    "time_inference",
    "PeakMemory",
    "InferenceTiming",
    "release_memory",
]


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
        # no_grad, not inference_mode: the counter's module tracker hooks the autograd graph of a
        # module's inputs, which fails on inference tensors (CFLOW's flows)
        with torch.no_grad(), FlopCounterMode(display=False) as counter:
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


def tensor_mb(model: Any) -> float:
    """Megabytes held by the parameters and buffers of a module (or a fitted Detector's ``.model``).

    Tensors that share a storage (tied weights, views) are counted once. A memory bank or a fitted
    density registered as a buffer (the anomalib pattern every method here follows) is included.

    Args:
        model: an ``nn.Module`` or a fitted Detector.

    Returns:
        The size in MiB.
    """
    module = _module_of(model)
    seen: set[tuple[str, int]] = set()
    total = 0
    for tensor in (*module.parameters(), *module.buffers()):
        storage = tensor.untyped_storage()
        key = (str(tensor.device), storage.data_ptr())
        if key in seen:
            continue
        seen.add(key)
        total += storage.nbytes()
    return total / 2**20


@dataclass
class InferenceTiming:
    """Result of :func:`time_inference`: ``repeats`` timed passes over a batch of ``n_images``.

    ``ms_per_image`` is the median pass divided by ``n_images``; ``min_ms_per_image`` and
    ``max_ms_per_image`` the fastest and slowest pass (the spread); ``seconds`` every timed pass.
    """

    ms_per_image: float
    images_per_second: float
    n_images: int
    repeats: int
    min_ms_per_image: float = float("nan")
    max_ms_per_image: float = float("nan")
    warmup: int = 0
    seconds: tuple[float, ...] = ()


def _synchronize() -> None:
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        torch.cuda.synchronize()


def time_inference(fn: Callable[[Any], Any], images: Any, warmup: int = 1, repeats: int = 5) -> InferenceTiming:
    """Time ``fn(images)`` on one batch: ``warmup`` untimed passes, then the median of ``repeats`` timed ones.

    The median is robust to a pass slowed by another process on a shared machine; the min-max spread
    says how much the passes varied. CUDA work is synchronised before each clock stops, so
    asynchronous kernels are counted.

    Args:
        fn: the call to time (e.g. ``detector.predict``); it receives ``images`` as given.
        images: the batch, already in memory (anything with ``len``).
        warmup: untimed passes first (lazy initialisation, allocator and cuDNN warm-up).
        repeats: timed passes (at least 1).

    Returns:
        The timing, per image.

    Raises:
        MedadError: an empty batch, ``repeats < 1`` or ``warmup < 0``.
    """
    n = len(images)
    if n == 0:
        raise MedadError("time_inference needs at least one image")
    if repeats < 1 or warmup < 0:
        raise MedadError(f"time_inference needs repeats >= 1 and warmup >= 0; got repeats={repeats}, warmup={warmup}")
    with torch.inference_mode():
        for _ in range(warmup):
            fn(images)
        _synchronize()
        seconds = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn(images)
            _synchronize()
            seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    return InferenceTiming(
        ms_per_image=1000 * median / n,
        images_per_second=n / median if median > 0 else float("inf"),
        n_images=n,
        repeats=repeats,
        min_ms_per_image=1000 * min(seconds) / n,
        max_ms_per_image=1000 * max(seconds) / n,
        warmup=warmup,
        seconds=tuple(seconds),
    )


def _malloc_trim() -> Callable[[int], int] | None:
    """The C library's ``malloc_trim`` (glibc), or None on another C library (macOS, musl, Windows)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_TRIM = _malloc_trim()


def release_memory() -> None:
    """Collect garbage and return the heap's free pages to the operating system (glibc ``malloc_trim``).

    The C allocator keeps freed pages resident and hands them out again, so in a long-lived
    process (a notebook kernel) a block can allocate without the resident size growing, and
    :attr:`PeakMemory.added_rss_mb` would understate it. Calling this before entering
    :class:`PeakMemory` makes the added resident memory closer to what the block needs. Without
    glibc only the garbage is collected.
    """
    gc.collect()
    if _TRIM is not None:
        _TRIM(0)


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
        self.start_cuda_mb: float | None = None
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

    @property
    def added_cuda_mb(self) -> float | None:
        """Peak CUDA allocation minus the allocation at entry (None when CUDA was not measured)."""
        if self.peak_cuda_mb is None or self.start_cuda_mb is None:
            return None
        return max(self.peak_cuda_mb - self.start_cuda_mb, 0.0)

    @property
    def added_mb(self) -> float:
        """What the block added on the device measured: :attr:`added_cuda_mb` on a GPU, else :attr:`added_rss_mb`."""
        cuda = self.added_cuda_mb
        return cuda if cuda is not None else self.added_rss_mb

    def __enter__(self) -> PeakMemory:
        self.start_rss_mb = self.peak_rss_mb = self._rss_mb()
        if self._cuda():
            torch.cuda.reset_peak_memory_stats()
            self.start_cuda_mb = torch.cuda.memory_allocated() / 2**20
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
