"""MP3 bleeped frame by frame: only the frames around a bleep are encoded again, every other
frame (and the ID3 tags, the Xing/LAME header) is copied byte for byte.

Encoding a whole call again with LAME costs more than everything else together and blurs every
untouched stretch a second time. An MP3 is a row of frames of `F` samples (1152, or 576 below
32 kHz), so a bleep needs new frames only where its stretch is heard, plus a margin:

- the decoder: a frame's samples overlap its neighbours' (the MDCT window, the synthesis
  filter), and its data may begin in earlier frames (the bit reservoir). A stretch is decoded
  from `PRIMING` frames before it, which fill both, and those samples are dropped;
- the encoder: LAME delays its output by `ENCODER_DELAY` samples and needs a frame or two to
  settle. It is fed from `SETTLE` frames before the first frame kept, with the samples placed so
  that its frame j lands on the original's frame grid, and its first `SETTLE` frames are
  dropped. It runs without the bit reservoir, so no new frame needs bytes of the one before;
- the join after: the next original frame may take the start of its data from the bytes before
  it (`main_data_begin`), which were the old frames'. The last new frame is written one bitrate
  step larger (a valid MP3 frame of its own), and those original bytes are put at its end,
  where the new frame's own data never reaches.

Every frame counts as before, so the decoded duration is the same to the sample. A file this
cannot edit so (CRC-protected or free-format frames, another layer) returns False, and
`codec.py` encodes it whole.
"""

from __future__ import annotations

import os
from array import array

import numpy as np

from redactor.audio import bleep as sound

