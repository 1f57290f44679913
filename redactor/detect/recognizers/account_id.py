"""HANDLE: the number of a person's own account somewhere — a utility's лицевой счёт, an
insurance policy, a loyalty card, a booking code, a login, a customer id.

    Оператор: Номер лицевого счёта?
    Клиент: 600712904 вроде                → the account (the question names it)
    Клиент: мой полис ДМС-0457-119283.     → the policy (a word on its line)
    [Пользователь id 87120934 | …]         → the customer id
    Оператор: Код бронирования? ⏎ К: QXJ7RT.

Such a number identifies its holder as well as a phone does, yet has no shape of its own: what
makes it personal is the word that names it, on its line or in the question it answers
(`answers.cue_words`). The nearest naming word decides: «id заказа 4471» is an order's, a
transaction's number, and stays, as do amounts, times and the numbers other recognizers know
(a card, a phone, an ОМС policy of 16 digits take precedence by their higher scores).

What we decided: an account's number is masked as an account (placeholder «АККАУНТ»), since
each of these names one person's account; a contract's number («договор №…») is left alone,
because most contracts named in a call are a company's documents (a loan, a delivery).
"""

from __future__ import annotations

import re

from redactor.detect.recognizers.answers import cue_words
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.handle import MESSENGER
from redactor.detect.turns import conversation, roles
from redactor.entities import HANDLE

AFTER_CUE = 0.6  # below every identifier with a shape of its own: they win an overlap
REACH = 60
COUNT = 5

# A number, a code of capitals and digits, or a login: «600712904», «ДМС-0457-119283»,
# «SL-0048812», «QXJ7RT», «kotova_ekaterina».
NUMBER = re.compile(r"(?<![\w@.,/:-])\d+(?:[ -]\d+)*(?![\w@]|[.,:/]\d)")
CODE = re.compile(
    r"(?<![\w@.-])(?=[A-ZА-ЯЁ\d-]*\d)(?=[A-ZА-ЯЁ\d-]*[A-ZА-ЯЁ])[A-ZА-ЯЁ\d]+(?:-[A-ZА-ЯЁ\d]+)*"
    r"(?![\w@])"
)
LOGIN = re.compile(r"(?<![\w@./-])(?=[\w.-]*[\d._])[a-z][a-z\d]*(?:[._-][a-z\d]+)*(?![\w@=]|\.\w)")
MIN_DIGITS = 5
MIN_CODE = 6

# Words that name one person's account (stems, matched at a word's start).
ACCOUNT = re.compile(
    r"лицев|л/с|лс|логин|login|айди|id|идентификатор|учетн|учётн|полис|брон|pnr"
    r"|лояльност|бонусн|клубн|участник|клиентск",
    re.IGNORECASE,
)
# An adjective that makes a thing's word a person's account: «бонусной карты».
ACCOUNT_KIND = re.compile(
    r"бонусн|клубн|лицев|учетн|учётн|клиентск|накопительн|скидочн|дисконтн|лояльност", re.IGNORECASE
)
ID = re.compile(r"id|айди|идентификатор\w*", re.IGNORECASE)
LOGIN_CUE = re.compile(r"логин|login|учетк|учётк|юзернейм|username", re.IGNORECASE)
# A nickname or a messenger named in the question or the line: «Подскажите ваш ник в Telegram»
# ⏎ «lenka_sun». Whole words: «ник» is no prefix («никто», «никогда»).
NICK_CUE = re.compile(r"ник|ника|нику|ником|никнейм\w*|nick\w*", re.IGNORECASE)
# Words that name another thing: its number is not a person's account.
OTHER = re.compile(
    r"заказ|договор|обращени|заявк|тикет|трек|отправлени|посылк|накладн|квитанц|чек|сумм"
    r"|стоимост|цен|штраф|рейс|поезд|вагон|мест|кабинет|офис|дом|квартир|кв|подъезд|этаж"
    r"|индекс|тариф|артикул|операци|транзакц|платеж|платёж|перевод|телефон|номер\w*\s*телефон"
    r"|карт|паспорт|снилс|инн|омс|енп|код|пин|смс|пароль|почт|звон|сесси|чат|диалог|линия",
    re.IGNORECASE,
)
NUMBER_WORD = re.compile(r"номер\w*", re.IGNORECASE)
SECRET_WORD = re.compile(r"парол|код|пин|почт", re.IGNORECASE)
# After a number: an amount, a count, a time.
QUANTITY_AFTER = re.compile(
    r"\s*(?:руб|р\.|₽|\$|€|тыс|млн|%|процент|шт|раз|минут|час|дн|лет|год|месяц|км|кг|балл)",
    re.IGNORECASE,
)


