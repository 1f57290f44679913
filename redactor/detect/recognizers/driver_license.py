"""RU_DRIVER_LICENSE: a driving licence's series and number.

Since 2011 a licence has a passport's shape, 4 + 6 digits («99 12 345678»), and no checksum: the
word before it decides (`document_words`): «права», «водительское удостоверение», «ВУ». A passport
word nearer the number makes it a passport's. Older licences have two Cyrillic letters in the
series («77 АА 123456»), found after a licence word too.
"""

from __future__ import annotations

import re

from redactor.detect.recognizers.base import RuRecognizer
from redactor.detect.recognizers.document_words import (
    CUED,
    LICENSE,
    SERIES,
    SERIES_WORD,
    document_kind,
    numbers,
    pieces,
    series_and_number,
    words_near,
)
from redactor.entities import RU_DRIVER_LICENSE

PART = 0.85  # the series alone, right after «серия»: «серия прав 9912»
OLD_FORMAT = re.compile(
    r"""\d(?<![\w]\d)\d[ ]?                       # region: «77»
        [А-ЯЁа-яё]{2}[ ]*                         # two letters: «АА»
        (?:№|N|номер)?[ ]*
        \d{3}[ ]?\d{3}(?!\d)                       # number: «123456», «482 117»""",
    re.IGNORECASE | re.VERBOSE,
)


class DriverLicenseRecognizer(RuRecognizer):
    ENTITY = RU_DRIVER_LICENSE
    READS_SPOKEN_NUMBERS = (
        True  # «права девяносто девять двенадцать …» through redactor.detect.spoken
    )
    CONTEXT = ["право", "права", "водительский", "удостоверение", "ву"]
    EXAMPLES = [
        "Водительское удостоверение [99 12 345678], категория B.",
        "права [9912 345678]",
        "ВУ [99 12 345678] выдано ГИБДД.",
        "Номер водительского удостоверения: [9912345678].",
        "Мои права: серия [99 12] номер [345678].",
        "Оператор: Назовите номер ваших прав.\nКлиент: [99 12 345678]",
        "Водительские права [77 АА 123456] старого образца.",
        "Клиент: Валя, права дай… [63 ТК 482 117]. Это старые ещё, розовые.",
        "Клиент: Права сейчас… у него в телефоне фото. [99 34], дальше [715 208].",
        "Паспорт 4512 345678, права [9912 345678].",
        "в/у [9912 345678] выдано в Туле",
        # Spoken, through redactor.detect.spoken.
        "права [девяносто девять двенадцать триста сорок пять шестьсот семьдесят восемь]",
        "водительское удостоверение [девяносто девять двенадцать триста сорок пять шестьсот"
        " семьдесят восемь]",
        "ву [семьдесят семь ноль пять сто двадцать три четыреста пятьдесят шесть]",
    ]
    COUNTER_EXAMPLES = [
        "Паспорт 4512 345678, выдан ОВД района.",
        "Права потребителя нарушены, номер заказа 9912 345678.",
        "Я прав, телефон 9912345678 мой.",
        "Серия и номер паспорта: 45 12 № 345678.",
        "Оплатил штраф ГИБДД 1 500 рублей, постановление 18810177200001234567.",
        "Права получил в 2015 году, стаж 9 лет.",
        "права забыл дома позвоните на девятьсот двенадцать триста сорок пять шестьдесят семь"
        " восемьдесят девять",
        "Номер заказа 77 АА 123456 отправлен.",
        "Права получил, тариф 1200, потом 345 678 рублей.",
        "паспорт сорок пять ноль три сто двадцать три четыреста пятьдесят шесть",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for stretches in numbers(text):
            judged = series_and_number(text, stretches)
            if judged and judged[1] == LICENSE:
                stretch, _, score, why = judged
                spans = pieces(text, stretch.start, stretch.end)
                results += [self.result(s, e, score, why) for s, e in spans]
            whole = stretches[-1]
            near = words_near(text, whole.start, 2)
            if (
                not judged
                and len(whole.digits) == SERIES
                and any(SERIES_WORD.fullmatch(w) for w in near)
                and document_kind(text, whole.start) == LICENSE
            ):
                results.append(self.result(whole.start, whole.end, PART, "«серия прав»"))
        for m in OLD_FORMAT.finditer(text):
            if document_kind(text, m.start()) == LICENSE:
                results.append(self.result(*m.span(), CUED, "old licence after a licence word"))
        return results
