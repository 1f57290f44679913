"""Tinkoff VoiceKit (`stt/v1/recognize` with `enable_word_time_offsets`), as its Python client
and REST gateway write it:

    {"results": [{"alternatives": [{"transcript": "меня …", "words": [{"start_time": "0.380s",
      "end_time": "0.620s", "word": "меня", "confidence": 0}]}], "channel": 0,
      "start_time": "0.380s", "end_time": "2.1s"}]}

Times are protobuf Durations («0.380s», or {"seconds", "nanos"}); camelCase names
(`startTime`, `channelTag`) are read too. `channel` is the audio channel of a stereo call.
"""

from __future__ import annotations

from redactor.audio.words.base import (
    Transcript,
    build,
    channel,
    items,
    timed_words,
    word_path,
)

NAME = "tinkoff"


def _results(data) -> list[dict]:
    results = items(data.get("results")) if isinstance(data, dict) else []
    return [r for r in results if isinstance(r, dict)]


def is_word(path: tuple) -> bool:
    """`results[k].alternatives[0].words[i].word`."""
    return word_path(path, "word", "alternatives", 0, "words")


def sniff(data) -> bool:
    for result in _results(data)[:10]:
        alternatives = items(result.get("alternatives"))
        if alternatives and isinstance(alternatives[0], dict):
            return "words" in alternatives[0] or "transcript" in alternatives[0]
    return False


def read(data) -> Transcript:
    utterances = []
    for k, result in enumerate(_results(data)):
        alternatives = items(result.get("alternatives"))
        if not alternatives or not isinstance(alternatives[0], dict):
            continue
        where = f"result {k + 1}"
        speaker = channel(result.get("channel", result.get("channelTag")), where)
        utterances.append(
            timed_words(
                alternatives[0].get("words"),
                where,
                "word",
                ("start_time", "startTime"),
                ("end_time", "endTime"),
                speaker=speaker,
            )
        )
    return build(NAME, utterances)
