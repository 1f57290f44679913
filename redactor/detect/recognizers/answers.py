"""The words that may name a value: those before it on its line, or the question it answers.

A number without a checksum is whatever the words before it say: «паспорт 4512 345678», «номер
заказа 4512 345678». In a dialogue the word is often a line up, in the question the value
answers, and the value's own line holds only a speaker tag and a filler or two:

    Оператор: Назовите серию и номер паспорта.
    Клиент: ну 4512 345678                  → «… серию и номер паспорта»

    [00:01:23] спикер 2: продиктуйте снилс
    [00:01:31] спикер 1: 112-233-445 95      → «продиктуйте снилс»

    Клиент: мой снилс 112-233-445 95         → «мой снилс» (words on its line: no question)

Every recognizer that reads such numbers asks this in the same way (`cue_words`); they differ in
how far back a cue may stand (`reach`, `count`), whether a number before the value ends its words
(`past_numbers`), and which words may stand before an answer (`fillers`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from redactor.detect.turns import conversation, slots

# Words and «№»; «в/у», «р/с», «л/с» are one word each.
WORD = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?|№")
QUESTION_WORDS = 16  # the question's last words: «назовите пожалуйста серию и номер паспорта»
LAST_DIGIT = re.compile(r"\d(?!.*\d)", re.DOTALL)
# A speaker tag: «Клиент:», «[00:01:23] спикер 1:», «spk_0:», a time code alone.
TAG = re.compile(r"[ \t]*(?:\[[\d:.,]+\][ \t]*)?(?:[^\W\d_]+(?:[ _-]?\d{1,2})?[ \t]*:)?")
# Words an answer may hold before its value without a cue of its own: «Клиент: ну у меня 4512 …».
FILLERS = re.compile(
    r"ну|да|вот|так|значит|это|э+|м+|ага|угу|сейчас|конечно|пожалуйста|записывайте|пишите"
    r"|запишите|у|меня|мой|моя|мои|его|её|ее|там",
    re.IGNORECASE,
)


class Cues(NamedTuple):
    """The words that may name a value, nearest last, and whether they are the question on the
    line before (the value opens an answer to it) rather than words on the value's line."""

    words: list[str]
    question: bool


def cue_words(
    text: str,
    start: int,
    reach: int,
    count: int,
    past_numbers: bool = True,
    fillers: re.Pattern | None = FILLERS,
    word: re.Pattern = WORD,
) -> Cues:
    """The words that may name the value at `start`: the last `count` words before it on its
    line, back `reach` characters; or, when it opens an answer (`opens_answer`), the last words
    of the question it answers.

    Without `past_numbers` the words end at a number before the value, which they named
    («паспорт 4512 345678 и 912 …»: «паспорт» is the first number's), and a value after a number
    is no answer; a time code or a speaker's number in the turn's header is no such number."""
    window = max(words_start(text, start), start - reach)
    after_number = not past_numbers and LAST_DIGIT.search(text, window, start)
    if not after_number and opens_answer(text, start, fillers):
        return Cues(question(text, start, word=word), True)
    return Cues(line_words(text, start, reach, count, past_numbers, word), False)


def line_words(
    text: str, start: int, reach: int, count: int, past_numbers: bool = True, word=WORD
) -> list[str]:
    """The last `count` words before `start` on its line, back `reach` characters, nearest last;
    without `past_numbers`, only those after the number before it."""
    window = max(text.rfind("\n", 0, start) + 1, start - reach)
    if not past_numbers and (digit := LAST_DIGIT.search(text, window, start)):
        window = max(digit.end(), words_start(text, start))
    return word.findall(text, window, start)[-count:]


def words_start(text: str, start: int) -> int:
    """Where the speaker's words begin on the line of `start`: after the turn's header when the
    line opens a turn (`redactor.detect.turns`), else at the line's start."""
    line_start = text.rfind("\n", 0, start) + 1
    chat = conversation(text)
    i = chat.index_at(start)
    if i is not None and chat.turns[i].header is not None and chat.turns[i].start <= start:
        return max(chat.turns[i].start, line_start)
    return line_start


def opens_answer(text: str, start: int, fillers: re.Pattern | None = FILLERS) -> bool:
    """Whether the value at `start` opens an answer: a line after the first (in a conversation
    with headers, a turn or a line of one), after only its header and `fillers` (punctuation
    between them is passed over; None: the header and spaces alone): «Клиент: ну 4512 345678»,
    «Клиент: да, 03/31», «[00:01:23] спикер 1: 4512 345678». A speaker tag that the turns did not
    confirm (one line of a text without headers) is passed over as well."""
    line_start = text.rfind("\n", 0, start) + 1
    chat = conversation(text)
    i = chat.index_at(start)
    if i is not None and chat.turns[i].header is not None:
        turn = chat.turns[i]
        if start < turn.start or (line_start <= turn.start and chat.asking(i) is None):
            return False
        after_tag = max(turn.start, line_start)
    else:
        if not line_start:
            return False
        tag = TAG.match(text, line_start, start)
        if ":" in tag.group() and slots.asked(tag.group()):
            return False  # «СНИЛС: 330 …» is a form's field named by its label, no answer
        after_tag = tag.end()
    if fillers is None:
        return text[after_tag:start].isspace() or after_tag == start
    if LAST_DIGIT.search(text, after_tag, start):  # «Клиент: 12 раз 4512 …»: another number
        return False
    return all(fillers.fullmatch(w) for w in WORD.findall(text, after_tag, start))


