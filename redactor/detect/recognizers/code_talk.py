"""SECRET: a code sent in a chat where a code is being spoken of, without a cue right before it.

A chat's client rarely writes «код из смс 4821». The code comes after the talk about it, a few
words or a message or two later:

    Клиент: код подтверждения не приходит
    Клиент: всё пришёл 8841                      → the code (its talk two messages up)
    @vovan: и код из гугл аутентификатора надо? 482 117   → the code (its talk on its line)
    Клиент: ввожу 0917 пишет неверный код        → the code (typed, and a code spoken of)
    Оля: ой, там новый, 117*2468 попробуйте      → a door's code (the intercom's talk above)

A value is 4–8 digits (in groups, or a door's digits with a letter, «*» or «#» inside) that opens
a short message or follows the talk on its line with only a few words between («пришёл», «вот»,
«надо?»). The talk is a word of a one-time code, a PIN, a password or a door's code, on the
value's line or in the last messages; a code of another thing («промокод», «код заказа», «код
подразделения», «код ошибки») is no such talk. A word of another thing right before the value
(«заказ», «сумма», «квартира»), an amount, a count or a time after it keep it out.
"""

from __future__ import annotations

import re

from redactor.detect.recognizers.answers import TAG, opens_answer, question
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.turns import conversation, roles, slots
from redactor.entities import SECRET

SCORE = 0.7  # below a cue's own code (0.95) and an identifier's shape: they win an overlap
TURNS_BACK = 3  # messages above the value's where its talk may be
MAX_WORDS = 12  # a longer message is a story, not a code sent

