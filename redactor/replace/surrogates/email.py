"""EMAIL_ADDRESS surrogate: the same shape, another mailbox at the same kind of domain.

>>> surrogate("ivan.petrov85@mail.ru", b"seed")  # doctest: +SKIP
'ezop.lusfeh19@mail.ru'
>>> surrogate("иван точка петров собака мейл ру", b"seed")  # doctest: +SKIP
'олег точка соколов собака мейл ру'

Written: in the local part letters become letters of the same script and case, a vowel for a
vowel and a consonant for a consonant (so the name stays pronounceable), digits become digits,
and «.», «_», «-», «+» stay. A public mail domain stays: it says nothing about the person. Any
other domain (a company's, a family's) gets new labels of the same shape; its zone stays.

Dictated (`recognizers.spoken_email`): the words that spell the address's punctuation, the
providers and the zones stay («точка», «собака», «нижнее подчеркивание», «мейл», «ру»); numbers
are said anew (`spoken.respoken`); every other word is replaced: a Russian word by a name, a
Latin word by letters as above.
"""

from __future__ import annotations

import random
import re

from redactor.detect.normalize.words import FORMS
from redactor.detect.recognizers import spoken_email as said
from redactor.replace.surrogates.shape import digits, letter, unequal
from redactor.replace.surrogates.spoken import heard, rewrite

PUBLIC = frozenset(
    "gmail.com googlemail.com mail.ru bk.ru inbox.ru list.ru internet.ru yandex.ru ya.ru"
    " yandex.com yandex.by yandex.kz yandex.ua rambler.ru lenta.ru autorambler.ru ro.ru"
    " outlook.com hotmail.com live.com msn.com icloud.com me.com mac.com yahoo.com ukr.net"
    " proton.me protonmail.com aol.com gmx.com gmx.de tut.by mail.ua".split()
)
# Words of a dictated address that spell its structure, not the person.
KEPT = (
    said.AT | said.JOINER | said.LOW | said.LOW_JOINER | said.ZONE | said.WEAK_ZONE
    | said.PROVIDER | said.WEAK_PROVIDER | said.SPLIT_PROVIDER
)  # fmt: skip
# Names for the Russian words of a dictated local part: «иван точка петров» → «олег точка соколов».
NAMES = (
    "олег анна сергей ирина максим ольга денис марина артём вера соколов смирнова волков"
    " лебедева морозов зайцева новиков орлова"
).split()
WORD = re.compile(r"[^\W\d_]+")


def surrogate(value: str, seed: bytes) -> str:
    rng = random.Random(seed)
    if "@" in value and not re.search(r"\s", value.strip()):
        return unequal(value, lambda: _written(value, rng))
    return unequal(value, lambda: _dictated(value, rng))


def _written(value: str, rng: random.Random) -> str:
    local, _, domain = value.rpartition("@")
    local = "".join(letter(c, rng) for c in local)
    if domain.lower() not in PUBLIC:
        *labels, zone = domain.split(".")
        domain = ".".join(["".join(letter(c, rng) for c in x) for x in labels] + [zone])
    return f"{local}@{domain}"


def _dictated(value: str, rng: random.Random) -> str:
    words = WORD.sub(lambda m: _word(m.group(), rng), value)
    return rewrite(words, digits(rng, len(heard(words))))


def _word(word: str, rng: random.Random) -> str:
    low = word.lower().replace("ё", "е")
    if low in KEPT or low in FORMS or low == "плюс":
        return word
    if word.isascii():
        return "".join(letter(c, rng) for c in word)
    name = rng.choice([n for n in NAMES if n != low])
    if word.isupper() and len(word) > 1:
        return name.upper()
    return name.capitalize() if word[0].isupper() else name
