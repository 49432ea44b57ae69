"""Detector checkpoints, kept models and ``medad predict`` (issue 19).

Every registered method's round trip is in ``test_contract.py``; here: the file format, the
refusals, the runner's ``keep_model`` and ``medad predict`` on folders of images.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
import torch
from conftest import easy_images
from PIL import Image

from medad_core import batch, checkpoint
from medad_core.api import Detector, ImageSet, MedadError, Setting, TrainSet
from medad_core.cli import main
from medad_core.config import RunConfig
from medad_core.data import write_phantoms
from medad_core.methods._feature_common import InputSpec
from medad_core.methods.padim import PaDiM
from medad_core.predict import predict_folder
from medad_core.registry import create
from medad_core.runner import keep_model_path, load_model, read_fits_log, run

SIZE = 32


@pytest.fixture(scope="module")
def knn() -> Detector:
    """pixel_knn fitted on 8 grey 32 px textures (localises, fits in milliseconds)."""
    images, labels, _ = easy_images(8, 0, size=SIZE, channels=1)
    train = TrainSet(Setting.ONE_CLASS, normal=ImageSet.from_tensors(images, labels))
    return create("pixel_knn", resolution=8, progress=False).fit(train)


@pytest.fixture(scope="module")
def test_images() -> torch.Tensor:
    images, _, _ = easy_images(3, 3, size=SIZE, channels=1, seed=1)
    return images


def test_round_trip_is_a_plain_file_with_the_run_record(knn, test_images, tmp_path):
    knn.fit_info = {"note": "kept", "grid": (2, 3)}
    path = knn.save(tmp_path / "knn.pt", config_hash="abc", cache_key="def")
    payload = torch.load(path, weights_only=True)
    assert payload["method"] == "pixel_knn" and payload["medad_major"] == "0"
    assert payload["params"]["resolution"] == 8 and payload["train_shape"] == [1, SIZE, SIZE]
    assert (payload["config_hash"], payload["cache_key"]) == ("abc", "def")
    assert set(payload["modules"]["model"]["state"]) == {"normals", "codes"}
    loaded = Detector.load(path)
    assert loaded.fit_info == {"note": "kept", "grid": (2, 3)} and loaded.weights_used == knn.weights_used
    before, after = knn.predict(test_images), loaded.predict(test_images)
    np.testing.assert_array_equal(before.scores, after.scores)
    np.testing.assert_array_equal(before.maps, after.maps)


def test_plain_values_keep_their_types():
    value = {
        "f64": np.linspace(0, 1, 5),
        "u16": np.arange(4, dtype=np.uint16),
        "names": np.array(["a", "bc"]),
        "set": {1, 2},
        "tuple": (1, "x", None),
        "spec": InputSpec(3, 8, 9),
        "nested": [{"t": torch.arange(3)}],
        "scalar": np.float32(2.5),
    }
    back = checkpoint.decode(checkpoint.encode(value))
    assert back["f64"].dtype == np.float64 and back["u16"].dtype == np.uint16
    np.testing.assert_array_equal(back["names"], value["names"])
    assert back["set"] == {1, 2} and back["tuple"] == (1, "x", None) and back["spec"] == InputSpec(3, 8, 9)
    assert torch.equal(back["nested"][0]["t"], torch.arange(3)) and back["scalar"] == 2.5


def test_refusals_name_the_problem(knn, test_images, tmp_path):
    path = knn.save(tmp_path / "knn.pt")
    with pytest.raises(MedadError, match="checkpoint of pixel_knn, not padim"):
        PaDiM.load(path)
    payload = torch.load(path, weights_only=True)
    payload.update(medad_version="99.0.0", medad_major="99")
    torch.save(payload, tmp_path / "future.pt")
    with pytest.raises(MedadError, match=r"medad 99\.0\.0 \(major 99\).*refit"):
        Detector.load(tmp_path / "future.pt")
    (tmp_path / "corrupt.pt").write_bytes(path.read_bytes()[:1000])
    with pytest.raises(MedadError, match="corrupt.pt is not a readable medad checkpoint"):
        Detector.load(tmp_path / "corrupt.pt")
    torch.save({"state_dict": {}}, tmp_path / "other.pt")
    with pytest.raises(MedadError, match="is not a medad checkpoint"):
        Detector.load(tmp_path / "other.pt")
    loaded = Detector.load(path)
    with pytest.raises(MedadError, match="fitted on 32x32 images but predict.. got 24x24 images; resize"):
        loaded.predict(test_images[:, :, :24, :24])
    with pytest.raises(MedadError, match="1-channel .* got 3-channel"):
        loaded.predict(test_images.expand(-1, 3, -1, -1))


def test_unsupported_fitted_state_is_refused_at_save(knn, tmp_path):
    detector = Detector.load(knn.save(tmp_path / "knn.pt"))
    detector.index = object()  # e.g. a faiss index: the method must give _fitted_state()
    with pytest.raises(MedadError, match="cannot save the fitted attribute 'index'"):
        detector.save(tmp_path / "again.pt")
    with pytest.raises(MedadError, match="call fit"):
        create("pixel_knn").save(tmp_path / "unfitted.pt")


def _write_folder(root: Path) -> dict[str, tuple[int, int]]:
    """Images in several modes and sizes (name -> (W, H)), one corrupt file, one mask."""
    rng = np.random.default_rng(0)
    (root / "images" / "sub").mkdir(parents=True)
    (root / "masks").mkdir()
    sizes = {"grey.png": (48, 40), "rgba.png": (36, 36), "sub/deep.png": (32, 32), "wide16.png": (50, 30)}
    Image.fromarray(rng.integers(0, 255, (40, 48), dtype=np.uint8)).save(root / "images" / "grey.png")
    Image.fromarray(rng.integers(0, 255, (36, 36, 4), dtype=np.uint8), "RGBA").save(root / "images" / "rgba.png")
    Image.fromarray(rng.integers(0, 255, (32, 32), dtype=np.uint8)).save(root / "images" / "sub" / "deep.png")
    Image.fromarray(rng.integers(0, 65535, (30, 50), dtype=np.uint16)).save(root / "images" / "wide16.png")
    np.save(root / "images" / "array.npy", rng.random((32, 32)).astype(np.float32))
    sizes["array.npy"] = (32, 32)
    (root / "images" / "broken.png").write_bytes(b"not a png")
    mask = np.zeros((40, 48), dtype=np.uint8)
    mask[10:20, 10:30] = 255
    Image.fromarray(mask).save(root / "masks" / "grey_mask.png")
    return sizes


def test_predict_folder_skips_a_corrupt_file_and_overlays_keep_the_input_size(knn, tmp_path):
    sizes = _write_folder(tmp_path)
    reported = []
    detector = Detector.load(knn.save(tmp_path / "knn.pt"))
    detector.thresholds = {"image": 0.0, "pixel": 0.1, "pixel_min": 0.0, "pixel_max": 0.5}
    summary = predict_folder(
        detector,
        tmp_path / "images",
        tmp_path / "out",
        masks=tmp_path / "masks",
        batch_size=2,
        show_progress=False,
        report=reported.append,
    )
    assert [name for name, _ in summary["skipped"]] == ["broken.png"] and "broken.png" in reported[0]
    with open(summary["scores_csv"]) as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["file"] for r in rows) == sorted(sizes)
    assert {r["is_anomalous"] for r in rows} == {"1"} and {r["file"]: r["label"] for r in rows}["grey.png"] == "1"
    for name, size in sizes.items():
        overlay = Image.open(tmp_path / "out" / name.replace(Path(name).suffix, "_overlay.png"))
        assert overlay.size == size and overlay.mode == "RGB"
    assert summary["metrics"]["n_anomalous"] == 1 and summary["metrics"]["pixel_auroc"] is not None
    assert json.loads((tmp_path / "out" / "metrics.json").read_text()) == summary["metrics"]


def test_keep_model_stores_thresholds_and_a_cached_row_without_model_refits():
    config = RunConfig(method="pixel_knn", dataset="bmad_brain", profile="smoke")
    plain = run(config)
    assert plain["model_kept"] is False and len(read_fits_log()) == 1
    kept = run(config, keep_model=True)
    assert kept["model_kept"] is True and len(read_fits_log()) == 2
    assert run(config, keep_model=True) == kept and len(read_fits_log()) == 2  # served from the cache
    detector = load_model(config)
    assert keep_model_path(kept["config_hash"]) == keep_model_path(kept["cache_key"][:6])
    thresholds = detector.thresholds
    assert thresholds["image"] is not None and thresholds["pixel"] is not None
    assert thresholds["pixel_min"] <= thresholds["pixel"] <= thresholds["pixel_max"]
    with pytest.raises(MedadError, match="no kept model 'ffff'"):
        load_model("ffff")


def test_cli_keep_model_then_predict_on_a_phantom_folder(tmp_path, capsys):
    root = Path(write_phantoms("brainmri", tmp_path / "data", profile="smoke"))
    assert main(["run", "--method", "patchcore", "--dataset", "folder", "--layout", "mvtec", "--data-root", str(root),
                 "--profile", "smoke", "--keep-model", "--json"]) == 0  # fmt: skip
    row = json.loads(capsys.readouterr().out)
    assert row["model_kept"]
    images = root / "test" / "good"
    assert main(["predict", "--run", row["cache_key"], "--images", str(images), "--out", str(tmp_path / "out")]) == 0
    assert "scored" in capsys.readouterr().out
    with open(tmp_path / "out" / "scores.csv") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(list(images.glob("*.png"))) and all(float(r["score"]) > 0 for r in rows)
    first = rows[0]["file"]
    assert Image.open(tmp_path / "out" / first.replace(".png", "_overlay.png")).size == Image.open(images / first).size
    with pytest.raises(SystemExit):  # argparse: one of --model / --run is required
        main(["predict", "--images", str(images), "--out", str(tmp_path / "x")])
    assert main(["predict", "--run", "0000", "--images", str(images), "--out", str(tmp_path / "x")]) == 2
    assert "no kept model '0000'" in capsys.readouterr().err


def test_a_batch_grid_keeps_its_models(tmp_path):
    spec = tmp_path / "grid.yaml"
    spec.write_text("methods: [pixel_knn]\ndatasets: [bmad_brain]\nseeds: [0]\nkeep_model: true\n")
    grid = batch.load_grid_file(spec)
    tasks = batch.batch_tasks([grid], "smoke", results=tmp_path / "res")
    assert grid.keep_model and [t.keep_model for t in tasks] == [True]
    result = batch.run_batch(tasks, tmp_path / "res", progress_bar=False)
    row = result.records[0]
    assert row["model_kept"] and (tmp_path / "res" / "models" / f"{row['cache_key']}.pt").is_file()
