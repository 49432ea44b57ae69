"""The transcribed paper tables load, hold the cells the papers print, and render beside ours."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from medad_core import tables
from medad_core.api import MedadError

KEYS = ["dataset", "subset", "method", "setting", "metric"]


def cell(table_id, **where):
    df = tables.reference_table(table_id)
    for key, value in where.items():
        df = df[df[key] == value]
    assert len(df) == 1, f"{table_id} {where}: {len(df)} rows"
    row = df.iloc[0]
    return row["mean"], row["std"]


@pytest.mark.parametrize("table_id", tables.list_reference_tables())
def test_every_table_loads_and_is_well_formed(table_id):
    df = tables.reference_table(table_id)
    assert list(df.columns) == tables.LONG_COLUMNS
    assert len(df) > 0 and (df["table"] == table_id).all()
    assert table_id in tables.TABLES, "add the table's print style to tables.TABLES"
    scores = df[~df["metric"].isin(["params_millions", "macs_giga"])]
    values = scores["mean"].dropna()
    assert ((values >= 0) & (values <= 1)).all(), "means are stored as fractions"
    assert (scores["std"].dropna() < 0.5).all()
    assert not df.duplicated(KEYS).any(), df[df.duplicated(KEYS, keep=False)]
    missing = df[df["mean"].isna()]
    assert (missing["note"] != "").all(), "a cell without a value must say why in its note"


@pytest.mark.parametrize(
    "table_id, where, expected",
    [
        ("dra_table1", dict(dataset="BrainMRI", method="DRA", setting="general_10shot"), (0.970, 0.003)),
        ("dra_table1", dict(dataset="MVTec AD", subset="mean", method="DRA", setting="general_10shot"), (0.959, 0.003)),
        ("dra_table1", dict(dataset="Hyper-Kvasir", method="SAOE", setting="general_1shot"), (0.498, 0.100)),
        (
            "dra_table1",
            dict(dataset="MVTec AD", subset="Screw", method="DevNet", setting="general_1shot"),
            (0.399, 0.187),
        ),
        ("dra_table2", dict(dataset="Carpet", subset="Color", method="DRA", setting="hard_10shot"), (0.886, 0.042)),
        ("dra_table2", dict(dataset="Mastcam", subset="mean", method="SAOE", setting="hard_1shot"), (0.689, 0.037)),
        (
            "dra_table2",
            dict(dataset="Hyper-Kvasir", subset="mean", method="SAOE", setting="hard_1shot"),
            (0.406, 0.018),
        ),
        ("dra_table3", dict(dataset="BrainMRI", method="DRA3An", setting="general_10shot"), (0.886, 0.030)),
        ("dra_table3", dict(dataset="ELPV", subset="Poly", method="DRA2A", setting="hard_10shot"), (0.823, 0.016)),
        ("dra_table4", dict(dataset="Hyper-Kvasir", subset="mean", method="LAG"), (0.844, 0.009)),
        ("dra_table4", dict(dataset="Hyper-Kvasir", subset="mean", method="MVTec AD"), (0.833, 0.023)),
        ("dra_table4", dict(dataset="AITEX", subset="Weft_crack", method="LAG"), (0.480, 0.140)),
        ("dia_table1", dict(dataset="PneumoniaMNIST", method="DIA"), (0.903, 0.01)),
        ("dia_table1", dict(dataset="Retinal-OCT", method="RD4AD"), (0.996, 0.0)),
        ("dia_table2", dict(dataset="Retinal-OCT", method="DIA-Perm"), (0.890, 0.02)),
        ("dia_table3", dict(dataset="APTOS-2019", method="DIA (dissolve 64x64)"), (0.937, 0.0)),
        ("thesis_table3_7", dict(method="CFA", metric="pro"), (0.9275, 0.0021)),
        ("thesis_table3_8", dict(method="PatchCore", metric="image_auroc"), (0.9165, 0.0036)),
        ("thesis_table3_9", dict(method="UTRAD", metric="pro"), (0.7749, 0.0430)),
        ("thesis_table3_10", dict(dataset="Camelyon16", method="MKD"), (0.7754, 0.0027)),
        ("thesis_table3_10", dict(dataset="OCT2017", method="MKD"), (0.9674, 0.0026)),
        ("thesis_table3_11", dict(dataset="RESC", method="PatchCore"), (0.5704, 0.0021)),
        ("thesis_table4_1", dict(method="Ours (ViT, with DA)", metric="image_auroc"), (0.9274, 0.0084)),
        ("thesis_table4_2", dict(method="Ours (ViT, with DA)", metric="pro"), (0.6960, 0.0174)),
        ("thesis_table4_3", dict(method="WinCLIP", metric="pro"), (0.7438, 0.0042)),
        ("thesis_table4_4", dict(dataset="RSNA", method="Ours (ResNet-18, with DA)"), (0.7454, 0.0111)),
    ],
)
def test_transcribed_cells(table_id, where, expected):
    if table_id not in tables.list_reference_tables():
        pytest.skip(f"{table_id} not transcribed")
    mean, std = cell(table_id, **where)
    assert mean == pytest.approx(expected[0], abs=1e-9)
    assert std == pytest.approx(expected[1], abs=1e-9)


def test_na_cells_are_kept_with_a_note():
    df = tables.reference_table("thesis", "3.8")
    row = df[(df["method"] == "f-AnoGAN") & (df["metric"] == "pixel_auroc")].iloc[0]
    assert math.isnan(row["mean"]) and "NA" in row["note"]


def test_dra_tables_agree_with_each_other():
    """DRA's full-model numbers appear in several tables; the transcriptions must agree."""
    t1 = tables.reference_table("dra_table1")
    t3 = tables.reference_table("dra_table3")
    general = t3[(t3["setting"] == "general_10shot") & (t3["method"] == "DRA")]
    for _, row in general.iterrows():
        same = t1[
            (t1["dataset"] == row["dataset"])
            & (t1["subset"] == row["subset"])
            & (t1["method"] == "DRA")
            & (t1["setting"] == "general_10shot")
        ]
        assert same["mean"].item() == row["mean"], row["dataset"]
    t2 = tables.reference_table("dra_table2")
    t4 = tables.reference_table("dra_table4")
    dra_hard = t2[(t2["method"] == "DRA") & (t2["setting"] == "hard_10shot")].set_index(["dataset", "subset"])["mean"]
    # DRA's main results use CutMix pseudo anomalies, except Hyper-Kvasir where they match the LAG column
    source = np.where(t4["dataset"] == "Hyper-Kvasir", "LAG", "CutMix")
    main = t4[t4["method"] == source].set_index(["dataset", "subset"])["mean"]
    assert len(main) == 21
    assert np.allclose(main, dra_hard.loc[main.index])


