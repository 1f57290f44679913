"""A phone said in pieces with words between them, and read back whole nearby.

A speaker looks the number up as they say it, and the recognizer finds no phone in what they
said; the listener reads it back whole, and that read-back is found:

    клиент: девятьсот двадцать пять эээ триста восемнадцать ну последние не помню щас
            посмотрю семьдесят семь ноль два
    оператор: девятьсот двадцать пять триста восемнадцать семьдесят семь ноль два  → found

The runs of spoken numbers on one line, read in order across any words between them, are the
phone when together they are its digits: all of them (with or without its «8», «+7») or its
last `MIN_CLOSING` or more («нет сорок два ноль шесть один девять восемь» after «8 917 420 61
98»). The phone is found within `REACH` lines. A run of quantities (an amount, a date) is none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from redactor.detect.normalize import Normalized
from redactor.detect.normalize.dictation import runs
from redactor.detect.normalize.offsets import NumberSpan
from redactor.detect.overlaps import Spans
from redactor.entities import PHONE_NUMBER
from redactor.finding import Finding

SCORE = 0.8
NAME = "PhonePieceRecognizer"
REACH = 3  # lines between a phone and the line said in its pieces
CORE = 10  # the digits after «8» or «+7»
MIN_CLOSING = 7  # a phone's closing said alone: its last three groups
MAX_RUNS = 4  # runs on a line read together: a phone said in up to four pieces
NOT_DIGIT = re.compile(r"\D")

# (conversation, the words on its second line that are the phone) — run by
# tests/test_phone_pieces.py; COUNTER_EXAMPLES: (conversation, words that are not).
EXAMPLES = [
    (
        "оператор: а номер соседей есть\nклиент: есть эльмира девятьсот двадцать пять эээ триста"
        " восемнадцать ну последние не помню щас посмотрю семьдесят семь ноль два\n"
        "оператор: девятьсот двадцать пять триста восемнадцать семьдесят семь ноль два",
        ["девятьсот двадцать пять", "триста восемнадцать", "семьдесят семь ноль два"],
    ),
    (
        "оператор: ваш контактный телефон\nклиент: нет сорок два ноль шесть один девять восемь"
        " там в конце\nоператор: восемь девятьсот семнадцать сорок два ноль шесть один девять"
        " восемь",
        ["сорок два ноль шесть один девять восемь"],
    ),
]
COUNTER_EXAMPLES = [
    (  # other numbers on the line: not the phone's digits
        "оператор: номер телефона\nклиент: в двадцать пять минут триста восемнадцать рублей\n"
        "оператор: восемь девятьсот двадцать пять триста восемнадцать семьдесят семь ноль два",
        ["двадцать пять", "триста восемнадцать"],
    ),
    (  # a group of the phone said alone: not its closing
        "оператор: а номер соседей есть\nклиент: ну триста восемнадцать вроде на двери\n"
        "оператор: восемь девятьсот двадцать пять триста восемнадцать семьдесят семь ноль два",
        ["триста восемнадцать"],
    ),
]


def phone_pieces(text: str, findings: list[Finding], normalized: Normalized) -> list[Finding]:
    """Findings for the runs said in pieces of a phone found nearby (see the module)."""
    phones = [f for f in findings if f.entity_type == PHONE_NUMBER]
    if not phones or not normalized.spans:
        return []
    lines = [0, *(m.end() for m in re.finditer("\n", text))]
    said = sorted(
        (bisect_right(lines, f.start) - 1, _digits(text, normalized.spans, f)) for f in phones
    )
    said = [(n, d) for n, d in said if len(d) >= CORE]
    said_lines = [n for n, _ in said]
    taken = Spans(findings)
    by_line: dict[int, list[list[NumberSpan]]] = {}
    for run in runs(normalized):
        if any(s.quantity for s in run) or taken.overlaps(run[0].start, run[-1].end):
            continue
        by_line.setdefault(bisect_right(lines, run[0].start) - 1, []).append(run)
    results: list[Finding] = []
    for line, line_runs in by_line.items():
        near = said[bisect_left(said_lines, line - REACH) : bisect_right(said_lines, line + REACH)]
        if not near:
            continue
        pieces = _pieces(line_runs, [d for _, d in near])
        results += [Finding(r[0].start, r[-1].end, PHONE_NUMBER, SCORE, NAME) for r in pieces]
    return results


def _pieces(line_runs: list[list[NumberSpan]], phones: list[str]) -> list[list[NumberSpan]]:
    """The longest stretch of successive runs whose digits together are a phone's, or none."""
    best: list[list[NumberSpan]] = []
    for i in range(len(line_runs)):
        digits = ""
        for j in range(i, min(len(line_runs), i + MAX_RUNS)):
            digits += "".join(NOT_DIGIT.sub("", s.value) for s in line_runs[j])
            if j - i + 1 > len(best) and any(_is_phone(digits, p) for p in phones):
                best = line_runs[i : j + 1]
    return best


def _is_phone(digits: str, phone: str) -> bool:
    """Whether `digits` are the phone's, whole or without its prefix, or its closing."""
    core = phone[-CORE:]
    return (
        digits == phone or digits == core or (len(digits) >= MIN_CLOSING and core.endswith(digits))
    )


def _digits(text: str, spans: tuple[NumberSpan, ...], f: Finding) -> str:
    """The digits of a finding: of its spoken numbers, or as written."""
    said = [s for s in spans if f.start <= s.start and s.end <= f.end]
    if said:
        return "".join(NOT_DIGIT.sub("", s.value) for s in said)
    return NOT_DIGIT.sub("", text[f.start : f.end])
