"""An e-mail address read back or spelled out after it was given: that address.

The client gives the address, the operator (or the client) says it again as it is spelled, in
pieces that no address pattern matches:

    К: g.arutyunyan95@yandex.ru.
    О: Повторяю: g, точка, arutyunyan, 95, собака, yandex.ru.     → the address again
    О: p-r-o-k-h-o-r, точка, zhdanov — Жданов?                    → its local part, spelled
    К: d.oganesyan00@gmail.com. Ди, точка, оганесян, ноль-ноль.   → in Cyrillic, numbers in words
    О: … через «j», «vishnevskaja».                               → one piece of it, in Latin

A stretch of words is an echo of an address found within `REACH` lines when its words are the
address's pieces (its letters and its numbers, the way they are spelled: in Latin, in Cyrillic
transliterated, letter by letter, numbers in words) joined by what dictation says between them
(«точка», «собака», «нижнее подчёркивание», commas), with `MIN_PIECES` pieces or more and one
of them a long piece of its local part, and a joiner, a number, a letter or an address's dot
among them («Иван Петров», «Ivan Petrov» near ivan.petrov@… are a name). One Latin word alone is an echo when it is a long piece
of the local part: a Cyrillic word alone is a surname, which the name recognizers read.
"""

from __future__ import annotations

import re

from redactor.detect.normalize import Normalized, normalize
from redactor.detect.recognizers.spoken_email import WRITTEN
from redactor.entities import EMAIL_ADDRESS
from redactor.finding import Finding

SCORE = 0.8
NAME = "EmailEchoRecognizer"
REACH = 6  # lines between an address and its echo
MIN_PIECES = 2
MIN_LONG = 4  # letters of a piece that names its owner: «zhdanov», not «g» or «ru»
MIN_LATIN_ALONE = 5
# A word (letters spelled with hyphens between them too: «p-r-o-k-h-o-r»), or a number.
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
# What may stand between the words of one dictated address.
GAP = re.compile(r"[ \t,.\-_@«»\"'()]*")  # on one line: a dictation is one turn
JOINERS = frozenset(
    "точка дот dot собака собачка at эт нижнее нижний подчеркивание подчёркивание андерскор"
    " underscore дефис тире минус".split()
)
# Letters said by their names, as addresses are spelled: «ди» is «d», «эс» is «s».
LETTER_NAMES = {
    "эй": "a", "би": "b", "бэ": "b", "си": "c", "ди": "d", "дэ": "d", "и": "e", "эф": "f",
    "джи": "g", "гэ": "g", "эйч": "h", "аш": "h", "ай": "i", "джей": "j", "кей": "k", "ка": "k",
    "эл": "l", "эль": "l", "эм": "m", "эн": "n", "оу": "o", "пи": "p", "пэ": "p", "кью": "q",
    "ар": "r", "эр": "r", "эс": "s", "ти": "t", "тэ": "t", "ю": "u", "ви": "v", "вэ": "v",
    "экс": "x", "икс": "x", "уай": "y", "игрек": "y", "зед": "z", "зет": "z", "зэт": "z",
}  # fmt: skip
CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch _ y _ e yu ya".split(),
        strict=True,
    )
)
# Latin spellings of one sound, made one: «kh»/«h», «x»/«ks», «ja»/«ya».
LATIN_SAME = [("kh", "h"), ("x", "ks"), ("j", "y"), ("w", "v"), ("ph", "f"), ("ck", "k")]
PIECE = re.compile(r"[a-z]+|\d+")

# (conversation, the echo on the last line in brackets) — run by tests/test_email_echoes.py.
EXAMPLES = [
    "К: g.arutyunyan95@yandex.ru.\nО: Повторяю: [g, точка, arutyunyan, 95, собака, yandex.ru].",
    "К: prokhor.zhdanov@rambler.ru.\nО: [p-r-o-k-h-o-r, точка, zhdanov] — Жданов?",
    "spk_1: d.oganesyan00@gmail.com. [Ди, точка, оганесян, ноль-ноль].",
    "К: На почту. lara_dubinina86@yandex.ru.\n"
    "О: [Лара нижнее подчёркивание дубинина восемьдесят шесть, яндекс точка ру]. Правильно?",
    "О: В заказе указана agata.vishnevskaja@icloud.com — через «j», «[vishnevskaja]».",
]
COUNTER_EXAMPLES = [
    # the owner's surname alone is a name, not the address
    "К: prokhor.zhdanov@rambler.ru\nО: Спасибо, Прохор.",
    # the provider and the zone alone are anyone's
    "К: prokhor.zhdanov@rambler.ru\nО: На рамблер точка ру почта доходит долго.",
    # the owner's name near the address: words of its local part, nothing joins them
    "К: ivan.petrov@mail.ru\nО: Спасибо, Иван Петров.",
    # a sender's name in the header after the address: another line
    "Фатима: fatima.dzutseva@yandex.ru\nФатима Дзуцева: В тг можно писать",
    # the owner's name in Latin, as a display name writes it
    "К: anna.smirnova@mail.ru\nAnna Smirnova: спасибо",
    # too far from the address
    "К: prokhor.zhdanov@rambler.ru\n" + "О: да\n" * 8 + "О: prokhor, точка, zhdanov.",
]


