"""How each word of an original name is read: its part, lemma, gender and case, chosen so that
the words of a mention agree («Анна Петрова»: nominative feminine; «Ивана Петрова»: genitive
masculine) and so that a document's mentions agree with each other («гавриле» is Гаврила's once
«Гаврила» was met).

    >>> [(r.part, r.lemma, r.case) for r in agreeing(["Ивану", "Петровичу"])]
    [('Name', 'иван', 'datv'), ('Patr', 'петрович', 'datv')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from redactor.detect.morph import NAME, NAME_PARTS, PATRONYMIC, SURNAME, analyzer
from redactor.replace.surrogates.name_lists import DIMINUTIVE_OF, EITHER_GENDER

DIMINUTIVE = "Dimin"  # our own part: a short form like «Саша» (pymorphy3 tags it Name)
FIXED = "Fixd"  # pymorphy3's grammeme of words that do not decline
FIXED_WEIGHT = 0.1  # the weight of such a reading in the vote on a mention's gender and case
ALL_DIMINUTIVES = set(DIMINUTIVE_OF) | set(EITHER_GENDER)
# pymorphy3's extra cases fold into the six of agreement («в лесу» loc2 → loct).
CASE_OF = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn", "gen1": "gent"}


class Taken(dict):
    """(part, surrogate lemma) → the original lemma that holds it, for a document or a batch;
    indexed the other way too, since a batch's names run into the thousands."""

    def __init__(self) -> None:
        super().__init__()
        self.holders: dict[tuple[str, str], list[str]] = {}  # (part, original) → surrogates

    def __setitem__(self, key: tuple[str, str], original: str) -> None:
        super().__setitem__(key, original)
        held = self.holders.setdefault((key[0], original), [])
        if key[1] not in held:
            held.append(key[1])

    def setdefault(self, key: tuple[str, str], original: str) -> str:
        if key not in self:
            self[key] = original
        return self[key]


@dataclass(frozen=True)
class Reading:
    """How one word of the original is read: «Ивану» → Name иван masc datv."""

    part: str  # Name / Surn / Patr / Dimin
    lemma: str
    gender: str | None
    case: str
    fixed: bool = False  # does not decline: «Шевченко»
    score: float = 1.0
    word: str = ""  # the word as written, lowercase


@lru_cache(maxsize=20_000)
def word_readings(word: str) -> list[Reading]:
    """Every pymorphy3 parse of the word as a name part; a known diminutive's common-noun parse
    («мишка») counts as a diminutive; a word pymorphy3 only guesses is read by its surname
    ending when it has one (`_guessed_surname`)."""
    out = []
    parses = analyzer().parse(word.lower())
    if not any(p.is_known and any(t in p.tag for t in NAME_PARTS) for p in parses):
        if guessed := _guessed_surname(word.lower()):
            return guessed
    for p in parses:
        part = next((t for t in NAME_PARTS if t in p.tag), None)
        if part is None and p.normal_form in DIMINUTIVE_OF and p.tag.number == "sing":
            part = NAME
        if part is None or p.tag.number == "plur":
            continue
        gender, lemma = p.tag.gender, p.normal_form
        if part == NAME and lemma.endswith(SURNAME_ONLY_ENDINGS):  # «Меркушева»: no first name
            part, lemma = SURNAME, lemma[:-1]
        if part == NAME and (lemma in ALL_DIMINUTIVES or gender not in ("masc", "femn")):
            part = DIMINUTIVE
        case = CASE_OF.get(p.tag.case, p.tag.case)
        out.append(Reading(part, lemma, gender, case, FIXED in p.tag, p.score, word.lower()))
    return out


# Endings of Russian surnames of the -ов/-ев/-ин type: (ending, lemma ending, readings).
SURNAME_FORMS = [
    (("овой", "евой", "ёвой", "иной", "ыной"), ("femn", "gent"), ("femn", "datv"),
     ("femn", "ablt"), ("femn", "loct")),
    (("ову", "еву", "ёву", "ину", "ыну"), ("masc", "datv"), ("femn", "accs")),
    (("ова", "ева", "ёва", "ина", "ына"), ("masc", "gent"), ("masc", "accs"), ("femn", "nomn")),
    (("овым", "евым", "ёвым", "иным", "ыным"), ("masc", "ablt")),
    (("ове", "еве", "ёве", "ине", "ыне"), ("masc", "loct")),
    (("ов", "ев", "ёв", "ин", "ын"), ("masc", "nomn")),
]  # fmt: skip


def _guessed_surname(word: str) -> list[Reading]:
    """A word pymorphy3 does not know, read by a surname ending: «Лыткиной» is Лыткин's wife's
    genitive, dative, instrumental or locative, not a man named «Лыткиной»."""
    for endings, *forms in SURNAME_FORMS:
        ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 2), None)
        if ending:
            lemma = word[: len(word) - len(ending)] + ending[:2]
            share = 1 / len(forms)
            return [Reading(SURNAME, lemma, g, c, score=share, word=word) for g, c in forms]
    return []


