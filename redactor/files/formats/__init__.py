"""Input formats (one module each) and the redaction of a file through its text values.

    from redactor.files.formats import redact_file_text
    result = redact_file_text(text, fmt)      # fmt: a Format, e.g. TextFormat(), SrtFormat()

The values of one file are analysed as one conversation (one value per line: a cue in the
operator's question reaches the client's answer below, and a name repeated in another message
gets the same placeholder). A value with a cue (a JSON `phone`: «телефон») is analysed after
it, on its line; what is found in a cue is dropped. A `Replacer` shared by several calls keeps placeholders and
surrogates consistent across files. Only values that changed are written back, each as its
format writes a value.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from redactor.detect import morph
from redactor.detect.overlaps import flatten, outside
from redactor.detect.recognizers.sender import name_spans, names_no_one
from redactor.entities import PERSON, PHONE_NUMBER
from redactor.files.formats import keys, rows
from redactor.files.formats.base import Field, Format, FormatError, SelectionError
from redactor.files.formats.mentions import mentions
from redactor.finding import Edit, Finding
from redactor.replace.replacer import Replacer
from redactor.replace.splice import splice, spliced

__all__ = [
    "Field",
    "FileAnalysis",
    "FileRedaction",
    "Format",
    "FormatError",
    "SelectionError",
    "analyze_file_text",
    "apply",
    "detect",
    "place",
    "redact_file_text",
    "replacements",
]

WORD = re.compile(r"[^\W\d_]+")
SENDER = "sender field"  # the recognizer name of a sender's name (Telegram `from`, WhatsApp)
PHONE_DIGITS = 7  # the fewest digits of a sender that is a phone number
NOT_DIGIT = re.compile(r"\D")
SENDS = rows.SENDS  # between a sender and its message in what the engine reads: a header
ACCOUNT = "account id field"  # the recognizer name of an account id (Telegram `from_id`)
# Who speaks in chat dumps and exports when it is no person: OpenAI's roles, bots, services,
# Telegram's «Deleted Account». pymorphy3 knows none of them, so they are listed.
ROLES = frozenset(
    "user assistant system tool function bot agent operator support admin administrator"
    " moderator customer client human ai model service deleted account unknown anonymous".split()
)


@dataclass(frozen=True)
class FileRedaction:
    """A redacted file. `findings` point into the original file text: exactly where a value is
    written as it reads (plain text, subtitles, CSV), at its field where the file escapes it
    (JSON)."""

    text: str
    findings: tuple[Finding, ...]
    replacements: tuple[str, ...]
    edits: tuple[Edit, ...] = ()  # in `text`, as the file writes it: put back, the input again


@dataclass(frozen=True)
class FileAnalysis:
    """What the engine found in a file's values, before any placeholder is chosen: the costly
    half of a redaction, which batch workers do in parallel while one labeller numbers."""

    fields: tuple[Field, ...]
    joined: str  # the file's own values, one per line (each after its cue, if it has one)
    starts: dict[int, int]  # field index → where its value starts in `joined`
    findings: tuple[Finding, ...]


def detect(path: str, text: str, options=None) -> Format | None:
    """The format that reads `path` (relative, «/»-separated) with content `text`: plain text
    when nothing more specific does; None only for a forced `format` no format is named.
    `options` may carry `format`, `fields` and `columns`."""
    from redactor.files.formats.registry import detect as by_extension_and_content

    return by_extension_and_content(path, text, options)


def redact_file_text(
    text: str,
    fmt: Format,
    engine=None,
    replacer: Replacer | None = None,
    entities: list[str] | None = None,
) -> FileRedaction:
    return apply(text, fmt, analyze_file_text(text, fmt, engine, entities), replacer)


def analyze_file_text(text: str, fmt: Format, engine=None, entities=None) -> FileAnalysis:
    fields = fmt.fields(text)  # before the models load: a malformed file fails at once
    if engine is None:
        from redactor.engine import default_engine

        engine = default_engine()
    own = [i for i, f in enumerate(fields) if f.parent is None]
    # Subtitles break a sentence over lines for the screen, not for its meaning: «Ирина⏎Петрова»
    # is one name. Spaces in their place keep every offset.
    layout = getattr(fmt, "LINE_BREAKS_ARE_LAYOUT", False)
    # One value per line, and a sender before the message it sent as a speaker's header
    # («Ирина: …»): the engine reads the file as the conversation it is, turns and all. A
    # value's cue goes before it on its line («телефон +7 915…»), for the analyser only; with
    # no colon, which would make it a speaker («ИНН: …» answering the line above).
    # A record of a dump (a table's row, a JSON object) with who speaks and what is said is
    # one turn, «speaker: message», its other values on lines before it (`rows.py`).
    starts, cues, parts, position = {}, [], [], 0
    for i, before, cue, after, one_line in rows.arrange(fields, own):
        parts.append(before)
        position += len(before)
        cue = f"{cue} " if cue and not cue.endswith(" ") else cue
        cues += [(position, position + len(cue))] if cue else []
        starts[i] = position + len(cue)
        value = _one_line(fields[i].value) if layout or one_line else fields[i].value
        parts.append(cue + value + after)
        position = starts[i] + len(value)
        cues += [(position, position + len(after))] if after else []
        position += len(after)
    joined = "".join(parts)
    findings = engine.analyze(joined, entities) if joined.strip() else []
    findings = outside(findings, cues, joined)  # the values' own findings only
    wholes = [
        w for w in _wholes(fields, own, starts) if entities is None or w.entity_type in entities
    ]
    if wholes:
        # The senders are the people of this conversation: a text that names one names them.
        texts = [(at, at + len(fields[i].value)) for i, at in starts.items() if _is_text(fields[i])]
        named = mentions([w for w in wholes if w.recognizer == SENDER], joined, texts)
        findings = flatten(findings + wholes + named, joined)
    return FileAnalysis(tuple(fields), joined, starts, tuple(findings))


def apply(
    text: str, fmt: Format, analysis: FileAnalysis, replacer: Replacer | None = None
) -> FileRedaction:
    """Replacements (placeholders by default) for what `analysis` found, written into `text`."""
    fields = analysis.fields
    labels, by_field = replacements(analysis, replacer)
    changes = []
    for i, f in enumerate(fields):
        if f.parts:
            continue  # written through its parts
        if f.parent is None:
            new = splice(f.value, by_field[i])
        elif f.parent in by_field:
            new = _word(f, by_field[f.parent])
        else:
            continue
        if new != f.value:
            changes.append((f.start, f.end, fmt.write(f, new)))
    if hasattr(fmt, "token_spans") and changes:
        # Whisper's token ids decode back to the words: a redacted segment loses them.
        changed = {i for i, f in enumerate(fields) if f.parent is None and by_field[i]}
        changes += [
            (s, e, "") for i, (s, e) in fmt.token_spans(text, fields).items() if i in changed
        ]
    redacted, edits = spliced(text, changes)
    return FileRedaction(redacted, place(text, analysis), tuple(labels), tuple(edits))


def replacements(
    analysis: FileAnalysis, replacer: Replacer | None = None
) -> tuple[list[str], dict[int, list[tuple[int, int, str]]]]:
    """The replacement of each finding, in order, and per own value (field index) the spans
    (start, end, replacement) to splice into it, in the value's offsets."""
    fields, starts, findings = analysis.fields, analysis.starts, analysis.findings
    labels = (replacer or Replacer()).replace(analysis.joined, list(findings))
    ends = [f.end for f in findings]
    by_field = {
        i: _within(findings, ends, labels, at, len(fields[i].value)) for i, at in starts.items()
    }
    return labels, by_field


