"""The header of a turn: what stands before a speaker's words in an export or a transcript.

A header is made of a time stamp, a speaker label and a separator, in whatever order and
brackets a tool writes them; one grammar reads them all:

    Оператор: …                         [00:01:23] Оператор: …        (01:23) Клиент: …
    00:00:32 Клиент: …                  Клиент (15:27): …             spk_0: … / speaker_1: … / s1:
    12.03.2024, 14:05 - Ирина: …        [12.03.2024 14:05] Ирина: …   О: … / К: …
    >> AGENT 12:01:03 | …               [0.00s - 3.40s] SPEAKER_00: …  Оператор Лиана: …

and two layouts put the header on a line of its own, the message on the lines after it:

    Ирина Петрова, [12.03.2024 14:05]   (a copy from Telegram Desktop)
    2024-03-30 19:34:02 ⏎ Ирина Петрова (a stamp line, then the sender's line)

`match_line` reads one line. Whether a label really names a speaker is decided for the whole
text (`redactor.detect.turns.parse`): a stamp, a known role or id, or a label that opens several
lines makes it one; «Адрес: ул. Ленина» once in a letter does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?"
_SECONDS = r"\d+(?:[.,]\d+)?[ ]?s"
STAMP = rf"""(?:
    \d{{4}}-\d{{2}}-\d{{2}}(?:[ T]{_TIME}(?:Z|[+-]\d{{2}}:?\d{{2}})?)?  # 2024-03-30 19:34:02
  | \d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?:,?[ ]{_TIME})?  # 12.03.2024, 14:05
  | \d{{1,2}}\.\d{{1,2}},?[ ]{_TIME}                     # 06.06 09:20: no year
  | {_TIME}(?:[ ]?[-–][ ]?{_TIME})?                     # 00:01:23, 00:01 - 00:05
  | {_SECONDS}(?:[ ]?[-–][ ]?{_SECONDS})?              # 0.00s - 3.40s
)"""
_BRACKETED = rf"(?:\[[ ]?{STAMP}[ ]?\]|\([ ]?{STAMP}[ ]?\)|{STAMP})"
_ARROW = r"(?:>>|<<|->|<-|→|←|>|<)"
# A label: a name, a role, an id, a company («Стоматология «Улыбка+»»), a phone number as an
# unsaved sender, even masked by the export («+7 926 ***-**-18»); at most a few words, no
# colon, no sentence inside.
_LABEL = r"(?:\+?\d[\d ()\-*•]{6,18}\d|[^\W\d][^:|\n\[\]]{0,60}?)"
# «Irina | Ozon Seller, [04.06.2024 16:20]»: before a stamp that ends its line, «|» is inside.
_LABEL_WIDE = r"(?:\+?\d[\d ()\-*•]{6,18}\d|[^\W\d][^:\n\[\]]{0,60}?)"

# «[stamp] label (stamp): text», «stamp - label: text», «>> label stamp | text»
INLINE = re.compile(
    rf"""[ \t]*(?:{_ARROW}[ \t]*)?
    (?:(?P<stamp>{_BRACKETED})[ \t]*(?:[-–—|,][ \t]*)?)?
    (?:{_ARROW}[ \t]*)?
    (?<!\d)(?:\[(?P<label_in>[^\W\d][^\]\n]{{0,40}})\]|(?P<label>{_LABEL}))  # «[Оператор Ирина К.]»
    [ \t]*(?P<after>[(\[][ ]?{STAMP}[ ]?[)\]]|{STAMP})?
    [ \t]*(?::|[ ]\||[ ]?[-–—][ ](?=\S)|[ ]>[ ])[ \t]*""",
    re.VERBOSE,
)
# «Ирина Петрова, [12.03.2024 14:05]» or «Ирина (14:05)» alone on its line.
LABEL_STAMP = re.compile(
    rf"[ \t]*(?P<label>{_LABEL_WIDE})[ \t]*,?[ \t]*(?P<after>[(\[][ ]?{STAMP}[ ]?[)\]])[ \t]*\Z",
    re.VERBOSE,
)
# «Полина Андреевна  ·  10:21», «Поддержка 21:15» alone on its line (a VK or an in-app chat):
# a time after the label, the message on the lines after it. With a dot or a bar between them
# the stamp is sure; with spaces only, the text decides (`parse`): «Буду в 15:30» is a message.
LABEL_TIME = re.compile(
    rf"[ \t]*(?P<label>[^\W\d][^:\n\[\]·•|]{{0,40}}?)[ \t]*(?P<mark>[·•|][ \t]*)?"
    rf"(?P<after>{_TIME})[ \t]*\Z"
)
# A stamp alone on its line (the sender's line follows in block layouts).
STAMP_LINE = re.compile(rf"[ \t]*(?:{_ARROW}[ \t]*)?{_BRACKETED}[ \t]*\Z", re.VERBOSE)
# A line that announces rather than speaks: «— Анна присоединилась к диалогу —», «*** Звонок
# переведён ***».
SYSTEM = re.compile(
    r"[ \t]*(?:[—–-]{1,2}|\*{2,3}|={2,3})[ \t].*[ \t](?:[—–-]{1,2}|\*{2,3}|={2,3})[ \t]*\Z"
)

MAX_LABEL_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
# A sentence inside a label; a dot after an initial («Ирина К.») is no sentence end.
_SENTENCE = re.compile(r"[!?,;]|\.\s+[^\W\d_]{3}|(?<![^\W\d_]{2})(?<=[^\W\d_]{2})\.\Z")


@dataclass(frozen=True)
class Header:
    """One line's header: `label` is `line[label_start:label_end]`; the turn's words start at
    `text_start` (the line's end when the message follows on the next lines)."""

    label_start: int
    label_end: int
    text_start: int
    stamped: bool
    alone: bool  # the header fills its line: the message is on the lines after it
    bare_time: bool = False  # «Поддержка 21:15»: a time after the label, spaces between


def match_line(line: str) -> Header | None:
    """The header that opens `line`, if its shape is one; None for ordinary text. A stamp
    alone («2024-12-31 17:42:10») is no label and a message: a block's stamp line."""
    if stamp_only(line):
        return None
    if m := LABEL_STAMP.match(line):
        return _header(m, len(line), True, True)
    if m := LABEL_TIME.match(line):
        h = _header(m, len(line), m["mark"] is not None, True)
        return h and Header(h.label_start, h.label_end, h.text_start, h.stamped, True, True)
    if m := INLINE.match(line):
        alone = not line[m.end() :].strip()
        return _header(m, m.end(), bool(m["stamp"] or m["after"]), alone)
    return None


def _header(m: re.Match, text_start: int, stamped: bool, alone: bool) -> Header | None:
    group = "label_in" if "label_in" in m.re.groupindex and m["label_in"] else "label"
    start, end = m.span(group)
    label = m[group]
    # Trailing spaces and an opening bracket belong to the stamp after the label.
    stripped = label.rstrip(" \t,(")
    end -= len(label) - len(stripped)
    if not plausible(stripped):
        return None
    return Header(start, end, text_start, stamped, alone)


def plausible(label: str) -> bool:
    """Whether `label` can name a speaker: a few words, no sentence in it."""
    words = _WORD.findall(label)
    return 0 < len(words) <= MAX_LABEL_WORDS and not _SENTENCE.search(label)


def stamp_only(line: str) -> bool:
    return STAMP_LINE.match(line) is not None


def system_line(line: str) -> bool:
    return SYSTEM.match(line) is not None


# (line, the label it opens with or None) — run by tests/test_turns.py.
EXAMPLES = [
    ("Оператор: Здравствуйте!", "Оператор"),
    ("[00:01:23] Оператор: Назовите номер", "Оператор"),
    ("(01:23) Клиент: да", "Клиент"),
    ("00:00:32 Клиент: 4512 345678", "Клиент"),
    ("Клиент (15:27): Да, я.", "Клиент"),
    ("Гуля К. (06.06 09:20): 2 9 0 6", "Гуля К."),  # a date without its year
    ("Полина Андреевна  ·  10:21", "Полина Андреевна"),  # a VK chat: the message below
    ("Поддержка 21:15", "Поддержка"),  # an in-app chat; a role or a repeated label only
    ("Буду в 15:30", "Буду в"),  # a label by shape; the text decides (`parse`)
    ("12.03.2024, 14:05 - Ирина Петрова: привет", "Ирина Петрова"),
    ("[12.03.2024 14:05] Ирина: привет", "Ирина"),
    ("Ирина Петрова, [12.03.2024 14:05]", "Ирина Петрова"),
    ("spk_0: поддержка слушаю", "spk_0"),
    ("speaker_1: алло", "speaker_1"),
    ("s1: МТС, Ангелина, здравствуйте.", "s1"),
    ("О: МФЦ, оператор Любовь Андреевна", "О"),
    ("К: Здравствуйте.", "К"),
    ("Оператор Лиана: Совкомбанк, Лиана, здравствуйте.", "Оператор Лиана"),
    (">> AGENT 12:01:03 | МТС Банк, Эдуард", "AGENT"),
    ("<< CLIENT 12:01:06 | Здравствуйте.", "CLIENT"),
    ("[0.00s - 3.40s] SPEAKER_00: пик отдел продаж", "SPEAKER_00"),
    ("11.04.2024, 08:47 - +7 903 789-42-32: Доброе утро.", "+7 903 789-42-32"),
    ("03.02.2025, 17:35 - +7 926 ***-**-18: а можно?", "+7 926 ***-**-18"),
    ("22.01.2024, 18:24 - Стоматология «Улыбка+»: Добрый вечер!", "Стоматология «Улыбка+»"),
    ("Irina | Ozon Seller, [04.06.2024 16:20]", "Irina | Ozon Seller"),
    ("05.08.2024, 12:01 - Lena 🌸: Здравствуйте!", "Lena 🌸"),
    ("[Оператор Ирина К.] 11:03:05 > Ипотечный центр", "Оператор Ирина К."),
    ("Здравствуйте, я по поводу карты.", None),
    ("Итак, записываю: улица Ленина", None),
    ("Ну вот смотрите, у меня вопрос такой: почему?", None),
    ("Сумма: 1000 рублей.", "Сумма"),  # a label by shape; the text decides (`parse`)
    ("2024-12-31 17:42:10", None),  # a block's stamp line, not «2024-12-31 17» saying «42:10»
    ("2024-06-03T09:15:31+03:00", None),  # an ISO stamp, its «T» no label
    ("2024-06-03T09:15:31Z", None),
]
