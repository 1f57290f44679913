"""A seeded generator of Russian contact-center calls and chats with gold spans.

Each document is a punctuated call transcript («Оператор: …», «Клиент: …») or a messenger-style
chat log with timestamps, from one of four domains (bank, telecom, taxi and delivery, online
school). Templates carry slots that are filled with Faker ru_RU data and our own value makers:
people's names in the grammatical case the sentence needs (inflected with pymorphy3), phones,
cards, addresses and e-mails in many written forms, and hard negatives that must survive
redaction (amounts, dates, times, order numbers that fail the Luhn check, product and company
names, everyday words that are also names, cities alone), labelled KEEP.

Template slots, in braces:
  {client.fio:datv}   a person's name: role (client, agent, courier…) . form : case
  {phone:bare}        a value of the dialogue: maker : variant
  {=слава богу}       literal text that must be kept (KEEP)
  {звонил/звонила}    by the speaker's gender; {^ый/ая} by the addressee's

    python -m benchmarks.generate [--out benchmarks/out/generated.jsonl] [-n 300] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import phonenumbers
from faker import Faker

from redactor.detect.morph import CASES, analyzer
from redactor.detect.recognizers.card import luhn

SEED = 20261123
DOCUMENTS = 300
OUT = Path(__file__).resolve().parent / "out" / "generated.jsonl"

PERSON, PHONE, CARD, ADDRESS, EMAIL, KEEP = (
    "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "ADDRESS", "EMAIL_ADDRESS", "KEEP",
)  # fmt: skip
MASC, FEMN = "masc", "femn"

Segment = tuple[str, str | None]  # text and its gold label (None: plain text)

# --- people ---------------------------------------------------------------------------------

MALE_NAMES = """Александр Алексей Андрей Антон Артём Борис Вадим Виктор Виталий Владимир Владислав
    Вячеслав Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл
    Константин Лев Максим Михаил Никита Николай Олег Павел Пётр Роман Руслан Семён Сергей
    Станислав Степан Тимофей Тимур Фёдор Юрий Ярослав Азат Рустам Ринат Ашот Алишер Марат Ильдар
    Арсен Давид""".split()
FEMALE_NAMES = """Александра Алёна Алина Алла Анастасия Анна Валентина Валерия Вера Виктория Галина
    Дарья Диана Евгения Екатерина Елена Елизавета Жанна Инна Ирина Карина Кристина Ксения Лариса
    Любовь Людмила Маргарита Марина Мария Надежда Наталья Нина Ольга Полина Светлана София
    Татьяна Ульяна Юлия Яна Гульнара Айгуль Лейла Диляра Эльвира Зарина Роза""".split()
FATHERS = """Александр Алексей Андрей Анатолий Борис Валерий Василий Виктор Владимир Геннадий
    Дмитрий Евгений Иван Игорь Михаил Николай Олег Павел Пётр Роман Сергей Юрий Фёдор Ринат
    Рустам Максим Артур""".split()
# Diminutives people use on the phone and in chats; pymorphy3 knows them as names.
NICKNAMES = {
    "Александр": ["Саша", "Саня"], "Александра": ["Саша"], "Алексей": ["Лёша"],
    "Анастасия": ["Настя"], "Анна": ["Аня", "Анечка"], "Дарья": ["Даша"], "Дмитрий": ["Дима"],
    "Евгений": ["Женя"], "Евгения": ["Женя"], "Екатерина": ["Катя"], "Елена": ["Лена"],
    "Елизавета": ["Лиза"], "Иван": ["Ваня"], "Ирина": ["Ира"], "Ксения": ["Ксюша"],
    "Мария": ["Маша"], "Михаил": ["Миша"], "Наталья": ["Наташа"], "Николай": ["Коля"],
    "Ольга": ["Оля"], "Павел": ["Паша"], "Сергей": ["Серёжа"], "Светлана": ["Света"],
    "Татьяна": ["Таня", "Танечка"], "Юлия": ["Юля"], "Владимир": ["Вова"], "Пётр": ["Петя"],
    "Константин": ["Костя"], "Виктория": ["Вика"], "Людмила": ["Люда"], "Галина": ["Галя"],
    "Вячеслав": ["Слава"], "Григорий": ["Гриша"], "Андрей": ["Андрюша"], "Надежда": ["Надя"],
    "Любовь": ["Люба"], "Валентина": ["Валя"], "Полина": ["Поля"], "Кирилл": ["Кирюша"],
}  # fmt: skip
EXTRA_SURNAMES = {
    MASC: ["Хабибуллин", "Ахмедов", "Ким", "Цой", "Шевченко", "Бондаренко", "Алиев", "Нуриев"],
    FEMN: ["Хабибуллина", "Ахмедова", "Ким", "Цой", "Шевченко", "Бондаренко", "Алиева"],
}
LATIN = {
    **dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziyklmnoprstufye", strict=True)),
    **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ю": "yu", "я": "ya"},
    **{"ъ": "", "ь": ""},
}


def latin(word: str) -> str:
    out = "".join(LATIN.get(c, c) for c in word.lower())
    return out.capitalize() if word[:1].isupper() else out


@cache
def inflect(word: str, tag: str, gender: str | None, case: str) -> str | None:
    """`word` (a name part, toponym or adjective in the nominative) in `case`, or None."""
    if case == "nomn":
        return word
    for parse in analyzer().parse(word):
        if tag in parse.tag and parse.tag.case == "nomn":
            if gender and gender not in parse.tag and "ms-f" not in parse.tag:
                continue
            form = parse.inflect({case})
            return _recase(word, form.word) if form else None
    return None


def _recase(model: str, word: str) -> str:
    """pymorphy3 answers in lowercase: restore the capitals part by part («Санкт-Петербурге»)."""
    parts, model_parts = word.split("-"), model.split("-")
    if len(parts) != len(model_parts):
        return word.capitalize()
    return "-".join(
        p.capitalize() if m[:1].isupper() else p for p, m in zip(parts, model_parts, strict=True)
    )


@dataclass(frozen=True)
class Person:
    gender: str
    name: str
    patronymic: str
    surname: str
    nickname: str

    def parts(self, case: str) -> tuple[str, str, str, str]:
        return (
            inflect(self.name, "Name", self.gender, case),
            inflect(self.patronymic, "Patr", self.gender, case),
            inflect(self.surname, "Surn", self.gender, case),
            inflect(self.nickname, "Name", None, case),
        )

    def form(self, kind: str, case: str, rng: random.Random) -> str:
        name, patr, sur, nick = self.parts(case)
        i, p = self.name[0], self.patronymic[0]
        if kind == "any":
            kind = rng.choice(["fio", "fi", "if", "io", "name", "name", "init", "ifo"])
        if kind == "init":
            return rng.choice(
                [f"{sur} {i}. {p}.", f"{sur} {i}.{p}.", f"{i}. {p}. {sur}", f"{i}.{p}. {sur}"]
            )
        forms = {
            "name": name,
            "nick": nick,
            "patr": patr,
            "sur": sur,
            "io": f"{name} {patr}",
            "fio": f"{sur} {name} {patr}",
            "ifo": f"{name} {patr} {sur}",
            "fi": f"{sur} {name}",
            "if": f"{name} {sur}",
            "ios": f"{name} {patr} {self.surname[0]}.",
            "latin": f"{latin(self.name)} {latin(self.surname)}",
            "short": f"{name} {self.surname[0]}.",
        }
        return forms[kind]


def make_person(rng: random.Random, fake: Faker) -> Person:
    """A person whose every name part inflects, so any template can use any case."""
    while True:
        g = rng.choice([MASC, FEMN])
        male = g == MASC
        if rng.random() < 0.15:
            name = fake.first_name_male() if male else fake.first_name_female()
        else:
            name = rng.choice(MALE_NAMES if male else FEMALE_NAMES)
        if rng.random() < 0.15:
            patronymic = fake.middle_name_male() if male else fake.middle_name_female()
        else:
            patronymic = _patronymic(rng.choice(FATHERS), male)
        if rng.random() < 0.08:
            surname = rng.choice(EXTRA_SURNAMES[g])
        else:
            surname = fake.last_name_male() if male else fake.last_name_female()
        person = Person(g, name, patronymic, surname, rng.choice(NICKNAMES.get(name, [name])))
        if all(all(person.parts(case)) for case in CASES):
            return person


def _patronymic(father: str, male: bool) -> str:
    stem = {"Пётр": "Петр", "Лев": "Льв", "Павел": "Павл"}.get(father, father)
    if stem.endswith("ий"):  # Юрий → Юрьевич, Геннадий → Геннадьевич
        return stem[:-2] + ("ьевич" if male else "ьевна")
    if stem.endswith(("й", "ь")):  # Андрей → Андреевич, Николай → Николаевич, Игорь → Игоревич
        return stem[:-1] + ("евич" if male else "евна")
    return stem + ("ович" if male else "овна")


# --- phones, cards, numbers -----------------------------------------------------------------

MOBILE_FORMATS = [
    "+7 ({c}) {a}-{b}-{d}", "+7 {c} {a}-{b}-{d}", "+7{c}{a}{b}{d}", "8-{c}-{a}-{b}-{d}",
    "8 ({c}) {a}-{b}-{d}", "8{c}{a}{b}{d}", "8 {c} {a} {b} {d}", "+7-{c}-{a}-{b}-{d}",
    "8 {c} {a}-{b}-{d}", "+7 {c} {a} {b} {d}", "8({c}){a}-{b}-{d}", "+7 ({c}) {a}{b}{d}",
    "8 {c} {a}{b}{d}", "+7 {c}-{a}-{b}-{d}",
]  # fmt: skip
CITY_CODES = ["495", "499", "812", "843", "343", "383", "831", "846", "861", "863", "473", "342"]
CITY_FORMATS = [
    "+7 ({c}) {a}-{b}-{d}", "8 ({c}) {a}-{b}-{d}", "8-{c}-{a}-{b}-{d}", "({c}) {a}-{b}-{d}",
    "+7 {c} {a} {b} {d}", "8 {c} {a}-{b}-{d}",
]  # fmt: skip
EXTENSIONS = [", доб. {x}", " доб. {x}", " (доб. {x})", ", добавочный {x}", " доб.{x}"]
# Country, national-number length, and a written form with the digits as {n}.
FOREIGN = [
    ("BY", 9, "+375 ({n2}) {n3}-{n2}-{n2}"),
    ("BY", 9, "+375 {n2} {n7}"),
    ("UA", 9, "+380 {n2} {n3} {n2} {n2}"),
    ("UZ", 9, "+998 {n2} {n3}-{n2}-{n2}"),
    ("KZ", 10, "+7 {n3} {n3} {n2} {n2}"),
    ("AM", 8, "+374 {n2} {n6}"),
    ("DE", 11, "+49 {n3} {n8}"),
    ("KG", 9, "+996 {n3} {n3} {n3}"),
    ("GE", 9, "+995 {n3} {n2} {n2} {n2}"),
]
CARD_PREFIXES = ["2200", "2201", "2202", "2202", "2203", "2204", "4276", "4279", "4377", "4817",
                 "5469", "5536", "5228", "5106", "4584", "2200"]  # fmt: skip


def random_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile(rng: random.Random) -> str:
    """Ten digits of a valid Russian mobile number (9xx xxx xx xx)."""
    while True:
        digits = "9" + random_digits(rng, 9)
        if phonenumbers.is_valid_number(phonenumbers.parse("+7" + digits)):
            return digits


def city_number(rng: random.Random) -> str:
    while True:
        digits = rng.choice(CITY_CODES) + rng.choice("2345") + random_digits(rng, 6)
        if phonenumbers.is_valid_number(phonenumbers.parse("+7" + digits)):
            return digits


def write_phone(digits: str, formats: list[str], rng: random.Random) -> str:
    c, a, b, d = digits[:3], digits[3:6], digits[6:8], digits[8:10]
    return rng.choice(formats).format(c=c, a=a, b=b, d=d)


def foreign_phone(rng: random.Random) -> str:
    region, length, pattern = rng.choice(FOREIGN)
    code = phonenumbers.country_code_for_region(region)
    for _ in range(500):
        digits = random_digits(rng, length)
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{digits}")):
            break
    out, pos = [], 0
    for m in re.finditer(r"\{n(\d)\}|[^{]+", pattern):
        if m.group(1):
            out.append(digits[pos : pos + int(m.group(1))])
            pos += int(m.group(1))
        else:
            out.append(m.group())
    return "".join(out)


def card_number(rng: random.Random) -> str:
    body = rng.choice(CARD_PREFIXES) + random_digits(rng, 11)
    return body + next(d for d in "0123456789" if luhn(body + d))


def write_card(digits: str, rng: random.Random) -> str:
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice(
        [" ".join(groups)] * 6 + [digits, digits, "-".join(groups), "  ".join(groups)]
    )


def mask_card(digits: str, rng: random.Random) -> str:
    return rng.choice([
        f"{digits[:4]} **** **** {digits[-4:]}", f"{digits[:4]} {digits[4:6]}** **** {digits[-4:]}",
        f"{digits[:6]}******{digits[-4:]}", f"{digits[:4]}********{digits[-4:]}",
    ])  # fmt: skip


def long_number(rng: random.Random) -> str:
    """An order, contract or transaction number of 16–20 digits that fails the Luhn check."""
    n = rng.choice([16, 16, 17, 18, 19, 20, 20])
    digits = rng.choice("123456789") + random_digits(rng, n - 1)
    if luhn(digits):
        digits = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    if n in (16, 20) and rng.random() < 0.25:
        return " ".join(digits[i : i + 4] for i in range(0, n, 4))
    return digits


def short_number(rng: random.Random) -> str:
    return rng.choice([
        f"{random_digits(rng, 4)}-{random_digits(rng, 4)}", str(rng.randint(100000, 99999999)),
        f"{rng.choice('АБВКМ')}-{rng.randint(100000, 9999999)}", str(rng.randint(1000, 99999)),
    ])  # fmt: skip


# --- amounts, dates, times ------------------------------------------------------------------

MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def grouped(n: int, rng: random.Random) -> str:
    sep = "\u00a0" if rng.random() < 0.15 else " "
    return f"{n:,}".replace(",", sep) if n >= 1000 and rng.random() < 0.8 else str(n)


def amount(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99) * 10, rng.randint(1, 300) * 100, rng.randint(1, 150) * 1000,
                    rng.randint(100, 99999)])  # fmt: skip
    k, thousands, g = rng.randint(1, 99), max(n // 1000, 2), grouped(n, rng)
    rub, kop = plural(n, "рубль", "рубля", "рублей"), plural(k, "копейка", "копейки", "копеек")
    return rng.choice([
        f"{g} {rub}", f"{g},{k:02d} руб.", f"{g} ₽", f"{n} р.", f"{g} руб.", f"{n} {rub} {k} {kop}",
        f"{thousands} {plural(thousands, 'тысяча', 'тысячи', 'тысяч')} рублей", f"{g},00 руб.",
        f"{g} руб./мес.",
    ])  # fmt: skip


def date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    return rng.choice(
        [
            f"{d} {MONTHS[m - 1]}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}.{m:02d}",
            f"{d} {MONTHS[m - 1]} {y} года",
            f"{d}-го числа",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
        ]
    )


def clock(rng: random.Random) -> str:
    h, m = rng.randint(8, 21), rng.choice([0, 0, 15, 30, 45, rng.randint(0, 59)])
    return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h} {plural(h, 'час', 'часа', 'часов')}"])


# --- addresses ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StreetKind:
    short: str
    full: str
    full_loct: str
    preposition: str
    gender: str


STREET_KINDS = [
    StreetKind("ул.", "улица", "улице", "на", FEMN),
    StreetKind("ул.", "улица", "улице", "на", FEMN),
    StreetKind("пр-т", "проспект", "проспекте", "на", MASC),
    StreetKind("пр.", "проспект", "проспекте", "на", MASC),
    StreetKind("пер.", "переулок", "переулке", "в", MASC),
    StreetKind("ш.", "шоссе", "шоссе", "на", "neut"),
    StreetKind("б-р", "бульвар", "бульваре", "на", MASC),
    StreetKind("наб.", "набережная", "набережной", "на", FEMN),
    StreetKind("мкр.", "микрорайон", "микрорайоне", "в", MASC),
    StreetKind("пл.", "площадь", "площади", "на", FEMN),
    StreetKind("проезд", "проезд", "проезде", "в", MASC),
]
ADJECTIVE_STREETS = {
    MASC: """Невский Ленинский Московский Литейный Комсомольский Кутузовский Загородный Северный
        Солнечный Садовый Лесной Заводской Октябрьский Мичуринский Сиреневый Тверской Измайловский
        Вознесенский Каменноостровский Энергетический""".split(),
    "neut": """Ленинградское Варшавское Каширское Дмитровское Ярославское Московское
        Рублёвское""".split(),
}
GENITIVE_STREETS = """Ленина Мира Победы Гагарина Пушкина Ломоносова Космонавтов Строителей Малышева
    Энтузиастов Вернадского Чапаева Фрунзе Кирова Свердлова Дзержинского""".split()
BIG_CITIES = """Москва Санкт-Петербург Казань Екатеринбург Новосибирск Самара Краснодар Воронеж
    Пермь Уфа Челябинск Омск Тюмень Калининград Владивосток Ярославль Тула Иркутск Томск
    Сочи Саратов Ростов-на-Дону Красноярск Волгоград""".split()

# A region is written only with a town that lies in it.
REGION_CITIES = [
    ("Московская обл.", "Химки"), ("Московская обл.", "Подольск"), ("Московская область", "Мытищи"),
    ("Ленинградская обл.", "Всеволожск"), ("Свердловская обл.", "Екатеринбург"),
    ("Республика Татарстан", "Казань"), ("респ. Татарстан", "Набережные Челны"),
    ("Новосибирская обл.", "Новосибирск"), ("Краснодарский край", "Сочи"),
    ("Самарская обл.", "Тольятти"), ("Нижегородская обл.", "Дзержинск"),
    ("Челябинская область", "Магнитогорск"), ("Приморский край", "Владивосток"),
]  # fmt: skip


@dataclass(frozen=True)
class Address:
    postcode: str
    region: str
    city: str
    kind: StreetKind
    street: str
    house: str
    block: str
    building: str
    flat: str

    def street_nomn(self, rng: random.Random, full: bool) -> str:
        kind = self.kind.full if full else self.kind.short
        if self.street.endswith(("ий", "ый", "ой", "ое", "ая")):
            return rng.choice([f"{self.street} {kind}", f"{kind} {self.street}"])
        return f"{kind} {self.street}"

    def street_loct(self) -> str | None:
        if not self.street.endswith(("ий", "ый", "ой", "ое", "ая")):
            return f"{self.kind.full_loct} {self.street}"
        adjective = inflect(self.street, "ADJF", self.kind.gender, "loct")
        return adjective and f"{adjective} {self.kind.full_loct}"

    def write(self, style: str, rng: random.Random) -> str:
        house = f"д. {self.house}" + (f", корп. {self.block}" if self.block else "")
        house += f", стр. {self.building}" if self.building else ""
        flat = f", кв. {self.flat}" if self.flat else ""
        if style == "formal":
            region = f"{self.region}, " if self.region else ""
            head = rng.choice([f"{self.postcode}, {region}", region, ""])
            return f"{head}г. {self.city}, {self.street_nomn(rng, False)}, {house}{flat}"
        if style == "city":
            city = rng.choice([f"г. {self.city}", self.city, f"город {self.city}"])
            return f"{city}, {self.street_nomn(rng, rng.random() < 0.3)}, {house}{flat}"
        if style == "spoken":
            block = f", корпус {self.block}" if self.block else ""
            flat = f", квартира {self.flat}" if self.flat else ""
            city = f"{self.city}, " if rng.random() < 0.4 else ""
            return f"{city}{self.street_nomn(rng, True)}, дом {self.house}{block}{flat}"
        if style == "short":
            bare = self.street.endswith(("ий", "ый", "ая", "ое")) or rng.random() < 0.5
            street = self.street if bare else self.street_nomn(rng, False)
            tail = f"-{self.flat}" if self.flat else ""
            return rng.choice([f"{street} {self.house}{tail}", f"{street}, {self.house}{tail}"])
        if style == "loct":
            flat = (
                rng.choice([f", кв. {self.flat}", f", квартира {self.flat}"]) if self.flat else ""
            )
            return f"{self.street_loct()}, {rng.choice(['д.', 'дом'])} {self.house}{flat}"
        raise ValueError(style)


def make_address(rng: random.Random, fake: Faker) -> Address:
    kind = rng.choice(STREET_KINDS)
    choices = list(GENITIVE_STREETS)
    if kind.gender == FEMN:
        choices += [
            t for t in (fake.street_title() for _ in range(3)) if not re.search(r"\D \d+$", t)
        ]
    else:
        choices += ADJECTIVE_STREETS.get(kind.gender, [])
    region, city = "", rng.choice([fake.city_name(), rng.choice(BIG_CITIES)])
    if rng.random() < 0.25:
        region, city = rng.choice(REGION_CITIES)
    city = re.sub(r" \(.*\)$", "", city)  # Faker's «Азов (Рост.)»
    house = str(rng.randint(1, 150)) + rng.choice(
        ["", "", "", "", "А", "Б", f"/{rng.randint(1, 9)}"]
    )
    return Address(
        postcode=fake.postcode(),
        region=region,
        city=city,
        kind=kind,
        street=rng.choice(choices),
        house=house,
        block=str(rng.randint(1, 5)) if rng.random() < 0.2 else "",
        building=str(rng.randint(1, 9)) if rng.random() < 0.08 else "",
        flat=str(rng.randint(1, 400)) if rng.random() < 0.85 else "",
    )


EMAIL_DOMAINS = """mail.ru yandex.ru gmail.com bk.ru list.ru inbox.ru rambler.ru ya.ru icloud.com
    outlook.com""".split()


def make_email(person: Person, rng: random.Random, fake: Faker) -> str:
    first, last = latin(person.name).lower(), latin(person.surname).lower()
    user = rng.choice([
        f"{first}.{last}", f"{first[0]}.{last}{rng.randint(70, 99)}", f"{last}_{first}",
        f"{first}{rng.randint(1, 2005)}", fake.user_name(), f"{last}.{first[0]}",
    ])  # fmt: skip
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


# --- templates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    speaker: str  # A: the agent, C: the client, B: a chat bot or the system
    templates: tuple[str, ...]


@dataclass(frozen=True)
class Maybe:
    """Steps said in some conversations only."""

    p: float
    steps: tuple


@dataclass(frozen=True)
class OneOf:
    """One of several ways the conversation goes on."""

    branches: tuple[tuple, ...]


# Capitalised like the speaker tags they stand for, so that the scripts below read as dialogue.
def A(*templates: str) -> Step:
    return Step("A", templates)


def C(*templates: str) -> Step:
    return Step("C", templates)


def maybe(*steps, p: float = 0.5) -> Maybe:
    return Maybe(p, steps)


def one_of(*branches) -> OneOf:
    return OneOf(tuple(b if isinstance(b, tuple) else (b,) for b in branches))


GREETING = A(
    "{company}, меня зовут {agent.name}, чем могу помочь?",
    "Здравствуйте! {company}, оператор {agent.name}. Слушаю вас.",
    "Добрый день! Служба поддержки {company}, {agent.name}. Как я могу к вам обращаться?",
    "Здравствуйте, это {company}, специалист {agent.name}. Разговор записывается.",
    "Добрый вечер, {company}, меня зовут {agent.name}. Чем могу быть {полезен/полезна}?",
    "Здравствуйте! Меня зовут {agent.name}, я сотрудник {company}. Что у вас случилось?",
    "Алло, здравствуйте. {company}, {agent.name}, слушаю.",
)
ASK_NAME = A(
    "Назовите, пожалуйста, ваши фамилию, имя и отчество.",
    "Подскажите, пожалуйста, ваше ФИО полностью.",
    "Как я могу к вам обращаться?",
    "Для идентификации назовите, пожалуйста, ФИО.",
    "Представьтесь, пожалуйста.",
    "Уточните, пожалуйста, на кого оформлен договор.",
)
GIVE_NAME = C(
    "{client.fio}.",
    "Да, {client.fio}.",
    "{client.ifo}.",
    "Меня зовут {client.io}, фамилия {client.sur}.",
    "Фамилия {client.sur}, имя {client.name}, отчество {client.patr}.",
    "{client.fi}. Отчество {client.patr}.",
    "Я {client.fio}, ваш клиент уже лет десять.",
    "{client.name}. Можно просто {client.nick}.",
    "{client.if}.",
    "На меня, {client.fio}.",
    "{client.init}",
    "{client.any}.",
)
THANK_NAME = A(
    "Спасибо, {client.io}.",
    "{client.io}, благодарю. Одну минуту.",
    "Очень приятно, {client.name}. Сейчас посмотрю.",
    "Спасибо, {client.io}, вижу вас в системе.",
    "Уважаем{^ый/ая} {client.io}, проверяю информацию.",
    "Спасибо. {client.fio}, правильно понимаю?",
    "Вижу договор на {client.init:accs}, всё верно.",
)
NAME_BLOCK = (ASK_NAME, GIVE_NAME, maybe(THANK_NAME, p=0.7))
ASK_PHONE = A(
    "Продиктуйте, пожалуйста, номер телефона для связи.",
    "Какой номер телефона привязан к вашему профилю?",
    "Назовите, пожалуйста, номер, на который оформлен договор.",
    "Оставьте, пожалуйста, контактный телефон.",
    "Подскажите номер телефона, с которого оформляли заказ.",
)
GIVE_PHONE = C(
    "{phone}.",
    "Мой номер {phone:bare}.",
    "Записывайте: {phone}.",
    "{phone}, это мобильный.",
    "Номер {phone}, но лучше звонить после {time}.",
    "Лучше на рабочий: {phone:ext}.",
    "Мобильный {phone}, запасной {phone:spare}.",
    "Я сейчас за границей, пишите на {phone:foreign}, в мессенджере.",
    "Домашний {phone:city}, мобильный {phone}.",
    "мой номер {phone:bare}",
    "Телефон {phone}, звоните в любое время.",
)
CONFIRM_PHONE = A(
    "Записал{/а}: {phone}. Верно?",
    "Номер {phone}, всё правильно?",
    "Повторю: {phone}.",
    "Проверьте, пожалуйста: {phone}.",
)
PHONE_BLOCK = (
    ASK_PHONE,
    GIVE_PHONE,
    maybe(CONFIRM_PHONE, C("Да, верно.", "Всё так.", "Да."), p=0.4),
)
ASK_EMAIL = A(
    "Электронная почта для уведомлений у вас та же?",
    "Куда отправить подтверждение, на почту?",
    "Укажите, пожалуйста, адрес электронной почты.",
    "Оставьте e-mail, пришлём туда все документы.",
)
GIVE_EMAIL = C(
    "Нет, запишите новую: {email}",
    "{email}",
    "Да, на {email}, пожалуйста.",
    "Почта {email}, всё маленькими буквами.",
    "Пишите на {email} или на рабочую {email:work}.",
    "Мой e-mail — {email}.",
)
EMAIL_BLOCK = (ASK_EMAIL, GIVE_EMAIL)
ASK_ADDRESS = A(
    "Продиктуйте, пожалуйста, адрес доставки.",
    "По какому адресу доставить?",
    "Уточните адрес, пожалуйста.",
    "Куда подъехать курьеру?",
    "Назовите, пожалуйста, полный адрес с индексом.",
)
GIVE_ADDRESS = C(
    "{address:spoken}.",
    "{address:city}.",
    "Я живу {address:loct}.",
    "Адрес: {address:formal}.",
    "{address:short}, домофон не работает.",
    "Лучше на работу: {address:work}.",
    "Давайте {address:loct}, это мой дом.",
    "{address:formal}",
)
CONFIRM_ADDRESS = A(
    "Записал{/а}: {address:formal}.",
    "Адрес {address:city}, верно?",
    "Курьер приедет по адресу {address:formal}.",
    "Итак, доставка по адресу {address:city}.",
)
ADDRESS_BLOCK = (ASK_ADDRESS, GIVE_ADDRESS, maybe(CONFIRM_ADDRESS, p=0.6))
CLOSING = (
    A(
        "Могу ещё чем-то помочь?",
        "Остались ли у вас вопросы?",
        "Что-нибудь ещё подсказать?",
        "Есть ещё вопросы?",
    ),
    C(
        "Нет, спасибо, всё.",
        "Нет, это всё, спасибо.",
        "Вроде всё. Спасибо, {agent.name}!",
        "Нет. Спасибо вам, {agent.name}, очень помогли.",
        "Нет, спасибо большое.",
    ),
    maybe(
        A(
            "Спасибо за обращение, {client.io}! Всего доброго.",
            "Всего доброго, {client.name}! Хорошего дня.",
            "Благодарю за звонок. После разговора придёт СМС с оценкой.",
            "До свидания, {client.io}!",
            "Хорошего вечера, {client.io}.",
        ),
        p=0.8,
    ),
)
FILLERS = [
    (
        A("Одну минуту, проверяю информацию.", "Секундочку, уточню.", "Оставайтесь на линии."),
        C("Да, жду.", "Хорошо.", "Угу.", "Жду."),
    ),
    (A("Спасибо за ожидание.", "Благодарю за ожидание."),),
    (
        C("Алло? Вы меня слышите?", "Алло, пропал звук."),
        A("Да, слышу вас хорошо.", "Слышу, продолжайте."),
    ),
    (
        C(
            "{=Слава богу}, хоть кто-то ответил, полчаса на линии {висел/висела}.",
            "Ну {=слава богу}, {дозвонился/дозвонилась}.",
        ),
    ),
    (
        C(
            "Я сейчас в {city:loct}, связь может прерываться.",
            "Звоню из {city:gent}, у нас тут уже {time}.",
            "Я вообще из {city:gent}, у нас вашего офиса нет.",
            "Мы переехали в {city:accs}, а всё оформлено по старому месту.",
        ),
    ),
    (
        C(
            "Честно говоря, {=надежда} только на вас.",
            "{=Вера в лучшее} пока есть, но уже на исходе.",
            "Я сам{/а} в поддержке работаю, знаю, что такое {=любовь к делу}.",
            "У меня {=вера в людей} после такого пропадает.",
        ),
    ),
    (
        A(
            "{=Надежда есть}: обычно такие вопросы решаются за три дня.",
            "Не переживайте, {=надежда есть} всегда.",
        ),
    ),
    (
        C(
            "Сын опять в «{=Мир Танков}» сидит, извините за шум.",
            "Подождите, дети шумят... Всё, говорите.",
        ),
    ),
    (C("{rival} мне тоже звонили, предлагали перейти.", "В {rival} мне сказали звонить вам."),),
    (A("Разговор записывается для контроля качества.", "Напоминаю, что разговор записывается."),),
    (
        C("А можно побыстрее, я на работе.", "Извините, у меня мало времени."),
        A("Понимаю вас, сейчас всё решим.", "Конечно, постараюсь быстро."),
    ),
    (C("{=Мир тесен}: соседка у вас тоже обслуживается.", "Мне {=Алиса} подсказала ваш номер."),),
    (
        C(
            "Последний раз {платил/платила} {date}, {amount}.",
            "Работаю с {time} до {time}, поэтому звоню только сейчас.",
        ),
    ),
    (C("Сейчас, ручку возьму... Так.", "Сейчас, очки найду."), A("Да, конечно.", "Жду.")),
    (
        C("Я не {понял/поняла}, повторите, пожалуйста.", "Ещё раз, можно помедленнее?"),
        A("Конечно, повторяю.", "Да, конечно."),
    ),
    (
        C(
            "Спасибо за ваш труд, правда, чувствуется {=любовь к делу}.",
            "{=Слава Богу}, что вы есть.",
        ),
    ),
]


# Exchanges any conversation may hold: they lengthen it with personal data, not only small talk.
EXTRAS = [
    PHONE_BLOCK,
    EMAIL_BLOCK,
    ADDRESS_BLOCK,
    (
        C(
            "Перезвоните мне, пожалуйста, на {phone:spare}, сейчас неудобно говорить.",
            "Если прервётся, наберите меня: {phone}.",
            "Запишите ещё один номер, на всякий случай: {phone:spare}.",
        ),
        A("Хорошо, перезвоним в течение часа.", "Записал{/а}.", "Да, номер сохранил{/а}."),
    ),
    (
        C(
            "Сейчас передам трубку {@relative:брату/сестре}, {relative.name:datv}, {@relative:он/она} лучше объяснит.",
            "Рядом {@relative:брат/сестра}, {relative.io}, можно {@relative:он/она} продолжит?",
        ),
        A("Здравствуйте, {relative.io}! Слушаю вас.", "Да, конечно. {relative.name}, слушаю."),
    ),
    (
        C(
            "Вчера я уже {звонил/звонила}, со мной говорил{@colleague:/а} {colleague.name}.",
            "Мне в прошлый раз {colleague.if} обещал{@colleague:/а} перезвонить и пропал{@colleague:/а}.",
            "В прошлом ответе подпись была «{colleague.init}», и больше никто не писал.",
        ),
        A(
            "Вижу обращение, его вёл{@colleague:/а} {colleague.name}. Продолжу сам{/а}.",
            "Да, вижу комментарий от {colleague.name:gent}.",
        ),
    ),
    (
        A(
            "Если вопрос не решится, вам перезвонит старший специалист {boss.io}.",
            "Передам заявку руководителю группы, {boss.fi:datv}.",
            "Заявку примет старший смены {boss.init}, ответ придёт в течение суток.",
        ),
    ),
    (
        A("Уточните, пожалуйста, как пишется ваша фамилия."),
        C("{client.sur}, всё как слышится.", "{client.sur}."),
    ),
    (A("Документы отправим на {email}, проверьте папку «Спам»."),),
]
SMALL_TALK_PER_CONVERSATION = 4


@dataclass(frozen=True)
class Domain:
    name: str
    companies: tuple[str, ...]
    products: tuple[str, ...]
    apps: tuple[str, ...]
    agent_tags: tuple[str, ...]
    client_tags: tuple[str, ...]
    scenarios: tuple[tuple, ...]
    fillers: tuple[tuple, ...] = ()


BANK = Domain(
    "bank",
    companies=(
        "Сбербанк",
        "ВТБ",
        "Альфа-Банк",
        "Т-Банк",
        "Газпромбанк",
        "Совкомбанк",
        "Почта Банк",
        "Райффайзенбанк",
        "Росбанк",
        "банк «Открытие»",
    ),
    products=(
        "Мир Классическая",
        "Мир Золотая",
        "Visa Classic",
        "Mastercard Gold",
        "СберКарта",
        "Tinkoff Black",
        "Альфа-Карта",
        "Халва",
        "Мультикарта",
        "Мой онлайн",
    ),
    apps=(
        "Сбербанк Онлайн",
        "ВТБ Онлайн",
        "Альфа-Онлайн",
        "Mir Pay",
        "СБП",
        "Госуслуги",
        "СберСпасибо",
    ),
    agent_tags=("Оператор", "Сотрудник", "Специалист", "Оператор"),
    client_tags=("Клиент", "Клиент", "Абонент"),
    scenarios=(
        (  # a lost card: block and reissue
            C(
                "Здравствуйте. Я вчера {потерял/потеряла} карту, хочу её перевыпустить.",
                "Добрый день, у меня украли кошелёк, там была карта. Нужно заблокировать.",
                "Здрасьте, карту где-то {оставил/оставила}, не могу найти. Что делать?",
            ),
            *NAME_BLOCK,
            A(
                "Для проверки продиктуйте, пожалуйста, номер карты.",
                "Назовите номер карты, которую нужно заблокировать.",
                "Номер карты помните?",
            ),
            C(
                "{card}.",
                "Сейчас, в приложении посмотрю... {card}.",
                "Номер {card}.",
                "Только последние цифры помню. А, нет, вот: {card}.",
            ),
            A(
                "Вижу карту {product}, {card:masked}. Последняя операция — {date} в {time}, покупка на {amount}.",
                "Карта {card:masked}, на счёте {amount}. Последняя операция {date}, {amount}.",
            ),
            C(
                "Да, это я в магазине {расплачивался/расплачивалась}. После этого карты уже не было.",
                "Это моя операция, дальше ничего не {делал/делала}.",
                "Нет, такой покупки я не {делал/делала}!",
            ),
            A(
                "Блокирую старую карту. Новая будет выпущена на имя {client.fio:gent}, перевыпуск бесплатный.",
                "Карта заблокирована. Перевыпуск по тарифу «{product}» стоит {amount}.",
                "Готово, карта заблокирована. Новую выпустим за пять рабочих дней.",
            ),
            maybe(*ADDRESS_BLOCK, p=0.7),
            maybe(*PHONE_BLOCK, p=0.6),
            A(
                "Заявка № {number} оформлена, подтверждение придёт на почту.",
                "Номер обращения {order}, сохраните его, пожалуйста.",
                "Оформил{/а} заявку, номер {number}.",
            ),
            maybe(*EMAIL_BLOCK, p=0.4),
        ),
        (  # a blocked card
            C(
                "Здравствуйте, у меня заблокировали карту {card}, не могу ничего оплатить.",
                "Добрый день. Карта не проходит, пишет «операция отклонена».",
                "Почему вы заблокировали мою карту? Я {стоял/стояла} на кассе как {дурак/дура}.",
            ),
            *NAME_BLOCK,
            A(
                "Вижу, что {date} в {time} была попытка перевода на {amount}. Система сочла операцию подозрительной.",
                "Карта ограничена из-за операции на {amount} от {date}. Вы её совершали?",
            ),
            C(
                "Да, это я {переводил/переводила} сестре, {other.if:datv}.",
                "Я {платил/платила} за отель в {city:loct}, всё нормально.",
                "Нет, это не я! Я вообще в {city:loct} сейчас.",
                "Да, это мой перевод {other.fio:datv}, за ремонт.",
            ),
            A(
                "Понял{/а}. Снимаю ограничение, карта заработает в течение пятнадцати минут.",
                "Тогда перевыпустим карту. Номер обращения {order}.",
                "Хорошо. Для подтверждения пришлю код на номер {phone}.",
            ),
            maybe(
                C(
                    "{=Слава богу}. А то я уже {испугался/испугалась}.",
                    "А на будущее как сделать, чтобы такого не было?",
                )
            ),
            maybe(
                A(
                    "Можно подключить уведомления в {app}, тогда увидите каждую операцию.",
                    "Рекомендую установить лимит в приложении {app}.",
                )
            ),
            maybe(*PHONE_BLOCK, p=0.4),
        ),
        (  # a transfer sent to the wrong person
            C(
                "Здравствуйте, я {перевёл/перевела} деньги не тому человеку. Можно вернуть?",
                "Добрый день, {отправил/отправила} перевод по номеру телефона и {ошибся/ошиблась} цифрой.",
            ),
            *NAME_BLOCK,
            A("На какую сумму и когда был перевод?", "Подскажите сумму и дату перевода."),
            C(
                "{amount}, {date}, около {time}.",
                "{date}, сумма {amount}.",
                "Сегодня в {time}, {amount} через {app}.",
            ),
            C(
                "По номеру {phone:wrong}, а надо было на {phone:friend}.",
                "{Переводил/Переводила} на номер {phone:wrong}.",
                "Перевод на карту {card:wrong}.",
            ),
            A(
                "Вижу перевод на {amount}, номер операции {order}, получатель {other.ios}",
                "{Нашёл/Нашла} операцию № {order}. Получатель — {other.ios}, верно?",
            ),
            C(
                "Да, это не тот человек. Мне нужно было отправить {friend.if:datv}.",
                "Я такого не знаю. Деньги были для {friend.name:gent}.",
            ),
            A(
                "Мы направим получателю запрос на возврат, срок рассмотрения до {date}.",
                "Без согласия получателя вернуть нельзя, но мы отправим ему уведомление. Ответ придёт до {date}.",
            ),
            maybe(C("Понятно. {=Надежда}, конечно, слабая.", "Ну хоть так.")),
            maybe(
                C("И ещё: могу я сразу перевести {friend.name:datv} на карту {card:friend}?"),
                A("Да, перевод по номеру карты доступен в {app}, комиссия {amount}."),
            ),
        ),
    ),
    fillers=(
        (A("Обратите внимание: сотрудники банка никогда не спрашивают код из СМС."),),
        (
            C("Мне вчера звонили якобы из службы безопасности {company}."),
            A("Это мошенники, не сообщайте им никаких кодов."),
        ),
        (A("Кешбэк за прошлый месяц — {amount}, начислен {date}."),),
    ),
)
TELECOM = Domain(
    "telecom",
    companies=("МегаФон", "МТС", "Билайн", "Tele2", "Ростелеком", "Yota"),
    products=(
        "Мой онлайн",
        "Безлимитище",
        "Мегасемья",
        "Анлим",
        "Мой онлайн+",
        "Black",
        "Максимум",
        "Без переплат",
        "Мой безлимит",
        "Близкие люди",
    ),
    apps=("Мой МТС", "Мой Билайн", "МегаФон ТВ", "Мой Tele2", "Wink", "Кион", "Яндекс Плюс"),
    agent_tags=("Оператор", "Специалист", "Оператор"),
    client_tags=("Абонент", "Клиент"),
    scenarios=(
        (  # a tariff change
            C(
                "Здравствуйте, хочу поменять тариф, сейчас у меня «{product}».",
                "Добрый день, почему с меня списали {amount}? У меня же тариф {product}.",
                "Алло, мне нужен тариф подешевле, плачу {amount} в месяц, это много.",
            ),
            A(
                "Назовите, пожалуйста, номер телефона, по которому обращаетесь.",
                "Подскажите номер, о котором идёт речь.",
            ),
            C(
                "{phone}.",
                "{phone:bare}.",
                "Номер {phone}.",
                "Мой номер {phone:bare}, я с него и звоню.",
            ),
            A("На кого оформлен договор?", "Назовите, пожалуйста, владельца номера."),
            C(
                "На меня, {client.fio}.",
                "На маму, {other.fio}. Она рядом, может подтвердить.",
                "{client.fio}.",
            ),
            A(
                "Спасибо. Сейчас у вас «{product}», абонентская плата {amount}. Могу предложить «{product}» за {amount} в месяц.",
                "Вижу. Есть тариф «{product}»: {amount} в месяц, безлимит на мессенджеры.",
            ),
            C(
                "А в чём разница?",
                "А раньше было {amount}, почему подорожало?",
                "Давайте, подключайте.",
            ),
            A(
                "С {date} подняли цены на архивные тарифы. Новый тариф начнёт действовать с {date}.",
                "Переход бесплатный, списание по новому тарифу начнётся {date}.",
            ),
            maybe(
                A("Управлять услугами можно в приложении {app}."),
                C("А {app} входит?", "Хорошо, посмотрю."),
            ),
            maybe(*EMAIL_BLOCK, p=0.3),
        ),
        (  # moving a number from another operator
            C(
                "Здравствуйте, хочу перейти к вам со своим номером от {rival}.",
                "Добрый день, как перенести номер {phone} к вам?",
            ),
            A("Конечно, перенос бесплатный.", "Перенос номера займёт восемь дней."),
            *NAME_BLOCK,
            A("Номер, который переносим?", "Продиктуйте, пожалуйста, переносимый номер."),
            C("{phone}.", "{phone:bare}.", "Вот этот, {phone}."),
            A(
                "Заявление оформлено на {client.fio:accs}. Перенос состоится {date} с {time} до {time}.",
                "Оформил{/а} заявление № {number}. Номер перейдёт {date}, ночью связь может пропадать.",
            ),
            A("Сим-карту доставим курьером или заберёте в салоне?", "Куда привезти сим-карту?"),
            GIVE_ADDRESS,
            maybe(CONFIRM_ADDRESS),
            A(
                "Курьер {courier.name} позвонит накануне с номера {phone:courier}.",
                "Доставка {date}, с {time} до {time}. Временный номер — {phone:temp}.",
            ),
            maybe(
                C(
                    "Хорошо. Я {ушёл/ушла} от {rival}, потому что {=надежда} на нормальный интернет умерла."
                )
            ),
        ),
        (  # no connection at home
            C(
                "Здравствуйте, у меня дома третий день нет интернета.",
                "Добрый день, не работает домашний интернет.",
            ),
            A(
                "Назовите, пожалуйста, адрес подключения.",
                "Подскажите адрес, где установлено оборудование.",
            ),
            GIVE_ADDRESS,
            A("Спасибо. На кого оформлен договор?"),
            GIVE_NAME,
            A(
                "Вижу авария на линии в вашем доме, ремонт до {date}.",
                "По адресу {address:city} ведутся работы, восстановим до {time}.",
            ),
            C("А перерасчёт будет?", "Мне работать надо, я на удалёнке!"),
            A(
                "Да, абонентскую плату за эти дни вернём, это около {amount}.",
                "Сделаем перерасчёт, номер заявки {order}.",
            ),
            maybe(*PHONE_BLOCK, p=0.7),
        ),
    ),
    fillers=(
        (A("Остаток пакета: 12 ГБ интернета и 300 минут до {date}."),),
        (
            C(
                "Интернет в {city:loct} вообще не ловит.",
                "У меня ещё номер {rival}, там то же самое.",
            ),
        ),
    ),
)
DELIVERY = Domain(
    "delivery",
    companies=(
        "Яндекс Go",
        "Ситимобил",
        "такси «Максим»",
        "Самокат",
        "Delivery Club",
        "Яндекс Еда",
        "СДЭК",
        "Boxberry",
        "Ozon",
        "Wildberries",
        "Купер",
        "ВкусВилл",
    ),
    products=("Эконом", "Комфорт", "Комфорт+", "Бизнес", "Детский", "Доставка", "Экспресс"),
    apps=("Яндекс Плюс", "Ozon Premium", "СберПрайм", "Самокат Плюс", "Яндекс Go"),
    agent_tags=("Оператор", "Диспетчер", "Поддержка"),
    client_tags=("Клиент", "Пассажир", "Клиент"),
    scenarios=(
        (  # a late courier
            C(
                "Здравствуйте, где мой заказ {number}? Обещали привезти к {time}.",
                "Добрый вечер, курьер опаздывает уже на час, заказ № {number}.",
                "Здрасте. Заказ {order} так и не привезли.",
            ),
            ASK_PHONE,
            GIVE_PHONE,
            A(
                "Вижу заказ на имя {client.fi:gent}, доставка по адресу {address:formal}.",
                "Заказ оформлен на {client.if:accs}, адрес {address:city}. Верно?",
            ),
            C(
                "Да, всё верно.",
                "Нет, я же {менял/меняла} адрес на {address:work}!",
                "Да. Только подъезд второй.",
            ),
            A(
                "Курьер {courier.name} уже в пути, будет через 15 минут. Его номер {phone:courier}.",
                "Заказ передан курьеру {courier.if:datv}, он будет у вас до {time}.",
            ),
            maybe(
                C(
                    "А можно я {сам/сама} позвоню курьеру?",
                    "Он мне звонил с номера {phone:courier}, я не {успел/успела} взять трубку.",
                )
            ),
            A(
                "За ожидание начислим {amount} баллами.",
                "Приносим извинения, вернём {amount} на карту {card:masked}.",
            ),
            maybe(
                C("Хорошо. {Оплачивал/Оплачивала} картой {card}, туда и вернёте?"), A("Да, на неё.")
            ),
        ),
        (  # a thing left in a taxi
            C(
                "Здравствуйте, я вчера {забыл/забыла} телефон в такси.",
                "Добрый день, {оставил/оставила} в машине сумку, поездка была {date} около {time}.",
            ),
            A(
                "Назовите номер телефона, с которого заказывали поездку.",
                "Подскажите ваш номер в приложении.",
            ),
            GIVE_PHONE,
            A(
                "{Нашёл/Нашла} поездку: {date}, от {address:short} до {address:work}. Водитель {driver.if}, верно?",
                "Вижу поездку {date} в {time}, маршрут {address:city} — {address:work}.",
            ),
            C(
                "Да, {driver.name} его звали, кажется.",
                "Да-да, водитель {driver.name}, машина белая.",
            ),
            A(
                "Я передам водителю вашу просьбу. Он свяжется с вами по номеру {phone}.",
                "Свяжемся с водителем, номер обращения {order}.",
            ),
            maybe(C("А если не ответит? Там вся моя жизнь в телефоне.", "{=Надежда есть}?")),
            maybe(
                A(
                    "{=Надежда есть}: обычно водители возвращают вещи в течение суток.",
                    "Обычно вещи находятся.",
                )
            ),
            maybe(C("Можно ещё на почту написать: {email}."), A("Хорошо, продублируем на почту.")),
            *NAME_BLOCK,
        ),
        (  # an overcharged ride
            C(
                "Здравствуйте, с меня списали {amount} вместо {amount} за поездку.",
                "Добрый день, водитель поехал другой дорогой, поездка стоила {amount}.",
            ),
            ASK_PHONE,
            GIVE_PHONE,
            A(
                "Вижу поездку {date} от {address:short}. Тариф «{product}», итоговая стоимость {amount}."
            ),
            C(
                "Вот именно! А в приложении показывало {amount}.",
                "Водитель {driver.name} ещё и нагрубил.",
            ),
            A(
                "Вернём разницу {amount} на карту {card:masked} в течение трёх дней.",
                "Оформил{/а} возврат, номер операции {order}.",
            ),
            maybe(C("Передайте {driver.fi:datv}, что так нельзя."), A("Обязательно передам.")),
        ),
    ),
    fillers=(
        (C("В прошлый раз {вызывал/вызывала} такси «{=Максим}», так там ещё дольше ждали."),),
        (A("Курьер сообщил, что стоит в пробке на въезде в {city:accs}."),),
    ),
)
SCHOOL = Domain(
    "school",
    companies=(
        "Skyeng",
        "Фоксфорд",
        "Нетология",
        "Учи.ру",
        "Инглекс",
        "Тетрика",
        "Умскул",
        "Яндекс Практикум",
    ),
    products=(
        "Английский для детей",
        "ЕГЭ по математике",
        "Python-разработчик",
        "Разговорный английский",
        "ОГЭ по русскому",
        "Шахматы с нуля",
        "Подготовка к школе",
    ),
    apps=("Vimbox", "Zoom", "Учи.ру", "Яндекс Телемост"),
    agent_tags=("Менеджер", "Оператор", "Куратор"),
    client_tags=("Клиент", "Родитель"),
    scenarios=(
        (  # a trial lesson
            C(
                "Здравствуйте, хочу записать ребёнка на пробный урок.",
                "Добрый день, мы с {@child:сыном/дочкой} хотим попробовать «{product}».",
                "Здравствуйте! Хочу записать {@child:сына/дочь} {child.name:accs} на пробное занятие.",
            ),
            A("Отлично! Как зовут ребёнка и сколько лет?", "Подскажите имя и возраст ученика."),
            C(
                "{child.name}, {age}.",
                "{@child:Сын/Дочь}, {child.name}, {age}.",
                "{child.nick}, {age}, в пятом классе.",
            ),
            A(
                "Записываю {child.name:accs} на {date} в {time} по московскому времени. Преподаватель — {teacher.io}.",
                "Есть окно {date} в {time}, урок проведёт {teacher.name} {teacher.sur}.",
            ),
            C("Подходит.", "А можно попозже, после {time}? {@child:Он/Она} в школе до трёх."),
            *EMAIL_BLOCK,
            one_of(
                (A("Также продублируем в СМС на номер {phone}, верно?"), C("Да, верно.", "Да.")),
                (ASK_PHONE, GIVE_PHONE),
            ),
            maybe(A("Пробный урок бесплатный, дальше пакет из 8 занятий стоит {amount}.")),
            maybe(
                C(
                    "А скидка для второго ребёнка есть?",
                    "Если понравится, возьмём пакет. {=Вера в лучшее} есть.",
                )
            ),
            *NAME_BLOCK,
        ),
        (  # a payment that did not open the course
            C(
                "Здравствуйте, я {оплатил/оплатила} курс «{product}», {amount}, а доступ не открылся.",
                "Добрый день, списали деньги дважды за «{product}».",
            ),
            A(
                "Подскажите, пожалуйста, почту, на которую зарегистрирован аккаунт.",
                "Укажите e-mail от личного кабинета.",
            ),
            GIVE_EMAIL,
            A(
                "Вижу аккаунт {client.fi:gent}. Платёж {date} на {amount} с карты {card:masked}, верно?",
                "{Нашёл/Нашла}: ученик {child.if}, оплата {date}, номер платежа {order}.",
            ),
            C("Да, это моя карта.", "Да. {Платил/Платила} с карты {card}."),
            A(
                "Доступ открыт, обновите страницу. Ваш куратор — {teacher.io}, {@teacher:он/она} на связи в чате.",
                "Всё исправили. Второй платёж вернём в течение 10 рабочих дней, номер возврата {order}.",
            ),
            maybe(
                C(
                    "Спасибо. А преподаватель {teacher.name} останется тот же?",
                    "Спасибо, {=слава богу}, а то ребёнок уже переживал.",
                )
            ),
        ),
        (  # a lesson to move
            C(
                "Здравствуйте, нам нужно перенести урок {date}.",
                "Добрый день! {child.name} {@child:заболел/заболела}, урок в {time} не сможем.",
            ),
            A("Подскажите ФИО ученика.", "На кого оформлено обучение?"),
            C("{child.fi}.", "{child.if}, {age}.", "{child.fio}."),
            A(
                "Вижу: {child.name}, урок с {teacher.io:ablt} {date} в {time}. На какое время перенести?"
            ),
            C("Давайте на {date}, после {time}.", "Можно на выходные?"),
            A(
                "{Перенёс/Перенесла} на {date} в {time}. Напоминание придёт на {email}.",
                "Готово, урок {date} в {time}.",
            ),
            maybe(C("Передайте {teacher.io:datv} спасибо, {@child:он/она} в восторге.")),
        ),
    ),
    fillers=(
        (
            C(
                "Ребёнок вместо английского в «{=Мир Танков}» играет.",
                "У нас {=вера} в онлайн-школы после прошлой ещё не вернулась.",
            ),
        ),
        (A("Уроки проходят на платформе {app}, ссылка придёт за 15 минут."),),
    ),
)
DOMAINS = (BANK, TELECOM, DELIVERY, SCHOOL)


# --- rendering ------------------------------------------------------------------------------

PERSON_SLOT = re.compile(r"(\w+)\.(\w+)(?::(\w+))?")
GENDER_SLOT = re.compile(r"(\^|@\w+:)?([^/{}=]*)/([^/{}]*)")
VALUE_SLOT = re.compile(r"(\w+)(?::(\w+))?")
SLOT = re.compile(r"\{([^{}]*)\}")
SPEAKERS = {"A": "agent", "C": "client", "B": "agent"}
AGES = [
    "6 лет",
    "7 лет",
    "8 лет",
    "9 лет",
    "10 лет",
    "11 лет",
    "12 лет",
    "14 лет",
    "15 лет",
    "16 лет",
]


@dataclass
class Dialogue:
    """One conversation: its people and values stay the same in every line that mentions them."""

    rng: random.Random
    fake: Faker
    domain: Domain
    people: dict[str, Person] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = make_person(self.rng, self.fake)
        return self.people[role]

    def value(self, key: str, make):
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def render(self, template: str, speaker: str) -> list[Segment]:
        out, pos = [], 0
        for m in SLOT.finditer(template):
            out.append((template[pos : m.start()], None))
            out += self.slot(m.group(1), speaker)
            pos = m.end()
        out.append((template[pos:], None))
        return [s for s in out if s[0]]

    def slot(self, body: str, speaker: str) -> list[Segment]:
        if body.startswith("="):
            return [(body[1:], KEEP)]
        if m := GENDER_SLOT.fullmatch(body):
            role = SPEAKERS[speaker]
            if m.group(1) == "^":
                role = "client" if role == "agent" else "agent"
            elif m.group(1):
                role = m.group(1)[1:-1]
            return [(m.group(2) if self.person(role).gender == MASC else m.group(3), None)]
        if m := PERSON_SLOT.fullmatch(body):
            role, kind, case = m.groups()
            return [(self.person(role).form(kind, case or "nomn", self.rng), f"{PERSON}#{role}")]
        name, variant = VALUE_SLOT.fullmatch(body).groups()
        return getattr(self, "_" + name)(variant)

    def _phone(self, variant: str | None) -> list[Segment]:
        rng = self.rng
        if variant == "city":
            return [
                (
                    write_phone(self.value("city", lambda: city_number(rng)), CITY_FORMATS, rng),
                    PHONE,
                )
            ]
        if variant == "ext":
            digits = self.value("work", lambda: city_number(rng))
            ext = self.value("ext", lambda: str(rng.randint(10, 9999)))
            return [
                (
                    write_phone(digits, CITY_FORMATS, rng) + rng.choice(EXTENSIONS).format(x=ext),
                    PHONE,
                )
            ]
        if variant == "foreign":
            return [(self.value("foreign", lambda: foreign_phone(rng)), PHONE)]
        digits = self.value(f"phone:{variant or 'client'}", lambda: mobile(rng))
        if variant == "bare":
            digits = self.value("phone:client", lambda: mobile(rng))
            return [(digits, PHONE)]
        return [(write_phone(digits, MOBILE_FORMATS, rng), PHONE)]

    def _card(self, variant: str | None) -> list[Segment]:
        key = "client" if variant in (None, "masked") else variant
        digits = self.value(f"card:{key}", lambda: card_number(self.rng))
        if variant == "masked":
            return [(mask_card(digits, self.rng), CARD)]
        return [(write_card(digits, self.rng), CARD)]

    def _address(self, variant: str | None) -> list[Segment]:
        styles = ("formal", "city", "spoken", "short", "loct")
        key = "client" if variant in styles or variant is None else variant
        address = self.value(f"address:{key}", lambda: make_address(self.rng, self.fake))
        style = variant if variant in styles else self.rng.choice(styles[:4])
        if style == "loct" and address.street_loct():
            return [
                (address.kind.preposition + " ", None),
                (address.write("loct", self.rng), ADDRESS),
            ]
        if style == "loct":
            return [("по адресу ", None), (address.write("city", self.rng), ADDRESS)]
        return [(address.write(style, self.rng), ADDRESS)]

    def _email(self, variant: str | None) -> list[Segment]:
        person = self.person("client")
        return [
            (self.value(f"email:{variant}", lambda: make_email(person, self.rng, self.fake)), EMAIL)
        ]

    def _city(self, case: str | None) -> list[Segment]:
        while True:
            city = inflect(self.rng.choice(BIG_CITIES), "Geox", None, case or "nomn")
            if city:
                return [(city, KEEP)]

    def _company(self, _: str | None) -> list[Segment]:
        return [(self.value("company", lambda: self.rng.choice(self.domain.companies)), KEEP)]

    def _rival(self, _: str | None) -> list[Segment]:
        ours = self._company(None)[0][0]
        rivals = [c for c in self.domain.companies if c != ours]
        return [(self.value("rival", lambda: self.rng.choice(rivals)), KEEP)]

    def _product(self, _: str | None) -> list[Segment]:
        return [(self.rng.choice(self.domain.products), KEEP)]

    def _app(self, _: str | None) -> list[Segment]:
        return [(self.rng.choice(self.domain.apps), KEEP)]

    def _amount(self, _: str | None) -> list[Segment]:
        return [(amount(self.rng), KEEP)]

    def _date(self, _: str | None) -> list[Segment]:
        return [(date(self.rng), KEEP)]

    def _time(self, _: str | None) -> list[Segment]:
        return [(clock(self.rng), KEEP)]

    def _order(self, _: str | None) -> list[Segment]:
        return [(long_number(self.rng), KEEP)]

    def _number(self, _: str | None) -> list[Segment]:
        return [(short_number(self.rng), KEEP)]

    def _age(self, _: str | None) -> list[Segment]:
        return [(self.rng.choice(AGES), None)]


def expand(items, rng: random.Random) -> list[Step]:
    steps = []
    for item in items:
        if isinstance(item, Step):
            steps.append(item)
        elif isinstance(item, Maybe):
            if rng.random() < item.p:
                steps += expand(item.steps, rng)
        else:
            steps += expand(rng.choice(item.branches), rng)
    return steps


def script(dialogue: Dialogue) -> list[Step]:
    """The steps of one conversation: greeting, a scenario, extra exchanges and small talk, a
    closing; 10–30 lines."""
    rng, domain = dialogue.rng, dialogue.domain
    body = expand(rng.choice(domain.scenarios), rng)
    closing = expand(CLOSING, rng)
    target = rng.randint(10, 30)
    small_talk = [*FILLERS, *domain.fillers]
    pool = rng.sample(small_talk, k=SMALL_TALK_PER_CONVERSATION) + list(EXTRAS)
    rng.shuffle(pool)
    while pool and 1 + len(body) + len(closing) < target:
        # Insertions go between exchanges, never between a question and its answer.
        gaps = [i for i in range(1, len(body) + 1) if body[i - 1].speaker == "C"]
        at = rng.choice([i for i in gaps if i == len(body) or body[i].speaker == "A"] or gaps)
        body[at:at] = expand(pool.pop(), rng)
    return [GREETING, *body, *closing][:30]


def say(dialogue: Dialogue, step: Step) -> list[Segment]:
    return dialogue.render(dialogue.rng.choice(step.templates), step.speaker)


# --- the two document kinds -----------------------------------------------------------------


def call(dialogue: Dialogue) -> list[list[Segment]]:
    """A punctuated call transcript with speaker tags."""
    rng = dialogue.rng
    agent_tag, client_tag = (
        rng.choice(dialogue.domain.agent_tags),
        rng.choice(dialogue.domain.client_tags),
    )
    style = rng.choice(["tags", "tags", "tags", "named", "asr", "short", "timecode"])
    elapsed = 0
    lines = []
    for step in script(dialogue):
        tag = agent_tag if step.speaker == "A" else client_tag
        if style == "named" and step.speaker == "A":
            head = [
                (f"{agent_tag} ", None),
                (dialogue.person("agent").name, f"{PERSON}#agent"),
                (": ", None),
            ]
        elif style == "asr":
            head = [(f"Спикер {1 if step.speaker == 'A' else 2}: ", None)]
        elif style == "short":
            head = [("О: " if step.speaker == "A" else "К: ", None)]
        elif style == "timecode":
            elapsed += rng.randint(2, 25)
            head = [
                (
                    f"[{elapsed // 3600:02d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}] {tag}: ",
                    None,
                )
            ]
        else:
            head = [(f"{tag}: ", None)]
        lines.append(head + say(dialogue, step))
    return lines


CHAT_AGENTS = ("Поддержка", "Оператор", "Служба заботы", "Чат поддержки", "Специалист")
CHAT_CLIENTS = ("Клиент", "Вы", "Пользователь")
BOT_LINES = (
    "Здравствуйте! Я виртуальный помощник {company}. Опишите, пожалуйста, ваш вопрос.",
    "Добрый день! Вы написали в поддержку {company}. Среднее время ответа — 3 минуты.",
    "Соединяю со специалистом. Пожалуйста, оставайтесь в чате.",
)


def chat(dialogue: Dialogue) -> list[list[Segment]]:
    """A messenger log: timestamps, sender labels, a bot at the start, casual client lines."""
    rng = dialogue.rng
    client, agent = dialogue.person("client"), dialogue.person("agent")
    agent_label = rng.choice(
        [
            [(rng.choice(CHAT_AGENTS), None)],
            [(rng.choice(CHAT_AGENTS) + " (", None), (agent.name, f"{PERSON}#agent"), (")", None)],
            [(agent.name, f"{PERSON}#agent"), (" | " + rng.choice(CHAT_AGENTS), None)],
        ]
    )
    client_label = rng.choice(
        [
            [(rng.choice(CHAT_CLIENTS), None)],
            [(rng.choice(CHAT_CLIENTS), None)],
            [("Клиент", None)],
            [(client.form("if", "nomn", rng), f"{PERSON}#client")],
            [(client.form("short", "nomn", rng), f"{PERSON}#client")],
            [(client.form("latin", "nomn", rng), f"{PERSON}#client")],
        ]
    )
    bot_label = [(rng.choice(["Бот", "Виртуальный помощник", "Система"]), None)]
    style = rng.choice(["bracket", "time", "after", "whatsapp", "telegram"])
    moment = datetime(2025, 1, 1, 8) + timedelta(
        days=rng.randint(0, 364), minutes=rng.randint(0, 800)
    )
    steps = [Step("B", (line,)) for line in rng.sample(BOT_LINES, k=rng.randint(0, 2))]
    # A Telegram export gives every message two lines.
    steps = (steps + script(dialogue))[: 15 if style == "telegram" else 30]
    lines = []
    for step in steps:
        moment += timedelta(seconds=rng.randint(10, 240))
        label = {"A": agent_label, "C": client_label, "B": bot_label}[step.speaker]
        text = say(dialogue, step)
        if step.speaker == "C":
            text = casual(text, rng)
        d, t = moment.strftime("%d.%m.%Y"), moment.strftime("%H:%M")
        if style == "bracket":
            lines.append([(f"[{d} {t}] ", None), *label, (": ", None), *text])
        elif style == "time":
            lines.append([(f"{t} ", None), *label, (": ", None), *text])
        elif style == "after":
            lines.append([*label, (f" ({t}): ", None), *text])
        elif style == "whatsapp":
            lines.append([(f"{d}, {t} - ", None), *label, (": ", None), *text])
        else:
            lines += [[*label, (f", [{d} {t}]", None)], text]
    return lines


def casual(segments: list[Segment], rng: random.Random) -> list[Segment]:
    """How people type in a messenger: no capital, no full stop, sometimes a lowercase name."""
    out = list(segments)
    first, label = out[0]
    if label is None and rng.random() < 0.5:
        out[0] = (first[:1].lower() + first[1:], None)
    last, label = out[-1]
    if label is None and last.endswith(".") and rng.random() < 0.6:
        out[-1] = (last[:-1] + rng.choice(["", "", ")", " )"]), None)
        out = [s for s in out if s[0]]
    if rng.random() < 0.15:
        out = [(t.lower(), lb) if (lb or "").startswith(PERSON) else (t, lb) for t, lb in out]
    return out


def assemble(lines: list[list[Segment]]) -> tuple[str, list[dict]]:
    parts, spans, pos = [], [], 0
    for i, line in enumerate(lines):
        for text, label in ([("\n", None)] if i else []) + line:
            if label:
                assert text == text.strip() and text, f"gold span with loose edges: {text!r}"
                # «PERSON#client»: whose name it is, for the consistency of surrogates.
                label, _, who = label.partition("#")
                span = {"start": pos, "end": pos + len(text), "label": label}
                spans.append(span | {"who": who} if who else span)
            parts.append(text)
            pos += len(text)
    return "".join(parts), spans


def documents(n: int = DOCUMENTS, seed: int = SEED) -> list[dict]:
    """`n` documents, half calls and half chats, spread over the domains; same seed, same set."""
    rng = random.Random(seed)
    fake = Faker("ru_RU")
    fake.seed_instance(seed)
    out = []
    for i in range(n):
        kind = "call" if i % 2 == 0 else "chat"
        domain = DOMAINS[i // 2 % len(DOMAINS)]
        dialogue = Dialogue(rng, fake, domain)
        text, spans = assemble(call(dialogue) if kind == "call" else chat(dialogue))
        out.append(
            {
                "id": f"gen-{i:04d}",
                "kind": kind,
                "domain": domain.name,
                "text": text,
                "spans": spans,
            }
        )
    return out


def write_jsonl(docs: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("-n", type=int, default=DOCUMENTS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    docs = documents(args.n, args.seed)
    print(f"{len(docs)} documents → {write_jsonl(docs, args.out)}")


if __name__ == "__main__":
    main()
