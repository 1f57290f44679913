"""openai-whisper and faster-whisper JSON with `word_timestamps=True`:

    {"text": " …", "segments": [{"start": 0.0, "end": 2.5, "text": " Меня зовут Иван",
      "words": [{"word": " Меня", "start": 0.0, "end": 0.4, "probability": 0.9}, …]}, …]}

Without `word_timestamps` the segments have no `words`: the transcript is coarse (a segment is
the smallest unit that has a time), which only `--bleep-segments` accepts.
"""

from __future__ import annotations

from redactor.audio.words.base import (
    Transcript,
    Utterance,
    Word,
    build,
    items,
    seconds,
    text_of,
    timed_words,
)

NAME = "whisper"


def in_file(path: tuple) -> bool:
    """Where a timed word is written in the file: `segments[k].words[i].word` (WhisperFormat
    reads it as a word of its segment's text)."""
    return len(path) == 5 and path[0] == "segments" and path[2] == "words" and path[4] == "word"


def sniff(data) -> bool:
    segments = items(data.get("segments")) if isinstance(data, dict) else []
    return bool(segments) and isinstance(segments[0], dict) and "start" in segments[0]


def read(data) -> Transcript:
    segments = [s for s in items(data.get("segments")) if isinstance(s, dict)]
    if not any(items(s.get("words")) for s in segments):
        return build(NAME, [_whole(s, k) for k, s in enumerate(segments)], coarse=True)
    utterances = []
    for k, segment in enumerate(segments):
        entries = segment.get("words")
        utterances.append(timed_words(entries, f"segment {k + 1}", "word", ("start",), ("end",)))
    return build(NAME, utterances)


def _whole(segment: dict, k: int) -> Utterance:
    where = f"segment {k + 1}"
    start, end = seconds(segment.get("start"), where), seconds(segment.get("end"), where)
    return Utterance((Word(text_of(segment.get("text")), start, end),))
