"""Numbers said in Russian words, and new digits said in their place.

A dictated group is said as one number, its leading zeros as «ноль» each:

>>> say("916"), say("05"), say("+7")
('девятьсот шестнадцать', 'ноль пять', 'плюс семь')
>>> respoken("восемь девятьсот шестнадцать сто двадцать три сорок пять", "890577744")
'восемь девятьсот пять семьсот семьдесят семь сорок четыре'

`respoken` rewrites each number the normalizer heard (`redactor.detect.normalize`) with as many new
digits as it had, so the surrogate is read back into the same groups. A group written in digits
stays digits, an ordinal stays an ordinal in the original's case («восемьдесят пятого» →
«девяностого»), and the words between numbers stay. A group that would run into the next one
(«сто | сорок пять» is heard as 145) is said digit by digit: «один ноль ноль | сорок пять».
`rewrite` does either kind of value, and says None when the words would still be heard as other
digits (`heard`), so the caller draws again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redactor.detect.morph import analyzer
from redactor.detect.normalize import normalize

UNITS = "ноль один два три четыре пять шесть семь восемь девять".split()
TEENS = (
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать"
    " восемнадцать девятнадцать"
).split()
TENS = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
HUNDREDS = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
# Thousands agree in gender: «одна тысяча», «две тысячи»; the noun with the number: 1, 2–4, 5+.
FEMININE = {"один": "одна", "два": "две"}
THOUSAND = ("тысяча", "тысячи", "тысяч")
# The ordinal of a number's last word: «восемьдесят пять» → «восемьдесят пятый».
ORDINALS = {
    **dict(enumerate("нулевой первый второй третий четвёртый пятый шестой седьмой восьмой девятый".split())),
    **dict(enumerate((w[:-1] + "ый" for w in TEENS), start=10)),
    **{10 * t: w for t, w in enumerate("_ _ двадцатый тридцатый сороковой пятидесятый шестидесятый"
                                       " семидесятый восьмидесятый девяностый".split()) if t > 1},
    **{100 * h: w for h, w in enumerate("_ сотый двухсотый трёхсотый четырёхсотый пятисотый"
                                        " шестисотый семисотый восьмисотый девятисотый".split()) if h},
    1000: "тысячный", 2000: "двухтысячный", 3000: "трёхтысячный",  # «двухтысячного года»
}  # fmt: skip
NOT_DIGIT = re.compile(r"\D")
LETTER = re.compile(r"[^\W\d_]")


def say(group: str, like: str | None = None) -> str:
    """A group of digits said as a listener heard it; `like`: an ordinal word whose form the
    last word takes («пятого»: say("90", like="пятого") → «девяностого»)."""
    words = ["плюс"] if group.startswith("+") else []
    digits = group.lstrip("+")
    body = digits.lstrip("0")
    words += ["ноль"] * (len(digits) - len(body))
    parts = _number(int(body)) if body else []
    if like and parts:
        parts = _ordinal(parts, like)
    return " ".join(words + [word for word, _ in parts])


def _number(n: int) -> list[tuple[str, int]]:
    """(word, the value it adds) for 1 ≤ n < 1 000 000."""
    parts = []
    if n >= 1000:
        k = n // 1000
        if k > 1:
            parts += [(FEMININE.get(w, w), 0) for w, _ in _number(k)]
        last = k % 100 if 10 < k % 100 < 20 else k % 10
        form = THOUSAND[0 if last == 1 else 1 if 2 <= last <= 4 else 2]
        parts.append((form, k * 1000))
        n %= 1000
    if n >= 100:
        parts.append((HUNDREDS[n // 100], n // 100 * 100))
        n %= 100
    if n >= 20:
        parts.append((TENS[n // 10], n // 10 * 10))
        n %= 10
    if n >= 10:
        parts.append((TEENS[n - 10], n))
    elif n:
        parts.append((UNITS[n], n))
    return parts


def _ordinal(parts: list[tuple[str, int]], like: str) -> list[tuple[str, int]]:
    """The last word made an ordinal in the grammatical form of `like`."""
    value = parts[-1][1]
    if value >= 1000:  # «две тысячи» → «двухтысячного»: one word
        parts = [p for p in parts if p[1] != 0]
    lemma = ORDINALS.get(value)
    model = next((p for p in analyzer().parse(like.lower()) if "Anum" in p.tag), None)
    if lemma is None or model is None:
        return parts
    parse = next((p for p in analyzer().parse(lemma) if "Anum" in p.tag), None)
    tag = model.tag
    wanted = {tag.case, tag.gender or tag.number} - {None}
    form = parse.inflect(wanted) if parse else None
    return parts[:-1] + [((form.word if form else lemma), value)]


@dataclass
class _Piece:
    text: str
    digits: str  # the new digits it says or writes
    said: bool = False  # a number in words, which may be said again digit by digit


def respoken(value: str, new_digits: str) -> str | None:
    """`value` with its digits replaced in order by `new_digits`, each number said in words as
    the original was; None when nothing in it is said in words."""
    normalized = normalize(value)
    if not normalized.spans:
        return None
    if len(new_digits) != len(heard(value)):
        raise ValueError("new_digits must have as many digits as the value")
    fresh = iter(new_digits)
    pieces, copied = [], 0
    for span in normalized.spans:
        pieces.append(_written(value[copied : span.start], fresh))
        pieces.append(_group(value[span.start : span.end], span.value, fresh))
        copied = span.end
    pieces.append(_written(value[copied:], fresh))
    for i in range(len(pieces) - 2, 0, -2):  # right to left: a group is judged by the next
        _apart(pieces, i)
    return "".join(p.text for p in pieces)


def _apart(pieces: list[_Piece], i: int) -> None:
    """Keep group i from running into the next: «сто | сорок пять» would be heard as 145, «сто |
    45» too; said digit by digit, «один ноль ноль | сорок пять», it is not. A bare «тысяча» after
    it would multiply it: «девять | тысяча двести» → «девять | одна тысяча двести»."""
    group, after = pieces[i], pieces[i + 1 : i + 3]
    expected = group.digits + "".join(p.digits for p in after)
    tail = "".join(p.text for p in after)
    if not group.said or heard(group.text + tail) == expected:
        return
    one_by_one = " ".join(
        ["плюс"] * group.text.lower().startswith("плюс") + [UNITS[int(d)] for d in group.digits]
    )
    group.text = one_by_one.capitalize() if group.text[0].isupper() else one_by_one
    if len(after) == 2 and after[1].said and after[1].text.lower().startswith(THOUSAND[0]):
        after[1].text = FEMININE["один"] + " " + after[1].text


def rewrite(value: str, new_digits: str) -> str | None:
    """`value` with `new_digits`: said in words where it was said, written where written. None
    when a listener would hear other digits: «тридцать | пять» is heard as 35, «сто | сорок
    пять» as 145, so the caller draws again."""
    said = respoken(value, new_digits)
    if said is None:
        return redigit(value, iter(new_digits))
    return said if heard(said) == new_digits else None


def heard(text: str) -> str:
    """The digits a listener writes down for a text: «восемь девятьсот» → "8900"."""
    return NOT_DIGIT.sub("", normalize(text).text)


def redigit(text: str, fresh: Iterator[str]) -> str:
    """Written digits replaced one by one from `fresh`."""
    return re.sub(r"\d", lambda _: next(fresh), text)


def _written(text: str, fresh: Iterator[str]) -> _Piece:
    new = redigit(text, fresh)
    return _Piece(new, NOT_DIGIT.sub("", new))


def _group(said: str, digits: str, fresh: Iterator[str]) -> _Piece:
    if not LETTER.search(said):
        return _written(said, fresh)  # written in digits inside a spoken run: stays digits
    number, _, ending = digits.partition("-")  # «24-го»: an ordinal
    new = "".join(next(fresh) for _ in NOT_DIGIT.sub("", number))
    words = said.split()
    spoken = say(("+" if number.startswith("+") else "") + new, like=words[-1] if ending else None)
    # An ordinal ends its number: nothing runs into it, so it is never said digit by digit.
    return _Piece(spoken.capitalize() if said[0].isupper() else spoken, new, not ending)
