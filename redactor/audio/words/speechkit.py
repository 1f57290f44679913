"""Yandex SpeechKit v3 (`stt/v3/getRecognition`, the gRPC StreamingResponse as JSON): a stream
of responses, one per line or in a list; the recognised words are in the `final` ones:

    {"result": {"final": {"alternatives": [{"words": [{"text": "меня", "startTimeMs": "380",
      "endTimeMs": "620"}, …], "text": "меня …"}], "channelTag": "0"}, "channelTag": "0"}}

Partial results are drafts of finals and `finalRefinement` rewrites a final's text (numbers as
digits): neither adds a word. The protobuf field names (`start_time_ms`, `channel_tag`) are read
too. `channelTag` is the audio channel of a stereo recording.
"""

from __future__ import annotations

from redactor.audio.words.base import (
    Transcript,
    build,
    channel,
    items,
    milliseconds,
    timed_words,
    word_path,
)

NAME = "speechkit"


def _finals(data) -> list[tuple[dict, object]]:
    """(final, channel tag) of each response."""
    found = []
    for response in data if isinstance(data, list) else [data]:
        if not isinstance(response, dict):
            continue
        inner = response.get("result", response)
        final = inner.get("final") if isinstance(inner, dict) else None
        if isinstance(final, dict):
            tag = final.get("channelTag", final.get("channel_tag", inner.get("channelTag")))
            found.append((final, tag))
    return found


def is_word(path: tuple) -> bool:
    """Where a word of a final's first alternative is written (not a partial's, not a
    refinement's): `…final.alternatives[0].words[i].text`."""
    return word_path(path, "text", "final", "alternatives", 0, "words")


def sniff(data) -> bool:
    return any(items(f.get("alternatives")) for f, _ in _finals(data)[:10])


def read(data) -> Transcript:
    utterances = []
    for k, (final, tag) in enumerate(_finals(data)):
        alternatives = items(final.get("alternatives"))
        if not alternatives or not isinstance(alternatives[0], dict):
            continue
        where = f"result {k + 1}"
        utterances.append(
            timed_words(
                alternatives[0].get("words"),
                where,
                "text",
                ("startTimeMs", "start_time_ms"),
                ("endTimeMs", "end_time_ms"),
                milliseconds,
                channel(tag, where),
            )
        )
    return build(NAME, utterances)
