"""Input formats (one module each) and the redaction of a file through its text values.

    from redactor.formats import redact_file_text
    result = redact_file_text(text, fmt)      # fmt: a Format, e.g. TextFormat(), SrtFormat()

The values of one file are analysed as one conversation (one value per line: a cue in the
operator's question reaches the client's answer below, and a name repeated in another message
gets the same placeholder). A `Labeller` shared by several calls numbers placeholders across
files. Only values that changed are written back, each as its format writes a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from redactor import morph
from redactor.entities import PERSON
from redactor.finding import Finding
from redactor.formats.base import Field, Format, FormatError, splice
from redactor.overlaps import flatten
from redactor.placeholders import Labeller

__all__ = ["Field", "FileRedaction", "Format", "FormatError", "redact_file_text"]

WORD = re.compile(r"[^\W\d_]+")
SENDER = "sender field"  # the recognizer name of a sender's name (Telegram `from`, WhatsApp)


@dataclass(frozen=True)
class FileRedaction:
    """A redacted file. `findings` point into the original file text: exactly where a value is
    written as it reads (plain text, subtitles, CSV), at its field where the file escapes it
    (JSON)."""

    text: str
    findings: tuple[Finding, ...]
    replacements: tuple[str, ...]


def redact_file_text(
    text: str,
    fmt: Format,
    engine=None,
    labeller: Labeller | None = None,
    entities: list[str] | None = None,
) -> FileRedaction:
    if engine is None:
        from redactor.engine import default_engine

        engine = default_engine()
    labeller = labeller or Labeller()
    fields = fmt.fields(text)
    own = [i for i, f in enumerate(fields) if f.parent is None]
    starts, position = {}, 0
    for i in own:
        starts[i] = position
        position += len(fields[i].value) + 1
    joined = "\n".join(fields[i].value for i in own)
    findings = engine.analyze(joined, entities) if joined.strip() else []
    if entities is None or PERSON in entities:
        findings = flatten(findings + list(_senders(fields, own, starts)), joined)
    labels = labeller.label(joined, findings)
    by_field = {i: _within(findings, labels, starts[i], len(fields[i].value)) for i in own}
    changes = []
    for i, f in enumerate(fields):
        if f.parent is None:
            new = splice(f.value, by_field[i])
        elif f.parent in by_field:
            new = _word(f, by_field[f.parent])
        else:
            continue
        if new != f.value:
            changes.append((f.start, f.end, fmt.write(f, new)))
    placed = [_placed(text, fields, own, starts, f) for f in findings]
    return FileRedaction(splice(text, changes), tuple(placed), tuple(labels))


def _senders(fields: list[Field], own: list[int], starts: dict[int, int]):
    """A sender's name, whole: Telegram's `from`, a WhatsApp author. A role is no name
    («Оператор», «Служба заботы», «Бот»): every word of it is an ordinary dictionary word."""
    for i in own:
        f = fields[i]
        value = f.value.strip()
        if f.sender and value and not _role(value):
            start = starts[i] + f.value.index(value)
            yield Finding(start, start + len(value), PERSON, 1.0, SENDER)


def _role(value: str) -> bool:
    words = WORD.findall(value)
    return bool(words) and all(_ordinary(w) for w in words)


def _ordinary(word: str) -> bool:
    info = morph.word_info(word)
    return info.known and not info.name_readings and not info.possessive


def _within(findings, labels, start: int, length: int) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the findings inside one value, in the value's offsets; a
    finding that runs over the line between two values is cut at it."""
    end = start + length
    return [
        (max(f.start, start) - start, min(f.end, end) - start, label)
        for f, label in zip(findings, labels, strict=True)
        if f.start < end and start < f.end
    ]


def _word(word: Field, spans: list[tuple[int, int, str]]) -> str:
    """A word of a redacted value: the finding that starts in it becomes its placeholder, one
    that started in an earlier word leaves it empty; the rest of the word stays."""
    start, end = word.offset, word.offset + len(word.value)
    cut = [
        (max(s, start) - start, min(e, end) - start, label if s >= start else "")
        for s, e, label in spans
        if s < end and start < e
    ]
    return splice(word.value, cut)


def _placed(text: str, fields: list[Field], own: list[int], starts: dict[int, int], f: Finding):
    """A finding's place in the file: inside its value where the file writes it as it reads."""
    i = max((i for i in own if starts[i] <= f.start), key=lambda i: starts[i])
    field = fields[i]
    if text[field.start : field.end] != field.value:
        return replace(f, start=field.start, end=field.end)
    start = field.start + f.start - starts[i]
    end = field.start + min(f.end - starts[i], len(field.value))
    return replace(f, start=start, end=end)
