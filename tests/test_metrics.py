"""Metrics against independent computations: scikit-learn, brute-force loops and hand-made cases."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from skimage import measure
from sklearn.metrics import auc, average_precision_score, roc_auc_score

from medad_core import efficiency, metrics
from medad_core.api import MedadError
from medad_core.bench import metrics as bench


def _toy(seed=0, n=8, size=24, rounding=2):
    rng = np.random.default_rng(seed)
    masks = np.zeros((n, size, size), dtype=bool)
    masks[: n // 2, 3:9, 4:12] = True
    masks[1, 15:20, 15:22] = True  # a second region in one image
    masks[2, 14:16, 2:4] = True
    maps = rng.random((n, size, size))
    maps[masks] += 0.4
    return masks, np.round(maps, rounding)  # rounding makes ties


# ---------------------------------------------------------------- independent references
def _pro_reference_loop(masks, maps, limit=0.3):
    """MVTec AD's PRO, restated with explicit loops over thresholds and regions."""
    regions = [(i, r) for i, m in enumerate(masks) for r in measure.regionprops(measure.label(m, connectivity=2))]
    n_ok = (~masks).sum()
    points = [(0.0, 0.0)]
    for t in np.unique(maps)[::-1]:
        predicted = maps >= t
        fpr = (predicted & ~masks).sum() / n_ok
        overlaps = [predicted[i][tuple(r.coords.T)].mean() for i, r in regions]
        points.append((min(fpr, 1.0), min(np.mean(overlaps), 1.0)))
    points.append((1.0, 1.0))
    x, y = np.array(points).T
    # integrate to limit, interpolating at the limit
    area = 0.0
    for k in range(1, len(x)):
        if x[k - 1] >= limit:
            break
        x1, y1 = x[k], y[k]
        if x1 > limit:
            y1 = y[k - 1] + (y[k] - y[k - 1]) * (limit - x[k - 1]) / (x[k] - x[k - 1])
            x1 = limit
        area += 0.5 * (y1 + y[k - 1]) * (x1 - x[k - 1])
    return area / limit


def _pro_bmad_loop(masks, amaps, num_th=200):
    """BMAD UTRAD/MKD/CS-Flow compute_pro as the original code runs it (loops)."""
    min_th, max_th = amaps.min(), amaps.max()
    delta = (max_th - min_th) / num_th
    rows = []
    for th in np.arange(min_th, max_th, delta):
        binary = amaps > th
        pros = []
        for b, m in zip(binary, masks, strict=True):
            for region in measure.regionprops(measure.label(m)):
                pros.append(b[region.coords[:, 0], region.coords[:, 1]].sum() / region.area)
        inverse = ~masks
        rows.append((np.mean(pros), np.logical_and(inverse, binary).sum() / inverse.sum()))
    pro, fpr = np.array(rows).T
    keep = fpr < 0.3
    fpr, pro = fpr[keep], pro[keep]
    return auc(fpr / fpr.max(), pro)


def _roc_exact(preds, target):
    """ROC at every distinct score with a leading (0, 0), as torchmetrics' exact binary_roc."""
    order = np.argsort(-preds, kind="stable")
    p, t = preds[order], target[order]
    distinct = np.append(np.flatnonzero(np.diff(p)), p.size - 1)
    tps = np.cumsum(t)[distinct]
    fps = 1 + distinct - tps
    tps, fps = np.concatenate([[0], tps]), np.concatenate([[0], fps])
    return fps / fps[-1], tps / tps[-1]


def _interp1d(ox, oy, nx):
    eps = np.finfo(np.float32).eps
    slope = (oy[1:] - oy[:-1]) / (eps + (ox[1:] - ox[:-1]))
    idx = np.clip(np.searchsorted(ox, nx) - 1, 0, ox.size - 2)
    return oy[idx] + slope[idx] * (nx - ox[idx])


