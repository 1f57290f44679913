"""A first name from a full name found in the conversation, said again to address its bearer:
«Семёнова Любовь Геннадьевна» … «Любовь, сожалею. Оформим возврат».

First names that are mostly ordinary words («Любовь», «Вера», «Надежда», «Роза») are never
carried over from one mention to another on their own (`recognizers.repeated`): «вера в лучшее»
must stay. But once the conversation has named someone in full with such a name, the same word
written capitalized at the head of a sentence with a comma after it is that person addressed.
Only a full name (two words or more) gives its first name; the word must be the same form.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.entities import PERSON
from redactor.finding import Finding

NAME = "Vocative"
SCORE = 0.7
WORD = re.compile(r"[А-ЯЁ][а-яё]{2,}")
# The head of a sentence: a line's start, after a sentence's end, a label's colon, a quote.
HEAD = r"(?:^[^\S\n]*|(?<=[.!?…:\"«—])[^\S\n]*)"

# (conversation, the name addressed in brackets) — run by tests/test_vocatives.py.
EXAMPLES = [
    "К: Семёнова Любовь Геннадьевна.\nО: [Любовь], сожалею. Оформим возврат.",
    "К: Кузнецова Вера Павловна\nО: Спасибо. [Вера], уточните адрес.",
]
COUNTER_EXAMPLES = [
    # no full name holds the word: nobody is addressed
    "О: Любовь, как говорится, зла.",
    # the name inside a sentence, or without a comma: the ordinary word
    "К: Семёнова Любовь Геннадьевна.\nО: Любовь к покупкам у нас общая.",
    "К: Кузнецова Вера Павловна\nО: у нас вера, что всё решится.",
]


def vocatives(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the first names of found full names said at a sentence's head before a
    comma, not yet found."""
    names = set()
    for f in findings:
        if f.entity_type != PERSON:
            continue
        words = WORD.findall(text, f.start, f.end)
        if len(re.findall(r"[^\W\d_]+", text[f.start : f.end])) < 2:
            continue
        for w in words:
            if any(r.part == "Name" for r in morph.word_info(w).name_readings):
                names.add(w)
    if not names:
        return []
    pattern = re.compile(
        rf"{HEAD}(?P<name>{'|'.join(map(re.escape, sorted(names)))}),", re.MULTILINE
    )
    taken = [(f.start, f.end) for f in findings if f.entity_type == PERSON]
    out = []
    for m in pattern.finditer(text):
        s, e = m.span("name")
        if not any(a <= s and e <= b for a, b in taken):
            out.append(Finding(s, e, PERSON, SCORE, NAME))
    return out
