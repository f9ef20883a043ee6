"""The drop-in Auc against PaddlePaddle on the golden files whose rows come from the reference
set's generator (SplitMix64, as index.json defines it), bit for bit: the last value, and the
value after every batch where PaddlePaddle recorded it."""

import json
from pathlib import Path

import numpy as np
import pytest

from swift_auc import Auc

GOLDEN = Path(__file__).with_name("golden")
INDEX = json.loads((GOLDEN / "index.json").read_text())
FILES = sorted(p for p in GOLDEN.glob("*.json")
               if p.stem != "index" and "generator" in json.loads(p.read_text()))

GAMMA = np.uint64(0x9E3779B97F4A7C15)


def splitmix64(seed: int, n: int) -> np.ndarray:
    """state_i = seed + i·γ (i = 1…n), then SplitMix64's mix, all modulo 2^64."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, n + 1, dtype=np.uint64) * GAMMA
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def u53(z: np.ndarray) -> np.ndarray:
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def generated_rows(kind: str, seed: int, n: int):
    """The scores and labels of one generator kind, as index.json defines them."""
    v = u53(splitmix64(seed + 1, n))
    if kind == "uniform_f32":
        u = ((splitmix64(seed, n) >> np.uint64(40)).astype(np.float64) * 2.0 ** -24).astype(np.float32)
        return u, (v < u.astype(np.float64)).astype(np.int64)
    u = u53(splitmix64(seed, n))
    if kind == "uniform_f64":
        return u, (v < u).astype(np.int64)
    raise NotImplementedError(kind)


def test_generator_matches_its_check_values():
    check = INDEX["generator"]["check"]
    assert splitmix64(0, 3).tolist() == check["splitmix64(seed=0, n=3)"]
    assert u53(splitmix64(1, 3)).tolist() == check["u53(splitmix64(1, 3))"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_same_double_as_paddle_on_generated_rows(path):
    data = json.loads(path.read_text())
    generator = data["generator"]
    scores, labels = generated_rows(generator["kind"], generator["seed"], generator["n"])
    assert int(labels.sum()) == data["n_pos"] and len(labels) - int(labels.sum()) == data["n_neg"]
    preds = np.stack([1 - scores, scores], axis=1).astype(scores.dtype)
    sizes = data.get("batch_sizes") or [len(scores)]
    for thresholds, result in data["results"].items():
        metric = Auc(num_thresholds=int(thresholds))
        after_each = result.get("paddle_metric_auc_after_each_batch")
        start = 0
        for batch, size in enumerate(sizes):
            metric.update(preds[start:start + size], labels[start:start + size].reshape(-1, 1))
            start += size
            if after_each is not None:
                assert metric.accumulate() == after_each[batch], (thresholds, batch)
        assert start == len(scores)
        expected = float.fromhex(result["paddle_metric_auc_hex"])
        assert metric.eval() == expected, (thresholds, metric.eval().hex(), expected.hex())
