"""Name parts in text without capitals, as the lowercase NER and the word rules need them:
which words in a NER span can be a name, and which lone letters are initials."""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect import morph
from redactor.detect.recognizers.translit import latin_info

LATIN = re.compile(r"^[A-Za-z]+$")
LOWER = re.compile(r"^[а-яё]{3,}(?:-[а-яё]+)?$")
# Parts of speech that a name never has: slovnet sometimes drags a sentence-initial word into a
# name when a headline lacks its full stop («Ксения Раньше владельцем был…»).
NOT_NAME_POS = {
    "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "NPRO", "PRED", "PREP", "CONJ",
    "PRCL", "INTJ", "NUMR",
}  # fmt: skip
# Adjectives too, but only where the capital comes from the sentence start: «Камский»,
# «Долгорукому», «Толстой» are adjective-shaped surnames.
NOT_NAME_POS_AT_START = NOT_NAME_POS | {"ADJF", "ADJS"}
# Letters that are no Russian word on their own: alone before a name they are initials
# («м горького»). «а», «в», «с», «к» are words too, and count only before such an initial
# («а м горького»), never alone («в петрове», «с ивановым»).
LETTER_NOT_WORD = frozenset("бгдеёжзйлмнпрт фхцчшщэю".replace(" ", ""))
# The cases each one-letter preposition governs: before a name in another case the letter is an
# initial («в зворыкин», «к петров»), in its own case a preposition («к петрову»).
PREPOSITION_CASES = {
    "в": {"accs", "loct", "loc2"},
    "с": {"gent", "accs", "ablt", "gen2"},
    "к": {"datv"},
    "о": {"accs", "loct"},
    "у": {"gent", "gen2"},
}
# Letters that are words too but stand for initials when the lowercase model reads them into a
# name («сын а лукашенко», «проводимая в лукашенко»); not «я», «и».
MODEL_INITIALS = frozenset("авскоу")
FUNCTION_POS = frozenset({"PREP"})
MOSTLY_NAME = 0.5  # a word this likely a name is no half of a hyphenated common word
# Particles inside foreign names, which the dictionary reads as other words («да», «фон»).
NAME_PARTICLES = frozenset("да де ди дель делла ла ле фон ван дер ибн бен аль эль".split())
# Spelled Latin letters, as e-mails are dictated: «почта эс петров».
SPELLED_LETTERS = frozenset("эс эм эн эл эф эр пэ тэ дэ вэ бэ гэ зэт икс джей кей эйч".split())
# Chat slang and clipped words that the lowercase NER or morphology take for names: «кст када
# привезут», «пж ответьте», «че там».
SLANG = frozenset(
    "че чё плз плиз пж пжл пжлст пжлста кст када кагда щас ща щя норм спс пасиб оч мб кароч"
    " короч ваще прив ок окей нзч тыщ сорян сорри лол имхо ясн".split()
)
VERB_ENDING = re.compile(r"(?:ть|ться|ся|сь|ешь|ировал[аио]?)$")


def pieces(doc, start: int, end: int):
    """A lowercase NER span cut at the prepositions inside it: pushed towards names, the model
    runs «лев в зоопарке» together, and Russian names have no «в» inside."""
    piece = start
    words = [j for j in range(start, end) if len(doc[j].text) > 1]
    for i in range(start, end):
        info = morph.word_info(doc[i].text)
        if info.known and info.pos in FUNCTION_POS and not info.name_readings:
            # a letter before a name part of the span is an initial when its case says so:
            # «в лукашенко», «майкл о лири»
            following = next((j for j in words if j > i), None)
            if not initial(doc, i) and not (
                following is not None and model_initial(doc, i, following)
            ):
                if piece < i:
                    yield piece, i
                piece = i + 1
    if piece < end:
        yield piece, end


def thing(word: str) -> bool:
    """A dictionary noun for a thing, with no name reading: «почта», «карта», «телефону»."""
    info = morph.word_info(word)
    return (
        info.known
        and info.pos == "NOUN"
        and not info.animate
        and not info.name_readings
        and not info.possessive
    )


