"""Dictations: the numbers said in one breath, maybe over a pause that broke the line.

A speech recogniser cuts a line where the speaker pauses, and a phone is often dictated over two:

    клиент: восемь девятьсот пятнадцать
    клиент: шестьсот семьдесят три сорок восемь двадцать пять

A dictation is a run of numbers (`NumberSpan`s, see `text.py`), joined with the next run of its
line when only a word like «да» or «вот» stands between («…девяносто один да девяносто один…»),
and with the run that opens the next line when the first run ends its line (a filler or two may follow it: «… значит») and
the next line holds only a speaker tag («клиент:», «[00:01:24] спикер 1:») and fillers before
its run. The digits of a dictation are only candidates: the phone and card readers in
`redactor.detect.spoken` take a stretch of it only where a checksum or a numbering plan accepts it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.normalize.offsets import Normalized, NumberSpan
from redactor.detect.normalize.words import FILLERS

# Fillers a speaker adds around a dictation without ending it: «… сорок пять значит ⏎ …».
AROUND = rf"(?:(?:{FILLERS}|да|ага|угу|вот|ещ[её])(?!\w)[^\S\n]*)"
# What may end a line after its last run: spaces and a filler or two.
LINE_END = re.compile(rf"[^\S\n]*,?[^\S\n]*{AROUND}{{0,2}}\n", re.IGNORECASE)
# Between two runs of one line: a word or two that a speaker says inside a dictation.
SAME_LINE = re.compile(rf"[^\S\n]*,?[^\S\n]*{AROUND}{{1,2}}", re.IGNORECASE)
# What may open the next line before its first run: a time code, a speaker tag, fillers.
LINE_START = re.compile(
    rf"""[^\S\n]*(?:\[[\d:.,]+\][^\S\n]*)?             # [00:01:24]
        (?:[^\W\d_]+(?:[ _-]?\d{{1,2}})?[^\S\n]*:)?     # клиент:, спикер 1:, spk_0:
        [^\S\n]*{AROUND}{{0,2}}\Z""",
    re.IGNORECASE | re.VERBOSE,
)


def runs(normalized: Normalized) -> list[list[NumberSpan]]:
    """The runs of numbers, in text order: each number after the first of a run follows it
    across a gap of spaces and fillers."""
    found: list[list[NumberSpan]] = []
    for span in normalized.spans:
        if span.opens_run or not found:
            found.append([span])
        else:
            found[-1].append(span)
    return found


def dictations(text: str, normalized: Normalized) -> Iterator[tuple[list[NumberSpan], list[int]]]:
    """(numbers, where each further line starts among them) of each dictation."""
    numbers: list[NumberSpan] = []
    lines: list[int] = []
    for run in runs(normalized):
        if numbers:
            gap = text[numbers[-1].end : run[0].start]
            if SAME_LINE.fullmatch(gap):  # «… девяносто один да девяносто один …»
                numbers += run
                continue
            if _next_line(text, numbers[-1], run[0]):
                lines.append(len(numbers))
                numbers += run
                continue
            yield numbers, lines
        numbers, lines = list(run), []
    if numbers:
        yield numbers, lines


def _next_line(text: str, last: NumberSpan, first: NumberSpan) -> bool:
    """Whether `first` opens the line right after the one that `last` ends."""
    end = LINE_END.match(text, last.end, first.start)
    return bool(end) and bool(LINE_START.match(text, end.end(), first.start))