def _pro_anomalib_legacy_loop(masks, maps, limit=0.3):
    """anomalib <= 2.2 AUPRO restated step by step: per-region ROC on background ∪ region, cut at the
    limit, resampled in index space, averaged, area divided by the last averaged FPR."""
    labelled, offset = [], 0
    for m in masks:
        lab = measure.label(m, connectivity=2)
        lab[lab > 0] += offset
        offset = max(offset, lab.max())
        labelled.append(lab.ravel())
    cca = np.concatenate(labelled)
    preds, target = maps.ravel().astype(np.float64), masks.ravel()
    out = int((_roc_exact(preds, target)[0] <= limit).sum())
    tpr_sum, fpr_sum = np.zeros(out), np.zeros(out)
    new_idx = np.arange(out, dtype=float)
    labels = np.unique(cca)[1:]
    background = cca == 0
    for label in labels:
        interp = False
        new_idx[-1] = out - 1
        region = cca == label
        f, t = _roc_exact(preds[background | region], region[background | region])
        lim = f[f > limit].min() if f[f <= limit].max() == 0 else limit
        idx = np.flatnonzero(f <= lim)
        if not np.isclose(f[idx].max(), limit, rtol=1e-5, atol=1e-8):
            nxt = np.searchsorted(f, limit)
            idx = np.append(idx, nxt)
            slope = 1 - (f[nxt] - limit) / (f[nxt] - f[nxt - 1])
            interp = True
        f, t = f[idx], t[idx]
        positions = idx.astype(float) / idx.max() * new_idx.max()
        if interp:
            new_idx[-1] = positions[-2] + (positions[-1] - positions[-2]) * slope
        tpr_sum += _interp1d(positions, t, new_idx)
        fpr_sum += _interp1d(positions, f, new_idx)
    tpr, fpr = tpr_sum / labels.size, fpr_sum / labels.size
    order = np.argsort(fpr, kind="stable")
    return np.trapezoid(tpr[order], fpr[order]) / fpr[-1]


# ---------------------------------------------------------------- image level
def test_image_metrics_equal_sklearn():
    rng = np.random.default_rng(1)
    labels = rng.integers(0, 2, 200)
    scores = np.round(rng.random(200) + 0.3 * labels, 2)
    assert metrics.image_auroc(labels, scores) == roc_auc_score(labels, scores)
    assert metrics.image_ap(labels, scores) == average_precision_score(labels, scores)


def test_f1_max_brute_force():
    rng = np.random.default_rng(2)
    labels = rng.integers(0, 2, 100)
    scores = np.round(rng.random(100) + 0.4 * labels, 2)
    best = 0.0
    for t in np.unique(scores):
        pred = scores >= t
        tp = (pred & (labels == 1)).sum()
        if tp:
            p, r = tp / pred.sum(), tp / labels.sum()
            best = max(best, 2 * p * r / (p + r))
    assert metrics.f1_max(labels, scores) == pytest.approx(best, abs=1e-12)


# ---------------------------------------------------------------- pixel AUROC
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_pixel_auroc_equals_sklearn(dtype):
    masks, maps = _toy()
    maps = maps.astype(dtype)
    expected = roc_auc_score(masks.ravel(), maps.ravel())
    assert abs(metrics.pixel_auroc(masks, maps) - expected) < 1e-12


def test_pixel_auroc_streamed_histogram_equals_sklearn(monkeypatch):
    masks, maps = _toy(seed=3, n=10)
    monkeypatch.setattr(metrics, "_CHUNK_PIXELS", 3 * 24 * 24)  # force 4 chunks merged by value
    expected = roc_auc_score(masks.ravel(), maps.ravel())
    assert abs(metrics.pixel_auroc(masks, maps.astype(np.float32)) - expected) < 1e-12
    assert metrics.dice(masks, maps) == pytest.approx(_dice_brute(masks, maps), abs=1e-12)


def test_pixel_auroc_accepts_torch_and_channel_dim():
    torch = pytest.importorskip("torch")
    masks, maps = _toy()
    value = metrics.pixel_auroc(torch.from_numpy(masks[:, None]), torch.from_numpy(maps[:, None]).float())
    assert abs(value - roc_auc_score(masks.ravel(), maps.astype(np.float32).ravel())) < 1e-12


