"""Masked previews: each line is (value, entity type, what a report may show)."""

from __future__ import annotations

import pytest

from redactor.finding import Finding
from redactor.replace.preview import mask, rows

CASES = [
    # Phones: country prefix, first digit of the code, last two digits.
    ("+7 (912) 345-67-89", "PHONE_NUMBER", "+7 (9**) ***-**-89"),
    ("89123456789", "PHONE_NUMBER", "89*******89"),
    ("8 912 345 67 89", "PHONE_NUMBER", "8 9** *** ** 89"),
    ("+7-912-345-67-89", "PHONE_NUMBER", "+7-9**-***-**-89"),
    ("9123456789", "PHONE_NUMBER", "9*******89"),  # no prefix: the code comes first
    ("+380 44 123 45 67", "PHONE_NUMBER", "+380 4* *** ** 67"),  # a three-digit country code
    ("345-67-89", "PHONE_NUMBER", "3**-**-89"),
    ("12-34", "PHONE_NUMBER", "**-**"),  # too short to reveal anything
    # Cards: first and last four digits of a full number only.
    ("4276 1600 1234 5674", "CREDIT_CARD", "4276 **** **** 5674"),
    ("4276160012345674", "CREDIT_CARD", "4276********5674"),
    ("2202-2061-7734-5183", "CREDIT_CARD", "2202-****-****-5183"),
    ("4276 1600", "CREDIT_CARD", "**** ****"),
    ("4276 **** **** 5674", "CREDIT_CARD", "**** **** **** ****"),  # already masked: 8 digits
    # E-mail: first character of the local part and the top-level domain.
    ("ivan.petrov@mail.ru", "EMAIL_ADDRESS", "i**********@****.ru"),
    ("a@corp.mail.ru", "EMAIL_ADDRESS", "a@****.****.ru"),
    ("info@почта.рф", "EMAIL_ADDRESS", "i***@*****.рф"),
    ("not-an-email", "EMAIL_ADDRESS", "***-**-*****"),
    # Names and addresses: first letter of each run of letters; digits starred.
    ("Иван Петров", "PERSON", "И*** П*****"),
    ("Петрову Ивану Сергеевичу", "PERSON", "П****** И**** С*********"),
    ("Анна-Мария", "PERSON", "А***-М****"),
    ("И. П. Сидоров", "PERSON", "И. П. С******"),
    ("в.л", "PERSON", "*.*"),  # initials alone: shown, they would be the whole value
    ("咪 蒙", "PERSON", "* *"),
    ("ул. Ленина, д. 5", "ADDRESS", "у*. Л*****, д. *"),
    (
        "г. Москва, ул. 8 Марта, д. 12к3, кв. 45",
        "ADDRESS",
        "г. М*****, у*. * М****, д. **к*, к*. **",
    ),
    # Anything else: every letter and digit.
    ("АБ 123456", "RU_PASSPORT", "** ******"),
]


@pytest.mark.parametrize(("value", "entity", "expected"), CASES)
def test_mask(value: str, entity: str, expected: str) -> None:
    assert mask(value, entity) == expected


@pytest.mark.parametrize(("value", "entity", "expected"), CASES)
def test_mask_keeps_layout_and_hides_most(value: str, entity: str, expected: str) -> None:
    masked = mask(value, entity)
    # Same length, and every character is the original one or a star: the layout survives.
    assert len(masked) == len(value)
    assert all(m in (v, "*") for m, v in zip(masked, value, strict=True))
    shown = sum(a == b and a.isalnum() for a, b in zip(masked, value, strict=True))
    assert shown <= max(8, sum(c.isalnum() for c in value) // 2)


def test_rows_give_line_and_column_from_one() -> None:
    text = "Оператор: добрый день\r\nКлиент: Иван Петров, ivan@mail.ru\n"
    name, mail = text.index("Иван"), text.index("ivan@")
    findings = [
        Finding(name, name + len("Иван Петров"), "PERSON", 0.85, "PersonRecognizer"),
        Finding(mail, mail + len("ivan@mail.ru"), "EMAIL_ADDRESS", 1.0, "EmailRecognizer"),
    ]
    assert [(r.line, r.column, r.entity_type, r.preview) for r in rows(text, findings)] == [
        (2, 9, "PERSON", "И*** П*****"),
        (2, 22, "EMAIL_ADDRESS", "i***@****.ru"),
    ]
