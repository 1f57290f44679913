"""Plain text (`.txt`, `.log`, `.md`): the whole file is one value.

One field keeps the file one conversation for the analyser and makes writing back trivial:
only the spans of findings change, the rest of the text (newlines included) stays as it was.
`lines` is here too: the line-based formats (subtitles, WhatsApp) read a text through it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar, NamedTuple

from redactor.files.formats.base import Field


class TextFormat:
    """Any text: the fallback when no other format recognises a file."""

    NAME: ClassVar[str] = "txt"
    EXTENSIONS: ClassVar[tuple[str, ...]] = (".txt", ".log", ".md")

    def sniff(self, head: str) -> bool:
        return True  # every decoded text is plain text; more specific formats are tried first

    def fields(self, text: str) -> list[Field]:
        return [Field(0, len(text), text)] if text else []

    def write(self, field: Field, value: str) -> str:
        return value


class Line(NamedTuple):
    """One line of a text: `text[start:end]` is its content without the newline."""

    number: int  # 1-based, for error messages
    start: int
    end: int
    text: str


_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")  # one line with its "\n" (and any "\r" before it)


def lines(text: str) -> Iterator[Line]:
    """The lines of `text` with their offsets, in one pass. Only "\\n" and "\\r\\n" end a line
    (unlike `str.splitlines`, which also splits at form feeds and Unicode separators that
    line-based formats keep inside a line)."""
    for number, match in enumerate(_LINE.finditer(text), 1):
        start, end = match.span()
        if text.startswith("\n", end - 1):
            end -= 2 if text.startswith("\r\n", end - 2) and end - 2 >= start else 1
        yield Line(number, start, end, text[start:end])
