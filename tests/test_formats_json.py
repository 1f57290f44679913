"""The JSON family: the scanner, path selection, and each format's fields written back in place."""

from __future__ import annotations

import copy
import json
import math

import pytest

from redactor.files.formats.base import FormatError
from redactor.files.formats.json_fields import JsonFormat, JsonlFormat, parse_path
from redactor.files.formats.jsonscan import scan, strings
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
    assert s.value == "x" and len(s.path) == 50_000


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
    (["text"], []),  # a key path starts at the top
    (["messages.text"], []),  # `messages` is an array: its items are `messages[]`
    (None, ["Звонок клиенту", "первый", "второй", "Привет", "часть", "жирно"]),
]


@pytest.mark.parametrize(("paths", "values"), PATHS)
def test_paths_select_values(paths, values):
    assert [f.value for f in JsonFormat(paths).fields(CHAT)] == values


def test_a_top_level_array_is_selected_with_brackets():
    text = '[{"body": "a", "x": "b"}, {"body": "c"}]'
    assert [f.value for f in JsonFormat(["[].body"]).fields(text)] == ["a", "c"]
    assert parse_path("[].body") == (None, "body")
    assert parse_path("a[][].b") == ("a", None, None, "b")


@pytest.mark.parametrize("bad", ["", "a..b", "a[0].b", "a.[]", "a]"])
def test_bad_paths_are_refused(bad):
    with pytest.raises(ValueError):
        parse_path(bad)


DEFAULTS = [  # (a chat dump, its text values, its names)
    (  # OpenAI chat
        {"messages": [{"role": "user", "content": "Я Иван"}, {"role": "system", "content": "ok"}]},
        ["Я Иван", "ok"],
        [],
    ),
    (  # ChatGPT export
        {
            "title": "Иван",
            "mapping": {
                "id-1": {
                    "id": "id-1",
                    "message": {
                        "author": {"role": "user", "name": None},
                        "content": {"content_type": "text", "parts": ["Мой номер"]},
                        "create_time": 1700000000.5,
                    },
                }
            },
        },
        ["Иван", "Мой номер"],
        [],
    ),
    (  # Slack
        {
            "type": "message",
            "user": "U024BE7LH",
            "ts": "1355517523.000005",
            "text": "Привет",
            "user_profile": {"real_name": "Иван Петров", "display_name": "ivan", "image_72": "u"},
            "files": [{"url_private": "https://files.slack.com/a.png", "name": "a.png"}],
        },
        ["Привет"],
        ["Иван Петров", "ivan"],
    ),
    (  # a support desk
        {"ticket": 7, "status": "open", "comments": [{"author": "user", "body": "Позвоните"}]},
        ["user", "Позвоните"],
        [],
    ),
]


@pytest.mark.parametrize(("doc", "texts", "names"), DEFAULTS)
def test_default_keys_catch_chat_dumps(doc, texts, names):
    fields = JsonFormat().fields(json.dumps(doc, ensure_ascii=False))
    assert [f.value for f in fields if not f.sender] == texts
    assert [f.value for f in fields if f.sender] == names


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
    """The path of every string value, by where it starts (a JSONL path begins with its line)."""
    if not isinstance(fmt, JsonlFormat):
        return {s.start: s.path for s in strings(text)}
    found, start = {}, 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            found |= {s.start + start: (number, *s.path) for s in strings(line)}
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
        assert json.loads(text[f.start : f.end]) == f.value
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
        ("Петров", 0, 1),
        ("слушает", 0, 8),
        (" Алло", None, 0),
        ("Алло", 3, 1),
        ("Петров", 0, 1),  # word_segments: the same words again, in order
        ("слушает", 0, 8),
        ("Алло", 3, 1),
    ]


def test_whisper_token_spans_are_those_of_the_segments_with_tokens():
    spans = WhisperFormat().token_spans(WHISPER)
    assert list(spans) == [1]  # the second segment has no tokens
    start, end = spans[1]
    assert WHISPER[start - 1 : end + 1] == "[50364, 1234, 5678, 50439]"
    dropped = json.loads(splice(WHISPER, [(start, end, "")]))
    assert dropped["segments"][0]["tokens"] == []


def test_telegram_fields_are_texts_and_names():
    fields = TelegramFormat().fields(TELEGRAM)
    names = [f.value for f in fields if f.sender]
    texts = [f.value for f in fields if not f.sender]
    assert names == [
        "Иван Петров",  # a personal chat's name: the other person
        "Иван Петров",
        "Мария",
        "Ольга Смирнова",
        "Мария",
        "Пётр Сидоров",
        "Мария",
        "Анна",
        "Кузнецова",
    ]
    assert texts == [
        "Привет, это Ваня",
        "Привет, это Ваня",
        "Звони ",
        "+79991234567",
        " или ",
        "сюда",
        "https://t.me/ivan",
        "Звони ",
        "+79991234567",
        " или ",
        "сюда",
        "https://t.me/ivan",
        "",
        "+7 912 000 00 00",
        "",
    ]
    assert TelegramFormat().write(fields[0], "Я") == '"Я"'  # Telegram does not escape


def test_telegram_account_export():
    fields = TelegramFormat().fields(TELEGRAM_ACCOUNT)
    assert [f.value for f in fields if f.sender] == [
        "Мария",
        "Иванова",
        "@masha",
        "Олег",
        "",
        "Олег",
        "Олег",
        "Олег",
    ]
    assert [f.value for f in fields if not f.sender] == [
        "+7 999 000 00 01",
        "Живу в Казани",
        "+7 1",
        "Семья",  # a group's name is text
        "Ужин в 7",
        "Ок",
    ]


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
