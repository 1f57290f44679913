"""Any `.json` or `.jsonl` file: the text values the user names, or those a chat dump keeps text in.

`--field` paths name values by keys and `[]` for "every item of an array": `text`,
`messages[].text`, `data.items[].comment`, `[].body` (a top-level array). A path selects the
string at it and every string inside the value at it (`messages[].text` also takes Telegram's
list of text parts).

Without paths, a string is text when its nearest key is one of `TEXT_KEYS`, and a name when it
is one of `NAME_KEYS`. These are the keys chat dumps (OpenAI/ChatGPT, Slack, Gemini, support
desk exports, forms) keep people's words and names in. Ids, dates, roles, types and asset urls
live under other keys (`id`, `date`, `role`, `type`, `url`) and are left alone. Text values are
analysed, not masked whole, so a text key that holds something harmless costs nothing;
`from`, `author` and `sender` are text rather than names because dumps often put a role there
(`"author": "user"`), which must not become a name placeholder.

A Whisper or Telegram file read as JSON without paths is read as its own format (see `fields`),
so that a file the extension and the first few KB do not tell apart is still redacted whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.files.formats.base import Field, FormatError
from redactor.files.formats.json_values import escapes_non_ascii, field, write
from redactor.files.formats.jsonscan import WHITESPACE, Path, Scalar, scan, strings
from redactor.files.formats.telegram import TelegramFormat
from redactor.files.formats.whisper import WhisperFormat

TEXT_KEYS = frozenset(
    "text message msg content parts body comment transcript question answer caption title"
    " description summary subject note notes reply response prompt utterance"
    " from author sender".split()
)
NAME_KEYS = frozenset(
    "sender_name author_name from_name user_name username real_name display_name full_name"
    " first_name last_name".split()
)
PATH_SEGMENT = re.compile(r"([^.\[\]]*)((?:\[\])*)")


def parse_path(spec: str) -> tuple[str | None, ...]:
    """`messages[].text` → ("messages", None, "text"): None stands for any array index."""
    parts: list[str | None] = []
    for i, segment in enumerate(spec.split(".")):
        match = PATH_SEGMENT.fullmatch(segment)
        if not match or not (match[1] or (i == 0 and match[2])):
            raise ValueError(f"bad field path {spec!r}: write it like messages[].text")
        parts += [match[1]] if match[1] else []
        parts += [None] * (len(match[2]) // 2)
    return tuple(parts)


def selects(spec: tuple[str | None, ...], path: Path) -> bool:
    """Whether `path` is at `spec` or inside the value at it."""
    if len(path) < len(spec):
        return False
    return all(
        isinstance(p, int) if s is None else p == s
        for s, p in zip(spec, path[: len(spec)], strict=True)
    )


def nearest_key(path: Path) -> str | None:
    return next((p for p in reversed(path) if isinstance(p, str)), None)


class JsonFormat:
    """A JSON document; see the module docstring for which values are text."""

    NAME = "json"
    EXTENSIONS = (".json",)

    def __init__(self, paths: Iterable[str] | None = None):
        self.paths = [parse_path(p) for p in paths or ()]

    def sniff(self, head: str) -> bool:
        """Anything that starts like a JSON object or array: the fallback after the JSON
        formats that know their shape (Whisper, Telegram)."""
        return head.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")

    def fields(self, text: str) -> list[Field]:
        """Without paths, a file that is Whisper's or Telegram's is read as theirs: its words
        and names would leak through the keys (`word`, `from`) a chat dump does not use."""
        if not self.paths:
            for shaped in (WhisperFormat(), TelegramFormat()):
                if shaped.sniff(text):
                    return shaped.fields(text)
        return self.select(text, list(strings(text)))

    def select(self, text: str, values: list[Scalar]) -> list[Field]:
        """The fields among the string `values` of `text`."""
        escaped = escapes_non_ascii(text, values)
        found: list[Field] = []
        for s in values:
            if self.paths:
                if any(selects(spec, s.path) for spec in self.paths):
                    found.append(field(text, s, escaped))
            elif (key := nearest_key(s.path)) in TEXT_KEYS or key in NAME_KEYS:
                found.append(field(text, s, escaped, sender=key in NAME_KEYS))
        return found

    def write(self, field: Field, value: str) -> str:
        return write(field, value)


class JsonlFormat(JsonFormat):
    """JSON Lines: one document per line; blank lines are kept. A bad line is an error that
    names its line number."""

    NAME = "jsonl"
    EXTENSIONS = (".jsonl", ".ndjson")

    def sniff(self, head: str) -> bool:
        """A first line that is a whole JSON object or array on its own."""
        first = head.lstrip("\ufeff \t\r\n").split("\n", 1)
        if len(first) < 2 or not super().sniff(first[0]):
            return False
        try:
            for _ in scan(first[0]):
                pass
        except FormatError:
            return False
        return True

    def fields(self, text: str) -> list[Field]:
        values: list[Scalar] = []
        start = 0
        while start <= len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if WHITESPACE.match(text, start, end).end() < end:  # not a blank line
                values += strings(text, start, end)
            start = end + 1
        return self.select(text, values)
