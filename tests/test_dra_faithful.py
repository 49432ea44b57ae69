"""DRA and its baselines as their papers define them (issue 12): augmentation, SAOE's outlier exposure,
Deep SAD's bias-free network and pre-trained centre, MLEP's margin objective, the kinds phantom and
the grids that give SAOE its outliers and KDAD its last three layers.
"""

from __future__ import annotations

import copy
import os

import numpy as np
import pandas as pd
import pytest
import torch
from torch import nn

os.environ.setdefault("MEDAD_PROGRESS", "0")

from medad_core.api import ImageSet, MedadError, Setting, TrainSet  # noqa: E402
from medad_core.data import protocols  # noqa: E402
from medad_core.data.phantoms import render  # noqa: E402
from medad_core.experiments import dra as dra_exp  # noqa: E402
from medad_core.methods._openset import OPTIM_PRESETS, OpenSetBatches  # noqa: E402
from medad_core.methods.deepsad import DeepSAD  # noqa: E402
from medad_core.methods.dra import DRA  # noqa: E402
from medad_core.methods.mlep import MLEP, margin_loss, psnr  # noqa: E402
from medad_core.methods.saoe import SAOE  # noqa: E402
from medad_core.runner import cache_key, identity  # noqa: E402

SIZE = 32
BASE = dict(epochs=1, iterations=2, batch_size=6, image_size=SIZE, progress=False, weights="random", profile="smoke")


def _images(n: int, seed: int, bright: bool = False) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    x = torch.nn.functional.avg_pool2d(0.5 + 0.1 * torch.randn(n, 1, SIZE, SIZE, generator=g), 3, 1, 1)
    if bright:
        x[:, :, 4:14, 6:12] = 1.0  # an asymmetric square: every rotation but 0 moves it
    return x.clamp(0, 1).expand(-1, 3, -1, -1).contiguous()


def _trainset(n_anomalies: int = 3, outliers: bool = True) -> TrainSet:
    normal, seen = _images(12, 0), _images(n_anomalies, 1, bright=True)
    return TrainSet(
        Setting.OPEN_SET,
        normal=ImageSet.from_tensors(normal, [0] * len(normal)),
        anomalies=ImageSet.from_tensors(seen, [1] * len(seen)),
        outliers=ImageSet.from_tensors(_images(6, 2), [0] * 6) if outliers else None,
    )


# -- augmentation: the original code's RandomRotation(180) ----------------------------------------
def test_rotation_changes_the_seen_batch_and_each_copy_of_a_single_anomaly():
    train = _trainset(n_anomalies=1)
    plain = OpenSetBatches(train, pseudo="cutmix", seed=0, rotation=0)
    rotated = OpenSetBatches(train, pseudo="cutmix", seed=0, rotation=180)
    still, _ = plain.draw(0, 4, 0)
    turned, labels = rotated.draw(0, 4, 0)
    assert (labels == 1).all()
    # without rotation the one-shot slots are four identical copies; with it every copy differs
    assert all(torch.equal(still[0], s) for s in still)
    assert not any(torch.equal(turned[i], turned[j]) for i in range(4) for j in range(i + 1, 4))
    assert not any(torch.equal(t, still[0]) for t in turned)


def test_paper_defaults_of_app_b1():
    det = DRA()
    assert det.reference == "mixed" and det.rotation == 180.0 and DeepSAD().rotation == 180.0
    # "initial learning rate" 1e-3: the paper preset decays (StepLR(10, 0.1)) and clips as the code does
    assert OPTIM_PRESETS["paper"] == (1e-3, 1e-2, 10, 1.0)


# -- SAOE: always outlier exposure -------------------------------------------------------------
def test_saoe_without_outliers_raises_naming_the_data():
    with pytest.raises(MedadError, match=r"outlier exposure.*TrainSet.outliers.*LAG"):
        SAOE(pseudo="cutmix", **BASE).fit(_trainset(outliers=False))


