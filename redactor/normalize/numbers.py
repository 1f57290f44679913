"""One run of spoken number tokens → one string of digits: how dictation is read.

People dictate phones and cards in chunks, and each chunk is a number read as a whole:
«восемь | девятьсот шестнадцать | сто двадцать три | сорок пять | шестьдесят семь» is
8 916 123 45 67. The run becomes the chunks' digits, concatenated: "89161234567".

A chunk is a compound: hundreds, then tens, then units, each slot at most once and in that order.
It stays open while its last word leaves a smaller slot free (`ACCEPTS`):

    «девятьсот» + «шестнадцать» → 916   a hundreds word takes tens, teens or units
    «сорок» + «пять» → 45               a tens word takes units
    «шестнадцать» | «сто» → 16 | 100    a teen or a unit closes its chunk: the next word starts one
    «сорок» | «шестьдесят» → 40 | 60    a tens word cannot follow a tens word
    «девять» | «один» | «шесть» → 916   so digit by digit reads as it should

Further rules, each with the case it handles:

- «ноль» and the digit names («восьмёрка», «единица») are one digit each and never join a
  compound: «сорок ноль» → "400", «ноль пять» → "05".
- Digits already written join the run as they are («8 девятьсот 16 123 45 67»), and a 1–2 digit
  token fills the free slots of a hundreds word: «девятьсот 16» → 916 (after a tens word one
  digit, after «тысяча» up to three). A token with a leading zero fills nothing: its zero was dictated.
- «тысяча» multiplies the chunk right before it when that is a cardinal below 1000 (1 if there
  is none), and opens the chunk again for hundreds, tens and units: «тысяча двести» → 1200,
  «сто двадцать тысяч триста» → 120300. A thousands chunk is its arithmetic value, like any
  chunk, so a card read in thousands comes out whole: «две тысячи двести два | четыре тысячи
  пятьсот сорок восемь» → "22024548"; 1–9 thousands are always four digits.
- An ordinal fills its slot and closes the chunk: «две тысячи двадцать четвёртого» → 2024,
  «пятнадцатого» → 15 (the case ending is dropped).

Concatenation is chosen over keeping the chunks apart because the chunks of dictation carry no
meaning of their own («8 916 …» and «89 16 …» are the same phone), and because the recognizers
expect a phone or a card as one digit string. The cost: two numbers said in a row become one
(«в пятнадцать тридцать» → "1530"); set `JOINER` to " " to keep the chunks apart instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from redactor.normalize.words import DIGIT, HUNDRED, TEEN, TENS, THOUSAND, UNIT, NumberWord

JOINER = ""  # between the chunks of a run

CLOSED = -1  # a chunk that takes no more words: an ordinal, a digit name, a digit token
# The slots a chunk open at its last word's slot takes next.
ACCEPTS = {
    THOUSAND: frozenset({HUNDRED, TENS, TEEN, UNIT}),  # «тысяча двести», «две тысячи пять»
    HUNDRED: frozenset({TENS, TEEN, UNIT}),  # «девятьсот шестнадцать», «сто пять»
    TENS: frozenset({UNIT}),  # «сорок пять»
}
# How many digits a written token may have to fill the free slots: «девятьсот 16».
FILLS = {THOUSAND: 3, HUNDRED: 2, TENS: 1}
Token = NumberWord | str  # a number word, or a token of digits as written


def spoken_digits(tokens: Iterable[Token]) -> str:
    """The digits of a run of number tokens, read as dictation (see the module docstring)."""
    chunks: list[str] = []
    started = False  # a current chunk exists
    value = 0
    written: str | None = None  # a digit token's own spelling, kept as written («007»)
    slot = CLOSED  # the slot the current chunk is open at
    multipliable = False  # «тысяча» may multiply the current chunk

    for token in tokens:
        if isinstance(token, str):
            if len(token) <= FILLS.get(slot, 0) and token[0] != "0":  # «девятьсот 16»
                value += int(token)
                slot = CLOSED
                continue
            if started:
                chunks.append(written if written is not None else str(value))
            started, value, written, slot = True, int(token), token, CLOSED
            multipliable = len(token) <= 3 and token[0] != "0"  # «5 тысяч»
            continue

        if token.slot in ACCEPTS.get(slot, ()) and token.value:  # «сорок» + «пять»
            value += token.value
            slot = CLOSED if token.ordinal else token.slot
            multipliable = multipliable and not token.ordinal
            continue
        if token.slot == THOUSAND and token.value == 1000 and multipliable and value < 1000:
            value *= 1000  # «две» + «тысячи»
            written, multipliable = None, False
            slot = CLOSED if token.ordinal else THOUSAND
            continue
        if started:
            chunks.append(written if written is not None else str(value))
        started, value, written = True, token.value, None
        slot = CLOSED if token.ordinal or token.slot == DIGIT else token.slot
        multipliable = not token.ordinal and token.slot in (UNIT, TEEN, TENS, HUNDRED)

    if started:
        chunks.append(written if written is not None else str(value))
    return JOINER.join(chunks)
