"""ROC and PR areas of a Dask DataFrame through the `auc` command, bit for bit as one run.

Each partition's rows stream through ``auc accumulate - --state-out -`` on a worker of a
``distributed.LocalCluster``; the client pipes the partitions' states, in partition order,
into ``auc merge -``, whose summary equals ``auc summary`` over all the rows.

Example::

    python auc_dask.py scores.parquet --score p --label y --exact --format json \\
        --auc ./auc --partitions 8 --workers 2
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
from distributed import Client, LocalCluster, get_worker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import auc_pipe  # noqa: E402  (examples/auc_pipe.py, uploaded to the workers below)


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: auc's options and the number of workers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    auc_pipe.add_auc_arguments(parser)
    parser.add_argument("--workers", type=int, default=2, help="local worker processes (default: 2)")
    return parser.parse_args(argv)


def read_rows(args: argparse.Namespace) -> dd.DataFrame:
    """The score, label and weight columns, as Arrow types; CSV fields stay text, as auc reads them.

    - Raises: `LookupError` naming the columns the input lacks.
    """
    if auc_pipe.input_format(args) == "csv":
        frame = dd.read_csv(args.input, dtype=str, keep_default_na=False, na_filter=False)
    else:
        frame = dd.read_parquet(args.input, dtype_backend="pyarrow")
    columns = auc_pipe.source_columns(args)
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise LookupError(f"{args.input}: no column {', '.join(map(repr, missing))} "
                          f"(columns: {', '.join(map(repr, frame.columns))})")
    frame = frame[columns]
    return frame.repartition(npartitions=args.partitions) if args.partitions else frame


def partition_state(frame: pd.DataFrame, partition: int, auc_name: str, options: list[str]) -> bytes:
    """The ``auc accumulate`` state of one partition's rows, computed on a worker."""
    auc = auc_pipe.ensure_executable(os.path.join(get_worker().local_directory, auc_name))
    table = pa.Table.from_pandas(frame, preserve_index=False)
    return auc_pipe.accumulate(auc, table.to_batches(max_chunksize=65536), table.num_columns, options, partition)


def main(argv: list[str] | None = None) -> int:
    """Runs the job and prints the merged summary; returns the exit status."""
    args = parse_arguments(argv)
    started = time.perf_counter()
    # Workers log nothing below CRITICAL: the client prints a failed task's error once.
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        cluster_seconds = time.perf_counter() - started
        client.upload_file(auc_pipe.__file__)
        client.upload_file(os.path.abspath(args.auc), load=False)
        options = auc_pipe.accumulate_options(args)
        auc_name = os.path.basename(args.auc)
        job_started = time.perf_counter()
        try:
            frame = read_rows(args)
        except LookupError as error:
            print(f"auc_dask: {error}", file=sys.stderr)
            return 1
        tasks = [dask.delayed(partition_state)(part, index, auc_name, options)
                 for index, part in enumerate(frame.to_delayed())]
        try:
            states = client.gather(client.compute(tasks))
        except auc_pipe.AccumulateError as error:
            print(f"auc_dask: {error}", file=sys.stderr)
            return 1
        job_seconds = time.perf_counter() - job_started
    return auc_pipe.merge_and_print(args, states, f"auc_dask: LocalCluster {cluster_seconds:.2f} s", job_seconds)


if __name__ == "__main__":
    sys.exit(main())
