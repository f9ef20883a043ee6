"""PaddlePaddle's streaming ``Auc`` metric, with the same doubles."""

from __future__ import annotations

import ctypes
import math

import numpy as np

from ._native import encoded_state, library

_MESSAGE_CAPACITY = 1024


def _address(array: np.ndarray) -> int:
    """The address of an array's first item. Through the buffer protocol for a writable
    C-contiguous array (a fraction of a microsecond), else the array interface (a few)."""
    try:
        return ctypes.addressof(ctypes.c_char.from_buffer(array))
    except (TypeError, ValueError, BufferError):
        return array.__array_interface__["data"][0]


class Auc:
    """A drop-in for ``paddle.metric.Auc`` / ``fluid.metrics.Auc``.

    ``update(preds, labels)`` counts a mini-batch: ``preds`` is (n, 2) with column 1 the
    positive class (or (n,) scores), ``labels`` (n, 1) or (n,) of 0/1; float32 scores bin in
    float32, as PaddlePaddle bins them. ``eval()`` (and ``accumulate()``) gives the area so far,
    the same double as PaddlePaddle's, or ``None`` while it is undefined. A bad batch raises
    ``ValueError`` naming the row and value, and changes nothing.

    >>> metric = Auc()
    >>> metric.update(np.array([[0.1, 0.9], [0.8, 0.2]]), np.array([[1], [0]]))
    >>> metric.eval()
    1.0
    """

    def __init__(self, name: str = "auc", curve: str = "ROC", num_thresholds: int = 4095,
                 slide_steps: int = 0) -> None:
        if curve not in ("ROC", "PR"):
            raise ValueError(f"curve must be 'ROC' or 'PR', not {curve!r}")
        handle = library.auc_streaming_create(0 if curve == "ROC" else 1, num_thresholds, slide_steps)
        if not handle:
            raise ValueError(f"num_thresholds must be in 1...16777215, not {num_thresholds}")
        self._handle = ctypes.c_void_p(handle)
        self._message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        self._name, self._curve, self._thresholds = name, curve, num_thresholds
        self._slide_steps = slide_steps

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            library.auc_streaming_free(handle)

    def name(self) -> str:
        """The metric's name."""
        return self._name

    def get_config(self) -> dict:
        """The metric's parameters."""
        return {"name": self._name, "curve": self._curve, "num_thresholds": self._thresholds,
                "slide_steps": self._slide_steps}

    def update(self, preds, labels) -> None:
        """Counts one mini-batch, read in place; raises ``ValueError`` naming the row and value
        for bad input, and then counts nothing of the batch."""
        predictions = np.asarray(preds)
        if predictions.dtype.char not in "fd":
            predictions = predictions.astype(np.float64)
        itemsize = predictions.itemsize
        if predictions.ndim == 2:
            if predictions.shape[1] != 2:
                raise ValueError(f"preds must be (n, 2) or (n,), not {predictions.shape}")
            # Column 1 read in place: one item past the start, a row's stride apart.
            scores_address = _address(predictions) + predictions.strides[1]
        elif predictions.ndim == 1:
            scores_address = _address(predictions)
        else:
            raise ValueError(f"preds must be (n, 2) or (n,), not {predictions.shape}")
        count = predictions.shape[0]
        label_array = np.asarray(labels)
        if label_array.ndim == 2 and label_array.shape[1] == 1:
            label_stride = label_array.strides[0]
        elif label_array.ndim == 1 and label_array.shape[0] == count:
            label_stride = label_array.strides[0]
        else:
            raise ValueError(f"labels must be (n, 1) or (n,) for n = {count}, not {np.shape(labels)}")
        if label_array.shape[0] != count:
            raise ValueError(f"labels must be (n, 1) or (n,) for n = {count}, not {np.shape(labels)}")
        if label_array.dtype.kind not in "biu":
            raise ValueError(f"labels must be bool or integers, not {label_array.dtype}")
        status = library.auc_streaming_update(
            self._handle, scores_address if count else None, itemsize, predictions.strides[0],
            _address(label_array) if count else None, label_array.itemsize,
            ord(label_array.dtype.kind), label_stride, count, self._message, _MESSAGE_CAPACITY)
        if status != 0:
            raise ValueError(self._message.value.decode())

    def eval(self) -> float | None:
        """The area so far, or ``None`` while a class is missing."""
        value = library.auc_streaming_value(self._handle)
        return None if math.isnan(value) else value

    accumulate = eval

    def error_bound(self) -> float | None:
        """How far the binned ROC AUC can be from the exact one, or ``None``."""
        value = library.auc_streaming_error_bound(self._handle)
        return None if math.isnan(value) else value

    def window_eval(self) -> float | None:
        """The area of the last ``slide_steps`` batches (PaddlePaddle's ``batch_auc``), or
        ``None`` without a window or while a class is missing from it."""
        value = library.auc_streaming_window_value(self._handle)
        return None if math.isnan(value) else value

    def reset(self) -> None:
        """Empties the counts, keeping the parameters."""
        library.auc_streaming_reset(self._handle)

    def merge(self, other: "Auc") -> None:
        """Adds every row `other` counted (same ``num_thresholds``), or raises ``ValueError``."""
        message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        if library.auc_streaming_merge(self._handle, other._handle, message, _MESSAGE_CAPACITY):
            raise ValueError(message.value.decode())

    def to_bytes(self) -> bytes:
        """The counts as a state file (``.aucstate``), as ``auc accumulate`` writes them; ``auc
        merge`` and ``auc state show`` read it. The window, if any, is not in it."""
        return encoded_state(library.auc_streaming_encode, self._handle)

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "auc", curve: str = "ROC") -> "Auc":
        """A metric holding the rows of a histogram state file (``auc accumulate`` without
        ``--exact``); raises ``ValueError`` for a damaged or truncated state, naming why."""
        if curve not in ("ROC", "PR"):
            raise ValueError(f"curve must be 'ROC' or 'PR', not {curve!r}")
        message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        handle = library.auc_streaming_decode(data, len(data), 0 if curve == "ROC" else 1,
                                              message, _MESSAGE_CAPACITY)
        if not handle:
            raise ValueError(message.value.decode())
        metric = cls.__new__(cls)
        metric._handle = ctypes.c_void_p(handle)
        metric._message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        metric._name, metric._curve, metric._slide_steps = name, curve, 0
        metric._thresholds = library.auc_streaming_thresholds(metric._handle)
        return metric

    def __getstate__(self) -> dict:
        return {"config": self.get_config(), "state": self.to_bytes()}

    def __setstate__(self, pickled: dict) -> None:
        config = pickled["config"]
        restored = Auc.from_bytes(pickled["state"], name=config["name"], curve=config["curve"])
        self._handle, restored._handle = restored._handle, None
        self._message = ctypes.create_string_buffer(_MESSAGE_CAPACITY)
        self._name, self._curve = config["name"], config["curve"]
        self._thresholds, self._slide_steps = config["num_thresholds"], 0
