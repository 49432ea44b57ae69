"""The figures the book's pages draw, each a function returning a matplotlib Figure.

A notebook cell that draws a figure calls one of these on a frame from :mod:`medad_core.experiments`
(or the runner) and shows the returned Figure; nothing here runs a model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import NullFormatter
from scipy import ndimage
from sklearn.manifold import TSNE

from medad_core.api import MedadError

__all__ = [
    "bars",
    "lines",
    "strip",
    "heatmap",
    "domain_panels",
    "tsne_panels",
    "localisation_grid",
    "score_histograms",
    "ours_vs_paper",
    "efficiency_panels",
    "loss_curves",
    "outlined_montage",
    "severity_curves",
    "dissolving_panels",
    "anomaly_rate_curves",
    "chi2_histograms",
    "reproduction_dashboard",
    "claim_verdicts",
]

#: marker / colour of each point kind in the t-SNE panels (DRA Fig. 1)
TSNE_STYLE = {"normal": ("tab:blue", "o"), "seen anomaly": ("tab:orange", "^"), "unseen anomaly": ("tab:red", "x")}


def _check_frame(table: pd.DataFrame, what: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise MedadError(f"{what}: expected a pandas DataFrame, got {type(table).__name__}")


def _empty(fig: Figure, ax, text: str = "nothing ran in this profile") -> Figure:
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=9, color="grey", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def bars(
    table: pd.DataFrame,
    title: str = "",
    ylabel: str = "image AUROC (ours)",
    ylim=(0.0, 1.0),
    figsize=(6.5, 3.2),
    rot: int = 0,
    ax=None,
) -> Figure:
    """Grouped bars: one group per row of ``table``, one bar per column.

    Args:
        table: index = groups (datasets, domains), columns = bars (models, settings), values to draw.
        title: axes title.
        ylabel: y-axis label.
        ylim: y-axis limits (None: matplotlib's).
        figsize: figure size when ``ax`` is None.
        rot: rotation of the group labels.
        ax: draw into this axes instead of a new figure.

    Returns:
        The Figure (an empty table draws a "nothing ran" note).
    """
    _check_frame(table, "bars")
    fig, ax = plt.subplots(figsize=figsize) if ax is None else (ax.figure, ax)
    ax.set_title(title, fontsize=10)
    if table.empty:
        return _empty(fig, ax)
    table.plot.bar(ax=ax, rot=rot, ylim=ylim)
    ax.set_ylabel(ylabel)
    ax.set_xlabel("")
    ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def lines(
    table: pd.DataFrame, title: str = "", xlabel: str = "", ylabel: str = "image AUROC (ours)", figsize=(7, 3.2)
) -> Figure:
    """One line per row of ``table`` over its columns (e.g. ablation variants in order).

    Args:
        table: index = lines, columns = x positions in order.
        title: axes title.
        xlabel: x-axis label.
        ylabel: y-axis label.
        figsize: figure size.

    Returns:
        The Figure.
    """
    _check_frame(table, "lines")
    fig, ax = plt.subplots(figsize=figsize)
    ax.set_title(title, fontsize=10)
    if table.empty:
        return _empty(fig, ax)
    x = np.arange(len(table.columns))
    for label, values in table.iterrows():
        ax.plot(x, values.to_numpy(dtype=float), marker="o", label=" / ".join(map(str, np.atleast_1d(label))))
    ax.set_xticks(x, [str(c) for c in table.columns])
    ax.set(xlabel=xlabel, ylabel=ylabel)
    ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def strip(
    frame: pd.DataFrame,
    x: str,
    y: str,
    hue: str,
    title: str = "",
    ylabel: str = "",
    chance: float | None = 0.5,
    figsize=(6, 3),
) -> Figure:
    """Points of ``y`` per category ``x``, one marker per ``hue`` (e.g. AUROC per seen class and model).

    Args:
        frame: long frame with columns ``x``, ``y``, ``hue``.
        x: categorical column on the x axis.
        y: value column.
        hue: column naming the series.
        title: axes title.
        ylabel: y-axis label.
        chance: draw a dashed line at this value (None: none).
        figsize: figure size.

    Returns:
        The Figure.
    """
    _check_frame(frame, "strip")
    fig, ax = plt.subplots(figsize=figsize)
    ax.set_title(title, fontsize=10)
    if frame.empty:
        return _empty(fig, ax)
    for i, (name, part) in enumerate(frame.groupby(hue, sort=False)):
        ax.scatter(part[x].astype(str), part[y], label=name, marker="os^D"[i % 4], alpha=0.8)
    if chance is not None:
        ax.axhline(chance, color="grey", lw=0.8, ls="--")
    ax.set(xlabel=x, ylabel=ylabel or y)
    ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def heatmap(
    matrix: pd.DataFrame,
    title: str = "",
    label: str = "AUROC",
    vmin: float = 0.0,
    vmax: float = 1.0,
    figsize=(5.5, 3.4),
) -> Figure:
    """A matrix of values with each cell's number written in it (e.g. target x source AUROC).

    Args:
        matrix: rows x columns of numbers (NaN cells stay blank).
        title: axes title.
        label: colour-bar label.
        vmin: lower end of the colour scale.
        vmax: upper end of the colour scale.
        figsize: figure size.

    Returns:
        The Figure.
    """
    _check_frame(matrix, "heatmap")
    fig, ax = plt.subplots(figsize=figsize)
    ax.set_title(title, fontsize=10)
    if matrix.empty:
        return _empty(fig, ax)
    values = matrix.to_numpy(dtype=float)
    im = ax.imshow(values, vmin=vmin, vmax=vmax, cmap="viridis")
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index], fontsize=8)
    ax.set(xlabel=matrix.columns.name or "", ylabel=matrix.index.name or "")
    for (i, j), v in np.ndenumerate(values):
        if not np.isnan(v):
            ax.text(j, i, f"{v:.2f}", ha="center", va="center", color="white", fontsize=8)
    fig.colorbar(im, ax=ax, label=label)
    fig.tight_layout()
    return fig


def _tsne(features: np.ndarray, seed: int) -> np.ndarray:
    # standardised features so that no single channel dominates the distances; perplexity must stay
    # below the number of points for tiny test sets
    perplexity = float(min(30, max(2, (len(features) - 1) // 3)))
    z = (features - features.mean(0)) / (features.std(0) + 1e-8)
    return TSNE(n_components=2, perplexity=perplexity, init="pca", random_state=seed).fit_transform(z)


def tsne_panels(panels: Mapping[str, Mapping[str, np.ndarray]], title: str = "", seed: int = 0) -> Figure:
    """One t-SNE panel per model (DRA Fig. 1): normal, seen-class and unseen-class test images.

    Args:
        panels: model label -> ``{"embeddings": (n, d) array, "kind": (n,) array of "normal" /
            "seen anomaly" / "unseen anomaly"}``.
        title: figure title.
        seed: t-SNE's random state.

    Returns:
        The Figure.
    """
    if not panels:
        fig, ax = plt.subplots(figsize=(4, 3))
        return _empty(fig, ax)
    fig, axes = plt.subplots(1, len(panels), figsize=(4 * len(panels), 3.8), squeeze=False)
    for ax, (name, data) in zip(axes[0], panels.items(), strict=False):
        feats, kind = np.asarray(data["embeddings"], dtype=float), np.asarray(data["kind"])
        if len(feats) != len(kind):
            raise MedadError(f"tsne_panels: {name} has {len(feats)} embeddings but {len(kind)} kinds")
        xy = _tsne(feats.reshape(len(feats), -1), seed)
        for label, (color, marker) in TSNE_STYLE.items():
            sel = kind == label
            ax.scatter(xy[sel, 0], xy[sel, 1], c=color, marker=marker, s=14, label=label, alpha=0.8)
        ax.set_title(name)
        ax.set_xticks([])
        ax.set_yticks([])
    axes[0, 0].legend(fontsize=7)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def domain_panels(
    panels: Mapping[str, pd.DataFrame],
    highlight: str,
    title: str = "",
    ylabel: str = "image AUROC",
) -> Figure:
    """Thesis Fig. 4.5: per dataset, every Chapter 3 method (grey) and ``highlight`` (red), one panel per source.

    Args:
        panels: panel title -> frame with ``dataset``, ``method``, ``image_auroc`` (and ``group``: ``ours``
            marks the highlighted row), e.g. ``{"thesis": ..., "ours": ...}`` from
            :func:`medad_core.experiments.clip.domain_comparison`.
        highlight: the highlighted row's label (the legend's name for it).
        title: figure title.
        ylabel: y-axis label.

    Returns:
        The Figure: the best Chapter 3 method of each dataset is named above its dot.
    """
    fig, axes = plt.subplots(1, max(len(panels), 1), figsize=(4.2 * max(len(panels), 1), 3.4), squeeze=False)
    fig.suptitle(title, fontsize=10)
    for ax, (name, frame) in zip(axes[0], panels.items(), strict=False):
        _check_frame(frame, "domain_panels")
        ax.set_title(name, fontsize=9)
        if frame.empty:
            _empty(fig, ax)
            continue
        datasets = list(dict.fromkeys(frame["dataset"]))
        x = {d: i for i, d in enumerate(datasets)}
        others = frame[frame["group"] != "ours"]
        ours = frame[frame["group"] == "ours"]
        ax.scatter(
            others["dataset"].map(x), others["image_auroc"], color="grey", s=14, alpha=0.7, label="Ch. 3 methods"
        )
        for dataset, part in others.groupby("dataset"):
            top = part.loc[part["image_auroc"].idxmax()]
            ax.annotate(
                top["method"],
                (x[dataset], top["image_auroc"]),
                fontsize=6,
                ha="center",
                va="bottom",
                xytext=(0, 3),
                textcoords="offset points",
            )
        ax.scatter(ours["dataset"].map(x), ours["image_auroc"], color="tab:red", marker="*", s=80, label=highlight)
        ax.set_xticks(range(len(datasets)), datasets, rotation=30, fontsize=7)
        ax.set_ylabel(ylabel)
        ax.legend(fontsize=7, loc="lower left")
    fig.tight_layout()
    return fig


def _minmax(x: np.ndarray) -> np.ndarray:
    return (x - x.min()) / max(float(x.max() - x.min()), 1e-12)


def localisation_grid(
    images: Sequence[np.ndarray],
    masks: Sequence[np.ndarray | None],
    maps: Mapping[str, Sequence[np.ndarray | None]],
    row_labels: Sequence[str] = (),
    title: str = "anomaly maps, min-max normalised per image",
) -> Figure:
    """Rows of input, mask and each model's anomaly map, every map min-max normalised per image.

    Args:
        images: (H, W) or (H, W, C) arrays, one per row.
        masks: ground-truth masks per row (None: no mask column content).
        maps: model label -> one map (or None: "not run") per row.
        row_labels: y label of each row (e.g. the dataset).
        title: figure title.

    Returns:
        The Figure.
    """
    n = len(images)
    for name, column in maps.items():
        if len(column) != n:
            raise MedadError(f"localisation_grid: {name} has {len(column)} maps for {n} images")
    fig, axes = plt.subplots(max(n, 1), 2 + len(maps), figsize=(1.6 * (2 + len(maps)), 1.7 * max(n, 1)), squeeze=False)
    for r in range(n):
        row = axes[r]
        row[0].imshow(images[r], cmap="gray")
        if masks[r] is not None:
            row[1].imshow(masks[r], cmap="gray")
        if r < len(row_labels):
            row[0].set_ylabel(row_labels[r], fontsize=8)
        for c, column in enumerate(maps.values()):
            if column[r] is None:
                row[2 + c].text(0.5, 0.5, "not run", ha="center", va="center", fontsize=7)
            else:
                row[2 + c].imshow(_minmax(np.asarray(column[r], dtype=np.float32)), cmap="jet", vmin=0, vmax=1)
    for c, name in enumerate(["input", "mask", *maps]):
        axes[0, c].set_title(name, fontsize=8)
    for ax in axes.ravel():
        ax.set_xticks([])
        ax.set_yticks([])
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def score_histograms(
    scores: Mapping[str, tuple[np.ndarray, np.ndarray]], xlabel: str = "image score", bins: int = 20, figsize=(5, 3.2)
) -> Figure:
    """Histograms of the image scores of normal and anomalous test images, per series.

    Args:
        scores: series name -> (scores, labels with 1 = anomalous).
        xlabel: x-axis label.
        bins: histogram bins.
        figsize: figure size.

    Returns:
        The Figure.
    """
    fig, ax = plt.subplots(figsize=figsize)
    if not scores:
        return _empty(fig, ax)
    for name, (values, labels) in scores.items():
        values, labels = np.asarray(values, dtype=float), np.asarray(labels)
        if values.shape != labels.shape:
            raise MedadError(f"score_histograms: {name} has {values.shape} scores but {labels.shape} labels")
        ax.hist(values[labels == 0], bins=bins, alpha=0.5, label=f"{name} normal")
        ax.hist(values[labels == 1], bins=bins, alpha=0.5, label=f"{name} anomalous")
    ax.set(xlabel=xlabel, ylabel="images")
    ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def ours_vs_paper(
    pairs: pd.DataFrame,
    panels: Sequence[str] = ("image_auroc", "pixel_auroc", "pro"),
    hue: str = "method",
    style: str = "dataset",
) -> Figure:
    """Scatter of our value against the paper's, one panel per metric, the diagonal dashed.

    Args:
        pairs: long frame with ``metric``, ``mean_paper``, ``mean_ours`` and the ``hue`` / ``style`` columns.
        panels: metrics, one panel each.
        hue: column giving the colour.
        style: column giving the marker.

    Returns:
        The Figure.
    """
    _check_frame(pairs, "ours_vs_paper")
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 4), sharex=True, sharey=True, squeeze=False)
    markers = dict(zip(dict.fromkeys(pairs[style]) if len(pairs) else [], itertools_markers(), strict=False))
    colours = dict(
        zip(
            dict.fromkeys(pairs[hue]) if len(pairs) else [],
            plt.cm.tab20(np.linspace(0, 1, max(pairs[hue].nunique() if len(pairs) else 1, 2))),
            strict=False,
        )
    )
    for ax, metric in zip(axes[0], panels, strict=False):
        ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1)
        part = pairs[pairs["metric"] == metric] if len(pairs) else pairs
        for _, r in part.iterrows():
            ax.scatter(r["mean_paper"], r["mean_ours"], color=colours[r[hue]], marker=markers[r[style]], s=50)
        ax.set(title=metric.replace("_", " "), xlabel="paper", ylabel="ours", xlim=(0, 1.02), ylim=(0, 1.02))
    handles = [plt.Line2D([], [], color=c, marker="o", ls="", label=str(k)) for k, c in colours.items()]
    handles += [plt.Line2D([], [], color="k", marker=m, ls="", label=str(k)) for k, m in markers.items()]
    if handles:
        axes[0, -1].legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.02, 1))
    fig.tight_layout()
    return fig


def itertools_markers() -> list[str]:
    """Distinct scatter markers, in the order series are given them."""
    return list("osD^v<>PX*hp")


def _memory_legend(fig: Figure, scale: float, largest: float) -> None:
    """Reference circles for the circle area (round values up to ``largest`` MB), below the panels."""
    if not np.isfinite(largest) or largest <= 0:
        return
    top = float(10 ** np.floor(np.log10(largest)))
    values = sorted({v for v in (top / 10, top, 5 * top if 5 * top <= largest else None) if v})
    ax = fig.axes[0]
    handles = [
        ax.scatter([], [], s=max(v * scale, 10), color="lightgrey", edgecolors="k", linewidths=0.5) for v in values
    ]
    fig.legend(
        handles,
        [f"{v:g} MB" for v in values],
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=len(values),
        fontsize=7,
        frameon=False,
        scatterpoints=1,
    )


def efficiency_panels(per: pd.DataFrame, datasets: Sequence[str], memory_label: str, cols: int = 3) -> Figure:
    """BMAD Fig. 3.9: accuracy against inference time per dataset, circle area ∝ inference memory.

    One panel per dataset; each method keeps its colour across the panels. Where ``per`` has
    ``predict_ms_min`` / ``predict_ms_max`` (the fastest and slowest timed predict), a horizontal
    bar shows that spread. A legend below the panels gives reference circle areas.

    Args:
        per: rows with ``dataset``, ``name``, ``predict_ms_per_image``, ``image_auroc``, ``memory_mb``
            and optionally ``predict_ms_min``, ``predict_ms_max``.
        datasets: panel order (values of ``per["dataset"]``).
        memory_label: what the circle area measures.
        cols: panels per row.

    Returns:
        The Figure.
    """
    _check_frame(per, "efficiency_panels")
    missing = [c for c in ("dataset", "name", "predict_ms_per_image", "image_auroc", "memory_mb") if c not in per]
    if missing:
        raise MedadError(f"efficiency_panels: the frame lacks column(s) {', '.join(missing)}")
    n = max(len(datasets), 1)
    cols = min(cols, n)
    n_rows = int(np.ceil(n / cols))
    fig, axes = plt.subplots(n_rows, cols, figsize=(4.6 * cols, 3.6 * n_rows), squeeze=False)
    names = list(dict.fromkeys(per["name"])) if len(per) else []
    colours = dict(zip(names, plt.cm.tab20(np.linspace(0, 1, max(len(names), 2))), strict=False))
    largest = float(per["memory_mb"].max()) if len(per) and per["memory_mb"].notna().any() else float("nan")
    scale = 600 / max(largest if np.isfinite(largest) else 1.0, 1.0)
    spread = {"predict_ms_min", "predict_ms_max"} <= set(per.columns)
    for ax, name in zip(axes.ravel(), datasets, strict=False):
        panel = per[(per["dataset"] == name) & per["predict_ms_per_image"].notna()]
        for _, r in panel.iterrows():
            x, y = r["predict_ms_per_image"], r["image_auroc"]
            if pd.isna(y):  # a probe without a successful run has no accuracy to plot
                continue
            if spread and pd.notna(r["predict_ms_min"]) and pd.notna(r["predict_ms_max"]):
                ax.errorbar(
                    x,
                    y,
                    xerr=[[max(x - r["predict_ms_min"], 0.0)], [max(r["predict_ms_max"] - x, 0.0)]],
                    fmt="none",
                    ecolor=colours[r["name"]],
                    elinewidth=1,
                    capsize=2,
                )
            size = r["memory_mb"] * scale if pd.notna(r["memory_mb"]) else 10
            ax.scatter(x, y, s=max(size, 10), color=colours[r["name"]], alpha=0.6, edgecolors="k", linewidths=0.5)
            ax.annotate(r["name"], (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
        ax.set_xscale("log")
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set(title=name, xlabel="inference time per image (ms, log)", ylabel="image AUROC")
        if not len(panel):
            _empty(fig, ax, "not measured in this profile")
    for ax in axes.ravel()[len(datasets) :]:
        ax.axis("off")
    fig.suptitle(f"accuracy vs inference time; circle area ∝ {memory_label}", fontsize=10)
    fig.tight_layout()
    # after tight_layout, which ignores figure legends: the reference circles sit below the panels
    _memory_legend(fig, scale, largest)
    return fig


def loss_curves(
    losses: Mapping[str, Sequence[float]], xlabel: str = "epoch", ylabel: str = "training loss", figsize=(5, 3)
) -> Figure:
    """Training-loss curves, one per run (e.g. ``row["fit_info"]["loss"]``).

    Args:
        losses: run label -> loss per epoch.
        xlabel: x-axis label.
        ylabel: y-axis label.
        figsize: figure size.

    Returns:
        The Figure.
    """
    fig, ax = plt.subplots(figsize=figsize)
    if not losses:
        return _empty(fig, ax)
    for name, values in losses.items():
        ax.plot(np.arange(1, len(values) + 1), np.asarray(values, dtype=float), marker=".", label=name)
    ax.set(xlabel=xlabel, ylabel=ylabel)
    ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def _outlined(image: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """(H, W[, 3]) image as RGB with the border of ``mask`` drawn in red."""
    rgb = np.repeat(image[..., None], 3, -1) if image.ndim == 2 else np.array(image, dtype=np.float32)
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        rgb[mask & ~ndimage.binary_erosion(mask)] = [1.0, 0.1, 0.1]
    return rgb


def outlined_montage(
    rows: Mapping[str, Sequence[tuple[np.ndarray, np.ndarray | None]]],
    title: str = "",
    gap: int = 2,
    cell_inches: float = 1.5,
) -> Figure:
    """Rows of images in one montage (a single axes: fast to draw), each mask outlined in red.

    Args:
        rows: row label -> ``(image, mask or None)`` pairs; images (H, W) grey or (H, W, 3) in [0, 1],
            all of one size.
        title: axes title.
        gap: white pixels between images.
        cell_inches: figure inches per image.

    Returns:
        The Figure (no rows: a "nothing to show" note).
    """
    fig, ax = plt.subplots(
        figsize=(
            cell_inches * max(max((len(r) for r in rows.values()), default=1), 1) + 1.5,
            cell_inches * max(len(rows), 1),
        )
    )
    ax.set_title(title, fontsize=10)
    if not rows or not any(rows.values()):
        return _empty(fig, ax, "nothing to show")
    h, w = np.asarray(next(iter(rows.values()))[0][0]).shape[:2]
    n_cols = max(len(r) for r in rows.values())
    montage = np.ones((len(rows) * (h + gap) - gap, n_cols * (w + gap) - gap, 3), np.float32)
    for r, row in enumerate(rows.values()):
        for c, (image, mask) in enumerate(row):
            image = np.asarray(image, dtype=np.float32)
            if image.shape[:2] != (h, w):
                raise MedadError(f"outlined_montage: every image must be {h} x {w}; got {image.shape[:2]}")
            montage[r * (h + gap) : r * (h + gap) + h, c * (w + gap) : c * (w + gap) + w] = _outlined(image, mask)
    ax.imshow(montage, interpolation="nearest")
    ax.set_yticks([r * (h + gap) + h / 2 for r in range(len(rows))], list(rows), fontsize=8)
    ax.set_xticks([])
    fig.tight_layout()
    return fig


def severity_curves(
    sweep: pd.DataFrame, panel: str = "baseline", x: str = "severity", y: str = "auroc", hue: str = "domain"
) -> Figure:
    """One panel per ``panel`` value, one line of ``y`` over ``x`` per ``hue`` (the data chapter's sweep).

    Args:
        sweep: long frame with the four columns (e.g. :func:`medad_core.experiments.data.severity_frame`).
        panel: column whose values make the panels (the baselines).
        x: column on the x axis.
        y: column on the y axis (image AUROC; chance is drawn dashed at 0.5).
        hue: column naming the lines.

    Returns:
        The Figure.
    """
    _check_frame(sweep, "severity_curves")
    panels = list(dict.fromkeys(sweep[panel])) if len(sweep) else []
    fig, axes = plt.subplots(
        1, max(len(panels), 1), figsize=(5.5 * max(len(panels), 1), 3.8), sharey=True, squeeze=False
    )
    if not panels:
        return _empty(fig, axes[0, 0])
    for ax, name in zip(axes[0], panels, strict=True):
        for label, part in sweep[sweep[panel] == name].groupby(hue, sort=False):
            part = part.sort_values(x)
            ax.plot(part[x], part[y], marker="o", label=label)
        ax.axhline(0.5, color="grey", lw=0.8, ls="--")
        ax.set(title=str(name), xlabel=x)
    axes[0, 0].set_ylabel("image AUROC")
    axes[0, -1].legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    return fig


def notebook_timings(timings: pd.DataFrame, title: str = "Seconds per page of this build") -> Figure:
    """Horizontal bars of each notebook's wall-clock seconds (the reproducibility page).

    Args:
        timings: columns ``notebook`` and ``seconds``.
        title: the axes title.

    Returns:
        The figure.
    """
    if timings.empty:
        raise MedadError("no notebook timings to draw")
    ordered = timings.sort_values("seconds")
    fig, ax = plt.subplots(figsize=(7, 0.22 * len(ordered) + 1.2))
    ax.barh(ordered["notebook"], ordered["seconds"], color="#4c72b0")
    ax.set(xlabel="seconds", title=title)
    ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    return fig


def anomaly_rate_curves(
    ours: pd.DataFrame, paper: pd.DataFrame | None = None, title: str = "AUROC against the anomaly rate of D_u"
) -> Figure:
    """DDAD-ASR Fig. 5: each score's AUROC over the unlabelled pool's anomaly rate, ours beside the paper's.

    Args:
        ours: long frame (``method``, ``subset`` = the AR as text, ``mean``, ``std``; image AUROC rows).
        paper: the paper's points in the same form (``subset`` ``"any"``: a value the text states for
            every AR, drawn as a dotted level), or None.
        title: axes title.

    Returns:
        The Figure: one colour per score, ours solid with ± std bars, the paper's dashed / dotted.
    """
    _check_frame(ours, "anomaly_rate_curves")
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    ax.set_title(title, fontsize=10)
    if ours.empty and (paper is None or paper.empty):
        return _empty(fig, ax)
    methods = list(dict.fromkeys([*ours.get("method", []), *([] if paper is None else paper["method"])]))
    colours = dict(zip(methods, plt.rcParams["axes.prop_cycle"].by_key()["color"] * 3, strict=False))
    for method, part in ours.groupby("method", sort=False):
        part = part[part["subset"].astype(str).str.fullmatch(r"[0-9.]+")].assign(ar=lambda f: f["subset"].astype(float))
        part = part.sort_values("ar")
        ax.errorbar(
            100 * part["ar"], part["mean"], yerr=part["std"].fillna(0), marker="o", capsize=3,
            color=colours[method], label=f"{method} (ours)",
        )  # fmt: skip
    if paper is not None and not paper.empty:
        for method, part in paper.groupby("method", sort=False):
            level = part[part["subset"] == "any"]
            points = part[part["subset"] != "any"].assign(ar=lambda f: f["subset"].astype(float)).sort_values("ar")
            if len(level):
                ax.axhline(float(level["mean"].iloc[0]), color=colours[method], ls=":", lw=1)
            if len(points):
                ax.plot(100 * points["ar"], points["mean"], ls="--", marker="s", mfc="none", color=colours[method])
        ax.plot([], [], ls="--", marker="s", mfc="none", color="grey", label="paper (text of Sec. 4.4.1)")
    ax.set(xlabel="anomaly rate of D_u (%)", ylabel="image AUROC", xlim=(-5, 105))
    ax.legend(fontsize=6, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.tight_layout()
    return fig


def chi2_histograms(
    scores: Mapping[str, tuple[np.ndarray, np.ndarray]], chi2: pd.DataFrame | None = None, bins: int = 20
) -> Figure:
    """DDAD-ASR Fig. 6: per score, histograms of normal (blue) and abnormal (red) scores normalised to [0, 1].

    Args:
        scores: score name -> (scores in [0, 1], labels with 1 = abnormal).
        chi2: :func:`medad_core.experiments.ddad.chi2_frame` (its values go in the panel titles), or None.
        bins: bars per histogram (the χ² values are computed with their own bins).

    Returns:
        The Figure, one panel per score.
    """
    n = max(len(scores), 1)
    fig, axes = plt.subplots(1, n, figsize=(2.3 * n, 2.4), squeeze=False)
    if not scores:
        return _empty(fig, axes[0, 0])
    titles = {}
    if chi2 is not None and len(chi2):
        for _, row in chi2.iterrows():
            titles[row["score"]] = f"χ² {row['chi2']:.2f} (code {row['chi2 (code: empty bins count)']:.1f})"
    edges = np.linspace(0, 1, bins + 1)
    for ax, (name, (values, labels)) in zip(axes[0], scores.items(), strict=False):
        values, labels = np.asarray(values, dtype=float), np.asarray(labels)
        ax.hist(values[labels == 0], bins=edges, density=True, alpha=0.55, color="tab:blue", label="normal")
        ax.hist(values[labels == 1], bins=edges, density=True, alpha=0.55, color="tab:red", label="abnormal")
        ax.set_title(f"{name}\n{titles.get(name, '')}", fontsize=8)
        ax.set_xlabel("score (min-max)", fontsize=7)
        ax.tick_params(labelsize=6)
    axes[0, 0].legend(fontsize=6)
    fig.tight_layout()
    return fig


def dissolving_panels(effect: pd.DataFrame, title: str = "") -> Figure:
    """DIA Fig. 1 measured: lesion detail left after dissolving and the change inside vs outside the mask.

    Args:
        effect: :func:`medad_core.experiments.dia.dissolve_effect`'s frame (``t``, ``lesion_size``,
            ``lesion_retained``, ``change_inside``, ``change_outside``).
        title: figure title.

    Returns:
        The Figure: left, ``lesion_retained`` over t per lesion size; right, mean ``|D_t(x) - x|``
        inside and outside the lesion masks (all sizes pooled).
    """
    _check_frame(effect, "dissolving_panels")
    fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.2))
    fig.suptitle(title, fontsize=10)
    if effect.empty:
        _empty(fig, right)
        return _empty(fig, left)
    for size, part in effect.groupby("lesion_size"):
        part = part.sort_values("t")
        left.plot(part["t"], part["lesion_retained"], marker="o", label=f"lesion radius {size:g}")
    left.axhline(1.0, color="grey", lw=0.8, ls=":")
    left.set(xlabel="t", ylabel="lesion detail kept")
    left.legend(fontsize=7)
    pooled = effect.groupby("t")[["change_inside", "change_outside"]].mean()
    right.plot(pooled.index, pooled["change_inside"], marker="o", label="inside the lesion mask")
    right.plot(pooled.index, pooled["change_outside"], marker="s", label="outside")
    right.set(xlabel="t", ylabel="mean |D_t(x) - x|")
    right.legend(fontsize=7)
    fig.tight_layout()
    return fig


#: colour of each document in the dashboard figures (book order)
PAPER_COLOURS = ("tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple")


def reproduction_dashboard(summary: pd.DataFrame, title: str = "") -> Figure:
    """The landing page's figure: per reference table, the cells with ours and how far ours are.

    Args:
        summary: :func:`medad_core.experiments.ledger.reproduction_summary` (``paper``, ``table``,
            ``paper cells``, ``cells with ours``, ``diffs``, ``unit``).
        title: figure title.

    Returns:
        The Figure: left, the paper's cells per table (grey) and those with a number of ours (the
        document's colour); right, ours − paper in percentage points per table (box and points;
        tables in other units are left out).
    """
    _check_frame(summary, "reproduction_dashboard")
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 0.2 * max(len(summary), 8) + 1.0), sharey=True)
    fig.suptitle(title, fontsize=10)
    if summary.empty:
        _empty(fig, right)
        return _empty(fig, left)
    papers = list(dict.fromkeys(summary["paper"]))
    colour = {p: PAPER_COLOURS[i % len(PAPER_COLOURS)] for i, p in enumerate(papers)}
    y = np.arange(len(summary))[::-1]
    short = {"thesis_table": "thesis ", "_table": " table ", "_fig": " fig ", "_": "."}
    labels = []
    for table_id in summary["table"]:
        label = str(table_id)
        for long_name, name in short.items():
            label = label.replace(long_name, name)
        labels.append(label)
    left.barh(y, summary["paper cells"], color="lightgrey", label="paper cells")
    left.barh(y, summary["cells with ours"], color=[colour[p] for p in summary["paper"]], label="with ours")
    for yi, (n, k) in zip(y, zip(summary["paper cells"], summary["cells with ours"], strict=True), strict=True):
        left.text(n, yi, f" {k}/{n}", va="center", fontsize=6)
    left.set_yticks(y, labels, fontsize=7)
    left.set_xlabel("cells (paper grey, with a number of ours coloured)", fontsize=8)
    left.set_xscale("symlog", linthresh=10)
    left.tick_params(axis="x", labelsize=7)
    right.axvline(0.0, color="grey", lw=0.8)
    for yi, diffs, unit, paper in zip(y, summary["diffs"], summary["unit"], summary["paper"], strict=True):
        values = np.asarray(diffs if isinstance(diffs, (list, tuple, np.ndarray)) else [], dtype=float)
        if unit != "pts" or not len(values):
            continue
        if len(values) >= 5:
            right.boxplot(values, positions=[yi], vert=False, widths=0.6, showfliers=False, manage_ticks=False)
        right.scatter(values, np.full(len(values), yi), s=6, alpha=0.5, color=colour[paper])
    right.set_xlabel("ours − paper (percentage points)", fontsize=8)
    right.tick_params(axis="x", labelsize=7)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colour[p]) for p in papers]
    right.legend(handles, papers, fontsize=6, loc="lower right")
    fig.tight_layout()
    return fig


def claim_verdicts(counts: pd.DataFrame, title: str = "") -> Figure:
    """The claims ledger at a glance: per document, claims that hold, do not hold, are not tested (ours).

    Args:
        counts: :func:`medad_core.experiments.ledger.verdict_counts` (``paper`` and one column per verdict).
        title: figure title.

    Returns:
        The Figure: one stacked horizontal bar per document.
    """
    _check_frame(counts, "claim_verdicts")
    fig, ax = plt.subplots(figsize=(7, 0.45 * max(len(counts), 3) + 0.9))
    ax.set_title(title, fontsize=10)
    if counts.empty:
        return _empty(fig, ax)
    y = np.arange(len(counts))[::-1]
    start = np.zeros(len(counts))
    for verdict, colour in (("holds", "tab:green"), ("does not hold", "tab:red"), ("not tested", "lightgrey")):
        values = counts[verdict].to_numpy(dtype=float) if verdict in counts else np.zeros(len(counts))
        ax.barh(y, values, left=start, color=colour, label=verdict)
        start = start + values
    ax.set_yticks(y, counts["paper"], fontsize=8)
    ax.set_xlabel("claims (verdict on our numbers)", fontsize=8)
    ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    return fig
