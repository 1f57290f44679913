"""The vault: an encrypted file that maps surrogates back to the originals, so that the holder of
its key (the security service) can restore a redacted file byte for byte (`restore.py`).

For every redacted file the vault keeps the SHA-256 of the input and of the output, and the
output's edits in bytes: where each replacement sits and the original bytes it replaced. A
restore puts the originals back and checks that the result hashes to the input. It also keeps,
for people to read, which original each surrogate stands for.

The file is JSON: a header (format, KDF parameters, salt, nonce) and the ciphertext. The key
the user supplies is stretched by scrypt with a fresh salt; AES-256-GCM (`cryptography`)
encrypts and authenticates the whole mapping with the header as associated data, so a vault
whose bytes were changed, or opened with another key, fails as a whole. Without the key, the
vault says nothing but its own size: not even the names of the files it holds.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from redactor.files import textio
from redactor.finding import Edit

FORMAT = "redact-vault"
VERSION = 1
# scrypt's cost: 32 MB and about 0.1 s per opening; a guess at a weak key costs the same.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SALT_BYTES = 16
# The header is read before it is authenticated, and scrypt's parameters decide its memory and
# time (128·r·n bytes, p rounds): an edited n or p would allocate gigabytes or run for hours.
# Only the parameters this version writes are accepted.
KDF = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}


class VaultError(ValueError):
    """A vault that cannot be opened or used; the message never quotes its content."""


@dataclass(frozen=True)
class Entry:
    """One redacted file: restore `output` (by its hash) into `input` (by its hash)."""

    name: str  # the input's path as given (relative in a batch)
    input_sha256: str
    output_sha256: str
    edits: tuple[tuple[int, int, bytes], ...]  # (start, end) in the output's bytes → original
    mapping: tuple[tuple[str, str, str], ...]  # (entity, replacement, original)

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "input_sha256": self.input_sha256,
            "output_sha256": self.output_sha256,
            "edits": [[s, e, base64.b64encode(b).decode()] for s, e, b in self.edits],
            "mapping": [list(m) for m in self.mapping],
        }

    @classmethod
    def from_json(cls, data: dict) -> Entry:
        return cls(
            data["name"],
            data["input_sha256"],
            data["output_sha256"],
            tuple((s, e, base64.b64decode(b)) for s, e, b in data["edits"]),
            tuple(tuple(m) for m in data["mapping"]),
        )


def entry(
    name: str,
    original: str,
    redacted: str,
    edits: tuple[Edit, ...],
    encoding: str,
    bom: bool,
    mapping: list[tuple[str, str, str]] = (),
) -> Entry:
    """The vault entry of a text redacted into `redacted`, both written in `encoding` (and BOM).
    Raises VaultError when the edits would not give the input back (they always should)."""
    data_in = textio.encode(original, encoding, bom)
    data_out = textio.encode(redacted, encoding, bom)
    bom_size = len(textio.encode("", encoding, bom))
    byte_edits = tuple(byte_spans(redacted, edits, encoding, bom_size))
    if put_back(data_out, byte_edits) != data_in:
        raise VaultError("the redaction cannot be undone byte for byte")
    return Entry(name, _sha256(data_in), _sha256(data_out), byte_edits, tuple(mapping))


def record(name: str, decoded: textio.Decoded, result) -> Entry:
    """The entry of a file (`decoded` as read) redacted into `result` (a `Redaction` or a
    `FileRedaction`)."""
    mapping = sorted(mappings(decoded.text, result))
    return entry(
        name, decoded.text, result.text, result.edits, decoded.encoding, decoded.bom, mapping
    )


def mappings(text: str, result) -> set[tuple[str, str, str]]:
    """(entity, replacement, original) of each finding of `result` in `text`."""
    pairs = zip(result.findings, result.replacements, strict=True)
    return {(f.entity_type, new, f.value(text)) for f, new in pairs}


def byte_spans(text: str, edits, encoding: str, offset: int = 0):
    """The edits of `text` in the bytes of its encoding (after `offset` bytes: a BOM, or the
    pieces of a streamed file written before)."""
    last, at = 0, offset
    for e in edits:
        at += len(textio.encode(text[last : e.start], encoding, bom=False))
        size = len(textio.encode(text[e.start : e.end], encoding, bom=False))
        yield at, at + size, textio.encode(e.original, encoding, bom=False)
        at += size
        last = e.end


def put_back(data: bytes, edits) -> bytes:
    """`data` with the originals back in place of their replacements."""
    out, last = [], 0
    for start, end, original in edits:
        out += [data[last:start], original]
        last = end
    out.append(data[last:])
    return b"".join(out)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Vault:
    """The entries of a vault file, by output hash. `open` reads an existing vault (with its
    key) so a new run adds to it instead of losing what the last one recorded."""

    def __init__(self, path: Path, key: bytes, entries: dict[str, Entry] | None = None):
        self.path, self.key = Path(path), key
        self.entries: dict[str, Entry] = entries or {}

    @classmethod
    def open(cls, path: Path, key: bytes) -> Vault:
        path = Path(path)
        if not path.exists():
            return cls(path, key)
        return cls(path, key, load(path, key))

    def add(self, item: Entry) -> None:
        self.entries[item.output_sha256] = item

    def save(self) -> None:
        save(self.path, self.key, self.entries)

    def restore(self, data: bytes) -> bytes:
        """The input that was redacted into `data`, byte for byte."""
        found = self.entries.get(_sha256(data))
        if found is None:
            raise VaultError("not in the vault, or changed since it was redacted")
        restored = put_back(data, found.edits)
        if _sha256(restored) != found.input_sha256:
            raise VaultError("the vault's edits do not give the input back")
        return restored


def save(path: Path, key: bytes, entries: dict[str, Entry]) -> None:
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(12)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {**KDF, "salt": _b64(salt)},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
    }
    plain = json.dumps([e.to_json() for e in entries.values()], ensure_ascii=False).encode()
    sealed = AESGCM(_derive(key, header)).encrypt(nonce, zlib.compress(plain), _aad(header))
    text = json.dumps({**header, "ciphertext": _b64(sealed)}, indent=1)
    textio.write_bytes_atomic(path, (text + "\n").encode())


def load(path: Path, key: bytes) -> dict[str, Entry]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise VaultError(f"{path}: not a redact vault")
        if data.get("version") != VERSION:
            raise VaultError(f"{path}: vault version {data.get('version')} is not supported")
        header = {k: v for k, v in data.items() if k != "ciphertext"}
        _check_kdf(path, header["kdf"])
        sealed = base64.b64decode(data["ciphertext"])
        plain = AESGCM(_derive(key, header)).decrypt(
            base64.b64decode(header["nonce"]), sealed, _aad(header)
        )
    except VaultError:
        raise
    except InvalidTag:
        raise VaultError(
            f"{path}: the vault does not open with this key (or was changed)"
        ) from None
    except OSError as e:
        raise VaultError(f"{path}: cannot read the vault ({e.strerror})") from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise VaultError(f"{path}: not a redact vault (damaged)") from None
    items = [Entry.from_json(d) for d in json.loads(zlib.decompress(plain))]
    return {e.output_sha256: e for e in items}


def _check_kdf(path: Path, kdf: dict) -> None:
    """Refuse, before any work, key derivation parameters this version does not write."""
    params = {k: v for k, v in kdf.items() if k != "salt"}
    exact = all(type(params.get(k)) is type(v) for k, v in KDF.items())  # 8.0, True are not 8, 1
    salt = base64.b64decode(kdf["salt"], validate=True)
    if not exact or params != KDF or len(salt) != SALT_BYTES:
        raise VaultError(
            f"{path}: the vault's key derivation is not the one this version writes "
            f"(scrypt n={SCRYPT_N}, r={SCRYPT_R}, p={SCRYPT_P}): changed or damaged"
        )


def _derive(key: bytes, header: dict) -> bytes:
    kdf = header["kdf"]
    scrypt = Scrypt(
        salt=base64.b64decode(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]
    )
    return scrypt.derive(key)


def _aad(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
