"""WhatsApp chat exports (`.txt`): each message is a sender and a text.

A message starts at a line that begins with a timestamp, in either layout of the export:
    12.03.2024, 14:05 - Ирина Петрова: текст        (Android; also 3/12/24, 2:05 PM - …)
    [12.03.2024, 14:05:33] Ирина Петрова: текст      (iOS)
and runs over the following lines until the next such line, so a multi-line message is one
value. The author is a sender field (a name as a whole, whatever the recognizers say: it may
be a saved contact's name or an unsaved number). A line without «Name: » after its timestamp is
a system line («Сообщения и звонки защищены…»): its text is a value without a sender, since it
can name people («Ирина Петрова добавила вас»). Media placeholders stay as they are.
"""

from __future__ import annotations

import re
from typing import ClassVar

from redactor.files.formats.base import Field, FormatError
from redactor.files.formats.plain import lines

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"  # 12.03.2024, 3/12/24, 2024-03-12
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u202f]?[AaPp]\.?\s?[Mm]\.?)?"  # 14:05, 2:05 PM
_STAMP = re.compile(
    rf"""\ufeff?\u200e?                      # a BOM, the left-to-right mark of iOS
    (?: \[{_DATE},?\s{_TIME}\][ ]           # iOS:     [12.03.2024, 14:05:33]
      | {_DATE},?\s{_TIME}[ ][-–][ ] )      # Android: 12.03.2024, 14:05 -
    """,
    re.VERBOSE,
)
_TIME_OF = re.compile(r"\d{1,2}:\d{2}")
_SENDER = re.compile(r"([^:\n]{1,80}?):(?:[ ]|\Z)")  # the author, up to the first «: »
_MEDIA = re.compile(
    r"""\u200e?(?: <(?:Без\ медиафайлов|Media\ omitted|Медиафайл\ отсутствует)>
    | <(?:прикреплено|attached):[^>\n]*>                        # iOS: a file name
    | (?:image|video|audio|sticker|GIF|document|Contact\ card)\ omitted
    | (?:изображение|видео|аудио|стикер|GIF|документ)\ отсутствует )\s*""",
    re.VERBOSE | re.IGNORECASE,
)
SNIFF_LINES = 10  # non-blank lines of the head to look at


class WhatsAppFormat:
    """A WhatsApp `.txt` export (Android or iOS layout, any date order, 12 or 24 hours)."""

    NAME: ClassVar[str] = "whatsapp"
    EXTENSIONS: ClassVar[tuple[str, ...]] = (".txt",)

    def sniff(self, head: str) -> bool:
        """The first line and at least one other of the first lines start with a timestamp
        (one line could be a log's; several, from the first line on, is an export)."""
        first = [line.text for line in lines(head) if line.text.strip()][:SNIFF_LINES]
        stamped = [_STAMP.match(line) is not None for line in first]
        return bool(stamped) and stamped[0] and (sum(stamped) >= 2 or len(stamped) == 1)

    def fields(self, text: str) -> list[Field]:
        found: list[Field] = []
        start = end = None  # the text of the message being read
        stamped = False
        for line in lines(text):
            stamp = _STAMP.match(line.text)
            if stamp is None:
                if start is None:  # text before the first message: kept as a value
                    start = line.start
                if line.text.strip():
                    end = line.end
                continue
            self._message(text, start, end, found)
            stamped = True
            at = line.start + stamp.end()
            sender = _SENDER.match(text, at, line.end)
            if sender:
                # The message's time before its sender, for the analyser only: «[14:05] Ирина:»
                # is a turn's header whoever writes, even a sender who writes once.
                time = _TIME_OF.search(stamp.group())
                cue = f"[{time.group()}]" if time else ""
                found.append(Field(at, sender.end(1), sender.group(1), sender=True, cue=cue))
                at = sender.end()
            start, end = at, line.end
        if not stamped:
            raise FormatError("whatsapp: line 1:1: no message timestamp")
        self._message(text, start, end, found)
        return found

    @staticmethod
    def _message(text: str, start: int | None, end: int | None, found: list[Field]) -> None:
        """Adds the text of a message, unless it is empty or a media placeholder."""
        if start is None or end is None or end <= start:
            return
        value = text[start:end]
        if value.strip() and not _MEDIA.fullmatch(value):
            found.append(Field(start, end, value))

    def write(self, field: Field, value: str) -> str:
        """A value may not start a line with a timestamp (that would start a new message) nor
        put «: » into a sender (that would move the text)."""
        if field.sender:
            return re.sub(r"[\r\n]+", " ", value).replace(": ", " ")
        return "\n".join(
            part if not _STAMP.match(part) else "\u200b" + part for part in value.split("\n")
        )
