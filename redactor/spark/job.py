"""A DataFrame's text column redacted on Spark, one conversation at a time.

    out, counts = redact_dataframe(df, "text", group_by=["conversation_id"], order_by=["ts"])
    counts   # {'PERSON': 1520, 'PHONE_NUMBER': 311, …}: findings per entity, never a value

Without `group_by`, each row is a conversation (a call transcript per row): Arrow batches go
through `mapInPandas`. With it, the rows of a conversation (its messages) are brought together
by `groupBy(...).applyInPandas`, put in `order_by` order, redacted as one conversation
(`files.messages.redact_messages`: turns, answers to questions, one numbering) and written back
to their own rows. The engine loads once per Python worker (`_engine`), not per batch or row.

Every input row comes out, with `redact_status` saying what became of its text:
    ok            redacted
    null, empty   nothing to redact: kept as it was
    undecodable   a binary value that is not UTF-8: its text is nulled
    error:<Type>  the engine failed on its conversation (the exception's class only, never its
                  message, which may quote text): its text is nulled, and so is every sender
                  of the conversation
A failed or undecodable text is nulled, never copied unredacted; the input table still holds it.

Hashes and surrogates come from the policy's key, made on the driver and shipped to every
worker: the same phone gets the same hash in every partition, executor and, with the user's
key, every later run. Placeholders are numbered per conversation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from redactor.files.messages import redact_messages
from redactor.replace.policy import Policy, parse, with_key

STATUS = "redact_status"
COUNTS = "_redact_counts"  # findings per entity of each row, as JSON; summed, then dropped
OK, NULL, EMPTY, UNDECODABLE, ERROR = "ok", "null", "empty", "undecodable", "error"
MAX_CHARS = 2_000_000  # a conversation longer than this is an error, not a worker's hour


class SparkJobError(ValueError):
    """A job that cannot start: a column that is missing or not text. Names columns only."""


@dataclass(frozen=True)
class _Task:
    """What every worker needs, pickled once with the job."""

    column: str
    binary: bool  # the column holds bytes (decoded as UTF-8), not strings
    sender: str | None
    order_by: tuple[str, ...]
    policy: Policy
    entities: tuple[str, ...] | None
    max_chars: int | None

    def rows(self, batches: Iterator) -> Iterator:
        """mapInPandas: every row its own conversation."""
        for pdf in batches:
            values = pdf[self.column].tolist()
            who = pdf[self.sender].tolist() if self.sender else [None] * len(values)
            texts, senders, statuses, counts = [], [], [], []
            for value, sender in zip(values, who, strict=True):
                t, s, st, c = self.conversation([value], [sender] if self.sender else None)
                texts += t
                senders += s
                statuses += st
                counts += c
            yield self._out(pdf, texts, senders, statuses, counts)

    def group(self, pdf):
        """applyInPandas: the rows of one conversation, put in order."""
        if self.order_by:
            pdf = pdf.sort_values(list(self.order_by), kind="stable", na_position="last")
        sender = pdf[self.sender].tolist() if self.sender else None
        texts, senders, statuses, counts = self.conversation(pdf[self.column].tolist(), sender)
        return self._out(pdf, texts, senders, statuses, counts)

    def conversation(self, values: list, senders: list | None):
        """New texts, senders, statuses and counts (JSON) of one conversation's rows."""
        texts: list[str | None] = []
        statuses: list[str] = []
        for value in values:
            text, status = _decoded(value, self.binary)
            texts.append(text if status == OK else None)
            statuses.append(status)
        senders = [None if _missing(s) else str(s) for s in senders] if senders else None
        try:
            result = redact_messages(
                texts,
                senders,
                self.policy,
                _engine(),
                list(self.entities) if self.entities else None,
                self.max_chars,
            )
        except Exception as e:  # noqa: BLE001 (one conversation must not kill the job)
            failed = f"{ERROR}:{type(e).__name__}"
            statuses = [failed if s == OK else s for s in statuses]
            new = [_kept(v, s) for v, s in zip(values, statuses, strict=True)]
            # Every sender of the conversation is nulled: none of them was redacted.
            return new, [None] * len(values), statuses, ["{}"] * len(values)
        new = [
            _encoded(t, self.binary) if s == OK else _kept(v, s)
            for t, v, s in zip(result.texts, values, statuses, strict=True)
        ]
        counts = [json.dumps(c, sort_keys=True) for c in result.counts]
        return new, list(result.senders) or [None] * len(values), statuses, counts

    def _out(self, pdf, texts, senders, statuses, counts):
        import pandas as pd

        pdf = pdf.copy()
        pdf[self.column] = pd.Series(texts, index=pdf.index, dtype=object)
        if self.sender:
            pdf[self.sender] = pd.Series(senders, index=pdf.index, dtype=object)
        pdf[STATUS] = pd.Series(statuses, index=pdf.index, dtype=object)
        pdf[COUNTS] = pd.Series(counts, index=pdf.index, dtype=object)
        return pdf


