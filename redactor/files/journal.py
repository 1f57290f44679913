"""The resume journal of a folder run: `.redact-journal.jsonl` in the output folder.

One JSON line per output, appended as soon as the output is in place (flushed at once, synced
to disk at most every `SYNC_SECONDS` and when closed), so an interrupted run — a signal, a
crash, a power cut short of the last second — lists every output it wrote, and `--resume`
redoes exactly the rest. A torn last line is ignored.

The output folder is often shared, so a line holds no value and nothing that gives one back:
the output's own path (whose file name was redacted, `names.py`), and a stamp of the input that
tells a changed input from the same one — its size, modification time and inode, never a hash of its
content (a hash of a short file is reversed by trying its likely contents) — and the digest of
the options that decide the output.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from redactor.files import textio

JOURNAL = ".redact-journal.jsonl"
SYNC_SECONDS = 1.0


def stamp(path: Path, options_digest: str) -> dict:
    info = os.stat(path)
    # The inode tells two inputs apart that an archive gave the same size and time.
    return {
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "inode": info.st_ino,
        "options": options_digest,
    }


class Journal:
    """Outputs written (output path → input stamp), kept on disk line by line."""

    def __init__(self, target: Path, resume: bool):
        self.path = target / JOURNAL
        self.done = load(self.path) if resume else {}
        # Rewritten whole at the start (one line per output, atomically), then appended to.
        lines = "".join(_line(out, s) for out, s in self.done.items())
        textio.write_bytes_atomic(self.path, lines.encode("utf-8"))
        self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 — closed in close()
        self._synced = time.monotonic()

    def finished(self, output: str, input_stamp: dict) -> bool:
        """Whether `output` was written from an input with this stamp."""
        return self.done.get(output) == input_stamp

    def add(self, output: str, input_stamp: dict) -> None:
        self.done[output] = input_stamp
        self._file.write(_line(output, input_stamp))
        self._file.flush()  # the process may die now: the line is the kernel's to keep
        if time.monotonic() - self._synced >= SYNC_SECONDS:
            self._sync()

    def close(self) -> None:
        if not self._file.closed:
            self._sync()
            self._file.close()

    def _sync(self) -> None:
        os.fsync(self._file.fileno())
        self._synced = time.monotonic()


def load(path: Path) -> dict[str, dict]:
    done: dict[str, dict] = {}
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return done
    for line in text.splitlines():
        try:
            item = json.loads(line)
            done[item["output"]] = item["input"]
        except (ValueError, KeyError, TypeError):
            continue  # a torn last line, or a stranger's edit: that output is redone
    return done


def _line(output: str, input_stamp: dict) -> str:
    return json.dumps({"output": output, "input": input_stamp}, ensure_ascii=False) + "\n"
