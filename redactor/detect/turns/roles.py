"""Who speaks: the operator (the company's side, who asks) or the client (who answers).

A label may say it («Оператор», «Клиент», «О:», «AGENT»); an id («spk_0», «s1», «SPEAKER_00») or
a name does not, and then the words do: the side that greets on the company's behalf and asks
for data is the operator's.
"""

from __future__ import annotations

import re

OPERATOR = "operator"
CLIENT = "client"
SYSTEM = "system"

_OPERATOR_LABEL = re.compile(
    r"""(?:оператор|специалист|консультант|менеджер|сотрудник|поддержк|служб|агент|диспетчер
    |администратор|регистратур|бот|ассистент|помощник|куратор|рекрутер|врач|банк|контакт
    |колл|call|agent|operator|support|bot|manager)\w*|o|о|оп|опер|op""",
    re.IGNORECASE | re.VERBOSE,
)
_CLIENT_LABEL = re.compile(
    r"""(?:клиент|абонент|пользовател|покупател|заказчик|пациент|звонящ|гост|зая[вв]ител
    |за[её]мщик|собственник|водитель|пассажир|родител|client|customer|user|caller)\w*
    |к|k|кл|cl""",
    re.IGNORECASE | re.VERBOSE,
)
_SYSTEM_LABEL = re.compile(r"(?:систем|system|ivr|robot|робот|автоответчик)\w*", re.IGNORECASE)
# What the company's side says: a greeting on its behalf, an offer of help, a request for data.
OPERATOR_WORDS = re.compile(
    r"""\b(?:меня\ зовут|чем\ (?:могу|можем)\ помочь|слушаю\ вас|слушаю|на\ связи
    |назовите|продиктуйте|подскажите|уточните|представьтесь|оставайтесь\ на\ линии
    |спасибо\ за\ ожидание|спасибо\ за\ обращение|служба|поддержка|заботы|контакт-центр
    |горячая\ линия
    |специалист|оператор|проверю|посмотрю|оформлю|оформим|давайте)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"[^\W_]+")


def role_of(label: str) -> str | None:
    """The side a label names by itself («Оператор Лиана»: the operator), None if it does not
    («spk_0», «Ирина Петрова»)."""
    words = _WORD.findall(label)
    if not words:
        return None
    if any(_SYSTEM_LABEL.fullmatch(w) for w in words):
        return SYSTEM
    if any(_OPERATOR_LABEL.fullmatch(w) for w in words):
        return OPERATOR
    if any(_CLIENT_LABEL.fullmatch(w) for w in words):
        return CLIENT
    return None


def infer(roles: dict[str, str | None], said: dict[str, list[str]]) -> dict[str, str | None]:
    """Roles for every speaker: those the labels give, and for the rest the words they said.
    With one side known, every unknown speaker is on the other; with none known, the speaker
    who sounds most like a company is the operator and the others are clients. `said` lists
    each speaker's turns in order, its first key the speaker who spoke first."""
    known = {r for r in roles.values() if r in (OPERATOR, CLIENT)}
    unknown = [k for k, r in roles.items() if r is None]
    if not unknown:
        return roles
    out = dict(roles)
    if known == {OPERATOR}:
        out |= {k: CLIENT for k in unknown}
    elif known == {CLIENT}:
        out |= {k: OPERATOR for k in unknown}
    elif not known and len(unknown) >= 2:
        first = next(iter(said), None)
        score = {k: _company_score(said.get(k, []), k == first) for k in unknown}
        ranked = sorted(unknown, key=lambda k: -score[k])
        if score[ranked[0]] > score[ranked[1]]:
            out |= {k: OPERATOR if k == ranked[0] else CLIENT for k in unknown}
    return out


def _company_score(turns: list[str], spoke_first: bool) -> int:
    """How much a speaker sounds like the company: its phrases, most of all in a call's first
    turn («банк слушаю», «Совкомбанк, Лиана, здравствуйте»)."""
    score = sum(len(OPERATOR_WORDS.findall(t)) for t in turns)
    if spoke_first and turns and OPERATOR_WORDS.search(turns[0]):
        score += 3
    return score


# (label, role) — run by tests/test_turns.py.
EXAMPLES = [
    ("Оператор", OPERATOR),
    ("Оператор Лиана", OPERATOR),
    ("О", OPERATOR),
    ("AGENT", OPERATOR),
    ("Поддержка (Анна)", OPERATOR),
    ("Клиент", CLIENT),
    ("К", CLIENT),
    ("CLIENT", CLIENT),
    ("Клиент (Авито)", CLIENT),
    ("Система", SYSTEM),
    ("spk_0", None),
    ("s1", None),
    ("Ирина Петрова", None),
]
