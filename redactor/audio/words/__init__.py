"""Word-timed transcripts, one module per format, recognised by their content:

    from redactor.audio.words import read
    transcript = read(text)   # a Transcript: timed words and the text built from them

The JSON formats are tried from the most specific shape to the most generic (WhisperX is a
Whisper file with more in it); subtitles (SRT, VTT) and Whisper without words are coarse.
"""

from __future__ import annotations

import json

from redactor.audio.words import salute, speechkit, subtitles, tinkoff, vosk, whisper, whisperx
from redactor.audio.words.base import Transcript, TranscriptError, Utterance, Word, build

__all__ = [
    "FORMATS",
    "MODULES",
    "Transcript",
    "TranscriptError",
    "Utterance",
    "Word",
    "build",
    "read",
]

# Most specific first: a WhisperX file is also a Whisper file.
FORMATS = (speechkit, salute, tinkoff, vosk, whisperx, whisper)
NAMES = tuple(f.NAME for f in FORMATS) + (subtitles.NAME,)
MODULES = {f.NAME: f for f in (*FORMATS, subtitles)}


def read(text: str) -> Transcript:
    """The timed words of a transcript; TranscriptError if it has no times this reads."""
    data = _json(text)
    if data is not None:
        for fmt in FORMATS:
            if fmt.sniff(data):
                try:
                    return fmt.read(data)
                except (AttributeError, KeyError, TypeError):  # a shape the format never has
                    raise TranscriptError(f"not a valid {fmt.NAME} transcript") from None
    elif subtitles.sniff(text):
        return subtitles.read(text)
    raise TranscriptError(
        "the transcript has no times: word timings are needed (Whisper or faster-whisper "
        "with word_timestamps, WhisperX, Vosk, SpeechKit v3, VoiceKit, SaluteSpeech)"
    )


def _json(text: str):
    """The document, or the list of a JSON-lines file's documents (a stream of responses)."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()] or None
    except ValueError:
        return None
