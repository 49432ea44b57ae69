"""Normalising-flow pieces shared by CFLOW and CS-Flow.

Both methods fit a density to pretrained CNN features with a normalising flow f (an invertible
network) and score a feature by its negative log-likelihood. With z = f(x) and a standard normal
base density, the change of variables gives (both papers, after Real-NVP)::

    log p_X(x) = log p_Z(f(x)) + log |det J_f(x)|
               = -D/2 log(2 pi) - 1/2 ||z||^2 + log |det J_f(x)|                       (NLL)

:func:`gaussian_log_likelihood` evaluates this, :func:`flow_nll_loss` is its negative averaged per
dimension (the training objective of both papers).

* CFLOW decodes each feature vector separately, conditioned on a 2-D sinusoidal positional
  encoding of its location (:func:`positional_encoding_2d`); its decoder is a stack of FrEIA
  ``AllInOneBlock`` affine couplings (:func:`conditional_flow`), 8 in BMAD's configuration.
* CS-Flow transforms the feature maps of three image scales jointly with fully convolutional
  coupling blocks whose sub-networks mix neighbouring scales in their second layer
  (:class:`CrossScaleFlow`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
import torch.nn.functional as F
from FrEIA.framework import SequenceINN
from FrEIA.modules import AllInOneBlock
from torch import nn

__all__ = [
    "positional_encoding_2d",
    "conditional_flow",
    "gaussian_log_likelihood",
    "flow_nll_loss",
    "CrossConvolutions",
    "ParallelCouplingBlock",
    "ParallelPermute",
    "CrossScaleFlow",
]

LOG_SQRT_2PI = 0.5 * math.log(2.0 * math.pi)


def positional_encoding_2d(channels: int, height: int, width: int, device: torch.device | str = "cpu") -> torch.Tensor:
    """Sinusoidal 2-D positional encoding ``(channels, height, width)`` (CFLOW's conditioning vector).

    Half the channels encode the column, half the row, each with the Transformer's sin / cos pairs
    PE(pos, 2i) = sin(pos / 10000^(4i/channels)), PE(pos, 2i+1) = cos(...).
    """
    if channels % 4 != 0:
        raise ValueError(f"positional encoding needs a channel count divisible by 4; got {channels}")
    half = channels // 2
    div_term = torch.exp(torch.arange(0.0, half, 2, device=device) * -(math.log(10000.0) / half))
    pos_w = torch.arange(width, dtype=torch.float32, device=device).unsqueeze(1)
    pos_h = torch.arange(height, dtype=torch.float32, device=device).unsqueeze(1)
    encoding = torch.zeros(channels, height, width, device=device)
    encoding[0:half:2] = torch.sin(pos_w * div_term).T.unsqueeze(1).expand(-1, height, -1)
    encoding[1:half:2] = torch.cos(pos_w * div_term).T.unsqueeze(1).expand(-1, height, -1)
    encoding[half::2] = torch.sin(pos_h * div_term).T.unsqueeze(2).expand(-1, -1, width)
    encoding[half + 1 :: 2] = torch.cos(pos_h * div_term).T.unsqueeze(2).expand(-1, -1, width)
    return encoding


def _mlp_subnet(hidden_ratio: float):
    def build(dims_in: int, dims_out: int) -> nn.Module:
        hidden = max(int(dims_in * hidden_ratio), 8)
        return nn.Sequential(nn.Linear(dims_in, hidden), nn.ReLU(), nn.Linear(hidden, dims_out))

    return build


def conditional_flow(
    dim: int,
    cond_dim: int,
    n_blocks: int = 8,
    clamp_alpha: float = 1.9,
    permute_soft: bool = False,
    hidden_ratio: float = 2.0,
) -> nn.Module:
    """CFLOW's decoder: ``n_blocks`` conditional affine couplings on ``dim``-vectors (FrEIA).

    Each ``AllInOneBlock`` splits the vector, predicts scale and shift for one half from the other
    half concatenated with the condition c (CFLOW: ``s, t = g([x_1, c])``), clamps the log
    scale to +/- ``clamp_alpha`` with ``alpha * tanh`` (BMAD: 1.9), adds a global affine (ActNorm)
    and permutes the channels (a random rotation when ``permute_soft``, as CFLOW's code does;
    slow above ~512 dims, so a hard permutation is the default). The sub-network is
    Linear(d, 2d) -> ReLU -> Linear(2d, d_out), as in CFLOW's code.
    Call as ``z, log_jac_det = flow(x, [c])`` with x (N, dim) and c (N, cond_dim).
    """
    flow = SequenceINN(dim)
    for _ in range(n_blocks):
        flow.append(
            AllInOneBlock,
            cond=0,
            cond_shape=(cond_dim,),
            subnet_constructor=_mlp_subnet(hidden_ratio),
            affine_clamping=clamp_alpha,
            global_affine_type="SOFTPLUS",
            permute_soft=permute_soft,
        )
    return flow


def gaussian_log_likelihood(z: torch.Tensor, log_jac_det: torch.Tensor) -> torch.Tensor:
    """Log p(x) per sample under a standard normal base density (Eq. NLL above).

    ``z`` is (N, D...) and ``log_jac_det`` (N,); returns (N,).
    """
    z = z.flatten(1)
    return -z.shape[1] * LOG_SQRT_2PI - 0.5 * z.pow(2).sum(1) + log_jac_det


def flow_nll_loss(z: torch.Tensor | Sequence[torch.Tensor], log_jac_det: torch.Tensor) -> torch.Tensor:
    """Mean negative log-likelihood per dimension, without the constant (the objective of both papers).

    ``z`` may be a list of per-scale tensors (CS-Flow); the squared norms are summed over all of them.
    """
    parts = [z] if torch.is_tensor(z) else list(z)
    squared = sum(p.flatten(1).pow(2).sum(1) for p in parts)
    dims = sum(p[0].numel() for p in parts)
    return ((0.5 * squared - log_jac_det) / dims).mean()


# -- CS-Flow: fully convolutional cross-scale coupling ---------------------------------------------------------


class CrossConvolutions(nn.Module):
    """CS-Flow's coupling sub-network r(.) acting on all scales at once (CS-Flow Sec. 3.3, Fig. 4).

    Two convolutional layers, as CS-Flow's code builds them:

    1. per scale s, ``h_s = leaky_relu(conv_s(y_s))`` (no exchange between scales);
    2. per scale s, ``o_s = conv'_s(h_s) + up_s(upsample(h_{s+1})) + down_s(h_{s-1})``: the second
       layer mixes the hidden maps of the neighbouring scales, the coarser one bilinearly upsampled
       by 2 then convolved, the finer one by a stride-2 convolution.

    Each scale's output (its scale and shift) is multiplied by its own learnable scalar gamma_s,
    initialised to 0, so every block starts as the identity.
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        hidden: int,
        kernel_size: int = 3,
        n_scales: int = 3,
        leaky_slope: float = 0.1,
    ):
        super().__init__()
        pad = kernel_size // 2
        self.n_scales = n_scales
        self.leaky_slope = leaky_slope

        def convs(cin: int, cout: int, count: int, stride: int = 1) -> nn.ModuleList:
            return nn.ModuleList(nn.Conv2d(cin, cout, kernel_size, stride=stride, padding=pad) for _ in range(count))

        self.first = convs(in_channels, hidden, n_scales)
        self.second = convs(hidden, out_channels, n_scales)
        self.up = convs(hidden, out_channels, n_scales - 1)  # from scale s + 1 to s
        self.down = convs(hidden, out_channels, n_scales - 1, stride=2)  # from scale s - 1 to s
        self.gamma = nn.Parameter(torch.zeros(n_scales))

    def forward(self, xs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        """Scale and shift parameters per scale (module docstring of the class)."""
        hidden = [F.leaky_relu(conv(x), self.leaky_slope) for conv, x in zip(self.first, xs, strict=True)]
        out = []
        for s, h in enumerate(hidden):
            o = self.second[s](h)
            if s < len(hidden) - 1:  # the next coarser scale, upsampled
                coarser = F.interpolate(hidden[s + 1], scale_factor=2.0, mode="bilinear", align_corners=False)
                o = o + _fit_size(self.up[s](coarser), h.shape[-2:])
            if s > 0:  # the next finer scale, strided
                o = o + _fit_size(self.down[s - 1](hidden[s - 1]), h.shape[-2:])
            out.append(o * self.gamma[s])
        return out


def _fit_size(x: torch.Tensor, size: torch.Size) -> torch.Tensor:
    # odd map sizes do not halve and double exactly
    if x.shape[-2:] == size:
        return x
    return F.interpolate(x, size=tuple(size), mode="bilinear", align_corners=False)


class ParallelCouplingBlock(nn.Module):
    """CS-Flow's affine coupling applied to every scale in parallel (CS-Flow Eq. 3-4).

    With each scale's channels split into halves (y1, y2), in the order of CS-Flow's code::

        y1' = y1 * exp(sc(s2(y2))) + t2(y2),   y2' = y2 * exp(sc(s1(y1'))) + t1(y1')

    where (s, t) come from :class:`CrossConvolutions` over all scales (``net2`` on the y2 halves,
    ``net1`` on the new y1 halves) and sc(s) = (2 alpha / pi) * atan(s / alpha) is the soft clamp
    (alpha = 3 in CS-Flow and BMAD; CS-Flow's code writes 2 / pi as 0.636). Returns the transformed
    scales and log|det J| per sample (the sum of the clamped log scales).
    """

    def __init__(self, channels: int, hidden: int, kernel_size: int = 3, clamp: float = 3.0, n_scales: int = 3):
        super().__init__()
        self.split = channels // 2
        self.clamp = clamp
        rest = channels - self.split
        self.net1 = CrossConvolutions(self.split, 2 * rest, hidden, kernel_size, n_scales)
        self.net2 = CrossConvolutions(rest, 2 * self.split, hidden, kernel_size, n_scales)

    def _soft_clamp(self, s: torch.Tensor) -> torch.Tensor:
        return self.clamp * (2.0 / math.pi) * torch.atan(s / self.clamp)

    def _affine(
        self, halves: Sequence[torch.Tensor], params: Sequence[torch.Tensor]
    ) -> tuple[list[torch.Tensor], torch.Tensor]:
        out, log_jac = [], halves[0].new_zeros(halves[0].shape[0])
        for y, st in zip(halves, params, strict=True):
            s, t = st.chunk(2, dim=1)
            s = self._soft_clamp(s)
            out.append(y * torch.exp(s) + t)
            log_jac = log_jac + s.flatten(1).sum(1)
        return out, log_jac

    def forward(self, xs: Sequence[torch.Tensor]) -> tuple[list[torch.Tensor], torch.Tensor]:
        """Both affine couplings on every scale; returns the new scales and log|det J| (B,)."""
        y1 = [x[:, : self.split] for x in xs]
        y2 = [x[:, self.split :] for x in xs]
        new_y1, jac1 = self._affine(y1, self.net2(y2))
        new_y2, jac2 = self._affine(y2, self.net1(new_y1))
        return [torch.cat(pair, dim=1) for pair in zip(new_y1, new_y2, strict=True)], jac1 + jac2


class ParallelPermute(nn.Module):
    """A fixed random channel permutation, the same at every scale (volume preserving)."""

    def __init__(self, channels: int, generator: torch.Generator):
        super().__init__()
        self.register_buffer("perm", torch.randperm(channels, generator=generator))

    def forward(self, xs: Sequence[torch.Tensor]) -> list[torch.Tensor]:
        """The same channel permutation on every scale."""
        return [x[:, self.perm] for x in xs]


class CrossScaleFlow(nn.Module):
    """CS-Flow's normalising flow over a pyramid of feature maps .

    ``n_blocks`` :class:`ParallelCouplingBlock` (4 in CS-Flow; the last with kernel 5, the others 3),
    each preceded by a fixed channel permutation. Input: a list of ``n_scales`` maps (B, C, H_s, W_s),
    finest first. Output: the list of z maps (same shapes) and log|det J| (B,).
    """

    def __init__(
        self,
        channels: int,
        n_blocks: int = 4,
        hidden: int = 1024,
        kernel_sizes: Sequence[int] | None = None,
        clamp: float = 3.0,
        n_scales: int = 3,
        seed: int = 0,
    ):
        super().__init__()
        if kernel_sizes is None:
            kernel_sizes = [3] * (n_blocks - 1) + [5]
        if len(kernel_sizes) != n_blocks:
            raise ValueError(f"kernel_sizes needs {n_blocks} entries; got {list(kernel_sizes)}")
        generator = torch.Generator().manual_seed(seed)
        self.permutations = nn.ModuleList(ParallelPermute(channels, generator) for _ in range(n_blocks))
        self.blocks = nn.ModuleList(ParallelCouplingBlock(channels, hidden, k, clamp, n_scales) for k in kernel_sizes)

    def forward(self, xs: Sequence[torch.Tensor]) -> tuple[list[torch.Tensor], torch.Tensor]:
        """Z = f(y) per scale and the summed log|det J| (B,)."""
        log_jac = xs[0].new_zeros(xs[0].shape[0])
        for permute, block in zip(self.permutations, self.blocks, strict=True):
            xs, jac = block(permute(xs))
            log_jac = log_jac + jac
        return list(xs), log_jac
