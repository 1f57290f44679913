"""RU_PASSPORT: passports (internal and foreign), birth certificates, and their issue data.

A passport's series and number have no checksum and the shape of many other numbers, so a word
must say what they are (`document_words`): «паспорт», «серия», «паспортные данные», a «№»
between series and number, or the question the answer replies to. The same digits after
«права» are a driving licence's; a bare ten-digit number is left to the phone recognizer.
Birth certificates have a shape of their own: a Roman numeral, two Cyrillic letters, six digits
(«IV-МЮ 123456»). The issue data is personal too: the department code after «код
подразделения», the issue date after «выдан» or «дата выдачи», and the issuing office named
right after «выдан» («ГУ МВД России по Красноярскому краю»), which tells where the holder lived.
"""

from __future__ import annotations

import datetime
import re

from redactor.detect.recognizers.answers import asked
from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.document_words import (
    FOREIGN,
    KINDS,
    NUMBER,
    PASSPORT,
    SERIES,
    SERIES_WORD,
    WORD,
    document_cue,
    numbers,
    pieces,
    series_and_number,
    words_near,
)
from redactor.detect.recognizers.passport_answers import issue_answers
from redactor.entities import DATE_OF_BIRTH, RU_PASSPORT

FOREIGN_SERIES, FOREIGN_NUMBER = 2, 7  # «75 1234567»
CUED = 0.95
PART = 0.85  # the series or the number alone, right after its words: «серия паспорта 4512»
SHAPE = 0.85  # a birth certificate's series and number, no word needed: «II-АК 654321»
DEPARTMENT = 3  # «770-001»: digits of each half of a department code

# «код подразделения 770-001»: the code's own word right before it («код», «№» pass over).
DEPARTMENT_WORD = re.compile(r"подразделени\w*|подр|к/п", re.IGNORECASE)  # «к/п 630-005» too
CODE_SHAPE = re.compile(r"\d{3}-\d{3}")
ISSUED_AFTER = re.compile(
    r"[ ]*[,.;—–-]?[ ]*(?:(?:выдан[аоы]?)[ ]+(?:\d|[А-ЯЁ]{2,}|[Оо]тдел)"
    # a read-back, then the next question: «45 17 093672. Кем выдан?»
    r"|(?:[Кк]ем|[Кк]огда)(?:[ ]+и[ ]+(?:кем|когда))?[ ]+выдан\w*)"
)
ISSUE_CONTEXT = re.compile(r"выда[нч]\w*|паспорт\w*", re.IGNORECASE)
# What follows an amount, a count or a duration: «150 000 рублей», «100 500 раз».
COUNTED = re.compile(
    r"[ ]*(?:р\b|р\.|руб|₽|тыс|млн|\$|долл|евро|€|%|процент|шт|раз|год|лет|дн|час|мин)",
    re.IGNORECASE,
)
PASS_OVER = re.compile(r"код|№|номер\w*|сери\w*|н", re.IGNORECASE)
PASSPORT_WORD = dict(KINDS)[PASSPORT]

ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ROMAN_LOOKALIKES = str.maketrans("ІХхМмСс1lі", "IXXMMCCIII")
BIRTH_CERTIFICATE = re.compile(
    r"""(?<![\w-])
        (?P<series>[IVXLCivxlcІХхі1]{1,6}|\d{1,2})      # a Roman numeral (Latin, Cyrillic
                                                      # look-alikes, «1» for I), or Arabic
        (?P<dash>[ ]?[-–—][ ]?|[ ])                   # «IV-МЮ», «IV МЮ»
        [А-ЯЁа-яёABEKMHOPCTYXabekmhopctyx]{2}          # two Cyrillic letters (or look-alikes)
        [ ]*(?:№|N)?[ ]*
        \d{6}(?!\d)                                   # the number""",
    re.VERBOSE,
)
# Another country's passport: one or two Latin letters and seven to nine digits («паспорт РК
# N15208834», «паспорт Узбекистана AA1234567»), read only after a passport word.
LETTERED = re.compile(r"(?<![\w-])[A-Z]{1,2}[ ]?(?:№[ ]?)?\d{7,9}(?![\w-])")
BIRTH_WORD = re.compile(r"свидетельств\w*|рождени\w*|свид\w*", re.IGNORECASE)
# A birth certificate said aloud: its numeral as a number, its letters by their names, its
# number maybe in groups («пять эм эр номер семьсот восемнадцать четыреста два» → «5 эм эр номер
# 718 402»); taken when a birth certificate was spoken of shortly before.
LETTER_NAME = r"(?:а|бэ|вэ|гэ|дэ|е|жэ|зэ|и|ка|эль|эл|эм|эн|о|пэ|эр|эс|тэ|у|эф|ха|це|че|ша|ю|я)"
SPOKEN_BIRTH_CERTIFICATE = re.compile(
    rf"""(?<![\w-])\d{{1,2}}[ ]{LETTER_NAME}[ ]{LETTER_NAME}
        [ ]+(?:(?:номер|№)[ ]+)?\d{{3}}[ ]?\d{{3}}(?![\d\w])""",
    re.IGNORECASE | re.VERBOSE,
)
BIRTH_REACH = 300  # characters before a spoken certificate where its word is looked for