def test_ddad_cells():
    if "ddad_table2" not in tables.list_reference_tables():
        pytest.skip("DDAD Table 2 not transcribed")
    df = tables.reference_table("ddad_table2")
    row = df[(df["dataset"] == "RSNA") & (df["method"] == "DDAD (AE-U) R_dual") & (df["metric"] == "image_auroc")]
    assert row["mean"].item() == pytest.approx(0.913)


def test_reference_table_errors():
    with pytest.raises(MedadError, match="no reference table"):
        tables.reference_table("dra_table99")


def test_side_by_side_marks_best_and_keeps_missing_rows():
    ref = tables.reference_table("thesis_table3_8")
    ours = pd.DataFrame(
        [
            dict(dataset="BraTS2021", method="PatchCore", metric="image_auroc", mean=0.90, std=0.01),
            dict(dataset="BraTS2021", method="PaDiM", metric="image_auroc", mean=0.93, std=0.02),
            dict(dataset="BraTS2021", method="CFA", metric="image_auroc", mean=np.nan, std=np.nan, status="needs data"),
        ]
    )
    text, bold = tables.side_by_side(
        ref, ours, index=["method"], columns=["dataset", "metric"], metric="image_auroc", as_frame=True
    )
    assert len(text) == 15  # every method of the paper stays, run or not
    assert text.loc["PatchCore", ("BraTS2021", "image_auroc", "paper")] == "91.65 ± 0.36"
    assert text.loc["PatchCore", ("BraTS2021", "image_auroc", "ours")] == "90.00 ± 1.00"
    assert text.loc["PatchCore", ("BraTS2021", "image_auroc", "Δ")] == "-1.65"
    assert text.loc["CFA", ("BraTS2021", "image_auroc", "ours")] == "needs data"
    assert text.loc["DRAEM", ("BraTS2021", "image_auroc", "ours")] == "not run"
    # the paper's best image AUROC is PatchCore 91.65; ours is PaDiM
    assert bold.loc["PatchCore", ("BraTS2021", "image_auroc", "paper")]
    assert bold[("BraTS2021", "image_auroc", "paper")].sum() == 1
    assert bold.loc["PaDiM", ("BraTS2021", "image_auroc", "ours")]
    styler = tables.side_by_side(ref, ours, index=["method"], columns=["dataset", "metric"], metric="image_auroc")
    html = styler.to_html()
    assert "font-weight: bold" in html and "needs data" in html