def email_echoes(
    text: str, findings: list[Finding], normalized: Normalized | None = None
) -> list[Finding]:
    """Findings for the stretches of `text` that say a found address again (see the module).
    `normalized`: `normalize(text)`, when the caller has it already."""
    addresses = [
        (f, _pieces(text[f.start : f.end]))
        for f in findings
        if f.entity_type == EMAIL_ADDRESS and "@" in text[f.start : f.end]
    ]
    if not addresses:
        return []
    normalized = normalize(text) if normalized is None else normalized
    lines = [m.start() for m in re.finditer("\n", text)]
    results: list[Finding] = []
    for found, (local, domain) in addresses:
        line = _line(lines, found.start)
        low = lines[line - REACH - 1] if line - REACH - 1 >= 0 else 0
        high = lines[line + REACH] if line + REACH < len(lines) else len(text)
        stretches = _stretches(text, low, high, normalized, local | domain, findings)
        for start, end, pieces, joined in stretches:
            longs = [p for p in pieces if p in local and len(p) >= MIN_LONG and p.isalpha()]
            latin_alone = (
                len(pieces) == 1
                and longs
                and len(longs[0]) >= MIN_LATIN_ALONE
                and text[start:end].isascii()
            )
            if not (latin_alone or (len(pieces) >= MIN_PIECES and longs and joined)):
                continue
            if any(f.start <= start and end <= f.end for f in findings + results):
                continue
            results.append(Finding(start, end, EMAIL_ADDRESS, SCORE, NAME))
    return results


def _pieces(address: str) -> tuple[frozenset[str], frozenset[str]]:
    """The letters and numbers of an address's local part and of its domain."""
    local, _, domain = address.lower().partition("@")
    return (
        frozenset(_same(p) for p in PIECE.findall(local)),
        frozenset(_same(p) for p in PIECE.findall(domain)),
    )


def _stretches(
    text: str,
    low: int,
    high: int,
    normalized: Normalized,
    pieces: frozenset[str],
    findings: list[Finding],
):
    """(start, end, the pieces said, whether a joiner or a number is among them) of each
    stretch of `text[low:high]` whose words are `pieces` and joiners only, trimmed to its first
    and last piece; the words of the addresses of `findings` are none of a stretch."""
    taken = [
        (f.start, f.end)
        for f in findings
        if f.entity_type == EMAIL_ADDRESS and f.end > low and f.start < high
    ]
    said = _said_numbers(normalized, low, high)
    start = end = None
    found: list[str] = []
    joined = False
    last = low
    for m in TOKEN.finditer(text, low, high):
        if m.start() < last:
            continue  # a word of a number said in words, read with its first word
        inside = any(a < m.end() and m.start() < b for a, b in taken)
        if start is not None and (inside or GAP.fullmatch(text, last, m.start()) is None):
            yield start, end, found, joined
            start, found, joined = None, [], False
        if inside:
            last = m.end()
            continue
        gap = text[last : m.start()]
        value, last = _value(m, said)
        if value in pieces:
            if start is None:
                start = m.start()
            else:  # «ivan.petrov», «lara_dubinina»: written as an address is
                joined = joined or any(c in gap for c in "._@")
            end, found = last, [*found, value]
            joined = joined or len(value) == 1 or value.isdigit() or not m[0].isalpha()
        elif start is not None and m[0].lower() in JOINERS:
            joined = True
        elif start is not None:
            yield start, end, found, joined
            start, found, joined = None, [], False
    if start is not None:
        yield start, end, found, joined


def _said_numbers(normalized: Normalized, low: int, high: int) -> dict[int, tuple[int, str]]:
    """Numbers said in words, by the start of their first word: (their end, their digits)."""
    out: dict[int, tuple[int, str]] = {}
    for span in normalized.spans:
        if low <= span.start and span.end <= high:
            out[span.start] = (span.end, span.value)
    return out


def _value(m: re.Match, said: dict[int, tuple[int, str]]) -> tuple[str, int]:
    """What a token says as a piece of an address, and where it ends: a number's digits (its
    words), a spelled word's letters, a letter's name's letter, a word in Latin."""
    digits, position = [], m.start()
    while position in said:  # «ноль-ноль», «восемьдесят шесть»: one number, one or more spans
        end, value = said[position]
        digits.append(value)
        position = end + 1 if end < m.end() else end
        if end >= m.end():
            break
    if digits:
        return "".join(digits).replace("-", ""), max(m.end(), end)
    word = m[0].lower()
    if "-" in word and all(len(p) == 1 for p in word.split("-")):
        word = word.replace("-", "")  # «p-r-o-k-h-o-r»
    if word in LETTER_NAMES:
        return LETTER_NAMES[word], m.end()
    word = WRITTEN.get(word.replace("ё", "е"), word)
    return _same("".join(CYRILLIC.get(c, c) for c in word).replace("_", "")), m.end()


def _same(piece: str) -> str:
    for a, b in LATIN_SAME:
        piece = piece.replace(a, b)
    return piece


def _line(lines: list[int], position: int) -> int:
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if lines[mid] < position:
            lo = mid + 1
        else:
            hi = mid
    return lo
