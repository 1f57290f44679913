"""Runs of number words in a text → digits, with an exact offset map back to the original.

A run is a stretch of number tokens separated by spaces, tabs, a comma or a hyphen (never a line
break or the end of a sentence): number words, digit tokens of 1–4 digits, and fillers («э»,
«ну», «значит») that stand between two number tokens. A run needs a number word, or «плюс» before a number: written
digits alone are left as they are. «плюс» counts at the start of a run only, and not right after a
number («два плюс два» is arithmetic). A run of ambiguous words only («всю семью») is no number.

Each run becomes its numbers as a listener writes them down (`numbers.py`): «восемь э девятьсот
шестнадцать» → "8 916", with a `NumberSpan` per number (`offsets.py`).

Speed: one compiled regex, a trie of all the forms, finds the number words; Python works only
around its hits.
"""

from __future__ import annotations

import re

from redactor.detect.normalize.numbers import Chunk, Token, read, separators
from redactor.detect.normalize.offsets import Normalized, NumberSpan
from redactor.detect.normalize.words import AMBIGUOUS, COUNTED, FILLERS, FORMS, PLUS


def _trie(words: list[str]) -> str:
    """A regex alternation of `words` as a trie: the regex engine tries one branch per letter
    instead of every word, which keeps the scan of text without numbers fast."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [_letter(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return pattern(root)


def _letter(char: str) -> str:
    return "[её]" if char == "е" else re.escape(char)


GAP = r"[^\S\n]+"  # spaces and tabs: a run never crosses a line break
# Between two tokens of a run: a gap, maybe after a comma (a pause in dictation, as a recogniser
# with punctuation writes it: «восемь, девятьсот шестнадцать, сто двадцать три…»), or a hyphen
# («восемь-девятьсот-шестнадцать», «три-четыре раза»), which stays in the digits: "8-916", "3-4".
SPACE = rf",?{GAP}"
# «эм» before another letter said by its name is a letter itself: «999 эм эм 198» is a plate's
# «ММ», «эм эн» a series' letters, not a speaker's hesitation.
LETTER_NOT_FILLER = rf"(?!эм{SPACE}(?:эм|эн|эс|эр|эл|эф|пэ|тэ|вэ|ха|ка)(?!\w))"
PAUSE = rf"(?:(?:{SPACE}{LETTER_NOT_FILLER}(?:{FILLERS})(?!\w)){{0,2}}{SPACE}|-)"  # fillers between spaces only
NUMBER_WORD = _trie(sorted(FORMS))
# The scan: a number word or «плюс», as a whole word.
WORD = re.compile(rf"(?<!\w)(?:{_trie([*FORMS, PLUS])})(?!\w)", re.IGNORECASE)
# A digit token: not part of a date, a time, a decimal or a longer number («12.03», «14:30»).
DIGITS = r"[0-9]{1,4}(?![\w]|[.,:/-][0-9])"
# The next token of a run, after up to two fillers.
NEXT = re.compile(
    rf"{PAUSE}(?:(?P<word>{NUMBER_WORD})(?!\w)|(?P<digits>{DIGITS}))",
    re.IGNORECASE,
)
# A digit token just before a run's first word, maybe with fillers between (searched up to end).
BEFORE = re.compile(
    rf"(?<![\w.,:/-])(?P<digits>[0-9]{{1,4}}){PAUSE}\Z",
    re.IGNORECASE,
)
REACH = 40  # characters searched back for digit tokens: four digits and two fillers fit
STARTS_WITH = re.compile(r"(?<!\w)со?[^\S\n]+\Z", re.IGNORECASE)  # «с восьмёрки», «с единицы»
NUMBER_BEFORE = re.compile(rf"[0-9]{GAP}\Z")  # «2 плюс 2»
ONLY_GAP = re.compile(GAP)
# A month's name right after an ordinal: «первое декабря» is a day, not a course of a meal
# (`words.AMBIGUOUS` leaves «первое», «второе» alone otherwise).
MONTH_AFTER = re.compile(
    rf"{GAP}(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
    r"|декабря)(?!\w)",
    re.IGNORECASE,
)
HESITATION = re.compile(r"[^\W\d_]")  # a filler between two numbers: a word, not a pause
TAKEN_BACK = re.compile(r"(?<!\w)(?:сейчас|щас|секунд(?:очк)?у)(?!\w)", re.IGNORECASE)
MAX_SAID_AGAIN = 4  # groups a speaker says again after taking a start back: a passport's two
MIN_SAID_AGAIN = 3  # digits in them: «ноль ноль эээ ноль ноль семь» may be four zeros
COUNTED_AFTER = re.compile(rf"{GAP}(?:{COUNTED})(?!\w)", re.IGNORECASE)  # «… три раза»


def normalize(text: str) -> Normalized:
    """`text` with every run of spoken number words replaced by its digits."""
    pieces: list[str] = []
    spans: list[NumberSpan] = []
    copied = 0  # the original text is copied up to here
    length = 0  # of the normalized text so far
    pos = 0
    while match := WORD.search(text, pos):
        run = _run(text, match, copied)
        if run is None:
            pos = match.end()
            continue
        for start, end, sep, value, quantity in _numbers(text, *run):
            before = text[copied:start] if sep is None else sep
            length += len(before)
            norm_end = length + len(value)
            spans.append(NumberSpan(start, end, length, norm_end, value, sep is None, quantity))
            pieces += (before, value)
            length += len(value)
            copied = pos = end
    if not spans:
        return Normalized(text, ())
    pieces.append(text[copied:])
    return Normalized("".join(pieces), tuple(spans))


Placed = tuple[Token, int, int]  # a token and where it stands in the original


def _numbers(text: str, plus: int | None, tokens: list[Placed]):
    """(start, end, what stands before it, digits, quantity) of each number of a run; what
    stands before the first one is None: the original text, copied."""
    chunks = _said_again(
        text, tokens, _restarted(text, tokens, read([token for token, _, _ in tokens]))
    )
    gaps = ["", *(_gap(text, tokens, c.first) for c in chunks[1:])]
    # Digits said one by one are written together, but not across a pause, nor into a count.
    apart = {i for i, gap in enumerate(gaps) if "," in gap or "-" in gap}
    if COUNTED_AFTER.match(text, tokens[-1][2]):  # «… шесть семь | три раза»
        apart.add(len(chunks) - 1)
    seps = separators(chunks, apart)
    for sep, gap, chunk in zip(seps, gaps, chunks, strict=True):
        sep = "-" if "-" in gap else sep
        start, end = tokens[chunk.first][1], tokens[chunk.last][2]
        if chunk.first == 0 and plus is not None:  # «плюс семь» → "+7"
            yield plus, end, None, "+" + chunk.digits, chunk.quantity
        else:
            yield start, end, None if chunk.first == 0 else sep, chunk.digits, chunk.quantity


def _restarted(text: str, tokens: list[Placed], chunks: list[Chunk]) -> list[Chunk]:
    """The chunks with each group begun, a hesitation, and the group said again whole read
    once: «девятьсот эээ девятьсот шестнадцать» → 916, «сто двадцать ну сто двадцать три» →
    123 (a round number, a filler, then a number as long with the same first digits)."""
    out: list[Chunk] = []
    for chunk in chunks:
        if out and _restart(out[-1], chunk) and HESITATION.search(_gap(text, tokens, chunk.first)):
            out[-1] = Chunk(out[-1].first, chunk.last, chunk.digits, chunk.quantity)
        else:
            out.append(chunk)
    return out


def _said_again(text: str, tokens: list[Placed], chunks: list[Chunk]) -> list[Chunk]:
    """The chunks with a start taken back read once: the groups just said, a hesitation, the
    same groups again and the dictation going on from them. «тридцать шесть двадцать один ну
    тридцать шесть двадцать один семьсот …» → 36 21 789 …; «ноль сейчас ноль пять один» →
    0 5 1 (one group again only after a word that takes it back, «сейчас», «щас»: after «эээ»
    «ноль эээ ноль пять» may be two zeros). The groups said first join the first group said
    again: their words stay in its span, their digits are read once."""
    out: list[Chunk] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        gap = _gap(text, tokens, chunk.first) if out else ""
        size = _repeated(out, chunks, i) if HESITATION.search(gap) else 0
        digits = sum(len(c.digits) for c in out[-size:]) if size else 0
        if size and ((size >= 2 and digits >= MIN_SAID_AGAIN) or TAKEN_BACK.search(gap)):
            first = out[-size].first
            del out[-size:]
            out.append(Chunk(first, chunk.last, chunk.digits, chunk.quantity))
        else:
            out.append(chunk)
        i += 1
    return out


def _repeated(said: list[Chunk], chunks: list[Chunk], i: int) -> int:
    """How many groups at the end of `said` `chunks` says again from `i` and then goes on; 0
    when none. Digit groups only, not an amount or a date."""
    for size in range(min(len(said), len(chunks) - i - 1, MAX_SAID_AGAIN), 0, -1):
        before, again = said[-size:], chunks[i : i + size]
        if all(
            a.digits == b.digits and a.digits.isdigit() and not (a.quantity or b.quantity)
            for a, b in zip(before, again, strict=True)
        ):
            return size
    return 0


def _restart(said: Chunk, again: Chunk) -> bool:
    return (
        len(said.digits) >= 2
        and said.digits.isdigit()
        and again.digits.isdigit()
        and len(again.digits) == len(said.digits)
        and said.digits != again.digits
        and again.digits.startswith(said.digits.rstrip("0"))
        and not (said.quantity or again.quantity)
    )


def _gap(text: str, tokens: list[Placed], i: int) -> str:
    """The text between token i − 1 and token i."""
    return text[tokens[i - 1][2] : tokens[i][1]]


def _run(text: str, match: re.Match, floor: int) -> tuple[int | None, list[Placed]] | None:
    """(where «плюс» starts or None, the run's tokens) of the run around a number word; None when
    it is no number. `floor`: the end of the previous run, which this one must not reach into."""
    start, end = match.span()
    word = match.group().lower().replace("ё", "е")
    tokens: list[Placed] = []
    plus = word == PLUS
    certain = plus or word not in AMBIGUOUS  # not only words like «семью»
    if plus:
        # «плюс» right after a number is arithmetic: «два плюс два», «2 плюс 2»
        if (floor and ONLY_GAP.fullmatch(text, floor, start)) or NUMBER_BEFORE.search(
            text, max(0, start - REACH), start
        ):
            return None
    else:
        if FORMS[word].counted and STARTS_WITH.search(text, max(0, start - 4), start):
            return None  # «с восьмёрки восемь девятьсот …»: what the number starts with
        tokens.append((FORMS[word], start, end))
        first = start
        while found := BEFORE.search(text, max(floor, first - REACH), first):  # «8 девятьсот»
            tokens.insert(0, (found["digits"], found.start(), found.end("digits")))
            first, certain = found.start(), True
    while found := NEXT.match(text, end):
        if found["word"]:
            word = found["word"].lower().replace("ё", "е")
            tokens.append((FORMS[word], *found.span("word")))
            certain = certain or word not in AMBIGUOUS
        else:
            tokens.append((found["digits"], *found.span("digits")))
            certain = True
        end = found.end()
    if not tokens:
        return None
    if not certain and not MONTH_AFTER.match(text, end):
        return None
    return (start if plus else None), tokens
