"""A conversation as turns: who speaks, what they say, and which question each answer answers.

A call or a chat is a sequence of turns, and most personal data is an answer to a question the
other side asked one, two or three turns earlier:

    [00:00:12] Оператор: Назовите ФИО и дату рождения.
    [00:00:15] Клиент: Угу, сейчас.
    [00:00:19] Клиент: Климова Ксения Владиславовна, 28.10.44.   → a PERSON, a DATE_OF_BIRTH

`parse` reads any text into turns: the headers of every export and transcript layout
(`headers.py`), speaker labels that a stamp, a known role or their repetition confirm, messages
over several lines and blank lines between them, system lines. A text without headers is one
turn per line. `Conversation.asked_at` tells what the question before a position asked for
(`slots.py`); the roles of the speakers come from `roles.py`.

Offsets point into the text the turns were read from; a turn never copies its words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from redactor.detect.turns import headers, roles, slots

MAX_BACK = 6  # turns looked back for the question an answer answers
MIN_ID_ROWS = 3  # headers a record's id stands before
READ_BACK_WORDS = 12  # a read-back is short
READ_BACK_SAME = 2  # and repeats this many words of the answer
# A question that asks again or for the rest of what the question before asked.
FOLLOW_UP = re.compile(
    r"(?<!\w)(?:полностью|целиком|повторите|повтори|ещё\ раз|еще\ раз|дальше|продолжайте"
    r"|остальн\w+|до\ конца)(?!\w)",
    re.IGNORECASE,
)
ANNOUNCE_WORDS = 4  # «номер карты:», «мой снилс»: a turn that only names what follows
ANNOUNCED_CHARS = 120  # a turn longer than this is neither an announcement nor a piece
# Words an announcing turn may hold besides the slot's: «вот мой номер карты», «скидываю снилс».
ANNOUNCING = frozenset(
    "вот мой моя моё мое мои ну так держите пишу сейчас скину скидываю отправляю данные и ещё"
    " дальше".split()
)
# A turn that only acknowledges or stalls: «угу», «да», «так», «сейчас», «минуту», «записываю».
FILLER = re.compile(
    r"(?:угу|ага|да|так|ну|э+|м+|сейчас|секунд\w*|минут\w*|момент|щас|хорошо|ладно|понял\w*"
    r"|записываю|пишу|слушаю|ок|окей|ok|вот|диктую|готов\w*|пожалуйста|спасибо|так-так|ой)",
    re.IGNORECASE,
)
# A turn that puts the answer off: «сейчас», «подождите», «минутку», or a question back.
STALL = re.compile(
    r"(?<!\w)(?:сейчас|щас|секунд\w*|минут\w*|подожд\w*|погод\w*|момент)(?!\w)|\?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_KEY = re.compile(r"[^\w+]+")


@dataclass(frozen=True)
class Turn:
    """`text[start:end]` is what the speaker says (without the header); `header` and `label` are
    spans of the header and of the speaker's label in it (None when the turn has no header)."""

    start: int
    end: int
    header: tuple[int, int] | None = None
    label: tuple[int, int] | None = None
    speaker: str | None = None  # the label, normalized: one speaker, however often it speaks
    role: str | None = None  # roles.OPERATOR, CLIENT, SYSTEM, or None when unknown


