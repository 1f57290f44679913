"""GitHub Actions workflow commands: one `::error` annotation per finding, shown on the pull
request's diff, and a `::notice` summary.

Escaping follows the runner's rules (actions/toolkit, command.ts): in the message `%`, `\\r`,
`\\n`; in property values also `:` and `,`, which would end the property.
"""

from __future__ import annotations

from collections.abc import Sequence

from redactor.check.reports.check import CheckFinding

_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY = {**_DATA, ":": "%3A", ",": "%2C"}


def github(findings: Sequence[CheckFinding], files_scanned: int) -> str:
    lines = [_annotation(f) for f in findings]
    summary = f"redact: {len(findings)} finding(s) in {files_scanned} file(s) scanned"
    lines.append(f"::notice title=redact::{escape_data(summary)}")
    return "\n".join(lines) + "\n"


def _annotation(f: CheckFinding) -> str:
    properties = {
        "file": f.path,
        "line": f.line,
        "col": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "title": f"Personal data: {f.entity_type}",
    }
    if f.end_line != f.line:
        del properties["endColumn"]  # GitHub reads a column range on one line only
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    message = f"{f.entity_type} found by {f.recognizer}: {f.preview}"
    if f.value is not None:
        message += f" (value: {f.value})"
    return f"::error {props}::{escape_data(message)}"


def escape_data(s: str) -> str:
    return "".join(_DATA.get(c, c) for c in s)


def escape_property(s: str) -> str:
    return "".join(_PROPERTY.get(c, c) for c in s)
