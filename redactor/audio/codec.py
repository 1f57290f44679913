"""Audio in and out through PyAV (FFmpeg inside its wheels: nothing to install on the system).

A recording is read twice, a frame at a time, never whole (a 2-hour call is 100 MB of samples):
`probe` counts its samples and measures the loudness of its speech, `rewrite` decodes it again
and encodes every frame back into a new file of the same container, codec, sample rate and
channels, with the bleeped stretches overwritten. Lossless codecs (PCM WAV, A-law and µ-law,
FLAC) give back every other sample exactly; lossy ones (MP3, Opus, AAC) are decoded and
encoded again, as any edit of them is. A 16-bit PCM WAV needs neither: `wav.py` reads and
overwrites its samples in place; an MP3 has only the frames around each bleep encoded again
(`mp3.py`), and is counted from its frames.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from redactor.audio import bleep as sound
from redactor.audio import mp3, wav

# Decoders whose encoder has another name in FFmpeg.
ENCODERS = {"mp3float": "libmp3lame", "mp3": "libmp3lame", "opus": "libopus"}
LOSSLESS = ("pcm_", "flac", "alac", "wavpack")
LOUDNESS = 60.0  # seconds of speech the loudness is measured on, at most


class AudioError(ValueError):
    """An audio file that does not decode or cannot be written back: one line, no content."""


@dataclass(frozen=True)
class Audio:
    """What `probe` learnt: the container and codec, the sample rate and channels, the exact
    number of samples, and the speech's RMS per channel (0 to 1 of full scale)."""

    container: str
    codec: str
    rate: int
    channels: int
    samples: int
    rms: tuple[float, ...]

    @property
    def duration(self) -> float:
        return self.samples / self.rate

    @property
    def lossless(self) -> bool:
        return self.codec.startswith(LOSSLESS)


def _open(path):
    import av

    try:
        container = av.open(os.fspath(path))
    except (av.FFmpegError, OSError, UnicodeDecodeError):
        raise AudioError("does not decode as audio") from None
    if not container.streams.audio:
        container.close()
        raise AudioError("has no audio stream")
    return container


def _frames(container):
    import av

    stream = container.streams.audio[0]
    try:
        yield from container.decode(stream)
    except av.FFmpegError:
        raise AudioError("does not decode as audio (damaged after the start)") from None


def _planes(frame, array: np.ndarray) -> np.ndarray:
    """(channels, samples), a view of `array` whatever the frame's layout."""
    if frame.format.is_planar:
        return array
    return array.reshape(-1, len(frame.layout.channels)).T


def probe(path, speech: list[tuple[float, float, int | None]]) -> Audio:
    """Reads the whole file once. `speech`: (start, end, channel or None) of every word, where
    the loudness of the speech is measured (on `LOUDNESS` seconds of them at most)."""
    speech = sample(speech)
    plain = wav.layout(path)
    if plain is not None:  # 16-bit PCM WAV: nothing to decode
        stretches = zip(*_stretches(speech, plain.rate), strict=True)
        loudness = wav.rms(path, plain, [(int(a), int(b), int(c)) for a, b, c in stretches])
        return Audio("wav", "pcm_s16le", plain.rate, plain.channels, plain.samples, loudness)
    import av

    container = _open(path)
    with container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        channels = stream.codec_context.channels
        if not rate or not channels:
            raise AudioError("does not decode as audio (no sample rate or channels)")
        starts, ends, chans = _stretches(sorted(speech, key=lambda w: w[0]), rate)
        known = None
        if container.format.name == "mp3":  # counted from its frames, only the words decoded
            stretches = [
                (int(a), int(b), int(c)) for a, b, c in zip(starts, ends, chans, strict=True)
            ]
            try:
                known = mp3.probe(path, rate, channels, stretches)
            except (av.FFmpegError, ValueError, IndexError):  # then decoded whole, below
                known = None
        if known is not None:
            name = stream.codec_context.name
            return Audio(container.format.name, name, rate, channels, known[0], known[1])
        longest = int((ends - starts).max()) if len(starts) else 0
        power = np.zeros(channels)
        count = np.zeros(channels)
        position = 0
        for frame in _frames(container):
            n = frame.samples
            lo = np.searchsorted(starts, position - longest)
            hi = np.searchsorted(starts, position + n)
            hit = [k for k in range(lo, hi) if ends[k] > position]
            if hit:  # only the frames of the measured words are converted
                full, zero = sound.scale(frame.format.name)
                block = (_planes(frame, frame.to_ndarray()).astype(np.float64) - zero) / full
            for k in hit:
                a = max(starts[k], position) - position
                b = min(ends[k], position + n) - position
                rows = (
                    range(channels) if chans[k] < 0 else [chans[k]] if chans[k] < channels else []
                )
                for c in rows:
                    x = block[c, a:b]
                    power[c] += float(np.dot(x, x))
                    count[c] += b - a
            position += n
        if position == 0:
            raise AudioError("does not decode as audio (no samples)")
        rms = tuple(float(np.sqrt(p / c)) if c else 0.0 for p, c in zip(power, count, strict=True))
        return Audio(
            container.format.name, stream.codec_context.name, rate, channels, position, rms
        )


