"""A surname said before a first name and patronymic: the whole name, in the usual order.

Russians give a full name as «фамилия имя отчество», and speech recognition writes it in
lowercase. The first name and patronymic are easy («галина ивановна»); the surname before them is
often a word the models do not take for one: a place's name («пестова»), a common noun that
does not decline («гайдамак»), a word the dictionary does not know («сачко»), a two-letter one
(«ли»):

    мама пестова галина ивановна восемь девятьсот …   → «пестова галина ивановна»
    к лору гайдамак елене викторовне завтра           → «гайдамак елене викторовне»

The word right before a found first name and patronymic is its surname when it can be one: a
surname's reading, a place's, a word the dictionary does not know, or a noun for a living being
that is not a role or a kinship word («мама», «клиент», «директор» stay) and does not stand in
the name's case (a title agrees with the name: «куратор михаил александрович»). Prepositions,
pronouns, verbs and the like never are.
"""

from __future__ import annotations

import re

from redactor.detect import morph
from redactor.entities import PERSON
from redactor.finding import Finding

NAME = "FullNameRecognizer"
# The lowercase word right before a name, on its line.
WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]{2,}(?:-[а-яё]+)?)[^\S\n]+\Z")
REACH = 40
# Words for who a person is, not what they are called: before a name, never its surname.
ROLES = frozenset(
    "мама папа мать отец сын дочь дочка муж жена брат сестра бабушка дедушка внук внучка тётя"
    " тетя дядя свекровь тёща теща зять невестка племянник племянница друг подруга сосед соседка"
    " клиент клиентка абонент оператор пациент пациентка врач доктор учитель учительница"
    " директор начальник руководитель менеджер специалист сотрудник сотрудница коллега хозяин"
    " хозяйка владелец владелица собственник собственница получатель отправитель заявитель"
    " должник заёмщик заемщик поручитель наследник ребёнок ребенок девушка мужчина женщина"
    " господин госпожа товарищ гражданин гражданка студент студентка ученик ученица водитель"
    " курьер мастер юрист нотариус бухгалтер представитель опекун мальчик девочка человек"
    " кассир администратор агент консультант инспектор следователь судья адвокат".split()
)

EXAMPLES = [
    # (text, the whole name found)
    ("мама пестова галина ивановна восемь девятьсот", "пестова галина ивановна"),
    ("к лору гайдамак елене викторовне завтра в восемь", "гайдамак елене викторовне"),
    ("клиент: сачко виктор павлович это мой отец", "сачко виктор павлович"),
    ("клиент: записала на ли александра вячеславовича", "ли александра вячеславовича"),
]
COUNTER_EXAMPLES = [
    # (text, the word before the name that stays)
    ("клиент: это мама галина ивановна", "мама"),
    ("оператор: директор иван петрович сейчас подойдёт", "директор"),
    ("клиент: позовите пожалуйста галину ивановну", "пожалуйста"),
    ("оператор: заявка иван петрович оформлена", "заявка"),
    ("менеджер: доступ открыт ваш куратор михаил александрович", "куратор"),
    ("в восемь утра преподаватель михаил алексеевич", "преподаватель"),
]


def full_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the first names with patronymics in `findings` grown over the surname
    said right before them (see the module)."""
    out = []
    for f in findings:
        if f.entity_type != PERSON or not _name_and_patronymic(text[f.start : f.end]):
            continue
        before = WORD_BEFORE.search(text, max(0, f.start - REACH), f.start)
        if not before or any(g.start < f.start and before.start(1) < g.end for g in findings):
            continue
        if _surname(before.group(1), text[f.start : f.end].split()[0]):
            out.append(Finding(before.start(1), f.end, PERSON, f.score, NAME))
    return out


def _name_and_patronymic(span: str) -> bool:
    words = span.split()
    return (
        len(words) == 2
        and words[0].islower()
        and _part(words[0], morph.NAME)
        and _part(words[1], morph.PATRONYMIC)
    )


def _part(word: str, part: str) -> bool:
    return any(r.part == part for r in morph.word_info(word).name_readings)


def _surname(word: str, name: str) -> bool:
    """A word that can be a surname before the first name `name`: see the module."""
    info = morph.word_info(word)
    if info.lemma in ROLES or word in ROLES:
        return False
    if _part(word, morph.SURNAME) or not info.known:
        return True
    if info.pos != "NOUN":
        return False
    if info.is_geo:
        return True
    # A common noun for a living being is a surname that does not decline («гайдамак елене
    # викторовне»): in the name's case it is a title or a role («куратор михаил …»).
    cases = {r.case for r in morph.word_info(name).name_readings if r.part == morph.NAME}
    return info.animate and not cases & _cases(word)


def _cases(word: str) -> set[str]:
    return {p.tag.case for p in morph.analyzer().parse(word)}
