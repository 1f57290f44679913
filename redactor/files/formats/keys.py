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
- Any other key says nothing: its value is analysed alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

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
# A key for a recording's channel or a diarization's voice: its values are speakers' ids.
CHANNEL_WORDS = frozenset("channel ch chan spk канал".split())
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
    """What a key says: its values are names (`person`), and the cue they are analysed after;
    `channel`: its values are a recording's channels («L», «R»), the speakers' headers."""

    person: bool
    cue: str
    channel: bool = False


def words(key: str) -> list[str]:
    return [w.lower() for w in WORD.findall(key)]


def read(key: str | None) -> Key:
    """What `key` (a JSON key, a column's header; None for none) says about its values."""
    found = words(key or "")
    if any(w in PERSON_WORDS for w in found) and all(
        w in PERSON_WORDS or w in QUALIFIERS for w in found
    ):
        return Key(True, "")
    if found and all(w in CHANNEL_WORDS for w in found):
        return Key(False, "", True)
    return Key(False, next((CUES[w] for w in found if w in CUES), ""))


def header(key: Key, value: str) -> bool:
    """Whether a value under `key` heads its turn: a name's shape under a person's key, a
    speaker's id under a channel's («channel»: «L»)."""
    return (key.person and name_shaped(value)) or (key.channel and speaker_id(value))


def name_shaped(value: str) -> bool:
    """A name's shape, or a diarization's speaker («SPEAKER_00», «spk_1», «A»): either heads
    the turns of a conversation; a speaker id names no one (`speaker_id`)."""
    value = value.strip()
    return NAME_SHAPE.fullmatch(value) is not None or speaker_id(value)


def speaker_id(value: str) -> bool:
    return SPEAKER_ID.fullmatch(value.strip()) is not None
