"""Spoken numbers → digits: before/after pairs for every shape, and the offset map checked on
random texts."""

from __future__ import annotations

import random
import re

import pytest

from redactor.detect.normalize import NumberSpan, normalize
from redactor.detect.normalize.dictation import dictations
from redactor.detect.normalize.words import AMBIGUOUS, FILLERS, FORMS

# (spoken, normalized): each run written down as a listener would, its numbers apart, digits
# said one by one together.
PHONES = [
    (
        "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        "мой номер 8 916 123 45 67",
    ),
    (
        "плюс семь девятьсот шестнадцать один два три четыре пять шесть семь",
        "+7 916 1234567",
    ),
    ("плюс семь девять один шесть", "+7916"),  # «плюс» belongs to the first number
    (
        "восьмёрка девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        "8 916 123 45 67",
    ),
    ("восемь девять один шесть один два три четыре пять шесть семь", "89161234567"),
    ("звоните 8 девятьсот 16 123 45 67 вечером", "звоните 8 916 123 45 67 вечером"),
    ("телефон восемь 916 сто двадцать три 45 67", "телефон 8 916 123 45 67"),
    ("плюс 7 916 123 45 67", "+7 916 123 45 67"),  # «плюс» before digits only
    ("+7 девятьсот шестнадцать", "+7 916"),  # the written «+» stays, outside the run
    ("Восемь Девятьсот Шестнадцать", "8 916"),
    ("ВОСЕМЬ девятьсот", "8 900"),
    ("номер ноль пять ноль семь", "номер 0507"),
    ("нуль пять", "05"),
    ("восемь девятьсот шестнадцать сто двадцать три сорок ноль пять", "8 916 123 40 05"),
    ("сто двадцать три ноль ноль шестьдесят семь", "123 00 67"),
    ("сорок ноль", "40 0"),  # «ноль» never joins a compound
    ("семёрка единица двойка", "712"),  # digit names
    ("восьмерка четверка нолик", "840"),
    ("девятьсот сорок пять", "945"),
    ("сорок шестьдесят", "40 60"),  # a tens word cannot follow a tens word
    ("шестнадцать сто", "16 100"),  # a teen closes its chunk
    ("сто пять", "105"),
    ("девятьсот 5", "905"),
    ("девятьсот 05", "900 05"),  # a leading zero is dictated, not a filler
    ("сорок 5", "45"),
    ("двадцать два два нуля", "22 00"),  # a count before a digit's name repeats it
    ("три семёрки", "777"),
    ("пять нулей", "00000"),
    ("девятьсот три нуля", "900 000"),  # the count leaves the compound it would fill
    ("две тысячи два нуля", "2000 00"),
    ("одна единица", "11"),  # no count: «одна» and «единица» are digits
    ("семёрка два", "72"),  # a digit's name in the nominative counts nothing
    ("с восьмёрки восемь девятьсот", "с восьмёрки 8 900"),  # what the number starts with
    ("восемь девятьсот так-так шестнадцать", "8 916"),  # a filler with a hyphen, as «э»
]
CARDS = [
    ("карта два два ноль два два ноль ноль ноль", "карта 22022000"),
    ("две тысячи двести два четыре тысячи пятьсот сорок восемь", "2202 4548"),
    ("сорок два семьдесят шесть шестнадцать ноль ноль", "42 76 16 00"),
    ("тысяча два три", "1002 3"),  # a unit after «тысяча» fills it, the next starts a chunk
]
# Where a listener hears a new number.
LISTENER = [
    ("в пятнадцать тридцать", "в 15 30"),
    ("тридцать три", "33"),
    ("в пятнадцать тридцать три раза", "в 15 33 раза"),
    ("сорок пять шестьдесят семь", "45 67"),  # a tens word after tens + unit
    ("в двенадцать сорок пять сорок шесть", "в 12 45 46"),
    ("девятьсот шестнадцать сто двадцать три", "916 123"),
    ("трёхсот трехсот", "300 300"),
    ("шесть семь три раза", "67 3 раза"),  # a digit before a counted noun is a count
    ("пять шесть рублей", "5 6 рублей"),
    ("один два три четыре", "1234"),
]
AMOUNTS = [
    ("тысяча двести рублей", "1200 рублей"),
    ("сто двадцать тысяч триста рублей", "120300 рублей"),
    ("пять тысяч рублей", "5000 рублей"),
    ("5 тысяч", "5000"),
    ("тысяча 200", "1200"),
    ("две тыщи", "2000"),
    ("тысячу раз", "1000 раз"),
    ("двадцать одна тысяча", "21000"),  # «тысяча» agrees with the number it multiplies
    ("одну тысячу двести", "1200"),
    ("двух тысяч", "2000"),
    ("шестнадцать тысяча двести", "16 1200"),  # no agreement: two numbers
    ("двадцать одна тысяч", "21 1000"),
    ("полторы тысячи рублей", "1500 рублей"),
    ("полутора тысяч", "1500"),
    ("полтораста рублей", "150 рублей"),
    ("полторы два", "1,5 2"),  # not an amount anyone says; «полтора» alone is no run
]
# An ordinal is written with its ending, as a listener writes it.
ORDINALS = [
    ("две тысячи двадцать четвёртого года", "2024-го года"),
    ("пятнадцатого марта тысяча девятьсот восемьдесят пятого", "15-го марта 1985-го"),
    ("две тысячи первого", "2001-го"),
    ("двухтысячного года", "2000-го года"),
    ("сто первый", "101-й"),
    ("третьего числа", "3-го числа"),
    ("третьих третья", "3-х 3-я"),
    ("пятая линия", "5-я линия"),
    ("двадцать третье пять", "23-е 5"),  # an ordinal closes its chunk
    ("второй восемь девятьсот", "2-й 8 900"),  # «the second»: no digit of the phone after it
]
COUNTS_AND_TIMES = [
    ("три раза", "3 раза"),
    ("тариф за триста", "тариф за 300"),
    ("мне сорок пять лет", "мне 45 лет"),
    ("к девяти", "к 9"),
    ("два месяца", "2 месяца"),
]
CASES = [
    ("с двумя детьми", "с 2 детьми"),
    ("около сорока минут", "около 40 минут"),
    ("о пятистах рублях", "о 500 рублях"),
    ("четырьмястами", "400"),
    ("двухсот", "200"),
    ("ста", "100"),
    ("девяноста", "90"),
    ("одиннадцатью", "11"),
    ("одной", "1"),
    ("одну", "1"),
    ("двух двум", "22"),
    ("трёх", "3"),
    ("четырёх", "4"),
    ("четырьмя", "4"),
    ("пятью", "5"),
    ("восьмью", "8"),
]
HESITATIONS = [
    # «эм» before another letter by its name is a letter (a plate's «ММ»), not a hesitation
    ("ка девятьсот девяносто девять эм эм сто девяносто восемь", "ка 999 эм эм 198"),
    ("триста эм эн двадцать", "300 эм эн 20"),
    ("восемь девятьсот эм шестнадцать", "8 916"),  # alone, it is one
    ("восемь девятьсот э эм шестнадцать", "8 916"),
    ("восемь девятьсот шестнадцать э сто двадцать три", "8 916 123"),
    ("восемь значит девятьсот", "8 900"),
    ("девятьсот ну так двадцать", "920"),  # fillers do not break a compound
    ("восемь ээ 9", "89"),
    ("пятьдесят три м семьдесят девять", "53 79"),  # «м», as a recogniser writes a hum
    ("8 ну девятьсот", "8 900"),  # a filler before the first word
    ("ну восемь девять э", "ну 89 э"),  # fillers outside a run stay
    ("восемь э ну так девять", "8 э ну так 9"),  # three fillers end the run
    ("сто двадцать три щас секунду сорок пять", "123 45"),
    ("двадцать это много", "20 это много"),  # a filler only between number tokens
    # a group begun, a hesitation, the group said again whole: read once
    ("восемь девятьсот эээ девятьсот шестнадцать", "8 916"),
    ("сто двадцать ну сто двадцать три четыреста", "123 400"),
    ("шестьсот эээ шестьсот пятьдесят семь", "657"),
    ("сорок эээ сорок семь", "47"),
    ("сорок сорок семь", "40 47"),  # no hesitation: as heard
    ("двадцать эээ двадцать один", "21"),
    ("сорок эээ пятьдесят семь", "40 57"),  # another first digit: two groups
    ("пятьсот эээ сорок", "540"),  # shorter: a compound, as before
    # groups said, a hesitation, the same groups again and on: a start taken back, read once
    ("тридцать шесть двадцать один ну тридцать шесть двадцать один семьсот", "36 21 700"),
    ("ноль сейчас ноль пять один", "051"),  # one group: after «сейчас», «щас»
    ("семь щас семь девять", "79"),
    ("ноль эээ ноль пять", "005"),  # one group after «эээ»: maybe two zeros
    ("двадцать один ну двадцать один семьсот", "21 21 700"),
    ("тридцать шесть двадцать один ну тридцать шесть двадцать один", "36 21 36 21"),  # no more
    ("пять пять ну пять пять один", "55551"),  # two digits again: maybe as said
    ("тридцать шесть двадцать один тридцать шесть двадцать один пять", "36 21 36 21 5"),
]
UNCHANGED = [
    "всю семью",  # ambiguous words alone
    "единица измерения",
    "на первое суп, на второе котлеты",  # courses of a meal
    "полтора месяца",
    "это плюс",
    "8 916 123 45 67",  # digits only: nothing to do
    "пятерочка стол сорокин трижды одинокий",  # number words inside other words
    "",
]
BOUNDARIES = [
    ("два плюс два", "2 плюс 2"),  # arithmetic
    ("2 плюс два", "2 плюс 2"),
    ("семью семь", "77"),  # an ambiguous word next to another number token
    ("первое декабря", "1-е декабря"),  # an ordinal before a month: a day
    ("12.03 два", "12.03 2"),  # not part of a date
    ("в 14:30 два", "в 14:30 2"),
    ("89161234567 два", "89161234567 2"),  # more than four digits: not dictation
    ("два 1,5", "2 1,5"),
    ("восемь\nдевять", "8\n9"),  # a run never crosses a line break
    ("восемь. девять", "8. 9"),  # nor the end of a sentence
    ("восемь? девять", "8? 9"),
    ("восемь, девять", "8 9"),  # a comma is a pause in dictation: the numbers apart
    (
        "восемь, девятьсот шестнадцать, э, сто двадцать три, сорок пять, шестьдесят семь.",
        "8 916 123 45 67.",
    ),
    ("четыре два семь шесть, один шесть ноль ноль", "4276 1600"),
    ("1,5 два", "1,5 2"),  # a decimal stays
    ("восемь-девять", "8-9"),  # a hyphen stays
    ("три-четыре раза", "3-4 раза"),
    ("восемь-девятьсот-шестнадцать-сто двадцать три", "8-916-123"),
    ("восемь\tдевять", "89"),
]
TABLE = PHONES + CARDS + LISTENER + AMOUNTS + ORDINALS + COUNTS_AND_TIMES + CASES
TABLE += HESITATIONS + BOUNDARIES + [(text, text) for text in UNCHANGED]


