"""AddressRecognizer on its own (no engine, no context words): shapes, scores and edges."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect import street_names
from redactor.detect.recognizers.address import AddressRecognizer
from redactor.detect.recognizers.address_words import line_regex

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


# Speech recognition and hurried chats: no capitals, numbers already digits (redactor.detect.spoken).
# (text, the address in it, its shape)
LOWERCASE = [
    ("город химки микрорайон новогорск", "город химки микрорайон новогорск", "settlement+street"),
    ("посёлок октябрьский улица лесная", "посёлок октябрьский улица лесная", "settlement+street"),
    ("в деревне ивановка", "деревне ивановка", "settlement"),  # a village: few houses
    ("на ленина 5", "ленина 5", "short"),
    ("по пушкина 10", "пушкина 10", "short"),
    ("по адресу ленина 5", "ленина 5", "short"),
    ("на невский 28 15", "невский 28 15", "short"),  # house and flat said one after the other
    ("живу на гагарина 12 квартира 3", "гагарина 12 квартира 3", "short+flat"),
    ("живу на ленина дом 5", "ленина дом 5", "short"),
    ("индекс 125 009", "125 009", "postcode"),  # spoken in groups
    (
        "московская область город химки улица ленина дом 5",
        "московская область город химки улица ленина дом 5",
        "area+settlement+street+house",
    ),
    ("2-й тверской переулок дом 3", "2-й тверской переулок дом 3", "street_after+house"),
    # A speaker's number is not «второй»: the normalizer writes that «2-й».
    ("спикер 2 октябрьский проспект дом 11", "октябрьский проспект дом 11", "street_after+house"),
    ("улица 8 марта дом 3", "улица 8 марта дом 3", "street+house"),
    ("улица мира 7 дробь 2", "улица мира 7 дробь 2", "street+number"),
    ("ленинский проспект 32", "ленинский проспект 32", "street_after+number"),
    ("набережная реки фонтанки дом 20", "набережная реки фонтанки дом 20", "street+house"),
    (
        "живу в городе химки на улице ленина дом 5",
        "городе химки на улице ленина дом 5",
        "settlement+street+house",
    ),
    ("я живу на улице ленина", "улице ленина", "street"),  # a street alone: a home word
    (
        "сочи проезд ленинский дом 120 б квартира 110",  # the town said before the street
        "сочи проезд ленинский дом 120 б квартира 110",
        "place+street+house+flat",
    ),
    (
        "город ростов на дону невский проезд дом 43",
        "город ростов на дону невский проезд дом 43",
        "settlement+street_after+house",
    ),
    (
        "от ленина 26 корпус 4 квартира 127 водитель",
        "ленина 26 корпус 4 квартира 127",
        "short+unit+flat",
    ),
    ("горная 25 квартира 238", "горная 25 квартира 238", "short+flat"),  # no lead, a flat after
    ("ломоносова 19б 94", "ломоносова 19б 94", "short"),  # no lead, a house that is surely one
    ("от бульвар северный 57 итоговая стоимость", "бульвар северный 57", "street+number"),
    (
        "улица ломоносова 76 буква б квартира 213",
        "улица ломоносова 76 буква б квартира 213",
        "street+number+flat",
    ),
    ("площадь энтузиастов дом 144 слэш 7", "площадь энтузиастов дом 144 слэш 7", "street+house"),
    (
        "г москва пр ленина д 5 кв 12",
        "г москва пр ленина д 5 кв 12",
        "settlement+street+house+flat",
    ),
]


@pytest.mark.parametrize(("text", "address", "shape"), LOWERCASE)
def test_lowercase_shape(text: str, address: str, shape: str) -> None:
    [(value, score, why)] = _found(text)
    assert (value, why) == (address, f"address shape: {shape}")
    assert score >= 0.4


# Lowercase words that only look like a name after a type word or «на».
NOT_LOWERCASE = [
    "на улице было 5 человек",
    "на улице 5 градусов",
    "на этой улице 5 домов",
    "хочу на тариф 300",
    "оформите на иванова 2 карты",
    "записала на иванову 5",
    "город большой",
    "в деревне у бабушки",
    "посёлок городского типа",
    "в нашей области дом 5 этажей",
    "лучше на рабочий 8 473 379 27 72",  # the head of a phone
    "и запасной 8 936",
    "мария прохорова 13 27",  # a chat line's author and its time
    "последний раз платил 11 октября 43 275",
    "курс по русскому 24 400 рублей",
    "пишите на комарова 83 собака мейл ру",  # an e-mail
    # a street alone in speech is someone's only with a word that says so (address.py)
    "на улице ленина было холодно",
    "на улице широкой",  # a description as often as a name
    "на улице городского парка",
    "у меня рядом на проспекте мира",
    # a company's place: its office, branch, pickup point
    "ближайшее отделение на ул комсомольской 31",
    "посылка будет в пункте на удмуртской 255",
    "можно к нам на автовскую 31",
]


@pytest.mark.parametrize("text", NOT_LOWERCASE)
def test_lowercase_words_that_are_no_names(text: str) -> None:
    assert _found(text) == []


# (text, the score it gets before any context word): these need «адрес», «живу», «курьер».
WEAK = [
    ("Ленинский проспект", 0.3),
    ("Адрес: Ленина 5", 0.3),
    ("на улицы Лондона", 0.3),  # a city's streets, unless a context word says otherwise
    ("Переведите на Иванова 500", 0.3),  # a round hundred: a transfer as often as a house
    ("переведите на иванова 500", 0.3),
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
    assert _found("на улице ленина 5 машин") == []  # nor the street alone: no home word
    assert [v for v, _, _ in _found("живу на улице ленина 5 машин")] == ["улице ленина"]
    assert [v for v, _, _ in _found("от северный 57 итоговая стоимость")] == []  # no flat after
    assert [v for v, _, _ in _found("на ленина 57 итоговая")] == ["ленина 57"]  # 57 итоговых


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


@pytest.mark.parametrize(("text", "names"), street_names.EXAMPLES)
def test_a_street_named_after_a_person_is_no_one(text: str, names: list[str]) -> None:
    found = redactor.analyze(text)
    assert [text[f.start : f.end] for f in found if f.entity_type == "PERSON"] == names
