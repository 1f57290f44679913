"""A seeded generator of speech-recognition call transcripts, in Russian, with gold spans.

Speech recognition without inverse text normalization (Yandex SpeechKit, Tinkoff VoiceKit,
Whisper's output lowercased) writes a call as lowercase words without punctuation: numbers in
words, fillers («э», «ну», «угу»), repeated words, speaker tags («оператор:», «spk_0:»,
«[00:01:23] спикер 1:») or none at all. Some engines write part of the numbers in digits, and a
share of the calls here does so too.

Each call, from one of four domains (bank, telecom, taxi and delivery, online school), holds:
- PHONE_NUMBER: mobile and city numbers as people dictate them («восемь девятьсот шестнадцать
  сто двадцать три сорок пять шестьдесят семь», «плюс семь…», digit by digit, groups of two and
  three), now and then with a filler, a repeated group or a pause that splits it over two lines;
- CREDIT_CARD: Luhn-valid numbers in four-digit groups («две тысячи двести два», «двадцать два
  ноль два», digit by digit), and a card's last four digits after a card word, which the project
  masks too (`redactor/recognizers/card.py`);
- PERSON: names in every case, lowercase; ADDRESS: «улица гагарина дом пять квартира двенадцать»;
  EMAIL_ADDRESS: dictated, «иван точка петров собака мейл ру»;
- KEEP, what must survive: amounts, times, counts, durations, dates, percentages, short order
  numbers, company names, cities and «слава богу».

Every gold span has a `kind` (its spoken form) and may have `tags` (a filler inside, the prefix
said…), so that the benchmark can tell which forms fail. The number speller is written here and
not taken from `redactor.detect.normalize`: the normalizer must not be graded with its own inverse.

    python -m benchmarks.asr [--seed N] [-n 150] [--out PATH]
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from faker import Faker

from benchmarks.generate import (
    BIG_CITIES,
    CITY_CODES,
    FEMN,
    GENDER_SLOT,
    MASC,
    MONTHS,
    PERSON_SLOT,
    SLOT,
    SPEAKERS,
    VALUE_SLOT,
    A,
    C,
    Person,
    Step,
    card_number,
    expand,
    inflect,
    latin,
    make_address,
    make_person,
    maybe,
    mobile,
    one_of,
    plural,
    random_digits,
    write_jsonl,
)

SEED = 20261123
CALLS = 150
OUT = Path(__file__).resolve().parent / "out"

PERSON, PHONE, CARD, ADDRESS, EMAIL, KEEP = (
    "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "ADDRESS", "EMAIL_ADDRESS", "KEEP",
)  # fmt: skip
NEUT = "neut"

# --- numbers in words -----------------------------------------------------------------------
# Cardinals 0–999,999 in five cases with the gender of «один» and «два»; ordinals for days,
# hours and years. Accusative is nominative (inanimate), except «одну» and «тысячу».

UNITS = {
    "nomn": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "gent": "нуля одного двух трёх четырёх пяти шести семи восьми девяти".split(),
    "datv": "нулю одному двум трём четырём пяти шести семи восьми девяти".split(),
    "ablt": "нулём одним двумя тремя четырьмя пятью шестью семью восемью девятью".split(),
}
ONE_TWO = {  # (gender, case): the forms of 1 and 2 that differ from the masculine
    (FEMN, "nomn"): ("одна", "две"),
    (FEMN, "accs"): ("одну", "две"),
    (FEMN, "gent"): ("одной", "двух"),
    (FEMN, "datv"): ("одной", "двум"),
    (FEMN, "ablt"): ("одной", "двумя"),
    (NEUT, "nomn"): ("одно", "два"),
    (NEUT, "accs"): ("одно", "два"),
}
TEENS = "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()
TENS = {
    "nomn": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "gent": "двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста",
    "ablt": "двадцатью тридцатью сорока пятьюдесятью шестьюдесятью семьюдесятью восемьюдесятью девяноста",
}
HUNDREDS = {
    "nomn": "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
    "gent": "ста двухсот трёхсот четырёхсот пятисот шестисот семисот восьмисот девятисот",
    "datv": "ста двумстам трёмстам четырёмстам пятистам шестистам семистам восьмистам девятистам",
    "ablt": "ста двумястами тремястами четырьмястами пятьюстами шестьюстами семьюстами восемьюстами девятьюстами",
}
THOUSAND = {  # one, few, many
    "nomn": ("тысяча", "тысячи", "тысяч"),
    "accs": ("тысячу", "тысячи", "тысяч"),
    "gent": ("тысячи", "тысяч", "тысяч"),
    "datv": ("тысяче", "тысячам", "тысячам"),
    "ablt": ("тысячей", "тысячами", "тысячами"),
}
DIGIT_WORDS = UNITS["nomn"]


def cardinal(n: int, case: str = "nomn", gender: str = MASC) -> str:
    if n == 0:
        return UNITS["nomn" if case == "accs" else case][0]
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands > 1:
        words.append(_below_thousand(thousands, case, FEMN))
    if thousands:
        words.append(plural(thousands, *THOUSAND[case]))
    if rest:
        words.append(_below_thousand(rest, case, gender))
    return " ".join(words)


def _below_thousand(n: int, case: str, gender: str) -> str:
    base = "nomn" if case == "accs" else case
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    words = [HUNDREDS["gent" if base == "loct" else base].split()[hundreds - 1]] if hundreds else []
    if tens == 1:
        teen = TEENS[unit]
        words.append({"nomn": teen, "ablt": teen[:-1] + "ью"}.get(base, teen[:-1] + "и"))
    else:
        if tens:
            words.append(TENS["gent" if base == "datv" else base].split()[tens - 2])
        if unit:
            pair = ONE_TWO.get((gender, case))
            words.append(pair[unit - 1] if pair and unit <= 2 else UNITS[base][unit])
    return " ".join(words)


ORDINAL_STEMS = """перв втор трет четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат
    тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат""".split()
ORDINAL_TENS = {2: "двадцат", 3: "тридцат"}
ORDINAL_ENDINGS = {  # (case, gender) → ending; «третий» takes the soft ones
    ("nomn", MASC): ("ый", "ий"),
    ("nomn", NEUT): ("ое", "ье"),
    ("nomn", FEMN): ("ая", "ья"),
    ("gent", MASC): ("ого", "ьего"),
    ("gent", NEUT): ("ого", "ьего"),
    ("loct", MASC): ("ом", "ьем"),
    ("datv", FEMN): ("ой", "ьей"),
    ("loct", FEMN): ("ой", "ьей"),
}


def ordinal(n: int, case: str = "nomn", gender: str = MASC) -> str:
    """1–39 and 2000–2099: «первого», «двадцать пятое», «две тысячи двадцать пятого»."""
    if n >= 2000:
        return f"две тысячи {ordinal(n - 2000, case, gender)}"
    tens, unit = divmod(n, 10)
    if tens >= 2 and unit:
        return f"{cardinal(tens * 10)} {ordinal(unit, case, gender)}"
    stem = ORDINAL_TENS[tens] if tens >= 2 else ORDINAL_STEMS[n - 1]
    hard, soft = ORDINAL_ENDINGS[(case, gender)]
    if stem == "трет":
        return stem + soft
    if (case, gender) == ("nomn", MASC) and stem in ("втор", "шест", "седьм", "восьм"):
        return stem + "ой"
    return stem + hard


def say(digits: str, how: str = "words") -> list[str]:
    """A group of a dictated number: «916» → «девятьсот шестнадцать», «05» → «ноль пять»;
    `how` = digits: one word a digit; pairs: a four-digit group as two pairs."""
    if how == "digits":
        return [DIGIT_WORDS[int(d)] for d in digits]
    if how == "pairs" and len(digits) == 4:
        return say(digits[:2]) + say(digits[2:])
    if digits[0] == "0" and len(digits) > 1:
        return ["ноль", *say(digits[1:])]
    return cardinal(int(digits)).split()


# --- tokens and gold ------------------------------------------------------------------------


@dataclass(eq=False)
class Gold:
    """One gold span; the tokens that carry the same object make it up."""

    label: str
    kind: str
    tags: list[str] = field(default_factory=list)


Token = tuple[str, Gold | None]
BREAK: Token = ("\n", None)  # a pause: the recognizer starts a new line, same speaker

FILLERS = ["э", "э", "ээ", "м", "ну", "вот", "так", "как бы", "это", "значит"]
NUMBER_FILLERS = ["э", "э", "ээ", "так", "сейчас", "ну", "м"]
LINE_STARTS = ["ну", "э", "так", "да", "угу", "ага", "алло", "слушайте", "вот", "да да"]
BACKCHANNELS = ["угу", "ага", "да", "так", "да да", "угу записываю", "ага понятно", "так так"]


def tokens(words: list[str] | str, gold: Gold | None) -> list[Token]:
    if isinstance(words, str):
        words = words.split()
    return [(w, gold) for w in words]


# How a number word fills a compound: units 1, teens 2, tens 3, hundreds 4, «тысяча» 5.
RANKS = {
    **{w: 1 for w in [*DIGIT_WORDS[1:], "одна", "две"]},
    **{w: 2 for w in TEENS},
    **{w: 3 for w in TENS["nomn"].split()},
    **{w: 4 for w in HUNDREDS["nomn"].split()},
    **{w: 5 for w in THOUSAND["nomn"]},
}


def rank(word: str) -> int | None:
    if word.isdigit():  # a digit token continues a compound too: «девятьсот 16» is 916
        return 0 if word[0] == "0" else {1: 1, 2: 2 if word[0] == "1" else 3, 3: 4}.get(len(word))
    return RANKS.get(word)


def runs_on(last: str, first: str) -> bool:
    """Whether a group ending in `last` reads on into the next one starting with `first`:
    «четыреста | сорок два» is also 442, «триста шестьдесят | шесть тысяч…» also 366 000…"""
    a, b = rank(last), rank(first)
    if not a or not b:
        return False
    return b == 5 or (a == 3 and b == 1) or (a == 4 and b <= 3) or (a == 5 and b <= 4)


def dictated(groups: list[list[str]], gold: Gold, rng: random.Random, p_filler: float):
    """The groups of a dictated number as tokens, with now and then a filler between groups, a
    filler after a «ноль» («ноль ноль э семь») or a group said twice. Groups that read on into
    each other, heard without the pause between them, are tagged so."""
    if any(runs_on(a[-1], b[0]) for a, b in zip(groups, groups[1:], strict=False)):
        _tag(gold, "groups run together")
    out: list[list[str]] = []
    for i, group in enumerate(groups):
        if i and rng.random() < p_filler:
            out.append([rng.choice(NUMBER_FILLERS)])
            _tag(gold, "filler inside")
        if "ноль" in group[:-1] and rng.random() < 0.15:
            at = group.index("ноль") + 1
            group = [*group[:at], rng.choice(["э", "ээ"]), *group[at:]]
            _tag(gold, "filler inside")
        out.append(group)
        if i and i < len(groups) - 1 and rng.random() < 0.015:
            out.append([*rng.choice([[], ["э"], ["да"]]), *group])
            _tag(gold, "group said twice")
    return tokens([w for g in out for w in g], gold)


# What a speaker or the recognizer adds to a dictated number; a number with none of these is
# tagged «said cleanly».
NOISE = {"filler inside", "group said twice", "split over two lines", "groups run together"}


def _tag(gold: Gold, tag: str) -> None:
    if tag not in gold.tags:
        gold.tags.append(tag)


# --- phones and cards -----------------------------------------------------------------------

PHONE_PREFIXES = {"восемь": 55, "плюс семь": 25, "": 12, "семь": 4, "восьмёрка": 4}
PHONE_GROUPINGS = {
    "3-3-2-2": 60,
    "digit by digit": 12,
    "code digit by digit": 8,
    "last four digit by digit": 8,
    "3-2-2-3": 7,  # the subscriber number as 12 34 567
    "3-3-4": 5,  # the last four as a thousand: «четыре тысячи пятьсот шестьдесят семь»
}
WRITTEN_PHONES = [  # Whisper-like output, digits, punctuation removed
    "8 {c} {a} {b} {d}", "8{c}{a}{b}{d}", "7 {c} {a} {b} {d}", "{c} {a} {b} {d}",
    "8 {c} {a}{b}{d}", "8 {c} {a} {b}{d}", "7{c}{a}{b}{d}",
]  # fmt: skip
CARD_GROUPINGS = {"thousands": 30, "pairs": 35, "digit by digit": 20, "mixed groups": 15}
CARD_HOW = {"thousands": "words", "pairs": "pairs", "digit by digit": "digits"}


def pick(weights: dict[str, int], rng: random.Random) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def phone_groups(digits: str, grouping: str) -> list[tuple[str, str]]:
    """A ten-digit number cut as it is dictated: (digits, how to say them) per group."""
    code, sub = digits[:3], digits[3:]
    if grouping == "digit by digit":
        return [(code, "digits"), (sub[:3], "digits"), (sub[3:5], "digits"), (sub[5:], "digits")]
    if grouping == "code digit by digit":
        return [(code, "digits"), (sub[:3], "words"), (sub[3:5], "words"), (sub[5:], "words")]
    if grouping == "last four digit by digit":
        return [(code, "words"), (sub[:3], "words"), (sub[3:], "digits")]
    if grouping == "3-2-2-3":
        return [(code, "words"), (sub[:2], "words"), (sub[2:4], "words"), (sub[4:], "words")]
    if grouping == "3-3-4":
        return [(code, "words"), (sub[:3], "words"), (sub[3:], "words")]
    return [(code, "words"), (sub[:3], "words"), (sub[3:5], "words"), (sub[5:], "words")]


def card_groups(digits: str, grouping: str, rng: random.Random) -> list[tuple[str, str]]:
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    if grouping == "mixed groups":
        return [(g, rng.choice(list(CARD_HOW.values()))) for g in groups]
    return [(g, CARD_HOW[grouping]) for g in groups]


def spoken(groups: list[tuple[str, str]], mixed: bool, rng: random.Random) -> list[list[str]]:
    """The groups in words; `mixed`: partial inverse normalization writes some of them in
    digits, as in «8 девятьсот 16 123 45 67»."""
    return [[d] if mixed and rng.random() < 0.5 else say(d, how) for d, how in groups]


# --- amounts, times, dates, counts ----------------------------------------------------------

# noun: nominative one/few/many, accusative one, genitive one/many, gender
NOUNS = {
    "раз": ("раз", "раза", "раз", "раз", "раза", "раз", MASC),
    "минута": ("минута", "минуты", "минут", "минуту", "минуты", "минут", FEMN),
    "час": ("час", "часа", "часов", "час", "часа", "часов", MASC),
    "день": ("день", "дня", "дней", "день", "дня", "дней", MASC),
    "рабочий день": (
        "рабочий день", "рабочих дня", "рабочих дней", "рабочий день", "рабочего дня",
        "рабочих дней", MASC,
    ),
    "неделя": ("неделя", "недели", "недель", "неделю", "недели", "недель", FEMN),
    "месяц": ("месяц", "месяца", "месяцев", "месяц", "месяца", "месяцев", MASC),
    "год": ("год", "года", "лет", "год", "года", "лет", MASC),
    "гигабайт": ("гигабайт", "гигабайта", "гигабайт", "гигабайт", "гигабайта", "гигабайт", MASC),
    "минута пакета": ("минута", "минуты", "минут", "минуту", "минуты", "минут", FEMN),
    "занятие": ("занятие", "занятия", "занятий", "занятие", "занятия", "занятий", NEUT),
    "урок": ("урок", "урока", "уроков", "урок", "урока", "уроков", MASC),
    "балл": ("балл", "балла", "баллов", "балл", "балла", "баллов", MASC),
    "бонус": ("бонус", "бонуса", "бонусов", "бонус", "бонуса", "бонусов", MASC),
    "поездка": ("поездка", "поездки", "поездок", "поездку", "поездки", "поездок", FEMN),
    "заказ": ("заказ", "заказа", "заказов", "заказ", "заказа", "заказов", MASC),
    "процент": ("процент", "процента", "процентов", "процент", "процента", "процентов", MASC),
    "рубль": ("рубль", "рубля", "рублей", "рубль", "рубля", "рублей", MASC),
    "копейка": ("копейка", "копейки", "копеек", "копейку", "копейки", "копеек", FEMN),
}  # fmt: skip


def noun_form(noun: str, n: int, case: str) -> str:
    one, few, many, accs_one, gent_one, gent_many, _ = NOUNS[noun]
    if case == "gent":
        return gent_one if n % 10 == 1 and n % 100 != 11 else gent_many
    return plural(n, accs_one if case == "accs" else one, few, many)


DAYPARTS = [(4, 11, "утра"), (12, 16, "дня"), (17, 23, "вечера")]


def daypart(hour: int) -> str:
    return next(word for low, high, word in DAYPARTS if low <= hour <= high)


# --- people, addresses, e-mails -------------------------------------------------------------

STREET_WORDS = {  # StreetKind.full → how it is said after «на»/«в»
    "улица": "улице", "проспект": "проспекте", "переулок": "переулке", "шоссе": "шоссе",
    "бульвар": "бульваре", "набережная": "набережной", "микрорайон": "микрорайоне",
    "площадь": "площади", "проезд": "проезде",
}  # fmt: skip
SPOKEN_DOMAINS = [
    "мейл ру", "мэйл точка ру", "яндекс ру", "яндекс точка ру", "гмейл ком", "джимейл точка ком",
    "бк ру", "лист ру", "инбокс ру", "рамблер ру", "майл ру",
]  # fmt: skip
LATIN_DOMAINS = ["mail ru", "yandex ru", "gmail com", "bk ru", "list ru", "inbox ru"]


# --- call scripts ---------------------------------------------------------------------------

GREETING = A(
    "{company} меня зовут {agent.name} здравствуйте чем могу помочь",
    "здравствуйте {company} оператор {agent.name} слушаю вас",
    "добрый день служба поддержки {company} {agent.name} как я могу к вам обращаться",
    "алло здравствуйте {company} {agent.name} слушаю",
    "здравствуйте это {company} специалист {agent.name} разговор записывается",
    "добрый вечер {company} меня зовут {agent.name} чем могу быть {полезен/полезна}",
    "здравствуйте вы позвонили в {company} меня зовут {agent.name}",
)
ASK_NAME = A(
    "назовите пожалуйста ваши фамилию имя отчество",
    "как я могу к вам обращаться",
    "представьтесь пожалуйста",
    "подскажите ваше фио полностью",
    "для идентификации назовите пожалуйста фамилию имя и отчество",
    "на кого оформлен договор",
)
GIVE_NAME = C(
    "{client.fio}",
    "да {client.fio}",
    "меня зовут {client.name}",
    "{client.io}",
    "фамилия {client.sur} имя {client.name} отчество {client.patr}",
    "{client.name} можно просто {client.nick}",
    "это {client.if}",
    "{client.ifo}",
    "на меня {client.fio}",
    "{client.fi}",
    "меня {client.name} зовут",
    "я {client.fio} ваш клиент уже лет десять",
)
THANK_NAME = A(
    "спасибо {client.io}",
    "{client.io} благодарю одну минуту",
    "очень приятно {client.name} сейчас посмотрю",
    "спасибо {client.io} вижу вас в системе",
    "{client.io} подождите пожалуйста минутку",
    "так {client.fio} правильно",
    "хорошо {client.name} слушаю вас",
    "вижу договор на {client.fio:accs} все верно",
)
NAME_BLOCK = (ASK_NAME, GIVE_NAME, maybe(THANK_NAME, p=0.7))
ASK_PHONE = A(
    "продиктуйте пожалуйста номер телефона для связи",
    "какой номер привязан к вашему профилю",
    "назовите номер на который оформлен договор",
    "оставьте пожалуйста контактный телефон",
    "подскажите номер телефона с которого оформляли заказ",
    "по какому номеру с вами можно связаться",
)
GIVE_PHONE = C(
    "{phone}",
    "{phone}",
    "мой номер {phone}",
    "записывайте {phone}",
    "{phone} это мобильный",
    "номер {phone} но лучше звонить после {time:gent}",
    "{phone} звоните после {time:gent}",
    "основной {phone} и запасной {phone:spare}",
    "лучше на рабочий {phone:city}",
    "мобильный {phone} домашний {phone:city}",
    "ну {phone} я с него и звоню",
    "телефон {phone} звоните в любое время",
    "{phone} на нем ватсап есть",
    "номер телефона {phone}",
)
CONFIRM_PHONE = A(
    "записал{/а} {phone} верно",
    "повторяю {phone} все правильно",
    "так {phone} да",
    "{phone} верно",
)
PHONE_BLOCK = (
    ASK_PHONE,
    GIVE_PHONE,
    maybe(CONFIRM_PHONE, C("да верно", "да", "угу все так", "да да"), p=0.5),
)
ASK_LAST4 = A(
    "назовите пожалуйста последние четыре цифры карты",
    "подскажите последние цифры номера карты",
    "какая карта последние четыре цифры",
)
GIVE_LAST4 = C(
    "{last4}",
    "заканчивается на {last4}",
    "последние {last4}",
    "карта заканчивается на {last4}",
    "{last4} это зарплатная",
)
ASK_CARD = A(
    "продиктуйте номер карты на которую вернуть деньги",
    "назовите номер карты полностью",
    "номер карты подскажите",
)
GIVE_CARD = C(
    "{card}",
    "номер карты {card}",
    "сейчас посмотрю так {card}",
    "карта {card}",
    "{card} это мир",
    "вот {card}",
)
ASK_ADDRESS = A(
    "продиктуйте пожалуйста адрес доставки",
    "по какому адресу",
    "уточните адрес пожалуйста",
    "куда подъехать курьеру",
    "назовите пожалуйста полный адрес",
)
GIVE_ADDRESS = C(
    "{address}",
    "{address:city}",
    "я живу {address:loct}",
    "адрес {address}",
    "{address:bare} домофон не работает",
    "давайте {address:loct} это мой дом",
    "{address:entrance}",
    "лучше на работу {address:work}",
)
CONFIRM_ADDRESS = A(
    "записал{/а} {address} верно",
    "курьер приедет по адресу {address:city}",
    "итак доставка {address:loct}",
    "адрес {address} правильно",
)
ADDRESS_BLOCK = (ASK_ADDRESS, GIVE_ADDRESS, maybe(CONFIRM_ADDRESS, p=0.5))
ASK_EMAIL = A(
    "электронная почта для уведомлений есть",
    "куда отправить чек на почту",
    "продиктуйте пожалуйста адрес электронной почты",
    "оставьте почту пришлем туда все документы",
)
GIVE_EMAIL = C(
    "{email}",
    "почта {email}",
    "пишите на {email}",
    "да {email} все маленькими",
    "{email} записали",
)
EMAIL_BLOCK = (ASK_EMAIL, GIVE_EMAIL)
CLOSING = (
    A("могу еще чем то помочь", "остались ли у вас вопросы", "что нибудь еще подсказать"),
    C("нет спасибо все", "нет это все спасибо", "вроде все спасибо {agent.name}", "нет спасибо"),
    maybe(
        A(
            "спасибо за обращение {client.io} всего доброго",
            "всего доброго {client.name} хорошего дня",
            "после разговора оцените пожалуйста мою работу {scale}",
            "до свидания {client.io}",
            "благодарю за звонок хорошего вечера",
        ),
        p=0.8,
    ),
)

# Exchanges any call may hold, and small talk: more personal data, and more numbers to keep.
EXTRAS = [
    PHONE_BLOCK,
    (
        ASK_CARD,
        GIVE_CARD,
        maybe(A("проверяю карту {card} верно", "записал{/а} {card}"), C("да", "да верно"), p=0.3),
    ),
    ADDRESS_BLOCK,
    EMAIL_BLOCK,
    (
        C(
            "перезвоните мне пожалуйста на {phone:spare} сейчас неудобно",
            "если прервется наберите меня {phone}",
            "запишите еще один номер на всякий случай {phone:spare}",
            "перезвоните через {count:minutes} на {phone:spare}",
        ),
        A("хорошо перезвоним в течение {count:hours_gent}", "записал{/а}", "да номер сохранил{/а}"),
    ),
    (
        C(
            "сейчас передам трубку {@relative:мужу/жене} {relative.name:datv} {@relative:он/она} лучше объяснит",
            "рядом {@relative:брат/сестра} {relative.io} можно {@relative:он/она} продолжит",
        ),
        A("здравствуйте {relative.io} слушаю вас", "да конечно {relative.name} слушаю"),
    ),
    (
        C(
            "вчера я уже звонил{/а} со мной говорил{@colleague:/а} {colleague.name}",
            "мне в прошлый раз {colleague.if} обещал{@colleague:/а} перезвонить и пропал{@colleague:/а}",
        ),
        A("вижу обращение его вел{@colleague:/а} {colleague.name} продолжу сам{/а}"),
    ),
    (
        A(
            "если вопрос не решится вам перезвонит старший специалист {boss.io}",
            "передам заявку руководителю группы {boss.fi:datv}",
        ),
    ),
    (A("уточните как пишется ваша фамилия"), C("{client.sur} все как слышится", "{client.sur}")),
]
SMALL_TALK = [
    (C("я уже {count:minutes} на линии вишу", "звоню вам уже {count:ordinal} раз"),),
    (C("мне {count:times} обещали перезвонить и никто не перезвонил"),),
    (C("ну {=слава богу} дозвонил{ся/ась}", "{=слава богу} хоть кто то ответил"),),
    (
        A("одну минуту проверяю информацию", "оставайтесь пожалуйста на линии"),
        C("угу жду", "да", "хорошо"),
    ),
    (A("спасибо за ожидание", "благодарю за ожидание"),),
    (C("я работаю с {time:range} поэтому звоню только сейчас"),),
    (C("последний раз платил{/а} {date} {amount}", "в прошлом месяце было {amount}"),),
    (C("алло вы меня слышите", "алло пропал звук"), A("да слышу вас хорошо", "слышу продолжайте")),
    (
        C(
            "я сейчас в {city:loct} связь может прерываться",
            "звоню из {city:gent} у нас уже {time:bare}",
        ),
    ),
    (A("напоминаю что разговор записывается"),),
    (C("а можно побыстрее я на работе у меня перерыв {count:minutes}"),),
    (C("сейчас ручку возьму так", "сейчас подождите очки найду"), A("да конечно", "жду")),
    (C("я не понял{/а} повторите пожалуйста"), A("конечно повторяю")),
    (C("{rival} мне тоже звонили предлагали перейти", "в {rival} мне сказали звонить вам"),),
]


@dataclass(frozen=True)
class Domain:
    name: str
    companies: tuple[str, ...]
    agent_tags: tuple[str, ...]
    client_tags: tuple[str, ...]
    scenarios: tuple[tuple, ...]


BANK = Domain(
    "bank",
    companies=(
        "сбербанк",
        "втб",
        "альфа банк",
        "т банк",
        "газпромбанк",
        "совкомбанк",
        "почта банк",
        "райффайзенбанк",
        "росбанк",
        "тинькофф",
    ),  # fmt: skip
    agent_tags=("оператор", "сотрудник", "оператор"),
    client_tags=("клиент", "клиент", "абонент"),
    scenarios=(
        (  # a lost card
            C(
                "здравствуйте я {потерял/потеряла} карту хочу заблокировать",
                "добрый день у меня украли кошелек там карта была надо заблокировать",
                "здрасьте карту где то {оставил/оставила} не могу найти что делать",
            ),
            *NAME_BLOCK,
            ASK_LAST4,
            GIVE_LAST4,
            A(
                "вижу карту последняя операция {date} {time:at} покупка на {amount:accs}",
                "на карте {amount} последняя операция была {date} на {amount:accs}",
                "последняя операция {date} на сумму {amount}",
            ),
            C(
                "да это я в магазине {платил/платила}",
                "нет такой покупки я не {делал/делала}",
                "это моя операция больше ничего не было",
            ),
            A(
                "карта заблокирована перевыпуск бесплатный новая будет готова через {count:days}",
                "блокирую перевыпуск стоит {amount:accs} сделаем за {count:days}",
                "готово карта заблокирована новую выпустим в течение {count:days_gent}",
            ),
            maybe(*ADDRESS_BLOCK, p=0.5),
            maybe(*PHONE_BLOCK, p=0.6),
            A("номер обращения {order} сохраните пожалуйста", "заявка номер {order} оформлена"),
        ),
        (  # a card blocked over a suspicious payment
            C(
                "здравствуйте мне заблокировали карту не могу ничего оплатить",
                "почему у меня карта не проходит пишет операция отклонена",
            ),
            *NAME_BLOCK,
            A(
                "вижу что {date} {time:at} была попытка перевода на {amount:accs} система сочла операцию подозрительной",
                "карта ограничена из за операции на {amount:accs} от {date} вы ее совершали",
            ),
            C(
                "да это я {перевел/перевела} сестре {other.name:datv} на карту {card:other}",
                "да я {платил/платила} за отель все нормально",
                "нет это не я",
                "да это мой перевод {other.fio:datv} за ремонт",
                "да я скинул{/а} {other.name:datv} {amount:accs} на карту {card:other}",
            ),
            A(
                "снимаю ограничение карта заработает в течение {count:minutes_gent}",
                "хорошо для подтверждения пришлю код на номер {phone}",
                "тогда перевыпустим карту номер обращения {order}",
            ),
            maybe(
                C(
                    "{=слава богу} а то я уже {испугался/испугалась}",
                    "а на будущее как сделать чтобы такого не было",
                )
            ),
            maybe(*PHONE_BLOCK, p=0.5),
        ),
        (  # a transfer to the wrong person
            C(
                "здравствуйте я {перевел/перевела} деньги не тому человеку можно вернуть",
                "добрый день {отправил/отправила} перевод по номеру и {ошибся/ошиблась} цифрой",
            ),
            *NAME_BLOCK,
            A("на какую сумму и когда был перевод", "подскажите сумму и дату перевода"),
            C(
                "{amount} {date} около {time:gent}",
                "{date} сумма {amount}",
                "сегодня {time:at} {amount}",
                "ну где то {amount} {date}",
            ),
            C(
                "по номеру {phone:wrong} а надо было на {phone:friend}",
                "{переводил/переводила} на номер {phone:wrong}",
                "скинул{/а} на карту {card:wrong} {amount:accs}",
            ),
            A(
                "вижу перевод на {amount:accs} получатель {other.io}",
                "{нашел/нашла} операцию номер {order} получатель {other.io}",
            ),
            C(
                "да это не тот человек мне нужно было {friend.if:datv}",
                "я такого не знаю деньги были для {friend.name:gent}",
            ),
            A(
                "мы направим получателю запрос на возврат срок рассмотрения {count:days}",
                "без согласия получателя вернуть нельзя ответ придет до {date}",
            ),
            maybe(
                C("а можно сразу перевести {friend.name:datv} на карту {card:friend}"),
                A("да перевод по номеру карты доступен комиссия {percent}"),
            ),
        ),
        (  # a loan and cashback
            C(
                "здравствуйте хочу узнать по кредиту сколько осталось платить",
                "мне не начислили кешбэк хотя обещали {percent}",
            ),
            *NAME_BLOCK,
            A(
                "ежемесячный платеж {amount} следующий платеж {date}",
                "ставка {percent} годовых осталось платить {count:months}",
                "кешбэк {percent} начисляется {date} за покупки от {amount:gent}",
            ),
            C(
                "а если погасить досрочно {amount:accs}",
                "а почему в прошлом месяце было {amount}",
                "а куда он приходит на карту {last4:ending}",
            ),
            A(
                "тогда платеж уменьшится до {amount:gent} в месяц",
                "начисление было {date} на карту {last4:ending}",
                "при досрочном погашении пересчитаем график срок {count:months}",
            ),
            maybe(ASK_CARD, GIVE_CARD, A("вижу карту {card} начисление {date}"), p=0.4),
            maybe(*EMAIL_BLOCK, p=0.4),
        ),
    ),
)
TELECOM = Domain(
    "telecom",
    companies=("мегафон", "мтс", "билайн", "теле два", "ростелеком", "йота"),
    agent_tags=("оператор", "специалист"),
    client_tags=("абонент", "клиент"),
    scenarios=(
        (  # a tariff change
            C(
                "здравствуйте хочу поменять тариф плачу {amount} в месяц это много",
                "добрый день почему с меня списали {amount:accs} у меня же тариф за {amount:bare}",
                "алло мне нужен тариф подешевле",
            ),
            A(
                "назовите пожалуйста номер телефона по которому обращаетесь",
                "подскажите номер о котором идет речь",
            ),
            C("{phone}", "номер {phone}", "мой номер {phone} я с него и звоню"),
            A("на кого оформлен договор", "назовите пожалуйста владельца номера"),
            C("на меня {client.fio}", "на маму {other.fio} она рядом", "{client.fio}"),
            A(
                "сейчас у вас абонентская плата {amount} могу предложить тариф за {amount:bare} в месяц там {count:gb} и {count:minutes_pack}",
                "есть тариф за {amount:bare} {count:gb} интернета и безлимит на мессенджеры",
            ),
            C(
                "а в чем разница",
                "а раньше было {amount} почему подорожало",
                "давайте подключайте",
            ),
            A(
                "с {date} подняли цены на архивные тарифы новый начнет действовать с {date}",
                "переход бесплатный списание по новому тарифу начнется {date}",
                "скидка {percent} на {count:months} потом {amount} в месяц",
            ),
            maybe(*EMAIL_BLOCK, p=0.3),
        ),
        (  # moving a number from another operator
            C(
                "здравствуйте хочу перейти к вам со своим номером от {rival}",
                "добрый день как перенести номер {phone} к вам",
            ),
            A(
                "конечно перенос бесплатный займет {count:days}",
                "перенос номера займет {count:days}",
            ),
            *NAME_BLOCK,
            A("номер который переносим", "продиктуйте пожалуйста переносимый номер"),
            C("{phone}", "вот этот {phone}"),
            A(
                "заявление оформлено перенос состоится {date} с {time:range}",
                "оформил{/а} заявление номер {order} номер перейдет {date} ночью связь может пропадать",
            ),
            A("сим карту доставим курьером или заберете в салоне", "куда привезти сим карту"),
            GIVE_ADDRESS,
            maybe(CONFIRM_ADDRESS),
            A(
                "курьер {courier.name} позвонит накануне с номера {phone:courier}",
                "доставка {date} с {time:range} временный номер {phone:temp}",
            ),
        ),
        (  # no internet at home
            C(
                "здравствуйте у меня дома {count:days} нет интернета",
                "добрый день не работает домашний интернет уже {count:days}",
            ),
            A("назовите пожалуйста адрес подключения", "подскажите адрес где стоит оборудование"),
            GIVE_ADDRESS,
            A("спасибо на кого оформлен договор"),
            GIVE_NAME,
            A(
                "вижу авария на линии в вашем доме ремонт до {date}",
                "по адресу {address} ведутся работы восстановим к {time:datv}",
            ),
            C("а перерасчет будет", "мне работать надо я на удаленке"),
            A(
                "да абонентскую плату за эти дни вернем это около {amount:gent}",
                "сделаем перерасчет номер заявки {order}",
                "мастер придет {date} с {time:range} стоимость выезда {amount}",
            ),
            maybe(*PHONE_BLOCK, p=0.7),
        ),
    ),
)
DELIVERY = Domain(
    "delivery",
    companies=(
        "яндекс го",
        "ситимобил",
        "такси максим",
        "самокат",
        "яндекс еда",
        "сдэк",
        "озон",
        "вайлдберриз",
        "купер",
        "вкусвилл",
    ),  # fmt: skip
    agent_tags=("оператор", "диспетчер", "поддержка"),
    client_tags=("клиент", "пассажир"),
    scenarios=(
        (  # a late courier
            C(
                "здравствуйте где мой заказ номер {order} обещали привезти к {time:datv}",
                "добрый вечер курьер опаздывает уже на {count:minutes} заказ номер {order}",
                "здрасте заказ {order} так и не привезли",
            ),
            ASK_PHONE,
            GIVE_PHONE,
            A(
                "вижу заказ на имя {client.fi:gent} доставка по адресу {address}",
                "заказ оформлен на {client.if:accs} адрес {address:city} верно",
            ),
            C(
                "да все верно",
                "нет я же {менял/меняла} адрес на {address:work}",
                "да только подъезд второй",
            ),
            A(
                "курьер {courier.name} уже в пути будет через {count:minutes} его номер {phone:courier}",
                "заказ передан курьеру {courier.name:datv} он будет у вас до {time:gent}",
            ),
            maybe(
                C(
                    "а можно я {сам/сама} позвоню курьеру",
                    "он мне звонил с номера {phone:courier} {count:times} я не {успел/успела} взять трубку",
                )
            ),
            A(
                "за ожидание начислим {count:bonus}",
                "приносим извинения вернем {amount:accs} на карту {last4:ending}",
            ),
            maybe(C("{оплачивал/оплачивала} картой {card} туда и вернете"), A("да на нее")),
        ),
        (  # a thing left in a taxi
            C(
                "здравствуйте я вчера {забыл/забыла} телефон в такси",
                "добрый день {оставил/оставила} в машине сумку поездка была {date} около {time:gent}",
            ),
            A(
                "назовите номер телефона с которого заказывали поездку",
                "подскажите ваш номер в приложении",
            ),
            GIVE_PHONE,
            A(
                "{нашел/нашла} поездку {date} {time:at} от {address:bare} водитель {driver.if} верно",
                "вижу поездку {date} {time:at} маршрут {address:city} стоимость {amount}",
            ),
            C(
                "да {driver.name} его звали кажется",
                "да да водитель {driver.name} машина белая",
            ),
            A(
                "я передам водителю вашу просьбу он свяжется с вами по номеру {phone}",
                "свяжемся с водителем номер обращения {order}",
            ),
            maybe(
                C("а если не ответит там вся жизнь в телефоне"),
                A("обычно водители возвращают вещи в течение {count:hours_gent}"),
            ),
            *NAME_BLOCK,
        ),
        (  # an overcharged ride
            C(
                "здравствуйте с меня списали {amount:accs} вместо {amount:gent} за поездку",
                "добрый день водитель поехал другой дорогой поездка стоила {amount}",
            ),
            ASK_PHONE,
            GIVE_PHONE,
            A("вижу поездку {date} от {address:bare} итоговая стоимость {amount}"),
            C(
                "вот именно а в приложении показывало {amount:accs}",
                "водитель {driver.name} еще и нагрубил",
            ),
            A(
                "вернем разницу {amount:accs} на карту {last4:ending} в течение {count:days_gent}",
                "оформил{/а} возврат номер операции {order}",
            ),
            maybe(
                C("верните лучше на другую карту {card}"),
                A("хорошо вернем на карту {card} в течение {count:days_gent}"),
            ),
        ),
    ),
)
SCHOOL = Domain(
    "school",
    companies=(
        "скайенг",
        "фоксфорд",
        "нетология",
        "учи ру",
        "инглекс",
        "тетрика",
        "умскул",
        "яндекс практикум",
    ),  # fmt: skip
    agent_tags=("менеджер", "оператор", "куратор"),
    client_tags=("клиент", "родитель"),
    scenarios=(
        (  # a trial lesson
            C(
                "здравствуйте хочу записать ребенка на пробный урок",
                "добрый день хочу записать {@child:сына/дочь} {child.name:accs} на пробное занятие",
            ),
            A("как зовут ребенка и сколько лет", "подскажите имя и возраст ученика"),
            C(
                "{child.name} {count:age}",
                "{@child:сын/дочь} {child.name} {count:age}",
                "{child.nick} {count:age} в {count:grade} классе",
            ),
            A(
                "записываю {child.name:accs} на {date:nomn} {time:at} по московскому времени преподаватель {teacher.io}",
                "есть окно {date} {time:at} урок проведет {teacher.name} {teacher.sur}",
            ),
            C(
                "подходит",
                "а можно попозже после {time:gent} {@child:он/она} в школе до {time:gent}",
            ),
            *EMAIL_BLOCK,
            one_of(
                (A("также продублируем в смс на номер {phone} верно"), C("да верно", "да")),
                (ASK_PHONE, GIVE_PHONE),
            ),
            maybe(A("пробный урок бесплатный дальше пакет из {count:lessons} стоит {amount}")),
            *NAME_BLOCK,
        ),
        (  # a payment that opened nothing
            C(
                "здравствуйте я {оплатил/оплатила} курс {amount:accs} а доступ не открылся",
                "добрый день списали деньги дважды по {amount:accs}",
            ),
            A(
                "подскажите почту на которую зарегистрирован аккаунт",
                "укажите почту от личного кабинета",
            ),
            GIVE_EMAIL,
            A(
                "вижу аккаунт {client.fi:gent} платеж {date} на {amount:accs} с карты {last4:ending} верно",
                "{нашел/нашла} ученик {child.if} оплата {date} номер платежа {order}",
            ),
            C("да это моя карта", "да {платил/платила} с карты {card}"),
            A(
                "доступ открыт ваш куратор {teacher.io} {@teacher:он/она} на связи в чате",
                "второй платеж вернем в течение {count:days_gent} номер возврата {order}",
            ),
            maybe(*PHONE_BLOCK, p=0.6),
        ),
        (  # moving a lesson
            C(
                "здравствуйте нужно перенести урок {@child:сын/дочь} {@child:заболел/заболела}",
                "добрый день можно перенести занятие на другой день",
            ),
            A("как зовут ученика", "подскажите фамилию и имя ученика"),
            C("{child.fi}", "{child.if} {count:age}", "{child.fio}"),
            A(
                "вижу {child.name} урок с {teacher.io:ablt} {date} {time:at} на какое время перенести"
            ),
            C("давайте на {date:nomn} после {time:gent}", "можно на выходные"),
            A(
                "{перенес/перенесла} на {date:nomn} {time:at} напоминание придет за {count:minutes}",
                "готово урок {date} {time:at} длительность {count:minutes}",
            ),
            maybe(*PHONE_BLOCK, p=0.5),
        ),
    ),
)
DOMAINS = (BANK, TELECOM, DELIVERY, SCHOOL)

TAG_STYLES = ["roles", "roles", "spk", "speaker", "timecode", "timecode", "plain", "blob"]
NUMBER_STYLES = {"words": 75, "mixed": 12, "digits": 13}


# --- one call -------------------------------------------------------------------------------


@dataclass
class Call:
    """One call: its people and values stay the same in every line that mentions them; each
    mention is said anew (a phone read back by the operator may be grouped otherwise)."""

    rng: random.Random
    fake: Faker
    domain: Domain
    numbers: str  # words, mixed (some numbers or groups in digits), digits
    people: dict[str, Person] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)

    def person(self, role: str) -> Person:
        if role not in self.people:
            person = make_person(self.rng, self.fake)
            # generate.py makes «Павелович» of «Павел»; people say «Павлович».
            patronymic = person.patronymic.replace("Павелов", "Павлов")
            self.people[role] = replace(person, patronymic=patronymic)
        return self.people[role]

    def value(self, key: str, make):
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def render(self, template: str, speaker: str) -> list[Token]:
        out, text, pos = [], "", 0
        for m in SLOT.finditer(template):
            text += template[pos : m.start()]
            pos = m.end()
            if (gm := GENDER_SLOT.fullmatch(m.group(1))) and not m.group(1).startswith("="):
                text += self._gendered(gm, speaker)
                continue
            out += tokens(text, None)
            text = ""
            out += self.slot(m.group(1), speaker)
        return out + tokens(text + template[pos:], None)

    def _gendered(self, m, speaker: str) -> str:
        role = SPEAKERS[speaker]
        if m.group(1) == "^":
            role = "client" if role == "agent" else "agent"
        elif m.group(1):
            role = m.group(1)[1:-1]
        return m.group(2) if self.person(role).gender == MASC else m.group(3)

    def slot(self, body: str, speaker: str) -> list[Token]:
        if body.startswith("="):
            return tokens(body[1:], Gold(KEEP, "words"))
        if m := PERSON_SLOT.fullmatch(body):
            role, form, case = m.groups()
            name = self.person(role).form(form, case or "nomn", self.rng).lower()
            return tokens(name, Gold(PERSON, form))
        name, variant = VALUE_SLOT.fullmatch(body).groups()
        return getattr(self, "_" + name)(variant)

    # numbers as this call's recognizer writes them

    def num(self, n: int, case: str = "nomn", gender: str = MASC) -> str:
        digits = self.numbers == "digits" or (self.numbers == "mixed" and self.rng.random() < 0.5)
        if not digits:
            return cardinal(n, case, gender)
        return f"{n:,}".replace(",", " ") if n >= 10000 and self.rng.random() < 0.5 else str(n)

    def ord(self, n: int, case: str = "gent", gender: str = NEUT) -> str:
        """An ordinal; in digits as Whisper writes it, «25-го» without its hyphen: «25 го»."""
        if self.numbers == "digits" or (self.numbers == "mixed" and self.rng.random() < 0.3):
            ending = ordinal(n % 10 or 10, case, gender)[-2:] if self.rng.random() < 0.5 else ""
            return f"{n} {ending[-1:] if case == 'nomn' else ending}".rstrip()
        return ordinal(n, case, gender)

    # personal data

    def _phone(self, variant: str | None) -> list[Token]:
        rng = self.rng
        if variant == "city":
            return self._city_phone()
        digits = self.value(f"phone:{variant or 'client'}", lambda: mobile(rng))
        if self.numbers == "digits":
            c, a, b, d = digits[:3], digits[3:6], digits[6:8], digits[8:]
            written = rng.choice(WRITTEN_PHONES).format(c=c, a=a, b=b, d=d)
            return tokens(written, Gold(PHONE, "written in digits"))
        prefix, grouping = pick(PHONE_PREFIXES, rng), pick(PHONE_GROUPINGS, rng)
        gold = Gold(PHONE, grouping, [f"prefix «{prefix}»" if prefix else "no prefix"])
        mixed = self.numbers == "mixed"
        groups = spoken(phone_groups(digits, grouping), mixed, rng)
        head = prefix.split()
        if mixed:
            head = {"восемь": ["8"], "плюс семь": ["плюс", "7"]}.get(prefix, head)
            _tag(gold, "digits and words mixed")
        if rng.random() < 0.04:  # a pause after the code: the recognizer starts a new line
            _tag(gold, "split over two lines")
            tail = Gold(PHONE, grouping, list(gold.tags))
            first = dictated([g for g in (head, groups[0]) if g], gold, rng, 0.0)
            return [*first, BREAK, *dictated(groups[1:], tail, rng, 0.05)]
        return dictated([g for g in (head, *groups) if g], gold, rng, 0.05)

    def _city_phone(self) -> list[Token]:
        rng = self.rng
        digits = self.value("phone:city", lambda: rng.choice(CITY_CODES) + random_digits(rng, 7))
        ext = self.value("phone:ext", lambda: rng.choice([0, 0, rng.randint(10, 999)]))
        if self.numbers == "digits":
            words = f"8 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"
            words += f" добавочный {ext}" if ext else ""
            return tokens(words, Gold(PHONE, "written in digits"))
        gold = Gold(PHONE, "city with extension" if ext else "city")
        groups = [["восемь"], *spoken(phone_groups(digits, "3-3-2-2"), False, rng)]
        out = dictated(groups, gold, rng, 0.05)
        return out + (tokens(f"добавочный {self.num(ext)}", gold) if ext else [])

    def _card(self, variant: str | None) -> list[Token]:
        rng = self.rng
        digits = self.value(f"card:{variant or 'client'}", lambda: card_number(rng))
        if self.numbers == "digits":
            groups = [digits[i : i + 4] for i in range(0, 16, 4)]
            written = rng.choice([" ".join(groups), digits, " ".join(groups)])
            return tokens(written, Gold(CARD, "written in digits"))
        grouping = pick(CARD_GROUPINGS, rng)
        gold = Gold(CARD, grouping)
        groups = spoken(card_groups(digits, grouping, rng), self.numbers == "mixed", rng)
        if self.numbers == "mixed":
            _tag(gold, "digits and words mixed")
        if rng.random() < 0.04:  # a pause halfway: two lines
            _tag(gold, "split over two lines")
            tail = Gold(CARD, grouping, list(gold.tags))
            first, second = groups[:2], groups[2:]
            return [*dictated(first, gold, rng, 0.08), BREAK, *dictated(second, tail, rng, 0.08)]
        return dictated(groups, gold, rng, 0.08)

    def _last4(self, variant: str | None) -> list[Token]:
        """The last four digits of the client's card: «сорок два семнадцать»; after «карту» the
        template says «с окончанием» or «заканчивающуюся на» (variant `ending`)."""
        rng = self.rng
        last = self.value("card:client", lambda: card_number(rng))[-4:]
        how = rng.choice(["pairs", "pairs", "digits", "words"])
        words = [last] if self.numbers == "digits" else say(last, how)
        lead = rng.choice(["с окончанием", "заканчивающуюся на", ""]) if variant else ""
        return tokens(lead, None) + tokens(words, Gold(CARD, "last four digits"))

    def _address(self, variant: str | None) -> list[Token]:
        rng = self.rng
        key = "work" if variant == "work" else "client"
        address = self.value(f"address:{key}", lambda: _street_address(rng, self.fake))
        style = variant if variant in ("city", "loct", "bare") else rng.choice(["street", "city"])
        if variant == "entrance":  # «… квартира пять подъезд два этаж три»: part of the address
            style = "city"
        kind, street = address.kind.full, address.street.lower()
        adjective = street.endswith(("ий", "ый", "ой", "ое", "ая"))
        named = (
            rng.choice([f"{street} {kind}", f"{kind} {street}"])
            if adjective
            else f"{kind} {street}"
        )
        house = self._house(address.house)
        block = f" корпус {self.num(int(address.block))}" if address.block else ""
        flat = f" квартира {self.num(int(address.flat))}" if address.flat else ""
        rest = f"дом {house}{block}{flat}"
        if variant == "entrance":
            rest += f" подъезд {self.num(rng.randint(1, 8))} этаж {self.num(rng.randint(1, 16))}"
        if style == "loct":
            where = inflect(address.street, "ADJF", address.kind.gender, "loct")
            phrase = (f"{where.lower()} {STREET_WORDS[kind]}" if adjective and where else None) or (
                f"{STREET_WORDS[kind]} {street}" if not adjective else None
            )
            if phrase:
                lead = "в" if kind in ("переулок", "микрорайон", "проезд") else "на"
                return tokens(lead, None) + tokens(f"{phrase} {rest}", Gold(ADDRESS, "loct"))
            style = "street"
        if style == "bare":  # «гагарина пять квартира двенадцать», «проспект мира сто двадцать»
            short = street if rng.random() < 0.5 else named
            return tokens(f"{short} {house}{block}{flat}", Gold(ADDRESS, "no «дом»"))
        if style == "city":
            town = address.city.lower()
            lead = rng.choice(["город ", "город ", ""])
            return tokens(f"{lead}{town} {named} {rest}", Gold(ADDRESS, "town, street, house"))
        return tokens(f"{named} {rest}", Gold(ADDRESS, "street, house"))

    def _house(self, house: str) -> str:
        """«12А» → «двенадцать а» or «двенадцать буква а», «15/2» → «пятнадцать дробь два»."""
        number, letter, fraction = re.fullmatch(r"(\d+)([АБ]?)(?:/(\d+))?", house).groups()
        said = self.num(int(number))
        if letter:
            said += f" {self.rng.choice(['', 'буква '])}{letter.lower()}"
        if fraction:
            said += f" {self.rng.choice(['дробь', 'дробь', 'слэш'])} {self.num(int(fraction))}"
        return said

    def _email(self, _: str | None) -> list[Token]:
        rng, client = self.rng, self.person("client")
        name, sur = client.name.lower(), client.surname.lower()
        if self.numbers == "digits":
            user = rng.choice([f"{latin(name)} {latin(sur)}", f"{latin(sur)}{rng.randint(70, 99)}"])
            return tokens(f"{user} {rng.choice(LATIN_DOMAINS)}", Gold(EMAIL, "latin"))
        user = rng.choice(
            [
                f"{name} точка {sur}",
                f"{sur} {self.num(rng.randint(70, 99))}",
                f"{name} нижнее подчеркивание {sur}",
                f"{sur} точка {name}",
                f"{name} {self.num(rng.randint(1, 2005))}",
            ]
        )
        at = rng.choice(["собака", "собака", "собачка"])
        return tokens(f"{user} {at} {rng.choice(SPOKEN_DOMAINS)}", Gold(EMAIL, "dictated"))

    # what must be kept

    def _amount(self, variant: str | None) -> list[Token]:
        rng = self.rng
        case = variant if variant in ("accs", "gent") else "nomn"
        n = rng.choice(
            [
                rng.randint(1, 99) * 10,
                rng.randint(1, 30) * 100,
                rng.randint(1, 150) * 1000,
                rng.randint(100, 99999),
                rng.randint(20, 400) * 50,
            ]
        )
        style = (
            "bare"
            if variant == "bare"
            else pick(
                {"rubles": 45, "no currency": 15, "kopecks": 10, "thousands": 15, "and a half": 15},
                rng,
            )
        )
        if style == "bare":
            n = rng.choice([rng.randint(1, 19) * 50, rng.randint(3, 20) * 100])
            return tokens(self.num(n, case), Gold(KEEP, "amount"))
        if style == "no currency":
            return tokens(self.num(n, case), Gold(KEEP, "amount"))
        if style == "kopecks":
            kop = rng.randint(1, 99)
            words = f"{self.num(n, case)} {noun_form('рубль', n, case)} "
            words += f"{self.num(kop, case, FEMN)} {noun_form('копейка', kop, case)}"
            return tokens(words, Gold(KEEP, "amount"))
        if style == "thousands":
            t = rng.choice([rng.randint(1, 20), rng.randint(1, 150)])
            words = self.num(t * 1000, case) + rng.choice(["", " рублей"])
            return tokens(words, Gold(KEEP, "amount"))
        if style == "and a half":
            t = rng.randint(1, 9)
            if t == 1:
                words = "полутора тысяч" if case == "gent" else "полторы тысячи"
            else:
                head = self.num(t, case, FEMN)
                words = f"{head} с половиной {'тысяч' if case == 'gent' else plural(t, '', 'тысячи', 'тысяч')}"
            return tokens(words + rng.choice(["", " рублей"]), Gold(KEEP, "amount"))
        return tokens(f"{self.num(n, case)} {noun_form('рубль', n, case)}", Gold(KEEP, "amount"))

    def _time(self, variant: str | None) -> list[Token]:
        rng = self.rng
        hour = rng.randint(8, 21)
        minute = rng.choice([0, 0, 15, 30, 30, 45, rng.randint(1, 59)])
        h12 = hour if hour <= 12 else hour - 12
        if variant == "range":
            start = rng.choice([8, 9, 9, 10, 11, 12])
            end = rng.choice([14, 16, 17, 18, 18, 19, 20, 21])
            first = [self.num(start if start <= 12 else start - 12, "gent")]
            second = [self.num(end if end <= 12 else end - 12, "gent")]
            if rng.random() < 0.3:
                first, second = [self.num(start, "gent")], [self.num(end, "gent")]
            return [
                *tokens("с", None),
                *tokens(first, Gold(KEEP, "time")),
                *tokens("до", None),
                *tokens(second, Gold(KEEP, "time")),
            ]
        if variant in ("gent", "datv"):
            words = rng.choice(
                [
                    [self.num(h12, variant)],
                    [self.num(h12, variant), daypart(hour)],
                    [self.num(hour, variant), self._minutes(minute, variant)],
                ]
            )
            if variant == "datv" and rng.random() < 0.3:
                words = [self.num(h12, "datv"), "часам"]
            return tokens(" ".join(words), Gold(KEEP, "time"))
        if variant == "bare":
            return tokens(f"{self.num(hour)} {self._minutes(minute)}", Gold(KEEP, "time"))
        ahead = h12 % 12 + 1
        lead, words = rng.choice(
            [
                ("в", f"{self.num(hour)} {self._minutes(minute)}"),
                ("в", f"{self.num(hour)} {self._minutes(minute)}"),
                ("в", f"{self.num(h12)} {daypart(hour)}"),
                ("в", f"{self.num(h12)} {plural(h12, 'час', 'часа', 'часов')} {daypart(hour)}"),
                ("в", f"половине {self.ord(ahead, 'gent', MASC)}"),
                ("", f"без {self.num(rng.choice([5, 10, 15, 20]), 'gent')} {self.num(ahead)}"),
                ("к", f"{self.num(h12, 'datv')} {daypart(hour)}"),
                ("около", self.num(h12, "gent")),
                ("", f"{plural(h12, 'часа', 'часа', 'часов')} в {self.num(h12)}"),
            ]
        )
        return tokens(lead, None) + tokens(words, Gold(KEEP, "time"))

    def _minutes(self, minute: int, case: str = "nomn") -> str:
        if minute == 0:
            return "ноль ноль" if self.numbers != "digits" else "00"
        if minute < 10:
            return f"ноль {cardinal(minute)}" if self.numbers != "digits" else f"0{minute}"
        return self.num(minute, case)

    def _date(self, variant: str | None) -> list[Token]:
        rng = self.rng
        day, month = rng.randint(1, 28), rng.choice(MONTHS)
        if variant == "nomn":  # «на двенадцатое марта», «на двадцать пятое»
            words = self.ord(day, "nomn", NEUT) + rng.choice([f" {month}", f" {month}", ""])
            return tokens(words, Gold(KEEP, "date"))
        year = rng.choice([2024, 2025, 2026])
        words = rng.choice(
            [
                f"{self.ord(day)} {month}",
                f"{self.ord(day)} {month}",
                f"{self.ord(day)} числа",
                self.ord(day),
                f"{self.ord(day)} {month} {self.ord(year, 'gent', MASC)} года",
            ]
        )
        return tokens(words, Gold(KEEP, "date"))

    COUNTS = {  # variant: case, kind, {noun: (fewest, most)}
        "times": ("nomn", "count", {"раз": (1, 10)}),
        "ordinal": ("nomn", "count", {"": (2, 6)}),  # «звоню уже третий раз»
        "grade": ("loct", "count", {"": (1, 11)}),  # «в пятом классе»
        "days": ("accs", "duration", {"день": (1, 14), "рабочий день": (1, 10), "неделя": (1, 4)}),
        "days_gent": ("gent", "duration", {"рабочий день": (1, 10), "день": (1, 30)}),
        "minutes": ("accs", "duration", {"минута": (2, 50), "час": (1, 3)}),
        "minutes_gent": ("gent", "duration", {"минута": (5, 30)}),
        "hours_gent": ("gent", "duration", {"час": (1, 48)}),
        "months": ("accs", "duration", {"месяц": (2, 36)}),
        "gb": ("nomn", "count", {"гигабайт": (5, 60)}),
        "minutes_pack": ("nomn", "count", {"минута пакета": (10, 100)}),  # ×10
        "lessons": ("gent", "count", {"занятие": (4, 32), "урок": (4, 32)}),
        "bonus": ("accs", "count", {"балл": (5, 50), "бонус": (5, 50)}),  # ×10
        "age": ("nomn", "count", {"год": (6, 17)}),
    }

    def _count(self, variant: str) -> list[Token]:
        rng = self.rng
        case, kind, nouns = self.COUNTS[variant]
        noun = rng.choice(list(nouns))
        n = rng.randint(*nouns[noun])
        if variant in ("minutes_pack", "bonus") or (noun == "минута" and n > 10):
            n = n * 10 if variant in ("minutes_pack", "bonus") else n // 5 * 5
        if variant in ("ordinal", "grade"):
            return tokens(self.ord(n, case, MASC), Gold(KEEP, kind))
        if variant == "times" and n > 1 and rng.random() < 0.2:  # «раза три», «раз пять»
            return tokens(f"{noun_form(noun, n, 'nomn')} {self.num(n)}", Gold(KEEP, kind))
        gender = NOUNS[noun][-1]
        return tokens(f"{self.num(n, case, gender)} {noun_form(noun, n, case)}", Gold(KEEP, kind))

    def _percent(self, _: str | None) -> list[Token]:
        n = self.rng.choice([1, 2, 3, 5, 5, 7, 10, 10, 12, 15, 20, 25, 30, 50])
        if self.rng.random() < 0.1:
            return tokens("полтора процента", Gold(KEEP, "percent"))
        return tokens(f"{self.num(n)} {noun_form('процент', n, 'nomn')}", Gold(KEEP, "percent"))

    def _order(self, _: str | None) -> list[Token]:
        """A short order or request number, 4–6 digits: not personal data."""
        rng = self.rng
        digits = str(rng.randint(1, 9)) + random_digits(rng, rng.choice([3, 3, 4, 5]))
        if self.numbers == "digits":
            return tokens(digits, Gold(KEEP, "order number"))
        how = rng.choice(["groups", "groups", "digits"])
        if how == "digits":
            words = say(digits, "digits")
        elif len(digits) == 4:
            words = say(digits, rng.choice(["pairs", "words"]))
        elif len(digits) == 5:
            words = say(digits[:2]) + say(digits[2:])
        else:
            words = say(digits[:3]) + say(digits[3:])
        return tokens(words, Gold(KEEP, "order number"))

    def _scale(self, _: str | None) -> list[Token]:
        return tokens("от", None) + tokens(
            f"{self.num(1, 'gent')} до {self.num(self.rng.choice([5, 10]), 'gent')}",
            Gold(KEEP, "count"),
        )

    def _company(self, _: str | None) -> list[Token]:
        name = self.value("company", lambda: self.rng.choice(self.domain.companies))
        return tokens(name, Gold(KEEP, "company"))

    def _rival(self, _: str | None) -> list[Token]:
        ours = self.value("company", lambda: self.rng.choice(self.domain.companies))
        name = self.value(
            "rival", lambda: self.rng.choice([c for c in self.domain.companies if c != ours])
        )
        return tokens(name, Gold(KEEP, "company"))

    def _city(self, case: str | None) -> list[Token]:
        while not (city := inflect(self.rng.choice(BIG_CITIES), "Geox", None, case or "nomn")):
            pass
        return tokens(city.lower(), Gold(KEEP, "city"))


def _street_address(rng: random.Random, fake: Faker):
    """A generator address whose street has no digits in its name (they would be said too)."""
    while True:
        address = make_address(rng, fake)
        if not any(c.isdigit() for c in address.street + address.city):
            return address


# --- the script, said -----------------------------------------------------------------------


def script(call: Call) -> list[Step]:
    """Greeting, a scenario, extra exchanges and small talk, a closing: 14–34 turns."""
    rng = call.rng
    body = expand(rng.choice(call.domain.scenarios), rng)
    closing = expand(CLOSING, rng)
    target = rng.randint(14, 34)
    pool = rng.sample(SMALL_TALK, k=5) + rng.sample(EXTRAS, k=4)
    rng.shuffle(pool)
    while pool and 1 + len(body) + len(closing) < target:
        gaps = [i for i in range(1, len(body) + 1) if body[i - 1].speaker == "C"]
        at = rng.choice([i for i in gaps if i == len(body) or body[i].speaker == "A"] or gaps)
        body[at:at] = expand(pool.pop(), rng)
    return [GREETING, *body, *closing]


def speak(call: Call, step: Step) -> list[Token]:
    """A turn as the recognizer writes it: a filler to start, fillers and repeated words between
    the words (never inside a name or a dictated number: those carry their own)."""
    rng = call.rng
    said = call.render(rng.choice(step.templates), step.speaker)
    out: list[Token] = []
    if rng.random() < (0.3 if step.speaker == "C" else 0.12):
        out += tokens(rng.choice(LINE_STARTS), None)
    for i, (word, gold) in enumerate(said):
        inside = i and gold is not None and said[i - 1][1] is gold
        if i and not inside and rng.random() < 0.04:
            out += tokens(rng.choice(FILLERS), None)
        out.append((word, gold))
        if gold is None and word != "\n" and rng.random() < 0.025:
            out.append((word, None))  # «я я», «у меня у меня»
    return out


def turns(call: Call) -> list[tuple[str, list[Token]]]:
    rng = call.rng
    out = []
    for step in script(call):
        out.append((step.speaker, speak(call, step)))
        if rng.random() < 0.1:
            other = "C" if step.speaker == "A" else "A"
            out.append((other, tokens(rng.choice(BACKCHANNELS), None)))
    return out


def assemble(lines: list[tuple[str, list[Token]]], call: Call) -> tuple[str, list[dict], str]:
    """The text with speaker tags in one of the styles, and the gold spans with their offsets."""
    rng = call.rng
    style = rng.choice(TAG_STYLES)
    agent_first = rng.random() < 0.7
    client_role = rng.choice(call.domain.client_tags)
    names = {
        "roles": {"A": rng.choice(call.domain.agent_tags), "C": client_role},
        "spk": {"A": "spk_0", "C": "spk_1"} if agent_first else {"A": "spk_1", "C": "spk_0"},
        "speaker": {"A": "спикер 1", "C": "спикер 2"}
        if agent_first
        else {"A": "спикер 2", "C": "спикер 1"},
    }
    names["timecode"] = rng.choice([names["speaker"], names["roles"]])
    physical = []  # (speaker, tokens) one line each: a pause starts a new line
    for speaker, toks in lines:
        line: list[Token] = []
        for tok in toks:
            if tok == BREAK:
                physical.append((speaker, line))
                line = []
            else:
                line.append(tok)
        physical.append((speaker, line))
    parts, places, pos, elapsed = [], {}, 0, rng.randint(0, 5)
    for number, (speaker, line) in enumerate(physical):
        elapsed += rng.randint(2, 14)
        head = (" " if style == "blob" else "\n") if number else ""
        if style == "timecode":
            stamp = f"{elapsed // 3600:02d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}"
            head += f"[{stamp}] {names['timecode'][speaker]}: "
        elif style in names:
            head += f"{names[style][speaker]}: "
        for i, (word, gold) in enumerate(line):
            parts.append(head if i == 0 else " ")
            pos += len(parts[-1])
            if gold is not None:
                places.setdefault(id(gold), [gold, pos, 0])[2] = pos + len(word)
            parts.append(word)
            pos += len(word)
    spans = []
    for gold, start, end in places.values():
        if gold.label in (PHONE, CARD) and gold.kind != "last four digits":
            if not NOISE & set(gold.tags):
                _tag(gold, "said cleanly")
        span = {"start": start, "end": end, "label": gold.label, "kind": gold.kind}
        spans.append(span | ({"tags": gold.tags} if gold.tags else {}))
    # No punctuation: «кто-то», «санкт-петербург» come out with a space.
    return "".join(parts).replace("-", " "), sorted(spans, key=lambda s: s["start"]), style


def documents(n: int = CALLS, seed: int = SEED) -> list[dict]:
    """`n` calls spread over the domains; the same seed gives the same set."""
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for i in range(n):
        domain = DOMAINS[i % len(DOMAINS)]
        call = Call(rng, fake, domain, pick(NUMBER_STYLES, rng))
        text, spans, style = assemble(turns(call), call)
        if rng.random() < 0.6:  # most engines write «е» for «ё»
            text = text.replace("ё", "е")
        for s in spans:
            assert "\n" not in text[s["start"] : s["end"]], "a gold span over a line break"
        out.append(
            {
                "id": f"asr-{i:04d}",
                "kind": "call",
                "domain": domain.name,
                "tags": style,
                "numbers": call.numbers,
                "text": text,
                "spans": spans,
            }
        )
    return out


def path_for(seed: int) -> Path:
    return OUT / f"asr-{seed}.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("-n", type=int, default=CALLS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    docs = documents(args.n, args.seed)
    print(f"{len(docs)} calls → {write_jsonl(docs, args.out or path_for(args.seed))}")


if __name__ == "__main__":
    main()
