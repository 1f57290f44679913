"""Reading and writing user files: encoding detection, exact newlines and BOM, atomic writes.

Bytes are decoded here, never by `open(..., "r")`: universal newlines would turn «\\r\\n» into «\\n»
and the redacted file would differ from the original outside the redacted spans. Writing
re-encodes in the input's encoding (and BOM), so output equals input except for the placeholders.

UTF-8 with a few stray bytes (a truncated character, a Latin-1 «é» pasted in) is still UTF-8:
guessing cp1251 for it would turn every Russian letter into two wrong ones, which no recognizer
reads, and put cp1251 placeholders into a UTF-8 file. The stray bytes are decoded as lone
surrogates (Python's `surrogateescape`) and written back as the same bytes.

Every error is an `InputError` whose message names the problem, never the file's content.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

STDIN_NAME = "<stdin>"

# Longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Control characters that belong in text; any other C0/C1 control is a sign of binary data.
TEXT_CONTROLS = set("\t\n\r\f\v")
# More than this share of stray control characters: binary, not text.
MAX_CONTROL_SHARE = 0.01
# UTF-8's stray bytes 0x80–0xFF are decoded as U+DC80–U+DCFF and encoded back as those bytes.
STRAY_BYTES = "surrogateescape"
STRAY_FIRST, STRAY_LAST = "\udc80", "\udcff"


class InputError(Exception):
    """A user-facing problem with an input or output file: one line, never the file's content."""

    def __init__(self, reason: str, path: str | os.PathLike | None = None):
        self.reason = reason
        self.path = None if path is None else os.fspath(path)
        super().__init__(f"{self.path}: {reason}" if self.path is not None else reason)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a codec name that re-encodes `text` to the original bytes: utf-8, cp1251…
    bom: bool  # whether the original began with a byte order mark (written back on output)

    def encode(self, text: str) -> bytes:
        return encode(text, self.encoding, self.bom)


def read_text(path: str | os.PathLike, encoding: str | None = None) -> Decoded:
    """The text of the file at `path`; `encoding` overrides detection."""
    data = read_bytes(path)
    return decode(data, encoding, name=path)


def read_stdin(encoding: str | None = None, stream: BinaryIO | None = None) -> Decoded:
    """Standard input (or `stream`), read to the end as bytes and decoded like a file."""
    stream = stream if stream is not None else sys.stdin.buffer
    return decode(stream.read(), encoding, name=STDIN_NAME)