def test_saoe_trains_with_outlier_exposure_when_given_outliers():
    det = SAOE(pseudo="cutmix", **BASE).fit(_trainset())
    assert det.fit_info["outlier_exposure"] is True
    assert SAOE().outlier_exposure is True


# -- Deep SAD: bias-free, autoencoder pre-training, centre from the pre-trained encoder -----------
class _Probe(DeepSAD):
    def _network(self, trunk):
        model = super()._network(trunk)
        self.initial = copy.deepcopy(model.state_dict())
        return model

    def _set_center(self):
        self.pretrained = copy.deepcopy(self.model.state_dict())
        super()._set_center()


def _center_of(det: DeepSAD, state: dict, normal: torch.Tensor) -> torch.Tensor:
    model = copy.deepcopy(det.model)
    model.load_state_dict(state)
    model.eval()
    with torch.no_grad():
        c = model(normal).mean(0)
    c[(c.abs() < 0.1) & (c < 0)] = -0.1
    c[(c.abs() < 0.1) & (c >= 0)] = 0.1
    return c


def test_deepsad_network_has_no_bias_terms():
    det = _Probe(pretrain_epochs=1, **BASE).fit(_trainset())
    phi = [det.model.trunk, det.model.project]
    for part in phi:
        for module in part.modules():
            if isinstance(module, nn.BatchNorm2d):
                assert not module.affine and module.weight is None and module.bias is None
            if isinstance(module, nn.Conv2d | nn.Linear):
                assert module.bias is None
    names = [n for n, _ in det.model.named_parameters() if not n.startswith(("decoder", "expand"))]
    assert names and not any("bias" in n for n in names)


def test_deepsad_centre_comes_from_the_pretrained_encoder():
    train = _trainset()
    det = _Probe(pretrain_epochs=2, **BASE).fit(train)
    assert det.fit_info["pretrain"]["steps"] == 2 * det.iterations
    normal = train.normal.tensors()
    from_pretrained = _center_of(det, det.pretrained, normal)
    torch.testing.assert_close(det.model.center, from_pretrained, rtol=1e-4, atol=1e-5)
    # pre-training moved the encoder: the initial encoder would give another centre
    assert not torch.allclose(_center_of(det, det.initial, normal), from_pretrained, atol=1e-4)


def test_deepsad_loss_is_the_eta_weighted_objective():
    det = DeepSAD(eta=2.0, eps=0.0, **BASE)
    det.phase = "fit"

    class Fixed(nn.Module):
        center = torch.zeros(2)

        def forward(self, images):
            return images

    det.model = Fixed()
    codes = torch.tensor([[1.0, 0.0], [0.0, 2.0], [3.0, 0.0]])
    labels = torch.tensor([0, 0, 1])
    expected = (1.0 + 4.0 + 2.0 / 9.0) / 3
    assert det._train_loss(codes, labels).item() == pytest.approx(expected)


def test_deepsad_batches_keep_the_training_proportion():
    det = DeepSAD(**{**BASE, "batch_size": 12})
    det._data = OpenSetBatches(_trainset(n_anomalies=3), pseudo="cutmix", seed=0)
    # 12 normal + 3 anomalies: 12 * 3 / 15 = 2.4 -> 2 anomalies per batch (at least one)
    assert det.batch_split() == (10, 2, 0)


# -- MLEP: the margin objective and the PSNR score ------------------------------------------------
def test_mlep_margin_loss_equals_the_formula_on_a_hand_made_batch():
    normal = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
    anomalies = torch.tensor([[3.0, 0.0], [0.0, -1.0]])
    margin = 1.5
    terms = []
    for a in range(3):
        for p in range(3):
            if a == p:
                continue
            for n in range(2):
                d_ap = float(((normal[a] - normal[p]) ** 2).sum())
                d_an = float(((normal[a] - anomalies[n]) ** 2).sum())
                terms.append(max(0.0, d_ap - d_an + margin))
    assert margin_loss(normal, anomalies, margin).item() == pytest.approx(np.mean(terms), rel=1e-5)


