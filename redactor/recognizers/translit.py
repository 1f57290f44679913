"""Latin spellings of Russian names back to Cyrillic, so morphology can read «Ivan Petrov».

Chats often carry names in Latin letters (usernames, old phones). The common passport and
everyday transliterations are reversed greedily, longest letter group first.
"""

from __future__ import annotations

import re

# Longest groups first: «shch» before «sh», «ya» before «y».
_GROUPS = [
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("iu", "ю"), ("ya", "я"), ("ia", "я"), ("yo", "ё"), ("ye", "е"),
    ("ey", "ей"), ("ay", "ай"), ("oy", "ой"), ("iy", "ий"), ("yy", "ый"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
    ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
    ("h", "х"), ("c", "к"), ("x", "кс"), ("q", "к"), ("j", "й"),
]  # fmt: skip
_PATTERN = re.compile("|".join(g for g, _ in _GROUPS))
_MAP = dict(_GROUPS)


def to_cyrillic(word: str) -> str:
    """«Petrov» → «Петров», «Yulia» → «Юлия»; capitalisation of the first letter is kept."""
    out = _PATTERN.sub(lambda m: _MAP[m.group()], word.lower())
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


_SOFT = re.compile(r"(?<=[лнтдсрзв])(?=[бвгджзклмнпрстфхцчшщ]|[яюе]|$)")


def readings(word: str) -> list[str]:
    """Cyrillic readings of a Latin word, the plain one first. Latin drops the soft sign
    («Olga», «Natalya», «Ilya»), so a reading with «ь» after a consonant is tried as well."""
    plain = to_cyrillic(word)
    soft = _SOFT.sub("ь", plain)
    return [plain, soft] if soft != plain else [plain]
