"""Spoken numbers → digits: before/after pairs for every shape, and the offset map checked on
random texts."""

from __future__ import annotations

import random

import pytest

from redactor.normalize import normalize
from redactor.normalize.words import AMBIGUOUS, FORMS

# (spoken, normalized)
PHONES = [
    (
        "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        "мой номер 89161234567",
    ),
    (
        "плюс семь девятьсот шестнадцать один два три четыре пять шесть семь",
        "+79161234567",
    ),
    (
        "восьмёрка девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        "89161234567",
    ),
    ("восемь девять один шесть один два три четыре пять шесть семь", "89161234567"),
    ("звоните 8 девятьсот 16 123 45 67 вечером", "звоните 89161234567 вечером"),
    ("плюс 7 916 123 45 67", "+79161234567"),  # «плюс» before digits only
    ("+7 девятьсот шестнадцать", "+7916"),  # the written «+» stays, outside the run
    ("Восемь Девятьсот Шестнадцать", "8916"),
    ("ВОСЕМЬ девятьсот", "8900"),
    ("номер ноль пять ноль семь", "номер 0507"),
    ("сорок ноль", "400"),  # «ноль» never joins a compound
    ("семёрка единица двойка", "712"),  # digit names
    ("девятьсот сорок пять", "945"),
    ("сорок шестьдесят", "4060"),  # a tens word cannot follow a tens word
    ("шестнадцать сто", "16100"),  # a teen closes its chunk
    ("сто пять", "105"),
    ("девятьсот 5", "905"),
    ("девятьсот 05", "90005"),  # a leading zero is dictated, not a filler
    ("сорок 5", "45"),
]
CARDS = [
    ("карта два два ноль два два ноль ноль ноль", "карта 22022000"),
    ("две тысячи двести два четыре тысячи пятьсот сорок восемь", "22024548"),
    ("тысяча два три", "10023"),  # a unit after «тысяча» fills it, the next starts a chunk
]
AMOUNTS = [
    ("тысяча двести рублей", "1200 рублей"),
    ("сто двадцать тысяч триста рублей", "120300 рублей"),
    ("пять тысяч рублей", "5000 рублей"),
    ("5 тысяч", "5000"),
    ("тысяча 200", "1200"),
    ("две тыщи", "2000"),
    ("тысячу раз", "1000 раз"),
]
ORDINALS = [
    ("две тысячи двадцать четвёртого года", "2024 года"),
    ("пятнадцатого марта тысяча девятьсот восемьдесят пятого", "15 марта 1985"),
    ("две тысячи первого", "2001"),
    ("двухтысячного года", "2000 года"),
    ("сто первый", "101"),
    ("третьего числа", "3 числа"),
    ("двадцать третье пять", "235"),  # an ordinal closes its chunk
]
COUNTS_AND_TIMES = [
    ("в пятнадцать тридцать", "в 1530"),  # two chunks, concatenated like any run
    ("три раза", "3 раза"),
    ("тариф за триста", "тариф за 300"),
    ("мне сорок пять лет", "мне 45 лет"),
]
CASES = [
    ("с двумя детьми", "с 2 детьми"),
    ("около сорока минут", "около 40 минут"),
    ("о пятистах рублях", "о 500 рублях"),
    ("четырьмястами", "400"),
    ("трёхсот трехсот", "300300"),
    ("девяноста", "90"),
    ("одиннадцатью", "11"),
    ("одной", "1"),
    ("четырёх", "4"),
    ("восьмью", "8"),
]
FILLERS = [
    ("восемь девятьсот шестнадцать э сто двадцать три", "8916123"),
    ("восемь значит девятьсот", "8900"),
    ("девятьсот ну так двадцать", "920"),  # fillers do not break a compound
    ("восемь ээ 9", "89"),
    ("8 ну девятьсот", "8900"),  # a filler before the first word
    ("ну восемь девять э", "ну 89 э"),  # fillers outside a run stay
    ("восемь э ну так девять", "8 э ну так 9"),  # three fillers end the run
]
UNCHANGED = [
    "всю семью",  # ambiguous words alone
    "единица измерения",
    "это плюс",
    "8 916 123 45 67",  # digits only: nothing to do
    "пятерочка стол сорокин трижды одинокий",  # number words inside other words
    "",
]
BOUNDARIES = [
    ("два плюс два", "2 плюс 2"),  # arithmetic
    ("2 плюс два", "2 плюс 2"),
    ("семью семь", "77"),  # an ambiguous word next to another number token
    ("12.03 два", "12.03 2"),  # not part of a date
    ("в 14:30 два", "в 14:30 2"),
    ("89161234567 два", "89161234567 2"),  # more than four digits: not dictation
    ("два 1,5", "2 1,5"),
    ("восемь\nдевять", "8\n9"),  # a run never crosses a line break
    ("восемь, девять", "8, 9"),  # nor punctuation
    ("восемь-девять", "8-9"),
    ("восемь\tдевять", "89"),
]
TABLE = PHONES + CARDS + AMOUNTS + ORDINALS + COUNTS_AND_TIMES + CASES + FILLERS + BOUNDARIES
TABLE += [(text, text) for text in UNCHANGED]


