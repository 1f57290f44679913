"""Living with false positives: an allowlist, an inline marker and a baseline.

- Allowlist: exact values, listed in the config as salted SHA-256 hashes (the config is committed,
  so it must not hold the values themselves), and regexes a whole value must match.
- Marker: a line containing `redact: allow` (`# redact: allow`, `// redact: allow`) is silenced.
- Baseline: fingerprints of the findings accepted once (`--update-baseline`), so only new ones
  fail; like detect-secrets' baseline it stores hashes, never values. The fingerprints are keyed
  (`fingerprint.py`): the baseline names its key by an id and is read only with that key.

To allow a value, print the line to paste into the config (the salt comes from the config found
from the current folder; a new one is printed when it has none). With no argument the value is
read from stdin, so it does not stay in the shell history:

    python -m redactor.check.allow                 # asks for the value, not echoed
    pbpaste | python -m redactor.check.allow
    python -m redactor.check.allow "+7 900 000-00-00"
"""

from __future__ import annotations

import getpass
import hashlib
import json
import re
import secrets
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from redactor.check.fingerprint import CHECK_KEY_ENV, KEY_ID_HEX, FingerprintKey
from redactor.config import ConfigError, Settings, load
from redactor.detect.marker import MARKER
from redactor.files import textio

BASELINE_VERSION = 2  # 1: unkeyed fingerprints, refused (they can be reversed)
BASELINE_KEYS = ("version", "key_id", "fingerprints")
KEY_ID_RE = re.compile(f"[0-9a-f]{{{KEY_ID_HEX}}}")
# Fingerprints are hashes (hex or base64, maybe prefixed "sha256:"): a string with spaces or
# Cyrillic in a baseline is refused, as it would be a value stored by mistake.
FINGERPRINT_RE = re.compile(r"[A-Za-z0-9:_+/=.-]{8,200}")


def normalize(value: str) -> str:
    """The form that is hashed: `Иван  Петров` and `иван петров` are the same allowed value."""
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


def salted_hash(value: str, salt: str) -> str:
    """`sha256:<hex>` of salt + normalized value. The salt stops a dictionary attack on short
    values (every phone number can be hashed in minutes; with a per-project salt, per project)."""
    digest = hashlib.sha256((salt + normalize(value)).encode("utf-8")).hexdigest()
    return f"sha256:{digest}"


def hash_for_config(value: str, salt: str) -> str:
    """The line to paste into `values = [...]` of the allow table."""
    return f'"{salted_hash(value, salt)}",'


def line_of(text: str, start: int, end: int) -> str:
    """The whole line(s) around a finding at text[start:end], where an inline marker may be."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : len(text) if last < 0 else last]


class Allowlist:
    """Decides whether one finding is a known false positive."""

    def __init__(self, settings: Settings):
        self.salt = settings.allow_salt
        self.values = settings.allow_values
        self.patterns = settings.allow_patterns

    def allows(self, entity_type: str, value: str, line_text: str) -> bool:
        # entity_type is not used yet: allowed values and patterns hold for every entity.
        if MARKER.search(line_text):
            return True
        if self.values and salted_hash(value, self.salt) in self.values:
            return True
        return any(p.fullmatch(value) for p in self.patterns)


class Baseline:
    """The fingerprints of accepted findings; a finding whose fingerprint is here does not fail.
    `key_id` names the key the fingerprints were made with (`FingerprintKey.key_id`)."""

    def __init__(self, fingerprints: Iterable[str] = (), key_id: str = ""):
        self.fingerprints = frozenset(fingerprints)
        self.key_id = key_id

    @classmethod
    def from_fingerprints(cls, fingerprints: Iterable[str], key_id: str) -> Baseline:
        fingerprints = list(fingerprints)
        for fp in fingerprints:
            if not isinstance(fp, str) or not FINGERPRINT_RE.fullmatch(fp):
                raise ValueError("a fingerprint must be a hash string, never a value")
        return cls(fingerprints, key_id)

    @classmethod
    def load(cls, path: str | Path, key: FingerprintKey) -> Baseline:
        """The baseline at `path`, whose fingerprints must have been made with `key`."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError(f"{path}: cannot read the baseline ({e.strerror})") from None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ConfigError(f"{path}: not a baseline (not valid JSON)") from None
        version = data.get("version") if isinstance(data, dict) else None
        if version == 1:
            raise ConfigError(
                f"{path}: a version 1 baseline holds unkeyed fingerprints, which can be "
                f"reversed; write it anew with a key (--key-file or {CHECK_KEY_ENV}) and "
                "--update-baseline"
            )
        if version != BASELINE_VERSION:
            raise ConfigError(f'{path}: not a baseline (expected {{"version": 2, ...}})')
        fingerprints, key_id = data.get("fingerprints"), data.get("key_id")
        if set(data) != set(BASELINE_KEYS) or not isinstance(fingerprints, list):
            raise ConfigError(f"{path}: not a baseline (expected keys {', '.join(BASELINE_KEYS)})")
        if not isinstance(key_id, str) or not KEY_ID_RE.fullmatch(key_id):
            raise ConfigError(f"{path}: key_id: expected {KEY_ID_HEX} hex digits")
        if not key.keyed:
            raise ConfigError(
                f"{path}: a baseline needs the key it was written with: --key-file or "
                f"{CHECK_KEY_ENV}"
            )
        if key_id != key.key_id:
            raise ConfigError(f"{path}: the baseline was written with another key")
        try:
            return cls.from_fingerprints(fingerprints, key_id)
        except ValueError:
            raise ConfigError(f"{path}: fingerprints: expected hash strings") from None

    def save(self, path: str | Path) -> None:
        """Sorted, one per line: a re-run that changes nothing leaves `git diff` empty."""
        data = {
            "version": BASELINE_VERSION,
            "key_id": self.key_id,
            "fingerprints": sorted(self.fingerprints),
        }
        text = json.dumps(data, indent=2) + "\n"
        textio.write_text_atomic(path, text, encoding="utf-8", bom=False)

    def contains(self, fingerprint: str) -> bool:
        return fingerprint in self.fingerprints

    __contains__ = contains

    def __len__(self) -> int:
        return len(self.fingerprints)


def main(argv: list[str]) -> int:
    if argv:
        value = argv[0]
    elif sys.stdin.isatty():  # typed, not echoed: it stays off the screen and out of the history
        value = getpass.getpass("value to allow: ")
    else:
        value = sys.stdin.read().rstrip("\n")
    if not value.strip():
        print(
            "usage: python -m redactor.check.allow [VALUE]  (or the value on stdin)",
            file=sys.stderr,
        )
        return 2
    try:
        salt = load(Path.cwd()).allow_salt
    except ConfigError as e:
        print(e, file=sys.stderr)
        return 2
    if not salt:
        salt = secrets.token_hex(16)
        print("# no salt in the config yet: add this one to the allow table", file=sys.stderr)
        print(f'salt = "{salt}"')
    print(hash_for_config(value, salt))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
