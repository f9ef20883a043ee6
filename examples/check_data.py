"""Writes the rows examples/check.sh compares: the same seeded rows as CSV and as Parquet.

Scores lie in [0, 1], half of them rounded to 3 decimals (many ties), half full doubles;
labels are 0/1 (about 30 % positive, the scores shifted up for positives); weights are
doubles in [0.1, 3). The CSV is written with Python's ``repr`` (shortest round-trip text),
independently of the Arrow formatting the engines use. Also writes two files of bad rows:
``bad-score.csv`` (one score ``abc``) and ``bad-label.parquet`` (one label 2; the same rows in
``bad-label.csv``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq


def write_csv(path: Path, scores: list[str], labels: list[str], weights: list[str]) -> None:
    """The rows as ``score,label,weight`` CSV, the fields as given."""
    with path.open("w") as file:
        file.write("score,label,weight\n")
        file.writelines(f"{s},{y},{w}\n" for s, y, w in zip(scores, labels, weights))


def main() -> None:
    """Parses the folder, row count and seed, and writes the files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    generator = np.random.default_rng(args.seed)
    label = (generator.random(args.rows) < 0.3).astype(np.int8)
    score = np.clip(generator.normal(0.4 + 0.2 * label, 0.2), 0.0, 1.0)
    score = np.where(generator.random(args.rows) < 0.5, np.round(score, 3), score)
    weight = generator.uniform(0.1, 3.0, args.rows)
    scores, labels, weights = ([repr(value) for value in column.tolist()] for column in (score, label, weight))
    write_csv(args.folder / "rows.csv", scores, labels, weights)
    pq.write_table(pa.table({"score": score, "label": label, "weight": weight}), args.folder / "rows.parquet")
    middle = args.rows // 2
    scores[middle] = "abc"
    write_csv(args.folder / "bad-score.csv", scores, labels, weights)
    scores[middle], labels[middle] = repr(float(score[middle])), "2"
    write_csv(args.folder / "bad-label.csv", scores, labels, weights)
    bad_label = label.copy()
    bad_label[middle] = 2
    pq.write_table(pa.table({"score": score, "label": bad_label, "weight": weight}), args.folder / "bad-label.parquet")


if __name__ == "__main__":
    main()
