"""Addresses as people answer an address question: a street's name and a house, no type word.

    оператор: адрес доставки?
    клиент: стачек 12                       → «стачек 12»
    клиент: ну октябрьская 5-14            → «октябрьская 5-14»
    клиент: фрунзенская д46
    клиент: город казань профсоюзная дом 156 буква б

Alone, «мира 99» or «стачек 12» could be anything; as the answer to «адрес?», «куда подать?»,
«где вы живёте?» (the question one to three turns up, `redactor.detect.turns`, or the line before
in a text without headers) they are the address. The answer opens with up to four words (a town,
a street) and a house number, maybe a block, a flat or a letter after it; words that cannot name
a place (a pronoun, a verb, a particle: «у меня 2 адреса», «это 5 минут») keep it out, and so does
a number that counts something («мира 2 раза»).
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.normalize.words import COUNTED
from redactor.detect.recognizers.address_parts import counts_something
from redactor.detect.recognizers.answers import TAG, asked, question, words_start
from redactor.detect.turns import slots
from redactor.entities import ADDRESS, EMAIL_ADDRESS

# Fillers an answer may open with: «ну», «да», «так», «э», «адрес» itself.
FILLER = re.compile(r"\s*(?:(?:ну|да|так|вот|это|э+|м+|значит|адрес\w*)\s+)*", re.IGNORECASE)
ANSWER = re.compile(
    r"""(?P<words>(?:[а-яё]+(?:-[а-яё]+)?,?\s+){1,4}?)               # город казань профсоюзная
        (?:(?:дом|д)\.?\s*)?\d{1,4}(?:[-/]\d{1,4})?(?:\s?[а-яё](?![а-яё]))?  # 12, д46, 5-14, 15а
        (?:\s+(?:корпус|корп|к|строение|стр|квартира|кв|буква|литера)\.?\s*(?:\d{1,4}|[а-яё])(?![\w]))*
        (?![\w.,:/-]?\d)(?!\s+\d)                          # not a phone's first group""",
    re.IGNORECASE | re.VERBOSE,
)
# The answer to a question for a flat or a house alone: its number, maybe corrected as it is
# said («70 ой нет 47»), and a letter («15а», «5 б»).
UNIT_ANSWER = re.compile(
    r"\d{1,4}(?:\s?[а-яё](?![а-яё]))?(?:\s+(?:ой\s+)?нет\s+\d{1,4}(?:\s?[а-яё](?![а-яё]))?)?"
    r"(?![\w.,:/-]?\d)(?!\s+\d)",
    re.IGNORECASE,
)
UNIT_WORD = re.compile(r"квартир\w*|корпус\w*|дом|строени\w*|кв", re.IGNORECASE)
UNIT_QUESTION_WORDS = 4  # «а номер квартиры какой»
# A longer turn asks for a flat when it ends on one of these (not «дом»: «вы дома», «сдаю дом»).
TAIL_UNIT_WORD = re.compile(r"квартир\w*|корпус\w*|строени\w*|кв", re.IGNORECASE)
PREPOSITIONS = frozenset("в во на из от к ко по у с со за для до о об при".split())
# Parts of speech that never name a place: «у меня 2 адреса», «это будет 5 минут».
NOT_PLACE = frozenset(
    {"NPRO", "PREP", "CONJ", "PRCL", "INTJ", "VERB", "INFN", "ADVB", "PRED", "NUMR", "COMP"}
)
UNIT = re.compile(COUNTED, re.IGNORECASE)  # what a number counts: no place
# A region and a district, as an answer says them: «ростовская область азовский район»,
# «краснодарский край», «республика татарстан».
REGION_PART = (
    r"(?:[а-яё]+(?:ская|ский|цкая|цкий|ской)\s+(?:област\w*|район\w*|кра[йя]\w*|округ\w*)"
    r"|(?:област\w*|район\w*|республик\w*)\s+[а-яё]+)"
)
REGION_ANSWER = re.compile(rf"{REGION_PART}(?:,?\s+{REGION_PART}){{0,2}}", re.IGNORECASE)
REGION_WORD = re.compile(r"район\w*|област\w*|регион\w*|кра[йя]|республик\w*", re.IGNORECASE)
REGION_ASK = re.compile(r"(?<!\w)(?:район|област|регион|кра[йя]|республик)", re.IGNORECASE)
ADDRESS_SPOKEN = re.compile(r"(?<!\w)адрес\w*", re.IGNORECASE)
REGION_REACH = 400  # characters before the answer where its question and the address stand
TYPE_OR_TOWN = frozenset({"город", "г", "дом", "д", "улица", "ул"})
# Nouns that name what a number is, never a place: «номер бесплатный 8 800 …», «код 47».
NOT_PLACE_WORD = frozenset({"номер", "код", "телефон", "счёт", "счет", "карта", "заказ"})