def place(text: str, analysis: FileAnalysis) -> tuple[Finding, ...]:
    """What `analysis` found, as places in the file (no placeholders chosen: `redact check`)."""
    own = list(analysis.starts)  # in reading order, so their starts in `joined` grow
    starts = [analysis.starts[i] for i in own]
    where: dict[int, int] = {}  # field → where its value is written as it reads, found once
    return tuple(_placed(text, analysis.fields, own, starts, where, f) for f in analysis.findings)


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _wholes(fields: list[Field], own: list[int], starts: dict[int, int]):
    """The values that are an entity as a whole: an account id (`Field.entity`), a sender's
    name (Telegram's `from`, a WhatsApp author). A role is no name («Оператор», «Служба
    заботы», «Бот», a dump's «user» and «assistant»): every word of it is an ordinary
    dictionary word or a role of chat dumps and exports (`ROLES`); so is a speaker's id."""
    for i in own:
        f = fields[i]
        value = f.value.strip()
        if not value:
            continue
        start = starts[i] + f.value.index(value)
        if f.entity:
            yield Finding(start, start + len(value), f.entity, 1.0, ACCOUNT)
        elif f.sender and not any(c.isalpha() for c in value):
            # An unsaved contact's number («+7 903 789-42-32») is a phone; one the export masked
            # («+7 926 ***-**-18») shows too few digits to be anyone's.
            if len(NOT_DIGIT.sub("", value)) >= PHONE_DIGITS:
                yield Finding(start, start + len(value), PHONE_NUMBER, 1.0, SENDER)
        elif f.sender and not _role(value):
            # The name in it only: «Irina | Ozon Seller» is Irina; «Ozon», «Яндекс Go» no one;
            # words no dictionary knows («Сухроб») are taken whole, as a sender is someone.
            spans = name_spans(value) or ([] if names_no_one(value) else [(0, len(value))])
            for s, e in spans:
                yield Finding(start + s, start + e, PERSON, 1.0, SENDER)


