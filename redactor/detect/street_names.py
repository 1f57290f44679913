"""A street named after a person is a street: «проспекте вернадского», «улице маршала жукова»,
«ул королёва», «салон на баумана 38». The address recognizer keeps a company's address or a
street said in passing out of its findings (`recognizers/address.py`); the person recognizers
would still read the street's name as a person's. Not after «на улице», «с улицы», which also mean «outdoors»
(«на улице маша ждёт»), unless a title («маршала», «академика») or a house number says it is a
street's name; nor a first name in the nominative after any type word («на площади саша»).
"""

from __future__ import annotations

import re

from redactor.detect.morph import word_info
from redactor.detect.normalize import Normalized, normalize
from redactor.detect.recognizers import address_words as w
from redactor.detect.recognizers.address import BUSINESS_HINT, company_places
from redactor.entities import PERSON
from redactor.finding import Finding

TITLE = r"(?i:маршала|генерала|адмирала|академика|героя|космонавта|лётчика|летчика|профессора)"
# A street type right before a name (its title between): the name is the street's.
BEFORE = re.compile(
    rf"(?<![\w-])(?P<type>{w.STREET_TYPE})[ \t]+(?:(?P<title>{TITLE})[ \t]+)?\Z", re.VERBOSE
)
OUTDOORS = re.compile(r"(?i:улиц[аеуы])")  # «на улице», «с улицы»: outdoors as often
NUMBER_WORD = (
    r"(?:один|два|три|четыре|пять|шесть|семь|восемь|девять|десять|[а-я]+надцать|двадцать"
    r"|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести"
    r"|триста|четыреста|[а-я]+сот)(?![а-яё])"
)
# «… жукова 15», «жукова дом 5», «ленина пять»
HOUSE_AFTER = re.compile(rf"[ \t,]+(?:(?i:дом|д\.?)[ \t]*)?(?:\d|(?i:{NUMBER_WORD}))")


def street_names(
    text: str, findings: list[Finding], normalized: Normalized | None = None
) -> list[Finding]:
    """`findings` less the names that name a street: after a street type, or in a company's
    address («ближайший салон на баумана тридцать восемь», `address.company_places`).
    `normalized`: `normalize(text)`, when the caller has it already."""
    if not any(f.entity_type == PERSON for f in findings):
        return findings
    places = _company_places(text, normalized)
    return [
        f
        for f in findings
        if f.entity_type != PERSON
        or not (_street(text, f) or any(s <= f.start and f.end <= e for s, e in places))
    ]


def _company_places(text: str, spoken: Normalized | None) -> list[tuple[int, int]]:
    """A company's addresses, read where the numbers are digits (house numbers said in words)."""
    if not BUSINESS_HINT.search(text):
        return []
    spoken = normalize(text) if spoken is None else spoken
    found = company_places(spoken.text) if spoken.spans else company_places(text)
    return [spoken.to_original(s, e) for s, e in found] if spoken.spans else found


def _street(text: str, f: Finding) -> bool:
    before = BEFORE.search(text, max(0, f.start - 40), f.start)
    if before is None:
        return False
    if before["title"] or HOUSE_AFTER.match(text, f.end):
        return True
    # «на проспекте вернадского» names a street in the genitive; «на площади саша ждёт» is
    # Sasha standing on a square: a first name in the nominative is someone's.
    first = text[f.start : f.end].split()[0]
    readings = word_info(first).name_readings
    genitive = any(r.case == "gent" for r in readings)
    someone = any(r.part == "Name" and r.case == "nomn" for r in readings)
    return not OUTDOORS.fullmatch(before["type"]) and genitive and not someone


# (text, the names that stay) — run by tests/test_address.py.
EXAMPLES = [
    ("ближайший офис на проспекте вернадского", []),
    ("клиника на улице маршала жукова", []),
    ("салон на ул королёва 12", []),
    ("на улице ленина пять офис", []),
    ("на улице маша ждёт", ["маша"]),  # outdoors
    ("с улицы саша зашёл", ["саша"]),
    ("на площади саша ждёт", ["саша"]),  # a first name in the nominative: someone
    ("на набережной ваня гулял", ["ваня"]),
    ("ближайший салон на баумана тридцать восемь", []),  # a company's address
    ("заберу в пвз на ленина пять", []),
]