def sample(speech: list[tuple[float, float, int | None]]) -> list[tuple[float, float, int | None]]:
    """Every k-th word of each channel, evenly across the call, so that about `LOUDNESS`
    seconds of each speaker are measured: the loudness of a long call is known long before its
    last word, and reading every word would cost as much as the rest of the run."""
    by_channel: dict[int | None, list] = {}
    for word in speech:
        by_channel.setdefault(word[2], []).append(word)
    chosen = []
    for words in by_channel.values():
        said = sum(max(e - s, 0.0) for s, e, _ in words)
        chosen += words[:: max(int(said // LOUDNESS), 1)]
    return chosen


def _stretches(spans, rate: int):
    """Seconds → sample indices, as arrays; channel -1: all channels."""
    starts = np.array([round(s * rate) for s, _, _ in spans], dtype=np.int64)
    ends = np.array([round(e * rate) for _, e, _ in spans], dtype=np.int64)
    chans = np.array([-1 if c is None else c for _, _, c in spans], dtype=np.int64)
    return starts, ends, chans


def rewrite(path, target, audio: Audio, stretches, kind: str = sound.TONE) -> None:
    """Writes `path` to `target` (atomically: a temporary file in its folder, then renamed)
    with `stretches` — (start, end, channel or None) in seconds — bleeped."""
    starts, ends, chans = _stretches(stretches, audio.rate)
    peaks = [sound.amplitude(r) for r in audio.rms]
    target = os.path.realpath(target)
    suffix = os.path.splitext(target)[1]
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".redact-", suffix=suffix)
    os.close(fd)
    plain = wav.layout(path) if audio.codec == "pcm_s16le" else None
    samples = [(int(a), int(b), int(c)) for a, b, c in zip(starts, ends, chans, strict=True)]
    try:  # a plain WAV edited in place, an MP3 frame by frame; anything else encoded whole
        if plain is not None:
            wav.rewrite(path, tmp, plain, samples, peaks, kind)
        if plain is not None or (
            audio.container == "mp3" and mp3.rewrite(path, tmp, audio, samples, peaks, kind)
        ):
            os.replace(tmp, target)
            return
    except OSError as e:
        _remove(tmp)
        raise AudioError(f"cannot be written ({e.strerror or type(e).__name__})") from None
    except BaseException:
        _remove(tmp)
        raise
    import av  # here, not above: a plain WAV is written without it (FFmpeg's 24 MB)

    try:
        with _open(path) as source, _output(tmp, source, audio) as (out, stream):
            position = 0
            time_base = Fraction(1, audio.rate)
            for frame in _frames(source):
                n = frame.samples
                hit = (
                    np.nonzero((starts < position + n) & (ends > position))[0]
                    if len(starts)
                    else ()
                )
                if len(hit):
                    frame = _bleeped(frame, position, hit, starts, ends, chans, peaks, audio, kind)
                frame.pts, frame.time_base = position, time_base
                for packet in stream.encode(frame):
                    out.mux(packet)
                position += n
            for packet in stream.encode(None):
                out.mux(packet)
        os.replace(tmp, target)
    except av.FFmpegError as e:
        _remove(tmp)
        raise AudioError(f"cannot be written back as {audio.codec} ({type(e).__name__})") from None
    except BaseException:
        _remove(tmp)
        raise


def _bleeped(frame, position, hit, starts, ends, chans, peaks, audio: Audio, kind: str):
    import av

    array = frame.to_ndarray().copy()
    planes = _planes(frame, array)
    n = frame.samples
    for k in hit:
        a, b = max(starts[k], position) - position, min(ends[k], position + n) - position
        rows = range(audio.channels) if chans[k] < 0 else [chans[k]]
        for c in rows:
            sound.fill(planes[c, a:b], position + a, audio.rate, peaks[c], kind, frame.format.name)
    new = av.AudioFrame.from_ndarray(array, format=frame.format.name, layout=frame.layout)
    new.sample_rate = frame.sample_rate
    return new


class _output:
    """The new file's container and its one audio stream, as the source's."""

    def __init__(self, tmp: str, source, audio: Audio):
        self.tmp, self.source, self.audio = tmp, source, audio

    def __enter__(self):
        import av

        given = self.source.streams.audio[0].codec_context
        name = ENCODERS.get(self.audio.codec, self.audio.codec)
        fmt = self.audio.container if "," not in self.audio.container else None
        try:
            # bitexact: no encoder tag in the header, so that a plain file's header comes
            # back as it was (and the vault keeps only the bleeped bytes)
            self.out = av.open(self.tmp, "w", format=fmt, options={"fflags": "+bitexact"})
            stream = self.out.add_stream(name, rate=self.audio.rate, layout=given.layout)
        except (av.FFmpegError, ValueError):
            raise AudioError(f"cannot be written back as {self.audio.codec}") from None
        wanted = given.format.name if given.format else None
        if wanted in {f.name for f in stream.codec_context.codec.audio_formats or ()}:
            stream.codec_context.format = wanted
        if not self.audio.lossless and given.bit_rate:
            stream.codec_context.bit_rate = given.bit_rate
        return self.out, stream

    def __exit__(self, *exc):
        self.out.close()
        return False


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
