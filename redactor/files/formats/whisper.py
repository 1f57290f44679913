"""Whisper's JSON transcript (openai-whisper `--output_format json`, faster-whisper, WhisperX).

    {"text": " …", "segments": [{"start": 0.0, "end": 2.5, "text": " Меня зовут Иван",
      "words": [{"word": " Меня", "start": 0.0, "end": 0.4, "probability": 0.9}, …]}, …],
     "language": "ru"}

The text is written three times: whole, per segment, per word. Whole and segment texts are
text values; a segment's speaker (WhisperX's `speaker`, a `role` or a `channel`) heads its
text as a turn's header (`rows.py`). A word is a word of its segment's text (`parent`), so that it follows what happens
to the words around it: «Иван» alone is hard to recognise, «Меня зовут Иван» is not. `offset`
is where the word's value starts in the segment text: character k of the word is character
offset + k of the segment. Words carry a leading space (openai-whisper) or not (WhisperX); a
segment text may lack the space its first word has, so the offset may be -1 (the space, the
only character without a counterpart, is outside the segment). Words are looked for in order; a word not found in its segment's text (edited
by hand) is a text value of its own. WhisperX's top-level `word_segments` (all words again) are
matched the same way, in order across the segments.

Each segment also keeps its text as Whisper token ids (`tokens`), which a tokenizer turns back
into the words: `token_spans` tells where they are, so that a changed segment can drop them.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from redactor.files.formats import keys
from redactor.files.formats.base import CHANNEL, MESSAGE, SPEAKER, Field, FormatError
from redactor.files.formats.json_values import escapes_non_ascii, field, write
from redactor.files.formats.jsonscan import scan

LOOK = 200  # values `sniff` reads: a first segment is within them


def locate(word: str, text: str, cursor: int) -> tuple[int, int] | None:
    """Where `word` starts in `text` (its spaces need not be there) and where it ends, looking
    at or after `cursor`."""
    core = word.strip()
    at = text.find(core, cursor) if core else -1
    if at < 0:
        return None
    return at - (len(word) - len(word.lstrip())), at + len(core)


class WhisperFormat:
    """A Whisper JSON transcript; see the module docstring."""

    NAME = "whisper"
    EXTENSIONS = (".json",)

    def sniff(self, head: str) -> bool:
        """An object whose first `segments` item has `start`, `end` and `text` (or has
        `start` and `end` and is cut off by the end of `head`). openai-whisper writes the whole
        `text` first: when that is longer than `head`, only the whole file tells, and as only
        its first `LOOK` values are read, the whole file is cheap to give."""
        keys: set[str | int] = set()
        try:
            for s in islice(scan(head), LOOK):
                if s.path[:2] == ("segments", 0) and len(s.path) > 2:
                    keys.add(s.path[2])
                if {"start", "end", "text"} <= keys:
                    return True
        except FormatError:
            return {"start", "end"} <= keys
        return False

    def fields(self, text: str) -> list[Field]:
        values = list(scan(text))
        escaped = escapes_non_ascii(text, (s for s in values if isinstance(s.value, str)))
        found: list[Field] = []
        segment_field: dict[int, int] = {}  # segment index → index of its text field
        words: list[tuple[int, int | None]] = []  # (field index, segment index or None: any)
        for s in values:
            path = s.path
            speaker = len(path) == 3 and path[0] == "segments" and keys.read(path[2]).part
            if speaker in (SPEAKER, CHANNEL) and type(s.value) in (str, int):
                # a diarized segment's «SPEAKER_00», a stereo call's channel: who says its text
                found.append(field(text, s, escaped, row=path[:2], part=speaker))
            elif not isinstance(s.value, str):
                continue
            elif path == ("text",):
                found.append(field(text, s, escaped))
            elif len(path) == 3 and path[0] == "segments" and path[2] == "text":
                segment_field[path[1]] = len(found)
                found.append(field(text, s, escaped, row=path[:2], part=MESSAGE))
            elif len(path) == 5 and path[0] == "segments" and path[2::2] == ("words", "word"):
                words.append((len(found), path[1]))
                found.append(field(text, s, escaped))
            elif len(path) == 3 and path[0] == "word_segments" and path[2] == "word":
                words.append((len(found), None))
                found.append(field(text, s, escaped))
        self._attach(found, segment_field, words)
        return found

    @staticmethod
    def _attach(found: list[Field], segment_field: dict[int, int], words) -> None:
        """Gives each word its segment text as `parent`, matching words in order."""
        order = sorted(segment_field)
        position = {k: i for i, k in enumerate(order)}
        # Read positions in each segment text: for `segments[].words`, for `word_segments`.
        cursors = {True: dict.fromkeys(order, 0), False: dict.fromkeys(order, 0)}
        reading = 0  # word_segments: position in `order` of the segment being read
        for index, segment in words:
            word, flat = found[index], segment is None
            if flat:  # in the segment being read, else in the next one
                tries = range(reading, min(reading + 2, len(order)))
            else:
                tries = [position[segment]] if segment in position else []
            for i in tries:
                parent = segment_field[order[i]]
                place = locate(word.value, found[parent].value, cursors[flat][order[i]])
                if place is not None:
                    cursors[flat][order[i]] = place[1]
                    reading = i if flat else reading
                    found[index] = replace(word, parent=parent, offset=place[0])
                    break

    def token_spans(self, text: str, fields=None) -> dict[int, tuple[int, int]]:
        """For each segment text field (by its index in `fields(text)`, which the caller may
        have at hand), the span of its token ids inside the brackets of `tokens`: splice ""
        there to drop them."""
        segment_field = {
            f.start: i
            for i, f in enumerate(self.fields(text) if fields is None else fields)
            if f.parent is None
        }  # segment texts among the fields, by where they start
        text_start: dict[int, int] = {}
        spans: dict[int, tuple[int, int]] = {}
        for s in scan(text):
            path = s.path
            if len(path) == 3 and path[0] == "segments" and path[2] == "text":
                text_start[path[1]] = s.start
            elif len(path) == 4 and path[0] == "segments" and path[2] == "tokens":
                first, _ = spans.get(path[1], (s.start, s.end))
                spans[path[1]] = (first, s.end)
        return {
            segment_field[text_start[k]]: span
            for k, span in spans.items()
            if text_start.get(k) in segment_field
        }

    def write(self, field: Field, value: str) -> str:
        return write(field, value)
