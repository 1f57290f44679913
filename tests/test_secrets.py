"""Secrets (codes, PINs, CVV, passwords, code words) and card expiry: the value readers, whole
texts before/after, and `why` strings that never hold the value."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.recognizers.card_expiry import CardExpiryRecognizer
from redactor.detect.recognizers.secret import SecretRecognizer, _code, _word

# (text, where the value starts, fewest and most digits, the code read or None)
CODES = [
    ("4821", 0, 4, 8, "4821"),
    ("48 21", 0, 4, 8, "48 21"),  # said in pairs
    ("1234 2 раза", 0, 4, 6, "1234"),  # a count after the code is not its part
    ("3 раза", 0, 4, 6, None),
    ("1000 рублей", 0, 4, 8, None),
    ("123", 0, 3, 4, "123"),
    ("12", 0, 3, 4, None),
    ("123456789", 0, 4, 8, None),  # too long for a code: an account, an order
    ("8 800 555 35 35", 0, 4, 8, None),  # a phone after «код»: not cut down to a code
    ("14:30", 0, 4, 8, None),
    ("12.03.2024", 0, 4, 8, None),
]


@pytest.mark.parametrize(("text", "start", "fewest", "most", "code"), CODES)
def test_code(text: str, start: int, fewest: int, most: int, code: str | None) -> None:
    span = _code(text, start, fewest, most)
    assert (text[slice(*span)] if span else None) == code


# (text after the cue, the value read or None)
WORDS = [
    (" ромашка", "ромашка"),
    (" — ромашка.", "ромашка"),
    (": «Мурзик»", "Мурзик"),
    (" Qwerty123!", "Qwerty123"),
    (" ivan.petrov, спасибо", "ivan.petrov"),
    (" у меня солнышко", "солнышко"),
    (" не помню", None),
    (" забыла", None),
    (" неверный", None),
    (" какое", None),
    (" Полярная звезда", "Полярная звезда"),  # a describing word and its noun
    (" личного кабинета", None),  # «пароль личного кабинета»: whose, not what
    (" Сбербанка", None),
    (" 8 символов", None),
    (".\nКлиент: Тюльпан", "Тюльпан"),  # the answer to «Назовите кодовое слово.»
    (".\nКлиент: секунду", None),
    (".\nКлиент: девичья фамилия мамы", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "value"), WORDS)
def test_word(text: str, value: str | None) -> None:
    span = _word(text, 0)
    assert (text[slice(*span)] if span else None) == value


OURS = ["SECRET", "CARD_EXPIRY", "CREDIT_CARD", "PHONE_NUMBER"]  # and those that may compete
BEFORE_AFTER = [
    ("Код из смс 4821, вводить?", "Код из смс [КОД_1], вводить?"),
    ("Пин-код 1234, кодовое слово — ромашка.", "Пин-код [КОД_1], кодовое слово — [КОД_2]."),
    (
        "Карта 4276 1600 1234 5675, срок до 08/27, CVV 123.",
        "Карта [КАРТА_1], срок до [СРОК_КАРТЫ_1], CVV [КОД_1].",
    ),
    ("ПИН-код карты 7391", "ПИН-код карты [КОД_1]"),  # not the card's last four digits
    ("пароль от личного кабинета ivan1985", "пароль от личного кабинета [КОД_1]"),
    ("код четыре восемь два один", "код [КОД_1]"),
    ("срок действия двенадцать двадцать семь", "срок действия [СРОК_КАРТЫ_1]"),
    ("карта действует до декабря двадцать седьмого года", "карта действует до [СРОК_КАРТЫ_1]"),
    # Kept: qualified codes, a promo code, no value, counts, amounts, bare fractions.
    ("Код подразделения 770-001, код региона 77.", "Код подразделения 770-001, код региона 77."),
    ("Промокод SALE10, код ошибки 404.", "Промокод SALE10, код ошибки 404."),
    ("Введите код из смс. Вводил три раза.", "Введите код из смс. Вводил три раза."),
    (
        "Пин-код сменили вчера, кодовое слово не помню.",
        "Пин-код сменили вчера, кодовое слово не помню.",
    ),
    ("Счёт 12/27 оплачен, 1 200 руб.", "Счёт 12/27 оплачен, 1 200 руб."),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_AFTER)
def test_redacted(text: str, expected: str) -> None:
    assert redactor.redact(text, OURS).text == expected


@pytest.mark.parametrize(
    ("recognizer", "marked"),
    [(SecretRecognizer, ex) for ex in SecretRecognizer.EXAMPLES]
    + [(CardExpiryRecognizer, ex) for ex in CardExpiryRecognizer.EXAMPLES],
)
def test_why_never_holds_the_value(recognizer, marked: str) -> None:
    text = marked.replace("[", "").replace("]", "")
    for r in recognizer().analyze(text, None):
        why = r.analysis_explanation.textual_explanation
        assert text[r.start : r.end] not in why
        assert not any(c.isdigit() for c in why)
