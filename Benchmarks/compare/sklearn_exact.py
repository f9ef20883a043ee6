"""scikit-learn's exact ROC AUC on the same SplitMix64 rows as cbench.c and the Swift driver.

Prints the seconds roc_auc_score took (data generation excluded) and the AUC.
"""
import sys
import time

import numpy as np
from sklearn.metrics import roc_auc_score

MASK = (1 << 64) - 1


def rows(n):
    # SplitMix64 seed 2024, vectorised: state_k = seed + k * gamma.
    gamma = np.uint64(0x9E3779B97F4A7C15)
    k = np.arange(1, 2 * n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = np.uint64(2024) + k * gamma
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    u = (z >> np.uint64(40)).astype(np.float32) * np.float32(2.0**-24)
    scores = u[0::2]
    labels = (u[1::2] < scores).astype(np.uint8)
    return scores, labels


n = int(sys.argv[1])
scores, labels = rows(n)
start = time.perf_counter()
auc = roc_auc_score(labels, scores)
print(time.perf_counter() - start, auc)
