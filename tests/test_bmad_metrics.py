"""BMAD's numbers as the paper printed them: valid-calibrated Dice, the PRO variants, masks at >= 0.1."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PIL import Image
from scipy import ndimage
from sklearn.metrics import roc_curve

from medad_core import metrics
from medad_core.data import load_splits, mask_threshold, write_phantoms
from medad_core.data.imageio import FileReader, read_mask
from medad_core.experiments import bmad


def _split(seed: int, n: int = 8, size: int = 24):
    """Masks with one box per anomalous image and maps that are higher inside the boxes."""
    rng = np.random.default_rng(seed)
    masks = np.zeros((n, size, size), dtype=bool)
    boxes = []
    for i in range(n // 2):
        y, x = rng.integers(2, size - 10, 2)
        masks[i, y : y + 6, x : x + 7] = True
        boxes.append((i, y, x))
    maps = rng.random((n, size, size)) + 0.5 * masks
    return masks, maps, boxes


def _outside_boxes(masks: np.ndarray) -> np.ndarray:
    """Pixels outside every mask's bounding box (whole normal images included)."""
    inside = np.zeros_like(masks)
    for i, m in enumerate(masks):
        if m.any():
            ys, xs = np.nonzero(m)
            inside[i, ys.min() : ys.max() + 1, xs.min() : xs.max() + 1] = True
    return ~inside


def _f1_threshold_plain(masks: np.ndarray, maps: np.ndarray) -> float:
    """anomalib's F1AdaptiveThreshold restated: F1 at every distinct score, the first (lowest) maximum."""
    best, best_t = -1.0, None
    for t in np.unique(maps):  # ascending, as torchmetrics' thresholds
        pred = maps >= t
        tp = np.count_nonzero(pred & masks)
        precision = tp / max(np.count_nonzero(pred), 1)
        recall = tp / np.count_nonzero(masks)
        f1 = 2 * precision * recall / (precision + recall + 1e-10)
        if f1 > best + 1e-12:
            best, best_t = f1, t
    return float(best_t)


# ---------------------------------------------------------------- Dice of Table 3.11
def test_bmad_dice_threshold_comes_from_the_valid_split_only():
    valid_masks, valid_maps, _ = _split(0)
    test_masks, test_maps, _ = _split(1)
    outside = _outside_boxes(test_masks)
    threshold = _f1_threshold_plain(valid_masks, valid_maps)
    assert metrics.f1_optimal_threshold(valid_masks, valid_maps) == pytest.approx(threshold)

    # perturb the test maps outside the masks' boxes: far below, far above the valid threshold,
    # then only slightly below it; the threshold must not move, so the prediction inside the boxes
    # stays the one of the valid threshold
    inside_pred = (test_maps >= threshold) & ~outside
    tp = np.count_nonzero(inside_pred & test_masks)
    expected = 2 * tp / (np.count_nonzero(inside_pred) + np.count_nonzero(test_masks))
    low_far, low_near = test_maps.copy(), test_maps.copy()
    low_far[outside] = -1e6
    low_near[outside] = threshold - 1e-3
    got = [metrics.dice_bmad(test_masks, m, valid_masks, valid_maps) for m in (low_far, low_near)]
    assert got == pytest.approx([expected, expected], abs=1e-12)
    high = test_maps.copy()
    high[outside] = 1e6  # every outside pixel is now a false positive, the inside is unchanged
    n_fp_outside = np.count_nonzero(outside)
    assert metrics.dice_bmad(test_masks, high, valid_masks, valid_maps) == pytest.approx(
        2 * tp / (np.count_nonzero(inside_pred) + n_fp_outside + np.count_nonzero(test_masks)), abs=1e-12
    )

    # the test-set min-max normalisation (the old dice_at_05) moves with those perturbations
    def test_normalised(m):
        p = (m - m.min()) / (m.max() - m.min()) >= 0.5
        return 2 * np.count_nonzero(p & test_masks) / (np.count_nonzero(p) + np.count_nonzero(test_masks))

    assert abs(test_normalised(low_far) - test_normalised(low_near)) > 0.05, "the check has power"


