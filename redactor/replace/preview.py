"""Masked previews of found values, for reports and `--explain`: enough to recognise the kind and
place of a value, never enough to recover it.

One rule throughout: separators and layout are kept (spaces, punctuation, `+`, brackets, `@`), and
every letter and digit becomes `*` except the few an entity type reveals:

    PHONE_NUMBER   country prefix, the first digit of the code, the last two digits
                   «+7 (912) 345-67-89» → «+7 (9**) ***-**-89», «89123456789» → «89*******89»
    CREDIT_CARD    first four and last four digits, only for full numbers (13 digits or more)
                   «4276 1600 1234 5674» → «4276 **** **** 5674»
    EMAIL_ADDRESS  first character of the local part (whose punctuation is starred too, it can
                   spell the name out) and the top-level domain
                   «ivan.petrov@mail.ru» → «i**********@****.ru»
    PERSON,        first letter of each word (a run of letters); digits are starred
    ADDRESS        «Иван Петров» → «И*** П*****», «ул. Ленина, д. 5» → «у*. Л*****, д. *»
    anything else  nothing
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

from redactor.entities import ADDRESS, CREDIT_CARD, EMAIL_ADDRESS, PERSON, PHONE_NUMBER
from redactor.finding import Finding, Lines

STAR = "*"
# Shorter numbers are all stars: revealing four of them would leave too little hidden.
CARD_MIN_DIGITS = 13
# Phones with fewer digits than this are all stars (a local extension, a fragment).
PHONE_MIN_DIGITS = 7


def mask(value: str, entity_type: str) -> str:
    return MASKS.get(entity_type, _star_all)(value)


def _star_all(value: str) -> str:
    return "".join(STAR if c.isalnum() else c for c in value)


def _reveal_digits(value: str, keep: Callable[[int, int], bool]) -> str:
    """Star every letter and every digit but those whose index `i` among `n` digits is kept."""
    n = sum(c.isdigit() for c in value)
    out, i = [], 0
    for c in value:
        if c.isdigit():
            out.append(c if keep(i, n) else STAR)
            i += 1
        else:
            out.append(STAR if c.isalnum() else c)
    return "".join(out)


def _phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) < PHONE_MIN_DIGITS:
        return _star_all(value)
    prefix = _country_prefix_length(value.lstrip(), digits)
    return _reveal_digits(value, lambda i, n: i <= prefix or i >= n - 2)


def _country_prefix_length(value: str, digits: str) -> int:
    """Digits of the country prefix: the calling code after «+» (codes are prefix-free, so the
    first 1–3 digits that name one are it), «8» or «7» before a ten-digit Russian number."""
    if value.startswith("+"):
        return next((n for n in (1, 2, 3) if int(digits[:n]) in COUNTRY_CODE_TO_REGION_CODE), 1)
    if len(digits) == 11 and digits[0] in "78":
        return 1
    return 0


def _card(value: str) -> str:
    if sum(c.isdigit() for c in value) < CARD_MIN_DIGITS:
        return _star_all(value)
    return _reveal_digits(value, lambda i, n: i < 4 or i >= n - 4)


def _email(value: str) -> str:
    local, at, domain = value.rpartition("@")
    if not at or not local:
        return _star_all(value)
    labels = domain.split(".")
    masked_domain = ".".join([_star_all(x) for x in labels[:-1]] + labels[-1:])
    return local[0] + STAR * (len(local) - 1) + at + masked_domain


def _initials(value: str) -> str:
    """First letter of each run of letters; every other letter and every digit starred. When
    every run is one letter long, those are starred too: shown, they would be the whole value
    («М.», «в.л», «咪 蒙»)."""
    runs = re.findall(r"[^\W\d_]+", value)
    if runs and all(len(run) == 1 for run in runs):
        return _star_all(value)
    out = []
    for i, c in enumerate(value):
        starts_word = c.isalpha() and (i == 0 or not value[i - 1].isalpha())
        out.append(c if starts_word or not c.isalnum() else STAR)
    return "".join(out)


MASKS: dict[str, Callable[[str], str]] = {
    PHONE_NUMBER: _phone,
    CREDIT_CARD: _card,
    EMAIL_ADDRESS: _email,
    PERSON: _initials,
    ADDRESS: _initials,
}


@dataclass(frozen=True)
class Row:
    """One finding as reports show it: where, what, who found it, how sure, and a masked value."""

    line: int
    column: int
    entity_type: str
    recognizer: str
    score: float
    preview: str


def rows(text: str, findings: Iterable[Finding]) -> list[Row]:
    """Report rows for `findings` in `text`; lines and columns count from 1, in characters."""
    result = []
    lines = Lines(text)
    for f in findings:
        line, column = lines.line_column(f.start)
        result.append(
            Row(
                line=line,
                column=column,
                entity_type=f.entity_type,
                recognizer=f.recognizer,
                score=f.score,
                preview=mask(f.value(text), f.entity_type),
            )
        )
    return result
