"""Exact streaming counts: every distinct score, merged exactly, in the .aucstate format."""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

from ._arrays import labels_array, scores_array, weights_array
from ._native import encoded_state, library

_MESSAGE_CAPACITY = 1024


@dataclass(frozen=True)
class ExactSummary:
    """The areas of every row counted; ``None`` where the rows leave one undefined."""

    roc_auc: float | None
    roc_auc_error_bound: float | None
    average_precision: float | None
    pr_auc_trapezoid: float | None
    pr_auc_interpolated: float | None
    positives: int
    negatives: int


def _optional(value: float) -> float | None:
    return None if math.isnan(value) else value


class ExactAUC:
    """Exact ROC AUC, average precision and both PR areas over batches, in memory that grows
    with the distinct scores, not the rows. With ``memory_budget`` (bytes), the counts move to
    the finest log bins that fit when it runs out, and the summary carries the bound.

    >>> counts = ExactAUC()
    >>> counts.update([1, 0, 0, 1], [0.9, 0.2, 0.7, 0.7])   # y_true, y_score
    >>> counts.summary().roc_auc
    0.875
    """

    def __init__(self, memory_budget: int | None = None) -> None:
        handle = library.auc_exact_create(memory_budget or 0)
        if not handle:
            raise ValueError(f"memory_budget must be at least 65536 bytes, not {memory_budget}")
        self._handle = ctypes.c_void_p(handle)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            library.auc_exact_free(handle)

    def update(self, y_true, y_score, sample_weight=None) -> None:
        """Counts one batch; a bad batch raises ``ValueError`` naming the row and changes nothing."""
        scores = scores_array(y_score)
        labels = labels_array(y_true, scores.shape[0])
        weights = weights_array(sample_weight, scores.shape[0])
        message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        status = library.auc_exact_update(
            self._handle, scores.ctypes.data, scores.itemsize, scores.strides[0],
            labels.ctypes.data, labels.itemsize, ord(labels.dtype.kind), labels.strides[0],
            None if weights is None else weights.ctypes.data,
            0 if weights is None else weights.strides[0], scores.shape[0], message,
            _MESSAGE_CAPACITY)
        if status != 0:
            raise ValueError(message.value.decode())

    def merge(self, other: "ExactAUC") -> None:
        """Adds every row `other` counted, exactly."""
        message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        if library.auc_exact_merge(self._handle, other._handle, message, _MESSAGE_CAPACITY):
            raise ValueError(message.value.decode())

    def summary(self) -> ExactSummary:
        """The ROC AUC with its bound, AP and both PR areas of the rows so far."""
        results = (ctypes.c_double * 5)()
        rows = (ctypes.c_uint64 * 2)()
        library.auc_exact_summary(self._handle, results, rows)
        return ExactSummary(*(_optional(value) for value in results), rows[0], rows[1])

    def to_bytes(self) -> bytes:
        """The counts as a state file, as ``auc accumulate --exact`` writes one."""
        return encoded_state(library.auc_exact_encode, self._handle)

    @classmethod
    def from_bytes(cls, data: bytes) -> "ExactAUC":
        """Counts from a state file of counts (``auc accumulate --exact``, ``--bins log:K`` or
        ``--weight``); raises ``ValueError`` for a damaged state, naming why."""
        message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        handle = library.auc_exact_decode(data, len(data), message, _MESSAGE_CAPACITY)
        if not handle:
            raise ValueError(message.value.decode())
        counts = cls.__new__(cls)
        counts._handle = ctypes.c_void_p(handle)
        return counts

    def __getstate__(self) -> bytes:
        return self.to_bytes()

    def __setstate__(self, state: bytes) -> None:
        restored = ExactAUC.from_bytes(state)
        self._handle, restored._handle = restored._handle, None
