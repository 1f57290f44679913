"""Tables (`.csv`, `.tsv`): every cell is a value, the header is not.

`csv.reader` cannot say where a cell is written, so a small scanner walks the file once and
keeps each cell's exact span (a quoted cell's span includes its quotes; its value has `""`
undone). Every column is analysed, as every string of a JSON file is: ids, dates and amounts
stay because the recognizers find nothing personal in them. A header helps as a JSON key does
(`keys.py`): a column named for a person («ФИО», «Отправитель», «sender_name») holds names as a
whole, like a chat's senders; one named for personal data («Телефон», «Паспорт», «birth_date»)
gives its cells a cue; a row with a column for who speaks («role», «author») and one for what
is said («text», «message») is a turn of the conversation the table holds. `--column` (by header or index) reads only the columns named; one that
is not in the header is an error (`SelectionError`). The first row is always the header.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import ClassVar, NamedTuple

from redactor.detect.recognizers.sender import name_spans
from redactor.files.formats import keys
from redactor.files.formats.base import Field, FormatError, SelectionError

_QUOTED = re.compile(r'"[^"]*(?:""[^"]*)*"')  # a quoted cell: quotes inside are doubled
SAMPLE_ROWS = 20  # rows `sniff` reads


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
        first = next(rows, None)
        if first is None:
            return []
        header = [cell.value.strip().lstrip("\ufeff") for cell in first[1]]
        chosen = self._choose([name.lower() for name in header])
        kinds = [keys.read(name) for name in header]
        found: list[Field] = []
        for line, row in rows:
            for index, cell in enumerate(row):
                if index >= len(header) and cell.value:
                    raise FormatError(f"csv: line {line}:1: more cells than the header")
                if index in chosen and cell.value:
                    kind = kinds[index]
                    name = keys.header(kind, cell.value) or (
                        kind.person and bool(name_spans(cell.value))
                    )
                    found.append(Cell(cell.start, cell.end, cell.value, name, cue=kind.cue,
                                      row=line, part=kind.part, quoted=cell.quoted,
                                      delimiter=delimiter))  # fmt: skip
        return found

    def _choose(self, header: list[str]) -> set[int] | range:
        """The indices of the columns read: those named with `--column`, else every one."""
        if not self.columns:
            return range(len(header))
        chosen = set()
        for column in self.columns:
            wanted = column if isinstance(column, int) else column.strip().lower()
            found = {i for i, name in enumerate(header) if name == wanted}
            if not found and str(wanted).isdigit() and int(wanted) < len(header):
                found = {int(wanted)}  # an index, when no header is named so
            if not found:
                raise SelectionError(f"--column {column} is not in the header of this file")
            chosen |= found
        return chosen

    def write(self, field: Field, value: str) -> str:
        delimiter = field.delimiter if isinstance(field, Cell) else ","
        quoted = isinstance(field, Cell) and field.quoted
        if quoted or any(c in value for c in (delimiter, '"', "\r", "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value


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
