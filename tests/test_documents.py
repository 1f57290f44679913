"""Passports, birth certificates, driving licences and vehicle plates: before/after tables, and
the cue and shape rules they rest on."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.recognizers.document_words import (
    LICENSE,
    OTHER,
    PASSPORT,
    document_kind,
    numbers,
    pieces,
)
from redactor.detect.recognizers.passport import DATE, is_roman
from redactor.detect.recognizers.vehicle_plate import PLATE

REDACTED = [
    # Internal passports, in every spacing; the phone recognizer must not take the ten digits.
    ("Паспорт 45 12 345678, прописка московская.", "Паспорт [ПАСПОРТ_1], прописка московская."),
    ("паспорт 4512345678", "паспорт [ПАСПОРТ_1]"),
    ("Серия и номер паспорта: 45 12 № 345678.", "Серия и номер паспорта: [ПАСПОРТ_1]."),
    ("паспорт серии 4512 №345678", "паспорт серии [ПАСПОРТ_1]"),
    ("серия 45 12 номер 345678", "серия [ПАСПОРТ_1]"),
    ("Номер паспорта 9123456789, проверьте.", "Номер паспорта [ПАСПОРТ_1], проверьте."),
    (
        "Оператор: Назовите серию и номер паспорта.\nКлиент: 4512 345678",
        "Оператор: Назовите серию и номер паспорта.\nКлиент: [ПАСПОРТ_1]",
    ),
    # The same passport written and said is one placeholder.
    (
        "оператор: паспорт 45 03 123456?\nклиент: паспорт сорок пять ноль три сто двадцать три"
        " четыреста пятьдесят шесть",
        "оператор: паспорт [ПАСПОРТ_1]?\nклиент: паспорт [ПАСПОРТ_1]",
    ),
    (
        "серия сорок пять двенадцать номер триста сорок пять шестьсот семьдесят восемь",
        "серия [ПАСПОРТ_1]",
    ),
    (  # a group said twice is one group
        "паспорт сорок пять двенадцать триста сорок пять триста сорок пять шестьсот семьдесят"
        " восемь",
        "паспорт [ПАСПОРТ_1]",
    ),
    (
        "клиент: паспорт сорок пять двенадцать\nклиент: триста сорок пять шестьсот семьдесят"
        " восемь",
        "клиент: паспорт [ПАСПОРТ_1]\nклиент: [ПАСПОРТ_2]",
    ),
    # Issue data: the issuing office with the date, and the department code.
    (
        "Паспорт 4512 345678 выдан ОВД района Хамовники 12.03.2015, код подразделения 770-001.",
        "Паспорт [ПАСПОРТ_1] выдан [ПАСПОРТ_2], код подразделения [ПАСПОРТ_3].",
    ),
    (
        "паспорт выдан двенадцатого марта две тысячи пятнадцатого года код подразделения"
        " семьсот семьдесят ноль ноль один",
        "паспорт выдан [ПАСПОРТ_1] код подразделения [ПАСПОРТ_2]",
    ),
    ("Загранпаспорт 75 1234567 до 2030 года.", "Загранпаспорт [ПАСПОРТ_1] до 2030 года."),
    ("Свидетельство о рождении IV-МЮ 123456.", "Свидетельство о рождении [ПАСПОРТ_1]."),
    ("Сын вписан: II-АК № 654321.", "Сын вписан: [ПАСПОРТ_1]."),
    # Driving licences: the same shape, another word.
    ("права 9912 345678", "права [ПРАВА_1]"),
    ("Номер прав 9912345678.", "Номер прав [ПРАВА_1]."),
    (  # a phone's dictated reading of the last numbers ends where the licence does: inside it
        "оператор: продиктуйте номер водительского удостоверения\nклиент: пятьдесят тридцать"
        " сто пятьдесят девятьсот двадцать семь",
        "оператор: продиктуйте номер водительского удостоверения\nклиент: [ПРАВА_1]",
    ),
    (
        "водительское удостоверение девяносто девять двенадцать триста сорок пять шестьсот"
        " семьдесят восемь",
        "водительское удостоверение [ПРАВА_1]",
    ),
    (
        "Паспорт 4512 345678, права 9912 345678, ещё раз паспорт 4512345678.",
        "Паспорт [ПАСПОРТ_1], права [ПРАВА_1], ещё раз паспорт [ПАСПОРТ_1].",
    ),
    # Plates.
    ("Машина А123ВС 77 стоит у подъезда.", "Машина [ГОСНОМЕР_1] стоит у подъезда."),
    ("Приедет белая Kia, а123вс777.", "Приедет белая Kia, [ГОСНОМЕР_1]."),
    ("Номер машины А 123 ВС 777.", "Номер машины [ГОСНОМЕР_1]."),
    (
        "Оператор: Номер автомобиля?\nКлиент: т 013 со 123",
        "Оператор: Номер автомобиля?\nКлиент: [ГОСНОМЕР_1]",
    ),
    ("Прицеп АВ 1234 77 тоже мой.", "Прицеп [ГОСНОМЕР_1] тоже мой."),
    (
        "номер машины а сто двадцать три вэ эс семьдесят семь",
        "номер машины [ГОСНОМЕР_1]",
    ),
    ("Номер заказа 4512 345678, где курьер?", "Номер заказа 4512 345678, где курьер?"),
]

# None of these entities here: order numbers, amounts, dates and times beside a document word,
# codes of things; other entities may be found.
NOT_FOUND = [
    "Паспорт оформили за 3500 рублей, пошлина 1 500 руб.",
    "Паспорт будет готов 12.03.2025 в 14:30.",
    "паспорт готов двенадцатого марта в пятнадцать тридцать",
    "Карта выдана 12.03.2015, срок до 03/27.",
    "Модель А123 сняли с производства.",
    "Живу в 123 кв 77, дом синий.",
    "Артикул К123ТО77 нет в наличии.",
    "Договор серия 45 12 номер 345678 подписан.",
    "Клиент: 4512 345678",  # ten digits and no word: not a passport
    "Перезвоните на 4512345678.",
    "Клиент: Паспортные данные прислал.\nКлиент: БИК: 044525823",
    "Паспорт 150 000 рублей не стоит.",
]
DOCUMENTS = {"RU_PASSPORT", "RU_DRIVER_LICENSE", "RU_VEHICLE_PLATE"}


@pytest.mark.parametrize(("before", "after"), REDACTED)
def test_redacted(before: str, after: str) -> None:
    assert redactor.redact(before).text == after


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    assert [f for f in redactor.analyze(text) if f.entity_type in DOCUMENTS] == []


# Numbers a phone or card recognizer could take: the document wins.
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("паспорт 9123456789", "RU_PASSPORT"),
        ("права 9123456789", "RU_DRIVER_LICENSE"),
        ("номер прав 99 12 345678", "RU_DRIVER_LICENSE"),
        (
            "права девяносто девять двенадцать триста сорок пять шестьсот семьдесят восемь",
            "RU_DRIVER_LICENSE",
        ),
        (
            "номер паспорта девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят"
            " девять",
            "RU_PASSPORT",
        ),
    ],
)
def test_document_wins_over_phone(text: str, entity: str) -> None:
    assert [f.entity_type for f in redactor.analyze(text)] == [entity]


KINDS = [
    ("паспорт ", PASSPORT),
    ("номер паспорта: ", PASSPORT),
    ("паспорт серия ", PASSPORT),
    ("загранпаспорт ", "foreign"),
    ("водительское удостоверение ", LICENSE),
    ("права ", LICENSE),
    ("ВУ ", LICENSE),
    ("в/у ", LICENSE),
    ("паспорт и права ", LICENSE),  # the nearest word decides
    ("права и паспорт ", PASSPORT),
    ("номер заказа ", OTHER),
    ("паспорт отправил, а телефон ", OTHER),
    ("серия ", None),
    ("", None),
    ("паспорт 4512 345678 и ещё ", None),  # the cue named the number before
    ("Оператор: серию и номер паспорта?\nКлиент: ну ", PASSPORT),
    ("Оператор: паспорт получили?\nКлиент: да, мой номер ", None),
]


@pytest.mark.parametrize(("before", "kind"), KINDS)
def test_document_kind(before: str, kind: str | None) -> None:
    text = before + "4512 345678"
    assert document_kind(text, len(before)) == kind


@pytest.mark.parametrize(
    ("text", "digits", "mark", "series_split"),
    [
        ("45 12 345678", "4512345678", None, True),
        ("4512345678", "4512345678", None, True),
        ("45 12 № 345678", "4512345678", 4, True),
        ("4512, а номер 345678", "4512345678", 4, True),
        ("912 345 67 89", "9123456789", None, False),
        ("45 12\nклиент: 345 678", "4512345678", None, True),
    ],
)
def test_numbers(text: str, digits: str, mark: int | None, series_split: bool) -> None:
    (stretches,) = numbers(text)
    whole = stretches[-1]
    assert (whole.digits, whole.mark, whole.split_at(4)) == (digits, mark, series_split)


def test_numbers_stop_past_any_document() -> None:
    (stretches,) = numbers("1 " * 10_000)
    assert len(stretches) == 13


def test_numbers_skip_dates_and_decimals() -> None:
    assert numbers("12.03.2015 в 14:30, 1.5 литра") == []


def test_pieces_leave_the_speaker_tag() -> None:
    text = "серия 45 12\nклиент: номер 345 678"
    assert [text[s:e] for s, e in pieces(text, 6, len(text))] == ["45 12", "345 678"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("выдан 12.03.2015 ОВД", "12.03.2015"),
        ("выдан 12 марта 2015 года", "12 марта 2015 года"),
        ("выдан 1-го апреля 15-го года", "1-го апреля 15-го года"),
        ("выдан 12 03 2015", "12 03 2015"),
        ("серия 45 12 345678", None),
        ("в 14:30", None),
        ("выдан 45.13.2015", None),
    ],
)
def test_issue_date_shape(text: str, date: str | None) -> None:
    m = DATE.search(text)
    assert (m.group() if m else None) == date


@pytest.mark.parametrize(
    ("text", "roman"),
    [
        ("IV-МЮ 123456", True),
        ("iv-мю 123456", True),
        ("ХІІ-АК 123456", True),  # Cyrillic look-alikes
        ("IIII-АК 123456", False),
        ("VX-АК 123456", False),
    ],
)
def test_birth_certificate_series(text: str, roman: bool) -> None:
    assert is_roman(text.split("-")[0]) is roman


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("А123ВС77", True),
        ("а123вс 777", True),
        ("A123BC77", True),  # Latin look-alikes
        ("А 123 ВС 777", True),
        ("А123ВС|77 RUS", True),
        ("Б123ВС77", False),  # Б is never on a plate
        ("А000ВС77", False),  # nor 000
        ("А123ВС 404", True),  # the plate without its region, 404 being none
        ("А1234ВС77", False),
    ],
)
def test_plate_shape(text: str, plate: bool) -> None:
    m = PLATE.fullmatch(text) or PLATE.match(text)
    assert bool(m) is plate
