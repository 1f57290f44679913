"""Tables (`.csv`, `.tsv`): the cells of the chosen columns are values, the header is not.

`csv.reader` cannot say where a cell is written, so a small scanner walks the file once and
keeps each cell's exact span (a quoted cell's span includes its quotes; its value has `""`
undone). Columns: those the user names (`--column`, by header or index). Else, by the words of
the headers (`column_kind`): the text columns, the name columns (their cells are senders: a name
as a whole) and the columns named for personal data (phone, passport, birth date…). When no
header names a text column: every column but the keys (ids, dates, times by header) and those
whose first rows are all short numbers, dates, times or UUIDs (`_structured`); long digit
strings stay in, they may be phones or documents. The first row is always the header.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import ClassVar, NamedTuple

from redactor.files.formats.base import Field, FormatError

# Header words (a header matches when one of its words is one: «текст сообщения», «sender_name»)
TEXT_WORDS = {"text", "message", "msg", "сообщение", "текст", "comment", "комментарий", "body",
              "content", "transcript", "transcription", "расшифровка", "реплика", "utterance"}  # fmt: skip
NAME_WORDS = {"from", "sender", "author", "name", "speaker", "имя", "фио", "фамилия", "отчество",
              "отправитель", "автор", "спикер", "клиент", "оператор"}  # fmt: skip
PERSONAL_WORDS = {"phone", "телефон", "email", "mail", "почта", "address", "адрес", "passport",
                  "паспорт", "снилс", "инн", "card", "карта", "birth", "рождения"}  # fmt: skip
KEY_WORDS = {"id", "uuid", "guid", "date", "time", "timestamp", "дата", "время"}  # never text
_WORD = re.compile(r"[^\W\d_]+")
_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')  # a quoted cell: quotes inside are doubled
SAMPLE_ROWS = 20  # rows read to judge a column's kind
_STRUCTURED = re.compile(
    r"""[-+]?\d{1,9}(?:[.,]\d+)?%?             # amount, count, row number: at most 9 digits
    | \d{1,4}[./-]\d{1,2}[./-]\d{1,4}           # a date: 12.03.2024, 2024-03-12
      (?:[ T]\d{1,2}:\d{2}(?::\d{2})?\S*)?      #   with a time: 2024-03-12T14:05:33Z
    | \d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?      # a time or a duration: 14:05, 00:01:02.5
    | [0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}  # a UUID
    | true|false|да|нет                         # a flag
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Cell(Field):
    """A cell: how it was written is needed to write it back the same way."""

    quoted: bool = False
    delimiter: str = ","