# The issue date: after «выдан» or «дата выдачи», past the issuing office («выдан ОВД района
# Хамовники г. Москвы 12.03.2015»), on the same line.
ISSUED = re.compile(r"\b(?:выдан[аоы]?|выдачи)\b", re.IGNORECASE)
MONTHS = (
    r"январ[яье]|феврал[яье]|марта?|апрел[яье]|ма[яй]|июн[яье]|июл[яье]|августа?|сентябр[яье]"
    r"|октябр[яье]|ноябр[яье]|декабр[яье]"
)
DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
DATE = re.compile(
    rf"""(?<![\d.])
        (?:
            {DAY}(?:-?(?:го|е|ое|ого))?[ ]+(?:{MONTHS})           # «12 марта», «12-го марта»
            (?:[ ]+(?:\d{{4}}|\d{{2}})(?:-?(?:го|й))?)?          # «2015», «2015-го»
          | {DAY}(?:-го)?(?P<sep>[./ ])(?:0?[1-9]|1[0-2])(?:-го)?(?P=sep)  # «12.03.2015»,
            (?:\d{{4}}|\d{{2}})(?:-го)?                         # «12 03 15»
        )
        (?!\d)
        (?:[ ]*(?:года|году|г\.|г\b))?                           # «2015 года», «2015 г.»""",
    re.IGNORECASE | re.VERBOSE,
)
ANSWER_REACH = 200  # characters of the answer where an issue date asked for is looked for
DATE_REACH = 80  # characters from «выдан» to the date: room for the issuing office
ISSUE_CUE_REACH = 200  # characters back from «выдан» to the word that names the document
# An issuing office right after «выдан»: «ГУ МВД России по …», «ОВД …», «ТП № 66 Отдела УФМС …».
AUTHORITY = re.compile(
    r"""[ \t]*[:—–-]?[ \t]*(?P<office>
        (?:(?:ГУ|ОУФМС|УФМС|ФМС|УМВД|МВД|ГУВД|УВД|ОВД|ОМВД|ТП|МП|ОУФМС)\b
        | (?:[Оо]тдел\w*|[Пп]аспортн\w+\s+стол\w*|[Тт]ерриториальн\w+\s+пункт\w*)))""",
    re.VERBOSE,
)
OFFICE_REACH = 100  # more characters for the date after an office's long name
# Where an office's name ends when no date follows: a sentence's or a clause's end.
OFFICE_END = re.compile(r"[.;!?](?:\s|$)|,\s*(?:код|дата|д/в|к/п)|\n|$", re.IGNORECASE)