@pytest.mark.parametrize(("spoken", "normalized"), TABLE)
def test_normalize(spoken: str, normalized: str) -> None:
    assert normalize(spoken).text == normalized


def test_span_fields() -> None:
    n = normalize("номер плюс семь девятьсот живу")
    [span] = n.spans
    assert (span.start, span.end, span.norm_start, span.norm_end, span.value) == (
        6,
        25,
        6,
        11,
        "+7900",
    )
    assert n.text[span.norm_start : span.norm_end] == span.value


# «номер восемь девятьсот шестнадцать живу» → «номер 8916 живу»
# (normalized span, original span)
MAPPED = [
    ((6, 10), (6, 34)),  # the digits: all the words
    ((7, 8), (6, 34)),  # inside the run: the whole run
    ((0, 8), (0, 34)),  # ends inside the run
    ((8, 15), (6, 39)),  # starts inside the run
    ((0, 5), (0, 5)),  # before the run: unchanged
    ((11, 15), (35, 39)),  # after it: shifted
    ((10, 10), (34, 34)),
    ((6, 6), (6, 6)),
]


@pytest.mark.parametrize(("span", "original"), MAPPED)
def test_to_original(span: tuple[int, int], original: tuple[int, int]) -> None:
    n = normalize("номер восемь девятьсот шестнадцать живу")
    assert n.text == "номер 8916 живу"
    assert n.to_original(*span) == original


# Random texts: number words (in any case, «ё» or «е»), fillers, ordinary words, digits.
WORDS = sorted(FORMS)
OTHER = "номер карта рублей живу раза мой семью сорока плюс 12.03 14:30 1,5 89161234567 пятерочка".split()
FILLER_WORDS = "э ээ эм ну так значит вот".split()
SEPARATORS = [" "] * 12 + ["  ", "\t", "\n", ", ", "-"]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 40)):
        kind = rng.random()
        if kind < 0.5:
            word = rng.choice(WORDS)
            word = word.replace("е", "ё") if rng.random() < 0.1 else word
            word = word.capitalize() if rng.random() < 0.1 else word
        elif kind < 0.65:
            word = rng.choice(FILLER_WORDS)
        elif kind < 0.8:
            word = str(rng.randint(0, 10 ** rng.randint(1, 5)))
        else:
            word = rng.choice(OTHER)
        parts += (word, rng.choice(SEPARATORS))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(20))
def test_offset_map(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        original = _random_text(rng)
        n = normalize(original)
        out, orig = n.text, original
        copied = norm = 0
        for span in n.spans:
            # outside the runs, the text is the same
            assert out[norm : span.norm_start] == orig[copied : span.start]
            assert out[span.norm_start : span.norm_end] == span.value
            assert n.to_original(span.norm_start, span.norm_end) == (span.start, span.end)
            # any part of a run maps to the whole run
            s = rng.randrange(span.norm_start, span.norm_end)
            e = rng.randint(s + 1, span.norm_end)
            assert n.to_original(s, e) == (span.start, span.end)
            # a run starts and ends with a number token, never a space or a filler
            words = orig[span.start : span.end].split()
            assert _number_token(words[0]) or words[0].lower() == "плюс"
            assert _number_token(words[-1])
            copied, norm = span.end, span.norm_end
        assert out[norm:] == orig[copied:]
        # each character outside the runs maps 1:1, shifted
        for offset in range(len(out)):
            if not any(s.norm_start <= offset < s.norm_end for s in n.spans):
                start, end = n.to_original(offset, offset + 1)
                assert orig[start:end] == out[offset]


def _number_token(word: str) -> bool:
    return word.isdigit() or word.lower().replace("ё", "е") in FORMS


def test_ambiguous_forms_are_number_words() -> None:
    assert AMBIGUOUS <= FORMS.keys()
