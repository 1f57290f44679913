"""A bleeped recording in the vault (`files/vault.py`): the bytes that give the original back.

The output is written with the input's container and codec, and without an encoder tag, so a
plain WAV or FLAC comes out the same length with the same header: then only the bleeped bytes
differ, and they are what the vault keeps (the original audio of each stretch). An MP3
bleeped frame by frame (`mp3.py`) keeps its number of frames: the runs of new frames are the
edits, each giving back the original frames. A file that changed throughout (other lossy
codecs, encoded again; a header FFmpeg writes otherwise) is kept whole. Either way `redact
restore` gives the recording back byte for byte.
"""

from __future__ import annotations

import hashlib
import os

import numpy as np

from redactor.files import textio
from redactor.files.vault import Entry

GAP = 64  # bytes: differences closer than this are one edit (fewer, larger entries)


CHUNK = 1 << 20  # bytes compared at a time: a 2-hour WAV is 230 MB, never read whole


def entry(name: str, original_path, output_path) -> Entry:
    """The vault entry that turns the output back into the original; both files are read a
    chunk at a time, and only the differing bytes are held."""
    if os.path.getsize(original_path) != os.path.getsize(output_path):
        framed = _mp3_edits(original_path, output_path)
        if framed is not None:  # an MP3 whose frames around the bleeps are new: those
            before, after = _file_sha256(original_path), _file_sha256(output_path)
            if _restored_sha256(output_path, framed) == before:
                return Entry(name, before, after, tuple(framed), ())
        original = textio.read_bytes(original_path)  # changed throughout: kept whole
        edits: tuple = ((0, os.path.getsize(output_path), original),)
        return Entry(name, _sha256(original), _file_sha256(output_path), edits, ())
    edits, before, after = [], hashlib.sha256(), hashlib.sha256()
    with open(original_path, "rb") as a, open(output_path, "rb") as b:
        at = 0
        while chunk := a.read(CHUNK):
            other = b.read(CHUNK)
            before.update(chunk)
            after.update(other)
            if chunk != other:
                edits += _diff(chunk, other, at)
            at += len(chunk)
    return Entry(name, before.hexdigest(), after.hexdigest(), tuple(_joined(edits)), ())


def _mp3_edits(original_path, output_path) -> list[tuple[int, int, bytes]] | None:
    """The edits of an MP3 bleeped frame by frame (`mp3.py`): the same number of frames, each
    copied or new; a run of new frames gives back the original run, the header its sizes.
    None for any other pair (then the original is kept whole)."""
    from redactor.audio import mp3

    try:
        ours, theirs = mp3.frames(original_path), mp3.frames(output_path)
    except (ValueError, OSError):
        return None
    if ours is None or theirs is None or len(ours) != len(theirs) or not len(ours):
        return None
    edits: list[tuple[int, int, bytes]] = []
    with open(original_path, "rb") as a, open(output_path, "rb") as b:
        head_a, head_b = a.read(int(ours[0][0])), b.read(int(theirs[0][0]))
        if len(head_a) != len(head_b):
            return None
        if head_a != head_b:
            edits += _diff(head_a, head_b, 0)
        run = None  # the first frame of a run of differing frames
        for k in range(len(ours) + 1):
            same = k < len(ours) and _frame(a, ours[k]) == _frame(b, theirs[k])
            if k < len(ours) and not same and run is None:
                run = k
            elif (same or k == len(ours)) and run is not None:
                start, end = int(ours[run][0]), int(ours[k - 1][0] + ours[k - 1][1])
                a.seek(start)
                edits.append(
                    (
                        int(theirs[run][0]),
                        int(theirs[k - 1][0] + theirs[k - 1][1]),
                        a.read(end - start),
                    )
                )
                run = None
        tail_a = _rest(a, int(ours[-1][0] + ours[-1][1]))
        tail_b = _rest(b, int(theirs[-1][0] + theirs[-1][1]))
        if tail_a != tail_b:
            return None
    return edits


def _frame(f, place) -> bytes:
    f.seek(int(place[0]))
    return f.read(int(place[1]))


def _rest(f, at: int) -> bytes:
    f.seek(at)
    return f.read()


def _restored_sha256(output_path, edits) -> str:
    """The SHA-256 of the output with `edits` put back, a chunk at a time."""
    digest, at = hashlib.sha256(), 0
    with open(output_path, "rb") as f:
        for start, end, original in sorted(edits):
            _hash_span(f, at, start, digest)
            digest.update(original)
            at = end
        _hash_span(f, at, os.path.getsize(output_path), digest)
    return digest.hexdigest()


def _hash_span(f, a: int, b: int, digest) -> None:
    f.seek(a)
    while a < b:
        chunk = f.read(min(CHUNK, b - a))
        if not chunk:
            break
        digest.update(chunk)
        a += len(chunk)


def _diff(original: bytes, output: bytes, at: int) -> list[tuple[int, int, bytes]]:
    a = np.frombuffer(original, dtype=np.uint8)
    b = np.frombuffer(output, dtype=np.uint8)
    where = np.flatnonzero(a != b)
    breaks = np.flatnonzero(np.diff(where) > GAP)
    starts = np.concatenate([[where[0]], where[breaks + 1]])
    ends = np.concatenate([where[breaks], [where[-1]]]) + 1
    return [(at + int(s), at + int(e), original[s:e]) for s, e in zip(starts, ends, strict=True)]


def _joined(edits):
    """Edits that meet across a chunk's edge become one."""
    out: list[tuple[int, int, bytes]] = []
    for s, e, original in edits:
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e, out[-1][2] + original)
        else:
            out.append((s, e, original))
    return out


def _file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
