"""Numbered placeholders ([ИМЯ_1], [ТЕЛЕФОН_2]) that follow the person or value, not the string.

Numbers are given in order of first mention. Two mentions share a number when they have the same
identity: the same digits for a phone or card («8 912…», «+7 912…», «восемь девятьсот
двенадцать…»), the same person (`people.py`: «Ивану Петрову» and «Петров» are one person), the
same address however its type words are spelled (`addresses.py`), the same e-mail up to case.
"""

from __future__ import annotations

import re

from redactor.detect.normalize import normalize
from redactor.detect.recognizers.spoken_email import spelled
from redactor.entities import (
    ADDRESS,
    CREDIT_CARD,
    EMAIL_ADDRESS,
    HANDLE,
    PERSON,
    PHONE_NUMBER,
    PLACEHOLDERS,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OGRNIP,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
)
from redactor.finding import Finding
from redactor.replace import addresses, people

# Documents known by their number, whatever words sit between its groups.
NUMBERED = {
    RU_PASSPORT,
    RU_DRIVER_LICENSE,
    RU_SNILS,
    RU_INN,
    RU_OMS,
    RU_BANK_ACCOUNT,
    RU_OGRNIP,
}
MIN_NUMBER_DIGITS = 6
TELEGRAM_PEER = re.compile(r"^(?:user|chat|channel)(?=\d+$)")  # an export's peer id prefix
# Entities whose mentions are grouped by meaning rather than by a normalized string.
GROUPED = {PERSON: people.identities, ADDRESS: addresses.identities}


class Labeller:
    """Numbers placeholders across texts: the same person, phone or address gets the same
    number in every text it labels (the files of one batch, the messages of one chat)."""

    def __init__(self) -> None:
        self.numbers: dict[str, dict[object, int]] = {}
        self.founders: dict[str, list] = {entity_type: [] for entity_type in GROUPED}
        self.last_groups: dict[Finding, int] = {}  # the group of each person or address just met

    def label(self, text: str, findings: list[Finding]) -> list[str]:
        grouped = {}
        for entity_type, identities in GROUPED.items():
            mentions = [f for f in findings if f.entity_type == entity_type]
            ids = identities(text, mentions, self.founders[entity_type])
            grouped.update(zip(mentions, (("group", i) for i in ids), strict=True))
        self.last_groups = {f: key[1] for f, key in grouped.items()}
        labels = []
        for f in findings:
            key = grouped[f] if f in grouped else identity(f.entity_type, f.value(text))
            seen = self.numbers.setdefault(f.entity_type, {})
            number = seen.setdefault(key, len(seen) + 1)
            stem = PLACEHOLDERS.get(f.entity_type, f.entity_type)
            labels.append(f"[{stem}_{number}]")
        return labels


def identity(entity_type: str, value: str) -> str:
    if entity_type in (PHONE_NUMBER, CREDIT_CARD):
        # Spoken, whole or in part: «восемь девятьсот…» and «8 девятьсот 16…» are «8916…»;
        # digits alone come back unchanged.
        value = normalize(value).text
    if entity_type == PHONE_NUMBER:
        digits = re.sub(r"\D", "", value)
        # 8 and +7 are the same Russian prefix; the last ten digits name the line.
        return digits[-10:] if len(digits) >= 10 else digits
    if entity_type == CREDIT_CARD:
        return re.sub(r"[^\d*]", "", value)
    if entity_type == HANDLE:
        # «@ivan_petrov» and «t.me/ivan_petrov» are one account; so are Telegram's «user4711»
        # (a message's `from_id`) and 4711 (the id of the personal chat with that user).
        account = value.rstrip("/").rsplit("/", 1)[-1].lstrip("@").lower()
        return TELEGRAM_PEER.sub("", account)
    if entity_type == EMAIL_ADDRESS:
        # Dictated or written: «ivan собака gmail ком» and «ivan@gmail.com» are one address.
        return re.sub(r"\W+", " ", spelled(value).lower()).strip()
    # Identifiers, dates, codes: the same characters whatever the spacing, the case or the way
    # it was said («45 12 345678», «4512345678», «сорок пять двенадцать…»).
    value = normalize(value).text.lower()
    digits = re.sub(r"\D", "", value)
    if entity_type in NUMBERED and len(digits) >= MIN_NUMBER_DIGITS:
        return digits  # «45 12 номер 345678» and «4512 345678» are one passport
    return re.sub(r"[\W_]+", "", value)
