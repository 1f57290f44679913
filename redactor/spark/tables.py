"""A table read, redacted and written on Spark: what `redact spark INPUT OUTPUT` does.

The output is written as a new table (a folder of part files, as Spark writes), never over
the input nor inside it. A local output is written beside its final name and renamed when
whole, so an interrupted job leaves no half table under that name; on HDFS or S3 (a path with
a scheme) Spark's own committer does that.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redactor.replace.policy import Policy
from redactor.spark.job import SparkJobError, redact_dataframe, statuses

FORMATS = ("parquet", "json", "csv")
SUFFIXES = {".parquet": "parquet", ".json": "json", ".jsonl": "json", ".csv": "csv"}
# Tasks per core for a table of one conversation per row: a file of a few MB is one partition
# when read, and would keep one core busy while the others wait; smaller tasks also balance
# conversations of uneven length.
TASKS_PER_CORE = 4
# CSV cells may hold line breaks (a message over several lines): quoted, with `""` inside.
CSV_OPTIONS = {"header": "true", "multiLine": "true", "escape": '"'}


@dataclass(frozen=True)
class TableRun:
    counts: dict[str, int]  # findings per entity type
    statuses: dict[str, int]  # rows per `redact_status`


def table_format(path: str, forced: str | None) -> str:
    """The format named, else the input's extension's, else Parquet (a folder of parts)."""
    if forced:
        if forced not in FORMATS:
            raise SparkJobError(f"unknown format {forced}; valid: {', '.join(FORMATS)}")
        return forced
    return SUFFIXES.get(Path(path).suffix.lower(), "parquet")


def check_paths(source: str, target: str) -> None:
    """Local paths only are checked here: the input exists, the output does not, and neither
    holds the other."""
    if _remote(source) or _remote(target):
        return
    a, b = Path(source), Path(target)
    if not a.exists():
        raise SparkJobError(f"{source}: no such file or folder")
    if b.exists():
        raise SparkJobError(f"{target}: exists; the output must be a new folder")
    a, b = a.resolve(), b.resolve()
    if a == b or a in b.parents or b in a.parents:
        raise SparkJobError("the output must lie outside the input (and not hold it)")


def redact_table(
    spark,
    source: str,
    target: str,
    column: str,
    group_by: Sequence[str] = (),
    order_by: Sequence[str] = (),
    fmt: str | None = None,
    policy: Policy | None = None,
    sender: str | None = None,
) -> TableRun:
    check_paths(source, target)
    name = table_format(source, fmt)
    reader = spark.read.format(name)
    if name == "csv":
        reader = reader.options(**CSV_OPTIONS)
    df = reader.load(source)
    if not group_by:  # grouped, the shuffle's partitions spread the conversations
        wanted = TASKS_PER_CORE * spark.sparkContext.defaultParallelism
        if df.rdd.getNumPartitions() < wanted:
            df = df.repartition(wanted)
    out, counts = redact_dataframe(
        df, column, list(group_by) or None, list(order_by) or None, sender, policy
    )
    try:
        _write(out, target, name)
        return TableRun(counts, statuses(out))
    finally:
        out.unpersist()


def _write(df, target: str, name: str) -> None:
    writer = df.write.format(name).mode("errorifexists")
    if name == "csv":
        writer = writer.options(**CSV_OPTIONS)
    if _remote(target):
        writer.save(target)
        return
    final = Path(target)
    work = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        writer.save(str(work))
        work.rename(final)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _remote(path: str) -> bool:
    return "://" in path
