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
    with pytest.raises(ValueError, match=r"row 1: label 0\.5 is neither 0 nor 1"):
        metrics.roc_auc_score(np.array([0.0, 0.5, 1.0]), [0.1, 0.2, 0.3])
    with pytest.raises(ValueError, match="row 1"):
        metrics.roc_auc_score([0, 1], [0.1, float("nan")])


def exact_midrank_auc(labels, scores):
    """The exact ROC AUC from midranks (Mann–Whitney), in integers: twice each midrank is
    first + last + 2 of its tie group (0-based), so 2U is an integer sum."""
    order = np.argsort(scores, kind="stable")
    ordered = scores[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.append(starts[1:], len(ordered))
    twice_ranks = np.repeat(starts + ends + 1, ends - starts)
    positive = labels[order] == 1
    positives = int(positive.sum())
    negatives = len(labels) - positives
    twice_u = int(twice_ranks[positive].sum(dtype=np.int64)) - positives * (positives + 1)
    return float(Fraction(twice_u, 2 * positives * negatives))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("positive_rate", [0.5, 0.02, 0.9])
def test_one_shot_radix_path_is_exact_on_large_inputs(dtype, positive_rate):
    # Past 2^16 rows of each class the two classes are sorted on two threads; below, on one.
    rng = np.random.default_rng(int(positive_rate * 100))
    n = 300_000
    labels = (rng.random(n) < positive_rate).astype(np.uint8)
    scores = rng.normal(labels * 0.7, 1.0).astype(dtype)
    scores[::7] = np.round(scores[::7], 2)  # ties within and across classes
    scores[::11] *= -1  # negative scores, and −0.0 beside +0.0
    value = metrics.roc_auc_score(labels, scores)
    assert value == exact_midrank_auc(labels, scores.astype(np.float64))
    # The weighted path (exact counts, not the radix sort) agrees to the bit.
    assert value == metrics.roc_auc_score(labels, scores, sample_weight=np.ones(n))


def test_two_other_label_values_read_as_scikit_learn_reads_them():
    sklearn = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(3)
    zero_one = rng.integers(0, 2, 500)
    scores = rng.normal(zero_one, 1.0)
    for labels in (2 * zero_one - 1, zero_one + 1):
        assert metrics.roc_auc_score(labels, scores) == metrics.roc_auc_score(zero_one, scores)
        assert metrics.roc_auc_score(labels, scores) == pytest.approx(
            sklearn.roc_auc_score(labels, scores), rel=1e-14)
    minus_one_one = 2 * zero_one - 1
    assert metrics.average_precision_score(minus_one_one, scores) == pytest.approx(
        sklearn.average_precision_score(minus_one_one, scores), rel=1e-14)
    fpr, tpr, _ = metrics.roc_curve(minus_one_one, scores)
    expected_fpr, expected_tpr, _ = sklearn.roc_curve(minus_one_one, scores)
    assert np.allclose(fpr, expected_fpr) and np.allclose(tpr, expected_tpr)
