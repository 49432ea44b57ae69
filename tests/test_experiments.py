"""The experiments layer: grids per profile, paper names, honest summary rows and seed notes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from medad_core.api import MedadError
from medad_core.data import get_spec
from medad_core.experiments import bmad, dra
from medad_core.experiments.common import paper_table, provenance, summarise, summary_rows
from medad_core.tables import reference_table


def _mvtec_root(tmp_path, classes=("carpet", "leather")):
    for name in classes:
        (tmp_path / "MVTec" / name / "train" / "good").mkdir(parents=True)
    return str(tmp_path)


@pytest.mark.parametrize("profile", ["smoke", "quick"])
def test_offline_dra_grids_use_phantoms_of_the_medical_datasets(profile):
    for name in dra.grid_names():
        configs = dra.grid(name, profile)
        assert configs, f"{name} has no runnable cell in {profile}"
        assert {c.dataset for c in configs} <= {"brainmri", "headct", "hyperkvasir", "endoscopy_kinds"}
        assert all(c.data_root is None and c.setting == "open_set" for c in configs)
        assert all(c.seed in dra.seeds_for(profile, None, name) for c in configs)
        # 224 / 448 px belong to the paper profile; the CPU profiles stay below (quick: dra.QUICK_SCHEDULE)
        assert all(c.params.get("image_size", 0) < 224 for c in configs)


def test_paper_profile_reads_real_folders_at_the_papers_image_size(tmp_path):
    root = _mvtec_root(tmp_path)
    (tmp_path / get_spec("brainmri").folder).mkdir()
    (tmp_path / get_spec("lag").folder).mkdir()  # the medical cells' external pseudo anomalies (Sec. 4.1)
    configs = dra.grid("table1", "paper", data_root=root)
    by_dataset = {}
    for c in configs:
        by_dataset.setdefault((c.dataset, c.data_root), set()).add((c.method, c.params.get("image_size")))
    carpet = {
        size for (ds, where), cells in by_dataset.items() if where and where.endswith("carpet") for m, size in cells
    }
    assert carpet == {448, None}  # DRA and the supervised baselines at 448; KDAD (mkd) at its own size
    brain = {size for (ds, where), cells in by_dataset.items() if ds == "brainmri" for m, size in cells}
    assert brain == {224, None}
    assert {c.seed for c in configs} == {0, 1, 2}
    # HeadCT, Hyper-Kvasir and the other classes are absent: never a phantom in the paper profile
    assert {ds for ds, _ in by_dataset} == {"folder", "brainmri"}


def test_paper_profile_without_data_is_needs_data_not_a_crash(tmp_path):
    assert dra.grid("table2", "paper", data_root=str(tmp_path)) == []
    rows = dra.run("table2", "paper", data_root=str(tmp_path))
    assert len(rows) and set(rows["status"]) == {"needs data"}


def test_hard_subsets_map_to_real_class_folders():
    proto = dra.protocol_for("Carpet", "hard_10shot", "Metal", profile="paper")
    assert proto.seen_class == "metal_contamination" and proto.dra_setting == "hard" and proto.n_anomalies == 10
    assert dra.protocol_for("Metal_nut", "hard_1shot", "Flip", profile="paper").seen_class == "flip"
    kvasir = dra.hard_classes("dra_table2")["Hyper-Kvasir"]
    seen = {dra.protocol_for("Hyper-Kvasir", "hard_10shot", s).seen_class for s in kvasir}
    assert seen == set(get_spec("hyperkvasir").anomaly_classes)
    assert "mean" not in kvasir and len(kvasir) == 4


def test_general_protocols_follow_the_paper():
    assert dra.protocol_for("BrainMRI", "general_10shot").outlier_dataset == "lag"  # Sec. 4.1, medical
    assert dra.protocol_for("AITEX", "general_10shot").pseudo == "cutmix"
    assert dra.protocol_for("BrainMRI", "general_10shot", profile="smoke").n_anomalies == 3
    assert dra.protocol_for("BrainMRI", "general_1shot").seen_class is None


def test_crossdomain_and_tsne_grids_are_runner_configs():
    table9 = dra.grid("table9", "quick")
    adapted = [c for c in table9 if c.method == "dra"]
    # quick: one direction (BrainMRI -> HeadCT) and KDAD on the target (dra.QUICK_CELLS)
    assert {(c.dataset, c.protocol.source_dataset) for c in adapted} == {("headct", "brainmri")}
    assert {c.dataset for c in table9 if c.method == "mkd"} == {"headct"}
    assert all(c.protocol.source_dataset is None for c in table9 if c.method == "mkd")
    fig1 = dra.grid("fig1", "quick")
    assert sorted(c.method for c in fig1) == ["devnet", "dra", "mkd"]
    assert all(c.protocol.test_seen_class and c.protocol.seen_class == "barretts" for c in fig1)
    assert {c["paper_dataset"] for c in dra.cells("fig1", "paper")} == {"Leather", "Tile"}


def test_unknown_grid_and_profile_are_medad_errors():
    with pytest.raises(MedadError, match="table1"):
        dra.grid("table99", "quick")
    with pytest.raises(MedadError, match="profile"):
        dra.grid("table1", "fast")
    with pytest.raises(MedadError, match="tables"):
        bmad.grid("nope", "quick")


def test_bmad_grids_per_profile():
    smoke = bmad.grid("tables", "smoke")
    assert [(c.method, c.dataset) for c in smoke] == [("padim", "bmad_brain")]
    quick = bmad.grid("tables", "quick")
    assert {c.dataset for c in quick} == set(bmad.QUICK_DATASETS) < set(bmad.BMAD_DATASETS)
    # all fifteen thesis algorithms and AnoGAN, each on every quick dataset; the paper profile runs all six
    assert {c.method for c in quick} == set(bmad.METHODS)
    assert len(quick) == len(bmad.METHODS) * len(bmad.QUICK_DATASETS)
    assert {c.dataset for c in bmad.grid("tables", "paper", methods=["padim"])} == set(bmad.BMAD_DATASETS)
    assert "OCT2017" in bmad.selection("quick")[2]
    assert {c.dataset for c in bmad.grid("tables", "quick", datasets=["bmad_oct2017"])} == {"bmad_oct2017"}
    assert {c.dataset for c in bmad.grid("localisation", "quick")} == set(bmad.PIXEL_DATASETS)
    assert {c.seed for c in bmad.grid("tables", "paper", methods=["padim"])} == {0, 1, 2, 3, 4}
    # the chapter's quick schedules: in the quick runs and on the settings page, not in the paper profile
    assert {c.method: c.params for c in quick if c.params} == bmad.QUICK_SCHEDULE
    assert not any(c.params for c in bmad.grid("tables", "paper", methods=list(bmad.QUICK_SCHEDULE)))
    settings = bmad.hyperparameter_table("quick", methods=["mkd"]).set_index("method_id")
    assert settings.loc["mkd", "epochs"] == str(bmad.QUICK_SCHEDULE["mkd"]["epochs"])
    methods, datasets, note = bmad.selection("smoke")
    assert methods == ["padim"] and datasets == ["bmad_brain"] and "Smoke profile" in note
    present, missing = bmad.registered(["patchcore", "no_such_method"])
    assert present == ["patchcore"] and missing == ["no_such_method"]


def test_bmad_names_exist_in_the_thesis_tables():
    ref = pd.concat([reference_table(t) for t in dict.fromkeys(bmad.TABLE_OF_DATASET.values())])
    assert set(bmad.PAPER_DATASET_NAMES.values()) == set(ref["dataset"])
    thesis_rows = [*bmad.RECON_METHODS, *bmad.FEATURE_METHODS]
    assert len(thesis_rows) == 15
    assert {bmad.PAPER_METHOD_NAMES[m] for m in thesis_rows} == set(ref["method"])
    # AnoGAN is ours only: Sec. 3.3 names it, no table prints it
    assert bmad.PAPER_METHOD_NAMES["anogan"] not in set(ref["method"])


def _family_rows(metric_rows: pd.DataFrame, scale: dict[str, float]) -> pd.DataFrame:
    out = metric_rows.copy()
    out["mean"] = out["mean"] * out["method"].map(scale).fillna(1.0)
    return out


def test_family_claim_on_the_papers_numbers_breaks_on_liver_only():
    paper = pd.concat([reference_table(t) for t in dict.fromkeys(bmad.TABLE_OF_DATASET.values())])
    paper = paper[paper["metric"] == "image_auroc"]
    claim = bmad.family_claim(paper).set_index("dataset")
    # the thesis's own tables: feature > reconstruction on five datasets, not on BTCV+LiTS
    assert claim.loc["BTCV+LiTS", "holds (paper)"] == "no"
    assert (claim.drop(index="BTCV+LiTS")["holds (paper)"] == "yes").all()
    # brain: mean of the four reconstruction rows (77.26, 74.79, 62.35, 82.92) by hand
    assert claim.loc["BraTS2021", "reconstruction (paper)"] == pytest.approx((0.7726 + 0.7479 + 0.6235 + 0.8292) / 4)
    # ours computed from our rows: make the reconstruction methods win on brain and check the verdict moves
    boosted = _family_rows(paper, {n: 1.3 for n in ["f-AnoGAN", "GANomaly", "DRAEM", "UTRAD"]})
    ours = bmad.family_claim(boosted[boosted["method"] != "UTRAD"]).set_index("dataset")
    assert ours.loc["BraTS2021", "holds (ours)"] == "no"
    assert ours.loc["BraTS2021", "methods (ours)"] == "11 of 11 feature, 3 of 4 reconstruction"
    # a dataset without any row of ours is not tested, never a verdict
    only_brain = bmad.family_claim(paper[paper["dataset"] == "BraTS2021"]).set_index("dataset")
    assert only_brain.loc["RSNA", "holds (ours)"] == "not tested"


def test_dra_method_names_exist_in_the_papers_tables():
    ref = pd.concat([reference_table(t) for t in ("dra_table1", "dra_table3", "dra_table7")])
    assert {
        dra.METHOD_NAMES[m]
        for m in [
            "dra",
            "devnet",
            "flos",
            "saoe",
            "mlep",
            "mkd",
            "deepsad",
            "minns",
            "dra1a",
            "dra2a",
            "dra3ar",
            "dra3an",
        ]
    } <= set(ref["method"])


def _results(rows):
    return pd.DataFrame(
        [
            {
                "paper_dataset": d,
                "subset": s,
                "column": m,
                "setting_id": st,
                "seed": seed,
                "image_auroc": v,
                "status": "",
                "error": err,
                "method_id": m.lower(),
            }
            for d, s, m, st, seed, v, err in rows
        ]
    )


def test_summary_row_says_how_many_subsets_it_averages():
    ref = reference_table("dra_table2")
    res = _results(
        [
            ("Hyper-Kvasir", "Barretts", "DRA", "hard_10shot", 0, 0.8, None),
            ("Hyper-Kvasir", "Esophagitis-a", "DRA", "hard_10shot", 0, 0.6, None),
        ]
    )
    ours = dra.paper_frame(res, ref, "quick")
    mean = ours[(ours["subset"] == "mean") & (ours["method"] == "DRA") & (ours["dataset"] == "Hyper-Kvasir")]
    assert len(mean) == 1 and mean["note"].iloc[0] == "mean of 2 of 4"
    assert mean["mean"].iloc[0] == pytest.approx(0.7)
    table = paper_table(ref, ours, index=["dataset", "subset"], columns=["setting", "method"]).data
    assert table.loc[("Hyper-Kvasir", "mean"), ("hard_10shot", "DRA", "ours")] == "0.700 (mean of 2 of 4)"


def test_full_summary_row_has_no_note():
    long = pd.DataFrame(
        {
            "dataset": "ELPV",
            "subset": ["Mono", "Poly"],
            "method": "DRA",
            "setting": "hard_10shot",
            "metric": "image_auroc",
            "mean": [0.6, 0.8],
            "std": np.nan,
            "status": "",
            "n_seeds": 3,
            "note": "",
        }
    )
    out = summary_rows(long, {("ELPV", "hard_10shot"): 2})
    assert out["note"].tolist() == [""] and out["mean"].tolist() == [pytest.approx(0.7)]


def test_mvtec_mean_counts_fifteen_classes():
    ref = reference_table("dra_table3")
    res = _results([("MVTec AD", "Carpet", "DRA", "general_10shot", 0, 0.9, None)])
    ours = dra.paper_frame(res, ref, "quick")
    assert ours.loc[(ours["dataset"] == "MVTec AD") & (ours["subset"] == "mean"), "note"].tolist() == [
        "mean of 1 of 15"
    ]


def test_cells_with_fewer_or_failed_seeds_say_so():
    res = _results(
        [
            ("BrainMRI", "", "DRA", "general_10shot", 0, 0.9, None),
            ("BrainMRI", "", "DRA", "general_10shot", 1, None, "RuntimeError: diverged"),
            ("HeadCT", "", "DRA", "general_10shot", 0, 0.7, None),
            ("HeadCT", "", "DRA", "general_10shot", 1, 0.8, None),
            ("HeadCT", "", "DRA", "general_10shot", 2, 0.9, None),
            ("Hyper-Kvasir", "", "DRA", "general_10shot", 0, None, "ValueError: boom"),
        ]
    )
    res = res.rename(columns={"paper_dataset": "dataset", "column": "method", "setting_id": "setting"})
    long = summarise(res, ["dataset", "subset", "method", "setting"], ["image_auroc"], expected_seeds=3)
    note = dict(zip(long["dataset"], long["note"], strict=False))
    assert note["BrainMRI"] == "1 of 3 seeds, 1 failed"
    assert note["HeadCT"] == ""
    kvasir = long[long["dataset"] == "Hyper-Kvasir"]
    assert kvasir["status"].tolist() == ["failed"] and kvasir["mean"].isna().all()


def test_needs_data_is_told_apart_from_not_run():
    ref = reference_table("dra_table1")
    res = _results([("BrainMRI", "", "DRA", "general_10shot", 0, 0.9, None)])
    ours = dra.paper_frame(res, ref, "quick")
    status = ours.groupby("dataset")["status"].first()
    assert status["AITEX"] == "needs data" and status["BrainMRI"] == ""
    assert "HeadCT" not in status  # readable in quick, just outside this grid: the table says "not run"
    table = paper_table(ref, ours, index=["dataset", "subset"], columns=["setting", "method"]).data
    assert table.loc[("HeadCT", ""), ("general_10shot", "DRA", "ours")] == "not run"
    assert table.loc[("AITEX", ""), ("general_10shot", "DRA", "ours")] == "needs data"


def test_domain_means_weigh_each_dataset_once():
    rows = [("MVTec AD", c, "DRA", "general_10shot", 0, 1.0, None) for c in dra.MVTEC_CLASSES]
    rows.append(("AITEX", "", "DRA", "general_10shot", 0, 0.0, None))
    table = dra.domain_means(_results(rows))
    assert table.loc["industrial", "DRA"] == pytest.approx(0.5)  # not 15/16
    assert table.loc["industrial", "n_datasets"] == 2


def test_provenance_names_weights_source_and_failures():
    rows = pd.DataFrame({"weights": ["random-init", None], "data_source": ["phantom", None], "error": [None, "boom"]})
    assert provenance(rows, [0]) == "Rows: weights random-init; data phantom; seeds [0] (1 runs, 1 failed)."


def test_bmad_table_cells_show_seed_counts_and_failures():
    def row(method, seed, auroc, error=None):
        return {"method": method, "dataset": "bmad_brain", "seed": seed, "image_auroc": auroc, "error": error}

    rows = pd.DataFrame(
        [
            row("padim", 0, 0.8),
            row("padim", 1, None, "TrainingDiverged: NaN scores at epoch 3"),
            row("stfpm", 0, None, "RuntimeError: boom"),
            *[row("patchcore", s, 0.7 + 0.01 * s) for s in range(5)],
        ]
    )
    ours = bmad.paper_frame(rows, seeds=[0, 1, 2, 3, 4])
    text = bmad.dataset_table(ours, "thesis_table3_8", ["BraTS2021"], ["image_auroc"]).data
    assert text.loc["PaDiM", ("BraTS2021", "image_auroc", "ours")] == "80.00 (1 of 5 seeds, 1 failed)"
    assert text.loc["STFPM", ("BraTS2021", "image_auroc", "ours")] == "failed", "a failed cell is listed"
    assert "(" not in text.loc["PatchCore", ("BraTS2021", "image_auroc", "ours")], "a complete cell has no note"
    assert text.loc["CFA", ("BraTS2021", "image_auroc", "ours")] == "not run"
    assert provenance(rows.assign(weights="random-init", data_source="phantom"), [0, 1, 2, 3, 4]).endswith(
        "(6 runs, 2 failed)."
    )
