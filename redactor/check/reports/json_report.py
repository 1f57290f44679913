"""The JSON report, for scripts: the counts and one object per finding (the CheckFinding's
fields; `value` only with --show-values)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from redactor.check.reports.check import CheckFinding
from redactor.version import __version__


def json_report(findings: Sequence[CheckFinding], files_scanned: int) -> str:
    report = {
        "tool": "redact",
        "version": __version__,
        "files_scanned": files_scanned,
        "files_with_findings": len({f.path for f in findings}),
        "findings": [_finding(f) for f in findings],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _finding(f: CheckFinding) -> dict:
    d = asdict(f)
    if f.value is None:
        del d["value"]  # absent, not null: a consumer cannot mistake it for an empty value
    return d
