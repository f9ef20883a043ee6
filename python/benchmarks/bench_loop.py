"""PaddlePaddle's documented loop (100 batches of 128: update, then eval) and a 10^7-row exact
AUC, timed against NumPy and scikit-learn (and paddle.metric.Auc when installed)."""

from __future__ import annotations

import time

import numpy as np

import swift_auc
from swift_auc import metrics


def best_of(runs: int, function) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def numpy_bincount_loop(batches, thresholds=4095):
    positives = np.zeros(thresholds + 1, dtype=np.int64)
    negatives = np.zeros(thresholds + 1, dtype=np.int64)
    value = None
    for preds, labels in batches:
        bins = (preds[:, 1] * thresholds).astype(np.int64)
        flat = labels[:, 0]
        positives += np.bincount(bins[flat == 1], minlength=thresholds + 1)
        negatives += np.bincount(bins[flat == 0], minlength=thresholds + 1)
        # Paddle's trapezoids, from the highest bin down.
        tp = np.cumsum(positives[::-1])
        fp = np.cumsum(negatives[::-1])
        tp0 = np.concatenate(([0], tp[:-1]))
        fp0 = np.concatenate(([0], fp[:-1]))
        area = np.sum((fp - fp0) * (tp + tp0) / 2.0)
        value = area / (tp[-1] * fp[-1]) if tp[-1] and fp[-1] else None
    return value


def swift_loop(batches):
    metric = swift_auc.Auc()
    value = None
    for preds, labels in batches:
        metric.update(preds, labels)
        value = metric.eval()
    return value


def main() -> None:
    rng = np.random.default_rng(1)
    batches = []
    for _ in range(100):
        labels = rng.integers(0, 2, (128, 1))
        scores = np.clip(rng.normal(0.4 + 0.2 * labels[:, 0], 0.2), 0, 1).astype(np.float32)
        batches.append((np.stack([1 - scores, scores], axis=1), labels))
    rows = [("loop: swift_auc.Auc", best_of(20, lambda: swift_loop(batches))),
            ("loop: NumPy bincount", best_of(20, lambda: numpy_bincount_loop(batches)))]
    try:
        import paddle  # noqa: F401

        def paddle_loop():
            metric = paddle.metric.Auc()
            for preds, labels in batches:
                metric.update(preds, labels)
                metric.accumulate()
        rows.append(("loop: paddle.metric.Auc", best_of(3, paddle_loop)))
    except ImportError:
        pass
    n = 10_000_000
    labels = rng.integers(0, 2, n).astype(np.uint8)
    scores = rng.normal(labels * 0.5, 1.0)
    rows.append(("10^7 exact: swift_auc.metrics.roc_auc_score",
                 best_of(3, lambda: metrics.roc_auc_score(labels, scores))))
    try:
        import sklearn.metrics
        rows.append(("10^7 exact: sklearn.metrics.roc_auc_score",
                     best_of(1, lambda: sklearn.metrics.roc_auc_score(labels, scores))))
    except ImportError:
        pass
    for name, seconds in rows:
        print(f"{name:48s} {seconds * 1e3:10.2f} ms")


if __name__ == "__main__":
    main()
