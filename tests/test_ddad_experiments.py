"""DDAD-ASR: the data protocol (pool size, folder layout), the experiments grids and the claims."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from medad_core.api import MedadError
from medad_core.cli import main
from medad_core.config import Protocol, RunConfig
from medad_core.data import load_splits, make_trainset, write_phantoms
from medad_core.data.protocols import largest_pool, pool_rates
from medad_core.experiments import ddad
from medad_core.metrics import chi2_distance
from medad_core.registry import available_methods


def _png(path, value: int, size: int = 16) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.full((size, size), value, np.uint8)).save(path)


def _folder(root, n_train=4, n_pool_normal=4, n_pool_abnormal=6, n_test=2, loose_pool=False):
    for i in range(n_train):
        _png(root / "train" / "good" / f"{i}.png", 100)
    for i in range(n_pool_normal):
        _png(root / "unlabelled" / "good" / f"{i}.png", 100)
    for i in range(n_pool_abnormal):
        _png(root / "unlabelled" / ("" if loose_pool else "lesion") / f"a{i}.png", 200)
    for cls, value in (("good", 100), ("lesion", 200)):
        for i in range(n_test):
            _png(root / "test" / cls / f"{i}.png", value)
    return root


# -- data protocol ----------------------------------------------------------------------------
def test_largest_pool_is_exact_and_the_rates_follow_the_pools():
    # the folder: 400 normal + 540 abnormal pool images
    assert largest_pool(400, 540, 0.6) == 900  # 540 abnormal + 360 normal
    assert largest_pool(40, 40, 0.6) == 65  # 39 + 26: the largest M with M * 0.6 whole
    assert largest_pool(400, 0, 0.6) == 0 and largest_pool(400, 0, 0.0) == 400
    assert pool_rates(400, 540, 900) == (500, 540)
    assert pool_rates(400, 540, 4000) is None


def test_folder_layout_reads_pools_and_draws_the_largest_exact_pool(tmp_path):
    root = _folder(tmp_path / "mine")
    splits = load_splits("folder", data_root=root, layout="ddad", profile="smoke", image_size=16)
    assert splits.counts() == {"train": 4, "test_normal": 2, "test_anomalous": 2, "pool_normal": 4, "pool_abnormal": 6}
    assert splits.channels == 1
    train, test = make_trainset(splits, "dual_distribution", Protocol(anomaly_rate=0.6))
    # 10 images at AR 0.6 need 6 abnormal + 4 normal: the whole pools
    assert train.split["unlabelled_size"] == 10 and train.split["unlabelled_abnormal"] == 6
    assert sorted(set(train.unlabelled.labels)) == [0, 1] and len(test) == 4
    small, _ = make_trainset(splits, "dual_distribution", Protocol(anomaly_rate=0.5, pool_size=4))
    assert (small.split["unlabelled_abnormal"], small.split["unlabelled_normal"]) == (2, 2)
    assert small.split["unlabelled_size_rule"] == "requested (pool_size)"


def test_folder_without_pool_classes_says_what_is_expected(tmp_path):
    root = _folder(tmp_path / "loose", loose_pool=True)
    with pytest.raises(MedadError, match=r"unlabelled/good \(normal\) and unlabelled/<class>"):
        load_splits("folder", data_root=root, layout="ddad", profile="smoke", image_size=16)


def test_infeasible_pool_names_the_largest_pool_and_the_possible_rates(tmp_path):
    root = _folder(tmp_path / "mine")
    splits = load_splits("folder", data_root=root, layout="ddad", profile="smoke", image_size=16)
    with pytest.raises(MedadError) as err:
        make_trainset(splits, "dual_distribution", Protocol(anomaly_rate=0.6, pool_size=40))
    text = str(err.value)
    assert "needs 24 abnormal + 16 normal" in text
    assert "largest pool possible is 10 images (--pool-size 10)" in text
    assert "at pool size 40 no exact rates are possible (the pools hold 10 images in all)" in text
    with pytest.raises(MedadError, match=r"at pool size 8 exact rates are possible in \[0.500, 0.750\]"):
        make_trainset(splits, "dual_distribution", Protocol(anomaly_rate=0.9, pool_size=8))


def test_paper_datasets_default_to_the_papers_pool_and_cxad_is_phantom_only(tmp_path):
    root = write_phantoms("ddad_rsna", tmp_path, profile="smoke", image_size=16)
    # a data.json folder read as the user's folder: the largest exact pool (40 + 40 images at AR 0.6)
    splits = load_splits("folder", data_root=root, layout="ddad", profile="smoke", image_size=16)
    train, _ = make_trainset(splits, "dual_distribution", Protocol(anomaly_rate=0.6))
    assert train.split["unlabelled_size"] == 65
    # the same folder as RSNA but not a phantom: the paper's 4,000-image pool is infeasible
    (root / "PHANTOM.txt").unlink()
    real = load_splits("ddad_rsna", data_root=tmp_path, profile="smoke", image_size=16)
    with pytest.raises(MedadError, match=r"pool of 4000 images \(the paper's count.*largest pool possible is 65"):
        make_trainset(real, "dual_distribution", Protocol(anomaly_rate=0.6))
    table = ddad.split_table("quick")
    cxad = table[table["dataset"].str.startswith("CXAD")].iloc[0]
    assert ddad.PRIVATE_LABEL in cxad["dataset"] and cxad["paper D_n"] == 2000
    assert ddad._data_root("ddad_cxad", str(tmp_path)) == (None, True), "private data fall back to the phantom"
    assert ddad._data_root("ddad_vincxr", str(tmp_path)) == (str(tmp_path), False)


def test_pool_size_is_a_cli_option_and_leaves_old_hashes_alone():
    assert RunConfig("ae", "ddad_rsna").config_hash() == RunConfig("ae", "ddad_rsna", protocol=Protocol()).config_hash()
    assert "pool_size" not in RunConfig("ae", "ddad_rsna").to_dict()["protocol"]
    with pytest.raises(MedadError, match="pool_size must be a positive"):
        Protocol(pool_size=0)
    with pytest.raises(SystemExit):
        main(["run", "--method", "pixel_knn", "--dataset", "ddad_rsna", "--pool-size", "x"])


@pytest.mark.skipif("ddad" not in available_methods(), reason="the ddad method is not registered yet")
def test_cli_runs_ddad_on_a_ddad_folder_and_prints_all_six_scores(tmp_path, capsys):
    root = write_phantoms("ddad_rsna", tmp_path, profile="smoke", image_size=64)
    code = main(
        [
            "run", "--method", "ddad", "--dataset", "folder", "--layout", "ddad", "--data-root", str(root),
            "--setting", "dual_distribution", "--anomaly-rate", "0.6", "--profile", "smoke", "--json",
        ]
    )  # fmt: skip
    assert code == 0
    row = json.loads(capsys.readouterr().out)
    assert set(ddad.SCORES) <= set(row["extras"])
    assert all(0.0 <= row["extras"][s]["image_auroc"] <= 1.0 for s in ddad.SCORES)
    assert row["split"]["unlabelled_size"] == 65
    # the plain print (the cached row) lists the six scores too
    args = ["run", "--method", "ddad", "--dataset", "folder", "--layout", "ddad", "--data-root", str(root)]
    assert main([*args, "--setting", "dual_distribution", "--profile", "smoke"]) == 0
    printed = capsys.readouterr().out
    assert all(f"extra {s}: image_auroc" in printed for s in ddad.SCORES)


# -- grids ------------------------------------------------------------------------------------
def test_grids_by_profile():
    tables = ddad.grid("tables", "paper")
    ddad_runs = [c for c in tables if c.method == "ddad"]
    assert all(c.setting == "dual_distribution" and c.protocol.anomaly_rate == 0.6 for c in ddad_runs)
    assert all(c.setting == "one_class" for c in tables if c.method != "ddad")
    registered = set(available_methods())
    expected = {(m, d) for m in set(ddad.BASELINES) & registered for d in ddad.DATASETS}
    assert {(c.method, c.dataset) for c in tables if c.method != "ddad"} == expected
    igd = [c for c in tables if c.method == "igd"]
    assert igd and all(c.params == {"image_size": 64} for c in igd), "baselines run at DDAD's 64 px"
    assert {c.seed for c in tables} == {0, 1, 2}
    fig5 = ddad.grid("fig5", "paper")
    if "ddad" in registered:
        assert sorted({c.protocol.anomaly_rate for c in fig5}) == ddad.ANOMALY_RATES["paper"]
        assert all(c.dataset == "ddad_rsna" and c.params == {"backbone": "ae"} for c in fig5)
    # Fig. 6 reads the tables' RSNA AE run (first seed): the same config keeps its predictions
    for c in ddad.grid("fig6", "quick") + ddad.grid("fig7", "quick"):
        assert ddad.keeps(c, "quick")
    assert not any(ddad.keeps(c, "quick") for c in ddad.grid("tables", "quick") if c.method == "igd")
    with pytest.raises(MedadError, match="unknown DDAD grid"):
        ddad.grid("table9", "quick")


# -- claims -----------------------------------------------------------------------------------
def _long(cells: dict[tuple[str, str, str], float], subset: str = "") -> pd.DataFrame:
    rows = []
    for (dataset, backbone, score), value in cells.items():
        method = ddad.SCORE_LABELS[score].format(b=backbone)
        rows.append({"dataset": dataset, "subset": subset, "method": method, "metric": "image_auroc", "mean": value})
    return pd.DataFrame(rows)


def _claim(key: str):
    return next(c for c in ddad.CLAIMS if c.key == key)


def test_claims_on_hand_made_rows():
    good = {("RSNA", "AE", "a_intra"): 0.6, ("RSNA", "AE", "a_inter"): 0.7, ("LAG", "AE-U", "a_intra"): 0.8}
    good[("LAG", "AE-U", "a_inter")] = 0.79
    verdict, numbers = _claim("inter_gt_intra").check(_long(good))
    assert verdict == "does not hold" and numbers.startswith("1 of 2 cells") and "-1.0 pts" in numbers
    good[("LAG", "AE-U", "a_inter")] = 0.85
    assert _claim("inter_gt_intra").check(_long(good))[0] == "holds"
    assert _claim("r_dual_gt_r_intra").check(_long(good)) == ("not tested", "no cell has both scores")
    ens = {("RSNA", "AE", "a_rec"): 0.60, ("RSNA", "AE", "a_rec_ens"): 0.63}
    assert _claim("ensemble_no_gain").check(_long(ens))[0] == "does not hold"


def test_anomaly_rate_claims_on_hand_made_rows():
    frames = []
    for ar, inter, intra, dual in ((0.0, 0.70, 0.65, 0.80), (0.6, 0.75, 0.65, 0.81), (1.0, 0.82, 0.65, 0.82)):
        cells = {("RSNA", "AE", "a_inter"): inter, ("RSNA", "AE", "a_intra"): intra, ("RSNA", "AE", "r_dual"): dual}
        cells[("RSNA", "AE", "a_rec")] = 0.6
        frames.append(_long(cells, subset=f"{ar:.1f}"))
    fig5 = pd.concat(frames)
    verdict, numbers = _claim("inter_rises_with_ar").check(fig5)
    assert verdict == "holds" and "ρ(AR, A_inter) = +1.00" in numbers and "+12.0 pts" in numbers
    assert _claim("intra_flat_in_ar").check(fig5)[0] == "holds"
    assert _claim("r_dual_flat_in_ar").check(fig5) == ("holds", "range 2.0 pts over 3 rates (tolerance 3)")
    assert _claim("inter_ar0_gt_rec").check(fig5) == ("holds", "A_inter(AR 0) − Rec = +10.0 pts")
    falling = fig5.assign(mean=np.where(fig5["method"] == "DDAD (AE) A_inter", 1.5 - fig5["mean"], fig5["mean"]))
    assert _claim("inter_rises_with_ar").check(falling)[0] == "does not hold"


def test_chi2_claim_and_the_code_variant():
    chi = pd.DataFrame({"score": ["R_dual", "R_intra", "A_inter", "A_intra", "A_rec"], "chi2": [9, 8, 5, 4, 1]})
    assert _claim("chi2_ranking").check(chi)[0] == "holds"
    assert _claim("chi2_ranking").check(chi.assign(chi2=[9, 3, 5, 4, 1]))[0] == "does not hold"
    normal, abnormal = np.array([0.05, 0.15, 0.25]), np.array([0.75, 0.85, 0.95])
    # min-max to bins 0, 1, 2 and 7, 8, 9 of 10: disjoint; on pdf densities chi2 = 0.5 * (6 bins * 10/3) = 10
    assert chi2_distance(normal, abnormal, bins=10, density="pdf") == pytest.approx(10.0)
    # the code adds 1/2 for each of the 4 bins empty in both histograms
    assert ddad.chi2_code_variant(normal, abnormal, bins=10) == pytest.approx(12.0)


def test_claims_table_checks_the_papers_own_numbers():
    table = ddad.claims_table()
    assert list(table["claim"]) == [c.key for c in ddad.CLAIMS]
    paper = dict(zip(table["claim"], table["paper verdict"], strict=True))
    assert paper["inter_gt_intra"] == paper["r_dual_gt_rec"] == paper["ensemble_no_gain"] == "holds"
    assert paper["chi2_ranking"] == "not tested"
    assert set(table["ours verdict"]) == {"not tested"}


def test_paper_frame_names_every_score_and_table2_rows():
    extras = {s: {"image_auroc": 0.5 + 0.05 * i, "image_ap": 0.5} for i, s in enumerate(ddad.SCORES)}
    rows = pd.DataFrame(
        [
            {"method": "ddad", "dataset": "ddad_rsna", "seed": s, "extras": extras, "error": None}
            | {"anomaly_rate": 0.6, "backbone": "ae"}
            for s in (0, 1)
        ]
        + [{"method": "igd", "dataset": "ddad_cxad", "seed": 0, "image_auroc": 0.7, "image_ap": 0.6, "error": None}]
    )
    long = ddad.paper_frame(rows, seeds=[0, 1])
    auc = long[long["metric"] == "image_auroc"].set_index("method")["mean"]
    assert auc["Rec. (AE)"] == auc["AE"] == pytest.approx(0.5)
    assert auc["DDAD (AE) R_dual"] == pytest.approx(0.75) and auc["IGD"] == pytest.approx(0.7)
    settings = long.drop_duplicates("method").set_index("method")["setting"]
    assert settings["DDAD (AE) A_inter"] == "dual_distribution_ar60" and settings["DDAD (AE) R_intra"] == "occ"
    igd_note = long[long["method"] == "IGD"]["note"].iloc[0]
    assert igd_note == "1 of 2 seeds"
    text = ddad.paper_table("ddad_table2", long, metric=["image_auroc", "image_ap"]).data
    assert any(ddad.PRIVATE_LABEL in str(c[0]) for c in text.columns)
    table3 = ddad.paper_table("ddad_table3", long, metric="image_auroc").data
    assert "DDAD A_inter" in table3.index and ("RSNA", "AE", "ours") in table3.columns