def test_mlep_psnr_and_score_direction():
    target = torch.zeros(2, 3, 4, 4)
    prediction = torch.stack([torch.full((3, 4, 4), 0.1), torch.full((3, 4, 4), 0.5)])
    np.testing.assert_allclose(psnr(prediction, target).numpy(), [20.0, 10 * np.log10(4.0)], rtol=1e-5)


def test_mlep_decoder_has_skip_connections():
    det = MLEP(**BASE).fit(_trainset())
    assert det.model.trunk.extractor.layers == ["layer1", "layer2", "layer3", "layer4"]
    pred = det.predict(_images(4, 9))
    assert np.isfinite(pred.scores).all()
    np.testing.assert_allclose(pred.scores, -pred.extras["psnr"], rtol=1e-6)


# -- the kinds phantom ---------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["texture", "shape", "intensity"])
def test_kinds_phantom_renders_each_kind_on_the_normal_frame(kind):
    normal, empty = render("endoscopy_kinds", np.random.default_rng(3), 64)
    image, mask = render("endoscopy_kinds", np.random.default_rng(3), 64, kind)
    assert not empty.any() and mask.any()
    diff = np.abs(image - normal).max(-1)
    # the lesion changes the frame where its mask is; most of the change lies inside the mask
    assert (diff[mask] > 0.02).mean() > 0.3 and diff[mask].sum() > 0.5 * diff.sum()


def test_kinds_differ_in_kind():
    rng = np.random.default_rng
    normal, _ = render("endoscopy_kinds", rng(5), 64)
    stats = {}
    for kind in ("texture", "shape", "intensity"):
        image, mask = render("endoscopy_kinds", rng(5), 64, kind)
        diff = (image - normal).mean(-1)
        stats[kind] = (diff[mask].mean(), diff[mask].std(), mask.mean())
    assert stats["intensity"][0] > 0.03  # brighter on average
    assert stats["texture"][1] > stats["intensity"][1]  # granular, not a smooth shift
    assert stats["shape"][2] < stats["texture"][2]  # a thin outline, not a filled patch


# -- grids -----------------------------------------------------------------------------------------
def test_saoe_cells_get_outlier_exposure_or_need_data():
    cfg = dra_exp.config("saoe", "Hyper-Kvasir", "hard_10shot", "Barretts", profile="quick", seed=0)
    assert cfg.protocol.outlier_dataset == "lag"
    cfg = dra_exp.config("saoe", "Hyper-Kvasir", "hard_10shot", "Barretts", profile="quick", seed=0, pseudo="cutmix")
    assert cfg.protocol.pseudo == "cutmix" and cfg.protocol.outlier_dataset == "lag"
    assert dra_exp.oe_source("Carpet") == "mvtec_ad" and dra_exp.oe_source("BrainMRI") == "lag"


def _mvtec_root(root, classes=("carpet", "tile")):
    for name in classes:
        for sub in ("train/good", "test/good", "test/hole"):
            (root / "MVTec" / name / sub).mkdir(parents=True)
    return root


