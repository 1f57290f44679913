"""Numbers that answer a question asking for them: the entity comes from the question.

    Оператор: Продиктуйте номер карты.
    Клиент: 4276 1600 1234 5675          → a card, whatever its Luhn digit says
    Клиент: угу … 5469 3825 … 2886 6812  → both halves are the card
    Оператор: Последние четыре цифры?
    Клиент: 3995                          → a card's last four

Every other recognizer reads a number by its own shape and the words on its line; a client's
answer often has neither («Клиент: 46 21 703155.»), and its meaning stands in the operator's
question one to three turns up (`redactor.detect.turns`). Here a run of digits in such an answer
is the asked entity when its length fits it (a whole number, or a piece of one said alone), or
when the question asked for a number's last digits. A word on the answer's own line that names
another thing («номер заказа …», «сумма …») keeps the number out.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

from redactor.detect.dates import dates
from redactor.detect.recognizers.answers import asked, words_start
from redactor.detect.recognizers.base import LANGUAGE, result
from redactor.detect.turns import conversation, slots
from redactor.entities import (
    CREDIT_CARD,
    PHONE_NUMBER,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OGRNIP,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
    SECRET,
)

WHOLE = 0.85  # a number of the asked entity's length, in the answer
PIECE = 0.6  # a piece of it said alone (halves, groups over several turns)
# The lengths of each entity's number, whole, in the order a question's slots are tried; a
# mistyped or misheard number may be one digit off.
LENGTHS = {
    CREDIT_CARD: range(13, 20),
    RU_BANK_ACCOUNT: range(19, 22),
    RU_OMS: (16,),
    RU_SNILS: (11,),
    RU_INN: (10, 12),
    RU_OGRNIP: (15,),
    RU_PASSPORT: (10, 9, 11),
    RU_DRIVER_LICENSE: (10,),
    PHONE_NUMBER: (10, 11),
    SECRET: (4, 5, 6),  # a code from an SMS, a PIN: a short answer of its own
}
PIECES = {  # a part said on its own: a series, a number, a department code, a group
    RU_PASSPORT: (4, 6, 3),
    # a card said in halves or thirds, a group run into the next: «55 36 80 0 53» … «96 45»
    CREDIT_CARD: (4, 5, 6, 7, 8, 9, 12),
    RU_BANK_ACCOUNT: range(3, 19),
    RU_SNILS: range(2, 10),
    RU_OMS: (4, 8, 12),
    PHONE_NUMBER: (),
    RU_INN: (),
    RU_OGRNIP: range(5, 15),  # groups over several turns (a status code of 3 digits is none)
    RU_DRIVER_LICENSE: (4, 6),
    SECRET: (),
}
EVEN_PIECES = (4, 8, 12)  # a card's groups; other pieces only when its number was asked for
NUMBER_REQUEST = re.compile(r"номер\w*|цифр\w*|продикту\w*|назов\w*|диктуй\w*", re.IGNORECASE)
MAX_CODE_WORDS = 8  # an answer with a code says little else: «5518», «пришёл, 482913»
# What may stand before a code in its answer: «5518», «вот, 482913», «пришёл 4821», «код 4821».
CODE_OPENING = re.compile(
    r"(?:\s|[,.:—–-])*(?:(?:ну|вот|так|да|это|сейчас|пришёл|пришел|пришло|код|смс|секунду"
    r"|минуту|э+|м+|из|в|я|приходил\w*|вв[её]л\w*|ввожу|вводил\w*|назвал\w*|называл\w*"
    r"|сказал\w*|продиктовал\w*)(?:\s|[,.:—–…-])+)*",
    re.IGNORECASE,
)
# Digit groups split by spaces, dashes or dots (not a date, a time or a decimal: those have
# their own readers), not inside a word.
RUN = re.compile(
    r"\d(?<![\w.,:/]\d)\d*(?:(?:[ \u00a0]{1,2}|[ ]?[-–][ ]?)\d+)*(?![\d]|[.,:/]\d|[^\W\d_])"
)
# After a number: what makes it an amount, a count or a time, not an identifier.
QUANTITY_AFTER = re.compile(
    r"\s*(?:руб|р\.|₽|\$|€|тыс|млн|%|процент|шт|раз|минут|час|дн|лет|год|месяц|км|кг|кв\.?\s?м"
    r"|балл|штук|человек|этаж|ровно|с\s+карт|на\s+карт|со\s+сч[её]т|на\s+сч[её]т"
    r"|списал|оплатил|заплатил|вернул)",  # «1500 списали»: an amount
    re.IGNORECASE,
)
# Words on the answer's line, right before the number, that name another thing.
OTHER = re.compile(
    r"(?:заказ|договор|обращени|заявк|трек|отправлени|посылк|накладн|квитанц|чек|сумм|стоимост"
    r"|цен|штраф|постановлени|бик|кпп|огрн|корр?|к/с|тариф|пакет|рейс|поезд|вагон|мест|кабинет"
    r"|офис|дом|квартир|кв|подъезд|этаж|индекс|улиц|код|пин|смс)\w*",
    re.IGNORECASE,
)
# «с 2022», «в 1998»: a year after a preposition of time, not a piece of a number.
YEAR = re.compile(r".*?(?<!\w)(?:с|в|до|после|от|к)\s+(?:19|20)\d\d", re.IGNORECASE | re.S)
SECRET_OWN = re.compile(r"код\w*|смс|sms|пин\w*", re.IGNORECASE)
# «в 19 40», «к 9 30»: a time said in words, two groups after a preposition of time.
TIME = re.compile(
    r"(?<!\w)(?:в|к|до|после|с|около|на)\s+([01]?\d|2[0-3])[ .:]([0-5]\d)", re.IGNORECASE
)
LAST_DIGITS = re.compile(r"последн\w*|заканчива\w*|оканчива\w*|конц\w*|хвост\w*", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")
MAX_ANSWER_WORDS = 40  # a longer turn is a story, not an answer


class SlotAnswerRecognizer(EntityRecognizer):
    READS_SPOKEN_NUMBERS = True  # «сорок шесть двадцать один семьсот три сто пятьдесят пять»
    ENTITY = None  # several: the question says which
    ENTITIES = tuple(LENGTHS)
    EXAMPLES = [  # (entity, marked text): run by tests/test_slot_answers.py
        (CREDIT_CARD, "Оператор: Продиктуйте номер карты.\nКлиент: [4276 1600 1234 5674]"),
        (
            CREDIT_CARD,
            "Оператор: Номер карты, пожалуйста.\nКлиент: угу\nКлиент: [5469 3825]\n"
            "Оператор: так\nКлиент: [2886 6812]",
        ),
        (CREDIT_CARD, "О: Последние четыре цифры карты?\nК: [3995]."),
        (  # halves with odd digit counts: a group run into the next
            CREDIT_CARD,
            "оператор: назовите номер карты\nклиент: ну вот [пятьдесят пять тридцать шесть эээ"
            " восемьдесят ноль пятьдесят три]\nоператор: угу\nклиент: [девяносто шесть сорок пять]",
        ),
        (  # said as a thousand: still the digits asked for
            CREDIT_CARD,
            "спикер 1: назовите последние четыре цифры карты\nспикер 2: [тысяча триста восемь]",
        ),
        (RU_PASSPORT, "spk_0: серию и номер паспорта\nspk_1: [46 21 703155]"),
        (RU_PASSPORT, "Оператор: Паспорт, серия и номер?\nКлиент: [45 23]... [918 204]."),
        (RU_PASSPORT, "Оператор: Код подразделения?\nКлиент: [520-028]."),
        (RU_BANK_ACCOUNT, "Оператор: Номер счёта для зачисления?\nКлиент: [40817810749397443973]"),
        (SECRET, "Оператор: Сообщите код, который пришёл в СМС.\nКлиент: [5518]"),
        (  # a chat's client announces a card and sends it in pieces, asked by no one
            CREDIT_CARD,
            "12:05 Иван: номер карты\n12:05 Иван: [2202]\n12:05 Иван: [2063]\n"
            "12:06 Иван: [1234]\n12:06 Иван: [5678]\n12:07 Поддержка: Спасибо, проверяю.",
        ),
        (RU_SNILS, "Оператор: Назовите СНИЛС.\nКлиент: Сейчас... [225-370-822 51]."),
        (  # an ОГРНИП in groups over several turns
            RU_OGRNIP,
            "speaker_1: продиктуйте огрнип\nspeaker_2: [триста девятнадцать семьсот семьдесят"
            " четыре]\nspeaker_1: так\nspeaker_2: [ноль ноль двести шестьдесят пять]",
        ),
        (  # the code's source and the client's verbs open the answer
            SECRET,
            "оператор: а какой код вы называли\nклиент: ну из смс [семь ноль два девять один] кажется",
        ),
        (
            SECRET,
            "spk_0: вам приходил код в смс\nspk_1: приходил я ввела [четыре семь ноль пять один два]"
            " а он пишет неверный",
        ),
        (
            RU_SNILS,
            "s1: снилс\ns2: [двести девять]\ns2: [семьсот семьдесят три]\n"
            "s2: [ноль двадцать шесть] и контрольное [семьдесят девять]",
        ),
    ]
    COUNTER_EXAMPLES = [
        (SECRET, "Оператор: Скажите код заказа.\nКлиент: 4512"),
        (SECRET, "Поддержка: Код отправлен\nКлиент: спасибо\nКлиент: 1500 списали два раза"),
        (CREDIT_CARD, "Клиент: карта не работает\nКлиент: 2202\nОператор: Что именно?"),
        (
            RU_BANK_ACCOUNT,
            "Клиент: номер счёта\nКлиент: Номер транзакции: 2711419018503572",
        ),
        (CREDIT_CARD, "Клиент: номер карты\nОператор: Не нужно, назовите заказ.\nКлиент: 2202"),
        (SECRET, "Оператор: Код из смс?\nКлиент: Оплатила 1800, перевод на карту."),
        (SECRET, "оператор: код из смс назовите\nклиент: я в восемь ноль пять пришла в офис"),
        (CREDIT_CARD, "оператор: последние цифры карты\nклиент: код из смс 4821"),
        (SECRET, "оператор: какой код пришёл\nклиент: номер заказа 48213 пришёл"),
        (SECRET, "Оператор: Код из смс пришёл?\nКлиент: Пришёл, но я его не скажу, 4 цифры там."),
        (CREDIT_CARD, "Оператор: Номер карты?\nКлиент: Сумма 1500 рублей списалась."),
        (RU_BANK_ACCOUNT, "Оператор: Номер счёта?\nКлиент: 2024-01-05 открывала"),  # a date
        (RU_INN, "Оператор: Подскажите номер заказа и ИНН.\nКлиент: заказ 5124887601."),
        (CREDIT_CARD, "Оператор: Номер карты?\nКлиент: Ой, я её потеряла 3 дня назад."),
        (CREDIT_CARD, "Оператор: Вернём на ту же карту.\nКлиент: списали 5000 ровно с карты"),
        (RU_PASSPORT, "Оператор: Паспорт при себе?\nКлиент: Да, дом 15, квартира 4."),
        (CREDIT_CARD, "spk_0: номер карты\nspk_1: списали в девятнадцать сорок"),
        (CREDIT_CARD, "spk_0: номер карты\nspk_1: списали тысячу триста рублей"),
        (CREDIT_CARD, "spk_0: номер карты\nspk_1: заказ 12345 ею оплачивала"),
        (CREDIT_CARD, "spk_0: номер карты\nspk_1: списала 12345 рублей"),
        (
            RU_OGRNIP,
            "speaker_1: продиктуйте огрнип\nspeaker_2: у меня его нет я самозанятый с 2022",
        ),
        (RU_OGRNIP, "Оператор: Подскажите ОГРНИП.\nКлиент: Причина 401 — токен без префикса."),
        (  # a price, the card only spoken of
            CREDIT_CARD,
            "деньги вернутся на озон карту сразу\nпылесос со скидкой был девятнадцать девятьсот",
        ),
        (RU_PASSPORT, "Оператор: Паспорт получили?\nКлиент: да, мой номер 9123456789"),
        # the client asks; the operator's number answers nothing of theirs
        (CREDIT_CARD, "Клиент: Какой номер карты у вас?\nОператор: 2200 7001 2345 6789."),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language=LANGUAGE,
        )

    def load(self) -> None:
        pass

    def reads_quantity(self, text: str, start: int) -> bool:
        """Whether a number said as a quantity at `start` of the normalized text is still
        digits: the last four of a card asked for («последние четыре цифры карты?» — «тысяча
        триста восемь»)."""
        if CREDIT_CARD not in asked(text, start):
            return False
        words = conversation(text).question_words(start, 30) or []
        return any(LAST_DIGITS.fullmatch(w) for w in words)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        chat = conversation(text)
        for run in RUN.finditer(text):
            slots_of = asked(text, run.start()) or chat.announced(run.start())
            wanted = [e for e in slots_of if e in LENGTHS and e in entities]
            if not wanted:
                continue
            verdict = self._judge(text, run, wanted)
            if verdict:
                entity, score, why = verdict
                results.append(result(self, entity, run.start(), run.end(), score, why))
        return results

    def _judge(self, text: str, run: re.Match, wanted: list[str]):
        if _dashed_date(run.group()):
            return None  # «2024-01-05»: a date, read by the dates' readers
        digits = re.sub(r"\D", "", run.group())
        start = words_start(text, run.start())
        time = TIME.search(text, max(start, run.start() - 8), run.end())
        if time and time.start(1) == run.start() and time.end() == run.end():
            return None
        before = WORD.findall(text, max(start, run.start() - 30), run.start())
        if QUANTITY_AFTER.match(text, run.end()) or YEAR.fullmatch(
            text, max(start, run.start() - 6), run.end()
        ):
            return None
        other = [w for w in before[-2:] if OTHER.fullmatch(w)]
        if other:
            # «из смс 70291» names a secret's own source: the code asked for, nothing else
            if SECRET not in wanted or not all(SECRET_OWN.fullmatch(w) for w in other):
                return None
            wanted = [SECRET]
        # The answer's own words name the number: «мой номер 912…» is a phone whatever was asked.
        named = slots.asked(text[max(start, run.start() - 30) : run.start()])
        if named:
            wanted = [e for e in wanted if e in named]
            if not wanted:
                return None
        line_end = text.find("\n", run.end())
        if (
            len(WORD.findall(text, start, len(text) if line_end < 0 else line_end))
            > MAX_ANSWER_WORDS
        ):
            return None
        line_words = len(WORD.findall(text, start, len(text) if line_end < 0 else line_end))
        for entity in sorted(wanted, key=list(LENGTHS).index):
            if entity == SECRET and (
                line_words > MAX_CODE_WORDS
                or CODE_OPENING.fullmatch(text, start, run.start()) is None
            ):
                continue  # «Оплатила 1800, перевод на …»: an amount in a story
            if len(digits) in LENGTHS[entity]:
                return entity, WHOLE, f"answers a question asking for {entity}"
        question_last = any(LAST_DIGITS.fullmatch(w) for w in before) or _asked_last(text, run)
        for entity in sorted(wanted, key=list(LENGTHS).index):
            if entity == CREDIT_CARD and len(digits) == 4 and question_last:
                return entity, WHOLE, "the last digits a question asked for"
            if len(digits) in PIECES[entity]:
                if (
                    entity == CREDIT_CARD
                    and len(digits) not in EVEN_PIECES
                    and not _asked_number(text, run)
                ):
                    continue  # «деньги вернутся на карту» ⏎ «был 19 900»: a price, not asked
                return entity, PIECE, f"a piece of the {entity} a question asked for"
        return None


def _asked_number(text: str, run: re.Match) -> bool:
    """Whether the question before the answer asked for a number to be said («назовите номер
    карты»), not only spoke of a card."""
    words = conversation(text).question_words(run.start(), 30) or []
    return any(NUMBER_REQUEST.fullmatch(w) for w in words)


def _dashed_date(value: str) -> bool:
    """Whether a run of digit groups is a whole date written with dashes and a four-digit year
    («2024-01-05», «05-01-2024»), which is no identifier's piece."""
    found = dates(value)
    return (
        "-" in value
        and len(found) == 1
        and (found[0].start, found[0].end) == (0, len(value))
        and len(found[0].year or "") == 4
        and found[0].whole
    )


def _asked_last(text: str, run: re.Match) -> bool:
    """Whether the question before the answer asked for the last digits («последние четыре»)."""
    words = conversation(text).question_words(run.start(), 30) or []
    return any(LAST_DIGITS.fullmatch(w) for w in words)