class CsvFormat:
    """Comma-, semicolon-, tab- or pipe-separated values with `"` quotes."""

    NAME: ClassVar[str] = "csv"
    EXTENSIONS: ClassVar[tuple[str, ...]] = (".csv", ".tsv")

    def __init__(self, columns: Sequence[str | int] | None = None, delimiter: str | None = None):
        self.columns = columns
        self.delimiter = delimiter

    def sniff(self, head: str) -> bool:
        """The first complete lines of the head split into the same number (≥ 2) of cells:
        prose with commas passes csv.Sniffer, rarely this."""
        head = head[: head.rfind("\n") + 1]
        try:
            rows = [row for _, row in islice(scan(head, self.dialect(head)), SAMPLE_ROWS)]
        except FormatError:
            return False
        return len(rows) >= 2 and all(len(row) == len(rows[0]) >= 2 for row in rows)

    def dialect(self, text: str) -> str:
        """The delimiter: the forced one, else csv.Sniffer's on the head, else the most
        frequent candidate of the first line (Sniffer gives up on one-column samples)."""
        if self.delimiter:
            return self.delimiter
        head = text[:16384]
        try:
            return csv.Sniffer().sniff(head[: head.rfind("\n") + 1] or head, ",;\t|").delimiter
        except csv.Error:
            first = head.split("\n", 1)[0]
            return max(",;\t|", key=first.count) if any(d in first for d in ",;\t|") else ","

    def fields(self, text: str) -> list[Field]:
        delimiter = self.dialect(text)
        rows = scan(text, delimiter)
        sample = list(islice(rows, SAMPLE_ROWS + 1))  # the header and the first rows
        if not sample:
            return []
        header = [cell.value.strip().lstrip("\ufeff").lower() for cell in sample[0][1]]
        kinds = [column_kind(name) for name in header]
        chosen = self._choose(header, kinds, [row for _, row in sample[1:]])
        found: list[Field] = []
        for line, row in chain(sample[1:], rows):
            for index, cell in enumerate(row):
                if index >= len(header) and cell.value:
                    raise FormatError(f"csv: line {line}:1: more cells than the header")
                if index in chosen and cell.value:
                    found.append(Cell(cell.start, cell.end, cell.value, kinds[index] == "name",
                                      quoted=cell.quoted, delimiter=delimiter))  # fmt: skip
        return found

    def _choose(self, header: list[str], kinds: list[str], sample: list[list[Raw]]) -> set[int]:
        if self.columns:
            wanted = {c if isinstance(c, int) else c.strip().lower() for c in self.columns}
            chosen = {i for i, name in enumerate(header) if i in wanted or name in wanted}
            if len(chosen) < len(wanted):
                raise FormatError("csv: line 1:1: a chosen column is not in the header")
            return chosen
        if "text" in kinds:
            return {i for i, kind in enumerate(kinds) if kind in ("text", "name", "personal")}
        return {i for i, kind in enumerate(kinds) if kind != "key" and not _structured(i, sample)
                or kind in ("name", "personal")}  # fmt: skip

    def write(self, field: Field, value: str) -> str:
        delimiter = field.delimiter if isinstance(field, Cell) else ","
        quoted = isinstance(field, Cell) and field.quoted
        if quoted or any(c in value for c in (delimiter, '"', "\r", "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value


def column_kind(header: str) -> str:
    """What a column holds by its header: "key" (ids, dates, times: never text), "text",
    "name" (senders), "personal" (phones, documents: recognizers will find them), or ""."""
    words = set(_WORD.findall(header))
    for kind, known in [("personal", PERSONAL_WORDS), ("key", KEY_WORDS), ("text", TEXT_WORDS),
                        ("name", NAME_WORDS)]:  # fmt: skip
        if words & known or kind == "key" and header in ("#", "№"):
            return kind
    return ""


def _structured(index: int, sample: list[list[Raw]]) -> bool:
    """Whether a column's values in the first rows all look like numbers, dates, times or ids.
    A column empty in them is kept: its later rows may hold text."""
    values = [row[index].value.strip() for row in sample if index < len(row)]
    values = [v for v in values if v]
    return bool(values) and all(_STRUCTURED.fullmatch(v) for v in values)


class Raw(NamedTuple):
    """A scanned cell (a tuple: the scanner makes one per cell of the file)."""

    start: int
    end: int
    value: str
    quoted: bool


def scan(text: str, delimiter: str) -> Iterator[tuple[int, list[Raw]]]:
    """The rows of `text` (with the line each starts on), each a list of cells with their
    spans, in one pass; empty lines are no rows. A generator, so that only the fields of a big
    file are kept. Raises FormatError at an unterminated quote or text after a closing quote."""
    stop = re.compile(re.escape(delimiter) + r"|\r?\n")  # a lone "\r" stays inside a cell
    row: list[Raw] = []
    pos, line, first, size = 0, 1, 1, len(text)
    while pos < size or row:
        if not row and text.startswith(("\n", "\r\n"), pos):  # an empty line: no row
            pos, line = text.index("\n", pos) + 1, line + 1
            continue
        start, first = pos, first if row else line  # the line the row starts on
        if text.startswith('"', pos):
            quoted = _QUOTED.match(text, pos)
            if quoted is None:
                raise FormatError(f"csv: line {_where(text, pos, line)}: unterminated quote")
            pos, value = quoted.end(), quoted.group()[1:-1].replace('""', '"')
            line += text.count("\n", start, pos)
            if pos < size and not stop.match(text, pos):
                raise FormatError(f"csv: line {_where(text, pos, line)}: text after a quote")
        else:
            match = stop.search(text, pos)
            pos = match.start() if match else size
            value = text[start:pos]
        row.append(Raw(start, pos, value, text.startswith('"', start)))
        if text.startswith(delimiter, pos):
            pos += len(delimiter)
            continue
        yield first, row  # the row ends at a newline or at the end of the text
        row = []
        if pos < size:
            pos, line = text.index("\n", pos) + 1, line + 1


def _where(text: str, pos: int, line: int) -> str:
    """`line:column` of `pos` (1-based), for an error message that quotes nothing."""
    return f"{line}:{pos - text.rfind(chr(10), 0, pos)}"
