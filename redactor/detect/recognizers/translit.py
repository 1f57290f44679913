"""Latin spellings of Russian names back to Cyrillic, so morphology can read «Ivan Petrov».

Chats often carry names in Latin letters (usernames, sender labels). Latin spelling is lossy:
«ya» is «я» or «ья» (Natalya), «ia» is «ия» or «я» (Diana, Maria), «e» after a consonant may
hide a soft sign (Zinovev → Зиновьев), «l» may be «ль» (Olga). `readings` spells every way out,
up to a bound, and the caller keeps the one the dictionary knows.
"""

from __future__ import annotations

from functools import lru_cache

from redactor.detect import morph

# Each Latin group with its Cyrillic readings, the usual one first.
_GROUPS: dict[str, tuple[str, ...]] = {
    "shch": ("щ",), "sch": ("щ",), "zh": ("ж",), "kh": ("х",), "ts": ("ц", "тс"),
    "tch": ("ч",), "ch": ("ч",), "sh": ("ш",),
    "yu": ("ю", "ью"), "iu": ("ю", "ию"), "ya": ("я", "ья"), "ia": ("ия", "я"), "yo": ("ё", "ьё"),
    "ye": ("е", "ье"), "ie": ("ие", "ье"), "iy": ("ий",), "yy": ("ый",), "ey": ("ей",),
    "ay": ("ай",), "oy": ("ой",), "uy": ("уй",),
    "a": ("а",), "b": ("б",), "v": ("в",), "w": ("в",), "g": ("г",), "d": ("д",),
    "e": ("е", "ье", "э"), "z": ("з",), "i": ("и", "ь"), "y": ("й", "ы", "и"), "k": ("к",),
    "l": ("л", "ль"), "m": ("м",), "n": ("н",), "o": ("о",), "p": ("п",), "r": ("р",),
    "s": ("с",), "t": ("т",), "u": ("у",), "f": ("ф",), "h": ("х",), "c": ("к", "ц"),
    "x": ("кс",), "q": ("к",), "j": ("й", "дж"),
}  # fmt: skip
_LONGEST = max(map(len, _GROUPS))
MAX_READINGS = 64


@lru_cache(maxsize=20_000)
def readings(word: str) -> tuple[str, ...]:
    """Cyrillic readings of a Latin word, the usual one first, at most MAX_READINGS; the first
    letter's case is kept."""
    lower = word.lower()
    out: list[str] = []

    def spell(i: int, done: str) -> None:
        if len(out) >= MAX_READINGS:
            return
        if i == len(lower):
            out.append(done)
            return
        for size in range(min(_LONGEST, len(lower) - i), 0, -1):
            for cyr in _GROUPS.get(lower[i : i + size], ()):
                spell(i + size, done + cyr)

    spell(0, "")
    if not out:
        return (word,)
    if word[:1].isupper():
        out = [r[:1].upper() + r[1:] for r in out]
    return tuple(dict.fromkeys(out))


def latin_info(word: str) -> morph.WordInfo:
    """Morphology of the Cyrillic reading of a Latin word that is most surely a known name."""
    infos = [morph.word_info(r) for r in readings(word)]
    named = [i for i in infos if i.known and i.name_readings]
    return max(named, key=lambda i: i.name_score) if named else infos[0]