# ---------------------------------------------------------------- PRO
def test_pro_half_found_square_known_answer():
    masks = np.zeros((2, 16, 16), dtype=bool)
    masks[0, 4:12, 4:12] = True
    maps = np.zeros((2, 16, 16))
    maps[0, 4:8, 4:12] = 1.0  # half of the one region, no false positive
    # curve (0,0) (0,0.5) (1,1): value at FPR 0.3 is 0.65, area 0.5·(0.5+0.65)·0.3, divided by 0.3
    assert metrics.pro_auc(masks, maps) == pytest.approx(0.575, abs=1e-12)
    assert metrics.dice(masks, maps, threshold=0.5) == pytest.approx(2 / 3)


def test_pro_perfect_map_is_one():
    masks, _ = _toy()
    assert metrics.pro_auc(masks, masks.astype(np.float32)) == pytest.approx(1.0, abs=1e-9)


def test_pro_random_map_is_about_015():
    rng = np.random.default_rng(4)
    masks = np.zeros((20, 64, 64), dtype=bool)
    masks[:10, 10:30, 10:30] = True
    maps = rng.random(masks.shape, dtype=np.float32)
    assert metrics.pro_auc(masks, maps) == pytest.approx(0.15, abs=0.01)
    assert metrics.pro_auc(masks, maps, variant="bmad_cflow") == pytest.approx(0.15, abs=0.01)


def test_pro_matches_loop_reference():
    masks, maps = _toy(n=6, size=16)
    expected = _pro_reference_loop(masks, maps)
    assert metrics.pro_auc(masks, maps) == pytest.approx(expected, abs=1e-12)
    assert metrics.pro_auc(masks, maps, fpr_limit=1.0) == pytest.approx(
        _pro_reference_loop(masks, maps, 1.0), abs=1e-12
    )


def test_pro_regions_are_8_connected():
    masks = np.zeros((1, 8, 8), dtype=bool)
    masks[0, 1, 1] = masks[0, 2, 2] = True  # diagonal neighbours: one region under 8-connectivity
    maps = np.zeros((1, 8, 8))
    maps[0, 1, 1] = 1.0
    fpr, pro = metrics.pro_curve(masks, maps)
    assert pro[1] == pytest.approx(0.5)  # one 2-pixel region, half found
    masks[0, 6, 6] = True  # a separate region, not found
    fpr, pro = metrics.pro_curve(masks, maps)
    assert pro[1] == pytest.approx(0.25)  # (0.5 + 0) / 2 regions; 4-connectivity would give (1 + 0 + 0) / 3


def test_pro_bmad_variant_matches_original_loops():
    masks, maps = _toy(n=6, size=16, rounding=6)
    assert metrics.pro_auc(masks, maps, variant="bmad_cflow") == pytest.approx(_pro_bmad_loop(masks, maps), abs=1e-12)


@pytest.mark.parametrize("seed, rounding", [(0, 2), (1, 3), (2, 6)])
def test_pro_anomalib_legacy_matches_step_by_step_restatement(seed, rounding):
    masks, maps = _toy(seed=seed, n=6, size=16, rounding=rounding)
    expected = _pro_anomalib_legacy_loop(masks, maps)
    assert metrics.pro_auc(masks, maps, variant="anomalib_legacy") == pytest.approx(expected, abs=1e-9)


def test_pro_anomalib_legacy_known_quirks():
    masks, _ = _toy()
    # a perfect binary map: the global ROC has one point below the limit, the per-region curves are
    # resampled onto two points and the average runs straight from (0, 0) to (1, 1)
    assert metrics.pro_auc(masks, masks.astype(float), variant="anomalib_legacy") == pytest.approx(0.5)
    rng = np.random.default_rng(4)
    big = np.zeros((20, 64, 64), dtype=bool)
    big[:10, 10:30, 10:30] = True
    assert metrics.pro_auc(big, rng.random(big.shape), variant="anomalib_legacy") == pytest.approx(0.15, abs=0.01)


