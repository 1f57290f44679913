"""The normalized text and its offset map back to the original.

Each number a listener hears is one `NumberSpan`: its digits in the normalized text, its words in
the original. Between the numbers of one run the normalized text has "" or a space where the
original has spaces and fillers («восемь э девятьсот»); everything outside the runs is copied
unchanged. So an offset outside every number maps back by a shift, and an offset inside a number
maps to the edge of its words: digits cannot be matched to words one by one («шестнадцать» is
two digits), but a number's words are exactly what must be covered when any of its digits is.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter


@dataclass(frozen=True)
class NumberSpan:
    """One number of a run: where its words were, where its digits are, and the digits."""

    start: int  # in the original text: the first word («плюс» included) …
    end: int  # … to the end of the last
    norm_start: int  # in the normalized text
    norm_end: int
    value: str  # digits, with a leading «+» for «плюс», an ordinal's ending: "+7", "24-го"
    opens_run: bool = True  # the first number of its run: the text before it is copied
    # Read with «тысяча» or as an ordinal («тысяча двести», «двенадцатого»): an amount, a year
    # or a date, never digits dictated one group at a time.
    quantity: bool = False


@dataclass(frozen=True)
class Normalized:
    text: str
    spans: tuple[NumberSpan, ...]  # in text order

    def touches(self, start: int, end: int) -> bool:
        """Whether a normalized span overlaps a number. Numbers are sorted and apart, so only the
        last one starting before `end` can."""
        i = bisect_right(self.spans, end - 1, key=attrgetter("norm_start")) - 1
        return i >= 0 and self.spans[i].norm_end > start

    def number_at(self, start: int, end: int) -> NumberSpan | None:
        """The number a normalized span lies within, if any."""
        i = bisect_right(self.spans, start, key=attrgetter("norm_start")) - 1
        return self.spans[i] if i >= 0 and end <= self.spans[i].norm_end else None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a normalized one; an edge inside a number takes in its words."""
        return self._original(start, is_end=False), self._original(end, is_end=True)

    def _original(self, offset: int, is_end: bool) -> int:
        # The last number starting at or before the offset (before it, for an end: an end at a
        # number's start stays before it).
        i = bisect_right(self.spans, offset - is_end, key=attrgetter("norm_start")) - 1
        if i < 0:
            return offset
        span = self.spans[i]
        if offset < span.norm_end or (is_end and offset == span.norm_end):
            return span.end if is_end else span.start
        # After the number: shifted. Inside a run's gap this lands on the gap's spaces, never
        # past the next number's words, since a gap is never shorter in the original.
        return offset - span.norm_end + span.end
