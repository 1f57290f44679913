"""SaluteSpeech (Sber) asynchronous recognition result: a list of utterances, each with its
channel and its hypotheses, the words timed in `word_alignments`:

    [{"results": [{"text": "меня …", "normalized_text": "Меня …", "start": "0.380s",
       "end": "2.1s", "word_alignments": [{"word": "меня", "start": "0.380s", "end": "0.620s"}]}],
      "eou": true, "channel": 0, "processed_audio_start": "0s", "processed_audio_end": "2.2s"}]

Times are protobuf Durations («0.380s»). `channel` is the audio channel of a stereo call.
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

NAME = "salute"


def _utterances(data) -> list[dict]:
    found = data if isinstance(data, list) else [data]
    return [u for u in found if isinstance(u, dict) and items(u.get("results"))]


def is_word(path: tuple) -> bool:
    """`[k].results[0].word_alignments[i].word`."""
    return word_path(path, "word", "results", 0, "word_alignments")


def sniff(data) -> bool:
    for utterance in _utterances(data)[:10]:
        first = items(utterance["results"])[0]
        return isinstance(first, dict) and "word_alignments" in first
    return False


def read(data) -> Transcript:
    utterances = []
    for k, utterance in enumerate(_utterances(data)):
        best = items(utterance["results"])[0]
        if not isinstance(best, dict):
            continue
        where = f"utterance {k + 1}"
        speaker = channel(utterance.get("channel"), where)
        entries = best.get("word_alignments")
        utterances.append(
            timed_words(entries, where, "word", ("start",), ("end",), speaker=speaker)
        )
    return build(NAME, utterances)