@pytest.mark.parametrize(("spoken", "normalized"), TABLE)
def test_normalize(spoken: str, normalized: str) -> None:
    assert normalize(spoken).text == normalized


def test_span_fields() -> None:
    n = normalize("номер плюс семь девятьсот живу")
    assert n.text == "номер +7 900 живу"
    plus, hundreds = n.spans
    assert plus == NumberSpan(6, 15, 6, 8, "+7", opens_run=True)
    assert hundreds == NumberSpan(16, 25, 9, 12, "900", opens_run=False)


def test_quantities() -> None:
    """Numbers read as an amount, a year or a date, apart from digits dictated in groups."""
    n = normalize("тысяча двести и две тысячи двадцать четвёртого и двенадцать тридцать четыре")
    assert [(s.value, s.quantity) for s in n.spans] == [
        ("1200", True),
        ("2024-го", True),
        ("12", False),
        ("34", False),
    ]


def test_number_at() -> None:
    n = normalize("номер двенадцать тридцать четыре")
    assert n.text == "номер 12 34"
    assert n.number_at(6, 8) == n.spans[0]
    assert n.number_at(7, 8) == n.spans[0]
    assert n.number_at(6, 11) is None  # two numbers
    assert n.number_at(0, 5) is None


# «номер восемь э девятьсот шестнадцать ноль пять живу» → «номер 8 916 05 живу»
# (normalized span, original span)
MAPPED = [
    ((6, 14), (6, 46)),  # all the digits: all the words
    ((8, 11), (15, 36)),  # one number: its words, not the filler before them
    ((9, 10), (15, 36)),  # inside a number: all its words
    ((6, 7), (6, 12)),
    ((12, 14), (37, 46)),  # «ноль пять»
    ((13, 14), (42, 46)),  # a digit said alone: its own word
    ((7, 8), (12, 13)),  # the space between two numbers: a space
    ((0, 5), (0, 5)),  # before the run: unchanged
    ((15, 19), (47, 51)),  # after it: shifted
    ((14, 14), (46, 46)),
    ((6, 6), (6, 6)),
]


