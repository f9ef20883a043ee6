"""The shared library built from the Swift sources, loaded with ctypes."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

_LIBRARY_NAME = "libSwiftAUCPython.so"


def _load() -> ctypes.CDLL:
    """Loads the bundled library (or the one named by ``SWIFT_AUC_LIBRARY``)."""
    path = os.environ.get("SWIFT_AUC_LIBRARY") or str(Path(__file__).with_name(_LIBRARY_NAME))
    library = ctypes.CDLL(path)
    pointer, i32, i64, f64 = ctypes.c_void_p, ctypes.c_int32, ctypes.c_int64, ctypes.c_double
    signatures = {
        "auc_streaming_create": (pointer, [i32, i64, i64]),
        "auc_streaming_free": (None, [pointer]),
        "auc_streaming_update": (
            i32,
            [pointer, pointer, i32, i64, pointer, i32, ctypes.c_uint8, i64, i64, ctypes.c_char_p, i64],
        ),
        "auc_streaming_value": (f64, [pointer]),
        "auc_streaming_error_bound": (f64, [pointer]),
        "auc_streaming_window_value": (f64, [pointer]),
        "auc_streaming_reset": (None, [pointer]),
        "auc_streaming_merge": (i32, [pointer, pointer, ctypes.c_char_p, i64]),
        "auc_streaming_encode": (pointer, [pointer, ctypes.POINTER(i64)]),
        "auc_streaming_decode": (pointer, [pointer, i64, i32, ctypes.c_char_p, i64]),
        "auc_streaming_thresholds": (i64, [pointer]),
        "auc_bytes_free": (None, [pointer]),
        "auc_exact_create": (pointer, [i64]),
        "auc_exact_free": (None, [pointer]),
        "auc_exact_update": (
            i32,
            [pointer, pointer, i32, i64, pointer, i32, ctypes.c_uint8, i64, pointer, i64, i64,
             ctypes.c_char_p, i64],
        ),
        "auc_exact_merge": (i32, [pointer, pointer, ctypes.c_char_p, i64]),
        "auc_exact_summary": (None, [pointer, ctypes.POINTER(f64), ctypes.POINTER(ctypes.c_uint64)]),
        "auc_exact_encode": (pointer, [pointer, ctypes.POINTER(i64)]),
        "auc_exact_decode": (pointer, [pointer, i64, ctypes.c_char_p, i64]),
        "auc_curve_create": (
            pointer,
            [i32, i32, pointer, i32, i64, pointer, i32, ctypes.c_uint8, i64, pointer, i64, i64,
             ctypes.POINTER(i64), ctypes.c_char_p, i64],
        ),
        "auc_curve_copy": (None, [pointer, pointer, pointer, pointer]),
        "auc_curve_free": (None, [pointer]),
        "auc_delong": (
            i32,
            [pointer, i32, i64, pointer, i32, ctypes.c_uint8, i64, i64, f64, ctypes.POINTER(f64),
             ctypes.c_char_p, i64],
        ),
        "auc_delong_test": (
            i32,
            [pointer, pointer, pointer, i32, ctypes.c_uint8, i64, i64, i32, ctypes.POINTER(f64),
             ctypes.c_char_p, i64],
        ),
        "auc_rank_roc_auc": (
            i32,
            [pointer, i32, i64, pointer, i32, ctypes.c_uint8, i64, i64, ctypes.POINTER(f64),
             ctypes.c_char_p, i64],
        ),
        "auc_rank_summary": (
            i32,
            [pointer, i32, i64, pointer, i32, ctypes.c_uint8, i64, pointer, i64, i64, f64,
             ctypes.POINTER(f64), ctypes.c_char_p, i64],
        ),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(library, name)
        function.restype = result
        function.argtypes = arguments
    return library


library = _load()


def encoded_state(encode, handle) -> bytes:
    """The bytes that `encode` (``auc_streaming_encode`` or ``auc_exact_encode``) writes for
    the state at `handle`, copied out of the library's buffer, which is then freed."""
    length = ctypes.c_int64(0)
    buffer = encode(handle, ctypes.byref(length))
    if not buffer:
        raise MemoryError("no memory for the state's bytes")
    try:
        return ctypes.string_at(buffer, length.value)
    finally:
        library.auc_bytes_free(buffer)
