"""RU_INN: taxpayer numbers (ИНН), 10 digits of an organisation, 12 of a person or a sole
proprietor, each with its check digits (`checksums.inn10`, `checksums.inn12`).

What we decided:
- after an ИНН word («ИНН», «налогоплательщика») a valid number is an ИНН at once; one failing its
  check is still taken there (a mistyped number is still the person's);
- 12 digits in one piece with both check digits right are an ИНН without a cue: the chance that
  an order number passes both is about 1 in 100, and no phone has 12 digits without a «+»;
- 10 digits never without an ИНН word: one in ten passes the check by chance, and ten digits are
  also a phone («912 345 67 89») or an order number;
- a phone word or another document's word nearer than any ИНН word means it is none
  («Телефон 7707083893», «заказ 500100732259»).
Spoken: as the СНИЛС (`snils.py`): any grouping after an ИНН word, a run a digit or two off
there, and `read_dictation` for a number dictated over a line break (valid check only).
"""

from __future__ import annotations

import re
from functools import partial

from redactor.detect import checksums
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.digit_runs import Stretch, judged, nearest_cue, runs, stretches
from redactor.detect.recognizers.phone import PHONE_WORD
from redactor.entities import RU_INN

LENGTHS = (12, 10)
VALID_AFTER_CUE = 1.0
VALID_TWELVE = 0.85
AFTER_CUE = 0.6