def names_next(word: str) -> bool:
    """Whether a word after a thing's name makes that name a cue: a Russian name part the
    dictionary knows, a spelled letter or an initial («почта эс петров», «карту петрова»)."""
    if word in SPELLED_LETTERS or _letter(word):
        return True
    info = morph.word_info(word)
    return info.known and bool(info.name_readings)


def split_compound(doc, i: int) -> bool:
    """Half of a hyphenated word that speech recognition wrote as two: «форс мажорных»,
    «колл центр». The halves joined with a hyphen make a dictionary word that is no name."""
    if morph.word_info(doc[i].text).name_score >= MOSTLY_NAME:
        return False  # «жан поль», «анна мария»
    for left, right in ((_word_before(doc, i), i), (i, _word_after(doc, i))):
        if left is not None and right is not None and _compound(doc[left].text, doc[right].text):
            return True
    return False


@lru_cache(maxsize=50_000)
def _compound(left: str, right: str) -> bool:
    """Whether «left-right» is a dictionary word that is neither a name nor a place."""
    info = morph.word_info(f"{left}-{right}")
    return info.known and not info.name_readings and not info.is_geo


def _word_before(doc, i: int) -> int | None:
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j if j >= 0 and doc[j].is_alpha else None


def _word_after(doc, i: int) -> int | None:
    j = i + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j if j < len(doc) and doc[j].is_alpha else None


def could_be_name(word: str) -> bool:
    """Whether a word in a lowercase NER span can be a name part. Foreign names are often
    unknown to the dictionary («акихито», «фухимори») and its guesses of their part of speech are
    loose, so an unknown word is refused only by a verb ending; a known word only when it is an
    adjective, a verb or a living being's common noun («канадской», «итальянцы», «принц»)."""
    if LATIN.match(word):
        return bool(latin_info(word).name_readings)
    info = morph.word_info(word)
    if info.name_readings or info.possessive:
        return True
    if not info.known:
        return not VERB_ENDING.search(word)
    return info.pos not in NOT_NAME_POS_AT_START and not (info.pos == "NOUN" and info.animate)


def initial(doc, i: int) -> bool:
    """A lone lowercase letter that stands for an initial: «м горького», «а м горького», and
    «в зворыкин», where «в» cannot be the preposition: it never takes the nominative."""
    if not _letter(doc[i].text):
        return False
    if doc[i].text in LETTER_NOT_WORD:
        return True
    j = i + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    if j >= len(doc) or j == i + 1 and doc[j].is_space:
        return False
    following = doc[j].text
    if _letter(following):
        return following in LETTER_NOT_WORD
    governs = PREPOSITION_CASES.get(doc[i].text)
    if governs is None or not LOWER.match(following):
        return False
    readings = morph.word_info(following).name_readings
    return bool(readings) and not any(r.case in governs for r in readings)


def _letter(text: str) -> bool:
    return len(text) == 1 and "а" <= text <= "я" or text == "ё"


def initial_letter(letter: str) -> bool:
    """A letter that may stand for an initial: any but «я», «и», which are words."""
    return letter in LETTER_NOT_WORD or letter in MODEL_INITIALS


def model_initial(doc, i: int, name: int) -> bool:
    """A lone letter the lowercase model read into a name, next to the name part at `name`:
    an initial unless it is a preposition in the case that name part stands in («с ивановым»
    is «с» and a surname; «в лукашенко», «а кубилюс», «гаврилова а в» hold initials)."""
    letter = doc[i].text
    if not (len(letter) == 1 and letter.isalpha() and letter.islower()):
        return False
    if letter not in LETTER_NOT_WORD and letter not in MODEL_INITIALS:
        return False  # «да я петровичу верю»: «я», «и» are words
    if initial(doc, i):
        return True
    governs = PREPOSITION_CASES.get(letter)
    if governs is None or name < i:
        return True  # «а», «и», or a letter after the name: «гаврилова а в»
    info = morph.word_info(doc[name].text)
    if not info.name_readings:
        return not info.known  # «в зоопарке» is a preposition; «а цзюнь» an initial
    return any(r.case not in governs for r in info.name_readings)
