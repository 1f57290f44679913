"""What a bleeped stretch sounds like: a 1 kHz tone at the loudness of the speech it covers
(its RMS, per channel), or silence. Samples are changed in place, in their own sample format,
so that every sample outside a stretch stays bit for bit what it was."""

from __future__ import annotations

import math

import numpy as np

TONE = "tone"
SILENCE = "silence"
KINDS = (TONE, SILENCE)
FREQUENCY = 1000.0  # Hz: the broadcast bleep
LOUDEST = 0.7  # of full scale: a bleep never clips, however loud the speech
QUIETEST = 0.01  # of full scale: a bleep over near-silence is still heard

# Full scale and zero of each sample format FFmpeg decodes to (planar or not).
SCALES = {
    "u8": (127.0, 128.0),
    "s16": (32767.0, 0.0),
    "s32": (2147483647.0, 0.0),
    "s64": (9.2e18, 0.0),
    "flt": (1.0, 0.0),
    "dbl": (1.0, 0.0),
}


def scale(format_name: str) -> tuple[float, float]:
    return SCALES[format_name.rstrip("p")]


def amplitude(rms: float) -> float:
    """The peak of a sine whose RMS is the speech's."""
    return min(max(rms * math.sqrt(2), QUIETEST), LOUDEST)


def fill(samples: np.ndarray, first: int, rate: int, peak: float, kind: str, fmt: str) -> None:
    """Overwrite `samples` (one channel's stretch, starting at sample `first` of the audio) with
    the bleep; the tone's phase follows the audio's sample count, so stretches cut by frame
    boundaries join without a click."""
    full, zero = scale(fmt)
    if kind == SILENCE:
        samples[:] = zero
        return
    n = np.arange(first, first + len(samples), dtype=np.float64)
    wave = peak * np.sin(2 * np.pi * FREQUENCY / rate * n) * full + zero
    samples[:] = np.rint(wave) if samples.dtype.kind in "iu" else wave