@dataclass(frozen=True)
class Conversation:
    text: str
    turns: tuple[Turn, ...]
    layout: str  # "headers" when speakers were found, else "lines"

    def __post_init__(self):
        object.__setattr__(
            self, "_starts", [t.header[0] if t.header else t.start for t in self.turns]
        )

    def index_at(self, position: int) -> int | None:
        """The index of the turn holding `position` (its header included), if any."""
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and position <= self.turns[i].end:
            return i
        return None

    def asking(self, index: int) -> int | None:
        """The turn whose question turn `index` answers: the nearest earlier turn of another
        speaker that says more than «угу», within `MAX_BACK` turns; the answer's own earlier
        turns («5469 3825» … «2886 6812») and the other side's fillers are passed over."""
        me = self.turns[index].speaker
        for j in range(index - 1, max(-1, index - 1 - MAX_BACK), -1):
            turn = self.turns[j]
            if turn.role == roles.SYSTEM:
                continue
            if me is not None and turn.speaker == me:
                continue
            if self.filler(j):
                continue
            return j
        return None

    def filler(self, index: int) -> bool:
        """Whether turn `index` says only «угу», «да», «так»: asked for every answer below
        it, so its first other word ends the look (a long turn is not read whole)."""
        turn = self.turns[index]
        for m in _WORD.finditer(self.text, turn.start, turn.end):
            if not FILLER.fullmatch(m.group()):
                return False
        return not any(c.isdigit() for c in self.text[turn.start : turn.end])

    def asked_at(self, position: int) -> frozenset[str]:
        """The entities the question answered at `position` asked for (none outside answers,
        none in a header: its stamp is the message's time, not an answer)."""
        i = self.index_at(position)
        if i is None or position < self.turns[i].start or self.turns[i].role == roles.SYSTEM:
            return frozenset()  # a system's line («— Анна присоединилась —», a record's id)
        j = self.asking(i)
        if j is None:
            return frozenset()
        if (
            self.turns[i].role == roles.OPERATOR
            and self.turns[j].role == roles.CLIENT
            and self._named(i)
            and self._named(j)
        ):
            # The operator asks; a client's words are no question to them. Only when the
            # labels say who is who: sides guessed from «spk_0», «spk_1» may be swapped.
            return frozenset()
        turn = self.turns[j]
        asked = slots.asked(self.text[turn.start : turn.end])
        if asked:
            return asked
        # «угу и полностью дату», «повторите второй», «дальше», or the answer before read
        # back («осипов павел тридцать один ноль восемь …»): the question before goes on.
        earlier = self.asking(j)
        before = self.asking(earlier) if earlier is not None else None
        if before is not None and (
            FOLLOW_UP.search(self.text, turn.start, turn.end) or self._reads_back(j, earlier)
        ):
            return slots.asked(self.text[self.turns[before].start : self.turns[before].end])
        if self.layout == "lines":
            return self._pending(i, j)
        return self._put_off(i, j)

    def _pending(self, index: int, nearest: int) -> frozenset[str]:
        """In lines without speakers, a question put off by the answerer's own question:
        «…назовите дату рождения.» ⏎ «А вы сначала скажите, по какому вопросу.» ⏎ «По договору
        займа…» ⏎ «Ну, 11.02.1989.». Lines alternate, so the question is two, four lines before
        the nearest, and no line since asks anything (nor the asking side anything else: «Какой
        у вас номер договора?»). A name is not looked for so far back: a
        capitalized word there may be anyone's."""
        for k in range(nearest - 2, max(-1, index - 1 - MAX_BACK), -2):
            if any(slots.asked(self.text[slice(*self._span(m))]) for m in range(k + 1, index)):
                return frozenset()
            if "?" in self.text[slice(*self._span(k + 2))]:
                return frozenset()  # the asking side asked something else since
            asked = slots.asked(self.text[slice(*self._span(k))])
            if asked:
                return asked - {slots.PERSON}
        return frozenset()

    def _put_off(self, index: int, nearest: int) -> frozenset[str]:
        """With speakers, a question the answerer put off and answers later: «Дату рождения
        подскажите?» ⏎ «А, да. Сейчас. Вообще мне надо понять, сколько…» ⏎ «Я посчитаю после
        идентификации.» ⏎ «Одиннадцатое, ноль седьмое, восемьдесят девятый.». The asking side
        said only a few words since, no question and no number, and the answerer gave no number
        meanwhile (an answer given already) but in a turn that stalls («сейчас», «подождите»)
        or asks back. The operator asks, the client answers, when the labels say who is who.
        A name is not looked for so far back."""
        asker, me = self.turns[nearest].speaker, self.turns[index].speaker
        if (
            asker is None
            or me is None
            or self.turns[index].role == roles.OPERATOR  # the operator asks, the client answers
            or self.turns[nearest].role == roles.CLIENT
        ):
            return frozenset()
        between = self.text[slice(*self._span(nearest))]
        if (
            "?" in between
            or any(c.isdigit() for c in between)  # «последние переданные — 18 304»: it told
            or len(_WORD.findall(between)) > READ_BACK_WORDS
        ):
            return frozenset()  # the asking side asked or told something else since
        for k in range(nearest - 1, max(-1, index - 1 - MAX_BACK), -1):
            said = self.text[slice(*self._span(k))]
            if self.turns[k].speaker == me:
                if any(c.isdigit() for c in said) and not STALL.search(said):
                    return frozenset()  # answered already, unless the turn put it off
                continue
            if self.turns[k].speaker != asker:
                continue
            asked = slots.asked(said)
            if asked:
                return asked - {slots.PERSON}
            if "?" in said:
                return frozenset()
        return frozenset()

    def _reads_back(self, index: int, answer: int) -> bool:
        """Whether turn `index` is short and repeats words of turn `answer`: a read-back."""
        said = _WORD.findall(self.text, self.turns[index].start, self.turns[index].end)
        if not said or len(said) > READ_BACK_WORDS:
            return False
        answered = {w.lower() for w in _WORD.findall(self.text, *self._span(answer))}
        return sum(len(w) >= 3 and w.lower() in answered for w in said) >= READ_BACK_SAME

    def _span(self, index: int) -> tuple[int, int]:
        return self.turns[index].start, self.turns[index].end

    def announced(self, position: int) -> frozenset[str]:
        """The slots a speaker named in a short turn of their own before the values that follow
        it in turns of their own, digits and little else: «карта» ⏎ «2202» ⏎ «2063» … (a chat's
        client sends a card in pieces, asked by no one)."""
        i = self.index_at(position)
        if i is None or position < self.turns[i].start:
            return frozenset()
        me = self.turns[i].speaker
        if self.turns[i].end - self.turns[i].start > ANNOUNCED_CHARS:
            return frozenset()  # a long turn is no piece sent alone (and reading it is costly)
        own = _WORD.findall(self.text, self.turns[i].start, self.turns[i].end)
        if me is None or any(w.lower() not in ANNOUNCING for w in own):
            return frozenset()  # «Номер транзакции: 2711…» names its own number
        for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
            turn = self.turns[j]
            if turn.role == roles.SYSTEM or (turn.speaker != me and self.filler(j)):
                continue
            if turn.speaker != me:
                return frozenset()
            if turn.end - turn.start > ANNOUNCED_CHARS:
                return frozenset()
            words = _WORD.findall(self.text, turn.start, turn.end)
            if not words:
                continue  # a piece said before this one
            said = self.text[turn.start : turn.end]
            if (
                len(words) > ANNOUNCE_WORDS
                or any(c.isdigit() for c in said)
                or not slots.names_only(said, ANNOUNCING)
            ):
                return frozenset()  # «карта не работает» says something of the card
            return slots.asked(said)
        return frozenset()

    def _named(self, index: int) -> bool:
        """Whether turn `index`'s label names its side («Оператор», «Клиент»)."""
        label = self.turns[index].label
        return label is not None and roles.role_of(self.text[slice(*label)]) is not None

    def question_words(self, position: int, count: int) -> list[str] | None:
        """The last `count` words of the turn the one at `position` answers; None when the text
        has no turns that tell."""
        i = self.index_at(position)
        if i is None:
            return None
        j = self.asking(i)
        if j is None:
            return []
        turn = self.turns[j]
        return _WORD.findall(self.text, turn.start, turn.end)[-count:]

    def turn_start(self, position: int) -> int | None:
        """Where the words of the turn holding `position` start (after its header)."""
        i = self.index_at(position)
        return None if i is None else self.turns[i].start


