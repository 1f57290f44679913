"""Cue words and number shapes shared by the passport and driving licence recognizers.

A passport's and a driving licence's series and number look alike (4 + 6 digits) and carry no
checksum: only the words before them say which document, if any, a number belongs to. The
nearest decisive word wins («паспорт 4512 345678», «права 9912 345678», «номер заказа …»); words
like «серия», «номер», «данные» decide nothing and are passed over. A message that is only the
answer («Клиент: 4512 345678») takes its cue from the question on the line before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from redactor.detect.recognizers import answers
from redactor.detect.recognizers.answers import (
    WORD as WORD,  # the passport recognizer reads it here
)
from redactor.detect.recognizers.answers import Cues, line_words

PASSPORT, FOREIGN, LICENSE, OTHER = "passport", "foreign", "license", "other"
SERIES, NUMBER = 4, 6  # digits of an internal passport's or a driving licence's series, number
CUED = 0.95  # a series and number after a word that names the document
MARKED = 0.6  # «45 12 № 345678»: a document's layout, no word names it
CLOSE = 4  # words: a cue this close names a number however its digits are grouped
SERIES_WORD = re.compile(r"сери[яиюей]\w*", re.IGNORECASE)

REACH = 100  # characters: a cue further back belongs to another phrase
WORDS = 8  # words before a number that may hold its cue («паспорт у меня значит серия …»)

# The nearest of these words decides; the first kind that matches a word is its kind.
KINDS = [
    (FOREIGN, re.compile(r"загран\w*|заграничн\w*", re.IGNORECASE)),
    # «документ, удостоверяющий личность», «код подразделения» (the passport's issuing office)
    (PASSPORT, re.compile(r"паспорт\w*|личност\w*|удостоверяющ\w*|подразделени\w*", re.I)),
    # «права», «водительское удостоверение», «ВУ», «в/у»; not «правильно», «правда»
    (LICENSE, re.compile(r"прав(?:а|ах|ами|ам)?|водительск\w*|ву|в/у", re.IGNORECASE)),
    # Another document, an order, a phone or a card: the number is theirs.
    (
        OTHER,
        re.compile(
            r"(?:заказ|договор|транзакц|операц|сч[её]т|накладн|квитанц|лицев|артикул|заявк"
            r"|обращени|полис|трек|платеж|платёж|телефон|звон|карт|кредит|займ|штраф|справк"
            r"|свидетельств|сертификат|билет|посылк|отправлени|снилс|смс|пин|парол)\w*"
            r"|тел|моб|сот|инн|огрн(?:ип)?|кпп|бик|стс|птс|чек\w{0,2}|id|код",
            re.IGNORECASE,
        ),
    ),
]


WHERE = frozenset({"в", "во"})  # before a record's word: the place of a number, not its kind
# A passport's series and number as printed and read out: «45 12 345678».
LAYOUT = re.compile(r"(?!00)\d\d \d\d \d{6}")


@dataclass(frozen=True)
class Cue:
    """What the words before a number say: the kind of document (None: no word decides), and
    whether the word is close (within `CLOSE` words, or the question an answer replies to)."""

    kind: str | None
    close: bool


def cue_words(text: str, start: int) -> Cues:
    """The words that may name the number at `start`, nearest last: those before it on its line,
    back to the number before it (which they named: «паспорт 4512 345678 и 912 …»); or, when the
    number opens an answer (a speaker tag and fillers before it), the question on the line
    before. The flag is True for the question."""
    return answers.cue_words(text, start, REACH, WORDS, past_numbers=False)


def document_cue(text: str, start: int) -> Cue:
    """The kind of document that the nearest decisive word before `start` names (PASSPORT,
    FOREIGN, LICENSE or OTHER), and how close it is."""
    words, answer = cue_words(text, start)
    for i, word in enumerate(reversed(words)):
        before = words[-i - 2].lower() if i + 1 < len(words) else ""
        for kind, pattern in KINDS:
            if pattern.fullmatch(word):
                if kind == OTHER and before in WHERE:
                    break  # «Паспорт в заявке — 65 22 143960»: where it is written, not what
                return Cue(kind, answer or i < CLOSE)
    return Cue(None, False)


def document_kind(text: str, start: int) -> str | None:
    return document_cue(text, start).kind


def words_near(text: str, start: int, count: int) -> list[str]:
    """The last `count` words before `start` on its line, nearest last."""
    return line_words(text, start, REACH, count)


# A document number as written or said (the spoken copy groups digits as they were said): digit
# groups, maybe with «№» or «номер» between series and number. Not inside a word, a date or a
# decimal; it starts with a digit, so that `re` does not try a lookbehind at every character.
RUN = re.compile(
    r"""\d(?<![\w]\d)(?<!\d[.,/:]\d)\d*
        (?:
            (?:[ \t]?-[ \t]?|[ \t]{1,2}                  # «45 12 345678», «770-001»
              |[ \t]*[,;]?[ \t]*(?:(?:и|а)[ \t]+)?       # «4512, а номер 345678»
               (?:номер|№|No\.?|N|н\.|дальше|далее)[ \t]*[:.]?[ \t]*  # «45 12 № 345678»,
                                                          # «99 34, дальше 715 208»
              |[ \t]*,?[ \t]*\n[ \t]*(?:[^\W\d_]+[ \t]*:)?  # dictated over a pause that
               [ \t]*(?:(?:номер|№)[ \t]*)?              # broke the line: «… 45 12 ⏎
            )\d+                                          # клиент: 345 678»
        )*
        (?![\d]|[.,/:]\d)                                 # not a date's or a decimal's head""",
    re.IGNORECASE | re.VERBOSE,
)
GROUP = re.compile(r"\d+")
LONGEST = 12  # digits: more than any number read here (a series and number have ten)
MARK = re.compile(r"номер|№|\bNo?\b|\bн\.", re.IGNORECASE)  # between series and number
PIECE = re.compile(r"[^\n]*\w")  # a finding's part on one line, up to its last letter or digit


