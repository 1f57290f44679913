"""PHONE_NUMBER: Russian and foreign phone numbers, found and validated by libphonenumber.

libphonenumber knows the numbering plans (which codes exist, how long a number is) and the
ways people write a number; we add what it lacks: how sure a shape is without context, which
words before a number say it is something else, and the Russian word «добавочный».
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer, words_before
from redactor.entities import PHONE_NUMBER

REGION = "RU"

# Scores by shape; the engine keeps ≥ 0.4, and a context lemma adds 0.35.
INTERNATIONAL = 0.7  # «+7 912 …», «+380 44 …»
PREFIXED = 0.7  # «8 (912) 345-67-89», «7 912 345 67 89»
PREFIXED_PLAIN = 0.5  # «89123456789»: also the shape of an 11-digit id
AREA_IN_BRACKETS = 0.5  # «(495) 123-45-67»
BARE_TEN = 0.3  # «912 345 67 89», «9123456789»: a phone only when the context says so
POSSIBLE_ONLY = 0.3  # «+…» of a valid length in a range libphonenumber does not list (yet)
RU_DIGITS = 11  # «8 912 345 67 89»
MIN_DIGITS, MAX_DIGITS = (
    10,
    15,
)  # a run split into phones: ten digits or more, E.164's fifteen at most
MIN_FOREIGN_DIGITS = 8  # «+1 000» is an amount; the shortest numbers in use abroad have 8 digits
FOREIGN_LAYOUT = 0.5  # «+996 990 947 392»: a range libphonenumber does not list, a phone's layout
FULL_FOREIGN_DIGITS = 10
PHONE_LAYOUT = re.compile(r"\+\d{1,3}(?:[ -]?\(?\d{2,5}\)?)(?:[ -]?\d{2,4}){1,4}")
WHOLE_MESSAGE = 0.5  # a mobile's ten digits, alone in a chat message
MESSAGE_START = re.compile(r"[:\]]\s")  # the message begins after «Клиент: », «[12:03] »
ALNUM_OR_LINE_END = re.compile(r"[^\W_]|\n")  # [^\W_]: what str.isalnum() accepts
LABELLED = 0.6  # right after «тел.», «моб.»: abbreviations whose lemmas miss (тел. → «тело»)
# Ten digits grouped as a Russian mobile is written and said: 9xx xxx xx xx. No amount, date or
# order number is dictated so; a number with a document word before it is still none.
MOBILE_LAYOUT = re.compile(r"9\d\d[ -]\d{3}[ -]\d\d[ -]\d\d")
MOBILE = 0.45
# Dictated in words (`redactor.detect.spoken`): the digits of a stretch of numbers said in one breath.
DICTATED_PREFIXED = 0.7  # «восемь девятьсот …», «плюс семь …»: eleven digits, a valid number
DICTATED_MOBILE = 0.5  # «девятьсот шестнадцать …»: ten digits of a valid mobile
TOLL_FREE = "800"  # «восемь восемьсот …» said in a call is a company's hotline, no person's phone

# Nothing shorter than 7 digits can be a phone: only stretches around such runs reach
# libphonenumber, whose matcher costs far more than this scan. The run starts at a digit (a
# leading «+» or «(» is taken in by `_runs`): a pattern that begins with a digit scans 2× faster.
DIGIT_RUN = re.compile(r"\d(?:[ \t().\-]{0,3}\d){6,}")
NOT_PHONE_RUN = re.compile(
    r"""\d{1,2}[./]\d{1,2}[./]\d{2,4}         # a date: 12.03.2024
      | \d{1,3}(?:[ .]\d{3})+(?:[.]\d\d)?    # an amount: 1 000 000""",
    re.VERBOSE,
)
GROUP = re.compile(r"[+(]?\d+")
HALVES = re.compile(
    r"""(?<![\d+])(?P<a>(?:\+7|8)[ -]?\(?\d{3}\)?(?:[ -]?\d{1,3})?)
        (?:[ ]*(?:…|\.{3})[ ]*(?:(?:сейчас|так|ну|э+|секунду|щас|вот|дальше|значит)[ ]*(?:…|\.{3}|,)?[ ]*)*)
        (?P<b>\d{2,3}(?:[ -]?\d{2}){1,2})(?![\d])""",
    re.VERBOSE | re.IGNORECASE,
)
TOLL_FREE = ("800", "804")  # free-to-call ranges: hotlines published for everyone
MARGIN = 24  # characters on each side of a run: room for «тел.:» before and «доб. 1234» after
MAX_WINDOW = 400

