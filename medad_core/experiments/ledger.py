"""Across the five documents: the claims ledger and how much of each paper's tables we reproduce.

Two frames summarise the book (issue 18, items 1-2), both built from the paper modules' own public
functions (their grids, "ours in the paper's names" frames and claim checks), never from typed numbers:

:func:`claims_ledger`
    one row per qualitative claim of every paper (the :class:`~medad_core.experiments.claims.Claim`
    each module declares: ``ddad.CLAIMS``, ``dia.CLAIMS``, ``clip.CLAIMS``, BMAD's family claim
    :data:`BMAD_CLAIMS` and DRA's hard-setting claims :data:`DRA_CLAIMS`), each checked by
    :func:`~medad_core.experiments.claims.claims_table` on the paper's printed numbers and on
    ours: ``holds`` / ``does not hold`` / ``not tested`` with the reason (needs data, needs weights,
    not in the cache, not run in this profile), the numbers behind our verdict, the profile and the
    weights and data kinds of the rows behind it.
:func:`reproduction_summary`
    one row per reference table (:func:`medad_core.tables.list_reference_tables`): the paper's cells,
    how many have a number of ours, and the distribution of ours minus the paper's.

Both read the results cache only: :func:`medad_core.runner.cache_only` makes every run a cache look-up (a
run that is not cached is recorded as failed with "not in the results cache", never fitted, and no DDPM is trained), so
the landing dashboard and the ledger page of a built book fit nothing. ``compute=True`` lets missing
runs be computed instead (the modules' ordinary behaviour).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from medad_core.api import MedadError
from medad_core.experiments import bmad
from medad_core.experiments.claims import (
    CLAIM_COLUMNS,
    PAPERS,
    VERDICTS,
    Claim,
    all_claims,
    claims_table,
    normalise_verdict,
)
from medad_core.runner import NotCached, cache_only, results_dir, unique_temp_path
from medad_core.tables import TABLES, list_reference_tables, reference_table

__all__ = [
    "PAPERS",
    "CHAPTERS",
    "DRA_CLAIMS",
    "BMAD_CLAIMS",
    "LEDGER_COLUMNS",
    "SUMMARY_COLUMNS",
    "Collected",
    "collect",
    "claims_ledger",
    "reproduction_cells",
    "reproduction_summary",
    "verdict_counts",
    "PROFILE_NOTES",
    "dashboard_table",
    "dashboard_markdown",
    "styled_ledger",
]

#: each document's chapter page (Sphinx docnames from the book root)
CHAPTERS = {"bmad": "book/bmad", "dra": "book/dra", "ddad": "book/ddad", "dia": "book/dia", "clip": "book/clip"}
#: reference-table id prefix -> document
_PAPER_OF_TABLE = {"thesis_table3": "bmad", "thesis_table4": "clip", "dra": "dra", "ddad": "ddad", "dia": "dia"}
#: the long frames' cell keys a paper cell and ours are matched on
_KEYS = ["dataset", "subset", "method", "setting", "metric"]

#: the ledger's columns: a claims table's (verdicts normalised to holds / does not hold / not tested), then
#: why ours is not tested, the chapter's own wording of our verdict and the rows behind it
LEDGER_COLUMNS = [*CLAIM_COLUMNS, "why not tested", "module verdict", "profile", "weights", "data"]
SUMMARY_COLUMNS = [
    "paper",
    "table",
    "title",
    "paper cells",
    "cells with ours",
    "median diff",
    "q1 diff",
    "q3 diff",
    "iqr diff",
    "diffs",
    "unit",
    "profile",
    "weights",
    "data",
]


# -- DRA's and BMAD's claims (dra.py and bmad.py declare none: their chapters show tables) ----------
def _hard_beats(better: str, worse: str) -> Callable[[pd.DataFrame], tuple[str, str]]:
    """``better`` has the larger AUROC than ``worse`` on most hard-setting cells where both have one.

    Cells are (dataset, subset, setting) of Table 2; the paper's dataset-level ``mean`` rows are used
    where a frame has them (the sentence is about the dataset means), else every subset.
    """

    def check(frame: pd.DataFrame) -> tuple[str, str]:
        if frame is None or not len(frame):
            return "not tested", "no rows"
        part = frame[(frame["metric"] == "image_auroc") & frame["setting"].astype(str).str.startswith("hard")]
        part = part.dropna(subset=["mean"])
        kdad = frame[(frame["metric"] == "image_auroc") & (frame["method"] == "KDAD")].dropna(subset=["mean"])
        if worse == "KDAD":
            # KDAD is unsupervised: one number per subset, compared with every shot count
            part = part[part["method"] == better].merge(
                kdad[["dataset", "subset", "mean"]], on=["dataset", "subset"], suffixes=("", "_worse")
            )
            table = part.set_index(["dataset", "subset", "setting"])[["mean", "mean_worse"]]
            table.columns = [better, worse]
        else:
            table = part[part["method"].isin([better, worse])].pivot_table(
                index=["dataset", "subset", "setting"], columns="method", values="mean", aggfunc="mean"
            )
        if better not in table or worse not in table:
            return "not tested", f"no cell with both {better} and {worse}"
        table = table[[better, worse]].dropna()
        subsets = table.index.get_level_values("subset").astype(str)
        if (subsets == "mean").any():
            table = table[subsets == "mean"]
        if not len(table):
            return "not tested", f"no cell with both {better} and {worse}"
        wins = table[better] > table[worse]
        gap = table[better] - table[worse]
        verdict = "holds" if wins.sum() > len(table) / 2 else "does not hold"
        margin = f"median margin {100 * gap.median():+.1f} pts"
        return verdict, f"{better} > {worse} in {int(wins.sum())} of {len(table)} cells; {margin}"

    return check


#: DRA's hard-setting claims (Sec. 4.4, Table 2): generalisation to unseen anomaly classes; ``table2``
#: is a long frame of Table 2 (ours: ``dra.table_runs("table2", ...)``'s frame)
DRA_CLAIMS = (
    Claim(
        "DRA > DevNet (unseen classes)",
        "dra",
        "our method is the best performer on most of the individual data subsets ... This shows substantially "
        "better generalizability of our model in detecting unseen anomaly classes than the other supervised "
        "detectors (checked: DRA above DevNet on most hard-setting cells, dataset means where present)",
        "Sec. 4.4, Table 2",
        "table2",
        "dra_hard",
        _hard_beats("DRA", "DevNet"),
    ),
    Claim(
        "DRA > KDAD (unseen classes)",
        "dra",
        "By contrast, our model has significantly improved generalizability and largely outperforms KDAD even "
        "under the one-shot scenarios",
        "Sec. 4.4, Table 2",
        "table2",
        "dra_hard",
        _hard_beats("DRA", "KDAD"),
    ),
)


def _family_check(frame: pd.DataFrame) -> tuple[str, str]:
    """Feature-based above reconstruction-based (family mean image AUROC) on every dataset with both."""
    family = bmad.family_claim(frame)
    tested = family[family["holds (ours)"] != "not tested"]
    if not len(tested):
        return "not tested", "no dataset with both families"
    numbers = "; ".join(
        f"{r['dataset']} {100 * r['feature (ours)']:.1f} vs {100 * r['reconstruction (ours)']:.1f}"
        f"{'' if r['holds (ours)'] == 'yes' else ' (no)'}"
        for _, r in tested.iterrows()
    )
    held = int((tested["holds (ours)"] == "yes").sum())
    verdict = "holds" if held == len(tested) else "does not hold"
    return verdict, f"feature vs reconstruction mean image AUROC, {held} of {len(tested)} datasets: {numbers}"


#: BMAD's family claim (thesis Sec. 3.5) on ``tables``, a long frame in the thesis's names
#: (ours: ``bmad.paper_frame``; the thesis's: Tables 3.7-3.10 together)
BMAD_CLAIMS = (
    Claim(
        "feature > reconstruction",
        "bmad",
        bmad.FAMILY_CLAIM,
        "Sec. 3.5, Tables 3.7-3.10",
        "tables",
        "bmad_tables",
        _family_check,
    ),
)


def _bmad_paper_frames() -> dict[str, pd.DataFrame]:
    tables = dict.fromkeys(bmad.TABLE_OF_DATASET.values())
    return {"tables": pd.concat([reference_table(t) for t in tables], ignore_index=True)}


def _dra_paper_frames() -> dict[str, pd.DataFrame]:
    return {"table2": reference_table("dra_table2")}


def _paper_frames(paper: str) -> dict[str, pd.DataFrame]:
    """The paper's printed frames its claims read, per claim source."""
    from medad_core.experiments import clip, ddad, dia  # noqa: PLC0415

    readers = {
        "bmad": _bmad_paper_frames,
        "dra": _dra_paper_frames,
        "ddad": ddad.paper_claim_frames,
        "dia": dia.paper_claim_frames,
        "clip": clip.paper_claim_frames,
    }
    return readers[paper]()


