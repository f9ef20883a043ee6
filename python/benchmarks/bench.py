"""PaddlePaddle's documented loop (100 batches of 128: update, then eval) and 10^7-row one-shot
AUCs (exact, and binned), timed in one run against NumPy, scikit-learn and, when installed,
paddle.metric.Auc. Each line gives the time and its ratio to swift_auc's.

Usage: python benchmarks/bench.py (with swift_auc, numpy and optionally scikit-learn and paddle)
"""

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


def numpy_exact_auc(labels, scores):
    """The exact ROC AUC by NumPy alone: midranks from one argsort (Mann–Whitney U)."""
    order = np.argsort(scores, kind="stable")
    ordered = scores[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.append(starts[1:], len(ordered))
    midranks = np.repeat((starts + ends + 1) / 2.0, ends - starts)
    positive = labels[order] == 1
    positives = int(positive.sum())
    negatives = len(labels) - positives
    return (midranks[positive].sum() - positives * (positives + 1) / 2) / (positives * negatives)


def main() -> None:
    rng = np.random.default_rng(1)
    batches = []
    for _ in range(100):
        labels = rng.integers(0, 2, (128, 1))
        scores = np.clip(rng.normal(0.4 + 0.2 * labels[:, 0], 0.2), 0, 1).astype(np.float32)
        batches.append((np.stack([1 - scores, scores], axis=1), labels))
    loop = [("swift_auc.Auc", best_of(20, lambda: swift_loop(batches))),
            ("NumPy bincount", best_of(20, lambda: numpy_bincount_loop(batches)))]
    try:
        import paddle

        def paddle_loop():
            metric = paddle.metric.Auc()
            for preds, labels in batches:
                metric.update(preds, labels)
                metric.accumulate()
        loop.append(("paddle.metric.Auc", best_of(3, paddle_loop)))
    except ImportError:
        paddle = None
    report("PaddlePaddle's loop: 100 batches of 128, update then eval", loop)

    n = 10_000_000
    labels = rng.integers(0, 2, n).astype(np.uint8)
    scores = rng.normal(labels * 0.5, 1.0)
    exact = [("swift_auc.metrics.roc_auc_score, float64",
              best_of(3, lambda: metrics.roc_auc_score(labels, scores))),
             ("swift_auc.metrics.roc_auc_score, float32",
              best_of(3, lambda: metrics.roc_auc_score(labels, scores.astype(np.float32)))),
             ("NumPy argsort and midranks", best_of(1, lambda: numpy_exact_auc(labels, scores)))]
    try:
        import sklearn.metrics
        exact.append(("sklearn.metrics.roc_auc_score",
                      best_of(2, lambda: sklearn.metrics.roc_auc_score(labels, scores))))
    except ImportError:
        pass
    report("10^7 rows, exact ROC AUC, float64 scores", exact)

    probabilities = (1 / (1 + np.exp(-scores))).astype(np.float32)
    preds = np.stack([1 - probabilities, probabilities], axis=1)
    column = labels.reshape(-1, 1).astype(np.int64)

    def swift_binned():
        metric = swift_auc.Auc()
        metric.update(preds, column)
        return metric.eval()

    def numpy_binned():
        bins = (probabilities * 4095).astype(np.int64)
        positives = np.bincount(bins[labels == 1], minlength=4096)
        negatives = np.bincount(bins[labels == 0], minlength=4096)
        tp = np.cumsum(positives[::-1])
        fp = np.cumsum(negatives[::-1])
        area = np.sum(np.diff(fp, prepend=0) * (tp + np.concatenate(([0], tp[:-1]))) / 2.0)
        return area / (tp[-1] * fp[-1])
    binned = [("swift_auc.Auc, one update", best_of(3, swift_binned)),
              ("NumPy bincount", best_of(3, numpy_binned))]
    if paddle is not None:
        def paddle_binned():
            metric = paddle.metric.Auc()
            metric.update(preds, column)
            return metric.accumulate()
        binned.append(("paddle.metric.Auc, one update", best_of(1, paddle_binned)))
    report("10^7 rows, binned (4095 thresholds), float32 (n, 2) predictions", binned)


def report(title, rows) -> None:
    """Prints each time and how many times the first row's it is."""
    print(title)
    first = rows[0][1]
    for name, seconds in rows:
        print(f"  {name:44s} {seconds * 1e3:10.2f} ms  {seconds / first:8.1f}x")


if __name__ == "__main__":
    main()
