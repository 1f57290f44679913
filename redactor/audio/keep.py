"""A bleeped recording in the vault (`files/vault.py`): the bytes that give the original back.

The output is written with the input's container and codec, and without an encoder tag, so a
plain WAV or FLAC comes out the same length with the same header: then only the bleeped bytes
differ, and they are what the vault keeps (the original audio of each stretch). A file that
changed throughout (lossy codecs, encoded again; a header FFmpeg writes otherwise) is kept
whole. Either way `redact restore` gives the recording back byte for byte.
"""

from __future__ import annotations

import hashlib

import numpy as np

from redactor.files import textio
from redactor.files.vault import Entry, put_back

GAP = 64  # bytes: differences closer than this are one edit (fewer, larger entries)


def entry(name: str, original_path, output_path) -> Entry:
    original = textio.read_bytes(original_path)
    output = textio.read_bytes(output_path)
    edits = _diff(original, output)
    assert put_back(output, edits) == original  # the vault's own check repeats it on restore
    return Entry(name, _sha256(original), _sha256(output), edits, ())


def _diff(original: bytes, output: bytes) -> tuple[tuple[int, int, bytes], ...]:
    if len(original) != len(output):
        return ((0, len(output), original),)
    a = np.frombuffer(original, dtype=np.uint8)
    b = np.frombuffer(output, dtype=np.uint8)
    where = np.flatnonzero(a != b)
    if len(where) == 0:
        return ()
    breaks = np.flatnonzero(np.diff(where) > GAP)
    starts = np.concatenate([[where[0]], where[breaks + 1]])
    ends = np.concatenate([where[breaks], [where[-1]]]) + 1
    return tuple((int(s), int(e), original[s:e]) for s, e in zip(starts, ends, strict=True))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
