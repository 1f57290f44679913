"""An account's number written again: the same value elsewhere in the conversation, or the value
corrected a line or two later, is that account, whatever the words around it.

    Лёха: и у нас есть скидочная карта, номер УЛ-004871     → HANDLE (its cue)
    Клиника: Скидка по карте УЛ-004871 10% …               → HANDLE (the same value)

    Валентина: 600712904 вроде                              → HANDLE (answers «лицевой счёт»)
    Валентина: 600712409, вот так правильно                 → HANDLE (the number, corrected)

A repeat is exact, a token of letters and digits or of `MIN_DIGITS` digits or more; a
correction has as many digits, at most `MAX_CHANGED` of them different, and follows the value
within `REACH` characters. Numbers said in words are `echoes.py`'s.
"""

from __future__ import annotations

import re

from redactor.entities import HANDLE
from redactor.finding import Finding

SCORE = 0.6  # as the account's own finding: an identifier with a shape of its own wins
MIN_DIGITS = 6
MAX_CHANGED = 2
REACH = 300  # characters after the value where its correction may stand
NAME = "AccountEchoRecognizer"
# A written token with digits: «УЛ-004871», «600712904», «SL-0048812».
TOKEN = re.compile(r"(?<![\w@./-])(?=[\w-]*\d)[\wА-ЯЁа-яё]+(?:-[\wА-ЯЁа-яё]+)*(?![\w@-]|[./]\w)")
NOT_DIGIT = re.compile(r"\D")


def account_echoes(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the tokens of `text` that repeat or correct a HANDLE of `findings`."""
    found = [f for f in findings if f.entity_type == HANDLE]
    if not found:
        return []
    values = {text[f.start : f.end] for f in found}
    values = {v for v in values if sum(c.isdigit() for c in v) >= MIN_DIGITS}
    if not values:
        return []
    results = []
    for m in TOKEN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in findings):
            continue
        if m.group() in values:
            results.append(Finding(m.start(), m.end(), HANDLE, SCORE, NAME))
        elif m.group().isdigit() and _corrects(text, m, found):
            results.append(Finding(m.start(), m.end(), HANDLE, SCORE, NAME))
    return results


def _corrects(text: str, m: re.Match, found: list[Finding]) -> bool:
    """Whether the digits at `m` are a found number of as many digits, a digit or two changed,
    written shortly before."""
    digits = m.group()
    for f in found:
        value = text[f.start : f.end]
        if not value.isdigit() or len(value) != len(digits) or not 0 < m.start() - f.end < REACH:
            continue
        if sum(a != b for a, b in zip(value, digits, strict=True)) <= MAX_CHANGED:
            return True
    return False


# (text, the values found again) — run by tests/test_account_echoes.py.
EXAMPLES = [
    (
        "номер скидочной карты УЛ-004871\nСкидка по карте УЛ-004871 10%",
        ["УЛ-004871"],
    ),
    ("лицевой счёт 600712904 вроде\n600712409, вот так правильно", ["600712409"]),
]
COUNTER_EXAMPLES = [
    "лицевой счёт 600712904\nсумма 12345, итого 7700",
    "номер участника 100245783\nчерез год 955241111 будет",  # too many digits changed
]
