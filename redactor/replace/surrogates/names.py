"""Realistic Russian surrogate names that agree with the text around them.

«позвоните Ивану Петровичу» → «позвоните Сергею Андреевичу»: each word keeps its part (first name,
patronymic, surname, initial, diminutive), its case and gender, and its capitalization. The
surrogate lemma comes from an HMAC of the original's lemma, so «Иван», «Ивану», «Ивана» become forms
of one surrogate, and only the key holder can link them back.

    >>> surrogate_name("Ивану Петровичу", b"k")
    'Фёдору Вадимовичу'
    >>> surrogate_names(["Иван Петров", "Петрову И. П.", "Иван Петрович"], b"k")
    ['Фёдор Тарасов', 'Тарасову Ф. В.', 'Фёдор Вадимович']

`taken`, a dict the caller keeps per document or batch, maps (part, surrogate lemma) to the
original lemma that holds it: a second original whose HMAC-first candidate is held moves on to
the next candidate in its HMAC order, so two people never share a surrogate, and an initial
follows the surrogate of the name it stands for (entries whose part reads «Name of петров» note
which parts were said together, to tell two people's initials apart). `surrogate_names` runs a
document's mentions twice, so that an initial said before its full name follows it too. A
diminutive follows its full name («Ваня» is
Иван's, so it becomes the diminutive of Иван's surrogate). A surname pymorphy3 does not know or
that does not decline («Шевченко», «Мюллер» of a woman) becomes one that does not decline either.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

from redactor.detect.morph import CASES, NAME, PATRONYMIC, SURNAME, analyzer
from redactor.replace.surrogates.name_lists import (
    CONSONANT_SURNAMES,
    DIMINUTIVE_OF,
    EITHER_GENDER,
    FEMALE,
    INDECLINABLE,
    INDECLINABLE_FEMALE,
    INDECLINABLE_MALE,
    MALE,
    PATRONYMICS,
    SURNAMES,
    counterpart,
)
from redactor.replace.surrogates.name_readings import (
    DIMINUTIVE,
    Reading,
    Taken,
    agreeing,
    held_by,
    word_readings,
)

INITIAL = "Init"
INITIALS = "АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ"
# Which name part an initial stands for, by its place among the mention's initials: «И. С.»
INITIAL_PARTS = (NAME, PATRONYMIC)

INITIAL_RE = re.compile(r"^([А-ЯЁа-яё])(\.?)$")
# A word of a name, hyphenated parts and an initial's dot included: «Петрова-Водкина», «И.»
WORD_RE = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*\.?")


def _digest(key: bytes, *parts: str) -> int:
    message = "\x1f".join(parts).encode()
    return int.from_bytes(hmac.new(key, message, hashlib.sha256).digest()[:8], "big")


@lru_cache(maxsize=4096)
def _pair_kind(lemma: str, gender: str | None) -> str | None:
    """The kind of a name whose forms meet a name of the other gender's («Валентина»: "а"),
    if pymorphy3 knows that other name."""
    found = counterpart(lemma, gender)
    if found is None:
        return None
    other = "masc" if gender == "femn" else "femn"
    known = any(
        NAME in p.tag and p.is_known and p.tag.gender == other and p.tag.case == "nomn"
        for p in analyzer().parse(found[1])
    )
    return found[0] if known else None


def _pairs(kind: str) -> list[tuple[str, str]]:
    """(masculine, feminine) candidates whose forms meet: Валентин, Валентина."""
    return [
        (m, f)
        for m in MALE
        if (found := counterpart(m, "masc")) and found == (kind, f := found[1]) and f in FEMALE
    ]


def _candidates(part: str, gender: str | None) -> list[str]:
    if part == PATRONYMIC:
        return list(PATRONYMICS.values())
    if part == SURNAME:
        return SURNAMES
    if part == DIMINUTIVE:
        return EITHER_GENDER
    return list(FEMALE if gender == "femn" else MALE)


@lru_cache(maxsize=4096)
def _lexeme_parse(lemma: str, part: str, gender: str | None):
    """The dictionary-form parse of a candidate with the wanted part (and lexical gender)."""
    tag_part = NAME if part == DIMINUTIVE else part
    for p in analyzer().parse(lemma):
        if tag_part in p.tag and p.tag.case == "nomn" and p.tag.number == "sing":
            if part in (SURNAME, PATRONYMIC) or p.tag.gender == gender or part == DIMINUTIVE:
                return p
    return None


@lru_cache(maxsize=20_000)
def _inflect(lemma: str, part: str, gender: str | None, case: str) -> str | None:
    if lemma in INDECLINABLE or lemma in INDECLINABLE_FEMALE or lemma in INDECLINABLE_MALE:
        return lemma
    if part == SURNAME and gender == "femn" and lemma in CONSONANT_SURNAMES:
        return lemma  # «Анне Кравчук»
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
    a reader sees in the text survives the swap whichever reading pymorphy3 prefers. A surname's
    pattern spans both genders: «Орлова» is his genitive and her nominative, and so is «Козлова»
    but not «Вишневская».
    """
    genders = ("masc", "femn") if part == SURNAME else (gender,)
    forms = [_inflect(lemma, part, g, case) for g in genders for case in CASES]
    if None in forms:
        return None
    return tuple(forms.index(form) for form in forms)


