"""Memory banks of patch features: coreset subsampling and nearest-neighbour search.

Shared by PatchCore (greedy coreset + kNN scoring) and CFA (nearest memory features).

* :func:`greedy_coreset` is PatchCore's Algorithm 1 (Roth et al., CVPR 2022): iterative minimax
  facility location (greedy k-center). Like the reference implementation it runs on a random
  linear projection of the features (Johnson-Lindenstrauss: distances are approximately kept)
  so each of the k iterations costs O(N * d') instead of O(N * d). The selection is exact greedy
  (no approximation beyond the paper's projection) and stays O(k N d') = O(ratio N^2 d'); what
  makes BMAD's brain scale feasible (N = 5.9 M patches, k = 588 k) is running it where the
  features are: the steps never synchronise with the host, so on an accelerator each is one
  memory-bound pass over the 3 GB projected bank (``medad bench bmad`` prints the extrapolation;
  about 10 min at 3 TB/s, against days on one CPU core). The projection is computed in chunks, so
  features kept in host memory can be projected on the device without a full copy there.
  :func:`greedy_coreset_reference` is the plain loop it is tested against (same indices).
* :func:`knn` returns the k smallest Euclidean distances from queries to a bank: chunked torch
  matrix products (the (n_query, n_bank) distance matrix never has to fit in memory at once), or
  faiss's exact ``IndexFlatL2`` on request. ``auto`` is torch: on CPU at PatchCore's sizes it
  measured about 2x faster than faiss (6144 queries x 1024 bank x 384 dims, one thread:
  0.20 s vs 0.46 s).
"""

from __future__ import annotations

import contextlib

import torch

from medad_core.progress import progress

__all__ = [
    "random_projection",
    "greedy_coreset",
    "greedy_coreset_reference",
    "knn",
    "pairwise_sq_distances",
    "NearestNeighbourIndex",
]


def random_projection(
    features: torch.Tensor,
    dim: int,
    generator: torch.Generator | None = None,
    *,
    chunk_size: int = 1 << 18,
    device: torch.device | str | None = None,
) -> torch.Tensor:
    """Project (N, D) features to (N, dim) with a Gaussian matrix scaled by 1/sqrt(dim).

    The product runs ``chunk_size`` rows at a time on ``device``, so features kept on the CPU can be
    projected on an accelerator without a full copy of them there.

    Args:
        features: the (N, D) rows.
        dim: the projected dimension; ``dim <= 0`` or ``dim >= D`` returns the features unchanged
            (as float32 on ``device``).
        generator: draws the (D, dim) matrix (on the CPU, so a seed gives the same matrix anywhere).
        chunk_size: rows per matrix product.
        device: where the result lives (default: the features' device).

    Returns:
        The (N, dim) float32 projection on ``device``.
    """
    device = features.device if device is None else torch.device(device)
    n_features = features.shape[1]
    if dim <= 0 or dim >= n_features:
        return features.to(device, torch.float32)
    matrix = torch.randn(n_features, dim, generator=generator, dtype=torch.float32)
    matrix = (matrix / dim**0.5).to(device)
    out = torch.empty(features.shape[0], dim, device=device, dtype=torch.float32)
    for start in range(0, features.shape[0], chunk_size):
        rows = features[start : start + chunk_size].to(device, torch.float32)
        torch.matmul(rows, matrix, out=out[start : start + chunk_size])
    return out


def _coreset_size(n: int, ratio: float) -> int:
    if not 0 < ratio <= 1:
        raise ValueError(f"coreset ratio must be in (0, 1]; got {ratio}")
    return max(1, int(round(ratio * n)))


