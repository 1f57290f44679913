"""The card recognizer's helpers; whole texts are in its EXAMPLES (tests/test_recognizers.py)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.card import CardRecognizer, luhn

LUHN = [
    ("4111111111111111", True),  # the Visa test number
    ("378282246310005", True),  # the American Express test number
    ("2202200012345672", True),  # МИР
    ("22022000123456789", False),
    ("1234567812345678", False),
    ("4276160012345674", False),
]


@pytest.mark.parametrize(("digits", "valid"), LUHN)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn(digits) is valid


SPANS = [
    ("карта 4276 1600 1234 5675 2 раза", "4276 1600 1234 5675"),  # short group after: not the card
    ("карта 2202 2000 1234 5678 0 МИР", "2202 2000 1234 5678 0"),  # 17 digits, Luhn with the 0
    ("на 4276 **** **** 5678 списали", "4276 **** **** 5678"),
    ("карта 4276 16XX XXXX 5678", "4276 16XX XXXX 5678"),
    ("по карте ...5678", "...5678"),
    ("картой *5678", "*5678"),
    # A card said in words comes out in the groups it was read in (redactor.detect.normalize).
    ("карта 42 76 16 00 12 34 56 75 5000 рублей", "42 76 16 00 12 34 56 75"),
    ("карта 4276 16 00 1234 56 75", "4276 16 00 1234 56 75"),
    ("карта 2202 2000 1234567 2", "2202 2000 1234567 2"),
    ("оканчивается на 56 78", "56 78"),
]


@pytest.mark.parametrize(("text", "value"), SPANS)
def test_span(text: str, value: str) -> None:
    found = [text[r.start : r.end] for r in CardRecognizer().analyze(text, ["CREDIT_CARD"])]
    assert found == [value]


@pytest.mark.parametrize(
    "text",
    [
        "40817810099910004312",  # a bank account: 20 digits
        "счёт 4081 7810 0999 1000 4312",  # the same in groups, no card word
        "1 2 3 4 5 6 7 8 9 10 11 12 13",
        "8 912 345 67 89 10",
        "Код 5678 из смс",
        "42 76 16 00 12 34 56 75",  # Luhn, but in odd groups: only after a card word
        "карта 42 76 16 00 12 34 56 76",  # fails Luhn
        "карта в 15 30",
    ],
)
def test_nothing_proposed(text: str) -> None:
    assert [r for r in CardRecognizer().analyze(text, None) if r.score >= 0.4] == []
