"""AddressRecognizer on its own (no engine, no context words): shapes, scores and edges."""

from __future__ import annotations

import time

import pytest

from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers.address_words import line_regex

RECOGNIZER = AddressRecognizer()


def _found(text: str) -> list[tuple[str, float, str]]:
    return [
        (text[r.start : r.end], r.score, r.analysis_explanation.textual_explanation)
        for r in RECOGNIZER.analyze(text, ["ADDRESS"])
    ]


# (the whole text is one address, the shape its explanation names)
SHAPES = [
    ("125009, г. Москва, ул. Тверская, д. 7, кв. 15", "postcode+settlement+street+house+flat"),
    ("МО, г. Химки, ул. Ленина, 5", "place+settlement+street+number"),
    (
        "Московская обл., Одинцовский р-н, пос. Новое, ул. Лесная, д. 3",
        "area+settlement+street+house",
    ),
    (
        "Российская Федерация, Московская область, Одинцовский городской округ, "
        "рабочий посёлок Новоивановское, ул. Агрохимиков, д. 5",
        "place+area+settlement+street+house",
    ),
    ("Невский проспект, дом 28", "street_after+house"),
    ("1-я Тверская-Ямская ул., д. 5, стр. 1", "street_after+house+unit"),
    ("5-я линия В.О., д. 12", "street_after+house"),
    ("ул. 50 лет Октября 12", "street+number"),
    ("пр. Маршала Жукова, 14, корп. 2", "street+number+unit"),
    ("ул ленина д 5 кв 12", "street+house+flat"),
    ("д. Ивановка, д. 12", "settlement+house"),
    ("СНТ Ромашка, участок 15", "settlement+house"),
    ("СПб, Невский 28-15", "place+short"),
    ("Ленина 5-12", "short"),
    ("Мира 7, кв 41", "short+flat"),
    ("доме 16 по улице Генерала Дорохова", "house+street"),
    ("дом 5, кв. 17", "house+flat"),
    ("125009, г. Москва", "postcode+settlement"),
    ("квартира 15", "flat"),
    ("ул. Ленина", "street"),
]


@pytest.mark.parametrize(("text", "shape"), SHAPES)
def test_shape(text: str, shape: str) -> None:
    [(value, score, why)] = _found(text)
    assert (value, why) == (text, f"address shape: {shape}")
    assert score >= 0.4


# (text, the score it gets before any context word): these need «адрес», «живу», «курьер».
WEAK = [
    ("Ленинский проспект", 0.3),
    ("Адрес: Ленина 5", 0.3),
    ("на улицы Лондона", 0.3),  # a city's streets, unless a context word says otherwise
]


@pytest.mark.parametrize(("text", "score"), WEAK)
def test_weak_shape_needs_context(text: str, score: float) -> None:
    assert [s for _, s, _ in _found(text)] == [score]


def test_two_addresses_in_a_row_are_two_findings() -> None:
    text = "г. Москва, ул. Тверская, д. 7, кв. 15; г. Тула, ул. Мира, 3"
    assert [v for v, _, _ in _found(text)] == [
        "г. Москва, ул. Тверская, д. 7, кв. 15",
        "г. Тула, ул. Мира, 3",
    ]


def test_an_address_stops_at_the_line_end() -> None:
    assert [v for v, _, _ in _found("ул. Тверская, 7\n5 минут ждать")] == ["ул. Тверская, 7"]


def test_a_number_that_counts_is_not_a_house() -> None:
    assert _found("на Петрова 2 карты") == []
    assert _found("Оператор 2-й линии 3 оператора позвал") == []
    assert [v for v, _, _ in _found("ул. Ленина 5 минут назад")] == ["ул. Ленина"]


def test_explanations_hold_no_text_of_the_address() -> None:
    for example in RECOGNIZER.EXAMPLES:
        for _, _, why in _found(example.replace("[", "").replace("]", "")):
            assert why.startswith("address shape: ")
            assert set(why.removeprefix("address shape: ")) <= set("abcdefghijklmnopqrstuvwxyz_+")


def test_line_regex_keeps_blanks_short_and_on_one_line() -> None:
    pattern = line_regex(r"ул\.\s*Ленина")
    assert pattern.fullmatch("ул.  Ленина")
    assert not pattern.fullmatch("ул.\nЛенина")
    assert not pattern.fullmatch("ул." + " " * 10 + "Ленина")


def test_text_without_addresses_costs_under_a_microsecond_a_char() -> None:
    # The counter-examples are far denser in «дом», «кв», «улица» than real text.
    text = " ".join(RECOGNIZER.COUNTER_EXAMPLES) * 100
    RECOGNIZER.analyze(text[:5000], ["ADDRESS"])  # fill the morphology cache
    timings = []
    for _ in range(3):  # the best of three, so a busy machine does not fail the test
        started = time.perf_counter()
        RECOGNIZER.analyze(text, ["ADDRESS"])
        timings.append(time.perf_counter() - started)
    assert min(timings) < len(text) * 1e-6