# ---------------------------------------------------------------- Dice
def _dice_brute(masks, maps):
    best = 0.0
    for t in np.unique(maps):
        pred = maps >= t
        best = max(best, 2 * (pred & masks).sum() / (pred.sum() + masks.sum()))
    return best


def test_dice_best_threshold_brute_force():
    masks, maps = _toy()
    assert metrics.dice(masks, maps) == pytest.approx(_dice_brute(masks, maps), abs=1e-12)


def test_dice_at_a_threshold_hand_counted():
    masks = np.zeros((2, 4, 4), dtype=bool)
    masks[0, :2, :2] = True  # 4 anomalous pixels
    maps = np.zeros((2, 4, 4))
    maps[0, 0, :3] = 0.9  # 2 true positives, 1 false positive
    maps[1, 3, 3] = 0.7  # 1 false positive in the normal image
    # |P| = 4, |G| = 4, |P ∩ G| = 2
    assert metrics.dice(masks, maps, threshold=0.5) == pytest.approx(2 * 2 / (4 + 4))
    assert metrics.dice(masks, maps, threshold=0.8) == pytest.approx(2 * 2 / (3 + 4))
    assert metrics.dice(masks, maps, threshold=0.95) == 0.0


def test_dice_per_image_hand_counted():
    masks = np.zeros((3, 4, 4), dtype=bool)
    masks[0, 0, :2] = True
    masks[1, 3, 3] = True
    maps = np.zeros((3, 4, 4))
    maps[0, 0, 0] = 10.0  # after per-image normalisation: one pixel at 1, found; Dice 2·1 / (1 + 2)
    maps[1] = 5.0  # a constant map normalises to 0 everywhere: nothing predicted, Dice 0
    maps[2, 1, 1] = 3.0  # normal image: not averaged
    assert metrics.dice_per_image(masks, maps) == pytest.approx(np.mean([2 / 3, 0.0]))


# ---------------------------------------------------------------- chi2
def test_chi2_distance_known_values():
    rng = np.random.default_rng(5)
    a = rng.random(5000)
    assert metrics.chi2_distance(a, a) == 0.0
    assert metrics.chi2_distance(np.zeros(10), np.ones(10)) == pytest.approx(1.0)  # disjoint histograms
    # hand-made: two bins used, normal 3/4 in bin 0, abnormal 1/4 in bin 0
    normal = np.array([0.0, 0.0, 0.0, 1.0])
    abnormal = np.array([0.0, 1.0, 1.0, 1.0])
    expected = 0.5 * ((0.75 - 0.25) ** 2 / 1.0 + (0.25 - 0.75) ** 2 / 1.0)
    assert metrics.chi2_distance(normal, abnormal) == pytest.approx(expected)
    assert metrics.chi2_distance(normal, abnormal, density="pdf") == pytest.approx(100 * expected)


# ---------------------------------------------------------------- evaluate and errors
def test_evaluate_keys_and_none():
    masks, maps = _toy()
    labels = masks.any(axis=(1, 2)).astype(int)
    scores = maps.max(axis=(1, 2))
    row = metrics.evaluate(labels, scores)
    assert set(row) == {
        "image_auroc",
        "image_ap",
        "f1_max",
        "pixel_auroc",
        "pro",
        "pro_bmad",
        "pro_anomalib_legacy",
        "dice_oracle",
        "dice_bmad",
    }
    assert all(row[k] is None for k in ("pixel_auroc", "pro", "pro_bmad", "pro_anomalib_legacy", "dice_bmad"))
    full = metrics.evaluate(labels, scores, masks, maps)
    assert full["pixel_auroc"] == pytest.approx(roc_auc_score(masks.ravel(), maps.ravel()), abs=1e-12)
    assert full["pro"] == pytest.approx(_pro_reference_loop(masks, maps), abs=1e-12)
    assert full["pro_bmad"] == pytest.approx(_pro_bmad_loop(masks, maps), abs=1e-12)
    assert full["pro_anomalib_legacy"] == pytest.approx(_pro_anomalib_legacy_loop(masks, maps), abs=1e-9)
    assert full["dice_oracle"] == pytest.approx(_dice_brute(masks, maps), abs=1e-12)
    assert full["dice_bmad"] is None, "no valid split given: no calibrated Dice"
    image_only = metrics.evaluate(labels, scores, np.zeros_like(masks), maps)
    assert image_only["pixel_auroc"] is None and image_only["image_auroc"] == full["image_auroc"]


