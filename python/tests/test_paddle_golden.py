"""The drop-in Auc against PaddlePaddle's own values on every golden file, bit for bit."""

import json
from pathlib import Path

import numpy as np
import pytest

from swift_auc import Auc

GOLDEN = Path(__file__).with_name("golden")
FILES = sorted(p for p in GOLDEN.glob("*.json")
               if "inputs" in json.loads(p.read_text()))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_same_double_as_paddle(path):
    data = json.loads(path.read_text())
    dtype = np.float32 if data["dtype"] == "float32" else np.float64
    scores = np.array(data["inputs"]["scores"], dtype=dtype)
    labels = np.array(data["inputs"]["labels"], dtype=np.int64).reshape(-1, 1)
    preds = np.stack([1 - scores, scores], axis=1).astype(dtype)
    sizes = data.get("batch_sizes") or [len(scores)]
    for thresholds, result in data["results"].items():
        metric = Auc(num_thresholds=int(thresholds))
        start = 0
        for size in sizes:
            metric.update(preds[start:start + size], labels[start:start + size])
            start += size
        expected = float.fromhex(result["paddle_metric_auc_hex"])
        value = metric.eval()
        if data["n_pos"] == 0 or data["n_neg"] == 0:
            assert value is None
        else:
            assert value == expected, (thresholds, value.hex(), expected.hex())


def test_rejected_batch_changes_nothing():
    metric = Auc()
    metric.update(np.array([[0.1, 0.9], [0.8, 0.2]], dtype=np.float32), np.array([[1], [0]]))
    before = metric.eval()
    with pytest.raises(ValueError, match="row 1"):
        metric.update(np.array([0.3, 0.6]), np.array([0, 2]))
    with pytest.raises(ValueError):
        metric.update(np.array([0.3, float("nan")]), np.array([0, 1]))
    assert metric.eval() == before


def test_window_is_the_operators_batch_auc():
    data = json.loads((GOLDEN / "sliding_window.json").read_text())
    for case in data["cases"]:
        steps = case["slide_steps"]
        metric = Auc(num_thresholds=case["num_thresholds"], slide_steps=steps)
        for index, (batch, expected_hex) in enumerate(zip(data["batches"], case["op_batch_auc_hex"])):
            scores = np.array(batch["scores"], dtype=np.float32)
            metric.update(np.stack([1 - scores, scores], axis=1), np.array(batch["labels"]))
            value = metric.window_eval() if steps else metric.eval()
            window = data["batches"][max(0, index + 1 - steps) if steps else 0:index + 1]
            classes = {label for past in window for label in past["labels"]}
            if classes != {0, 1}:
                # A window holding one class: the operator reports 0.0, we report undefined.
                assert value is None and float.fromhex(expected_hex) == 0.0
            else:
                assert value == float.fromhex(expected_hex), (steps, value)