@pytest.mark.parametrize(("span", "original"), MAPPED)
def test_to_original(span: tuple[int, int], original: tuple[int, int]) -> None:
    n = normalize("номер восемь э девятьсот шестнадцать ноль пять живу")
    assert n.text == "номер 8 916 05 живу"
    assert n.to_original(*span) == original


# Random texts: number words (in any case, «ё» or «е»), fillers, ordinary words, counted nouns,
# digits.
WORDS = sorted(FORMS)
OTHER = (
    "номер карта рублей живу раза мой семью сорока плюс 12.03 14:30 1,5 89161234567 пятерочка"
    " месяца лет полтора"
).split()
FILLER_WORDS = "э ээ эм ну так значит вот это щас секунду".split()
SEPARATORS = [" "] * 12 + ["  ", "\t", "\n", ", ", "-", ",", ". "]


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


def _texts(seed: int):
    rng = random.Random(seed)
    for _ in range(100):
        original = _random_text(rng)
        yield rng, original, normalize(original)


@pytest.mark.parametrize("seed", range(20))
def test_text_around_numbers(seed: int) -> None:
    """Outside the runs the text is copied; inside a run only spaces and fillers are dropped."""
    for _, orig, n in _texts(seed):
        out = n.text
        copied = norm = 0
        for span in n.spans:
            assert out[span.norm_start : span.norm_end] == span.value
            gap = orig[copied : span.start]
            if span.opens_run:
                assert out[norm : span.norm_start] == gap
            else:
                assert out[norm : span.norm_start] in ("", " ", "-")
                assert all(_filler(w) for w in re.findall(r"\w+", gap))
                assert re.fullmatch(r"(?:[\w \t,]|(?<=\w)-(?=\w))+|-", gap)  # «так-так»
            copied, norm = span.end, span.norm_end
        assert out[norm:] == orig[copied:]


