"""The edges of an address said aloud: the street, town and region before the found part, and
the house number after a found street.

Speech recognition writes an address without commas or capitals, with fillers and repairs, and
the recognizers find its middle:

    набережные челны проспект мира ну это новый город дом девяносто один корпус два
        → «город дом девяносто один …» found: the street and town before it are the address
    улица сакко и ванцетти дом семь квартира девятнадцать   → «дом семь …» found
    микрорайон юго-восточный район дом двадцать семь   → two pieces, «район» between them
    до улицы типанова двадцать один водитель азамат     → «улицы типанова»: its house after it
    гагарина тридцать два квартира шесть в кстово       → the town after the flat

Before a found address, the words back to a word that names a kind of place («улица»,
«проспект», «район», «город», «снт», «корпус», …) are the address, as long as no more than
`GAP` words stand between two such words (fillers, repairs and prepositions are free), and no
verb or pronoun («живу», «я», «звоню») does: a sentence about the address ends its edge. Then
an adjective before a district («подольский район») and a town's name («орёл», «екатеринбург»,
«набережные челны») before all that. Only over lowercase words with no punctuation: written text has its own rules
(`address_edges`), and a capital or a comma ends the walk.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.7
NAME = "SpokenAddressEdge"
REACH = 200  # characters before a found part where its edge may begin
GAP = 5  # words of a street's or a settlement's name between two kinds of place
# Lemmas of words naming a kind of place or a part of a building.
KINDS = frozenset(
    """улица проспект переулок шоссе бульвар проезд набережная площадь тупик аллея микрорайон
    район область край город посёлок поселок деревня село станица снт днт пгт корпус строение
    квартира подъезд линия""".split()
)
AREAS = frozenset({"район", "область", "край"})  # an adjective before them is their name
# Said inside an address without being part of its name: fillers, repairs, prepositions.
FREE = frozenset(
    """ну это эээ ээ э эм ой то вернее точнее просто нет значит там вот в во на к по
    а""".split()
)
STOP_POS = frozenset({"VERB", "INFN", "NPRO", "GRND", "PRTF", "PRTS", "PRED", "INTJ"})
STOP_LEMMAS = frozenset({"адрес"})
WORD = re.compile(r"\S+")
LOWER_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
NUMBER_WORD = re.compile(
    r"(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|[а-я]+надцать"
    r"|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто"
    r"|двести|триста|четыреста|[а-я]+сот)"
)
TOWN_AFTER = re.compile(r" (?:в|во) (?P<town>[а-яё]+(?:-[а-яё]+)*)(?![\w-])")
STREET_OPENING = re.compile(r"(?:улиц|проспект|переул|шоссе|бульвар|проезд|набережн)\w*\s")

# (text, the whole address) — run by tests/test_spoken_address_edges.py.
EXAMPLES = [
    (
        "SPEAKER_01: к нам набережные челны проспект мира ну это новый город дом девяносто один"
        " корпус два квартира сто семьдесят",
        "набережные челны проспект мира ну это новый город дом девяносто один корпус два"
        " квартира сто семьдесят",
    ),
    (
        "оператор: улица сакко и ванцетти дом семь квартира девятнадцать верно",
        "улица сакко и ванцетти дом семь квартира девятнадцать",
    ),
    (
        "клиент: красноярский край город ачинск микрорайон юго-восточный район дом двадцать"
        " семь квартира десять",
        "красноярский край город ачинск микрорайон юго-восточный район дом двадцать семь"
        " квартира десять",
    ),
    (
        "спикер 1: вижу поездку до улицы типанова двадцать один водитель азамат",
        "улицы типанова двадцать один",
    ),
    (
        "к: екатеринбург ну академический район вильгельма де геннина дом сорок один корпус один",
        "екатеринбург ну академический район вильгельма де геннина дом сорок один корпус один",
    ),
    (
        "к: ярославль улица свободы восемьдесят семь корпус а квартира двести два",
        "ярославль улица свободы восемьдесят семь корпус а квартира двести два",
    ),
    (
        "абонент: на гагарина гагарина тридцать два квартира шесть в кстово это нижегородская",
        "гагарина тридцать два квартира шесть в кстово",
    ),
    (
        "s2: город ростов на дону проспект стачки ой то есть проспект стачек двести пятнадцать"
        " квартира восемьдесят",
        "город ростов на дону проспект стачки ой то есть проспект стачек двести пятнадцать",
    ),
]
COUNTER_EXAMPLES = [
    # a verb and a pronoun between: a sentence about the address, not its part
    ("клиент: город у нас маленький я живу на улице ленина дом пять", "город"),
    # no kind of place before the found part: the words before it stay
    ("клиент: записывайте пожалуйста улица ленина дом пять", "записывайте"),
    # written text has its own edges
    ("Клиент: Пишите адрес, улица ленина дом пять.", "адрес"),
    # a street with its house already: the number after it is something else
    ("клиент: улица ленина пять два раза звонил", "два раза"),
    # a time after the address, not a town
    ("к: улица ленина дом пять квартира два в пятницу", "пятницу"),
    # a choice offered, not one address
    ("о: а корпус один или корпус два у вас", "корпус один"),
    # «адрес» and a pronoun: a read-back after the address, not its part
    (
        "к: на варшавском шоссе дом семь квартира два это мой дом адрес набережные челны"
        " варшавское шоссе дом семь квартира два",
        "мой дом адрес",
    ),
    # a shop's street before another: «тверской» names a street, not a town, and «есть» is a verb
    ("оператор: ближайший на тверской есть на проспекте мира тридцать шесть", "тверской"),
]


def spoken_address_edges(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for whole spoken addresses around the found ones (see the module)."""
    pieces = sorted(f for f in findings if f.entity_type == ADDRESS)
    results = []
    for f in pieces:
        start = _start(text, f.start, pieces)
        end = _end(text, f)
        if (start, end) != (f.start, f.end):
            results.append(Finding(start, end, ADDRESS, SCORE, NAME))
    return results


