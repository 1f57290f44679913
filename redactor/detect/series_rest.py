"""A passport's number said in the turn after its series: the dictation goes on over a pause.

    клиент: паспорт рф восемьдесят ноль девять     → RU_PASSPORT (the series, after «паспорт»)
    оператор: угу
    клиент: пятьсот сорок две триста восемнадцать  → its number

The series alone (four digits) was found after its word; the six digits that open one of the
next `MAX_LINES` lines, before any other number, are its number: nothing else is said in six
digits right after a passport's series. Once both halves are found, `echoes` reads the whole
said back. A run of quantities (an amount, a date) or of another length is no number.
"""

from __future__ import annotations

import re

from redactor.detect.normalize import Normalized
from redactor.detect.normalize.dictation import runs
from redactor.entities import RU_PASSPORT
from redactor.finding import Finding

SERIES = 4
NUMBER = 6
MAX_LINES = 2  # an «угу» or «так» between the halves
# Before the number on its line: a speaker's tag and a word or two («номер», «так», «дальше»).
OPENING = re.compile(r"[^\n:]{0,30}:?[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,2}$")
NOT_DIGIT = re.compile(r"\D")
SCORE = 0.8
NAME = "SeriesRestRecognizer"

# (conversation, entity of the number on the last line, or None) — run by tests/test_series_rest.py.
EXAMPLES = [
    (
        "оператор: документ\nклиент: паспорт рф восемьдесят ноль девять\nоператор: угу\n"
        "клиент: пятьсот сорок две триста восемнадцать",
        RU_PASSPORT,
    ),
    (
        "оператор: паспорт\nклиент: серия сорок пять ноль семь\nклиент: номер сто двадцать три"
        " четыреста пятьдесят шесть",
        RU_PASSPORT,
    ),
]
COUNTER_EXAMPLES = [
    (  # an amount, not a number dictated
        "клиент: паспорт рф восемьдесят ноль девять\nоператор: угу\n"
        "клиент: сумма пятьсот сорок две тысячи триста",
        None,
    ),
    (  # too far: another thing by then
        "клиент: паспорт рф восемьдесят ноль девять\nоператор: угу\nклиент: да\nоператор: так\n"
        "клиент: пятьсот сорок две триста восемнадцать",
        None,
    ),
    (  # a phone is longer
        "клиент: паспорт рф восемьдесят ноль девять\nоператор: а телефон\n"
        "клиент: девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        None,
    ),
]


def series_rest(text: str, findings: list[Finding], normalized: Normalized) -> list[Finding]:
    """The passport numbers said in the turn after a series found alone (see the module)."""
    series = [
        f
        for f in findings
        if f.entity_type == RU_PASSPORT and _digits(normalized, f.start, f.end) == SERIES
    ]
    if not series or not normalized.spans:
        return []
    numbers = runs(normalized)
    out = []
    for f in series:
        following = next((r for r in numbers if r[0].start >= f.end), None)
        if following is None or any(s.quantity for s in following):
            continue
        start, end = following[0].start, following[-1].end
        lines = text.count("\n", f.end, start)
        line = text.rfind("\n", 0, start) + 1
        if not 1 <= lines <= MAX_LINES or not OPENING.fullmatch(text, line, start):
            continue
        digits = "".join(NOT_DIGIT.sub("", s.value) for s in following)
        if len(digits) != NUMBER or "\n" in text[start:end]:
            continue
        if any(g.start < end and start < g.end for g in findings if g.entity_type == RU_PASSPORT):
            continue
        out.append(Finding(start, end, RU_PASSPORT, SCORE, NAME))
    return out


def _digits(normalized: Normalized, start: int, end: int) -> int:
    """How many spoken digits `start`–`end` holds (0 when it was written in digits)."""
    return sum(
        len(NOT_DIGIT.sub("", s.value))
        for s in normalized.spans
        if start <= s.start and s.end <= end
    )
