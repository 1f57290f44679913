"""The types at the library's boundary. Presidio's objects never leave `engine.py`."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Finding:
    """One piece of personal data: `text[start:end]` is the value; the finding never holds it,
    so a finding can be logged or reported without leaking what it points at."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str

    def value(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Edit:
    """One change a redaction made: `redacted[start:end]` stood for `original`. The edits of a
    redaction, put back, give the input again (`vault.py` keeps them, encrypted)."""

    start: int
    end: int
    original: str = field(repr=False)


@dataclass(frozen=True)
class Redaction:
    """A redacted text with the findings (offsets into the *original* text), what each
    finding was replaced by, and the edits in the redacted text."""

    text: str
    findings: tuple[Finding, ...]
    replacements: tuple[str, ...]
    edits: tuple[Edit, ...] = field(default=(), repr=False)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Where `offset` lies in `text` as an editor counts: line and column from 1, in characters."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


class Lines:
    """`line_column` for many offsets of one text: its lines are found once, and each offset
    costs a binary search, not a count from the text's start (a file with 10,000 findings)."""

    def __init__(self, text: str):
        self.starts = [0]
        newline = text.find("\n")
        while newline >= 0:
            self.starts.append(newline + 1)
            newline = text.find("\n", newline + 1)

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
