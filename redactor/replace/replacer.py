"""What each finding becomes, by the operator its entity has (`policy.py`).

A `Replacer` keeps the state that makes replacements consistent across the texts it replaces in
(the messages of a chat, the files of a batch): the placeholder numbering, the people and
addresses already met, and which surrogate names are taken by whom.

    replacer = Replacer(policy.parse(["fake", "PHONE_NUMBER=mask"]))
    replacer.replace(text, engine.analyze(text))   # ['Сергею Андреевичу', '+7 9** ***-**-89']
"""

from __future__ import annotations

import hashlib
import hmac
import re

from redactor.detect import morph
from redactor.entities import EMAIL_ADDRESS, PERSON, PLACEHOLDERS
from redactor.finding import Finding
from redactor.replace import preview, surrogates
from redactor.replace.placeholders import GROUPED, Labeller, identity
from redactor.replace.policy import FAKE, HASH, MASK, PLACEHOLDER, REMOVE, Policy
from redactor.replace.surrogates import latin
from redactor.replace.surrogates.name_readings import Taken, held_by
from redactor.replace.surrogates.names import surrogate_word

WORD = re.compile(r"\d+|[^\W\d_]+")
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{2,}")
WORD_PARTS = re.compile(r"([^A-Za-zА-Яа-яЁё]+)")  # «ivan.petrov87» → ivan | . | petrov | 87
HASH_HEX = 8  # 32 bits: two values of one batch share a hash once in four billion pairs


class Replacer:
    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy()
        self.labeller = Labeller()
        self.taken = Taken()  # surrogate name parts → the original lemma that holds each
        self.spellings: dict[str, str] = {}  # Cyrillic names met, by their Latin (`latin.py`)
        self.people: dict[Finding, str] = {}  # the surrogate of each name in the text at hand
        self.failures = 0  # surrogates that could not be drawn (their placeholder stands)
        self.canonical: dict[tuple[str, object], str] = {}  # (entity, group) → its fullest form

    def replace(self, text: str, findings: list[Finding]) -> list[str]:
        """The replacement of each finding, in order."""
        labels = self.labeller.label(text, findings)
        if self.policy.uses(HASH):
            self._name_groups(text, findings)
        self.people = {}
        if self.policy.operator(PERSON) == FAKE:
            people = [f for f in findings if f.entity_type == PERSON]
            names = [f.value(text) for f in people]
            latin.learn(self.spellings, [w for n in names for w in CYRILLIC_WORD.findall(n)])
            try:
                drawn = surrogates.fake_names(names, self.policy.key, self.taken, self.spellings)
            except Exception:  # noqa: BLE001 (see `_surrogate`)
                drawn = [""] * len(names)
                self.failures += len(names)
            self.people = dict(zip(people, drawn, strict=True))
        return [self._one(text, f, label) for f, label in zip(findings, labels, strict=True)]

    def _one(self, text: str, finding: Finding, label: str) -> str:
        operator, value = self.policy.operator(finding.entity_type), finding.value(text)
        if operator == PLACEHOLDER:
            return label
        if operator == REMOVE:
            return ""
        if operator == MASK:
            return preview.mask(value, finding.entity_type)
        if operator == HASH:
            return self._hash(finding, value)
        assert operator == FAKE, operator
        if finding.entity_type == PERSON:  # drawn for the whole text at once (`replace`)
            surrogate = self.people[finding]
        else:
            surrogate = self._surrogate(finding.entity_type, value)
        # A value no surrogate fits (nothing left to replace) keeps its placeholder: the
        # original must never stay.
        return surrogate if surrogate and surrogate != value else label

    def _surrogate(self, entity_type: str, value: str) -> str:
        """A surrogate, or "" (the placeholder) where drawing one failed: surrogates read words
        pymorphy3 may never have seen, and a file of a batch must not be lost to one of them.
        The placeholder leaks nothing; `failures` counts them, and the benchmark's run over the
        real corpora (docs/benchmarks.md §9) keeps them at none."""
        try:
            surrogate = surrogates.fake(entity_type, value, self.policy.key)
            if entity_type == EMAIL_ADDRESS and surrogate:
                surrogate = self._named_email(value, surrogate)
            return surrogate
        except Exception:  # noqa: BLE001
            self.failures += 1
            return ""

    def _named_email(self, value: str, surrogate: str) -> str:
        """An address spelled from the names of the text gets their surrogates' spelling:
        «ivan.petrov@…» of Иван Петров becomes «viktor.shubin@…» of his surrogate, and a
        dictated «иван точка петров собака…» «виктор точка шубин собака…», not letters drawn at
        random. The other parts keep what the e-mail surrogate drew."""
        local, at, _ = value.partition("@")
        drawn, _, domain = surrogate.partition("@")
        if not at:  # dictated: the whole value is words
            local, drawn, domain = value, surrogate, None
        old, new = WORD_PARTS.split(local), WORD_PARTS.split(drawn)
        if len(old) != len(new):
            return surrogate
        named = [self._named_part(o) or n for o, n in zip(old, new, strict=True)]
        if named == new:
            return surrogate
        return "".join(named) + ("" if domain is None else "@" + domain)

    def _named_part(self, word: str) -> str | None:
        """The surrogate of a name word of the text, spelled as `word` is (Latin or Cyrillic,
        its case): None for a word that is no name met in the text."""
        if len(word) < 3:
            return None
        cyrillic = (
            word if CYRILLIC_WORD.fullmatch(word) else self.spellings.get(latin.skeleton(word))
        )
        readings = morph.word_info(cyrillic).name_readings if cyrillic else ()
        if not any(held_by(self.taken, r.part, r.lemma) for r in readings):
            return None
        new = surrogate_word(cyrillic, self.policy.key, self.taken)
        new = new if cyrillic is word else latin.to_latin(new.lower())
        if word.isupper():
            return new.upper()
        return new.capitalize() if word[0].isupper() else new.lower()

    def _hash(self, finding: Finding, value: str) -> str:
        kind = finding.entity_type
        if kind in GROUPED:
            # One person, one hash, whatever the form: the group's fullest mention decides.
            name = self.canonical[kind, self.labeller.last_groups[finding]]
        else:
            name = identity(kind, value)
        mac = hmac.new(self.policy.key, f"{kind}\x1f{name}".encode(), hashlib.sha256)
        return f"[{PLACEHOLDERS.get(kind, kind)}:{mac.hexdigest()[:HASH_HEX]}]"

    def _name_groups(self, text: str, findings: list[Finding]) -> None:
        """The name of each person and address first met in `text`: its fullest mention's
        words as lemmas, sorted («Ивану Петрову» and «Петров Иван» are alike). A group met in
        an earlier text of the batch keeps the name it got there."""
        fullest: dict[tuple[str, object], str] = {}
        for f in findings:
            if f.entity_type in GROUPED:
                group = (f.entity_type, self.labeller.last_groups[f])
                words = _lemmas(f.entity_type, f.value(text))
                if len(words) > len(fullest.get(group, "").split()):
                    fullest[group] = " ".join(sorted(words))
        for group, name in fullest.items():
            self.canonical.setdefault(group, name)


def _lemmas(entity_type: str, value: str) -> list[str]:
    words = WORD.findall(value)
    if entity_type == PERSON:
        return [_name_lemma(w) if len(w) > 1 else w.lower() for w in words]
    return [w if w[0].isdigit() else morph.lemma(w) for w in words]


def _name_lemma(word: str) -> str:
    info = morph.word_info(word)
    best = max(info.name_readings, key=lambda r: r.score, default=None)
    return best.lemma if best else info.lemma
