"""ROC and PR areas of a Spark DataFrame through the `auc` command, bit for bit as one run.

Each partition's rows stream through ``auc accumulate - --state-out -`` inside
``DataFrame.mapInArrow`` (no RDDs, so the job also suits Spark Connect's API); the driver
pipes the partitions' states, in partition order, into ``auc merge -``, whose summary equals
``auc summary`` over all the rows.

Example::

    python auc_spark.py scores.parquet --score p --label y --exact --format json \\
        --auc ./auc --partitions 8
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
from pyspark import SparkFiles, TaskContext
from pyspark.errors import PySparkException
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import auc_pipe  # noqa: E402  (examples/auc_pipe.py, shipped to the executors below)

_STATE_SCHEMA = "partition int, state binary"


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: auc's options, the engine's master and log level."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    auc_pipe.add_auc_arguments(parser)
    parser.add_argument("--master", default="local[2]", help="the Spark master (default: local[2])")
    parser.add_argument("--log-level", default="ERROR", help="Spark's log level (default: ERROR)")
    return parser.parse_args(argv)


_LOG4J2_PROPERTIES = """\
rootLogger.level = {level}
rootLogger.appenderRef.console.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{{yy/MM/dd HH:mm:ss}} %p %c{{1}}: %m%n%ex
logger.shell.name = org.apache.spark.api.python.PythonGatewayServer
logger.shell.level = {level}
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = {task_level}
logger.tasks.name = org.apache.spark.scheduler.TaskSetManager
logger.tasks.level = {task_level}
"""


def start_session(master: str, log_level: str, scratch: str) -> SparkSession:
    """A quiet session (log level, no progress bar); locally, its Python workers run this Python.

    At the level ERROR a failed task is not logged: the driver prints its error once. The log
    configuration, written in the folder scratch, reaches the driver's JVM as it starts
    (PySpark passes the builder's settings to spark-submit), so the start-up warnings obey it.
    """
    if master.startswith("local"):  # a cluster's workers run the PYSPARK_PYTHON it is given
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    log_configuration = Path(scratch, "log4j2.properties")
    # The gateway's logger at the root's level keeps Spark from printing its shell's default.
    level = log_level.lower()
    task_level = "fatal" if level == "error" else level  # the driver prints a failed task's error
    log_configuration.write_text(_LOG4J2_PROPERTIES.format(level=level, task_level=task_level))
    if task_level == "fatal":  # PySpark's own logger repeats an analysis error the driver prints
        logging.getLogger("DataFrameQueryContextLogger").setLevel(logging.CRITICAL)
    return (SparkSession.builder.master(master).appName("auc")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={log_configuration}")
            .getOrCreate())


def read_rows(spark: SparkSession, args: argparse.Namespace) -> DataFrame:
    """The score, label and weight columns of the input; CSV fields stay text, as auc reads them."""
    if auc_pipe.input_format(args) == "csv":
        frame = spark.read.option("header", True).csv(args.input)
    else:
        frame = spark.read.parquet(args.input)
    quoted = ["`" + name.replace("`", "``") + "`" for name in auc_pipe.source_columns(args)]
    frame = frame.select(*[F.col(name) for name in quoted])
    return frame.repartition(args.partitions) if args.partitions else frame


def partition_states(frame: DataFrame, auc_name: str, options: list[str]) -> DataFrame:
    """One row per partition: its index and its ``auc accumulate`` state."""
    column_count = len(frame.columns)

    def accumulate(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        context = TaskContext.get()
        assert context is not None, "runs in a Spark task"
        partition = context.partitionId()
        auc = auc_pipe.ensure_executable(SparkFiles.get(auc_name))
        state = auc_pipe.accumulate(auc, batches, column_count, options, partition)
        yield pa.record_batch({"partition": pa.array([partition], pa.int32()),
                               "state": pa.array([state], pa.binary())})

    return frame.mapInArrow(accumulate, _STATE_SCHEMA)


def failure_message(error: Exception) -> str:
    """auc's message from a failed job (the worker's traceback ends with it), else the error."""
    found = re.search(r"partition \d+: auc accumulate exited with status \d+: .*", str(error))
    return found.group(0) if found else str(error)


def main(argv: list[str] | None = None) -> int:
    """Runs the job and prints the merged summary; returns the exit status."""
    args = parse_arguments(argv)
    with tempfile.TemporaryDirectory(prefix="auc-spark-") as scratch:
        started = time.perf_counter()
        spark = start_session(args.master, args.log_level, scratch)
        session_seconds = time.perf_counter() - started
        try:
            return run(spark, args, session_seconds)
        finally:
            spark.stop()


def run(spark: SparkSession, args: argparse.Namespace, session_seconds: float) -> int:
    """Accumulates every partition, merges the states and prints the summary; the exit status."""
    spark.sparkContext.addFile(os.path.abspath(args.auc))
    spark.sparkContext.addPyFile(auc_pipe.__file__)
    options = auc_pipe.accumulate_options(args)
    job_started = time.perf_counter()
    try:
        frame = partition_states(read_rows(spark, args), os.path.basename(args.auc), options)
        states = [row["state"] for row in sorted(frame.collect(), key=lambda row: row["partition"])]
    except PySparkException as error:  # a missing column; a worker's failure, wrapped by Spark
        print(f"auc_spark: {failure_message(error)}", file=sys.stderr)
        return 1
    job_seconds = time.perf_counter() - job_started
    return auc_pipe.merge_and_print(args, states, f"auc_spark: SparkSession {session_seconds:.2f} s", job_seconds)


if __name__ == "__main__":
    sys.exit(main())
