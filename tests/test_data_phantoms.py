"""Phantom generators: every domain and class renders, masks mark the lesion, seeds determine images,
and severity moves a method-free baseline from chance towards perfect separation."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from sklearn.metrics import roc_auc_score

from medad_core.data.baseline import nearest_normal_scores
from medad_core.data.phantoms import RENDERERS, render
from medad_core.data.spec import DATASETS, DOMAINS


@pytest.mark.parametrize("domain", list(DOMAINS))
def test_every_class_renders_with_a_mask(domain):
    colour = domain in ("histopathology", "endoscopy", "endoscopy_kinds", "fundus", "fine_endoscopy", "fine_fundus")
    normal, empty = render(domain, np.random.default_rng(0), 48)
    assert normal.dtype == np.float32 and normal.shape == ((48, 48, 3) if colour else (48, 48))
    assert 0 <= normal.min() and normal.max() <= 1 and normal.std() > 0.03 and not empty.any()
    for cls in DOMAINS[domain]:
        img, mask = render(domain, np.random.default_rng(1), 48, cls)
        assert mask.shape == (48, 48) and 0 < mask.mean() < 0.6, (domain, cls, mask.mean())
        again, mask2 = render(domain, np.random.default_rng(1), 48, cls)
        assert np.array_equal(img, again) and np.array_equal(mask, mask2)
    other, _ = render(domain, np.random.default_rng(2), 48)
    assert not np.array_equal(normal, other)  # normal variation


def test_every_dataset_maps_to_a_domain_with_its_classes():
    assert set(RENDERERS) == set(DOMAINS)
    for spec in DATASETS.values():
        assert spec.phantom in DOMAINS and set(spec.anomaly_classes) <= set(DOMAINS[spec.phantom])


@pytest.mark.parametrize("domain", ["chest_xray", "brain_mri"])
def test_severity_controls_difficulty(domain):
    train = torch.from_numpy(np.stack([render(domain, np.random.default_rng([1, i]), 32)[0] for i in range(40)]))
    normal = np.stack([render(domain, np.random.default_rng([2, i]), 32)[0] for i in range(24)])
    classes = DOMAINS[domain]
    aurocs = []
    for severity in (0.1, 1.0):
        anomalous = np.stack(
            [
                render(domain, np.random.default_rng([3, i]), 32, classes[i % len(classes)], severity)[0]
                for i in range(24)
            ]
        )
        scores = nearest_normal_scores(train[:, None], torch.from_numpy(np.concatenate([normal, anomalous]))[:, None])
        aurocs.append(roc_auc_score(np.r_[np.zeros(24), np.ones(24)], scores))
    assert aurocs[0] < 0.65 < aurocs[1], aurocs