EXTENSION = re.compile(
    r"""[ \t]*,?[ \t]*(?P<bracket>\()?          # «…-89, доб. 12», «…-89 (доб. 12)»
        (?:доб(?:авочн\w*)?|внутр\w*|вн|ext)  # libphonenumber knows «доб» only
        [ \t.:№#-]*
        \d{1,6}(?!\d)
        (?(bracket)\))""",
    re.IGNORECASE | re.VERBOSE,
)

# Words just before a weak shape that say what the number is; a phone word wins over the others
# («Телефон для связи по договору: 912 …»), since an unmasked phone costs more than a masked id.
PHONE_WORD = re.compile(
    r"тел|моб|сот|т|телефон\w*|(?:пере|по|до)?звон\w*|whatsapp|в[ао]тсап\w*|телеграм\w*"
    r"|telegram|viber|вайбер\w*",
    re.IGNORECASE,
)


class PhoneRecognizer(RuRecognizer):
    ENTITY = PHONE_NUMBER
    READS_SPOKEN_NUMBERS = True  # «восемь девятьсот шестнадцать…» through redactor.detect.spoken
    DICTATED_LENGTHS = (12, 11, 10)  # «+7…», «8…», a mobile's ten digits: the longest first
    DICTATED_QUANTITIES = False  # «тысяча двести» is no group of a phone
    DICTATED_LAYOUT = (2, 4, 7)  # 912 345 67 89: where its groups end, counted from its end
    CONTEXT = [
        "телефон",
        "номер",
        "звонить",
        "позвонить",
        "перезвонить",
        "дозвониться",
        "звонок",
        "мобильный",
        "мобильник",
        "основной",  # «основной восемь девятьсот …, запасной …»
        "запасной",
        "домашний",
        "сотовый",
        "связь",
        "связаться",
        "контакт",
        "whatsapp",
        "вотсап",
        "ватсап",
        "телеграм",
        "telegram",
        "viber",
        "вайбер",
    ]
    EXAMPLES = [
        "Лучше на рабочий: [8 (499) 289-11-93 (доб. 4033)].",
        "Я за границей, пишите на [+996 990 947 392], в мессенджере.",
        "Клиент: [9225262773])",
        "Оператор: продиктуйте, пожалуйста, номер. Клиент: [+7 (912) 345-67-89].",
        "Мой мобильный [8-912-345-67-89], звоните после шести.",
        "тел. [8.912.345.67.89]",
        "Клиент: [89123456789] это мой",
        "Напишите в вотсап [+79123456789], пришлю скрин.",
        "Водитель будет ждать, его номер [7 912 345 67 89].",
        "мой номер [912 345 67 89] записали?",
        "Перезвоните мне на [912-345-67-89] после обеда.",
        "Офис в Москве: [(495) 123-45-67], спросите Анну.",
        "Филиал в Кирове [8 (8332) 12-34-56] работает до 18:00.",
        "Рабочий: [+7 495 1234567].",
        "Звоните в школу: [+7 495 123-45-67 доб. 123].",
        "Сын в Киеве, его телефон [+380 44 123 4567].",
        "Звонили с немецкого номера [+49 30 12345678], я не брал.",
        "Курьер из Ташкента: [+998 90 123 45 67]",
        "Брат в Минске, [+375 29 123-45-67], можно по вайберу.",
        "Запишите два номера: [8 912 345-67-89] и [8 912 345-67-90].",
        "моб.[89123456789]",
        "Звоните [8 912 345 67 89] 2 раза, если не возьму.",
        "Привязанный к карте телефон [+7(912)345-67-89,доб.12] не мой.",
        "Таксист: я на месте, если что, мой телефон [8(912)3456789].",
        "Новый номер для связи [+7 9123 45 67 89], старый не работает.",
        "Клиент: телеграм [+7 999 999-99-99], пишите туда.",
        "Клиент: Мама. Номер [8 923 509]… сейчас… [78 41].",
        "— Нет, ватсап на другом: [8 995]… [438 56 66].",
        # Spoken, through redactor.detect.spoken: the words are replaced, a count after them stays.
        "клиент: [восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь]",
        "номер [плюс семь девять один шесть один два три четыре пять шесть семь] три раза",
        "а номер телефона [девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь]",
        "для звонков номер [восемь девятьсот двадцать шесть пятьсот девяносто два ноль девяносто три]",
        # dictated across the listener's «угу», with a repair «пятьсот ноль три» (503), and a
        # count of zeros («три нуля»)
        "s1: телефон\ns2: [восемь девятьсот шестнадцать]\ns1: угу\ns2: [семьсот двадцать два тридцать один сорок]",
        "клиент: [восемь девятьсот восемнадцать пятьсот ноль три так сорок два девяносто]",
        "клиент: [плюс семь девятьсот один пятьсот ноль девять восемьдесят два семьдесят три]",
        "клиент: [восемь девятьсот двадцать пять три нуля сорок пять шестьдесят семь]",
    ]
    COUNTER_EXAMPLES = [
        "Одобрен кредит на 1 000 000 рублей.",
        "Вчера списали 12 500,00 руб., я такого не оформлял.",
        "Платёж прошёл 12.03.2024 в 14:30.",
        "Номер заказа 9123456789, посмотрите статус.",
        "заказ № 1234567890 пришёл не полностью",
        "ИНН 7707083893, КПП 770701001.",
        "По договору № 9876543210 задолженности нет.",
        "Номер транзакции 9161234567, сумма 3 400 руб.",
        "Операция 79123456789 отклонена банком.",
        "Номер лицевого счёта 9001234567 указан в квитанции.",
        "Карта 4276 1600 1234 5674 заблокирована.",
        "Счёт получателя 40817810099910004312.",
        "b493c842-3576-3838-4c87-032cd3cd6bb8",  # inside a UUID, glued to its hex letters
        "Тариф «Безлимит» стоит 590 руб. в месяц, скидка 15%.",
        "Учитель: урок переносится на 2025 год, курс стоит 12 900 ₽.",
        "Занятие 15.04.2024 с 18:00 до 19:30, ссылка придёт в 17:45.",
        "ОГРН 1027700132195",
        "Трек-номер посылки 80081234567890.",
        "Горячая линия банка: 8 (800) 555-35-35, звонок бесплатный.",
        "Секретарь: 8 800 555 35 35 добавочный 45.",
        "Система: Звонок № 9926592093, линия «Карты», запись ведётся.",
        "(00:00) Система: Звонок № 9926592093, запись ведётся.",
        "Номер телефона вы можете поменять в личном кабинете.",
        "перезвоните в пятнадцать тридцать три раза не дозвонились",
        "номер заказа девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        # a hotline said in words: toll-free, an organisation's
        "позвоните на горячую линию восемь восемьсот пятьсот пятьдесят пять тридцать пять тридцать пять",
        "клиент: восемь восемьсот двести ноль ноль ноль девятьсот",
        "оператор: номер плюс семь восемьсот сто ноль ноль ноль ноль один",
        "клиент: звонок номер девяносто девять двадцать шесть пятьсот девяносто два ноль девяносто три",
        # a line with other words between two numbers: two numbers, no phone
        "клиент: восемь девятьсот\nоператор: а сколько стоит\nклиент: сто двадцать три сорок пять шестьдесят семь рублей",
    ]

    def read_dictation(self, digits: str, cue: bool) -> tuple[float, str] | None:
        """The score of a dictated stretch of digits as a phone, if it is a valid Russian number:
        «+7» or «8»/«7» and ten digits, or ten digits alone (a mobile; another range needs a
        phone word, `cue`)."""
        national = digits.removeprefix("+7") if digits.startswith("+") else None
        if national is None and len(digits) == RU_DIGITS and digits[0] in "78":
            national = digits[1:]
        prefixed = national is not None
        national = national if prefixed else digits
        if len(national) != 10 or not national.isdigit():
            return None
        if not _valid_russian(national) or national.startswith(TOLL_FREE):
            return None
        if prefixed:
            return DICTATED_PREFIXED, "dictated, with the 8/7 prefix"
        if national[0] == "9":
            return DICTATED_MOBILE, "dictated mobile number"
        return (BARE_TEN, "dictated ten digits") if cue else None

    def spoken_public(self, digits: str) -> bool:
        """Whether a number said in words is an organisation's toll-free line: «восемь
        восемьсот …», «плюс семь восемьсот …». Nobody dictates one as their own phone; a call
        reads it out as the hotline to call back."""
        said = re.sub(r"\D", "", digits)
        if len(said) >= RU_DIGITS and said[0] in "78":
            return said[1:].startswith(TOLL_FREE)
        return len(said) == RU_DIGITS - 1 and said.startswith(TOLL_FREE)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for start, end in _windows(text):
            matched = [
                (start + m.start, start + m.end, m.number)
                for m in PhoneNumberMatcher(text[start:end], REGION, leniency=Leniency.POSSIBLE)
            ]
            found = _judged(text, matched)
            leave = found + [m for m in matched if not _too_long(text, *m)]
            found += _judged(text, _split_runs(text, start, end, leave))
            for s, e, judged in found:
                results.append(self.result(s, _with_extension(text, e), *judged))
        if "…" in text or "..." in text:
            results += [
                self.result(s, e, PREFIXED, "a number said in two parts") for s, e in _halves(text)
            ]
        return results


