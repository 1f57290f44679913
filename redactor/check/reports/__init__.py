"""Reports of `redact --check`: what was found where, as masked previews, in four formats.

    check_findings(path, text, findings, key=…)  engine findings → CheckFindings (1-based
                                          line/col, fingerprints keyed: check/fingerprint.py)
    text(findings, files_scanned)         human lines: file:line:col entity recognizer preview
    json_report(findings, files_scanned)  one JSON object, for scripts
    sarif(findings, files_scanned)        SARIF 2.1.0, for GitHub code scanning
    github(findings, files_scanned)       `::error` workflow commands, for PR annotations

No report holds a raw value: a CheckFinding carries one only when the user asked for it
(`--show-values`, i.e. `check_findings(..., show_values=True)`), and only then do reports show it.
"""

from redactor.check.reports.check import CheckFinding, check_findings
from redactor.check.reports.github import github
from redactor.check.reports.json_report import json_report
from redactor.check.reports.sarif import sarif
from redactor.check.reports.text import text

FORMATS = {"text": text, "json": json_report, "sarif": sarif, "github": github}

__all__ = [
    "FORMATS",
    "CheckFinding",
    "check_findings",
    "github",
    "json_report",
    "sarif",
    "text",
]
