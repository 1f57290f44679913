"""DATE_OF_BIRTH: a date or a year of birth, written or said, next to a word that says so.

Any date form of `redactor.detect.dates` («12.03.1985», «12 марта 1985 года», «12-го марта 85-го года»
as the normalizer writes «двенадцатого марта восемьдесят пятого года») is a birth date only
beside a birth cue: «дата рождения», «д.р.», «родился», «1985 года рождения», «12.03.1985 г.р.».
Dates of payments, calls and deliveries have no such cue and stay. The cue must come right
before the date, with no other number between and no word of an operation («перевод»,
«выдан»), or in the question the date answers («Назовите дату рождения. ⏎ Клиент: 12.03.1985»),
or right after it. A birth date lies in the past, from 1900 on; a «день рождения» of this or
last year is a day something happened on.
"""

from __future__ import annotations

import datetime
import re

from redactor.detect import morph
from redactor.detect.dates import Date, dates
from redactor.detect.recognizers.answers import asked, words_start
from redactor.detect.recognizers.base import RuRecognizer
from redactor.entities import DATE_OF_BIRTH

CUED = 0.85
# A person's name and a comma right before a date: «Климова Ксения Владиславовна, 28.10.1944».
NAME_BEFORE = re.compile(
    r"(?:^|[:.!?—–\-]\s|[\s«\"(])(?P<name>(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+){0,3}"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s*,\s*$"
)
# Lowercase speech has neither capitals nor commas: a first name and a patronymic (and a
# surname before them) said right before a date: «сидоркина нина ефимовна второе февраля
# пятьдесят седьмого». Three words, each a name's («анна сергеевна, пятого мая двадцатого
# года вы оформили …» addresses a client: two words; «спасибо анна сергеевна» is not a surname).
SPOKEN_NAME_BEFORE = re.compile(
    r"(?:^|[\s:])(?P<name>(?:[а-яё]+\s+){2}[а-яё]+(?:вич|вна|чна|ична|оглы|кызы))\s*,?\s*$"
)
# A full name written without a comma: «Гареева Элина Ринатовна 05.05.2003» (a form's line).
FULL_NAME_BEFORE = re.compile(
    r"(?:^|[\s:])(?P<name>(?:[А-ЯЁ][а-яё]+\s+){2}[А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|оглы|кызы))"
    r"\s*,?\s*$"
)
NAME_SHARE = 0.3
YOUNGEST = 3
STAMP_TIME = re.compile(
    r",?[ T]\d{1,2}:\d\d"
)  # years: a date of the last few years after a name is an appointment  # a reading as a first name or a patronymic at least this likely
# Age before a date: «ему 26, 29.01.1998», «мне 30 лет, 12.03.1994», «сыну 12, …».
AGE_BEFORE = re.compile(
    r"(?<!\w)(?:мне|ему|ей|сыну|дочке|дочери|ребёнку|ребенку|маме|папе|мужу|жене)\s+\d{1,3}"
    r"(?:\s*(?:год|года|лет))?\s*,\s*(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
# Cues before a date; the last one before it, on its line or the line before, counts.
CUE_BEFORE = re.compile(
    r"""(?<!\w)(?:
        рожд(?!еств)\w*                   # дата/день/год рождения, рождён; not «Рождество»
      | родил(?:ся|ась|ись|\w{0,2})              # родился, родилась
      | д\.[ ]?р\.? | д/р | др | днюх\w* | дн\.[ ]?р\.?   # д.р., д/р, ДР, днюха
      | г\.[ ]?р\.?                              # г.р.
      | возраст\w*
    )(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# Cues right after a date: «1985 года рождения», «12.03.1985 г.р.», «85-го года рождения».
CUE_AFTER = re.compile(
    r"""[ ]*[,-]?[ ]*(?:
        рождени\w* | г\.?[ ]?р\.? | (?:я\ |он\ |она\ )?родил(?:ся|ась)
    )(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# Where a date is written, between its cue and it: «дата рождения в профиле: у вас указано …».
RECORD = re.compile(
    r"(?<!\w)(?:(?:в|во)\s+(?:профил|анкет|базе|систем|заявк|договор|карточк|паспорт|приложени"
    r"|личном\s+кабинет)\w*|(?:у\s+(?:вас|меня)\s+)?(?:указан\w*|записан\w*|значит\w*|стоит))"
    r"(?!\w)",
    re.IGNORECASE,
)
FILLER_GAP = re.compile(r"[ ,]*(?:(?:э+|м+|ну|так)[ ,]+)?", re.IGNORECASE)
MAX_WORDS_BETWEEN = 4  # «дата рождения у меня 12.03.1985», «родилась я в 1985 году»
WORD = re.compile(r"[^\W\d_]+")
BREAK = re.compile(r"[.!?;]\s|\n")  # the end of a sentence or a line between cue and date
# What may stand between a question with the cue and the date that answers it: a speaker's tag,
# a word of assent. «Оператор: назовите дату рождения. Клиент: да, 12.03.1985».
ANSWER = re.compile(
    r"""\s*(?:[^\W\d_]+[ ]?:)?
        (?:\s*(?:да|так|ага|конечно|пожалуйста|записывайте|у\ меня|моя|э+|ну|,))*\s*""",
    re.IGNORECASE | re.VERBOSE,
)
QUESTION_WORDS = 2  # after the cue in the question: «дату рождения ваша, пожалуйста?»
# Characters back from a date to its cue: a question's last words and an answer's tag and
# fillers fit; a cue further back belongs to another phrase (and a line of a thousand dates
# does not read the line back from each).
REACH = 160
BIRTHDAY = re.compile(r"(?<!\w)(?:день|дня|дню|днём|днем)\s+$", re.IGNORECASE)
# Words between a cue and a date that make the date another's: «родился в Москве, перевод от …».
OPERATION_WORD = re.compile(
    r"(?:перев[оеё]д|плат[её]ж|оплат|списа|заказ|договор|звон|достав|запис|визит|приём|прием"
    r"|выда[нч]|получ|сегодня|вчера|завтра|срок|акци|бонус|скидк|банк|компани|магазин)\w*"
    r"|до|с|по|от",
    re.IGNORECASE,
)


class BirthDateRecognizer(RuRecognizer):
    ENTITY = DATE_OF_BIRTH
    READS_SPOKEN_NUMBERS = True  # «двенадцатого марта восемьдесят пятого» → «12-го марта 85-го»
    # A number said with «тысяча» or as an ordinal is data here too («в восемьдесят пятом»,
    # «пин тысяча двести тридцать четыре»): `redactor.detect.spoken` should not drop it as a quantity.
    READS_QUANTITIES = True
    EXAMPLES = [
        "Дата рождения: [12.03.1985], паспорт при себе.",
        "Клиент: д/р [12/03/85], проверьте.",
        "Д.р. [01.01.1990]",
        "Я родился [12 марта 1985 года] в Казани.",
        "Родилась [12 марта 1985 г.], прописка московская.",
        "ДР [12.03], поздравьте её.",
        "Иванов Пётр, [1985 года] рождения, обратился в отделение.",
        "Петрова А. С., [12.03.1985] г.р.",
        "Дата рождения у меня [7 ноября 1979], а карта на мужа.",
        "родился [12.03.1985]г., д.р.[12.03.1985]",
        "Дата рождения: [1985-03-12].",
        "Сын родился в [марте 2015 года], хотим оформить детскую карту.",
        "Я [1999 г.] рождения, мне кредит дадут?",
        "Родился я в [1985 году], прописан в Туле.",
        "Дата рождения [25.12.1990], номер договора 123456.",
        "день рождения [15 июня], подарок от банка будет?",
        "Оператор: ФИО и дату рождения.\nКлиент: Яковлева Снежана Игоревна, [31 июня 1993].",
        "Оператор: Дата рождения?\nКлиент: [30.02.1990]",
        "Гареева Элина Ринатовна [05.05.2003]",
        "Проблема в дате рождения в профиле: у вас указано [03.11.1992], исправьте.",
        "День рождения у сына [15 марта], доставим 16 марта.",
        # Said, through the normalizer.
        "родился [двенадцатого марта восемьдесят пятого года]",
        "дата рождения [двенадцатое марта тысяча девятьсот восемьдесят пятого года]",
        "клиентка [восемьдесят девятого года] рождения просит рассрочку",
        "родился в [восемьдесят пятом году] в ленинграде",
        "дата рождения [двадцать пятое двенадцатого тысяча девятьсот девяностого]",
        "родилась [первого января двухтысячного года] в москве",
        # «первое», «второе» before a month are a day («первое блюдо» is not).
        "дата рождения [первое декабря девяносто шестого]",
        "Зайнуллин Ильдар Рафаэлевич, [второе марта восемьдесят второго].",
        "я [тысяча девятьсот восемьдесят пятого года] рождения",
        "дата рождения [двенадцать ноль три восемьдесят пять]",
        "Оператор: назовите дату рождения.\nКлиент: [12.03.1985]",
        "назовите дату рождения клиент [двенадцатое марта восемьдесят пятого]",
        # An answer anywhere in the turns after the question, beside other answers.
        "00:00:12 Оператор: Назовите ФИО и дату рождения.\n00:00:15 Клиент: Угу.\n"
        "00:00:19 Клиент: Климова Ксения Владиславовна, [28.10.1944].",
        "spk_0: фамилия имя отчество и дата рождения\nspk_1: петров иван [пятое мая семьдесят пятого]",
        "Оператор (15:27): Назовите дату рождения.\nКлиент (15:28): [3 февраля 1995 года].",
        # A person said with their name or their age: who they are, not an event.
        "Клиент: Я и жена. Мельник Валентина Ивановна, [12 мая 1974].",
        "spk_1: Варвара, [23.05.2016], свидетельство III-ЛО 618203.",
        "Ефремова Ульяна Сергеевна, [4 июля 1994], сейчас в декрете.",
        "нет, ему 26, [29.01.1998]",
        "ему 12, [8 мая 2012] если надо",
        "оператор: дата рождения\nклиент: [две тысячи пятого года эээ седьмого июня]",
        "s1: сколько вам лет\ns2: двадцать шесть [четвёртого августа девяносто восьмого]",
        "s2: миннуллина эльвира айратовна [первое декабря девяносто шестого]",
        "клиент: сидоркина нина ефимовна [второе февраля пятьдесят седьмого]",
        # the year first, then the day
        "клиент: гусейнов рустам эльчинович [двухтысячного года одиннадцатое марта] права",
        "клиент: кочетков матвей александрович [две тысячи пятнадцатого года восемнадцатое мая]",
        # A day said as an ordinal, the month as a number: «пятнадцатое, ноль восемь, …».
        "Оператор: Дата рождения?\nКлиент: [Пятнадцатое, ноль восемь, девяносто второго].",
        # The answer put off: the operator's turn since asks nothing.
        "Оператор: Дату рождения подскажите?\nКлиент: А, да. Сейчас. Сколько я сэкономлю?\n"
        "Оператор: Я посчитаю после идентификации.\n"
        "Клиент: [Одиннадцатое, ноль седьмое, восемьдесят девятый].",
        # Read back in another form: the same day.
        "Клиент: [Девятое января двухтысячного], дата рождения [09.01.2000].\n"
        "Оператор: Так, [09.01.2000]. Опыт у вас был?",
    ]
    COUNTER_EXAMPLES = [
        "Перевод от 12.03.2024 на сумму 5 000 руб.",
        "Доставка 31.06 невозможна, такого дня нет.",
        "Записала Иванову Анну Сергеевну 05.05.2025 на приём.",  # an appointment of this year
        "Иванова Анна, 30.02.1990 — ошибка в анкете оператора.",  # a slip needs a birth cue
        "Доставим 15 марта с 10:00 до 14:00.",
        "Звонили двенадцатого марта, никто не ответил.",
        "Договор от 01.02.2020 расторгнут.",
        "Платёж 12/03/24 не прошёл, карта заблокирована.",
        "Родился сын, перевод от 12.03.2024 мне вернут?",
        "Дата рождения указана неверно, исправьте, запись на 15.03.2025.",
        "Дата рождения указана, а у сына 15 марта был звонок.",
        "Паспорт выдан 12.03.2010, дата рождения в анкете верная.",
        "звонили двенадцатого марта двадцать четвёртого года",
        "доставка пятнадцатого марта в десять утра",
        "дата рождения верна, на первое суп, на второе котлеты",
        "Родился в 2030 году?",  # a birth lies in the past
        "Дата рождения 31.02.1985 не существует.",  # no such day
        "Возраст 39 лет, стаж 15 лет.",
        "Курс стоит 1985 рублей, урок в 18:30.",
        "Заказ 1985 года выпуска, артикул 12.03.85.",
        "На Рождество 7 января офис закрыт.",
        "Оплатил 1985 р. за доставку.",
        "В день рождения 12.03.2025 начислили бонусы.",
        "По случаю дня рождения банка 12.03 скидки.",
        "Назовите дату рождения.\nКлиент: сейчас, перевод от 12.03.2024 найду.",
        "Оператор: Когда был платёж?\nКлиент: 12.03.2024, вечером.",  # another question
        "пятое число 12 человек",
        "Оператор: Дату рождения и дату выдачи паспорта.\nКлиент: выдан 12.03.2010.",
        "Так, 09.01.2000 — это дата договора.",
        "Клиент: маме на др что подарить?\n2024-10-14 09:34:52\nOzon: Мини-розы.",
        "Иван, 15.03 приходите к девяти.",  # no year: a day to come
        "Москва, 12.03.2010, МФЦ на Тверской.",  # a city, not a person
        "Спасибо, 12.03.2010 оплатил.",
        "иван петрович пятнадцатого марта приходите к девяти",  # no year: a day to come
        "нина ефимовна звонила",  # no date
        "s1: сколько лет машине\ns2: с четвёртого августа девяносто восьмого",
        "анна сергеевна пятого мая двадцатого года вы оформили кредит",  # addressed, no surname
        "спасибо анна сергеевна пятого мая двадцатого года вы оформили кредит",
        "спасибо нина второе февраля пятьдесят седьмого",  # a first name alone, no patronymic
        "анна сергеевна двадцатого года пятого мая вы оформили кредит",  # addressed, no surname
        "кочетков матвей александрович в две тысячи пятнадцатом году восемнадцатое мая приехал",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        today = datetime.date.today()
        results, born, rest = [], set(), []
        for date in _year_first(text, dates(text, loose=True)):
            if not date.valid():
                # «31 июня 1993» answering «дата рождения?»: a slip, still the person's birth
                # date. Only an answer says so: «Дата рождения 31.02.1985 не существует» is
                # about a date, not a person's.
                if _slip_in_past(date, today) and _cue(text, date) in ANSWERS:
                    results.append(self.result(date.start, date.end, CUED, "a birth date slipped"))
                continue
            if not _in_past(date, today) or STAMP_TIME.match(text, date.end):
                continue  # «2024-10-14 09:34:52»: a message's time stamp
            why = _cue(text, date) or _beside_person(text, date, today)
            if why:
                results.append(self.result(date.start, date.end, CUED, why))
                if (date.full_year(today) or today.year) <= today.year - YOUNGEST:
                    born.add(_day(date, today))
            else:
                rest.append(date)
        # A birth date read back or repeated in another form («Девятое января двухтысячного» …
        # «Так, 09.01.2000») is the same person's birth date.
        for date in rest:
            if date.whole and date.year and _day(date, today) in born:
                results.append(self.result(date.start, date.end, CUED, "a birth date repeated"))
        return _joined(text, results)


def _year_first(text: str, found: list[Date]) -> list[Date]:
    """`found`, with a year said before its day and month taken as one date: «двухтысячного
    года одиннадцатое марта» is 11.03.2000, as «одиннадцатое марта двухтысячного года» is."""
    out: list[Date] = []
    for date in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.year
            and last.day is None
            and last.month is None
            and date.whole
            and not date.year
            and FILLER_GAP.fullmatch(text, last.end, date.start)
        ):
            out[-1] = Date(last.start, date.end, date.day, date.month, last.year)
        else:
            out.append(date)
    return out


def _joined(text: str, results: list) -> list:
    """Birth dates with only a filler between them, one date said in two parts: «две тысячи
    пятого года эээ седьмого июня» (the year, then the day)."""
    results = sorted(results, key=lambda r: r.start)
    out = []
    for r in results:
        if out and FILLER_GAP.fullmatch(text, out[-1].end, r.start):
            out[-1].end = max(out[-1].end, r.end)
        else:
            out.append(r)
    return out


def _day(date: Date, today: datetime.date) -> tuple:
    return (date.day, date.month, date.full_year(today))


def _beside_person(text: str, date: Date, today: datetime.date) -> str | None:
    """A whole date with a year that follows a person: their name and a comma («Мельник
    Валентина Ивановна, 12 мая 1974», «Варвара, 23.05.2016») or their age («ему 26,
    29.01.1998»). Said so, a date is who the person is; dates of events follow a verb or a
    preposition («перевод от 12.03.2024», «приду 12.03»)."""
    if not (date.whole and date.year) or date.full_year(today) > today.year - YOUNGEST:
        return None
    line_start = max(text.rfind("\n", 0, date.start) + 1, date.start - REACH)
    before = text[line_start : date.start]
    if AGE_BEFORE.search(before):
        return "a date after the person's age"
    m = NAME_BEFORE.search(before)
    if m and _names(m.group("name")):
        return "a date after the person's name"
    m = SPOKEN_NAME_BEFORE.search(before) or FULL_NAME_BEFORE.search(before)
    if m and _names(m.group("name"), ordinary_allowed=0):
        return "a date after the person's full name"
    return None


def _names(words: str, ordinary_allowed: int = 1) -> bool:
    """Whether `words` (one to four capitalized words) are a person's name: each a word with a
    name's reading, a surname's or a patronymic's, or unknown to the dictionary, and one of them
    a first name or a patronymic."""
    infos = [morph.word_info(w) for w in WORD.findall(words)]
    parts = {r.part for i in infos for r in i.name_readings if r.score >= NAME_SHARE}
    ordinary = sum(i.known and not i.name_readings for i in infos)
    # «Мельник Валентина Ивановна»: a surname that is a word, beside a first name and a
    # patronymic.
    if ordinary > (ordinary_allowed if {"Name", "Patr"} <= parts else 0):
        return False
    return bool(parts & {"Name", "Patr"})


def _in_past(date: Date, today: datetime.date) -> bool:
    """Whether a date can be a living person's birth: from 1900 up to today."""
    year = date.full_year(today)
    if year is None:
        return date.whole  # «12 марта» after «день рождения»
    if not 1900 <= year <= today.year:
        return False
    if date.whole:
        try:
            return datetime.date(year, date.month, date.day) <= today
        except ValueError:  # 29 February of a common year
            return False
    return True


ANSWERS = ("birth cue in the question before the date", "answers a question about the birth date")


def _slip_in_past(date: Date, today: datetime.date) -> bool:
    """Whether a date whose day its month lacks has a living person's year, or none."""
    year = date.full_year(today)
    return year is None or 1900 <= year <= today.year


def _cue(text: str, date: Date) -> str | None:
    """The rule that makes a date a birth date, if any (never the date itself)."""
    # From the start of the line before («назовите дату рождения»), `REACH` back at most.
    window = max(date.start - REACH, 0)
    line = text.rfind("\n", window, date.start)
    previous = text.rfind("\n", window, line) if line >= 0 else -1
    cues = CUE_BEFORE.finditer(text, previous + 1 if previous >= 0 else window, date.start)
    cue = max(cues, key=re.Match.start, default=None)
    if cue is not None and not _celebrated(text, cue, date):
        between = text[cue.end() : date.start]
        breaks = list(BREAK.finditer(between))
        if not breaks and _close(between):
            return "birth cue before the date"
        if (
            len(breaks) == 1
            and len(WORD.findall(between, 0, breaks[0].start())) <= QUESTION_WORDS
            and ANSWER.fullmatch(between, breaks[0].end())
        ):
            return "birth cue in the question before the date"
    if CUE_AFTER.match(text, date.end):
        return "birth cue after the date"
    if DATE_OF_BIRTH in asked(text, date.start):
        before = WORD.findall(text, max(words_start(text, date.start), date.start - 40), date.start)
        if not any(OPERATION_WORD.fullmatch(w) for w in before[-MAX_WORDS_BETWEEN:]):
            return "answers a question about the birth date"
    return None


def _close(between: str) -> bool:
    """Whether what stands between a cue and a date leaves the date to the cue; where it is
    written («в профиле: у вас указано») does not count."""
    words = WORD.findall(RECORD.sub(" ", between))
    return (
        not any(c.isdigit() for c in between)
        and not ("," in between and words)  # «дата рождения верна, а 15 марта …»: another
        and len(words) <= MAX_WORDS_BETWEEN
        and not any(OPERATION_WORD.fullmatch(w) for w in words)
    )


def _celebrated(text: str, cue: re.Match, date: Date) -> bool:
    """«в день рождения 12.03.2025 начислили бонусы»: a birthday of this or last year is a day
    something happened on, not a birth."""
    year = date.full_year(datetime.date.today())
    return (
        year is not None
        and year >= datetime.date.today().year - 1
        and bool(BIRTHDAY.search(text, max(cue.start() - 8, 0), cue.start()))
    )
