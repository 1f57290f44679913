"""A phone in pieces: its halves over two turns, its tail read back, a number cut off.

A phone found in a conversation is often said again in parts that no phone shape matches:

    К: 8 912 332…                        → the phone's opening, cut off by a pause
    К: 10 72.                            → its closing, in the speaker's next turn
    О: 8 912 332-10-72. ФИО?             → found: the pieces above repeat it
    О: Да, последние цифры 47-13.        → the tail of «+7 988 205-47-13» said a turn before
    К: Телефон 555-28-37... ой, … 8 812 555 28 37  → the number without its city code

A run of written digits is that phone when its digits open the phone (`MIN_OPENING` or more,
with its «8» or «+7») or close it (`MIN_CLOSING` or more, written in groups or after a word that
says so: «последние цифры», «заканчивается на»); the phone found within `REACH` lines. Alone,
four digits are a year or an amount: they need the phone beside them.

A number cut off by «…» after a phone's opening («+7 (902) 58…, дальше скрыто», «8 916 33…
нет, не помню») is a phone too, whole or not: a code of a mobile or a city after «8» or «+7»
begins nothing else (the code alone, «8 926…», after a phone's word only); and so is its rest,
said after the pause or in the speaker's next turn, when the two make a phone's eleven digits.
Free-to-call codes (8 800) are hotlines, no one's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from redactor.detect.overlaps import Spans
from redactor.entities import PHONE_NUMBER
from redactor.finding import Finding

SCORE = 0.8
NAME = "PhoneEchoRecognizer"
REACH = 6  # lines between a phone and its piece
MIN_OPENING = 5  # «8 919 4…»: the prefix, the code and a digit
MIN_CLOSING = 4  # «10 72», «47-13»: the last two groups
MIN_TAIL = 2  # «заканчивается на 08»: after a word that says it is the tail
CORE = 10  # the digits after «8» or «+7»
NOT_DIGIT = re.compile(r"\D")
# Written digits in groups, not inside a word, a date, a time, an amount or a decimal.
RUN = re.compile(r"(?<![\w.,/:+-])(?:\+7|\d)\d*(?:[ -]\d+)*(?![\w-]|[.,/:]\d)")
GROUPED = re.compile(r"\d[ -]\d")
# What a number counts or measures: no phone's piece.
UNIT_AFTER = re.compile(
    r"\s*(?:%|₽|\$|€|руб|р\.|тыс|млн|лет|год|раз|час|мин|сек|шт|км|м\b|кг|гб|мб|дн|мес)",
    re.IGNORECASE,
)
TAIL_WORD = re.compile(
    r"(?:последн\w+(?:\s+\w+)?\s+цифр\w*|(?:за|о)канчива\w+\s+на|на\s+конце|в\s+конце)"
    r"[\s:—-]*\Z",
    re.IGNORECASE,
)
TAIL_REACH = 30  # characters before a tail where that word stands
# A phone's opening cut off: «8 916 33…», «+7 (902) 58...».
CUT = re.compile(
    r"""(?<![\w+])(?P<number>(?:\+7|8)[ -]?\(?(?P<code>\d{3})\)?(?P<more>(?:[ -]?\d{1,3}){0,2}))
        [ ]?(?:…|\.{2,})""",
    re.VERBOSE,
)
PHONE_CUE = re.compile(r"(?i:телефон\w*|номер\w*|мобильн\w*|сотов\w*)")
CUE_REACH = 40  # characters before a bare «8 926…» where a phone's word stands
# The rest of a cut number: after the pause in its turn, or in the speaker's next turn when it
# opens it («Клиент: 8 926…» ⏎ «Клиент: …118 70 04»).
REST = re.compile(
    r"""[ ]*(?:,[ ]*)?(?:\n[^\n]{0,40}?:[ ]+)?(?:…|\.{2,})?[ ]*
        (?P<rest>\d{2,3}(?:[ -]?\d{2,3}){0,3})(?![\w]|[.,:/-]\d)""",
    re.VERBOSE,
)
PHONE_DIGITS = (11, 12)  # «8 926 118 70 04», and a slip's digit more («8 919 4… 44-20-615»)
TOLL_FREE = ("800", "804")

# (conversation, the pieces on the last line, in brackets) — run by tests/test_phone_echoes.py.
EXAMPLES = [
    "О: Номер телефона из заявки?\nК: [8 912 332]…\nК: [10 72].\nО: 8 912 332-10-72.",
    "К: На +7 988 205-47-13?\nО: Да, последние цифры [47-13].",
    "О: Телефон тот же, что в анкете, заканчивается на [08]?\nК: Да, +7 926 511-73-08.",
    "К: Телефон [555-28-37]... ой, домашний, 8 812 555 28 37.",
    "К: мобильный лучше — [8 919 4]… [44-20-615]. Ой. 8 919 442 06 15.",
    "О: телефон в ней указан [+7 (902) 58]…, дальше скрыто.",
    "К: Он у вас старый — [8 916 33]… нет, не помню.",
    "К: Телефон [8 926]…\nК: …[118 70 04].",
]
COUNTER_EXAMPLES = [
    # four digits alone, not grouped, are a year
    "К: Мой номер +7 926 511-20-24.\nО: Договор от 2024 года.",
    # a tail that closes no phone of the conversation
    "О: Старый заканчивается на 19-80?",
    # an amount that happens to be the phone's last digits
    "К: +7 926 511-73-08\nО: С вас 73 08 руб.",
    # a number cut off after its code, with no phone's word
    "К: Стоило 8 950… нет, 9 000 рублей.",
    # a hotline cut off
    "О: Звоните на 8 800 55…",
    # too far from the phone
    "К: +7 926 511-73-08\n" + "О: да\n" * 8 + "О: Код 73-08.",
]


def phone_echoes(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the pieces of phones in `text` (see the module)."""
    results = []
    found = Spans(findings)
    for m in CUT.finditer(text):
        start, end = m.span("number")
        if m["code"] in TOLL_FREE or found.overlaps(start, end):
            continue
        if not m["more"] and not PHONE_CUE.search(text, max(0, start - CUE_REACH), start):
            continue  # «8 926…» alone may be an amount: a phone's word says it is one
        results.append(Finding(start, end, PHONE_NUMBER, SCORE, NAME))
        rest = REST.match(text, m.end())
        said = NOT_DIGIT.sub("", m["number"]) + NOT_DIGIT.sub("", rest["rest"]) if rest else ""
        if rest and len(said) in PHONE_DIGITS and not found.overlaps(*rest.span("rest")):
            results.append(Finding(*rest.span("rest"), PHONE_NUMBER, SCORE, NAME))
    phones = [f for f in findings if f.entity_type == PHONE_NUMBER]
    if not phones:
        return results
    lines = [0, *(m.end() for m in re.finditer("\n", text))]
    # A run found here never overlaps a later one (they are the matches of one regex), so
    # only what was taken before this loop is asked.
    taken = Spans(findings + results)
    said = sorted((_line(lines, f.start), NOT_DIGIT.sub("", text[f.start : f.end])) for f in phones)
    said_lines = [n for n, _ in said]
    for m in RUN.finditer(text):
        start, end = m.span()
        if taken.overlaps(start, end) or UNIT_AFTER.match(text, end):
            continue
        digits = NOT_DIGIT.sub("", m.group())
        line = _line(lines, start)
        near = said[bisect_left(said_lines, line - REACH) : bisect_right(said_lines, line + REACH)]
        if any(_piece(digits, phone, m.group(), text, start) for _, phone in near):
            results.append(Finding(start, end, PHONE_NUMBER, SCORE, NAME))
    return results


def _piece(digits: str, phone: str, written: str, text: str, start: int) -> bool:
    """Whether `digits` open or close the `phone`'s digits (see the module)."""
    if len(digits) >= len(phone) or len(phone) < CORE:
        return False
    core = phone[-CORE:]
    # «8 912 332» opens «+7 912 332-10-72» too: the «8» and the «+7» are one prefix
    if len(digits) >= MIN_OPENING and digits[0] in "78" and core.startswith(digits[1:]):
        return True
    if not core.endswith(digits):
        return False
    if len(digits) >= MIN_CLOSING and (GROUPED.search(written) or len(digits) > MIN_CLOSING):
        return True
    return len(digits) >= MIN_TAIL and bool(
        TAIL_WORD.search(text, max(0, start - TAIL_REACH), start)
    )


def _line(lines: list[int], position: int) -> int:
    lo, hi = 0, len(lines)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if lines[mid] <= position:
            lo = mid
        else:
            hi = mid
    return lo
