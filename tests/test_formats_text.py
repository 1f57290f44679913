"""The line-based formats (plain text, SRT, VTT, CSV/TSV, WhatsApp): which values come out of
a realistic file, and that writing values back keeps everything else byte for byte."""

from __future__ import annotations

import re

import pytest

from redactor.files.formats.base import FormatError, SelectionError
from redactor.files.formats.plain import TextFormat, lines
from redactor.files.formats.subtitles import SrtFormat, VttFormat
from redactor.files.formats.table import CsvFormat
from redactor.files.formats.whatsapp import WhatsAppFormat
from redactor.replace.splice import splice

TXT = "Оператор: Здравствуйте!\nКлиент: Меня зовут Ирина Петрова.\n"

SRT = """\ufeff1
00:00:01,000 --> 00:00:04,000
Здравствуйте, меня зовут Ирина
Петрова.

2
00:00:05,000 --> 00:00:07,500 X1:100 X2:200 Y1:10 Y2:20
Чем могу помочь?

00:00:08,000 --> 00:00:09,000
Номер карты 4276 1000 1234 5678.
"""

VTT = """WEBVTT - звонок в банк

NOTE запись от 12.03.2024, оператор Олег

STYLE
::cue { color: yellow }

REGION
id:fred

intro
00:01.000 --> 00:04.000 align:start position:10%
<v.loud Ирина Петрова>Алло, это Ирина
Петрова</v>

00:00:05.000 --> 00:00:07.000
<v Оператор>Слушаю вас.</v> <v Клиент>Да.

00:00:08.000 --> 00:00:09.000
<i>Без голоса</i>
"""

CSV = "".join(
    line + "\n"
    for line in [
        "id;дата;оператор;текст;длительность",
        '1;12.03.2024;Олег;"Здравствуйте; меня зовут ""Олег""";00:01:05',
        '2;12.03.2024;Ирина;"Две',
        'строки";00:00:30',
        "",
        "3;13.03.2024;;Спасибо;00:00:10",
    ]
)

TSV = "date\tphone\tnote\tamount\tcall_id\n2024-03-12\t+7 912 000-00-00\tперезвонить Ирине\t1500\t8812\n2024-03-13\t\t\t200,50\t8813\n"

WHATSAPP = """12.03.2024, 14:05 - Сообщения и звонки защищены сквозным шифрованием. Никто вне этого чата не может их прочитать.
12.03.2024, 14:06 - Ирина Петрова: Добрый день!
Мой телефон +7 912 000-00-00

12.03.2024, 14:07 - Олег: <Без медиафайлов>
12.03.2024, 14:08 - Олег: время: 14:30
12.03.2024, 14:09 - Ирина Петрова добавила Олега
"""

WHATSAPP_IOS = """[12.03.24, 2:05:33 PM] Ирина Петрова: Привет
[12.03.24, 2:05:40 PM] Олег: \u200eimage omitted
[12.03.24, 2:06:01 PM] Олег: Паспорт 4510 123456,
выдан в 2010
"""

CASES = {
    "txt": (TextFormat(), TXT),
    "srt": (SrtFormat(), SRT),
    "vtt": (VttFormat(), VTT),
    "csv": (CsvFormat(), CSV),
    "tsv": (CsvFormat(), TSV),
    "whatsapp": (WhatsAppFormat(), WHATSAPP),
    "whatsapp-ios": (WhatsAppFormat(), WHATSAPP_IOS),
}

