"""Curves equal scikit-learn's, point for point."""

import numpy as np
import pytest

from swift_auc import metrics

sklearn = pytest.importorskip("sklearn.metrics")


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("drop", [True, False])
def test_roc_curve_equals_scikit_learn(seed, drop):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, 500)
    scores = np.round(rng.normal(labels, 1.0), 1)
    weights = rng.choice([0.5, 1.0, 2.0], 500) if seed % 2 else None
    ours = metrics.roc_curve(labels, scores, sample_weight=weights, drop_intermediate=drop)
    theirs = sklearn.roc_curve(labels, scores, sample_weight=weights, drop_intermediate=drop)
    for mine, reference in zip(ours, theirs):
        np.testing.assert_allclose(mine, reference, rtol=1e-15, atol=0)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("drop", [True, False])
def test_precision_recall_curve_equals_scikit_learn(seed, drop):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, 500)
    scores = np.round(rng.normal(labels, 1.0), 1)
    weights = rng.choice([0.5, 1.0, 2.0], 500) if seed % 2 else None
    ours = metrics.precision_recall_curve(labels, scores, sample_weight=weights,
                                          drop_intermediate=drop)
    theirs = sklearn.precision_recall_curve(labels, scores, sample_weight=weights,
                                            drop_intermediate=drop)
    for mine, reference in zip(ours, theirs):
        np.testing.assert_allclose(mine, reference, rtol=1e-15, atol=0)
