"""What a JSON key or a table's column header says about the values under it.

Every value is analysed; a key only helps:
- A key that names a person («name», «first_name», «fullName», «ФИО», «Имя клиента», «from»)
  makes its value a name as a whole, like a chat's sender, when the value is shaped like a
  name (`name_shaped`: «a.png» or «gpt-4» under `name` are not). A value that is not, or a role
  («user», «Оператор»: the sender rule), is analysed like any other. No cue: «имя Оператор»
  would make the role a name.
- A key for personal data («phone», «passport», «birth_date», «Телефон клиента») is a cue: the
  value is analysed after the key's Russian word («телефон 915 438-27-61»), so a recognizer
  that needs a cue word (a passport's «4510 123456», a birth date, a password) has one there,
  as it would in a sentence.
- In a record of a conversation (a row of a table, an object of a JSON list), a key for who
  speaks («role», «author», «speaker», «from», «who»; a person's «name» or «sender_name», not a
  «client_name» of another party) and a key for what is said («text», «message», «body»,
  «transcript») make the record one turn: `rows.py` reads it as «speaker: message».
- Any other key says nothing: its value is analysed alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from redactor.files.formats.base import CHANNEL, MESSAGE, SPEAKER

# A key's words: snake_case, kebab-case, camelCase, or a header in words («ФИО клиента»).
WORD = re.compile(r"[A-ZА-ЯЁ]?[a-zа-яё]+|[A-ZА-ЯЁ]+(?![a-zа-яё])")
# A key names a person when it has one of these words and no word but these and QUALIFIERS:
# «name», «first_name», «sender_name», «Имя клиента»; not «file_name», «from_id», «client».
PERSON_WORDS = frozenset(
    "name names fio fullname firstname lastname middlename surname patronymic sender author"
    " from speaker фио имя фамилия отчество отправитель автор спикер клиент оператор".split()
)
QUALIFIERS = frozenset(
    "first last middle full given family real display user sender author from contact client"
    " customer person owner recipient holder клиента оператора отправителя получателя"
    " владельца держателя абонента пользователя сотрудника".split()
)
# A key naming who speaks in a record, and one naming what is said.
SPEAKER_WORDS = frozenset(
    "role speaker sender from author who side participant channel ch spk роль спикер"
    " отправитель автор канал кто говорящий".split()
)
MESSAGE_WORDS = frozenset(
    "text message msg body content transcript txt comment utterance reply текст сообщение"
    " реплика комментарий".split()
)
CHANNEL_WORDS = frozenset("channel ch chan канал".split())  # the speaker's channel, or a ticket's
SPEAKER_SIDE = SPEAKER_WORDS | QUALIFIERS | {"comment", "message", "msg", "type", "label"}
# A person key qualified by another party than the one speaking («client_name» beside each
# message, «Получатель»): the record's subject, not its speaker.
OTHER_PARTY = frozenset(
    "client customer person owner recipient holder contact patient клиента получателя"
    " владельца держателя абонента клиент пациента".split()
)
# A key's word → the cue its values are analysed after (words the recognizers' context lists).
CUES = {
    word: cue
    for cue, words in {
        "телефон": "phone phones tel telephone mobile msisdn телефон тел",
        "почта": "email emails mail почта",
        "паспорт": "passport паспорт",
        "ИНН": "inn инн",
        "СНИЛС": "snils снилс",
        "полис ОМС": "oms polis полис омс",
        "адрес": "address addresses addr street адрес улица",
        "дата рождения": "birth birthday birthdate dob рождения",
        "карта": "card cards pan карта карты",
        "счёт": "account accounts iban счет счёт",
        "IP": "ip",
        "логин": "login username nick nickname telegram",
        "пароль": "password passwd pwd pin cvv cvc secret пароль",
        "водительское удостоверение": "license licence права",
        "госномер": "plate госномер",
    }.items()
    for word in words.split()
}
# «Иван Петров», «Петров И. И.», «И.И. Петров», «Анна-Мария», «O'Neil»: words of letters, or
# initials; nothing else (no digits, «_», «@», «/», a file's «.png»).
_NAME_WORD = r"(?:[^\W\d_]+(?:[-'’][^\W\d_]+)*|(?:[^\W\d_]\.)+)"
NAME_SHAPE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}")
# A diarization's speaker or a channel: «SPEAKER_00», «spk_1», «s2», «Спикер 1», «A», «L».
SPEAKER_ID = re.compile(
    r"(?i:speaker|spk|spkr|sp|s|ch|channel|канал|спикер|говорящий)?[ _-]?\d{1,2}|[^\W\d_]"
)


class Key(NamedTuple):
    """What a key says: its values are names (`person`), and the cue they are analysed after."""

    person: bool
    cue: str
    part: str = ""  # SPEAKER or MESSAGE in a record of a conversation, else ""


def words(key: str) -> list[str]:
    return [w.lower() for w in WORD.findall(key)]


def read(key: str | None) -> Key:
    """What `key` (a JSON key, a column's header; None for none) says about its values."""
    found = words(key or "")
    if any(w in PERSON_WORDS for w in found) and all(
        w in PERSON_WORDS or w in QUALIFIERS for w in found
    ):
        return Key(True, "", "" if OTHER_PARTY & set(found) else SPEAKER)
    if any(w in SPEAKER_WORDS for w in found) and all(w in SPEAKER_SIDE for w in found):
        # «role», «comment_author»; not «from_id», «sender_phone»
        return Key(False, "", CHANNEL if set(found) <= CHANNEL_WORDS else SPEAKER)
    if found and found[-1] in MESSAGE_WORDS:
        return Key(False, "", MESSAGE)
    return Key(False, next((CUES[w] for w in found if w in CUES), ""))


def header(key: Key, value: str) -> bool:
    """Whether a value under `key` heads its turn: a name's shape under a person's key, a
    speaker's id under a person's or a channel's («speaker»: «SPEAKER_01», «channel»: «L»)."""
    if key.person and name_shaped(value):
        return True
    return (key.person or key.part == CHANNEL) and speaker_id(value)


def speaker_id(value: str) -> bool:
    """A diarization's speaker or a recording's channel: a turn's header that names no one."""
    return SPEAKER_ID.fullmatch(value.strip()) is not None


def name_shaped(value: str) -> bool:
    """Words of letters or initials; a lone letter is a voice's id («A», «B»), not a name."""
    value = value.strip()
    return len(value) >= 2 and NAME_SHAPE.fullmatch(value) is not None
