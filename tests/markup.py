"""Inline markup for expected findings: «Звоните [8 912 345-67-89] вечером».

Square brackets mark the spans that must be found; `parse` returns the plain text and the spans.
"""

from __future__ import annotations

import re

MARK = re.compile(r"\[([^\[\]]+)\]")


def parse(marked: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        out_len += len(before)
        spans.append((out_len, out_len + len(m.group(1))))
        text.append(m.group(1))
        out_len += len(m.group(1))
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def render(text: str, spans: list[tuple[int, int]]) -> str:
    """The inverse of `parse`: used to show what the engine found in a readable diff."""
    out, pos = [], 0
    for start, end in sorted(spans):
        out += [text[pos:start], "[", text[start:end], "]"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def covered(text: str, span: tuple[int, int], found: list[tuple[int, int]]) -> bool:
    """A span is protected when every letter and digit in it lies inside some finding."""
    return all(any(s <= i < e for s, e in found) for i in range(*span) if text[i].isalnum())
