"""Russian names written in Latin letters («Natalya Kolesnikova», a messenger's display name):
read back into Cyrillic to get the same surrogate as the Cyrillic forms, then written in Latin.

    >>> to_cyrillic("Natalya"), to_cyrillic("Yana"), to_cyrillic("Klavdiy")
    ('наталья', 'яна', 'клавдий')
    >>> to_latin("Лариса Фомина")
    'Larisa Fomina'

Transliteration loses letters (ь, the й/и and е/э pairs), so a Latin word is first looked up
among the Cyrillic names of the same text or batch (`spellings`, by a skeleton both spellings
share: «Tretyakov» is «Третьяков» there); failing that, every reading the Latin allows is tried,
likeliest first, and the first one pymorphy3's dictionary knows as a name part wins.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product

from redactor.detect.morph import NAME_PARTS, analyzer

# Latin chunks, longest first, and the Cyrillic each may stand for, likeliest first.
CHUNKS = {
    "shch": ["щ"], "sch": ["щ", "ш"], "zh": ["ж"], "kh": ["х"], "ts": ["ц", "тс"], "tz": ["ц"],
    "ch": ["ч"], "sh": ["ш"], "ph": ["ф"],
    "yu": ["ю", "ью"], "iu": ["ю", "ию"], "ya": ["я", "ья", "ия"], "ia": ["ия", "я", "ья"],
    "yo": ["ё", "йо"], "ye": ["е", "ье"], "ie": ["ие", "ье"], "iy": ["ий", "ый"], "yy": ["ый"],
    "x": ["кс"], "w": ["в"], "q": ["к"], "j": ["й", "дж"], "h": ["х"], "c": ["к", "ц"],
    "y": ["ы", "й", "и"], "e": ["е", "э"], "i": ["и", "й"], "a": ["а"], "b": ["б"], "v": ["в"],
    "g": ["г"], "d": ["д"], "z": ["з"], "k": ["к"], "l": ["л", "ль"], "m": ["м"], "n": ["н"],
    "o": ["о"], "p": ["п"], "r": ["р"], "s": ["с"], "t": ["т"], "u": ["у"], "f": ["ф"],
}  # fmt: skip
CHUNK = re.compile("|".join(sorted(CHUNKS, key=len, reverse=True)))
SOFTENED = {"ya", "yu", "ye"}
VOWELS = "aeiouy"
MAX_READINGS = 400  # a long name allows thousands; the likely ones come first
LATIN_WORD = re.compile(r"[A-Za-z]+")

TO_LATIN = {
    **dict(zip("абвгдеёзиклмнопрстуфыэ", "abvgdeeziklmnoprstufye", strict=True)),
    **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya"},
    **{"й": "y", "ъ": "", "ь": ""},
}
ENDINGS = {"ий": "iy", "ый": "iy"}  # «Клавдий» → «Klavdiy», not «Klavdiy»'s «Klavdii»


# Spellings that differ between transliteration schemes, folded into one skeleton.
FOLDS = [("shch", "sch"), ("iy", "y"), ("yy", "y"), ("ii", "y"), ("ia", "ya"), ("iu", "yu"),
         ("ie", "ye"), ("x", "ks"), ("j", "y"), ("w", "v"), ("ph", "f")]  # fmt: skip


def is_latin(text: str) -> bool:
    return bool(LATIN_WORD.search(text)) and not re.search(r"[А-Яа-яЁё]", text)


def skeleton(word: str) -> str:
    """What a Latin spelling and the Latin of its Cyrillic original share."""
    out = re.sub(r"[^a-z]", "", word.lower())
    for a, b in FOLDS:
        out = out.replace(a, b)
    return out


def learn(spellings: dict[str, str], cyrillic_words: list[str]) -> None:
    """Remember Cyrillic name words (and their lemmas) by the skeleton of their Latin."""
    from redactor.detect import morph

    for word in cyrillic_words:
        info = morph.word_info(word)
        for form in (word.lower(), info.lemma, *(r.lemma for r in info.name_readings)):
            spellings.setdefault(skeleton(to_latin(form)), form)


def read_name(mention: str, spellings: dict[str, str] | None = None) -> str | None:
    """`mention` in Cyrillic, each word capitalized as it was; None if a word is not Latin."""
    words = []
    for word in LATIN_WORD.findall(mention):
        cyrillic = (spellings or {}).get(skeleton(word)) or to_cyrillic(word)
        if cyrillic is None:
            return None
        words.append(cyrillic.capitalize() if word[:1].isupper() else cyrillic)
    return " ".join(words)


@lru_cache(maxsize=4096)
def to_cyrillic(word: str) -> str | None:
    """The lowercase Cyrillic name part `word` spells: the likeliest reading the dictionary knows
    as a name part, else the likeliest reading («Lukiya» → «лукия»); None for what is not
    Latin letters."""
    chunks = CHUNK.findall(word.lower())
    if not chunks or "".join(chunks) != word.lower():
        return None
    options = [_options(chunk, chunks[i - 1] if i else "") for i, chunk in enumerate(chunks)]
    readings = ["".join(letters) for letters in islice(product(*options), MAX_READINGS)]
    return next((r for r in readings if _known_name(r)), readings[0])


def _options(chunk: str, before: str) -> list[str]:
    """A «ya» after a consonant is likelier «ья» than «я» in a name: Наталья, Татьяна, Дарья."""
    options = CHUNKS[chunk]
    if chunk in SOFTENED and before and before[-1] not in VOWELS:
        return sorted(options, key=lambda o: not o.startswith("ь"))
    return options


def to_latin(text: str) -> str:
    """Cyrillic words of `text` in Latin letters, each capitalized as it was."""
    return re.sub(r"[А-Яа-яЁё]+", lambda m: _word_to_latin(m[0]), text)


def _word_to_latin(word: str) -> str:
    lower = word.lower()
    ending = next((e for e in ENDINGS if lower.endswith(e) and len(lower) > 3), "")
    body = lower[: len(lower) - len(ending)] if ending else lower
    out = "".join(TO_LATIN.get(c, c) for c in body) + ENDINGS.get(ending, "")
    if word.isupper() and len(word) > 1:
        return out.upper()
    return out.capitalize() if word[:1].isupper() else out


def _known_name(word: str) -> bool:
    return any(
        p.is_known and any(part in p.tag for part in NAME_PARTS) for p in analyzer().parse(word)
    )