# (value as written in the file, sender?) in file order; a quoted cell is written with quotes
FIELDS = {
    "txt": [(TXT, False)],
    "srt": [
        ("Здравствуйте, меня зовут Ирина\nПетрова.", False),
        ("Чем могу помочь?", False),
        ("Номер карты 4276 1000 1234 5678.", False),
    ],
    "vtt": [
        ("Ирина Петрова", True),
        ("Алло, это Ирина\nПетрова", False),
        ("Оператор", True),
        ("Слушаю вас.", False),
        ("Клиент", True),
        ("Да.", False),
        ("<i>Без голоса</i>", False),
    ],
    "csv": [  # every cell; the operator's is a name as a whole
        ("1", False), ("12.03.2024", False), ("Олег", True),
        ('"Здравствуйте; меня зовут ""Олег"""', False), ("00:01:05", False),
        ("2", False), ("12.03.2024", False), ("Ирина", True), ('"Две\nстроки"', False),
        ("00:00:30", False),
        ("3", False), ("13.03.2024", False), ("Спасибо", False), ("00:00:10", False),
    ],
    "tsv": [
        ("2024-03-12", False), ("+7 912 000-00-00", False), ("перезвонить Ирине", False),
        ("1500", False), ("8812", False),
        ("2024-03-13", False), ("200,50", False), ("8813", False),
    ],
    "whatsapp": [
        ("Сообщения и звонки защищены сквозным шифрованием. Никто вне этого чата не может их прочитать.", False),
        ("Ирина Петрова", True),
        ("Добрый день!\nМой телефон +7 912 000-00-00", False),
        ("Олег", True),
        ("Олег", True),
        ("время: 14:30", False),
        ("Ирина Петрова добавила Олега", False),
    ],
    "whatsapp-ios": [
        ("Ирина Петрова", True),
        ("Привет", False),
        ("Олег", True),
        ("Олег", True),
        ("Паспорт 4510 123456,\nвыдан в 2010", False),
    ],
}  # fmt: skip


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def skeleton(text: str, fields) -> str:
    """The file without its values: what must never change."""
    return splice(text, [(f.start, f.end, "") for f in fields])


@pytest.mark.parametrize("name", FIELDS)
def test_fields(name):
    fmt, text = CASES[name]
    found = fmt.fields(text)
    assert [(text[f.start : f.end], f.sender) for f in found] == FIELDS[name]
    for f in found:  # the value is what the file says: quotes undone, nothing else
        written = text[f.start : f.end]
        assert f.value == (written[1:-1].replace('""', '"') if written[0] == '"' else written)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("name", FIELDS)
def test_each_value_written_back_as_is_keeps_the_file(name, newline):
    fmt, text = CASES[name]
    text = text.replace("\n", newline)
    found = fmt.fields(text)
    assert len(found) == len(FIELDS[name])
    assert splice(text, [(f.start, f.end, fmt.write(f, f.value)) for f in found]) == text


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("name", FIELDS)
def test_replacing_every_value_keeps_the_structure(name, newline):
    fmt, text = CASES[name]
    text = text.replace("\n", newline)
    found = fmt.fields(text)
    new = [("Икс" if f.sender else "[X]", f) for f in found]  # a table's name must look like one
    redacted = splice(text, [(f.start, f.end, fmt.write(f, v)) for v, f in new])
    again = fmt.fields(redacted)
    assert [(f.value, f.sender) for f in again] == [(v, f.sender) for v, f in new]
    assert skeleton(redacted, again) == skeleton(text, found)


def test_vtt_and_srt_keep_cue_lines():
    redacted = splice(SRT, [(f.start, f.end, "[X]") for f in SrtFormat().fields(SRT)])
    assert "00:00:05,000 --> 00:00:07,500 X1:100 X2:200 Y1:10 Y2:20\n[X]\n" in redacted
    redacted = splice(VTT, [(f.start, f.end, "[X]") for f in VttFormat().fields(VTT)])
    assert redacted.startswith("WEBVTT - звонок в банк\n\nNOTE запись от 12.03.2024, оператор Олег")
    assert (
        "intro\n00:01.000 --> 00:04.000 align:start position:10%\n<v.loud [X]>[X]</v>" in redacted
    )


