"""A sender's name where the texts of its file mention it: «Любовь» wrote, and «Любовь, спасибо!»
in a reply is her, whatever the recognizers say of the word alone.

The senders of a file (Telegram's `from`, a WhatsApp author, a table's «ФИО» column) are the
people of its conversation; the recognizers read the messages without knowing them, and miss a
first name that is also a word («Любовь», «Вера», «Роза») or one they have never seen. A word
of a text that is a form of a word of a sender's name (`repeated.keys`: «Анну», «Анне» of
«Анна») is a mention of that sender when it is written with a capital; a lowercase one only
when it is no ordinary word (`repeated.carried`), so that «любовь» the feeling stays. A
capitalized word at a sentence's start is taken too («Вера в лучшее» in a chat with a Вера): a
leaked name costs more than a masked word.
"""

from __future__ import annotations

import re

from redactor.detect.recognizers.repeated import carried, keys
from redactor.entities import PERSON
from redactor.finding import Finding

WORD = re.compile(r"[^\W\d_]{2,}")
SCORE = 0.9
RECOGNIZER = "sender mention"


def mentions(senders: list[Finding], text: str, values: list[tuple[int, int]]) -> list[Finding]:
    """Mentions, in the `values` spans of `text`, of the names that `senders` found."""
    names: set[str] = set()
    for sender in senders:
        for word in WORD.findall(text, sender.start, sender.end):
            names |= keys(word)
    if not names:
        return []
    # A word and its dictionary forms share their first letter: only such words need a look.
    initials = {key.removeprefix("stem:")[:1] for key in names}
    found = []
    for start, end in values:
        for match in WORD.finditer(text, start, end):
            word = match.group()
            if word[0].lower() not in initials or not (word[0].isupper() or carried(word)):
                continue
            if keys(word) & names:
                found.append(Finding(match.start(), match.end(), PERSON, SCORE, RECOGNIZER))
    return found
