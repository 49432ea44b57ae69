"""The claims ledger and the reproduction summary: verdicts, counts, and that reading fits nothing."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from medad_core import runner
from medad_core.api import MedadError
from medad_core.experiments import bmad, ledger
from medad_core.tables import list_reference_tables, reference_table


def _fits(results) -> int:
    log = results / "fits.log"
    return len(log.read_text().splitlines()) if log.is_file() else 0


def test_cache_only_reads_a_smoke_cache_and_fits_nothing(tmp_path, monkeypatch):
    """Empty cache: every run is "not in the cache"; after one fit the ledger reads it without another."""
    monkeypatch.setenv("MEDAD_RESULTS", str(tmp_path))
    empty = ledger.collect("smoke", papers=["bmad"])
    assert _fits(tmp_path) == 0 and not list(tmp_path.glob("runs/*.json"))
    assert empty.rows["bmad:tables"]["error"].str.contains("not in the results cache").all()
    claims = ledger.claims_ledger("smoke", collected=empty)
    assert claims["ours verdict"].tolist() == ["not tested"]
    assert claims["why not tested"].tolist() == ["not in the cache"]
    assert not runner.is_cache_only()  # the guard is lifted after the block

    rows, _ = bmad.run("tables", "smoke", progress=False)  # PaDiM on the brain phantoms: one fit
    before = _fits(tmp_path)
    assert before == 1
    got = ledger.collect("smoke", papers=["bmad"])
    assert _fits(tmp_path) == before
    summary = ledger.reproduction_summary("smoke", collected=got).set_index("table")
    brain = summary.loc["thesis_table3_8"]
    # image AUROC, pixel AUROC and PRO of PaDiM on BraTS2021, each against the thesis's cell
    assert brain["cells with ours"] == 3
    paper = reference_table("thesis_table3_8")
    paper_auroc = paper[(paper["method"] == "PaDiM") & (paper["metric"] == "image_auroc")]["mean"].item()
    assert any(np.isclose(d, 100 * (rows["image_auroc"].item() - paper_auroc), atol=0.01) for d in brain["diffs"])
    assert brain["weights"] == "random 1" and brain["data"] == "phantom 1"
    # a table the smoke profile does not produce counts no cell of ours
    assert summary.loc["thesis_table3_10", "cells with ours"] == 0
    assert summary.loc["dra_table2", "cells with ours"] == 0 and summary.loc["dra_table2", "weights"] == "-"


def _module_claims(verdicts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "claim": [f"c{i}" for i in range(len(verdicts))],
            "section": "Sec. 1",
            "sentence": "a sentence",
            "paper verdict": "holds",
            "paper numbers": "",
            "ours verdict": verdicts,
            "our numbers": [f"n{i}" for i in range(len(verdicts))],
        }
    )


def test_ledger_verdicts_and_reasons_on_hand_made_rows():
    got = ledger.Collected("quick")
    ran = pd.DataFrame(
        {
            "weights": ["random (pretrained unavailable offline)", "pretrained:resnet18"],
            "data_source": ["phantom", "phantom"],
            "error": [None, None],
        }
    )
    missing = pd.DataFrame(
        {"weights": [None], "data_source": [None], "error": ["NotCached: not in the results cache: x on y, seed 0"]}
    )
    needs_data = pd.DataFrame({"weights": [None], "data_source": [None], "error": [None], "status": ["needs data"]})
    got.rows.update({"p:ran": ran, "p:missing": missing, "p:data": needs_data})
    verdicts = ["holds", "does not hold", "cannot be tested with random weights", "not tested", "not tested"]
    sources = {"c0": "p:ran", "c1": "p:ran", "c2": "p:ran", "c3": "p:missing", "c4": "p:data"}
    ledger._add_claims(got, "clip", _module_claims(verdicts), sources)
    table = ledger.claims_ledger("quick", collected=got)
    assert list(table.columns) == ledger.LEDGER_COLUMNS
    assert table["ours verdict"].tolist() == ["holds", "does not hold", "not tested", "not tested", "not tested"]
    assert table["why not tested"].tolist() == ["", "", "needs weights", "not in the cache", "needs data"]
    assert table.loc[0, "weights"] == "random 1, pretrained 1" and table.loc[0, "data"] == "phantom 2"
    assert table.loc[2, "module verdict"] == "cannot be tested with random weights"
    counts = ledger.verdict_counts(table)
    assert counts[["holds", "does not hold", "not tested"]].values.tolist() == [[1, 1, 3]]


def _table2(dra: list[float], devnet: list[float], subset: str = "Color") -> pd.DataFrame:
    cells = [("Carpet", subset, "hard_10shot"), ("Metal_nut", subset, "hard_10shot")]
    rows = [
        {"dataset": d, "subset": s, "setting": st, "method": m, "metric": "image_auroc", "mean": v}
        for (d, s, st), a, b in zip(cells, dra, devnet, strict=True)
        for m, v in (("DRA", a), ("DevNet", b))
    ]
    return pd.DataFrame(rows)


def test_dra_hard_setting_claim_holds_fails_and_is_untested():
    check = ledger.DRA_CLAIMS[0].check
    assert check(_table2([0.9, 0.8], [0.7, 0.75]))[0] == "holds"
    verdict, numbers = check(_table2([0.6, 0.7], [0.7, 0.75]))
    assert verdict == "does not hold" and "0 of 2 cells" in numbers
    assert check(_table2([0.9, 0.8], [0.7, 0.75]).query("method == 'DRA'"))[0] == "not tested"
    # the paper's own Table 2 supports it (its dataset means)
    assert check(reference_table("dra_table2"))[0] == "holds"


def test_summary_counts_hand_made_cells_and_tables_without_ours():
    paper = reference_table("thesis_table3_8").dropna(subset=["mean"])
    mine = paper.head(2).assign(mean=lambda f: f["mean"] + 0.05)
    got = ledger.Collected("quick", frames={"thesis_table3_8": mine, "dia_table1": paper.head(3)})
    summary = ledger.reproduction_summary("quick", collected=got).set_index("table")
    assert sorted(summary.index) == sorted(list_reference_tables())
    row = summary.loc["thesis_table3_8"]
    assert row["paper cells"] == len(paper) and row["cells with ours"] == 2
    assert row["median diff"] == pytest.approx(5.0) and row["iqr diff"] == pytest.approx(0.0)
    # a frame whose cells are not the table's (another paper's names) and a table with no frame: 0
    assert summary.loc["dia_table1", "cells with ours"] == 0
    assert summary.loc["ddad_table3", "cells with ours"] == 0 and np.isnan(summary.loc["ddad_table3", "median diff"])
    text = ledger.dashboard_markdown(
        ledger.dashboard_table(summary.reset_index()),
        pd.DataFrame({"paper": ["DRA"], "holds": [1], "does not hold": [0], "not tested": [2]}),
        "quick",
        {},
    )
    assert "do not reproduce the papers" in text and "{doc}`BMAD (thesis Ch. 3) </book/bmad>`" in text
    assert "2 of " in text and "+5.0 (0.0)" in text


def test_unknown_paper_is_refused():
    with pytest.raises(MedadError, match="unknown paper"):
        ledger.collect("smoke", papers=["nope"])


def test_a_cache_only_read_is_reused_until_the_results_folder_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDAD_RESULTS", str(tmp_path))
    first = ledger.collect("smoke", papers=["bmad"])
    assert not first.errors and list((tmp_path / "collected").glob("smoke-*.pkl"))
    data = tmp_path / "data"
    data.mkdir()
    assert not ledger.collect("smoke", str(data), papers=["bmad"]).errors

    def broken(*args, **kwargs):
        raise RuntimeError("read again")

    monkeypatch.setitem(ledger._COLLECTORS, "bmad", broken)
    again = ledger.collect("smoke", papers=["bmad"])  # nothing changed: the kept read, no module called
    assert not again.errors and again.claims == first.claims
    assert ledger.collect("smoke", papers=["bmad"], reuse=False).errors == {"bmad": "RuntimeError: read again"}
    assert "bmad" in ledger.collect("smoke", papers=["bmad"], seeds=[1]).errors  # other arguments: another key
    assert not ledger.collect("smoke", str(data), papers=["bmad"]).errors
    (data / "BraTS2021").mkdir()  # a dataset added to the data root: read afresh
    assert "bmad" in ledger.collect("smoke", str(data), papers=["bmad"]).errors
    (tmp_path / "runs").mkdir(exist_ok=True)
    (tmp_path / "runs" / "new.json").write_text("{}")  # a run lands in the cache: read afresh
    changed = ledger.collect("smoke", papers=["bmad"])
    assert changed.errors == {"bmad": "RuntimeError: read again"}
    # a failed read is not kept: the next one reads again
    assert ledger.collect("smoke", papers=["bmad"]).errors == {"bmad": "RuntimeError: read again"}
