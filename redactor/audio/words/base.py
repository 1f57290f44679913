"""What every word-timed transcript becomes: utterances of timed words, and the text the engine
reads, built from them so that each word's characters in that text are known.

A parser (one module per transcript format) reads the decoded JSON into `Utterance`s; `build`
joins them into a `Transcript`: the words of an utterance separated by spaces, utterances on
lines of their own, so that a finding's characters name the words it covers. Times are seconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class TranscriptError(ValueError):
    """A transcript that gives no usable word timings. The message names the problem and where
    (word number, segment number), never a word."""


@dataclass(frozen=True)
class Word:
    """One timed unit of speech: a word, or a whole segment when the transcript has no word
    timings (`Transcript.coarse`). `channel` is the audio channel that speaks it (stereo calls:
    operator and client apart), None when the transcript does not say."""

    text: str = field(repr=False)
    start: float
    end: float
    channel: int | None = None


@dataclass(frozen=True)
class Utterance:
    """Words said in one go (a segment, a phrase, a result), in the order the transcript has."""

    words: tuple[Word, ...]


@dataclass(frozen=True)
class Transcript:
    """`text[spans[i][0]:spans[i][1]]` is `words[i].text`; `lines[i]` is the utterance of
    word i. `coarse`: the units are whole segments (no word timings in the file)."""

    format: str
    text: str = field(repr=False)
    words: tuple[Word, ...]
    spans: tuple[tuple[int, int], ...]
    lines: tuple[int, ...]
    coarse: bool = False


def build(name: str, utterances: list[Utterance], coarse: bool = False) -> Transcript:
    parts: list[str] = []
    words: list[Word] = []
    spans: list[tuple[int, int]] = []
    lines: list[int] = []
    position = 0
    for number, utterance in enumerate(u for u in utterances if u.words):
        if number:
            parts.append("\n")
            position += 1
        for k, word in enumerate(utterance.words):
            text = " ".join(word.text.split())  # one line, no leading space (openai-whisper)
            if k:
                parts.append(" ")
                position += 1
            parts.append(text)
            words.append(word)
            spans.append((position, position + len(text)))
            lines.append(number)
            position += len(text)
    return Transcript(name, "".join(parts), tuple(words), tuple(spans), tuple(lines), coarse)


DURATION = re.compile(r"^\s*(-?\d+(?:\.\d*)?)\s*s?\s*$")  # protobuf's JSON Duration: "1.250s"


def seconds(value, where: str) -> float:
    """A time as formats write it: a number of seconds, or a string «1.250s» (protobuf JSON)."""
    if isinstance(value, bool):
        raise TranscriptError(f"{where}: a time must be a number")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and (m := DURATION.match(value)):
        return float(m.group(1))
    if isinstance(value, dict) and ("seconds" in value or "nanos" in value):  # a Duration object
        return float(value.get("seconds", 0) or 0) + float(value.get("nanos", 0) or 0) / 1e9
    raise TranscriptError(f"{where}: a time must be a number")


def milliseconds(value, where: str) -> float:
    """SpeechKit v3 writes times as milliseconds in strings: "1020"."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TranscriptError(f"{where}: a time must be a number of milliseconds")
    try:
        return float(value) / 1000
    except ValueError:
        raise TranscriptError(f"{where}: a time must be a number of milliseconds") from None


def channel(value, where: str) -> int | None:
    """A channel number («0», 1) or None; a channel tag that is no number is an error."""
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise TranscriptError(f"{where}: the channel must be a number") from None
    if number < 0:
        raise TranscriptError(f"{where}: the channel must not be negative")
    return number


def timed_words(
    entries,
    where: str,
    text: str,
    start: tuple[str, ...],
    end: tuple[str, ...],
    clock=seconds,
    speaker: int | None = None,
) -> Utterance:
    """The utterance of a list of word objects, as every format writes one: each word's text
    under `text`, its times under the first of the `start` and `end` keys it has (a format's
    snake_case and camelCase spellings), read by `clock` (`seconds`, `milliseconds`); `where`
    names the utterance in errors («result 3» → «result 3 word 2»)."""
    words = []
    for i, w in enumerate(w for w in items(entries) if isinstance(w, dict)):
        at = f"{where} word {i + 1}"
        begins, ends = clock(_first(w, start), at), clock(_first(w, end), at)
        words.append(Word(text_of(w.get(text)), begins, ends, speaker))
    return Utterance(tuple(words))


def _first(entry: dict, keys: tuple[str, ...]):
    return next((entry[k] for k in keys if k in entry), None)


def items(value) -> list:
    return value if isinstance(value, list) else []


def text_of(value) -> str:
    return value if isinstance(value, str) else ""


def word_path(path: tuple, key: str, *parents) -> bool:
    """Whether a JSON value's `path` is `…parents[i].key`: a word's text in a list of words
    (each format's `is_word`, which the transcript redaction uses to write words back)."""
    n = len(parents) + 2
    return (
        len(path) >= n and path[-1] == key and isinstance(path[-2], int) and path[-n:-2] == parents
    )
