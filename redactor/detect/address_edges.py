"""The edges of an address: what is said before and after the part the recognizers found.

A written answer names an address with more than a street and a house, and the recognizers
find the middle of it:

    Краснодарский край, Горячий Ключ, СНТ «Рассвет», улица Вишнёвая, участок 214
        → «улица Вишнёвая, участок 214» found: the region, the town and the settlement before
          it are the address too
    Пресненская набережная, 12, башня «Федерация Восток», 31 этаж
        → «Пресненская набережная, 12» found: its tower and its floor after it
    ЖК «Сказка», корпус 4, квартира 219   → the housing estate before the block
    Фрунзенская д38, квартира 12          → the street's name before «д38»
    город Казань, Амирхана 21             → «город» before the town

Before a found address: a region («… край», «… область», «Республика …»), a settlement with its
type («СНТ «…»», «ЖК «…»», «посёлок …», «город …»), and a town's name between such parts, joined
by commas; or the capitalized name of a street right before a found «д38», «дом 5». After it: a
building, a tower, a hotel with its name in quotes, a floor, an entrance, a hotel's room. Each
edge joins a found address: a settlement or a floor alone is not one.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.8
NAME = "AddressEdge"
QUOTED = r"«[^«»\n]{1,40}»"
CAPITAL = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
REGION = rf"""(?:{CAPITAL}(?:ий|ая|ой|ый|ом|ском|ской)\s(?i:край|кра[ея]|област[ьи]|обл\.|район|р-н)
  | (?i:республик[аие]|респ\.)\s{CAPITAL})"""
SETTLEMENT = rf"""(?:(?:СНТ|ДНТ|ТСН|ДНП|СНТСН|КП|ЖК|(?i:жил(?:ой|ом)\s+комплекс\w*))\s?{QUOTED}
  | (?i:город|гор\.|г\.|пос[её]лок|пос\.|деревня|село|станица|пгт|рп)\s?{CAPITAL}(?:\s{CAPITAL})?)"""
TOWN = rf"{CAPITAL}(?:\s{CAPITAL})?"
# Parts before an address, the first a region or a settlement, joined by commas.
BEFORE = re.compile(
    rf"""(?<![\w«»-])(?:{REGION}|{SETTLEMENT})(?:,\s(?:{REGION}|{SETTLEMENT}|{TOWN}))*,?\s\Z""",
    re.VERBOSE,
)
CITY_WORD = re.compile(r"(?<![\w-])(?i:город|гор\.|г\.)\s?\Z")
# A found address that opens with its house: «д38», «дом 5», «д. 7».
HOUSE_FIRST = re.compile(r"(?i:д\.?\s?\d|дом\s\d)")
STREET_BEFORE = re.compile(rf"(?<![\w-])(?P<street>{CAPITAL}(?:\s{CAPITAL})?)\s\Z")
ORDINAL_WORD = (
    r"перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|седьм\w+|восьм\w+|девят\w+"
    r"|десят\w+"
)
# Parts after an address.
AFTER = re.compile(
    rf"""(?:,?\s(?:
        (?i:башня|здание|корпус|блок|секция|бизнес-центр|бц|тц|отель|гостиница|общежитие)\s?{QUOTED}
      | \d{{1,3}}(?:-?[йм])?\s(?i:этаж|подъезд)(?!\w)
      | (?i:этаж|подъезд)\s\d{{1,3}}(?!\d)
    ))*
    (?:\.\s(?i:подъезд|этаж)\s(?i:\d{{1,2}}|{ORDINAL_WORD})(?!\w))?  # «… 214. Подъезд второй»""",
    re.VERBOSE,
)
HOTEL = re.compile(r"(?i:отель|гостиница)")
# A town's name said after the flat, closing the address: «…, квартира 112, Мытищи.»
TOWN_AFTER = re.compile(rf",[^\S\n](?P<town>{CAPITAL})(?=[.;!?\n]|$)")
ROOM = re.compile(r",?\s(?i:номер)\s\d{1,4}(?!\d)")
REACH = 160  # characters before an address where its edge may begin

