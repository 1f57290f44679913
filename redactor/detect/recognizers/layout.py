"""Where a word stands in a transcript or chat, for the PERSON recognizer: at a sentence start
(where a capital says nothing), inside a quoted title, in a chat sender label, at the head of a
hyphenated noun."""

from __future__ import annotations

from redactor.detect import morph

# Punctuation after which a sentence goes on, so a capital still means a name.
CONTINUING = {",", ";"}
MAX_TITLE_TOKENS = 1  # «Орион»: a one-word quote is a title; «Никонова Е. Р.» is a signature
MAX_TITLE_WORDS = 6  # «Любовь Успенская — Карусель»: a longer quote of capitals is a title
# Words that join the capitalized words of a title («Мастер и Маргарита», «Война и мир»).
TITLE_JOINERS = frozenset("и или & and of the — – -".split())
MAX_SENDER_WORDS = 4  # «Чат поддержки (Надежда)»: a sender label is a few words


def sender_labels(doc) -> set[int]:
    """Tokens of the sender label that opens a chat line: what stands before the line's first
    colon («[12.07.2025 18:33] Агата | Поддержка: …», «Поддержка (Вера) (12:49): …») or before a
    Telegram timestamp ending the line («Рустам | Поддержка, [14.03.2025 15:13]»)."""
    labels: set[int] = set()
    line: list = []
    for token in [*doc, None]:
        if token is None or (token.is_space and "\n" in token.text):
            end = next((k for k, t in enumerate(line) if _colon(t.text)), None)
            if end is None and len(line) > 2 and line[-1].text == "]" and not line[-2].is_alpha:
                end = next((k for k, t in enumerate(line) if t.text == "["), None)
            if end is not None:
                label = [t for t in line[:end] if t.is_alpha]
                # Names and roles only: «Надежда есть: …» opens a sentence, not a message.
                if 0 < len(label) <= MAX_SENDER_WORDS and all(map(_nominal, label)):
                    labels.update(t.i for t in label)
            line = []
        elif not token.is_space:
            line.append(token)
    return labels


def _colon(word: str) -> bool:
    """«:», and «):» as spaCy leaves it after a bracket; not «16:30»."""
    return word.endswith(":") and not any(c.isalnum() for c in word)


def _nominal(token) -> bool:
    info = morph.word_info(token.text)
    return not info.known or info.pos in {"NOUN", "ADJF"} or bool(info.name_readings)


def quoted(doc) -> set[int]:
    """Words quoted alone, «Орион» or "Арес": titles of ships, cars and products, which
    morphology would read as names. Longer quotes are speech or signatures."""
    inside, open_at = set(), None
    for token in doc:
        t = token.text
        if "\n" in t:
            open_at = None
        elif t == "«" or (t == '"' and open_at is None):
            open_at = token.i
        elif (t == "»" or t == '"') and open_at is not None:
            if token.i - open_at <= MAX_TITLE_TOKENS + 1 or _title(doc[open_at + 1 : token.i]):
                inside.update(range(open_at + 1, token.i))
            open_at = None
    return inside


def _title(words) -> bool:
    """Whether a quote of several words is a title: capitalized words (and «и», «—» between
    them) where a conjunction joins two things or a word is a thing's, not a person's: «Мастер
    и Маргарита», «Тихий Дон», «Любовь Успенская — Карусель». A quoted name («Тегран Мкртчн»,
    «Сантехник Иван») has only names, unknown words and people's words; a quoted sentence has
    a verb, a comma or lowercase words."""
    alpha = [t for t in words if t.is_alpha]
    if not 2 <= len(alpha) <= MAX_TITLE_WORDS:
        return False
    if any(not t.is_alpha and t.text not in TITLE_JOINERS for t in words):
        return False
    if any(t.text not in TITLE_JOINERS and not t.text[0].isupper() for t in alpha):
        return False
    if any(t.text in TITLE_JOINERS for t in alpha[1:-1]):
        return True
    for t in alpha:
        info = morph.word_info(t.text)
        if info.known and not info.name_readings:
            if info.pos == "ADJF" or (info.pos == "NOUN" and not info.animate):
                return True
    return False


def sentence_start(doc, i: int) -> bool:
    """Whether a capital at token `i` may come from position rather than from a name: at the
    start of the text or a line, or after punctuation that opens something (. ! ? : « • —)."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or doc[j].is_space:
        return True
    prev = doc[j].text
    return prev not in CONTINUING and not any(c.isalnum() for c in prev)


def compound_head(doc, i: int) -> bool:
    """«Колл» in «Колл-центр», «Экс» in «Экс-канцлер»: the first half of a hyphenated noun."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].islower()
    )
