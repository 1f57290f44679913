"""Telegram Desktop's HTML export (`redactor.files.formats.telegram_html`): a realistic page written
as tdesktop writes it (tests/data/telegram_html/messages.html), its values, its bytes kept
outside them, and its redaction (the golden messages.redacted.html)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.files.formats import detect, redact_file_text
from redactor.files.formats.base import FormatError
from redactor.files.formats.plain import TextFormat
from redactor.files.formats.telegram_html import TelegramHtmlFormat
from redactor.replace.splice import splice

DATA = Path(__file__).parent / "data" / "telegram_html"
PAGE = (DATA / "messages.html").read_text(encoding="utf-8")
REDACTED = (DATA / "messages.redacted.html").read_text(encoding="utf-8")
FORMAT = TelegramHtmlFormat()


def own(fields):
    """(value, kind) of the values analysed: a part of a message is in its message."""
    return [
        (f.value.strip(), "name" if f.sender else "text" if f.parts else "link")
        for f in fields
        if f.parent is None
    ]


def test_values():
    assert own(FORMAT.fields(PAGE)) == [
        ("Анна Смирнова", "text"),  # the page header: the chat's title
        ("1 March 2024", "text"),  # a service message: the day
        ("Анна Смирнова", "name"),
        ("Привет! Это Анна, мой новый номер +79154382761\nПиши на anna.smirnova@mail.ru", "text"),
        ("tel:+79154382761", "link"),
        ("mailto:anna.smirnova@mail.ru", "link"),
        ('Кстати, я теперь в "Ромашке" & живу на ул. Ленина, д. 5, кв. 12', "text"),  # decoded
        ("Олег Сидоров", "name"),
        ("Аня, привет! Передай Любови, что я перезвоню. Мой ник @oleg_sidorov", "text"),
        ("https://t.me/oleg_sidorov", "link"),
        ("Мария Кузнецова", "text"),  # a shared contact
        ("+7 912 000 00 01 - vCard", "text"),
        ("Олег Сидоров invited Мария Кузнецова", "text"),
        ("Олег Сидоров", "name"),
        ("Пётр Иванов", "name"),  # a forwarded message's author, without its date
        ("Паспорт 4510 123456, выдан 12.05.2015. Звоните 8 (916) 123-45-67", "text"),
        ("Анна Смирнова", "name"),
        ("Спасибо, Олег! Ане не надо, это я :) Хорошего дня & до связи", "text"),
    ]


def test_parts_point_into_their_message():
    fields = FORMAT.fields(PAGE)
    for f in fields:
        if f.parent is not None:
            message = fields[f.parent]
            assert message.parts
            assert message.value[f.offset : f.end_offset] == f.value


def test_values_written_back_unchanged_give_the_same_bytes():
    fields = [f for f in FORMAT.fields(PAGE) if not f.parts]
    assert splice(PAGE, [(f.start, f.end, FORMAT.write(f, f.value)) for f in fields]) == PAGE


def test_replacing_every_value_keeps_the_page():
    fields = [f for f in FORMAT.fields(PAGE) if not f.parts]
    new = [("Икс" if f.sender else "[X] & <Y>", f) for f in fields]
    page = splice(PAGE, [(f.start, f.end, FORMAT.write(f, v)) for v, f in new])
    again = [f for f in FORMAT.fields(page) if not f.parts]
    assert [f.value for f in again] == [v for v, _ in new]
    assert splice(page, [(f.start, f.end, "") for f in again]) == splice(
        PAGE, [(f.start, f.end, "") for f in fields]
    )


WRITES = [  # (value, how Telegram would write it)
    ("[ИМЯ_1]", "[ИМЯ_1]"),
    ('Tom & "Jerry" <3 it\'s', "Tom &amp; &quot;Jerry&quot; &lt;3 it&apos;s"),
]


@pytest.mark.parametrize(("value", "written"), WRITES)
def test_write(value, written):
    name = next(f for f in FORMAT.fields(PAGE) if f.sender)
    assert FORMAT.write(name, value) == written


def test_redacted():
    assert redact_file_text(PAGE, FORMAT).text == REDACTED


SNIFF = [
    (PAGE, True),
    (PAGE[:600], True),  # the head is enough
    ("<!DOCTYPE html><html><head><title>Мой блог</title></head><body>Иван</body></html>", False),
    ('{"name": "Иван", "type": "personal_chat"}', False),
    ("Exported Data\n", False),
]


@pytest.mark.parametrize(("text", "expected"), SNIFF)
def test_sniff(text, expected):
    assert FORMAT.sniff(text) is expected


def test_detected_by_content_whatever_the_name():
    for path in ("ChatExport/messages.html", "ChatExport/messages2.html", "chat.htm", "page"):
        assert isinstance(detect(path, PAGE), TelegramHtmlFormat)
    assert isinstance(detect("site/index.html", SNIFF[2][0]), TextFormat)  # any other HTML


def test_a_div_never_closed_is_a_format_error_that_quotes_nothing():
    cut = PAGE[: PAGE.index("Олег Сидоров invited")] + "Олег Сидоров invited"
    with pytest.raises(FormatError, match=r"^telegram-html: line \d+: a div that is never closed$"):
        FORMAT.fields(cut)


def test_an_export_folder_is_redacted_and_checked(tmp_path: Path) -> None:
    export = tmp_path / "ChatExport_2024-03-01"
    (export / "css").mkdir(parents=True)
    (export / "messages.html").write_text(PAGE, encoding="utf-8")
    (export / "messages2.html").write_text(PAGE, encoding="utf-8")
    (export / "css/style.css").write_text(".message { color: red }\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, [str(export), "-o", str(tmp_path / "safe"), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "safe/messages2.html").read_text(encoding="utf-8") == REDACTED
    checked = runner.invoke(app, ["check", str(export / "messages.html"), "-j", "1"])
    assert checked.exit_code == 1
    assert "Смирнова" not in checked.output and "+79154382761" not in checked.output