class PassportRecognizer(RuRecognizer):
    ENTITY = RU_PASSPORT
    READS_SPOKEN_NUMBERS = True  # «серия сорок пять двенадцать …» through redactor.detect.spoken
    CONTEXT = [
        "паспорт",
        "загранпаспорт",
        "паспортный",
        "серия",
        "подразделение",
        "свидетельство",
        "выдать",
    ]
    EXAMPLES = [
        # the issue date answering «… дата выдачи» on the line before
        "оператор: кем выдан и дата выдачи\nклиент: [двадцать второго сентября двадцатого года]",
        "Паспорт [45 12 345678], выдан [ОВД района Хамовники].",
        "Клиент: мой паспорт [4512 345678].",
        "паспорт [4512345678] прописка московская",
        "Серия и номер паспорта: [45 12 № 345678].",
        "Уточните данные: [45 12 № 345678].",
        "Паспорт серии [4512 №345678] выдан [12.03.2015] ОВД Хамовники.",
        "серия [45 12] номер [345678]",
        "Оператор: Продиктуйте серию и номер паспорта.\nКлиент: [4512 345678]",
        "Мои паспортные данные [4512 345678], код подразделения [770-001].",
        "паспорт [36 08 № 514 882], к/п [630-005].",
        "Документ, удостоверяющий личность: [4512 345678].",
        "Загранпаспорт [75 1234567] действителен до 2030 года.",
        "заграничный паспорт № [751234567]",
        "Свидетельство о рождении [IV-МЮ 123456] у сына.",
        "Свидетельство о рождении дочери [II-АК № 654321].",
        "в свидетельстве о рождении [iv-мю 123456]",
        # said aloud, after a question about it
        "о: назовите серию и номер свидетельства о рождении\nк: [пять эм эр номер семьсот"
        " восемнадцать четыреста два]",
        "Номер паспорта [345678], серию не помню.",
        "Дата выдачи паспорта [12 марта 2015 года].",
        "Паспорт [4512 345678] выдан [ОВД района Хамовники г. Москвы 12.03.2015], код"
        " подразделения [770-001].",
        "Для оформления нужны паспортные данные.\nКлиент: Паспорт: [160-589]",
        "Оператор: Паспортные данные?\nКлиент: [IX-АМ 795920], это сына.",
        # Spoken, through redactor.detect.spoken.
        "серия [сорок пять двенадцать номер триста сорок пять шестьсот семьдесят восемь]",
        "паспорт [сорок пять ноль три сто двадцать три четыреста пятьдесят шесть]",
        "код подразделения [семьсот семьдесят ноль ноль один]",
        "клиент: так паспорт [ii яр 718313]",
        "клиент: паспорт [сорок пять двенадцать]\nклиент: [триста сорок пять шестьсот семьдесят"
        " восемь]",
        "оператор: назовите серию и номер паспорта\nклиент: [шестьдесят пять ноль девять семьсот"
        " сорок шесть ноль девяносто шесть]",
        "загранпаспорт [семьдесят пять сто двадцать три сорок пять шестьдесят семь]",
        "паспорт выдан [двенадцатого марта две тысячи пятнадцатого года]",
        # The issuing office with the date: where the holder lived, and when.
        "О: Серия и номер паспорта?\nК: [82 22 147989], выдан [МВД по Кабардино-Балкарской"
        " Республике, 11.11.2022].",
        "s2: паспорт [45 06 123456], выдан [ГУ МВД России по Красноярскому краю], код"
        " подразделения [240-012].",
        "Оператор: Паспорт, кем и когда выдан?\nКлиент: Номер [914273]. Выдан [29.04.2009].",
        "Оператор: Когда выдан паспорт?\nКлиент: Дата выдачи [04.10.2002], код... [632-018].",
        "паспорт РК [N15208834]",
        "Оператор: [45 17 093672]. Кем выдан?",
        "s1: В базе [75 02 978975] — совпадает.",
        "О: Паспорт в заявке — [65 22 143960], совпадает.",
        "Паспорт Узбекистана [AA 1234567], патент есть.",
        # Asked in speech without «паспорт» or «и»: «серию номер», or a foreign passport.
        "s1: назовите серию номер\ns2: [пятьдесят два ноль два шестьсот двенадцать триста девяносто"
        " семь]",
        "agent: номера загранпаспортов\ncustomer: мой [семьдесят шесть ноль три один пять семь два"
        " восемь]",
        "SPEAKER_00: в заявлении указан паспорт [сорок пять ноль семь] старый",
    ]
    COUNTER_EXAMPLES = [
        # letters by name and digits, but no birth certificate spoken of
        "номер машины у меня пять эм эр сто двадцать три четыреста пятьдесят шесть",
        "оператор: дата выдачи карты\nклиент: девятнадцатое января",  # a card's, not a passport's
        "паспорт 0050 не бывает",  # no region 00
        "паспорт 7750 старый",  # «50» is no year of the form
        "госпошлина за паспорт 1500",  # a round sum
        "s1: назовите номер серии и сезона\ns2: сорок пять двенадцать",  # not a document
        "Перезвоните мне на 4512345678.",
        "Номер заказа 4512 345678, где курьер?",
        "Номер договора 45 12 345678 от 12.03.2015.",
        "Паспорт отправил, а телефон 9123456789, звоните.",
        "Паспорт у меня с собой, оплачу 1 500 рублей.",
        "Карта выдана 12.03.2015, срок до 03/27.",
        "Справка выдана МФЦ 12.03.2015 по месту требования.",
        "Промокод 632-018 на скидку, код 632-018 вводите в корзине.",
        "Кредит выдан ОТП Банком 12.03.2015.",
        "Кредит выдан 12 марта 2024 года на 300 000 рублей.",
        "Модель IV-МЮ не подходит.",
        "Серия 5 сезона вышла 12 марта.",
        "Паспорт продлили, номер заявки 123456.",
        "Права отправил, номер заказа 9912345678.",
        "водительское удостоверение девяносто девять двенадцать триста сорок пять"
        " шестьсот семьдесят восемь",
        "паспорт готов заберите в пятнадцать тридцать",
        "Код из смс 770001, не говорите никому.",
        "Оператор: Паспорт получили?\nКлиент: БИК: 044525823",
        "Оператор: Паспорт получили?\nКлиент: да, мой номер 9123456789",
        "Паспорт 150 000 рублей не стоит.",
        "Рейс SU1234567 задержали, паспорт при мне.",
        "Заказ N15208834 пришёл.",
        "Номер заказа 45 12 345678 уже в пути.",
        "Телефон 8 912 345 67 89, звоните.",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for stretches in numbers(text):
            found = _document_number(text, stretches)
            if found:
                start, end, score, why = found
                results += [self.result(s, e, score, why) for s, e in pieces(text, start, end)]
        for m in BIRTH_CERTIFICATE.finditer(text):
            found = _birth_certificate(text, m)
            if found:
                results.append(self.result(m.start(), m.end(), *found))
        for m in SPOKEN_BIRTH_CERTIFICATE.finditer(text):
            if BIRTH_WORD.search(text, max(0, m.start() - BIRTH_REACH), m.start()):
                results.append(self.result(*m.span(), CUED, "birth certificate, said aloud"))
        for m in ISSUED.finditer(text):
            office = AUTHORITY.match(text, m.end())
            reach = DATE_REACH + (OFFICE_REACH if office else 0)
            date = DATE.search(text, m.end(), _line_end(text, m.end(), reach))
            if not (date or office):
                answer = _answer_date(text, m.end())
                if answer:  # «кем выдан и дата выдачи» — «… двадцать второго сентября …»
                    results.append(self.result(*answer.span(), CUED, "issue date, answered"))
                continue
            after_number = any(0 <= m.start() - r.end <= 3 for r in results)
            if not (
                after_number
                or _names_passport(text, m.start())
                or RU_PASSPORT in asked(text, m.start())
                or (
                    date
                    and any(
                        PASSPORT_WORD.fullmatch(w)
                        for w in WORD.findall(text, m.end(), date.start())
                    )
                )
            ):
                continue
            if office:
                # «выдан ГУ МВД России по г. Москве 14.05.2021»: the office and the date are
                # the issue data, which tells where the holder lived.
                end = date.end() if date else _office_end(text, office.start("office"))
                results.append(self.result(office.start("office"), end, CUED, "issuing office"))
            else:
                results.append(self.result(*date.span(), CUED, "issue date of a passport"))
        for m in LETTERED.finditer(text):
            cue = document_cue(text, m.start())
            if cue.kind in (PASSPORT, FOREIGN) and cue.close:
                results.append(self.result(*m.span(), CUED, "a foreign passport after its word"))
        for start, end, why in issue_answers(text, AUTHORITY, DATE, _office_end):
            results.append(self.result(start, end, CUED, why))
        return results


def _document_number(text: str, stretches) -> tuple[int, int, float, str] | None:
    """(start, end, score, why) of the passport data in a run of digit groups, if any."""
    judged = series_and_number(text, stretches)
    if judged:
        stretch, kind, score, why = judged
        return (stretch.start, stretch.end, score, why) if kind == PASSPORT else None
    whole = stretches[-1]
    if len(whole.digits) == SERIES + NUMBER and ISSUED_AFTER.match(text, whole.end):
        # «45 21 136255, выдан ГУ МВД …»: the issue after the number says what it is
        return whole.start, whole.end, CUED, "series and number before «выдан»"
    cue = document_cue(text, whole.start)
    passport = cue.kind in (PASSPORT, FOREIGN)
    foreign = next((n for n in stretches if len(n.digits) == FOREIGN_SERIES + FOREIGN_NUMBER), None)
    if foreign and passport and (foreign.split_at(FOREIGN_SERIES) or cue.close):
        return foreign.start, foreign.end, CUED, "foreign passport number after a passport word"
    if COUNTED.match(text, whole.end):
        return None  # «паспорт … 150 000 рублей»
    near = words_near(text, whole.start, 4)
    nearest = next((w for w in reversed(near) if not PASS_OVER.fullmatch(w)), "")
    if len(whole.digits) == 2 * DEPARTMENT and DEPARTMENT_WORD.fullmatch(nearest):
        return whole.start, whole.end, CUED, "department code"
    if (
        near
        and near[-1].lower() == "код"
        and CODE_SHAPE.fullmatch(text, whole.start, whole.end)
        and ISSUE_CONTEXT.search(text, max(0, whole.start - ISSUE_CUE_REACH), whole.start)
    ):
        # «Дата выдачи 04.10.2002, код... 632-018»: the code of the office that issued it
        return whole.start, whole.end, CUED, "department code after the issue data"
    if len(whole.digits) == NUMBER and passport and cue.close:
        # «паспорт 770-001», «номер паспорта 345678»: its number or its department code
        return whole.start, whole.end, PART, "six digits right after a passport word"
    if (
        len(whole.digits) == SERIES
        and passport
        and any(SERIES_WORD.fullmatch(w) for w in near[-2:])
    ):
        return whole.start, whole.end, PART, "«серия паспорта»"
    if len(whole.digits) == SERIES and passport and cue.close and _series(whole.digits):
        # «указан паспорт сорок пять ноль семь»: a series alone, its last two digits a year
        return whole.start, whole.end, PART, "a series right after a passport word"
    return None


def _series(digits: str) -> bool:
    """Whether four digits can be a passport's series: a region's code, then the last two
    digits of the year the form was printed (1997 on): «4507», not «2024» or «1550»; and not
    a round sum («госпошлина за паспорт 1500»: 2000 has no forms in use)."""
    region, year = int(digits[:2]), int(digits[2:])
    return region > 0 and (year >= 97 or 0 < year <= datetime.date.today().year % 100)


def _birth_certificate(text: str, m: re.Match) -> tuple[float, str] | None:
    cue = any(BIRTH_WORD.fullmatch(w) for w in words_near(text, m.start(), 6)) or (
        document_cue(text, m.start()).kind in (PASSPORT, FOREIGN)
    )
    series = m.group("series")
    if not series.isdigit() and not is_roman(series):
        return None
    if cue:
        return CUED, "birth certificate after a document word"
    if series.isdigit() or not m.group("dash").strip():
        return None  # «4-МЮ 123456», «IV МЮ 123456»: a birth certificate where it is called one
    return SHAPE, "birth certificate's series and number"


def is_roman(series: str) -> bool:
    """Whether a series is a Roman numeral, in Latin letters or Cyrillic look-alikes."""
    return bool(ROMAN.fullmatch(series.upper().translate(ROMAN_LOOKALIKES)))


def _names_passport(text: str, start: int) -> bool:
    """Whether the nearest word that names a document before «выдан» names a passport (this
    line or the one before)."""
    line_start = text.rfind("\n", 0, start) + 1
    previous = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    words = WORD.findall(text, max(previous, start - ISSUE_CUE_REACH), start)
    for word in reversed(words):
        if DEPARTMENT_WORD.fullmatch(word) or BIRTH_WORD.fullmatch(word):
            return True
        for kind, pattern in KINDS:
            if pattern.fullmatch(word):
                return kind in (PASSPORT, FOREIGN)
    return False


def _office_end(text: str, start: int) -> int:
    end = OFFICE_END.search(text, start, start + DATE_REACH + OFFICE_REACH)
    stop = end.start() if end else min(len(text), start + DATE_REACH + OFFICE_REACH)
    return len(text[start:stop].rstrip(" ,")) + start


def _answer_date(text: str, start: int) -> re.Match | None:
    """The date in the answer to a question that ends with «… дата выдачи» at `start`: on
    the next lines (up to `ANSWER_REACH` characters), where the question's side asks for a
    passport (`asked`)."""
    line_end = _line_end(text, start, ISSUE_CUE_REACH)
    tail = WORD.findall(text, start, line_end)
    # «… дата выдачи», «… дата выдачи паспорта», not «… дата выдачи карты»
    if line_end >= len(text) or not all(PASSPORT_WORD.fullmatch(w) for w in tail):
        return None
    date = DATE.search(text, line_end + 1, min(len(text), line_end + 1 + ANSWER_REACH))
    if date is None:
        return None
    wanted = asked(text, date.start())
    # «дату рождения и дату выдачи»: which date is which is the birth date's reader's to say
    if RU_PASSPORT in wanted and DATE_OF_BIRTH not in wanted:
        return date
    return None


def _line_end(text: str, start: int, reach: int) -> int:
    end = text.find("\n", start, start + reach)
    return min(len(text), start + reach) if end < 0 else end
