"""One claim type for the five documents: a paper's sentence as data, checked on the paper's numbers and ours.

Every qualitative claim the book tests (issue 18, item 2) is a :class:`Claim`: the paper's words, where
they stand, which frame its check reads (``source``), which notebook page produces that frame
(``page``, a stem of ``notebooks/``) and the check itself, ``frame -> (verdict, numbers)`` with the
verdict ``holds`` / ``does not hold`` / ``not tested``. The claims are declared beside the frames they
read (``ddad.CLAIMS``, ``dia.CLAIMS``, ``clip.CLAIMS``, ``ledger.DRA_CLAIMS``, ``ledger.BMAD_CLAIMS``);
:func:`all_claims` gathers them.

:func:`claims_table` runs any list of claims on one mapping of frames (ours) and one of the paper's,
with the one set of columns :data:`CLAIM_COLUMNS` that every chapter table and the ledger share.
:func:`claims_intro` is what a page shows at its top (issue 18, item 4): the sentences it tests, each
with a pointer to its verdict on the ledger page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from medad_core.api import MedadError

__all__ = [
    "PAPERS",
    "CLAIM_COLUMNS",
    "VERDICTS",
    "Claim",
    "all_claims",
    "page_claims",
    "PAPER_CLAIMS_PAGES",
    "LEDGER_LABELS",
    "claims_table",
    "claims_intro",
    "normalise_verdict",
]

#: the five documents in book order: (key, the paper's short name)
PAPERS = {"bmad": "BMAD (thesis Ch. 3)", "dra": "DRA", "ddad": "DDAD-ASR", "dia": "DIA", "clip": "CLIP (thesis Ch. 4)"}

#: the columns of every claims table (a chapter's and the ledger's first columns)
CLAIM_COLUMNS = [
    "paper",
    "claim",
    "section",
    "sentence",
    "page",
    "paper verdict",
    "paper numbers",
    "ours verdict",
    "our numbers",
]

#: the three verdicts a check returns (a chapter may qualify ours, e.g. "holds (phantom-clip, phantoms)")
VERDICTS = ("holds", "does not hold", "not tested")

#: the checkout's notebook sources (a claim's ``page`` is one of their stems; absent in an installed wheel)
NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"

#: the pages that check every claim of one paper (beside the pages whose numbers the claims read)
PAPER_CLAIMS_PAGES = {"dia_claims": "dia"}

#: the ledger page's label of each paper's section (``notebooks/claims.py``): where a verdict stands
LEDGER_LABELS = {paper: f"ledger-{paper}" for paper in PAPERS}

#: a claim sentence's trailing gloss of how medad reads it: "(checked: ...)", "(read as ...)"
_READING = re.compile(r"\s\(((?:checked|read)\b.*)\)\s*$")

#: the numbers text of a claim whose frame is absent
NOT_RUN = "not run"
NOT_PRINTED = "the paper prints no numbers for it"


@dataclass(frozen=True)
class Claim:
    """A sentence of a paper and the check that tests it on a long result frame.

    Attributes:
        key: a short name, unique within the paper (``"r_dual_gt_r_intra"``).
        paper: the document, a key of :data:`PAPERS`.
        sentence: the paper's words (a bracketed ``checked: ...`` says how a vague sentence is read).
        section: where they stand (``"Sec. 4.4.1, Fig. 5"``).
        source: the frame the check reads, a key of the ``frames`` given to :func:`claims_table`
            (``"table3"``, ``"fig5"``, ...).
        page: the notebook stem (``notebooks/<page>.py``) whose numbers the claim checks.
        check: ``frame -> (verdict, numbers)``, verdict one of :data:`VERDICTS`.
        needs_weights: the rows compared need pretrained weights (random weights make the claim
            untestable; the chapter's table says so).
        labels: the row labels the check compares (their weights decide testability; empty: all).
    """

    key: str
    paper: str
    sentence: str
    section: str
    source: str
    page: str
    check: Callable[[pd.DataFrame], tuple[str, str]]
    needs_weights: bool = False
    labels: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise MedadError(f"claim {self.key!r}: paper {self.paper!r} unknown; expected one of {', '.join(PAPERS)}")


def all_claims() -> list[Claim]:
    """Every declared claim of the five documents, in book order.

    Returns:
        The claims of ``ledger.BMAD_CLAIMS``, ``ledger.DRA_CLAIMS``, ``ddad.CLAIMS``, ``dia.CLAIMS`` and
        ``clip.CLAIMS``.
    """
    # imported here: the paper modules import this one for :class:`Claim`
    from medad_core.experiments import clip, ddad, dia, ledger  # noqa: PLC0415

    return [*ledger.BMAD_CLAIMS, *ledger.DRA_CLAIMS, *ddad.CLAIMS, *dia.CLAIMS, *clip.CLAIMS]


def page_claims(page: str) -> list[Claim]:
    """The claims the notebook ``page`` tests: those whose numbers it produces (a paper's claims page: all).

    Args:
        page: a notebook stem (``"dra_hard"``, ``"ddad_tables"``; ``"dia_claims"`` checks every DIA claim).

    Returns:
        Its claims in declaration order (empty for a page that tests none).

    Raises:
        MedadError: ``page`` is not a notebook of the checkout's ``notebooks/``.
    """
    if NOTEBOOKS.is_dir() and not (NOTEBOOKS / f"{page}.py").is_file():
        stems = sorted(p.stem for p in NOTEBOOKS.glob("*.py"))
        raise MedadError(f"no notebook page {page!r}; expected a stem of notebooks/: {', '.join(stems)}")
    paper = PAPER_CLAIMS_PAGES.get(page)
    return [c for c in all_claims() if c.page == page or c.paper == paper]


def _checked(claim: Claim, frame: pd.DataFrame | None, absent: str) -> tuple[str, str]:
    if frame is None or not len(frame):
        return "not tested", absent
    return claim.check(frame)


def claims_table(
    claims: Sequence[Claim],
    frames: Mapping[str, pd.DataFrame | None],
    reference_frames: Mapping[str, pd.DataFrame | None] | None = None,
) -> pd.DataFrame:
    """Each claim checked on the paper's frame and on ours: one row per claim, :data:`CLAIM_COLUMNS`.

    The same ``check`` reads both frames, so a claim that does not hold on the paper's own numbers says
    so too. A frame that is absent or empty gives ``not tested`` (ours: "not run"; the paper's: it
    prints none, e.g. a figure without numbers).

    Args:
        claims: the claims (any papers).
        frames: ``source -> our long frame`` (absent or None: not run).
        reference_frames: ``source -> the paper's long frame`` (absent: the paper prints no numbers
            for that source).

    Returns:
        :data:`CLAIM_COLUMNS`; ``paper`` is the document's short name (:data:`PAPERS`).
    """
    reference_frames = reference_frames or {}
    rows = []
    for claim in claims:
        paper_verdict, paper_numbers = _checked(claim, reference_frames.get(claim.source), NOT_PRINTED)
        ours_verdict, our_numbers = _checked(claim, frames.get(claim.source), NOT_RUN)
        rows.append(
            {
                "paper": PAPERS[claim.paper],
                "claim": claim.key,
                "section": claim.section,
                "sentence": claim.sentence,
                "page": claim.page,
                "paper verdict": paper_verdict,
                "paper numbers": paper_numbers,
                "ours verdict": ours_verdict,
                "our numbers": our_numbers,
            }
        )
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def normalise_verdict(verdict: object) -> str:
    """One of :data:`VERDICTS` for a chapter's verdict text ("holds (phantom-clip, phantoms)" -> "holds").

    Args:
        verdict: a verdict as a chapter's table words it.

    Returns:
        ``holds``, ``does not hold`` or ``not tested`` (anything else, e.g. "cannot be tested with
        random weights").
    """
    text = str(verdict or "").strip().lower()
    if text.startswith("holds"):
        return "holds"
    if text.startswith("does not hold"):
        return "does not hold"
    return "not tested"


def _escaped(text: str) -> str:
    """The sentence safe inside ``*...*``: emphasis markers and role/brace characters escaped."""
    for char in ("\\", "*", "`", "{", "}", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def _split_reading(sentence: str) -> tuple[str, str]:
    """The paper's words and medad's trailing ``(checked: ...)`` / ``(read ...)`` gloss of them."""
    match = _READING.search(sentence)
    if match is None:
        return sentence, ""
    return sentence[: match.start()].rstrip(), match.group(1)


def _no_claims():
    """An empty ``Markdown`` that displays nothing (a plain empty one still shows its text/plain repr)."""
    from IPython.display import Markdown  # noqa: PLC0415 - only pages need IPython

    class NoClaims(Markdown):
        def _ipython_display_(self) -> None:
            """Display nothing: IPython calls this instead of rendering any representation."""

    return NoClaims("")


def claims_intro(page: str):
    """The claims a page tests, as block quotes for the top of the page (a ``remove-input`` cell).

    One line per claim, in the paper's words: ``> *sentence* (Sec. 4.4.1; verdict: {ref}`ledger-ddad`)``
    (medad's reading of a vague sentence, its ``(checked: ...)``, leads the bracket),
    the reference pointing at the paper's section of the ledger page (``notebooks/claims.py``,
    :data:`LEDGER_LABELS`), where the verdicts on the paper's numbers and on ours stand.

    Args:
        page: the notebook stem (``"dra_hard"``).

    Returns:
        An IPython ``Markdown`` object; empty (renders nothing) for a page without declared claims.
    """
    from IPython.display import Markdown  # noqa: PLC0415 - only pages need IPython

    claims = page_claims(page)
    if not claims:
        return _no_claims()
    papers = ", ".join(dict.fromkeys(PAPERS[c.paper] for c in claims))
    lines = [f"**The {'claim' if len(claims) == 1 else 'claims'} of {papers} this page tests:**"]
    for c in claims:
        # the paper's words in italics; medad's reading of a vague sentence ("(checked: ...)") after them
        words, reading = _split_reading(c.sentence)
        notes = [_escaped(reading)] if reading else []
        notes += [c.section, f"verdict: {{ref}}`ledger <{LEDGER_LABELS[c.paper]}>`"]
        lines.append(f"> *{_escaped(words)}* ({'; '.join(notes)})")
    return Markdown("\n\n".join(lines) + "\n")
