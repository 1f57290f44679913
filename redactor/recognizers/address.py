"""ADDRESS: street-level postal addresses, from the postcode or region through the flat number.

An address is read as a chain of parts («125009, г. Москва, ул. Тверская, д. 7, кв. 15» is
postcode, settlement, street, house, flat) that follow one another with only spaces and a comma
between them; the finding spans the whole chain and its explanation names the parts.

What is an address:
- a street with a house or flat: «ул. Ленина, 5», «Невский 28-15», «на Ленина, 5», «Мира 7, кв 41»;
- a street after a street type word, even without a house: «ул. Ленина», «улице Ленина» — the
  street a person lives on is personal data. A name with the type after it («Ленинский
  проспект», «Красной площади») is as often a landmark in passing, so alone it needs a context
  word («адрес», «живу», «курьер»); so does a bare «Ленина 5» and a city's «улицы Лондона»;
- a village and a house («д. Ивановка, д. 12»), a house and a flat («дом 5, кв. 17»), a postcode
  and a settlement («125009, г. Москва»), a flat alone («квартира 15»).
What is not: a city or region alone («звоню из Москвы», «г. Москва»), «на Ленина» without a
number, a house alone («дом 2», «Мой дом 500»), a floor or entrance alone («5 этаж»), a number
that counts something («на Петрова 2 карты», «45 кв. м», «2 года»).

Speed: one cheap trigger regex scans the text; the part regex runs only in windows around the
triggers, so text without addresses costs a single regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from redactor import morph
from redactor.entities import ADDRESS
from redactor.recognizers import address_words as w
from redactor.recognizers.base import RuRecognizer

# Every address holds one of these; windows around them are all that the part regex reads.
TRIGGER = w.line_regex(
    r"""(?<![\w-])(?i:
        ул(?:\.|иц|(?![\w-])) | пр(?:\.|-|осп) | пер(?:\.|еул|(?![\w-])) | ш\. | шоссе
      | б-р | бул(?:\.|ьв) | наб(?:\.|ережн|(?![\w-])) | пл(?:\.|ощад|(?![\w-])) | проезд
      | туп(?:\.|ик|(?![\w-])) | алле[яиюе] | тракт | мкр | микрор | лини[яиюе]
      | кв                                  # кв., квартира, квартал
      | д(?:\.|(?=\s?\d)) | дом | вл(?:\.|ад) | уч(?:\.|аст)
    )
  | (?<!\d)\d{6}(?!\d)                      # postcode
  | [А-ЯЁ][а-яё]+,?\s\d                     # short form: Ленина 5-12, на Ленина, 5
    """,
)
# How far around a trigger the parts of its address may lie (a full region line is ~120 chars).
BEFORE, AFTER = 160, 120
LONGEST = 200

# One part of an address. Alternatives are tried in this order at each position: typed parts
# first, the bare ones (a number, a place name) last.
PART = w.line_regex(
    rf"""(?<![\w.-])(?:
    (?P<postcode>\d{{6}}(?!\d))
  | (?P<area>
        (?:{w.ADJ}\s+)?{w.ADJ}\s+{w.AREA_TYPE_AFTER}       # Московская обл., Одинцовский р-н
      | {w.AREA_TYPE_BEFORE}\s*{w.NAME}                     # Республика Татарстан, р-н Кунцево
    )
  | (?P<settlement>{w.SETTLEMENT_TYPE}\s*(?:{w.ADJ}\s+)?{w.NAME})
  | (?P<street>{w.STREET_TYPE}\s*(?P<street_name>
        \d{{1,4}}\s+(?i:года)(?!\w)                          # ул. 1905 года
      | (?:\d{{1,4}}(?:-[а-яё]{{1,5}})?\s+(?i:лет\s+)?)?     # 8 Марта, 50 лет Октября, 50-летия
        (?:(?i:им\.|имени|реки|канала)\s*)?                 # им. Гагарина, наб. реки Фонтанки
        {w.NAME}(?:\s+{w.NAME}){{0,2}}                      # Ивана Франко, 26 Бакинских Комиссаров
        (?:\s+(?:канала|реки))?                            # наб. Обводного канала
      | (?P<lower>{w.LOWER}(?:\s+(?!(?i:дом|кв|корп|стр|оф|под|эт|лит)){w.LOWER})?)  # ул ленина
    ))
  | (?P<street_after>
        (?:{w.ORDINAL}\s+)?(?:{w.ADJ}\s+)?{w.ADJ}\s+{w.STREET_TYPE}  # 1-я Тверская-Ямская ул.
      | (?P<lower_adj>{w.LOWER}{w.ADJ_END})\s+{w.STREET_TYPE}         # ленинский пр-т 32
      | (?P<numbered>\d{{1,3}}(?:-?[а-яё]{{1,3}})?\s+{w.NUMBERED_STREET_TYPE}
        (?:\s+В\.\s?О\.)?)                                            # 5-я линия В.О., 3 мкр
    )
  | (?P<house>{w.HOUSE_TYPE}\s*№?\s*{w.house_number(4)})
  | (?P<unit>
        (?P<unit_type>{w.UNIT_TYPE})\s*№?\s*\d{{1,4}}(?:[А-ЯЁа-яё](?!\w))?{w.NUMBER_END}{w.NOT_A_COUNT}
      | \d{{1,2}}(?:-?[а-яё]{{1,2}})?\s+(?i:этаж(?:е|а)?|подъезд(?:е|а)?)(?!\w)  # 5 этаж, 2-й подъезд
    )
  | (?P<short>(?P<short_name>(?:{w.TITLES}\s+)?{w.NAME})(?:,\s*|\s+)(?P<short_house>{w.house_number(3)}))
  | (?P<number>{w.house_number(3)})
  | (?P<place>СПб|[А-ЯЁ]{{2,5}}(?![\w-])|{w.NAME}(?:\s+{w.NAME})?)
)""",
)
# Between two parts of one address: spaces and at most one comma or semicolon, on one line.
GAP = w.line_regex(r"\s*[,;]?\s*")
HOUSE_TO_STREET = w.line_regex(r"\s+(?i:по|на)\s+")  # дом 16 по улице Лесной
PREPOSITION_NA = w.line_regex(r"(?i:(?<![\w])на)\s+$")
FLAT = w.line_regex(w.FLAT_TYPE)
FULL_STREET_TYPE = w.line_regex(w.FULL_STREET_TYPE)
UNIT_AFTER = w.line_regex(rf"\s*(?:{w.UNIT_TYPE}|{w.HOUSE_TYPE})\s*№?\s*\d")
NEXT_WORD = re.compile(r"\s*([а-яё]+)")
FUNCTION_WORDS = {"PREP", "CONJ", "PRCL"}
GLUED_BLOCK = re.compile(r"\d[кКсС]\d")  # 5к2, 5с1
LOCALITY = {"postcode", "area", "settlement", "place"}
STREETS = {"street", "street_after", "short"}
HOUSES = {"house", "number", "short"}
NUMBERED = {"street", "street_after", "settlement"}  # a bare number after these is a house

# Scores by shape. Street and house together are an address beyond doubt; a typed street alone
# is the street a person lives on; the weaker shapes need a context word (+0.35) to pass 0.4.
STREET_AND_HOUSE = 0.85
STREET_IN_LOCALITY = 0.75  # г. Москва, ул. Тверская
SETTLEMENT_AND_HOUSE = 0.75  # д. Ивановка, д. 12: villages have no streets
STREET_ALONE = 0.6  # ул. Ленина
SHORT = 0.6  # Ленина 5-12, на Ленина, 5
HOUSE_AND_UNIT = 0.6  # дом 5, кв. 17
POSTCODE_AND_LOCALITY = 0.6  # 125009, г. Москва
FLAT_ALONE = 0.45  # квартира 15
WEAK = 0.3  # Ленинский проспект, Адрес: Ленина 5 — only with «адрес», «живу», «курьер» nearby
# Not addresses at any score: a city or region alone, a floor or entrance alone, and a house
# alone («дом 2» is a TV show, «Мой дом 500» a tariff, both said right after «по вашему адресу»).


@dataclass(frozen=True)
class Part:
    kind: str
    start: int
    end: int
    alone: float = 0.0  # the score of a street part with no house, flat or locality beside it
    takes_number: bool = True  # a bare number after it is its house


class AddressRecognizer(RuRecognizer):
    ENTITY = ADDRESS
    READS_SPOKEN_NUMBERS = True  # «дом пять квартира двенадцать» through redactor.spoken
    CONTEXT = (
        "адрес доставка доставить курьер жить проживать прописка прописать регистрация"
        " зарегистрировать подъехать приехать привезти отвезти заехать забрать"
        " поездка маршрут подача такси"  # «поездка от Мира 93 до …»
    ).split()
    EXAMPLES = [
        "живу [проспект мира сто двадцать корпус два] звоните",  # spoken, through normalize
        "на [улице гагарина дом пять квартира двенадцать] всё",
        "Оператор: Адрес [Челябинск, пр. Сиреневый, д. 76, кв. 46], верно?",
        "Нашла поездку: от [Мира 93] до [г. Екатеринбург, ш. Пушкина, 5].",
        "Адрес доставки: [125009, г. Москва, ул. Тверская, д. 7, кв. 15], курьер позвонит.",
        "Карту привезите на [Московская обл., Одинцовский р-н, пос. Новое, ул. Лесная, д. 3].",
        "Да, [МО, г. Химки, ул. Ленина, 5], второй подъезд.",
        "Я сейчас в [г.Казань, ул.Баумана, 15], подъезжайте.",
        "Прописка: [город Екатеринбург, улица Малышева, дом 36, квартира 8].",
        "Адрес для курьера — [СПб, Невский 28-15].",
        "Живу в [с. Ивановка, ул. Центральная, 4].",
        "Доставка в [д. Ивановка, д. 12], это за Тверью.",
        "Подъезжайте к [Ленинский проспект, 32].",
        "Заберите меня от [Кутузовский пр-т 32], пожалуйста.",
        "Встречаемся у офиса на [Невский проспект, дом 28].",
        "Точка выдачи: [1-я Тверская-Ямская ул., д. 5, стр. 1].",
        "Наш адрес [ул. 8 Марта, д. 3, оф. 304].",
        "Я на [ул. 50 лет Октября 12], жду машину.",
        "Отправьте на [ул. Ивана Франко, д. 8, кв. 3].",
        "Адрес: [пр. Маршала Жукова, 14, корп. 2].",
        "Курьер приедет на [ул. Тверская, д. 5, корп. 2, стр. 1, кв. 17] после обеда.",
        "Уточните: [ул. Садовая, дом 12А]?",
        "Это [ул. Строителей, 5к2], подъезд со двора.",
        "Адрес: [Профсоюзная ул., д.5/1, кв.15].",
        "Доставьте на [Ленина 5-12], домофон не работает.",
        "Я живу на [Ленина, 5].",
        "Запишите: [Мира 7, кв 41].",
        "Мастер был по адресу [Москва, Тверская 7].",
        "Такси от [Рублёвское ш., 12] до аэропорта.",
        "Офис на [Фрунзенская наб., д. 10], третий этаж.",
        "[Чистопрудный б-р, 5], вход со двора.",
        "Монтажник приедет на [пл. Победы, 1] в среду.",
        "Адрес: [мкр. Северный, д. 14, кв. 9].",
        "Подключение по адресу [Ясный проезд, 6, кв. 118].",
        "Доставка на [5-я линия В.О., д. 12].",
        "Меня зовут Анна, [ул. Ленина, 5, подъезд 2, этаж 4, домофон 15].",
        "[ул ленина д 5 кв 12] — верно?",
        "Я прописан на [улице Ленина].",
        "Живу на [Ленинском проспекте].",
        "Обновите адрес: [дом 5, кв. 17], остальное верно.",
        "Последняя строка адреса: [квартира 15].",
        "Индекс и город: [125009, г. Москва].",
        "Интернет проводили на [наб. реки Фонтанки, 20].",
        "Заказ на [ул. 1905 года, д. 10]?",
        "Я живу в [доме 16 по улице Генерала Дорохова], третий подъезд.",
        "[Нижний Новгород, ул. Большая Покровская, 4], верно?",
        "Такси на [Ленинградский пр-т, 37к3], второй подъезд.",
        "Монтажник придёт по адресу [ул. Гагарина, д. 10, кв. 45] с 9 до 12.",
        "Адрес регистрации: [Республика Татарстан, г. Казань, ул. Пушкина, д. 12, кв. 5].",
        "Карту везти домой: [Краснодарский край, г. Сочи, ул. Навагинская, 9, кв. 3].",
        "Клиент: [Гагарина 14-88]\nОператор: Спасибо, записала.",
    ]
    COUNTER_EXAMPLES = [
        "на улице было пять человек",
        "Звоню из Москвы, у нас всё работает.",
        "Живу в Казани уже пять лет.",
        "В Санкт-Петербурге хорошая погода.",
        "Наш офис в Москве работает до восьми.",
        "Звонок из г. Москва, клиент недоволен сроками.",
        "На улице дождь, курьер задерживается.",
        "Бабушку перевели в дом престарелых.",
        "Вчера смотрела дом 2 до ночи.",
        "Перейдите в раздел Мой дом в приложении.",
        "Подключите тариф Мой дом 500 за 450 рублей.",
        "Квартира в ипотеку, платёж 32 000 в месяц.",
        "Площадь квартиры 45 кв. м, две комнаты.",
        "Я на 5 этаже, лифт не работает.",
        "Это проспект компании, там все тарифы.",
        "Скачайте Мир Танков с официального сайта.",
        "Перевела на Ленина? Нет, на Иванова.",
        "Спишется 1000 рублей, это в 14:30 по Москве.",
        "Договор от 12.03.2024, пункт 5.",
        "Переведите на Иванова 500 рублей.",
        "Оформите на Петрова 2 карты.",
        "Оператор 1-й линии передал заявку на 2-ю линию.",
        "Позвоните на горячую линию 8 800 555-35-35.",
        "Отчёт за 3 квартал 2024 года готов.",
        "В 2023 г. Мы переехали, но номер тот же.",
        "Код из СМС 123456, никому не сообщайте.",
        "Глава 5-7 договора описывает комиссии.",
        "Курьер приедет с 10 до 14, будьте дома.",
        "В доме 5 подъездов и 9 этажей.",
        "Витамин Д3 не продаём, это аптека.",
        "Квартира 2 года в ипотеке, хочу досрочно погасить.",
        "Доставка по Москве бесплатная от 3000 рублей.",
        "По вашему адресу доступен тариф Мой дом 500.",
        "Курьер поднимется на 5 этаж, подъезд 2, код 1234.",
        "Курьер сказал, что будет через 15 минут.",
        "Адрес тот же, что в договоре, квартира своя.",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        parts = list(_parts(text))
        return [
            self.result(start, end, score, why)
            for start, end, score, why in (_read(chain) for chain in _chains(text, parts))
            if score
        ]


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


def _parts(text: str):
    """Address parts in the windows, in text order, not overlapping."""
    pos = 0
    for start, end in _windows(text):
        start = max(start, pos)
        while start > pos and not text[start - 1].isspace():  # never begin inside a word
            start -= 1
        # A part begun inside the window may end past it, but no part is longer than LONGEST.
        for m in PART.finditer(text, start, end + LONGEST):
            if m.start() >= end:
                break
            pos = m.end()
            yield _part(text, m)


def _part(text: str, m: re.Match) -> Part:
    kind, start, end = m.lastgroup, m.start(), m.end()
    if kind in {"street", "street_after"} and (m.group("lower") or m.group("lower_adj")):
        # «ул ленина 5» is a chat address, «на улице было 5» is not: a lowercase name after a
        # full type word takes only a typed house («улица ленина дом 5»).
        return Part(kind, start, end, takes_number=not FULL_STREET_TYPE.search(m.group()))
    if kind == "street_after":  # «2-я линия» is also a support tier: only with a house
        return Part(kind, start, end, alone=0.0 if m.group("numbered") else WEAK)
    if kind == "street":
        # «на улицы Лондона» is a city's streets; «ул. Гагарина» is also a toponym but a surname.
        name = m.group("street_name").split()
        city = len(name) == 1 and _is_toponym(name[0]) and not _street_like(name[0])
        return Part(kind, start, end, alone=WEAK if city else STREET_ALONE)
    if kind == "unit" and m.group("unit_type") and FLAT.match(m.group("unit_type")):
        return Part("flat", start, end)
    if kind == "short":
        return _short(text, m)
    return Part(kind, start, end)


def _short(text: str, m: re.Match) -> Part:
    """«Ленина 5-12», «на Ленина, 5»; a plain «Ленина 5» needs a context word or a city before."""
    if not _street_like(m.group("short_name").split()[-1]):
        return Part("junk", m.start(), m.end())
    if "-" in m.group("short_house") or GLUED_BLOCK.search(m.group("short_house")):
        return Part("short", m.start(), m.end(), alone=SHORT)
    if _counts_something(text, m.end()):
        return Part("junk", m.start(), m.end())  # «на Петрова 2 карты» counts cards
    na = PREPOSITION_NA.search(text, max(0, m.start() - 4), m.start())
    return Part("short", m.start(), m.end(), alone=SHORT if na else WEAK)


def _counts_something(text: str, end: int) -> bool:
    """A number followed by a plain word («2 карты», «3 оператора») is not a house number; one
    followed by a preposition or conjunction («от Мира 93 до …», «Ленина 5 и …») may be."""
    if not text[end : end + 2].lstrip()[:1].islower() or UNIT_AFTER.match(text, end):
        return False
    word = NEXT_WORD.match(text, end)
    return not (word and morph.word_info(word.group(1)).pos in FUNCTION_WORDS)


@lru_cache(maxsize=50_000)
def _street_like(word: str) -> bool:
    """Streets are named by adjectives, surnames and a few nouns: Тверская, Ленина, Мира."""
    parses = morph.analyzer().parse(word.lower())
    return any(
        p.tag.POS == "ADJF" or "Surn" in p.tag or p.normal_form in w.STREET_NOUNS for p in parses
    )


def _is_toponym(word: str) -> bool:
    return morph.word_info(word).is_geo


def _place(text: str, part: Part) -> bool:
    name = text[part.start : part.end]
    if name in w.KNOWN_PLACES:
        return True
    # «Нижний Новгород» but not «Москве На» (a sentence that lost its full stop).
    words = name.split()
    return any(map(_is_toponym, words)) and all(_is_toponym(x) or _street_like(x) for x in words)


def _chains(text: str, parts: list[Part]):
    """Runs of parts with only a gap between them; a part that cannot belong ends the run."""
    chain: list[Part] = []
    for i, part in enumerate(parts):
        if chain and (not _adjacent(text, chain[-1], part) or _starts_anew(chain, part)):
            yield chain
            chain = []
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        fitted = _fits(text, part, chain[-1] if chain else None, nxt)
        if fitted:
            chain.append(fitted)
        else:
            if chain:
                yield chain
            chain = []
    if chain:
        yield chain


def _adjacent(text: str, prev: Part, part: Part) -> bool:
    if GAP.fullmatch(text, prev.end, part.start):
        return True
    return (
        prev.kind == "house"
        and part.kind in {"street", "street_after"}
        and bool(HOUSE_TO_STREET.fullmatch(text, prev.end, part.start))
    )


def _starts_anew(chain: list[Part], part: Part) -> bool:
    """A second street or house, or a city after a house: «д. 7, кв. 15; г. Тула, ул. Мира, 3»."""
    has = {p.kind for p in chain}
    if part.kind == "postcode":
        return True
    if part.kind in STREETS:
        return bool(has & STREETS)
    if part.kind in HOUSES:
        return bool(has & HOUSES)
    if part.kind in LOCALITY:
        return bool(has & (HOUSES | {"unit", "flat"}))
    return False


def _fits(text: str, part: Part, prev: Part | None, nxt: Part | None) -> Part | None:
    """The part as it joins the chain (a place may lose a word), or None if it cannot."""
    if part.kind == "junk":
        return None
    if part.kind == "number":  # a bare number is a house only right after a street or village
        if prev is None or prev.kind not in NUMBERED:
            return None
        # «проспект мира 120 корпус 2»: a block or flat after the number makes it a house even
        # after a lowercase street (spoken numbers come out so).
        unit_follows = nxt is not None and nxt.kind in {"unit", "flat"}
        if not prev.takes_number and not (
            unit_follows and GAP.fullmatch(text, part.end, nxt.start)
        ):
            return None
        # After a weak street («2-й линии», «ул ленина», «с. Ивановка») it must end the phrase.
        return part if prev.alone or not _counts_something(text, part.end) else None
    if part.kind == "place":
        if nxt is None or nxt.kind in {"number", "place"}:
            return None
        if _place(text, part):
            return part
        # «Адрес Челябинск, пр. …»: the place pattern took the word before the town too.
        last = text.rfind(" ", part.start, part.end) + 1
        if last and _is_toponym(text[last : part.end]):
            return replace(part, start=last)
        return None
    if part.kind == "postcode":
        ok = nxt is not None and nxt.kind in LOCALITY | {"street", "street_after"}
        return part if ok else None
    return part


def _read(chain: list[Part]) -> tuple[int, int, float, str]:
    """The span, score and shape of a chain; score 0 when the chain is not an address."""
    kinds = [p.kind for p in chain]
    has = set(kinds)
    streets = [p for p in chain if p.kind in STREETS]
    housed = bool(has & HOUSES)
    located = bool(has & LOCALITY)
    if streets and (has & {"house", "number", "flat"} or (located and "short" in has)):
        score = STREET_AND_HOUSE
    elif streets:
        alone = max(p.alone for p in streets)
        score = STREET_IN_LOCALITY if located and alone else alone
    elif "settlement" in has and housed:
        score = SETTLEMENT_AND_HOUSE
    elif "house" in has and (has & {"unit", "flat"}):
        score = HOUSE_AND_UNIT
    elif "postcode" in has and (has & {"settlement", "area"}):
        score = POSTCODE_AND_LOCALITY
    elif "flat" in has and has <= {"flat", "unit"}:
        score = FLAT_ALONE
    else:
        score = 0.0
    shape = "+".join(dict.fromkeys(kinds))
    return chain[0].start, chain[-1].end, score, f"address shape: {shape}"