@torch.no_grad()
def greedy_coreset(
    features: torch.Tensor,
    ratio: float,
    *,
    projection_dim: int = 128,
    generator: torch.Generator | None = None,
    show_progress: bool = False,
    device: torch.device | str | None = None,
    chunk_size: int = 1 << 18,
) -> torch.Tensor:
    """Indices of a coreset of ``round(ratio * N)`` rows chosen by greedy k-center (PatchCore Alg. 1).

    Start from one random row; repeatedly add the row farthest from the current coreset
    (``argmax_m min_n ||psi(m) - psi(n)||``, PatchCore Eq. 4), where ``psi`` is the random projection.
    Each of the k steps is one pass over the projected bank: O(k N d') time, O(N d') memory, the
    selection of :func:`greedy_coreset_reference` step for step. The steps never read a value back to
    the host (the chosen index stays a device tensor), so on an accelerator they queue without a
    synchronisation each, and the pass is bound by memory bandwidth (N d' 4 bytes per step).

    Args:
        features: the (N, D) patch features (any device; they are read once, in chunks).
        ratio: the coreset's share of the rows, in (0, 1].
        projection_dim: d' of the random projection (<= 0: the features themselves).
        generator: draws the start row and the projection.
        show_progress: a progress bar over the steps.
        device: where the selection runs (default: the features' device).
        chunk_size: rows per chunk of the projection.

    Returns:
        The (k,) long indices on ``device``, in the order they were chosen.

    Raises:
        ValueError: ``ratio`` is outside (0, 1].
    """
    n = features.shape[0]
    target = _coreset_size(n, ratio)
    device = features.device if device is None else torch.device(device)
    if target >= n:
        return torch.arange(n, device=device)
    projected = random_projection(features, projection_dim, generator, chunk_size=chunk_size, device=device)
    start = int(torch.randint(n, (1,), generator=generator))  # drawn after the projection matrix
    selected = torch.empty(target, dtype=torch.long, device=device)
    selected[0] = start
    # ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2: one matrix-vector product per step
    sq_norms = projected.pow(2).sum(1)
    current = torch.full((1,), start, dtype=torch.long, device=device)
    min_distance = torch.full((n,), float("inf"), device=device)
    distance = torch.empty(n, device=device)
    with _single_cpu_thread(device.type == "cpu"):
        for i in progress(range(target), total=target, desc="coreset", enable=show_progress):
            if i:
                current = torch.argmax(min_distance).view(1)
                selected[i : i + 1] = current
            torch.mv(projected, projected.index_select(0, current)[0], out=distance)
            # the same operations in the same order as the reference: bit-identical distances
            distance.mul_(-2.0).add_(sq_norms).add_(sq_norms.index_select(0, current)).clamp_min_(0.0)
            torch.minimum(min_distance, distance, out=min_distance)
    return selected


@torch.no_grad()
def greedy_coreset_reference(
    features: torch.Tensor, ratio: float, *, projection_dim: int = 128, generator: torch.Generator | None = None
) -> torch.Tensor:
    """The plain greedy k-center loop (one host round trip per step); :func:`greedy_coreset` equals it.

    Args:
        features: the (N, D) patch features.
        ratio: the coreset's share of the rows, in (0, 1].
        projection_dim: d' of the random projection (<= 0: the features themselves).
        generator: draws the start row and the projection.

    Returns:
        The (k,) long indices, in the order they were chosen.

    Raises:
        ValueError: ``ratio`` is outside (0, 1].
    """
    n = features.shape[0]
    target = _coreset_size(n, ratio)
    if target >= n:
        return torch.arange(n, device=features.device)
    projected = random_projection(features, projection_dim, generator)
    start = int(torch.randint(n, (1,), generator=generator))
    sq_norms = projected.pow(2).sum(1)
    selected = [start]
    min_distance = (sq_norms - 2.0 * (projected @ projected[start]) + sq_norms[start]).clamp_min_(0.0)
    for _ in range(1, target):
        idx = int(torch.argmax(min_distance))
        selected.append(idx)
        distance = (sq_norms - 2.0 * (projected @ projected[idx]) + sq_norms[idx]).clamp_min_(0.0)
        torch.minimum(min_distance, distance, out=min_distance)
    return torch.tensor(selected, dtype=torch.long, device=features.device)


@contextlib.contextmanager
def _single_cpu_thread(enabled: bool):
    # Thousands of small sequential matrix-vector products: thread start-up and synchronisation
    # cost more than they save (measured 6x slower with 2 threads on a loaded 2-core machine).
    if not enabled:
        yield
        return
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def pairwise_sq_distances(queries: torch.Tensor, bank: torch.Tensor) -> torch.Tensor:
    """Squared Euclidean distances (Q, M) via ||q||^2 - 2 q.m + ||m||^2, clamped at 0."""
    d = queries.pow(2).sum(1, keepdim=True) - 2.0 * queries @ bank.T + bank.pow(2).sum(1).unsqueeze(0)
    return d.clamp_min_(0.0)


