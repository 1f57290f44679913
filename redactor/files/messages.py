"""The messages of one conversation, redacted together and written back to each message.

    result = redact_messages(["Оператор: Как вас зовут?", "Иван Петров"])
    result.texts    # ('Оператор: Как вас зовут?', '[ИМЯ_1]')
    result.counts   # ({}, {'PERSON': 1})

This is the plain-Python core of the tables a data lake holds, one row per message
(`redactor/spark` runs it on every conversation of a DataFrame): the messages are read as the
formats read a file's values (`formats.analyze_file_text`), one per line and each after its
sender as a speaker's header («Ирина: …»), so that an answer meets its question and a name
repeated in a later message gets the same placeholder. A JSONL or CSV file holding the same
rows, redacted by `redact` or the folder batch, comes out with the same new values, byte for
byte: they go through the same code.

A null or empty message takes no part (a table's empty cell is no value either) and is given
back as it was; its sender's name is still redacted. Placeholders are numbered per conversation; hashes and surrogates come from
the policy's key alone, so they agree across conversations, partitions and runs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from redactor.files import formats
from redactor.files.formats import keys
from redactor.files.formats.base import Field
from redactor.replace.policy import Policy
from redactor.replace.replacer import Replacer
from redactor.replace.splice import splice


class ConversationTooLong(ValueError):
    """A conversation over the caller's limit of characters; the message quotes no text."""


@dataclass(frozen=True)
class RedactedMessages:
    """Per message, in the order given: its new text (None stays None), its sender's new name
    (when senders were given) and how many findings of each entity it held (never values)."""

    texts: tuple[str | None, ...]
    senders: tuple[str | None, ...]
    counts: tuple[dict[str, int], ...]


class _Given:
    """The values of a conversation as a format's fields (`formats.analyze_file_text` reads a
    file through a format; here the fields are known already)."""

    NAME: ClassVar[str] = "messages"
    EXTENSIONS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, fields: list[Field]):
        self.given = fields

    def sniff(self, head: str) -> bool:
        return False

    def fields(self, text: str) -> list[Field]:
        return self.given

    def write(self, field: Field, value: str) -> str:
        return value


def redact_messages(
    messages: Sequence[str | None],
    senders: Sequence[str | None] | None = None,
    policy: Policy | None = None,
    engine=None,
    entities: list[str] | None = None,
    max_chars: int | None = None,
) -> RedactedMessages:
    """Redact `messages` (in conversation order) as one conversation. A sender's name, when
    `senders` are given, heads its message as a speaker («Ирина: …») and is a name as a whole
    when shaped like one, as a chat export's «from» is. Raises ConversationTooLong beyond
    `max_chars` (messages and senders counted), before any model runs."""
    if senders is not None and len(senders) != len(messages):
        raise ValueError("senders and messages differ in length")
    size = sum(len(m or "") for m in messages) + sum(len(s or "") for s in senders or ())
    if max_chars is not None and size > max_chars:
        raise ConversationTooLong(f"conversation of {size} characters, over {max_chars}")
    fields: list[Field] = []
    owner: list[int] = []  # the message each field belongs to
    where: dict[tuple[str, int], int] = {}  # ("text" | "sender", message) → field index
    for k, text in enumerate(messages):
        sender = senders[k] if senders is not None else None
        if sender:  # also of an empty message: a name is a name
            where["sender", k] = len(fields)
            fields.append(Field(0, 0, sender, sender=keys.name_shaped(sender)))
            owner.append(k)
        if not text:
            continue
        where["text", k] = len(fields)
        fields.append(Field(0, 0, text))
        owner.append(k)
    counts: list[Counter] = [Counter() for _ in messages]
    if not fields:
        return RedactedMessages(tuple(messages), _given(senders), tuple({} for _ in messages))
    analysis = formats.analyze_file_text("", _Given(fields), engine, entities)
    _, by_field = formats.replacements(analysis, Replacer(policy))
    own = list(analysis.starts)
    starts = [analysis.starts[i] for i in own]
    for f in analysis.findings:  # counted in the message where it starts
        counts[owner[own[max(0, bisect_right(starts, f.start) - 1)]]][f.entity_type] += 1
    texts = [
        splice(m, by_field[where["text", k]]) if ("text", k) in where else m
        for k, m in enumerate(messages)
    ]
    new_senders = None
    if senders is not None:
        new_senders = [
            splice(s, by_field[where["sender", k]]) if ("sender", k) in where else s
            for k, s in enumerate(senders)
        ]
    return RedactedMessages(tuple(texts), _given(new_senders), tuple(dict(c) for c in counts))


def _given(senders: Sequence[str | None] | None) -> tuple[str | None, ...]:
    return tuple(senders) if senders is not None else ()
