"""Names by the greeting they stand in, in speech: lowercase, no commas.

    газпром межрегионгаз абонентский отдел надежда слушаю      → «надежда»
    добрый день банк зенит-восток олеся чем могу помочь         → «олеся»
    здравствуйте надежда я хотела квитанции получать             → «надежда»

A call opens with who answers: the word right before «слушаю», «чем могу помочь»,
«здравствуйте» is the agent's name when it has a first name's reading at all. The caller greets
the agent back by that name: the word right after «здравствуйте», «добрый день», «спасибо», «до
свидания» is a name when the turn ends there or goes on as a caller speaks («я …», «у меня …»,
«подскажите …»). A turn that opens with a name and a request names who is asked: «варвара
подскажите дату рождения». «надежда», «вера», «любовь», «слава» are words more often than names, and only
this slot makes them names: «вера в лучшее», «надежда есть» stay. The written forms, with
capitals and commas, are `greeting.py`'s.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.base import RuRecognizer
from redactor.entities import PERSON

SCORE = 0.7
_NAME = r"(?P<name>[а-яё]{3,})(?:[^\S\n]+(?P<patronymic>[а-яё]+(?:вна|вич|чна|ична)))?"
# What the agent says right after their name.
AGENT_END = (
    r"слушаю|чем[^\S\n]+(?:могу|можем)[^\S\n]+(?:вам[^\S\n]+)?помочь|здравствуйте"
    r"|добрый[^\S\n]+(?:день|вечер)|доброе[^\S\n]+утро"
)
AGENT = re.compile(rf"(?<![\w-]){_NAME}[^\S\n]+(?:{AGENT_END})(?!\w)")
# A greeting, then the one greeted, then the end of the turn or the caller's own words.
GREETING = (
    r"здравствуйте|добрый[^\S\n]+(?:день|вечер)|доброе[^\S\n]+утро|спасибо|до[^\S\n]+свидания"
)
GOES_ON = (
    r"я|мне|меня|у[^\S\n]+меня|мы|подскажите|скажите|хотел[аи]?|звоню|вот|это|можно|пожалуйста"
)
GREETED = re.compile(
    rf"(?<!\w)(?:{GREETING})[^\S\n]+{_NAME}(?=[^\S\n]+(?:{GOES_ON})(?!\w)|[^\S\n]*$)", re.M
)

# A turn that opens by addressing someone by name, asking them to do something: «варвара
# подскажите дату рождения», «надежда скажите …».
ASKING = (
    r"подскажите|скажите|назовите|продиктуйте|уточните|посмотрите|подождите|проверьте"
    r"|повторите|пожалуйста|будьте[^\S\n]+добры"
)
ADDRESSED = re.compile(rf"^(?:[^\n:]{{0,30}}:[^\S\n]*)?{_NAME}[^\S\n]+(?:{ASKING})(?!\w)", re.M)


class SpokenGreetingNameRecognizer(RuRecognizer):
    ENTITY = PERSON
    EXAMPLES = [
        "Спикер 1: газпром межрегионгаз абонентский отдел [надежда] слушаю",
        "добрый день банк зенит-восток [олеся] чем могу помочь",
        "Спикер 2: здравствуйте [надежда] я хотела квитанции в электронном виде получать",
        "оператор: поддержка [любовь] здравствуйте",
        "клиент: спасибо [вера павловна]",
        "клиент: добрый день [роза] подскажите по счёту",
        # a turn that opens with a name and a request
        "оператор: [варвара] подскажите дату рождения",
        "A: [надежда петровна] продиктуйте пожалуйста номер",
    ]
    COUNTER_EXAMPLES = [
        "клиент: вера в лучшее это главное",
        "оператор: добрый день слушаю вас",
        "клиент: здравствуйте девушка я по поводу счёта",
        "клиент: спасибо большое",
        "клиент: надежда есть всегда здравствуйте",  # not right before the greeting
        "клиент: мама здравствуйте",
        "клиент: мама подскажите как",
        "оператор: так подскажите дату рождения",
        "клиент: а вера подскажите это что",  # not where the turn opens
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for pattern in (AGENT, GREETED, ADDRESSED):
            for m in pattern.finditer(text):
                if not _first_name(m.group("name")):
                    continue
                end = m.end("patronymic") if m.group("patronymic") else m.end("name")
                results.append(self.result(m.start("name"), end, SCORE, "a name in a greeting"))
        return results


def _first_name(word: str) -> bool:
    """A dictionary word with a first name's reading in the nominative (a name said in
    address), not a guess at an unknown word."""
    info = morph.word_info(word)
    return info.known and any(r.part == "Name" for r in info.name_readings)
