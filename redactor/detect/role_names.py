"""A name the dictionary does not know, right after the role of the person who bears it:
«курьер сухроб», «водитель шохрух», «мастер умиджон уже выехал».

Couriers, drivers and repairmen are often called by Central Asian, Caucasian or other names
that pymorphy3 does not know and the lowercase NER seldom takes, and speech recognition writes
them in lowercase. Right after such a role word, an unknown word of five letters or more that
is no brand or product, no chat slang, no abbreviation («сдэка») and has no verb's ending is that person's name. Known
words stay (the models and the other rules decide them), and so do compounds of a known
prefix («европротокол»): «курьер уже выехал», «мастер
спорта», «специалист техподдержки».
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.detect.recognizers.brands import product_word
from redactor.detect.recognizers.lowercase import SLANG, VERB_ENDING
from redactor.entities import PERSON
from redactor.finding import Finding

NAME = "RoleNameRecognizer"
SCORE = 0.6
# People who come, call or serve, and are named by their first name right after their role.
ROLES = (
    "курьер|водитель|мастер|оператор|менеджер|специалист|консультант|сотрудник|куратор"
    "|монтажник|сантехник|электрик|таксист|грузчик|экспедитор|агент|администратор|кассир"
)
ROLE_NAME = re.compile(
    rf"(?<![\w-])(?:{ROLES})(?:а|у|ом|е)?[^\S\n]+(?P<word>[а-яё]{{5,}})(?![\w-])"
)
PROPER = ("Orgn", "Geox", "Trad")
# Two consonants opening a word: an abbreviation said as a word («сдэка», «мтса»), seldom a name
# the dictionary lacks; «дж» («джамшед») is a sound of its own.
ABBREVIATION = re.compile(r"^(?!дж)[бвгджзйклмнпрстфхцчшщ]{2}")

EXAMPLES = [
    # (text, the name found)
    ("курьер сухроб у него сломался велосипед", "сухроб"),
    ("ваш водитель шохрух подъедет через пять минут", "шохрух"),
    ("курьер джамшед звонил", "джамшед"),
    ("позвоните курьеру умиджону", "умиджону"),
]
COUNTER_EXAMPLES = [
    # (text, the word after the role that stays)
    ("курьер уже выехал к вам", "уже"),
    ("специалист техподдержки перезвонит", "техподдержки"),
    ("курьер вайлдберриз не приехал", "вайлдберриз"),
    ("мастер маникюра записала на среду", "маникюра"),
    ("оператор европротокол оформили", "европротокол"),
    ("курьер сдэка приедет завтра", "сдэка"),
]


def role_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the unknown names right after a role word (see the module) that no PERSON
    finding in `findings` covers yet."""
    out = []
    for m in ROLE_NAME.finditer(text):
        start, end = m.span("word")
        if any(f.entity_type == PERSON and f.start <= start < f.end for f in findings):
            continue
        if unknown_name(m.group("word")):
            out.append(Finding(start, end, PERSON, SCORE, NAME))
    return out


def unknown_name(word: str) -> bool:
    """Whether a word after a role word is a name the dictionary lacks (see the module)."""
    if word in SLANG or product_word(word) or VERB_ENDING.search(word) or ABBREVIATION.match(word):
        return False
    parses = morph.analyzer().parse(word)
    if any(p.is_known for p in parses):
        return False
    # a known prefix on a dictionary word is a compound, no name: «европротокол», «автоцентр»
    if any(type(m[0]).__name__ == "KnownPrefixAnalyzer" for p in parses for m in p.methods_stack):
        return False
    return not any(tag in p.tag for p in parses for tag in PROPER)