class Number(NamedTuple):  # a tuple: runs have many stretches, and a dataclass is slow to make
    """A stretch of digit groups from a run's start: where it lies, its digits, where its groups
    end (counted in digits), and where «№» or «номер» stands (counted in digits), if anywhere."""

    start: int
    end: int
    digits: str
    ends: tuple[int, ...]
    mark: int | None

    def split_at(self, series: int) -> bool:
        """Whether the number was written or said with a break after its first `series` digits
        (a series, then a number), or all in one piece."""
        if self.mark is not None:
            return self.mark == series
        return series in self.ends or len(self.ends) == 1


def numbers(text: str) -> list[list[Number]]:
    """For every run of digit groups, the stretches of its groups from its start, shortest first:
    «4512 345678 2 раза» is read as 4512, as 4512 345678 and as 4512 345678 2. The last one
    is the whole run, or a stretch longer than any document's number, where it stops. A run with
    a group said twice («… 345 345 678») is also read with that group once."""
    found = []
    for run in RUN.finditer(text):
        groups = list(GROUP.finditer(text, run.start(), run.end()))
        found.append(_stretches(text, run.start(), groups, once=False))
        if any(a.group() == b.group() and len(a.group()) > 1 for a, b in pairwise(groups)):
            found.append(_stretches(text, run.start(), groups, once=True))
    return found


def _stretches(text: str, start: int, groups: list[re.Match], once: bool) -> list[Number]:
    stretches: list[Number] = []
    digits, ends, mark, previous = "", [], None, start
    for i, g in enumerate(groups):
        if digits and MARK.search(text, previous, g.start()):
            mark = len(digits) if mark is None else mark
        previous = g.end()
        if once and i and g.group() == groups[i - 1].group() and len(g.group()) > 1:
            stretches[-1] = stretches[-1]._replace(end=g.end())  # said again: the same group
            continue
        digits += g.group()
        ends.append(len(digits))
        stretches.append(Number(start, g.end(), digits, tuple(ends), mark))
        if len(digits) > LONGEST:
            break  # a longer run holds no document here, whatever follows
    return stretches


def series_and_number(text: str, stretches: list[Number]):
    """(the stretch, its document kind, score, why) of a run that holds a 4 + 6-digit series and
    number (a passport's or a driving licence's), or None. A cue names the document; without
    one, «серия» before it or «№» between its parts says it is a passport («45 12 № 345678»)."""
    stretch = next((n for n in stretches if len(n.digits) == SERIES + NUMBER), None)
    if stretch is None:
        return None
    cue = document_cue(text, stretch.start)
    kind = cue.kind
    # Said in other groups («девятьсот двенадцать триста сорок пять …»), a series and number
    # only right after the word that names them.
    if not stretch.split_at(SERIES) and not cue.close:
        return None
    if kind in (PASSPORT, FOREIGN):
        return stretch, PASSPORT, CUED, "series and number after a passport word"
    if kind == LICENSE:
        return stretch, LICENSE, CUED, "series and number after a driving licence word"
    if kind is None and any(SERIES_WORD.fullmatch(w) for w in words_near(text, stretch.start, 3)):
        return stretch, PASSPORT, CUED, "«серия» before a series and number"
    if kind is None and stretch.mark == SERIES:
        return stretch, PASSPORT, MARKED, "series, «№» and number"
    if kind is None and LAYOUT.fullmatch(text, stretch.start, stretch.end):
        # «В базе 75 02 978975 — совпадает»: no other number is written 2 + 2 + 6
        return stretch, PASSPORT, MARKED, "a passport's printed layout"
    return None


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A finding's parts on each line it spans, without the speaker tag between: a number
    dictated over a pause that broke the line («… 45 12 ⏎ клиент: 345 678»)."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    parts, line_start = [], start
    for line_end in [*(i for i in range(start, end) if text[i] == "\n"), end]:
        first = GROUP.search(text, line_start, line_end)
        last = PIECE.match(text, line_start, line_end)
        if first and last:
            parts.append((first.start(), last.end()))
        line_start = line_end + 1
    return parts