WRITES = [
    # (format, field index in its fixture, new value, how it is written)
    ("csv", 3, "Меня зовут [ИМЯ_1]", '"Меня зовут [ИМЯ_1]"'),  # was quoted: stays quoted
    ("csv", 12, "[ИМЯ_1]; спасибо", '"[ИМЯ_1]; спасибо"'),  # the delimiter needs quotes
    ("csv", 12, 'Сказал "да"', '"Сказал ""да"""'),
    ("csv", 2, "[ИМЯ_1]", "[ИМЯ_1]"),
    ("tsv", 1, "a, b; c", "a, b; c"),  # not this file's delimiter
    ("tsv", 1, "a\tb", '"a\tb"'),
    ("vtt", 0, "Ирина <b>", "Ирина  b "),  # a speaker cannot close the tag
    ("srt", 0, "строка\n\nпосле пустой --> строки", "строка\nпосле пустой -> строки"),
    ("whatsapp", 1, "Имя: Фамилия", "Имя Фамилия"),  # «: » would move the text
    ("whatsapp", 2, "текст\n12.03.2024, 14:06 - Х: у", "текст\n\u200b12.03.2024, 14:06 - Х: у"),
]


@pytest.mark.parametrize(("name", "index", "value", "written"), WRITES)
def test_write(name, index, value, written):
    fmt, text = CASES[name]
    assert fmt.write(fmt.fields(text)[index], value) == written


def test_csv_columns():
    # chosen by the user: only those (by header or index), name columns are still senders
    found = CsvFormat(columns=["Оператор"]).fields(CSV)
    assert [(f.value, f.sender) for f in found] == [("Олег", True), ("Ирина", True)]
    assert [f.value for f in CsvFormat(columns=[3]).fields(CSV)][-1] == "Спасибо"
    assert [f.value for f in CsvFormat(columns=["3"]).fields(CSV)][-1] == "Спасибо"
    # a forced delimiter
    assert len(CsvFormat(delimiter=";").fields(CSV)) == 14
    assert CsvFormat().fields("") == []
    assert CsvFormat().fields("text\n") == []  # a header alone: no values


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        (["фамилия"], "--column фамилия is not in the header of this file"),
        (["text", "nme"], "--column nme is not in the header of this file"),
        ([7], "--column 7 is not in the header of this file"),
    ],
)
def test_a_column_not_in_the_header_is_an_error(columns, message):
    with pytest.raises(SelectionError) as error:
        CsvFormat(columns=columns).fields("text,name\nпривет,Ирина\n")
    assert str(error.value) == message


def test_lines_only_break_at_newlines():
    text = "a\r\nb\x0cc\u2028d\n\ne"
    assert [(line.number, line.text) for line in lines(text)] == [
        (1, "a"),
        (2, "b\x0cc\u2028d"),
        (3, ""),
        (4, "e"),
    ]


SNIFF = [
    (WhatsAppFormat(), WHATSAPP, True),
    (WhatsAppFormat(), WHATSAPP_IOS, True),
    (WhatsAppFormat(), "3/12/24, 2:05 PM - John: hi\n3/12/24, 2:06 PM - Ann: hello\n", True),
    (WhatsAppFormat(), TXT, False),
    (WhatsAppFormat(), "Звонок 12.03.2024, 14:05 - клиент перезвонит\nВсё.\n", False),
    (WhatsAppFormat(), SRT, False),
    (SrtFormat(), SRT, True),
    (SrtFormat(), TXT, False),
    (SrtFormat(), VTT, False),
    (VttFormat(), VTT, True),
    (VttFormat(), SRT, False),
    (CsvFormat(), CSV, True),
    (CsvFormat(), TSV, True),
    (CsvFormat(), TXT, False),
    (TextFormat(), WHATSAPP, True),  # the fallback takes anything
]


@pytest.mark.parametrize(("fmt", "head", "expected"), SNIFF)
def test_sniff(fmt, head, expected):
    assert fmt.sniff(head) is expected


