"""IBAN_CODE: foreign bank accounts in IBAN form («DE89 3704 0044 0532 0130 00»).

Presidio's IBAN recognizer does it all — each country's length and layout, the mod-97 check
digits — so we only run it for Russian texts, with Russian context words, and on an upper-case
copy of the text: speech recognition writes «de89 3704 …» in lower case, which Presidio's
pattern (capitals only) misses. Only a number whose check digits agree is found, so the copy
wakes no false alarms. Russian accounts have no IBAN and are RU_BANK_ACCOUNT's.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer.predefined_recognizers import IbanRecognizer as PresidioIbanRecognizer

from redactor.detect.recognizers.base import LANGUAGE
from redactor.entities import IBAN_CODE


class IbanRecognizer(PresidioIbanRecognizer):
    ENTITY = IBAN_CODE
    CONTEXT: ClassVar[list[str]] = [
        "iban",
        "айбан",
        "счёт",
        "счет",
        "банк",
        "перевод",
        "реквизиты",
    ]
    EXAMPLES: ClassVar[list[str]] = [
        "IBAN [DE89 3704 0044 0532 0130 00]",
        "Мой счёт в Англии: [GB82WEST12345698765432].",
        "Переведите на [GB82 WEST 1234 5698 7654 32], это мой счёт в Лондоне.",
        "Реквизиты сына во Франции: IBAN [FR14 2004 1010 0505 0001 3M02 606].",
        "Брат в Казахстане, счёт [KZ86125KZT5004100100].",
        "Для перевода в евро: [DE89370400440532013000], получатель Анна.",
        "клиент: номер iban [de89 3704 0044 0532 0130 00] записали",  # speech recognition
        "клиент: iban [gb82west12345698765432] записали",
    ]
    COUNTER_EXAMPLES: ClassVar[list[str]] = [
        "IBAN DE89 3704 0044 0532 0130 01 не проходит.",  # the check digits disagree
        "Счёт 40817810099910004312, БИК 044525225.",
        "Номер заказа AB12 3456 7890 1234 в обработке.",
        "Договор № GB00 WEST 1234 5698 7654 32 расторгнут.",
        "Карта 4276 1600 1234 5675 привязана.",
        "Код подтверждения DE89 не пришёл.",
    ]

    def __init__(self) -> None:
        super().__init__(
            context=list(self.CONTEXT),
            supported_language=LANGUAGE,
            supported_entity=self.ENTITY,
            name=type(self).__name__,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not COUNTRY_AND_CHECK.search(text):
            return []  # most texts hold no IBAN start at all: skip Presidio's long pattern
        return super().analyze(_upper(text), entities, nlp_artifacts, regex_flags)


# Where an IBAN starts: a country's two letters and two check digits («DE89», «gb82»).
COUNTRY_AND_CHECK = re.compile(r"(?<![^\W\d_])[A-Za-z]{2}\s?\d{2}")


def _upper(text: str) -> str:
    """Capitals, one character for one, so that offsets stay («ß» would become «SS»)."""
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)
