"""Which PERSON mentions name the same person: «Иван Петров», «Ивану Петрову», «Петрова Ивана»,
«Иван», «Петров И. С.», «Ваня» are one person.

Each word of a mention becomes the set of its possible dictionary forms (pymorphy3 reads
«Петровой» as the surname «петров», «Ивану» as the name «иван»); an initial matches any word with
its first letter. A mention joins a person whose fullest mention contains all of its words.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.translit import latin_info
from redactor.finding import Finding
from redactor.replace import identity
from redactor.replace.surrogates.name_lists import DIMINUTIVE_OF

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
PLAIN = "~plain"
LATIN = re.compile(r"[A-Za-z]")


def identities(text: str, mentions: list[Finding], known: list | None = None) -> list[int]:
    return identity.group([_words(m.value(text)) for m in mentions], len, _contained, known)


def _words(mention: str) -> list[frozenset[str]]:
    return [_forms(w) for w in WORD.findall(mention)]


def _forms(word: str) -> frozenset[str]:
    if len(word) == 1:
        return frozenset({"initial:" + word.lower()})
    # A Latin word is read through its transliteration: «Sergey» is «Сергей».
    info = latin_info(word) if LATIN.match(word) else morph.word_info(word)
    forms = {word.lower(), info.lemma}
    forms.update(r.lemma for r in info.name_readings)
    # A diminutive is its full name too: «Аня», «Ане» are Анна («Саша» is no one name).
    forms.update(DIMINUTIVE_OF[f] for f in list(forms) if f in DIMINUTIVE_OF)
    if not info.name_readings:
        forms.add(PLAIN)  # no name reading: it matches no initial («kotik_98» is not «Sergey K»)
    return frozenset(forms)


def _matches(a: frozenset[str], b: frozenset[str]) -> bool:
    initials_a = {f[8:] for f in a if f.startswith("initial:")}
    initials_b = {f[8:] for f in b if f.startswith("initial:")}
    if initials_a and initials_b:
        return bool(initials_a & initials_b)
    if initials_a:
        return PLAIN not in b and any(f[:1] in initials_a for f in b)
    if initials_b:
        return PLAIN not in a and any(f[:1] in initials_b for f in a)
    return bool((a & b) - {PLAIN})


def _contained(full: list[frozenset[str]], words: list[frozenset[str]]) -> bool:
    """Every word of the shorter mention matches a distinct word of the fuller one."""
    free = list(full)
    for w in words:
        for j, f in enumerate(free):
            if _matches(w, f):
                del free[j]
                break
        else:
            return False
    # A lone initial says too little to join anyone by itself.
    return any(not next(iter(w)).startswith("initial:") for w in words)
