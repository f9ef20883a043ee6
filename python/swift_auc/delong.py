"""DeLong's interval and tests, as pROC's ``ci.auc`` and ``roc.test`` compute them."""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import numpy as np

from ._arrays import labels_array, scores_array
from ._native import library

_MESSAGE_CAPACITY = 1024


@dataclass(frozen=True)
class DeLongInterval:
    """The ROC AUC, DeLong's variance and standard error, and the interval at ``level``."""

    auc: float
    variance: float
    standard_error: float
    lower: float
    upper: float
    level: float


@dataclass(frozen=True)
class DeLongTest:
    """Two areas, their difference, the statistic (z paired, Student's t unpaired), its
    two-sided p-value, the degrees of freedom (unpaired) and the difference's 95 % interval
    (paired)."""

    auc_a: float
    auc_b: float
    difference: float
    statistic: float | None
    statistic_kind: str
    p_value: float | None
    degrees_of_freedom: float | None
    difference_interval: tuple[float, float] | None


def _optional(value: float) -> float | None:
    return None if math.isnan(value) else value


def delong_ci(y_true, y_score, level: float = 0.95) -> DeLongInterval:
    """DeLong's confidence interval of the ROC AUC (pROC's ``ci.auc(method = "delong")``)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be in (0, 1), not {level!r}")
    scores = scores_array(y_score)
    labels = labels_array(y_true, scores.shape[0])
    results = (ctypes.c_double * 5)()
    message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
    status = library.auc_delong(
        scores.ctypes.data, scores.itemsize, scores.strides[0], labels.ctypes.data,
        labels.itemsize, ord(labels.dtype.kind), labels.strides[0], scores.shape[0], level,
        results, message, _MESSAGE_CAPACITY)
    if status != 0:
        raise ValueError(message.value.decode())
    return DeLongInterval(*results, level)


def delong_test(y_true, score_a, score_b, paired: bool = True) -> DeLongTest:
    """DeLong's test of two models' ROC AUCs on the same rows (pROC's ``roc.test``)."""
    first = np.ascontiguousarray(scores_array(score_a, "score_a"), dtype=np.float64)
    second = np.ascontiguousarray(scores_array(score_b, "score_b"), dtype=np.float64)
    if first.shape != second.shape:
        raise ValueError(f"score_a has {first.shape[0]} rows, score_b {second.shape[0]}")
    labels = labels_array(y_true, first.shape[0])
    results = (ctypes.c_double * 8)()
    message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
    status = library.auc_delong_test(
        first.ctypes.data, second.ctypes.data, labels.ctypes.data, labels.itemsize,
        ord(labels.dtype.kind), labels.strides[0], first.shape[0], int(paired), results, message,
        _MESSAGE_CAPACITY)
    if status != 0:
        raise ValueError(message.value.decode())
    interval = None if math.isnan(results[6]) else (results[6], results[7])
    return DeLongTest(results[0], results[1], results[2], _optional(results[3]),
                      "z" if paired else "t", _optional(results[4]), _optional(results[5]),
                      interval)
