"""A large file redacted piece by piece, in bounded memory: a 500 MB chat dump is read a few
megabytes at a time, cut at line ends, and the pieces are analysed by the batch's workers like
files of their own (`batch.py` interleaves them with the small files, so every worker stays
busy and the progress moves). This process appends each piece, redacted, to a temporary file
that replaces the output only when the whole input is done (an interruption leaves no
half-written output).

Only formats whose records are lines can be cut so (plain text, JSONL), and only encodings that
can be decoded from any line start (UTF-8, cp1251); anything else is read whole. Placeholders
are numbered across the pieces by one `Replacer`: the same phone is the same [ТЕЛЕФОН_n] on line
10 and on line 10 million. A vault gets the edits of every piece, in the bytes of the whole
output.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from redactor.files import formats, textio
from redactor.files.formats import Format
from redactor.files.outcome import FileOutcome, places, redacted
from redactor.files.vault import Entry, byte_spans, mappings
from redactor.replace.replacer import Replacer

PIECE = 1 << 20  # characters per piece: about a megabyte of text
HEAD = 1 << 16  # bytes read to detect the encoding and the format
LINE_FORMATS = {"txt", "jsonl"}
STREAMABLE = {"utf-8", "cp1251"}


@dataclass(frozen=True)
class Source:
    path: Path
    fmt: Format
    encoding: str
    bom: bool


def open_source(path: Path, rel: str, options) -> Source | None:
    """How to read the file in pieces, or None when it cannot be (then it is read whole)."""
    with open(path, "rb") as f:
        head = f.read(HEAD)
    cut = head.rfind(b"\n") + 1 or len(head)
    try:
        decoded = textio.decode(head[:cut], options.encoding, path)
    except textio.InputError:
        return None  # the whole-file path gives the precise reason
    fmt = formats.detect(rel, decoded.text, options)
    if decoded.encoding not in STREAMABLE or fmt is None or fmt.NAME not in LINE_FORMATS:
        return None
    return Source(path, fmt, decoded.encoding, decoded.bom)


def pieces(source: Source) -> Iterator[tuple[str, int]]:
    """(piece, its size in bytes) for pieces of about `PIECE` characters, each ending at a line
    end (newlines kept as they are: «\\r\\n» stays). Raises UnicodeDecodeError on bytes the
    encoding refuses: the whole file then decides what they are (`textio`)."""
    with open(source.path, "rb") as raw:
        if source.bom:
            raw.read(len(codecs.BOM_UTF8))
        reader = io.TextIOWrapper(raw, encoding=source.encoding, errors="strict", newline="")
        piece: list[str] = []
        size = 0
        for line in reader:
            piece.append(line)
            size += len(line)
            if size >= PIECE:
                text = "".join(piece)
                yield text, len(text.encode(source.encoding, textio.STRAY_BYTES))
                piece, size = [], 0
        if piece:
            text = "".join(piece)
            yield text, len(text.encode(source.encoding, textio.STRAY_BYTES))
        reader.detach()


class Writer:
    """The output of one streamed file, piece after piece, into a temporary file beside it."""

    def __init__(self, source: Source, out: Path, name: str, replacer: Replacer, vault=None):
        self.source, self.out, self.name = source, out, name
        self.replacer, self.vault = replacer, vault
        self.written, self.line = 0, 0
        self.found: list[tuple[str, int, int]] = []
        self.edits: list = []
        self.mapping: set = set()
        self.output_hash = hashlib.sha256()
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        self.sink = os.fdopen(fd, "wb")
        if source.bom:
            self._write(codecs.BOM_UTF8)

    @property
    def fmt(self) -> str:
        return self.source.fmt.NAME

    def add(self, piece: str, analysis) -> None:
        result = formats.apply(piece, self.source.fmt, analysis, self.replacer)
        data = textio.encode(result.text, self.source.encoding, bom=False)
        if self.vault is not None:
            self.edits += byte_spans(result.text, result.edits, self.source.encoding, self.written)
            self.mapping.update(mappings(piece, result))
        self._write(data)
        self.found += places(piece, result.findings, self.line)
        self.line += piece.count("\n")

    def failed(self, reason: str) -> FileOutcome:
        """A piece is not valid: the output is not written."""
        self.abort()
        reason = f"not valid {self.source.fmt.NAME} after line {self.line}: {reason}"
        return FileOutcome(self.name, "failed", reason, self.source.fmt.NAME)

    def finish(self) -> FileOutcome:
        """Sync and move the output into place (the caller journals it)."""
        self.sink.flush()
        os.fsync(self.sink.fileno())
        self.sink.close()
        if self.vault is not None:
            self.vault.add(
                Entry(
                    self.name,
                    textio.sha256_file(self.source.path),
                    self.output_hash.hexdigest(),
                    tuple(self.edits),
                    tuple(sorted(self.mapping)),
                )
            )
        os.chmod(self.tmp, textio.new_file_mode(self.out))  # mkstemp's 0600 is not the user's
        os.replace(self.tmp, self.out)
        return redacted(self.name, self.source.fmt.NAME, self.found)

    def abort(self) -> None:
        if not self.sink.closed:
            self.sink.close()
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass

    def _write(self, data: bytes) -> None:
        self.sink.write(data)
        if self.vault is not None:
            self.output_hash.update(data)
        self.written += len(data)
