"""A street said again without its type: «Лиговский, 10» after «Лиговский проспект, 61».

Once a conversation names a street in an address the recognizers found, the speakers name it
again by its name alone, with a house number: «…снимает сейчас на Амирхана, 21.» before
«город Казань, Амирхана 21, квартира 88», or a correction «Лиговский, 10» after «Лиговский
проспект, 61… ой, нет». The name alone with a number is that street and that house: its
capitalized words of `MIN_LETTERS` or more from a found address, right before a house number
that counts nothing («Мира, 5 минут» is no house).
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.address_words import COUNT_WORD
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.7
NAME = "AddressEcho"
MIN_LETTERS = 4
WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁа-яё][а-яё]+)*(?![\w-])")
# Words of an address that name no street: its types and its parts.
NOT_STREET = re.compile(
    r"(?i:улиц\w*|проспект\w*|переул\w*|шоссе|бульвар\w*|набережн\w*|площад\w*|проезд\w*"
    r"|тупик\w*|алле\w*|микрорайон\w*|город\w*|квартир\w*|корпус\w*|строени\w*|подъезд\w*"
    r"|этаж\w*|офис\w*|район\w*|област\w*|край|деревн\w*|сел\w*|пос[её]л\w*|дом\w*)"
)
HOUSE = re.compile(
    rf",?[ \t]\d{{1,4}}(?:[а-яё](?![а-яё]))?(?![\d.,:/-]\d|[\w-])(?![ \t]*{COUNT_WORD})",
    re.VERBOSE,
)

# A preposition after a house is no letter of it: (text, the address found whole).
WHOLE = [("Монтажник приедет на пл. Победы, 1 в среду.", "пл. Победы, 1")]
# (conversation, the street said again in brackets) — run by tests/test_address_echoes.py.
EXAMPLES = [
    "К: Нет, снимает сейчас на [Амирхана, 21]. Квартиру не знаю.\n"
    "К: Почтой, город Казань, Амирхана 21, квартира 88.",
    "К: Отель, Лиговский проспект, 61... ой, нет, это я про другое. [Лиговский, 10], номер 512.",
    # the same street in another case
    "К: Переехали на улицу Советскую, 14.\nО: [Советская, 14], подъезд какой?",
]
COUNTER_EXAMPLES = [
    # the street's name with a number that counts something
    "К: Живу на улице Мира, дом 5.\nК: На Мира 5 минут идти.",
    # a name that is no found address's
    "К: Живу на улице Мира, дом 5.\nК: Иванова, 21 год.",
    # another case of the street's name with a number that counts something
    "К: Живу на Советской улице, дом 5.\nК: Советская, 5 минут пешком.",
]


def address_echoes(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the streets of found addresses said again with a house number."""
    addresses = [f for f in findings if f.entity_type == ADDRESS]
    names = {
        m.group()
        for f in addresses
        for m in WORD.finditer(text, f.start, f.end)
        if not NOT_STREET.fullmatch(m.group())
    }
    if not names:
        return []
    results = []
    # The same street in another case: «на Советскую, 14» then «Советская, 14».
    lemmas = {morph.lemma(n.lower()) for n in names}
    said = [
        m
        for m in WORD.finditer(text)
        if m.group() in names or morph.lemma(m.group().lower()) in lemmas
    ]
    for m in said:
        house = HOUSE.match(text, m.end())
        if not house:
            continue
        start, end = m.start(), house.end()
        if any(f.start <= start and end <= f.end for f in addresses):
            continue
        results.append(Finding(start, end, ADDRESS, SCORE, NAME))
    return results
