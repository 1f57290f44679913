"""Recordings with their word-timed transcripts: the audio is bleeped wherever the transcript
is redacted.

    words/        one module per transcript format → timed words and the text they say
    intervals.py  findings → the stretches to bleep (padded, merged, per channel)
    timing.py     whether a transcript's times fit its audio
    bleep.py      the tone (or silence) written over a stretch
    codec.py      decoding and encoding through PyAV, a frame at a time
    wav.py        16-bit PCM WAV: bleeped in place, nothing decoded
    mp3.py        MP3: only the frames around a bleep encoded again, the others copied
    report.py     `<audio>.bleeps.json`: stretches, entity types, words; never values
    recording.py  the whole: redact_recording(transcript, audio, folder)

PyAV and numpy come with the `audio` extra (`pip install 'redact[audio]'`).
"""

from redactor.audio.recording import AudioOptions, RecordingRedaction, redact_recording

__all__ = ["AudioOptions", "RecordingRedaction", "redact_recording"]