def _is_text(field: Field) -> bool:
    return not field.sender and field.entity is None


def _role(value: str) -> bool:
    if keys.speaker_id(value):
        return True  # a diarization's speaker or a channel («SPEAKER_00», «A»): a header only
    words = WORD.findall(value)
    return bool(words) and all(_ordinary(w) for w in words)


def _ordinary(word: str) -> bool:
    if word.lower() in ROLES:
        return True
    info = morph.word_info(word)
    return info.known and not info.name_readings and not info.possessive


def _within(findings, ends, labels, start: int, length: int) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the findings inside one value, in the value's offsets; a
    finding that runs over the line between two values is cut at it. The findings are flat
    and in text order (`ends`: theirs): only those around the value are looked at."""
    end = start + length
    within = []
    k = bisect_right(ends, start)  # the first that ends after the value starts
    while k < len(findings) and findings[k].start < end:
        f = findings[k]
        within.append((max(f.start, start) - start, min(f.end, end) - start, labels[k]))
        k += 1
    return within


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


def _placed(text: str, fields, own: list[int], starts: list[int], where: dict, f: Finding):
    """A finding's place in the file: inside its value where the file writes it as it reads."""
    k = bisect_right(starts, f.start) - 1  # the value the finding starts in
    i = own[k]
    field, start, end = fields[i], f.start - starts[k], f.end - starts[k]
    if field.parts:  # in the part where the finding starts
        if ("parts", i) not in where:  # the value's parts, found once
            where[("parts", i)] = [j for j, p in enumerate(fields) if p.parent == i]
        part = next(
            (j for j in where[("parts", i)] if fields[j].offset <= start < fields[j].end_offset),
            None,
        )
        if part is None:
            return replace(f, start=field.start, end=field.end)
        i, field, start, end = (
            part,
            fields[part],
            start - fields[part].offset,
            end - fields[part].offset,
        )
    # The value as it reads, inside what the file writes (quotes around a JSON string or a CSV
    # cell); a value the file escapes is placed at its whole field.
    if i not in where:
        where[i] = text.find(field.value, field.start, field.end) if field.value else -1
    at = where[i]
    if at < 0:
        return replace(f, start=field.start, end=field.end)
    return replace(f, start=at + start, end=at + min(end, len(field.value)))
