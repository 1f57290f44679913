"""Subtitles (`.srt`, `.vtt`): the text of each cue is one value, everything else stays.

A cue's text lines make one field (not one per line) because subtitles break lines for width,
not meaning: «Ирина» at the end of one line and «Петрова» at the start of the next are one name.
Numbering, timings, cue identifiers and settings, the WEBVTT header and NOTE/STYLE/REGION blocks
are never values. A VTT voice tag `<v Ирина Петрова>` stays a tag; the speaker inside it is a
sender field, and voice tags cut the cue text into separate fields so that fields never overlap.
A cue whose timing does not parse is an error, not a skipped cue: skipping would leak its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from redactor.files.formats.base import Field, FormatError
from redactor.files.formats.plain import Line, lines

_SRT_TIME = r"\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}"  # 00:01:02,345 (some tools write a dot)
_SRT_TIMING = re.compile(rf"[\ufeff \t]*{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t].*)?\Z")
_VTT_TIME = r"(?:\d{1,}:)?\d{1,2}:\d{2}\.\d{3}"  # hours are optional in WebVTT
_VTT_TIMING = re.compile(rf"{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?\Z")  # + settings
_VTT_SKIPPED = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|\Z)")  # comment and style blocks
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>\n]*))?>|</v>")  # <v.loud Ирина>, </v>
_BLANK_LINE = re.compile(r"(\r?\n)[ \t]*(?=\r?\n)")  # would end the cue if written


def _blocks(text: str) -> Iterator[list[Line]]:
    """Runs of non-blank lines: cues, the header, notes. A line of spaces counts as blank, as
    players treat it."""
    block: list[Line] = []
    for line in lines(text):
        if line.text.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _error(name: str, line: Line, problem: str) -> FormatError:
    return FormatError(f"{name}: line {line.number}:1: {problem}")


class SrtFormat:
    """SubRip: `number`, `start --> end`, text lines, a blank line."""

    NAME: ClassVar[str] = "srt"
    EXTENSIONS: ClassVar[tuple[str, ...]] = (".srt",)
    TIMING: ClassVar[re.Pattern[str]] = _SRT_TIMING
    # A cue's line breaks are layout: the analyser may read them as spaces (same length, so
    # offsets hold) so that «Ирина\nПетрова» is one name. Not in the Format protocol (yet).
    LINE_BREAKS_ARE_LAYOUT: ClassVar[bool] = True

    def sniff(self, head: str) -> bool:
        first = next(_blocks(head.lstrip("\ufeff")), [])
        return any(_SRT_TIMING.match(line.text) for line in first[:2])

    def fields(self, text: str) -> list[Field]:
        found: list[Field] = []
        for block in _blocks(text):
            if "-->" not in block[0].text and not block[0].text.strip("\ufeff \t").isdigit():
                raise _error(self.NAME, block[0], "expected a cue number or timing")
            found.extend(Field(start, end, text[start:end]) for start, end in self._texts(block))
        return found

    def _texts(self, block: list[Line]) -> Iterator[tuple[int, int]]:
        """The text span of each cue of a block: one, or more where cues lack the blank line
        between them (a timing line, with the number before it, starts the next cue: it must
        not end up inside a value)."""
        first = 1 if "-->" in block[0].text else 2  # after the number or identifier, if any
        if first > len(block) or not self.TIMING.match(block[first - 1].text):
            raise _error(self.NAME, block[min(first, len(block)) - 1], "malformed cue timing")
        for next_timing in range(first, len(block) + 1):
            if next_timing < len(block) and not self.TIMING.match(block[next_timing].text):
                continue
            last = next_timing - 1
            if next_timing < len(block) and last >= first and block[last].text.strip().isdigit():
                last -= 1  # the next cue's number
            if last >= first:
                yield block[first].start, block[last].end
            first = next_timing + 1

    def write(self, field: Field, value: str) -> str:
        if field.sender:  # a voice tag's speaker: one line, no tag delimiters
            return re.sub(r"[<>\r\n]+", " ", value)
        return _BLANK_LINE.sub("", value).replace("-->", "->")


class VttFormat(SrtFormat):
    """WebVTT: a `WEBVTT` header, then cues (optional identifier, timing with settings, text)
    and NOTE/STYLE/REGION blocks."""

    NAME: ClassVar[str] = "vtt"
    EXTENSIONS: ClassVar[tuple[str, ...]] = (".vtt",)
    TIMING: ClassVar[re.Pattern[str]] = _VTT_TIMING

    def sniff(self, head: str) -> bool:
        return re.match(r"\ufeff?WEBVTT(?:[ \t\r\n]|\Z)", head) is not None

    def fields(self, text: str) -> list[Field]:
        blocks = _blocks(text)
        header = next(blocks, None)
        if header is None or header[0].number != 1 or not self.sniff(header[0].text):
            raise FormatError(f"{self.NAME}: line 1:1: missing WEBVTT header")
        found: list[Field] = []
        for block in blocks:
            if _VTT_SKIPPED.match(block[0].text):
                continue
            for start, end in self._texts(block):  # block[0] may be a cue identifier
                found.extend(self._cue(text, start, end))
        return found

    def _cue(self, text: str, start: int, end: int) -> Iterator[Field]:
        """The cue text between voice tags, and each speaker named by a tag."""
        for tag in _VOICE.finditer(text, start, end):
            if text[start : tag.start()].strip():
                yield Field(start, tag.start(), text[start : tag.start()])
            speaker = (tag.group(1) or "").strip()
            if speaker:
                at = tag.start(1) + tag.group(1).index(speaker)
                yield Field(at, at + len(speaker), speaker, sender=True)
            start = tag.end()
        if text[start:end].strip():
            yield Field(start, end, text[start:end])
