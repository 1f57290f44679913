"""A passport's issue data as people answer a question about it: no «выдан» on their line.

    Оператор: Кем и когда выдан паспорт?
    Клиент: ОВД Мытищинского района, 18.04.2003.   → the office and the date
    Оператор: Дата выдачи?
    Клиент: 22 декабря 2013                         → the date

The passport recognizer reads issue data after «выдан» or «дата выдачи» on the value's own line.
An answer has neither: its meaning stands in the question one to three turns up
(`redactor.detect.turns`). A short answer to a question about the issue (a word of «выдать» in
it, and no other document named: «когда выдан кредит?») holds the issue data: an office
(«ГУ МВД …», «ОВД …», «отделом УФМС …») from where it starts to its date or the clause's end,
and a date. A date is left alone when the question also asked for a birth date («дату рождения
и дату выдачи»): which is which, the order of a list does not say.
"""

from __future__ import annotations

import re

from redactor.detect.turns import conversation, slots
from redactor.entities import DATE_OF_BIRTH

ISSUE = re.compile(r"(?<!\w)(?:выда[нчв]\w*|выдал\w*)", re.IGNORECASE)
# A question about the issue: «кем и когда выдан?», «когда выдали паспорт», «дата выдачи?».
ISSUE_QUESTION = re.compile(
    r"(?<!\w)(?:(?:кем|когда)\s+(?:(?:и|или)\s+(?:кем|когда)\s+)?(?:\w+\s+)?выда\w*"
    r"|дат\w*\s+(?:\w+\s+)?выдачи|выда[нч]\w*\s*\?)",
    re.IGNORECASE,
)
# Another document or thing a question may ask the issue of: then it is not the passport's.
OTHER_DOCUMENT = re.compile(
    r"(?<!\w)(?:кредит|займ|заём|карт|справк|прав[аоу]?\b|удостоверени|полис|сертификат|диплом"
    r"|лицензи|выписк|ключ|пропуск|чек|заказ)\w*",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]+")
MAX_ANSWER_WORDS = 25  # a longer turn is a story, not an answer


def issue_answers(text: str, authority: re.Pattern, date: re.Pattern, office_end):
    """(start, end, what) of the issue data in each answer to a question about a passport's
    issue; `authority`, `date` and `office_end` are the passport recognizer's readers."""
    if not ISSUE.search(text):
        return
    chat = conversation(text)
    for i, turn in enumerate(chat.turns):
        j = chat.asking(i)
        if j is None:
            continue
        question = text[chat.turns[j].start : chat.turns[j].end]
        if not ISSUE_QUESTION.search(question) or OTHER_DOCUMENT.search(question):
            continue
        if len(WORD.findall(text, turn.start, turn.end)) > MAX_ANSWER_WORDS:
            continue
        dates = DATE_OF_BIRTH not in slots.asked(question)
        office = authority.search(text, turn.start, turn.end)
        when = date.search(text, office.end() if office else turn.start, turn.end)
        if office:
            end = when.end() if when and dates else office_end(text, office.start("office"))
            yield office.start("office"), min(end, turn.end), "issuing office, answered"
        elif when and dates:
            yield when.start(), when.end(), "issue date, answered"


# (marked text) — run by tests/test_passport_answers.py through the passport recognizer.
EXAMPLES = [
    "Оператор: Кем и когда выдан паспорт?\nКлиент: [ОВД Мытищинского района Московской области,"
    " 18.04.2003], код 502-094.",
    "Оператор: Дата выдачи?\nКлиент: [22 декабря 2013]",
    "Оператор: Когда выдан паспорт?\nКлиент: Сейчас... [12 мая 2010 года].",
    "(00:38) Оператор: Кем выдан?\n(00:39) Клиент: [ГУ МВД России по Московской области, 12"
    " сентября 2017 года].",
]
COUNTER_EXAMPLES = [
    "spk_1: Там номер 0554721, выдано 22.10.2024.\nspk_0: Хранение у посылки до 2 ноября.",
    "Оператор: Когда выдан кредит?\nКлиент: 12 мая 2020 года.",
    "Оператор: Когда вам выдали карту?\nКлиент: 22 декабря 2013",
    "Оператор: Назовите дату рождения и дату выдачи.\nКлиент: 12.03.1985, 14.05.2005",
    "Оператор: Паспорт выдан давно?\nКлиент: Нет, в прошлом году поменяла, после свадьбы, и"
    " ещё ездила в отпуск, потом переезжала, и вот только к 12 мая 2023 всё доделала, долго"
    " было, очереди, справки, вы не представляете сколько времени это всё заняло у меня.",
]