@pytest.mark.parametrize("seed", range(20))
def test_digits_map_to_number_words(seed: int) -> None:
    """Every normalized digit maps back into the words of its own number, and nothing else."""
    for rng, orig, n in _texts(seed):
        for span in n.spans:
            assert n.to_original(span.norm_start, span.norm_end) == (span.start, span.end)
            s = rng.randrange(span.norm_start, span.norm_end)
            e = rng.randint(s + 1, span.norm_end)
            assert n.to_original(s, e) == (span.start, span.end)
            # a number starts and ends with a number token, and holds only those and fillers
            words = re.findall(r"\w+", orig[span.start : span.end])
            assert _number_token(words[0]) or words[0].lower() == "плюс"
            assert _number_token(words[-1])
            assert all(_number_token(w) or _filler(w) for w in words[1:])
        # each character outside the numbers maps to one character: itself, or a run's space
        for offset, char in enumerate(n.text):
            if any(s.norm_start <= offset < s.norm_end for s in n.spans):
                continue
            start, end = n.to_original(offset, offset + 1)
            assert orig[start:end] == char or (char == " " and orig[start:end] in " \t,")
            assert char != "-" or orig[start:end] == "-"


@pytest.mark.parametrize("seed", range(20))
def test_touches(seed: int) -> None:
    for rng, _, n in _texts(seed):
        for _ in range(20):
            s = rng.randrange(len(n.text) + 1)
            e = rng.randint(s, len(n.text))
            overlaps = any(x.norm_start < e and s < x.norm_end for x in n.spans)
            assert n.touches(s, e) == overlaps


