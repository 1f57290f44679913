"""The bleeps report written beside the outputs (`<audio>.bleeps.json`): where the audio was
bleeped, for which entity types and which words of the transcript; never what was said."""

from __future__ import annotations

import json

from redactor.audio.intervals import Bleep


def report(transcript: str, audio: str, fmt: str, duration: float, bleeps, options) -> str:
    document = {
        "transcript": transcript,
        "audio": audio,
        "format": fmt,
        "bleep": options.bleep,
        "pad": options.pad,
        "duration": round(duration, 3),
        "bleeps": [entry(b) for b in bleeps],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def entry(b: Bleep) -> dict:
    return {
        "start": round(b.start, 3),
        "end": round(b.end, 3),
        "channel": b.channel,  # null: every channel
        "entities": sorted(b.entities),
        "words": list(b.words),  # first and last, counted from 0 in the transcript's order
        "lines": list(b.lines),  # utterances (segments, results), counted from 1
    }
