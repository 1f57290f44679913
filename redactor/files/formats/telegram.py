"""Telegram Desktop's JSON export (`result.json`): one chat, or the whole account.

    {"name": "Иван Петров", "type": "personal_chat", "id": 123, "messages": [
      {"id": 1, "type": "message", "date": "2024-03-01T10:00:00", "from": "Иван Петров",
       "from_id": "user123", "text": ["Звони ", {"type": "phone", "text": "+79991234567"}],
       "text_entities": [{"type": "plain", "text": "Звони "}, …]}]}

The whole account has the chats under `chats.list[]` (and `left_chats.list[]`), and also the
owner's `personal_information` and `contacts`. A message's text is a string or a list of parts
(strings, or objects with `type` and `text`), and is written again, part by part, in
`text_entities`: both are text values, or the copy would leak what the other hides.

Names are names whatever the recognizers say (`sender`): who wrote (`from`), who acted in a
service message (`actor`, `inviter`, `members`, `to`), who is quoted (`forwarded_from`,
`saved_from`, a channel post's `author`), a shared contact's and the account's own names, and a
personal chat's `name` (the other person). A group's name is text, and so are links' `href`s (a
`mailto:`, a profile's address) and a session's IP address.

Account ids are accounts (HANDLE) whatever the recognizers say: `from_id`, `actor_id`, `to_id`
and `reply_to_peer_id` («user123456789»), a mention's `user_id`, the account's and its contacts'
`user_id`, a frequent contact's `id`, and the `id` of a personal chat (the other person's
account; «user4711» and the personal chat 4711 are one account, see `placeholders.identity`).
An id that is a number is written back as a string once replaced. Message ids, dates, types and
media paths are kept.
"""

from __future__ import annotations

import re
from itertools import islice

from redactor.entities import HANDLE
from redactor.files.formats.base import Field, FormatError
from redactor.files.formats.json_values import escapes_non_ascii, field, write
from redactor.files.formats.jsonscan import Path, scan

NAME, TEXT, ACCOUNT = "name", "text", "account"  # what a value of an export is
SENDERS = frozenset("from actor inviter forwarded_from saved_from author to".split())
ACCOUNT_IDS = frozenset("from_id actor_id to_id reply_to_peer_id".split())
PERSONAL_CHATS = frozenset({"personal_chat", "saved_messages"})  # their `id` is a person's
CHAT_TYPES = frozenset(
    "personal_chat bot_chat saved_messages replies verification_codes private_group"
    " private_supergroup public_supergroup private_channel public_channel".split()
)
NAMES, TEXT_KEYS = ("first_name", "last_name", "username"), ("phone_number", "bio")
PART_TEXT = ("text", "href")  # a link's address may be a `mailto:`, `tel:` or a profile
_TIME = re.compile(r"(?<=T)\d{2}:\d{2}")  # «2024-03-01T10:00:00»
LOOK = 200  # values `sniff` reads: a first message is within them
ABOUT = "Here is the data you requested"  # how a whole-account export begins


def chat_of(path: Path) -> tuple[Path, Path]:
    """The path of the chat `path` is in, and the rest of it."""
    if path[:2] in (("chats", "list"), ("left_chats", "list")) and len(path) > 2:
        return path[:3], path[3:]
    return (), path


def in_message(m: Path) -> str | None:
    """What a value within a message is: NAME, TEXT, ACCOUNT, or None for what is kept."""
    if len(m) == 1 and m[0] in SENDERS:
        return NAME
    if len(m) == 1 and m[0] in ACCOUNT_IDS:
        return ACCOUNT
    if m[:1] == ("members",) or m[:1] == ("contact_information",) and len(m) == 2 and m[1] in NAMES:
        return NAME
    if m[:1] in (("text",), ("text_entities",)) and len(m) == 3 and m[2] == "user_id":
        return ACCOUNT  # a mention of someone without a username
    if m[:1] == ("text",) and (len(m) < 3 or m[2] in PART_TEXT):  # text, its parts
        return TEXT
    if len(m) == 3 and m[0] == "text_entities" and m[2] in PART_TEXT:
        return TEXT
    if m in (("contact_information", "phone_number"), ("poll", "question"), ("title",)):
        return TEXT
    if m in (("place_name",), ("address",)) or m[:2] == ("poll", "answers") and m[-1] == "text":
        return TEXT
    return None


