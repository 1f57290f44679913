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

from redactor.detect.recognizers.answers import (
    FILLERS,
    WORD,
    cue_words,
    opens_answer,
    question,
    words_start,
)
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.contract_answers import asked_contract
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
    r"лицев|л/с|лс|логин|login|айди|id|идентификатор|учетн|учётн|полис|брон|pnr|табельн"
    r"|лояльност|бонусн|клубн|участник|клиентск",
    re.IGNORECASE,
)
# An adjective that makes a thing's word a person's account: «бонусной карты».
ACCOUNT_KIND = re.compile(
    r"бонусн|клубн|лицев|учетн|учётн|клиентск|накопительн|скидочн|дисконтн|лояльност", re.IGNORECASE
)
SITE = re.compile(r"\.(?:ru|com|org|net|su|io|gov|info|biz|pro|me)$")
# A club's member: «карты клуба», «член клуба»; not «расходы клуба. Ориентировочно 15 800».
CLUB = re.compile(r"клуб(?:а|у|е|ом)?", re.IGNORECASE)
MEMBER = re.compile(r"карт|член|участник", re.IGNORECASE)
ID = re.compile(r"id|айди|идентификатор\w*", re.IGNORECASE)
# «личный кабинет misha_stern_2013», «ID кабинета seller_1938207»: a service's account is
# named by its cabinet; only a login's shape follows (a room's number has no Latin letters).
LOGIN_CUE = re.compile(r"логин|login|учетк|учётк|юзернейм|username|кабинет", re.IGNORECASE)
# A nickname or a messenger named in the question or the line: «Подскажите ваш ник в Telegram»
# ⏎ «lenka_sun». Whole words: «ник» is no prefix («никто», «никогда»).
NICK_CUE = re.compile(r"ник|ника|нику|ником|никнейм\w*|nick\w*", re.IGNORECASE)
# Words that name another thing: its number is not a person's account.
OTHER = re.compile(
    r"заказ|договор|обращени|заявк|тикет|трек|отправлени|посылк|накладн|квитанц|чек|сумм"
    r"|стоимост|цен|штраф|рейс|поезд|вагон|мест|кабинет|офис|дом|квартир|кв|подъезд|этаж"
    r"|индекс|тариф|артикул|операци|транзакц|платеж|платёж|перевод|телефон|номер\w*\s*телефон"
    r"|промо|купон|сертификат"  # a discount's code is everyone's
    r"|карт|паспорт|снилс|инн|омс|енп|код|пин|смс|пароль|почт|звон|сесси|чат|диалог|линия",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")
# A sentence that asks: a question mark or a request.
ASKS = re.compile(
    r"\?|(?<!\w)(?:назовите|продиктуйте|подскажите|скажите|укажите|сообщите|диктуйте)(?!\w)",
    re.IGNORECASE,
)
QUOTED = re.compile(r"«[^«»\n]*»|\"[^\"\n]*\"")
QUOTE_BEFORE = re.compile(r"[«»\"]")
NUMBER_WORD = re.compile(r"номер\w*", re.IGNORECASE)
SECRET_WORD = re.compile(r"парол|код|пин|почт", re.IGNORECASE)
# A Latin word alone as an answer, in any case and shape: «Petrova_Olga», «olgapetrova».
LOGIN_ALONE = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z\d._-]{2,31}(?<![._-])(?![\w@]|\.\w)")
NOT_LOGIN = frozenset("yes no ok okay hello hi thanks thank you sorry sms email mail".split())
QUESTION_REACH = 6
# What an answer may hold before its value: the usual fillers and a hedge («или kotova.ek»).
ANSWER_FILLERS = re.compile(
    rf"(?:{FILLERS.pattern})|или|либо|может|наверное|вроде|кажется", re.IGNORECASE
)
# An account that is no bank's 20 digits: a broker's, an investment one, or «счёт N» alone on
# its line (a chat's message that gives it); not an invoice («счёт на оплату 4471 от …»).
OWN_ACCOUNT = re.compile(
    r"""(?:(?:брокерск|инвестиционн|торгов|иис)\w*[ ]+сч[её]т\w*[ ]*(?:№[ ]*)?[:—–-]?[ ]*
         (?P<number>(?<![\d-])\d{6,12}(?![\d-]|[.,]\d))
      | ^[ \t]*(?:мой[ ]+)?сч[её]т[ ]*(?:№[ ]*)?[:—–-]?[ ]*
         (?P<alone>(?<![\d-])\d{6,12}(?![\d-]|[.,]\d))[ .]*$)""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
# «orlova85 / Marusya_1» on its line after «данные для входа»: the login and the password.
PAIR_LOGIN = re.compile(
    r"(?:^|(?<=:[ ]))(?P<login>(?=[\w.-]*[\d._])[A-Za-z][\w.-]{2,31})[ ]*[/|][ ]*\S{4,40}[ .]*$",
    re.MULTILINE,
)
LOGIN_DATA = re.compile(
    r"логин\w*[ ]*(?:и|/)[ ]*парол\w*|данные[ ]+для[ ]+входа|доступ\w*[ ]+(?:к|от|в)\b",
    re.IGNORECASE,
)
SHORT_QUESTION = 5  # «Да, укажите пожалуйста»: a request that names nothing
THING_ALONE = frozenset("карта карты карточка номер мой моя вот".split())  # «карта SL-…»
CUE_WORD = re.compile(
    r"[^\W\d_]+(?:/[^\W\d_]+)?|№"
)  # the question's last words that may ask for the login
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
        "Оператор: Табельный номер подскажите.\nКлиент: [004519].",
        "Оператор: Назовите номер полиса, пожалуйста. Он на карточке, начинается с букв.\n"
        "Клиент: [ДМС-0457-119283].",
        "Жилец: Есть, полис «Мир в доме» от «Гарантии», номер [МД-0192847].",
        "Оператор: Подскажите ваш ник в Telegram\nКлиент: [lenka_sun]",
        "Оператор: А телеграм ваш?\nКлиент: [masha.petrova95]",
        "Клиент: у нас есть скидочная карта, номер [УЛ-004871]",
        "Бот: Напишите ваш логин или номер телефона\nКлиент: [sabina_zh91]",
        "Оператор: Ваш логин?\nКлиент: [Petrova_Olga]",
        "Оператор: Какой у вас ник?\nКлиент: [olgapetrova]",
        "Оператор: Уточните ваш логин\nКлиент: [kotova_ekaterina]\nКлиент: или [kotova.ek], не помню",
        "Клиент: данные для входа\nКлиент: [orlova85] / Marusya_1",
        "привет, робот перестал работать, ошибка 401\nсчёт [2000417733]",
        "мой брокерский счёт [2000417733] заблокирован",
        "Оператор: Назовите номер клубной карты или телефон\nКлиент: карта [SL-0048812]",
        "Клиент: а лицевой счёт нужен для перерасчета?\nОператор: Да, укажите пожалуйста\n"
        "Клиент: [600712904] вроде",
        "номер карты клуба [004418]",
        "Доступ к личному кабинету [misha_stern_2013] сохранится до конца месяца.",
        "Продавец: ИП Цой · ID кабинета [seller_1938207]",
        "Администратор: Подскажите ФИО и номер клубной карты.\n"
        "Клиент: Мухина Оксана. Карта... сейчас... [A-20417].",
        "администратор: да конечно вы член клуба\nклиент: да карта [один семь ноль три три девять]",
        "Инженер: Подскажите номер договора или адрес подключения.\nАбонент: Договор [02-118-40573].",
        "Оператор: Напишите ФИО и номер договора\nКлиент: Сидоров Иван договор [СП-22418]",
        "оператор: назовите номер договора\nклиент: договор [пять пять ноль три один один восемь]",
    ]
    COUNTER_EXAMPLES = [
        "Оператор: вы член клуба?\nКлиент: да, оплачу картой, вот заказ 4471093",
        "Оператор: Номер клубной карты?\nКлиент: Мухина Оксана, заказ 4471093",
        "Пройдите в кабинет 305, врач примет в 14:00.",
        "в личном кабинете налогоплательщика на сайте nalog.gov.ru расчёт",
        "Личный кабинет: https://lk.example.ru/login_2024",
        "Фитнес-клуб на Ленина, тренировка в 18:00, абонемент 12000 руб.",
        "Администратор: минус расходы клуба. Ориентировочно 15 800. Решение за бухгалтерией.",
        "Оператор: в назначении платежа — номер договора ЛЗ-2310-774512.",  # the company's
        "Клиент: а договор 4471093 расторгнут?\nОператор: Да, с марта.",  # nobody asked
        "Оператор: Номер договора?\nКлиент: заказ 4471093, договора нет",  # another thing
        "Оператор: Номер договора?\nКлиент: Сейчас, 5 минут, найду.",
        "Оператор: Напишите номер кредитного договора\nКлиент: ИК-0045117",  # the bank's loan
        "Оператор: Номер договора?\nОператор: 2024-05-06",  # one speaker: no answer
        "id заказа 4471093, сумма 1 250 руб.",
        "Отложено на 3 дня, магазин Невский, 28. Промокод ЗИМА15 даёт 15%.",
        "Клиент: полис «Мир в доме», номер заказа 4471093.",
        "Оператор: Назовите номер заказа. Он в письме, рядом с полисом.\nКлиент: 4471093.",
        "Оператор: Номер лицевого счёта?\nКлиент: Сейчас, 5 минут, найду квитанцию.",
        "Номер договора 001ИП-2023-118442.",
        "Рейс SU-1723 задерживается, бронь на 12 мест.",
        "Оператор: Логин?\nКлиент: да, помню",
        "Ваш полис действует до 2026 года.",
        "Звонок ID 88-1204-7731 · Линия: Карты",
        "клиент: пишите в вк\n— domru-5520931 —\nоператор: хорошо",  # a record's id
        "Оператор: Ваш телеграм?\nКлиент: лог в /tmp/build_2024/app",  # a path's part
        "Оператор: Ваш логин?\nКлиент: пришлю на e-mail",
        "Оператор: Ваш логин?\nКлиент: ok",
        "Оператор: Ваш логин от Госуслуг?\nКлиент: SNILS",
        "Оператор: Какое приложение?\nКлиент: Telegram",
        "Клиент: данные для входа\nКлиент: Android / Windows",  # no digit or mark: no login
        "Выставили счёт 20004177 от 12.03 на оплату",  # an invoice
        "счёт на оплату 20004177",
        "счёт 40817810099910004312",  # a bank's account: RU_BANK_ACCOUNT's
        "Оператор: Номер карты?\nКлиент: карта 4471093",  # a payment card's, not an account's
        "Клиент: заказ пришёл не тот\nОператор: Да, напишите номер\nКлиент: 4471093",
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
                if pattern is LOGIN and SITE.search(m.group()):
                    continue  # «на сайте nalog.gov.ru»: a site's name, no one's login
                if QUANTITY_AFTER.match(text, m.end()):
                    continue
                keys = _row_keys(text) if keys is None else keys
                if keys.get(m.group(), 0) > 2 or _system(text, m.start()):
                    continue  # a table's conversation id, heading every row
                why = _named(text, m.start(), login=pattern is LOGIN)
                if not why and pattern is not LOGIN and asked_contract(text, m.start()):
                    why = "a contract's number, the answer to a question asking for it"
                if why:
                    results.append(self.result(m.start(), m.end(), AFTER_CUE, why))
        for m in OWN_ACCOUNT.finditer(text):
            span = m.span("number") if m.group("number") else m.span("alone")
            results.append(self.result(*span, AFTER_CUE, "a broker's or an own account"))
        for m in PAIR_LOGIN.finditer(text):
            above = text.rfind("\n", 0, max(m.start() - 1, 0))
            above = text.rfind("\n", 0, max(above, 0)) + 1
            if LOGIN_DATA.search(text, above, m.start()):
                results.append(
                    self.result(*m.span("login"), AFTER_CUE, "a login before its password")
                )
        for m in LOGIN_ALONE.finditer(text):
            word = m.group()
            if word.isupper() and word.isalpha():
                continue  # an acronym («SNILS», «SMS»), not a login
            if word.lower() not in NOT_LOGIN and _asked_login(text, m.start(), m.end()):
                results.append(self.result(m.start(), m.end(), AFTER_CUE, "a login, the answer"))
        return results


def _asked_login(text: str, start: int, end: int) -> bool:
    """Whether the Latin word at `start` is the whole of an answer to a question asking for a
    login or a nickname («Ваш логин?» ⏎ «Petrova_Olga»)."""
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(" .!,)"):
        return False
    if not opens_answer(text, start, None):
        return False
    words = question(text, start, QUESTION_REACH)
    return any(LOGIN_CUE.match(w) or NICK_CUE.fullmatch(w) or MESSENGER.fullmatch(w) for w in words)


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
    or in the question it answers, names a person's account (a login for a login). An answer
    that only repeats the thing («карта SL-0048812» to «номер клубной карты?») and a question
    that names nothing («Да, укажите пожалуйста», after «а лицевой счёт нужен?») are read with
    the question before them."""
    cues = cue_words(text, start, REACH, COUNT, fillers=ANSWER_FILLERS)
    words = cues.words
    if not cues.question and QUOTE_BEFORE.search(text, max(0, start - REACH), start):
        # «полис «Мир в доме» от «Гарантии», номер МД-…»: a quoted name is a title, no cue
        line = max(words_start(text, start), start - REACH)
        words = WORD.findall(QUOTED.sub(" ", text[line:start]))[-COUNT:]
    if not cues.question and not login:
        ws = words_start(text, start)
        said = CUE_WORD.findall(text, ws, start)
        # The answer's last word before the value, fillers passed over: «Мухина Оксана
        # Владимировна. Карта... сейчас... A-20417» repeats the thing the question named.
        kept = [w for w in said if not ANSWER_FILLERS.fullmatch(w)] or said
        if kept and kept[-1].lower() in THING_ALONE and _answers(text, start):
            why = _verdict(question(text, start), login, True)
            if why or all(w.lower() in THING_ALONE for w in said):
                return why or None
    # The sentence that asks decides, when it names a thing: not the explanation after it.
    why = _verdict(_asking_sentence(text, start), login, True) if cues.question else None
    if why is None:
        why = _verdict(words, login, cues.question)
    if why is not None or login:
        return why or None
    if cues.question:
        earlier = _question_before(text, start)
        if earlier:
            return _verdict(earlier, login, True) or None
    return None


def _answers(text: str, start: int) -> bool:
    """Whether the value's line opens an answer once its few words are passed over."""
    chat = conversation(text)
    i = chat.index_at(start)
    return i is not None and chat.turns[i].header is not None and chat.asking(i) is not None


def _question_before(text: str, start: int) -> list[str]:
    """The words of the turn before a short question that names nothing: «а лицевой счёт нужен
    для перерасчета?» ⏎ «Да, укажите пожалуйста» ⏎ «600712904 вроде»."""
    chat = conversation(text)
    i = chat.index_at(start)
    j = chat.asking(i) if i is not None else None
    if j is None or j == 0:
        return []
    turn = chat.turns[j]
    if len(CUE_WORD.findall(text, turn.start, turn.end)) > SHORT_QUESTION:
        return []
    before = chat.turns[j - 1]
    return CUE_WORD.findall(text, before.start, before.end)[-COUNT * 2 :]


def _verdict(words: list[str], login: bool, question: bool) -> str | None:
    """The rule the nearest naming word of `words` makes fire; "" when a word of another
    thing vetoes, None when no word names anything."""
    why = f"an account's number, named in {'the question' if question else 'its line'}"
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if (LOGIN_CUE if login else ACCOUNT).match(word) or (
            login and (NICK_CUE.fullmatch(word) or MESSENGER.fullmatch(word))
        ):
            if k and ID.fullmatch(word) and OTHER.match(words[k - 1]):
                return ""  # «Звонок ID …», «заказ id …»: the id of another thing
            return why
        if CLUB.fullmatch(word) and k and MEMBER.match(words[k - 1]):
            return why  # «номер карты клуба», «вы член клуба?»: a member's card, not a payment's
        if OTHER.match(word):
            # «бонусной карты»: a thing's word made a person's account by its adjective
            if k and ACCOUNT_KIND.match(words[k - 1]) or _kind_before(words, k):
                return why
            if login and not SECRET_WORD.match(word):
                continue  # «логин или номер телефона» ⏎ «sabina_zh91»: letters are no phone
            if k and words[k - 1].lower() == "или":
                continue  # «номер клубной карты или телефон»: the other thing is an alternative
            return ""
    return None


def _asking_sentence(text: str, start: int) -> list[str]:
    """The words of the sentence that asks, in the question the value at `start` answers, when
    the question goes on to explain: «Назовите номер полиса, пожалуйста. Он на карточке,
    начинается с букв.» — the explanation's «карточке» names no number."""
    chat = conversation(text)
    i = chat.index_at(start)
    j = chat.asking(i) if i is not None else None
    if j is None:
        return []
    turn = chat.turns[j]
    sentences = SENTENCE.findall(text[turn.start : turn.end])
    asking = [x for x in sentences if ASKS.search(x)]
    return WORD.findall(asking[-1]) if asking else []