def _words_before(text: str, position: int) -> list[re.Match]:
    """The words of the line before `position`, nearest first."""
    # A window, not the whole line: a transcript may be one line of a megabyte.
    line = text.rfind("\n", max(0, position - REACH), position) + 1 or max(0, position - REACH)
    return list(WORD.finditer(text, line, position))[::-1]


def _start(text: str, position: int, pieces: list[Finding]) -> int:
    start, pending = position, 0
    words = _words_before(text, position)
    for m in words:
        if m.start() >= start:
            continue
        word = m.group()
        if not LOWER_WORD.fullmatch(word):
            break
        inside = next((p for p in pieces if p.start <= m.start() < p.end), None)
        if inside is not None:
            start, pending = inside.start, 0
            continue
        if word in FREE or _then(words, m):
            continue
        info = morph.word_info(word)
        if info.lemma in KINDS:
            start, pending = m.start(), 0
            continue
        if _stop(word, info):
            break
        pending += 1
        if pending > GAP:
            break
    return _town_before(text, start)


def _stop(word: str, info: morph.WordInfo) -> bool:
    """Whether a word ends the walk back: a verb, a pronoun («мой», «я»), an interjection, a
    conjunction other than a name's «и» («корпус один или корпус два»: a choice), or «адрес»
    itself («это мой дом адрес …»: the address starts after it)."""
    if NUMBER_WORD.fullmatch(word):  # «один» reads as a pronoun too
        return False
    if info.pos in STOP_POS or info.lemma in STOP_LEMMAS:
        return True
    if info.pos == "CONJ" and word != "и":
        return True
    return any("Apro" in p.tag for p in morph.analyzer().parse(word)[:1])


def _then(words: list[re.Match], m: re.Match) -> bool:
    """Whether `m` is the «есть» of a repair's «то есть» («стачки ой то есть стачек»)."""
    at = next(i for i, w in enumerate(words) if w.start() == m.start())
    return m.group() == "есть" and at + 1 < len(words) and words[at + 1].group() == "то"


def _town_before(text: str, start: int) -> int:
    """`start` moved over a district's adjective and a town's name said before it."""
    kind = LOWER_WORD.match(text, start)
    area = bool(kind) and morph.word_info(kind.group()).lemma in AREAS
    for m in _words_before(text, start):
        word = m.group()
        if not LOWER_WORD.fullmatch(word):
            break
        if word in FREE:
            continue
        info = morph.word_info(word)
        if area and info.pos == "ADJF":
            start, area = m.start(), False
            continue
        if info.is_geo and info.pos == "NOUN":  # a town; «на тверской есть …» is a street
            start = m.start()
            before = _words_before(text, start)[:1]  # «набережные челны», «нижний новгород»
            if before and LOWER_WORD.fullmatch(before[0].group()):
                if morph.word_info(before[0].group()).pos == "ADJF":
                    start = before[0].start()
        break
    return start


def _end(text: str, f: Finding) -> int:
    """The house said after a found street (`_house_after`), then the town said after the
    address («… квартира шесть в кстово»)."""
    end = _house_after(text, f)
    town = TOWN_AFTER.match(text, end)
    if town:
        info = morph.word_info(town.group("town"))
        if info.is_geo and info.pos == "NOUN":
            end = town.end()
    return end


def _house_after(text: str, f: Finding) -> int:
    """A found street with no house: the number said right after it («улицы типанова
    двадцать один»)."""
    said = text[f.start : f.end]
    if not STREET_OPENING.match(said) or any(c.isdigit() for c in said):
        return f.end
    if any(NUMBER_WORD.fullmatch(w) for w in said.split()):
        return f.end
    end = f.end
    for m in WORD.finditer(text, f.end):
        between = text[end : m.start()]
        if between.strip() or "\n" in between or not NUMBER_WORD.fullmatch(m.group()):
            break
        end = m.end()
    return end