# (text, the whole address) — run by tests/test_address_edges.py.
EXAMPLES = [
    (
        "Адрес Краснодарский край, Горячий Ключ, СНТ «Рассвет», улица Вишнёвая, участок 214.",
        "Краснодарский край, Горячий Ключ, СНТ «Рассвет», улица Вишнёвая, участок 214",
    ),
    (
        "Клиент: лучше на работу: Пресненская набережная, 12, башня «Федерация Восток», 31 этаж."
        " Там пропуск закажу.",
        "Пресненская набережная, 12, башня «Федерация Восток», 31 этаж",
    ),
    (
        "Клиент: Казань, улица Чистопольская, 61А, квартира 214. Подъезд второй, домофон есть.",
        "Казань, улица Чистопольская, 61А, квартира 214. Подъезд второй",
    ),
    (
        "Клиент: А объект вы видите? ЖК «Сказка», корпус 4, квартира 219.",
        "ЖК «Сказка», корпус 4, квартира 219",
    ),
    ("— Фрунзенская д38, квартира 12, это подъезд второй.", "Фрунзенская д38, квартира 12"),
    (
        "Оператор: Улица Веры Волошиной, 19, квартира 112, Мытищи. Подъезд, домофон?",
        "Улица Веры Волошиной, 19, квартира 112, Мытищи",
    ),
    (
        "Клиент: Почтой, город Казань, Амирхана 21, квартира 88.",
        "город Казань, Амирхана 21, квартира 88",
    ),
    (
        "О: Записала: Лиговский проспект, 10, отель «Октябрьская», номер 512, на имя Островской.",
        "Лиговский проспект, 10, отель «Октябрьская», номер 512",
    ),
]
COUNTER_EXAMPLES = [
    # a word that names no street before the house
    ("Клиент: Спасибо д38, квартира 12 верно.", "Спасибо"),
    # a sentence before the address, not a town
    ("Клиент: Записывайте, Москва, улица Тверская, дом 5.", "Записывайте"),
    # a name after the address that is no town: whom it is for
    ("Клиент: Улица Тверская, дом 5, квартира 3, Иван.", "Иван"),
    # a settlement alone, with no address found after it
    ("Клиент: Мы живём в ЖК «Сказка», там хорошо.", "Сказка"),
]


def address_edges(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for whole addresses around the found ones (see the module)."""
    found = sorted(f for f in findings if f.entity_type == ADDRESS)
    results = []
    for f in found:
        line = max(text.rfind("\n", 0, f.start) + 1, f.start - REACH)
        start, end = f.start, f.end
        before = BEFORE.search(text, line, f.start)
        if before:
            start = before.start()
        elif city := CITY_WORD.search(text, line, f.start):
            start = city.start()
        elif HOUSE_FIRST.match(text, f.start) and (
            street := STREET_BEFORE.search(text, line, f.start)
        ):
            if all(_street_word(w) for w in street.group("street").split()):
                start = street.start()
        after = AFTER.match(text, end)
        if after and after.end() > end:
            end = after.end()
            if HOTEL.search(after.group()) and (room := ROOM.match(text, end)):
                end = room.end()
        if (town := TOWN_AFTER.match(text, end)) and morph.word_info(town.group("town")).is_geo:
            end = town.end()  # «…, квартира 112, Мытищи.»: the town said last
        if (start, end) != (f.start, f.end):
            results.append(Finding(start, end, ADDRESS, SCORE, NAME))
    return results


def _street_word(word: str) -> bool:
    """Whether a capitalized word may name a street: a name, a place, an adjective
    («Фрунзенская»), a noun in the genitive («Мира»), or a word the dictionary lacks."""
    info = morph.word_info(word)
    if not info.known or info.name_readings or info.is_geo or info.pos == "ADJF":
        return True
    return any("gent" in p.tag and p.tag.POS == "NOUN" for p in morph.analyzer().parse(word)[:2])