def test_mvtec_ad_source_runs_where_its_folder_is_and_needs_data_elsewhere(tmp_path):
    quick = [c for c in dra_exp.grid("table4", "quick") if c.protocol.outlier_dataset == "mvtec_ad"]
    assert quick and all(c.protocol.pseudo == "external" and c.data_root is None for c in quick)
    args = ("dra", "Carpet", "hard_10shot", "Metal")
    kw = dict(profile="paper", seed=0, pseudo="external", outlier_dataset="mvtec_ad")
    assert dra_exp.config(*args, data_root=str(tmp_path), **kw) is None  # no MVTec AD at all
    _mvtec_root(tmp_path)
    cfg = dra_exp.config(*args, data_root=str(tmp_path), **kw)
    assert cfg is not None and cfg.data_root.endswith(os.path.join("MVTec", "carpet"))
    # SAOE's outlier exposure on an industrial target is MVTec AD, so it runs (no longer "needs data")
    saoe = dra_exp.config("saoe", "Carpet", "hard_10shot", "Metal", profile="paper", seed=0, data_root=str(tmp_path))
    assert saoe is not None and saoe.protocol.outlier_dataset == "mvtec_ad"
    # a medical target without MVTec AD beside it: "needs data", never a crash
    (tmp_path / "HyperKvasir").mkdir()
    med = dict(profile="paper", seed=0, data_root=str(tmp_path), pseudo="external")
    assert dra_exp.config("dra", "Hyper-Kvasir", "hard_10shot", "Barretts", outlier_dataset="lag", **med) is None
    cfg = dra_exp.config("dra", "Hyper-Kvasir", "hard_10shot", "Barretts", outlier_dataset="mvtec_ad", **med)
    assert cfg is not None and cfg.protocol.outlier_dataset == "mvtec_ad"


def test_cache_key_records_the_outlier_classes_kept(tmp_path, monkeypatch):
    _mvtec_root(tmp_path, ("carpet", "tile"))
    kw = dict(profile="paper", seed=0, pseudo="external", outlier_dataset="mvtec_ad", data_root=str(tmp_path))
    cfg = dra_exp.config("dra", "Carpet", "hard_10shot", "Metal", **kw)
    assert identity(cfg)["data"]["outliers"]["classes"] == {"kept": ["tile"], "removed": ["carpet"]}
    before = cache_key(cfg)
    _mvtec_root(tmp_path, ("wood",))  # a class folder added beside the others: other outliers, another row
    added = cache_key(cfg)
    assert added != before and identity(cfg)["data"]["outliers"]["classes"]["kept"] == ["tile", "wood"]
    rule = protocols.outlier_classes

    def stricter(classes, splits, phantom=False):  # a changed exclusion rule that also drops "wood"
        used, excluded = rule(classes, splits, phantom)
        return [c for c in used if c != "wood"], {**excluded, "wood": "a stricter rule"}

    monkeypatch.setattr(protocols, "outlier_classes", stricter)
    assert cache_key(cfg) not in (before, added)
    # offline: the MVTec-like phantom without the target's own domain, as the run's split record names it
    quick = next(c for c in dra_exp.grid("table4", "quick") if c.protocol.outlier_dataset == "mvtec_ad")
    monkeypatch.setattr(protocols, "outlier_classes", rule)
    plan = identity(quick)["data"]["outliers"]["classes"]
    assert plan["removed"] == ["endoscopy"] and "endoscopy" not in plan["kept"] and len(plan["kept"]) >= 3
    # a single-dataset source (LAG) has no classes to keep
    lag = dra_exp.config("dra", "Hyper-Kvasir", "hard_10shot", "Barretts", profile="quick", seed=0)
    assert lag.protocol.outlier_dataset == "lag" and "classes" not in identity(lag)["data"]["outliers"]


def test_table4_mvtec_column_is_a_phantom_number_in_quick_and_needs_data_in_paper():
    cells = dra_exp.cells("table4", "quick")
    assert {c["label"] for c in cells} == {"CutMix", "MVTec AD", "LAG"}  # dra.QUICK_CELLS
    assert {c["label"] for c in dra_exp.cells("table4", "paper")} == set(dra_exp.PSEUDO_SOURCES)
    paper = dra_exp.run("table4", "paper", data_root=None)
    mvtec = paper[paper["column"] == "MVTec AD"]
    assert len(mvtec) and (mvtec["status"] == "needs data").all()


def test_kdad_runs_with_the_last_three_layers():
    cfg = dra_exp.config("mkd", "Hyper-Kvasir", "hard_10shot", "Barretts", profile="quick", seed=0)
    assert cfg.params["score_layers"] == "last3"


