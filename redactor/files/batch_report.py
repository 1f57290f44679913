"""What a folder run shows and leaves behind: a progress bar on stderr (files/s, ETA), a summary
table (files, findings per entity, skipped and failed files with their reason, time), and the
JSON report of `--report` (per file: format, status, entities with their positions; never a
value). The CLI calls `run_folder`; everything it prints goes to stderr.

Exit status: 0 every file redacted (or skipped, or up to date); 1 some files (or folders) failed,
the others are written; 2 the run could not start (folders overlap, the output is a file); 130
or 143 the run was stopped by SIGINT or SIGTERM (the workers too; whatever was written is in the
journal, and `--resume` goes on from there).

The progress bar counts bytes, so it moves while a large file is redacted piece by piece; the
files done are counted beside it.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from redactor.files import batch, interrupt, textio

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
LISTED = 20  # skipped or failed files named in the summary; the report lists them all


def run_folder(
    source: Path,
    target: Path,
    options: batch.BatchOptions,
    quiet: bool,
    report: Path | None,
    console: Console,
    vault=None,
) -> int:
    try:
        batch.check_folders(source, target)
    except batch.BatchError as e:
        console.print(f"redact: error: {e}", markup=False)
        return EXIT_USAGE
    files = list(batch.walk(source, options))  # what was skipped too: each is an outcome
    total = sum(_size(source / rel) for rel in files if isinstance(rel, str))
    started = time.monotonic()
    counted = {"files": 0}
    with Progress(
        TextColumn("redacting"),
        BarColumn(),
        TextColumn("{task.fields[files]}/{task.fields[total_files]} files"),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("bytes", total=total, files=0, total_files=len(files))

        def file_done(outcome: batch.FileOutcome) -> None:
            counted["files"] += 1
            progress.update(task, files=counted["files"])

        def bytes_done(size: int) -> None:
            progress.update(task, advance=size)

        try:
            with interrupt.handled():
                outcomes = batch.run(source, target, options, file_done, vault, bytes_done)
        except interrupt.Interrupted as e:
            progress.stop()
            console.print(
                f"redact: stopped after {counted['files']} of {len(files)} files; "
                "run again with --resume to go on",
                markup=False,
            )
            return e.exit_code
    seconds = time.monotonic() - started
    if report is not None:
        write_report(report, outcomes, seconds)
    if not quiet:
        console.print(summary(outcomes, seconds))
    failed = [o for o in outcomes if o.status == "failed"]
    if failed and quiet:
        console.print(f"redact: {len(failed)} of {len(outcomes)} files failed", markup=False)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def summary(outcomes: list[batch.FileOutcome], seconds: float) -> Table:
    statuses = Counter(o.status for o in outcomes)
    entities = Counter()
    for o in outcomes:
        entities.update(o.counts)
    table = Table(
        title=f"{len(outcomes)} files in {seconds:.1f} s", title_justify="left", show_header=False
    )
    table.add_column("")
    table.add_column("", justify="right")
    for status in ("redacted", "up to date", "skipped", "failed"):
        if statuses[status]:
            table.add_row(f"files {status}", str(statuses[status]))
    for entity, count in sorted(entities.items()):
        table.add_row(entity, str(count))
    problems = [o for o in outcomes if o.status in ("skipped", "failed")]
    for o in problems[:LISTED]:
        table.add_row(Text(f"{o.status}: {o.path}"), Text(o.reason))
    if len(problems) > LISTED:
        table.add_row(f"… and {len(problems) - LISTED} more (see --report)", "")
    return table


def write_report(path: Path, outcomes: list[batch.FileOutcome], seconds: float) -> None:
    files = [
        {
            **{k: v for k, v in asdict(o).items() if k != "findings"},
            "findings": [{"entity": e, "line": line, "column": col} for e, line, col in o.findings],
        }
        for o in outcomes
    ]
    data = {"version": 1, "seconds": round(seconds, 3), "files": files}
    textio.write_text_atomic(
        path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8", False
    )
