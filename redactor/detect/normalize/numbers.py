"""One run of spoken number tokens → the numbers a listener hears in it, and how to write them.

A listener splits a run into numbers, each read as a whole: «восемь | девятьсот шестнадцать | сто
двадцать три | сорок пять | шестьдесят семь» is 8 916 123 45 67, «пятнадцать | тридцать три» is
15 33. Each number (a chunk) is a compound: hundreds, then tens, then units, each slot at most once
and in that order. It stays open while its last word leaves a smaller slot free (`ACCEPTS`):

    «девятьсот» + «шестнадцать» → 916   a hundreds word takes tens, teens or units
    «сорок» + «пять» → 45               a tens word takes units
    «шестнадцать» | «сто» → 16 | 100    a teen or a unit closes its chunk: the next word starts one
    «сорок пять» | «шестьдесят» → 45 | 60  a new tens word after tens + unit starts a new number
    «пятнадцать» | «тридцать» → 15 | 30   so a time is two numbers, «тридцать три» one

The run is written down as a listener writes it: the chunks apart, «8 916 123 45 67», «15 30»,
which is also how phones and cards are written; digits dictated one by one («девять один шесть»,
«ноль пять») together, «916», «05», as they would be written (`separators`).

Further rules, each with the case it handles:

- «ноль» and the digit names («восьмёрка», «единица») are one digit each and never join a
  compound: «сорок ноль пять» → 40 05.
- Digits already written join the run as they are («8 девятьсот 16 123 45 67»), and a 1–2 digit
  token fills the free slots of a hundreds word: «девятьсот 16» → 916 (after a tens word one
  digit, after «тысяча» up to three). A token with a leading zero fills nothing: its zero was
  dictated.
- «тысяча» multiplies the chunk right before it when that is a cardinal below 1000 that it
  agrees with («пять тысяч», not «шестнадцать | тысяча двести»; 1 if there is none), and opens
  the chunk again for hundreds, tens and units: «тысяча двести» → 1200, «сто двадцать тысяч
  триста» → 120300, a card read in thousands «две тысячи двести два | четыре тысячи пятьсот
  сорок восемь» → 2202 4548; 1–9 thousands are always four digits.
- A count before a digit's name in the genitive repeats the digit: «два нуля» → 00, «три
  семёрки» → 777, «двадцать два два нуля» → 22 00, «девятьсот три нуля» → 900 000 (the
  count, a unit from 2 to 9, leaves the compound it would fill).
- «полтора» is a number only before «тысяча»: «полторы тысячи» → 1500 («полтора месяца» is no
  run, see `words.AMBIGUOUS`).
- An ordinal fills its slot and closes the chunk, written with its ending as a listener
  writes it: «две тысячи двадцать четвёртого» → 2024-го, «второй | восемь девятьсот…» → 2-й 8 900
  (the ending keeps «the second» from being read as a digit of the phone after it).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from redactor.detect.normalize.words import DIGIT, HUNDRED, TEEN, TENS, THOUSAND, UNIT, NumberWord

CLOSED = -1  # a chunk that takes no more words: an ordinal, a digit name, a digit token
# The slots a chunk open at its last word's slot takes next.
ACCEPTS = {
    THOUSAND: frozenset({HUNDRED, TENS, TEEN, UNIT}),  # «тысяча двести», «две тысячи пять»
    HUNDRED: frozenset({TENS, TEEN, UNIT}),  # «девятьсот шестнадцать», «сто пять»
    TENS: frozenset({UNIT}),  # «сорок пять»
}
# How many digits a written token may have to fill the free slots: «девятьсот 16».
FILLS = {THOUSAND: 3, HUNDRED: 2, TENS: 1}
HALF_THOUSAND = 500  # «полторы тысячи»: one thousand and this
Token = NumberWord | str  # a number word, or a token of digits as written


@dataclass(frozen=True)
class Chunk:
    """One number of a run: its tokens (indices into the run, inclusive) and its digits."""

    first: int
    last: int
    digits: str  # and an ordinal's ending: "24-го"
    quantity: bool = False  # read with «тысяча» or as an ordinal: an amount, a year, a date

    @property
    def single(self) -> bool:
        """One dictated digit («восемь», «ноль», «8»): written together with its neighbour."""
        return len(self.digits) == 1


def read(tokens: Sequence[Token]) -> list[Chunk]:
    """The numbers of a run of number tokens, as a listener splits it (see the module docstring)."""
    chunks: list[Chunk] = []
    first = -1  # the current chunk's first token; -1 before the first chunk
    value = 0
    written: str | None = None  # a digit token's own spelling, kept as written («007»)
    slot = CLOSED  # the slot the current chunk is open at
    multipliable = False  # «тысяча» may multiply the current chunk
    half = False  # the current chunk is «полтора»

    def close(last: int) -> None:
        digits = written if written is not None else "1,5" if half else str(value)
        end = tokens[last]
        if isinstance(end, NumberWord) and end.ordinal:
            digits += "-" + end.ending
        words = [t for t in tokens[first : last + 1] if isinstance(t, NumberWord)]
        quantity = any(t.slot == THOUSAND or t.ordinal for t in words)
        chunks.append(Chunk(first, last, digits, quantity))

    for i, token in enumerate(tokens):
        if isinstance(token, str):
            if len(token) <= FILLS.get(slot, 0) and token[0] != "0":  # «девятьсот 16»
                value += int(token)
                slot = CLOSED
                continue
            if first >= 0:
                close(i - 1)
            first, value, written, slot, half = i, int(token), token, CLOSED, False
            multipliable = len(token) <= 3 and token[0] != "0"  # «5 тысяч»
            continue

        if token.counted and i and _count(tokens[i - 1]) and (first == i - 1 or written is None):
            count = tokens[i - 1]
            if first < i - 1:  # «девятьсот три нуля»: 900 000, the count leaves its compound
                value -= count.value
                close(i - 2)
                first = i - 1
            written, slot, multipliable = str(token.value) * count.value, CLOSED, False
            continue
        if token.slot in ACCEPTS.get(slot, ()) and token.value:  # «сорок» + «пять»
            value += token.value
            slot = CLOSED if token.ordinal else token.slot
            multipliable = multipliable and not token.ordinal
            continue
        if (
            token.slot == THOUSAND
            and token.value == 1000
            and multipliable
            and _agrees(value, half, token)
        ):
            value = value * 1000 + (HALF_THOUSAND if half else 0)  # «две» + «тысячи»
            written, multipliable, half = None, False, False
            slot = CLOSED if token.ordinal else THOUSAND
            continue
        if first >= 0:
            close(i - 1)
        first, value, written, half = i, token.value, None, token.half
        slot = CLOSED if token.ordinal or token.half or token.slot == DIGIT else token.slot
        multipliable = not token.ordinal and token.slot in (UNIT, TEEN, TENS, HUNDRED)

    if first >= 0:
        close(len(tokens) - 1)
    return chunks


def _count(token: Token) -> bool:
    """Whether a token may count the digit after it: a cardinal unit from 2 to 9 («два нуля»)."""
    return (
        isinstance(token, NumberWord)
        and token.slot == UNIT
        and 2 <= token.value <= 9
        and not (token.ordinal or token.half)
    )


def _agrees(value: int, half: bool, thousand: NumberWord) -> bool:
    """Whether «тысяча» multiplies the number before it, as grammar says: «двадцать одна
    тысяча», «пять тысяч», «полторы тысячи», but «шестнадцать | тысяча двести» is two numbers."""
    if value >= 1000:
        return False
    if thousand.plural is None or half:
        return True
    ends_in_one = value % 10 == 1 and value % 100 != 11
    return thousand.plural != ends_in_one


def separators(chunks: Sequence[Chunk], apart: Collection[int] = ()) -> list[str]:
    """What goes before each chunk when the run is written down: "" or a space. Chunks listed
    in `apart` stand apart even if they are single digits: «… шесть семь | три раза»."""
    seps = [""]
    for i in range(1, len(chunks)):
        together = chunks[i - 1].single and chunks[i].single and i not in apart
        seps.append("" if together else " ")
    return seps


def spoken_digits(tokens: Sequence[Token]) -> str:
    """A run of number tokens written down: "8 916 123 45 67", "15 30", "89161234567"."""
    chunks = read(tokens)
    return "".join(sep + c.digits for sep, c in zip(separators(chunks), chunks, strict=True))
