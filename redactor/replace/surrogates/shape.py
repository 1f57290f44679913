"""The generic surrogate of an identifier: the same shape, other characters.

>>> surrogate("45 12 345678", b"seed")  # doctest: +SKIP
'70 38 915024'

Every digit becomes a drawn digit, every letter a drawn letter of the same script and case (a
vowel for a vowel, a consonant for a consonant, so a word stays pronounceable), everything else
stays: «А123ВС 77» → «К480МТ 16», «IV-МЮ 123456» → «IX-ПА 480213». Numbers said in words are said
anew (`spoken.respoken`). A code word («ромашка», «Мурзик») becomes another common noun in the
same case. A number whose checksum held (СНИЛС, ИНН, ЕНП of ОМС) gets one that holds too, so a
surrogate still reads as that document.

Used for RU_PASSPORT, RU_SNILS, RU_INN, RU_OMS, RU_DRIVER_LICENSE, RU_VEHICLE_PLATE,
RU_BANK_ACCOUNT, SECRET and any entity without a surrogate of its own. The other modules draw
their letters and digits here too (`redraw`, `digits`, `unequal`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from redactor.detect import checksums
from redactor.detect.morph import analyzer, word_info
from redactor.detect.normalize import normalize
from redactor.replace.surrogates.spoken import heard, rewrite

VOWELS = {"latin": "aeiou", "cyrillic": "аеиоуэюя"}
CONSONANTS = {"latin": "bcdfghklmnprstvz", "cyrillic": "бвгджзклмнпрстфхцчш"}
# Letters of Russian plates, Cyrillic and their Latin look-alikes: «А123ВС 77» stays a plate.
PLATE = ("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split()
ROMAN_RE = re.compile(r"(?<![A-Za-z])[IVXivx]+(?![A-Za-z])")  # a birth certificate's series
CODE_WORD = re.compile(r"[А-Яа-яЁё]{3,}")  # «ромашка», «Мурзик»: a whole value of one word
# Real nouns for a code word, read as easily as the original.
CODE_WORDS = (
    "василёк берёза ласточка радуга черёмуха сирень тюльпан подсолнух апельсин снежинка маяк"
    " компас якорь колокол фиалка барсук ёжик кораблик самовар одуванчик"
).split()
# A word of three letters or more that the dictionary knows stays: «45 12 номер 345678».
WORD = re.compile(r"(?<![^\W\d_])[А-Яа-яЁё]{3,}(?![^\W\d_])")
# Checks that held for the original must hold for the surrogate: (validator, check digits).
CHECKS = ((checksums.snils, 2), (checksums.inn12, 2), (checksums.inn10, 1), (checksums.oms, 1))
TRIES = 100


def surrogate(value: str, seed: bytes) -> str:
    """A value of the same shape and never the original."""
    rng = random.Random(seed)
    if CODE_WORD.fullmatch(value):
        return unequal(value, lambda: _code_word(value, rng))
    if normalize(value).spans:
        old = heard(value)
        return unequal(value, lambda: rewrite(value, _checked(old, digits(rng, len(old)), rng)))
    kept = {m.start(): m.group() for m in WORD.finditer(value) if word_info(m.group()).known}
    return unequal(value, lambda: _checked_text(value, redraw(value, rng, kept), rng))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def redraw(value: str, rng: random.Random, kept: dict[int, str] | None = None) -> str:
    """Digits → digits, letters → letters of the same script, case and sound; the words in
    `kept` (by their start) and all other characters stay."""
    out, i = [], 0
    kept, romans = kept or {}, _romans(value)
    plate = _plate(value)
    while i < len(value):
        if i in kept:
            out.append(kept[i])
            i += len(kept[i])
        elif i in romans:
            drawn = rng.choice(ROMAN)
            out.append(drawn if value[i].isupper() else drawn.lower())
            i += romans[i]
        else:
            out.append(letter(value[i], rng, plate))
            i += 1
    return "".join(out)


def _romans(value: str) -> dict[int, int]:
    """Roman numerals (start: length) in a value with digits too: «IV-МЮ 123456», not «Vova»."""
    if not re.search(r"\d", value):
        return {}
    return {m.start(): len(m.group()) for m in ROMAN_RE.finditer(value)}


def _plate(value: str) -> str | None:
    """The plate alphabet a value's letters are all from, when it has digits too: «А123ВС 77»."""
    letters = {c.upper() for c in value if c.isalpha()}
    if not letters or not any(c.isdigit() for c in value):
        return None
    return next((plate for plate in PLATE if letters <= set(plate)), None)


def letter(char: str, rng: random.Random, plate: str | None = None) -> str:
    """One character's surrogate: a digit for a digit, a letter for a letter (of `plate`, if
    given), else itself."""
    if char.isdigit():
        return rng.choice("0123456789")
    if not char.isalpha():
        return char
    if plate:
        drawn = rng.choice(plate)
        return drawn if char.isupper() else drawn.lower()
    script = "cyrillic" if "а" <= char.lower() <= "я" or char.lower() == "ё" else "latin"
    pool = VOWELS if char.lower() in VOWELS[script] + "ыё" else CONSONANTS
    drawn = rng.choice(pool[script])
    return drawn.upper() if char.isupper() else drawn


def unequal(original: str, draw: Callable[[], str | None]) -> str:
    """The first draw that differs from the original, case aside (None: a draw to reject); draws
    go on from one seed, so the answer is still a function of it."""
    for _ in range(TRIES):
        drawn = draw()
        if drawn is not None and drawn.lower() != original.lower():
            return drawn
    raise ValueError("no surrogate differs from the original")  # a value with nothing to draw


def _checked(old: str, new: str, rng: random.Random) -> str:
    """`new` with check digits that agree, if `old`'s agreed."""
    for valid, width in CHECKS:
        if valid(old) and len(new) == len(old):
            for _ in range(TRIES * 10):
                if valid(new):
                    return new
                new = new[:-width] + digits(rng, width)
    return new


def _checked_text(old: str, new: str, rng: random.Random) -> str:
    old_digits, new_digits = re.sub(r"\D", "", old), re.sub(r"\D", "", new)
    fixed = iter(_checked(old_digits, new_digits, rng))
    return re.sub(r"\d", lambda _: next(fixed), new)


def _code_word(value: str, rng: random.Random) -> str:
    """Another noun in the original's case and number, with its capitalization."""
    noun = rng.choice(CODE_WORDS)
    parses = [p for p in analyzer().parse(value.lower()) if p.tag.POS == "NOUN"]
    if parses:
        tag = parses[0].tag
        form = analyzer().parse(noun)[0].inflect({tag.case, tag.number} - {None})
        noun = form.word if form else noun
    if value.isupper():
        return noun.upper()
    return noun.capitalize() if value[0].isupper() else noun
