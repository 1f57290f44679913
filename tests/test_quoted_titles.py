"""Quoted titles of several words (`layout.quoted`): a book, a film, an album is no one;
a quoted name is still a name. Through the whole engine."""

from __future__ import annotations

import pytest

from redactor.engine import analyze
from redactor.entities import PERSON

TITLES = [
    "и еще вопрос, книжка «Мастер и Маргарита» в программе литературы есть у вас?",
    "а «Тихий Дон» тоже в программе?",
    "Оператор: Да, «Любовь Успенская — Карусель» LP, артикул 88120455, в наличии.",
]
NAMES = [
    ("Оператор: Вижу получателя «Иван Петров». Верно?", "Иван Петров"),
    ("Клиент: в контактах он записан как «Сантехник Иван».", "Иван"),
    ("Клиент: она сказала «Позвоните Ивану Петровичу» и ушла.", "Ивану Петровичу"),
]


@pytest.mark.parametrize("text", TITLES)
def test_title_is_no_one(text: str) -> None:
    found = [text[f.start : f.end] for f in analyze(text) if f.entity_type == PERSON]
    assert not found


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_quoted_name_is_found(text: str, name: str) -> None:
    start = text.index(name)
    end = start + len(name)
    found = [f for f in analyze(text) if f.entity_type == PERSON]
    assert all(
        any(f.start <= i < f.end for f in found) for i in range(start, end) if text[i].isalpha()
    )