# Talk of a code: a one-time code, a PIN, a password, an authenticator's, a door's code.
TALK = re.compile(
    r"(?<![\w-])(?:код\w*|смс-код\w*|пин\w*|pin|парол\w*|cvv|cvc|аутентификатор\w*"
    r"|authenticator|2fa|домофон\w*)(?!\w)",
    re.IGNORECASE,
)
# Words after «код» that make it another thing's: «код заказа», «код ошибки».
OTHER_CODE = re.compile(
    r"[ ]+(?:подразделени|почтов|индекс|заказ|товар|регион|ошибк|купон|скидк|акци|стран|город"
    r"|услуг|тариф|продукт|операци|валют|бик|оквэд|страны|модел|цвет|отправлени|посылк|трек"
    r"|выдачи|получени|ячейк|постамат)",
    re.IGNORECASE,
)
PROMO = re.compile(r"промо|штрих|qr|куар", re.IGNORECASE)  # «промокод», «штрих-код»: no secret
# The value: digits in groups («482 117», «2 9 0 6», «0917»), or a door's with a sign inside.
VALUE = re.compile(
    r"""(?:(?<![\w.,:/+*#№-])|(?<=(?<!\w)G-))(?<!\d[ ])     # «G-482913»: Google's prefix
    (?:
        (?P<alnum>(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{4,8}(?![\w-]))  # X7K9P2: a talk's only
      |
        \d{2,8}(?:[ ]\d{2,4}){0,2}               # 8841, 482 117
      | \d(?:[ ]\d){3,7}                          # 2 9 0 6
      | \d{1,4}[ ]?[*#кКвВbB][ ]?\d{2,6}          # 117*2468, 117В2468, 342К7015
      | \d{2,4}[кКвВ]                             # 215К
    )
    (?![\w*#]|[.,:/-]\d|[ ]\d)                    # nor a piece of a longer run""",
    re.VERBOSE,
)
MIN_DIGITS, MAX_DIGITS = 4, 8
DOOR_MIN_DIGITS = 3
# What may stand between the talk (or the message's start) and the value.
GAP_WORDS = frozenset(
    "ну вот так да это он она оно пришёл пришел пришла пришло пришли новый новая новое такой"
    " такая такое был была было стоит стоял на поставил поставила ввожу ввела ввёл ввел ввели"
    " набираю набрала набрал надо нужен нужно а и всё все уже там из смс sms от мне у меня"
    " сейчас теперь опять снова щас пожалуйста держите пишу вроде кажется ой g".split()
)
GAP_MAX = 4
CODE_KINDS = frozenset("подтверждения доступа входа авторизации верификации оплаты".split())
AFTER_WORDS = frozenset("это этот тот вот мой ваш и".split())  # «4821 это код?»
CHANGED = re.compile(r"(?:по|с)мен\w*|поставил\w*|установил\w*", re.IGNORECASE)  # «поменяла на»
TYPING = re.compile(r"ввожу|вв[её]л\w*|вводил\w*|набираю|набрал\w*|пишу|написал\w*", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# After the value: an amount, a count, a time unit.
QUANTITY_AFTER = re.compile(
    r"[ ]*(?:руб|р\b|р\.|₽|\$|€|тыс|млн|%|процент|шт|раз|минут|мин\b|час|сек|дн|лет|год|месяц"
    r"|км|кг|балл|бонус|штук|человек|этаж|подъезд|квартир|кв\b|символ|знак|цифр"
    r"|списал|оплат|заплат|перев[её]л|вернул|начисл|пришл[аои]\s+на\s+карт)",
    re.IGNORECASE,
)
PASSWORD = re.compile(r"парол\w*|password|pass", re.IGNORECASE)
PASSWORD_ALONE = re.compile(
    r"(?<![\w@./-])[A-Za-z\d][A-Za-z\d._!#$%&*-]{3,39}(?<![._-])(?![\w@]|\.\w)"
)
NOT_PASSWORD = frozenset("yes no ok okay hello hi thanks sorry sms email mail".split())
HEDGES = frozenset("вроде кажется наверное был была такой или точно".split())
QUESTION_WORDS = 8
PASSWORD_LINE_END = re.compile(
    r"(?<!\w)(?:парол\w*|password)(?:[ ]+(?:вроде|такой|был|была|старый|новый|временный))*"
    r"[ ]*[:—–-]?[ ]*$",
    re.IGNORECASE | re.MULTILINE,
)
# «orlova85 / Marusya_1»: a login and a password on a line of their own (after its header).
PAIR = re.compile(
    r"(?:[^\n]*?:[ ]+)?(?P<login>[A-Za-z][\w.-]{2,31})[ ]*[/|][ ]*(?P<password>\S{4,40}?)[ .]*"
)
LOGIN_DATA = re.compile(
    r"логин\w*[ ]*(?:и|/)[ ]*парол\w*|данные[ ]+для[ ]+входа|доступ\w*[ ]+(?:к|от|в)\b",
    re.IGNORECASE,
)
# The other side's request for something (its talk of a code would have been found first).
REQUEST = re.compile(
    r"(?<!\w)(?:уточни|укажи|напиши|назови|пришли|подскажи|продиктуй|сообщи|отправь)\w*",
    re.IGNORECASE,
)
# Words right before the value that name another thing.
OTHER_BEFORE = re.compile(
    r"(?:заказ|договор|обращени|заявк|трек|отправлени|посылк|накладн|квитанц|чек|сумм|стоимост"
    r"|цен|штраф|карт|сч[её]т|телефон|номер|дом(?!офон)|квартир|кв|подъезд|этаж|офис|индекс|улиц|рейс"
    r"|оплатил|заплатил|списал|перевел|перевёл)\w*"
    r"|в|во|к|до|после|с|со|около|через|за|по|от",  # a time, a date, an amount: «в 14 30»
    re.IGNORECASE,
)


class CodeTalkRecognizer(RuRecognizer):
    ENTITY = SECRET
    EXAMPLES = [
        "Клиент: код подтверждения не приходит\nКлиент: всё пришёл [8841]",
        "@vovan: и код из гугл аутентификатора надо? [482 117]",
        "Клиент: ввожу [0917] пишет неверный код",
        "Поддержка: Отправили код на почту\nКлиент: [552107]",
        "Оля: подъезд 5, код домофона [117В2468]\nКурьер: не открывается\n"
        "Оля: ой, там новый, [117*2468] попробуйте со звездочкой",
        "Клиент: ок. подъезд 2 код [215К], если что",
        "Клиент: пин поменяла на [2580], а банкомат не принимает",
        "Оператор: Какой пароль вводите?\nКлиент: [marusya]",
        "Клиент: код подтверждения: [X7K9P2]",
        "Клиент: пришло G-[482913] это код?",
        "Оператор: Какой пароль вводите?\nКлиент: [Qwerty123] вроде",
        "Клиент: не могу зайти, пароль вроде\n[Artem2015]\nне подходит",
        "Клиент: данные для входа\nКлиент: orlova85 / [Marusya_1]",
    ]
    COUNTER_EXAMPLES = [
        "Клиент: код из смс не приходит, заказ 48213355",
        "Клиент: код не приходит\nКлиент: жду уже 15 минут",
        "Клиент: промокод 2024 не работает",
        "Клиент: код подразделения 770-001",
        "Клиент: код ошибки 1004 вылезает",
        "Клиент: код не пришёл, оплатила 1500",
        "Клиент: код не пришёл\nОператор: Уточните номер заказа\nКлиент: 48213355",
        "Клиент: код не пришёл\nКлиент: в 14 30 пробовала",
        "Клиент: пин не помню\nКлиент: карта 4276",
        "Оператор: Код из смс пришёл?\nКлиент: да, но вчера 12.04",
        "Клиент: домофон 116",  # a flat's number on the intercom
        "Клиент: код домофона не работает, кв 87",
        "Клиент: я подъезд 3 код не знаю, этаж 9",
        "Клиент: пароль сменила\nКлиент: теперь 2 раза в день заходит",
        "Клиент: вот мой код клиента 48213355 в приложении, он длинный и там ещё много всего написано",
        "Поддержка: Код отправлен\nКлиент: спасибо\nКлиент: 1500 списали два раза",
        "Оператор: Какой пароль вводите?\nКлиент: ok",
        "Клиент: промокод SALE2024 не работает",
        "Клиент: код товара AB1234 в каталоге",
        "Клиент: заказ 4821 это код получения?",
        "Клиент: оплатила 2450, код не пришёл",
        "Клиент: данные для входа\nКлиент: 2024 / 2025 год",
        "Оператор: Какой пароль вводите?\nКлиент: Samsung Galaxy его не принимает",
        "Оператор: Пароль от какого сервиса?\nКлиент: Госуслуги",
        "Оператор: Пароль от Wi-Fi на роутере?\nКлиент: TP-Link стоит, модель старая",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [
            self.result(start, end, SCORE, "a password, the whole answer to its question")
            for start, end in _password_answers(text)
        ]
        if not TALK.search(text):
            return results
        chat = conversation(text)
        for m in VALUE.finditer(text):
            digits = sum(c.isdigit() for c in m.group())
            if m.group("alnum"):
                if _talk_right_before(text, m.start()):
                    results.append(self.result(*m.span(), SCORE, "a code of letters and digits"))
                continue
            door = not m.group().replace(" ", "").isdigit()
            if not (DOOR_MIN_DIGITS if door else MIN_DIGITS) <= digits <= MAX_DIGITS:
                continue
            if QUANTITY_AFTER.match(text, m.end()):
                continue
            why = _talked(text, chat, m.start(), door)
            if why:
                results.append(self.result(m.start(), m.end(), SCORE, why))
        return results


def _talked(text: str, chat, start: int, door: bool) -> str | None:
    """Why the value at `start` is a code: the talk before it on its line with few words
    between, or the talk in the messages above one that opens with the value."""
    line_start = text.rfind("\n", 0, start) + 1
    i = chat.index_at(start)
    turn = chat.turns[i] if i is not None else None
    if turn is not None and turn.role == roles.SYSTEM:
        return None
    if turn is not None and turn.header is not None and turn.start <= start:
        begin = max(line_start, turn.start)
    else:  # a line without a confirmed header: past a speaker's tag, if it has one
        begin = TAG.match(text, line_start, start).end()
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if len(WORD.findall(text, begin, line_end)) > MAX_WORDS:
        return None
    before = [w.lower() for w in WORD.findall(text, begin, start)]
    changed = len(before) >= 2 and before[-1] == "на" and CHANGED.fullmatch(before[-2])
    if before and OTHER_BEFORE.fullmatch(before[-1]) and not changed:
        return None
    talk = _last_talk(text, begin, start)
    if talk is not None:
        between = WORD.findall(text, talk, start)
        if len(between) <= GAP_MAX and all(_gap(w) for w in between):
            return "a code after its talk on its line"
    if before and TYPING.fullmatch(before[-1]) and _last_talk(text, begin, line_end) is not None:
        return "a code typed in, a code spoken of on its line"  # «ввожу 0917 пишет неверный код»
    if all(_gap(w) for w in before) and _talk_right_after(text, start, line_end):
        return "a code named right after it"  # «пришло G-482913 это код?»
    if any(not _gap(w) for w in before) or i is None:
        return None  # the value does not open its message
    for j in range(i - 1, max(-1, i - 1 - TURNS_BACK), -1):
        t = chat.turns[j]
        if t.role == roles.SYSTEM:
            continue
        said = text[t.start : t.end]
        if _last_talk(said, 0, len(said)) is not None:
            return "a code sent after its talk in the messages above"
        if t.speaker != chat.turns[i].speaker and (
            "?" in said or slots.asked(said) or REQUEST.search(said)
        ):
            return None  # the other side asked for something else since
    return None


def _password_answers(text: str) -> list[tuple[int, int]]:
    """A word of Latin letters and digits that is the whole answer (but a hedge) to a question
    naming a password: «Какой пароль вводите?» ⏎ «marusya», «Qwerty123 вроде»; alone under a
    line of its message that ends with a password's word; the second of a login and a
    password sent as a pair («orlova85 / Marusya_1»)."""
    if not PASSWORD.search(text) and not LOGIN_DATA.search(text):
        return []
    found = []
    for m in PASSWORD_ALONE.finditer(text):
        word = m.group()
        if word.lower() in NOT_PASSWORD or (word.isupper() and word.isalpha()):
            continue
        line_end = text.find("\n", m.end())
        rest = WORD.findall(text, m.end(), len(text) if line_end < 0 else line_end)
        if len(rest) > 2 or any(w.lower() not in HEDGES for w in rest):
            continue
        if _after_password_line(text, m.start()) or _pair_password(text, m.start()):
            found.append(m.span())
            continue
        if not opens_answer(text, m.start(), None):
            continue
        if any(PASSWORD.fullmatch(w) for w in question(text, m.start(), QUESTION_WORDS)):
            found.append(m.span())
    return found


def _after_password_line(text: str, start: int) -> bool:
    """A word alone on its line under a line of the same message that ends with a password's
    word: «не могу зайти, пароль вроде ⏎ Artem2015»."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start or text[line_start:start].strip():
        return False
    chat = conversation(text)
    i = chat.index_at(start)
    if i is None or chat.turns[i].start > line_start - 1:
        return False  # the line above is another message's
    before = text.rfind("\n", 0, line_start - 1) + 1
    return PASSWORD_LINE_END.search(text, before, line_start - 1) is not None


def _pair_password(text: str, start: int) -> bool:
    """The second of «login / password» on a line after a word of both or of a login's data:
    «данные для входа ⏎ orlova85 / Marusya_1»."""
    line_start = text.rfind("\n", 0, start) + 1
    pair = PAIR.fullmatch(text, line_start, text.find("\n", start) % (len(text) + 1) or len(text))
    if pair is None or pair.start("password") != start:
        return False
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return LOGIN_DATA.search(text, above, start) is not None


def _talk_right_before(text: str, start: int) -> bool:
    """A code's talk right before `start` on its line, with a colon or a gap word or two
    between: «код подтверждения: X7K9P2»."""
    line_start = text.rfind("\n", 0, start) + 1
    talk = _last_talk(text, line_start, start)
    if talk is None:
        return False
    between = WORD.findall(text, talk, start)
    return len(between) <= 2 and all(_gap(w) or w.lower() in CODE_KINDS for w in between)


def _talk_right_after(text: str, start: int, line_end: int) -> bool:
    """A code's talk a few words after the value that opens its message: «4821 это код?»."""
    value = VALUE.match(text, start)
    if value is None:
        return False
    talk = TALK.search(text, value.end(), line_end)
    if talk is None or _last_talk(text, talk.start(), talk.end()) is None:
        return False
    between = WORD.findall(text, value.end(), talk.start())
    return len(between) <= 2 and all(w.lower() in AFTER_WORDS for w in between)


def _gap(word: str) -> bool:
    return word.lower() in GAP_WORDS or CHANGED.fullmatch(word) is not None


def _last_talk(text: str, start: int, end: int) -> int | None:
    """Where the last talk of a code between `start` and `end` ends; None if there is none
    (or only a code of another thing: «промокод», «код заказа»)."""
    found = None
    for m in TALK.finditer(text, start, end):
        word_start = m.start()
        if PROMO.search(text, max(start, word_start - 6), word_start + 5):
            continue
        if OTHER_CODE.match(text, m.end()):
            continue
        found = m.end()
    return found
