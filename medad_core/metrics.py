"""Evaluation metrics shared by every paper, notebook and the runner.

Image level
    ``image_auroc``, ``image_ap`` (scikit-learn), ``f1_max`` (best F1 over thresholds).
Pixel level (one global curve over all pixels of the whole test set, as MVTec AD and BMAD compute it)
    ``pixel_auroc`` - exact AUROC as the Mann-Whitney statistic with half credit for ties (exactly the
    trapezoidal ROC area scikit-learn computes): one plain sort of the normal pixels and a binary
    search per anomalous pixel with integer counts; above 32 M pixels, per-value counts streamed over
    chunks of images and merged. The maps keep their own float dtype: no float64 copy is made;
    ``pro_auc`` - the per-region overlap curve (thesis Eq. 3.2, PRO = 1/N Σ_k |A ∩ C_k| / |C_k|),
    integrated up to a false-positive-rate limit. Variants:

    ``"mvtec"`` (default)  the MVTec AD reference: 8-connected ground-truth regions, FPR over all
                           anomaly-free pixels of all images, one curve point per distinct score,
                           (0, 0) and (1, 1) added, trapezoid up to ``fpr_limit`` with the value at
                           the limit linearly interpolated, divided by ``fpr_limit``.
                           anomalib >= 2.3 computes the same.
    ``"bmad_cflow"``       BMAD's UTRAD / MKD / CS-Flow ``compute_pro``: 200 thresholds evenly spaced
                           between the global min and max score, points with FPR < limit kept, FPR
                           divided by the largest kept FPR (no interpolation), trapezoid.
    ``"anomalib_legacy"``  anomalib <= 2.2 ``AUPRO`` (vendored in BMAD for PaDiM, PatchCore, STFPM,
                           DRAEM, CFA, CFLOW, RD4AD): one ROC per region against all background
                           pixels, each cut at the limit, resampled in *index* space onto as many
                           points as the global ROC has below the limit, averaged, integrated and
                           divided by the last averaged FPR (< limit), which inflates the result.
                           Exact-threshold mode, without torchmetrics' sigmoid on scores outside
                           [0, 1]; float64 instead of float32.

    ``dice`` - dataset-level (micro) binary Dice 2|P∩G| / (|P| + |G|) (thesis Eq. 3.3) at a given
    threshold, or at the best threshold (``dice_oracle`` in the rows: an upper bound that looks at the
    test masks); ``dice_bmad`` - Table 3.11's Dice as BMAD's anomalib 0.x pipeline computes it: the
    pixel threshold is the F1-optimal one on the *valid* split (``F1AdaptiveThreshold``), the maps are
    normalised with the valid split's min and max around it, ((x − t) / (max − min)) + 0.5 clamped to
    [0, 1] (``MinMax``), and Dice is taken at 0.5; nothing about the threshold comes from the test set.
    ``dice_per_image`` - BMAD's MKD: each map min-max normalised on its own, 0.5, mean over the
    images with an anomaly (a named variant, not in the rows).
Scores
    ``chi2_distance`` - DDAD-ASR Fig. 6, χ² distance between the 100-bin histograms of normal and
    abnormal scores after joint min-max normalisation, 0.5·Σ (a − b)² / (a + b).

Memory: the PRO variants hold a label image (int32) and the background scores of the whole test set
at once (about 3 × the size of float32 maps); BMAD's largest pixel-level test set (brain MRI,
3,715 × 240²) needs a few GB. Time: ``anomalib_legacy`` builds one curve per region over every
distinct background score up to the FPR limit, so it costs (regions) × (those scores): about 0.3 s
per region at 10 M pixels on one CPU core, tens of minutes for BMAD's brain test set (the other
variants and pixel AUROC take seconds there).

``evaluate`` bundles them into the dict the runner stores. Every function raises
:class:`medad_core.api.MedadError` on input it cannot score (one class only, NaN / inf,
mismatching shapes, no anomalous pixel at all).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import ndimage
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score

from medad_core.api import MedadError

__all__ = [
    "image_auroc",
    "image_ap",
    "f1_max",
    "pixel_auroc",
    "pro_auc",
    "pro_curve",
    "dice",
    "dice_bmad",
    "dice_per_image",
    "f1_optimal_threshold",
    "bmad_normalise",
    "chi2_distance",
    "evaluate",
    "PRO_VARIANTS",
    "PRO_COLUMNS",
]

PRO_VARIANTS = ("mvtec", "bmad_cflow", "anomalib_legacy")
#: the row column of each PRO variant (``pro`` is the MVTec reference)
PRO_COLUMNS = {"mvtec": "pro", "bmad_cflow": "pro_bmad", "anomalib_legacy": "pro_anomalib_legacy"}

# pixels scored per pass when streaming pixel AUROC / Dice over a large test set
_CHUNK_PIXELS = 32_000_000


# ----------------------------------------------------------------------------------------------
# input checking
# ----------------------------------------------------------------------------------------------
def _to_numpy(x: Any) -> np.ndarray:
    if hasattr(x, "detach"):  # torch tensor without importing torch here
        x = x.detach().cpu().numpy()
    return np.asarray(x)


def _check_labels_scores(labels: Any, scores: Any) -> tuple[np.ndarray, np.ndarray]:
    labels = _to_numpy(labels).reshape(-1)
    scores = _to_numpy(scores).reshape(-1)
    if labels.shape != scores.shape:
        raise MedadError(
            f"labels and scores must have the same length, got {labels.shape[0]} labels and {scores.shape[0]} scores"
        )
    if labels.size == 0:
        raise MedadError("cannot score an empty test set: labels and scores are empty")
    if not np.issubdtype(scores.dtype, np.number) or np.issubdtype(scores.dtype, np.complexfloating):
        raise MedadError(f"scores must be real numbers, got dtype {scores.dtype}")
    if not np.isfinite(scores).all():
        n_bad = int((~np.isfinite(scores)).sum())
        raise MedadError(f"scores contain {n_bad} NaN or infinite values; every image needs a finite anomaly score")
    unique = np.unique(labels)
    if not np.isin(unique, [0, 1]).all():
        raise MedadError(f"labels must be 0 (normal) or 1 (anomalous), got values {unique[:10].tolist()}")
    labels = labels.astype(bool)
    if labels.all() or not labels.any():
        which = "anomalous" if labels.all() else "normal"
        raise MedadError(
            f"labels contain only one class (all {labels.size} images are {which}); "
            "image-level metrics need both normal (0) and anomalous (1) images"
        )
    return labels, scores


def _as_nhw(array: np.ndarray) -> np.ndarray:
    """(N, 1, H, W) and a single (H, W) become (N, H, W); anything else is left for the shape check."""
    if array.ndim == 4 and array.shape[1] == 1:
        return array[:, 0]
    return array[None] if array.ndim == 2 else array


def _check_masks_maps(masks: Any, maps: Any, *, need_anomaly: bool = True) -> tuple[np.ndarray, np.ndarray]:
    masks = _as_nhw(_to_numpy(masks))
    maps = _as_nhw(_to_numpy(maps))
    if masks.ndim != 3 or maps.ndim != 3:
        raise MedadError(f"masks and maps must be (N, H, W) arrays, got masks {masks.shape} and maps {maps.shape}")
    if masks.shape != maps.shape:
        raise MedadError(
            f"anomaly maps {maps.shape} do not match the ground-truth masks {masks.shape}; "
            "resize the maps to the mask resolution (N, H, W) before scoring"
        )
    if masks.dtype != bool:
        unique = np.unique(masks)
        if not np.isin(unique, [0, 1]).all():
            raise MedadError(f"masks must be boolean or 0/1, got values {unique[:10].tolist()}; binarise them first")
        masks = masks.astype(bool)
    if not np.issubdtype(maps.dtype, np.floating) or maps.dtype == np.float16:
        maps = maps.astype(np.float32)
    if not np.isfinite(maps).all():
        raise MedadError("anomaly maps contain NaN or infinite values; every pixel needs a finite score")
    if need_anomaly:
        n_pos = int(np.count_nonzero(masks))
        if n_pos == 0:
            raise MedadError("every ground-truth mask is empty: pixel-level metrics need at least one anomalous pixel")
        if n_pos == masks.size:
            raise MedadError("every pixel is anomalous in the masks: pixel-level metrics need normal pixels too")
    return masks, maps


# ----------------------------------------------------------------------------------------------
# image level
# ----------------------------------------------------------------------------------------------
def image_auroc(labels: Any, scores: Any) -> float:
    """Area under the ROC curve of image scores (scikit-learn ``roc_auc_score``)."""
    labels, scores = _check_labels_scores(labels, scores)
    return float(roc_auc_score(labels, scores))


def image_ap(labels: Any, scores: Any) -> float:
    """Average precision of image scores (scikit-learn ``average_precision_score``), anomalous = positive."""
    labels, scores = _check_labels_scores(labels, scores)
    return float(average_precision_score(labels, scores))


def f1_max(labels: Any, scores: Any) -> float:
    """Largest F1 = 2PR / (P + R) over all thresholds of the image scores (anomalib's F1Max)."""
    labels, scores = _check_labels_scores(labels, scores)
    precision, recall, _ = precision_recall_curve(labels, scores)
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros_like(denom), where=denom > 0)
    return float(f1.max())


