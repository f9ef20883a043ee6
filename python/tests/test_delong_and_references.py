"""Against the reference set: exact rational values, pROC's DeLong values, scikit-learn's."""

import csv
import json
from pathlib import Path

import numpy as np
import pytest

import swift_auc
from swift_auc import metrics

STATS = Path(__file__).with_name("stats")


def load(name):
    reference = json.loads((STATS / f"{name}.json").read_text())
    with open(STATS / f"{name}.csv") as file:
        rows = list(csv.DictReader(file))
    columns = {key: np.array([float.fromhex(r[key]) if r[key].startswith("0x") else float(r[key])
                              for r in rows]) for key in rows[0]}
    return reference, columns


def ulps(a, b):
    return abs(np.frombuffer(np.float64(a).tobytes(), np.int64)[0]
               - np.frombuffer(np.float64(b).tobytes(), np.int64)[0])


@pytest.mark.parametrize("name", ["paired_500", "ties_1dp"])
def test_auc_is_the_exact_value_and_delong_is_pROCs(name):
    reference, columns = load(name)
    labels = columns["label"].astype(np.int64)
    auc = metrics.roc_auc_score(labels, columns["score"])
    assert auc == float.fromhex(reference["exact"]["auc_hex"])
    interval = swift_auc.delong_ci(labels, columns["score"])
    assert ulps(interval.variance, float.fromhex(reference["pROC"]["var_delong_hex"])) <= 2
    proc = reference["pROC"]["ci_delong_95"]
    assert ulps(interval.lower, float.fromhex(proc["lower_hex"])) <= 2
    assert ulps(interval.upper, float.fromhex(proc["upper_hex"])) <= 2


def test_sklearn_rounds_where_ours_is_exact():
    # scikit-learn's float64 trapezoids differ here from the exact rational value by 1 ulp;
    # ours is the exact value correctly rounded, which the reference set records.
    reference, columns = load("groups_200")
    labels = columns["label"].astype(np.int64)
    ours = metrics.roc_auc_score(labels, columns["score"])
    exact = float.fromhex(reference["exact"]["auc_hex"])
    sklearn_value = float.fromhex(reference["sklearn"]["roc_auc_hex"])
    assert ours == exact
    assert ulps(sklearn_value, exact) == 1


def test_weighted_values_are_exact():
    reference, columns = load("weighted_1000")
    labels = columns["label"].astype(np.int64)
    weights = columns["weight"]
    ours = metrics.roc_auc_score(labels, columns["score"], sample_weight=weights)
    exact = float.fromhex(reference["exact"]["auc_weighted_hex"])
    assert ours == exact
    assert ulps(ours, float.fromhex(reference["sklearn"]["roc_auc_weighted_hex"])) <= 4
    ap = metrics.average_precision_score(labels, columns["score"], sample_weight=weights)
    assert ap == float.fromhex(reference["exact"]["average_precision_weighted_hex"])


def test_paired_and_unpaired_tests_are_pROCs():
    reference, columns = load("paired_500")
    labels = columns["label"].astype(np.int64)
    paired = swift_auc.delong_test(labels, columns["score"], columns["score2"], paired=True)
    expected = reference["pROC"]["roc_test_paired"]
    assert paired.statistic == pytest.approx(expected["statistic"], rel=1e-12)
    assert paired.p_value == pytest.approx(expected["p_value"], rel=1e-9)
    assert paired.difference_interval == pytest.approx(expected["conf_int_95"], rel=1e-12)
    unpaired = swift_auc.delong_test(labels, columns["score"], columns["score2"], paired=False)
    expected = reference["pROC"]["roc_test_unpaired"]
    assert unpaired.statistic_kind == "t"
    assert unpaired.statistic == pytest.approx(expected["statistic"], rel=1e-12)
    assert unpaired.degrees_of_freedom == pytest.approx(expected["df"], rel=1e-12)
    assert unpaired.p_value == pytest.approx(expected["p_value"], rel=1e-9)