def test_errors_are_clear():
    masks, maps = _toy()
    with pytest.raises(MedadError, match="one class"):
        metrics.image_auroc([1, 1, 1], [0.1, 0.2, 0.3])
    with pytest.raises(MedadError, match="NaN"):
        metrics.image_auroc([0, 1], [0.1, np.nan])
    with pytest.raises(MedadError, match="NaN"):
        metrics.image_ap([0, 1], [0.1, np.inf])
    with pytest.raises(MedadError, match="do not match"):
        metrics.pixel_auroc(masks, maps[:, :-1])
    with pytest.raises(MedadError, match="empty"):
        metrics.pro_auc(np.zeros_like(masks), maps)
    with pytest.raises(MedadError, match="empty"):
        metrics.pixel_auroc(np.zeros_like(masks), maps)
    bad = maps.copy()
    bad[0, 0, 0] = np.nan
    with pytest.raises(MedadError, match="NaN"):
        metrics.pro_auc(masks, bad)
    with pytest.raises(MedadError, match="variant"):
        metrics.pro_auc(masks, maps, variant="nope")
    with pytest.raises(MedadError, match="same length"):
        metrics.image_auroc([0, 1, 0], [0.1, 0.2])


# ---------------------------------------------------------------- efficiency
def test_efficiency_counts_known_network():
    torch = pytest.importorskip("torch")

    net = torch.nn.Sequential(
        torch.nn.Conv2d(3, 8, 3, padding=1), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(8 * 16 * 16, 10)
    )
    image = torch.rand(1, 3, 16, 16)
    expected_macs = 8 * 3 * 9 * 16 * 16 + 8 * 16 * 16 * 10  # conv + linear multiply-accumulates
    assert efficiency.count_parameters(net) == 8 * 3 * 9 + 8 + 2048 * 10 + 10
    assert efficiency.count_macs(net, image) == expected_macs
    assert efficiency.count_macs(net, image, backend="thop") == expected_macs
    assert set(net.state_dict()) == {"0.weight", "0.bias", "3.weight", "3.bias"}  # thop buffers removed
    timing = efficiency.time_inference(net, torch.rand(4, 3, 16, 16), repeats=2)
    assert timing.n_images == 4 and timing.ms_per_image > 0
    # a block alive at exit is in the final sample: the added resident memory is at least most of it.
    # Measured in a fresh interpreter: in a long-lived test worker the allocator may hand out pages
    # earlier tests freed but kept resident, and the process's RSS would not grow
    probe = (
        "import numpy as np\n"
        "from medad_core import efficiency\n"
        "with efficiency.PeakMemory() as memory:\n"
        "    block = np.ones(12_000_000)\n"  # 96 MB of float64, every page written
        "print(memory.added_rss_mb, memory.peak_rss_mb, memory.start_rss_mb, block.nbytes / 2**20)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    added, peak, start, block_mb = map(float, out.split())
    assert added >= 0.8 * block_mb
    assert peak >= start + added - 1e-6


def test_bench_metrics_runs(capsys):
    assert bench.main(["--n-images", "6", "--size", "32", "--repeats", "1", "--legacy"]) == 0
    out = capsys.readouterr().out
    assert "pixel_auroc" in out and "pro (mvtec" in out and "M px/s" in out
