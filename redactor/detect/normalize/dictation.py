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
# A repair is read on only in what opens like a phone («восемь …», «плюс семь …», «девятьсот …»):
# a passport's series and number corrected («… семьсот восемь ноль ноль один нет семьсот восемь
# ноль сорок один») is two numbers as said.
PHONE_START = re.compile(r"\+?[789]")
# A repair: the speaker takes back the group just said and says it again («сто двадцать три ой
# нет сто тридцать два»); the readers read the dictation without it too (`spoken._readings`).
REPAIR = re.compile(
    rf"[^\S\n]*,?[^\S\n]*{AROUND}{{0,2}}(?:ой[^\S\n]+)?(?:нет|то[^\S\n]+есть|точнее|вернее)"
    rf"(?!\w)[^\S\n]*,?[^\S\n]*{AROUND}{{0,2}}",
    re.IGNORECASE,
)
# A line's header: a time code (in brackets or not, a range of seconds) and a speaker tag.
# Possessive spaces: a line of spaces that fails costs one pass, not one per way to split them.
HEADER = r"""[^\S\n]*+(?:[\[(]?\d[\d:.,]*+s?(?:[^\S\n]*+-[^\S\n]*+\d[\d:.,]*+s?)?[\])]?[^\S\n]*+)?
        (?:[^\W\d_]++(?:[ _-]?\d{1,2})?[^\S\n]*+:)?[^\S\n]*+"""  # [00:01:24] спикер 1:, spk_0:
# What may open the next line before its first run: a header, fillers.
LINE_START = re.compile(rf"{HEADER}{AROUND}{{0,2}}\Z", re.IGNORECASE | re.VERBOSE)
# A line between two halves of a dictation that only acknowledges it, the listener's or the
# speaker's own: «клиент: восемь девятьсот шестнадцать ⏎ оператор: угу ⏎ клиент: семьсот …».
ACKNOWLEDGED = (
    rf"(?:{FILLERS}|да|ага|угу|вот|ещ[её]|хорошо|записываю|записал[аи]?|пишу|слушаю|дальше"
    r"|понял[аи]?|ок(?:ей)?|есть)(?!\w)"
)
BETWEEN = re.compile(
    rf"{HEADER}(?:{ACKNOWLEDGED}[^\S\n]*+,?[^\S\n]*+){{1,3}}\n", re.IGNORECASE | re.VERBOSE
)
MAX_BETWEEN = 2  # such lines in a row
# A record's id alone on its line, before each turn of a table or JSON Lines file read as a
# conversation («TX-20240819-0412»): a word with a letter and a digit, no one's speech; maybe
# between the dashes of a record's other values («— TX-20240819-0412 —», `files.formats.rows`).
ID_LINE = re.compile(
    r"[^\S\n]*+(?:—[^\S\n]++)?(?=[^\s:—]*[^\W\d_])(?=[^\s:—]*\d)[^\s:—]++"
    r"(?:[^\S\n]++—)?[^\S\n]*+\n"
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
            if SAME_LINE.fullmatch(gap) or (  # «… 91 да 91 …»
                REPAIR.fullmatch(gap) and PHONE_START.match(numbers[0].value)  # «… 123 ой нет …»
            ):
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
    if not end:
        return False
    at = _past_ids(text, end.end(), first.start)
    for _ in range(MAX_BETWEEN):
        if LINE_START.match(text, at, first.start):
            return True
        if not (between := BETWEEN.match(text, at, first.start)):
            return False
        at = _past_ids(text, between.end(), first.start)
    return bool(LINE_START.match(text, at, first.start))


def _past_ids(text: str, at: int, end: int) -> int:
    """Where the lines from `at` start after a record's id line, if one stands there."""
    found = ID_LINE.match(text, at, end)
    return found.end() if found else at
