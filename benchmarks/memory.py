"""The `memory` part of `make bench`: the peak memory of `redact DUMP_DIR -o OUT` on a 500 MB
JSONL dump (issue 5's floor: under 1.5 GB). Each line is a chat message as exporters write it:
a short text beside a large block of metadata (ids, timestamps, attachment descriptors), so the
run reads and writes 500 MB while the engine analyses a few megabytes of text; what is measured
is that the file is never held whole. The peak is the child process's own maximum resident
set."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = 500 * 1024 * 1024
FLOOR = 1.5 * 1024**3
SEED = 20261126
PHRASES = [
    "Здравствуйте, подскажите статус заказа",
    "Спасибо, всё получил",
    "Перезвоните мне, пожалуйста, на 8 912 345-67-89",
    "Меня зовут Ирина Петрова, заказ не пришёл",
    "Хорошо, жду",
]
RUN = """
import json, resource, sys
from pathlib import Path
from redactor.files import batch
outcomes = batch.run(Path(sys.argv[1]), Path(sys.argv[2]), batch.BatchOptions(jobs=1))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux
print(json.dumps({"statuses": [o.status for o in outcomes], "peak": peak}))
"""


def write_dump(path: Path, size: int = SIZE) -> int:
    rng = random.Random(SEED)
    meta = {"attachments": [{"id": f"{i:08x}", "mime": "image/jpeg", "w": 1280, "h": 720}
                            for i in range(120)]}  # fmt: skip
    written, lines = 0, 0
    with path.open("w", encoding="utf-8") as f:
        while written < size:
            line = json.dumps(
                {"id": lines, "ts": 1700000000 + lines, "text": rng.choice(PHRASES), "meta": meta},
                ensure_ascii=False,
            )
            f.write(line + "\n")
            written += len(line.encode()) + 1
            lines += 1
    return lines


def bench(root: Path) -> dict:
    with tempfile.TemporaryDirectory(
        dir=root / "build" if (root / "build").is_dir() else None
    ) as tmp:
        source = Path(tmp) / "dump"
        source.mkdir()
        lines = write_dump(source / "messages.jsonl")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", RUN, str(source), str(Path(tmp) / "out")],
            cwd=root,
            check=True,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
    child = json.loads(done.stdout.strip().splitlines()[-1])
    peak = child["peak"]  # the child's own: earlier parts' children must not count
    verdict = "met" if peak < FLOOR else "NOT MET"
    print(
        f"{SIZE // 2**20} MB JSONL, {lines:,} messages: {seconds:.0f} s, peak memory"
        f" {peak / 2**30:.2f} GB (floor 1.5 GB: {verdict})"
    )
    return {"bytes": SIZE, "lines": lines, "seconds": seconds, "peak_bytes": peak, **child}