def parse(text: str) -> Conversation:
    lines = list(_lines(text))
    found = {}  # line index → header
    for k, (start, end) in enumerate(lines):
        h = headers.match_line(text[start:end])
        if h is not None:
            found[k] = h
    keys = Counter(_key(text, lines[k][0], h) for k, h in found.items())
    accepted = {
        k: h
        for k, h in found.items()
        if h.stamped
        or roles.role_of(_label(text, lines[k][0], h)) is not None
        or _speaker_id(_label(text, lines[k][0], h))
        or (keys[_key(text, lines[k][0], h)] >= 2 and _dialogue(keys))
    }
    accepted |= _same_layout(text, lines, found, accepted)
    accepted |= _blocks(text, lines, accepted)
    if not accepted:
        return Conversation(text, tuple(_line_turns(text, lines)), "lines")
    return Conversation(text, tuple(_header_turns(text, lines, accepted)), "headers")


@lru_cache(maxsize=16)
def conversation(text: str) -> Conversation:
    """`parse`, once per text: every recognizer of an analysis asks about the same text."""
    return parse(text)


def _lines(text: str):
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end - (1 if end > start and text[end - 1] == "\r" else 0)
        start = end + 1


def _label(text: str, line_start: int, h: headers.Header) -> str:
    return text[line_start + h.label_start : line_start + h.label_end]


def _key(text: str, line_start: int, h: headers.Header) -> str:
    return _KEY.sub(" ", _label(text, line_start, h).lower()).strip()


SPEAKER_ID = re.compile(
    r"(?:spk|speaker|спикер|канал|channel|s|с|l|r|говорящий)[ _-]?\d{0,2}", re.IGNORECASE
)


# A label of a name or a nickname: capitalized words («Мария К.», «Вы») or one Latin nickname
# («maria.kuznetsova», «ivan_p»); «Буду в» (a message with a time) is neither.
NAME_LABEL = re.compile(
    r"(?:[A-ZА-ЯЁ][^\W\d_]*\.?)(?:[ ]+[A-ZА-ЯЁ][^\W\d_]*\.?){0,2}"
    r"|[A-Za-z][A-Za-z\d]*(?:[._-][A-Za-z\d]+)+|[A-Za-z][A-Za-z\d]{2,}"
)


