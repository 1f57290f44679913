"""Which ADDRESS mentions are the same place: «улица Малышева, дом 84» and «г. Екатеринбург,
ул. Малышева, д. 84, кв. 17» are one address.

An address becomes the set of its names (as lemmas) and numbers, without the type words
(«ул.», «улица», «дом», «кв.») that people spell in many ways; a shorter mention joins an address
whose set contains all of its own.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.normalize import normalize
from redactor.finding import Finding
from redactor.replace import identity

# A house number with its letter, written or said («12а», «12 а», «12 буква а»), or a word.
TOKEN = re.compile(
    r"\d+(?:\s*(?:буква\s+|литера\s+)?[а-яёa-z](?![а-яёa-z]))?|[^\W\d_]+(?:-[^\W\d_]+)*",
    re.IGNORECASE,
)
TYPE_WORDS = frozenset(
    """г город ул улица д дом кв квартира корп корпус к стр строение с пр пр-т проспект пер
    переулок ш шоссе б-р бульвар наб набережная пл площадь мкр микрорайон обл область р-н район
    оф офис пос посёлок поселок село дер деревня подъезд под этаж эт кв-л квартал проезд туп
    тупик аллея линия респ республика край ао хутор станица снт пгт мкрн индекс дробь слэш слеш
    буква литера на в во по от до""".split()
)


def identities(text: str, mentions: list[Finding], known: list | None = None) -> list[int]:
    keys = [_key(m.value(text)) for m in mentions]
    return identity.group(keys, len, frozenset.issuperset, known)


def _key(address: str) -> frozenset[str]:
    # Numbers said in words count as their digits: «дом пять» is «д. 5».
    words = (
        re.sub(r"\s|буква|литера", "", t.lower()) for t in TOKEN.findall(normalize(address).text)
    )
    return frozenset(
        w if w[0].isdigit() else morph.lemma(w)
        for w in words
        if w not in TYPE_WORDS and morph.lemma(w) not in TYPE_WORDS
    )
