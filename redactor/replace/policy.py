"""How each entity is replaced (its operator) and the secret key behind hashes and surrogates.

    placeholder  numbered, the default          «Ивану Петрову» → «[ИМЯ_1]»
    mask         shape kept, a few signs shown  «+7 912 345-67-89» → «+7 9** ***-**-89»
    hash         keyed HMAC, joinable           «+7 912 345-67-89» → «[ТЕЛЕФОН:5f3a9c1e]»
    remove       nothing left                   «позвоните Ивану» → «позвоните »
    fake         a realistic surrogate          «позвоните Ивану Петровичу» → «позвоните
                                                Сергею Андреевичу»

On the command line: `--operator fake` for every entity, `--operator PERSON=fake` for one,
`--operator PHONE_NUMBER,CREDIT_CARD=mask` for several; in `.redact.toml`: `operator = "fake"` and
an `[operators]` table. Hashes and surrogates come from a secret key (`--key-file`, or the
REDACT_KEY environment variable): with the same key two batches cleaned a week apart agree.
Without one, a random key serves one run: consistent within it, never across runs.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from redactor.entities import ALL

PLACEHOLDER, MASK, HASH, REMOVE, FAKE = "placeholder", "mask", "hash", "remove", "fake"
OPERATORS = (PLACEHOLDER, MASK, HASH, REMOVE, FAKE)
KEY_ENV = "REDACT_KEY"
VAULT_KEY_ENV = "REDACT_VAULT_KEY"  # the vault's own key (`vault.py`), when it is not KEY_ENV's
# A key shorter than this is a password anyone could guess by trying: hashes of phones would
# then be reversible by brute force over every phone number.
MIN_KEY_BYTES = 16


class PolicyError(ValueError):
    """An operator spec or a key that cannot be used; the message never quotes a key."""


@dataclass(frozen=True)
class Policy:
    default: str = PLACEHOLDER
    # (entity, operator) pairs, not a mapping: a policy travels to batch workers by pickle.
    operators: tuple[tuple[str, str], ...] = ()
    key: bytes = field(default_factory=lambda: os.urandom(32), repr=False)
    keyed: bool = False  # whether the user gave the key (else it lives for one run)

    def operator(self, entity_type: str) -> str:
        return dict(self.operators).get(entity_type, self.default)

    def uses(self, *names: str) -> bool:
        return self.default in names or any(op in names for _, op in self.operators)

    def digest(self) -> str:
        """What decides the output besides the input, for a resumed batch: the operators and,
        where hashes or surrogates depend on it, the key's own HMAC (never the key). A run
        without a key draws a new one, so a resumed run redoes what the last one drew."""
        ops = ",".join(f"{k}={v}" for k, v in sorted(self.operators))
        if not self.uses(HASH, FAKE):
            return f"{self.default};{ops}"
        key = hmac.new(self.key, b"redact policy", hashlib.sha256).hexdigest()[:16]
        return f"{self.default};{ops};{key}"


def parse(specs: Iterable[str], base: Policy | None = None) -> Policy:
    """`["fake", "PHONE_NUMBER=mask", "ru_inn,ru_snils=hash"]` on top of `base`."""
    base = base or Policy()
    default, operators = base.default, dict(base.operators)
    for spec in specs:
        names, sep, op = spec.rpartition("=")
        op = op.strip().lower()
        if op not in OPERATORS:
            raise PolicyError(f"unknown operator {op!r}; valid: {', '.join(OPERATORS)}")
        if not sep:
            default = op
            continue
        for name in (n.strip().upper() for n in names.split(",")):
            if name not in ALL:
                raise PolicyError(f"unknown entity {name}; valid: {', '.join(ALL)}")
            operators[name] = op
    return Policy(default, tuple(sorted(operators.items())), base.key, base.keyed)


def with_key(policy: Policy, key: bytes | None) -> Policy:
    if key is None:
        return policy
    return Policy(policy.default, policy.operators, key, keyed=True)


def read_vault_key(path: Path | None, fallback: bytes | None) -> bytes | None:
    """The vault's own key (`--vault-key-file`, VAULT_KEY_ENV), else `fallback`: the key of
    hashes and surrogates."""
    return read_key(path, VAULT_KEY_ENV) or fallback


def read_key(path: Path | None, env: str = KEY_ENV) -> bytes | None:
    """The key from a file (its first line) or from the environment variable; None if neither.
    A key on the command line would be seen by every user of the machine in `ps`."""
    if path is not None:
        try:
            raw = Path(path).read_bytes()
        except OSError as e:
            raise PolicyError(f"{path}: cannot read the key file ({e.strerror})") from None
        key = raw.splitlines()[0].strip() if raw.strip() else b""
        where = str(path)
    elif os.environ.get(env):
        key, where = os.environ[env].strip().encode(), env
    else:
        return None
    if len(key) < MIN_KEY_BYTES:
        raise PolicyError(f"{where}: the key must be at least {MIN_KEY_BYTES} bytes long")
    return key