def _same_layout(text: str, lines, found: dict, accepted: dict) -> dict:
    """«maria.kuznetsova 10:20» once, in a chat whose «Поддержка 10:21» is a header: a label
    with a bare time after it, alone on its line, is a header when another of that shape is,
    and it names someone."""
    if not any(h.bare_time for h in accepted.values()):
        return {}
    return {
        k: h
        for k, h in found.items()
        if k not in accepted
        and h.bare_time
        and NAME_LABEL.fullmatch(_label(text, lines[k][0], h).strip())
    }


def _speaker_id(label: str) -> bool:
    """«spk_0», «SPEAKER_00», «s1», «Спикер 2», «L», «R»: a diarization's name for a voice."""
    return SPEAKER_ID.fullmatch(label.strip()) is not None and (
        any(c.isdigit() for c in label) or label.strip().upper() in ("L", "R")
    )


def _dialogue(keys: Counter) -> bool:
    """Labels that open several lines each, from at least two speakers: a dialogue's shape
    («Иван: …», «Мария: …»), not a form's one repeated field."""
    return sum(1 for n in keys.values() if n >= 2) >= 2


def _blocks(text: str, lines, accepted: dict) -> dict:
    """«2024-03-30 19:34:02 ⏎ Ирина Петрова ⏎ message»: a stamp line and a sender's line; two
    such blocks make the layout. The header is the sender's line, alone."""
    found = {}
    for k, (start, end) in enumerate(lines[:-2]):
        # A block's stamp has a time, and its sender a letter: «17.01.1999 ⏎ 9619 084531» in
        # a message is a birth date and a passport, not a header.
        if k in accepted or not headers.stamp_only(text[start:end]) or ":" not in text[start:end]:
            continue
        if k + 1 in accepted:  # «00:00:52.9 ⏎ SPEAKER_00: дата рождения»: a header with its text
            continue
        s, e = lines[k + 1]
        name = text[s:e].strip()
        if (
            name
            and any(c.isalpha() for c in name)
            and headers.plausible(name)
            and len(name) <= 60
            and text[slice(*lines[k + 2])].strip()
        ):
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            found[k + 1] = headers.Header(lead, lead + len(name), e - s, True, True)
    return found if len(found) >= 2 else {}


def _header_turns(text: str, lines, accepted: dict) -> list[Turn]:
    # A word alone on its line before many headers is a record's id («TX-20240819-0412», a
    # call's id in every row of a table): no one says it.
    before = Counter(text[slice(*lines[k - 1])].strip() for k in accepted if k > 0)
    ids = {line for line, n in before.items() if n >= MIN_ID_ROWS and line and " " not in line}
    turns: list[dict] = []
    current = None
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        h = accepted.get(k)
        if h is not None:
            header_start = (
                lines[k - 1][0]
                if k > 0 and headers.stamp_only(text[slice(*lines[k - 1])])
                else start
            )
            label = (start + h.label_start, start + h.label_end)
            begin = (
                start + h.text_start
                if not h.alone
                else (lines[k + 1][0] if k + 1 < len(lines) else end)
            )
            current = {
                "start": begin,
                "end": begin,
                "header": (header_start, start + h.text_start),
                "label": label,
                "speaker": _KEY.sub(" ", text[slice(*label)].lower()).strip(),
            }
            turns.append(current)
            if not h.alone and line[h.text_start :].strip():
                current["end"] = end
        elif headers.system_line(line):
            turns.append({"start": start, "end": end, "role": roles.SYSTEM})
            current = None
        elif line.strip():
            if (headers.stamp_only(line) or line.strip() in ids) and (k + 1) in accepted:
                continue  # the stamp line of a block, a record's id: part of the next header
            if current is None:
                current = {"start": start, "end": end}
                turns.append(current)
            else:
                current["end"] = end
    said: dict[str, list[str]] = {}
    named: dict[str, str | None] = {}
    for t in turns:
        if "speaker" in t:
            named.setdefault(t["speaker"], roles.role_of(text[slice(*t["label"])]))
            said.setdefault(t["speaker"], []).append(text[t["start"] : t["end"]])
    decided = roles.infer(named, said)
    return [
        Turn(
            t["start"],
            t["end"],
            t.get("header"),
            t.get("label"),
            t.get("speaker"),
            t.get("role") or decided.get(t.get("speaker")),
        )
        for t in turns
    ]


def _line_turns(text: str, lines) -> list[Turn]:
    return [
        Turn(start, end, role=roles.SYSTEM if headers.system_line(text[start:end]) else None)
        for start, end in lines
        if text[start:end].strip()
    ]
