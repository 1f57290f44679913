"""The `batch` part of `make bench`: a folder of 1,000 generated chat files redacted with
`--jobs 1` and `--jobs 2`, each in a fresh process (model loading included), as a user runs
`redact chats/ -o safe/`, then checked (`redact check`, 2 jobs). Issue 5's floor: two jobs on
two cores ≥ 1.7 × one job, and one job's characters per second no lower than the single-file
path's (the `speed` part). Issue 6's: the check takes no longer than the redaction."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import generate

FILES = 1_000
SEED = 20261125  # a set of its own: these files are only timed, never scored
SPEEDUP_FLOOR = 1.7
CHECK = """
import json, sys
from pathlib import Path
from redactor.check.scan import check
result = check([Path(sys.argv[1])], jobs=int(sys.argv[3]))
print(json.dumps({"files": result.files_scanned, "failed": len(result.errors)}))
"""
# The child also times the run alone, models loaded first in both modes: the throughput of
# the work itself, beside the end-to-end time that includes Python's start and the loading.
RUN = """
import json, sys, time
from pathlib import Path
from redactor.files import batch
from redactor.engine import default_engine
default_engine()
started = time.perf_counter()
outcomes = batch.run(Path(sys.argv[1]), Path(sys.argv[2]), batch.BatchOptions(jobs=int(sys.argv[3])))
busy = time.perf_counter() - started
failed = sum(o.status == "failed" for o in outcomes)
print(json.dumps({"files": len(outcomes), "failed": failed, "busy": busy}))
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


def write_clean_folder(root: Path, files: int = FILES, seed: int = SEED) -> int:
    """`files` dialogues of the generator's filler lines only («Одну минуту, проверяю
    информацию.»): a repository with no personal data, for the check's timing."""
    rng = random.Random(seed)
    lines = [
        (step.speaker, t)
        for steps in generate.FILLERS
        for step in steps
        for t in step.templates
        if "{" not in t
    ]
    chars = 0
    for i in range(files):
        picked = [rng.choice(lines) for _ in range(24)]
        text = "".join(f"{'Оператор' if who == 'A' else 'Клиент'}: {t}\n" for who, t in picked)
        path = root / f"{i % 10}" / f"clean-{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def timed_run(source: Path, target: Path, jobs: int, root: Path, code: str = RUN) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(source), str(target), str(jobs)],
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
        checked = timed_run(source, Path(tmp) / "unused", 2, root, CHECK)
        clean = Path(tmp) / "clean"
        write_clean_folder(clean)
        clean_runs = {
            "check": timed_run(clean, Path(tmp) / "unused", 2, root, CHECK),
            "redact": timed_run(clean, Path(tmp) / "clean-safe", 2, root),
        }
    one, two = runs
    speedup = one["busy"] / two["busy"]
    end_to_end = one["seconds"] / two["seconds"]
    per_core = chars / one["busy"]
    print(f"{FILES} generated files, {chars:,} characters")
    for run in runs:
        print(
            f"--jobs {run['jobs']}: {run['busy']:.1f} s of work, {run['files'] / run['busy']:.1f}"
            f" files/s, {chars / run['busy']:,.0f} characters/s ({run['seconds']:.1f} s end to"
            f" end, with Python's start and the models' loading), {run['failed']} failed"
        )
    verdict = "met" if speedup >= SPEEDUP_FLOOR else "NOT MET"
    print(
        f"throughput of 2 jobs: {speedup:.2f} × one job's (floor {SPEEDUP_FLOOR}: {verdict});"
        f" end to end {end_to_end:.2f} ×"
    )
    line = f"one job: {per_core:,.0f} characters/s"
    if single_file_chars_per_second:
        line += f" (single-file path, models loaded: {single_file_chars_per_second:,.0f})"
    print(line)
    verdict = "met" if checked["seconds"] <= two["seconds"] else "NOT MET"
    print(
        f"redact check, 2 jobs: {checked['seconds']:.1f} s, no longer than redacting the same"
        f" files with 2 jobs ({two['seconds']:.1f} s): {verdict}"
    )
    faster = clean_runs["check"]["seconds"] <= clean_runs["redact"]["seconds"]
    print(
        f"a folder of {FILES} files with no personal data, 2 jobs: check"
        f" {clean_runs['check']['seconds']:.1f} s, redaction {clean_runs['redact']['seconds']:.1f} s"
        f" (check no longer: {'met' if faster else 'NOT MET'})"
    )
    return {
        "end_to_end": end_to_end,
        "clean": clean_runs,
        "files": FILES,
        "chars": chars,
        "runs": runs,
        "speedup": speedup,
        "per_core": per_core,
        "check": checked,
    }
