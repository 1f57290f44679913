"""Telegram Desktop's HTML export, its default: a chat's `messages.html`, `messages2.html`, …, and
the pages beside them (`export_results.html`, `lists/contacts.html`, `lists/chats.html`, …).

Telegram writes every page alike (tdesktop's export_output_html.cpp): `<title>Exported
Data</title>`, then `<div class="…">` blocks, each value on lines of its own between its tag
and the closing one, HTML-escaped (`&quot; &amp; &apos; &lt; &gt;`, a line break as `<br>`):

     <div class="message default clearfix" id="message12">
      …
       <div class="from_name">
Иван Петров
       </div>
       <div class="text">
Звони <a href="tel:+79991234567">+79991234567</a><br>или пиши <strong>Ане</strong>
       </div>

The values (`CLASSES`): a message's `text`, its links' `href`s (a `tel:`, a `mailto:`, a
profile), who wrote (`from_name`, a forwarded message's author too, without « via @bot»), a
channel post's `signature`, a service message's line («Анна invited Олег»), a medium's title,
description and status (a shared contact's name and phone, a venue's address), a poll, the
chat's title in the page header, and the lists' names and details (contacts and their phones,
sessions and their IP addresses). A value is analysed with its entities decoded and `<br>` as
a line break; a value with tags in it is written back through its runs of text between the
tags (`Field.parts`): the tags stay, and a finding over several runs puts its placeholder in
the first. Everything else stays byte for byte, the userpics' two initials too.
"""

from __future__ import annotations

import html
import re
from typing import ClassVar

from redactor.files.formats.base import Field, FormatError

TITLE = "<title>Exported Data</title>"  # on every page Telegram writes
NAME, TEXT = "name", "text"
CLASSES = {  # a div's whole class attribute → what its content is
    "from_name": NAME,
    "signature details": NAME,
    "name bold": NAME,  # a contact, a chat, a frequent contact in the lists
    "text": TEXT,
    "text bold": TEXT,  # the page header: the chat's title
    "body details": TEXT,  # a service message
    "title bold": TEXT,
    "description": TEXT,
    "status details": TEXT,
    "question bold": TEXT,
    "answer": TEXT,
    "subname bold": TEXT,
    "details_entry details": TEXT,
    "pull_right info details": TEXT,
    "value bold": TEXT,  # the account's own first name, phone, username, bio
}
OPEN = re.compile(r'<div class="([^"]*)"[^>]*>')
DIV = re.compile(r"<(/?)div\b[^>]*>")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
HREF = re.compile(r'\bhref="([^"]*)"')
# A message's date and time, in the div before its author's: «title="01.03.2024 10:00:12 …"».
DATE = re.compile(r'class="pull_right date details" title="[\d.]+ (\d{1,2}:\d{2})')
DATE_REACH = 400  # characters before the author's div where its message's date stands
VIA = re.compile(r"\s+via @\S+\s*$")  # «Иван Петров via @gamebot»: the bot is no part of the name
# How Telegram escapes a value (SerializeString), so that a value written back reads as it did.
ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


class TelegramHtmlFormat:
    """A page of Telegram Desktop's HTML export; see the module docstring."""

    NAME: ClassVar[str] = "telegram-html"
    # Known by its content, not its extension: any other `.html` file is plain text.
    EXTENSIONS: ClassVar[tuple[str, ...]] = ()

    def sniff(self, head: str) -> bool:
        return TITLE in head and 'class="page_wrap"' in head

    def fields(self, text: str) -> list[Field]:
        found: list[Field] = []
        for match in OPEN.finditer(text):
            kind = CLASSES.get(match.group(1))
            if kind is None:
                continue
            start, end = match.end(), _closing(text, match.end())
            if kind == NAME:
                found += _name(text, start, end, _time_before(text, match.start()))
            else:
                found += _text(text, start, end, len(found))
        return found

    def write(self, field: Field, value: str) -> str:
        return "".join(ESCAPES.get(c, c) for c in value)


def _closing(text: str, start: int) -> int:
    """Where the div whose content starts at `start` closes (divs may nest in it)."""
    depth = 1
    for tag in DIV.finditer(text, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.start()
    line = text.count("\n", 0, start) + 1
    raise FormatError(f"telegram-html: line {line}: a div that is never closed")


def _time_before(text: str, at: int) -> str:
    """The time of the message whose author's div opens at `at`, for the analyser only
    («[14:05] Ирина:» heads a turn whoever writes, even a sender who writes once); "" for a
    name outside a message."""
    if "from_name" not in text[at : at + 40]:
        return ""
    dates = DATE.findall(text, max(0, at - DATE_REACH), at)
    return f"[{dates[-1]}]" if dates else ""


def _name(text: str, start: int, end: int, cue: str = "") -> list[Field]:
    """The name before any tag in the div (a forwarded message's date follows in a span)."""
    tag = text.find("<", start, end)
    run = text[start : end if tag < 0 else tag]
    run = VIA.sub("", run.rstrip())
    stripped = run.strip()
    if not stripped:
        return []
    at = start + run.index(stripped)
    return [Field(at, at + len(stripped), html.unescape(stripped), sender=True, cue=cue)]


def _text(text: str, start: int, end: int, index: int) -> list[Field]:
    """A value with its parts (its runs of text between tags) and its links' addresses."""
    value, parts, links, pos = [], [], [], start
    length = 0
    for tag in [*TAG.finditer(text, start, end), None]:
        run_end = end if tag is None else tag.start()
        if pos < run_end:
            run = html.unescape(text[pos:run_end])
            if run.strip():
                parts.append(Field(pos, run_end, run, parent=index, offset=length))
            value.append(run)
            length += len(run)
        if tag is None:
            break
        if tag.group(2).lower() == "br":
            value.append("\n")
            length += 1
        href = HREF.search(tag.group(3))
        if href and href.group(1):
            at = tag.start(3) + href.start(1)
            links.append(Field(at, at + len(href.group(1)), html.unescape(href.group(1))))
        pos = tag.end()
    if not parts:
        return links
    # The links are values of their own, after the parts (which count on `index`).
    return [Field(start, end, "".join(value), parts=True), *parts, *links]
