"""A contract's number given in answer to a question asking for it: the client's own contract.

    Инженер: Подскажите номер договора или адрес подключения.
    Абонент: Договор 02-118-40573.                       → the subscriber's contract

An internet provider, a gym or a utility knows its client by the contract's number, and asks
for it to find them: the number that answers names one person as an account does. A contract
the operator names itself («в назначении платежа — номер договора ЛЗ-…», a company's loan or
delivery), or one named where nobody asked for it, stays (`account_id` leaves «договор №…»
alone).
"""

from __future__ import annotations

import re

from redactor.detect.recognizers.answers import WORD
from redactor.detect.turns import conversation, roles

CONTRACT = re.compile(r"договор", re.IGNORECASE)
LOAN = re.compile(
    r"(?<!\w)(?:кредитн|займ|заём|ипотечн|лизинг|поставк|купли|аренд)\w*", re.IGNORECASE
)
# A speaker's label opening a line that the turns did not read as a header: «[+00:13] Абонент:».
LABEL = re.compile(
    r"[ \t]*(?:[\[(][^\])\n]{1,20}[\])][ \t]*)?(?P<label>[^\W\d][\w .-]{0,30}):[ \t]"
)
# A thing's word between the question's «договор» and the value: its number is the thing's.
OTHER_BEFORE = re.compile(
    r"заказ|заявк|обращени|тикет|трек|чек|сумм|рейс|карт|паспорт|телефон|код|смс|пароль",
    re.IGNORECASE,
)


def asked_contract(text: str, start: int) -> bool:
    """Whether the value at `start` answers, in a client's turn, a question that asks for the
    contract's number, with no other thing named before it on its turn."""
    chat = conversation(text)
    i = chat.index_at(start)
    if i is None or start < chat.turns[i].start:
        return False  # a header's stamp
    me, j = chat.turns[i], chat.asking(i)
    if me.role in (roles.OPERATOR, roles.SYSTEM) or j is None:
        return False
    asker = chat.turns[j]
    if asker.role in (roles.CLIENT, roles.SYSTEM):
        return False
    # Two speakers, by the turns' headers or by labels the turns did not read; a text without
    # speakers (a table read a field per line, a stamp alone) has no question and answer.
    mine, theirs = _speaker(text, me), _speaker(text, asker)
    if mine is None or theirs is None or mine == theirs:
        return False
    asked = WORD.findall(text, asker.start, asker.end)
    if not any(CONTRACT.match(w) for w in asked):
        return False
    if "?" not in text[asker.start : asker.end] and not any(REQUEST.fullmatch(w) for w in asked):
        return False
    if LOAN.search(text, asker.start, asker.end):
        return False  # a loan's, a lease's, a supply's contract: the company's document
    said = WORD.findall(text, me.start, start)
    return not any(OTHER_BEFORE.match(w) for w in said)


def _speaker(text: str, turn) -> str | None:
    if turn.speaker is not None:
        return turn.speaker
    m = LABEL.match(text, turn.start)
    return m.group("label").strip().lower() if m else None


REQUEST = re.compile(
    r"назовите|продиктуйте|подскажите|скажите|укажите|сообщите|напишите|уточните|диктуйте",
    re.IGNORECASE,
)