def test_bmad_dice_follows_the_valid_maps():
    valid_masks, valid_maps, _ = _split(0)
    test_masks, test_maps, _ = _split(1)
    base = metrics.dice_bmad(test_masks, test_maps, valid_masks, valid_maps)
    # valid maps on another scale: the calibrated threshold follows them, so the test Dice changes
    shifted = metrics.dice_bmad(test_masks, test_maps, valid_masks, valid_maps + 0.3)
    assert shifted != pytest.approx(base)
    # anomalib 0.x's MinMax puts the valid threshold at exactly 0.5
    t = metrics.f1_optimal_threshold(valid_masks, valid_maps)
    normalised = metrics.bmad_normalise(
        np.array([t, valid_maps.min(), valid_maps.max()]), t, valid_maps.min(), valid_maps.max()
    )
    assert normalised[0] == pytest.approx(0.5) and 0 <= normalised.min() and normalised.max() <= 1


def test_evaluate_reports_bmad_dice_only_with_a_valid_split_with_masks():
    valid_masks, valid_maps, _ = _split(0)
    test_masks, test_maps, _ = _split(1)
    labels = test_masks.any(axis=(1, 2)).astype(int)
    scores = test_maps.max(axis=(1, 2))
    row = metrics.evaluate(labels, scores, test_masks, test_maps, valid_masks=valid_masks, valid_maps=valid_maps)
    assert row["dice_bmad"] == pytest.approx(metrics.dice_bmad(test_masks, test_maps, valid_masks, valid_maps))
    assert row["dice_bmad"] <= row["dice_oracle"]
    empty = metrics.evaluate(
        labels, scores, test_masks, test_maps, valid_masks=np.zeros_like(valid_masks), valid_maps=valid_maps
    )
    assert empty["dice_bmad"] is None and empty["dice_oracle"] == row["dice_oracle"]


# ---------------------------------------------------------------- PRO: anomalib's legacy AUPRO
def _anomalib_legacy_aupro(masks: np.ndarray, maps: np.ndarray, limit: float = 0.3) -> float:
    """anomalib <= 2.2 ``AUPRO.compute`` written out plainly from its algorithm (not from our code).

    1. label the connected components of the masks (8-connectivity), one label per region over all images;
    2. the global ROC of all pixels (scikit-learn, every threshold kept) fixes the output length: its
       points with FPR <= limit;
    3. per region: ROC over background ∪ that region; keep points up to the limit (or up to the first
       point past it when none is above 0), add the next point and interpolate it onto the limit;
       resample the kept points by their *index* onto the output length (linear, extrapolating);
    4. average TPR and FPR over regions, sort by FPR, trapezoid, divide by the last averaged FPR.
    """
    labels = np.zeros(masks.shape, dtype=np.int64)
    count = 0
    for i, m in enumerate(masks):
        lab, n = ndimage.label(m, structure=np.ones((3, 3)))
        labels[i][lab > 0] = lab[lab > 0] + count
        count += n
    flat_labels, flat_maps = labels.ravel(), maps.ravel().astype(np.float64)
    fpr_all, _, _ = roc_curve(masks.ravel(), flat_maps, drop_intermediate=False)
    out = int(np.count_nonzero(fpr_all <= limit))
    grid = np.arange(out, dtype=np.float64)
    tpr_sum = np.zeros(out)
    fpr_sum = np.zeros(out)
    for k in range(1, count + 1):
        keep = (flat_labels == 0) | (flat_labels == k)
        fpr, tpr, _ = roc_curve(flat_labels[keep] == k, flat_maps[keep], drop_intermediate=False)
        cut = limit if fpr[fpr <= limit].max() > 0 else fpr[fpr > limit].min()
        idx = list(np.flatnonzero(fpr <= cut))
        end = grid[-1]
        if not np.isclose(fpr[idx].max(), limit, rtol=1e-5, atol=1e-8):
            nxt = int(np.searchsorted(fpr, limit))
            idx.append(nxt)
            fraction = 1 - (fpr[nxt] - limit) / (fpr[nxt] - fpr[nxt - 1])
        else:
            fraction = None
        idx = np.array(idx)
        pos = idx / idx.max() * grid[-1]
        if fraction is not None:
            end = pos[-2] + (pos[-1] - pos[-2]) * fraction
        targets = grid.copy()
        targets[-1] = end
        for curve, total in ((tpr, tpr_sum), (fpr, fpr_sum)):
            y = curve[idx]
            seg = np.clip(np.searchsorted(pos, targets) - 1, 0, len(pos) - 2)
            slope = (y[seg + 1] - y[seg]) / (np.finfo(np.float32).eps + pos[seg + 1] - pos[seg])
            total += y[seg] + slope * (targets - pos[seg])
    tpr_mean, fpr_mean = tpr_sum / count, fpr_sum / count
    order = np.argsort(fpr_mean, kind="stable")
    area = np.sum(0.5 * (tpr_mean[order][1:] + tpr_mean[order][:-1]) * np.diff(fpr_mean[order]))
    return float(area / fpr_mean[-1])


