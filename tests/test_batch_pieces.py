"""Large files in a folder run: cut into pieces that the workers share with the small files,
so no worker idles behind one big file and the progress moves while it is redacted; and every
output gets the same permissions, large or small."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redactor.files import analysis, batch, stream

PHONE = "+7 912 604-38-21"
LINE = f"Клиент: звоните {PHONE}\nОператор: спасибо\n"
PIDS_ENV = "REDACT_TEST_PIDS"


def recording(job):
    """`analysis.analyse`, noting which process analysed which kind of job."""
    with open(os.environ[PIDS_ENV], "a") as f:
        f.write(f"{job[0]} {os.getpid()}\n")
    return ANALYSE(job)


ANALYSE = analysis.analyse


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "big.txt").write_text(LINE * 40)  # 40 pieces
    for i in range(6):
        (root / f"small{i}.txt").write_text(LINE)
    monkeypatch.setattr(batch, "STREAM_BYTES", 1000)
    monkeypatch.setattr(stream, "PIECE", len(LINE))
    return root


def test_pieces_and_small_files_are_shared_by_the_workers(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIDS_ENV, str(tmp_path / "pids"))
    monkeypatch.setattr(analysis, "analyse", recording)
    events: list[str] = []
    outcomes = batch.run(
        folder,
        tmp_path / "out",
        batch.BatchOptions(jobs=2),
        on_file=lambda o: events.append(o.path),
        on_bytes=lambda n: events.append(n),
    )
    assert {o.status for o in outcomes} == {"redacted"}
    files = [e for e in events if isinstance(e, str)]
    assert files.index("big.txt") > files.index("small0.txt")  # not first and alone
    before_big = events[: events.index("big.txt")]
    assert sum(1 for e in before_big if isinstance(e, int)) > 10  # the bar moved meanwhile
    assert sum(e for e in events if isinstance(e, int)) == sum(
        p.stat().st_size for p in folder.iterdir()
    )
    jobs = [line.split() for line in (tmp_path / "pids").read_text().splitlines()]
    assert len({pid for kind, pid in jobs if kind == "piece"}) == 2  # both workers took pieces
    whole = (tmp_path / "out/big.txt").read_text()
    assert whole == "Клиент: звоните [ТЕЛЕФОН_1]\nОператор: спасибо\n" * 40


def test_workers_write_a_large_file_as_one_process_does(folder: Path, tmp_path: Path) -> None:
    batch.run(folder, tmp_path / "one")
    batch.run(folder, tmp_path / "two", batch.BatchOptions(jobs=2))
    for path in (tmp_path / "one").glob("*.txt"):
        assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes()


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_large_and_small_outputs_get_the_same_permissions(
    folder: Path, tmp_path: Path, umask: int
) -> None:
    old = os.umask(umask)
    try:
        batch.run(folder, tmp_path / "out")
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "out").glob("*.txt")}
    assert set(modes.values()) == {0o666 & ~umask}, modes


def test_a_full_disk_fails_the_large_file_alone(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stream.Writer, "add", full)
    outcomes = {o.path: o for o in batch.run(folder, tmp_path / "out")}
    assert outcomes["big.txt"].status == "failed"
    assert outcomes["big.txt"].reason == "cannot write (No space left on device)"
    assert {o.status for p, o in outcomes.items() if p != "big.txt"} == {"redacted"}
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
