"""A number corrected as it is said is the identifier it corrects, and so is the slip.

People correct themselves in the middle of a dictation, and the recognizer finds only one side
of the repair: the value said in full, or the corrected one:

    сорок пять ноль восемь сто двадцать три четыреста пятьдесят семь ой нет пятьдесят шесть
    └──────────────────── RU_PASSPORT ─────────────────────────────┘          └ the passport
    ноль три двадцать семь ой нет ноль три двадцать шесть   (CARD_EXPIRY found on one side)
    сто пятьдесят ой нет сто девяносто семь регион        (a plate's region, taken back)

A run of spoken numbers right after a found identifier, across a repair («ой нет», «нет»,
«точнее», «вернее», «то есть», «ой не»), is that identifier said again in whole or in part; a run
right before one, across a repair, is the slip it corrects. Both are the same personal datum;
a side found already as the same identifier stays its own finding.
The run is on the same line, at most as many digits as the identifier (a correction says no more
than the value), and read as digits (not «тысяча», not an ordinal: an amount or a date).
"""

from __future__ import annotations

import re

from redactor.detect.normalize import Normalized
from redactor.detect.normalize.dictation import AROUND, runs
from redactor.detect.normalize.offsets import NumberSpan
from redactor.entities import (
    CARD_EXPIRY,
    CREDIT_CARD,
    PHONE_NUMBER,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OGRNIP,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
    RU_VEHICLE_PLATE,
)
from redactor.finding import Finding

REPAIRED = frozenset(
    {
        CARD_EXPIRY,
        CREDIT_CARD,
        PHONE_NUMBER,
        RU_BANK_ACCOUNT,
        RU_DRIVER_LICENSE,
        RU_INN,
        RU_OGRNIP,
        RU_OMS,
        RU_PASSPORT,
        RU_SNILS,
        RU_VEHICLE_PLATE,
    }
)
# The words of a repair, with the fillers around them: «ой нет», «нет так», «ой не», «вернее».
REPAIR = re.compile(
    rf"[^\S\n]*,?[^\S\n]*{AROUND}{{0,2}}"
    r"(?:ой(?:[^\S\n]+(?:нет|не))?|нет|то[^\S\n]+есть|точнее|вернее|извините)(?!\w)"
    rf"[^\S\n]*,?[^\S\n]*{AROUND}{{0,2}}",
    re.IGNORECASE,
)
# A plate's region said after its number: «… сто девяносто семь регион».
REGION = re.compile(r"[^\S\n]+регион(?!\w)", re.IGNORECASE)
DIGIT = re.compile(r"\d")
EXPIRY_DIGITS = 4  # a card's expiry: MM YY
SCORE = 0.8
NAME = "RepairRecognizer"

EXAMPLES = [
    # (text, entity): every letter and digit between the brackets is that entity
    ("клиент: паспорт [сорок пять ноль восемь сто двадцать три четыреста пятьдесят семь ой нет"
     " пятьдесят шесть]", RU_PASSPORT),
    ("оператор: срок действия карты\nклиент: эээ [ноль три двадцать семь ой нет ноль три"
     " двадцать шесть]", CARD_EXPIRY),
    ("оператор: срок действия карты\nклиент: до [декабря двадцать седьмого то есть двенадцать"
     " двадцать семь]", CARD_EXPIRY),
    ("клиент: номер карты [два два ноль ноль семь семь ноль один ноль ноль ноль ноль ноль ноль"
     " ноль три] точнее [ноль четыре]", CREDIT_CARD),
    ("клиент: снилс [сто двадцать три сорок пять шестьсот семьдесят восемь ноль один] нет"
     " [ноль два]", RU_SNILS),
]  # fmt: skip
COUNTER_EXAMPLES = [
    # (text, words that are not the entity)
    ("клиент: паспорт сорок пять ноль восемь сто двадцать три четыреста пятьдесят шесть нет"
     " тысяча рублей", "тысяча"),
    ("клиент: паспорт сорок пять ноль восемь сто двадцать три четыреста пятьдесят шесть\n"
     "оператор: нет пять минут", "пять"),
    ("клиент: карта ноль три двадцать шесть ой нет пятого числа", "пятого"),
    ("клиент: срок действия до декабря двадцать седьмого то есть двенадцать двадцать семь сорок"
     " один", "сорок"),  # more digits than an expiry's: another number
]  # fmt: skip


def repairs(text: str, findings: list[Finding], normalized: Normalized) -> list[Finding]:
    """The identifiers of `findings` grown over the numbers that correct them or that they
    correct (see the module)."""
    found = [f for f in findings if f.entity_type in REPAIRED]
    if not found or not normalized.spans:
        return []
    numbers = runs(normalized)
    out = []
    for f in found:
        digits = _digits(text, f, normalized)
        if not digits:
            continue
        end = _after(text, f.end, numbers, digits)
        start = _before(text, f.start, numbers, digits)
        # a side found already is its own value: «… 801 нет 708 041», two passports as said
        if end is not None and _found(findings, f, f.end, end):
            end = None
        if start is not None and _found(findings, f, start, f.start):
            start = None
        if end is not None and f.entity_type == RU_VEHICLE_PLATE:
            region = REGION.match(text, end)
            end = region.end() if region else end
        if end is not None or start is not None:
            grown = Finding(
                start or f.start, end or f.end, f.entity_type, max(f.score, SCORE), NAME
            )
            out.append(grown)
    return out


def _found(findings: list[Finding], f: Finding, start: int, end: int) -> bool:
    """Whether `start`–`end` holds a finding of `f`'s kind already."""
    return any(g.start < end and start < g.end for g in findings if g.entity_type == f.entity_type)


def _digits(text: str, f: Finding, normalized: Normalized) -> int:
    """How many digits the identifier holds: its spoken numbers' or its written ones."""
    spoken = [s for s in normalized.spans if f.start <= s.start and s.end <= f.end]
    if spoken:
        digits = sum(len(DIGIT.findall(s.value)) for s in spoken)
    else:
        digits = len(DIGIT.findall(text, f.start, f.end))
    # an expiry said with its month's name («декабря двадцать седьмого») has a month and a year:
    # said again in digits it is four («то есть двенадцать двадцать семь»)
    return max(digits, EXPIRY_DIGITS) if f.entity_type == CARD_EXPIRY else digits


def _after(text: str, end: int, numbers: list[list[NumberSpan]], digits: int) -> int | None:
    """The end of the numbers said after a repair right after `end`, if any."""
    gap = REPAIR.match(text, end)
    if not gap:
        return None
    for run in numbers:
        if run[0].start == gap.end():
            return _taken(run, digits, from_start=True)
    return None


def _before(text: str, start: int, numbers: list[list[NumberSpan]], digits: int) -> int | None:
    """The start of the slip said before a repair that ends right at `start`, if any."""
    for run in numbers:
        if run[-1].end < start and REPAIR.fullmatch(text, run[-1].end, start):
            return _taken(run, digits, from_start=False)
    return None


def _taken(run: list[NumberSpan], digits: int, from_start: bool) -> int | None:
    """The run's edge if it is a dictation no longer than the identifier: its end (after a
    repair) or its start (before one)."""
    if any(s.quantity for s in run):
        return None
    if sum(len(DIGIT.findall(s.value)) for s in run) > digits:
        return None
    return run[-1].end if from_start else run[0].start
