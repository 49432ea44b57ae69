"""The `medad` command line contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medad_core.cli import main
from medad_core.runner import read_fits_log

ROW_KEYS = [
    "image_auroc",
    "image_ap",
    "pixel_auroc",
    "pro",
    "dice_oracle",
    "fit_seconds",
    "predict_seconds",
    "peak_memory_mb",
    "weights",
    "config",
]


def _medad(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medad_core.cli", *args], capture_output=True, text=True, timeout=300)


def test_methods_and_datasets_list(capsys):
    assert main(["methods"]) == 0
    out = capsys.readouterr().out
    assert "pixel_knn" in out and "one_class" in out
    assert main(["datasets"]) == 0
    out = capsys.readouterr().out
    for name in ("bmad_brain", "bmad_chest", "brainmri", "headct", "hyperkvasir"):
        assert name in out


def test_run_json_twice_hits_the_cache():
    args = ["run", "--method", "pixel_knn", "--dataset", "bmad_brain", "--profile", "smoke", "--json"]
    first = _medad(*args)
    assert first.returncode == 0, first.stderr
    row = json.loads(first.stdout)
    for key in ROW_KEYS:
        assert key in row, key
    assert row["config"]["profile"] == "smoke"
    second = _medad(*args)
    assert json.loads(second.stdout) == row, "the second run returns the cached row (same finished_at)"
    assert main(args) == 0
    assert len(read_fits_log()) == 1, "only the first run fitted"


def test_run_on_a_user_mvtec_folder(tmp_path, capsys):
    assert main(["make-phantoms", "--dataset", "brainmri", "--out", str(tmp_path / "data")]) == 0
    folder = capsys.readouterr().out.strip().splitlines()[-1]
    (Path(folder) / "PHANTOM.txt").unlink()  # now it is indistinguishable from a user's own data
    assert (
        main(
            [
                "run",
                "--method",
                "pixel_knn",
                "--dataset",
                "folder",
                "--layout",
                "mvtec",
                "--data-root",
                folder,
                "--profile",
                "smoke",
                "--json",
            ]
        )
        == 0
    )
    row = json.loads(capsys.readouterr().out)
    assert row["data_source"] == "real" and row["image_auroc"] > 0.5


def test_bad_input_gives_one_clear_error(capsys):
    assert main(["run", "--method", "nope", "--dataset", "bmad_brain"]) == 2
    assert "unknown method 'nope'" in capsys.readouterr().err
    assert main(["run", "--method", "pixel_knn", "--dataset", "bmad_brain", "--param", "oops"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err


def test_unknown_or_ill_typed_parameters_list_the_methods_parameters(capsys):
    base = ["run", "--method", "padim", "--dataset", "bmad_brain", "--profile", "smoke"]
    assert main([*base, "--param", "nope=1"]) == 2
    err = capsys.readouterr().err
    assert "no parameter(s) 'nope'" in err and "layers: tuple[str, ...]" in err and "Traceback" not in err
    assert main([*base, "--param", "layers=3"]) == 2
    assert "parameter 'layers' expects tuple[str, ...]; got 3" in capsys.readouterr().err
    assert main([*base, "--param", "sigma=abc"]) == 2
    assert "parameter 'sigma' expects float; got 'abc'" in capsys.readouterr().err
    assert not (Path(os.environ["MEDAD_RESULTS"]) / "fits.log").exists(), "nothing ran"


@pytest.mark.parametrize("bench", ["list"])
def test_bench_lists(bench, capsys):
    assert main(["bench", bench]) == 0
    assert "metrics" in capsys.readouterr().out
