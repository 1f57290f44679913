"""Dates as Russians write and say them, read into day, month and year.

Written: «12.03.1985», «12/03/85», «1985-03-12», «12 марта 1985 года», «12 марта 1985 г.», «в
марте 1985», «1985 года», «12.03». Said, after `redactor.detect.normalize` turned number words into
digits: «12-го марта 85-го года», «12-е 3-е 85-го», «в 85-м году», «12 03 85», and digits said one
by one that the normalizer wrote together («два ноль один ноль шесть» → «20106»: 2.01.06). A date's span takes in its «года»/«г.», so that a
year said alone is more than one number (the spoken path keeps no finding inside one year).
Whether a date is a birth date or a card's expiry is for the recognizers to judge.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# Month stems: genitive («марта»), prepositional («в марте»), nominative («март»).
MONTH_STEMS = "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split()
# A month's name in any of those cases, as a regex to build on.
MONTH = r"""(?<!\w)(?:
        (?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяеюё]
      | (?:март|август)[аеу]? | ма[йяею]
    )(?!\w)"""
ORDINAL = r"(?:-?(?:го|ого|е|ое|й|ый|ой|м|ом|я|ья|ье|ее|его))?"  # «12-го», «85-м», «3-е»
# «года», «году», «год», «г.», but not the «г.» of «г.р.» (a cue, which stays).
YEAR_WORD = r"(?:[ ]+год(?:а|у|ом)?(?!\w)|[ ]?г(?!\.?[ ]?р(?:\b|\.))\.?(?!\w))"

# A year said by its place: «третье октября этого года» (a child born this year).
RELATIVE_YEAR = r"[ ]+(?:этого|прошлого|позапрошлого|текущего|того[ ]+же)[ ]+года(?!\w)"
DATE = re.compile(
    rf"""(?<![\w,/-])(?<!\d\.)                                 # «д.р.12.03.1985» too
    (?:
        (?P<day>\d{{1,2}})(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep)     # 12.03.1985, 12/03/85
        (?P<year1>\d{{4}}|\d{{2}})(?:(?=г(?![^\W\d_]))|(?![\w]|[.,/-]\d))  # 1985г.
      | (?P<year0>\d{{4}})-(?P<month0>\d\d)-(?P<day0>\d\d)(?![\w]|[.,/-]\d)  # 1985-03-12
      | (?P<day2>\d{{1,2}}){ORDINAL}[ ]+(?P<month_name>{MONTH})          # 12 марта, 12-го марта
        (?:[ ]+(?P<year2>\d{{4}}|\d{{2}}){ORDINAL}(?!\w|[.,:/-]\d)     # 1985, 85-го
          |{RELATIVE_YEAR})?                                         # этого года
      | (?P<day3>\d{{1,2}})-\w{{1,3}}[ ]+(?:0[ ]?)?(?P<month3>\d{{1,2}})(?:-\w{{1,3}})?  # 12-е 3-е, 15-е 08
        [ ]+(?P<year3>\d{{4}}|\d{{2}}){ORDINAL}(?!\w)                            # 85-го
      | (?P<day4>\d{{1,2}})[ ](?P<month4>0[ ]?\d|1[0-2])[ ](?P<year4>\d{{4}}|\d{{2}})(?!\w|[ ]\d)
                                                                      # 12 03 1985, said
      | (?P<day5>\d{{1,2}})\.(?P<month5>\d{{2}})(?![\w]|[.,:/-]\d)   # 12.03: a day without year
      | (?P<packed>\d(?:[ ]?\d){{4,7}})(?![\w]|[.,:/-]\d|[ ]\d)  # 120385, said: «два ноль один ноль
                                                         # шесть» → 20106 (2.01.06)
      | (?P<month_name6>{MONTH})[ ]+(?P<year6>\d{{4}}|\d{{2}}(?=-)){ORDINAL}(?!\w)  # марте 1985
      | (?P<year7>\d{{4}}|\d{{2}}(?=-\w|{YEAR_WORD})){ORDINAL}(?=\b|{YEAR_WORD})   # 1985, 85-м
    )
    (?P<word>{YEAR_WORD})?""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Date:
    start: int
    end: int
    day: int | None
    month: int | None
    year: str | None  # as written: two or four digits

    @property
    def whole(self) -> bool:
        return self.day is not None and self.month is not None

    def full_year(self, today: datetime.date) -> int | None:
        """The year with its century, in the past: «85» is 1985, «05» 2005."""
        if self.year is None:
            return None
        year = int(self.year)
        if len(self.year) == 4:
            return year
        return year + (2000 if year <= today.year % 100 else 1900)

    def slip(self) -> bool:
        """Whether an invalid date is one a slip makes: a day of 1–31 in a month of 1–12."""
        return (
            self.day is not None
            and self.month is not None
            and 1 <= self.day <= 31
            and 1 <= self.month <= 12
        )

    def valid(self) -> bool:
        """Whether day and month exist (29 February is allowed without a year)."""
        if self.day is None or self.month is None:
            return self.month is None or 1 <= self.month <= 12
        try:
            datetime.date(2000, self.month, self.day)
        except ValueError:
            return False
        return True


def dates(text: str, loose: bool = False) -> list[Date]:
    """The dates in `text`, in order; with `loose`, also those whose day the month lacks
    («31 июня», «30.02.1990»: a slip in a date said or typed, still a date)."""
    return [d for m in DATE.finditer(text) if (d := _date(m)).valid() or (loose and d.slip())]


def _date(m: re.Match) -> Date:
    if m.group("packed"):
        return _packed(m)
    day = _first(m, "day0 day day2 day3 day4 day5")
    month = _first(m, "month0 month month3 month4 month5")
    name = _first(m, "month_name month_name6")
    year = _first(m, "year0 year1 year2 year3 year4 year6 year7")
    month = _month(name) if name else int(month.replace(" ", "")) if month else None
    return Date(m.start(), m.end(), int(day) if day else None, month, year)


def _first(m: re.Match, groups: str) -> str | None:
    """The first of the named groups (one per form of the date) that matched."""
    return next((m.group(g) for g in groups.split() if m.group(g)), None)


def _packed(m: re.Match) -> Date:
    """A date in digits without separators: D MM YY, DD MM YY, D MM YYYY, DD MM YYYY."""
    digits = m.group("packed").replace(" ", "")
    day_digits = 2 - len(digits) % 2  # 5 and 7 digits: a one-digit day
    day, month = digits[:day_digits], digits[day_digits : day_digits + 2]
    return Date(m.start(), m.end(), int(day), int(month), digits[day_digits + 2 :])


def _month(name: str) -> int:
    name = name.lower()
    for number, stem in enumerate(MONTH_STEMS, 1):
        if name.startswith(stem) and (stem != "ма" or len(name) == 3):
            return number
    raise ValueError("not a month name")  # unreachable: MONTH matched it
