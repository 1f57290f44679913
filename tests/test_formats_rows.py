"""Dumps of one message per record (CSV, JSON Lines, JSON lists, diarized Whisper) read as the
conversation they hold (`redactor.files.formats.rows`): an answer in one row meets the question
of an earlier one, whatever ids, times and roles stand between them."""

from __future__ import annotations

import json

import pytest

from redactor.files.formats import redact_file_text, rows
from redactor.files.formats.base import SPEAKER, Field
from redactor.files.formats.json_fields import JsonFormat, JsonlFormat
from redactor.files.formats.table import CsvFormat


@pytest.mark.parametrize(("values", "label"), rows.EXAMPLES)
def test_the_speakers_of_a_record_make_its_label(values: list[str], label: str | None) -> None:
    fields = [Field(0, 0, v, row=1, part=SPEAKER) for v in values]
    fields.append(Field(0, 0, "Здравствуйте.", row=1, part="message"))
    pieces = rows.arrange(fields, list(range(len(fields))))
    heads = [p for p in pieces if fields[p.index].part == SPEAKER and not p.after]
    made = " ".join(p.cue + fields[p.index].value for p in heads) if heads else None
    assert made == label


def _jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


BEFORE_AFTER = [  # (format, file, what must be gone, what must stay)
    (
        CsvFormat(),
        "conversation_id,turn,role,message\n"
        'TLC-240311-0482,7,operator,"Для подтверждения — серия и номер паспорта."\n'
        'TLC-240311-0482,8,client,"45 01 123456."\n',
        ["45 01 123456"],
        ["TLC-240311-0482,7,operator", "TLC-240311-0482,8,client"],
    ),
    (
        JsonlFormat(),
        _jsonl(
            {
                "timestamp": "2024-06-03T09:14:40+03:00",
                "sender": "agent",
                "name": "Поддержка",
                "message": "Назовите, пожалуйста, серию и номер паспорта",
            },
            {
                "timestamp": "2024-06-03T09:15:31+03:00",
                "sender": "visitor",
                "name": "Гость",
                "message": "80 19 527734",
            },
        ),  # fmt: skip
        ["80 19 527734"],
        ["2024-06-03T09:15:31+03:00"],
    ),
    (
        JsonFormat(),
        json.dumps(
            [
                {"id": 1, "role": "agent", "text": "Номер счёта для зачисления?"},
                {"id": 2, "role": "customer", "text": "40817 810 5 0000 1234 567"},
            ],
            ensure_ascii=False,
        ),
        ["40817 810 5 0000 1234 567"],
        ['"role": "customer"'],
    ),
    (  # a card with a wrong check digit, asked for two rows up
        CsvFormat(),
        "ts,author,text\n"
        "12:01,operator,Продиктуйте номер карты\n"
        "12:02,client,угу сейчас\n"
        "12:02,client,4276 1600 1234 5674\n",
        ["4276 1600 1234 5674"],
        ["12:02,client"],
    ),
    (  # a stereo call's channels are its speakers
        JsonlFormat(),
        _jsonl(
            {"channel": 0, "start": 1.2, "end": 3.4, "transcript": "назовите дату рождения"},
            {"channel": 1, "start": 3.6, "end": 5.0, "transcript": "12.03.1985"},
        ),
        ["12.03.1985"],
        ['"channel": 1'],
    ),
]


@pytest.mark.parametrize(("fmt", "text", "gone", "kept"), BEFORE_AFTER)
def test_an_answer_in_a_later_record_is_the_asked_entity(fmt, text, gone, kept) -> None:
    result = redact_file_text(text, fmt).text
    for value in gone:
        assert value not in result
    for value in kept:
        assert value in result


COUNTER = [  # (format, file): records that are no conversation, or ids that are no answer
    (
        CsvFormat(),
        "conversation_id,turn,role,message\n"
        'SGS-2024-118843,17,operator,"Номер счёта?"\n'
        'SGS-2024-118843,18,client,"Сейчас найду."\n'
        'SGS-2024-118843,19,operator,"Жду."\n',
    ),
    (
        CsvFormat(),
        "request_id,created,channel,subject,text\n"
        "48213,2024-01-05,email,Счёт,Прошу пересчитать начисление за декабрь\n"
        "48214,2024-01-05,email,Карта,Не приходит кэшбэк за покупки\n",
    ),
]


@pytest.mark.parametrize(("fmt", "text"), COUNTER)
def test_ids_and_rows_without_personal_data_stay(fmt, text) -> None:
    assert redact_file_text(text, fmt).text == text
