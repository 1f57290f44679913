"""Realistic Russian surrogate names that agree with the text around them.

«позвоните Ивану Петровичу» → «позвоните Сергею Андреевичу»: each word keeps its part (first name,
patronymic, surname, initial, diminutive), its case and gender, and its capitalization. The
surrogate lemma comes from an HMAC of the original's lemma, so «Иван», «Ивану», «Ивана» become forms
of one surrogate, and only the key holder can link them back.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

from redactor.morph import CASES, NAME, NAME_PARTS, PATRONYMIC, SURNAME, analyzer

DIMINUTIVE = "Dimin"  # our own part: a short form like «Саша» (pymorphy3 tags it Name)
INITIAL = "Init"

MALE = "сергей андрей дмитрий алексей николай михаил павел олег игорь виктор антон роман".split()
MALE += "никита илья данила кузьма".split()  # declined like «Анна»: «Никите» stays datv/loct
FEMALE = "анна елена ольга ирина татьяна наталья светлана марина юлия ксения вера дарья".split()
PATRONYMICS = "сергеевич андреевич дмитриевич алексеевич николаевич олегович павлович".split()
SURNAMES = "козлов смирнов соколов попов лебедев новиков морозов волков зайцев павлов".split()
DIMINUTIVES = {
    "masc": "петя коля миша дима лёша серёжа вова гоша толя витя".split(),
    "femn": "маша катя наташа оля таня лена света настя юля аня".split(),
    None: "саша женя валя".split(),  # ms-f: «Саша» is either
}
ALL_DIMINUTIVES = {d for names in DIMINUTIVES.values() for d in names} | {
    "ваня"
}  # also known as originals
INITIALS = "АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ"

# pymorphy3's extra cases fold into the six of agreement («в лесу» loc2 → loct).
CASE_OF = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn", "gen1": "gent"}
INITIAL_RE = re.compile(r"^([А-ЯЁа-яё])(\.?)$")


def _digest(key: bytes, *parts: str) -> int:
    message = "\x1f".join(parts).encode()
    return int.from_bytes(hmac.new(key, message, hashlib.sha256).digest()[:8], "big")


def _candidates(part: str, gender: str | None) -> list[str]:
    if part == PATRONYMIC:
        return PATRONYMICS
    if part == SURNAME:
        return SURNAMES
    if part == DIMINUTIVE:
        return DIMINUTIVES[gender]
    return FEMALE if gender == "femn" else MALE


def _reading(word: str):
    """The best-scoring pymorphy3 parse of the word as a name part, or None."""
    parses = [p for p in analyzer().parse(word.lower()) if any(t in p.tag for t in NAME_PARTS)]
    return max(parses, key=lambda p: p.score, default=None)


@lru_cache(maxsize=4096)
def _lexeme_parse(lemma: str, part: str, gender: str | None):
    """The dictionary-form parse of a candidate with the wanted part (and lexical gender)."""
    tag_part = NAME if part == DIMINUTIVE else part
    for p in analyzer().parse(lemma):
        if tag_part in p.tag and p.tag.case == "nomn" and p.tag.number == "sing":
            if part in (SURNAME, PATRONYMIC) or p.tag.gender == gender:
                return p
    return None


def _inflect(lemma: str, part: str, gender: str | None, case: str) -> str | None:
    parse = _lexeme_parse(lemma, part, gender)
    if parse is None:
        return None
    wanted = {case, "sing"} | ({gender} if part in (SURNAME, PATRONYMIC) and gender else set())
    form = parse.inflect(wanted)
    return form.word if form else None


@lru_cache(maxsize=4096)
def _pattern(lemma: str, part: str, gender: str | None) -> tuple[int, ...] | None:
    """Which of the six cases share a form: «Мария» (gent = datv = loct) ≠ «Анна» (datv = loct).

    A surrogate of the same pattern is ambiguous in the same way as the original, so the case
    a reader sees in the text survives the swap whichever reading pymorphy3 prefers.
    """
    forms = [_inflect(lemma, part, gender, case) for case in CASES]
    if None in forms:
        return None
    return tuple(forms.index(form) for form in forms)


def _capitalize_like(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _surrogate_initial(letter: str, dot: str, key: bytes) -> str:
    choices = [c for c in INITIALS if c != letter.upper()]
    new = choices[_digest(key, INITIAL, letter.upper()) % len(choices)]
    return (new if letter.isupper() else new.lower()) + dot


def surrogate_word(word: str, key: bytes) -> str:
    """A surrogate for one word of a name, in its case, gender, part and capitalization."""
    initial = INITIAL_RE.match(word)
    if initial and (initial[2] or initial[1].isupper()):  # «И.», «И»; a lone «у» is no initial
        return _surrogate_initial(initial[1], initial[2], key)
    reading = _reading(word)
    if reading is None:  # unknown to pymorphy3: a surname in the nominative is the best guess
        part, lemma, gender, case = SURNAME, word.lower(), "masc", "nomn"
    else:
        tag = reading.tag
        part = next(t for t in NAME_PARTS if t in tag)
        lemma, gender = reading.normal_form, tag.gender
        case = CASE_OF.get(tag.case, tag.case)
        if part == NAME and (lemma in ALL_DIMINUTIVES or gender not in ("masc", "femn")):
            part = DIMINUTIVE
    if part == DIMINUTIVE and gender not in DIMINUTIVES:
        gender = None
    if part != DIMINUTIVE and gender not in ("masc", "femn"):
        gender = "masc"
    candidates = _candidates(part, gender)
    start = _digest(key, part, lemma) % len(candidates)
    ordered = [c for c in candidates[start:] + candidates[:start] if c != lemma]
    pattern = _pattern(lemma, part, gender) if reading is not None else None
    # First pass: a surrogate declined like the original; second: any that inflects.
    for same_pattern in (True, False):
        for candidate in ordered:
            if same_pattern and _pattern(candidate, part, gender) != pattern:
                continue
            form = _inflect(candidate, part, gender, case)
            if form and form != word.lower():
                return _capitalize_like(word, form)
    return _capitalize_like(word, ordered[0])


def surrogate_name(mention: str, key: bytes) -> str:
    """Replace each word of a 1–3-word name mention, keeping the spaces between them."""
    return re.sub(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*\.?", lambda m: _word(m[0], key), mention)


def _word(token: str, key: bytes) -> str:
    # «И.» is an initial with its dot; «Иван.» at a sentence end keeps the dot outside the name.
    if token.endswith(".") and len(token) > 2:
        return surrogate_word(token[:-1], key) + "."
    return surrogate_word(token, key)