def _faiss():
    try:
        import faiss  # noqa: PLC0415 - optional dependency, imported on request
    except ImportError:
        return None
    # follow torch's thread setting (faiss's OpenMP default is every core, which oversubscribes a
    # shared machine and makes timings of the two libraries incomparable)
    faiss.omp_set_num_threads(torch.get_num_threads())
    return faiss


@torch.no_grad()
def knn(
    queries: torch.Tensor, bank: torch.Tensor, k: int = 1, *, backend: str = "auto", chunk_size: int = 4096
) -> tuple[torch.Tensor, torch.Tensor]:
    """(distances, indices), each (Q, k): the ``k`` nearest bank rows to every query (Euclidean).

    ``backend``: ``faiss`` (exact flat index, CPU tensors), ``torch`` (chunked matrix products) or
    ``auto`` (= torch, see the module docstring).
    """
    if bank.ndim != 2 or queries.ndim != 2 or bank.shape[1] != queries.shape[1]:
        raise ValueError(f"knn needs (Q, D) queries and (M, D) bank; got {tuple(queries.shape)}, {tuple(bank.shape)}")
    k = min(k, bank.shape[0])
    if backend == "auto":
        backend = "torch"
    if backend == "faiss":
        faiss = _faiss()
        if faiss is None:
            raise ImportError("backend='faiss' needs the faiss-cpu package (pip install faiss-cpu)")
        index = faiss.IndexFlatL2(bank.shape[1])
        index.add(bank.detach().cpu().float().contiguous().numpy())
        sq, idx = index.search(queries.detach().cpu().float().contiguous().numpy(), k)
        dist = torch.from_numpy(sq).clamp_min_(0.0).sqrt_().to(queries.device)
        return dist, torch.from_numpy(idx).long().to(queries.device)
    if backend != "torch":
        raise ValueError(f"unknown knn backend {backend!r}; expected auto, faiss or torch")
    dists, idxs = [], []
    for start in range(0, queries.shape[0], chunk_size):
        d = pairwise_sq_distances(queries[start : start + chunk_size].float(), bank.float())
        if k == 1:  # a plain minimum is several times cheaper than topk
            values, indices = d.min(dim=1, keepdim=True)
        else:
            values, indices = torch.topk(d, k, dim=1, largest=False)
        dists.append(values.sqrt_())
        idxs.append(indices)
    return torch.cat(dists), torch.cat(idxs)


class NearestNeighbourIndex:
    """A fixed bank searched many times: the faiss index is built once (``knn`` builds it per call).

    ``backend`` as :func:`knn` (``auto`` = torch).
    """

    def __init__(self, bank: torch.Tensor, backend: str = "auto", chunk_size: int = 4096):
        self.bank = bank
        self.chunk_size = chunk_size
        if backend == "auto":
            backend = "torch"
        self.backend = backend
        self._index = None
        if backend == "faiss":
            faiss = _faiss()
            if faiss is None:
                raise ImportError("backend='faiss' needs the faiss-cpu package (pip install faiss-cpu)")
            self._index = faiss.IndexFlatL2(bank.shape[1])
            self._index.add(bank.detach().cpu().float().contiguous().numpy())

    @torch.no_grad()
    def search(self, queries: torch.Tensor, k: int = 1) -> tuple[torch.Tensor, torch.Tensor]:
        """The ``k`` nearest bank rows of every query.

        Args:
            queries: (Q, D) rows.
            k: neighbours per query (at most the bank's size).

        Returns:
            (distances, indices), each (Q, k), nearest first.
        """
        if self._index is None:
            return knn(queries, self.bank, k, backend="torch", chunk_size=self.chunk_size)
        _faiss()
        k = min(k, self.bank.shape[0])
        sq, idx = self._index.search(queries.detach().cpu().float().contiguous().numpy(), k)
        dist = torch.from_numpy(sq).clamp_min_(0.0).sqrt_().to(queries.device)
        return dist, torch.from_numpy(idx).long().to(queries.device)