#: per paper: claim source -> the rows (a key of :attr:`Collected.rows`) whose weights and data it reads
_ROWS_OF_SOURCE = {
    "bmad": {"tables": "bmad:tables"},
    "dra": {"table2": "dra:table2"},
    "ddad": {"table3": "ddad:tables", "fig5": "ddad:fig5", "fig6": "ddad:tables"},
    "dia": {g: f"dia:{g}" for g in ("table1", "table2", "table3", "fig4", "blur")},
    "clip": {"tables": "clip:tables", "ch3": "clip:tables"} | {g: f"clip:{g}" for g in ("tokens", "modules", "layers")},
}


# -- collecting every paper's cached rows and frames ----------------------------------------------
@dataclass
class Collected:
    """What the paper modules give for one profile: claims, our frames per table, rows behind them.

    Attributes:
        profile: the profile read.
        claims: claim rows (:data:`~medad_core.experiments.claims.CLAIM_COLUMNS`, the verdicts
            normalised, plus ``module verdict``, the chapter's own wording of ours).
        frames: reference-table id -> our long frame in the paper's names (absent: not produced).
        rows: source name (``"bmad:tables"``) -> the runner rows behind it.
        claim_rows: (paper name, claim key) -> the key of :attr:`rows` behind the claim ("" none).
        errors: paper -> the error that stopped its collection (its claims then read "not tested").
    """

    profile: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    rows: dict[str, pd.DataFrame] = field(default_factory=dict)
    claim_rows: dict[tuple[str, str], str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _add_claims(out: Collected, paper: str, table: pd.DataFrame, sources: dict[str, str] | None = None) -> None:
    """Append a chapter's claims table (:data:`~medad_core.experiments.claims.CLAIM_COLUMNS`).

    Args:
        out: the collection.
        paper: the document (a key of :data:`PAPERS`).
        table: :func:`~medad_core.experiments.claims.claims_table` rows of that paper.
        sources: claim key -> the rows behind it (default: from each declared claim's ``source``).
    """
    if sources is None:
        of_source = _ROWS_OF_SOURCE.get(paper, {})
        sources = {c.key: of_source.get(c.source, "") for c in all_claims() if c.paper == paper}
    for record in table.to_dict("records"):
        key = str(record["claim"])
        row = {column: record.get(column, "") for column in CLAIM_COLUMNS}
        row["paper"] = PAPERS[paper]
        row["paper verdict"] = normalise_verdict(record.get("paper verdict"))
        row["ours verdict"] = normalise_verdict(record.get("ours verdict"))
        row["module verdict"] = str(record.get("ours verdict", ""))
        out.claims.append(row)
        out.claim_rows[(PAPERS[paper], key)] = sources.get(key, "")


def _bmad(out: Collected, profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None) -> None:
    chosen = bmad.seeds_for(profile, seeds)
    rows, _ = bmad.run("tables", profile, data_root, device, chosen, progress=False)
    ours = bmad.paper_frame(rows, chosen) if len(rows) else None
    out.rows["bmad:tables"] = rows
    for table in ("thesis_table3_7", "thesis_table3_8", "thesis_table3_9", "thesis_table3_10", "thesis_table3_11"):
        if ours is not None:
            out.frames[table] = ours
    _add_claims(out, "bmad", claims_table(BMAD_CLAIMS, {"tables": ours}, _bmad_paper_frames()))


def _dra(out: Collected, profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None) -> None:
    from medad_core.experiments import dra  # noqa: PLC0415

    chosen = dra.seeds_for(profile, seeds)
    for grid, table, setting in (
        ("table1", "dra_table1", None),
        ("table2", "dra_table2", None),
        ("table3", "dra_table3", None),
        ("table4", "dra_table4", "hard_10shot"),
    ):
        rows, _, ours = dra.table_runs(grid, table, profile, data_root, device, chosen, setting)
        out.rows[f"dra:{grid}"] = rows
        out.frames[table] = ours
        if grid in ("table1", "table2"):
            appendix = "dra_table7" if grid == "table1" else "dra_table8"
            wanted = "general_10shot" if grid == "table1" else "hard_10shot"
            out.frames[appendix] = dra.appendix_frame(ours, appendix, wanted, profile, data_root)[1]
    rows9 = dra.run("table9", profile, data_root, device, chosen)
    out.rows["dra:table9"] = rows9
    out.frames["dra_table9"] = dra.crossdomain_frame(rows9, profile, chosen)
    frames = {"table2": out.frames["dra_table2"]}
    _add_claims(out, "dra", claims_table(DRA_CLAIMS, frames, _dra_paper_frames()))


def _ddad(out: Collected, profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None) -> None:
    from medad_core.experiments import ddad  # noqa: PLC0415

    chosen = ddad.seeds_for(profile, seeds)
    rows = ddad.run("tables", profile, data_root, device, chosen)
    rows5 = ddad.run("fig5", profile, data_root, device, chosen)
    out.rows["ddad:tables"], out.rows["ddad:fig5"] = rows, rows5
    table3 = ddad.paper_frame(rows, chosen)
    fig5 = ddad.fig5_frame(rows5, chosen)
    fig6 = ddad.chi2_frame(ddad.histogram_scores(profile, chosen)) if len(rows) else None
    out.frames.update({"ddad_table2": table3, "ddad_table3": table3, "ddad_fig5": fig5})
    _add_claims(out, "ddad", ddad.claims_table(table3=table3, fig5=fig5, fig6=fig6))


def _dia(out: Collected, profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None) -> None:
    from medad_core.experiments import dia  # noqa: PLC0415

    ours: dict[str, pd.DataFrame] = {}
    for name in ("table1", "table2", "table3", "fig4", "blur"):
        rows, _ = dia.run(name, profile, data_root, device, seeds, progress=False)
        out.rows[f"dia:{name}"] = rows
        ours[name] = dia.paper_frame(rows, name)
        if name in dia.TABLE_OF_GRID:
            out.frames[dia.TABLE_OF_GRID[name]] = ours[name]
    ours["table4"] = dia.cost_table(profile)
    out.frames["dia_table4"] = ours["table4"]
    try:
        ours["fig1"] = dia.dissolve_effect("pneumoniamnist", profile, device=device)[0]
    except NotCached:
        pass  # the claim reads "not tested": the DDPM of the DIA chapter is not cached
    _add_claims(out, "dia", dia.claims(ours))


def _clip(out: Collected, profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None) -> None:
    from medad_core.experiments import clip  # noqa: PLC0415

    chosen = clip.seeds_for(profile, seeds)
    runs = clip.run("tables", profile, data_root, device, chosen)
    out.rows["clip:tables"] = runs
    ours = clip.paper_frame(runs, chosen)
    for table in ("thesis_table4_1", "thesis_table4_2", "thesis_table4_3", "thesis_table4_4"):
        out.frames[table] = ours
    bmad_runs, _ = clip.bmad_rows(profile, data_root, device)
    ch3 = bmad.paper_frame(bmad_runs, bmad.seeds_for(profile)) if len(bmad_runs) else None
    grids = {name: clip.run(name, profile, data_root, device, chosen) for name in ("tokens", "modules", "layers")}
    for name, rows in grids.items():
        out.rows[f"clip:{name}"] = rows
    frames = {name: clip.ablation_frame(rows) for name, rows in grids.items() if len(rows)}
    ablation_rows = pd.concat([g for g in grids.values() if len(g)], ignore_index=True) if frames else None
    _add_claims(out, "clip", clip.claims(ours, runs, ch3, ablations=frames, ablation_rows=ablation_rows))


_COLLECTORS: dict[str, Callable[..., None]] = {"bmad": _bmad, "dra": _dra, "ddad": _ddad, "dia": _dia, "clip": _clip}


def _fallback_claims(out: Collected, paper: str) -> None:
    """A paper whose collection failed: its claims not yet listed, on the paper's numbers only."""
    known = {(c["paper"], c["claim"]) for c in out.claims}
    fresh = [c for c in all_claims() if c.paper == paper and (PAPERS[paper], c.key) not in known]
    try:
        references = _paper_frames(paper)
    except Exception:  # noqa: BLE001 - the error is already recorded for the paper
        references = {}
    _add_claims(out, paper, claims_table(fresh, {}, references), {})


def collect(
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    *,
    papers: Sequence[str] | None = None,
    compute: bool = False,
    reuse: bool = True,
) -> Collected:
    """Every paper's claims, our frames per reference table and the rows behind them.

    The summary pages (dashboard, ledger) each run in their own kernel, so a cache-only read is kept
    on disk (``<results>/collected/``) and reused while nothing it reads changed: the key holds the
    arguments, the ``MEDAD_*`` environment, the size and modification time of every file of the
    results folder (but the leases, the fit log and the phantom renders) and of ``medad_core``'s
    source, and the two top levels of ``data_root`` (which datasets it holds). A read that changed
    the folder while it ran, or in which a paper failed, is not kept.

    Args:
        profile: smoke, quick or paper (the book's).
        data_root: the real datasets' folder (None: phantoms), as the chapters were run.
        device: as the chapters were run (part of each run's cache key).
        seeds: as the chapters were run (None: each module's default seeds).
        papers: a subset of :data:`PAPERS` (default all five).
        compute: False (default): read the cache only (:func:`medad_core.runner.cache_only`); True: compute
            missing runs (never reused).
        reuse: reuse (and keep) the on-disk read of a cache-only collection; False reads afresh.

    Returns:
        The :class:`Collected` frames; a paper whose module raised is listed in ``errors``.
    """
    chosen = list(papers) if papers is not None else list(PAPERS)
    unknown = [p for p in chosen if p not in PAPERS]
    if unknown:
        raise MedadError(f"unknown paper(s) {', '.join(unknown)}; expected some of {', '.join(PAPERS)}")
    if compute or not reuse:
        return _collect(profile, data_root, device, seeds, chosen, compute)
    root = results_dir()
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("MEDAD_") and k != "MEDAD_PROGRESS")
    arguments = repr((profile, data_root, device, None if seeds is None else list(seeds), chosen, env))
    path = root / _MEMO_DIR / f"{profile}-{hashlib.sha256(arguments.encode()).hexdigest()[:16]}.pkl"
    before = _read_state(root, data_root)
    stored = _load_memo(path)
    if stored is not None and stored[0] == before:
        return stored[1]
    out = _collect(profile, data_root, device, seeds, chosen, compute)
    if not out.errors and _read_state(root, data_root) == before:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = unique_temp_path(path)
        tmp.write_bytes(pickle.dumps((before, out)))
        os.replace(tmp, path)
    return out


