"""Any `.json` or `.jsonl` file: every string value, or the values the user names.

Every string value is analysed, as every cell of a table is: ids, dates, roles and urls are
left as they are because the recognizers find nothing personal in them, not because their key
is skipped. Keys, numbers, booleans and nulls are structure and stay, except an integer under a
key for personal data (`"phone": 79154382761`, `"inn": 500100732259`), which is analysed like a
string and, if it is personal, written back as a string. The key of a value helps
(`keys.py`): a key that names a person («name», «first_name», «ФИО») makes a value shaped like
a name a name as a whole, as a chat's sender; a key for personal data («phone», «passport»,
«birth_date») is the cue the value is analysed after.

`--field` paths name values by keys and `[]` for "every item of an array": `text`,
`messages[].text`, `data.items[].comment`, `[].body` (a top-level array). A path selects the
value at it and every value inside the value at it (`messages[].text` also takes Telegram's
list of text parts). A path that selects nothing in a file is an error (`SelectionError`): a
typo must not leave the file unredacted.

A Whisper or Telegram file read as JSON without paths is read as its own format (see `fields`),
so that a file the extension and the first few KB do not tell apart is still redacted whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.files.formats import keys
from redactor.files.formats.base import CHANNEL, SPEAKER, Field, FormatError, SelectionError
from redactor.files.formats.json_values import escapes_non_ascii, field, write
from redactor.files.formats.jsonscan import HEAD, WHITESPACE, Scalar, scan
from redactor.files.formats.telegram import TelegramFormat
from redactor.files.formats.whisper import WhisperFormat

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
    if len(parts) > HEAD:
        raise ValueError(f"field path {spec!r} is deeper than {HEAD} keys")
    return tuple(parts)


def selects(spec: tuple[str | None, ...], value: Scalar) -> bool:
    """Whether `value` is at `spec` or inside the value at it."""
    if value.depth < len(spec):
        return False
    return all(
        isinstance(p, int) if s is None else p == s
        for s, p in zip(spec, value.path[: len(spec)], strict=True)
    )


class JsonFormat:
    """A JSON document; see the module docstring for which values are read."""

    NAME = "json"
    EXTENSIONS = (".json",)

    def __init__(self, paths: Iterable[str] | None = None):
        self.names = list(paths or ())
        self.paths = [parse_path(p) for p in self.names]

    def sniff(self, head: str) -> bool:
        """Anything that starts like a JSON object or array: the fallback after the JSON
        formats that know their shape (Whisper, Telegram)."""
        return head.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")

    def fields(self, text: str) -> list[Field]:
        """Without paths, a file that is Whisper's or Telegram's is read as theirs: its words
        and names would be told apart from the rest by their keys (`word`, `from`) only."""
        if not self.paths:
            for shaped in (WhisperFormat(), TelegramFormat()):
                if shaped.sniff(text):
                    return shaped.fields(text)
        return self.select(text, list(scan(text)))

    def select(
        self, text: str, scalars: list[Scalar], lines: list[int] | None = None
    ) -> list[Field]:
        """The fields among the `scalars` of `text` (every string; the paths' only, if any).
        `lines`: the line of each scalar, for JSON Lines (a record per line)."""
        pairs = list(zip(scalars, lines or [None] * len(scalars), strict=True))
        if self.paths:
            for name, spec in zip(self.names, self.paths, strict=True):
                if not any(selects(spec, s) for s in scalars):
                    raise SelectionError(f"--field {name} selects nothing in this file")
            pairs = [(s, n) for s, n in pairs if any(selects(spec, s) for spec in self.paths)]
        escaped = escapes_non_ascii(text, (s for s, _ in pairs if isinstance(s.value, str)))
        found: list[Field] = []
        for s, line in pairs:
            key = keys.read(s.key)
            # A member of an object (not an item of an array, not cut off deep down) is a
            # value of a record: the object is its row.
            member = s.depth == len(s.path) and s.path and isinstance(s.path[-1], str)
            row = {"row": (line, s.path[:-1]), "part": key.part} if member else {}
            if isinstance(s.value, str):
                name = keys.header(key, s.value)
                found.append(field(text, s, escaped, sender=name, cue=key.cue, **row))
            elif type(s.value) is int and key.cue and not key.person:
                found.append(field(text, s, escaped, cue=key.cue))  # a phone kept as a number
            elif type(s.value) is int and key.part in (SPEAKER, CHANNEL):
                found.append(field(text, s, escaped, **row))  # a channel's «0», «1»
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
        lines: list[int] = []  # each value's line: its record
        start, line = 0, 0
        while start <= len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if WHITESPACE.match(text, start, end).end() < end:  # not a blank line
                found = list(scan(text, start, end))
                values += found
                lines += [line] * len(found)
            start, line = end + 1, line + 1
        return self.select(text, values, lines)