def _capitalize_like(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _ordered(key: bytes, part: str, lemma: str, candidates: list[str]) -> list[str]:
    return list(_shuffled(key, part, lemma, tuple(candidates)))


@lru_cache(maxsize=4096)
def _shuffled(key: bytes, part: str, lemma: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """The candidates in the HMAC order of the original, never the original itself; those that
    start with another letter first, so that an initial changes with its name.

    Each original shuffles the whole list by its own HMAC: a rotation of one fixed list would
    send every original that starts among candidates it must skip (of another declension) to
    the same next one.
    """
    ordered = [c for c in candidates if c != lemma]
    return tuple(sorted(ordered, key=lambda c: (c[0] == lemma[:1], _digest(key, part, lemma, c))))


def _choose(key: bytes, reading: Reading, taken: Taken | None) -> str:
    """The surrogate lemma of an original: its own from `taken`, else the first candidate in its
    HMAC order that no other original holds and that declines like it."""
    part, lemma, gender = reading.part, reading.lemma, reading.gender
    held = held_by(taken, part, lemma)
    if held:
        return held
    fixed = reading.fixed and part in (SURNAME, NAME)
    pair = _pair_kind(lemma, gender) if part == NAME and not fixed else None
    if part == SURNAME:
        ordered = _ordered(key, part, lemma, _surname_candidates(lemma, reading.fixed))
    elif fixed:
        ordered = _ordered(key, part, lemma, _indeclinable_names(gender))
    elif pair:
        # Both genders' readings draw one pair, by the masculine lemma: «Дина» and «Дину» agree.
        pairs = _pairs(pair)
        masc = lemma if gender == "masc" else counterpart(lemma, gender)[1]
        side = 0 if gender == "masc" else 1
        ordered = [p[side] for p in _ordered_pairs(key, masc, pairs)]
        ordered += [
            c for c in _ordered(key, part, lemma, _candidates(part, gender)) if c not in ordered
        ]
    else:
        candidates = _candidates(part, gender)
        if part == NAME:  # an unambiguous name keeps clear of the pairs
            paired = {n for kind in ("а", "ия") for p in _pairs(kind) for n in p}
            candidates = [c for c in candidates if c not in paired]
        ordered = _ordered(key, part, lemma, candidates)
    ordered = [c for c in ordered if c != lemma]
    free = [c for c in ordered if (taken or {}).get((part, c), lemma) == lemma] or ordered
    pattern = None if fixed else _pattern(lemma, part, gender)
    # First pass: a surrogate declined like the original; second: any that inflects.
    choice = next(
        (c for c in free if pattern and _pattern(c, part, gender) == pattern),
        next((c for c in free if _pattern(c, part, gender)), free[0]),
    )
    if taken is not None:
        taken[(part, choice)] = lemma
        if pair and (other := counterpart(choice, gender)):  # «Дина» may be Дин's genitive
            original = counterpart(lemma, gender)[1]
            taken.setdefault((part, other[1]), original)
    return choice


def _ordered_pairs(key: bytes, masc: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ordered = [p for p in pairs if masc not in p]
    return sorted(ordered, key=lambda p: (p[0][0] == masc[:1], _digest(key, NAME, masc, p[0])))


def _indeclinable_names(gender: str | None) -> list[str]:
    return INDECLINABLE_FEMALE if gender == "femn" else INDECLINABLE_MALE


# Surname endings of the declension types the candidates have; any other consonant ending is
# declined as «Шмидт» (for him only), a vowel one not at all («Шевченко», «Гогоберидзе»).
DECLINED_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ий", "ой")
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _surname_candidates(lemma: str, fixed: bool) -> list[str]:
    """Candidates of the original's declension type, so that its readings survive: «Шмидт» is
    his nominative and all her cases, and so is «Кравчук»."""
    if lemma.endswith(DECLINED_ENDINGS) and not fixed:
        return SURNAMES
    return CONSONANT_SURNAMES if lemma[-1:] in CONSONANTS else INDECLINABLE


def _diminutive(key: bytes, reading: Reading, taken: Taken | None) -> tuple[str, Reading]:
    """«Ваня» → the diminutive of Иван's surrogate («Серёжа»), or, where that has none, one
    drawn for it; «Саша», of either gender, → another of either gender."""
    full = DIMINUTIVE_OF.get(reading.lemma)
    if full is None or reading.lemma in EITHER_GENDER:
        return _choose(key, reading, taken), reading
    gender = "femn" if full in FEMALE else "masc"
    surrogate = _choose(key, Reading(NAME, full, gender, reading.case), taken)
    names = FEMALE if gender == "femn" else MALE
    own = names.get(surrogate, "")
    if not own or own == reading.lemma:
        short = [d for d in names.values() if d and d != reading.lemma]
        own = short[_digest(key, DIMINUTIVE, surrogate) % len(short)]
    return own, Reading(DIMINUTIVE, reading.lemma, gender, reading.case)


def _indeclinable(key: bytes, lemma: str, taken: Taken | None) -> str:
    return _choose(key, Reading(SURNAME, lemma, None, "nomn", fixed=True), taken)


def surrogate_word(
    word: str, key: bytes, taken: Taken | None = None, reading: Reading | None = None
) -> str:
    """A surrogate for one word of a name, in its case, gender, part and capitalization."""
    if "-" in word:
        return _hyphenated(word, key, taken, reading)
    reading = reading or next(iter(agreeing([word])), None)
    if reading is None:  # unknown to pymorphy3: a surname that does not decline fits anyway
        return _capitalize_like(word, _indeclinable(key, word.lower(), taken))
    if reading.part == DIMINUTIVE:
        lemma, reading = _diminutive(key, reading, taken)
    else:
        lemma = _choose(key, reading, taken)
    part = reading.part
    gender = reading.gender if reading.gender in ("masc", "femn") else None
    if part != DIMINUTIVE and gender is None:
        gender = "masc"
    form = _inflect(lemma, part, gender, reading.case)
    if not form or form == word.lower():  # a candidate that does not inflect: another one
        form = _indeclinable(key, reading.lemma, taken) if part == SURNAME else lemma
    return _capitalize_like(word, form)


def _hyphenated(word: str, key: bytes, taken: Taken | None, reading: Reading | None) -> str:
    """«Петрова-Водкина»: each part replaced in the case and gender of the whole word.

    pymorphy3 reads a hyphenated word by its last part and leaves the first as written
    («петрова-водкин»), so each earlier part finds its own lemma in that case and gender.
    """
    pieces = word.split("-")
    reading = reading or next(iter(agreeing([word])), None)
    if reading is None or len(reading.lemma.split("-")) != len(pieces):
        return "-".join(surrogate_word(p, key, taken) for p in pieces)
    last = reading.lemma.split("-")[-1]
    out = []
    for piece in pieces[:-1]:
        same = [
            r.lemma
            for r in word_readings(piece)
            if (r.part, r.gender, r.case) == (reading.part, reading.gender, reading.case)
        ]
        lemma = same[0] if same else piece.lower()
        out.append(_piece(piece, lemma, reading, key, taken))
    out.append(_piece(pieces[-1], last, reading, key, taken))
    return "-".join(out)


def _piece(piece: str, lemma: str, whole: Reading, key: bytes, taken: Taken | None) -> str:
    reading = Reading(whole.part, lemma, whole.gender, whole.case, word=piece.lower())
    return surrogate_word(piece, key, taken, reading)


def _initials(letters: list[str], key: bytes, taken: Taken | None, surname: Reading | None):
    """New letters for a mention's initials («И.», «П.»): each the first letter of the surrogate
    of the name it stands for, found in `taken` among those starting with its letter: the one
    said with the mention's surname before, else with the patronymic the next initial stands
    for, else of the surname's gender, else the latest; with none, a letter drawn by HMAC."""
    taken = taken or {}
    order = {k: i for i, k in enumerate(taken)}
    anchor = surname.lemma if surname else None
    genders = _genders(surname)

    def options(place: int) -> list[tuple[str, str, int]]:
        part = INITIAL_PARTS[min(place, len(INITIAL_PARTS) - 1)]
        return [
            (s, original, order[(p, s)])
            for (p, s), original in taken.items()
            if p == part and original[:1] == letters[place].lower() and _may_be(s, part, genders)
        ]

    def said_with(part: str, found: tuple[str, str, int], other: str | None) -> bool:
        return taken.get((_linked(part, other), found[0])) == found[1]

    names = options(0)
    patronymics = options(1) if len(letters) > 1 else []
    name = max(
        names,
        key=lambda n: (
            said_with(NAME, n, anchor),
            any(said_with(PATRONYMIC, p, n[1]) for p in patronymics),
            surname is not None and _may_be(n[0], NAME, {surname.gender}),
            n[2],
        ),
        default=None,
    )
    patronymic = max(
        patronymics,
        key=lambda p: (
            name is not None and said_with(PATRONYMIC, p, name[1]),
            said_with(PATRONYMIC, p, anchor),
            p[2],
        ),
        default=None,
    )
    out = []
    for place, letter in enumerate(letters):
        found = (name, patronymic)[min(place, 1)] if place < 2 else None
        if found and found[0][0] != letter.lower():
            new = found[0][0].upper()
        else:
            choices = [c for c in INITIALS if c != letter.upper()]
            new = choices[_digest(key, INITIAL, letter.upper()) % len(choices)]
        out.append(new if letter.isupper() else new.lower())
    return out


def _link(taken: Taken, read: list[Reading]) -> None:
    """Note in `taken` which parts were said together, for the initials of later mentions: a
    name and a patronymic with the surname («Иван Петрович Петров»), a patronymic with the
    name («Ивану Петровичу»)."""
    said: dict[str, tuple[str, str]] = {}  # part → (original lemma, surrogate lemma)
    for r in read:
        part = NAME if r.part == DIMINUTIVE else r.part
        lemma = DIMINUTIVE_OF.get(r.lemma, r.lemma) if r.part == DIMINUTIVE else r.lemma
        if held := held_by(taken, part, lemma):
            said.setdefault(part, (lemma, held))
    for part, anchor in ((NAME, SURNAME), (PATRONYMIC, SURNAME), (PATRONYMIC, NAME)):
        if part in said and anchor in said:
            original, surrogate = said[part]
            taken[(_linked(part, said[anchor][0]), surrogate)] = original


def _genders(surname: Reading | None) -> set[str]:
    """Every gender the mention's surname may have: «Петрова» his or hers, «Петровой» hers."""
    if surname is None or not surname.word:
        return {"masc", "femn"}
    return {r.gender for r in word_readings(surname.word) if r.part == SURNAME} | {surname.gender}


def _may_be(surrogate: str, part: str, genders: set[str]) -> bool:
    """A first name of the surname's gender («Петрову М.» is no Марфа); any patronymic."""
    feminine = surrogate in FEMALE or surrogate in INDECLINABLE_FEMALE
    return part != NAME or ("femn" if feminine else "masc") in genders


def _linked(part: str, anchor: str | None) -> str:
    """The `taken` part under which a name or patronymic said with another part is noted:
    ("Name of петров", "сергей") → "иван"."""
    return f"{part} of {anchor}"


def surrogate_name(mention: str, key: bytes, taken: Taken | None = None) -> str:
    """Replace each word of a name mention (1–4 words), keeping the text between them.

    `taken` (kept by the caller per document or batch) keeps different originals on different
    surrogates and ties initials to the names they stand for; without it each word is drawn on
    its own, still deterministically.
    """
    tokens = list(WORD_RE.finditer(mention))
    # «И.» is an initial with its dot; «Иван.» at a sentence end keeps the dot outside.
    words = [m[0][:-1] if m[0].endswith(".") else m[0] for m in tokens]
    # Speech recognition writes initials as lowercase letters: «м любовь», «в зворыкин».
    lowercase = mention.islower() and len(tokens) > 1
    initial = [_is_initial(m[0]) or (lowercase and len(m[0]) == 1) for m in tokens]
    readings = iter(agreeing([w for w, i in zip(words, initial, strict=True) if not i], taken))
    new: dict[int, str] = {}
    read: list[Reading] = []
    for i, word in enumerate(words):
        if not initial[i]:
            reading = next(readings)
            new[i] = surrogate_word(word, key, taken, reading) + tokens[i][0][len(word) :]
            read += [reading] if reading else []
    surname = next((r for r in read if r.part == SURNAME), None)
    if taken is not None:
        _link(taken, read)
    spots = [i for i in range(len(tokens)) if initial[i]]
    if spots:
        found = [INITIAL_RE.match(tokens[i][0]) for i in spots]
        letters = _initials([f[1] for f in found], key, taken, surname)
        for i, f, letter in zip(spots, found, letters, strict=True):
            new[i] = letter + f[2]
    out, last = [], 0
    for i, token in enumerate(tokens):
        out += [mention[last : token.start()], new[i]]
        last = token.end()
    return "".join(out) + mention[last:]


def surrogate_names(mentions: list[str], key: bytes, taken: Taken | None = None) -> list[str]:
    """Surrogates for all the name mentions of a document, in two passes: the first fills
    `taken` with every full name, so that an initial said before its name («И. П. Петров …
    Иван Петрович») already follows it."""
    taken = Taken() if taken is None else taken
    # The least ambiguous mentions first: «Гаврила» settles whose dative «гавриле» is.
    for mention in sorted(mentions, key=_ambiguity):
        surrogate_name(mention, key, taken)
    return [surrogate_name(mention, key, taken) for mention in mentions]


def _ambiguity(mention: str) -> int:
    """How many (part, lemma) readings the words of a mention have between them."""
    words = [m[0].rstrip(".") for m in WORD_RE.finditer(mention)]
    return sum(len({(r.part, r.lemma) for r in word_readings(w)}) for w in words if len(w) > 1)


def _is_initial(token: str) -> bool:
    found = INITIAL_RE.match(token)
    return bool(found and (found[2] or found[1].isupper()))  # «И.», «И»; a lone «у» is no initial