def test_hard_kinds_grid_has_both_optimisers_and_three_seeds():
    cells = dra_exp.cells("hard_kinds", "quick")
    got = {(c["method"], c["optimiser"], c["optim"]) for c in cells}
    assert got == {("devnet", "own", "code"), ("devnet", "DRA's", "paper"), ("dra", "own", "paper")}
    assert all(c["paper_dataset"] == "Endoscopy kinds" and c["subset"] == "Texture" for c in cells)
    configs = dra_exp.grid("hard_kinds", "quick")
    assert sorted({c.seed for c in configs}) == [0, 1, 2]
    assert {c.protocol.seen_class for c in configs} == {"texture"}
    assert {c.params.get("optim") for c in configs if c.method == "devnet"} == {None, "paper"}


def test_optimisers_grid_shares_table2_runs_and_adds_dras_optimiser():
    table2 = {c.config_hash() for c in dra_exp.grid("table2", "quick")}
    own = [c for c in dra_exp.cells("optimisers", "quick") if c["optimiser"] == "own"]
    assert {c["method"] for c in own} == {"devnet", "saoe", "mlep", "deepsad", "dra"}  # dra.QUICK_CELLS
    configs = dra_exp.grid("optimisers", "quick")
    own_configs = [c for c in configs if not c.params.get("optim")]
    assert all(c.config_hash() in table2 for c in own_configs)
    dras = [c for c in dra_exp.cells("optimisers", "quick") if c["optimiser"] == "DRA's"]
    assert {c["method"] for c in dras} == {"devnet", "deepsad"}
    paper = [c for c in dra_exp.cells("optimisers", "paper") if c["optimiser"] == "DRA's"]
    assert {c["method"] for c in paper} == {"devnet", "flos", "deepsad", "minns"}


def test_optimiser_table_formats_mean_std_and_same():
    rows = pd.DataFrame(
        {
            "subset": ["Texture"] * 5,
            "column": ["DevNet", "DevNet", "DevNet", "DRA", "DRA"],
            "optimiser": ["own", "own", "DRA's", "own", "own"],
            "optim": ["code", "code", "paper", "paper", "paper"],
            "image_auroc": [0.6, 0.8, 0.9, 0.7, 0.9],
            "seed": [0, 1, 0, 0, 1],
            "status": [""] * 5,
            "error": [None] * 5,
        }
    )
    table = dra_exp.optimiser_table(rows)
    assert table.loc[("Texture", "DevNet"), "AUROC, own optimiser"] == "0.700 ± 0.141 (n=2)"
    assert table.loc[("Texture", "DevNet"), "AUROC, DRA's optimiser"] == "0.900 (n=1)"
    assert table.loc[("Texture", "DRA"), "AUROC, DRA's optimiser"] == "same"


# -- seeds: the model's spread, the anomaly draw fixed (item 4) -------------------------------------
def test_seeds_vary_the_model_and_keep_one_anomaly_draw_unless_asked():
    configs = dra_exp.grid("hard_kinds", "quick")
    assert {c.data_seed for c in configs} == {0} and sorted({c.seed for c in configs}) == [0, 1, 2]
    drawn = dra_exp.grid("hard_kinds", "quick", seed_scope="model+draw")
    assert [c.data_seed for c in drawn] == [c.seed for c in drawn]
    with pytest.raises(MedadError, match="seed_scope"):
        dra_exp.grid("hard_kinds", "quick", seed_scope="draw")


def test_seed_note_says_what_the_std_measures():
    rows = pd.DataFrame({"seed": [0, 1, 2], "data_seed": [0, 0, 0], "status": [""] * 3, "error": [None] * 3})
    assert "model's spread" in dra_exp.seed_note(rows) and "one draw" in dra_exp.seed_note(rows)
    both = rows.assign(data_seed=[0, 1, 2])
    assert "model and draw together" in dra_exp.seed_note(both)
    assert "no ±" in dra_exp.seed_note(rows.iloc[:1])


