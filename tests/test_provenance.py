"""The reproducibility page's pieces: timings, runs behind pages, commands."""

from __future__ import annotations

import json

import pandas as pd

from medad_core import provenance
from medad_core.batch import NOTEBOOK_GRIDS
from medad_core.runner import run


def test_timings_merge_partial_builds_of_one_profile_and_restart_on_another(tmp_path):
    provenance.write_timings({"bmad_tables": 300.04}, "quick", "serial", tmp_path)
    provenance.write_timings({"dra_general": 70.0}, "quick", "dask", tmp_path)
    frame, record = provenance.notebook_timings(tmp_path)
    assert dict(zip(frame["notebook"], frame["seconds"], strict=True)) == {"bmad_tables": 300.0, "dra_general": 70.0}
    assert record["executor"] == "dask" and record["machine"]["cores"] >= 1
    provenance.write_timings({"pipeline_demo": 5.0}, "smoke", "serial", tmp_path)
    assert provenance.notebook_timings(tmp_path)[0]["notebook"].tolist() == ["pipeline_demo"]
    assert json.loads((tmp_path / provenance.TIMINGS_FILE).read_text())["profile"] == "smoke"


def test_runs_behind_a_page_name_their_hash_weights_and_data(tmp_path):
    """The pipeline demo's runs: not cached, then cached with the weights and data source of each row."""
    before = provenance.runs_behind_pages("smoke", results=tmp_path, notebooks=["pipeline_demo"])
    demo = before[before["notebook"] == "pipeline_demo"]
    assert len(demo) == len(before) > 0 and set(demo["status"]) == {"not in the cache"}
    tasks = NOTEBOOK_GRIDS["pipeline_demo"].tasks("smoke", results=tmp_path)
    run(tasks[0].config, tmp_path)
    after = provenance.runs_behind_pages("smoke", results=tmp_path, notebooks=["pipeline_demo"])
    done = after[(after["notebook"] == "pipeline_demo") & (after["status"] == "cached")]
    assert done["config_hash"].tolist() == [tasks[0].config.config_hash()]
    assert done["data"].item() == "phantom" and done["weights"].item()
    summary = provenance.runs_summary(after)
    row = summary.set_index("notebook").loc["pipeline_demo"]
    assert row["runs"] == len(demo) and row["cached"] == 1 and row["data"] == "phantom 1"


def test_runs_summary_counts_weight_kinds():
    runs = pd.DataFrame(
        {
            "notebook": ["a", "a", "a", "b"],
            "status": ["cached", "cached", "not in the cache", "cached"],
            "weights": ["random (pretrained unavailable offline)", "pretrained:resnet18/IMAGENET1K_V1", None, "x"],
            "data": ["phantom", "phantom", None, "/data/brats"],
        }
    )
    summary = provenance.runs_summary(runs).set_index("notebook")
    assert summary.loc["a", "cached"] == 2 and summary.loc["a", "weights"] == "random 1, pretrained 1"


def test_reproduce_commands_name_the_page_profile_and_data():
    text = provenance.reproduce_commands("bmad_tables", "paper", "/data")
    assert "medad batch bmad_tables --profile paper --data-root /data" in text
    assert "papermill - bmad_tables.ipynb -p profile paper -p data_root /data" in text
    env = provenance.environment().set_index("item")["value"]
    assert env["commit"] and env["medad"] and int(env["cores"]) >= 1
    assert "torch" in provenance.package_versions()["package"].tolist()
