"""A street said again aloud without its type: «вильгельма де геннина сорок один» after
«… район вильгельма де геннина дом сорок один корпус один».

The spoken twin of `address_echoes`: once a found address names a street, the speakers name it
again by its name alone with a house number said in words, reading it back or correcting it.
Only a whole found address (with a kind of place or a part of a building: «улица», «район»,
«дом») lends its names: «горького сорок пять» found alone may be a shop's, said again. The
name is a lowercase word of `MIN_LETTERS` or more from a found address (not a kind of
place, not a number), with the found address's words right before it («де геннина»), and the
number words right after it, maybe with a block («корпус один»); a number that counts
something («мира пять минут») is no house.
"""

from __future__ import annotations

import re

from redactor.detect.address_echoes import NOT_STREET
from redactor.detect.normalize.words import COUNTED
from redactor.detect.spoken_address_edges import FREE, NUMBER_WORD
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.7
NAME = "SpokenAddressEcho"
MIN_LETTERS = 4
HOUSE_WORDS = 4  # «двести сорок девять»: number words of one house
BLOCK = re.compile(r"корпус|строение|дом|квартира")
WORDS = re.compile(r"(?<![\w-])[а-яё]+(?:-[а-яё]+)*(?![\w-])")
COUNT = re.compile(COUNTED, re.IGNORECASE)

# (conversation, the street said again in brackets) — run by tests/test_spoken_address_echoes.py.
EXAMPLES = [
    "к: екатеринбург ну академический район вильгельма де геннина дом сорок один корпус один\n"
    "о: [вильгельма де геннина сорок один] а корпус какой",
    "к: екатеринбург ну академический район вильгельма де геннина дом сорок один корпус один\n"
    "о: [де геннина сорок один корпус один] подключение есть",
    # a street named with a number
    "аб: челябинск улица сорок лет победы дом двадцать девять\n"
    "оп: так [сорок лет победы двадцать девять] дом подключён",
]
COUNTER_EXAMPLES = [
    # the street's name with a number that counts something
    "к: улица комсомольская дом пять квартира два\nк: от комсомольская пять минут идти",
    # a word of no found address
    "к: улица комсомольская дом пять квартира два\nк: иванова двадцать один год",
    # a found address from a name on takes no word before it but a number of the street's name
    "к: улица братиславская дом пять\nк: я в подмосковье в люберцах проспект сто восемьдесят\n"
    "к: я в подмосковье",
    # a street named with a number, said again with a count
    "к: улица сорок лет победы дом пять\nк: от сорок лет победы пять минут идти",
    # a name and a number found alone lend nothing: a branch's street said twice
    "о: горького сорок пять это где\nо: в отделении на улице максима горького сорок пять",
]


def spoken_address_echoes(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the streets of found spoken addresses said again with a house number."""
    addresses = [f for f in findings if f.entity_type == ADDRESS]
    parts: set[str] = set()
    for f in addresses:
        words = {m.group() for m in WORDS.finditer(text, f.start, f.end)}
        if any(NOT_STREET.fullmatch(w) for w in words):  # a whole address, not a name and a number
            parts |= words
    names = {
        w
        for w in parts
        if len(w) >= MIN_LETTERS
        and w not in FREE
        and not NOT_STREET.fullmatch(w)
        and not NUMBER_WORD.fullmatch(w)
        and not BLOCK.fullmatch(w)
    }
    if not names:
        return []
    results = []
    said = [text[f.start : f.end] for f in addresses]
    for m in WORDS.finditer(text):
        if m.group() not in names:
            continue
        opening = next((f for f in addresses if f.start == m.start()), None)
        if opening:  # found from this word on: a number of the street's name before it, if any
            start = _name_start(text, m.start(), parts, said, m.end())
            if any(NUMBER_WORD.fullmatch(w) for w in WORDS.findall(text, start, m.start())):
                results.append(Finding(start, opening.end, ADDRESS, SCORE, NAME))
            continue
        if _inside(m.start(), addresses):
            continue
        end = _house(text, m.end())
        if end is None:
            continue
        start = _name_start(text, m.start(), parts, said, m.end())
        results.append(Finding(start, end, ADDRESS, SCORE, NAME))
    return results


def _inside(position: int, addresses: list[Finding]) -> bool:
    return any(f.start <= position < f.end for f in addresses)


def _name_start(
    text: str, start: int, parts: set[str], said: list[str] = (), name_end: int = 0
) -> int:
    """`start` moved back over the words before it that the found address has too; over a
    number only when the address says it right before these words: a street named with one
    («сорок лет победы»), not the house of the address before («… дом сорок ленина …»)."""
    line = text.rfind("\n", max(0, start - 40), start) + 1
    while True:
        before = list(WORDS.finditer(text, max(line, start - 40), start))
        if not before or before[-1].group() not in parts or text[before[-1].end() : start] != " ":
            return start
        if NUMBER_WORD.fullmatch(before[-1].group()) and not _named_so(
            text[before[-1].start() : name_end], said
        ):
            return start
        start = before[-1].start()


def _named_so(phrase: str, said: list[str]) -> bool:
    """Whether a found address says `phrase` after its street's kind: «улица сорок лет победы»."""
    return any(
        re.search(rf"(?<!\w)(?:{NOT_STREET.pattern})\s+{re.escape(phrase)}(?!\w)", a) for a in said
    )


def _house(text: str, end: int) -> int | None:
    """Where the house said in words right after a street's name ends; None without one."""
    house, count, block = end, 0, False
    for m in WORDS.finditer(text, end):
        if text[house : m.start()] != " ":
            break
        word = m.group()
        if NUMBER_WORD.fullmatch(word) and count < HOUSE_WORDS:
            house, count = m.end(), count + 1
            continue
        if count and not block and BLOCK.fullmatch(word):
            block = True
            following = WORDS.match(text, m.end() + 1)
            if following and NUMBER_WORD.fullmatch(following.group()):
                house = following.end()
                continue
        if count and COUNT.fullmatch(word):
            return None  # «пять минут»
        break
    return house if count else None