MALFORMED = [
    (SrtFormat(), "1\n00:00:01,000 --> 00:00:04,000\nИрина\n\n2\n00:00:05 --> 00:00:06\nПетрова\n", 6),
    (SrtFormat(), "1\n00:00:01,000 --> 00:00:04,000\nИрина\n\nПетрова Ирина\n", 5),
    (SrtFormat(), "Ирина Петрова\n", 1),
    (VttFormat(), "Ирина Петрова\n\n00:01.000 --> 00:02.000\nтекст\n", 1),
    (VttFormat(), "WEBVTT\n\n00:01.000 --> 00:02.000\nИрина\n\nid\n00:03 --> 00:04.000\nПетрова\n", 7),
    (VttFormat(), "WEBVTT\n\nИрина Петрова\n", 3),
    (CsvFormat(), 'text,name\n"Ирина, привет,Петрова\n', 2),
    (CsvFormat(), 'text,name\nпривет,Ирина\n"Ирина"Петрова,x\n', 3),
    (CsvFormat(), "text,name\nпривет,Ирина,Петрова\n", 2),
    (WhatsAppFormat(), "Ирина Петрова: привет\n", 1),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "text", "line"), MALFORMED)
def test_malformed_input_is_an_error_that_quotes_nothing(fmt, text, line):
    with pytest.raises(FormatError) as error:
        fmt.fields(text)
    message = str(error.value)
    assert "\n" not in message
    assert re.search(rf"\bline {line}:\d+\b", message)
    for word in ("Ирина", "Петрова", "привет", "текст", "00:0"):
        assert word not in message


def test_crlf_fixture_keeps_crlf_inside_values():
    text = crlf(SRT)
    first = SrtFormat().fields(text)[0]
    assert first.value == "Здравствуйте, меня зовут Ирина\r\nПетрова."


def test_cues_without_a_blank_line_between_them_are_split():
    # the next cue's number and timing must not end up inside the previous cue's value
    srt = "1\n00:00:01,000 --> 00:00:02,000\nИрина\n2\n00:00:03,000 --> 00:00:04,000\nПетрова\n"
    assert [f.value for f in SrtFormat().fields(srt)] == ["Ирина", "Петрова"]
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ирина>Да\n00:03.000 --> 00:04.000\nНет\n"
    assert [f.value for f in VttFormat().fields(vtt)] == ["Ирина", "Да", "Нет"]


def test_whatsapp_text_before_the_first_message_is_a_value():
    text = "\ufeffЧат с Ириной\n12.03.2024, 14:05 - Олег: Привет\n"
    found = WhatsAppFormat().fields(text)
    assert [(f.value, f.sender) for f in found] == [
        ("\ufeffЧат с Ириной", False),
        ("Олег", True),
        ("Привет", False),
    ]


def test_long_files_parse_in_linear_time():
    import time

    for fmt, unit in [
        (SrtFormat(), "{i}\n00:00:01,000 --> 00:00:02,000\nИрина Петрова\nзвонит\n\n"),
        (WhatsAppFormat(), "12.03.2024, 14:05 - Ирина: привет\nещё строка\n"),
        (CsvFormat(), '{i},"Ирина, ""привет""",Олег\n'),
    ]:
        times = []
        for n in (2000, 16000):
            text = "id,text,from\n" * isinstance(fmt, CsvFormat) + "".join(
                unit.format(i=i) for i in range(n)
            )
            best = float("inf")
            for _ in range(3):  # the best of three: the CPU is shared
                start = time.perf_counter()
                fmt.fields(text)
                best = min(best, time.perf_counter() - start)
            times.append(best)
        assert times[1] < 8 * times[0] * 3  # 8× the text: well under 64× (quadratic)


