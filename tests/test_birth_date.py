"""Birth dates: the date reader of `redactor.detect.dates`, the birth check, whole texts before/after."""

from __future__ import annotations

import datetime

import pytest

import redactor
from redactor.detect.dates import Date, dates
from redactor.detect.recognizers.birth_date import BirthDateRecognizer, _in_past

# (text, the dates read: (value, day, month, year as written))
READ = [
    ("12.03.1985", [("12.03.1985", 12, 3, "1985")]),
    ("12/03/85", [("12/03/85", 12, 3, "85")]),
    ("12 марта 1985 года", [("12 марта 1985 года", 12, 3, "1985")]),
    ("12 марта 1985 г.", [("12 марта 1985 г.", 12, 3, "1985")]),
    ("12.03.1985 г.р.", [("12.03.1985", 12, 3, "1985")]),  # «г.р.» is a cue: it stays
    ("7 мая", [("7 мая", 7, 5, None)]),
    ("в марте 1985 года", [("марте 1985 года", None, 3, "1985")]),
    ("1985 года рождения", [("1985 года", None, None, "1985")]),
    # As the normalizer writes spoken dates.
    ("12-го марта 85-го года", [("12-го марта 85-го года", 12, 3, "85")]),
    ("12-е марта 1985-го года", [("12-е марта 1985-го года", 12, 3, "1985")]),
    ("в 85-м году", [("85-м году", None, None, "85")]),
    ("12-е 0 3-е 85-й", [("12-е 0 3-е 85-й", 12, 3, "85")]),
    ("25-го 12-го 1990-го", [("25-го 12-го 1990-го", 25, 12, "1990")]),
    ("12 03 85", [("12 03 85", 12, 3, "85")]),
    ("20106", [("20106", 2, 1, "06")]),  # «два ноль один ноль шесть», written together
    ("807 86", [("807 86", 8, 7, "86")]),
    ("12031985", [("12031985", 12, 3, "1985")]),
    ("1985-03-12", [("1985-03-12", 12, 3, "1985")]),
    ("д.р.12.03.1985г.", [("12.03.1985г.", 12, 3, "1985")]),
    ("3-е октября этого года", [("3-е октября этого года", 3, 10, None)]),  # a year by its place
    ("5 мая прошлого года", [("5 мая прошлого года", 5, 5, None)]),
    ("5 мая этого", [("5 мая", 5, 5, None)]),
    # Not dates.
    ("31.02.1985", []),
    ("14:30", []),
    ("12,5 марта", []),
    ("1 200 руб.", []),
    ("4821 2", []),  # no month 82
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_dates_are_read(text: str, expected: list) -> None:
    found = [(text[d.start : d.end], d.day, d.month, d.year) for d in dates(text)]
    assert found == expected


TODAY = datetime.date(2026, 11, 23)
PAST = [
    (Date(0, 0, 12, 3, "1985"), True),
    (Date(0, 0, 12, 3, "85"), True),  # 1985
    (Date(0, 0, 12, 3, "05"), True),  # 2005
    (Date(0, 0, 12, 3, "30"), True),  # 1930: two digits ahead of this year are the last century
    (Date(0, 0, 1, 12, "2026"), False),  # later this year
    (Date(0, 0, None, None, "2030"), False),
    (Date(0, 0, None, None, "1899"), False),
    (Date(0, 0, 29, 2, "1985"), False),  # no 29 February that year
    (Date(0, 0, 29, 2, None), True),  # a birthday without a year
    (Date(0, 0, None, None, "1985"), True),
]


@pytest.mark.parametrize(("date", "past"), PAST)
def test_birth_is_in_the_past(date: Date, past: bool) -> None:
    assert _in_past(date, TODAY) is past


BEFORE_AFTER = [
    (
        "Дата рождения: 12.03.1985, перевод от 12.03.2024 на 5 000 руб.",
        "Дата рождения: [ДАТА_РОЖДЕНИЯ_1], перевод от 12.03.2024 на 5 000 руб.",
    ),
    (
        "Петров, 1985 года рождения, звонил 15 марта.",
        "Петров, [ДАТА_РОЖДЕНИЯ_1] рождения, звонил 15 марта.",
    ),
    ("д/р 12/03/85", "д/р [ДАТА_РОЖДЕНИЯ_1]"),
    ("Родился в 1985 году в Туле.", "Родился в [ДАТА_РОЖДЕНИЯ_1] в Туле."),
    (
        "Паспорт выдан 15.04.2005, д.р. 12.03.1985.",
        "Паспорт выдан 15.04.2005, д.р. [ДАТА_РОЖДЕНИЯ_1].",
    ),
    (
        "родился двенадцатого марта восемьдесят пятого года звонили двенадцатого марта",
        "родился [ДАТА_РОЖДЕНИЯ_1] звонили двенадцатого марта",
    ),
    (
        "дата рождения двенадцатое марта тысяча девятьсот восемьдесят пятого года",
        "дата рождения [ДАТА_РОЖДЕНИЯ_1]",
    ),
    ("родился в восемьдесят пятом году", "родился в [ДАТА_РОЖДЕНИЯ_1]"),
    ("дата рождения третье октября этого года", "дата рождения [ДАТА_РОЖДЕНИЯ_1]"),
    ("доставим третье октября этого года", "доставим третье октября этого года"),
    ("Договор от 01.02.2020, доставим 15 марта.", "Договор от 01.02.2020, доставим 15 марта."),
    ("Родился в 2031 году?", "Родился в 2031 году?"),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_AFTER)
def test_redacted(text: str, expected: str) -> None:
    assert redactor.redact(text, ["DATE_OF_BIRTH"]).text == expected


@pytest.mark.parametrize("marked", BirthDateRecognizer.EXAMPLES)
def test_why_never_holds_the_date(marked: str) -> None:
    text = marked.replace("[", "").replace("]", "")
    for r in BirthDateRecognizer().analyze(text, None):
        why = r.analysis_explanation.textual_explanation
        assert text[r.start : r.end] not in why
        assert not any(c.isdigit() for c in why)
