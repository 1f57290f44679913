"""RU_OMS: the single number of a compulsory medical insurance policy (ЕНП, полис ОМС), 16 digits.

A card number has 16 digits too, so a policy is only found after a policy word («полис»,
«ОМС», «ЕНП», «медицинский полис»): there a number whose check digit agrees
(`checksums.oms`) is a policy, whether or not it also passes Luhn, and the card recognizer
leaves numbers after a policy word alone. One failing the check is still taken after a policy
word (misheard, or an older policy of a region with its own numbering). A card word or another
document's word nearer than the policy word means it is none of ours. Spoken: as the СНИЛС
(`snils.py`), with `read_dictation` for a number dictated over a line break.
"""

from __future__ import annotations

import re

from redactor.detect import checksums
from redactor.detect.recognizers.base import DOCUMENT_WORD, RuRecognizer
from redactor.detect.recognizers.card import CARD_WORD
from redactor.detect.recognizers.digit_runs import Stretch, judged, nearest_cue, runs, stretches
from redactor.detect.recognizers.phone import PHONE_WORD
from redactor.entities import RU_OMS

LENGTH = 16
VALID_AFTER_CUE = 1.0
AFTER_CUE = 0.6

POLICY_WORD = re.compile(r"полис\w*|медполис\w*|омс|енп|медицинск\w*", re.IGNORECASE)
CUES = {"oms": POLICY_WORD, "card": CARD_WORD, "phone": PHONE_WORD, "document": DOCUMENT_WORD}


class OmsRecognizer(RuRecognizer):
    ENTITY = RU_OMS
    READS_SPOKEN_NUMBERS = True
    DICTATED_LENGTHS = (LENGTH,)
    DICTATED_QUANTITIES = True  # a group of four may be said in thousands: «шесть тысяч …»
    DICTATED_LAYOUT = (4, 8, 12)  # 7700 0000 0000 0008, as printed on the policy
    CONTEXT = ["полис", "омс", "енп"]
    EXAMPLES = [
        "Полис ОМС [7700000000000008]",
        "Номер полиса [5000000000000017], выдан в 2021 году.",
        "полис омс [1234 5678 9012 3452] действующий",
        "ЕНП [7700000000000008] есть в Госуслугах.",
        "Медицинский полис [7799 1234 5678 9015] на дочь.",
        "Номер медицинского полиса: [5000000000000017].",
        "Полис [4276160012345675], он как карта выглядит.",  # passes Luhn: still a policy
        "полис омс [7700000000000009] кажется",  # fails the check, but labelled
        "Оператор: назовите номер полиса.\nКлиент: [7700000000000008]",
        # Spoken, through the normalized copy.
        "полис омс [семьдесят семь ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль"
        " ноль восемь]",
        "номер полиса [двенадцать тридцать четыре пятьдесят шесть семьдесят восемь девяносто"
        " двенадцать тридцать четыре пятьдесят два]",
        # Dictated over a pause that broke the line: `read_dictation`.
        "клиент: полис омс [семьдесят семь ноль ноль ноль ноль]\n"
        "клиент: [ноль ноль ноль ноль ноль ноль ноль ноль ноль восемь]",
        # Groups run together (78 656 … read as 14 digits): no check digit, but labelled.
        "оператор: продиктуйте номер полиса омс\nклиент: [семьдесят восемь шестьсот пятьдесят"
        " шесть двести девяносто семь восемьсот сорок три тринадцать четыре]",
    ]
    COUNTER_EXAMPLES = [
        "Карта 4276 1600 1234 5675 заблокирована.",
        "Номер заказа 7700000000000008, где курьер?",
        "Транзакция 1234567890123452 отклонена.",
        "Оплатил полис картой 4276 1600 1234 5675.",  # the card word is nearer
        "Полис ОСАГО ХХХ 0123456789 истекает в мае.",
        "Полис ОМС получу на следующей неделе.",
        "Стоимость полиса 12 500 рублей, оплата до 15.04.2024.",
        "Договор 1234567812345678 подписан.",
        "Счёт 40817810099910004312 открыт в Сбере.",
        "Номер обращения 7700 0000 0000 0008 зарегистрирован.",
        "номер заказа семьдесят семь ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль"
        " ноль восемь",
    ]

    def read_dictation(self, digits: str, cue: bool) -> tuple[float, str] | None:
        """A dictated stretch (`redactor.detect.spoken`, maybe over a line break) is a policy only
        after a policy word and with a valid check digit."""
        if cue and checksums.oms(digits):
            return VALID_AFTER_CUE, "dictated, ЕНП check digit, after a policy word"
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for run in runs(text, LENGTH):
            if nearest_cue(text, run.start(), run.end(), CUES, "oms") != "oms":
                continue
            for s, verdict in judged(stretches(run, (LENGTH,)), _judge):
                results.append(self.result(s.start, s.end, *verdict))
        return results


def _judge(stretch: Stretch) -> tuple[float, str] | None:
    """A stretch after a policy word."""
    if checksums.oms(stretch.digits):
        return VALID_AFTER_CUE, "ЕНП check digit, after a policy word"
    if stretch.first:
        return AFTER_CUE, "after a policy word, no valid check digit"
    return None
