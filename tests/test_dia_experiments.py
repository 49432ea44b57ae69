"""DIA's experiments module (grids, paper names, claims on hand-made rows) and its fine-grained phantoms."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import ndimage

from medad_core.api import MedadError
from medad_core.data.phantoms import fine, render
from medad_core.data.spec import get_spec
from medad_core.experiments import dia


def test_table1_runs_dia_and_csi_over_three_seeds_and_the_baselines_once_in_quick():
    configs = dia.grid("table1", "quick")
    seeds = {m: sorted({c.seed for c in configs if c.method == m}) for m in {c.method for c in configs}}
    assert seeds["dia"] == seeds["csi"] == [0, 1, 2]
    assert all(seeds[m] == [0] for m in ("mkd", "transformaly", "rd4ad", "uniad", "msc"))
    assert {c.dataset for c in configs} == {"pneumoniamnist"}
    paper = dia.grid("table1", "paper")
    assert {c.dataset for c in paper} == set(dia.DIA_DATASETS) and len({c.seed for c in paper}) == 3


def test_dataset_settings_of_the_paper_and_variant_parameters():
    kvasir = [c for c in dia.grid("table2", "paper") if c.dataset == "kvasir"]
    assert kvasir and all(c.params["t_range"] == [100, 200] for c in kvasir)  # Sec. 4.1
    assert {c.params.get("shift") for c in kvasir} == {"perm", None}
    uniad = [c for c in dia.grid("table1", "paper") if c.method == "uniad"]
    assert {c.params.get("image_size") for c in uniad if c.dataset == "breastmnist"} == {128}  # footnote
    assert {c.params.get("image_size") for c in uniad if c.dataset == "aptos"} == {None}
    # DIA's defaults are one cache key: Table 2's Rotate, Table 3's 32 px and Fig. 4's gamma = 1
    rotate = dia.grid("table2", "quick", rows=["DIA-Rotate"])
    assert rotate == dia.grid("table3", "quick", rows=["DIA (dissolve 32x32)"])
    assert {c.params.get("dissolve_size") for c in dia.grid("table3", "paper")} == {None, 64, 128}


def test_unknown_grids_and_rows_are_clear_errors():
    with pytest.raises(MedadError, match="unknown DIA grid 'nope'"):
        dia.grid("nope", "quick")
    with pytest.raises(MedadError, match="has no rows.*DIA-Perm"):
        dia.grid("table2", "quick", rows=["DIA-Jigsaw"])


def test_quick_note_says_what_runs_and_that_it_is_not_the_paper():
    _, _, note = dia.selection("table1", "quick")
    assert "PneumoniaMNIST" in note and "do not reproduce the paper" in note
    assert dia.selection("table1", "paper")[2] == ""


def _rows(values: dict[tuple[str, str], list[float]]) -> pd.DataFrame:
    out = []
    for (label, dataset), aurocs in values.items():
        for seed, auc in enumerate(aurocs):
            out.append({"label": label, "dataset": dataset, "seed": seed, "image_auroc": auc, "error": None})
    return pd.DataFrame(out)


def test_paper_frame_averages_seeds_under_the_papers_names():
    frame = dia.paper_frame(_rows({("DIA", "kvasir"): [0.6, 0.8, 0.7], ("CSI", "kvasir"): [0.5, 0.5]}), "table1")
    cell = frame[frame["method"] == "DIA"].iloc[0]
    assert cell["dataset"] == "Kvasir-Polyp" and cell["mean"] == pytest.approx(0.7)
    assert cell["std"] == pytest.approx(np.std([0.6, 0.8, 0.7], ddof=1))
    assert frame.loc[frame["method"] == "CSI", "note"].iloc[0] == "2 of 3 seeds"
    gamma = dia.paper_frame(_rows({("gamma=0.1", "kvasir"): [0.5]}), "fig4")
    assert gamma.iloc[0][["method", "subset"]].tolist() == ["DIA", "gamma=0.1"]


def _claim(key: str) -> dia.Claim:
    return next(c for c in dia.CLAIMS if c.key == key)


def test_dia_beats_csi_claim_on_hand_made_rows():
    check = _claim("DIA > CSI").check
    holds = dia.paper_frame(_rows({("DIA", "kvasir"): [0.8], ("CSI", "kvasir"): [0.6]}), "table1")
    verdict, numbers = check(holds)
    assert verdict == "holds" and "Kvasir-Polyp: 0.800 vs 0.600" in numbers
    mixed = dia.paper_frame(
        _rows({("DIA", "kvasir"): [0.8], ("CSI", "kvasir"): [0.6], ("DIA", "aptos"): [0.5], ("CSI", "aptos"): [0.7]}),
        "table1",
    )
    verdict, numbers = check(mixed)
    assert verdict == "does not hold" and numbers.startswith("1 of 2 datasets")
    assert check(dia.paper_frame(_rows({("DIA", "kvasir"): [0.8]}), "table1"))[0] == "not tested"


def test_claims_table_reads_the_papers_tables_and_marks_missing_grids_not_tested():
    table = dia.claims({}).set_index("claim")
    assert table.loc["DIA > CSI", "paper verdict"] == "holds" and "6 of 6" in table.loc["DIA > CSI", "paper numbers"]
    assert table.loc["Rotate > Perm", "paper verdict"] == "holds"
    assert table.loc["32 px dissolving suffices", "paper numbers"].startswith("32 px best on 3 of 4")
    assert table.loc["less DDPM data lowers AUROC", "paper verdict"] == "holds"
    assert (table["ours verdict"] == "not tested").all()


def test_dissolving_claim_needs_less_lesion_detail_as_t_grows_and_more_change_inside():
    frame = pd.DataFrame(
        {
            "lesion_size": 0.08,
            "t": [0, 30, 130],
            "lesion_retained": [1.0, 0.8, 0.4],
            "change_inside": [0.0, 0.05, 0.10],
            "change_outside": [0.0, 0.02, 0.04],
        }
    )
    assert _claim("dissolving removes lesion detail, more as t grows").check(frame)[0] == "holds"
    frame.loc[2, "lesion_retained"] = 0.9
    assert _claim("dissolving removes lesion detail, more as t grows").check(frame)[0] == "does not hold"


def test_cost_claim_on_the_papers_table4():
    verdict, numbers = _claim("cost grows with resolution").check(dia.paper_claim_frames()["table4"])
    assert verdict == "holds" and "2.33 G / 3.84 G / 9.90 G" in numbers


def test_dia_specs_use_the_fine_grained_phantoms():
    for name in dia.DIA_DATASETS:
        assert get_spec(name).phantom in fine.BASES, name


def test_fine_lesion_is_small_local_and_its_knobs_scale_it():
    rng = np.random.default_rng(4)
    image, mask, clean = fine.render_pair("fine_chest_xray", rng, 64, "opacity", severity=0.8, lesion_size=0.08)
    change = np.abs(image - clean)
    assert 0 < mask.mean() < 0.1 and change[mask].mean() > 0.1
    assert change[~_dilate(mask)].max() < 0.1 * change[mask].max()  # the soft edge fades within 3 px
    diffs, areas = [], []
    for severity, size in ((0.4, 0.05), (0.8, 0.1)):
        im, m, cl = fine.render_pair("fine_chest_xray", np.random.default_rng(5), 64, "opacity", severity, size)
        diffs.append(float(np.abs(im - cl)[m].mean()))
        areas.append(int(m.sum()))
    assert diffs[1] > 1.5 * diffs[0] and areas[1] > 2 * areas[0]
    # the registry's renderer: the same normal image as the pair's clean one for the same seed
    normal, empty = render("fine_chest_xray", np.random.default_rng(4), 64)
    assert np.array_equal(normal, clean) and not empty.any()


def _dilate(mask: np.ndarray) -> np.ndarray:
    return ndimage.binary_dilation(mask, iterations=3)