MARGIN = 2  # frames re-encoded on each side of a bleep: its samples reach the neighbours
SETTLE = 3  # frames the encoder runs before the first frame kept
LONGEST = 1024  # frames encoded at once (half a minute), a new encoder for the next ones
PRIMING = 8  # frames decoded before a stretch: the bit reservoir (≤ 511 bytes) and the overlap
ENCODER_DELAY = 1105  # samples: LAME's 576 and the decoder's 529, as FFmpeg reports it
DECODER_DELAY = 529  # samples: what FFmpeg skips at the start beyond the encoder's delay
# Layer III bitrates (kbit/s) by index, MPEG-1 and MPEG-2/2.5
BITRATES = {
    True: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    False: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


class Header:
    """A Layer III frame header: the fields a splice needs."""

    def __init__(self, data: bytes):
        self.valid = len(data) >= 4 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0
        if not self.valid:
            return
        self.version = (data[1] >> 3) & 3  # 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
        layer = (data[1] >> 1) & 3
        self.protected = not data[1] & 1
        self.bitrate = data[2] >> 4
        rate = (data[2] >> 2) & 3
        self.padding = (data[2] >> 1) & 1
        self.mono = data[3] >> 6 == 3
        self.valid = layer == 1 and self.version in RATES and 0 < self.bitrate < 15 and rate < 3
        if not self.valid:
            return
        self.mpeg1 = self.version == 3
        self.rate = RATES[self.version][rate]
        self.samples = 1152 if self.mpeg1 else 576
        side = (17 if self.mono else 32) if self.mpeg1 else (9 if self.mono else 17)
        self.data_at = 4 + 2 * self.protected + side  # where the frame's main data starts

    def length(self, bitrate: int | None = None, padding: int | None = None) -> int:
        kbps = BITRATES[self.mpeg1][self.bitrate if bitrate is None else bitrate]
        pad = self.padding if padding is None else padding
        return (144 if self.mpeg1 else 72) * kbps * 1000 // self.rate + pad


def main_data_begin(frame: bytes, header: Header) -> int:
    """How many bytes before this frame's main data its data begins (the bit reservoir)."""
    at = 4 + 2 * header.protected
    if header.mpeg1:
        return (frame[at] << 1) | (frame[at + 1] >> 7)
    return frame[at]


def rewrite(path, tmp: str, audio, stretches, peaks, kind: str) -> bool:
    """Writes `tmp`: `path` with `stretches` ((start, end, channel) in samples of the decoded
    audio; channel -1: all) bleeped. False for a file this cannot edit frame by frame (and
    `tmp` is to be written again)."""
    import av

    try:
        return _rewrite(path, tmp, audio, stretches, peaks, kind)
    except (av.FFmpegError, ValueError, IndexError):  # a frame this misreads: encoded whole
        return False


def _rewrite(path, tmp: str, audio, stretches, peaks, kind: str) -> bool:
    places, skip, _ = _demuxed(path, audio.rate)
    with open(path, "rb") as f:
        first = Header(_read(f, places[0][0], 4)) if len(places) else None
        if first is None or not first.valid or first.rate != audio.rate:
            return False
        F = first.samples
        if not 0 <= len(places) * F - skip - audio.samples < 4 * F or skip < 0:
            return False  # frames that do not count as the decoded samples do
        regions = _regions(stretches, skip, F, len(places))
        with open(tmp, "wb") as out:
            at = 0
            for k, (g, h) in enumerate(regions):
                new = _encoded(f, places, g, h, skip, F, first, audio, stretches, peaks, kind)
                if new is None:
                    return False
                following = regions[k + 1][0] if k + 1 < len(regions) else len(places)
                if h < following:  # an original frame next
                    new[-1] = _carrying(new[-1], f, places, h, following)
                    if new[-1] is None:
                        return False
                _copy(f, out, at, places[g][0])
                for frame in new:
                    out.write(frame)
                at = places[h - 1][0] + places[h - 1][1]
            _copy(f, out, at, os.path.getsize(path))
            grown = out.tell() - os.path.getsize(path)
            for place in _sizes(_read(f, 0, places[0][0])) if grown else ():
                out.seek(place)  # in the head, which is the input's: the size it states
                out.write((int.from_bytes(_read(f, place, 4), "big") + grown).to_bytes(4, "big"))
            out.flush()
            os.fsync(out.fileno())
    return True


def probe(path, rate: int, channels: int, speech) -> tuple[int, tuple[float, ...]] | None:
    """The exact number of samples, from the frames and the LAME tag's delay and padding, and
    the RMS of each channel over `speech` ((start, end, channel) in samples, sorted; channel
    -1: all), decoding those stretches alone; None for a file without a LAME tag (then the
    whole file is decoded to count its samples)."""
    places, skip, duration = _demuxed(path, rate)
    with open(path, "rb") as f:
        first = Header(_read(f, places[0][0], 4)) if len(places) else None
        if first is None or not first.valid or first.rate != rate:
            return None
        F = first.samples
        tag = _delays(_read(f, 0, places[0][0]))
        if tag is None or skip != tag[0] + DECODER_DELAY:
            return None
        samples = len(places) * F - tag[0] - tag[1]
        if samples != duration:  # FFmpeg counts them otherwise: let it decode them
            return None
        power, count = np.zeros(channels), np.zeros(channels)
        for a, b, group in _windows(speech, PRIMING * F):
            x = _decoded(f, places, a + skip, b + skip, F, channels)
            if x is None:
                return None
            for start, end, channel in group:
                rows = range(channels) if channel < 0 else [channel] if channel < channels else []
                for c in rows:
                    y = x[c, start - a : end - a].astype(np.float64)
                    power[c] += float(np.dot(y, y))
                    count[c] += len(y)
    rms = tuple(float(np.sqrt(p / c)) if c else 0.0 for p, c in zip(power, count, strict=True))
    return samples, rms


def _windows(speech, gap: int):
    """The stretches in runs closer than `gap` samples: (start, end, stretches) of each run,
    decoded at once."""
    run: list = []
    for start, end, channel in speech:
        start, end = max(start, 0), max(end, start)
        if run and start - max(e for _, e, _ in run) > gap:
            yield run[0][0], max(e for _, e, _ in run), run
            run = []
        run.append((start, end, channel))
    if run:
        yield run[0][0], max(e for _, e, _ in run), run


def frames(path) -> np.ndarray | None:
    """(byte position, size) of every frame of an MP3, None for any other file."""
    import av

    try:
        with av.open(os.fspath(path)) as container:
            if container.format.name != "mp3" or not container.streams.audio:
                return None
            rate = container.streams.audio[0].codec_context.sample_rate
    except av.FFmpegError:
        return None
    return _demuxed(path, rate)[0]


def _demuxed(path, rate: int) -> tuple[np.ndarray, int, int | None]:
    """(byte position, size) of every frame (a row each), the samples the decoder skips at the start, and
    the duration FFmpeg states in samples (None if it states none)."""
    import av

    with av.open(os.fspath(path)) as container:
        stream = container.streams.audio[0]
        skip, duration = 0, None
        if stream.start_time and stream.time_base:
            skip = round(stream.start_time * stream.time_base * rate)
        if stream.duration and stream.time_base:
            duration = round(stream.duration * stream.time_base * rate)
        at, size = array("q"), array("q")  # 200,000 frames in 2 hours: no tuple for each
        for packet in container.demux(stream):
            if packet.size:
                at.append(packet.pos)
                size.append(packet.size)
    places = np.stack([np.frombuffer(at, np.int64), np.frombuffer(size, np.int64)], axis=1)
    return places, skip, duration


def _delays(head: bytes) -> tuple[int, int] | None:
    """The encoder delay and the padding at the end, in samples, that the LAME tag states."""
    sizes = _sizes(head)
    if len(sizes) < 2:
        return None
    at = sizes[-1] - 28 + 21  # the LAME tag: 12 bits of delay, 12 of padding
    d = head[at : at + 3]
    return (d[0] << 4) | (d[1] >> 4), ((d[1] & 0x0F) << 8) | d[2]


def _sizes(head: bytes) -> list[int]:
    """Where the Xing/Info header states the stream's size in bytes (its `bytes` field and the
    LAME tag's music length): FFmpeg takes a file much longer than its header says for two
    files joined, and then neither trims the encoder's padding nor counts the frames."""
    at = 0
    if head[:3] == b"ID3" and len(head) >= 10:
        at = 10 + sum((b & 0x7F) << (7 * (3 - k)) for k, b in enumerate(head[6:10]))
        at += 10 * bool(head[5] & 0x10)  # a footer
    header = Header(head[at:])
    if not header.valid:
        return []
    tag = at + header.data_at
    if head[tag : tag + 4] not in (b"Xing", b"Info") or len(head) < tag + 8:
        return []
    flags = int.from_bytes(head[tag + 4 : tag + 8], "big")
    places, field = [], tag + 8 + 4 * (flags & 1)
    if flags & 2:
        places.append(field)
    lame = field + 4 * bool(flags & 2) + 100 * bool(flags & 4) + 4 * bool(flags & 8)
    if len(head) >= lame + 32 and head[lame : lame + 4].isalpha():
        places.append(lame + 28)
    return places


def _regions(stretches, skip: int, F: int, count: int) -> list[tuple[int, int]]:
    """The runs of frames [g, h) to encode again: each stretch's frames and `MARGIN` around;
    runs closer than the frames a fresh encoder settles in are one."""
    spans = sorted(
        (max((a + skip) // F - MARGIN, 0), min(-(-(b + skip) // F) + MARGIN, count))
        for a, b, _ in stretches
        if b > a
    )
    merged: list[list[int]] = []
    for g, h in spans:
        if merged and g <= merged[-1][1] + SETTLE:
            merged[-1][1] = max(merged[-1][1], h)
        else:
            merged.append([g, h])
    # a long run (whole segments bleeped, bleeps that touch) in pieces: its samples are held
    return [(a, min(a + LONGEST, h)) for g, h in merged for a in range(g, h, LONGEST)]


def _encoded(f, places, g, h, skip, F, first, audio, stretches, peaks, kind):
    """The new frames g … h-1, bleeped: decoded from the original, encoded by a fresh LAME
    whose frame j is the original's frame g - SETTLE + j."""
    import av

    start = (g - SETTLE) * F + ENCODER_DELAY - skip  # the decoded sample the encoder starts at
    stop = start + (h - g + SETTLE + 2) * F
    x = _decoded(f, places, start + skip, stop + skip, F, audio.channels)
    if x is None:
        return None
    for a, b, channel in stretches:
        a, b = max(a, start), min(b, stop)
        if b <= a:
            continue
        rows = range(audio.channels) if channel < 0 else [channel]
        for c in rows:
            sound.fill(x[c, a - start : b - start], a, audio.rate, peaks[c], kind, "fltp")
    encoder = av.CodecContext.create("libmp3lame", "w")
    encoder.sample_rate = audio.rate
    encoder.layout = "mono" if audio.channels == 1 else "stereo"
    encoder.format = "fltp"
    encoder.bit_rate = BITRATES[first.mpeg1][first.bitrate] * 1000
    encoder.options = {"reservoir": "0"}
    frame = av.AudioFrame.from_ndarray(x, format="fltp", layout=encoder.layout)
    frame.sample_rate, frame.pts = audio.rate, 0
    packets = list(encoder.encode(frame))  # PyAV cuts it into the encoder's frames
    packets += encoder.encode(None)
    if not packets or packets[0].pts != -ENCODER_DELAY:
        return None  # an encoder of another delay: the grid would not hold
    new = [bytes(p) for p in packets[SETTLE : SETTLE + h - g]]
    if len(new) != h - g or any(Header(b).rate != first.rate for b in new):
        return None
    return new


def _decoded(f, places, a: int, b: int, F: int, channels: int) -> np.ndarray | None:
    """Samples a … b-1 of the raw decoder output (frame k is k*F …), zeros outside the file,
    as float32 (channels, b - a)."""
    import av

    x = np.zeros((channels, b - a), dtype=np.float32)
    first = max(a // F - PRIMING, 0)
    last = min(-(-b // F), len(places))
    decoder = av.CodecContext.create("mp3float", "r")
    position = first * F
    try:
        for k in range(first, last):
            for frame in decoder.decode(av.Packet(_read(f, *places[k]))):
                y = frame.to_ndarray()
                n = y.shape[1]
                lo, hi = max(position, a), min(position + n, b)
                if hi > lo and y.shape[0] == channels:
                    x[:, lo - a : hi - a] = y[:, lo - position : hi - position]
                position += n
    except av.FFmpegError:
        return None
    return x


def _carrying(frame: bytes, f, places, h: int, following: int) -> bytes | None:
    """`frame`, the last new one, made one or more bitrate steps larger and ending with the
    original bytes that frames h, h+1, … (up to `following`, where new frames begin again)
    take their data's start from."""
    header = Header(frame)
    if not header.valid or header.protected:
        return None
    reach, before = 0, 0  # bytes before frame h's main data that later frames still read
    for k in range(h, min(h + 8, following)):
        data = _read(f, *places[k])
        own = Header(data)
        if not own.valid:
            return None
        reach = max(reach, main_data_begin(data, own) - before)
        before += len(data) - own.data_at
    if reach <= 0:
        return frame
    tail = b""
    k = h - 1
    while len(tail) < reach and k >= 0:  # the original main data just before frame h
        data = _read(f, *places[k])
        tail = data[Header(data).data_at :] + tail
        k -= 1
    if len(tail) < reach:
        return None
    tail = tail[-reach:]
    for bitrate in range(header.bitrate, 15):
        for padding in (0, 1):
            size = header.length(bitrate, padding)
            if size >= len(frame) + reach:
                head = bytes([frame[0], frame[1], (frame[2] & 0x0D) | bitrate << 4 | padding << 1])
                filler = bytes(size - len(frame) - reach)
                return head + frame[3:] + filler + tail
    return None


def _read(f, at: int, size: int) -> bytes:
    f.seek(int(at))
    return f.read(int(size))


def _copy(f, out, a: int, b: int) -> None:
    f.seek(int(a))
    left = int(b) - int(a)
    while left > 0:
        chunk = f.read(min(left, 1 << 20))
        if not chunk:
            break
        out.write(chunk)
        left -= len(chunk)
