"""The networks and scores of DDAD-ASR (Cai et al., MedIA 2023), as batched ensembles.

"Dual-distribution discrepancy with self-supervised refinement for anomaly detection in medical images".

Every reconstruction network here is an ensemble of ``K`` independent members computed as **one**
batched model: convolutions are grouped (``groups=K``, member ``k`` owns channels ``k*C ... (k+1)*C - 1``),
the fully connected layers are batched matrix products over a ``(K, out, in)`` weight, batch norm runs
over the ``K*C`` channels (so each member keeps its own statistics). A member of a ``K``-member model
is exactly a 1-member model: :meth:`EnsembleAE.split` and :meth:`EnsembleAE.stack` move weights
between the two layouts (the default initialisation of a grouped layer draws each member from the
same distribution as a single layer). Tensors of an ensemble are ``(B, K, C, H, W)``: member ``k``
reads (and trains on) its own images ``x[:, k]``; a ``(B, C, H, W)`` input is shown to every member.

* :class:`EnsembleAE` (Sec. 4.2; sizes of the DDAD code ``models/autoencoder.py``): encoder 4 x [conv
  4x4 stride 2, no bias - BN - ReLU] with channels ``w, 2w, 4w, 4w`` (16-32-64-64), flatten, the FC
  bottleneck ``flat -> hidden`` (BN, ReLU) ``-> latent`` (16, no BN/ReLU), ``latent -> hidden`` (BN,
  ReLU) ``-> flat`` (no BN/ReLU), then the mirrored decoder of transposed convolutions (BN + ReLU after
  all but the last, no output activation). The paper's "3 fully connected layers" are read as the
  three hidden FC layers of neurons (2048, 16, 2048) between the two conv interfaces, which is what
  the code has (notes A.2.3). ``out_channels = 2 C`` is AE-U's mean and log-variance (Mao et al. 2020).
* :class:`MemoryUnit` (MemAE, Gong et al. 2019) on the latent: ``S = 25`` slots ``M (S, latent)``,
  attention ``w = softmax(z M^T)``, hard shrinkage ``w' = ReLU(w - lambda) w / (|w - lambda| + eps)``
  re-normalised to sum to one (Gong's Eq. 7), ``z' = w' M``; loss term ``entropy_weight * E(w')``.
* Losses: MSE per member (Eq. 1-2, summed over the members), AE-U's Eq. 5 (:func:`aeu_loss`).
* Scores (Sec. 3.3-3.4): :func:`reconstruction_error` (A_rec), :func:`intra_discrepancy` (Eq. 3; Eq. 6
  with ``sigma``), :func:`inter_discrepancy` (Eq. 4; Eq. 7 with ``sigma``), :func:`ensemble_sigma`
  (sigma_p of AE-U's NDM: ``sqrt(mean_i exp(s_i))``, the code's reading of "average uncertainty").
* ASR-Net (Sec. 3.5): :class:`ASRNet` (three 3x3 convolutions joined by BN + ReLU, two-class output),
  the FPI-style synthetic patches of Eq. 9-10 (:func:`fpi_patches`) and the focal loss of Eq. 11-12
  (:func:`asr_focal_loss`).
"""

from __future__ import annotations

import math
from typing import Literal

import torch
import torch.nn.functional as F
from torch import nn

from medad_core.api import MedadError
from medad_core.nn.losses import softmax_focal_loss

__all__ = [
    "BACKBONES",
    "GroupedLinear",
    "MemoryUnit",
    "EnsembleAE",
    "build_backbone",
    "ASRNet",
    "aeu_loss",
    "memory_entropy",
    "hard_shrink_attention",
    "member_losses",
    "reconstruction_error",
    "ensemble_sigma",
    "intra_discrepancy",
    "inter_discrepancy",
    "fpi_patches",
    "asr_focal_loss",
]

#: the three reconstruction backbones of Table 3
BACKBONES = ("ae", "memae", "aeu")