@lru_cache(maxsize=4096)
def _valid_russian(national: str) -> bool:
    """Whether ten digits are a valid Russian number (a dictation is read several ways, and
    its stretches repeat)."""
    return phonenumbers.is_valid_number(phonenumbers.parse("+7" + national))


def _judged(text: str, matches: list) -> list:
    """(start, end, (score, why)) of the matches that are phones."""
    judged = ((s, e, _judge(text, s, e, number)) for s, e, number in matches)
    return [(s, e, why) for s, e, why in judged if why]


def _runs(text: str, start: int = 0, end: int | None = None):
    """(start, end) of the runs of ≥ 7 digits that are not a date or an amount."""
    for m in DIGIT_RUN.finditer(text, start, len(text) if end is None else end):
        plus = m.start() > start and text[m.start() - 1] == "+"  # «+996 990 947 392»
        if plus or not NOT_PHONE_RUN.fullmatch(m.group()):
            run_start = m.start() - (m.start() > start and text[m.start() - 1] in "+(")
            yield run_start, m.end()


def _windows(text: str):
    """Stretches around runs of ≥ 7 digits, cut at spaces, overlapping ones merged."""
    current = None
    for run_start, run_end in _runs(text):
        # Cut at a space near the margin, so that no word or digit group is cut in two; bounded,
        # so that a long stretch without spaces (a JSON blob) is not scanned for every run.
        start = max(run_start - MARGIN, 0)
        space = text.rfind(" ", max(start - MARGIN, 0), start)
        start = space + 1 if space >= 0 else start
        end = min(run_end + MARGIN, len(text))
        space = text.find(" ", end, end + MARGIN)
        end = space if space >= 0 else end
        if current and start <= current[1]:
            if current[1] - current[0] < MAX_WINDOW:
                current = (current[0], max(end, current[1]))
                continue
            # The matcher's cost grows faster than its text: cut a dense stretch (a table, a
            # JSON dump) right before this run, which `_runs` begins at its «+» or «(».
            start = run_start
            current = (current[0], run_start)
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


