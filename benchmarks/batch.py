"""The `batch` part of `make bench`: a folder of 1,000 generated chat files redacted with
`--jobs 1` and `--jobs 2`, each in a fresh process (model loading included), as a user runs
`redact chats/ -o safe/`. Issue 5's floor: two jobs on two cores ≥ 1.7 × one job, and one job's
characters per second no lower than the single-file path's (the `speed` part)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import generate

FILES = 1_000
SEED = 20261125  # a set of its own: these files are only timed, never scored
SPEEDUP_FLOOR = 1.7
RUN = """
import json, sys
from pathlib import Path
from redactor import batch
outcomes = batch.run(Path(sys.argv[1]), Path(sys.argv[2]), batch.BatchOptions(jobs=int(sys.argv[3])))
print(json.dumps({"files": len(outcomes), "failed": sum(o.status == "failed" for o in outcomes)}))
"""


def write_folder(root: Path, files: int = FILES, seed: int = SEED) -> int:
    """`files` chat and call transcripts as .txt files in a few subfolders; their characters."""
    chars = 0
    for doc in generate.documents(files, seed):
        path = root / doc["domain"] / f"{doc['id']}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(doc["text"], encoding="utf-8")
        chars += len(doc["text"])
    return chars


def timed_run(source: Path, target: Path, jobs: int, root: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(source), str(target), str(jobs)],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "seconds": seconds, "jobs": jobs}


def bench(root: Path, single_file_chars_per_second: float | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "chats"
        chars = write_folder(source)
        runs = [timed_run(source, Path(tmp) / f"safe-{jobs}", jobs, root) for jobs in (1, 2)]
    one, two = runs
    speedup = one["seconds"] / two["seconds"]
    per_core = chars / one["seconds"]
    print(f"{FILES} generated files, {chars:,} characters")
    for run in runs:
        print(
            f"--jobs {run['jobs']}: {run['seconds']:.1f} s, {run['files'] / run['seconds']:.1f} files/s,"
            f" {chars / run['seconds']:,.0f} characters/s, {run['failed']} failed"
        )
    verdict = "met" if speedup >= SPEEDUP_FLOOR else "NOT MET"
    print(f"speed-up of 2 jobs: {speedup:.2f} × (floor {SPEEDUP_FLOOR}: {verdict})")
    line = f"one job: {per_core:,.0f} characters/s, model loading included"
    if single_file_chars_per_second:
        line += f" (single-file path, models loaded: {single_file_chars_per_second:,.0f})"
    print(line)
    return {"files": FILES, "chars": chars, "runs": runs, "speedup": speedup, "per_core": per_core}
