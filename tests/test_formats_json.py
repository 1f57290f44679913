"""The JSON family: the scanner, path selection, and each format's fields written back in place."""

from __future__ import annotations

import copy
import json
import math

import pytest

from redactor.files.formats.base import FormatError, SelectionError
from redactor.files.formats.json_fields import JsonFormat, JsonlFormat, parse_path
from redactor.files.formats.jsonscan import HEAD, scan, strings
from redactor.files.formats.telegram import TelegramFormat
from redactor.files.formats.whisper import WhisperFormat
from redactor.replace.splice import splice

# ---------------------------------------------------------------------------- the scanner

TRICKY = [
    '{"a": "x"}',
    '  {\n\t"a" :\r\n "x" , "b":[ ]  }  ',
    '["\\"quoted\\"", "back\\\\slash", "\\/\\b\\f\\n\\r\\t", "\\u0418\\u0432\\u0430\\u043d"]',
    '{"emoji": "\\ud83d\\ude00 и 😀", "raw": "Иван", "empty": ""}',
    '{"n": [0, -1, 2.5, -3e-2, 1E+3, 10], "t": true, "f": false, "z": null, "s": "1"}',
    '[[[["deep"]], {"k": [{"k": "v"}]}], {}, [], "", "last"]',
    '{"dup": "one", "dup": "two", "": "empty key", "a.b": "dotted key"}',
    '"just a string"',
    "42",
    '{"nan": NaN, "inf": Infinity, "ninf": -Infinity}',
    '{"sep": "line\u2028separator"}',
]


def at(doc, path):
    for key in path:
        doc = doc[key]
    return doc


@pytest.mark.parametrize("text", TRICKY)
def test_scanner_spans_and_paths_agree_with_json_loads(text):
    doc = json.loads(text)
    scalars = list(scan(text))
    for s in scalars:
        assert json.loads(text[s.start : s.end]) == s.value or math.isnan(s.value)
        if not any(key == "dup" for key in s.path):  # json.loads keeps the last duplicate
            assert at(doc, s.path) == s.value or math.isnan(s.value)
    starts = [s.start for s in scalars]
    assert starts == sorted(starts)


def test_scanner_finds_every_string_value_but_no_key():
    text = '{"name": "Иван", "list": ["a", {"b": "c"}], "id": 5}'
    assert [(s.path, s.value) for s in strings(text)] == [
        (("name",), "Иван"),
        (("list", 0), "a"),
        (("list", 1, "b"), "c"),
    ]


def test_scanner_survives_deep_nesting():
    text = "[" * 50_000 + '"x"' + "]" * 50_000
    (s,) = scan(text)
    assert s.value == "x" and s.depth == 50_000 and len(s.path) == HEAD


def test_scanner_skips_a_byte_order_mark():
    assert [s.value for s in scan('\ufeff{"a": "b"}')] == ["b"]


SECRET = "Иван Петров 89991234567"
MALFORMED = [  # (text, where the error is)
    ('{"a": "' + SECRET + '",}', "line 1 column 33"),
    ('{"a" "' + SECRET + '"}', "line 1 column 6"),
    ('["' + SECRET + '" "' + SECRET + '"]', "line 1 column 28"),
    ('{"a": "' + SECRET, "line 1 column 7"),  # unterminated string
    ('{"a": "' + SECRET + '\\x"}', "line 1 column 31"),  # bad escape
    ('{\n "a": "' + SECRET + '\n"}', "line 2 column 31"),  # raw newline in a string
    ('{"a": "\\u12' + SECRET + '"}', "line 1 column 9"),
    ('{"a": tru}', "line 1 column 7"),
    ('{"a": "' + SECRET + '"} "' + SECRET + '"', "line 1 column 34"),
    ("", "line 1 column 1"),
    ('[\n"' + SECRET + '",\n', "line 3 column 1"),
    ("{'a': 'b'}", "line 1 column 2"),
]


@pytest.mark.parametrize(("text", "where"), MALFORMED)
def test_malformed_json_is_a_format_error_without_content(text, where):
    with pytest.raises(FormatError) as error:
        list(scan(text))
    message = str(error.value)
    assert where in message
    assert "\n" not in message
    assert not any(word in message for word in ("Иван", "Петров", "8999", "tru"))


# ---------------------------------------------------------------------------- paths

