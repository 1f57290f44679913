"""Turn the recognizers' overlapping proposals into one flat list of findings.

Recognizers overlap: slovnet tags «Ивана Франко» inside «ул. Ивана Франко, 5», a phone regex
sees digits inside a card number. The widest reading wins where one contains another (the
address, the card); where two only cross, the stronger keeps its span and the weaker keeps what
is left of its own, so no character that anyone flagged goes unmasked.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import replace
from itertools import accumulate

from redactor.finding import Finding


def flatten(findings: list[Finding], text: str) -> list[Finding]:
    ranked = sorted(findings, key=lambda f: (-(f.end - f.start), -f.score, f.start))
    kept: list[Finding] = []  # non-overlapping, sorted by start
    for f in ranked:
        for piece in _outside(f, kept):
            if piece != f:  # only a cut piece has loose edges; a phone keeps its «+» and «(»
                piece = _trim(piece, text)
            if piece.start < piece.end:
                insort(kept, piece)
    return kept


def _outside(f: Finding, kept: list[Finding]) -> list[Finding]:
    """The parts of `f` that no kept finding covers. `kept` does not overlap itself and is
    sorted, so only the few findings around `f` need a look: a long chat log has thousands."""
    i = bisect_left(kept, f.start, key=lambda k: k.end)  # the first that ends after f starts
    pieces, start = [], f.start
    while i < len(kept) and kept[i].start < f.end:
        k = kept[i]
        if start < k.start:
            pieces.append(replace(f, start=start, end=k.start))
        start = max(start, k.end)
        i += 1
    if start < f.end:
        pieces.append(f if start == f.start else replace(f, start=start))
    return pieces


def _trim(f: Finding, text: str) -> Finding:
    """Drop spaces and punctuation left at the edges of a cut piece; empty if nothing is left."""
    start, end = f.start, f.end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if (start, end) == (f.start, f.end):
        return f
    return replace(f, start=start, end=end)


def outside(findings: list[Finding], spans: list[tuple[int, int]], text: str) -> list[Finding]:
    """`findings` (flat, in text order) without their parts over `spans` (sorted, apart): what
    is left of a finding before or after a span stays, trimmed to its letters and digits."""
    if not spans:
        return findings
    blocked = [Finding(start, end, "", 0.0, "") for start, end in spans]
    kept: list[Finding] = []
    for f in findings:
        for piece in _outside(f, blocked):
            piece = piece if piece == f else _trim(piece, text)
            if piece.start < piece.end:
                kept.append(piece)
    return kept


class Spans:
    """Findings' spans, asked whether a range overlaps any of them in log time: the passes
    after the recognizers ask once per candidate, in logs with thousands of findings."""

    def __init__(self, findings: list[Finding]) -> None:
        spans = sorted((f.start, f.end) for f in findings)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # the spans that start before `end`
        return i > 0 and self._reach[i - 1] > start
