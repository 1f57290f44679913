"""16-bit PCM WAV, the contact center's own format, read and bleeped in place.

Its samples sit at fixed places after the header, so nothing needs decoding: the loudness is
read from the words' stretches alone, and the output is a copy of the input (the operating
system copies it) with the bleeped stretches overwritten. The header and every other byte stay
as they were. Any other WAV (A-law, µ-law, 24-bit, float) goes through PyAV (`codec.py`).
"""

from __future__ import annotations

import os
import shutil
import struct
from dataclasses import dataclass

import numpy as np

from redactor.audio import bleep as sound

PCM, EXTENSIBLE = 1, 0xFFFE
PCM_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"


@dataclass(frozen=True)
class Layout:
    """Where the samples are: `offset` of the first byte, `samples` per channel."""

    offset: int
    samples: int
    channels: int
    rate: int

    def at(self, sample: int) -> int:
        return self.offset + sample * 2 * self.channels


def layout(path) -> Layout | None:
    """The layout of a 16-bit PCM WAV, None for anything else (then PyAV reads it)."""
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        fmt = None
        while True:
            chunk = f.read(8)
            if len(chunk) < 8:
                return None
            name, length = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            if name == b"fmt ":
                body = f.read(length)
                fmt = _fmt(body)
                if fmt is None:
                    return None
                f.seek(length % 2, os.SEEK_CUR)
            elif name == b"data":
                if fmt is None:
                    return None
                channels, rate = fmt
                offset = f.tell()
                usable = min(length, size - offset)
                return Layout(offset, usable // (2 * channels), channels, rate)
            else:
                f.seek(length + length % 2, os.SEEK_CUR)


def _fmt(body: bytes) -> tuple[int, int] | None:
    if len(body) < 16:
        return None
    tag, channels, rate, _, align, bits = struct.unpack("<HHIIHH", body[:16])
    if tag == EXTENSIBLE and (len(body) < 40 or body[26:40] != PCM_GUID_TAIL[:14] or
                              struct.unpack("<H", body[24:26])[0] != PCM):  # fmt: skip
        return None
    if tag not in (PCM, EXTENSIBLE) or bits != 16 or not channels or not rate:
        return None
    if align != 2 * channels:
        return None
    return channels, rate


def rms(path, where: Layout, stretches) -> tuple[float, ...]:
    """The RMS of each channel over `stretches` ((start, end, channel) in samples; channel
    -1: all), reading those stretches only."""
    power = np.zeros(where.channels)
    count = np.zeros(where.channels)
    with open(path, "rb") as f:
        for _, samples, rows in _stretches(f, where, stretches):
            x = samples.astype(np.float64) / 32767
            for c in rows:
                if c < where.channels:
                    power[c] += float(np.dot(x[:, c], x[:, c]))
                    count[c] += len(x)
    return tuple(float(np.sqrt(p / c)) if c else 0.0 for p, c in zip(power, count, strict=True))


def rewrite(path, tmp: str, where: Layout, stretches, peaks, kind: str) -> None:
    """`tmp`: a copy of `path` with `stretches` ((start, end, channel) in samples) bleeped."""
    shutil.copyfile(path, tmp)
    with open(tmp, "r+b") as f:
        for start, x, rows in _stretches(f, where, stretches):
            for c in rows:
                sound.fill(x[:, c], start, where.rate, peaks[c], kind, "s16")
            f.seek(where.at(start))
            f.write(x.astype("<i2").tobytes())
        f.flush()
        os.fsync(f.fileno())


def _stretches(f, where: Layout, stretches):
    """(start, samples, channels) of each stretch ((start, end, channel) in samples; channel
    -1: all) clipped to the file, its 16-bit samples read from `f` as a (frames, channels)
    array; the file is left at the stretch's end."""
    for start, end, channel in stretches:
        start, end = max(start, 0), min(end, where.samples)
        if end <= start:
            continue
        f.seek(where.at(start))
        x = np.fromfile(f, dtype="<i2", count=(end - start) * where.channels)
        rows = range(where.channels) if channel < 0 else [channel]
        yield start, x.reshape(-1, where.channels), rows