@pytest.mark.parametrize("seed, decimals", [(0, 2), (3, 3), (5, 6)])
def test_legacy_aupro_equals_a_plain_restatement_of_anomalib(seed, decimals):
    masks, maps, _ = _split(seed, n=6, size=20)
    masks[1, 1:3, 15:18] = True  # a second region in one image
    maps = np.round(maps, decimals)  # ties, which the per-region ROCs must merge exactly
    row = metrics.evaluate(masks.any(axis=(1, 2)).astype(int), maps.max(axis=(1, 2)), masks, maps)
    assert row["pro_anomalib_legacy"] == pytest.approx(_anomalib_legacy_aupro(masks, maps), abs=1e-9)
    # and it is the inflated variant, not the reference
    assert row["pro_anomalib_legacy"] != pytest.approx(row["pro"], abs=1e-6)


# ---------------------------------------------------------------- masks as BMAD binarises them
def _hand_mask(tmp_path):
    mask = np.zeros((20, 20), dtype=np.uint8)
    mask[2:8, 2:8] = round(0.05 * 255)  # below BMAD's 0.1
    mask[10:16, 10:16] = round(0.5 * 255)  # above it
    path = tmp_path / "mask.png"
    Image.fromarray(mask).save(path)
    return path


def test_masks_binarised_per_layout(tmp_path):
    path = _hand_mask(tmp_path)
    assert mask_threshold("bmad") == 0.1 and mask_threshold("mvtec") is None
    bmad_mask, _ = read_mask(str(path), None, mask_threshold("bmad"))
    any_mask, _ = read_mask(str(path), None, mask_threshold("mvtec"))
    assert bmad_mask.sum() == 36 and bool(bmad_mask[12, 12]) and not bool(bmad_mask[4, 4])
    assert any_mask.sum() == 72 and bool(any_mask[4, 4])


def test_bmad_reader_uses_its_threshold(tmp_path):
    write_phantoms("bmad_brain", tmp_path, profile="smoke", image_size=32)
    splits = load_splits("bmad_brain", data_root=tmp_path, profile="smoke", image_size=32)
    assert isinstance(splits.test.reader, FileReader) and splits.test.reader.mask_threshold == 0.1
    record = next(r for r in splits.test.records if r.mask_path)
    faint = np.zeros((32, 32), dtype=np.uint8)
    faint[:4, :4] = 255
    faint[20:, 20:] = 20  # 0.078 of the range: not an anomaly for BMAD
    Image.fromarray(faint).save(record.mask_path)
    _, mask = splits.test.reader(record)
    assert mask.sum() == 16
    mvtec = write_phantoms("brainmri", tmp_path / "m", profile="smoke", image_size=32)
    assert load_splits("brainmri", data_root=mvtec.parent, profile="smoke").test.reader.mask_threshold is None
    # a user's folder read in BMAD's layout follows BMAD's rule, in the MVTec layout the "> 0" rule
    as_bmad = load_splits("folder", data_root=tmp_path / "Brain", layout="bmad", profile="smoke")
    assert as_bmad.test.reader.mask_threshold == 0.1
    assert load_splits("folder", data_root=mvtec, profile="smoke").test.reader.mask_threshold is None


