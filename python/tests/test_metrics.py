"""scikit-learn's ranking functions: the exact value (brute force over pairs, in rationals),
and scikit-learn's own value to within its rounding."""

from fractions import Fraction

import numpy as np
import pytest

from swift_auc import metrics


def exact_roc_auc(labels, scores, weights=None):
    weights = np.ones(len(labels)) if weights is None else weights
    positives = [(s, Fraction(w)) for s, l, w in zip(scores, labels, weights) if l == 1]
    negatives = [(s, Fraction(w)) for s, l, w in zip(scores, labels, weights) if l == 0]
    total = Fraction(0)
    for score, weight in positives:
        for other, other_weight in negatives:
            if score > other:
                total += weight * other_weight
            elif score == other:
                total += weight * other_weight / 2
    return total / (sum(w for _, w in positives) * sum(w for _, w in negatives))


@pytest.mark.parametrize("seed", range(6))
def test_roc_auc_is_the_exact_value(seed):
    rng = np.random.default_rng(seed)
    n = 300
    labels = rng.integers(0, 2, n)
    scores = np.round(rng.normal(labels * 0.5, 1.0), 1)  # many ties
    weights = rng.choice([0.5, 1.0, 2.25, 3.0], n) if seed % 2 else None
    expected = exact_roc_auc(labels, scores, weights)
    value = metrics.roc_auc_score(labels, scores, sample_weight=weights)
    assert value == float(expected)
    sklearn = pytest.importorskip("sklearn.metrics")
    assert value == pytest.approx(sklearn.roc_auc_score(labels, scores, sample_weight=weights), rel=1e-14)


def test_float32_scores_and_bool_labels_read_in_place():
    scores = np.array([0.1, 0.4, 0.35, 0.8], dtype=np.float32)
    labels = np.array([False, False, True, True])
    assert metrics.roc_auc_score(labels, scores) == 0.75


def test_max_fpr_and_average_precision_match_scikit_learn():
    sklearn = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(11)
    labels = rng.integers(0, 2, 2000)
    scores = rng.normal(labels, 1.0)
    for max_fpr in (0.1, 0.5, 1.0):
        assert metrics.roc_auc_score(labels, scores, max_fpr=max_fpr) == pytest.approx(
            sklearn.roc_auc_score(labels, scores, max_fpr=max_fpr), rel=1e-12)
    assert metrics.average_precision_score(labels, scores) == pytest.approx(
        sklearn.average_precision_score(labels, scores), rel=1e-12)


def test_bad_input_names_the_row():
    with pytest.raises(ValueError, match="row 2"):
        metrics.roc_auc_score([0, 1, 3], [0.1, 0.2, 0.3])
    with pytest.raises(ValueError, match="Only one class"):
        metrics.roc_auc_score([1, 1], [0.1, 0.2])