def kind(path: Path, chat_types: dict[Path, str]) -> str | None:
    """What the value at `path` is: NAME, TEXT, ACCOUNT, or None for what is kept."""
    if path[:1] == ("personal_information",) and len(path) == 2:
        return _personal(path[1], NAMES)
    if path[:2] in (("contacts", "list"), ("frequent_contacts", "list")) and len(path) == 4:
        if path[0] == "frequent_contacts" and path[3] == "id":
            return ACCOUNT if chat_types.get(path[:3]) == "user" else None
        return _personal(path[3], NAMES + ("name",))
    if path[:2] in (("sessions", "list"), ("web_sessions", "list")) and path[3:] == ("last_ip",):
        return TEXT
    chat, rest = chat_of(path)
    if rest == ("name",):
        return NAME if chat_types.get(chat) == "personal_chat" else TEXT
    if rest == ("id",):
        return ACCOUNT if chat_types.get(chat) in PERSONAL_CHATS else None
    if len(rest) > 2 and rest[0] == "messages" and isinstance(rest[1], int):
        return in_message(rest[2:])
    return None


def _personal(key: str | int, names: tuple[str, ...]) -> str | None:
    """A value of the account's own information or of a contact."""
    return (
        NAME
        if key in names
        else TEXT
        if key in TEXT_KEYS
        else ACCOUNT
        if key == "user_id"
        else None
    )


class TelegramFormat:
    """A Telegram Desktop JSON export; see the module docstring."""

    NAME = "telegram"
    EXTENSIONS = (".json",)

    def sniff(self, head: str) -> bool:
        """A whole-account export (its `about`), a chat of a Telegram type, or messages with
        Telegram's own keys (`from_id`, `date_unixtime`, `text_entities`), within the first
        `LOOK` values: the whole file is cheap to give."""
        try:
            for s in islice(scan(head), LOOK):
                if s.path == ("about",) and str(s.value).startswith(ABOUT):
                    return True
                if s.path == ("type",) and s.value in CHAT_TYPES:
                    return True
                if s.path[:2] == ("messages", 0) and s.path[2:3] in (
                    ("from_id",),
                    ("date_unixtime",),
                    ("text_entities",),
                ):
                    return True
        except FormatError:
            pass  # `head` is cut off: what came before it has been looked at
        return False

    def fields(self, text: str) -> list[Field]:
        values = [s for s in scan(text) if isinstance(s.value, str | int)]
        strings = [s for s in values if isinstance(s.value, str)]
        escaped = escapes_non_ascii(text, strings)
        chat_types = {}  # a chat's path → its type; a frequent contact's too
        for s in strings:
            chat, rest = chat_of(s.path)
            if rest == ("type",):
                chat_types[chat] = s.value
            elif s.path[:2] == ("frequent_contacts", "list") and s.path[3:] == ("type",):
                chat_types[s.path[:3]] = s.value
        # A message's time, read before its sender («[14:05] Ирина: …»): a turn's header
        # whoever writes, even a sender who writes once. Never written.
        times = {
            s.path[:-1]: f"[{m.group()}]"
            for s in strings
            if s.path[-1:] == ("date",) and (m := _TIME.search(s.value))
        }
        found: list[Field] = []
        for s in values:
            what = kind(s.path, chat_types)
            if what is None or isinstance(s.value, bool):
                continue
            if what == ACCOUNT:  # «user4711», or a number: 4711
                found.append(field(text, s, escaped, entity=HANDLE))
            elif isinstance(s.value, str):
                cue = times.get(s.path[:-1], "") if s.path[-1:] == ("from",) else ""
                found.append(field(text, s, escaped, sender=what == NAME, cue=cue))
        return found

    def write(self, field: Field, value: str) -> str:
        return write(field, value)
