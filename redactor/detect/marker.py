"""The inline marker «redact: allow» (`# redact: allow`, `// redact: allow`): the way a line tells
`redact check` that what it holds is accepted. It is a directive, never personal data: a model
that reads «redact: allow» as a name must not rewrite it, or a redacted file loses its markers.

Redaction itself ignores the marker: a user who redacts a file to share it expects every value
in it replaced, so only `check` (`redactor.check.allow`) silences the marker's line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redactor.finding import Finding

MARKER = re.compile(r"\bredact:\s*allow\b", re.IGNORECASE)


def outside_markers(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` (flat, in text order) without their parts over a marker: what is left of a
    finding before or after one stays, trimmed to its letters and digits."""
    spans = [m.span() for m in MARKER.finditer(text)]
    if not spans:
        return findings
    kept = []
    for f in findings:
        start = f.start
        for marker_start, marker_end in spans:
            if marker_end <= start or marker_start >= f.end:
                continue
            kept += _trimmed(f, start, marker_start, text)
            start = max(start, marker_end)
        kept += _trimmed(f, start, f.end, text)
    return kept


def _trimmed(f: Finding, start: int, end: int, text: str) -> list[Finding]:
    if (start, end) == (f.start, f.end):
        return [f]
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return [replace(f, start=start, end=end)] if start < end else []