def _collect(
    profile: str, data_root: str | None, device: str, seeds: Sequence[int] | None, chosen: list[str], compute: bool
) -> Collected:
    out = Collected(profile)
    guard = contextlib.nullcontext() if compute else cache_only()
    with guard:
        for paper in chosen:
            try:
                _COLLECTORS[paper](out, profile, data_root, device, seeds)
            except Exception as err:  # noqa: BLE001 - one paper's failure must not hide the others
                out.errors[paper] = f"{type(err).__name__}: {err}"
                _fallback_claims(out, paper)
    return out


#: the results folder's entries a collection does not read: run leases, the fit log, the phantom
#: renders (made from the code, which the state covers) and the kept reads themselves
_MEMO_DIR = "collected"
_UNREAD = frozenset({"leases", "fits.log", "phantoms", _MEMO_DIR})


def _read_state(root: Path, data_root: str | None = None) -> str:
    """A digest of what a cache-only collection reads.

    The results folder's files, medad_core's source and which datasets ``data_root`` holds (its two top
    levels: a dataset added changes the grids).
    """
    digest = hashlib.sha256()
    if data_root is not None:
        base = Path(data_root).expanduser()
        for entry in sorted([base, *base.glob("*"), *base.glob("*/*")]) if base.is_dir() else []:
            with contextlib.suppress(OSError):
                digest.update(f"{entry}\0{entry.stat().st_mtime_ns}\n".encode())
    package = Path(__file__).resolve().parents[1]
    for base, skip in ((root, _UNREAD), (package, frozenset())):
        for folder, dirs, files in os.walk(base):
            here = Path(folder)
            top = here == base
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not (top and d in skip))
            for name in sorted(files):
                if (top and name in skip) or name.startswith("."):
                    continue  # hidden: a writer's temporary file
                try:
                    stat = (here / name).stat()
                except FileNotFoundError:
                    continue  # removed while walking (a pruned or replaced file)
                digest.update(f"{here.relative_to(base) / name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        digest.update(b"--\n")
    return digest.hexdigest()


def _load_memo(path: Path) -> tuple[str, Collected] | None:
    """A kept read (state, collection), or None when absent or unreadable (then read afresh)."""
    try:
        state, got = pickle.loads(path.read_bytes())  # noqa: S301 - written by collect() into the user's own cache
    except Exception:  # noqa: BLE001 - a truncated or stale-format file is only a miss
        return None
    return (state, got) if isinstance(got, Collected) else None


# -- weights / data kinds of rows -----------------------------------------------------------------
def _kind(value: Any) -> str:
    text = str(value)
    for kind in ("phantom-clip", "random", "pretrained", "file"):
        if kind in text:
            return kind
    return text.split(":")[0].split(" ")[0] or "-"


def _kinds(rows: pd.DataFrame | None, column: str) -> str:
    """``random 12, pretrained 3``: the kinds of ``column`` among the rows that ran."""
    if rows is None or not len(rows) or column not in rows:
        return "-"
    ran = rows[rows["error"].isna()] if "error" in rows else rows
    values = ran[column].dropna()
    if not len(values):
        return "-"
    counts = values.map(_kind).value_counts()
    return ", ".join(f"{kind} {n}" for kind, n in counts.items())


def _behind(got: Collected, source: str | None) -> dict[str, str]:
    """The profile and the weights / data kinds of the rows ``got.rows[source]`` ("-" without rows)."""
    rows = got.rows.get(source) if source else None
    return {"profile": got.profile, "weights": _kinds(rows, "weights"), "data": _kinds(rows, "data_source")}


def _why_not(rows: pd.DataFrame | None, module_verdict: str) -> str:
    """Why a claim of ours is not tested: weights, data, the cache, or the profile's grid."""
    text = module_verdict.lower()
    if "weights" in text:
        return "needs weights"
    if rows is not None and len(rows):
        errors = rows["error"].dropna().astype(str) if "error" in rows else pd.Series(dtype=str)
        if errors.str.contains("not in the results cache").any():
            return "not in the cache"
        if "status" in rows and (rows["status"].fillna("") == "needs data").any():
            ran = rows["error"].isna() & (rows["status"].fillna("") == "") if "error" in rows else rows["status"] == ""
            if not ran.any():
                return "needs data"
    return "needs data" if rows is not None and not len(rows) else "not run in this profile"


def claims_ledger(
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    *,
    papers: Sequence[str] | None = None,
    compute: bool = False,
    collected: Collected | None = None,
) -> pd.DataFrame:
    """One row per claim of every paper, checked on the paper's numbers and on our cached rows.

    Args:
        profile: the book's profile.
        data_root: the real datasets' folder (None: phantoms).
        device: the chapters' device.
        seeds: the chapters' seeds (None: defaults).
        papers: a subset of :data:`PAPERS`.
        compute: compute missing runs (default: cache only, nothing is fitted).
        collected: a :func:`collect` result to reuse (the other arguments are then ignored).

    Returns:
        :data:`LEDGER_COLUMNS`: ``paper verdict`` / ``ours verdict`` are ``holds``, ``does not hold`` or
        ``not tested``; ``why not tested`` says why (needs data, needs weights, not in the cache, not run in
        this profile); ``module verdict`` is the paper module's own wording; ``weights`` / ``data`` the
        kinds of the rows behind our verdict.
    """
    got = collected or collect(profile, data_root, device, seeds, papers=papers, compute=compute)
    records = []
    for claim in got.claims:
        source = got.claim_rows.get((claim["paper"], claim["claim"]), "")
        rows = got.rows.get(source) if source else None
        record = dict(claim) | _behind(got, source)
        untested = claim["ours verdict"] == "not tested"
        record["why not tested"] = _why_not(rows, claim["module verdict"]) if untested else ""
        paper_key = next(k for k, v in PAPERS.items() if v == claim["paper"])
        if paper_key in got.errors and untested:
            record["why not tested"] = f"error: {got.errors[paper_key]}"
        records.append(record)
    return pd.DataFrame(records, columns=LEDGER_COLUMNS)


def verdict_counts(ledger: pd.DataFrame) -> pd.DataFrame:
    """Per paper: how many claims hold, do not hold, are not tested (ours), in book order."""
    counts = pd.crosstab(ledger["paper"], ledger["ours verdict"]).reindex(columns=list(VERDICTS))
    counts = counts.fillna(0).astype(int)
    order = [p for p in PAPERS.values() if p in counts.index]
    return counts.loc[order].reset_index()


# -- ours against the paper's numbers, per reference table ----------------------------------------
def _paper_of(table_id: str) -> str:
    for prefix, paper in _PAPER_OF_TABLE.items():
        if table_id.startswith(prefix):
            return paper
    return table_id.split("_")[0]


def _book_order(table_id: str) -> tuple[int, int, tuple[int, ...]]:
    """Sort key: the documents in book order, tables before figures, numbers numerically (3.7 < 3.10)."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", table_id))
    return list(PAPERS).index(_paper_of(table_id)), int("fig" in table_id), numbers


#: reference-table id prefix -> the rows (a key of :attr:`Collected.rows`) behind our frame of it
_ROWS_OF_TABLE = {
    "thesis_table3": "bmad:tables",
    "thesis_table4": "clip:tables",
    "ddad_fig5": "ddad:fig5",
    "ddad": "ddad:tables",
    "dia_table1": "dia:table1",
    "dia_table2": "dia:table2",
    "dia_table3": "dia:table3",
    "dia_fig4": "dia:fig4",
    "dra_table7": "dra:table1",  # the appendix tables are drawn from Tables 1 and 2's runs
    "dra_table8": "dra:table2",
}


def _rows_of_table(table_id: str) -> str | None:
    """The rows behind our frame of ``table_id`` (DRA's: the grid of the same number)."""
    source = next((s for prefix, s in _ROWS_OF_TABLE.items() if table_id.startswith(prefix)), None)
    if source is None and table_id.startswith("dra_"):
        source = "dra:" + table_id.removeprefix("dra_")
    return source


def _keyed(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for key in _KEYS:
        out[key] = out[key].fillna("").astype(str) if key in out else ""
    return out


def reproduction_cells(table_id: str, ours: pd.DataFrame | None) -> pd.DataFrame:
    """The paper cells of one reference table with our number beside each (NaN where we have none).

    Args:
        table_id: a reference table (:func:`medad_core.tables.list_reference_tables`).
        ours: our long frame in the paper's names (``dataset, subset, method, setting, metric, mean``);
            None or empty: no cell of ours.

    Returns:
        One row per paper cell with a number: the keys, ``paper``, ``ours``, ``diff`` (ours − paper).
    """
    ref = _keyed(reference_table(table_id)).dropna(subset=["mean"])
    ref = ref[_KEYS + ["mean"]].rename(columns={"mean": "paper"})
    if ours is None or not len(ours) or "mean" not in ours:
        return ref.assign(ours=np.nan, diff=np.nan)
    mine = _keyed(ours).dropna(subset=["mean"])[_KEYS + ["mean"]].drop_duplicates(_KEYS)
    cells = ref.merge(mine.rename(columns={"mean": "ours"}), on=_KEYS, how="left")
    cells["diff"] = cells["ours"] - cells["paper"]
    return cells


def reproduction_summary(
    profile: str,
    data_root: str | None = None,
    device: str = "cpu",
    seeds: Sequence[int] | None = None,
    *,
    papers: Sequence[str] | None = None,
    compute: bool = False,
    collected: Collected | None = None,
) -> pd.DataFrame:
    """For every reference table: the paper's cells, how many have ours, and how far ours are.

    A table no module produces in this profile counts 0 cells of ours (not an error).

    Args:
        profile: the book's profile.
        data_root: the real datasets' folder (None: phantoms).
        device: the chapters' device.
        seeds: the chapters' seeds.
        papers: a subset of :data:`PAPERS` (tables of the others count 0 cells of ours).
        compute: compute missing runs (default: cache only).
        collected: a :func:`collect` result to reuse.

    Returns:
        :data:`SUMMARY_COLUMNS`, one row per table in book order: the
        difference ours − paper as median, quartiles and IQR (``unit`` ``pts`` = percentage points
        for AUROC-like fractions, else the paper's unit), ``diffs`` the list for a figure, and the
        weights / data kinds of the rows behind the table.
    """
    got = collected or collect(profile, data_root, device, seeds, papers=papers, compute=compute)
    records = []
    for table_id in sorted(list_reference_tables(), key=_book_order):
        cells = reproduction_cells(table_id, got.frames.get(table_id))
        paper = _paper_of(table_id)
        fraction = TABLES.get(table_id, {}).get("style", "fraction") != "number"
        scale = 100.0 if fraction else 1.0
        diffs = (cells["diff"].dropna() * scale).round(2)
        q1, med, q3 = diffs.quantile([0.25, 0.5, 0.75]).tolist() if len(diffs) else [np.nan] * 3
        records.append(
            {
                "paper": PAPERS.get(paper, paper),
                "table": table_id,
                "title": TABLES.get(table_id, {}).get("title", table_id),
                "paper cells": len(cells),
                "cells with ours": int(cells["ours"].notna().sum()),
                "median diff": med,
                "q1 diff": q1,
                "q3 diff": q3,
                "iqr diff": q3 - q1 if len(diffs) else np.nan,
                "diffs": diffs.tolist(),
                "unit": "pts" if fraction else "paper units",
                **_behind(got, _rows_of_table(table_id)),
            }
        )
    return pd.DataFrame(records, columns=SUMMARY_COLUMNS)


# -- what the pages show ----------------------------------------------------------------------------
#: the sentence every page of a profile states about its numbers
PROFILE_NOTES = {
    "smoke": "**Smoke profile**: tiny phantoms and a few steps; the numbers only show that the pipeline runs.",
    "quick": "**Quick profile**: these numbers demonstrate the pipeline on phantoms; they do not reproduce the papers.",
    "paper": "**Paper profile**: the papers' settings on the real datasets.",
}


def _fmt_pts(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:+.1f}"


def dashboard_table(summary: pd.DataFrame) -> pd.DataFrame:
    """The landing page's table: one row per reference table, the chapter linked (MyST ``{doc}`` roles).

    Args:
        summary: :func:`reproduction_summary`.

    Returns:
        ``document``, ``table``, ``cells with ours`` (``k of n``), ``ours − paper: median (IQR)``,
        ``weights``, ``data``.
    """
    chapter_of = {name: CHAPTERS[key] for key, name in PAPERS.items()}
    rows = []
    for _, r in summary.iterrows():
        doc = chapter_of.get(r["paper"])
        spread = (f"{_fmt_pts(r['median diff'])} ({abs(r['iqr diff']):.1f})" if r["cells with ours"] else "–") + (
            "" if r["unit"] == "pts" or not r["cells with ours"] else " paper units"
        )
        rows.append(
            {
                "document": f"{{doc}}`{r['paper']} </{doc}>`" if doc else r["paper"],
                "table": str(r["title"]).split(":")[0],
                "cells with ours": f"{r['cells with ours']} of {r['paper cells']}",
                "ours − paper: median (IQR)": spread,
                "weights": r["weights"],
                "data": r["data"],
            }
        )
    return pd.DataFrame(rows)


def dashboard_markdown(table: pd.DataFrame, counts: pd.DataFrame, profile: str, errors: dict[str, str]) -> str:
    """The MyST the landing page includes under its figure: the profile note, the table, the claims line.

    Args:
        table: :func:`dashboard_table`.
        counts: :func:`verdict_counts` of the ledger.
        profile: the book's profile.
        errors: :attr:`Collected.errors` (named when a document could not be read).

    Returns:
        Markdown text.
    """
    cells = "; ".join(
        f"{r['paper']} {r['holds']} hold, {r['does not hold']} do not, {r['not tested']} not tested"
        for _, r in counts.iterrows()
    )
    parts = [
        PROFILE_NOTES.get(profile, f"Profile **{profile}**."),
        f"Ours minus the paper's in percentage points; weights and data count the runs behind each table "
        f"(profile **{profile}**).",
        table.to_markdown(index=False),
        f"**Claims** ({{doc}}`the ledger </book/generated/claims>`): {cells}.",
    ]
    if errors:
        parts.append("**Not read:** " + "; ".join(f"{p}: {e}" for p, e in errors.items()))
    return "\n\n".join(parts) + "\n"


_VERDICT_COLOURS = {"holds": "#d4edda", "does not hold": "#f8d7da", "not tested": "#eeeeee"}


def styled_ledger(ledger: pd.DataFrame):
    """The ledger rows of a page as a Styler: verdicts coloured, the bookkeeping columns folded in.

    Args:
        ledger: rows of :func:`claims_ledger`.

    Returns:
        A Styler with ``claim``, ``section``, ``sentence``, ``paper verdict``, ``paper numbers``, ``ours
        verdict`` (with why not tested), ``our numbers`` and ``rows behind`` (page, profile, weights,
        data).
    """
    shown = pd.DataFrame(
        {
            "claim": ledger["claim"],
            "section": ledger["section"],
            "sentence": ledger["sentence"],
            "paper verdict": ledger["paper verdict"],
            "paper numbers": ledger["paper numbers"],
            "ours verdict": [
                f"{v} ({why})" if why else v
                for v, why in zip(ledger["ours verdict"], ledger["why not tested"], strict=True)
            ],
            "our numbers": ledger["our numbers"],
            "rows behind": [
                f"{page}; {p}; weights {w}; data {d}"
                for page, p, w, d in zip(
                    ledger["page"], ledger["profile"], ledger["weights"], ledger["data"], strict=True
                )
            ],
        }
    )

    def colour(value: str) -> str:
        verdict = next((k for k in _VERDICT_COLOURS if str(value).startswith(k)), None)
        return f"background-color: {_VERDICT_COLOURS[verdict]}" if verdict else ""

    return shown.style.map(colour, subset=["paper verdict", "ours verdict"]).hide(axis="index")