def agreeing(words: list[str], taken: Taken | None = None) -> list[Reading | None]:
    """One reading per word, all in the gender and case the words share best: «Анна Петрова»
    is nominative feminine, «Ивана Петрова» genitive masculine. Among readings that agree, one
    the document already holds wins («гавриле» is Гаврила's once «Гаврила» was met, not
    Гаврил's), then a patronymic right after a first name («Вадимом Александровичем»)."""
    readings = [word_readings(w) for w in words]
    after_name = [
        i > 0 and any(r.part == NAME for r in readings[i - 1]) for i in range(len(readings))
    ]
    # (gender, case) → [words that read so, their scores, first-name readings among them]
    votes: dict[tuple, list[float]] = {}
    for options in readings:
        best: dict[tuple, list[float]] = {}
        for r in options:
            # A word that does not decline says little about its case: «Шмидт».
            score = r.score * (FIXED_WEIGHT if r.fixed else 1)
            for gender in _genders(r):
                found = best.setdefault((gender, r.case), [0.0, 0])
                found[0] += score
                found[1] += r.part == NAME  # «Аделине»: Аделина's dative before Аделин's
        for reading, (score, names) in best.items():
            vote = votes.setdefault(reading, [0, 0.0, 0])
            vote[0], vote[1], vote[2] = vote[0] + 1, vote[1] + score, vote[2] + names
    # On a tie the nominative: «М. П. Владимирова» is rather she than his genitive.
    agreed = max(
        votes,
        key=lambda k: (votes[k][0], round(votes[k][1], 6), votes[k][2], k[1] == "nomn"),
        default=None,
    )
    chosen = [
        max(
            options,
            key=lambda r: (
                agreed is not None and (agreed[0], r.case) == agreed and agreed[0] in _genders(r),
                held_by(taken, r.part, r.lemma) is not None,
                r.part == PATRONYMIC and named,
                r.fixed == _mostly_fixed(options),
                r.score,
                r.part == NAME,
                # Of two equally likely readings, the lemma most of the word's readings belong
                # to: «гавриле» is rather Гаврила's (dative or locative) than Гаврил's.
                round(sum(o.score for o in options if o.lemma == r.lemma), 6),
            ),
            default=None,
        )
        for options, named in zip(readings, after_name, strict=True)
    ]
    return _second_name_as_surname(chosen)


def _genders(reading: Reading) -> tuple[str, ...]:
    """The genders a reading can agree with: a first name of either («Женя», «Саша»: pymorphy3
    gives them no gender) with both."""
    if reading.gender in ("masc", "femn"):
        return (reading.gender,)
    return ("masc", "femn") if reading.part in (NAME, DIMINUTIVE) else ()


def _mostly_fixed(options: list[Reading]) -> bool:
    """The word is rather a name that does not decline: its likeliest such reading outweighs all
    declined ones together («Нелли», not Нелля's genitive; but «Анне» is Анна's dative)."""
    fixed = max((r.score for r in options if r.fixed), default=0)
    return fixed > sum(r.score for r in options if not r.fixed)


# First names pymorphy3 guesses from a woman's surname: «Меркушева» is no first name.
SURNAME_ONLY_ENDINGS = ("ова", "ева", "ёва")
# Feminine surnames pymorphy3 reads as first names only («Субботиной»), back to their lemma.
SURNAME_ENDINGS = (("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ая", "ий"))


def _second_name_as_surname(readings: list[Reading | None]) -> list[Reading | None]:
    """«Анна Субботина» is no pair of first names: a later word read as a first name, of a
    surname's ending, after a first name, is the surname."""
    out, seen_name = [], False
    for r in readings:
        if r is not None and r.part == NAME and seen_name:
            ending = next((e for e in SURNAME_ENDINGS if r.lemma.endswith(e[0])), None)
            if ending or r.gender == "masc":
                lemma = r.lemma[: len(r.lemma) - len(ending[0])] + ending[1] if ending else r.lemma
                r = Reading(SURNAME, lemma, r.gender, r.case, r.fixed, r.score, r.word)
        seen_name = seen_name or (r is not None and r.part == NAME)
        out.append(r)
    return out


def held_by(taken: dict | None, part: str, lemma: str) -> str | None:
    """The surrogate lemma this original already holds in `taken`."""
    if isinstance(taken, Taken):
        held = taken.holders.get((part, lemma), ())
        return next((s for s in held if taken.get((part, s)) == lemma), None)
    for (held_part, surrogate), original in (taken or {}).items():
        if held_part == part and original == lemma:
            return surrogate
    return None
