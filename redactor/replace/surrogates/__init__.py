"""Surrogate values that replace personal data: realistic, consistent, reversible by key.

    fake("PERSON", "Ивану Петровичу", key)        → «Сергею Андреевичу»
    fake("PHONE_NUMBER", "+7 912 345-67-89", key) → «+7 905 118-42-07»

A name or an address is replaced word by word, each word by an HMAC of its lemma, so every form
of it gets the same surrogate («Иван», «Ивану», «Иван Петрович»). Any other value is drawn from
an HMAC of its identity (`placeholders.identity`: the same phone in two layouts, the same card
said in words), and poured into its own layout. One module per kind of value.
"""

from __future__ import annotations

import hashlib
import hmac
from importlib import import_module

from redactor.entities import (
    ADDRESS,
    CARD_EXPIRY,
    CREDIT_CARD,
    DATE_OF_BIRTH,
    EMAIL_ADDRESS,
    HANDLE,
    IP_ADDRESS,
    PERSON,
    PHONE_NUMBER,
    URL,
)

# entity → module of this package with `surrogate(value, seed) -> str`; the rest: `shape`.
MODULES = {
    PHONE_NUMBER: "phone",
    CREDIT_CARD: "card",
    EMAIL_ADDRESS: "email",
    IP_ADDRESS: "web",
    URL: "web",
    HANDLE: "web",
    DATE_OF_BIRTH: "dates",
    CARD_EXPIRY: "dates",
}
DEFAULT_MODULE = "shape"
TOLD = {"web", "dates"}  # modules for several kinds of value, told which


def fake(entity_type: str, value: str, key: bytes) -> str:
    """A surrogate for `value` ("" when none fits). A text's names are drawn together, with the
    state that keeps them consistent, by `fake_names`; here a name is drawn alone."""
    if entity_type == PERSON:
        return fake_names([value], key)[0]
    if entity_type == ADDRESS:
        from redactor.replace.surrogates.address import surrogate_address

        return surrogate_address(value, key)
    from redactor.replace.placeholders import identity

    name = MODULES.get(entity_type, DEFAULT_MODULE)
    if name == DEFAULT_MODULE and _whole_date(value):
        name = "dates"  # a passport's issue date («выдан 12.05.2015») stays a valid date
    module = import_module(f"{__name__}.{name}")
    drawn = seed(key, entity_type, identity(entity_type, value))
    try:
        if name in TOLD:
            return module.surrogate(value, drawn, entity_type)
        return module.surrogate(value, drawn)
    except ValueError:  # nothing to draw from («***»): the caller falls back to a placeholder
        return ""


def fake_names(
    mentions: list[str],
    key: bytes,
    taken: dict | None = None,
    spellings: dict[str, str] | None = None,
) -> list[str]:
    """Surrogates for the name mentions of one text, all at once: an initial said before its
    person's full name («П. сказал … Петров Иван») still follows it. A name in Latin letters
    is read as its Cyrillic form and its surrogate written back in Latin."""
    from redactor.replace.surrogates import latin
    from redactor.replace.surrogates.names import surrogate_names

    cyrillic = [latin.read_name(m, spellings) if latin.is_latin(m) else m for m in mentions]
    known = [c for c in cyrillic if c is not None]
    drawn = iter(surrogate_names(known, key, taken))
    return [
        "" if c is None else latin.to_latin(next(drawn)) if latin.is_latin(m) else next(drawn)
        for m, c in zip(mentions, cyrillic, strict=True)
    ]


def _whole_date(value: str) -> bool:
    from redactor.detect.dates import dates

    found = dates(value)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(value)


def seed(key: bytes, *parts: str) -> bytes:
    return hmac.new(key, "\x1f".join(parts).encode(), hashlib.sha256).digest()
