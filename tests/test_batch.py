"""A folder redacted into another (`redactor.files.batch`, `redact DIR -o OUTDIR`): the tree mirrored,
formats and encodings kept, bad files reported while the rest is written, numbering shared
across files on request, a resumed run that redoes nothing, and no value in any message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.files import batch

PHONE = "+7 912 604-38-21"
NAME = "Кузнецов Дмитрий"
CHAT = f"Клиент: меня зовут {NAME}, телефон {PHONE}\nОператор: спасибо, записал\n"
SRT = f"1\n00:00:01,000 --> 00:00:03,000\nмой номер {PHONE}\n\n2\n00:00:04,000 --> 00:00:05,000\nспасибо\n"


def tree(root: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tree(
        tmp_path / "chats",
        {
            "a.txt": CHAT.encode(),
            "sub/b.srt": SRT.encode(),
            "sub/c.txt": CHAT.encode("cp1251"),
            "sub/d.py": f'OWNER = "{NAME}"  # {PHONE}\n'.encode(),
            "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        },
    )


def test_a_folder_is_mirrored(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "safe"
    outcomes = batch.run(folder, out)
    status = {o.path: o.status for o in outcomes}
    assert status == {
        "a.txt": "redacted",
        "photo.png": "skipped",
        "sub/b.srt": "redacted",
        "sub/c.txt": "redacted",
        "sub/d.py": "redacted",  # any text: code and configuration too
    }
    assert (out / "a.txt").read_text() == (
        "Клиент: меня зовут [ИМЯ_1], телефон [ТЕЛЕФОН_1]\nОператор: спасибо, записал\n"
    )
    assert (out / "sub/b.srt").read_text() == SRT.replace(PHONE, "[ТЕЛЕФОН_1]")
    # The output keeps the input's encoding.
    assert (out / "sub/c.txt").read_bytes() == (out / "a.txt").read_text().encode("cp1251")
    assert (out / "sub/d.py").read_text() == 'OWNER = "[ИМЯ_1]"  # [ТЕЛЕФОН_1]\n'
    assert not (out / "photo.png").exists()


def test_the_output_folder_lies_outside_the_input(folder: Path) -> None:
    with pytest.raises(batch.BatchError):
        batch.run(folder, folder / "safe")
    with pytest.raises(batch.BatchError):
        batch.run(folder, folder)


def test_placeholders_follow_a_value_across_files_on_request(tmp_path: Path) -> None:
    root = tree(
        tmp_path / "in",
        {
            "1.txt": f"звоните {PHONE}".encode(),
            "2.txt": f"звоните 8 495 555-35-35 или {PHONE}".encode(),
        },
    )
    batch.run(root, tmp_path / "each")
    batch.run(root, tmp_path / "one", batch.BatchOptions(consistent=True))
    assert (tmp_path / "each/2.txt").read_text() == "звоните [ТЕЛЕФОН_1] или [ТЕЛЕФОН_2]"
    assert (tmp_path / "one/1.txt").read_text() == "звоните [ТЕЛЕФОН_1]"
    assert (tmp_path / "one/2.txt").read_text() == "звоните [ТЕЛЕФОН_2] или [ТЕЛЕФОН_1]"


def test_a_resumed_run_redoes_only_what_changed(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "safe"
    batch.run(folder, out)
    (folder / "a.txt").write_text(CHAT + "Клиент: и ещё\n")
    again = {o.path: o.status for o in batch.run(folder, out, batch.BatchOptions(resume=True))}
    assert again["a.txt"] == "redacted"
    assert again["sub/b.srt"] == again["sub/c.txt"] == "up to date"


def test_include_and_exclude(folder: Path, tmp_path: Path) -> None:
    options = batch.BatchOptions(include=("*.txt",), exclude=("sub/*",))
    assert [o.path for o in batch.run(folder, tmp_path / "safe", options)] == ["a.txt"]


runner = CliRunner()


def test_a_broken_folder_finishes_and_exits_1(tmp_path: Path) -> None:
    files = {f"ok{i}.txt": CHAT.encode() for i in range(8)}
    files["bad.json"] = b'{"text": "' + NAME.encode() + b'", '  # cut short
    files["utf.txt"] = b"\xff\xfe\x00\xd8"  # broken UTF-16
    root = tree(tmp_path / "in", files)
    report = tmp_path / "run.json"
    result = runner.invoke(
        app, [str(root), "-o", str(tmp_path / "out"), "-j", "1", "--report", str(report)]
    )
    assert result.exit_code == 1, result.output
    assert len(list((tmp_path / "out").glob("ok*.txt"))) == 8
    data = json.loads(report.read_text())
    failed = {f["path"]: f["reason"] for f in data["files"] if f["status"] == "failed"}
    assert set(failed) == {"bad.json", "utf.txt"}
    for output in (result.output, report.read_text()):
        assert NAME not in output and PHONE not in output and "Кузнецов" not in output


def test_a_field_that_selects_nothing_fails_its_file(tmp_path: Path) -> None:
    """A typo in --field fails each JSON file it selects nothing in (unwritten, with the reason):
    the other files are redacted, and the run exits 1 as for any failed file."""
    root = tree(
        tmp_path / "in",
        {
            "a.json": json.dumps({"messages": [{"text": CHAT}]}).encode(),
            "b.json": json.dumps({"text": CHAT}).encode(),
            "c.txt": CHAT.encode(),
        },
    )
    outcomes = batch.run(root, tmp_path / "out", batch.BatchOptions(fields=("messages[].text",)))
    status = {o.path: (o.status, o.reason) for o in outcomes}
    assert status == {
        "a.json": ("redacted", ""),
        "b.json": ("failed", "--field messages[].text selects nothing in this file"),
        "c.txt": ("redacted", ""),
    }
    assert not (tmp_path / "out/b.json").exists()


def test_a_large_file_is_redacted_in_pieces_as_it_would_be_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redactor.files import stream

    lines = [f"Клиент: звоните {PHONE}\r\n", "Оператор: спасибо\r\n"] * 20
    jsonl = "".join(
        json.dumps({"id": i, "text": f"номер {PHONE}"}, ensure_ascii=False) + "\n"
        for i in range(20)
    )
    root = tree(tmp_path / "in", {"big.txt": "".join(lines).encode(), "big.jsonl": jsonl.encode()})
    batch.run(root, tmp_path / "whole")
    monkeypatch.setattr(batch, "STREAM_BYTES", 0)
    monkeypatch.setattr(stream, "PIECE", 100)  # many pieces
    outcomes = batch.run(root, tmp_path / "pieces")
    assert {o.status for o in outcomes} == {"redacted"}
    for name in ("big.txt", "big.jsonl"):
        assert (tmp_path / "pieces" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    assert (tmp_path / "pieces/big.txt").read_bytes().count(b"\r\n") == 40
    assert PHONE not in (tmp_path / "pieces/big.jsonl").read_text()


def test_a_large_file_whose_field_is_only_in_some_pieces_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redactor.files import stream

    rows = [{"id": i} for i in range(19)] + [{"id": 19, "note": f"номер {PHONE}"}]
    jsonl = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    root = tree(tmp_path / "in", {"big.jsonl": jsonl.encode()})
    monkeypatch.setattr(batch, "STREAM_BYTES", 0)
    monkeypatch.setattr(stream, "PIECE", 100)  # the first pieces have no «note»
    (outcome,) = batch.run(root, tmp_path / "out", batch.BatchOptions(fields=("note",)))
    assert outcome.status == "redacted"
    assert (tmp_path / "out/big.jsonl").read_text().endswith('"номер [ТЕЛЕФОН_1]"}\n')


def test_a_large_file_with_a_stray_byte_further_in_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redactor.files import stream

    lines = [f"Клиент: звоните {PHONE}\n".encode()] * 20
    lines[15] = b"\xff" + lines[15]  # past the head that decided the encoding
    root = tree(tmp_path / "in", {"big.txt": b"".join(lines)})
    monkeypatch.setattr(batch, "STREAM_BYTES", 0)
    monkeypatch.setattr(stream, "HEAD", 200)
    (outcome,) = batch.run(root, tmp_path / "out")
    assert outcome.status == "redacted"
    expected = [b"\xff" * (i == 15) + "Клиент: звоните [ТЕЛЕФОН_1]\n".encode() for i in range(20)]
    assert (tmp_path / "out/big.txt").read_bytes() == b"".join(expected)


def test_workers_write_what_one_process_writes(folder: Path, tmp_path: Path) -> None:
    batch.run(folder, tmp_path / "one")
    outcomes = batch.run(folder, tmp_path / "two", batch.BatchOptions(jobs=2))
    assert {o.path: o.status for o in outcomes}["sub/b.srt"] == "redacted"
    for rel in ("a.txt", "sub/b.srt", "sub/c.txt"):
        assert (tmp_path / "two" / rel).read_bytes() == (tmp_path / "one" / rel).read_bytes()


def test_utf16_in_utf16_out(tmp_path: Path) -> None:
    data = "\ufeff".encode("utf-16-le") + CHAT.encode("utf-16-le")
    root = tree(tmp_path / "in", {"win.txt": data})
    batch.run(root, tmp_path / "out")
    out = (tmp_path / "out/win.txt").read_bytes()
    assert out.startswith(b"\xff\xfe")
    assert (
        out.decode("utf-16")
        == "Клиент: меня зовут [ИМЯ_1], телефон [ТЕЛЕФОН_1]\nОператор: спасибо, записал\n"
    )


def test_an_interrupted_run_leaves_whole_files_and_resumes(tmp_path: Path) -> None:
    root = tree(tmp_path / "in", {f"{i:02d}.txt": CHAT.encode() for i in range(6)})
    out = tmp_path / "out"

    def interrupt_after_three(outcome: batch.FileOutcome, seen=[]) -> None:  # noqa: B006
        seen.append(outcome)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.run(root, out, batch.BatchOptions(), interrupt_after_three)
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        ".redact-journal.jsonl",
        "00.txt",
        "01.txt",
        "02.txt",
    ]  # nothing half-written
    again = batch.run(root, out, batch.BatchOptions(resume=True))
    assert [o.status for o in again] == ["up to date"] * 3 + ["redacted"] * 3
    final = batch.run(root, out, batch.BatchOptions(resume=True))
    assert [o.status for o in final] == ["up to date"] * 6