@cache
def _engine():
    """The engine of this Python worker: loaded by the daemon before it forked the worker
    (`daemon.py`), else on the worker's first conversation. A worker computes on one core:
    Spark gives each task a core, and numpy's thread pools would take them all."""
    from threadpoolctl import threadpool_limits

    from redactor.engine import default_engine

    threadpool_limits(1)
    return default_engine()


def _missing(value) -> bool:
    """A null as pandas gives it: None, NaN or pd.NA."""
    if value is None or isinstance(value, str | bytes | bytearray):
        return value is None
    import pandas as pd

    return bool(pd.isna(value))


def _decoded(value, binary: bool) -> tuple[str | None, str]:
    if _missing(value):
        return None, NULL
    if binary:
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None, UNDECODABLE
    if not str(value).strip():
        return None, EMPTY
    return str(value), OK


def _encoded(text: str | None, binary: bool):
    return text.encode("utf-8") if binary and text is not None else text


def _kept(value, status: str):
    """What a row that was not redacted holds: null and empty stay, the rest is nulled."""
    return value if status in (NULL, EMPTY) else None


def redact_dataframe(
    df,
    column: str,
    group_by: Sequence[str] | None = None,
    order_by: Sequence[str] | None = None,
    sender: str | None = None,
    policy: Policy | None = None,
    operators: Sequence[str] = (),
    key: bytes | None = None,
    entities: Sequence[str] | None = None,
    max_chars: int | None = MAX_CHARS,
):
    """`df` with `column` redacted and a `redact_status` column, and the findings per entity
    type. `operators` (`["fake", "PHONE_NUMBER=hash"]`) and `key` go on top of `policy`; with
    no key, one drawn here serves the whole job. The result is persisted (the counts are
    summed from it), so writing it does not redact again; `unpersist()` it when done."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    types = dict(df.dtypes)
    named = [column, *(group_by or ()), *(order_by or ()), *([sender] if sender else [])]
    missing = [c for c in named if c not in types]
    if missing:
        raise SparkJobError(f"no column {', '.join(missing)} in the table")
    field = df.schema[column].dataType
    if not isinstance(field, StringType | BinaryType):
        raise SparkJobError(f"column {column} holds {types[column]}, not text")
    if sender and not isinstance(df.schema[sender].dataType, StringType):
        raise SparkJobError(f"column {sender} holds {types[sender]}, not text")
    if order_by and not group_by:
        raise SparkJobError("order_by orders the messages of a conversation: give group_by too")
    for added in (STATUS, COUNTS):
        if added in types:
            raise SparkJobError(f"the table has a column {added} already")
    task = _Task(
        column,
        isinstance(field, BinaryType),
        sender,
        tuple(order_by or ()),
        with_key(parse(operators, policy or Policy()), key),
        tuple(entities) if entities else None,
        max_chars,
    )
    added = [StructField(STATUS, StringType()), StructField(COUNTS, StringType())]
    schema = StructType([*df.schema.fields, *added])  # `schema.add` would change df's own
    # Plain functions: PySpark counts a function's arguments to know whether it takes the
    # group's key, and a bound method's `self` counts.
    if group_by:

        def conversation(pdf):
            return task.group(pdf)

        out = df.groupBy(*group_by).applyInPandas(conversation, schema)
    else:

        def rows(batches):
            return task.rows(batches)

        out = df.mapInPandas(rows, schema)
    out = out.persist(StorageLevel.MEMORY_AND_DISK)
    found = F.explode(F.from_json(F.col(COUNTS), "map<string,int>"))
    totals = out.select(found).groupBy("key").agg(F.sum("value").alias("n")).collect()
    counts = {row["key"]: int(row["n"]) for row in sorted(totals, key=lambda r: r["key"])}
    return out.drop(COUNTS), counts


def statuses(df) -> dict[str, int]:
    """Rows per status of a redacted DataFrame (`redact_status`), for a summary."""
    rows = df.groupBy(STATUS).count().collect()
    return {row[STATUS]: int(row["count"]) for row in sorted(rows, key=lambda r: r[STATUS])}