def test_side_by_side_rejects_ambiguous_keys():
    with pytest.raises(MedadError, match="identify one reference cell"):
        tables.side_by_side(tables.reference_table("thesis_table3_8"), None, index=["method"], columns=["dataset"])


def test_ddad_tables_agree_except_the_noted_cell():
    t2 = tables.reference_table("ddad_table2")
    t3 = tables.reference_table("ddad_table3")
    assert cell("ddad_table2", dataset="LAG", method="DDAD (AE-U) R_intra", metric="image_ap")[0] == pytest.approx(0.84)
    assert cell("ddad_table3", dataset="Brain MRI", method="DDAD (AE) A_intra")[0] == pytest.approx(0.559)
    auc = t2[t2["metric"] == "image_auroc"].replace(
        {"method": {"AE": "Rec. (AE)", "MemAE": "Rec. (MemAE)", "AE-U": "Rec. (AE-U)"}}
    )
    both = auc.merge(t3, on=["dataset", "method", "metric"], suffixes=("_t2", "_t3"))
    assert len(both) == 45  # 3 baselines + 6 DDAD rows, 5 datasets
    differ = both[both["mean_t2"] != both["mean_t3"]]
    assert differ[["dataset", "method"]].values.tolist() == [["CXAD", "DDAD (MemAE) R_dual"]]
    assert "64.5" in differ["note_t2"].item()


def test_thesis_copy_suspects_are_flagged():
    """Cells whose mean and std repeat another cell exactly are flagged in their note."""
    t43 = tables.reference_table("thesis_table4_3")
    ddpm = t43[t43["method"] == "DDPM"]
    assert ddpm["note"].str.contains("thesis_table4_1 CLIP").all()


def test_dra_appendix_tables_repeat_the_main_numbers():
    def dra(table_id, setting, method="DRA"):
        df = tables.reference_table(table_id)
        df = df[(df["method"] == method) & (df["setting"] == setting)]
        return df.set_index(["dataset", "subset"])[["mean", "std"]]

    t7, t1 = dra("dra_table7", "general_10shot"), dra("dra_table1", "general_10shot")
    assert len(t7) == 24 and t7.equals(t1.loc[t7.index])
    t8, t2 = dra("dra_table8", "hard_10shot"), dra("dra_table2", "hard_10shot")
    assert len(t8) == 36 and t8.equals(t2.loc[t8.index])
    kdad9 = dra("dra_table9", "unsupervised", "KDAD")["mean"]
    kdad1 = dra("dra_table1", "unsupervised", "KDAD")["mean"]
    assert np.allclose(kdad9, kdad1.loc[kdad9.index])
    assert cell("dra_table9", subset="Grid", method="DRA (source Carpet)")[0] == pytest.approx(0.983)
    assert cell("dra_table8", dataset="Metal_nut", subset="Flip", method="MINNS")[0] == pytest.approx(1.0)


def test_side_by_side_rejects_unaggregated_results():
    ours = pd.DataFrame([dict(dataset="BraTS2021", method="CFA", metric="pro", mean=0.8, std=0.0)] * 2)
    with pytest.raises(MedadError, match="several rows per cell"):
        tables.side_by_side(
            tables.reference_table("thesis_table3_8"), ours, index=["method"], columns=["dataset", "metric"]
        )


def _tiny_reference():
    rows = [
        dict(dataset="A", method="M1", setting="s1", mean=0.80, std=np.nan, note=""),
        dict(dataset="A", method="M2", setting="s1", mean=0.90, std=np.nan, note=""),
        dict(dataset="A", method="M3", setting="s2", mean=0.70, std=np.nan, note=""),
        dict(dataset="B", method="M1", setting="s1", mean=np.nan, std=np.nan, note="illegible in the PDF"),
        dict(dataset="B", method="M2", setting="s1", mean=0.60, std=np.nan, note=""),
        dict(dataset="B", method="M3", setting="s2", mean=0.50, std=np.nan, note=""),
    ]
    return pd.DataFrame(rows).assign(paper="p", table="t", subset="", metric="image_auroc")


