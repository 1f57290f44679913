"""What a worker does with a job of a folder run: a whole file, or a piece of a large one,
becomes the engine's analysis (`formats.FileAnalysis`), or the one-line reason it cannot (never
the content). Writing is the main process's (`batch.py`); `redact check` analyses its files the
same way.
"""

from __future__ import annotations

from redactor.files import formats, textio
from redactor.files.outcome import FileOutcome

WHOLE = "read whole"  # a piece's answer: this file must be read whole


def analyse(job: tuple):
    """In a worker: a file's analysis (`analyse_file`), or a piece's (a `FileAnalysis`, the
    reason it is not valid, or `WHOLE`)."""
    if job[0] == "file":
        return analyse_file(*job[1:4])
    _, piece, _, fmt, options, _, _ = job
    entities = list(options.entities) if options.entities else None
    try:
        return formats.analyze_file_text(piece, fmt, entities=entities)
    except formats.FormatError as e:
        return str(e)
    except formats.SelectionError:
        return WHOLE


def analyse_file(path: str, rel: str, options):
    """Read (with `options`, a `batch.BatchOptions`), decode, pick the format and find what is personal (in a worker, or in the process
    that works alone). Any expected failure becomes an outcome with a one-line reason."""
    from redactor.files.formats.registry import claims

    known = bool(options.format) or claims(rel)
    try:
        data = textio.read_bytes(path)
    except textio.InputError as e:  # unreadable: a failure whatever the file is
        return FileOutcome(rel, "failed", e.reason)
    try:
        decoded = textio.decode(data, options.encoding, path)
    except textio.InputError as e:
        # An image or an archive beside the chats is no failure: only text is read.
        return FileOutcome(rel, "failed" if known else "skipped", e.reason)
    fmt = formats.detect(rel, decoded.text, options)
    if fmt is None:
        return FileOutcome(rel, "skipped", "no format reads this file")
    entities = list(options.entities) if options.entities else None
    try:
        analysis = formats.analyze_file_text(decoded.text, fmt, entities=entities)
    except formats.FormatError as e:
        return FileOutcome(rel, "failed", f"not valid {fmt.NAME}: {e}", fmt.NAME)
    except formats.SelectionError as e:  # a typo in --field must not pass in silence
        return FileOutcome(rel, "failed", str(e), fmt.NAME)
    return decoded, fmt, analysis