def test_bmad_mask_is_resized_before_the_cut(tmp_path):
    # a one-pixel line halved as PIL's bilinear resize does (BMAD's torchvision Resize) spreads to
    # 0.375 and 0.125 of the range in two rows, both kept at >= 0.1; "> 0 then nearest neighbour"
    # samples rows 0, 2, 4, 6 and loses the line
    mask = np.zeros((8, 8), dtype=np.uint8)
    mask[3, :] = 255
    path = tmp_path / "line.png"
    Image.fromarray(mask).save(path)
    bmad_mask, native = read_mask(str(path), 4, 0.1)
    nearest, _ = read_mask(str(path), 4, None)
    assert native == (8, 8) and bmad_mask.shape == (4, 4)
    expected = np.asarray(Image.fromarray(mask).resize((4, 4), Image.BILINEAR)) / 255 >= 0.1
    assert np.array_equal(bmad_mask.numpy(), expected) and bmad_mask.sum() == 8
    assert not nearest.any()


# ---------------------------------------------------------------- the tables compare like with like
def _rows():
    base = {"dataset": "bmad_brain", "seed": 0, "image_auroc": 0.9, "pixel_auroc": 0.8, "error": None}
    pros = {"pro": 0.50, "pro_bmad": 0.60, "pro_anomalib_legacy": 0.70, "dice_bmad": 0.3, "dice_oracle": 0.4}
    return pd.DataFrame(
        [
            {**base, **pros, "method": "padim"},
            {**base, **pros, "method": "mkd"},
            {**base, "method": "deepsvdd", "pixel_auroc": None},
        ]
    )


def test_paper_frame_uses_each_methods_pro_variant_and_adds_the_reference():
    long = bmad.paper_frame(_rows(), seeds=[0]).set_index(["method", "metric"])
    assert long.loc[("PaDiM", "pro"), "mean"] == pytest.approx(0.70), "anomalib's legacy AUPRO"
    assert long.loc[("MKD", "pro"), "mean"] == pytest.approx(0.60), "BMAD's compute_pro"
    assert long.loc[("PaDiM", "pro_mvtec"), "mean"] == pytest.approx(0.50)
    assert long.loc[("MKD", "pro_mvtec"), "mean"] == pytest.approx(0.50)
    assert long.loc[("PaDiM", "dice"), "mean"] == pytest.approx(0.3), "Table 3.11's Dice is the calibrated one"
    assert long.loc[("PaDiM", "dice_best_threshold"), "mean"] == pytest.approx(0.4)
    assert long.loc[("DeepSVDD", "pro"), "status"] == "NA" and long.loc[("DeepSVDD", "dice"), "status"] == "NA"
    assert not long.index.get_level_values("metric").isin(["pro_bmad", "pro_anomalib_legacy"]).any()
    variants = bmad.pro_variant_table(["padim", "mkd", "deepsvdd"]).set_index("method")["pro variant"]
    assert variants.to_dict() == {"PaDiM": "pro_anomalib_legacy", "MKD": "pro_bmad", "DeepSVDD": "pro"}


def test_dataset_table_shows_the_mvtec_reference_beside_the_papers_variant():
    ours = bmad.paper_frame(_rows(), seeds=[0])
    text = bmad.dataset_table(ours, "thesis_table3_8", ["BraTS2021"], ["image_auroc", "pixel_auroc", "pro"]).data
    metrics_shown = list(dict.fromkeys(text.columns.get_level_values("metric")))
    assert metrics_shown == ["image_auroc", "pixel_auroc", "pro", "pro_mvtec"]
    assert text.loc["PaDiM", ("BraTS2021", "pro", "ours")] == "70.00"
    assert text.loc["MKD", ("BraTS2021", "pro", "ours")] == "60.00"
    assert text.loc["PaDiM", ("BraTS2021", "pro_mvtec", "ours")] == "50.00"
    assert text.loc["PaDiM", ("BraTS2021", "pro_mvtec", "paper")] == "–", "no paper value for the reference"
