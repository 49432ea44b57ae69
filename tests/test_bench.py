"""``medad bench bmad``'s anomalib side without anomalib: the peer table, the fit steps, our-side report."""

from __future__ import annotations

import pytest
import torch

from medad_core.api import MedadError
from medad_core.bench import _bmad_bench as bench


def test_peer_table_names_the_driven_methods():
    assert set(bench.PEERS) == {"patchcore", "padim", "stfpm", "rd4ad", "cfa"}
    assert bench.PEER_SUPPORTED == set(bench.PEERS)


def test_unknown_peer_is_a_medad_error_before_anomalib_is_imported():
    images = torch.zeros(2, 1, 8, 8)
    with pytest.raises(MedadError, match="no anomalib peer for 'cflow'.*patchcore"):
        bench.anomalib_fit_predict("cflow", object(), images, images, seed=0)


def test_train_epochs_steps_once_per_batch_and_sees_each_image_once_per_epoch():
    images = torch.arange(10, dtype=torch.float32).reshape(10, 1, 1, 1)
    weight = torch.nn.Parameter(torch.zeros(()))
    optimizer = torch.optim.SGD([weight], lr=1.0)
    seen = []

    def loss_of_batch(batch):
        seen.append(batch.flatten().tolist())
        return (weight - 1) ** 2

    training = bench._Training(size=(1, 1), batch_size=4, epochs=3, seed=0)
    bench._train_epochs(images, loss_of_batch, optimizer, training)
    assert [len(b) for b in seen] == [4, 4, 2] * 3
    for epoch in range(3):
        assert sorted(sum(seen[3 * epoch : 3 * epoch + 3], [])) == list(range(10))
    assert seen[0:3] != seen[3:6]  # reshuffled each epoch (seed + epoch)


def test_fit_memory_bank_forwards_every_image_in_train_mode_then_finishes():
    calls = []

    class Recorder(torch.nn.Module):
        def forward(self, x):
            calls.append((self.training, torch.is_grad_enabled(), len(x)))

    model = Recorder().eval()
    finished = []
    training = bench._Training(size=(4, 4), batch_size=3, epochs=1, seed=0)
    bench._fit_memory_bank(model, training, lambda: finished.append(len(calls)), torch.zeros(7, 3, 4, 4))
    assert calls == [(True, False, 3), (True, False, 3), (True, False, 1)]
    assert finished == [3]


def test_peers_report_without_peers_runs_our_side(capsys):
    rows = bench.peers_report(["padim", "nope"], "bmad_brain", "smoke", seed=0, use_peers=False)
    out = capsys.readouterr().out
    assert "nope" in out and "not registered" in out and "ours only" in out
    assert [r["method"] for r in rows] == ["padim"]
    assert 0.0 <= rows[0]["ours_image_auroc"] <= 1.0
    assert not any(k.startswith("theirs_") for k in rows[0])
