"""States in the .aucstate format: round trips, the CLI's files, merging and pickling."""

import pickle
import subprocess
from pathlib import Path

import numpy as np
import pytest

from swift_auc import Auc

ROOT = Path(__file__).resolve().parents[2]


def filled(seed, thresholds=4095):
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 2, (1000, 1))
    scores = np.clip(rng.normal(0.3 + 0.3 * labels[:, 0], 0.2), 0, 1)
    metric = Auc(num_thresholds=thresholds)
    metric.update(np.stack([1 - scores, scores], axis=1), labels)
    return metric, scores, labels


def test_round_trip_and_pickle_keep_the_value():
    metric, _, _ = filled(1)
    restored = Auc.from_bytes(metric.to_bytes())
    assert restored.eval() == metric.eval()
    assert restored.get_config()["num_thresholds"] == 4095
    assert pickle.loads(pickle.dumps(metric)).eval() == metric.eval()


def test_merge_equals_one_metric_over_both():
    first, scores_1, labels_1 = filled(2)
    second, scores_2, labels_2 = filled(3)
    both = Auc()
    both.update(np.concatenate([scores_1, scores_2]), np.concatenate([labels_1, labels_2]))
    first.merge(second)
    assert first.eval() == both.eval()
    with pytest.raises(ValueError):
        first.merge(Auc(num_thresholds=200))


def test_damaged_state_is_refused():
    data = bytearray(filled(4)[0].to_bytes())
    data[-1] ^= 0xFF
    with pytest.raises(ValueError):
        Auc.from_bytes(bytes(data))
    with pytest.raises(ValueError):
        Auc.from_bytes(bytes(data[:10]))


def test_a_state_of_auc_accumulate_loads(tmp_path):
    auc = ROOT / ".build" / "debug" / "auc"
    if not auc.exists():
        pytest.skip("build the auc command first (swift build)")
    metric, scores, labels = filled(5)
    csv = tmp_path / "rows.csv"
    csv.write_text("score,label\n" + "".join(f"{float(s)!r},{int(l)}\n" for s, l in zip(scores, labels[:, 0])))
    state = tmp_path / "rows.aucstate"
    subprocess.run([str(auc), "accumulate", str(csv), "--state-out", str(state)], check=True)
    assert Auc.from_bytes(state.read_bytes()).eval() == metric.eval()
    (tmp_path / "back.aucstate").write_bytes(metric.to_bytes())
    shown = subprocess.run([str(auc), "merge", str(tmp_path / "back.aucstate"), "--format", "json"],
                           check=True, capture_output=True, text=True).stdout
    assert f'"rocAUC":{metric.eval()!r}' in shown
