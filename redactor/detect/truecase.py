"""Capitals back for text from speech recognition, so that slovnet's NER can see names again.

slovnet reads a word's shape (capitalized or not) as much as the word: on lowercased news it
finds a third of the names it finds in the original. In text with (almost) no capitals, a word
gets its capital back when pymorphy3 reads it as a proper name (a name, surname, patronymic or
place) and hardly ever as an ordinary word, or, unknown to the dictionary, guesses it to be one
as a Russian-shaped surname («хабибуллиной»). «вера», «роза», «лев», «слава» stay lowercase: whether they are
names is for context to decide. Only letters change, one for one, so offsets stay valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect import morph

WORD = re.compile(r"[а-яё]+")
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой)$")
# A text with fewer capitals than this share of its letters has lost its case.
CASELESS_CAPITALS = 0.005
PROPER = 0.5  # the probability of a proper-name reading that earns a capital
COMMON = 0.3  # …and at most this of ordinary readings (known words)


@lru_cache(maxsize=4)  # asked by the NER component and by PERSON of the same text
def caseless(text: str) -> bool:
    letters = sum(map(str.isalpha, text))  # as a generator of `c.isalpha()`, 3× faster
    return letters > 0 and sum(map(str.isupper, text)) <= CASELESS_CAPITALS * letters


def truecase(word: str) -> str:
    """The word with its capital back if it is a proper name («хабибуллиной» → «Хабибуллиной»)."""
    if word.islower() and WORD.fullmatch(word) and _proper(word):
        return word[0].upper() + word[1:]
    return word


def _proper(word: str) -> bool:
    info = morph.word_info(word)
    if not (info.name_readings or info.is_geo):
        return False
    if info.known:
        return 1 - info.common_score >= PROPER and info.common_score <= COMMON
    return guessed_surname(info) >= PROPER


def guessed_surname(info: morph.WordInfo) -> float:
    """How sure pymorphy3 is that a word it does not know is a Russian-shaped surname. Its
    guesses of first names are loose («лендинг», «фидбек»); of surnames in -ов, -ин, -ский not
    («хабибуллиной», «ишмухаметова»)."""
    return sum(
        r.score for r in info.name_readings if r.part == "Surn" and SURNAME_END.search(r.lemma)
    )