def _split_runs(text: str, start: int, end: int, found: list) -> list:
    """Phones in runs that the matcher took whole and rejected: «8 912 345 67 89 2 раза», two
    numbers dictated without a comma, a phone and then a time said in words («… 45 67 15 30»).
    Cut greedily at group borders from the run's start only, so that no phone is carved out of
    the middle of a card or account number. `found`: the runs to leave alone."""
    phones = []
    for run_start, run_end in _runs(text, start, end):
        if any(s < run_end and run_start < e for s, e, _ in found):
            continue
        groups = [(g.start(), g.end()) for g in GROUP.finditer(text, run_start, run_end)]
        i = 0
        while i < len(groups):
            phone = _longest_phone(text, groups, i)
            if not phone:
                break
            phones.append(phone[:3])
            i += phone[3]
    return phones


def _too_long(text: str, start: int, end: int, number) -> bool:
    """A match longer than a Russian phone that is no valid number: a phone and more, read whole
    («8 916 123 45 67 15 30», a phone and a time said in words). Its run is worth splitting."""
    digits = sum(c.isdigit() for c in text[start:end])
    return digits > RU_DIGITS and not phonenumbers.is_valid_number(number)


def _longest_phone(text: str, groups: list[tuple[int, int]], first: int):
    """(start, end, number, groups used) of the longest valid phone in the groups from
    `first`. Only the digits of the groups count (what lies between them is «-», «(», spaces),
    and a phone has at most `MAX_DIGITS`: so only that many groups are tried, whatever the
    length of the run («1 1 1 …» over a megabyte)."""
    digits, counts = 0, []
    for start, end in groups[first : first + MAX_DIGITS]:
        digits += end - start - (text[start] in "+(")
        counts.append(digits)
    start = groups[first][0]
    for n in range(len(counts), 0, -1):
        if not MIN_DIGITS <= counts[n - 1] <= MAX_DIGITS:
            continue
        end = groups[first + n - 1][1]
        number = _valid_number(text[start:end])
        if number:
            return start, end, number, n
    return None


