"""Reading and writing user files: every encoding round-trips to the same bytes; every bad input
is an InputError with a one-line message that quotes nothing from the file."""

from __future__ import annotations

import codecs
import os
import sys
from io import BytesIO
from pathlib import Path

import pytest

from redactor.files import textio
from redactor.files.textio import InputError, decode, read_stdin, read_text, write_text_atomic

# A marker that must never appear in an error message.
SECRET = "Секретов"
TEXT = f"Оператор: Добрый день!\r\nКлиент: Здравствуйте, это {SECRET} Иван.\nОператор: Слушаю.\n"

# (id, bytes of TEXT, detected encoding, BOM)
DETECTED = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8", False),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", True),
    ("utf-16-le with BOM", TEXT.encode("utf-16"), "utf-16-le", True),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", True),
    ("utf-16-le without BOM", TEXT.encode("utf-16-le"), "utf-16-le", False),
    ("utf-16-be without BOM", TEXT.encode("utf-16-be"), "utf-16-be", False),
    ("utf-32 with BOM", TEXT.encode("utf-32"), "utf-32-le", True),
    ("cp1251", TEXT.encode("cp1251"), "cp1251", False),
    ("ascii", b"Order 58217, 486 RUB\n", "utf-8", False),
    # UTF-8 but for a few stray bytes is UTF-8, never cp1251; the bytes come back as they were
    ("utf-8, a stray byte", TEXT.encode()[:40] + b"\xff" + TEXT.encode()[40:], "utf-8", False),
    ("utf-8, a Latin-1 byte", TEXT.encode() + "Café\n".encode("latin-1"), "utf-8", False),
    ("utf-8, cut in a letter", TEXT.encode()[:-3] + "й".encode()[:1], "utf-8", False),
    ("utf-8 BOM, a stray byte", codecs.BOM_UTF8 + b"\xc0" + TEXT.encode(), "utf-8", True),
    ("cp1251, in capitals", "ОБЪЁМ: ПЯТЬ ЛИТРОВ\n".encode("cp1251"), "cp1251", False),
]

# (id, bytes, what the message says)
REJECTED = [
    ("empty", b"", "empty file"),
    ("whitespace only", b" \r\n\t\n", "empty file"),
    ("BOM only", codecs.BOM_UTF8, "empty file"),
    ("NUL bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + SECRET.encode() + b"\x00\x01", "binary"),
    ("control characters", bytes(range(1, 32)) * 20 + SECRET.encode(), "binary"),
    (
        "latin-1 (not cp1251)",
        "Café crème à l'été".encode("latin-1"),
        "not valid UTF-8, UTF-16 or cp1251",
    ),
    (
        "utf-16 with a lone surrogate",
        codecs.BOM_UTF16_LE + "Привет".encode("utf-16-le") + b"\x00\xd8",
        "not valid utf-16-le text (byte offset 14)",
    ),
    (
        "cp1251 undefined byte",
        SECRET.encode("cp1251") + b"\x98",
        "not valid UTF-8, UTF-16 or cp1251",
    ),
]

# (id, bytes, forced encoding, expected encoding, BOM)
FORCED = [
    ("cp1251 forced", TEXT.encode("cp1251"), "windows-1251", "cp1251", False),
    ("koi8-r forced", TEXT.encode("koi8-r"), "koi8-r", "koi8-r", False),
    ("utf-16 keeps BOM", TEXT.encode("utf-16"), "utf-16", "utf-16-le", True),
    ("utf-16 without BOM", TEXT.encode("utf-16-be"), "utf-16", "utf-16-be", False),
    ("utf-8-sig keeps BOM", codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig", "utf-8", True),
    ("utf-8 honours BOM", codecs.BOM_UTF8 + TEXT.encode(), "utf8", "utf-8", True),
]


@pytest.mark.parametrize(
    ("data", "encoding", "bom"), [c[1:] for c in DETECTED], ids=[c[0] for c in DETECTED]
)
def test_detect_and_round_trip(data: bytes, encoding: str, bom: bool) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.bom) == (encoding, bom)
    assert decoded.encode(decoded.text) == data  # newlines, BOM and bytes all preserved


@pytest.mark.parametrize(
    ("data", "reason"), [c[1:] for c in REJECTED], ids=[c[0] for c in REJECTED]
)
def test_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as error:
        decode(data, name="call.txt")
    message = str(error.value)
    assert message.startswith("call.txt: ") and reason in message
    assert "\n" not in message and SECRET not in message and "Caf" not in message


@pytest.mark.parametrize(
    ("data", "forced", "encoding", "bom"), [c[1:] for c in FORCED], ids=[c[0] for c in FORCED]
)
def test_forced_encoding(data: bytes, forced: str, encoding: str, bom: bool) -> None:
    decoded = decode(data, forced)
    assert (decoded.encoding, decoded.bom, decoded.text) == (encoding, bom, TEXT)
    assert decoded.encode(decoded.text) == data


def test_forced_encoding_errors_name_codec_and_offset() -> None:
    with pytest.raises(InputError, match=r"^f: not valid utf-8 text \(byte offset 6\)$"):
        decode(b"Ivan: \xcf\xf0\xe8", "utf-8", name="f")
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"text", "no-such-codec")


