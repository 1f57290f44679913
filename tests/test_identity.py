"""Which mentions are one person or one address: the grouping behind consistent placeholders."""

from __future__ import annotations

import pytest

from redactor.finding import Finding
from redactor.replace import addresses, people


def _mentions(parts: list[str]) -> tuple[str, list[Finding]]:
    text, found, pos = "", [], 0
    for part in parts:
        found.append(Finding(pos, pos + len(part), "X", 1.0, "test"))
        text += part + "; "
        pos = len(text)
    return text, found


PEOPLE = [
    (["Иван Петров", "Ивану Петрову", "Петрова Ивана", "Иван", "Петров"], [0, 0, 0, 0, 0]),
    (["Анна Смирнова", "Иван Петров", "Анне", "Петрову"], [0, 1, 0, 1]),
    (["Петров И. С.", "Иван Сергеевич Петров", "И.С. Петров"], [0, 0, 0]),
    (["Sergey K", "kotik"], [0, 1]),  # a nickname that is no name matches no initial
    (["Sergey K", "Сергей"], [0, 0]),  # a Latin name is read through its transliteration
    (["Смирнову Анну Сергеевну", "Анна Сергеевна", "Смирновой"], [0, 0, 0]),
    (["Иван", "Олег"], [0, 1]),
    (["И.", "Олег"], [0, 1]),  # a lone initial joins nobody
    (["Анна", "Аня", "Ане", "Олег", "Олежка"], [0, 0, 0, 1, 1]),  # a diminutive is its name
    (["Анна Петрова", "Ваня", "Иван"], [0, 1, 1]),
    (["Саша", "Александр"], [0, 1]),  # «Саша» is no one name
]

ADDRESSES = [
    (["улица Малышева, дом 84, квартира 17", "ул. Малышева, д. 84, кв. 17"], [0, 0]),
    (["г. Тула, ул. Мира, д. 3, кв. 5", "ул. Мира, 3"], [0, 0]),
    (["ул. Мира, 3", "ул. Мира, 5"], [0, 1]),
    (["Невский проспект, 28", "пр. Невский, д. 28"], [0, 0]),
]


def _first_seen(ids: list[int]) -> list[int]:
    """Renumber groups in order of first mention, as placeholders are."""
    order: dict[int, int] = {}
    return [order.setdefault(i, len(order)) for i in ids]


@pytest.mark.parametrize(("names", "expected"), PEOPLE)
def test_people(names: list[str], expected: list[int]) -> None:
    assert _first_seen(people.identities(*_mentions(names))) == expected


@pytest.mark.parametrize(("places", "expected"), ADDRESSES)
def test_addresses(places: list[str], expected: list[int]) -> None:
    assert _first_seen(addresses.identities(*_mentions(places))) == expected


# (entity, two ways to write one value): one placeholder number for both.
SAME_VALUE = [
    ("RU_PASSPORT", "45 12 номер 345678", "4512 345678"),
    (
        "RU_PASSPORT",
        "сорок пять двенадцать триста сорок пять шестьсот семьдесят восемь",
        "4512345678",
    ),
    ("RU_SNILS", "112-233-445 95", "11223344595"),
    ("RU_VEHICLE_PLATE", "А123ВС 77", "а123вс77"),
]


@pytest.mark.parametrize(("entity", "one", "other"), SAME_VALUE)
def test_one_value_however_written(entity: str, one: str, other: str) -> None:
    from redactor.replace.placeholders import identity

    assert identity(entity, one) == identity(entity, other)
