"""Pipes rows of scores and labels through the `auc` command: shared by the engine examples.

A partition's rows go to ``auc accumulate - --state-out -`` as CSV text, batch by batch, and
come back as a mergeable state (bytes); the driver pipes every partition's state into
``auc merge -``, whose summary equals ``auc summary`` over all the rows, bit for bit, as long
as the same doubles reach ``auc``. Floating-point columns are written as the shortest text that
parses back to the same double (Arrow's cast to string), float32 values widened to the double
of the same value first; booleans as 0 and 1; text as it is (quoted); nulls as empty fields,
which ``auc`` rejects with its own message.
"""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

#: The column names the rows are written under, whatever their names in the input.
CSV_COLUMNS = ("score", "label", "weight")

_WRITE_OPTIONS = pa_csv.WriteOptions(include_header=False, batch_size=8192)


class AccumulateError(RuntimeError):
    """``auc accumulate`` refused a partition's rows; the message is auc's, with the partition."""


def add_auc_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds the options shared by the engine examples: columns, binning, output and the binary."""
    parser.add_argument("input", help="a Parquet file or folder, or a CSV file with a header row")
    parser.add_argument("--input-format", choices=("parquet", "csv"),
                        help="the input's format (default: csv for names ending in .csv, else parquet)")
    parser.add_argument("--score", default="score", help="the score column (default: score)")
    parser.add_argument("--label", default="label", help="the label column, 0/1 (default: label)")
    parser.add_argument("--weight", help="an optional sample-weight column")
    binning = parser.add_mutually_exclusive_group()
    binning.add_argument("--exact", action="store_true", help="exact summaries (auc --exact)")
    binning.add_argument("--bins", metavar="linear:T|log:K", help="auc --bins")
    binning.add_argument("--thresholds", type=int, metavar="T", help="auc --thresholds")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="the summary's format, as auc merge --format (default: text)")
    parser.add_argument("--ci", type=float, metavar="LEVEL",
                        help="DeLong confidence interval of the ROC AUC, as auc merge --ci")
    parser.add_argument("--max-fpr", type=float, metavar="F",
                        help="standardized partial AUC up to this false positive rate, as auc merge --max-fpr")
    parser.add_argument("--auc", required=True, help="path of the auc binary (built with --static-swift-stdlib)")
    parser.add_argument("--partitions", type=int, help="repartition the rows into N partitions first")
    parser.add_argument("--timings", action="store_true", help="print the start-up and run times on standard error")


def input_format(args: argparse.Namespace) -> str:
    """The input's format: ``--input-format``, else ``csv`` for names ending in ``.csv``."""
    if args.input_format:
        return args.input_format
    return "csv" if args.input.lower().endswith((".csv", ".csv.gz")) else "parquet"


def source_columns(args: argparse.Namespace) -> list[str]:
    """The input columns to read, in the order of ``CSV_COLUMNS``."""
    return [args.score, args.label] + ([args.weight] if args.weight else [])


def accumulate_options(args: argparse.Namespace) -> list[str]:
    """The ``auc accumulate`` options for the columns and binning chosen."""
    options = ["--weight", "weight"] if args.weight else []
    if args.exact:
        options.append("--exact")
    if args.bins:
        options += ["--bins", args.bins]
    if args.thresholds is not None:
        options += ["--thresholds", str(args.thresholds)]
    return options


def _as_csv_column(column: pa.Array) -> pa.Array:
    """The column with the values ``auc`` must read: doubles for floats, 0/1 for booleans."""
    if pa.types.is_floating(column.type):
        return pc.cast(column, pa.float64())
    if pa.types.is_boolean(column.type):
        return pc.cast(column, pa.int8())
    return column


def _csv_batch(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch under the names ``auc`` is told, each column as it must be written."""
    columns = [_as_csv_column(column) for column in batch.columns]
    return pa.RecordBatch.from_arrays(columns, names=list(CSV_COLUMNS[: len(columns)]))


def ensure_executable(path: str) -> str:
    """Returns path, adding the execute bits if a file copy (``SparkFiles``, a plugin) lost them."""
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def accumulate(auc: str, batches: Iterable[pa.RecordBatch], column_count: int,
               options: Sequence[str], partition: int) -> bytes:
    """Streams the batches through ``auc accumulate - --state-out -`` and returns the state.

    Memory stays that of one batch: rows are written as they come. Standard output and error
    go to temporary files, so no pipe can fill while the rows are written.

    - Raises: `AccumulateError` with auc's message (``<stdin>:LINE: …``, the line counted
      within the partition) when ``auc`` exits with a non-zero status.
    """
    header = (",".join(CSV_COLUMNS[:column_count]) + "\n").encode()
    with tempfile.TemporaryFile() as state, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([auc, "accumulate", "-", "--state-out", "-", "--quiet", *options],
                                   stdin=subprocess.PIPE, stdout=state, stderr=errors)
        assert process.stdin is not None
        cut_short = False
        try:
            process.stdin.write(header)
            for batch in batches:
                pa_csv.write_csv(_csv_batch(batch), process.stdin, _WRITE_OPTIONS)
            process.stdin.close()
        except BrokenPipeError:
            cut_short = True  # auc stopped reading: it refused a row, and says which below.
        except BaseException:  # no partial count, whatever failed (a type Arrow cannot write)
            process.kill()
            raise
        finally:
            status = _close_and_wait(process)
        if status != 0 or cut_short:
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip() or "it stopped reading the rows"
            raise AccumulateError(f"partition {partition}: auc accumulate exited with status {status}: {message}")
        state.seek(0)
        return state.read()


def summary_options(args: argparse.Namespace) -> list[str]:
    """The ``auc merge`` options of the summary: its format and the statistics asked for."""
    options = ["--format", args.format]
    if args.ci is not None:
        options += ["--ci", repr(args.ci)]
    if args.max_fpr is not None:
        options += ["--max-fpr", repr(args.max_fpr)]
    return options


def merge(auc: str, states: Iterable[bytes], options: Sequence[str]) -> int:
    """Pipes the states into ``auc merge - OPTIONS``; its output goes to this standard output.

    Returns auc's exit status; its messages go to standard error as they are.
    """
    process = subprocess.Popen([auc, "merge", "-", *options], stdin=subprocess.PIPE)
    assert process.stdin is not None
    try:
        for state in states:
            process.stdin.write(state)
        process.stdin.close()
    except BrokenPipeError:
        pass  # auc stopped reading: it refused a state, and says why on standard error.
    return _close_and_wait(process)


def merge_and_print(args: argparse.Namespace, states: list[bytes], timings: str, job_seconds: float) -> int:
    """Prints the summary of the states (none: of no rows) and, with ``--timings``, the times.

    timings starts the line of times on standard error (the engine's start-up); auc's exit
    status is returned.
    """
    if not states:  # no partition at all
        states = [accumulate(args.auc, [], len(source_columns(args)), accumulate_options(args), 0)]
    started = time.perf_counter()
    sys.stdout.flush()
    status = merge(args.auc, states, summary_options(args))
    if args.timings:
        print(f"{timings}, {len(states)} partitions accumulated in {job_seconds:.2f} s, "
              f"merged in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return status


def _close_and_wait(process: subprocess.Popen) -> int:
    """Closes the process's standard input (whatever is left unwritten) and waits for it."""
    assert process.stdin is not None
    try:
        process.stdin.close()
    except BrokenPipeError:
        pass
    return process.wait()
