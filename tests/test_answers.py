"""The words that may name a value: on its line, or the question the value answers."""

import pytest

from redactor.detect.recognizers.answers import cue_words, line_words, opens_answer, question
from redactor.detect.recognizers.base import CUE_WORD

QUESTION = "Оператор: назовите серию и номер паспорта\n"
ASKED = ["назовите", "серию", "и", "номер", "паспорта"]  # the turn's words, not its header
ASKED_LINE = ["Оператор", *ASKED]  # a line that goes on a turn answers the line before it
VALUE = "4512"  # the value is at its last occurrence in the text


def at(text: str) -> int:
    return text.rindex(VALUE)


# (text, reach, count, past_numbers, fillers given, expected words, a question?)
CASES = [
    # The value opens an answer: the question's words.
    (QUESTION + "Клиент: 4512 345678", 100, 8, True, True, ASKED, True),
    (QUESTION + "Клиент: ну у меня 4512 345678", 100, 8, True, True, ASKED, True),
    (QUESTION + "[00:01:24] спикер 1: 4512 345678", 80, 5, True, True, ASKED, True),
    (QUESTION + "spk_0: 4512 345678", 80, 5, True, True, ASKED, True),
    (QUESTION + "4512 345678", 80, 5, True, False, ASKED_LINE, True),  # no tag at all
    (QUESTION + "Клиент:4512", 80, 5, True, False, ASKED, True),
    # Without fillers, a filler is a word of the value's line.
    (QUESTION + "Клиент: ну 4512", 80, 5, True, False, ["Клиент", "ну"], False),
    # A word of its own on the value's line: no answer.
    (QUESTION + "Клиент: мой снилс 4512", 100, 8, True, True, ["Клиент", "мой", "снилс"], False),
    (QUESTION + "клиент: 12 раз 4512", 100, 8, True, True, ["клиент", "раз"], False),
    # The first line answers nothing.
    ("Клиент: 4512 345678", 100, 8, True, True, ["Клиент"], False),
    # Without past_numbers the words end at the number before; a number in the turn's header
    # (a time code, a speaker's) is none.
    ("паспорт 4512 345678 и 4512", 100, 8, False, True, ["и"], False),
    ("паспорт 4512 345678 и 4512", 100, 8, True, True, ["паспорт", "и"], False),
    (QUESTION + "[00:01:24] спикер 1: 4512", 100, 8, False, True, ASKED, True),
    (QUESTION + "Клиент: 4512", 100, 8, False, True, ASKED, True),
    # Reach and count.
    (
        "номер паспорта у меня значит вот такой 4512",
        100,
        3,
        True,
        True,
        ["значит", "вот", "такой"],
        False,
    ),
    ("паспорт " + "." * 90 + " 4512", 80, 5, True, True, [], False),
    ("паспорт " + "." * 90 + " 4512", 100, 5, True, True, ["паспорт"], False),
    # «р/с», «в/у» are one word.
    ("Клиент: р/с 4512", 80, 5, True, True, ["Клиент", "р/с"], False),
]


@pytest.mark.parametrize(("text", "reach", "count", "past", "fillers", "words", "asked"), CASES)
def test_cue_words(text, reach, count, past, fillers, words, asked):
    kwargs = {} if fillers else {"fillers": None}
    cues = cue_words(text, at(text), reach, count, past_numbers=past, **kwargs)
    assert cues == (words, asked)


def test_words_of_another_kind():
    text = QUESTION + "клиент: в/у 4512"
    assert cue_words(text, at(text), 80, 5, word=CUE_WORD).words == ["клиент", "в", "у"]
    assert question(text, at(text), 2, CUE_WORD) == ["номер", "паспорта"]


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (QUESTION + "Клиент: да, 4512", True),
        (QUESTION + "  клиент : э 4512", True),
        (QUESTION + "клиент: это мой 4512", True),
        (QUESTION + "клиент: паспорт 4512", False),
        (QUESTION + "клиент: 45 4512", False),
        ("клиент: 4512", False),
    ],
)
def test_opens_answer(text, answers):
    assert opens_answer(text, at(text)) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (QUESTION + "[00:01:24] спикер 1: 4512", True),
        (QUESTION + "клиент : 4512", True),
        (QUESTION + "клиент: — 4512", False),  # the tag and spaces alone
        (QUESTION + "клиент: да 4512", False),
        ("Полис ОМС: 8677 8408\nСНИЛС: 4512", False),  # a form's field named by its label
    ],
)
def test_opens_answer_without_fillers(text, answers):
    assert opens_answer(text, at(text), fillers=None) is answers


def test_question_and_line_words():
    text = "первая строка\nвторая строка тут\nтретья 12 и 4512"
    assert question(text, at(text)) == ["вторая", "строка", "тут"]
    assert question("одна строка 4512", 12) == []
    assert line_words(text, at(text), 80, 5) == ["третья", "и"]
    assert line_words(text, at(text), 80, 5, past_numbers=False) == ["и"]
