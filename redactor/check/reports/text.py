"""The human report: one line per finding, then a summary line.

calls/01.txt:3:14: PHONE_NUMBER (RuPhoneRecognizer, 0.95) +7 9** ***-**-67
"""

from __future__ import annotations

from collections.abc import Sequence

from redactor.check.reports.check import CheckFinding


def text(findings: Sequence[CheckFinding], files_scanned: int) -> str:
    lines = [_line(f) for f in findings]
    files = len({f.path for f in findings})
    lines.append(
        f"{len(findings)} finding(s) in {files} of {files_scanned} file(s) scanned"
        if findings
        else f"no personal data found in {files_scanned} file(s) scanned"
    )
    return "\n".join(lines) + "\n"


def _line(f: CheckFinding) -> str:
    shown = f.preview if f.value is None else f"{f.preview} value={f.value!r}"
    return f"{f.path}:{f.line}:{f.column}: {f.entity_type} ({f.recognizer}, {f.score:.2f}) {shown}"
