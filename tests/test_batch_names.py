"""Names in file names («WhatsApp Chat with Иван Петров.txt») never reach the output folder,
the report, the journal or the summary: the output's name is redacted like a text, the same
way for every file of the batch, and nothing in the output folder hashes an input's content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.files import batch
from redactor.files.names import output_names
from redactor.replace.policy import Policy

CHAT = "Клиент: перезвоните мне на +7 912 604-38-21\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("WhatsApp Chat with Иван Петров.txt", "WhatsApp Chat with [ИМЯ_1].txt"),
        ("Иван Петров/chat.txt", "[ИМЯ_1]/chat.txt"),
        ("Звонок 89161234567.txt", "Звонок [ТЕЛЕФОН_1].txt"),
        ("chat_2023-05-01.txt", "chat_2023-05-01.txt"),  # nothing personal: unchanged
        ("sub/a.srt", "sub/a.srt"),
        ("Договор аренды.json", "Договор аренды.json"),
    ],
)
def test_an_output_name_is_redacted(before: str, after: str) -> None:
    assert output_names([before], Policy()) == {before: after}


def test_names_are_numbered_across_the_batch_and_never_collide() -> None:
    rels = [
        "WhatsApp Chat with Иван Петров.txt",
        "WhatsApp Chat with Мария Соколова.txt",
        "Мария Соколова/WhatsApp Chat with Иван Петров.txt",
    ]
    names = output_names(rels, Policy())
    assert len(set(names.values())) == 3
    assert names[rels[2]] == f"{names[rels[1]][19:-4]}/{names[rels[0]]}"


@pytest.mark.parametrize(
    ("operator", "before", "after"),
    [
        ("remove", "Иван Петров.txt", "_.txt"),  # never «.txt», a hidden file with no name
        ("remove", "Иван Петров/a.txt", "_/a.txt"),
        ("mask", "Чат с Иваном Петровым.txt", None),  # whatever the mask, no «/» and no name
    ],
)
def test_an_operator_never_makes_a_name_the_file_system_refuses(operator, before, after) -> None:
    from redactor.replace import policy

    (name,) = output_names([before], policy.parse([operator])).values()
    assert after is None or name == after
    assert "Иван" not in name and "Петров" not in name and name.count("/") == before.count("/")


def test_two_names_that_redact_alike_get_a_number() -> None:
    rels = ["Иван.txt", "[ИМЯ_1].txt"]  # the second is already called what the first becomes
    assert sorted(output_names(rels, Policy()).values()) == ["[ИМЯ_1] (2).txt", "[ИМЯ_1].txt"]


runner = CliRunner()


def test_no_name_from_a_file_name_is_shown_or_written(tmp_path: Path) -> None:
    root = tmp_path / "Иван Петров"  # the input folder's own name is the user's to give
    (root / "Мария Соколова").mkdir(parents=True)
    (root / "WhatsApp Chat with Иван Петров.txt").write_text(CHAT)
    (root / "Мария Соколова/notes.txt").write_text(CHAT)
    (root / "Мария Соколова/photo of Иван Петров.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out, report = tmp_path / "out", tmp_path / "run.json"
    result = runner.invoke(app, [str(root), "-o", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    shown = [result.output, report.read_text(), *written]
    shown += [p.read_text() for p in out.rglob("*") if p.is_file()]
    for text in shown:
        for name in ("Иван", "Петров", "Мария", "Соколова"):
            assert name not in text
    assert "[ИМЯ_1]/notes.txt" in written or "[ИМЯ_2]/notes.txt" in written


def test_the_journal_holds_no_hash_of_an_input(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(CHAT)
    batch.run(root, tmp_path / "out")
    (line,) = (tmp_path / "out" / batch.MANIFEST).read_text().splitlines()
    entry = json.loads(line)
    assert entry["output"] == "a.txt"
    assert set(entry["input"]) == {"size", "mtime_ns", "inode", "options"}
    import hashlib

    digest = hashlib.sha256(CHAT.encode()).hexdigest()
    assert digest[:16] not in (tmp_path / "out" / batch.MANIFEST).read_text()