def test_stray_bytes_are_read_as_lone_surrogates_and_written_back() -> None:
    decoded = decode("Звоните Анне Смирновой!".encode() + b"\xff\n")
    assert decoded.text == "Звоните Анне Смирновой!\udcff\n"
    assert decoded.encode("Звоните [ИМЯ_1]!\udcff\n") == "Звоните [ИМЯ_1]!".encode() + b"\xff\n"


def test_cp1251_output_stays_cp1251() -> None:
    decoded = decode(TEXT.encode("cp1251"))
    assert decoded.encode("Клиент: [ИМЯ_1]\r\n") == "Клиент: [ИМЯ_1]\r\n".encode("cp1251")


def test_unencodable_output_is_an_input_error() -> None:
    with pytest.raises(InputError, match="cannot encode"):
        textio.encode("Клиент: [ИМЯ_1]", "latin-1", bom=False)


# --- files -------------------------------------------------------------------------------------


def test_read_text(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_bytes(TEXT.encode("cp1251"))
    assert read_text(path).text == TEXT


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _symlink(d / "dangling.txt", d / "nowhere"), "no such file"),
    ],
    ids=["missing", "directory", "dangling symlink"],
)
def test_read_text_errors(tmp_path: Path, make, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_text(make(tmp_path))


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_text(path)


def test_read_stdin_keeps_newlines() -> None:
    decoded = read_stdin(stream=BytesIO(TEXT.encode("utf-16")))
    assert (decoded.text, decoded.encoding, decoded.bom) == (TEXT, "utf-16-le", True)
    with pytest.raises(InputError, match=r"^<stdin>: empty file$"):
        read_stdin(stream=BytesIO(b""))


def _symlink(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


# --- writing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "bom"), [c[1:] for c in DETECTED], ids=[c[0] for c in DETECTED]
)
def test_write_round_trip(tmp_path: Path, data: bytes, encoding: str, bom: bool) -> None:
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes(data)
    decoded = read_text(source)
    write_text_atomic(target, decoded.text, decoded.encoding, decoded.bom, inputs=[source])
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.txt"]  # no temp left


@pytest.mark.parametrize(
    "spelling",
    [
        lambda p: p,
        lambda p: p.parent / "." / p.name,
        lambda p: _symlink(p.parent / "link.txt", p),
        lambda p: _hardlink(p.parent / "hard.txt", p),
    ],
    ids=["same path", "dot path", "symlink", "hard link"],
)
def test_refuses_to_overwrite_input(tmp_path: Path, spelling) -> None:
    source = tmp_path / "call.txt"
    source.write_bytes(TEXT.encode())
    with pytest.raises(InputError, match="is the input file"):
        write_text_atomic(spelling(source), "redacted", "utf-8", False, inputs=[source])
    assert source.read_bytes() == TEXT.encode()


def test_overwrite_input_when_allowed(tmp_path: Path) -> None:
    source = tmp_path / "call.txt"
    source.write_bytes(TEXT.encode())
    write_text_atomic(source, "redacted", "utf-8", False, [source], allow_overwrite_input=True)
    assert source.read_bytes() == b"redacted"


def test_failed_write_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(textio.os, "replace", crash)
    with pytest.raises(InputError, match=r"cannot write \(No space left on device\)"):
        write_text_atomic(target, "new", "utf-8", False)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_write_keeps_mode_and_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = _symlink(tmp_path / "link.txt", real)
    write_text_atomic(link, "new", "utf-8", False)
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert real.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d, "is a directory"),
        (lambda d: d / "no" / "such" / "out.txt", "no such directory"),
    ],
    ids=["directory", "missing parent"],
)
def test_bad_output_paths(tmp_path: Path, make, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        write_text_atomic(make(tmp_path), "text", "utf-8", False)


def _hardlink(link: Path, target: Path) -> Path:
    os.link(target, link)
    return link
