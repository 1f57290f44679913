"""The finding of a check, as every report shows it: a place, an entity, a masked preview and a
fingerprint; the value itself only when the user asked for it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from redactor.finding import Finding, line_column
from redactor.replace.preview import mask

# Words each side of a value that go into its fingerprint: enough to tell two equal values in
# different places apart, few enough that an edit elsewhere in the line keeps the fingerprint.
CONTEXT_WORDS = 3
FINGERPRINT_HEX = 32
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CheckFinding:
    path: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    end_line: int
    end_column: int  # 1-based, exclusive: the character after the value (SARIF's endColumn)
    entity_type: str
    recognizer: str
    score: float
    preview: str  # masked: redactor.replace.preview.mask
    fingerprint: str
    value: str | None = None  # the raw value, only with --show-values


def fingerprint(entity_type: str, value: str, context: str) -> str:
    """A stable id of a finding for baselines and SARIF's partialFingerprints (hex)."""
    data = "\0".join((entity_type, value, context)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:FINGERPRINT_HEX]


def check_findings(
    path: str, text: str, findings: list[Finding], show_values: bool = False
) -> list[CheckFinding]:
    """CheckFindings for engine `findings` (offsets into `text`) of the file at `path`."""
    result = []
    for f in sorted(findings):
        value = f.value(text)
        line, column = line_column(text, f.start)
        end_line, end_column = line_column(text, f.end)
        result.append(
            CheckFinding(
                path=path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                entity_type=f.entity_type,
                recognizer=f.recognizer,
                score=f.score,
                preview=mask(value, f.entity_type),
                fingerprint=fingerprint(f.entity_type, value, _context(text, f.start, f.end)),
                value=value if show_values else None,
            )
        )
    return result


def _context(text: str, start: int, end: int) -> str:
    """Up to CONTEXT_WORDS words before and after the value on its own lines, lowercased: edits
    on other lines leave the fingerprint as it was."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _WORD.findall(text[line_start:start])[-CONTEXT_WORDS:]
    after = _WORD.findall(text[end : None if line_end < 0 else line_end])[:CONTEXT_WORDS]
    return (" ".join(before) + "\0" + " ".join(after)).lower()