def test_csv_headers_make_names_and_cues():
    text = "ФИО,Телефон клиента,Паспорт,amount\nИванов И. И.,+7 912 000-00-00,4510 123456,1500\n"
    found = CsvFormat().fields(text)
    assert [(f.value, f.sender, f.cue) for f in found] == [
        ("Иванов И. И.", True, ""),
        ("+7 912 000-00-00", False, "телефон"),
        ("4510 123456", False, "паспорт"),
        ("1500", False, ""),
    ]
    bom = "\ufeffФИО;Sum\nИванов;10\n"  # Excel's BOM does not hide the header
    assert [f.sender for f in CsvFormat().fields(bom)] == [True, False]


STAMPS = [
    "12.03.2024, 14:05 - Ирина Петрова: текст",
    "12/03/2024, 14:05 - Ирина Петрова: текст",
    "3/12/24, 2:05 PM - Ирина Петрова: текст",
    "3/12/24, 2:05\u202fpm - Ирина Петрова: текст",
    "[12.03.2024, 14:05:33] Ирина Петрова: текст",
    "\u200e[12.03.24, 2:05:33 PM] Ирина Петрова: текст",
    "2024-03-12, 14:05 - Ирина Петрова: текст",
]


@pytest.mark.parametrize("line", STAMPS)
def test_whatsapp_timestamp_layouts(line):
    text = f"{line}\n{line}\r\nпродолжение\n"
    found = WhatsAppFormat().fields(text)
    assert [(f.value, f.sender) for f in found] == [
        ("Ирина Петрова", True),
        ("текст", False),
        ("Ирина Петрова", True),
        ("текст\r\nпродолжение", False),
    ]
    assert WhatsAppFormat().sniff(text)


REDACTED_CSV = [  # (before, after): every column read, as every JSON string is
    (
        "name,phone,email\nИван Петров,+7 915 438-27-61,ivan@mail.ru\n",
        "name,phone,email\n[ИМЯ_1],[ТЕЛЕФОН_1],[ПОЧТА_1]\n",
    ),
    (  # a header is the cue a bare number or date needs; ids, dates and amounts stay
        "id;дата;паспорт;дата рождения;сумма\n17;12.03.2024;4510 123456;12.03.1985;1500\n",
        "id;дата;паспорт;дата рождения;сумма\n17;12.03.2024;[ПАСПОРТ_1];[ДАТА_РОЖДЕНИЯ_1];1500\n",
    ),
    (  # a column no header calls text is read too
        "call_id,duration,note\n8812,00:01:05,перезвонить Ирине Смирновой\n",
        "call_id,duration,note\n8812,00:01:05,перезвонить [ИМЯ_1]\n",
    ),
]


@pytest.mark.parametrize(("before", "after"), REDACTED_CSV)
def test_csv_redacted(before, after):
    from redactor.files.formats import redact_file_text

    assert redact_file_text(before, CsvFormat()).text == after


REDACTED_WHATSAPP = [  # (before, after): every sender heads a turn, even one who writes once
    (
        "12.03.2024, 14:05 - Поддержка: Какой код пришёл в смс?\n12.03.2024, 14:06 - Ирина: 5521\n",
        "12.03.2024, 14:05 - Поддержка: Какой код пришёл в смс?\n"
        "12.03.2024, 14:06 - [ИМЯ_1]: [КОД_1]\n",
    ),
    (  # a time is no answer to anything
        "12.03.2024, 14:05 - Поддержка: Во сколько вам удобно?\n"
        "12.03.2024, 14:06 - Ирина: в 15:30\n",
        "12.03.2024, 14:05 - Поддержка: Во сколько вам удобно?\n"
        "12.03.2024, 14:06 - [ИМЯ_1]: в 15:30\n",
    ),
]


@pytest.mark.parametrize(("before", "after"), REDACTED_WHATSAPP)
def test_whatsapp_redacted(before, after):
    from redactor.files.formats import redact_file_text

    assert redact_file_text(before, WhatsAppFormat()).text == after
