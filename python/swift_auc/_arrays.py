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


def labels_array(values, count: int, name: str = "y_true", two_classes: bool = False) -> np.ndarray:
    """A one-dimensional bool or integer array of `count` labels (an (n, 1) column too).

    With `two_classes` (scikit-learn's binary metrics), labels that are not all 0 or 1 but take
    exactly two values are read as scikit-learn reads them: the greater one is the positive
    class ({-1, 1}, {1, 2}, {False, True}). Otherwise a label other than 0 or 1 is left for the
    library, which names its row and value; float labels are checked here, naming them too.
    """
    array = np.asarray(values)
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim != 1 or array.shape[0] != count:
        raise ValueError(f"{name} must hold {count} labels, not an array of shape {np.shape(values)}")
    if array.dtype.kind not in "biuf":
        raise ValueError(f"{name} must be bool or numbers, not {array.dtype}")
    if count == 0 or array.dtype.kind == "b":
        return array
    low, high = array.min(), array.max()
    if two_classes and not (low in (0, 1) and high in (0, 1)):
        classes = np.unique(array)
        if len(classes) == 2:
            return array == classes[1]
    if array.dtype.kind == "f":
        bad = np.flatnonzero((array != 0) & (array != 1))
        if len(bad):
            raise ValueError(f"row {bad[0]}: label {array[bad[0]].item()!r} is neither 0 nor 1")
        array = array.astype(np.uint8)
    return array


def weights_array(values, count: int) -> np.ndarray | None:
    """A one-dimensional float64 array of `count` sample weights, or None."""
    if values is None:
        return None
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1 or array.shape[0] != count:
        raise ValueError(f"sample_weight must hold {count} weights, not shape {np.shape(values)}")
    return array
