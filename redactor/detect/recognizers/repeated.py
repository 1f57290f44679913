"""A name found once is a name where it comes back: «феодосий самбук родился… в 1937 году самбук
представляет работу», «усику нанесли удары… преимущество усика». One sense per text: a
conversation that named a person with a cue or in full names them again alone, in other cases,
where nothing else marks the word as a name.

A mention is the same word when it shares a dictionary form (pymorphy3's lemma, or a name
reading's) or, for words the dictionary does not know, the same stem once a case ending is cut
(«шекатт», «шекатта»). Words that are mostly ordinary words and also first names («вера»,
«роза», «слава») are never carried over: «позовите веру» does not make «вера в лучшее» a name.
"""

from __future__ import annotations

from redactor.detect import morph
from redactor.detect.recognizers.lowercase import could_be_name

# Case endings of nouns and adjective-shaped surnames, longest first.
ENDINGS = sorted(
    "а я у ю е ы и ом ем ём ой ей ым им ою ею ую ого его ему ому ых их ыми ими ам ям ах ях ами ями".split(),
    key=len,
    reverse=True,
)
MIN_STEM = 4  # shorter stems match too many words: «тан-» is in «танк»
MIN_WORD = 3
PREFIX = 1  # letters a word surely shares with its lemma: «льва» and «лев» share one
MOSTLY_WORD = 0.3  # as person.CASELESS_COMMON: above it a first name is mostly an ordinary word


def keys(word: str) -> frozenset[str]:
    """What makes two word forms the same name: their dictionary forms, and the stem of a word
    the dictionary does not know."""
    word = word.lower()
    info = morph.word_info(word)
    found = {word, info.lemma, *(r.lemma for r in info.name_readings)}
    if not info.known:
        found.add("stem:" + stem(word))
    return frozenset(found)


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def carried(word: str) -> bool:
    """Whether a word may be taken for a name found elsewhere: one that can be a name part at
    all (not an adjective, a verb or a common noun for people: a NER's slip on «демократов» or
    «российской» must not spread), and not a first name that is mostly an ordinary word
    («вера», «лев»)."""
    if len(word) < MIN_WORD or not word.isalpha() or not could_be_name(word.lower()):
        return False
    info = morph.word_info(word)
    first_name = any(r.part == "Name" for r in info.name_readings)
    return not (first_name and info.known and info.common_score > MOSTLY_WORD)


def mentions(
    doc, found: list[tuple[int, int]], skip: set[int], sure: frozenset[int] = frozenset()
) -> list[int]:
    """Token indices of the words in `doc` that repeat a word of the `found` names (token
    ranges), written the same way (a lowercase word never repeats a capitalized one: «Роза» the
    name and «роза» the flower), and not in `skip`. A lowercase word is carried over only from
    a mention that is a name by morphology or that the lowercase model found without its bias
    towards names (`sure`): a guess («автообмен») must not spread."""
    names: dict[bool, set[str]] = {True: set(), False: set()}
    for start, end in found:
        for token in doc[start:end]:
            lower = not token.text[:1].isupper()
            if lower and token.i not in sure and not morph.word_info(token.text).name_readings:
                continue
            if token.is_alpha and carried(token.text):
                names[token.text[:1].isupper()].update(keys(token.text))
    if not names[True] and not names[False]:
        return []
    # A word and its dictionary forms share their first letters («петровой», «петров»): only
    # words that begin like a found name are worth a look.
    starts = {key.removeprefix("stem:")[:PREFIX] for key in names[True] | names[False]}
    taken = {i for start, end in found for i in range(start, end)} | skip
    return [
        token.i
        for token in doc
        if token.i not in taken
        and token.is_alpha
        and token.lower_[:PREFIX] in starts
        and carried(token.text)
        and keys(token.text) & names[token.text[:1].isupper()]
    ]