def sha256_file(path: str | os.PathLike) -> str:
    """The file's SHA-256, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_readable(path: str | os.PathLike) -> None:
    """Fail early on a missing path or a directory, before anything slow happens."""
    if not os.path.exists(path):  # follows symlinks: a dangling one is missing too
        raise InputError("no such file", path)
    if os.path.isdir(path):
        raise InputError("is a directory", path)
    if not os.access(path, os.R_OK):
        raise InputError("permission denied", path)


def read_bytes(path: str | os.PathLike) -> bytes:
    check_readable(path)
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:  # removed since the check
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as e:
        raise InputError(f"cannot read ({e.strerror or type(e).__name__})", path) from None


def decode(
    data: bytes, encoding: str | None = None, name: str | os.PathLike | None = None
) -> Decoded:
    """Decode `data` with `encoding`, or detect: BOM, UTF-8, UTF-16 by its NUL pattern, cp1251."""
    if not data:
        raise InputError("empty file", name)
    decoded = _decode_as(data, encoding, name) if encoding else _detect(data, name)
    if _looks_binary(decoded.text):
        raise InputError("binary file (control characters), not text", name)
    if not decoded.text.strip():
        raise InputError("empty file", name)
    return decoded


def _detect(data: bytes, name) -> Decoded:
    for bom, codec in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = _utf8(body) if codec == "utf-8" else None
            if text is None:
                text = _strict(body, codec, name, len(bom))
            return Decoded(text, codec, bom=True)
    if b"\x00" not in data:
        text = _utf8(data)
        if text is not None:
            return Decoded(text, "utf-8", bom=False)
        text = _cp1251(data)
        if text is not None:
            return Decoded(text, "cp1251", bom=False)
        if _looks_binary(data.decode("ascii", errors="ignore")):  # C0 controls are ASCII
            raise InputError("binary file (control characters), not text", name)
        raise InputError("not valid UTF-8, UTF-16 or cp1251 text", name)
    codec = _utf16_by_nuls(data)
    if codec is None:
        raise InputError("binary file (NUL bytes), not text", name)
    return Decoded(_strict(data, codec, name), codec, bom=False)


def _decode_as(data: bytes, encoding: str, name) -> Decoded:
    try:
        codec = codecs.lookup(encoding).name  # canonical: utf8 → utf-8, windows-1251 → cp1251
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    # A BOM of the named Unicode family is honoured (and written back) rather than decoded as
    # U+FEFF; "utf-16" without a BOM needs a byte order, or the output would gain a BOM.
    family = codec.removesuffix("-sig").removesuffix("-le").removesuffix("-be")
    if family.startswith("utf-"):
        for bom, bom_codec in BOMS:
            if bom_codec.startswith(family) and data.startswith(bom):
                text = _strict(data[len(bom) :], bom_codec, name, len(bom))
                return Decoded(text, bom_codec, bom=True)
    codec = {
        "utf-8-sig": "utf-8",
        "utf-16": _utf16_by_nuls(data) or "utf-16-le",
        "utf-32": "utf-32-le",
    }.get(codec, codec)
    return Decoded(_strict(data, codec, name), codec, bom=False)


def _strict(data: bytes, codec: str, name, offset: int = 0) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        # The byte offset helps find the damage; the byte values themselves are content.
        raise InputError(f"not valid {codec} text (byte offset {offset + e.start})", name) from None


def _utf8(data: bytes) -> str | None:
    """`data` as UTF-8 if it is UTF-8 but for a few stray bytes, kept as lone surrogates; else
    None. «A few»: fewer stray bytes than characters read as multi-byte sequences. Russian cp1251
    read as UTF-8 is almost all stray bytes (a letter is one byte in 0xC0–0xFF, and the next
    letter is no continuation byte), so it never passes; UTF-8 with a truncated character or a
    pasted Latin-1 «é» always does. A file that mixes the two is read in the one most of it is in.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", STRAY_BYTES)
    stray = sum(1 for c in text if STRAY_FIRST <= c <= STRAY_LAST)
    multibyte = sum(1 for c in text if not c.isascii()) - stray
    return text if multibyte > stray else None


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: spaces, digits and punctuation put NULs at every other byte.

    In UTF-16-LE the high byte of an ASCII character is the second of the pair, so NULs gather
    at odd offsets and (almost) never at even ones; UTF-16-BE is the mirror image. Russian text is
    ~20 % ASCII (spaces alone are ~15 %), so a 5 % floor is safe; binary data has NULs at both.
    """
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.05 * pairs and even <= 0.005 * pairs:
        return "utf-16-le"
    if even >= 0.05 * pairs and odd <= 0.005 * pairs:
        return "utf-16-be"
    return None


def _cp1251(data: bytes) -> str | None:
    """`data` as cp1251 if the result reads as Russian, else None.

    Almost any byte string decodes as cp1251, so the result must look right: letters are Cyrillic
    or ASCII, and Cyrillic letters come in whole words. Latin-1 text read as cp1251 fails the
    second test («café» → «cafй»: every Cyrillic letter sits inside a Latin word).
    """
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:  # 0x98 is unassigned in cp1251
        return None
    letters = [c for c in text if c.isalpha()]
    known = sum(1 for c in letters if c.isascii() or _is_cyrillic(c))
    if letters and known < 0.95 * len(letters):
        return None
    words = "".join(c if c.isalpha() else " " for c in text).split()
    cyrillic = [w for w in words if any(_is_cyrillic(c) for c in w)]
    mixed = [w for w in cyrillic if any(c.isascii() for c in w)]
    if cyrillic and 2 * len(mixed) >= len(cyrillic):
        return None
    return text


def _is_cyrillic(char: str) -> bool:
    return "CYRILLIC" in unicodedata.name(char, "")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    stray = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in TEXT_CONTROLS)
    return stray > MAX_CONTROL_SHARE * len(text)


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """`text` as bytes in `encoding`, preceded by that encoding's BOM when `bom`."""
    try:
        data = text.encode(encoding, _errors(encoding))
    except UnicodeEncodeError as e:
        raise InputError(
            f"the output has characters that {encoding} cannot encode (character offset {e.start})"
        ) from None
    return _bom_for(encoding) + data if bom else data


