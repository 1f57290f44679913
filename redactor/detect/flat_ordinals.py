"""A flat named by its ordinal: «в сорок первой квартире», «из сто шестнадцатой квартиры».

«Квартира 41» is an address's flat for the address recognizer; people as often say the number
as an ordinal before the word, and that is the same flat. Said in words, a small ordinal is
more often a count than a number on a door («вторая квартира, которую смотрели», «первая
квартира в ипотеку»): from `MIN_SAID` on it is the door's.
"""

from __future__ import annotations

import re

from redactor.detect.normalize import Normalized, normalize
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.6
NAME = "FlatOrdinal"
MIN_SAID = 4
# In the normalized text: «41-й квартире», «116-й квартиры», «в 7-ю квартиру».
FLAT = re.compile(
    r"(?<![\w.,-])(?P<number>\d{1,4})-?(?:й|ой|ей|ю|ую|я|ая|ое|е)\s+квартир(?:а|ы|е|у|ой)(?!\w)",
    re.IGNORECASE,
)

# (text, the flat in brackets) — run by tests/test_flat_ordinals.py.
EXAMPLES = [
    "К: В [сорок первой квартире], на пятом.",
    "Клиент: Соседка из [сто шестнадцатой квартиры]. Её телефон …",
    "Клиент: в [7-ю квартиру] звоните",
]
COUNTER_EXAMPLES = [
    "Клиент: вторая квартира, которую смотрели, дороже.",
    "Клиент: первая квартира у нас в ипотеку.",
    "Клиент: 2 квартиры сдаём.",
]


def flat_ordinals(text: str, normalized: Normalized | None = None) -> list[Finding]:
    """Findings for the flats of `text` named by an ordinal before «квартира»."""
    if "вартир" not in text:
        return []
    normalized = normalize(text) if normalized is None else normalized
    results = []
    for m in FLAT.finditer(normalized.text):
        start, end = normalized.to_original(m.start(), m.end())
        said = not text[start].isdigit()
        if said and int(m["number"]) < MIN_SAID:
            continue
        results.append(Finding(start, end, ADDRESS, SCORE, NAME))
    return results
