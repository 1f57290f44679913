"""Runs of number words in a text → digits, with an exact offset map back to the original.

A run is a stretch of number tokens separated by spaces or tabs (never a line break or
punctuation): number words, digit tokens of 1–4 digits, and fillers («э», «ну», «значит») that
stand between two number tokens. A run needs a number word, or «плюс» before a number: written
digits alone are left as they are. «плюс» counts at the start of a run only, and not right after a
number («два плюс два» is arithmetic). A run of ambiguous words only («всю семью») is no number.

Everything outside the runs is copied unchanged, so an offset there maps back by a shift; an
offset inside a replaced run maps to the edge of the whole run (`Normalized.to_original`).

Speed: one compiled regex, a trie of all the forms, finds the number words; Python works only
around its hits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from redactor.normalize.numbers import Token, spoken_digits
from redactor.normalize.words import AMBIGUOUS, FILLERS, FORMS, PLUS


@dataclass(frozen=True)
class NumberSpan:
    """One replaced run: where it was, where its digits are, and the digits."""

    start: int  # in the original text
    end: int
    norm_start: int  # in the normalized text
    norm_end: int
    value: str  # digits, with a leading «+» for «плюс»


@dataclass(frozen=True)
class Normalized:
    text: str
    spans: tuple[NumberSpan, ...]  # in text order

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a normalized one; an end inside a run takes in the whole run."""
        return self._original(start, is_end=False), self._original(end, is_end=True)

    def _original(self, offset: int, is_end: bool) -> int:
        # The last run starting at or before the offset (before it, for an end: an end at a
        # run's start stays before the run).
        i = bisect_right(self.spans, offset - is_end, key=attrgetter("norm_start")) - 1
        if i < 0:
            return offset
        span = self.spans[i]
        if offset < span.norm_end or (is_end and offset == span.norm_end):
            return span.end if is_end else span.start
        return offset - span.norm_end + span.end


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
NUMBER_WORD = _trie(sorted(FORMS))
# The scan: a number word or «плюс», as a whole word.
WORD = re.compile(rf"(?<!\w)(?:{_trie([*FORMS, PLUS])})(?!\w)", re.IGNORECASE)
# A digit token: not part of a date, a time, a decimal or a longer number («12.03», «14:30»).
DIGITS = r"[0-9]{1,4}(?![\w]|[.,:/-][0-9])"
# The next token of a run, after up to two fillers.
NEXT = re.compile(
    rf"(?:{GAP}(?:{FILLERS})(?!\w)){{0,2}}{GAP}(?:(?P<word>{NUMBER_WORD})(?!\w)|(?P<digits>{DIGITS}))",
    re.IGNORECASE,
)
# A digit token just before a run's first word, maybe with fillers between (searched up to end).
BEFORE = re.compile(
    rf"(?<![\w.,:/-])(?P<digits>[0-9]{{1,4}})(?:{GAP}(?:{FILLERS}))?(?:{GAP}(?:{FILLERS}))?{GAP}\Z",
    re.IGNORECASE,
)
REACH = 40  # characters searched back for digit tokens: four digits and two fillers fit
NUMBER_BEFORE = re.compile(rf"[0-9]{GAP}\Z")  # «2 плюс 2»
ONLY_GAP = re.compile(GAP)


def normalize(text: str) -> Normalized:
    """`text` with every run of spoken number words replaced by its digits."""
    pieces: list[str] = []
    spans: list[NumberSpan] = []
    copied = 0  # the original text is copied up to here
    shift = 0  # normalized offset − original offset, after `copied`
    pos = 0
    while match := WORD.search(text, pos):
        run = _run(text, match, copied)
        if run is None:
            pos = match.end()
            continue
        start, end, value = run
        pieces += (text[copied:start], value)
        spans.append(NumberSpan(start, end, start + shift, start + shift + len(value), value))
        shift += len(value) - (end - start)
        copied = pos = end
    if not spans:
        return Normalized(text, ())
    pieces.append(text[copied:])
    return Normalized("".join(pieces), tuple(spans))


def _run(text: str, match: re.Match, floor: int) -> tuple[int, int, str] | None:
    """(start, end, digits) of the run around a number word; None when it is no number.
    `floor`: the end of the previous run, which this one must not reach back into."""
    start, end = match.span()
    word = match.group().lower().replace("ё", "е")
    tokens: list[Token] = []
    plus = word == PLUS
    certain = plus or word not in AMBIGUOUS  # not only words like «семью»
    if plus:
        # «плюс» right after a number is arithmetic: «два плюс два», «2 плюс 2»
        if (floor and ONLY_GAP.fullmatch(text, floor, start)) or NUMBER_BEFORE.search(
            text, max(0, start - REACH), start
        ):
            return None
    else:
        tokens.append(FORMS[word])
        while found := BEFORE.search(text, max(floor, start - REACH), start):  # «8 девятьсот»
            tokens.insert(0, found["digits"])
            start, certain = found.start(), True
    while found := NEXT.match(text, end):
        if found["word"]:
            word = found["word"].lower().replace("ё", "е")
            tokens.append(FORMS[word])
            certain = certain or word not in AMBIGUOUS
        else:
            tokens.append(found["digits"])
            certain = True
        end = found.end()
    if not tokens or not certain:
        return None
    return start, end, ("+" if plus else "") + spoken_digits(tokens)
