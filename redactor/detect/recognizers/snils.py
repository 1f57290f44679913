"""RU_SNILS: the insurance number of a person's pension account (СНИЛС), 11 digits.

Its last two digits check the first nine (`checksums.snils`). What we decided:
- a valid number in its own layout, 3-3-3-2 («112-233-445 95»), is a СНИЛС without any cue:
  no phone, card or order number is written so;
- 11 digits in one piece with a valid check are a СНИЛС after a СНИЛС word, or alone when they
  cannot be a Russian phone (they do not start with 7 or 8); «8…» and «7…» without a СНИЛС word
  are left to the phone recognizer, and a phone word or another document's word before any
  number means it is not a СНИЛС («тел. 81234567890», «заказ 112-233-445 95»);
- after a СНИЛС word 11 digits are a СНИЛС even if the check fails (a mistyped or misheard
  number is still the person's) or the number is an old one, up to 001-001-998, without a check.
Spoken numbers come through the normalized copy in the groups they were said in, so after a
СНИЛС word any grouping is taken, and a run a digit or two off (groups run together, a digit
lost: `digit_runs.SLACK`) too. A number dictated over a pause that broke the line is read by
`read_dictation` (`redactor.detect.spoken`), after a СНИЛС word and with a valid check only.
"""

from __future__ import annotations

import re
from functools import partial

from redactor.detect import checksums
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.digit_runs import Stretch, judged, nearest_cue, runs, stretches
from redactor.detect.recognizers.phone import PHONE_WORD
from redactor.entities import RU_SNILS

LENGTH = 11
VALID_AFTER_CUE = 1.0
VALID_LAYOUT = 0.85  # «112-233-445 95»: the layout and the check agree
VALID_BARE = 0.5  # «11223344595»: the check alone, no phone's prefix
AFTER_CUE = 0.6  # fails the check (or predates it), but a СНИЛС word labels it

SNILS_WORD = re.compile(r"снилс\w*|страхов\w*|пенсионн\w*|свидетельств\w*", re.IGNORECASE)
LAYOUT = re.compile(
    r"""\d{3}([- ])\d{3}\1\d{3}   # 112-233-445, 112 233 445
        [- ]{1,2}\d{2}            # 95, after a space or a dash""",
    re.VERBOSE,
)
CUES = {"snils": SNILS_WORD, "phone": PHONE_WORD, "document": DOCUMENT_WORD}
# Said aloud, a СНИЛС names its last two digits: «147 959 436 и контрольное 81», «… и
# контрольные 81». Nine digits before it are the whole number; fewer are its last groups said
# again («ещё раз медленно» … «026 и контрольное 79»), taken when a СНИЛС was spoken of.
CONTROL = re.compile(
    r"""(?<![\d\w])(?P<body>\d{1,3}(?:[ -]\d{1,3}){0,4})[ ,]*(?:и[ ]+)?контрольн\w*
        (?:[ ]+(?:число|числа|цифр\w*))?[ ,:—–-]*(?:(?:это|там|у[ ]+меня)[ ]+)?
        (?P<check>\d{2})(?![\d]|[.,:/]\d|\w)""",
    re.IGNORECASE | re.VERBOSE,
)
CONTROL_REACH = 600  # how far before a piece a СНИЛС word is looked for


