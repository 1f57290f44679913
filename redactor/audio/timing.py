"""Whether a transcript's times fit its audio. A transcript of another recording, or of a
recording cut since, would bleep the wrong stretches in silence: each of these is an error."""

from __future__ import annotations

from redactor.audio.words import Transcript, TranscriptError

SLACK = 0.25  # seconds a word may end past the audio (recognisers round up their last end)
DISORDER = 0.05  # seconds a word may start before the previous one of its channel


def check(transcript: Transcript, duration: float, channels: int) -> None:
    """Raises TranscriptError naming the first word whose times or channel do not fit."""
    last: dict[int | None, float] = {}
    for i, word in enumerate(transcript.words):
        unit = "segment" if transcript.coarse else "word"
        number = f"{unit} {i + 1}"
        if not 0 <= word.start <= word.end:
            raise TranscriptError(
                f"{number}: its times are out of order (start {word.start:g} s, end {word.end:g} s)"
            )
        if word.start < last.get(word.channel, 0.0) - DISORDER:
            raise TranscriptError(
                f"{number}: its times are out of order (it starts before the {unit} before it)"
            )
        last[word.channel] = word.start
        if word.end > duration + SLACK:
            raise TranscriptError(
                f"the transcript is longer than the audio: {number} ends at {word.end:.2f} s, "
                f"the audio lasts {duration:.2f} s"
            )
        if word.channel is not None and word.channel >= channels:
            have = "1 channel" if channels == 1 else f"{channels} channels"
            raise TranscriptError(
                f"{number} is on channel {word.channel}, the audio has {have} (counted from 0)"
            )
