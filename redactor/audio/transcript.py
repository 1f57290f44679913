"""The transcript file redacted with the very findings that bleep the audio.

Whisper's JSON and subtitles are redacted by their own formats (`files/formats`), as `redact
FILE` does. The other word-timed formats write each word as a JSON value of its own
(`{"word": "Иван", "start": …}`): read as any JSON, each word would be analysed alone, where
«Иван» says little, and the file could keep a name that the audio bleeps. Here the engine reads
the words as the sentences they make (the transcript's text, `words/base.py`), plus the file's
other texts (a phrase's `text`, `transcript`, `normalized_text`), once; each word value follows
what happened to its stretch of the sentence (the first word of a finding becomes its
placeholder, the others empty, as Whisper's words do), and everything else in the file stays
byte for byte.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass

from redactor.audio.words import MODULES, Transcript
from redactor.files.formats import FileAnalysis, FileRedaction, apply
from redactor.files.formats.base import Field
from redactor.files.formats.json_values import escapes_non_ascii, field, write
from redactor.files.formats.jsonscan import strings
from redactor.finding import Edit, Finding
from redactor.replace.replacer import Replacer
from redactor.replace.splice import spliced

# Keys of values that are no text: times, channels, ids, codes.
NOT_TEXT = re.compile(r"(?i)time|^start$|^end$|channel|uuid|_?id$|language|code|status|type")
LETTER = re.compile(r"[^\W\d_]")


class JsonWords:
    """The `Format` of `apply` for these files: a value is written as a JSON string."""

    NAME = "json"

    @staticmethod
    def write(field: Field, value: str) -> str:
        return write(field, value)


@dataclass(frozen=True)
class Together:
    """A word-timed JSON file analysed with its words: `analysis` for `apply`, the findings in
    the transcript's text (what bleeps), and the file's texts that restate an utterance (its
    `text`, `transcript`, `normalized_text`: by their place → the utterance's line)."""

    analysis: FileAnalysis
    findings: list[Finding]
    restated: dict[tuple, int]


def analyse(text: str, transcript: Transcript, engine, entities=None) -> Together | None:
    """None when the words of the file are not found where its format writes them (then the
    file is redacted as any JSON)."""
    module = MODULES.get(transcript.format)
    if module is None or not hasattr(module, "is_word"):
        return None
    scalars = _scalars(text)
    escaped = escapes_non_ascii(text, [s for _, s in scalars])
    words = [(d, s) for d, s in scalars if module.is_word(s.path)]
    if len(words) != len(transcript.words) or any(
        s.value.split() != w.text.split() for (_, s), w in zip(words, transcript.words, strict=True)
    ):
        return None
    # A word's utterance is what holds its list of words: `alternatives[0]`, `results[0]`, …
    containers = {(d, s.path[:-3]): transcript.lines[k] for k, (d, s) in enumerate(words)}
    restated, others = {}, []
    for d, s in scalars:
        if module.is_word(s.path) or not LETTER.search(s.value) or NOT_TEXT.search(s.key or ""):
            continue
        line = next(
            (containers[(d, s.path[:n])] for n in range(len(s.path) - 1, -1, -1)
             if (d, s.path[:n]) in containers),
            None,
        )  # fmt: skip
        if line is None:
            others.append(s)
        else:
            restated[(d, s.path)] = line
    fields: list[Field] = []
    starts: dict[int, int] = {}
    line_starts = [0] + [k + 1 for k, c in enumerate(transcript.text) if c == "\n"]
    first_word: dict[int, int] = {}
    for k, line in enumerate(transcript.lines):
        first_word.setdefault(line, k)
    for line, at in enumerate(line_starts):  # each utterance: written through its words
        end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(transcript.text)
        first = words[first_word.get(line, 0)][1]
        starts[len(fields)] = at
        fields.append(Field(first.start, first.end, transcript.text[at:end], parts=True))
    for k, (_, s) in enumerate(words):
        line = transcript.lines[k]
        lead = len(s.value) - len(s.value.lstrip())
        offset = transcript.spans[k][0] - line_starts[line] - lead
        fields.append(field(text, s, escaped, parent=line, offset=offset))
    position = len(transcript.text)
    for s in others:
        position += 1  # the line break before it
        starts[len(fields)] = position
        fields.append(field(text, s, escaped))
        position += len(s.value)
    joined = transcript.text + "".join("\n" + s.value for s in others)
    findings = engine.analyze(joined, entities) if joined.strip() else []
    said = len(transcript.text)
    in_words = [
        Finding(f.start, min(f.end, said), f.entity_type, f.score, f.recognizer)
        for f in findings
        if f.start < said
    ]
    analysis = FileAnalysis(tuple(fields), joined, starts, tuple(findings))
    return Together(analysis, in_words, restated)


def redact(text: str, transcript: Transcript, together: Together, policy=None) -> FileRedaction:
    """The words and the other texts redacted by `apply`; then each text that restates an
    utterance with a finding becomes that utterance's redacted words, so that no value a word
    lost stays in it."""
    done = apply(text, JsonWords(), together.analysis, Replacer(policy))
    lines = _touched(transcript, together.findings)
    if not together.restated or not lines:
        return done
    module = MODULES[transcript.format]
    scalars = _scalars(done.text)
    said: dict[int, list[str]] = {}
    words = [s for _, s in scalars if module.is_word(s.path)]
    for k, s in enumerate(words):
        if s.value.strip():
            said.setdefault(transcript.lines[k], []).append(s.value.strip())
    escaped = escapes_non_ascii(done.text, [s for _, s in scalars])
    changes = []
    for d, s in scalars:
        line = together.restated.get((d, s.path))
        if line in lines:
            new = " ".join(said.get(line, []))
            changes.append((s.start, s.end, write(field(done.text, s, escaped), new)))
    redacted, edits = spliced(done.text, changes)
    return FileRedaction(redacted, done.findings, done.replacements, _compose(done.edits, edits))


def _compose(first, second) -> tuple[Edit, ...]:
    """The edits of two splices as one: `first` (in the text the second splice read) moved by
    what the second changed before them. They never overlap: each splice changes values the
    other leaves."""
    moved, k, shift = [], 0, 0
    second = sorted(second, key=lambda e: e.start)
    for e in sorted(first, key=lambda e: e.start):
        while k < len(second) and second[k].start - shift <= e.start:
            shift += (second[k].end - second[k].start) - len(second[k].original)
            k += 1
        moved.append(Edit(e.start + shift, e.end + shift, e.original))
    return tuple(sorted([*moved, *second], key=lambda e: e.start))


def whisper_findings(text: str, timed: Transcript, analysis: FileAnalysis) -> list[Finding] | None:
    """What the analysis of a Whisper file (its texts and segments, each word a word of its
    segment) found, as findings in `timed.text` over the words they cover: the transcript and
    the audio are redacted with the same findings, from one analysis. None when the file's word
    values are not the timed words (then the words are analysed apart)."""
    module = MODULES.get(timed.format)
    if module is None or not hasattr(module, "in_file") or timed.coarse:
        return None
    placed = [s.start for s in strings(text) if module.in_file(s.path)]
    by_start = {f.start: j for j, f in enumerate(analysis.fields)}
    if len(placed) != len(timed.words) or any(at not in by_start for at in placed):
        return None
    spans = []  # each timed word's characters in `analysis.joined`
    for at, word in zip(placed, timed.words, strict=True):
        j = by_start[at]
        f = analysis.fields[j]
        if f.value.split() != word.text.split():
            return None
        base = analysis.starts.get(j) if f.parent is None else analysis.starts.get(f.parent)
        if base is None:
            spans.append(None)
            continue
        lead = len(f.value) - len(f.value.lstrip())
        start = base + (0 if f.parent is None else f.offset) + lead
        spans.append((start, start + len(f.value.strip())))
    order = sorted((s, k) for k, s in enumerate(spans) if s is not None)
    firsts = [s[0] for s, _ in order]
    found = []
    for finding in analysis.findings:
        k = max(bisect_right(firsts, finding.start) - 1, 0)
        covered = []
        while k < len(order) and order[k][0][0] < finding.end:
            (a, b), index = order[k]
            if b > finding.start:
                covered.append(index)
            k += 1
        if covered:
            first, last = min(covered), max(covered)
            start, end = timed.spans[first][0], timed.spans[last][1]
            found.append(
                Finding(start, end, finding.entity_type, finding.score, finding.recognizer)
            )
    return sorted(set(found))


def _touched(transcript: Transcript, findings: list[Finding]) -> set[int]:
    """The utterances (lines of the transcript's text) with a finding."""
    starts = [0] + [k + 1 for k, c in enumerate(transcript.text) if c == "\n"]
    return {bisect_right(starts, f.start) - 1 for f in findings}


def _scalars(text: str):
    """(document number, string) of every string value."""
    return [(d, s) for d, (a, b) in enumerate(_documents(text)) for s in strings(text, a, b)]


def _documents(text: str) -> list[tuple[int, int]]:
    """One JSON document, or one per line (a stream of responses)."""
    try:
        json.loads(text)
        return [(0, len(text))]
    except ValueError:
        pass
    found, at = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found.append((at, at + len(line)))
        at += len(line)
    return found