class SnilsRecognizer(RuRecognizer):
    ENTITY = RU_SNILS
    READS_SPOKEN_NUMBERS = True
    DICTATED_LENGTHS = (LENGTH,)
    DICTATED_QUANTITIES = True  # a group of four may be said in thousands: «шесть тысяч …»
    DICTATED_LAYOUT = (2, 5, 8)  # 112 233 445 95: where its groups end, from its end
    CONTEXT = ["снилс", "страховой", "пенсионный"]
    EXAMPLES = [
        "СНИЛС [112-233-445 95]",
        "Мой СНИЛС: [112-233-445 95], проверьте, пожалуйста.",
        "Клиент: снилс [11223344595]",
        "Прикрепила скан, номер [112 233 445 95], остальное в письме.",
        "Данные мамы: [087-654-321 02], паспорт пришлю позже.",
        "Страховое свидетельство [123-456-789 64] нашлось в столе.",
        "номер снилс [123 456 789 64] записали",
        "Номер СНИЛС [123-456-789-64].",
        "Оператор: назовите номер СНИЛС.\nКлиент: [12345678964]",
        "СНИЛС сына [156-789-012 11], дочери [134-567-890 90].",
        "снилс [123-456-789 00] вроде так",  # a digit misheard: still the person's
        "СНИЛС [001-001-997 00], он ещё старого образца.",  # before the check existed
        "Ваш СНИЛС [811-223-344 41]?",  # starts as a phone, but the СНИЛС word says otherwise
        "Номер пенсионного [81122334441] подтверждаю.",
        # Spoken, through the normalized copy.
        "снилс [сто двенадцать двести тридцать три четыреста сорок пять девяносто пять]",
        "мой снилс [сто двадцать три четыреста пятьдесят шесть семьсот восемьдесят девять"
        " шестьдесят четыре] да",
        "номер снилс [один два три четыре пять шесть семь восемь девять шесть четыре]",
        "снилс [восемьсот одиннадцать двести двадцать три триста сорок четыре сорок один]",
        # Dictated over a pause that broke the line: `read_dictation`.
        "клиент: мой снилс [сто двенадцать двести тридцать три]\n"
        "клиент: [четыреста сорок пять девяносто пять]",
        # A digit lost by speech recognition: no checksum, but the СНИЛС word labels it.
        "снилс [сто двенадцать двести тридцать три четыреста сорок пять девяносто]",
        # The check digits named as such, with the whole number or its last groups.
        "s1: [девятьсот пятьдесят шесть восемьсот шестьдесят девять восемьсот пятьдесят пять и"
        " контрольное тринадцать]",
        "клиент: сейчас [сто сорок семь девятьсот пятьдесят девять четыреста тридцать шесть и"
        " контрольные восемьдесят один]",
        "s1: а снилс\ns2: [двести девять]\ns2: [ноль двадцать шесть и контрольное семьдесят девять]",
    ]
    COUNTER_EXAMPLES = [
        "Номер заказа 11223344595 уже в пути.",
        "Звоните: 8 912 345 67 89, спросите Ольгу.",
        "тел. 81122334441",  # passes the СНИЛС check, but a phone word labels it
        "Заказ 112-233-445 95 собран.",
        "Номер 11223344596 не проходит проверку.",  # the check fails, no СНИЛС word
        "Договор 112 233 445 96 от 12.03.2024.",
        "ИНН 500100732259, КПП 770701001.",
        "Списали 1 120 233 рубля 45 копеек.",
        "Трек-номер 11223344595 не отслеживается.",
        "Платёж 12.03.2024 на сумму 4 500 руб., чек 123456.",
        "Сумма 112 233 445 рублей 95 копеек по договору.",
        "Тариф 590 ₽ в месяц, номер лицевого счёта 11223344595.",
        "Карта 4276 1600 1234 5675 привязана.",
        "снилс пришлю позже в ватсап",
        "контрольное число 12 по алгебре",  # no number before it
        "в группе 26 и контрольные 12 работ проверены",  # no СНИЛС spoken of
        "номер заказа сто двенадцать двести тридцать три четыреста сорок пять девяносто пять",
    ]

    def read_dictation(self, digits: str, cue: bool) -> tuple[float, str] | None:
        """A dictated stretch (`redactor.detect.spoken`, maybe over a line break) is a СНИЛС only
        after a СНИЛС word and with a valid check: bare digits are anyone's."""
        if cue and checksums.snils(digits):
            return VALID_AFTER_CUE, "dictated, СНИЛС checksum, after a СНИЛС word"
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in CONTROL.finditer(text):
            body = re.sub(r"\D", "", m.group("body"))
            if len(body) == LENGTH - 2:
                valid = checksums.snils(body + m.group("check"))
                results.append(
                    self.result(
                        m.start(),
                        m.end(),
                        VALID_AFTER_CUE if valid else AFTER_CUE,
                        "nine digits and the check digits named as such",
                    )
                )
            elif 2 <= len(body) < LENGTH - 2 and SNILS_WORD.search(
                text, max(0, m.start() - CONTROL_REACH), m.start()
            ):
                results.append(
                    self.result(m.start(), m.end(), AFTER_CUE, "the check digits of a СНИЛС said")
                )
        for run in runs(text, LENGTH):
            cue = nearest_cue(text, run.start(), run.end(), CUES, "snils")
            judge = partial(_judge, text, cue=cue)
            for s, verdict in judged(stretches(run, (LENGTH,)), judge):
                results.append(self.result(s.start, s.end, *verdict))
        return results


def _judge(text: str, stretch: Stretch, cue: str | None) -> tuple[float, str] | None:
    raw = text[stretch.start : stretch.end]
    valid = checksums.snils(stretch.digits)
    if cue == "snils":
        if valid:
            return VALID_AFTER_CUE, "СНИЛС checksum, after a СНИЛС word"
        if stretch.first:
            return AFTER_CUE, "after a СНИЛС word, no valid checksum"
        return None
    if cue is not None or not valid:
        return None  # a phone's or another document's number
    if LAYOUT.fullmatch(raw):
        return VALID_LAYOUT, "СНИЛС checksum, СНИЛС layout"
    if raw.isdigit() and stretch.whole and raw[0] not in "78":
        return VALID_BARE, "СНИЛС checksum, 11 digits"
    return None
