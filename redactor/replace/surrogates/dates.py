"""DATE_OF_BIRTH and CARD_EXPIRY surrogates: another valid date, written or said the same way.

>>> birth_date("12.03.1985", b"seed")  # doctest: +SKIP
'07.11.1983'
>>> birth_date("двенадцатого марта восемьдесят пятого года", b"seed")  # doctest: +SKIP
'двадцать третьего июля восемьдесят первого года'

The value's numbers are read as day, month and year by their order and width («12.03.1985»,
«1985-03-12», «12 марта 1985», «03/27», «12 2027», digits run together «120385»), then drawn anew:
the year within `YEARS` of the original, the month any, the day valid for both. Each number keeps
its width («07» stays two digits, «1985» four), a month said as a name becomes another month in
the same case («марта» → «июля», «в марте» → «в ноябре»), and numbers said in words are said
anew with the same digit count (`spoken.respoken`): an ordinal stays an ordinal and gets no
leading «ноль». A value read no way (more numbers than a date has) falls back to `shape`.
"""

from __future__ import annotations

import calendar
import random
import re

from redactor.detect.dates import MONTH
from redactor.detect.morph import analyzer
from redactor.detect.normalize import normalize
from redactor.entities import CARD_EXPIRY
from redactor.replace.surrogates import shape
from redactor.replace.surrogates.shape import unequal
from redactor.replace.surrogates.spoken import rewrite

MONTHS = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
MONTH_NAME = re.compile(MONTH, re.IGNORECASE | re.VERBOSE)
NUMBER = re.compile(r"\d+")
YEARS = 5  # a surrogate year is at most this far from the original
NO_LEAP = 2001  # the year for day counts when only two digits of it are known


def surrogate(value: str, seed: bytes, entity_type: str | None = None) -> str:
    """The surrogate for a DATE_OF_BIRTH or a CARD_EXPIRY; without the type, a value of two
    numbers around «/» is an expiry («08/27»), anything else a birth date («12.03»)."""
    if entity_type is None:
        entity_type = CARD_EXPIRY if re.fullmatch(r"\d\d?/\d{2,4}", value.strip()) else None
    return _surrogate(value, seed, expiry=entity_type == CARD_EXPIRY)


def birth_date(value: str, seed: bytes) -> str:
    return _surrogate(value, seed, expiry=False)


def card_expiry(value: str, seed: bytes) -> str:
    return _surrogate(value, seed, expiry=True)


def _surrogate(value: str, seed: bytes, expiry: bool) -> str:
    rng = random.Random(seed)
    normalized = normalize(value)
    text, spoken = normalized.text, bool(normalized.spans)
    month_name = MONTH_NAME.search(value)
    fields = _fields(text, MONTH_NAME.search(text), expiry)
    if fields is None:
        return shape.surrogate(value, seed)

    def draw() -> str:
        new = _draw(fields, month_name is not None, text, spoken, rng)
        edits = [] if spoken else [(start, len(old), new[start]) for start, old, _ in fields]
        if month_name:
            word = _month_word(month_name.group(), new["name"])
            edits.append((month_name.start(), len(month_name.group()), word))
        result = value
        for start, length, piece in sorted(edits, reverse=True):
            result = result[:start] + piece + result[start + length :]
        if spoken:  # the numbers in words, said anew; a month name is no number word
            return rewrite(result, "".join(new[start] for start, _, _ in fields))
        return result

    return unequal(value, draw)


def _fields(text: str, month: re.Match | None, expiry: bool) -> list[tuple[int, str, str]] | None:
    """(start, digits, role) of each number: d, m or y; None when the numbers are no date."""
    groups = [(m.start(), m.group()) for m in NUMBER.finditer(text)]
    widths = [len(g) for _, g in groups]
    if month is not None:
        before = [g for g in groups if g[0] < month.start()]
        if len(before) > 1 or len(groups) - len(before) > 1:
            return None
        roles = ["d"] * len(before) + ["y"] * (len(groups) - len(before))
    elif len(groups) == 3:
        roles = ["y", "m", "d"] if widths[0] == 4 else ["d", "m", "y"]
    elif len(groups) == 2:
        # «12.03» is a day and a month; «08/27», «03.1985», «12 27» (no 27th month) an expiry.
        expiry = expiry or widths[1] == 4 or int(groups[1][1]) > 12
        roles = ["m", "y"] if expiry else ["d", "m"]
    elif len(groups) == 1 and widths[0] in (5, 6, 7, 8):  # «120385»: D(D) MM YY(YY)
        start, digits = groups[0]
        cut = 2 - widths[0] % 2
        return [
            (start, digits[:cut], "d"),
            (start + cut, digits[cut : cut + 2], "m"),
            (start + cut + 2, digits[cut + 2 :], "y"),
        ]
    elif len(groups) == 1 and widths[0] in (2, 4):
        roles = ["y"]
    else:
        return None
    fields = [(start, digits, role) for (start, digits), role in zip(groups, roles, strict=True)]
    ok = all(len(d) in ((2, 4) if role == "y" else (1, 2)) for _, d, role in fields)
    return fields if ok else None  # «1203 1985» is no date


def _draw(fields, named: bool, text: str, spoken: bool, rng: random.Random) -> dict:
    """New digits for each field (by its start), and the new month's number as "name"."""
    by_role = {role: (start, digits) for start, digits, role in fields}
    new: dict = {}
    year = None
    if "y" in by_role:
        start, old = by_role["y"]
        year = int(old) + rng.randint(-YEARS, YEARS)
        new[start] = str(year % 100).zfill(2) if len(old) == 2 else str(year)
        year = year if len(old) == 4 else NO_LEAP
    month = rng.randint(1, 12)
    if "m" in by_role:
        start, old = by_role["m"]
        month = _number(old, 1, 12, spoken, _ordinal(text, start, old), rng)
        new[start] = _width(old, month, named)
    if named:
        new["name"] = month
    if "d" in by_role:
        start, old = by_role["d"]
        days = calendar.monthrange(year or NO_LEAP, month)[1]
        day = _number(old, 1, days, spoken, _ordinal(text, start, old), rng)
        new[start] = _width(old, day, named)
    return new


def _number(old: str, low: int, high: int, spoken: bool, ordinal: bool, rng) -> int:
    """A number for a field: said, it keeps its digit count, and an ordinal («двенадцатого»)
    or a number said whole gets no leading zero, which would be said «ноль»."""
    if spoken and len(old) == 1:
        high = min(high, 9)
    elif (spoken and old[0] != "0") or ordinal:
        low = max(low, 10)
    return rng.randint(low, high)


def _width(old: str, number: int, named: bool) -> str:
    """Zero-padded as the original: «03.07» pads, «12 марта» → «8 июля» does not."""
    pad = len(old) == 2 and (old[0] == "0" or not named)
    return str(number).zfill(2) if pad else str(number)


def _ordinal(text: str, start: int, old: str) -> bool:
    return text[start + len(old) : start + len(old) + 1] == "-" and len(old) == 2


def _month_word(old: str, month: int) -> str:
    """The month's name in the case of `old`: «марта» and 7 → «июля»."""
    parse = next((p for p in analyzer().parse(old.lower()) if p.normal_form in MONTHS), None)
    lemma = MONTHS[month - 1]
    target = next((p for p in analyzer().parse(lemma) if p.normal_form == lemma), None)
    form = target.inflect({parse.tag.case}) if parse and target else None
    word = form.word if form else lemma
    return word.capitalize() if old[0].isupper() else word
