"""Russian morphology through pymorphy3, cached per word form.

pymorphy3 parses about 10,000 words a second; word frequencies are Zipfian, so a per-form cache
makes lemmatisation and name tagging nearly free on the hot path.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3

# Name parts as pymorphy3 tags them (OpenCorpora grammemes).
NAME, SURNAME, PATRONYMIC = "Name", "Surn", "Patr"
NAME_PARTS = (NAME, SURNAME, PATRONYMIC)
# Grammemes of proper names: a name, a surname, a patronymic, a place, an organisation.
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# First names that pymorphy3's dictionary has only as places: «регистратура софия здравствуйте».
NAMES_READ_AS_PLACES = frozenset({"софия", "амелия"})


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True)
class NameReading:
    """One reading of a word as a part of a person's name."""

    part: str  # Name / Surn / Patr
    lemma: str  # dictionary form, lowercase («петровой» → «петров»)
    gender: str | None  # masc / femn / None
    case: str | None
    score: float  # pymorphy3's probability of this reading


@dataclass(frozen=True)
class WordInfo:
    lemma: str
    pos: str | None
    name_readings: tuple[NameReading, ...]
    name_score: float  # total probability that the word is a name part
    known: bool  # the dictionary knows the word (not guessed from its ending)
    is_geo: bool  # a toponym reading exists (Geox)
    possessive: bool  # a possessive-adjective reading exists: «Мишкин», «Петин» are surnames too
    animate: bool  # some reading names a living being; names always do
    common_score: float  # probability of the readings that are ordinary words, not proper names


@lru_cache(maxsize=200_000)
def word_info(word: str) -> WordInfo:
    """Morphological facts about one word form, lowercase-insensitive."""
    parses = analyzer().parse(word.lower())
    readings = []
    for p in parses:
        for part in NAME_PARTS:
            if part in p.tag:
                readings.append(NameReading(part, p.normal_form, p.tag.gender, p.tag.case, p.score))
                break
        else:
            if p.normal_form in NAMES_READ_AS_PLACES:
                readings.append(NameReading(NAME, p.normal_form, "femn", p.tag.case, p.score))
    best = parses[0]
    known = any(p.is_known for p in parses)
    return WordInfo(
        lemma=best.normal_form,
        pos=best.tag.POS,
        name_readings=tuple(readings),
        name_score=sum(r.score for r in readings),
        known=known,
        is_geo=any("Geox" in p.tag for p in parses),
        possessive=any("Poss" in p.tag for p in parses),
        animate=any("anim" in p.tag for p in parses),
        common_score=sum(p.score for p in parses if not (PROPER & p.tag.grammemes)),
    )


def lemma(word: str) -> str:
    return word_info(word).lemma
