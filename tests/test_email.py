"""E-mail addresses, written and dictated: before/after pairs through the whole engine, and the
written form of a dictated address. More cases are the recognizers' EXAMPLES
(tests/test_recognizers.py)."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.recognizers.spoken_email import spelled

CASES = [
    # Written: the e-mail recognizer.
    ("Пишите на ivan.petrov@mail.ru, отвечу вечером.", "Пишите на [ПОЧТА_1], отвечу вечером."),
    ("Почта: Olga_Sidorova-85@yandex.ru.", "Почта: [ПОЧТА_1]."),
    # Dictated: every word of the address is one e-mail, the name in it too.
    ("почта иван точка петров собака мейл ру", "почта [ПОЧТА_1]"),
    ("запишите ivan petrov собака gmail ком", "запишите [ПОЧТА_1]"),
    ("адрес электронной почты анна девяносто два собака яндекс точка ру", "адрес электронной почты [ПОЧТА_1]"),
    ("е мейл ольга подчеркивание смирнова собака mail ru", "е мейл [ПОЧТА_1]"),
    ("ivan petrov mail ru", "[ПОЧТА_1]"),  # Whisper drops «собака»
    ("пишите на ящик petrov собачка бк ру", "пишите на ящик [ПОЧТА_1]"),
    ("info собака компания точка рф", "[ПОЧТА_1]"),
    ("так алла нижнее подчеркивание журавлева собака инбокс ру записали", "так [ПОЧТА_1] записали"),
    ("почта вася пупкин восемьдесят пять собака мейл ру", "почта [ПОЧТА_1]"),
    ("почта эс петров собака мейл ру", "почта [ПОЧТА_1]"),
    ("эл почта ivanov at yandex dot ru", "эл почта [ПОЧТА_1]"),
    ("мой email: ivan.petrov собака gmail.com", "мой email: [ПОЧТА_1]"),
    ("почта ivanpetrov собака джи мейл ком", "почта [ПОЧТА_1]"),
    ("почта ivan собака айклауд точка ком", "почта [ПОЧТА_1]"),
    ("ящик сидоров тире иван собака рамблер ру", "ящик [ПОЧТА_1]"),
    ("почта восемь девять один два три четыре пять шесть семь восемь девять собака мейл ру", "почта [ПОЧТА_1]"),
    ("адрес почты ivanov собака компания точка нет", "адрес почты [ПОЧТА_1]"),
    # Beside a phone: each keeps its own words.
    (
        "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь и почта ivanov собака мейл ру",
        "мой номер [ТЕЛЕФОН_1] и почта [ПОЧТА_1]",
    ),
    # No address: a dog, a point, a company, a zone alone.
    ("собака лает во дворе", "собака лает во дворе"),
    ("у меня собака и кот", "у меня собака и кот"),
    ("наша собака яндекс любит", "наша собака яндекс любит"),
    ("а собака яндекс такси не пускают", "а собака яндекс такси не пускают"),
    ("в точке продаж", "в точке продаж"),
    ("сказала и точка", "сказала и точка"),
    ("мейл ру групп купила", "мейл ру групп купила"),
    ("я в мейл ру работаю", "я в мейл ру работаю"),
    ("зайдите в личный кабинет мейл ру", "зайдите в личный кабинет мейл ру"),
    ("пришлите на почту компании ромашка точка ру", "пришлите на почту компании ромашка точка ру"),
    ("ящик на мейл ру", "ящик на мейл ру"),
    ("почта россии точка ру", "почта россии точка ру"),
    ("заказ на вайлдберриз точка ру", "заказ на вайлдберриз точка ру"),
    ("ру или ком", "ру или ком"),
]  # fmt: skip


@pytest.mark.parametrize(("before", "after"), CASES)
def test_redact(before: str, after: str) -> None:
    assert redactor.redact(before).text == after


SPELLED = [
    ("иван точка петров собака мейл ру", "иван.петров@mail.ru"),
    ("Иван точка Петров собака mail точка ru", "иван.петров@mail.ru"),
    ("иван.петров@mail.ru", "иван.петров@mail.ru"),
    ("ivan petrov mail ru", "ivanpetrov@mail.ru"),
    ("ivan собака gmail ком", "ivan@gmail.com"),
    ("ivan petrov джи мейл ком", "ivanpetrov@gmail.com"),
    ("анна девяносто два собака яндекс точка ру", "анна92@yandex.ru"),
    ("ольга нижнее подчеркивание смирнова собака mail ru", "ольга_смирнова@mail.ru"),
    ("сидоров тире иван собака рамблер ру", "сидоров-иван@rambler.ru"),
    ("info компания точка рф", "info@компания.рф"),
]


@pytest.mark.parametrize(("said", "written"), SPELLED)
def test_spelled(said: str, written: str) -> None:
    assert spelled(said) == written


def test_an_address_said_and_written_is_one_placeholder():
    text = "клиент: почта ivan собака gmail ком\nоператор: повторяю ivan@gmail.com"
    assert redactor.redact(text).text == "клиент: почта [ПОЧТА_1]\nоператор: повторяю [ПОЧТА_1]"