CHAT = json.dumps(
    {
        "title": "Звонок клиенту",
        "data": {"items": [{"id": "a1", "comment": "первый"}, {"id": "a2", "comment": "второй"}]},
        "messages": [
            {"id": 1, "role": "user", "text": "Привет", "date": "2024-03-01"},
            {"id": 2, "role": "assistant", "text": ["часть", {"type": "bold", "text": "жирно"}]},
        ],
    },
    ensure_ascii=False,
)
PATHS = [  # (paths, values found)
    (["title"], ["Звонок клиенту"]),
    (["messages[].text"], ["Привет", "часть", "bold", "жирно"]),
    (["data.items[].comment"], ["первый", "второй"]),
    (["data.items[].comment", "title"], ["Звонок клиенту", "первый", "второй"]),
    (["messages[].role"], ["user", "assistant"]),
    (  # without paths: every string
        None,
        ["Звонок клиенту", "a1", "первый", "a2", "второй", "user", "Привет", "2024-03-01"]
        + ["assistant", "часть", "bold", "жирно"],
    ),
]


@pytest.mark.parametrize(("paths", "values"), PATHS)
def test_paths_select_values(paths, values):
    assert [f.value for f in JsonFormat(paths).fields(CHAT)] == values


NOTHING = [  # (paths, the error): a path that selects nothing is a mistake, never ignored
    (["nme"], "--field nme selects nothing in this file"),
    (["text"], "--field text selects nothing in this file"),  # a key path starts at the top
    (["messages.text"], "--field messages.text selects nothing in this file"),  # an array
    (
        ["title", "data.itemz[].comment"],
        "--field data.itemz[].comment selects nothing in this file",
    ),
]


@pytest.mark.parametrize(("paths", "message"), NOTHING)
def test_a_path_that_selects_nothing_is_an_error(paths, message):
    with pytest.raises(SelectionError) as error:
        JsonFormat(paths).fields(CHAT)
    assert str(error.value) == message
    with pytest.raises(SelectionError):
        JsonlFormat(paths).fields(CHAT.replace("\n", " ") + "\n")


def test_a_path_to_numbers_or_nulls_selects_them():
    text = '{"phone": null, "ids": [1, 2]}'
    assert JsonFormat(["phone"]).fields(text) == []  # nothing to redact, but no typo
    assert JsonFormat(["ids"]).fields(text) == []


def test_a_top_level_array_is_selected_with_brackets():
    text = '[{"body": "a", "x": "b"}, {"body": "c"}]'
    assert [f.value for f in JsonFormat(["[].body"]).fields(text)] == ["a", "c"]
    assert parse_path("[].body") == (None, "body")
    assert parse_path("a[][].b") == ("a", None, None, "b")


@pytest.mark.parametrize("bad", ["", "a..b", "a[0].b", "a.[]", "a]"])
def test_bad_paths_are_refused(bad):
    with pytest.raises(ValueError):
        parse_path(bad)