def answered(text: str):
    """(start, end) of each address given as the answer to an address question."""
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        found = None
        if any(c.isdigit() for c in text[line_start:line_end]):
            found = _answer(text, line_start, line_end)
        if not found and REGION_ASK.search(text, max(0, line_start - REGION_REACH), line_start):
            found = _region(text, line_start, line_end)
        if found:
            yield found
        line_start = line_end + 1


def _answer(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    start = words_start(text, line_start)
    if start == line_start:  # a tag the turns did not confirm: one line of a short text
        start = TAG.match(text, start, line_end).end()
    start = FILLER.match(text, start, line_end).end()
    unit = UNIT_ANSWER.match(text, start, line_end)
    if unit and not counts_something(text, unit.end()) and _asks_unit(question(text, start)):
        return unit.start(), unit.end()  # «квартира? — семьдесят ой нет сорок семь»
    m = ANSWER.match(text, start, line_end)
    if not m or counts_something(text, m.end()):
        return None
    words = m.group("words").replace(",", " ").split()
    if not all(place_word(w) for w in words):
        return None
    wanted = asked(text, start) or slots.asked(" ".join(question(text, start)))
    if ADDRESS not in wanted or EMAIL_ADDRESS in wanted:  # «адрес электронной почты»
        return None
    return m.start(), m.end()


def _region(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """A region and a district alone, answering a question for them while an address is given
    («давайте адрес …» ⏎ «а район область» ⏎ «ростовская область азовский район»)."""
    start = words_start(text, line_start)
    if start == line_start:
        start = TAG.match(text, start, line_end).end()
    start = FILLER.match(text, start, line_end).end()
    m = REGION_ANSWER.match(text, start, line_end)
    if not m or text[m.end() : line_end].strip(" .,"):
        return None
    words = [w.lower() for w in question(text, start)]
    if not any(REGION_WORD.fullmatch(w) for w in words):
        return None
    if not ADDRESS_SPOKEN.search(text, max(0, line_start - REGION_REACH), line_start):
        return None
    return m.start(), m.end()


def _asks_unit(words: list[str]) -> bool:
    """A short question for a flat, a house or a block: «квартира?», «а номер квартиры»; or a
    longer turn that ends on one («… дом подключён можем провести квартира какая»)."""
    if any(w.lower().startswith("скольк") for w in words):  # «сколько квартир»: a count
        return False
    if 0 < len(words) <= UNIT_QUESTION_WORDS:
        return any(UNIT_WORD.fullmatch(w) for w in words)
    return _ends_on_unit([w.lower() for w in words])


def _ends_on_unit(words: list[str]) -> bool:
    """Whether a turn's last words ask for a flat or a block: «… квартира какая», «… номер
    квартиры», «… а корпус»; not «… зайду в квартиру», «… в квартиру завтра»."""
    if words and words[-1].startswith("как"):
        words = words[:-1]  # «квартира какая»
    return (
        len(words) >= 2
        and TAIL_UNIT_WORD.fullmatch(words[-1]) is not None
        and words[-2] not in PREPOSITIONS
    )


def place_word(word: str) -> bool:
    """Whether a word may name a place: not a pronoun, a verb, a particle, a unit."""
    word = word.lower()
    if word in TYPE_OR_TOWN:
        return True
    if UNIT.fullmatch(word) or word in NOT_PLACE_WORD:  # «это минут пять», «номер 8 …»
        return False
    info = morph.word_info(word)
    return not (info.known and info.pos in NOT_PLACE)