def test_outlier_table_lists_used_and_removed_classes():
    rec = {
        "outlier_dataset": "mvtec_ad",
        "n_outliers": 80,
        "outlier_source": "phantom",
        "outlier_classes": ["brain_mri", "chest_xray"],
        "outlier_excluded": {"endoscopy": "same phantom domain as the target (endoscopy)"},
        "outlier_counts": {"brain_mri": 40, "chest_xray": 40},
    }
    rows = pd.DataFrame(
        {
            "paper_dataset": ["Hyper-Kvasir", "Hyper-Kvasir"],
            "subset": ["Barretts", "Barretts"],
            "column": ["MVTec AD", "CutMix"],
            "outliers": [rec, None],
            "data_source": ["phantom", "phantom"],
            "status": ["", ""],
            "error": [None, None],
        }
    )
    table = dra_exp.outlier_table(rows)
    assert list(table.index) == [("Hyper-Kvasir", "Barretts", "MVTec AD")]
    assert table.iloc[0]["classes used"] == "brain_mri (40), chest_xray (40)"
    assert table.iloc[0]["classes removed"].startswith("endoscopy:") and table.iloc[0]["images"] == 80


# -- the quick schedule ------------------------------------------------------------------------------
def test_quick_schedule_applies_to_open_set_runs_and_the_schedule_grid_shares_table2():
    table2 = {c.config_hash(): c for c in dra_exp.grid("table2", "quick")}
    for c in table2.values():
        expected = dra_exp.QUICK_SCHEDULE if c.method in dra_exp.OPEN_SET_METHODS else {}
        assert all(c.params.get(k) == v for k, v in expected.items()), (c.method, c.params)
    kdad = next(c for c in table2.values() if c.method == "mkd")
    assert "iterations" not in kdad.params and kdad.params["image_size"] == dra_exp.QUICK_SCHEDULE["image_size"]
    kinds = dra_exp.grid("hard_kinds", "quick")
    assert all(c.params == {**dra_exp.KINDS_QUICK_SCHEDULE, **c.params} for c in kinds)
    assert {c.params["image_size"] for c in kinds} == {64}
    (only,) = dra_exp.grid("schedule", "quick")
    assert only.config_hash() in table2 and only.method == "dra"
    assert {c.dataset for c in dra_exp.grid("table1", "quick")} == {"hyperkvasir"}
    # every baseline runs once, in Table 2; the paper profile keeps every cell of both tables
    methods = {c["method"] for c in dra_exp.cells("table1", "quick")}
    assert methods == {"mkd", "devnet", "dra"} and {c.method for c in table2.values()} > methods


def test_loss_slopes_tell_a_flat_curve_from_a_falling_one():
    rows = pd.DataFrame(
        {
            "column": ["DRA", "DevNet"],
            "subset": ["Barretts", "Barretts"],
            "paper_dataset": ["Hyper-Kvasir"] * 2,
            "seed": [0, 0],
            "status": ["", ""],
            "error": [None, None],
            "image_auroc": [0.9, 0.8],
            "loss": [[8.0, 4.0, 2.0, 1.0, 1.0, 1.0, 1.0], [8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0]],
        }
    )
    slopes = dra_exp.loss_slopes(rows)
    flat, falling = slopes.iloc[0], slopes.iloc[1]
    assert flat["final slope / epoch"] == pytest.approx(0.0) and flat["final loss"] == 1.0
    assert falling["final slope / epoch"] == pytest.approx(-1.0)
    assert falling["slope, % of the drop"] == pytest.approx(-100 / 6)
    assert (flat["levelled off"], falling["levelled off"]) == ("yes", "no")
    assert dra_exp.loss_slopes(rows, flat_below=20).iloc[1]["levelled off"] == "yes"
    with pytest.raises(MedadError, match="at least 2 epochs"):
        dra_exp.loss_slopes(rows, last=1)
