"""A large file redacted piece by piece, in bounded memory: a 500 MB chat dump is read a few
megabytes at a time, cut at line ends, each piece redacted and appended to a temporary file that
replaces the output only when the whole input is done (an interruption leaves no half-written
output).

Only formats whose records are lines can be cut so (plain text, JSONL), and only encodings that
can be decoded from any line start (UTF-8, cp1251); anything else is read whole by the caller.
Placeholders are numbered across the pieces by one `Replacer`: the same phone is the same
[ТЕЛЕФОН_n] on line 10 and on line 10 million. A vault gets the edits of every piece, in the
bytes of the whole output.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import tempfile
from pathlib import Path

from redactor.files import formats, textio
from redactor.files.outcome import FileOutcome, places, redacted
from redactor.files.vault import Entry, byte_spans, mappings
from redactor.replace.replacer import Replacer

PIECE = 1 << 20  # characters per piece: about a megabyte of text
HEAD = 1 << 16  # bytes read to detect the encoding and the format
LINE_FORMATS = {"txt", "jsonl"}
STREAMABLE = {"utf-8", "cp1251"}


def redact(path: Path, out: Path, rel: str, options, replacer: Replacer | None = None, vault=None):
    """The file's outcome (see `outcome.FileOutcome`), or None when it cannot be read in pieces."""
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
    replacer = replacer or Replacer(options.policy)
    written, output_hash, edits, mapping = 0, hashlib.sha256(), [], set()
    entities = list(options.entities) if options.entities else None
    found: list[tuple[str, int, int]] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with open(path, "rb") as raw, os.fdopen(fd, "wb") as sink:
            if decoded.bom:
                sink.write(raw.read(len(codecs.BOM_UTF8)))
                output_hash.update(codecs.BOM_UTF8)
                written = len(codecs.BOM_UTF8)
            line = 0
            for piece in _pieces(raw, decoded.encoding):
                try:
                    analysis = formats.analyze_file_text(piece, fmt, entities=entities)
                except formats.FormatError as e:
                    reason = f"not valid {fmt.NAME} after line {line}: {e}"
                    return FileOutcome(rel, "failed", reason, fmt.NAME)
                except formats.SelectionError:
                    return None  # a --field missing from a piece may be in another: read whole
                result = formats.apply(piece, fmt, analysis, replacer)
                data = textio.encode(result.text, decoded.encoding, bom=False)
                sink.write(data)
                if vault is not None:
                    edits += byte_spans(result.text, result.edits, decoded.encoding, written)
                    mapping.update(mappings(piece, result))
                    output_hash.update(data)
                written += len(data)
                found += places(piece, result.findings, line)
                line += piece.count("\n")
            sink.flush()
            os.fsync(sink.fileno())
        if vault is not None:
            vault.add(
                Entry(
                    rel,
                    textio.sha256_file(path),
                    output_hash.hexdigest(),
                    tuple(edits),
                    tuple(sorted(mapping)),
                )
            )
        os.replace(tmp, out)
    except UnicodeDecodeError:
        # Stray bytes further in: the whole file decides whether it is UTF-8 but for them
        # (`textio`), so it is read whole.
        return None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return redacted(rel, fmt.NAME, found)


def _pieces(raw, encoding: str):
    """Pieces of about `PIECE` characters, each ending at a line end (newlines kept as they
    are: «\\r\\n» stays)."""
    reader = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
    piece: list[str] = []
    size = 0
    for line in reader:
        piece.append(line)
        size += len(line)
        if size >= PIECE:
            yield "".join(piece)
            piece, size = [], 0
    if piece:
        yield "".join(piece)
    reader.detach()
