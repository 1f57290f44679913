"""A bleeped recording in the vault (`files/vault.py`): the bytes that give the original back.

The output is written with the input's container and codec, and without an encoder tag, so a
plain WAV or FLAC comes out the same length with the same header: then only the bleeped bytes
differ, and they are what the vault keeps (the original audio of each stretch). A file that
changed throughout (lossy codecs, encoded again; a header FFmpeg writes otherwise) is kept
whole. Either way `redact restore` gives the recording back byte for byte.
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
