"""A birth date said again: read back, or corrected a turn or two later.

A birth date found in a conversation (its cue, the question it answers) is often said again
where nothing cues it: the operator reads it back («Так, 09.01.2000.» after «Девятое января
двухтысячного»), or the client corrects a slip a few lines later («Ой, 31 июля, конечно.»
after «31 июня 1993» and «Июнь — 30 дней, может, другая дата?»; «а нет, 05.05.2004 🙈» after
«05.05.2003»). Such a date is the birth date:

- a read-back: the same day, month and year as a found birth date, anywhere in the text;
- a correction: within `REACH` lines after a found birth date, after a word that takes back
  what was said («ой», «нет», «точнее», «вернее», «то есть»), and differing from it in one of
  its day, month or year only (a year left out counts as the same);
- a comparison: the same date with one part different, right after it on its line with no
  other datum named between and a word that sets them against each other («в профиле указано
  03.11.1992, а в ПФР — 03.11.1991»).

A date of something else is never that close to a birth date: an issue date or an appointment
differs in more than one part, or comes without a word of correction.
"""

from __future__ import annotations

import datetime
import re

from redactor.detect.dates import Date, dates
from redactor.detect.normalize import normalize
from redactor.detect.turns import slots
from redactor.entities import DATE_OF_BIRTH
from redactor.finding import Finding

REACH = 4  # lines after a birth date where its correction may come
SCORE = 0.8
NAME = "BirthEchoRecognizer"
# A word that takes back what was said, before the corrected date on its line.
CORRECTION = re.compile(
    r"(?<!\w)(?:ой|нет|точнее|вернее|простите|извините|ошиб\w*|то\s+есть|в\s+смысле|стоп)(?!\w)",
    re.IGNORECASE,
)
CORRECTION_REACH = 40  # characters before the date where that word may stand
COMPARED_REACH = 40  # characters between a birth date and its other version on one line
# What sets a date's other version against it: «…, а в ПФР — …», «… или …», «вместо».
CONTRAST = re.compile(r"(?<!\w)(?:а|или|вместо|не)(?!\w)", re.IGNORECASE)


def birth_echoes(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the dates of `text` that repeat or correct a found birth date."""
    births = [f for f in findings if f.entity_type == DATE_OF_BIRTH]
    if not births:
        return []
    said: list[tuple[Finding, Date]] = []
    for f in births:
        value = text[f.start : f.end]
        parsed = dates(value, loose=True) or dates(normalize(value).text, loose=True)
        if parsed and parsed[0].whole:
            said.append((f, parsed[0]))
    if not said:
        return []
    today = datetime.date.today()
    results = []
    for d in dates(text, loose=True):
        if not d.whole or any(f.start < d.end and d.start < f.end for f in findings):
            continue
        for f, birth in said:
            if _same(d, birth, today) and d.year is not None or _corrects(text, f, d, birth, today):
                results.append(Finding(d.start, d.end, DATE_OF_BIRTH, SCORE, NAME))
                break
    return results


def _same(d: Date, birth: Date, today: datetime.date) -> bool:
    return (
        d.day == birth.day
        and d.month == birth.month
        and d.full_year(today) == birth.full_year(today)
    )


def _corrects(text: str, f: Finding, d: Date, birth: Date, today: datetime.date) -> bool:
    """Whether `d` takes back birth date `birth` (found as `f`) a few lines after it."""
    if d.start < f.end or text.count("\n", f.end, d.start) > REACH:
        return False
    line = text.rfind("\n", 0, d.start) + 1
    compared = (
        line <= f.start
        and d.start - f.end <= COMPARED_REACH
        and CONTRAST.search(text, f.end, d.start) is not None
    )
    if compared and slots.asked(text[f.end : d.start]):
        compared = False  # «дата рождения 15.03.1985, дата выдачи 15.03.2005»: another datum
    if not compared and not CORRECTION.search(text, max(line, d.start - CORRECTION_REACH), d.start):
        return False
    year = d.year is None or d.full_year(today) == birth.full_year(today)
    differ = (d.day != birth.day) + (d.month != birth.month) + (not year)
    return differ == 1


# (text, the dates it adds, as written) — run by tests/test_birth_echoes.py.
EXAMPLES = [
    (
        "О: Подскажите ФИО и дату рождения.\nК: Яковлева Снежана Игоревна, 31 июня 1993.\nО: Июнь — 30 дней, может, другая дата?\n"
        "К: Ой, 31 июля, конечно. Волнуюсь.",
        ["31 июля"],
    ),
    (
        "Гареева Элина Ринатовна 05.05.2003\n\nЭлина Гареева\n12:52\nа нет, 05.05.2004 🙈",
        ["05.05.2004"],
    ),
    (
        "spk_0: Нужна дата рождения.\nspk_1: Девятое января двухтысячного.\n"
        "spk_0: Так, 09.01.2000. Опыт у вас был?",
        ["09.01.2000"],
    ),
    (
        "Специалист: Проблема была в дате рождения в профиле: у вас указано 03.11.1992, а в ПФР"
        " — 03.11.1991.",
        ["03.11.1991"],
    ),
]
COUNTER_EXAMPLES = [
    # (on one line, nothing setting the two against each other: «День рождения у сына 15
    # марта, доставим 16 марта» — an example of birth_date.py, run by test_recognizers.py)
    # on one line, but another datum named between
    "К: дата рождения 15.03.1985, дата выдачи паспорта 15.03.2005.\nО: Спасибо.",
    # an issue date: another year and another month, no word of correction
    "К: дата рождения 15.03.1985.\nО: А дата выдачи паспорта?\nК: 20.04.2005.",
    # a correction word, but two parts differ: another date (a visit), not the birth date
    "К: дата рождения 15.03.1985.\nО: Записать вас на 16.04?\nК: нет, на 17.05.2024 лучше.",
    # far from the birth date
    "К: дата рождения 15.03.1985.\n" + "О: ок\n" * 6 + "К: нет, 15 марта приду.",
]