KEYS = [  # (a document, [(value, a name as a whole?, cue)] of its fields)
    (  # the reviewer's row: every field read, each with what its key says
        {"name": "Иван Петров", "phone": "+7 915 438-27-61", "email": "ivan@mail.ru"},
        [("Иван Петров", True, ""), ("+7 915 438-27-61", False, "телефон"),
         ("ivan@mail.ru", False, "почта")],
    ),
    (  # OpenAI chat: roles are read too, and are no names
        {"messages": [{"role": "user", "content": "Я Иван"}, {"role": "system", "content": "ok"}]},
        [("user", False, ""), ("Я Иван", False, ""), ("system", False, ""), ("ok", False, "")],
    ),
    (  # a person's keys, however they are spelled; «name» only when the value is a name
        {"fio": "Петров И. И.", "firstName": "Анна", "last-name": "Ли", "Имя клиента": "Олег",
         "files": [{"name": "a.png"}], "model": {"name": "gpt-4o"}, "from": "user"},
        [("Петров И. И.", True, ""), ("Анна", True, ""), ("Ли", True, ""),
         ("Олег", True, ""), ("a.png", False, ""), ("gpt-4o", False, ""),
         ("user", True, "")],  # a name in shape: the sender rule takes roles out
    ),
    (  # a recording's channel heads its turn when it is a speaker's id, and names no one
        {"channel": "L", "text": "дата рождения", "ch": "web", "speaker": "SPEAKER_01"},
        [("L", True, ""), ("дата рождения", False, ""), ("web", False, ""),
         ("SPEAKER_01", True, "")],
    ),
    (  # a key for personal data is a cue; a number under it is read as well, other numbers not
        {"passport": "4510 123456", "client": {"inn": 500100732259, "birth_date": "1985-03-12"},
         "id": 7, "file_name": "Петров.pdf", "amount": 1500, "ok": True, "note": None},
        [("4510 123456", False, "паспорт"), ("500100732259", False, "ИНН"),
         ("1985-03-12", False, "дата рождения"), ("Петров.pdf", False, "")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("doc", "fields"), KEYS)
def test_every_value_is_read_with_what_its_key_says(doc, fields):
    found = JsonFormat().fields(json.dumps(doc, ensure_ascii=False))
    assert [(f.value, f.sender, f.cue) for f in found] == fields


# ---------------------------------------------------------------------------- writing


def test_write_escapes_as_the_file_does():
    escaped = JsonFormat().fields('{"a": "\\u0418\\u0432\\u0430\\u043d", "text": "x"}')
    raw = JsonFormat().fields('{"a": "Иван", "text": "x"}')
    plain = JsonFormat().fields('{"text": "x"}')
    assert JsonFormat().write(escaped[0], "Я") == '"\\u042f"'
    assert JsonFormat().write(raw[0], "Я") == '"Я"'
    assert JsonFormat().write(plain[0], "Я") == '"\\u042f"'  # no telling: escaping is safe
    assert JsonFormat().write(raw[0], 'a"b\\c\n') == '"a\\"b\\\\c\\n"'


def test_jsonl_keeps_blank_lines_and_names_a_bad_line():
    text = '{"text": "один"}\n\n{"text": "два"}\r\n   \n{"id": 3}\n'
    fields = JsonlFormat().fields(text)
    assert [f.value for f in fields] == ["один", "два"]
    assert [text[f.start : f.end] for f in fields] == ['"один"', '"два"']
    bad = '{"text": "один"}\n\n{"text": "' + SECRET + '"\n{"text": "x"}\n'
    with pytest.raises(FormatError, match="line 3 column 35") as error:
        JsonlFormat().fields(bad)
    assert "Иван" not in str(error.value)
    with pytest.raises(FormatError, match="line 2"):
        JsonlFormat().fields('{"text": "a"}\n{"text": "b"} {}\n')


def test_a_line_separator_inside_a_string_does_not_end_a_jsonl_line():
    text = '{"text": "a\u2028b"}\n{"text": "c"}'
    assert [f.value for f in JsonlFormat().fields(text)] == ["a\u2028b", "c"]


# ---------------------------------------------------------------------------- the formats

WHISPER = json.dumps(  # openai-whisper writes `json.dump(result, file)`: non-ASCII escaped
    {
        "text": " Меня зовут Иван. Да.",
        "segments": [
            {
                "id": 0,
                "seek": 0,
                "start": 0.0,
                "end": 1.5,
                "text": " Меня зовут Иван.",
                "tokens": [50364, 1234, 5678, 50439],
                "temperature": 0.0,
                "avg_logprob": -0.2,
                "words": [
                    {"word": " Меня", "start": 0.0, "end": 0.4, "probability": 0.9},
                    {"word": " зовут", "start": 0.4, "end": 0.8, "probability": 0.9},
                    {"word": " Иван.", "start": 0.8, "end": 1.5, "probability": 0.8},
                ],
            },
            {
                "id": 1,
                "seek": 0,
                "start": 1.5,
                "end": 2.0,
                "text": "Да.",  # edited by hand: no leading space
                "tokens": [],
                "words": [
                    {"word": " Да.", "start": 1.5, "end": 1.8, "probability": 0.9},
                    {"word": " угу", "start": 1.8, "end": 2.0, "probability": 0.1},
                ],
            },
        ],
        "language": "ru",
    }
)
WHISPERX = json.dumps(
    {
        "segments": [
            {
                "start": 0.03,
                "end": 1.2,
                "text": " Петров слушает",
                "speaker": "SPEAKER_00",
                "words": [
                    {"word": "Петров", "start": 0.03, "end": 0.5, "score": 0.9},
                    {"word": "слушает", "start": 0.5, "end": 1.2, "score": 0.9},
                ],
            },
            {"start": 1.3, "end": 2.0, "text": " Алло", "words": [{"word": "Алло", "start": 1.3}]},
        ],
        "word_segments": [
            {"word": "Петров", "start": 0.03, "end": 0.5, "score": 0.9},
            {"word": "слушает", "start": 0.5, "end": 1.2, "score": 0.9},
            {"word": "Алло", "start": 1.3, "end": 2.0, "score": 0.9},
        ],
    },
    ensure_ascii=False,
    indent=2,
)
# Telegram Desktop writes one space of indentation and non-ASCII characters as they are.
TELEGRAM = """{
 "name": "Иван Петров",
 "type": "personal_chat",
 "id": 4711,
 "messages": [
  {
   "id": 1,
   "type": "message",
   "date": "2024-03-01T10:00:00",
   "date_unixtime": "1709287200",
   "from": "Иван Петров",
   "from_id": "user4711",
   "text": "Привет, это Ваня",
   "text_entities": [
    {
     "type": "plain",
     "text": "Привет, это Ваня"
    }
   ]
  },
  {
   "id": 2,
   "type": "message",
   "date": "2024-03-01T10:01:00",
   "from": "Мария",
   "from_id": "user42",
   "forwarded_from": "Ольга Смирнова",
   "reply_to_message_id": 1,
   "text": [
    "Звони ",
    {
     "type": "phone",
     "text": "+79991234567"
    },
    " или ",
    {
     "type": "text_link",
     "text": "сюда",
     "href": "https://t.me/ivan"
    }
   ],
   "text_entities": [
    {"type": "plain", "text": "Звони "},
    {"type": "phone", "text": "+79991234567"},
    {"type": "plain", "text": " или "},
    {"type": "text_link", "text": "сюда", "href": "https://t.me/ivan"}
   ]
  },
  {
   "id": 3,
   "type": "service",
   "date": "2024-03-01T10:02:00",
   "actor": "Мария",
   "actor_id": "user42",
   "action": "invite_members",
   "members": ["Пётр Сидоров", null],
   "text": "",
   "text_entities": []
  },
  {
   "id": 4,
   "type": "message",
   "date": "2024-03-01T10:03:00",
   "from": "Мария",
   "from_id": "user42",
   "photo": "photos/photo_1@01-03-2024_10-03-00.jpg",
   "width": 1280,
   "contact_information": {
    "first_name": "Анна",
    "last_name": "Кузнецова",
    "phone_number": "+7 912 000 00 00"
   },
   "contact_vcard": "contacts/contact_1.vcf",
   "text": "",
   "text_entities": []
  }
 ]
}"""
TELEGRAM_ACCOUNT = json.dumps(
    {
        "about": "Here is the data you requested. Remember, Telegram is ad free…",
        "personal_information": {
            "user_id": 42,
            "first_name": "Мария",
            "last_name": "Иванова",
            "phone_number": "+7 999 000 00 01",
            "username": "@masha",
            "bio": "Живу в Казани",
        },
        "contacts": {
            "about": "This is your list of contacts.",
            "list": [
                {"first_name": "Олег", "last_name": "", "phone_number": "+7 1", "date": "2020"},
            ],
        },
        "chats": {
            "about": "This is the list of chats.",
            "list": [
                {
                    "name": "Семья",
                    "type": "private_group",
                    "id": 1,
                    "messages": [
                        {"id": 1, "type": "message", "from": "Олег", "text": "Ужин в 7"},
                    ],
                },
                {
                    "name": "Олег",
                    "type": "personal_chat",
                    "id": 2,
                    "messages": [{"id": 1, "type": "message", "from": "Олег", "text": "Ок"}],
                },
            ],
        },
    },
    ensure_ascii=False,
    indent=1,
)
JSONL = '{"id": 1, "text": "Иван звонил", "ts": "2024-01-01"}\n\n{"id": 2, "text": "ок"}\n'
SAMPLES = [  # (format, text)
    (JsonFormat(), CHAT),
    (JsonFormat(["messages[].text"]), CHAT),
    (JsonlFormat(), JSONL),
    (WhisperFormat(), WHISPER),
    (WhisperFormat(), WHISPERX),
    (TelegramFormat(), TELEGRAM),
    (TelegramFormat(), TELEGRAM_ACCOUNT),
]


def parse(fmt, text):
    if isinstance(fmt, JsonlFormat):
        return [json.loads(line) if line.strip() else None for line in text.split("\n")]
    return json.loads(text)


def paths_of(fmt, text):
    """The path of every value, by where it starts (a JSONL path begins with its line)."""
    if not isinstance(fmt, JsonlFormat):
        return {s.start: s.path for s in scan(text)}
    found, start = {}, 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            found |= {s.start + start: (number, *s.path) for s in scan(line)}
        start += len(line) + 1
    return found


@pytest.mark.parametrize(("fmt", "text"), SAMPLES)
def test_every_field_replaced_keeps_the_structure(fmt, text):
    fields = fmt.fields(text)
    assert fields
    marked = splice(text, [(f.start, f.end, fmt.write(f, "[X]")) for f in fields])
    expected = copy.deepcopy(parse(fmt, text))
    paths = paths_of(fmt, text)
    for f in fields:
        *outer, last = paths[f.start]
        at(expected, outer)[last] = "[X]"
    assert parse(fmt, marked) == expected


@pytest.mark.parametrize(("fmt", "text"), SAMPLES)
def test_fields_written_back_unchanged_give_the_same_bytes(fmt, text):
    fields = fmt.fields(text)
    for f in fields:
        assert str(json.loads(text[f.start : f.end])) == f.value  # an id may be a number
    assert splice(text, [(f.start, f.end, fmt.write(f, f.value)) for f in fields]) == text


def test_whisper_fields_are_texts_and_words_of_their_segment():
    fields = WhisperFormat().fields(WHISPER)
    table = [(f.value, f.parent, f.offset) for f in fields]
    assert table == [
        (" Меня зовут Иван. Да.", None, 0),
        (" Меня зовут Иван.", None, 0),
        (" Меня", 1, 0),
        (" зовут", 1, 5),
        (" Иван.", 1, 11),
        ("Да.", None, 0),
        (" Да.", 5, -1),  # the segment text lost the word's leading space
        (" угу", None, 0),  # not in its segment's text: a text of its own
    ]
    assert '"\\u0418' in WhisperFormat().write(fields[4], "Иван")  # escaped, as the file is


def test_word_offsets_point_at_the_word_in_its_segment():
    for text in (WHISPER, WHISPERX):
        fields = WhisperFormat().fields(text)
        for f in fields:
            if f.parent is not None:
                segment = fields[f.parent].value
                for k, char in enumerate(f.value):
                    if not char.isspace():
                        assert segment[f.offset + k] == char


def test_whisperx_words_and_word_segments_find_their_segments():
    fields = WhisperFormat().fields(WHISPERX)
    table = [(f.value, f.parent, f.offset) for f in fields]
    assert table == [
        (" Петров слушает", None, 0),
        ("SPEAKER_00", None, 0),  # who says the segment: its turn's header
        ("Петров", 0, 1),
        ("слушает", 0, 8),
        (" Алло", None, 0),
        ("Алло", 4, 1),
        ("Петров", 0, 1),  # word_segments: the same words again, in order
        ("слушает", 0, 8),
        ("Алло", 4, 1),
    ]


def test_whisper_token_spans_are_those_of_the_segments_with_tokens():
    spans = WhisperFormat().token_spans(WHISPER)
    assert list(spans) == [1]  # the second segment has no tokens
    start, end = spans[1]
    assert WHISPER[start - 1 : end + 1] == "[50364, 1234, 5678, 50439]"
    dropped = json.loads(splice(WHISPER, [(start, end, "")]))
    assert dropped["segments"][0]["tokens"] == []


def kinds(fields):
    return [(f.value, "account" if f.entity else "name" if f.sender else "text") for f in fields]


def test_telegram_fields_are_texts_names_and_accounts():
    fields = TelegramFormat().fields(TELEGRAM)
    assert kinds(fields) == [
        ("Иван Петров", "name"),  # a personal chat's name: the other person
        ("4711", "account"),  # and its id: that person's account
        ("Иван Петров", "name"),
        ("user4711", "account"),
        ("Привет, это Ваня", "text"),
        ("Привет, это Ваня", "text"),
        ("Мария", "name"),
        ("user42", "account"),
        ("Ольга Смирнова", "name"),
        *[("Звони ", "text"), ("+79991234567", "text"), (" или ", "text"), ("сюда", "text")],
        ("https://t.me/ivan", "text"),
        *[("Звони ", "text"), ("+79991234567", "text"), (" или ", "text"), ("сюда", "text")],
        ("https://t.me/ivan", "text"),
        ("Мария", "name"),  # a service message's actor
        ("user42", "account"),
        ("Пётр Сидоров", "name"),
        ("", "text"),
        ("Мария", "name"),
        ("user42", "account"),
        ("Анна", "name"),  # a shared contact
        ("Кузнецова", "name"),
        ("+7 912 000 00 00", "text"),
        ("", "text"),
    ]
    assert TelegramFormat().write(fields[0], "Я") == '"Я"'  # Telegram does not escape
    assert TelegramFormat().write(fields[1], "[АККАУНТ_1]") == '"[АККАУНТ_1]"'  # was a number
    assert TelegramFormat().write(fields[1], "4711") == "4711"  # unchanged: still a number


def test_telegram_account_export():
    assert kinds(TelegramFormat().fields(TELEGRAM_ACCOUNT)) == [
        ("42", "account"),  # the account's own id
        ("Мария", "name"),
        ("Иванова", "name"),
        ("+7 999 000 00 01", "text"),
        ("@masha", "name"),
        ("Живу в Казани", "text"),
        ("Олег", "name"),
        ("", "name"),
        ("+7 1", "text"),
        ("Семья", "text"),  # a group's name is text, its id no account
        ("Олег", "name"),
        ("Ужин в 7", "text"),
        ("Олег", "name"),
        ("2", "account"),
        ("Олег", "name"),
        ("Ок", "text"),
    ]


def test_telegram_ids_of_mentions_replies_contacts_and_sessions():
    doc = {
        "about": "Here is the data you requested.",
        "contacts": {"list": [{"user_id": 5, "first_name": "Олег", "phone_number": "+7 1"}]},
        "frequent_contacts": {
            "list": [
                {"id": 5, "category": "people", "type": "user", "name": "Олег", "rating": 0.5},
                {"id": 9, "category": "people", "type": "private_group", "name": "Семья"},
            ]
        },
        "sessions": {"list": [{"last_ip": "85.143.22.7", "last_country": "Russia"}]},
        "chats": {
            "list": [
                {
                    "name": "Семья",
                    "type": "private_group",
                    "id": 9,
                    "messages": [
                        {
                            "id": 1,
                            "type": "message",
                            "from": "Олег",
                            "from_id": "user5",
                            "reply_to_message_id": 7,
                            "reply_to_peer_id": "user6",
                            "text": [
                                "Привет, ",
                                {"type": "mention_name", "text": "Аня", "user_id": 6},
                            ],
                        },
                    ],
                }
            ]
        },
    }
    fields = TelegramFormat().fields(json.dumps(doc, ensure_ascii=False))
    assert kinds(fields) == [
        ("5", "account"),
        ("Олег", "name"),
        ("+7 1", "text"),
        ("5", "account"),  # a person among the frequent contacts; a group is none
        ("Олег", "name"),
        ("Семья", "name"),
        ("85.143.22.7", "text"),  # a session's IP address
        ("Семья", "text"),
        ("Олег", "name"),
        ("user5", "account"),
        ("user6", "account"),
        ("Привет, ", "text"),
        ("Аня", "text"),
        ("6", "account"),  # a mention of someone without a username
    ]


TELEGRAM_REDACTED = [  # (before, after): the personal chat's id is its person's account
    (  # a sender named in a text, in any form, is that sender
        '{"name": "Семья", "type": "private_group", "id": 9, "messages": [{"id": 1,'
        ' "from": "Любовь", "text": "Привет всем"}, {"id": 2, "from": "Анна Петрова",'
        ' "text": "Любовь, привет! Ане скажу"}]}',
        '{"name": "Семья", "type": "private_group", "id": 9, "messages": [{"id": 1,'
        ' "from": "[ИМЯ_1]", "text": "Привет всем"}, {"id": 2, "from": "[ИМЯ_2]",'
        ' "text": "[ИМЯ_1], привет! [ИМЯ_2] скажу"}]}',
    ),
    (
        '{"name": "Анна", "type": "personal_chat", "id": 4711, "messages": [{"id": 1,'
        ' "from": "Анна", "from_id": "user4711", "text": "Олег, привет"}, {"id": 2,'
        ' "from": "Олег", "from_id": "user42", "reply_to_peer_id": "user4711", "text": "Анна!"}]}',
        '{"name": "[ИМЯ_1]", "type": "personal_chat", "id": "[АККАУНТ_1]", "messages": [{"id": 1,'
        ' "from": "[ИМЯ_1]", "from_id": "[АККАУНТ_1]", "text": "[ИМЯ_2], привет"}, {"id": 2,'
        ' "from": "[ИМЯ_2]", "from_id": "[АККАУНТ_2]", "reply_to_peer_id": "[АККАУНТ_1]",'
        ' "text": "[ИМЯ_1]!"}]}',
    ),
    (
        '{"name": "Семья", "type": "private_group", "id": 9, "messages": [{"id": 1,'
        ' "type": "service", "actor": "Олег", "actor_id": "user42", "action": "invite_members",'
        ' "members": ["Анна"], "text": ""}]}',
        '{"name": "Семья", "type": "private_group", "id": 9, "messages": [{"id": 1,'
        ' "type": "service", "actor": "[ИМЯ_1]", "actor_id": "[АККАУНТ_1]",'
        ' "action": "invite_members", "members": ["[ИМЯ_2]"], "text": ""}]}',
    ),
    (  # the sender heads its message, its account id stands apart: the answer answers
        '{"name": "Поддержка", "type": "personal_chat", "id": 42, "messages": [{"id": 1,'
        ' "date": "2024-03-01T10:00:00", "from": "Поддержка", "from_id": "user42",'
        ' "text": "Подскажите ваш ник в Telegram"}, {"id": 2, "date": "2024-03-01T10:02:00",'
        ' "from": "Олег", "from_id": "user7", "text": "lenka_sun"}]}',
        '{"name": "Поддержка", "type": "personal_chat", "id": "[АККАУНТ_1]", "messages": [{"id": 1,'
        ' "date": "2024-03-01T10:00:00", "from": "Поддержка", "from_id": "[АККАУНТ_1]",'
        ' "text": "Подскажите ваш ник в Telegram"}, {"id": 2, "date": "2024-03-01T10:02:00",'
        ' "from": "[ИМЯ_1]", "from_id": "[АККАУНТ_2]", "text": "[АККАУНТ_3]"}]}',
    ),
]


@pytest.mark.parametrize(("before", "after"), TELEGRAM_REDACTED)
def test_telegram_redacted(before, after):
    from redactor.files.formats import redact_file_text

    assert redact_file_text(before, TelegramFormat()).text == after


# ---------------------------------------------------------------------------- sniffing

GENERIC = json.dumps({"messages": [{"id": 1, "text": "hi", "date": "2024"}]})
SNIFF = [  # (text, is Whisper, is Telegram)
    (WHISPER, True, False),
    (WHISPERX, True, False),
    (TELEGRAM, False, True),
    (TELEGRAM_ACCOUNT, False, True),
    (TELEGRAM[:150], False, True),  # cut off: the chat's type is enough
    (GENERIC, False, False),
    (CHAT, False, False),
    ('{"segments": [{"id": 1, "name": "x"}]}', False, False),
    ('{"type": "message", "messages": []}', False, False),
    ("not json at all", False, False),
]


@pytest.mark.parametrize(("text", "whisper", "telegram"), SNIFF)
def test_sniff(text, whisper, telegram):
    assert WhisperFormat().sniff(text) is whisper
    assert TelegramFormat().sniff(text) is telegram


def test_whisper_is_recognised_from_a_head_cut_inside_its_first_segment():
    head = WHISPERX[: WHISPERX.index('"text"')]
    assert WhisperFormat().sniff(head)


def test_generic_sniffs():
    assert JsonFormat().sniff(GENERIC) and JsonFormat().sniff(" \n[1]")
    assert not JsonFormat().sniff("a, b\n")
    assert JsonlFormat().sniff(JSONL)
    assert not JsonlFormat().sniff(TELEGRAM)  # a pretty-printed document is not JSON Lines
    assert not JsonlFormat().sniff('{"text": "only one line, no end"}')


def test_a_long_whisper_file_is_read_as_whisper_even_as_plain_json():
    doc = json.loads(WHISPER)
    doc["text"] = " Алло." * 3000  # openai-whisper writes the whole text first
    text = json.dumps(doc)
    assert not WhisperFormat().sniff(text[:8192])  # the head is all `text`
    assert WhisperFormat().sniff(text)
    fields = JsonFormat().fields(text)
    assert [f.parent for f in fields] == [f.parent for f in WhisperFormat().fields(text)]
    assert fields[2].value == " Меня" and fields[2].parent == 1
    assert [f.value for f in JsonFormat(["segments[].text"]).fields(text)] == [
        " Меня зовут Иван.",
        "Да.",
    ]


def test_a_telegram_file_read_as_plain_json_keeps_its_names():
    fields = JsonFormat().fields(TELEGRAM)
    assert fields == TelegramFormat().fields(TELEGRAM)


# ---------------------------------------------------------------------------- redacted

REDACTED = [  # (format, before, after): every string read; keys, numbers and structure kept
    (
        JsonFormat(),
        '{"name":"Иван Петров","phone":"+7 915 438-27-61","email":"ivan@mail.ru"}',
        '{"name":"[ИМЯ_1]","phone":"[ТЕЛЕФОН_1]","email":"[ПОЧТА_1]"}',
    ),
    (
        JsonlFormat(),
        '{"name":"Иван Петров","phone":"+7 915 438-27-61"}\n{"name":"Анна","phone":null}\n',
        '{"name":"[ИМЯ_1]","phone":"[ТЕЛЕФОН_1]"}\n{"name":"[ИМЯ_2]","phone":null}\n',
    ),
    (  # the key is the cue a bare number or date needs; a number under it becomes a string
        JsonFormat(),
        '{"passport": "4510 123456", "inn": 500100732259, "snils": "112-233-445 95",'
        ' "birth_date": "1985-03-12", "password": "qwerty123", "amount": 1500, "a": "ок"}',
        '{"passport": "[ПАСПОРТ_1]", "inn": "[ИНН_1]", "snils": "[СНИЛС_1]",'
        ' "birth_date": "[ДАТА_РОЖДЕНИЯ_1]", "password": "[КОД_1]", "amount": 1500, "a": "ок"}',
    ),
    (  # ids, dates, roles, models, urls: read, and kept because nothing personal is in them
        JsonFormat(),
        '{"id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "date": "2024-03-01T10:00:00",'
        ' "parent": "b493c842-3576-3838-4c87-032cd3cd6bb8",'
        ' "role": "assistant", "model": "gpt-4o", "status": "finished_successfully",'
        ' "url": "https://example.com/help", "ok": true, "n": 3, "x": null}',
        None,
    ),
    (  # a role under a person's key is no name; a text's «Вера в лучшее» stays
        JsonFormat(),
        '[{"author": "Оператор", "text": "Чем помочь?"}, {"author": "user", "text": "Вера в'
        ' лучшее помогает"}, {"author": "Ольга Смирнова", "text": "Ольга, спасибо"}]',
        '[{"author": "Оператор", "text": "Чем помочь?"}, {"author": "user", "text": "Вера в'
        ' лучшее помогает"}, {"author": "[ИМЯ_1]", "text": "[ИМЯ_1], спасибо"}]',
    ),
    (  # a diarization's speakers are letters: headers of the turns, no one's names
        JsonlFormat(),
        '{"speaker": "A", "text": "назовите номер телефона"}\n'
        '{"speaker": "B", "text": "восемь девятьсот шестнадцать сто двадцать три сорок пять'
        ' шестьдесят семь"}\n',
        '{"speaker": "A", "text": "назовите номер телефона"}\n'
        '{"speaker": "B", "text": "[ТЕЛЕФОН_1]"}\n',
    ),
    (  # «SPEAKER_00» as well: the question in one turn is answered in the next
        JsonlFormat(),
        '{"speaker": "SPEAKER_00", "text": "назовите серию и номер паспорта"}\n'
        '{"speaker": "SPEAKER_01", "text": "шестьдесят три ноль пять ну и номер семьсот'
        ' восемьдесят один двести сорок девять"}\n',
        '{"speaker": "SPEAKER_00", "text": "назовите серию и номер паспорта"}\n'
        '{"speaker": "SPEAKER_01", "text": "[ПАСПОРТ_1] ну и номер [ПАСПОРТ_2]"}\n',
    ),
    (  # a chat dump's messages
        JsonFormat(),
        '{"messages": [{"role": "user", "content": "Меня зовут Анна Смирнова"},'
        ' {"role": "assistant", "content": "Здравствуйте, Анна!"}]}',
        '{"messages": [{"role": "user", "content": "Меня зовут [ИМЯ_1]"},'
        ' {"role": "assistant", "content": "Здравствуйте, [ИМЯ_1]!"}]}',
    ),
]


@pytest.mark.parametrize(("fmt", "before", "after"), REDACTED)
def test_redacted(fmt, before, after):
    from redactor.files.formats import redact_file_text

    assert redact_file_text(before, fmt).text == (before if after is None else after)
