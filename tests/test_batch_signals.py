"""SIGTERM and SIGINT stop a folder run at once, workers included, and lose nothing: every
output written is in the journal, and `--resume` redoes exactly the files not written.
The real command runs in a subprocess on a folder of small files; the signal comes once the
first outputs are there."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redactor.files import batch, journal

CHAT = "Клиент: меня зовут Кузнецов Дмитрий, телефон +7 912 604-38-21\nОператор: спасибо\n"
FILES = 60
CLI = [sys.executable, "-c", "from redactor.cli import main; main()"]


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has stopped


def outputs(out: Path) -> set[str]:
    return {p.name for p in out.glob("*.txt")}


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("signum", "code", "jobs"),
    [(signal.SIGTERM, 143, "2"), (signal.SIGINT, 130, "2"), (signal.SIGTERM, 143, "1")],
)
def test_a_signal_stops_the_run_and_resume_redoes_only_the_rest(
    tmp_path: Path, signum: int, code: int, jobs: str
) -> None:
    root, out = tmp_path / "in", tmp_path / "out"
    root.mkdir()
    for i in range(FILES):
        (root / f"{i:03d}.txt").write_text(CHAT * 20)
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    run = subprocess.Popen(
        [*CLI, str(root), "-o", str(out), "-j", jobs],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not outputs(out) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    workers = children(run.pid)
    assert bool(workers) == (jobs != "1"), "the run has forked its workers by now"
    run.send_signal(signum)
    try:
        run.wait(timeout=20)
    finally:
        run.kill()
    stderr = run.stderr.read().decode()
    assert run.returncode == code, stderr
    assert "--resume" in stderr and "Traceback" not in stderr
    time.sleep(0.5)
    assert not [w for w in workers if alive(w)], "the workers stopped with the run"
    written = outputs(out)
    assert 0 < len(written) < FILES, "stopped in the middle"
    assert not list(out.glob(".*.tmp")), "no half-written output"
    assert set(journal.load(out / batch.MANIFEST)) == written  # every output, nothing more
    report = tmp_path / "run.json"
    again = subprocess.run(
        [*CLI, str(root), "-o", str(out), "-j", "1", "--resume", "--report", str(report)],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr.decode()
    status = {f["path"]: f["status"] for f in json.loads(report.read_text())["files"]}
    assert {p for p, s in status.items() if s == "up to date"} == written
    assert {p for p, s in status.items() if s == "redacted"} == set(status) - written


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_sigterm_stops_a_check_and_its_workers(tmp_path: Path) -> None:
    for i in range(FILES):
        (tmp_path / f"{i:03d}.txt").write_text(CHAT * 20)
    run = subprocess.Popen(
        [*CLI, "check", str(tmp_path), "-j", "2"],
        env={**os.environ, "OMP_NUM_THREADS": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while len(children(run.pid)) < 2 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    workers = children(run.pid)
    assert len(workers) == 2
    run.send_signal(signal.SIGTERM)
    try:
        run.wait(timeout=20)
    finally:
        run.kill()
    assert run.returncode == 143, run.stderr.read().decode()
    time.sleep(0.5)
    assert not [w for w in workers if alive(w)]
