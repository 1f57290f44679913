"""The resume journal (`redactor.files.journal`): one line per output, appended as written; a
torn or foreign line costs only its own output (redone), never the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.files import journal

STAMP = {"size": 3, "mtime_ns": 1, "inode": 2, "options": "x"}
LINE = '{"output": "a.txt", "input": {"size": 3, "mtime_ns": 1, "inode": 2, "options": "x"}}\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LINE, {"a.txt": STAMP}),
        (LINE + '{"output": "b.txt", "inp', {"a.txt": STAMP}),  # torn by a crash
        ("not json\n" + LINE, {"a.txt": STAMP}),
        ('{"output": "b.txt"}\n[1, 2]\n', {}),  # foreign lines
        (LINE + LINE.replace('"size": 3', '"size": 4'), {"a.txt": {**STAMP, "size": 4}}),
        ("", {}),
    ],
)
def test_what_a_journal_says(tmp_path: Path, text: str, expected: dict) -> None:
    (tmp_path / journal.JOURNAL).write_text(text)
    assert journal.load(tmp_path / journal.JOURNAL) == expected


@pytest.mark.parametrize(("resume", "kept"), [(True, {"a.txt"}), (False, set())])
def test_a_run_keeps_the_journal_only_when_it_resumes(tmp_path: Path, resume, kept) -> None:
    (tmp_path / journal.JOURNAL).write_text(LINE + '{"torn')
    opened = journal.Journal(tmp_path, resume)
    opened.add("b.txt", STAMP)  # on disk at once, before close
    assert set(journal.load(tmp_path / journal.JOURNAL)) == kept | {"b.txt"}
    opened.close()
    lines = (tmp_path / journal.JOURNAL).read_text().splitlines()
    assert len(lines) == len(kept) + 1  # compacted: the torn line is gone
