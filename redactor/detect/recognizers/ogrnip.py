"""RU_OGRNIP: a sole proprietor's state registration number (ОГРНИП), 15 digits.

An ОГРНИП names a person (the proprietor is the business), unlike an organisation's 13-digit
ОГРН, which is a published requisite. It starts with 3 (the record is a proprietor's) and its
last digit is the remainder of the first fourteen divided by 13, taken mod 10
(`checksums.ogrnip`). What we decided:
- after an ОГРНИП word («ОГРНИП», «ОГРН ИП», an «ОГРН» before 15 digits) a number of 15 digits
  is one, even when its check digit fails (a mistyped digit leaves the person's number);
- 15 digits starting with 3 and passing the check are one without a word: no phone, card or
  account has 15 digits, and an order number passes by chance one time in ten *and* starts
  with 3 one time in ten;
- another document's word before it («заказ», «трек») keeps it out.
"""

from __future__ import annotations

import re
from functools import partial

from redactor.detect import checksums
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.digit_runs import Stretch, judged, nearest_cue, runs, stretches
from redactor.detect.recognizers.phone import PHONE_WORD
from redactor.entities import RU_OGRNIP

LENGTH = 15
AFTER_CUE = 1.0
VALID_ALONE = 0.85
AFTER_CUE_INVALID = 0.7

OGRNIP_WORD = re.compile(r"огрнип|огрн|ogrnip|ogrn", re.IGNORECASE)
# Another document's word; «ОГРН» and «ОГРНИП» are ours here.
OTHER_DOCUMENT = re.compile(rf"(?!огрн)(?:{DOCUMENT_WORD.pattern})", re.IGNORECASE)
CUES = {"ogrnip": OGRNIP_WORD, "phone": PHONE_WORD, "document": OTHER_DOCUMENT}


class OgrnipRecognizer(RuRecognizer):
    ENTITY = RU_OGRNIP
    READS_SPOKEN_NUMBERS = True  # «огрнип триста девятнадцать семьсот семьдесят четыре …»
    CONTEXT = ["огрнип", "огрн"]
    EXAMPLES = [
        "ОГРНИП [321774600183429], ИНН 773120598811",
        "Клиент: ОГРНИП [315665524026331].",
        "Тагиров Марсель Рашитович. ОГРНИП [315669150503690].",
        "мы ИП, реквизиты: огрн ип [318124187493970]",
        "Сейчас, из выписки... [321661018619712].",  # the check digit agrees
        "ОГРНИП [319575033766852]",  # a mistyped digit: the word decides
        # said aloud, through the normalized copy, with a hesitation inside
        "speaker_2: огрнип [триста девятнадцать семьсот семьдесят четыре ноль ноль эээ двести"
        " шестьдесят пять девятьсот двенадцать восемь]",
    ]
    COUNTER_EXAMPLES = [
        "ОГРН 1027700132195, КПП 770701001.",  # an organisation's, 13 digits
        "Номер заказа 321774600183429 оплачен.",
        "Трек-номер 319575800036685 в пути.",
        "Номер 123456789012345 не подходит.",  # no word, no check, no 3
        # said aloud, no ОГРНИП word and no check digit
        "номер заявки триста девятнадцать семьсот семьдесят четыре ноль ноль двести шестьдесят"
        " пять девятьсот двенадцать восемь",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for run in runs(text, LENGTH):
            cue = nearest_cue(text, run.start(), run.end(), CUES, "ogrnip")
            judge = partial(_judge, cue=cue)
            for s, verdict in judged(stretches(run, (LENGTH,)), judge):
                results.append(self.result(s.start, s.end, *verdict))
        return results


def _judge(stretch: Stretch, cue: str | None) -> tuple[float, str] | None:
    if len(stretch.digits) != LENGTH or not stretch.whole:
        return None
    valid = checksums.ogrnip(stretch.digits)
    if cue == "ogrnip":
        if valid:
            return AFTER_CUE, "ОГРНИП check digit, after an ОГРНИП word"
        return AFTER_CUE_INVALID, "15 digits after an ОГРНИП word"
    if cue is None and valid and stretch.digits[0] == "3":
        return VALID_ALONE, "ОГРНИП check digit, a proprietor's record"
    return None
