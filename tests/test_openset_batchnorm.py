"""BatchNorm statistics of the open-set methods after training (``bn_recalibration``, issue 12 item 1).

The quick profile's randomly initialised ResNet-18 changes fast over its few dozen steps, so the
running averages of the training steps lag the final weights; DRA3An and the non-disentangled model
then ranked the Hyper-Kvasir phantom's test images nearly perfectly inverted (AUROC 0.146 / 0.133).
"""

from __future__ import annotations

import copy
import os

import pytest
import torch

os.environ.setdefault("MEDAD_PROGRESS", "0")

from medad_core.api import MedadError  # noqa: E402
from medad_core.methods._openset import OpenSetBatches  # noqa: E402
from medad_core.methods.dra import DRA, DRA3An  # noqa: E402
from medad_core.methods.saoe import SAOE  # noqa: E402
from tests.test_methods_dra import BASE, make_trainset  # noqa: E402


class _Fixed:
    """A sampler stand-in whose every draw is one fixed batch."""

    def __init__(self, batch):
        self.batch = batch

    def draw(self, *split):
        return self.batch


def _scores(model, images, train_mode: bool) -> dict[str, torch.Tensor]:
    model = copy.deepcopy(model)  # a train-mode forward would move the running averages
    model.train(train_mode)
    with torch.no_grad():
        return model(images)


def test_recalibrated_eval_scores_equal_the_batch_statistics_scores():
    train = make_trainset()
    # one pyramid level (the quick profile's): each level's train-mode forward has its own batch statistics
    det = DRA3An(pseudo="external", rotation=0, bn_recalibration=0, **dict(BASE, pyramid_levels=1)).fit(train)
    # a large draw, so the unbiased running variance is close to the batch's own
    images, labels = OpenSetBatches(train, pseudo="external", seed=3).draw(*(8 * n for n in det._split))
    # with the final weights and the batch's own statistics the heads separate the batch's classes
    reference = _scores(det.model, images, train_mode=True)
    stale = _scores(det.model, images, train_mode=False)
    weights = {k: v.clone() for k, v in det.model.state_dict().items() if "running" not in k and "num_batches" not in k}

    det._data = _Fixed((images, labels))
    assert det.recalibrate_batchnorm(3) > 0
    det._data = None
    fresh = _scores(det.model, images, train_mode=False)
    for head in reference:
        # running_var is the unbiased variance: a relative difference of about 1/n per layer remains
        torch.testing.assert_close(fresh[head], reference[head], rtol=0.05, atol=0.05)
    # the training steps' running averages did not give these scores (what the re-estimation fixes)
    gap = max(float((stale[h] - reference[h]).abs().max()) for h in reference)
    assert gap > 0.1
    # the weights are untouched, and the layers are back in eval mode
    for k, v in det.model.state_dict().items():
        if k in weights:
            assert torch.equal(v, weights[k]), k
    assert not any(m.training for m in det.model.modules())


def test_profiles_recalibrate_in_quick_and_smoke_and_keep_the_codes_averages_in_paper():
    assert DRA.for_profile("quick").bn_recalibration > 0
    assert SAOE.for_profile("smoke").bn_recalibration > 0
    assert DRA.for_profile("paper").bn_recalibration == 0
    with pytest.raises(MedadError, match="bn_recalibration"):
        DRA(bn_recalibration=-1)


def test_fit_records_the_recalibrated_layers():
    det = DRA(pseudo="external", rotation=0, bn_recalibration=2, **dict(BASE, epochs=1, iterations=2, n_ref=2))
    det.fit(make_trainset())
    # the trunk's 20 BatchNorm layers and the residual head's composite-feature one
    assert det.fit_info["bn_recalibrated"] == 21
