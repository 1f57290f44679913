"""The inline marker «redact: allow» (`# redact: allow`, `// redact: allow`): the way a line tells
`redact check` that what it holds is accepted. It is a directive, never personal data: a model
that reads «redact: allow» as a name must not rewrite it, or a redacted file loses its markers.

Redaction itself ignores the marker: a user who redacts a file to share it expects every value
in it replaced, so only `check` (`redactor.check.allow`) silences the marker's line.
"""

from __future__ import annotations

import re

from redactor.detect.overlaps import outside
from redactor.finding import Finding

MARKER = re.compile(r"\bredact:\s*allow\b", re.IGNORECASE)


def outside_markers(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` (flat, in text order) without their parts over a marker."""
    return outside(findings, [m.span() for m in MARKER.finditer(text)], text)
