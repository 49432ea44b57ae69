"""Cache identity: a row is served only while everything that made its numbers is unchanged."""

from __future__ import annotations

import json

import pytest

from medad_core.cli import main
from medad_core.config import RunConfig
from medad_core.registry import get_method
from medad_core.runner import (
    SCHEMA_VERSION,
    cache_key,
    cache_rows,
    identity,
    prune_cache,
    read_fits_log,
    results_dir,
    run,
)


def _config(**changes):
    return RunConfig(method="pixel_knn", dataset="bmad_brain", profile="smoke", **changes)


@pytest.fixture
def knn(monkeypatch):
    """pixel_knn with a private copy of its profile parameters, so a test can change them."""
    cls = get_method("pixel_knn")
    monkeypatch.setattr(cls, "profile_params", {k: dict(v) for k, v in cls.profile_params.items()})
    return cls


def test_identity_holds_what_changes_the_numbers(knn):
    ident = identity(_config())
    assert ident["params"]["resolution"] == knn.profile_params["smoke"]["resolution"], "profile default resolved"
    assert ident["params"]["sigma"] == 2.0, "__init__ default resolved"
    assert ident["method_version"] == knn.version and ident["medad_version"]
    data = ident["data"]["dataset"]
    assert data["source"] == "phantom" and data["image_size"] == 64 and data["channels"] == 1
    assert data["phantom_version"] >= 1 and data["counts"]["train"][0] > 0
    assert "progress" not in ident["params"], "progress bars do not change numbers"
    assert cache_key(_config(params={"progress": False})) == cache_key(_config())
    explicit = _config(params={"resolution": knn.profile_params["smoke"]["resolution"]})
    assert cache_key(explicit) == cache_key(_config()), "the profile default spelt out is the same run"
    assert cache_key(_config(data_seed=1)) != cache_key(_config())
    row = run(_config())
    assert row["identity"] == ident and row["cache_key"] == cache_key(_config())


def test_changed_profile_parameter_or_version_recomputes_and_the_old_row_is_stale(knn, monkeypatch):
    config = _config()
    first = run(config)
    assert run(config) == first and len(read_fits_log()) == 1, "an unchanged config is served from the cache"
    assert cache_rows(stale_only=True) == []

    monkeypatch.setitem(knn.profile_params["smoke"], "resolution", 8)
    second = run(config)
    assert len(read_fits_log()) == 2 and second["cache_key"] != first["cache_key"], "recomputed"
    assert second["identity"]["params"]["resolution"] == 8
    stale = cache_rows(stale_only=True)
    assert [s["hash"] for s in stale] == [first["cache_key"]] and "params" in stale[0]["stale"]

    monkeypatch.setattr(knn, "version", "2")
    third = run(config)
    assert len(read_fits_log()) == 3 and third["identity"]["method_version"] == "2"
    stale = {s["hash"]: s["stale"] for s in cache_rows(stale_only=True)}
    assert set(stale) == {first["cache_key"], second["cache_key"]}
    assert "method_version" in stale[second["cache_key"]]


def test_prune_removes_only_stale_rows_with_their_arrays(knn, monkeypatch, capsys):
    config = _config()
    old = run(config, keep_predictions=True)
    other = run(config.replace(seed=1))
    monkeypatch.setattr(knn, "version", "2")
    new = run(config, keep_predictions=True)
    root = results_dir()
    assert main(["cache", "stale", "--results", str(root)]) == 0
    out = capsys.readouterr().out
    assert "2 stale row(s)" in out and old["cache_key"] in out and other["cache_key"] in out
    assert new["cache_key"] not in out
    assert main(["cache", "prune", "--results", str(root)]) == 0
    out = capsys.readouterr().out
    assert "removed 2 row(s)" in out and old["cache_key"] in out
    left = {p.stem for p in (root / "runs").glob("*.json")}
    assert left == {new["cache_key"]}
    assert {p.stem for p in (root / "predictions").glob("*.npz")} == {new["cache_key"]}
    assert not list(root.glob(".prune-*")), "the trash folder is gone"
    assert run(config) == new and len(read_fits_log()) == 3, "the current row is still served"
    assert main(["cache", "ls", "--results", str(root)]) == 0
    assert new["cache_key"] in capsys.readouterr().out
    ddpm = root / "ddpm" / "0123456789abcdef.pt"
    ddpm.parent.mkdir(parents=True, exist_ok=True)
    ddpm.write_bytes(b"a cached DDPM")
    assert main(["cache", "prune", "--results", str(root)]) == 0
    assert ddpm.is_file(), "a plain prune keeps the DDPMs that rows share"
    assert main(["cache", "prune", "--all", "--results", str(root)]) == 0
    out = capsys.readouterr().out
    assert "removed 1 row(s)" in out and not list((root / "runs").glob("*.json"))
    assert "removed 1 shared trained file(s)" in out and not ddpm.exists()


def test_unreadable_or_foreign_rows_are_stale(knn):
    run(_config())
    runs = results_dir() / "runs"
    (runs / "0000000000000000.json").write_text("{not json")
    (runs / "1111111111111111.json").write_text(json.dumps({"schema_version": 1, "row": {"method": "x"}}))
    reasons = {s["hash"]: s["stale"] for s in cache_rows(stale_only=True)}
    assert reasons == {
        "0000000000000000": "unreadable file",
        "1111111111111111": f"row format 1 (current {SCHEMA_VERSION})",
    }
    assert len(prune_cache()) == 2 and len(cache_rows()) == 1


def test_a_changed_phantom_clip_recipe_misses_the_cache(monkeypatch):
    """The CLIP methods' offline fallback weights are trained by medad: their recipe is part of the key."""
    from medad_core.nn import clip as clip_nn  # noqa: PLC0415 - open_clip loads only for this test
    from medad_core.runner import cache_key  # noqa: PLC0415

    smoke, paper = (RunConfig(method="clip", dataset="bmad_brain", profile=p) for p in ("smoke", "paper"))
    before, paper_before = cache_key(smoke), cache_key(paper)
    patchcore = cache_key(RunConfig(method="patchcore", dataset="bmad_brain", profile="smoke"))
    monkeypatch.setattr(clip_nn, "SMOKE_PRETRAIN", {**clip_nn.SMOKE_PRETRAIN, "steps": 7})
    assert cache_key(smoke) != before, "a new smoke phantom-clip recomputes the smoke CLIP rows"
    assert cache_key(paper) == paper_before, "the paper profile never falls back to phantom-clip"
    assert cache_key(RunConfig(method="patchcore", dataset="bmad_brain", profile="smoke")) == patchcore
