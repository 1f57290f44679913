"""Before/after pairs for the whole engine: what a user sees in `redact call.txt`."""

from __future__ import annotations

import pytest

import redactor

CASES = [
    # Numbering follows the person through every grammatical case and form.
    (
        "Здравствуйте, Иван Петров! Передайте Ивану Петрову, что Петрова Ивана ждут. Иван согласен.",
        "Здравствуйте, [ИМЯ_1]! Передайте [ИМЯ_1], что [ИМЯ_1] ждут. [ИМЯ_1] согласен.",
    ),
    (
        "Договор на Смирнову Анну Сергеевну. Анна Сергеевна, подпишите. Смирновой звонили.",
        "Договор на [ИМЯ_1]. [ИМЯ_1], подпишите. [ИМЯ_1] звонили.",
    ),
    (
        "Звонила Анна Смирнова, потом Иван Петров. Анне перезвоните, Петрову не надо.",
        "Звонила [ИМЯ_1], потом [ИМЯ_2]. [ИМЯ_1] перезвоните, [ИМЯ_2] не надо.",
    ),
    # The same e-mail is the same placeholder; another one gets the next number.
    (
        "Пишите на ivan@mail.ru или IVAN@mail.ru, копию на olga@ya.ru",
        "Пишите на [ПОЧТА_1] или [ПОЧТА_1], копию на [ПОЧТА_2]",
    ),
    # The same phone with another prefix, the same address with its type words spelled out.
    (
        "Звоните 8 912 345-67-89 или +7 (912) 345-67-89, а рабочий 8 (495) 123-45-67.",
        "Звоните [ТЕЛЕФОН_1] или [ТЕЛЕФОН_1], а рабочий [ТЕЛЕФОН_2].",
    ),
    (
        "Доставка: улица Малышева, дом 84, квартира 17. Записала: ул. Малышева, д. 84, кв. 17.",
        "Доставка: [АДРЕС_1]. Записала: [АДРЕС_1].",
    ),
    (
        "Карта 4276 1600 1234 5674, повторяю: 4276160012345674.",
        "Карта [КАРТА_1], повторяю: [КАРТА_1].",
    ),
    # Speech recognition: lowercase, no punctuation, numbers in words; a phone said twice is one.
    (
        "оператор: здравствуйте меня зовут валерия чем могу помочь\n"
        "клиент: да это смирнов андрей петрович номер мой восемь девятьсот шестнадцать сто "
        "двадцать три сорок пять шестьдесят семь живу на улице гагарина дом пять квартира "
        "двенадцать\nоператор: повторите\nклиент: восемь девятьсот шестнадцать сто двадцать "
        "три сорок пять шестьдесят семь",
        "оператор: здравствуйте меня зовут [ИМЯ_1] чем могу помочь\n"
        "клиент: да это [ИМЯ_2] номер мой [ТЕЛЕФОН_1] живу на [АДРЕС_1]\n"
        "оператор: повторите\nклиент: [ТЕЛЕФОН_1]",
    ),
    (
        "карта две тысячи двести два четыре тысячи пятьсот сорок восемь три тысячи девятьсот "
        "тридцать семь пять тысяч двести тридцать шесть",
        "карта [КАРТА_1]",
    ),
    (
        "звоните 8 девятьсот 16 123 45 67 или +7 916 123-45-67 или восемь девятьсот "
        "шестнадцать сто двадцать три сорок пять шестьдесят семь",
        "звоните [ТЕЛЕФОН_1] или [ТЕЛЕФОН_1] или [ТЕЛЕФОН_1]",
    ),
    (
        "плюс семь девятьсот шестнадцать 123 45 67 звоните",
        "[ТЕЛЕФОН_1] звоните",
    ),
    # Amounts, times and counts in words are no personal data.
    (
        "тысяча двести рублей в пятнадцать тридцать три раза тариф за триста",
        "тысяча двести рублей в пятнадцать тридцать три раза тариф за триста",
    ),
    # Speaker tags and everyday words survive.
    ("Оператор: Спасибо, до свидания!", "Оператор: Спасибо, до свидания!"),
    ("Вера в лучшее помогает, слава богу.", "Вера в лучшее помогает, слава богу."),
]


@pytest.mark.parametrize(("before", "after"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_redact(before: str, after: str) -> None:
    assert redactor.redact(before).text == after


def test_findings_point_into_the_original() -> None:
    text = "Клиент Азат Хабибуллин, почта azat@mail.ru"
    result = redactor.redact(text)
    assert [f.value(text) for f in result.findings] == ["Азат Хабибуллин", "azat@mail.ru"]
    assert result.replacements == ("[ИМЯ_1]", "[ПОЧТА_1]")
    assert all(f.recognizer and 0 < f.score <= 1 for f in result.findings)


def test_empty_and_blank_text() -> None:
    assert redactor.analyze("") == []
    assert redactor.redact("  \n").text == "  \n"


def test_entities_filter() -> None:
    text = "Иван, пишите на ivan@mail.ru"
    assert {f.entity_type for f in redactor.analyze(text, ["EMAIL_ADDRESS"])} == {"EMAIL_ADDRESS"}


def test_long_text_is_analysed_in_pieces() -> None:
    # Over spaCy's limit of a million characters; the same person keeps one placeholder.
    line = "Клиент: здравствуйте, это Иван Петров, пишите на ivan@mail.ru\n"
    text = line * (1_100_000 // len(line) + 1)
    result = redactor.redact(text)
    assert result.text == "Клиент: здравствуйте, это [ИМЯ_1], пишите на [ПОЧТА_1]\n" * text.count(
        "\n"
    )


@pytest.mark.parametrize(
    ("text", "size"),
    [("a\nb\nc\n", 2), ("abc", 1), ("ab\ncd", 10), ("\n\n\n", 1), ("long line\nx", 3)],
)
def test_pieces_cover_the_text(text: str, size: int) -> None:
    from redactor.detect.analyzer import pieces

    parts = list(pieces(text, size))
    assert "".join(p for _, p in parts) == text
    assert all(text[o : o + len(p)] == p for o, p in parts)
