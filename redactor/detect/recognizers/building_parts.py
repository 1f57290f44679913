"""An address without a street's type word, told by the parts of the building after its house:

    Новокосинская 11 корп 2, 4 подъезд          → the whole
    Сибгата Хакима 41, подъезд 2                → the whole
    Гастелло 9, подъезд 2, этаж 7               → the whole
    Сакко и Ванцетти 57, кв 88                  → the whole
    Зеленоград, корпус 1106, квартира 74        → the whole

A capitalized name and a number alone could be anything («Windows 11», «Пятёрочка 24»); a flat, an
entrance, a floor or a block said after the number makes it a house, and the name before it its
street (or, for a block, its town: Зеленоград's buildings are numbered blocks). The name is one to
three capitalized words (with «и», «на» between: «Сакко и Ванцетти», «Ростов-на-Дону») that are
no verb, pronoun, adverb or word for a room or a building («Офис 5, 3 этаж», «Корпус 2,
подъезд 1»). Such a street is often a person's name («Гастелло», «Сибгата Хакима»): the score is
above a name's, so the address wins.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.base import RuRecognizer
from redactor.entities import ADDRESS

SCORE = 0.9
WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
NAME = rf"(?P<name>{WORD}(?:[^\S\n]+(?:(?:и|на)[^\S\n]+)?{WORD}){{0,2}})"
NUMBER = r"\d{1,4}(?:[^\S\n]?[а-еА-Е](?![а-яё]))?(?:/\d{1,4})?"
BLOCK = rf"(?:корп(?:ус)?\.?|к\.|стр(?:оение)?\.?)[^\S\n]*{NUMBER}"
PART = (
    r"(?:(?:кв(?:артира)?\.?|подъезд|под\.|этаж|эт\.)[^\S\n]*\d{1,4}"
    r"|\d{1,2}(?:-?й)?[^\S\n]+(?:подъезд|этаж)(?![а-яё]))"
)
SEP = r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+)"
ADDRESS_RE = re.compile(
    rf"(?<![\w«\"-]){NAME}{SEP}(?:(?:д\.?|дом)[^\S\n]*)?(?:{NUMBER}(?:{SEP}{BLOCK})?|{BLOCK})"
    rf"(?:{SEP}{PART})+(?![\w-])"
)
TOWN_BEFORE = re.compile(rf"(?<![\w-])(?P<town>{WORD}),[^\S\n]\Z")
NOT_PLACE_POS = {"VERB", "INFN", "NPRO", "ADVB", "PREP", "CONJ", "PRCL", "INTJ", "PRED", "NUMR"}
# Words for a room, a building or its parts: «Офис 5, 3 этаж» is inside a building, no street.
ROOMS = frozenset(
    "офис кабинет зал комната помещение здание дом корпус строение подъезд этаж квартира"
    " склад магазин павильон бокс вход выход секция блок башня крыло номер палата аудитория"
    " окно касса стойка пункт отделение филиал точка тц бц центр парковка адрес доставка заказ"
    " курьер вход".split()
)


def _place_word(word: str) -> bool:
    info = morph.word_info(word)
    return info.pos not in NOT_PLACE_POS and morph.lemma(word.lower()) not in ROOMS


class BuildingPartsRecognizer(RuRecognizer):
    """A street or town without its type, a house and the building's parts after it."""

    ENTITY = ADDRESS
    EXAMPLES = [
        "ура!!! [Новокосинская 11 корп 2, 4 подъезд]. к подъезду выйду",
        "Дом [Сибгата Хакима 41, 2 подъезд], лифт стоит.",
        "Адрес [Гастелло 9, подъезд 2, этаж 7]?",
        "мы переехали на [Сакко и Ванцетти 57, кв 88]",
        "если старый то [Казань, Амирхана 21, кв 108]",
        "вход со двора через арку, [Ленинградская 43 подъезд 4], домофон 97",
        "Доставка: [Зеленоград, корпус 1106, квартира 74].",
    ]
    COUNTER_EXAMPLES = [
        "Офис 5, 3 этаж, кабинет справа.",  # inside a building: no street
        "Windows 11, 2 этаж серверной",
        "Сначала 2 этаж, потом 3 этаж.",  # an adverb is no street
        "Корпус 2, подъезд 1 — там вход.",
        "Пятёрочка 24 часа работает",  # no part of a building after the number
        "Гастелло 9 лет жил здесь",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in ADDRESS_RE.finditer(text):
            # The name starts after its last word that cannot name a place («Дом Сибгата
            # Хакима 41»: «Дом» is no part of it).
            words = [w for w in re.finditer(r"[А-ЯЁа-яё-]+", m.group("name"))]
            start = None
            for w in words:
                if w.group() in ("и", "на"):
                    continue
                if not _place_word(w.group()):
                    start = None
                elif start is None:
                    start = m.start("name") + w.start()
            if start is None or not text[start].isupper():
                continue
            # «Казань, Амирхана 21, кв 108»: the town said before the street
            town = TOWN_BEFORE.search(text, max(0, start - 40), start)
            if town and morph.word_info(town.group("town")).is_geo:
                start = town.start()
            results.append(self.result(start, m.end(), SCORE, "a house with its parts"))
        return results
