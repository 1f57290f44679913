"""Capitals back for speech-recognition text, for the NER only."""

from __future__ import annotations

import pytest

from redactor.detect.truecase import caseless, truecase

WORDS = [
    ("смирнов", "Смирнов"),
    ("андрей", "Андрей"),
    ("петрович", "Петрович"),
    ("хабибуллиной", "Хабибуллиной"),  # unknown to the dictionary, a Russian-shaped surname
    ("москва", "Москва"),
    ("вера", "вера"),  # as often the word: context decides
    ("роза", "роза"),
    ("слава", "слава"),
    ("лендинг", "лендинг"),  # pymorphy3 guesses a first name; a loanword
    ("карта", "карта"),
    ("Иван", "Иван"),
    ("123", "123"),
]


@pytest.mark.parametrize(("word", "expected"), WORDS)
def test_truecase(word: str, expected: str) -> None:
    assert truecase(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("оператор: здравствуйте меня зовут валерия", True),
        ("Оператор: Здравствуйте, меня зовут Валерия.", False),
        ("12 34 56", False),
        ("", False),
    ],
)
def test_caseless(text: str, expected: bool) -> None:
    assert caseless(text) == expected