@pytest.mark.parametrize("seed", range(20))
def test_map_is_monotonic(seed: int) -> None:
    for _, orig, n in _texts(seed):
        starts = [n.to_original(o, o)[0] for o in range(len(n.text) + 1)]
        ends = [n.to_original(o, o)[1] for o in range(len(n.text) + 1)]
        assert starts == sorted(starts) and ends == sorted(ends)
        assert starts[0] == 0 and ends[-1] == len(orig)
        # a character maps to at least one character
        assert all(starts[o] < ends[o + 1] for o in range(len(n.text)))


def _number_token(word: str) -> bool:
    return word.isdigit() or word.lower().replace("ё", "е") in FORMS


def _filler(word: str) -> bool:
    return re.fullmatch(FILLERS, word, re.IGNORECASE) is not None


def test_ambiguous_forms_are_number_words() -> None:
    assert AMBIGUOUS <= FORMS.keys()


# (text, the numbers of each dictation): a run, joined over «да» and over a line break whose next
# line holds only a speaker tag and fillers before the rest.
DICTATIONS = [
    ("клиент: восемь девятьсот\nклиент: сто двадцать три", [["8", "900", "123"]]),
    ("[00:00:11] спикер 1: восемь\n[00:00:14] спикер 1: так девятьсот", [["8", "900"]]),
    ("девяносто один да девяносто один", [["91", "91"]]),
    # across a line that only acknowledges it: the listener's «угу», the speaker's own «так»
    ("клиент: восемь девятьсот\nоператор: угу\nклиент: сто", [["8", "900", "100"]]),
    (
        "восемь девять ноль восемь так\nчетыреста\nда\nдвенадцать",
        [["8", "9", "0", "8", "400", "12"]],
    ),
    (
        "00:00:19 спикер 1: восемь\n00:00:21 спикер 2: записываю\n00:00:23 спикер 1: сто",
        [["8", "100"]],
    ),
    ("клиент: восемь девятьсот\nоператор: а запасной\nклиент: сто", [["8", "900"], ["100"]]),
    ("клиент: восемь\nоператор: угу\nоператор: да\nоператор: так\nклиент: сто", [["8"], ["100"]]),
    ("клиент: восемь девятьсот рублей\nклиент: сто", [["8", "900"], ["100"]]),
    ("восемь девятьсот и запасной сто", [["8", "900"], ["100"]]),
    # a record's id before each turn, alone or between the dashes of a record's values
    ("TX-0412\nclient: девятьсот\nTX-0412\nclient: сто", [["900", "100"]]),
    ("— TX-0412 —\nclient: девятьсот\n— TX-0412 —\nclient: сто", [["900", "100"]]),
    ("— звонок 12 —\nclient: девятьсот\n— звонок 12 —\nclient: сто", [["900"], ["100"]]),
    ("— 12 —\nclient: девятьсот\n— 12 —\nclient: сто", [["900"], ["100"]]),
]


@pytest.mark.parametrize(("text", "expected"), DICTATIONS)
def test_dictations(text: str, expected: list[list[str]]) -> None:
    found = [[n.value for n in numbers] for numbers, _ in dictations(text, normalize(text))]
    assert found == expected
