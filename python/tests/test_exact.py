"""ExactAUC: batches, merging and states against one-shot exact values and the CLI."""

import pickle
import subprocess
from pathlib import Path

import numpy as np
import pytest

from swift_auc import ExactAUC, metrics

ROOT = Path(__file__).resolve().parents[2]


def test_documentation_example():
    counts = ExactAUC()
    counts.update([1, 0, 0, 1], [0.9, 0.2, 0.7, 0.7])
    assert counts.summary().roc_auc == 0.875


def test_batches_and_merges_equal_one_shot():
    rng = np.random.default_rng(7)
    labels = rng.integers(0, 2, 5000)
    scores = np.round(rng.normal(labels, 1.0), 2)
    weights = rng.choice([0.5, 1.0, 2.0], 5000)
    first, second = ExactAUC(), ExactAUC()
    for start in range(0, 2500, 500):
        first.update(labels[start:start + 500], scores[start:start + 500], weights[start:start + 500])
    second.update(labels[2500:], scores[2500:], weights[2500:])
    first.merge(second)
    summary = first.summary()
    assert summary.roc_auc == metrics.roc_auc_score(labels, scores, sample_weight=weights)
    assert summary.average_precision == metrics.average_precision_score(labels, scores, sample_weight=weights)
    assert (summary.positives, summary.negatives) == (labels.sum(), 5000 - labels.sum())
    assert pickle.loads(pickle.dumps(first)).summary() == summary
    assert ExactAUC.from_bytes(first.to_bytes()).summary() == summary


def test_undefined_is_none_and_bad_batches_change_nothing():
    counts = ExactAUC()
    counts.update([1, 1], [0.2, 0.4])
    assert counts.summary().roc_auc is None
    with pytest.raises(ValueError, match="row 1"):
        counts.update([0, 1], [0.3, float("inf")])
    assert counts.summary().positives == 2 and counts.summary().negatives == 0


def test_the_cli_reads_and_writes_the_same_states(tmp_path):
    auc = ROOT / ".build" / "debug" / "auc"
    if not auc.exists():
        pytest.skip("build the auc command first (swift build)")
    rng = np.random.default_rng(9)
    labels = rng.integers(0, 2, 3000)
    scores = rng.normal(labels * 2.0, 3.0)  # logits: any finite number
    csv = tmp_path / "rows.csv"
    csv.write_text("score,label\n" + "".join(f"{float(s)!r},{int(l)}\n" for s, l in zip(scores, labels)))
    state = tmp_path / "rows.aucstate"
    subprocess.run([str(auc), "accumulate", str(csv), "--exact", "--state-out", str(state)], check=True)
    counts = ExactAUC()
    counts.update(labels, scores)
    assert ExactAUC.from_bytes(state.read_bytes()).summary() == counts.summary()
    (tmp_path / "python.aucstate").write_bytes(counts.to_bytes())
    merged = subprocess.run([str(auc), "merge", str(tmp_path / "python.aucstate"), "--format", "json"],
                            check=True, capture_output=True, text=True).stdout
    single = subprocess.run([str(auc), "summary", str(csv), "--exact", "--format", "json"],
                            check=True, capture_output=True, text=True).stdout
    assert merged == single