def test_align_keeps_reference_order_and_appends_ours_only_cells():
    keys = ["dataset", "method"]
    ref = tables._prepare_reference(_tiny_reference(), keys)
    ours = pd.DataFrame(
        [
            dict(dataset="Z", method="M9", mean=0.1, std=0.0),  # not in the paper: goes last
            dict(dataset="B", method="M2", mean=0.65, std=0.01, status=""),
            dict(dataset="A", method="M1", mean=np.nan, std=np.nan, status="needs data"),
        ]
    )
    merged = tables._align(ref, tables._prepare_reproduced(ours, keys), keys)
    assert merged[keys].values.tolist() == [
        ["A", "M1"],
        ["A", "M2"],
        ["A", "M3"],
        ["B", "M1"],
        ["B", "M2"],
        ["B", "M3"],
        ["Z", "M9"],
    ]
    assert merged.loc[4, "ours_mean"] == pytest.approx(0.65)
    assert merged.loc[0, "status"] == "needs data" and merged.loc[1, "status"] == ""
    assert np.isnan(merged.loc[6, "paper_mean"])


def test_cell_texts_say_why_a_value_is_missing():
    keys = ["dataset", "method"]
    ref = tables._prepare_reference(_tiny_reference(), keys)
    ours = pd.DataFrame(
        [
            dict(dataset="A", method="M1", mean=0.85, std=0.01, status=""),
            dict(dataset="A", method="M2", mean=np.nan, std=np.nan, status="needs data"),
        ]
    )
    cells = tables._cell_texts(tables._align(ref, tables._prepare_reproduced(ours, keys), keys), "fraction", "skipped")
    by_cell = cells.set_index(keys)
    assert by_cell.loc[("A", "M1"), "paper"] == "0.800" and by_cell.loc[("A", "M1"), "ours"] == "0.850±0.010"
    assert by_cell.loc[("A", "M1"), "Δ"] == "+0.050"
    assert by_cell.loc[("A", "M2"), "ours"] == "needs data" and by_cell.loc[("A", "M2"), "Δ"] == ""
    assert by_cell.loc[("A", "M3"), "ours"] == "skipped"  # neither a value nor a status: missing_label
    assert by_cell.loc[("B", "M1"), "paper"] == "NA"  # no value, but the note says why


def test_column_groups_rank_columns_sharing_the_group_keys():
    col_order = [("s1", "M1"), ("s1", "M2"), ("s2", "M3"), ("s2", "M4")]
    assert tables._column_groups(col_order, ["setting", "method"], ["setting"]) == [(0, 1), (2, 3)]
    assert tables._column_groups(col_order, ["setting", "method"], []) is None


def test_side_by_side_best_per_row_within_groups_and_lower_is_better():
    ref = _tiny_reference()
    text, bold = tables.side_by_side(
        ref, None, index=["dataset"], columns=["setting", "method"], best="row", best_group=["setting"], as_frame=True
    )
    assert list(text.columns.get_level_values(-1)[:3]) == ["paper", "ours", "Δ"]
    assert bold.loc["A", ("s1", "M2", "paper")] and not bold.loc["A", ("s1", "M1", "paper")]
    assert not bold[("s2", "M3", "paper")].any()  # alone in its group: not ranked
    assert bold.loc["B", ("s1", "M2", "paper")]  # M1 has no value in B
    assert text.loc["A", ("s1", "M1", "ours")] == "not run"
    _, low = tables.side_by_side(
        ref, None, index=["dataset"], columns=["method"], best="column", higher_is_better=False, as_frame=True
    )
    assert low.loc["B", ("M2", "paper")] and not low.loc["A", ("M2", "paper")]
    assert not low.xs("ours", axis=1, level=-1).to_numpy().any()  # nothing of ours to rank


def test_figure_tables_repeat_their_main_tables():
    """DDAD Fig. 5's AR-0.6 numbers are Table 3's; DIA Fig. 4's gamma = 1 PneumoniaMNIST cell is Table 1's."""
    fig5 = tables.reference_table("ddad_fig5")
    at_06 = fig5[fig5["subset"] == "0.6"]
    assert len(at_06) == 2
    for _, row in at_06.iterrows():
        assert cell("ddad_table3", dataset="RSNA", method=row["method"])[0] == pytest.approx(row["mean"])
    assert (
        cell("ddad_fig5", subset="any", method="Rec. (AE)")[0]
        == cell("ddad_table3", dataset="RSNA", method="Rec. (AE)")[0]
    )
    gamma1 = cell("dia_fig4", dataset="PneumoniaMNIST", subset="gamma=1")[0]
    assert gamma1 == cell("dia_table1", dataset="PneumoniaMNIST", method="DIA")[0]
    assert (
        cell("dia_fig4", dataset="Kvasir-Polyp", subset="gamma=1")[0]
        != cell("dia_table1", dataset="Kvasir-Polyp", method="DIA")[0]
    )
