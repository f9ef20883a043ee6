"""NumPy arrays checked and described for the native library, without copies where possible."""

from __future__ import annotations

import numpy as np


def scores_array(values, name: str = "y_score") -> np.ndarray:
    """A one-dimensional float32 or float64 array of `values` (other dtypes become float64)."""
    array = np.asarray(values)
    if array.dtype not in (np.float32, np.float64):
        array = array.astype(np.float64)
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, not of shape {array.shape}")
    return array


def labels_array(values, count: int, name: str = "y_true") -> np.ndarray:
    """A one-dimensional bool or integer array of `count` labels (an (n, 1) column too)."""
    array = np.asarray(values)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1 or array.shape[0] != count:
        raise ValueError(f"{name} must hold {count} labels, not an array of shape {np.shape(values)}")
    if array.dtype.kind == "f":
        if not np.all((array == 0) | (array == 1)):
            raise ValueError(f"{name} must be 0 or 1")
        array = array.astype(np.uint8)
    if array.dtype.kind not in "biu":
        raise ValueError(f"{name} must be bool or integers, not {array.dtype}")
    return array


def weights_array(values, count: int) -> np.ndarray | None:
    """A one-dimensional float64 array of `count` sample weights, or None."""
    if values is None:
        return None
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1 or array.shape[0] != count:
        raise ValueError(f"sample_weight must hold {count} weights, not shape {np.shape(values)}")
    return array
