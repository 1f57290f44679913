"""IBAN_CODE: foreign bank accounts in IBAN form («DE89 3704 0044 0532 0130 00»).

Presidio's IBAN recognizer does it all — each country's length and layout, the mod-97 check
digits — so we only run it for Russian texts, with Russian context words, and on an upper-case
copy of the text: speech recognition writes «de89 3704 …» in lower case, which Presidio's
pattern (capitals only) misses. Only a number whose check digits agree is found on its own,
so the copy wakes no false alarms. A number of an IBAN's exact layout for its country whose
check digits disagree is still the client's account after an IBAN cue («IBAN: KZ86 722S …»,
«скинула свой айбан: DE89 …») or in a conversation about IBANs: a digit mistyped or misread
(«в платёжке у вас стоит DE89 … — переставлены цифры») does not make it anyone else's.
Russian accounts have no IBAN and are RU_BANK_ACCOUNT's.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer.predefined_recognizers import IbanRecognizer as PresidioIbanRecognizer
from presidio_analyzer.predefined_recognizers.generic.iban_patterns import regex_per_country

from redactor.detect.recognizers.base import LANGUAGE, result
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
        # the check digits disagree, but an IBAN cue or an IBAN talk is around: a mistyped one
        "IBAN: [KZ86 722S 0000 1473 6582]",
        "скинула свой IBAN: [DE89 3705 0198 1934 2276 05], это нормально?",
        "К: мой IBAN [DE89 3704 0044 0532 0130 00].\nО: А в платёжке стоит [DE89 3704 0044 0532 0310 00].",
    ]
    COUNTER_EXAMPLES: ClassVar[list[str]] = [
        "Заказ DE89 3704 0044 0532 0130 01 не проходит.",  # the check digits disagree, no cue
        "IBAN: DE89 3704 0044 0532 01",  # too short for a German IBAN
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
        upper = _upper(text)
        results = super().analyze(upper, entities, nlp_artifacts, regex_flags)
        if IBAN_TALK.search(text):
            taken = [(r.start, r.end) for r in results]
            results += [
                result(self, IBAN_CODE, s, e, MISTYPED, "an IBAN's layout, check digits wrong")
                for s, e in _laid_out(upper)
                if not any(s < t_end and t_start < e for t_start, t_end in taken)
            ]
        return results


MISTYPED = 0.6  # the layout of its country's IBAN, the check digits wrong, an IBAN cue around
# A conversation that speaks of IBANs: its IBAN-shaped numbers are accounts even when mistyped.
IBAN_TALK = re.compile(r"(?<![^\W\d_])(?:iban|айбан)", re.IGNORECASE)
CANDIDATE = re.compile(r"(?<![^\W_])(?P<country>[A-Z]{2})\d{2}")
LAYOUTS = {c: re.compile(r) for c, r in regex_per_country.items()}
END = re.compile(r"(?![^\W_])")


def _laid_out(upper: str) -> list[tuple[int, int]]:
    """IBAN-shaped numbers: a country's exact layout, whatever their check digits say."""
    found = []
    for m in CANDIDATE.finditer(upper):
        layout = LAYOUTS.get(m.group("country"))
        shaped = layout.match(upper, m.start()) if layout else None
        if not shaped:
            continue
        end = shaped.end()
        while upper[end - 1] == " ":
            end -= 1
        if END.match(upper, end):
            found.append((m.start(), end))
    return found


# Where an IBAN starts: a country's two letters and two check digits («DE89», «gb82»).
COUNTRY_AND_CHECK = re.compile(r"(?<![^\W\d_])[A-Za-z]{2}\s?\d{2}")


def _upper(text: str) -> str:
    """Capitals, one character for one, so that offsets stay («ß» would become «SS»)."""
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)
