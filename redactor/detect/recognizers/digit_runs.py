"""Runs of digit groups and the word that labels them: what the СНИЛС, ИНН, ОМС and account
recognizers share.

A number is written whole («11223344595»), in its own groups («112-233-445 95»), or — in the
normalized copy of a transcript (`redactor.detect.spoken`) — in whatever groups the speaker said it
(«сто двенадцать двести тридцать три …» → "112 233 445 95"). So a recognizer looks at a run of
groups and at the stretches of whole groups in it that have its length, and asks which word
labels the run (`nearest_cue`): its own word («снилс»), a phone word, or another document's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from redactor.detect.recognizers.answers import cue_words, first_words, line_words

# Groups of digits split by one separator: a space (two in chats), a dash. Never part of a longer
# word or of a «+7 …» phone.
RUN = re.compile(r"\d(?<![\d+]\d)(?<![\w.,]\d)\d*(?:(?:[ \u00a0]{1,2}|[-–])\d+)*(?![\d])")
GROUP = re.compile(r"\d+")
WORDS_BEFORE = 5  # as many as Presidio's context window
WORDS_AFTER = 2
REACH = 80  # characters: a cue further back belongs to another phrase


# A whole run this many digits longer or shorter than the number is still a candidate after the
# number's own word: a transcript reads groups run together («двадцать | семь тысяч …» as 27 …)
# or drops a digit. No checksum can pass it, so only a cue can make it a finding.
SLACK = 2
Verdict = tuple[float, str]  # a score and the rule that gave it (`why`, never the value)


@dataclass(frozen=True)
class Stretch:
    """Whole groups of a run: where they are, their digits, whether they are the whole run."""

    start: int
    end: int
    digits: str
    whole: bool
    first: bool  # it begins the run
    exact: bool = True  # of one of the lengths asked for (else a whole run within `SLACK`)


def runs(text: str, shortest: int) -> Iterator[re.Match]:
    """The runs with at least `shortest` digits (less `SLACK`)."""
    for run in RUN.finditer(text):
        if sum(c.isdigit() for c in run.group()) >= shortest - SLACK:
            yield run


def stretches(run: re.Match, lengths: tuple[int, ...]) -> Iterator[Stretch]:
    """The stretches of whole groups with one of `lengths` digits: the whole run first, then
    those that begin it (a count may follow: «… 95 2 раза»), then the rest; last, the whole run
    if its length is off by at most `SLACK`. Made as they are read: a run of a megabyte
    («1 1 1 …») is never held whole."""
    groups = list(GROUP.finditer(run.group()))
    first = list(_from(run, groups, 0, lengths))
    yield from (s for s in first if s.whole)
    yield from (s for s in first if not s.whole)
    for i in range(1, len(groups)):
        yield from _from(run, groups, i, lengths)
    digits = "".join(g.group() for g in groups)
    if not any(s.whole for s in first) and any(abs(len(digits) - n) <= SLACK for n in lengths):
        yield Stretch(run.start(), run.end(), digits, True, True, exact=False)


def _from(run: re.Match, groups: list[re.Match], i: int, lengths: tuple[int, ...]):
    """The stretches that begin at group i, shortest first."""
    digits = ""
    for j in range(i, len(groups)):
        digits += groups[j].group()
        if len(digits) > max(lengths):
            break
        if len(digits) in lengths:
            start, end = run.start() + groups[i].start(), run.start() + groups[j].end()
            whole = i == 0 and j == len(groups) - 1
            yield Stretch(start, end, digits, whole, i == 0)


def judged(found: Iterable[Stretch], judge: Callable[[Stretch], Verdict | None]):
    """(stretch, verdict) of the stretches `judge` accepts, in the order `stretches` gives them,
    none overlapping one accepted before it: two numbers said in one breath are two findings
    («инн 500100732259 7707083893»), a number and a count after it one («… 95 2 раза»)."""
    taken: list[tuple[int, int]] = []  # sorted: the accepted never overlap
    for stretch in found:
        i = bisect_left(taken, (stretch.end,))  # the first that starts at its end or later
        if i and taken[i - 1][1] > stretch.start:
            continue
        verdict = judge(stretch)
        if verdict:
            insort(taken, (stretch.start, stretch.end))
            yield stretch, verdict


def nearest_cue(
    text: str, start: int, end: int, cues: dict[str, re.Pattern], own: str | None = None
) -> str | None:
    """The name of the first of `cues` that the nearest labelling word before `start` matches
    (on its line, or on the line before when the number opens its line: an answer to
    «назовите СНИЛС»); else `own` if its cue is among the words right after `end` («…, это
    мой ИНН»: only the recognizer's own word, the next phrase's words label the next number).
    Past another number only `own` is looked for: «ИНН 7707083893 и 7736050003» labels both,
    but in «паспорт 4512 345678 и 112-233-445 95» «паспорт» is the first number's alone."""
    near, far = _words_before(text, start)
    for word in reversed(near):
        for name, cue in cues.items():
            if cue.fullmatch(word):
                return name
    if own and any(cues[own].fullmatch(word) for word in far):
        return own
    words_after = first_words(text, end, WORDS_AFTER)
    if own and any(cues[own].fullmatch(word) for word in words_after):
        return own
    return None


def _words_before(text: str, start: int) -> tuple[list[str], list[str]]:
    """The last few words before `start`: those after the number before it, if any, and those
    before that number; or the question on the line before, when the number alone answers it
    (a speaker tag, no fillers, before it: «клиент: 112-233-445 95»)."""
    words, question = cue_words(text, start, REACH, WORDS_BEFORE, fillers=None)
    if question:
        return words, []
    near = line_words(text, start, REACH, WORDS_BEFORE, past_numbers=False)
    return near, words[: len(words) - len(near)]


def line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position)
