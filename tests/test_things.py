"""Roles, titles and streets the NER takes for people (`recognizers/things.py`): none is
anyone, and the names beside them stay names. Through the whole engine."""

from __future__ import annotations

import pytest

from redactor.engine import analyze
from redactor.entities import PERSON
from tests.markup import covered, parse

# No one: a role alone, a quoted title after a thing, a station or a street after «на».
NO_ONE = [
    "Клиент: Пицца пришла холодная, Курьер опоздал на час.",
    "Клиент: Вчера звонила, Оператор сказал перезвонить.",
    "Клиент: Монтажник не пришёл, хотя обещали с 10 до 12.",
    "Клиент: Заёмщик может досрочно погасить кредит?",
    "Клиент: Беру томаты «Дядя Ваня», кетчуп «Хайнц».",
    "Оператор: Магазин «Дядя Ваня» открыт с 10.",
    "Клиент: Оформляла рассрочку в «Петровиче» на Таллинском шоссе.",
    "Клиент: Купил книгу «Анна Каренина», пришла другая.",
    "Оператор: Ближайший офис на Маяковской, с 9 до 21.",
    "Клиент: Спасибо. А где ближе всего сдать, я на Шаболовской?",
    "Клиент: А в отделении на Надежды Крупской можно подать?",
    "Оператор: Пункт выдачи на Льва Толстого, 16, вход со двора.",
    "Оператор: Ближайшие — ТНРЭР № 3, Ясногорская улица, 11 и ТНРЭР № 2, Южнопортовая, 13.",
    # an abbreviation in capitals, a compound word no dictionary knows
    "Клиент: Подскажите КБК для оплаты госпошлины.",
    "Оператор: ОБИ — сейчас не партнёр, рассрочка только в других магазинах.",
    "Клиент: Автопродление отключите, пожалуйста.",
    "Клиент: Медкнижка нужна для работы?",
    "Оператор: Итого 5 290 ₽. Самовывоз с Литейного или доставка?\nКлиент: самовывоз. када можно?",
]
# Names: beside a role, quoted after a person or a word that holds a name, after «на» in the
# accusative or the locative, before an age or a sum.
NAMES = [
    "Клиент: Курьер [Никита] позвонил и не приехал.",
    "Клиент: продавец «[Мария Лисицына]», айфон 13 за 38 тысяч",
    "Оператор: Вижу получателя «[Иван Петров]». Верно?",
    "Клиент: в графе «[Иванов Иван Иванович]» всё правильно.",
    "Клиент: новая фамилия «[Ветрова]», как ветер",
    "Оператор: Оформлено на [Надежду Крупскую], верно?",
    "Клиент: Женился на [Светлане] в прошлом году.",
    "Клиент: Перевод на [Петрова], 5 тысяч, не прошёл.",
    "Клиент: [Иванов], 45 лет, живу один.",
    "Клиент: [Дмитрий], 45, звоню по заявке.",
    "Клиент: Карта оформлена на [Смирнову Анну], 12 лет назад.",
    "Клиент: Живу с [Маяковской Ольгой] в одной квартире.",
    "Оператор: Вижу: основная на [Кадырову Гульнару], 3 418 баллов, старая — 1 240 баллов.",
    "Оператор: Карта на [Кадырову Гульнару], 3 шт.",
    "Клиент: [ЦОЙ ВИКТОР] — так на карте написано.",  # a name in capitals the dictionary knows
    "Клиент: [Гульчехра] звонила вчера, просила перезвонить.",  # a name no dictionary knows
]


@pytest.mark.parametrize("text", NO_ONE)
def test_no_one(text: str) -> None:
    found = [text[f.start : f.end] for f in analyze(text) if f.entity_type == PERSON]
    assert not found


@pytest.mark.parametrize("marked", NAMES)
def test_name_stays(marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == PERSON]
    assert all(covered(text, span, found) for span in spans)
