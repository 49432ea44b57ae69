"""Teacher-student pieces shared by STFPM, RD4AD and MKD.

All three compare teacher features ``t`` with student features ``s`` layer by layer:

* :func:`normalized_l2_map` STFPM Eq. 1-2 (Wang et al., BMVC 2021): ``0.5 * ||t/|t| - s/|s| ||^2``
  per position (features L2-normalised along channels);
* :func:`cosine_distance_map` RD4AD Eq. 2 (Deng & Li, CVPR 2022): ``1 - cos(t, s)`` per position;
* :func:`flat_cosine_distance` MKD's direction loss (Salehi et al., CVPR 2021, Eq. 2): ``1 - cos``
  between the whole flattened activation volumes of one image.

:func:`train_student` is the single training loop they share (frozen teacher, trainable parts
given by the optimiser, a loss closure, epochs over a shuffled in-memory set, tqdm bar).
"""

from __future__ import annotations

from typing import Callable, Sequence

import torch
import torch.nn.functional as F

from medad_core.api import ImageSet
from medad_core.nn.selection import ValidSelector
from medad_core.progress import progress

__all__ = ["normalized_l2_map", "cosine_distance_map", "flat_cosine_distance", "train_student"]


def normalized_l2_map(teacher: torch.Tensor, student: torch.Tensor) -> torch.Tensor:
    """(B, C, h, w) x 2 -> (B, h, w): half squared distance of channel-normalised features."""
    t = F.normalize(teacher, dim=1)
    s = F.normalize(student, dim=1)
    return 0.5 * (t - s).pow(2).sum(1)


def cosine_distance_map(teacher: torch.Tensor, student: torch.Tensor) -> torch.Tensor:
    """(B, C, h, w) x 2 -> (B, h, w): ``1 - cos`` along channels."""
    return 1.0 - F.cosine_similarity(teacher, student, dim=1)


def flat_cosine_distance(teacher: torch.Tensor, student: torch.Tensor) -> torch.Tensor:
    """(B, ...) x 2 -> (B,): ``1 - cos`` of each image's flattened activations."""
    return 1.0 - F.cosine_similarity(teacher.flatten(1), student.flatten(1), dim=1)


def train_student(images: ImageSet, loss_fn: Callable[[torch.Tensor], torch.Tensor],
                  optimizer: torch.optim.Optimizer, *, epochs: int, batch_size: int, device: str, seed: int,
                  modules: Sequence[torch.nn.Module] = (), desc: str = "train", show_progress: bool = True,
                  selector: ValidSelector | None = None, with_index: bool = False) -> dict:
    """Run ``epochs`` passes of ``loss_fn(batch) -> scalar`` over shuffled batches.

    ``modules`` are the trainable parts, put in train mode while training (a frozen teacher stays in
    eval). BMAD's protocol (thesis Sec. 3.4.1) is the ``selector``'s
    (:class:`~medad_core.nn.selection.ValidSelector` built with ``modules=`` these parts): it scores
    the valid split every few epochs and restores the best checkpoint at the end, or keeps the last
    epoch when there is no labelled valid split. ``with_index`` calls ``loss_fn(images, indices)`` (indices into
    ``images``, for losses that look up cached teacher features). Returns ``{"loss": [per-epoch mean], "selected_epoch", "valid_auroc"}``.
    """
    history: list[float] = []
    bar = progress(range(epochs), total=epochs, desc=desc, enable=show_progress)
    for epoch in bar:
        for module in modules:
            module.train()
        total, count = 0.0, 0
        for batch in images.batches(batch_size, device=device, shuffle=True, seed=seed + epoch):
            x = batch["image"].float()
            loss = loss_fn(x, batch["index"]) if with_index else loss_fn(x)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(x)
            count += len(x)
        history.append(total / max(count, 1))
        for module in modules:
            module.eval()
        if selector is not None:
            selector.step(epoch, epochs)
    selection = selector.restore() if selector is not None else {"selected_epoch": epochs, "valid_auroc": None}
    return {"loss": history, **selection}
