"""The records of a dump as the turns of a conversation: who speaks, then what they say.

A chat or a call exported one message per row (a CSV, a JSON Lines file, a JSON list) writes
each turn as cells: an id, a time, who speaks, what is said. Read one cell per line, a question
and its answer end up four lines apart with ids and roles between them, and the answer is an
answer to nothing. Here a record with a value for who speaks (`Field.part == SPEAKER`) and one
for what is said (`MESSAGE`) is read as a turn's header and its words:

    conversation_id,turn,role,message           TLC-240311-0482
    TLC-240311-0482,7,operator,"…паспорта."  →  7
    TLC-240311-0482,8,client,"5290."            client: 5290.

Its other values (ids, times) go on lines of their own before the header, where a stamp joins
the header and anything else stays out of the answer. A speaker's value that cannot head a turn
(«Агентство «Миэль», менеджер Тарас», a phone as a display name) is read as another value, and
the record's remaining speakers head it; a channel's bare «0» or «1» is read after the cue
«speaker», never written. A record without both parts, and every value outside records, is read
as before: one value per line, in file order.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import NamedTuple

from redactor.detect.turns import headers, roles
from redactor.files.formats.base import CHANNEL, MESSAGE, SPEAKER, Field

SENDS = ": "  # between a sender and its message: a turn's header
ID = re.compile(r"\d{1,2}|[A-Za-zА-Яа-я]")  # a channel's «0», «1», «L», «A»: a voice's id
SPEAKER_CUE = "speaker"  # read before such an id, so that «speaker 1» is a diarization's label
MAX_LABEL = 60


class Piece(NamedTuple):
    """A value in the order the engine reads it: the field's index, what goes before it (a
    newline, a header's «: », a space between the words of a label), the words read before and
    after it (a cue; the dashes of a system line), and whether its line breaks become spaces."""

    index: int
    before: str
    cue: str = ""
    after: str = ""
    one_line: bool = False


def arrange(fields: list[Field], own: list[int]) -> list[Piece]:
    """The own values of a file in reading order; see the module docstring."""
    pieces: list[Piece] = []
    for row, group in groupby(own, key=lambda i: fields[i].row):
        indices = list(group)
        turn = _turn(fields, indices) if row is not None else None
        if turn is None:
            for i in _ids_first(fields, indices):
                if fields[i].entity is not None and not fields[i].sender:
                    # A whole value (Telegram's «from_id»): a system's line, no one's words
                    pieces.append(Piece(i, "\n", "—", " —", True))
                    continue
                after_sender = pieces and fields[pieces[-1].index].sender and not fields[i].sender
                pieces.append(Piece(i, SENDS if after_sender else "\n", fields[i].cue))
            continue
        speakers, cues, message = turn
        others = [i for i in indices if i not in (*speakers, message)]
        stamp = next((i for i in others if headers.stamp_only(fields[i].value.strip())), None)
        # The record's other values: lines the turns take for a system's («— 8 —»), so that an
        # id or a number is no part of anyone's words; a time stamps the header itself.
        pieces += [
            Piece(i, "\n", f"— {fields[i].cue}".rstrip() + " ", " —", True)
            for i in others
            if i != stamp
        ]
        if stamp is not None:
            pieces.append(Piece(stamp, "\n", one_line=True))
        pieces += [
            Piece(i, " " if k or stamp is not None else "\n", cue, one_line=True)
            for k, (i, cue) in enumerate(zip(speakers, cues, strict=True))
        ]
        pieces.append(Piece(message, SENDS))
    if pieces:
        pieces[0] = pieces[0]._replace(before="")
    return pieces


def _ids_first(fields: list[Field], indices: list[int]) -> list[int]:
    """`indices` with the whole values right after a sender (its account id: «from»,
    «from_id», «text») moved before it, so that the sender heads its message, not its id."""
    order = list(indices)
    k = 0
    while k < len(order):
        if fields[order[k]].sender:
            j = k + 1
            while j < len(order) and fields[order[j]].entity is not None:
                j += 1
            if j > k + 1:
                order[k:j] = [*order[k + 1 : j], order[k]]
                k = j
                continue
        k += 1
    return order


def _turn(fields: list[Field], indices: list[int]):
    """(speaker indices, their cues, the message index) of a record that is a turn, or None."""
    messages = [i for i in indices if fields[i].part == MESSAGE and fields[i].value.strip()]
    candidates = [
        i for i in indices if fields[i].part in (SPEAKER, CHANNEL) and fields[i].value.strip()
    ]
    if len(messages) != 1 or not candidates:
        return None
    cues = {i: _cue(fields[i]) for i in candidates}
    usable = [i for i in candidates if cues[i] is not None]
    # All the speaker's values that make a label together; else the ones that name a side or a
    # voice and head a turn by themselves («agent» beside «Агентство «Миэль», менеджер Тарас»).
    alone = [
        i
        for i in usable
        if (cues[i] or roles.role_of(fields[i].value)) and _heads(cues[i] + fields[i].value.strip())
    ]
    for chosen in (usable, alone):
        label = " ".join(cues[i] + fields[i].value.strip() for i in chosen)
        if chosen and _heads(label):
            return chosen, [cues[i] for i in chosen], messages[0]
    return None


def _cue(field: Field) -> str | None:
    """What a speaker's value is read after: nothing, «speaker » before a bare id, or None when
    it cannot be (part of) a label: over a line, too long, or a channel's value that names no
    voice («email», «чат»: the way a ticket came, not who wrote it)."""
    value = field.value.strip()
    if "\n" in value or len(value) > MAX_LABEL:
        return None
    if ID.fullmatch(value):
        return f"{SPEAKER_CUE} "
    if field.part == CHANNEL and roles.role_of(value) is None:
        return None
    return ""


def _heads(label: str) -> bool:
    """Whether `label` opens a line as a turn's header, whole."""
    line = f"{label}{SENDS}…"
    header = headers.match_line(line)
    return header is not None and header.label_start == 0 and header.label_end == len(label)


# (speaker values, the label they make or None) — run by tests/test_formats_rows.py.
EXAMPLES = [
    (["client"], "client"),
    (["visitor", "Тимур Хайруллин"], "visitor Тимур Хайруллин"),
    (["0"], "speaker 0"),
    (["Агентство «Миэль», менеджер Тарас", "agent"], "agent"),
    (["client", "+7 953 220-19-84"], "client"),
]
