"""Vosk results with `SetWords(True)`: one object per utterance, alone, in a list, or one per
line (what a loop over `recognizer.Result()` writes):

    {"result": [{"conf": 1.0, "start": 0.57, "end": 1.02, "word": "меня"}, …], "text": "меня …"}

Vosk recognises one channel at a time; a list of such results has no channel.
"""

from __future__ import annotations

from redactor.audio.words.base import (
    Transcript,
    build,
    items,
    timed_words,
    word_path,
)

NAME = "vosk"


def _results(data) -> list[dict]:
    found = data if isinstance(data, list) else [data]
    return [r for r in found if isinstance(r, dict)]


def is_word(path: tuple) -> bool:
    """Where a word's text is written: `result[i].word`."""
    return word_path(path, "word", "result")


def sniff(data) -> bool:
    for result in _results(data)[:10]:
        words = items(result.get("result"))
        if words:
            return isinstance(words[0], dict) and {"word", "start", "end"} <= words[0].keys()
    return False


def read(data) -> Transcript:
    utterances = []
    for k, result in enumerate(_results(data)):
        entries = result.get("result")
        utterances.append(timed_words(entries, f"result {k + 1}", "word", ("start",), ("end",)))
    return build(NAME, utterances)