def _errors(encoding: str) -> str:
    """UTF-8 writes its stray bytes back (they can only come from the input: see `_utf8`)."""
    return STRAY_BYTES if codecs.lookup(encoding).name == "utf-8" else "strict"


def _bom_for(encoding: str) -> bytes:
    return next(bom for bom, codec in BOMS if codec == codecs.lookup(encoding).name)


def same_file(a: str | os.PathLike | int | None, b: str | os.PathLike) -> bool:
    """Whether `a` (a path, or an open descriptor such as stdin's; None for none) and the path
    `b` are one file: same device and inode when both exist (hard links, symlinks, `./x` and `x`),
    else the same resolved path."""
    if a is None:
        return False
    try:
        a_stat = os.fstat(a) if isinstance(a, int) else os.stat(a)
        b_stat = os.stat(b)
    except OSError:
        return not isinstance(a, int) and Path(a).resolve() == Path(b).resolve()
    return os.path.samestat(a_stat, b_stat)


def check_output(
    path: str | os.PathLike,
    inputs: Iterable[str | os.PathLike | int | None] = (),
    allow_overwrite_input: bool = False,
) -> None:
    """Fail early on an output path that cannot be written or would overwrite an input."""
    if os.path.isdir(path):
        raise InputError("is a directory", path)
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise InputError("no such directory for the output", path)
    if not allow_overwrite_input and any(same_file(src, path) for src in inputs):
        raise InputError("is the input file; refusing to overwrite it", path)


def stdin_fd() -> int | None:
    """Standard input's descriptor, so that `redact - -o x < x` is caught; None if it has none."""
    try:
        return sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def write_text_atomic(
    path: str | os.PathLike,
    text: str,
    encoding: str,
    bom: bool,
    inputs: Iterable[str | os.PathLike | int | None] = (),
    allow_overwrite_input: bool = False,
) -> None:
    """Write `text` to `path` all at once (`write_bytes_atomic`), in `encoding` and BOM."""
    check_output(path, inputs, allow_overwrite_input)
    write_bytes_atomic(path, encode(text, encoding, bom))


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` all at once: a temporary file in the same directory, fsync, rename.

    A reader (or a crash) sees the old file or the new one, never half of it. A symlink at `path`
    is kept and its target replaced.
    """
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(
            dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".tmp"
        )
    except OSError as e:
        raise InputError(f"cannot write ({e.strerror or type(e).__name__})", path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, new_file_mode(target))
        os.replace(tmp, target)
    except BaseException as e:
        _remove_quietly(tmp)
        if isinstance(e, OSError):
            raise InputError(f"cannot write ({e.strerror or type(e).__name__})", path) from None
        raise
    _fsync_directory(directory)


def new_file_mode(target: str) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 minus the umask
    (mkstemp would leave it at 0600)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_directory(directory: str) -> None:
    # The rename is durable only once the directory entry is on disk (POSIX; not on Windows).
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def write_stdout(text: str, encoding: str, bom: bool) -> None:
    """Write `text` to standard output as bytes in the input's encoding, like `cat` would."""
    write_stdout_bytes(encode(text, encoding, bom), encoding)


def write_stdout_bytes(data: bytes, encoding: str = "utf-8") -> None:
    sys.stdout.flush()
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # a text-only stream (some test harnesses): best effort
        sys.stdout.write(data.decode(encoding))
    else:
        out.write(data)
        out.flush()
