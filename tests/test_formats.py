"""Redacting a file through its text values (`redactor.files.formats`): senders, words of a segment,
placeholders shared across files, and values left as written when nothing in them changed."""

from __future__ import annotations

import re

import pytest

from redactor.files.formats import Field, redact_file_text
from redactor.replace.replacer import Replacer
from redactor.replace.splice import splice


class Lines:
    """A test format: «Sender: text» per line; a `|` splits the text into words that follow it
    (as Whisper's words follow their segment)."""

    NAME = "lines"
    EXTENSIONS = (".lines",)

    def sniff(self, head: str) -> bool:
        return True

    def fields(self, text: str) -> list[Field]:
        fields = []
        for line in re.finditer(r"(?m)^([^:\n]+): ([^|\n]*)(?:\|([^\n]*))?$", text):
            fields.append(Field(line.start(1), line.end(1), line.group(1), sender=True))
            fields.append(Field(line.start(2), line.end(2), line.group(2)))
            parent = len(fields) - 1
            if line.group(3) is not None:
                for word in re.finditer(r"\S+", line.group(3)):
                    offset = line.group(2).index(word.group())
                    at = line.start(3) + word.start()
                    fields.append(
                        Field(at, at + len(word.group()), word.group(), False, parent, offset)
                    )
        return fields

    def write(self, field: Field, value: str) -> str:
        return value


def test_a_value_without_personal_data_stays_as_written() -> None:
    text = "Бот: Здравствуйте! Чем помочь?\n"
    assert redact_file_text(text, Lines()).text == text  # a role is no name


def test_a_sender_is_a_name_and_its_mentions_share_the_placeholder() -> None:
    text = "Ирина Петрова: добрый день\nОператор: Ирина, перезвоните на 8 912 345-67-89\n"
    result = redact_file_text(text, Lines())
    assert result.text == "[ИМЯ_1]: добрый день\nОператор: [ИМЯ_1], перезвоните на [ТЕЛЕФОН_1]\n"


NUMBER_SENDERS = [  # (before, after): an unsaved contact's number is a phone; a masked one no one's
    (
        "+7 903 789-42-32: Доброе утро.\nОператор: Здравствуйте!\n",
        "[ТЕЛЕФОН_1]: Доброе утро.\nОператор: Здравствуйте!\n",
    ),
    (
        "+7 926 ***-**-18: а можно?\nОператор: Конечно!\n",
        "+7 926 ***-**-18: а можно?\nОператор: Конечно!\n",
    ),
]


@pytest.mark.parametrize(("before", "after"), NUMBER_SENDERS)
def test_a_number_as_sender(before: str, after: str) -> None:
    assert redact_file_text(before, Lines()).text == after


SENDER_MENTIONS = [  # (before, after): a text that names a sender names that person
    (
        "Любовь: добрый день\nОператор: Любовь, привет! любовь к делу видна\n",
        "[ИМЯ_1]: добрый день\nОператор: [ИМЯ_1], привет! любовь к делу видна\n",
    ),
    (
        "Анна: привет\nОлег: Аня, привет! Ане передай\n",
        "[ИМЯ_1]: привет\n[ИМЯ_2]: [ИМЯ_1], привет! [ИМЯ_1] передай\n",
    ),
    ("Anna: hi\nОлег: Anna, привет\n", "[ИМЯ_1]: hi\n[ИМЯ_2]: [ИМЯ_1], привет\n"),
]


@pytest.mark.parametrize(("before", "after"), SENDER_MENTIONS)
def test_a_sender_mentioned_in_a_text_is_that_person(before: str, after: str) -> None:
    assert redact_file_text(before, Lines()).text == after


def test_words_follow_their_segment() -> None:
    text = "Спикер: меня зовут Иван Петров|меня зовут Иван Петров\n"
    result = redact_file_text(text, Lines(), entities=["PHONE_NUMBER", "PERSON"])
    assert result.text == "Спикер: меня зовут [ИМЯ_1]|меня зовут [ИМЯ_1] \n"


def test_findings_point_into_the_file() -> None:
    text = "Клиент: мой номер 8 912 345-67-89\n"
    result = redact_file_text(text, Lines(), entities=["PHONE_NUMBER"])
    (phone,) = result.findings
    assert text[phone.start : phone.end] == "8 912 345-67-89"


def test_a_replacer_numbers_across_files() -> None:
    replacer = Replacer()
    first = redact_file_text(
        "Клиент: звоните 8 912 345-67-89, спросите Ивана\n", Lines(), replacer=replacer
    )
    second = redact_file_text(
        "Клиент: это Иван Петров, +7 912 345 67 89\n", Lines(), replacer=replacer
    )
    assert first.text == "Клиент: звоните [ТЕЛЕФОН_1], спросите [ИМЯ_1]\n"
    assert second.text == "Клиент: это [ИМЯ_1], [ТЕЛЕФОН_1]\n"


def test_splice_replaces_ranges_in_any_order() -> None:
    assert splice("abcdef", [(4, 5, "E"), (0, 1, "A")]) == "AbcdEf"
