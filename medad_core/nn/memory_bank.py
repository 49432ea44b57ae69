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
* :func:`partitioned_coreset` is the scalable option: the rows are shuffled into parts of at most
  ``partition_rows`` and the exact greedy runs inside every part with the part's share of the k
  rows, so the work is O(ratio N C d') for parts of C rows (linear in N, against O(ratio N^2 d')),
  and no tensor larger than one pass of parts (and one chunk of features) is allocated besides
  the bank's indices. With N <= ``partition_rows`` it is the exact greedy, index for index.
* :func:`knn` returns the k smallest Euclidean distances from queries to a bank: chunked torch
  matrix products (the (n_query, n_bank) distance matrix never has to fit in memory at once), or
  faiss's exact ``IndexFlatL2`` on request. ``auto`` is torch: on CPU at PatchCore's sizes it
  measured about 2x faster than faiss (6144 queries x 1024 bank x 384 dims, one thread:
  0.20 s vs 0.46 s).
"""

from __future__ import annotations

import contextlib
import math

import torch

from medad_core.api import MedadError
from medad_core.progress import progress

__all__ = [
    "random_projection",
    "jl_min_dim",
    "PROJECTIONS",
    "greedy_coreset",
    "greedy_coreset_reference",
    "partitioned_coreset",
    "partition_cells",
    "select_coreset",
    "CORESET_METHODS",
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
    kind: str = "gaussian",
    eps: float = 0.9,
) -> torch.Tensor:
    """Project (N, D) features to (N, dim) with a Gaussian matrix scaled by 1/sqrt(dim).

    ``kind="sparse"`` is the projection of the code BMAD ran (anomalib 0.5's ``SparseRandomProjection``
    with ``eps=0.9``, Achlioptas / Li et al.): ``dim`` is replaced by the Johnson-Lindenstrauss bound
    ``4 ln N / (eps^2 / 2 - eps^3 / 3)`` and the matrix has density ``s = 1 / sqrt(D)`` with entries
    ``+-sqrt(1 / s) / sqrt(dim)`` (zero otherwise).

    The product runs ``chunk_size`` rows at a time on ``device``, so features kept on the CPU can be
    projected on an accelerator without a full copy of them there.

    Args:
        features: the (N, D) rows.
        dim: the projected dimension; ``dim <= 0`` or ``dim >= D`` returns the features unchanged
            (as float32 on ``device``).
        generator: draws the (D, dim) matrix (on the CPU, so a seed gives the same matrix anywhere).
        chunk_size: rows per matrix product.
        device: where the result lives (default: the features' device).
        kind: ``gaussian`` or ``sparse`` (see above).
        eps: the distortion of the sparse projection's Johnson-Lindenstrauss bound.

    Returns:
        The (N, dim) float32 projection on ``device``.

    Raises:
        MedadError: an unknown ``kind``.
    """
    device = features.device if device is None else torch.device(device)
    if kind == "sparse":
        dim = jl_min_dim(features.shape[0], eps)
    elif kind != "gaussian":
        raise MedadError(f"unknown projection {kind!r}; expected one of {', '.join(PROJECTIONS)}")
    matrix = _projection_matrix(features.shape[1], dim, generator, device, sparse=kind == "sparse")
    if matrix is None:
        return features.to(device, torch.float32)
    out = torch.empty(features.shape[0], dim, device=device, dtype=torch.float32)
    for start in range(0, features.shape[0], chunk_size):
        rows = features[start : start + chunk_size].to(device, torch.float32)
        torch.matmul(rows, matrix, out=out[start : start + chunk_size])
    return out


#: the random projections of the coreset selection (``projection=...``)
PROJECTIONS = ("gaussian", "sparse")


def jl_min_dim(n_samples: int, eps: float) -> int:
    """The Johnson-Lindenstrauss dimension ``4 ln N / (eps^2 / 2 - eps^3 / 3)`` (Dasgupta and Gupta).

    Args:
        n_samples: N, the rows to embed.
        eps: the distortion, in (0, 1).

    Returns:
        The smallest dimension the bound allows (at least 1).
    """
    if not 0 < eps < 1:
        raise MedadError(f"the projection's eps must be in (0, 1); got {eps}")
    return max(1, int(4 * math.log(max(n_samples, 2)) / (eps**2 / 2 - eps**3 / 3)))


def _projection_matrix(
    n_features: int, dim: int, generator: torch.Generator | None, device: torch.device, sparse: bool = False
) -> torch.Tensor | None:
    # drawn on the CPU so that a seed gives the same matrix on every device; None: no projection
    if dim <= 0 or dim >= n_features:
        return None
    if sparse:
        density = 1.0 / n_features**0.5
        keep = torch.rand(n_features, dim, generator=generator) < density
        signs = torch.randint(0, 2, (n_features, dim), generator=generator, dtype=torch.float32) * 2 - 1
        return (signs * keep * (1.0 / density) ** 0.5 / dim**0.5).to(device)
    matrix = torch.randn(n_features, dim, generator=generator, dtype=torch.float32)
    return (matrix / dim**0.5).to(device)


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
    projection: str = "gaussian",
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
        projection: ``gaussian`` (d' = ``projection_dim``) or ``sparse`` (the code BMAD ran; see
            :func:`random_projection`).

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
    projected = random_projection(
        features, projection_dim, generator, chunk_size=chunk_size, device=device, kind=projection
    )
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
            # ||x||^2 - 2 x.c in one product (scaling by -2 is exact, so the values are the reference's
            # -2 (x.c) + ||x||^2 bit for bit), then + ||c||^2
            torch.addmv(sq_norms, projected, projected.index_select(0, current)[0], alpha=-2.0, out=distance)
            distance.add_(sq_norms.index_select(0, current)).clamp_min_(0.0)
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


#: the coreset selections PatchCore offers (``coreset=...``)
CORESET_METHODS = ("greedy", "partitioned")


@torch.no_grad()
def partitioned_coreset(
    features: torch.Tensor,
    ratio: float,
    *,
    partition_rows: int = 65536,
    projection_dim: int = 128,
    generator: torch.Generator | None = None,
    show_progress: bool = False,
    device: torch.device | str | None = None,
    chunk_size: int = 1 << 18,
    parts_per_pass: int | None = None,
    projection: str = "gaussian",
) -> torch.Tensor:
    """Greedy k-center (PatchCore Alg. 1) inside cells of the projected rows: linear in N instead of quadratic.

    1. Cells: the projected rows are split recursively at the median of their principal direction
       (a PCA tree) until every cell holds at most ``partition_rows`` (C) rows; cells are compact
       regions, so two cells rarely need a centre at the same place (random parts would: each then
       covers the whole distribution with its share of the centres, which measured a larger
       coverage radius and a lower image AUROC).
    2. The exact greedy of Eq. 4 runs inside every cell from a random start row, recording the
       distance at which each row was picked (non-increasing within a cell).
    3. Global allocation: the coreset is the k = round(ratio N) picks with the largest pick
       distances over all cells, which is a prefix of every cell's sequence: as if one greedy ran
       over the union of cells, ignoring only that a row may be covered from a neighbouring cell.
       A cell whose picks were all taken is run further (its cap doubled) until none is.

    Work: ``sum_cells k_cell C d' ~ ratio N C d'`` against ``ratio N^2 d'`` for the whole-set greedy;
    the tree adds O(N d' log(N / C)). Memory: the (N, d') projection (as the exact greedy), the
    features read ``chunk_size`` rows at a time (the tree reads the projection 65,536 rows at a
    time, and a strided sample of at most 16,384 rows per split), one pass of ``parts_per_pass`` cells
    ``(parts_per_pass, C, d')`` with a few ``(parts_per_pass, C)`` vectors, and N indices; nothing of
    size N x k or N x N.

    Args:
        features: the (N, D) patch features (any device; read in chunks, so they may stay on the host).
        ratio: the coreset's share of the rows, in (0, 1].
        partition_rows: C, the largest cell; N <= C runs :func:`greedy_coreset` itself (same indices).
        projection_dim: d' of the random projection (<= 0: the features themselves).
        generator: draws the projection, then the tree's start directions, then the cells' start rows.
        show_progress: a progress bar over the passes.
        device: where the selection runs (default: the features' device).
        chunk_size: feature rows projected at once.
        parts_per_pass: cells selected together in one batched pass (batched products may round
            differently, so a near tie can break otherwise); None: 1 on the CPU (a cell stays in
            cache), enough for ~2^20 rows on an accelerator.
        projection: ``gaussian`` or ``sparse`` (:func:`random_projection`).

    Returns:
        The (k,) distinct long indices on ``device``, cell by cell, each cell's in the order they were chosen.

    Raises:
        ValueError: ``ratio`` is outside (0, 1] or ``partition_rows`` < 1.
    """
    n = features.shape[0]
    target = _coreset_size(n, ratio)
    device = features.device if device is None else torch.device(device)
    if partition_rows < 1:
        raise ValueError(f"partition_rows must be at least 1; got {partition_rows}")
    if target >= n or n <= partition_rows:
        return greedy_coreset(
            features,
            ratio,
            projection_dim=projection_dim,
            generator=generator,
            show_progress=show_progress,
            device=device,
            chunk_size=chunk_size,
            projection=projection,
        )
    projected = random_projection(
        features, projection_dim, generator, chunk_size=chunk_size, device=device, kind=projection
    )
    with _single_cpu_thread(device.type == "cpu"):
        cells = _pca_tree_cells(projected, partition_rows, generator)
        sizes = torch.tensor([len(c) for c in cells])
        starts = (torch.rand(len(cells), generator=generator, dtype=torch.float64) * sizes).long()
        # a first cap of twice the proportional share leaves room for cells that need more centres
        caps = torch.minimum(sizes, (2 * target * sizes + n - 1) // n + 1)
        if parts_per_pass is None:
            parts_per_pass = 1 if device.type == "cpu" else max(1, (1 << 20) // partition_rows)
        picks: list[torch.Tensor | None] = [None] * len(cells)
        values: list[torch.Tensor | None] = [None] * len(cells)
        todo = list(range(len(cells)))
        while todo:
            passes = range(0, len(todo), parts_per_pass)
            for first in progress(passes, total=len(passes), desc="coreset cells", enable=show_progress):
                group = todo[first : first + parts_per_pass]
                batch = torch.zeros(len(group), int(sizes[group].max()), projected.shape[1], device=device)
                for j, cell in enumerate(group):
                    batch[j, : len(cells[cell])] = projected[cells[cell]]
                chosen, picked_at = _greedy_in_parts(
                    batch, sizes[group].to(device), starts[group].to(device), int(caps[group].max())
                )
                for j, cell in enumerate(group):
                    picks[cell] = chosen[j, : int(caps[cell])].cpu()
                    values[cell] = picked_at[j, : int(caps[cell])].cpu()
            # the k largest pick distances over all cells; ties keep the earlier cell
            threshold = torch.cat(values).topk(target).values[-1]
            todo = [c for c in range(len(cells)) if caps[c] < sizes[c] and values[c][-1] >= threshold]
            caps[todo] = torch.minimum(sizes[todo], 2 * caps[todo])
        everything = torch.cat(values)
        take = torch.zeros(len(everything), dtype=torch.bool)
        take[everything.topk(target).indices] = True
        chosen_rows, offset = [], 0
        for cell, cell_picks in enumerate(picks):
            keep = take[offset : offset + len(cell_picks)]
            chosen_rows.append(cells[cell][cell_picks[keep].to(cells[cell].device)])
            offset += len(cell_picks)
    return torch.cat(chosen_rows).to(device)


def partition_cells(n: int, partition_rows: int) -> int:
    """How many cells :func:`partitioned_coreset` splits ``n`` rows into (median splits until <= ``partition_rows``).

    Args:
        n: the number of rows.
        partition_rows: the largest cell.

    Returns:
        The number of cells (a power of two for equal halves; 1 when ``n <= partition_rows``).
    """
    if n <= partition_rows:
        return 1
    return partition_cells(n - n // 2, partition_rows) + partition_cells(n // 2, partition_rows)


def _pca_tree_cells(
    projected: torch.Tensor, max_rows: int, generator: torch.Generator | None, chunk: int = 1 << 16
) -> list[torch.Tensor]:
    """Row indices of the cells of a median-split PCA tree, each with at most ``max_rows`` rows."""
    pending = [torch.arange(projected.shape[0], device=projected.device)]
    cells = []
    while pending:
        rows = pending.pop()
        if len(rows) <= max_rows:
            cells.append(rows)
            continue
        direction = _principal_direction(projected, rows, generator)
        # in chunks of rows, so the split never holds a second copy of the projection
        coordinate = torch.cat([projected[rows[lo : lo + chunk]] @ direction for lo in range(0, len(rows), chunk)])
        order = torch.argsort(coordinate, stable=True)
        half = len(rows) // 2
        pending += [rows[order[half:]], rows[order[:half]]]
    return cells


def _principal_direction(
    projected: torch.Tensor, rows: torch.Tensor, generator: torch.Generator | None, sample: int = 16384, steps: int = 8
) -> torch.Tensor:
    # power iteration on the covariance of (a strided sample of) the cell's rows
    points = projected[rows[:: max(1, len(rows) // sample)]]
    points = points - points.mean(0)
    direction = torch.randn(points.shape[1], generator=generator).to(points.device)
    for _ in range(steps):
        direction = points.T @ (points @ direction)
        direction = direction / direction.norm().clamp_min(1e-12)
    return direction


def _greedy_in_parts(
    projected: torch.Tensor, sizes: torch.Tensor, starts: torch.Tensor, steps: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """The greedy k-center of every part of a (G, C, d') batch at once.

    Rows at and beyond a part's size are padding and never chosen; a chosen row is never chosen again.

    Returns:
        (G, steps) local indices in the order chosen and the squared distance at which each was
        chosen (its distance to the part's earlier picks; inf for the start row, -inf past the part's end).
    """
    g, c, _ = projected.shape
    parts = torch.arange(g, device=projected.device)
    sq_norms = projected.pow(2).sum(-1)  # (G, C)
    min_distance = torch.full((g, c), float("inf"), device=projected.device)
    min_distance[torch.arange(c, device=projected.device).unsqueeze(0) >= sizes.unsqueeze(1)] = float("-inf")
    distance = torch.empty(g, c, 1, device=projected.device)
    chosen = torch.empty(g, steps, dtype=torch.long, device=projected.device)
    picked_at = torch.empty(g, steps, device=projected.device)
    current = starts
    picked_at[:, 0] = float("inf")
    for i in range(steps):
        if i:
            picked_at[:, i], current = torch.max(min_distance, dim=1)
        chosen[:, i] = current
        centre = projected[parts, current].unsqueeze(-1)  # (G, d', 1)
        # ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2 (Eq. 4 on the projection), one batched product per step
        torch.baddbmm(sq_norms.unsqueeze(-1), projected, centre, alpha=-2.0, out=distance)
        distance.add_(sq_norms[parts, current].view(g, 1, 1))
        torch.minimum(min_distance, distance.view(g, c), out=min_distance)
        min_distance[parts, current] = float("-inf")
    return chosen, picked_at


def select_coreset(method: str, features: torch.Tensor, ratio: float, **kwargs) -> torch.Tensor:
    """The coreset indices of ``method`` (one of :data:`CORESET_METHODS`).

    Args:
        method: ``greedy`` (:func:`greedy_coreset`, exact) or ``partitioned`` (:func:`partitioned_coreset`).
        features: the (N, D) patch features.
        ratio: the coreset's share of the rows, in (0, 1].
        **kwargs: passed on (``partition_rows`` only to ``partitioned``).

    Returns:
        The (k,) long indices.

    Raises:
        MedadError: an unknown ``method``.
    """
    if method == "greedy":
        kwargs.pop("partition_rows", None)
        return greedy_coreset(features, ratio, **kwargs)
    if method == "partitioned":
        return partitioned_coreset(features, ratio, **kwargs)
    raise MedadError(f"unknown coreset selection {method!r}; expected one of {', '.join(CORESET_METHODS)}")


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
