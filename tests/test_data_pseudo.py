"""Pseudo anomalies: shapes, area ranges (DRA Eq. 4 / App.), untouched pixels, determinism."""

from __future__ import annotations

import pytest
import torch

from medad_core.data.pseudo import cutmix, cutpaste_mix, cutpaste_scar


def _images(b=32, c=3, size=64):
    g = torch.Generator().manual_seed(0)
    base = torch.rand(b, c, size // 8, size // 8, generator=g)
    return torch.nn.functional.interpolate(base, size=size, mode="bilinear", align_corners=False)


@pytest.mark.parametrize("fn", [cutmix, cutpaste_scar, cutpaste_mix])
@pytest.mark.parametrize("channels", [1, 3])
def test_shapes_types_and_untouched_pixels(fn, channels):
    x = _images(c=channels)
    out, mask = fn(x, torch.Generator().manual_seed(1))
    assert out.shape == x.shape and out.dtype == x.dtype and mask.shape == (32, 64, 64) and mask.dtype == torch.bool
    assert float(out.min()) >= 0 and float(out.max()) <= 1
    assert mask.flatten(1).any(1).all()  # every image got a pasted region
    assert torch.equal(out[~mask[:, None].expand_as(x)], x[~mask[:, None].expand_as(x)])
    assert (out != x).any(1)[mask].float().mean() > 0.5  # the pasted pixels actually changed
    again, mask2 = fn(x, torch.Generator().manual_seed(1))
    assert torch.equal(again, out) and torch.equal(mask, mask2)


def test_cutmix_area_and_aspect_follow_dra():
    x = _images(b=256, c=1, size=128)
    _, mask = cutmix(x, torch.Generator().manual_seed(3))
    area = mask.flatten(1).float().mean(1)
    # area ~ U(0.02, 0.15)·h·w up to rounding of the sides
    assert float(area.min()) >= 0.017 and float(area.max()) <= 0.16
    assert float(area.mean()) == pytest.approx(0.085, abs=0.01)
    rows = mask.any(2).sum(1).float()
    cols = mask.any(1).sum(1).float()
    ratio = cols / rows
    assert float(ratio.min()) >= 0.27 and float(ratio.max()) <= 3.7  # exp(U(ln .3, ln 1/.3))
    assert torch.equal(rows * cols, mask.flatten(1).sum(1).float())  # a single rectangle


def test_scar_is_thin_and_small():
    x = _images(b=64, c=1, size=256)
    _, mask = cutpaste_scar(x, torch.Generator().manual_seed(0))
    pixels = mask.flatten(1).sum(1).float()
    # width U(2,16) x length U(10,25) at 256 px: between ~20 and ~400 pixels (rotation rasterises a few more)
    assert float(pixels.min()) >= 10 and float(pixels.max()) <= 480


def test_cutpaste_mix_uses_both():
    x = _images(b=64, c=1, size=128)
    _, mask = cutpaste_mix(x, torch.Generator().manual_seed(0))
    area = mask.flatten(1).float().mean(1)
    assert (area > 0.017).any() and (area < 0.01).any()
