"""An address found in pieces, made whole: the parts between and before its pieces.

Chats write addresses tersely, and the address recognizer finds their pieces but not what
stands between or before them:

    Новосибирск, Красный проспект 220 к5 кв 14   → «… проспект 220» and «кв 14»: the building
                                                   «к5» between them is the address too
    Казань, Амирхана 21, кв 108                   → «кв 108» only: a capitalized word and a
                                                   house number right before a flat is its
                                                   street («Амирхана» is no one here), and a
                                                   city before that its town
    ул Лорсанова 3                                → «ул Лорсанова»: the house number after it

Each join needs an address piece found already (a flat, an entrance, a street type), so a
name and a number elsewhere («Иванову 21 год») stay as they are.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.8
NAME = "AddressJoin"
# Between two pieces of one address: building parts and commas only («, к5, », « к 3, »).
BUILDING = re.compile(
    r"""[ ,]*(?:(?:к|корп|корпус|стр|строение|с|лит|литера|д|дом)\.?[ ]?\d{1,3}[а-яА-Я]?[ ,]*)*""",
    re.VERBOSE,
)
# A piece that opens with a flat, an office or an entrance («кв 108», «кв. 83, 2 подъезд»).
FLAT_FIRST = re.compile(r"(?:кв|квартир|офис|оф|подъезд|под)\w*\.?[ ]?\d", re.IGNORECASE)
# Right before such a piece: «Амирхана 21, », «Ломоносова 96, », with its building «220 к5 ».
STREET_HOUSE = re.compile(
    r"(?<![\w-])(?P<street>[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ]?[а-яё]+)?),?[ ]+\d{1,4}[а-яА-Я]?"
    r"(?:[ ]?(?:к|корп|стр)\.?[ ]?\d{1,3})?[ ,]*\Z"
)
CITY_BEFORE = re.compile(r"(?<![\w-])(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*),[ ]*\Z")
# A street type at the end of a piece, and the house number right after it («ул Лорсанова 3»).
STREET_END = re.compile(r"(?:ул|улица|пр|проспект|пр-т|пер|переулок|ш|шоссе)\.?[ ]+[А-ЯЁ][а-яё]+\Z")
HOUSE_AFTER = re.compile(r"[ ]+\d{1,4}[а-яА-Я]?(?![\w.,:/-]\d|\w)")
REACH = 60  # characters before a flat where its street and city may stand


def address_joins(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for whole addresses whose pieces `findings` hold (see the module)."""
    pieces = sorted(f for f in findings if f.entity_type == ADDRESS)
    if not pieces:
        return []
    joined = []
    for a, b in zip(pieces, pieces[1:], strict=False):
        if a.end < b.start and "\n" not in text[a.end : b.start]:
            gap = BUILDING.fullmatch(text, a.end, b.start)
            if gap and any(c.isdigit() for c in text[a.end : b.start]):
                joined.append(Finding(a.start, b.end, ADDRESS, SCORE, NAME))
    for f in pieces:
        if FLAT_FIRST.match(text, f.start):
            line = max(text.rfind("\n", 0, f.start) + 1, f.start - REACH)
            house = STREET_HOUSE.search(text, line, f.start)
            start = _street_start(house) if house else None
            if start is not None and not _covered(start, pieces):
                city = CITY_BEFORE.search(text, line, start)
                if city and morph.word_info(city.group("city")).is_geo:
                    start = city.start()
                joined.append(Finding(start, f.end, ADDRESS, SCORE, NAME))
        if STREET_END.search(text, max(0, f.end - 40), f.end):
            house = HOUSE_AFTER.match(text, f.end)
            if house:
                joined.append(Finding(f.start, house.end(), ADDRESS, SCORE, NAME))
    return joined


def _covered(position: int, pieces: list[Finding]) -> bool:
    return any(p.start <= position < p.end for p in pieces)


def _street_start(house: re.Match) -> int | None:
    """Where the street before a house number starts: its words less an ordinary word before
    them («Адрес Ломоносова 96» is «Ломоносова»); None when no word of it may name a street."""
    start = house.start("street")
    for word in re.finditer(r"[^\W\d_]+", house.group("street")):
        if not _word(word.group()):
            return start + word.start()
    return None


def _word(word: str) -> bool:
    """Whether a word is an ordinary one that names no street («Заказ 21, кв 5»): a street is
    a name, a place, an adjective («Молодёжная») or a noun in the genitive («Свободы», «Мира»)."""
    info = morph.word_info(word)
    if not info.known or info.name_readings or info.is_geo or info.pos == "ADJF":
        return False
    return not any(
        "gent" in p.tag and p.tag.POS == "NOUN" for p in morph.analyzer().parse(word)[:2]
    )


# (text, the whole address) — run by tests/test_address_joins.py.
EXAMPLES = [
    (
        "Леонид: Новосибирск, Красный проспект 220 к5 кв 14",
        "Новосибирск, Красный проспект 220 к5 кв 14",
    ),
    ("Я живу Волгоградский проспект 32 к 3, кв. 83.", "Волгоградский проспект 32 к 3, кв. 83"),
    ("Алсу Гарипова: если старый то Казань, Амирхана 21, кв 108", "Казань, Амирхана 21, кв 108"),
    ("Ислам М.: или лучше на работу ул Лорсанова 3 днём", "ул Лорсанова 3"),
    ("Гусейн Аренда: Адрес Ломоносова 96, кв 9, 2 подъезд — домофон 9.", "Ломоносова 96, кв 9"),
    ("Клиент: он на Варшавке, 71, кв. 5, ему удобно.", "Варшавке, 71, кв. 5"),
]
COUNTER_EXAMPLES = [
    ("Клиент: Заказ 21, кв 5 не открыли.", "Заказ"),
    ("Клиент: Иванову 21 год, живёт один.", "Иванову"),
    ("Клиент: Заказал 3, кв 5 не открыли.", "Заказал"),
]