class GroupedLinear(nn.Module):
    """``K`` independent linear layers: ``(B, K, in) -> (B, K, out)`` (one batched matrix product).

    Each member is initialised as ``nn.Linear(in, out)`` would be (Kaiming-uniform weight, uniform
    bias in ``+-1/sqrt(in)``), from its own draws.
    """

    def __init__(self, n_members: int, in_features: int, out_features: int):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_members, out_features, in_features))
        self.bias = nn.Parameter(torch.empty(n_members, out_features))
        for k in range(n_members):
            nn.init.kaiming_uniform_(self.weight.data[k], a=math.sqrt(5))
        bound = 1.0 / math.sqrt(in_features)
        nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(B, K, in) -> (B, K, out)."""
        # (K, B, in) @ (K, in, out) + (K, 1, out): one bmm for all members
        out = torch.baddbmm(self.bias.unsqueeze(1), x.transpose(0, 1), self.weight.transpose(1, 2))
        return out.transpose(0, 1)


def hard_shrink_attention(weights: torch.Tensor, threshold: float, eps: float = 1e-12) -> torch.Tensor:
    """MemAE's hard shrinkage (Gong et al. Eq. 7) followed by the L1 re-normalisation.

    Args:
        weights: attention weights (..., S), non-negative, summing to one over the slots.
        threshold: lambda; 0 keeps the weights as they are.
        eps: the small constant of the shrinkage and the normalisation.

    Returns:
        The shrunk weights, summing to one over the slots again (a row shrunk to all zeros stays zero).
    """
    if threshold > 0:
        weights = F.relu(weights - threshold) * weights / ((weights - threshold).abs() + eps)
    return weights / weights.sum(-1, keepdim=True).clamp_min(eps)


class MemoryUnit(nn.Module):
    """MemAE's memory of ``slots`` items per member on the ``dim``-d latent (Gong et al. Sec. 3.3).

    The attention is the softmax of the dot products ``z M^T`` (Gong's code; not a cosine), the items
    are initialised uniformly in ``+-1/sqrt(dim)``.
    """

    def __init__(self, n_members: int, slots: int = 25, dim: int = 16, shrink_threshold: float = 1.0 / 25):
        super().__init__()
        bound = 1.0 / math.sqrt(dim)
        self.memory = nn.Parameter(torch.empty(n_members, slots, dim).uniform_(-bound, bound))
        self.shrink_threshold = float(shrink_threshold)

    def forward(self, z: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(B, K, dim) latents -> (the re-addressed latents z' (B, K, dim), the attention w' (B, K, S))."""
        logits = torch.einsum("bkd,ksd->bks", z, self.memory)
        weights = hard_shrink_attention(torch.softmax(logits, -1), self.shrink_threshold)
        return torch.einsum("bks,ksd->bkd", weights, self.memory), weights


def _bn_relu(channels: int, dims: int) -> list[nn.Module]:
    norm = nn.BatchNorm2d(channels) if dims == 2 else nn.BatchNorm1d(channels)
    return [norm, nn.ReLU(inplace=True)]


class EnsembleAE(nn.Module):
    """``K`` DDAD autoencoders (AE, MemAE or AE-U) as one batched model (module docstring).

    Args:
        n_members: K.
        in_channels: image channels C (DDAD reads grey images: 1).
        out_channels: C (AE, MemAE) or 2 C (AE-U: mean, then log-variance).
        image_size: the square input side, divisible by 16 (64 in the paper).
        width: channels of the first conv (16; the others are 2w, 4w, 4w).
        hidden: neurons of the two wide FC layers (2048).
        latent: the bottleneck size (16).
        memory: a :class:`MemoryUnit` on the latent (MemAE), or None.
    """

    def __init__(
        self,
        n_members: int = 1,
        in_channels: int = 1,
        out_channels: int | None = None,
        image_size: int = 64,
        width: int = 16,
        hidden: int = 2048,
        latent: int = 16,
        memory: MemoryUnit | None = None,
    ):
        super().__init__()
        if image_size % 16 or image_size < 16:
            raise MedadError(f"the DDAD autoencoder needs an image side divisible by 16; got {image_size}")
        k = self.n_members = int(n_members)
        self.in_channels = int(in_channels)
        self.out_channels = int(out_channels or in_channels)
        self.grid = image_size // 16
        chans = [self.in_channels, width, 2 * width, 4 * width, 4 * width]
        self.top = chans[-1]
        flat = self.top * self.grid * self.grid
        enc: list[nn.Module] = []
        for c_in, c_out in zip(chans[:-1], chans[1:], strict=True):
            enc += [nn.Conv2d(k * c_in, k * c_out, 4, 2, 1, bias=False, groups=k), *_bn_relu(k * c_out, 2)]
        self.encoder = nn.Sequential(*enc)
        self.fc_in = nn.ModuleList([GroupedLinear(k, flat, hidden), GroupedLinear(k, hidden, latent)])
        self.fc_in_norm = nn.Sequential(*_bn_relu(k * hidden, 1))
        self.memory = memory
        self.fc_out = nn.ModuleList([GroupedLinear(k, latent, hidden), GroupedLinear(k, hidden, flat)])
        self.fc_out_norm = nn.Sequential(*_bn_relu(k * hidden, 1))
        dec_chans = [chans[4], chans[3], chans[2], chans[1], self.out_channels]
        dec: list[nn.Module] = []
        for i, (c_in, c_out) in enumerate(zip(dec_chans[:-1], dec_chans[1:], strict=True)):
            dec.append(nn.ConvTranspose2d(k * c_in, k * c_out, 4, 2, 1, bias=False, groups=k))
            if i < 3:
                dec += _bn_relu(k * c_out, 2)
        self.decoder = nn.Sequential(*dec)
        # oneDNN's grouped convolutions are several times faster channels-last on CPU
        self.to(memory_format=torch.channels_last)

    def _bottleneck(self, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
        b, k = h.shape[0], self.n_members
        h = self.fc_in[0](h)
        h = self.fc_in_norm(h.reshape(b, -1)).reshape(b, k, -1)
        z = self.fc_in[1](h)
        attention = None
        if self.memory is not None:
            z, attention = self.memory(z)
        h = self.fc_out[0](z)
        h = self.fc_out_norm(h.reshape(b, -1)).reshape(b, k, -1)
        return self.fc_out[1](h), attention

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor | None]:
        """Reconstruct.

        Args:
            x: (B, K, C, H, W), member k reading ``x[:, k]``, or (B, C, H, W) for every member.

        Returns:
            ``{"recon": (B, K, C, H, W), "log_var": (B, K, C, H, W) or None (AE-U's s = log sigma^2),
            "attention": (B, K, S) or None (MemAE's w')}``.
        """
        k = self.n_members
        if x.ndim == 4:
            x = x.unsqueeze(1).expand(-1, k, -1, -1, -1)
        b, _, c, hgt, wid = x.shape
        h = self.encoder(x.reshape(b, k * c, hgt, wid).contiguous(memory_format=torch.channels_last))
        h, attention = self._bottleneck(h.reshape(b, k, -1))
        h = h.reshape(b, k * self.top, self.grid, self.grid).contiguous(memory_format=torch.channels_last)
        out = self.decoder(h).reshape(b, k, self.out_channels, hgt, wid)
        if self.out_channels == 2 * self.in_channels:
            recon, log_var = out[:, :, : self.in_channels], out[:, :, self.in_channels :]
        else:
            recon, log_var = out, None
        return {"recon": recon, "log_var": log_var, "attention": attention}

    # -- moving members between the batched and the single layout ------------------------------
    def split(self) -> list[EnsembleAE]:
        """The K members as 1-member models (copies of their weights and batch-norm statistics)."""
        state = self.state_dict()
        members = []
        for k in range(self.n_members):
            member = self._like(1)
            member.load_state_dict(
                {name: (t.chunk(self.n_members, 0)[k].clone() if t.ndim else t.clone()) for name, t in state.items()}
            )
            members.append(member)
        return members

    @classmethod
    def stack(cls, members: list[EnsembleAE]) -> EnsembleAE:
        """One K-member model holding the weights of K 1-member models (the inverse of :meth:`split`)."""
        if not members or any(m.n_members != 1 for m in members):
            raise MedadError("EnsembleAE.stack expects a non-empty list of 1-member models")
        model = members[0]._like(len(members))
        states = [m.state_dict() for m in members]
        model.load_state_dict(
            {name: (torch.cat([s[name] for s in states]) if t.ndim else t.clone()) for name, t in states[0].items()}
        )
        return model

    def _like(self, n_members: int) -> EnsembleAE:
        memory = None
        if self.memory is not None:
            slots, dim = self.memory.memory.shape[1:]
            memory = MemoryUnit(n_members, slots, dim, self.memory.shrink_threshold)
        width = self.encoder[0].out_channels // self.n_members
        hidden = self.fc_in[0].weight.shape[1]
        latent = self.fc_in[1].weight.shape[1]
        model = EnsembleAE(
            n_members, self.in_channels, self.out_channels, self.grid * 16, width, hidden, latent, memory
        )
        return model.to(self.fc_in[0].weight.device)


def build_backbone(
    backbone: str,
    n_members: int,
    channels: int,
    image_size: int = 64,
    *,
    width: int = 16,
    hidden: int = 2048,
    latent: int = 16,
    memory_slots: int = 25,
    shrink_threshold: float = 1.0 / 25,
) -> EnsembleAE:
    """An untrained K-member ensemble of ``backbone`` (``ae``, ``memae`` or ``aeu``).

    Args:
        backbone: one of :data:`BACKBONES`.
        n_members: K.
        channels: image channels C.
        image_size: the square input side (divisible by 16).
        width: channels of the first conv.
        hidden: the wide FC layers' neurons.
        latent: the bottleneck size.
        memory_slots: MemAE's S.
        shrink_threshold: MemAE's lambda.

    Returns:
        The ensemble.

    Raises:
        MedadError: an unknown backbone.
    """
    if backbone not in BACKBONES:
        raise MedadError(f"unknown DDAD backbone {backbone!r}; expected one of {', '.join(BACKBONES)}")
    memory = MemoryUnit(n_members, memory_slots, latent, shrink_threshold) if backbone == "memae" else None
    out_channels = 2 * channels if backbone == "aeu" else channels
    return EnsembleAE(n_members, channels, out_channels, image_size, width, hidden, latent, memory)


# -- losses ------------------------------------------------------------------------------------
def aeu_loss(x: torch.Tensor, mean: torch.Tensor, log_var: torch.Tensor) -> torch.Tensor:
    """AE-U's loss, Eq. 5: ``mean_p [(x - mu)^2 / sigma^2 + log sigma^2]`` with ``sigma^2 = exp(s)``.

    Args:
        x: the images.
        mean: the reconstructions mu (same shape).
        log_var: the predicted log-variances s (same shape).

    Returns:
        The mean over every element (the code's ``mean(exp(-s)(mu - x)^2) + mean(s)``).
    """
    return (torch.exp(-log_var) * (x - mean).pow(2) + log_var).mean()


def memory_entropy(attention: torch.Tensor) -> torch.Tensor:
    """MemAE's entropy of the shrunk attention, ``-sum_s w' log(w' + 1e-12)``, averaged over the batch.

    Args:
        attention: (B, S) weights.

    Returns:
        The scalar entropy.
    """
    return -(attention * torch.log(attention + 1e-12)).sum(-1).mean()


def member_losses(x: torch.Tensor, out: dict[str, torch.Tensor | None], entropy_weight: float = 2e-4) -> torch.Tensor:
    """Each member's training loss (Eq. 1-2 per member; AE-U: Eq. 5; MemAE: + the entropy term).

    Args:
        x: (B, K, C, H, W) the images each member read.
        out: :meth:`EnsembleAE.forward` of ``x``.
        entropy_weight: MemAE's weight of :func:`memory_entropy` (0.0002).

    Returns:
        (K,) losses; their sum is minimised (the members share no parameter, so each gets its own gradient).
    """
    recon, log_var, attention = out["recon"], out["log_var"], out["attention"]
    if log_var is not None:
        per = torch.exp(-log_var) * (x - recon).pow(2) + log_var
    else:
        per = (x - recon).pow(2)
    losses = per.transpose(0, 1).flatten(1).mean(1)
    if attention is not None:
        entropy = -(attention * torch.log(attention + 1e-12)).sum(-1).mean(0)
        losses = losses + entropy_weight * entropy
    return losses


# -- anomaly scores (Sec. 3.3-3.4), per pixel ------------------------------------------------
def reconstruction_error(x: torch.Tensor, recon: torch.Tensor, log_var: torch.Tensor | None = None) -> torch.Tensor:
    """A_rec: ``(x - x_hat)^2``, or AE-U's uncertainty-weighted ``exp(-s) (x - mu)^2`` (the DDAD code).

    Args:
        x: images (..., C, H, W).
        recon: reconstructions, same shape.
        log_var: AE-U's s, or None.

    Returns:
        The per-pixel error, same shape.
    """
    error = (x - recon).pow(2)
    return error if log_var is None else error * torch.exp(-log_var)


def ensemble_sigma(log_vars: torch.Tensor) -> torch.Tensor:
    """sigma_p of Eq. 6-7: ``sqrt(mean_i exp(s_i))`` over the NDM members (dim 1 of ``(B, K, ...)``)."""
    return torch.exp(log_vars).mean(1).sqrt()


def intra_discrepancy(recons: torch.Tensor, sigma: torch.Tensor | None = None, ddof: int = 0) -> torch.Tensor:
    """A_intra, Eq. 3: the standard deviation of the NDM members' reconstructions (Eq. 6: divided by sigma).

    Args:
        recons: (B, K, ...) the K reconstructions x_hat_Ai.
        sigma: AE-U's sigma_p (B, ...), or None.
        ddof: 0 is the paper's 1/K; 1 the code's unbiased ``torch.std`` (1/(K-1)).

    Returns:
        (B, ...) per-pixel A_intra.
    """
    k = recons.shape[1]
    if k - ddof < 1:
        raise MedadError(f"A_intra needs more than {ddof} member(s); got K = {k}")
    mean = recons.mean(1, keepdim=True)
    std = ((recons - mean).pow(2).sum(1) / (k - ddof)).sqrt()
    return std if sigma is None else std / sigma


def inter_discrepancy(mu_a: torch.Tensor, mu_b: torch.Tensor, sigma: torch.Tensor | None = None) -> torch.Tensor:
    """A_inter, Eq. 4: ``|mu_A - mu_B|`` of the NDM and UDM mean reconstructions (Eq. 7: divided by sigma).

    Args:
        mu_a: NDM's mean reconstruction.
        mu_b: UDM's mean reconstruction (same shape).
        sigma: AE-U's sigma_p, or None.

    Returns:
        The per-pixel A_inter.
    """
    diff = (mu_a - mu_b).abs()
    return diff if sigma is None else diff / sigma


# -- ASR-Net (Sec. 3.5) --------------------------------------------------------------------------
class ASRNet(nn.Module):
    """F of Eq. 8 / 13: conv 3x3 (C_in -> w) - BN - ReLU - conv 3x3 (w -> w) - BN - ReLU - conv 3x3 (w -> 2).

    ``w = 128`` in the DDAD code (``refine_net.py``); the output is two-class logits at full resolution,
    the anomaly map is the softmax probability of class 1.
    """

    def __init__(self, in_channels: int = 2, width: int = 128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(in_channels, width, 3, padding=1),
            nn.BatchNorm2d(width),
            nn.ReLU(inplace=True),
            nn.Conv2d(width, width, 3, padding=1),
            nn.BatchNorm2d(width),
            nn.ReLU(inplace=True),
            nn.Conv2d(width, 2, 3, padding=1),
        )

    def forward(self, maps: torch.Tensor) -> torch.Tensor:
        """(B, C_in, H, W) score maps -> (B, 2, H, W) logits."""
        return self.net(maps)


def fpi_patches(
    x: torch.Tensor,
    generator: torch.Generator,
    *,
    p_synthetic: float = 0.5,
    patch: Literal["paper", "code"] = "paper",
) -> tuple[torch.Tensor, torch.Tensor]:
    """FPI-style synthetic anomalies, Eq. 9-10: blend a square patch of another normal image in.

    For each image ``x`` (with probability ``p_synthetic``; the others keep an empty mask) a partner
    ``x_f`` is another image of the batch (a random derangement), ``alpha ~ U(0, 1)`` per image, and
    ``x_s^p = (1 - alpha) x^p + alpha x_f^p`` for the pixels ``p`` of the patch ``h``, ``y_s = 1`` there.

    * ``patch="paper"`` (Eq. 10): centre ``h_c ~ U(0.1 d, 0.9 d)`` per axis and side ``h_s ~ U(0.1 d,
      0.4 d)``, continuous; a pixel is in ``h`` when its centre lies in ``[h_c - h_s/2, h_c + h_s/2)``.
    * ``patch="code"`` (``anomaly_data.py``): integer centre in ``[0.1 d, 0.9 d)``, half-width an integer in
      ``[round(0.05 d), round(0.2 d))`` (3-12 px at d = 64), the box ``[c - hw, c + hw)``.

    The box is clipped to the image in both. ``d`` is the width (x axis) or the height (y axis).

    Args:
        x: (B, C, H, W) normal images (B >= 2 for any synthesis).
        generator: the CPU generator every draw comes from.
        p_synthetic: the probability that an image is altered (the code's 0.5).
        patch: the patch rule.

    Returns:
        ``(x_s, y_s)``: the images (B, C, H, W) and the float masks (B, H, W).
    """
    b, _, h, w = x.shape
    device = x.device
    if b < 2:
        return x.clone(), torch.zeros(b, h, w, device=device)

    def draw(n: int) -> torch.Tensor:
        return torch.rand(n, generator=generator)

    synth = draw(b) < p_synthetic
    alpha = draw(b)
    order = torch.randperm(b, generator=generator)
    shift = int(torch.randint(1, b, (1,), generator=generator))
    partner = torch.empty(b, dtype=torch.long)
    partner[order] = order.roll(shift)  # a derangement: nobody is its own partner
    bounds = []
    for d in (h, w):
        if patch == "paper":
            centre = (0.1 + 0.8 * draw(b)) * d
            side = (0.1 + 0.3 * draw(b)) * d
            low, high = centre - side / 2, centre + side / 2
        elif patch == "code":
            lo_c, hi_c = int(0.1 * d), int(0.9 * d)
            centre = torch.randint(lo_c, max(hi_c, lo_c + 1), (b,), generator=generator).float()
            lo_s, hi_s = round(0.05 * d), round(0.2 * d)
            half = torch.randint(lo_s, max(hi_s, lo_s + 1), (b,), generator=generator).float()
            low, high = centre - half - 0.5, centre + half - 0.5  # pixel i in [c - hw, c + hw)
        else:
            raise MedadError(f"patch must be 'paper' or 'code'; got {patch!r}")
        bounds.append((low, high))
    rows = torch.arange(h, dtype=torch.float32) + 0.5
    cols = torch.arange(w, dtype=torch.float32) + 0.5
    in_rows = (rows >= bounds[0][0][:, None]) & (rows < bounds[0][1][:, None])
    in_cols = (cols >= bounds[1][0][:, None]) & (cols < bounds[1][1][:, None])
    mask = (in_rows[:, :, None] & in_cols[:, None, :] & synth[:, None, None]).float().to(device)
    weight = (mask * alpha.to(device)[:, None, None]).unsqueeze(1)
    x_s = x + weight * (x[partner.to(device)] - x)
    return x_s, mask


def asr_focal_loss(
    logits: torch.Tensor, target: torch.Tensor, gamma: float = 2.0, variant: Literal["paper", "code"] = "paper"
) -> torch.Tensor:
    """The focal loss of Eq. 11-12 on ASR-Net's two-class softmax, mean over pixels.

    Args:
        logits: (B, 2, H, W).
        target: (B, H, W) 0/1 masks y_s.
        gamma: the focusing parameter (2 in the code).
        variant: ``"paper"``: ``-(1 - p_t)^gamma log p_t`` exactly
            (:func:`~medad_core.nn.losses.softmax_focal_loss`); ``"code"``: the DDAD code's smoothed
            version (one-hot clamped to [1e-5, 1 - 1e-5], ``p_t = sum onehot * p + 1e-5``).

    Returns:
        The scalar loss.
    """
    if variant == "paper":
        return softmax_focal_loss(logits, target, gamma=gamma)
    if variant != "code":
        raise MedadError(f"focal must be 'paper' or 'code'; got {variant!r}")
    prob = torch.softmax(logits, 1)
    onehot = torch.stack([1.0 - target, target], 1).clamp(1e-5, 1.0 - 1e-5)
    p_t = (onehot * prob).sum(1) + 1e-5
    return (-((1.0 - p_t).pow(gamma)) * torch.log(p_t)).mean()
