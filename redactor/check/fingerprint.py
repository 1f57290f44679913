"""Fingerprints of findings, keyed by a secret, for baselines and SARIF's partialFingerprints.

Reports and baselines are published: SARIF goes to code scanning, the baseline is committed. A
plain hash of the value and the words around it gives the value back to anyone who tries every
phone number that fits the masked preview (seconds), and a salt stored beside the fingerprints
stops no one who has them. So a fingerprint is an HMAC under a key that is not published: CI
keeps it as a secret, developers in a key file.

    key = FingerprintKey(read_key(key_file))    # --key-file, REDACT_CHECK_KEY, else REDACT_KEY
    key.fingerprint(entity, value, context)      # 32 hex digits
    key.key_id                                    # 16 hex digits: which key wrote a baseline

Without a key (`FingerprintKey(None)`) a random one serves one run: its fingerprints tell the
findings of that report apart but match nothing else, and no baseline can be read or written.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from redactor.replace import policy

CHECK_KEY_ENV = "REDACT_CHECK_KEY"
FINGERPRINT_HEX = 32
KEY_ID_HEX = 16
# The user's key may also key hashes and surrogates (REDACT_KEY): each use derives its own.
_FINGERPRINTS = b"redact check: fingerprints"
_KEY_ID = b"redact check: key id"


def read_key(path: Path | None) -> bytes | None:
    """The key from `path` (--key-file), else CHECK_KEY_ENV, else the key of hashes and
    surrogates (REDACT_KEY); None if there is none. The rules are those of every key: a file's
    first line or the variable's value, surrounding whitespace stripped, at least 16 bytes."""
    return policy.read_key(path, CHECK_KEY_ENV) or policy.read_key(None, policy.KEY_ENV)


class FingerprintKey:
    """The secret behind one run's fingerprints; travels to workers by pickle."""

    def __init__(self, key: bytes | None = None):
        self.keyed = key is not None  # else a random key, for this run only
        secret = key if key is not None else os.urandom(32)
        self._secret = hmac.new(secret, _FINGERPRINTS, hashlib.sha256).digest()

    def __repr__(self) -> str:
        return f"FingerprintKey(keyed={self.keyed})"  # never the secret

    def fingerprint(self, entity_type: str, value: str, context: str) -> str:
        """A stable id of a finding: the same value in the same words, under the same key."""
        data = "\0".join((entity_type, value, context)).encode("utf-8", "surrogatepass")
        return hmac.new(self._secret, data, hashlib.sha256).hexdigest()[:FINGERPRINT_HEX]

    @property
    def key_id(self) -> str:
        """Names the key in a baseline, so another key is refused instead of failing every
        finding as new; it reveals nothing of the key."""
        return hmac.new(self._secret, _KEY_ID, hashlib.sha256).hexdigest()[:KEY_ID_HEX]
