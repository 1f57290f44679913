"""The parts of an address («г. Москва», «ул. Ленина», «д. 5», «кв. 12», «125009») and how they
are found: a cheap trigger regex picks the windows of text worth reading, the part regex reads
them, and each match becomes a Part, with the score it has alone and what may follow it.
How parts chain into an address is redactor.detect.recognizers.address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.detect.recognizers import address_names as names
from redactor.detect.recognizers import address_words as w

# Every address holds one of these; windows around them are all that the part regex reads.
TRIGGER = w.line_regex(
    r"""(?<![\w-])(?:
      (?i:
        ул(?:\.|иц|(?![\w-])) | пр(?:\.|-|осп) | пер(?:\.|еул|(?![\w-])) | ш\. | шоссе
      | б-р | бул(?:\.|ьв) | наб(?:\.|ережн|(?![\w-])) | пл(?:\.|ощад|(?![\w-])) | проезд
      | туп(?:\.|ик|(?![\w-])) | алле[яиюе] | тракт | мкр | микрор | лини[яиюе]
      | кв | корп | домофон | подъезд      # кв., квартира, квартал; after a bare «горная 25»
      | д(?:\.|(?=\s?\d)) | дом | вл(?:\.|ад) | уч(?:\.|аст)
      | город | дер(?:\.|евн) | пос(?:\.|[её]л) | сел[оаеу] | станиц | хутор | снт | пгт
      | индекс
      | (?:на|по|от|до|адрес[ау]?:?)\s+[а-яё]+(?:\s+[а-яё]+)?,?\s+\d  # lowercase: на ленина 5
      | [а-яё]{3,},?\s+\d{1,3}(?:[а-яё]|\s+\d{1,4})(?![\w])     # ломоносова 19б 94
      )
    | [спх]\.\s?[А-ЯЁ]                     # с. Ивановка
    | \d{6}(?!\d)                          # postcode
    | [А-ЯЁ][а-яё]+,?\s\d                   # short form: Ленина 5-12, на Ленина, 5
    )""",
)
# How far around a trigger the parts of its address may lie (a full region line is ~120 chars).
BEFORE, AFTER = 160, 120
LONGEST = 200

# One part of an address. Alternatives are tried in this order at each position: typed parts
# first, the bare ones (a number, a place name) last.
PART = w.line_regex(
    rf"""(?<![\w.-])(?:
    (?P<postcode>\d{{6}}(?!\d))
  | (?P<index>(?i:индекс)\s*:?\s*(?P<index_digits>\d(?:\s?\d){{5}})(?!\d))  # индекс 125 009
  | (?P<area>
        (?:{w.ADJ}\s+)?{w.ADJ}\s+{w.AREA_TYPE_AFTER}       # Московская обл., Одинцовский р-н
      | {w.AREA_TYPE_BEFORE}\s*{w.NAME}                     # Республика Татарстан, р-н Кунцево
    )
  | (?P<settlement>(?P<settlement_type>{w.SETTLEMENT_TYPE}|г(?=\s+[а-яё]))\s*(?:
        (?:{w.ADJ}\s+)?{w.NAME}
      | (?P<lower_settlement>{w.LOWER_NAME}(?:\s+(?:на\s+)?{w.LOWER_NAME})?)  # город химки
    ))
  | (?P<street>(?P<street_type>{w.STREET_TYPE}|{w.BARE_STREET_TYPE}(?=\s+[а-яё]))\s*(?P<street_name>
        \d{{1,4}}\s+(?i:года)(?!\w)                          # ул. 1905 года
      | (?:\d{{1,4}}(?:-[а-яё]{{1,5}})?\s+(?i:лет\s+)?)?     # 8 Марта, 50 лет Октября, 50-летия
        (?:(?i:им\.|имени|реки|канала)\s*)?                 # им. Гагарина, наб. реки Фонтанки
        {w.NAME}(?:\s+{w.NAME}){{0,2}}                      # Ивана Франко, 26 Бакинских Комиссаров
        (?:\s+(?:канала|реки))?                            # наб. Обводного канала
      | (?P<lower>(?:\d{{1,4}}(?:-[а-яё]{{1,3}})?\s+(?:лет\s+)?)?{w.LOWER_NAME}(?:\s+{w.LOWER_NAME}){{0,2}})  # ул ленина
    ))
  | (?P<street_after>
        (?:{w.ORDINAL}\s+)?(?:{w.ADJ}\s+)?{w.ADJ}\s+{w.STREET_TYPE}  # 1-я Тверская-Ямская ул.
      | (?:{w.ORDINAL}\s+)?(?P<lower_adj>{w.LOWER}{w.ADJ_END}(?:\s+{w.LOWER}{w.ADJ_END})?)\s+
        (?=[упбнтмкшаоргУПБНТМКШАОРГ])                          # (a cheap look first)
        (?:(?P<after_type>{w.STREET_TYPE}|{w.BARE_STREET_TYPE})|(?P<area_type>{w.AREA_TYPE_AFTER}))
                                      # ленинский пр-т 32, 2 тверской переулок, московская область
      | (?P<numbered>\d{{1,3}}(?:-?[а-яё]{{1,3}})?\s+{w.NUMBERED_STREET_TYPE}
        (?:\s+В\.\s?О\.)?)                                            # 5-я линия В.О., 3 мкр
    )
  | (?P<house>{w.HOUSE_TYPE}\s*№?\s*{w.house_number(4)}{w.CORRECTED})
  | (?P<unit>
        (?P<unit_type>{w.UNIT_TYPE})\s*№?\s*\d{{1,4}}(?:-[а-яё]{{1,3}}(?![а-яё])|[А-ЯЁа-яё](?!\w))?  # подъезд 2-й
        {w.NUMBER_END}{w.NOT_A_COUNT}{w.CORRECTED}
      | \d{{1,2}}-?[а-яё]{{1,2}}\s+(?i:этаж(?:е|а)?|подъезд(?:е|а)?)(?!\w)  # 2-й подъезд
      | \d{{1,2}}\s+(?i:этаж(?:е|а)?|подъезд(?:е|а)?)(?!\w)  # 5 этаж
        (?!\s\d{{1,4}}(?!\d|\s+(?i:этаж|подъезд)))  # not «16 подъезд 2»: a house, its entrance
    )
  | (?P<short>(?P<short_name>(?:{w.TITLES}\s+)?{w.NAME})(?:,\s*|\s+)(?P<short_house>{w.house_number(3)}))
  | (?P<number>{w.house_number(3)})
  | (?P<place>СПб|[А-ЯЁ]{{2,5}}(?![\w-])|{w.NAME}(?:\s+{w.NAME})?)
)""",
)
VILLAGE = w.line_regex(w.VILLAGE_TYPE)
BARE_TYPE = w.line_regex(w.BARE_STREET_TYPE)
LEAD_BEFORE = w.line_regex(r"(?i:(?<![\w])(?:на|по|от|до))\s+$")  # на Ленина 5, от Мира 93
FLAT = w.line_regex(w.FLAT_TYPE)
# Up to three lowercase words right before a part: a street's name and its lead word.
WORDS_BEFORE = w.line_regex(r"(?<![\w-])((?:[а-яё]+:?\s+){0,3}[а-яё]+(?:-[а-яё]+)?),?\s+$")
STRUCTURED = re.compile(r"\d[а-яёА-ЯЁ]|/|\d\s+\d|(?i:дробь|сл[эе]ш|буква|литера)")
LEADS = {"на", "по", "от", "до", "адрес", "адресу"}  # на ленина 5, от ленина 26 до …
UNIT_WORD_AFTER = w.line_regex(rf"\s*,?\s*{w.UNIT_TYPE}(?![а-яё])")  # горная 25 квартира, домофон
NEXT_WORD = re.compile(r"\s*([а-яё]+)")
LAST_NUMBER = re.compile(r"(\d{1,6})\D{0,3}$")
GLUED_BLOCK = re.compile(r"\d[кКсС]\d")  # 5к2, 5с1
LETTERED = re.compile(r"\d\s?[А-ЯЁ](?!\w)|\d[а-яё](?!\w)")  # 108А, 5а

# A house number and its block or flat right after a street's name: «… 249 корпус 1».
HOUSED_AFTER = w.line_regex(
    rf"[ \t]+\d{{1,4}}(?:[ \t]?[а-яё](?![а-яё]))?[ \t]*,?[ \t]*{w.UNIT_TYPE}[ \t]*\d"
)
MAX_HOUSED_NAME = 2  # words of such a name
# Scores of a part alone; a chain of parts scores by its shape (address.py). A typed street
# alone is the street a person lives on; WEAK needs a context word (+0.35) to pass 0.4.
STREET_ALONE = 0.6  # ул. Ленина
SHORT = 0.6  # Ленина 5-12, на Ленина, 5
NAMED_POSTCODE = 0.6  # индекс 125009
VILLAGE_ALONE = 0.45  # в деревне Ивановка: a village has few houses
WEAK = 0.3  # Ленинский проспект, Адрес: Ленина 5 — only with «адрес», «живу», «курьер» nearby


@dataclass(frozen=True)
class Part:
    kind: str
    start: int
    end: int
    alone: float = 0.0  # its score with no other part beside it (a street, a village)
    loose: bool = False  # a name without capitals, or a village: a number after it must end
    # the phrase even when the part alone is an address («на улице ленина 5 машин» counts)


def _windows(text: str):
    """Stretches of text around the triggers, overlapping ones merged."""
    start = end = -1
    for trigger in TRIGGER.finditer(text):
        if trigger.start() - BEFORE <= end:
            end = trigger.end() + AFTER
            continue
        if end >= 0:
            yield start, end
        line_start = text.rfind("\n", 0, trigger.start()) + 1
        start, end = max(line_start, trigger.start() - BEFORE), trigger.end() + AFTER
    if end >= 0:
        yield start, end


def parts(text: str):
    """Address parts in the windows, in text order, not overlapping."""
    pos = 0
    for start, end in _windows(text):
        start = max(start, pos)
        while start > pos and not text[start - 1].isspace():  # never begin inside a word
            start -= 1
        # A part begun inside the window may end past it, but no part is longer than LONGEST.
        # A part may end before its match (a lowercase name stops where the morphology says):
        # the search goes on from the part's end.
        while m := PART.search(text, start, end + LONGEST):
            if m.start() >= end:
                break
            part = _part(text, m, pos)
            pos = start = max(part.end, m.start() + 1)
            yield part


def _part(text: str, m: re.Match, floor: int) -> Part:
    """The part a match is; `floor` is where the part before it ended."""
    kind, start, end = m.lastgroup, m.start(), m.end()
    if kind in {"place", "postcode", "area"}:  # the most frequent first
        return Part(kind, start, end)
    if kind == "street" and m.group("lower"):
        return _lower_street(text, m)
    if kind == "street_after" and m.group("lower_adj"):
        return _lower_street_after(m)
    if kind == "street_after":  # «2-я линия» is also a support tier: only with a house
        return Part(kind, start, end, alone=0.0 if m.group("numbered") else WEAK)
    if kind == "street":
        # «на улицы Лондона» is a city's streets; «ул. Гагарина» is also a toponym but a surname.
        name = m.group("street_name").split()
        city = len(name) == 1 and names.is_toponym(name[0]) and not names.street_like(name[0])
        return Part(kind, start, end, alone=WEAK if city else STREET_ALONE)
    if kind == "settlement":
        return _settlement(m)
    if kind == "index":  # the word says what the digits are, spoken or written in groups
        return Part("postcode", m.start("index_digits"), end, alone=NAMED_POSTCODE)
    if kind == "unit" and m.group("unit_type") and FLAT.match(m.group("unit_type")):
        return Part("flat", start, end)
    if kind == "short":
        return _short(text, m)
    if kind in {"number", "house"}:
        return _bare_street_before(text, m, floor) or Part(kind, start, end)
    return Part(kind, start, end)


def _lower_street(text: str, m: re.Match) -> Part:
    """«улица ленина», «ул ленина 5», «улица маршала жукова»; not «на улице было 5 человек».
    A name morphology rejects (a person's: «проспект коста», «улицу сони кривой») is the
    street's when a house and its block or flat follow it («… 249 корпус 1»)."""
    words = tuple(m.group("lower").split())
    n, sure = names.street_name(m.group("street_type").lower(), words)
    if not n:
        housed = HOUSED_AFTER.match(text, m.end("lower"))
        if not housed or len(words) > MAX_HOUSED_NAME:
            return Part("junk", m.start(), m.start("lower"))
        return Part("street", m.start(), m.end("lower"), alone=0.0, loose=True)
    end = _word_end(m, "lower", n)
    bare = BARE_TYPE.fullmatch(m.group("street_type")) or sure is None
    alone = 0.0 if bare else STREET_ALONE if sure else WEAK
    # A number after it is its house unless it counts something («на улице ленина 5 машин»).
    return Part("street", m.start(), end, alone=alone, loose=True)


def _lower_street_after(m: re.Match) -> Part:
    """«ленинский проспект 32», «на ленинском проспекте», «2 тверской переулок»."""
    kind, words = (m.group("after_type") or m.group("area_type")).lower(), m.group("lower_adj")
    if all(names.adjective_name(kind, x) for x in words.split()):
        sure = True
    elif m.group("after_type") and all(names.adjective_name(kind, x, True) for x in words.split()):
        sure = False  # литейный проспект, but also на большой улице: only with a house
    else:  # на этой тихой улице, в нашей области; «артем площадь»: read on from the type word
        return Part("junk", m.start(), m.start("after_type") if m.group("after_type") else m.end())
    if m.group("area_type"):
        return Part("area", m.start(), m.end())
    sure = sure and not BARE_TYPE.fullmatch(m.group("after_type"))
    return Part("street_after", m.start(), m.end(), alone=WEAK if sure else 0.0, loose=True)


def _settlement(m: re.Match) -> Part:
    """«г. Москва», «деревня ивановка»: a village alone is an address, a town alone is not."""
    village = bool(VILLAGE.match(m.group("settlement_type")))
    if not m.group("lower_settlement"):
        alone = VILLAGE_ALONE if village else 0.0
        return Part("settlement", m.start(), m.end(), alone=alone, loose=True)
    words = tuple(m.group("lower_settlement").split())
    n, sure = names.settlement_name(m.group("settlement_type").lower(), words)
    if not n or (m.group("settlement_type") == "г" and not sure):  # г москва, not «2024 г»
        return Part("junk", m.start(), m.start("lower_settlement"))
    alone = VILLAGE_ALONE if village and sure else 0.0
    end = _word_end(m, "lower_settlement", n)
    return Part("settlement", m.start(), end, alone=alone, loose=True)


def _word_end(m: re.Match, group: str, n: int) -> int:
    """The end of the first `n` words of a group."""
    words = list(re.finditer(r"\S+", m.group(group)))
    return m.start(group) + words[n - 1].end()


def _short(text: str, m: re.Match) -> Part:
    """«Ленина 5-12», «Садовый 108А», «на Ленина, 5», «от Мира 93»; a plain «Ленина 5» needs a
    context word or a city before."""
    if not names.street_like(m.group("short_name").split()[-1]):
        return Part("junk", m.start(), m.end())
    if "-" in m.group("short_house") or GLUED_BLOCK.search(m.group("short_house")):
        return Part("short", m.start(), m.end(), alone=SHORT)
    if counts_something(text, m.end()):
        return Part("junk", m.start(), m.end())  # «на Петрова 2 карты» counts cards
    lead = LEAD_BEFORE.search(text, max(0, m.start() - 4), m.start())
    lettered = LETTERED.search(m.group("short_house"))  # 108А: a house, never an amount
    sure = bool(lettered) or (bool(lead) and not _round(m.group("short_house")))  # на Иванова 500
    return Part("short", m.start(), m.end(), alone=SHORT if sure else WEAK)


def _bare_street_before(text: str, m: re.Match, floor: int) -> Part | None:
    """A house number with the lowercase name of its street before it, without a type word, as
    speech and chats say it: «на ленина 5», «по пушкина 10», «от ленина 26», «адрес ленина 5»,
    «на ленина дом 5», and a bare «горная 25» with a flat or block after it. «на тариф 300»,
    «на иванова 2 карты», «на петрова 500», «заказ 5» are not."""
    before = words_before(text, max(floor, m.start() - 50), m.start())
    if not before:
        return None
    words = before.group(1).split()
    # A flat or block after it, or a house that can only be a house («19б», «5/1», «28 15»)
    unit_after = bool(UNIT_WORD_AFTER.match(text, m.end()))
    plain = not (unit_after or STRUCTURED.search(m.group()))
    for n in (2, 1):
        lead = words[-n - 1].rstrip(":") if len(words) > n else ""
        lead = lead if lead in LEADS else ""
        name = tuple(words[-n:])
        if len(words) < n or not (lead or not plain):
            continue
        if not lead and len(words) > n and names.first_name(words[-n - 1]):
            continue  # «мария прохорова 13 27» is a chat line's author and its time
        if not (lead or unit_after) and not names.named_after(name):
            continue  # «запасной 8 936»: an adjective alone needs a lead word or a flat after
        if names.bare_street_name(lead, name, not plain):
            break
    else:
        return None
    if counts_something(text, m.end()):
        return None
    start = before.start(1) + list(re.finditer(r"\S+", before.group(1)))[-n].start()
    sure = not plain or not _round(m.group().split()[-1])
    return Part("short", start, m.end(), alone=SHORT if sure else WEAK)


def words_before(text: str, start: int, end: int) -> re.Match | None:
    """The lowercase words (up to four) that end right before `end`, on its line."""
    start = max(0, start)
    last = text[max(start, end - 3) : end].rstrip(" ,")
    if not last or not ("а" <= last[-1] <= "я" or last[-1] == "ё"):  # (a cheap look first)
        return None
    line_start = text.rfind("\n", start, end) + 1
    return WORDS_BEFORE.search(text, max(start, line_start), end)


def _round(number: str) -> bool:
    """A round hundred: an amount of money more often than a house (500, 1000)."""
    return number.isdigit() and int(number) >= 100 and int(number) % 100 == 0


def counts_something(text: str, end: int) -> bool:
    """A number followed by what it counts («2 карты», «3 оператора», «5 новых») is not a house
    number; one followed by a verb, a preposition, a conjunction or a word in another case
    («от Мира 93 до …», «Ленина 5 и …», «по пушкина 10 оставить», «бульвар северный 57 итоговая
    стоимость») may be."""
    if not text[end : end + 2].lstrip()[:1].islower() or UNIT_WORD_AFTER.match(text, end):
        return False  # «61 домофон не работает»
    word = NEXT_WORD.match(text, end)
    if not word:
        return True
    number = LAST_NUMBER.search(text, max(0, end - 12), end)
    return names.counted(word.group(1), int(number.group(1)) if number else 5)
