"""The phone recognizer's own rules; whole texts are in its EXAMPLES (tests/test_recognizers.py)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.phone import PhoneRecognizer, _windows


def _found(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in PhoneRecognizer().analyze(text, None)]


SHAPES = [
    ("+7 912 345-67-89", 0.7),
    ("8 (912) 345-67-89", 0.7),
    ("89123456789", 0.5),
    ("(495) 123-45-67", 0.5),
    ("мой 912 345 67 89 вечером", 0.45),  # a mobile's layout: 9xx xxx xx xx
    ("мой 9123456789 вечером", 0.3),
    ("912 345 67 89", 0.5),  # a mobile's ten digits as the whole message
    ("Клиент: 9123456789)", 0.5),
    ("+996 990 947 392", 0.7),  # not an amount «996 990 947», for the «+»
    ("+996 100 947 392", 0.5),  # a range libphonenumber does not list, in a phone's layout
    ("тел. 912 345 67 89", 0.6),  # «тел.» lemmatizes to «тело», so the recognizer reads it
]


@pytest.mark.parametrize(("text", "score"), SHAPES)
def test_score_by_shape(text: str, score: float) -> None:
    [(value, found_score)] = _found(text)
    assert value in text and found_score == score


@pytest.mark.parametrize(
    "text",
    [
        "Номер заказа 9123456789",
        "ИНН 7707083893",
        "договор № 9123456789",
        "операция 89123456789",
        "4276 1600 1234 5675",
        "40817810099910004312",
        "1 000 000 руб, +1 000 000 руб",
    ],
)
def test_not_a_phone(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("8 916 123 45 67 3 раза", "8 916 123 45 67"),
        ("8 916 123 45 67 15 30 удобно", "8 916 123 45 67"),  # the matcher took it whole
        ("2-й 8 916 123 45 68", "8 916 123 45 68"),
    ],
)
def test_phone_and_a_number_after_it(text: str, phone: str) -> None:
    assert [value for value, _ in _found(text)] == [phone]


def test_extension_is_part_of_the_phone() -> None:
    assert _found("8 495 555 35 35, добавочный 45.") == [("8 495 555 35 35, добавочный 45", 0.7)]


def test_windows_cover_each_run_once() -> None:
    text = "слово " * 20 + "8 912 345 67 89 и 8 912 345 67 90 " + "слово " * 20 + "1234567"
    windows = list(_windows(text))
    assert len(windows) == 2
    assert all(text[s:e].strip() for s, e in windows)


def test_dense_stretch_is_cut_and_each_phone_found() -> None:
    text = "+79123456789," * 200  # a dump without spaces: one window would cost quadratic time
    assert len(list(_windows(text))) > 1
    assert len(_found(text)) == 200
