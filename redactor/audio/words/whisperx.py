"""WhisperX JSON (after alignment): Whisper's segments whose words carry `score`, and the same
words again in `word_segments`, which are not read twice:

    {"segments": [{"start": 0.03, "end": 2.4, "text": "Меня зовут Иван", "speaker": "SPEAKER_00",
      "words": [{"word": "Меня", "start": 0.03, "end": 0.4, "score": 0.91}, …]}],
     "word_segments": [...]}

The aligner gives no time to what it cannot align (digits, symbols: «15»): such a word takes the
time between its neighbours' (the segment's edges at the ends), so it is bleeped with them.
A `speaker` is a diarization label, not a channel: WhisperX reads a mix of the channels.
"""

from __future__ import annotations

from redactor.audio.words import whisper
from redactor.audio.words.base import Transcript, Utterance, Word, build, items, seconds, text_of

NAME = "whisperx"
in_file = whisper.in_file


def sniff(data) -> bool:
    if not whisper.sniff(data):
        return False
    if "word_segments" in data:
        return True
    words = [w for s in items(data["segments"]) for w in items(s.get("words"))[:1]]
    return bool(words) and isinstance(words[0], dict) and "score" in words[0]


def read(data) -> Transcript:
    utterances = []
    for k, segment in enumerate(s for s in items(data.get("segments")) if isinstance(s, dict)):
        where = f"segment {k + 1}"
        low, high = seconds(segment.get("start"), where), seconds(segment.get("end"), where)
        raw = [w for w in items(segment.get("words")) if isinstance(w, dict)]
        starts = [_time(w, "start", f"{where} word {i + 1}") for i, w in enumerate(raw)]
        ends = [_time(w, "end", f"{where} word {i + 1}") for i, w in enumerate(raw)]
        words = []
        for i, w in enumerate(raw):
            start = starts[i] if starts[i] is not None else _before(ends, i, low)
            end = ends[i] if ends[i] is not None else _after(starts, i, high)
            words.append(Word(text_of(w.get("word")), start, max(start, end)))
        utterances.append(Utterance(tuple(words)))
    return build(NAME, utterances)


def _time(word: dict, key: str, where: str) -> float | None:
    return None if word.get(key) is None else seconds(word[key], where)


def _before(ends: list, i: int, low: float) -> float:
    return next((e for e in reversed(ends[:i]) if e is not None), low)


def _after(starts: list, i: int, high: float) -> float:
    return next((s for s in starts[i + 1 :] if s is not None), high)
