"""The finding of a check, as every report shows it: a place, an entity, a masked preview and a
keyed fingerprint (`check/fingerprint.py`); the value itself only when the user asked for it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.check.fingerprint import FingerprintKey
from redactor.detect.recognizers.answers import first_words, last_words
from redactor.finding import Finding, Lines
from redactor.replace.preview import mask

# Words each side of a value that go into its fingerprint: enough to tell two equal values in
# different places apart, few enough that an edit elsewhere in the line keeps the fingerprint.
CONTEXT_WORDS = 3
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
    fingerprint: str  # keyed: FingerprintKey.fingerprint
    value: str | None = None  # the raw value, only with --show-values


def check_findings(
    path: str, text: str, findings: list[Finding], show_values: bool = False, *, key: FingerprintKey
) -> list[CheckFinding]:
    """CheckFindings for engine `findings` (offsets into `text`) of the file at `path`, with
    fingerprints under `key`."""
    result = []
    lines = Lines(text)
    for f in sorted(findings):
        value = f.value(text)
        line, column = lines.line_column(f.start)
        end_line, end_column = lines.line_column(f.end)
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
                fingerprint=key.fingerprint(f.entity_type, value, context(text, f.start, f.end)),
                value=value if show_values else None,
            )
        )
    return result


def context(text: str, start: int, end: int) -> str:
    """Up to CONTEXT_WORDS words before and after the value on its own lines, lowercased: edits
    on other lines leave the fingerprint as it was."""
    before = last_words(text, start, CONTEXT_WORDS, _WORD)  # not the whole line: it may be
    after = first_words(text, end, CONTEXT_WORDS, _WORD)  # a JSON file of a megabyte
    return (" ".join(before) + "\0" + " ".join(after)).lower()
