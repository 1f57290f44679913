"""PERSON: a surname named as one, whatever word it is: «фамилия соловей», «по фамилии лебедь»,
«соловей это фамилия».

Many surnames are ordinary words («соловей», «лебедь», «мороз», «гусь»), and in lowercase speech
nothing but the word «фамилия» beside them says they are names. The word right after «фамилия»
(«фамилия моя …», «по фамилии …», «фамилия у него …») or right before «это фамилия» is the
surname when it can be one: a noun, a word the dictionary does not know, or any word with a
surname's reading; not a verb, a pronoun, a particle, an adjective that describes («фамилия
правильная»), a noun in another case (whose: «фамилия отца»; how: «фамилия латиницей»), a role
(«фамилия мужа») or a word about the record itself («фамилия имя»).
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.full_names import ROLES
from redactor.detect.recognizers.base import RuRecognizer
from redactor.entities import PERSON

SCORE = 0.75
_WORD = r"(?P<name>[а-яёА-ЯЁ]{2,}(?:-[а-яёА-ЯЁ]+)?)"
# «фамилия», «по фамилии», with whose: «фамилия моя», «фамилия у него», «фамилия просто».
AFTER = re.compile(
    r"(?<![\w-])(?i:фамили[яию]|по[^\S\n]+фамилии)"
    r"(?:[^\S\n]+(?i:моя|у[^\S\n]+(?:него|неё|нее|меня|мужа|жены)|его|её|ее|просто|там|по[^\S\n]+мужу))?"
    rf"[^\S\n]*[:\-—]?[^\S\n]*{_WORD}"
)
BEFORE = re.compile(rf"(?<![\w-]){_WORD}[^\S\n]+(?i:это[^\S\n]+фамилия)(?!\w)")
# Words about the record, not in it: «фамилия имя отчество», «фамилия номер».
MIN_LETTERS = 3
# Korean surnames, which are two letters or read as particles and conjunctions («фамилия ли»).
KOREAN = frozenset("ли ким пак цой хан тен ан нам шин ю чон кан".split())
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "VERB", "INFN", "ADVB", "PRED"})
RECORD = frozenset(
    "имя отчество фамилия номер дата паспорт данные запись графа поле ошибка буква буквы"
    " инициалы подпись полностью".split()
)


class SurnameCueRecognizer(RuRecognizer):
    ENTITY = PERSON
    EXAMPLES = [
        "клиент: фамилия [соловей]",
        "клиент: моя фамилия [лебедь]",
        "оператор: по фамилии [гусь] записано",
        "клиент: [соловей] это фамилия ну да",
        "клиент: фамилия у него [кузнец]",
        "оператор: ваша фамилия клиент: фамилия [соловей] [игорь]",
        "клиент: моя фамилия [пак]",
        "клиент: фамилия [ли] просто две буквы",
    ]
    COUNTER_EXAMPLES = [
        "клиент: фамилия указана неверно",
        "клиент: фамилия правильная",
        "оператор: назовите фамилию имя отчество",
        "клиент: фамилия мужа там",
        "клиент: фамилия как в паспорте",
        "клиент: фамилия та же",
        "клиент: фамилия латиницей так же",
        "оператор: фамилия получателя какая",
        "клиент: фамилия по паспорту другая",
        "клиент: фамилия клиента не совпадает",
        "клиент: фамилия изменилась после брака",
        "клиент: фамилия тоже поменялась",
        "клиент: фамилия по буквам эс эм",
        "клиент: а это фамилия мужа",
        "клиент: вот это фамилия такая редкая",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for pattern in (AFTER, BEFORE):
            for m in pattern.finditer(text):
                if _surname(m.group("name")):
                    results.append(
                        self.result(m.start("name"), m.end("name"), SCORE, "a surname named so")
                    )
        return results


def _surname(word: str) -> bool:
    word = word.lower()
    if word in KOREAN:
        return True
    info = morph.word_info(word)
    if len(word) < MIN_LETTERS or info.pos in FUNCTION_POS:
        return False  # «фамилия по паспорту»: «по» is a surname to pymorphy3 too
    if word in RECORD or info.lemma in RECORD or word in ROLES or info.lemma in ROLES:
        return False
    if any(r.part == morph.SURNAME for r in info.name_readings) or not info.known:
        return True
    # a noun in the nominative: «фамилия отца», «фамилия латиницей» say whose or how
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in morph.analyzer().parse(word))