@lru_cache(maxsize=4096)
def _valid_number(raw: str):
    """The number `raw` writes, if it is a valid one. A run is tried at every length and its
    stretches repeat (a table of numbers, «8 9 8 9 …»): libphonenumber parses slowly."""
    try:
        number = phonenumbers.parse(raw, REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _judge(text: str, start: int, end: int, number) -> tuple[float, str] | None:
    """The score of a match and the shape that earned it; None when it is no phone."""
    raw = text[start:end]
    if start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # part of a longer token: a UUID's «…c842-3576-3838…», a hash, an id
    if number.extension:
        raw = raw[: _after_digits(raw, sum(c.isdigit() for c in raw) - len(number.extension))]
    if number.country_code == 7 and str(number.national_number)[:3] in TOLL_FREE:
        return None  # «8 800 555-35-35»: a company's public line, no one's personal number
    if not phonenumbers.is_valid_number(number):
        digits = sum(c.isdigit() for c in raw)
        if not raw.startswith("+") or digits < MIN_FOREIGN_DIGITS:
            return None
        if digits >= FULL_FOREIGN_DIGITS and PHONE_LAYOUT.fullmatch(raw):
            return FOREIGN_LAYOUT, "foreign number, phone layout"
        return POSSIBLE_ONLY, "possible foreign number"
    if raw.startswith("+"):
        return INTERNATIONAL, "international format"
    digits = sum(c.isdigit() for c in raw)
    if digits > len(str(number.national_number)) and not raw.isdigit():
        return PREFIXED, "8/7 prefix, formatted"
    if raw.startswith("("):
        return AREA_IN_BRACKETS, "area code in brackets"
    score, why = (PREFIXED_PLAIN, "8/7 prefix") if digits > 10 else (BARE_TEN, "10 digits")
    if digits == 10 and MOBILE_LAYOUT.fullmatch(raw):
        score, why = MOBILE, "a mobile number's layout"
    if digits == 10 and raw[0] == "9" and _whole_message(text, start, end):
        score, why = WHOLE_MESSAGE, "a mobile number as a whole chat message"
    before = words_before(text, start)
    if before and DOCUMENT_WORD.fullmatch(before[-1]):
        return None  # «Звонок № 9926592093»: the number of a call, a claim, an order
    if any(PHONE_WORD.fullmatch(w) for w in before):
        return max(score, LABELLED), why + " after a phone word"
    if any(DOCUMENT_WORD.fullmatch(w) for w in words_before(text, start, past_numbers=False)):
        return None
    return score, why


def _halves(text: str) -> list[tuple[int, int]]:
    """«8 923 509… сейчас… 78 41», «8 995… 438 56 66»: a number begun, a pause (an ellipsis, a
    filler), and its end; the two parts make one valid Russian number with its 8 or +7."""
    found = []
    for m in HALVES.finditer(text):
        digits = re.sub(r"\D", "", m.group("a") + m.group("b"))
        if len(digits) == RU_DIGITS and _valid_russian(digits[1:]):
            found += [m.span("a"), m.span("b")]
    return found


def _whole_message(text: str, start: int, end: int) -> bool:
    """Nothing but the number in its message: «Клиент: 9123456789)» answering «ваш номер?».
    Only the characters up to the nearest letter or digit on each side are read, never the
    whole line: a line may be a megabyte of numbers."""
    after = ALNUM_OR_LINE_END.search(text, end)
    if after and after.group() != "\n":
        return False
    i = start  # back to the nearest letter or digit on the line, if any
    while i > 0 and not text[i - 1].isalnum() and text[i - 1] != "\n":
        i -= 1
    # A letter or digit before is of the message unless a «Клиент: » or «[12:03] » follows it.
    return i == 0 or text[i - 1] == "\n" or bool(MESSAGE_START.search(text, i, start))


def _after_digits(raw: str, count: int) -> int:
    """The index just past the `count`-th digit of `raw`."""
    for i, c in enumerate(raw):
        count -= c.isdigit()
        if count <= 0 and c.isdigit():
            return i + 1
    return len(raw)


def _with_extension(text: str, end: int) -> int:
    m = EXTENSION.match(text, end)
    return m.end() if m else end
