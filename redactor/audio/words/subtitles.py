"""SRT and WebVTT: each cue has a time and a text, its words have none, so the transcript is
coarse (only `--bleep-segments` bleeps from it: the whole cue of each finding).

    1
    00:00:01,000 --> 00:00:03,500
    Меня зовут Иван
"""

from __future__ import annotations

import re

from redactor.audio.words.base import Transcript, Utterance, Word, build

NAME = "subtitles"
TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{3})"
CUE = re.compile(rf"^\s*{TIME}\s*-->\s*{TIME}")


def sniff(text: str) -> bool:
    return any(CUE.match(line) for line in text.splitlines()[:20])


def read(text: str) -> Transcript:
    utterances, lines = [], text.splitlines()
    k = 0
    while k < len(lines):
        m = CUE.match(lines[k])
        k += 1
        if not m:
            continue
        said = []
        while k < len(lines) and lines[k].strip():
            said.append(lines[k].strip())
            k += 1
        start, end = _seconds(m.groups()[:4]), _seconds(m.groups()[4:])
        utterances.append(Utterance((Word(" ".join(said), start, end),)))
    return build(NAME, utterances, coarse=True)


def _seconds(parts) -> float:
    hours, minutes, secs, millis = (int(p or 0) for p in parts)
    return hours * 3600 + minutes * 60 + secs + millis / 1000