class AccountIdRecognizer(RuRecognizer):
    ENTITY = HANDLE
    READS_SPOKEN_NUMBERS = True  # «лицевой счёт шестьсот семь ноль ноль …» in the spoken copy
    EXAMPLES = [
        "Оператор: Номер лицевого счёта?\nКлиент: [600712904] вроде",
        "Клиент (15:28): Да, мой полис [ДМС-0457-119283].",
        "[Пользователь id [87120934] | почта в профиле]",
        "Оператор: Продиктуйте код бронирования.\nКлиент: [QXJ7RT].",
        "Оператор: Какой у вас логин?\nКлиент: [kotova_ekaterina]",
        "номер бонусной карты [SL-0048812]",
        "л/с [4401-227-19]",
        "Оператор: Подскажите ваш ник в Telegram\nКлиент: [lenka_sun]",
        "Оператор: А телеграм ваш?\nКлиент: [masha.petrova95]",
        "Клиент: у нас есть скидочная карта, номер [УЛ-004871]",
        "Бот: Напишите ваш логин или номер телефона\nКлиент: [sabina_zh91]",
    ]
    COUNTER_EXAMPLES = [
        "id заказа 4471093, сумма 1 250 руб.",
        "Оператор: Номер лицевого счёта?\nКлиент: Сейчас, 5 минут, найду квитанцию.",
        "Номер договора 001ИП-2023-118442.",
        "Рейс SU-1723 задерживается, бронь на 12 мест.",
        "Оператор: Логин?\nКлиент: да, помню",
        "Ваш полис действует до 2026 года.",
        "Звонок ID 88-1204-7731 · Линия: Карты",
        "клиент: пишите в вк\n— domru-5520931 —\nоператор: хорошо",  # a record's id
        "Оператор: Ваш телеграм?\nКлиент: лог в /tmp/build_2024/app",  # a path's part
        "Оператор: Ваш логин?\nКлиент: пришлю на e-mail",
        "Оператор: Подскажите ваш ник в Telegram\nКлиент: нет у меня телеги",
        "Клиент: скидочная карта есть, номер заказа 4471093",
        "Бот: Напишите ваш логин или пароль\nКлиент: qwerty_1",  # not a login's: SECRET's
        "Оператор: Пишите нам в телеграм\nКлиент: ок, а заказ 4471093 где?",
        "Оператор: Никто не звонил?\nКлиент: звонили с номера из order_list.txt",
        "TLC-240311-0482\n3\noperator\nНазовите номер лицевого счёта.\nTLC-240311-0482\n4\n"
        "client\nСейчас поищу\nTLC-240311-0482\n5",  # a table, as the formats read it
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        keys = None
        for pattern, fits in ((NUMBER, _number), (CODE, _code), (LOGIN, None)):
            for m in pattern.finditer(text):
                if fits is not None and not fits(m.group()):
                    continue
                if QUANTITY_AFTER.match(text, m.end()):
                    continue
                keys = _row_keys(text) if keys is None else keys
                if keys.get(m.group(), 0) > 2 or _system(text, m.start()):
                    continue  # a table's conversation id, heading every row
                why = _named(text, m.start(), login=pattern is LOGIN)
                if why:
                    results.append(self.result(m.start(), m.end(), AFTER_CUE, why))
        return results


def _number(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= MIN_DIGITS


def _code(value: str) -> bool:
    letters = sum(c.isalpha() for c in value)
    return len(value.replace("-", "")) >= MIN_CODE and letters <= len(value) // 2 + 3


def _kind_before(words: list[str], k: int) -> bool:
    """«скидочная карта, номер УЛ-004871»: «номер» after a thing made an account two words
    back."""
    return (
        k >= 2
        and NUMBER_WORD.fullmatch(words[k]) is not None
        and bool(ACCOUNT_KIND.match(words[k - 2]))
    )


def _system(text: str, start: int) -> bool:
    """Whether `start` is on a system's line («— domru-5520931 —»: a record's id), no one's."""
    chat = conversation(text)
    i = chat.index_at(start)
    return i is not None and chat.turns[i].role == roles.SYSTEM


def _row_keys(text: str) -> dict[str, int]:
    """How many lines each value fills alone: a dump's conversation id heads every row (a table
    is read a field per line)."""
    keys: dict[str, int] = {}
    for m in re.finditer(r"^[\w-]+$", text, re.MULTILINE):
        keys[m.group()] = keys.get(m.group(), 0) + 1
    return keys


def _named(text: str, start: int, login: bool) -> str | None:
    """Why the value at `start` is an account's: the nearest naming word before it, on its line
    or in the question it answers, names a person's account (a login for a login)."""
    cues = cue_words(text, start, REACH, COUNT)
    words = cues.words
    why = f"an account's number, named in {'the question' if cues.question else 'its line'}"
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if (LOGIN_CUE if login else ACCOUNT).match(word) or (
            login and (NICK_CUE.fullmatch(word) or MESSENGER.fullmatch(word))
        ):
            if k and ID.fullmatch(word) and OTHER.match(words[k - 1]):
                return None  # «Звонок ID …», «заказ id …»: the id of another thing
            return why
        if OTHER.match(word):
            # «бонусной карты»: a thing's word made a person's account by its adjective
            if k and ACCOUNT_KIND.match(words[k - 1]) or _kind_before(words, k):
                return why
            if login and not SECRET_WORD.match(word):
                continue  # «логин или номер телефона» ⏎ «sabina_zh91»: letters are no phone
            return None
    return None
