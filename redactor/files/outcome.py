"""What happened to one file of a batch: `FileOutcome`, shared by the whole-file path
(`batch.py`) and the streamed one (`stream.py`). It never holds a value: findings are (entity,
line, column) in the input."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from redactor.finding import Lines


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file. `reason` and `findings` never hold a value: findings are
    (entity, line, column) in the input."""

    path: str  # relative to the input folder, with «/»
    status: str  # "redacted", "skipped" (no format), "failed", "up to date" (resume)
    reason: str = ""
    format: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    findings: tuple[tuple[str, int, int], ...] = ()


def places(text: str, findings, lines_before: int = 0) -> list[tuple[str, int, int]]:
    """(entity, line, column) of each finding in `text`, which starts after `lines_before`."""
    lines = Lines(text)
    return [
        (f.entity_type, line + lines_before, column)
        for f in findings
        for line, column in [lines.line_column(f.start)]
    ]


def redacted(rel: str, format_name: str, found: list[tuple[str, int, int]]) -> FileOutcome:
    counts = Counter(entity for entity, _, _ in found)
    return FileOutcome(rel, "redacted", "", format_name, dict(counts), tuple(found))
