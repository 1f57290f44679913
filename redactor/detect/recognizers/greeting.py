"""Names by the greeting they stand in: a call opens with who answers, and an answer to a
greeting names who is greeted.

    Поддержка, Любовь, здравствуйте.          → «Любовь»
    Банк Левобережный, Зоя, добрый день.      → «Зоя»
    Добрый день, Вера Павловна!               → «Вера Павловна»

«Любовь», «Вера», «Роза», «Надежда» are words far more often than names, and the morphology
leaves them to context; a greeting is that context, and only there: «Вера в лучшее» or an essay
«Вера, Надежда, Любовь» stay. A dictionary word counts when it has a first name's reading at all, with a
patronymic after it when one follows.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.base import RuRecognizer
from redactor.entities import PERSON

SCORE = 0.8
GREETING = (
    r"здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|доброй\s+ночи|слушаю(?:\s+вас)?"
    r"|приветствую|чем\s+(?:могу|можем)\s+помочь"
)
_NAME = r"(?P<name>[А-ЯЁ][а-яё]+)(?:\s+(?P<patronymic>[А-ЯЁ][а-яё]+(?:вна|вич|чна|ична)))?"
# «…, Любовь, здравствуйте»: the agent after the company's name, before the greeting.
AGENT = re.compile(rf"(?:,|—|–)\s*{_NAME}\s*,\s*(?:{GREETING})(?!\w)", re.IGNORECASE)
# «Добрый день, Вера Павловна!»: the one greeted, after the greeting.
GREETED = re.compile(rf"(?<!\w)(?:{GREETING})\s*,\s*{_NAME}\s*(?=[!.,?]|$)", re.IGNORECASE | re.M)


class GreetingNameRecognizer(RuRecognizer):
    ENTITY = PERSON
    EXAMPLES = [
        "Оператор: Поддержка, [Любовь], здравствуйте.\nКлиент: Добрый день.",
        "Оператор: Банк Левобережный, [Зоя], добрый день.",
        "Оператор: МФЦ, [Вера], слушаю вас.",
        "Клиент: Добрый день, [Роза Ивановна]!",
        "Оператор: Здравствуйте, [Надежда]! Чем помочь?",
    ]
    COUNTER_EXAMPLES = [
        "Клиент: Вера в лучшее — это главное.",
        "Оператор: Добрый день, коллеги!",
        "Оператор: Здравствуйте, Поддержка на связи.",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for pattern in (AGENT, GREETED):
            for m in pattern.finditer(text):
                name = m.group("name")
                if not m.group("name")[0].isupper() or not _first_name(name):
                    continue
                end = m.end("patronymic") if m.group("patronymic") else m.end("name")
                results.append(self.result(m.start("name"), end, SCORE, "a name in a greeting"))
        return results


def _first_name(word: str) -> bool:
    """A dictionary word with a first name's reading (not a guess at an unknown word: a
    company's name in its own greeting, «Добрый вечер, Тетрика»)."""
    info = morph.word_info(word)
    return info.known and any(r.part == "Name" for r in info.name_readings)
