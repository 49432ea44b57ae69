"""Zero-shot CLIP, WinCLIP(+) and phantom-clip: windows, harmonic aggregation, separation, weights, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import open_clip
import pytest
import torch
from sklearn.metrics import roc_auc_score

from medad_core.api import ImageSet, MedadError, Setting, TrainSet
from medad_core.cli import main
from medad_core.data import write_phantoms
from medad_core.data.phantoms import render
from medad_core.nn.clip import (
    PHANTOM_CLIP,
    PRETRAIN_BATCH,
    PRETRAIN_STEPS,
    SMOKE_PRETRAIN,
    harmonic_aggregation,
    load_clip,
    phantom_clip_path,
    window_coverage,
    window_indices,
)
from medad_core.registry import get_method
from medad_core.weights import WeightsUnavailable, is_online

# `tiny_clip` (tests/conftest.py): one small phantom-clip pretraining shared by the CLIP test modules,
# which run on one xdist worker so that it is trained once
pytestmark = pytest.mark.xdist_group("clip")


def brain_phantoms(n: int, seed: int, size: int = 64) -> ImageSet:
    """Half normal, half anomalous brain-MRI phantoms (grey, with masks) from plain integer seeds."""
    rng = np.random.default_rng(seed)
    classes = ("tumour", "haemorrhage", "infarct", "mass_effect")
    images, masks, labels = [], [], []
    for i in range(n):
        lesion = None if i % 2 == 0 else classes[(i // 2) % len(classes)]
        image, mask = render("brain_mri", rng, size, lesion)
        images.append(torch.from_numpy(image)[None])
        masks.append(torch.from_numpy(mask))
        labels.append(int(lesion is not None))
    return ImageSet.from_tensors(torch.stack(images), labels, torch.stack(masks), name="brain")


@pytest.mark.parametrize(("grid", "scale"), [((5, 5), 2), ((8, 8), 3), ((4, 6), 2), ((15, 15), 3)])
def test_window_masks_cover_each_patch_the_expected_number_of_times(grid, scale):
    rows, cols = grid
    windows = window_indices(grid, scale)
    assert windows.shape == ((rows - scale + 1) * (cols - scale + 1), scale * scale)
    # every window is a scale x scale square of the grid
    r, c = windows // cols, windows % cols
    assert ((r.amax(1) - r.amin(1)) == scale - 1).all() and ((c.amax(1) - c.amin(1)) == scale - 1).all()
    assert all(len(set(w.tolist())) == scale * scale for w in windows)
    counts = window_coverage(grid, windows).sum(1).view(rows, cols)
    # a patch at (i, j) lies in as many windows as there are window starts within scale - 1 of it
    per_row = torch.tensor([min(i, rows - scale) - max(0, i - scale + 1) + 1 for i in range(rows)])
    per_col = torch.tensor([min(j, cols - scale) - max(0, j - scale + 1) + 1 for j in range(cols)])
    assert torch.equal(counts, per_row[:, None] * per_col[None, :])


def test_window_bigger_than_the_grid_is_a_clear_error():
    with pytest.raises(MedadError, match="4x4 window does not fit the 3x3 patch grid"):
        window_indices((3, 3), 4)


def test_harmonic_aggregation_on_a_hand_made_example():
    # a 3x3 grid, its four 2x2 windows scored 1, 3/4, 1/2, 1/4
    windows = window_indices((3, 3), 2)
    assert windows.tolist() == [[0, 1, 3, 4], [1, 2, 4, 5], [3, 4, 6, 7], [4, 5, 7, 8]]
    scores = torch.tensor([[1.0, 0.75, 0.5, 0.25]])
    out = harmonic_aggregation(scores, window_coverage((3, 3), windows)).view(3, 3)
    expected = torch.tensor(
        [
            [1.0, 2 / (1 + 4 / 3), 0.75],
            [2 / (1 + 2), 4 / (1 + 4 / 3 + 2 + 4), 2 / (4 / 3 + 4)],
            [0.5, 2 / (2 + 4), 0.25],
        ]
    )
    torch.testing.assert_close(out, expected)


def _zero_shot_auroc(weights: str) -> float:
    train = TrainSet(Setting.ZERO_FEW_SHOT, class_name="brain MRI")
    test = brain_phantoms(32, seed=11)
    detector = get_method("clip").for_profile("smoke", weights=weights, progress=False).fit(train)
    return roc_auc_score(test.labels, detector.predict(test).scores)


def test_zero_shot_clip_separates_phantom_anomalies_with_phantom_clip_and_not_with_random_weights(tiny_clip):
    trained = _zero_shot_auroc(tiny_clip)
    random = _zero_shot_auroc("random")
    assert trained > 0.75, f"phantom-clip zero-shot AUROC {trained:.3f}"
    assert abs(random - 0.5) < 0.2, f"random-weights zero-shot AUROC {random:.3f}"


def test_phantom_clip_is_an_open_clip_checkpoint_and_auto_labels_it(tiny_clip, monkeypatch, tmp_path):
    model = open_clip.create_model(PHANTOM_CLIP, pretrained=tiny_clip)
    assert model.visual.image_size == (64, 64)
    # auto in the quick profile, offline, no pretrained tag cached: phantom-clip, labelled so
    monkeypatch.setattr("medad_core.nn.clip.pretrain_phantom_clip", lambda *a, **k: Path(tiny_clip))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    is_online.cache_clear()
    clip, _, size, used = load_clip("ViT-B-16-plus-240", "laion400m_e31", "auto", "quick")
    assert used.startswith("phantom-clip:") and "ViT-B-16-plus-240/laion400m_e31 unavailable offline" in used
    assert size == 64 and torch.equal(clip.visual.conv1.weight, model.visual.conv1.weight)
    _, _, _, used = load_clip(PHANTOM_CLIP, None, "random", "quick")
    assert used == "random"


def test_the_smoke_profile_pretrains_its_own_tiny_phantom_clip_and_quick_the_default(tiny_clip, monkeypatch):
    """Smoke pages only show the pipeline runs: seconds of pretraining; quick keeps the default recipe."""
    recipes = []
    monkeypatch.setattr(
        "medad_core.nn.clip.pretrain_phantom_clip", lambda *a, **k: recipes.append((a, k)) or Path(tiny_clip)
    )
    for profile in ("smoke", "quick"):
        _, _, _, used = load_clip(PHANTOM_CLIP, None, "auto", profile)
        assert used.startswith("phantom-clip:")
    assert recipes == [((), SMOKE_PRETRAIN), ((), {})]
    assert SMOKE_PRETRAIN["steps"] * SMOKE_PRETRAIN["batch"] <= PRETRAIN_STEPS * PRETRAIN_BATCH // 50
    assert phantom_clip_path(**SMOKE_PRETRAIN) != phantom_clip_path()


def test_missing_pretrained_tag_offline_fails_with_the_file_to_place(monkeypatch, tmp_path):
    monkeypatch.setenv("MEDAD_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    is_online.cache_clear()
    with pytest.raises(WeightsUnavailable, match=r"(?s)huggingface\.co/timm/vit_base_patch16_plus.*--weights /path"):
        load_clip("ViT-B-16-plus-240", "laion400m_e31", "auto", "paper")
    with pytest.raises(WeightsUnavailable, match="open_clip_pytorch_model.bin"):
        get_method("winclip").for_profile("paper", progress=False).fit(TrainSet(Setting.ZERO_FEW_SHOT))


def test_winclip_k_shot_4_runs_on_a_user_folder(tiny_clip, tmp_path, capsys):
    root = write_phantoms("folder", tmp_path / "data", profile="smoke")
    argv = ["run", "--method", "winclip", "--dataset", "folder", "--layout", "mvtec", "--data-root", str(root)]
    argv += ["--profile", "smoke", "--param", "k_shot=4", "--weights", tiny_clip, "--json"]
    assert main(argv) == 0
    row = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert row["setting"] == "zero_few_shot" and row["weights"] == f"file:{tiny_clip}"
    assert row["config"]["params"] == {"k_shot": 4}
    assert 0.0 <= row["image_auroc"] <= 1.0 and 0.0 <= row["pixel_auroc"] <= 1.0


def test_winclip_k_shot_outside_the_papers_shots_or_above_the_normals_is_a_clear_error():
    with pytest.raises(MedadError, match=r"k_shot must be one of \(0, 1, 2, 4\)"):
        get_method("winclip").for_profile("smoke", k_shot=3)
    train = TrainSet(Setting.ZERO_FEW_SHOT, normal=brain_phantoms(2, seed=3), class_name="brain MRI")
    with pytest.raises(MedadError, match="k_shot=4 needs 4 normal images in TrainSet.normal; it has 2"):
        get_method("winclip").for_profile("smoke", weights="random", progress=False).fit(train)
