"""CARD_EXPIRY: a payment card's month and year of expiry, next to a word that says so.

«12/27», «12/2027», «12 27» (said: «двенадцать двадцать семь»), «декабря 2027 года» (said: «до
декабря двадцать седьмого года») are an expiry only after an expiry cue («срок действия»,
«действует до», «exp», «valid thru», «месяц и год»), right after a card number, or after a card
word when written with a slash or by the month's name: bare «12/27» is a fraction, a date or a
score. The cue may be in the question the line answers («Укажите срок действия карты. ⏎ Клиент:
03/31»). A word that gives the date to something else vetoes: «срок действия паспорта до
12.2027», «кредит действует до 12/27».
"""

from __future__ import annotations

import datetime
import re

from redactor.detect.dates import MONTH, ORDINAL
from redactor.detect.recognizers.answers import cue_words, words_start
from redactor.detect.recognizers.base import CUE_REACH, CUE_WORD, DOCUMENT_WORD, RuRecognizer
from redactor.detect.turns import conversation
from redactor.entities import CARD_EXPIRY

EXPIRY_CUED = 0.85
CARD_CUED = 0.6
YEARS_BACK, YEARS_AHEAD = 8, 12  # cards run for up to ten years; an expired one is still data

EXPIRY = re.compile(
    rf"""(?<![\w.,/:-])
    (?:
        (?P<month>0?[1-9]|1[0-2]|0[ ][1-9])                   # 12, 08, «0 8» said digit by digit
        (?:(?P<ordinal>-(?:го|ого|е|ое|й))[ ])?               # «ноль третьего двадцать седьмого»
        (?(ordinal)|(?:[ ]?(?P<slash>[/\\])[ ]?|[.-]|[ ]))    # 12/27, 12.27, 12 27
        (?P<year>20\d\d|\d\d)(?(ordinal)-(?:го|ого|й|ый)(?!\w)|(?!\w|[.,:/-]\d)(?(slash)|(?![ ]\d)))
      | (?P<month_name>{MONTH})[ ]+(?P<named_year>20\d\d|\d\d){ORDINAL}  # декабря 2027, 27-го
        (?:[ ]+год[ау]?(?!\w)|[ ]?г\.|[ ]?г(?!\w))?
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# What follows a count, an amount or a time, never an expiry: «12 30 рублей», «в 12 30 минут».
NOT_AFTER = re.compile(
    r"[ ]*(?:р\b|р\.|руб|₽|\$|%|раз|шт|мин|сек|час|числ|лет|год|коп|тыс|процент)", re.IGNORECASE
)
# A day before the month: «до 16 июля 2024 года» is a date, not a card's month and year.
DAY_BEFORE = re.compile(r"\d(?:-?\w{1,3})?[ ]+$")
UNTIL_BEFORE = re.compile(r"(?<!\w)до[ ]+$", re.IGNORECASE)
VALIDITY = re.compile(r"действ|годн|истека|exp|valid", re.IGNORECASE)
# Cues, as the words before the expiry; the nearest one decides.
EXPIRY_WORD = re.compile(
    r"срок\w*|действ\w*|годн\w*|истека\w*|exp\w*|valid|thru|through|till|мм|гг|год",
    re.IGNORECASE,
)
CARD_WORD = re.compile(
    r"карт\w*|мир|visa|виз(?:а|ы|е|у|ой)|mastercard|мастеркард|maestro|маэстро|кредитк\w*",
    re.IGNORECASE,
)
# Words that give a date to something else: a document, a delivery, a loan.
OTHER_WORD = re.compile(
    r"доставк\w*|доставим|кредит\w*|рассрочк\w*|подписк\w*|тариф\w*|акци\w*|скидк\w*"
    r"|страховк\w*|гаранти\w*|лиценз\w*|прав[ао]?|виз[аы]?|рассмотрени\w*|возврат\w*"
    r"|ответ\w*|заявлени\w*|обработк\w*",
    re.IGNORECASE,
)
# Right after a card number, whole or masked: «… 1234 5675 08 27», «4276 **** **** 5678, 08/27»,
# «…, до 03/27».
CARD_NUMBER_BEFORE = re.compile(
    r"[\d*•](?:[ -]?[\d*•]){12,18}[ ,;—-]{1,3}(?:(?:она|он|карта|срок|действует|действительна"
    r"|годна|годен|до|по|exp\w*|valid)[ :,]{1,2}){0,3}$",
    re.IGNORECASE,
)
CARD_NUMBER_ANY = re.compile(r"(?<![\d*•])\d{4}(?:[ -]?\d{4}){3}(?:\d{1,3})?(?![\d*•])")
SHORT_TURN = 6  # «точнее 12/27 написано»: a message that only corrects or adds the expiry
# A card number that ends the line before, the expiry alone on the next: a chat's client sends
# «4276 1600 1234 5675» ⏎ «12/27».
CARD_NUMBER_LINE = re.compile(r"[\d*•](?:[ -]?[\d*•]){12,18}[ ,;.]*$")
CARD_REACH = 40  # characters: a card number and its separators
WORDS_BEFORE = 6
# What an answer may hold before the expiry, after a speaker tag: «Клиент: да, 03/31».
FILLERS = re.compile(r"да|так|ну|э+|вот|сейчас|значит|пожалуйста|до|по", re.IGNORECASE)


class CardExpiryRecognizer(RuRecognizer):
    ENTITY = CARD_EXPIRY
    READS_SPOKEN_NUMBERS = True  # «срок действия двенадцать двадцать семь» → «… 12 27»
    EXAMPLES = [
        "Клиент: номер карты 4276 1600 1234 5675, срок до [08/27].",
        "Карта действует до [12/2027], перевыпуск не нужен.",
        "Срок действия [12 27], код не скажу.",
        "exp [12/27]",
        "VALID THRU [03/29]",
        "Срок действия карты: [11/26].",
        "Месяц и год на карте: [05/28].",
        "Моя карта Мир, [09/30], можно привязать?",
        "Карта до [декабря 2027 года], потом перевыпустят.",
        "Оператор: назовите срок действия. Клиент: [07/25], она уже истекла?",
        "Клиент: 4276 1600 1234 5675 до [12.27]",
        "Клиент: 4276160012345675 [12/27] 123",
        "10:00 Олег: 4276 1600 1234 5675\n10:00 Олег: [12/27]",
        "Оператор, 19:37\nЧем помочь?\n\n"
        "Евгения, 19:38\nвизу выпускали, 4279 1726 0226 4023, она до [декабря 27-го] вроде\n\n"
        "Евгения, 19:39\nточнее [12/27] написано\n\nОператор, 19:40\nСпасибо",
        "10:00 Оператор: Укажите срок действия\n10:01 Олег: до [марта 2029]",
        # Said, through the normalizer.
        "срок действия [двенадцать двадцать семь]",
        "срок действия карты [ноль восемь двадцать семь] код на обороте не скажу",
        "карта действует до [декабря двадцать седьмого года]",
        "срок [ноль три двадцать девять]",
        "Оператор: Укажите срок действия карты.\nКлиент: [07.31]",
        "оператор: назовите срок действия карты\nклиент: [июля две тысячи двадцать шестого]",
        "Номер карты 5536 6766 6588 6411, до [ноль третьего двадцать седьмого].",
    ]
    COUNTER_EXAMPLES = [
        "Счёт 12/27 по заявке оплачен.",
        "Выиграли 12/27, отличный матч.",
        "Перевод от 12.03.2024 на карту прошёл.",
        "Карту выпустили в 2024 году, срок до 2029 г.",
        "Срок действия паспорта до 12.2027.",
        "Срок доставки до 15.03, курьер позвонит.",
        "Карта 4276 1600 1234 5675 заблокирована 12.03.2025.",
        "Оплатил картой 12 30 рублей, чек не пришёл.",
        "Кредит действует до 12/27, ставка 15%.",
        "Срок действия 12 месяцев, потом продление.",
        "Оплата картой до 15 марта, потом пени.",
        "доставим до декабря двадцать седьмого года",
        "карта действует до двадцать седьмого",
        "Срок действия договора до 31.12.2027.",
        "звонили в двенадцать двадцать семь",
        "Оператор: Во сколько доставить?\nКлиент: 12.30",
        "Срок рассмотрения до 16 июля 2026 года.",
        "Карта действует до 16 июля 2027 года, потом приходите.",
        "Карта 5536 6766 6588 6411, до третьего числа оплачу.",
        "приду третьего двадцать седьмого числа",
        "Клиент: 4276 1600 1234 5675\nОператор: доставка 12/27 коробок",  # no slash alone
        "Клиент: счёт 40817810099910004312\nКлиент: 3/4 оплачено",
        "Ира, 10:00\nкарта 4279 1726 0226 4023\n\nМагазин, 10:01\nзаказ 12/27 собран",
        "10:00 Оператор: Укажите срок доставки\n10:01 Олег: до марта 2029",
        "Оператор: Права действуют, если не истёк срок. До какого года?\nКлиент: До ноября 2025.",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        today = datetime.date.today()
        results = []
        for m in EXPIRY.finditer(text):
            judged = _plausible(text, m, today) and _cue(text, m)
            if judged:
                results.append(self.result(m.start(), m.end(), *judged))
        return results


def _plausible(text: str, m: re.Match, today: datetime.date) -> bool:
    """Whether a match can be a card's month and year: no count or amount after it, no day
    before a month's name, a year a card may run to."""
    if NOT_AFTER.match(text, m.end()):
        return False
    if m.group("month_name") and DAY_BEFORE.search(text, max(m.start() - 8, 0), m.start()):
        return False
    year = m.group("year") or m.group("named_year")
    full = int(year) if len(year) == 4 else 2000 + int(year)
    return today.year - YEARS_BACK <= full <= today.year + YEARS_AHEAD


def _after_card_line(text: str, start: int, line_start: int) -> bool:
    """Whether the value opens its line (after a speaker's header) and the line before ends
    with a card number; or stands in a short message of a speaker whose message before holds
    a card number («…, 4279 1726 0226 4023, она до декабря 27-го» ⏎ «точнее 12/27 написано»)."""
    if not line_start:
        return False
    ws = words_start(text, start)
    if not text[ws:start].strip():
        before = text.rfind("\n", 0, line_start - 1) + 1
        window = max(before, line_start - 1 - CARD_REACH)
        if CARD_NUMBER_LINE.search(text, window, line_start - 1) is not None:
            return True
    chat = conversation(text)
    i = chat.index_at(start)
    if i is None or not i or chat.turns[i].header is None:
        return False
    turn, previous = chat.turns[i], chat.turns[i - 1]
    if len(CUE_WORD.findall(text, turn.start, turn.end)) > SHORT_TURN:
        return False
    return previous.speaker == turn.speaker and bool(
        CARD_NUMBER_ANY.search(text, previous.start, previous.end)
    )


def _cue(text: str, m: re.Match) -> tuple[float, str] | None:
    """(score, rule) when the words before make this an expiry; the value is never named.
    A word that gives the date to something else («кредит действует до …») vetoes, unless a
    card word comes between («срок действия паспорта … карта до …»)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if CARD_NUMBER_BEFORE.search(text, max(line_start, m.start() - CARD_REACH), m.start()):
        return CARD_CUED, "month and year right after a card number"
    if m.group("slash") and _after_card_line(text, m.start(), line_start):
        return CARD_CUED, "month and year right after a card number on the line before"
    # A slash or a month's name is a card's way to write it; «12 27», «12.27» need an expiry cue.
    written = bool(m.group("slash") or m.group("month_name"))
    # The words before it, or the question an answer alone on its line replies to: «Укажите
    # срок действия карты. ⏎ Клиент: 03/31».
    cues = cue_words(text, m.start(), CUE_REACH, WORDS_BEFORE, fillers=FILLERS, word=CUE_WORD)
    words = cues.words
    if cues.question and UNTIL_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        # «До какого года?» ⏎ «До ноября 25-го» may be any document's: a card's own word
        # («срок действия карты») must be asked
        if not any(CARD_WORD.fullmatch(w) or VALIDITY.match(w) for w in words[-WORDS_BEFORE:]):
            return None
    expiry = card = False
    for word in reversed(words[-WORDS_BEFORE:]):
        if CARD_WORD.fullmatch(word):
            card = True
        elif OTHER_WORD.fullmatch(word) or DOCUMENT_WORD.fullmatch(word):
            if not card:
                return None
            break
        elif EXPIRY_WORD.fullmatch(word) and (written or word.lower() != "год"):
            expiry = True
    if expiry:
        return EXPIRY_CUED, "month and year after an expiry cue"
    return (CARD_CUED, "month and year after a card word") if card and written else None
