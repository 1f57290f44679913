"""Findings → the stretches of audio to bleep.

Every word that shares a character with a finding is bleeped, from its start to its end, with
`pad` seconds on both sides (word timings are a recogniser's estimate: a name's last syllable
often runs past its word's end). Stretches of the same channel that meet are merged; each is
clipped to the audio. A word on a known channel is bleeped on that channel only (a stereo call
with the operator and the client apart), a word of no channel on all of them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from redactor.audio.words import Transcript
from redactor.finding import Finding

PAD = 0.1  # seconds on each side of a bleeped word (`--bleep-pad`)


@dataclass(frozen=True)
class Bleep:
    """A bleeped stretch: seconds from the start of the audio, the channel (None: all), the
    entity types found in it, its words (first and last index into the transcript's timed
    words) and the utterances they are in (from 1: the lines of the transcript's text)."""

    start: float
    end: float
    channel: int | None
    entities: tuple[str, ...]
    words: tuple[int, int]
    lines: tuple[int, int]


def bleeps(
    transcript: Transcript, findings: list[Finding], duration: float, pad: float = PAD
) -> list[Bleep]:
    starts = [s for s, _ in transcript.spans]
    raw: list[Bleep] = []
    for finding in findings:
        covered: dict[int | None, list[int]] = {}
        k = max(bisect_left(starts, finding.start) - 1, 0)  # the word the finding starts in
        while k < len(starts) and starts[k] < finding.end:
            if transcript.spans[k][1] > finding.start:
                covered.setdefault(transcript.words[k].channel, []).append(k)
            k += 1
        for channel, indices in covered.items():
            words = [transcript.words[i] for i in indices]
            start = max(0.0, min(w.start for w in words) - pad)
            end = min(duration, max(w.end for w in words) + pad)
            if end > start:
                first, last = indices[0], indices[-1]
                lines = (transcript.lines[first] + 1, transcript.lines[last] + 1)
                raw.append(Bleep(start, end, channel, (finding.entity_type,), (first, last), lines))
    return merge(raw)


def merge(raw: list[Bleep]) -> list[Bleep]:
    """Stretches of one channel that overlap or touch become one, in time order."""
    merged: list[Bleep] = []
    open_: dict[int | None, int] = {}  # channel → index in `merged` of its latest stretch
    for b in sorted(raw, key=lambda b: (b.start, b.end)):
        k = open_.get(b.channel)
        if k is not None and b.start <= merged[k].end:
            m = merged[k]
            merged[k] = Bleep(
                m.start,
                max(m.end, b.end),
                m.channel,
                tuple(dict.fromkeys(m.entities + b.entities)),
                (min(m.words[0], b.words[0]), max(m.words[1], b.words[1])),
                (min(m.lines[0], b.lines[0]), max(m.lines[1], b.lines[1])),
            )
        else:
            open_[b.channel] = len(merged)
            merged.append(b)
    return merged
