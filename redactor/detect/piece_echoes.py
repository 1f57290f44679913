"""A long number dictated in pieces over several turns, and read back whole.

Neither the pieces nor the turns between them look like the number; the read-back, said in one
breath, is found:

    оператор: записывайте номер счёта четыре ноль восемь один семь восемь один ноль
    клиент: так
    оператор: один ноль один два один три пять
    клиент: ага
    оператор: шесть ноль два шесть три
    клиент: у меня получилось четыре ноль восемь … шесть три   → RU_BANK_ACCOUNT, found

Successive runs of spoken numbers, each within `MAX_LINES` lines of the one before, whose
digits together are exactly a found value's (`MIN_DIGITS` or more: a phone, a СНИЛС, a card,
an account) are that value; the runs not found yet take its entity. A run of quantities (an
amount, a date) is none.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from redactor.detect.normalize import Normalized
from redactor.detect.normalize.dictation import runs
from redactor.detect.normalize.offsets import NumberSpan
from redactor.detect.overlaps import Spans
from redactor.entities import (
    CREDIT_CARD,
    PHONE_NUMBER,
    RU_BANK_ACCOUNT,
    RU_INN,
    RU_OGRNIP,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
)
from redactor.finding import Finding

PIECED = frozenset(
    {CREDIT_CARD, PHONE_NUMBER, RU_BANK_ACCOUNT, RU_INN, RU_OGRNIP, RU_OMS, RU_PASSPORT, RU_SNILS}
)
MIN_DIGITS = 10  # a value this long said in pieces that make it exactly is no coincidence
MAX_LINES = 2  # lines from one piece to the next: an «угу» or «так» between
MAX_PIECES = 6  # pieces of one value
# A piece not found yet holds this many digits: «с девяти до восьми ⏎ 964 …» is an hour and a
# phone without its «8», not the phone's prefix.
MIN_PIECE = 3
SCORE = 0.8
NAME = "PieceEchoRecognizer"
NOT_DIGIT = re.compile(r"\D")

# (conversation, the words that are the value, the entity) — run by tests/test_piece_echoes.py.
EXAMPLES = [
    (
        "оператор: записывайте номер счёта четыре ноль восемь один семь восемь один ноль\n"
        "клиент: так\nоператор: один ноль один два один три пять\nклиент: ага\n"
        "оператор: шесть ноль два шесть три\nклиент: у меня получилось четыре ноль восемь один"
        " семь восемь один ноль один ноль один два один три пять шесть ноль два шесть три",
        ["один ноль один два один три пять", "шесть ноль два шесть три"],
        RU_BANK_ACCOUNT,
    ),
]
COUNTER_EXAMPLES = [
    (  # an hour before a phone said without its «8»
        "оператор: когда вам удобно\nклиент: я работаю с девяти до восьми\n"
        "оператор: продиктуйте номер телефона\nклиент: девятьсот шестьдесят четыре пятьсот"
        " двенадцать тридцать четыре пятьдесят шесть\nоператор: восемь девятьсот шестьдесят"
        " четыре пятьсот двенадцать тридцать четыре пятьдесят шесть",
        ["восьми"],
    ),
    (  # pieces that make another number: not the value's digits
        "оператор: записывайте номер счёта четыре ноль восемь один семь восемь один ноль\n"
        "клиент: так\nоператор: один ноль один два один три пять\nклиент: ага\n"
        "оператор: шесть ноль два шесть четыре\nклиент: у меня получилось четыре ноль восемь"
        " один семь восемь один ноль один ноль один два один три пять шесть ноль два шесть три",
        ["шесть ноль два шесть четыре"],
    ),
]


def piece_echoes(text: str, findings: list[Finding], normalized: Normalized) -> list[Finding]:
    """Findings for the pieces of a long value said over several turns (see the module)."""
    values: dict[str, str] = {}
    for f in findings:
        if f.entity_type in PIECED:
            digits = _digits(text, normalized.spans, f)
            if len(digits) >= MIN_DIGITS:
                values.setdefault(digits, f.entity_type)
    if not values:
        return []
    lines = [0, *(m.end() for m in re.finditer("\n", text))]
    said = [r for r in runs(normalized) if not any(s.quantity for s in r)]
    at = [bisect_right(lines, r[0].start) - 1 for r in said]
    digits = ["".join(NOT_DIGIT.sub("", s.value) for s in r) for r in said]
    longest = max(len(v) for v in values)
    taken = Spans(findings)
    results: list[Finding] = []
    for i in range(len(said)):
        joined = digits[i]
        for j in range(i + 1, min(len(said), i + MAX_PIECES)):
            if at[j] - at[j - 1] > MAX_LINES or len(joined) >= longest:
                break
            joined += digits[j]
            if entity := values.get(joined):
                results += [
                    Finding(said[k][0].start, said[k][-1].end, entity, SCORE, NAME)
                    for k in range(i, j + 1)
                    if len(digits[k]) >= MIN_PIECE
                    and not taken.overlaps(said[k][0].start, said[k][-1].end)
                ]
                break
    return results


def _digits(text: str, spans: tuple[NumberSpan, ...], f: Finding) -> str:
    """The digits of a finding: of its spoken numbers, or as written."""
    inside = [s for s in spans if f.start <= s.start and s.end <= f.end]
    if inside:
        return "".join(NOT_DIGIT.sub("", s.value) for s in inside)
    return NOT_DIGIT.sub("", text[f.start : f.end])