def asked(text: str, start: int) -> frozenset[str]:
    """The entities the question answered at `start` asked for («Назовите ФИО и дату рождения»:
    PERSON and DATE_OF_BIRTH), anywhere in the answer, over the turns that answer it
    (`redactor.detect.turns`); none outside answers."""
    return conversation(text).asked_at(start)


def question(
    text: str, start: int, count: int = QUESTION_WORDS, word: re.Pattern = WORD
) -> list[str]:
    """The last `count` words of the question the value at `start` answers. In a conversation
    with headers it is the other side's nearest earlier turn that says more than «угу»
    (`redactor.detect.turns`), or the line before when the value's line goes on a turn; in a
    text without headers, the line before (none on the first line)."""
    line_start = text.rfind("\n", 0, start) + 1
    chat = conversation(text)
    i = chat.index_at(start)
    if i is not None and chat.turns[i].header is not None and line_start <= chat.turns[i].start:
        j = chat.asking(i)
        if j is None:
            return []
        turn = chat.turns[j]
        if turn.end - turn.start > FAR:  # a long turn: its last words only, read back
            return last_words(text, turn.end, count, word)
        return word.findall(text, turn.start, turn.end)[-count:]
    return last_words(text, line_start - 1, count, word) if line_start else []


# The words around a value are read from the value outwards, this many characters at first and
# four times more each time the words are too few, up to `FAR`; a line with no words that far
# is read through its text's index of words, made once (`_index`). So a value on a line of a
# megabyte costs the few words it needs, not the line (`last_words`, `first_words`).
READ = 256
FAR = 4 * READ
SPACE = re.compile(r"\s")


def last_words(text: str, end: int, count: int, word: re.Pattern = WORD) -> list[str]:
    """The last `count` words before `end` on its line: `word.findall(text, line_start,
    end)[-count:]`, read back from `end` only as far as needed. The reading starts after a
    space, where no word is cut and a word pattern matches as it does from the line's start."""
    reach = READ
    while reach <= FAR:
        window = max(end - reach, 0)
        newline = text.rfind("\n", window, end)
        if newline >= 0 or window == 0:
            return word.findall(text, newline + 1, end)[-count:]
        space = SPACE.search(text, window, end)
        found = word.findall(text, space.end(), end) if space else []
        if len(found) >= count:
            return found[-count:]
        reach *= 4
    index = _index(text, word)
    line_start = index.line_start(end)
    k = bisect_left(index.starts, end)  # the words that start before `end`
    cut = []
    if k and index.ends[k - 1] > end:  # one runs over `end`: read up to it, as findall does
        k -= 1
        cut = [word.match(text, index.starts[k], end).group()]
    first = max(bisect_left(index.starts, line_start), k - count)
    return [*index.words[first:k], *cut][-count:]


def first_words(text: str, start: int, count: int, word: re.Pattern = WORD) -> list[str]:
    """The first `count` words after `start` on its line: `word.findall(text, start,
    line_end)[:count]`, read only as far as needed (a word cut where the reading stops is left
    out)."""
    reach = READ
    while reach <= FAR:
        stop = min(start + reach, len(text))
        newline = text.find("\n", start, stop)
        if newline >= 0 or stop == len(text):
            return word.findall(text, start, stop if newline < 0 else newline)[:count]
        found = word.findall(text, start, stop)
        if len(found) > count:
            return found[:count]
        reach *= 4
    index = _index(text, word)
    line_end = index.line_end(start)
    k = bisect_left(index.starts, start)
    if k and index.ends[k - 1] > start:  # `start` is inside a word: read as findall reads
        return word.findall(text, start, line_end)[:count]
    return index.words[k : min(k + count, bisect_left(index.starts, line_end))]


class _Words(NamedTuple):
    """Every match of a word pattern in a text (where each starts and ends) and its line breaks."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    newlines: list[int]  # and the text's length last

    def line_start(self, offset: int) -> int:
        i = bisect_left(self.newlines, offset)
        return self.newlines[i - 1] + 1 if i else 0

    def line_end(self, offset: int) -> int:
        return self.newlines[bisect_left(self.newlines, offset)]


@lru_cache(maxsize=4)
def _index(text: str, word: re.Pattern) -> _Words:
    """The words of `text`, once per text (a text's hash is kept by the string itself)."""
    found = list(word.finditer(text))
    newlines = [*(m.start() for m in NEWLINE.finditer(text)), len(text)]
    return _Words([m.start() for m in found], [m.end() for m in found],
                  [m.group() for m in found], newlines)  # fmt: skip


NEWLINE = re.compile("\n")
