"""A surname right after «фамилия» in lowercase speech, whatever word it is: «фамилия соловей»,
«моя фамилия пак», «фамилия у него ли».

The models find a surname that looks like one («фамилия гусейнова»); after the word
«фамилия» a speaker says the surname itself, and many surnames are ordinary words («соловей»,
«мороз», «пак») or two letters (the Korean «ли», «ан»), which nothing else marks. The word
right after «фамилия», or right before «это фамилия» (and a possessive, «у меня», «по мужу» between) is that surname when it
can stand in the nominative and is no function word, verb, adverb, adjective or number, and no
kinship or role word («фамилия мужа», «фамилия клиента», «фамилия латиницей», «фамилия верная»
stay).
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.full_names import ROLES
from redactor.entities import PERSON
from redactor.finding import Finding

NAME = "SurnameWordRecognizer"
SCORE = 0.6
# «фамилия» and what may stand between it and the surname, then the surname's word.
CUE = re.compile(
    r"(?<![\w-])(?i:фамили[яю])[^\S\n]+"
    r"(?:(?:моя|ваша|твоя|его|её|ее|их|у[^\S\n]+(?:меня|него|неё|нее|них)|по[^\S\n]+мужу"
    r"|просто|значит|такая|вот)[^\S\n]+)*"
    r"(?P<word>[а-яё]{2,}(?:-[а-яё]+)?)(?![\w-])"
)
# The surname said first, then what it is: «соловей это фамилия», «мороз фамилия такая».
NAMED_AFTER = re.compile(
    r"(?<![\w-])(?P<word>[а-яё]{2,}(?:-[а-яё]+)?)[^\S\n]+"
    r"(?:это[^\S\n]+(?:его[^\S\n]+|её[^\S\n]+|ее[^\S\n]+|моя[^\S\n]+)?фамилия|фамилия[^\S\n]+такая)(?![\w-])"
)
# Korean surnames, which the dictionary reads as particles and conjunctions.
KOREAN = frozenset("ли ким пак цой хан тен ан нам шин ю чон кан".split())
NOT_SURNAME_POS = frozenset(
    "ADJF ADJS COMP VERB INFN PRTF PRTS GRND NUMR ADVB NPRO PRED PREP CONJ PRCL INTJ".split()
)
# Words said about the surname itself, not the surname.
ABOUT = frozenset("имя отчество фио ошибка опечатка буква".split())

EXAMPLES = [
    # (text, the surname found)
    ("оператор: ваша фамилия клиент: фамилия соловей игорь", "соловей"),
    ("моя фамилия пак", "пак"),
    ("фамилия ли просто ли две буквы", "ли"),
    ("фамилия у него мороз", "мороз"),
    ("там живёт соловей это фамилия ну да", "соловей"),
]
COUNTER_EXAMPLES = [
    # (text, the word after «фамилия» that stays)
    ("фамилия мужа другая", "мужа"),
    ("фамилия клиента не совпадает", "клиента"),
    ("фамилия латиницей как в паспорте", "латиницей"),
    ("фамилия верная да", "верная"),
    ("фамилия изменилась после брака", "изменилась"),
    ("фамилия имя отчество полностью", "имя"),
    ("фамилия тоже поменялась", "тоже"),
    ("фамилия по буквам эс эм", "по"),
    ("а это фамилия мужа", "это"),
    ("вот это фамилия такая редкая", "вот"),
]


def surname_words(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the surnames said right after «фамилия» (see the module) that no PERSON
    finding in `findings` covers yet."""
    out = []
    for m in [*CUE.finditer(text), *NAMED_AFTER.finditer(text)]:
        start, end = m.span("word")
        if any(f.entity_type == PERSON and f.start <= start < f.end for f in findings):
            continue
        if surname(m.group("word")):
            out.append(Finding(start, end, PERSON, SCORE, NAME))
    return out


def surname(word: str) -> bool:
    """Whether a word said right after «фамилия» is the surname (see the module)."""
    if word in KOREAN:
        return True
    if len(word) < 3:
        return False  # «фамилия по буквам», «фамилия не та»: two letters are Korean or nothing
    parses = morph.analyzer().parse(word)
    if any("Surn" in p.tag for p in parses):
        return True
    info = morph.word_info(word)
    if info.lemma in ROLES or info.lemma in ABOUT:
        return False
    # a noun in the nominative at least as likely as any reading that is no surname's:
    # «соловей» is a bird as likely as a verb's imperative; «верная», «тоже» are not nouns
    noun = max((p.score for p in parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"), default=0)
    other = max((p.score for p in parses if p.tag.POS in NOT_SURNAME_POS), default=0)
    best_case = parses[0].tag.case if parses[0].tag.POS == "NOUN" else None
    return noun > 0 and noun >= other and best_case in (None, "nomn")