# ----------------------------------------------------------------------------------------------
# pixel level: exact per-value counts
# ----------------------------------------------------------------------------------------------
def _value_counts(masks: np.ndarray, maps: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct map values (ascending) with the number of normal and anomalous pixels at each.

    Streams over chunks of images and merges the per-chunk tables, so memory is bounded by one
    chunk plus the number of distinct values; values keep the maps' own float dtype (no upcast).
    """
    n_images = maps.shape[0]
    per_image = max(1, maps[0].size)
    step = max(1, _CHUNK_PIXELS // per_image)
    values = neg = pos = None
    for start in range(0, n_images, step):
        chunk_maps = maps[start : start + step]
        chunk_masks = masks[start : start + step]
        v_neg, c_neg = np.unique(chunk_maps[~chunk_masks], return_counts=True)
        v_pos, c_pos = np.unique(chunk_maps[chunk_masks], return_counts=True)
        parts_v = [v_neg, v_pos]
        parts_neg = [c_neg, np.zeros_like(c_pos)]
        parts_pos = [np.zeros_like(c_neg), c_pos]
        if values is not None:
            parts_v.append(values)
            parts_neg.append(neg)
            parts_pos.append(pos)
        all_v = np.concatenate(parts_v)
        values, inverse = np.unique(all_v, return_inverse=True)
        # float64 weights hold integer counts exactly up to 2**53 pixels
        neg = np.bincount(inverse, weights=np.concatenate(parts_neg), minlength=values.size).astype(np.int64)
        pos = np.bincount(inverse, weights=np.concatenate(parts_pos), minlength=values.size).astype(np.int64)
    return values, neg, pos


def pixel_auroc(masks: Any, maps: Any) -> float:
    """Pixel-level AUROC over every pixel of every test image (one global ROC curve).

    Computed exactly as the Mann-Whitney statistic with half credit for ties,
    AUROC = Σ_v pos(v) · (neg(< v) + neg(v) / 2) / (P · N),
    which equals scikit-learn's trapezoidal ``roc_auc_score`` on the flattened arrays.
    """
    masks, maps = _check_masks_maps(masks, maps)
    if maps.size <= _CHUNK_PIXELS:
        # one sort of the normal pixels; each anomalous pixel counts the normals below / equal to it
        negatives = np.sort(maps[~masks])
        positives = maps[masks]
        below = np.searchsorted(negatives, positives, side="left").sum(dtype=np.int64)
        below_or_equal = np.searchsorted(negatives, positives, side="right").sum(dtype=np.int64)
        # exact integer numerator: Σ (2·below + equal) = Σ below + Σ below_or_equal
        return float((int(below) + int(below_or_equal)) / (2 * negatives.size * positives.size))
    values, neg, pos = _value_counts(masks, maps)
    n_neg = int(neg.sum())
    n_pos = int(pos.sum())
    neg_below = np.cumsum(neg) - neg
    # (2·neg_below + neg) / 2 credited to each positive at that value
    credit = (pos / n_pos) * ((2 * neg_below + neg) / (2.0 * n_neg))
    return float(credit.sum())


# ----------------------------------------------------------------------------------------------
# PRO
# ----------------------------------------------------------------------------------------------
_STRUCTURE_8 = np.zeros((3, 3, 3), dtype=bool)
_STRUCTURE_8[1] = True  # 8-connectivity within an image, never across images


def _label_regions(masks: np.ndarray) -> tuple[np.ndarray, int]:
    """8-connected components of every mask at once (labels unique across images, 0 = background)."""
    labels, n_regions = ndimage.label(masks, structure=_STRUCTURE_8)
    return labels, int(n_regions)


def _trapezoid_to_limit(x: np.ndarray, y: np.ndarray, x_max: float) -> float:
    """Trapezoid area under y(x) from x[0] to x_max (MVTec AD's ``trapezoid``).

    The point at x_max is linearly interpolated between its neighbours when it is not a curve point.
    """
    correction = 0.0
    if not np.any(x == x_max):
        ins = int(np.searchsorted(x, x_max, side="right"))
        if not 0 < ins < x.size:
            raise MedadError(f"the PRO curve does not cover the FPR limit {x_max}")
        x0, x1, y0, y1 = x[ins - 1], x[ins], y[ins - 1], y[ins]
        y_interp = y0 + (y1 - y0) * (x_max - x0) / (x1 - x0)
        correction = 0.5 * (y_interp + y0) * (x_max - x0)
    keep = x <= x_max
    x, y = x[keep], y[keep]
    return float(np.sum(0.5 * (y[1:] + y[:-1]) * (x[1:] - x[:-1])) + correction)


def pro_curve(masks: Any, maps: Any, fpr_limit: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """MVTec AD's PRO curve: (fpr, pro) with one point per distinct score, (0,0) and (1,1) added.

    With ``fpr_limit`` only the part of the curve up to (and just past) that FPR is computed, which is
    all :func:`pro_auc` needs; the points returned are identical to the full curve's prefix.
    """
    masks, maps = _check_masks_maps(masks, maps)
    return _pro_curve_checked(masks, maps, fpr_limit)


def _pro_curve_checked(masks: np.ndarray, maps: np.ndarray, fpr_limit: float | None):
    """One curve point per distinct score, from two sorts instead of one sort of every pixel.

    Background scores are sorted on their own (a plain sort, no argsort) and give the FPR steps;
    the few region pixels are sorted with their weights 1/|C_k| and give the PRO steps. Points at
    background values read their PRO from the region side by binary search, points at region values
    read their FPR from the background side, and the two descending point lists are merged by
    threshold. The result equals sorting all pixels at once (a region value that is also a
    background value yields the same point twice, which adds no area).
    """
    regions, n_regions = _label_regions(masks)
    region_sizes = np.bincount(regions.ravel(), minlength=n_regions + 1)
    flat_maps = maps.reshape(-1)
    flat_regions = regions.reshape(-1)
    background = flat_regions == 0
    n_ok = int(np.count_nonzero(background))
    n_needed = n_ok if fpr_limit is None else min(n_ok, int(np.floor(fpr_limit * n_ok)) + 2)
    background_scores = flat_maps[background]
    region_mask = ~background
    if n_needed < n_ok:
        # Only scores at or above the n_needed-th largest background score shape the curve up to the
        # limit; everything below would only extend it past fpr_limit.
        cut = np.partition(background_scores, n_ok - n_needed)[n_ok - n_needed]
        background_scores = background_scores[background_scores >= cut]
        region_mask &= flat_maps >= cut
    bg_desc = np.sort(background_scores)[::-1]
    region_scores = flat_maps[region_mask]
    region_weights = 1.0 / region_sizes[flat_regions[region_mask]]
    order = np.argsort(region_scores)[::-1]
    r_desc = region_scores[order]
    r_weight_cum = np.cumsum(region_weights[order])

    # points at distinct background values: fp = pixels so far, pro from the region side
    bg_last = np.append(np.diff(bg_desc) != 0, True) if bg_desc.size else np.zeros(0, dtype=bool)
    b_vals = bg_desc[bg_last]
    b_fp = np.flatnonzero(bg_last) + 1
    n_above = r_desc.size - np.searchsorted(r_desc[::-1], b_vals, side="left")
    b_pro = (
        np.where(n_above > 0, r_weight_cum[np.maximum(n_above - 1, 0)], 0.0) if r_desc.size else np.zeros(b_vals.size)
    )
    # points at distinct region values: pro = weight so far, fp from the background side
    r_last = np.append(np.diff(r_desc) != 0, True) if r_desc.size else np.zeros(0, dtype=bool)
    r_vals = r_desc[r_last]
    r_pro = r_weight_cum[r_last]
    r_fp = bg_desc.size - np.searchsorted(bg_desc[::-1], r_vals, side="left")
    # merge by threshold (both descending): a region point goes before the background points below it
    insert_at = np.searchsorted(-b_vals, -r_vals, side="left")
    fp = np.insert(b_fp, insert_at, r_fp)
    pro_sum = np.insert(b_pro, insert_at, r_pro)
    fpr = np.minimum(fp / n_ok, 1.0)
    pro = np.minimum(pro_sum / n_regions, 1.0)
    fpr = np.concatenate([[0.0], fpr, [1.0]])
    pro = np.concatenate([[0.0], pro, [1.0]])
    return fpr, pro


def _pro_mvtec(masks: np.ndarray, maps: np.ndarray, fpr_limit: float) -> float:
    fpr, pro = _pro_curve_checked(masks, maps, fpr_limit)
    return _trapezoid_to_limit(fpr, pro, fpr_limit) / fpr_limit


def _pro_bmad_cflow(masks: np.ndarray, maps: np.ndarray, fpr_limit: float, num_thresholds: int = 200) -> float:
    """BMAD UTRAD / MKD / CS-Flow ``compute_pro``, vectorised.

    Thresholds ``np.arange(min, max, (max - min) / 200)``; a pixel counts as positive when its score is
    strictly above the threshold. Instead of looping over thresholds each pixel records how many
    thresholds lie below its score; per-threshold counts are reverse cumulative sums of a bincount.
    """
    regions, n_regions = _label_regions(masks)
    region_sizes = np.bincount(regions.ravel(), minlength=n_regions + 1)
    lo, hi = float(maps.min()), float(maps.max())
    if hi <= lo:
        raise MedadError("every anomaly-map value is identical; the BMAD PRO variant needs a score range")
    delta = (hi - lo) / num_thresholds
    thresholds = np.arange(lo, hi, delta)
    n_t = thresholds.size
    # thresholds strictly below each score = positives at thresholds 0..k-1
    below = np.searchsorted(thresholds, maps.reshape(-1).astype(np.float64, copy=False), side="left")
    flat_regions = regions.reshape(-1)
    background = flat_regions == 0
    fp_at = np.bincount(below[background], minlength=n_t + 1)
    weights = 1.0 / region_sizes[flat_regions[~background]]
    pro_at = np.bincount(below[~background], weights=weights, minlength=n_t + 1)
    # positives at threshold j: pixels with below > j
    fp = np.cumsum(fp_at[::-1])[::-1][1 : n_t + 1]
    pro_sum = np.cumsum(pro_at[::-1])[::-1][1 : n_t + 1]
    fpr = fp / np.count_nonzero(background)
    pro = pro_sum / n_regions
    keep = fpr < fpr_limit
    fpr, pro = fpr[keep], pro[keep]
    if fpr.size < 2 or fpr.max() <= 0:
        raise MedadError("the BMAD PRO variant kept fewer than two thresholds below the FPR limit")
    fpr = fpr / fpr.max()
    # thresholds ascend, so fpr descends: integrate the reversed arrays
    return float(np.trapezoid(pro[::-1], fpr[::-1]))


def _resample_index_space(
    old_x: np.ndarray, old_ys: list[np.ndarray], new_x: np.ndarray, uniform: bool = False
) -> list[np.ndarray]:
    """Piecewise-linear interpolation that extrapolates with the end segments (anomalib's interp1d).

    Several curves share ``old_x``.

    ``uniform``: ``old_x[:-1]`` is an evenly spaced grid starting at 0, so the segment of each new
    point is found by arithmetic instead of a binary search (equal up to which side of a knot a
    point on it is assigned, where both sides give the same value).
    """
    eps = np.finfo(np.float32).eps
    if uniform and old_x.size > 2 and old_x[1] > 0:
        idx = np.ceil(new_x / old_x[1]).astype(np.int64) - 1
        beyond = new_x > old_x[-2]
        idx[beyond] = np.searchsorted(old_x, new_x[beyond], side="left") - 1
        np.clip(idx, 0, old_x.size - 2, out=idx)
    else:
        idx = np.clip(np.searchsorted(old_x, new_x, side="left") - 1, 0, old_x.size - 2)
    dx = (new_x - old_x[idx]) / (eps + (old_x[idx + 1] - old_x[idx]))
    return [old_y[idx] + (old_y[idx + 1] - old_y[idx]) * dx for old_y in old_ys]


def _pro_anomalib_legacy(masks: np.ndarray, maps: np.ndarray, fpr_limit: float) -> float:
    """Anomalib <= 2.2 AUPRO (see the module docstring), one vectorised pass per region.

    Every curve point is an exact ROC threshold (a distinct score). Per region the ROC over
    background ∪ region is built by merging the region's distinct scores into the background's
    (sorted once), keeping only thresholds up to the first point past ``fpr_limit``.
    """
    regions, n_regions = _label_regions(masks)
    flat_regions = regions.reshape(-1)
    flat_maps = maps.reshape(-1)
    background = flat_regions == 0
    b_asc, b_counts = np.unique(flat_maps[background], return_counts=True)
    b_desc = b_asc[::-1]
    b_cum = np.cumsum(b_counts[::-1])  # background pixels >= each distinct value, descending
    n_ok = int(b_cum[-1])
    limit_count = fpr_limit * n_ok
    m = int(np.searchsorted(b_cum, limit_count, side="right"))  # distinct bg thresholds with fpr <= limit
    keep = min(m + 1, b_desc.size)
    b_top, b_top_cum = b_desc[:keep], b_cum[:keep]
    floor = b_desc[m] if m < b_desc.size else -np.inf

    # output size: points of the global ROC (all pixels, leading (0, 0) included) with fpr <= limit
    region_pixels = flat_maps[~background]
    region_labels = flat_regions[~background]
    region_unique = np.unique(region_pixels)
    pos = np.searchsorted(b_asc, region_unique)
    in_background = (pos < b_asc.size) & (b_asc[np.minimum(pos, b_asc.size - 1)] == region_unique)
    output_size = 1 + m + int(np.count_nonzero(~in_background & (region_unique > floor)))

    order = np.lexsort((region_pixels, region_labels))
    region_pixels, region_labels = region_pixels[order], region_labels[order]
    bounds = np.searchsorted(region_labels, np.arange(1, n_regions + 2))
    tpr_sum = np.zeros(output_size)
    fpr_sum = np.zeros(output_size)
    new_idx = np.arange(output_size, dtype=np.float64)
    for k in range(n_regions):
        scores_k = region_pixels[bounds[k] : bounds[k + 1]]  # ascending
        size_k = scores_k.size
        distinct_k = np.unique(scores_k[scores_k >= floor])[::-1]
        p = np.searchsorted(b_asc, distinct_k)
        shared = (p < b_asc.size) & (b_asc[np.minimum(p, b_asc.size - 1)] == distinct_k)
        new_values = distinct_k[~shared]  # descending
        insert_at = np.searchsorted(-b_top, -new_values, side="left")
        fps = np.insert(b_top_cum, insert_at, np.where(insert_at > 0, b_top_cum[np.maximum(insert_at - 1, 0)], 0))
        # region pixels >= each merged threshold: counts dropped at the merged position of each of the
        # region's distinct values, then a cumulative sum (no search over the long merged array)
        counts_k = np.searchsorted(scores_k, distinct_k, side="right") - np.searchsorted(
            scores_k, distinct_k, side="left"
        )
        merged_at = np.empty(distinct_k.size, dtype=np.int64)
        merged_at[~shared] = insert_at + np.arange(new_values.size)
        shared_b = np.searchsorted(-b_top, -distinct_k[shared], side="left")
        merged_at[shared] = shared_b + np.searchsorted(insert_at, shared_b, side="right")
        steps = np.zeros(fps.size, dtype=np.int64)
        np.add.at(steps, merged_at, counts_k)
        tps = np.cumsum(steps)  # merged thresholds descend, so the running sum counts pixels >= each
        fpr_k = np.concatenate([[0.0], fps / n_ok])
        tpr_k = np.concatenate([[0.0], tps / size_k])

        limit_k = fpr_limit
        if fpr_k[fpr_k <= fpr_limit].max() == 0:
            limit_k = fpr_k[fpr_k > fpr_limit].min()
        kept = np.flatnonzero(fpr_k <= limit_k)
        new_idx[-1] = output_size - 1
        interpolate = False
        if not np.isclose(fpr_k[kept].max(), fpr_limit, rtol=1e-5, atol=1e-8):
            nxt = int(np.searchsorted(fpr_k, fpr_limit, side="left"))
            kept = np.append(kept, nxt)
            slope = 1 - (fpr_k[nxt] - fpr_limit) / (fpr_k[nxt] - fpr_k[nxt - 1])
            interpolate = True
        fpr_sel, tpr_sel = fpr_k[kept], tpr_k[kept]
        positions = kept.astype(np.float64)
        positions = positions / positions.max() * new_idx.max()
        if interpolate:
            new_idx[-1] = positions[-2] + (positions[-1] - positions[-2]) * slope
        uniform = kept[-2] == kept.size - 2 if kept.size > 1 else False  # kept[:-1] is 0, 1, 2, ...
        tpr_new, fpr_new = _resample_index_space(positions, [tpr_sel, fpr_sel], new_idx, uniform=bool(uniform))
        tpr_sum += tpr_new
        fpr_sum += fpr_new
    tpr = tpr_sum / n_regions
    fpr = fpr_sum / n_regions
    by_fpr = np.argsort(fpr, kind="stable")
    return float(np.trapezoid(tpr[by_fpr], fpr[by_fpr]) / fpr[-1])


def pro_auc(masks: Any, maps: Any, fpr_limit: float = 0.3, variant: str = "mvtec") -> float:
    """Area under the per-region-overlap curve up to ``fpr_limit``, normalised to [0, 1].

    ``variant``: ``"mvtec"`` (reference, default), ``"bmad_cflow"`` or ``"anomalib_legacy"``;
    see the module docstring. Regions are 8-connected components of each mask.
    """
    if variant not in PRO_VARIANTS:
        raise MedadError(f"unknown PRO variant {variant!r}; choose one of {', '.join(PRO_VARIANTS)}")
    if not 0 < fpr_limit <= 1:
        raise MedadError(f"fpr_limit must lie in (0, 1], got {fpr_limit}")
    masks, maps = _check_masks_maps(masks, maps)
    if variant == "mvtec":
        return _pro_mvtec(masks, maps, fpr_limit)
    if variant == "bmad_cflow":
        return _pro_bmad_cflow(masks, maps, fpr_limit)
    return _pro_anomalib_legacy(masks, maps, fpr_limit)


# ----------------------------------------------------------------------------------------------
# Dice
# ----------------------------------------------------------------------------------------------
def dice(masks: Any, maps: Any, threshold: float | None = None) -> float:
    """Dataset-level binary Dice 2|P ∩ G| / (|P| + |G|) (thesis Eq. 3.3), P = {maps >= threshold}.

    ``threshold=None`` returns the best Dice over every distinct map value (an oracle upper bound).
    """
    masks, maps = _check_masks_maps(masks, maps)
    n_truth = int(np.count_nonzero(masks))
    if threshold is not None:
        predicted = maps >= threshold
        intersection = int(np.count_nonzero(predicted & masks))
        n_pred = int(np.count_nonzero(predicted))
        return float(2 * intersection / (n_pred + n_truth))
    if maps.size <= _CHUNK_PIXELS:
        # The best threshold is always an anomalous pixel's value: raising the threshold from just
        # above one positive value to the next only removes false positives.
        positives = np.sort(maps[masks])
        negatives = np.sort(maps[~masks])
        candidates = np.unique(positives)
        tp = positives.size - np.searchsorted(positives, candidates, side="left")
        fp = negatives.size - np.searchsorted(negatives, candidates, side="left")
        return float((2.0 * tp / (tp + fp + n_truth)).max())
    values, neg, pos = _value_counts(masks, maps)
    # predicted = values >= v: reverse cumulative sums over ascending values
    tp = np.cumsum(pos[::-1])[::-1]
    n_pred = np.cumsum((pos + neg)[::-1])[::-1]
    return float((2.0 * tp / (n_pred + n_truth)).max())


def f1_optimal_threshold(masks: Any, maps: Any) -> float:
    """The pixel threshold with the largest F1 over all pixels (anomalib's ``F1AdaptiveThreshold``).

    Pixels with ``maps >= t`` are predicted anomalous. Pixel F1 at ``t`` is the dataset-level Dice at
    ``t``, and its maximum lies at an anomalous pixel's value (see :func:`dice`); among equal F1 values
    the lowest threshold wins, as ``argmax`` over torchmetrics' ascending thresholds picks it.

    Args:
        masks: ground truth (N, H, W), with at least one anomalous and one normal pixel.
        maps: anomaly maps of the same shape.

    Returns:
        The threshold, a value of ``maps``.

    Raises:
        MedadError: the shapes differ, the masks are empty or full, or a map value is not finite.
    """
    masks, maps = _check_masks_maps(masks, maps)
    positives = np.sort(maps[masks])
    negatives = np.sort(maps[~masks])
    candidates = np.unique(positives)
    tp = positives.size - np.searchsorted(positives, candidates, side="left")
    fp = negatives.size - np.searchsorted(negatives, candidates, side="left")
    f1 = 2.0 * tp / (tp + fp + positives.size)
    return float(candidates[int(np.argmax(f1))])


def bmad_normalise(maps: Any, threshold: float, lo: float, hi: float) -> np.ndarray:
    """Anomalib 0.x ``MinMax`` normalisation: ((maps − threshold) / (hi − lo)) + 0.5, clamped to [0, 1].

    With the valid split's threshold, min and max, 0.5 on the result is the threshold tuned on
    valid data (clamping creates ties at 0 and 1 but never moves a pixel across 0.5).

    Args:
        maps: anomaly maps (any shape).
        threshold: the raw-score threshold that becomes 0.5.
        lo: the smallest raw score of the calibration (valid) maps.
        hi: the largest raw score of the calibration maps.

    Returns:
        float32 maps in [0, 1].
    """
    scale = float(hi) - float(lo)
    if not scale > 0:
        scale = 1.0  # constant valid maps: keep the threshold at 0.5 instead of dividing by zero
    out = (np.asarray(maps, dtype=np.float64) - float(threshold)) / scale + 0.5
    return np.clip(out, 0.0, 1.0).astype(np.float32)


def dice_bmad(masks: Any, maps: Any, valid_masks: Any, valid_maps: Any) -> float:
    """Table 3.11's Dice: test maps normalised with the valid split's statistics, thresholded at 0.5.

    BMAD's anomalib pipeline (notes §1.5-1.6): ``F1AdaptiveThreshold`` on the valid split's pixels
    gives the raw threshold t (:func:`f1_optimal_threshold`); ``MinMax`` (:func:`bmad_normalise`)
    maps t to 0.5 with the valid min and max; torchmetrics' micro Dice at 0.5 over the test set.
    Only ``valid_masks`` and ``valid_maps`` decide the threshold.

    Args:
        masks: test ground truth (N, H, W).
        maps: test anomaly maps.
        valid_masks: valid ground truth (M, H', W'), with anomalous pixels.
        valid_maps: valid anomaly maps.

    Returns:
        The dataset-level Dice on the test set.
    """
    valid_masks, valid_maps = _check_masks_maps(valid_masks, valid_maps)
    threshold = f1_optimal_threshold(valid_masks, valid_maps)
    masks, maps = _check_masks_maps(masks, maps)
    normalised = bmad_normalise(maps, threshold, float(valid_maps.min()), float(valid_maps.max()))
    return dice(masks, normalised, threshold=0.5)


def dice_per_image(masks: Any, maps: Any, threshold: float = 0.5) -> float:
    """BMAD's MKD Dice: each map min-max normalised on its own, cut at ``threshold``, mean over anomalous images.

    Args:
        masks: ground truth (N, H, W).
        maps: anomaly maps.
        threshold: the cut on the per-image normalised maps.

    Returns:
        The mean Dice over the images whose mask marks a pixel.
    """
    masks, maps = _check_masks_maps(masks, maps)
    lo = maps.min(axis=(1, 2), keepdims=True)
    hi = maps.max(axis=(1, 2), keepdims=True)
    scale = np.where(hi > lo, hi - lo, 1.0)
    predicted = (maps - lo) / scale >= threshold
    has_anomaly = masks.any(axis=(1, 2))
    inter = np.count_nonzero(predicted & masks, axis=(1, 2))
    total = np.count_nonzero(predicted, axis=(1, 2)) + np.count_nonzero(masks, axis=(1, 2))
    return float(np.mean(2 * inter[has_anomaly] / total[has_anomaly]))


# ----------------------------------------------------------------------------------------------
# score histograms
# ----------------------------------------------------------------------------------------------
def chi2_distance(normal_scores: Any, abnormal_scores: Any, bins: int = 100, density: str = "probability") -> float:
    """χ² distance between normal and abnormal score histograms (DDAD-ASR Fig. 6).

    Both score sets are min-max normalised together to [0, 1], binned into ``bins`` equal bins, and
    turned into densities; χ² = 0.5 · Σ_i (a_i − b_i)² / (a_i + b_i) over bins where a_i + b_i > 0.
    ``density="probability"`` (bins sum to 1, χ² in [0, 1]) or ``"pdf"`` (numpy ``density=True``,
    bins integrate to 1, χ² scaled by ``bins``).
    """
    normal = _to_numpy(normal_scores).reshape(-1).astype(np.float64)
    abnormal = _to_numpy(abnormal_scores).reshape(-1).astype(np.float64)
    if normal.size == 0 or abnormal.size == 0:
        raise MedadError("chi2_distance needs at least one normal and one abnormal score")
    if not (np.isfinite(normal).all() and np.isfinite(abnormal).all()):
        raise MedadError("scores contain NaN or infinite values")
    both = np.concatenate([normal, abnormal])
    lo, hi = both.min(), both.max()
    scale = hi - lo if hi > lo else 1.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    a, _ = np.histogram((normal - lo) / scale, bins=edges)
    b, _ = np.histogram((abnormal - lo) / scale, bins=edges)
    if density == "probability":
        a = a / a.sum()
        b = b / b.sum()
    elif density == "pdf":
        a = a / (a.sum() / bins)
        b = b / (b.sum() / bins)
    else:
        raise MedadError(f"density must be 'probability' or 'pdf', got {density!r}")
    total = a + b
    nonzero = total > 0
    return float(0.5 * np.sum((a[nonzero] - b[nonzero]) ** 2 / total[nonzero]))


# ----------------------------------------------------------------------------------------------
# bundle
# ----------------------------------------------------------------------------------------------
def evaluate(
    labels: Any,
    scores: Any,
    masks: Any = None,
    maps: Any = None,
    fpr_limit: float = 0.3,
    valid_masks: Any = None,
    valid_maps: Any = None,
) -> dict[str, float | None]:
    """Every metric the tables need, as one dict (None where not applicable).

    Args:
        labels: image labels of the test set (0 normal, 1 anomalous).
        scores: image scores.
        masks: test ground truth (N, H, W) or None.
        maps: test anomaly maps or None.
        fpr_limit: the PRO curves' false-positive-rate limit.
        valid_masks: the valid split's ground truth (for ``dice_bmad``) or None.
        valid_maps: the valid split's anomaly maps or None.

    Returns:
        ``image_auroc, image_ap, f1_max`` (always); ``pixel_auroc``, the three PRO variants
        (:data:`PRO_COLUMNS`: ``pro`` = MVTec reference, ``pro_bmad`` = BMAD's ``compute_pro``,
        ``pro_anomalib_legacy`` = anomalib <= 2.2 AUPRO) and ``dice_oracle`` (best threshold, an upper
        bound) when the masks mark an anomalous pixel and maps are given; ``dice_bmad`` (Table
        3.11, calibrated on valid) when, in addition, the valid split's masks and maps are given and
        its masks mark an anomalous pixel.
    """
    result: dict[str, float | None] = {
        "image_auroc": image_auroc(labels, scores),
        "image_ap": image_ap(labels, scores),
        "f1_max": f1_max(labels, scores),
        "pixel_auroc": None,
        **dict.fromkeys(PRO_COLUMNS.values()),
        "dice_oracle": None,
        "dice_bmad": None,
    }
    if masks is None or maps is None:
        return result
    masks_np, maps_np = _check_masks_maps(masks, maps, need_anomaly=False)
    if not masks_np.any():
        return result  # image-level-only dataset (masks all empty): pixel metrics do not apply
    result["pixel_auroc"] = pixel_auroc(masks_np, maps_np)
    for variant, column in PRO_COLUMNS.items():
        result[column] = pro_auc(masks_np, maps_np, fpr_limit=fpr_limit, variant=variant)
    result["dice_oracle"] = dice(masks_np, maps_np)
    if valid_masks is not None and valid_maps is not None:
        v_masks, v_maps = _check_masks_maps(valid_masks, valid_maps, need_anomaly=False)
        if v_masks.any() and not v_masks.all():
            result["dice_bmad"] = dice_bmad(masks_np, maps_np, v_masks, v_maps)
    return result
