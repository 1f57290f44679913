"""What every input format shares: the text values inside a file, and how a file is redacted
through them with its structure kept byte for byte.

A format reads a decoded file into `Field`s: where each text value is written (`start:end`, as
the file writes it: quoted, escaped) and what it says (`value`). Redaction analyses the values
of one file as one conversation (one value per line, so a name in one message and its
repetition in another share a placeholder), and writes back only the values that changed, each
the way its format writes a value (`Format.write`): everything between them stays as it was.

Some values are more than text:
- a sender's name (`sender=True`: Telegram's `from`, a WhatsApp line's author) is a name as a
  whole, whatever the recognizers say of it;
- an account id (`entity="HANDLE"`: Telegram's `from_id`) is that entity as a whole;
- a value under a key that says what it is (a JSON `phone`, a column «Паспорт») is analysed
  after a cue (`cue`: «телефон»), as it would be in a sentence; the cue is never written;
- a word of another value (`parent`: Whisper's `words[]` inside a segment's `text`) follows
  what happened to that value: the first word of a finding becomes its placeholder, the
  finding's other words become empty, every word keeps its timing;
- a value written only through such parts (`parts=True`: an HTML message's text, analysed
  whole, whose runs of text between tags are its parts) is never written itself: the tags
  between its parts stay;
- a value of a record (`row`: a table's row, a JSON object) may say who speaks in it
  (`part=SPEAKER`: a «role», «author» or «speaker» column) or what is said (`part=MESSAGE`: a
  «text», «message» or «body»), so that a dump of one message per row is read as the
  conversation it is (`rows.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol


class FormatError(ValueError):
    """A file that does not parse as its format. The message names the problem and where
    (line and column), never the content."""


class SelectionError(ValueError):
    """The user's choice of values (`--field`, `--column`) selects nothing in a file: a typo
    must not leave the file unredacted in silence. The message names the option, never a
    value of the file."""


SPEAKER = "speaker"  # `Field.part` of a value naming who says its row's message
MESSAGE = "message"  # `Field.part` of the message itself
CHANNEL = "channel"  # a speaker only when it names a side or a voice («client», «0»), not «email»


@dataclass(frozen=True)
class Field:
    """One text value of a file: `text[start:end]` is the value as written, `value` what it
    says. A word of another value has `parent` (the index of that field in the list) and
    `offset` (where the word starts within the parent's value)."""

    start: int
    end: int
    value: str
    sender: bool = False
    parent: int | None = None
    offset: int = 0
    cue: str = ""  # words the analyser reads before the value («телефон»), never written
    entity: str | None = None  # what the whole value is, whatever the recognizers say (HANDLE)
    parts: bool = False  # written through the fields whose parent it is, never itself
    row: object = None  # the record it is a value of (a table's row, a JSON object), if any
    part: str = ""  # within its row: SPEAKER, CHANNEL, MESSAGE or neither ("")

    @property
    def end_offset(self) -> int:
        """Where a part ends within its parent's value."""
        return self.offset + len(self.value)


class Format(Protocol):
    """An input format. Instances carry the user's options (`--field`, `--column`)."""

    NAME: ClassVar[str]  # as `--format` names it: "txt", "srt", "json", "telegram", …
    EXTENSIONS: ClassVar[tuple[str, ...]]  # lowercase, with the dot: (".srt",)

    def sniff(self, head: str) -> bool:
        """Whether a file that starts with `head` (its first few KB, decoded) is of this
        format: how a file is recognised when its extension says nothing or too little
        (`.json` may be Whisper, Telegram or anything; `.txt` may be a WhatsApp export)."""
        ...

    def fields(self, text: str) -> list[Field]:
        """The text values of `text`, in file order; raises FormatError if it does not parse."""
        ...

    def write(self, field: Field, value: str) -> str:
        """How `value` is written in place of `field` (escaped, quoted as the file needs)."""
        ...