INN_WORD = re.compile(r"инн(?:/кпп)?|inn|налогоплательщик\w*|tin", re.IGNORECASE)
# A run off by a digit or two is taken after an ИНН word only when longer than 10 digits: nine
# are a КПП or a БИК («ИНН/КПП 7707083893/770701001»).
INEXACT_MIN = 11
# An organisation's requisites and legal forms; not «ОГРНИП», a sole proprietor's.
LEGAL_ENTITY = (
    r"кпп|огрн(?!ип)|ооо|оао|зао|пао|ао|нко|гуп|муп|организаци\w*|юр\.?\s*лиц\w*|юридическ\w*"
)
ORGANISATION = re.compile(
    rf"(?<![^\W\d_])(?:{LEGAL_ENTITY}|бик|к/с|корр?\.?\s*сч[её]т\w*|реквизит\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
ORGANISATION_REACH = 80
CUES = {"inn": INN_WORD, "phone": PHONE_WORD, "document": DOCUMENT_WORD}


class InnRecognizer(RuRecognizer):
    ENTITY = RU_INN
    READS_SPOKEN_NUMBERS = True
    DICTATED_LENGTHS = LENGTHS
    DICTATED_QUANTITIES = True  # a group of four may be said in thousands: «шесть тысяч …»
    DICTATED_LAYOUT = ()  # an ИНН is said in no fixed groups
    # The lemmatizer reads «ИНН» as the name «Инна»: both forms, or the word is never seen.
    CONTEXT = ["инн", "инна", "налогоплательщик"]
    EXAMPLES = [
        "ИНН [7707083893]",
        "инн [500100732259]",
        "Мой ИНН: [500100732259], проверьте декларацию.",
        "ИП Петров, ИНН [771406318858], счёт в Сбере.",
        "счёт 40817810099910004312 бик 044525225\nклиент: инн [7707083893]",  # БИК a line up
        "ИП Петров, ИНН [771406318858], ОГРНИП 304770000012345, КПП нет.",
        "Укажите ИНН плательщика: [7830002293].",
        "Идентификационный номер налогоплательщика [500100732259] в справке.",
        "ИНН [5001 0073 2259] продиктовал по телефону.",
        "Отправил справку, там [500100732259] указан.",  # 12 digits, both checks agree
        "Оператор: продиктуйте ИНН.\nКлиент: [7707083893]",
        "инн [7707083894] вроде",  # fails the check, but labelled: a misheard digit
        "ИНН [9123456789], проверьте, пожалуйста.",  # looks like a mobile, but labelled
        # Spoken, through the normalized copy.
        "инн [семьдесят семь ноль семь ноль восемь три восемьсот девяносто три]",
        "мой инн [пятьсот сто семьсот тридцать два двести пятьдесят девять] да",
        "инн [пять ноль ноль один ноль ноль семь три два два пять девять]",
        # Dictated over a pause that broke the line: `read_dictation`.
        "оператор: назовите инн\nклиент: [пятьсот сто семьсот тридцать два]\n"
        "клиент: [двести пятьдесят девять]",
        # A group of four said in thousands, run into the group before: 1620 7442 3164.
        "клиент: инн [шестнадцать двадцать семь тысяч четыреста сорок два тридцать один"
        " шестьдесят четыре]",
    ]
    COUNTER_EXAMPLES = [
        "Номер заказа 500100732259 оплачен.",
        "Номер заказа 500100732258, где курьер?",  # fails the check
        "Заказ 7707083893 передан в доставку.",
        "Звоните 9123456789 после обеда.",
        "Мой телефон 7707083893, звоните после шести.",
        "Номер 123456789012 не подходит.",  # 12 digits failing the check
        "Договор 1234567890 от 12.03.2024 расторгнут.",
        "Транзакция 500100732258 отклонена.",
        "Сумма 1 234 567 890 руб. по договору.",
        "ОГРН 1027700132195, КПП 770701001.",
        # An organisation's requisites are published: no one's personal data.
        "ИНН организации 7736050003, КПП 773601001.",
        "ИНН/КПП 7707083893/770701001",
        "Общие реквизиты — АО «Альфа-Банк», ИНН 7728168971.",
        "ООО «Ромашка», ИНН 7707083893, ОГРН 1027700132195",
        "Карта 4276 1600 1234 5675 заблокирована.",
        "Счёт 40817810099910004312.",
        "Трек-номер 770708389312 уже в пути.",
        "инн пришлю потом",
        "номер заказа пятьсот сто семьсот тридцать два двести пятьдесят девять",
    ]

    def read_dictation(self, digits: str, cue: bool) -> tuple[float, str] | None:
        """A dictated stretch (`redactor.detect.spoken`, maybe over a line break) is an ИНН only after
        an ИНН word and with valid check digits."""
        if cue and checksums.inn(digits):
            return VALID_AFTER_CUE, "dictated, ИНН checksum, after an ИНН word"
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for run in runs(text, min(LENGTHS)):
            cue = nearest_cue(text, run.start(), run.end(), CUES, "inn")
            judge = partial(_judge, text, cue=cue)
            for s, verdict in judged(stretches(run, LENGTHS), judge):
                results.append(self.result(s.start, s.end, *verdict))
        return results


def _judge(text: str, stretch: Stretch, cue: str | None) -> tuple[float, str] | None:
    verdict = _verdict(text, stretch, cue)
    if verdict and len(stretch.digits) == 10 and _organisation(text, stretch.start, stretch.end):
        return None
    return verdict


def _verdict(text: str, stretch: Stretch, cue: str | None) -> tuple[float, str] | None:
    if cue != "inn" and (cue is not None or not stretch.whole):
        return None  # every stretch of a run of a megabyte is asked: no checksum for nothing
    raw = text[stretch.start : stretch.end]
    digits = stretch.digits
    valid = checksums.inn(digits)
    if cue == "inn":
        if valid:
            return VALID_AFTER_CUE, "ИНН checksum, after an ИНН word"
        if stretch.whole and (stretch.exact or len(digits) >= INEXACT_MIN):
            return AFTER_CUE, "after an ИНН word, no valid checksum"
        return None
    if cue is None and valid and len(digits) == 12 and raw.isdigit() and stretch.whole:
        return VALID_TWELVE, "ИНН checksum, 12 digits"
    return None


def _organisation(text: str, start: int, end: int) -> bool:
    """Whether a 10-digit ИНН stands among an organisation's requisites: a КПП, an ОГРН, a БИК,
    a correspondent account or a legal form around it on its line («АО «Альфа-Банк», ИНН 7728168971»).
    A company's requisites are published, no one's personal data (a sole proprietor's ИНН has
    12 digits and a person's ОГРНИП 15)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # On its own line: a БИК a line up is the bank of someone's account, not the company's.
    window = (max(line_start, start - ORGANISATION_REACH), min(line_end, end + ORGANISATION_REACH))
    return ORGANISATION.search(text, *window) is not None
