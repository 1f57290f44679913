"""A seeded generator of short contact-center exchanges carrying Russian identifiers, with gold
spans, and the scoring of issue 4 («Every Russian personal identifier, validated»).

Each document is one to six lines of a chat (two in five: capitals, punctuation, digits) or of a
speech-recognition call (three in five: lowercase, no punctuation, numbers in words as
`benchmarks.asr` says them, a fifth of the values in digits as some engines write them). It holds
one to three identifiers:
RU_PASSPORT (series and number in every spacing, «серия … номер …», foreign passports, birth
certificates, department codes), RU_SNILS, RU_INN (10 and 12 digits), RU_OMS (the 16-digit ЕНП),
RU_DRIVER_LICENSE, RU_VEHICLE_PLATE, RU_BANK_ACCOUNT (20 digits, half of them with the bank's БИК
nearby), IBAN_CODE, CARD_EXPIRY, SECRET (one-time codes, PINs, CVV, code words), DATE_OF_BIRTH
(after a birth cue only), IP_ADDRESS, URL (personal links), HANDLE, PHONE_NUMBER, CREDIT_CARD;
and one or two hard negatives labelled KEEP: 16–20-digit order, transaction and contract
numbers that fail the card, account and ОМС checksums, 10- and 12-digit numbers that fail the
INN checksum, amounts, times, dates of operations, version numbers, public links, БИК, КПП,
promo codes and short order numbers.

Every checksum here is written from its public specification, not taken from the recognizers,
so that the benchmark is an independent oracle: SNILS (ПФР, постановление № 192п), INN-10 and
INN-12 (ФНС, приказ № ММВ-7-6/435@), the ЕНП of an ОМС policy (ФФОМС, приказ № 79: HL7 Mod10),
the key of a bank account with the bank's БИК (Банк России, положение № 579-П), Luhn (ISO/IEC
7812-1) and IBAN (ISO 13616, ISO 7064 mod 97-10).

A gold span has a `form` («digits» or «spoken»), a `kind` (the layout or the way it was said)
and a `value`: the parts of one value («серия 4512 номер 345678» is two parts, the words between
them need not be masked) share it, and the value counts as protected when all its parts are.

    python -m benchmarks.identifiers [--seed N] [-n 500] [--out PATH]
"""

from __future__ import annotations

import argparse
import random
import string
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.asr import cardinal, ordinal, runs_on, say
from benchmarks.generate import MOBILE_FORMATS, MONTHS, mobile, random_digits, write_jsonl
from redactor.entities import (
    CARD_EXPIRY,
    CREDIT_CARD,
    DATE_OF_BIRTH,
    HANDLE,
    IBAN_CODE,
    IP_ADDRESS,
    PHONE_NUMBER,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
    RU_VEHICLE_PLATE,
    SECRET,
    URL,
)
from redactor.evaluate import Document, LabelScore, Span, evaluate
from redactor.finding import Finding

SEEDS = {"development": 20261123, "held out": 20261124}
DOCUMENTS = 400
OUT = Path(__file__).resolve().parent / "out"
KEEP = "KEEP"
DIGITS, SPOKEN = "digits", "spoken"
FORMS = (DIGITS, SPOKEN)
# The floors: checksum-validated entities written in digits, and said in words.
CHECKSUMMED = (RU_SNILS, RU_INN, RU_OMS, RU_BANK_ACCOUNT, CREDIT_CARD, IBAN_CODE)
DIGITS_FLOOR = 0.99
SPOKEN_FLOOR = 0.97
WITH_BIK = "with БИК"  # the bank account floor counts the accounts with their БИК nearby
ASR_SHARE = 0.6  # the share of ASR calls among the documents, the rest are chats
ASR_DIGITS = 0.2  # the share of values an ASR engine writes in digits

# --- checksums, from the public specifications ----------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn: from the right, every second digit doubled (its digits summed); the total ends in 0."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    return next(d for d in string.digits if luhn_ok(body + d))


def snils_key(nine: str) -> str:
    """СНИЛС: the digits weighted 9…1 from the left; a sum under 100 is the key, 100 and 101
    give 00, a larger one is taken mod 101 first (a remainder of 100 gives 00 as well)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_ok(digits: str) -> bool:
    # The key is defined only for numbers above 001-001-998.
    return len(digits) == 11 and int(digits[:9]) > 1001998 and snils_key(digits[:9]) == digits[9:]


INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN11_WEIGHTS = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10)


def inn_ok(digits: str) -> bool:
    """ИНН: a company's 10 digits end in one check digit, a person's 12 in two."""
    if len(digits) == 10:
        return _inn_digit(digits[:9], INN10_WEIGHTS) == digits[9]
    if len(digits) == 12:
        return (
            _inn_digit(digits[:10], INN11_WEIGHTS) == digits[10]
            and _inn_digit(digits[:11], INN12_WEIGHTS) == digits[11]
        )
    return False


def hl7_mod10(body: str) -> str:
    """ЕНП ОМС, HL7 Mod10: the digits in odd places counted from the right, read right to left,
    make a number that is doubled; the even-placed ones, read the same way, are written before
    it; the check digit brings the sum of all these digits up to a multiple of ten."""
    odd, even = body[::-1][0::2], body[::-1][1::2]
    total = sum(int(c) for c in even + str(int(odd) * 2))
    return str(-total % 10)


def oms_ok(digits: str) -> bool:
    return len(digits) == 16 and hl7_mod10(digits[:15]) == digits[15]


def account_sum(bik: str, account: str) -> int:
    """The last digits of the 23 products of «БИК's last three + account» by 7 1 3 7 1 3 …"""
    return sum(int(d) * (7, 1, 3)[i % 3] % 10 for i, d in enumerate(bik[-3:] + account))


def account_key(bik: str, account: str) -> str:
    """The key (the 9th digit) that makes the account valid at the bank with this БИК."""
    zeroed = account[:8] + "0" + account[9:]
    return str(account_sum(bik, zeroed) % 10 * 3 % 10)


def account_ok(bik: str, account: str) -> bool:
    return len(account) == 20 and account_sum(bik, account) % 10 == 0


def iban_ok(iban: str) -> bool:
    """IBAN: the first four characters moved to the end, letters as 10–35, mod 97 gives 1."""
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


# --- speaking -------------------------------------------------------------------------------

SPOKEN_GROUPINGS = ("layout", "pairs", "digit by digit", "mixed")
FILLER = 0.1  # the chance of a filler word inside a dictated number
FILLERS = ["э", "ээ", "так", "сейчас", "м"]


def spoken(
    digits: str, sizes: Iterable[int], rng: random.Random, how: str = "", filler: float = FILLER
) -> tuple[str, str]:
    """`digits` said in groups: the layout's own groups (`sizes`), pairs, digit by digit, or
    groups of two and three; a four-digit group as a thousand or as two pairs. Groups that read
    on into each other without the pause between them («сто | пять» is also 105) are tagged
    «run together» in the returned kind; with the chance `filler`, a filler word sits between
    two groups («ээ»), tagged «filler inside»."""
    how = how or rng.choice(SPOKEN_GROUPINGS)
    if how == "digit by digit":
        groups = [[word] for word in say(digits, "digits")]
    else:
        if how == "pairs":
            sizes = [2] * (len(digits) // 2) + [1] * (len(digits) % 2)
        elif how == "mixed":
            sizes = []
            while sum(sizes) < len(digits):
                sizes.append(min(rng.choice((2, 3)), len(digits) - sum(sizes)))
        groups, pos = [], 0
        for size in sizes:
            group = digits[pos : pos + size]
            pos += size
            groups.append(say(group, rng.choice(["words", "pairs"]) if size == 4 else "words"))
        if any(runs_on(a[-1], b[0]) for a, b in zip(groups, groups[1:], strict=False)):
            how += ", run together"
    if len(groups) > 2 and rng.random() < filler:
        groups.insert(rng.randint(1, len(groups) - 1), [rng.choice(FILLERS)])
        how += ", filler inside"
    return " ".join(w for g in groups for w in g), how


def grouped(digits: str, sizes: Iterable[int], sep: str = " ") -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(digits[pos : pos + size])
        pos += size
    return sep.join(out)


# --- values ---------------------------------------------------------------------------------

Part = tuple[str, bool]  # text, and whether it is part of the value (False: words between)


@dataclass
class Value:
    parts: list[Part]
    form: str
    kind: str


def whole(text: str, form: str, kind: str) -> Value:
    return Value([(text, True)], form, kind)


def asr_digits(rng: random.Random) -> bool:
    return rng.random() < ASR_DIGITS


REGIONS = ["45", "46", "40", "50", "60", "65", "92", "03", "04", "52", "80", "71", "36", "63"]


def passport(rng: random.Random, asr: bool) -> Value:
    series = rng.choice(REGIONS) + f"{rng.randint(0, 25):02d}"
    number = f"{rng.randint(100000, 999999)}"
    which = rng.choices(["internal", "foreign", "birth", "department"], [6, 2, 1, 1])[0]
    if which == "foreign":
        series, number = rng.choice(["75", "76", "77", "72", "65"]), random_digits(rng, 7)
        if asr and not asr_digits(rng):
            s, _ = spoken(series, [2], rng, "layout")
            n, how = spoken(number, [3, 2, 2], rng)
            return whole(f"{s} {n}", SPOKEN, f"foreign, {how}")
        written = rng.choice(["{s} {n}", "{s}{n}", "{s} № {n}"]).format(s=series, n=number)
        return whole(written, DIGITS, "foreign")
    if which == "birth":
        roman = rng.choice(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"])
        letters = "".join(rng.choice("АВЕКМНОРСТЮЯИЛ") for _ in range(2))
        layout = rng.choice(["{r}-{l} {n}", "{r}-{l} №{n}", "{r}-{l} № {n}", "{r} {l} {n}"])
        written = layout.format(r=roman, l=letters, n=number)
        written = written.lower().replace("-", " ").replace("№", "") if asr else written
        return whole(" ".join(written.split()), DIGITS, "birth certificate")
    if which == "department":
        code = rng.choice(["770", "772", "500", "780", "160", "540", "660", "230"]) + random_digits(
            rng, 3
        )
        if asr and not asr_digits(rng):
            text, how = spoken(code, [3, 3], rng, rng.choice(["layout", "digit by digit"]))
            return whole(text, SPOKEN, f"department code, {how}")
        layout = rng.choice(["{a}-{b}", "{a}-{b}", "{a} {b}", "{a}{b}"])
        return whole(layout.format(a=code[:3], b=code[3:]), DIGITS, "department code")
    if asr and not asr_digits(rng):
        s, _ = spoken(series, [2, 2], rng, rng.choice(["layout", "layout", "digit by digit"]))
        n, how = spoken(number, [3, 3], rng)
        if rng.random() < 0.5:
            parts = [("серия", False), (s, True), ("номер", False), (n, True)]
            return Value(parts, SPOKEN, f"серия … номер …, {how}")
        return whole(f"{s} {n}", SPOKEN, f"in a row, {how}")
    layout = rng.choice(
        ["{s} {n}", "{a} {b} {n}", "{s}{n}", "{a} {b} № {n}", "{s} №{n}", "{a}{b} {n}", "split"]
    )
    if layout == "split":
        return Value(
            [("серия", False), (rng.choice([series, f"{series[:2]} {series[2:]}"]), True),
             (rng.choice(["номер", "№"]), False), (number, True)],
            DIGITS, "серия … номер …",
        )  # fmt: skip
    written = layout.format(s=series, a=series[:2], b=series[2:], n=number)
    return whole(written, DIGITS, "series and number")


def snils_number(rng: random.Random) -> str:
    nine = f"{rng.randint(1002000, 999999999):09d}"
    return nine + snils_key(nine)


def snils(rng: random.Random, asr: bool) -> Value:
    digits = snils_number(rng)
    if asr and not asr_digits(rng):
        text, how = spoken(digits, [3, 3, 3, 2], rng)
        return whole(text, SPOKEN, how)
    layout = rng.choice(["{a}-{b}-{c} {d}", "{a}-{b}-{c} {d}", "{a}-{b}-{c}-{d}", "{all}",
                         "{a} {b} {c} {d}"])  # fmt: skip
    a, b, c, d = digits[:3], digits[3:6], digits[6:9], digits[9:]
    kind = layout.format(a="XXX", b="XXX", c="XXX", d="YY", all="solid")
    return whole(layout.format(a=a, b=b, c=c, d=d, all=digits), DIGITS, kind)


def inn_number(rng: random.Random, length: int) -> str:
    body = rng.choice(["77", "50", "78", "16", "66", "54", "52", "23", "02", "61"])
    body += random_digits(rng, length - 2 - (1 if length == 10 else 2))
    if length == 10:
        return body + _inn_digit(body, INN10_WEIGHTS)
    body += _inn_digit(body, INN11_WEIGHTS)
    return body + _inn_digit(body, INN12_WEIGHTS)


def inn(rng: random.Random, asr: bool) -> Value:
    length = rng.choice([12, 12, 10])
    digits = inn_number(rng, length)
    sizes = [4, 2, 4] if length == 10 else [4, 4, 4]
    if asr and not asr_digits(rng):
        text, how = spoken(digits, sizes, rng)
        return whole(text, SPOKEN, f"{length}, {how}")
    spaced = length == 12 and rng.random() < 0.2  # «7728 1234 5678»
    return whole(grouped(digits, sizes) if spaced else digits, DIGITS, f"{length} digits")


def oms_number(rng: random.Random) -> str:
    body = rng.choice(["77", "50", "78", "16", "66", "54"]) + random_digits(rng, 13)
    return body + hl7_mod10(body)


def oms(rng: random.Random, asr: bool) -> Value:
    digits = oms_number(rng)
    if asr and not asr_digits(rng):
        text, how = spoken(digits, [4, 4, 4, 4], rng)
        return whole(text, SPOKEN, how)
    solid = rng.random() < 0.6
    return whole(digits if solid else grouped(digits, [4] * 4), DIGITS, "solid" if solid else "4-4")


# Public БИК of Russian banks (Сбербанк, Т-Банк, Альфа-Банк, ВТБ, Райффайзен, Газпромбанк…).
BIKS = ["044525225", "044525974", "044525593", "044525187", "044525700", "044525823",
        "044030653", "049205603", "046577674", "045004641", "044525411", "044525092"]  # fmt: skip
ACCOUNT_PREFIXES = ["40817", "40817", "40817", "42301", "42307", "40820", "42305"]


def account_number(rng: random.Random, bik: str) -> str:
    draft = rng.choice(ACCOUNT_PREFIXES) + "810" + "0" + random_digits(rng, 11)
    return draft[:8] + account_key(bik, draft) + draft[9:]


def bank_account(rng: random.Random, asr: bool, bik: str | None) -> Value:
    digits = account_number(rng, bik or rng.choice(BIKS))
    kind = WITH_BIK if bik else "alone"
    if asr and not asr_digits(rng):
        text, how = spoken(digits, [5, 3, 1, 4, 7], rng, rng.choice(["pairs", "digit by digit",
                                                                    "mixed"]))  # fmt: skip
        return whole(text, SPOKEN, f"{kind}, {how}")
    solid = rng.random() < 0.7
    return whole(digits if solid else grouped(digits, [5, 3, 1, 4, 7]), DIGITS, kind)


IBAN_COUNTRIES = {  # country: the BBAN as letters (a) and digits (n), ISO 13616 registry
    "DE": "8n10n", "KZ": "3n13n", "BY": "4a4n16n", "GB": "4a6n8n", "AE": "3n16n", "FR": "10n11n2n",
}  # fmt: skip


def iban_number(rng: random.Random) -> str:
    country = rng.choice(list(IBAN_COUNTRIES))
    bban, count = "", ""
    for c in IBAN_COUNTRIES[country]:
        if c.isdigit():
            count += c
            continue
        alphabet = string.ascii_uppercase if c == "a" else string.digits
        bban += "".join(rng.choice(alphabet) for _ in range(int(count)))
        count = ""
    return country + iban_check(country, bban) + bban


def iban(rng: random.Random, asr: bool) -> Value:
    code = iban_number(rng)
    spaced = rng.random() < 0.6
    written = " ".join(code[i : i + 4] for i in range(0, len(code), 4)) if spaced else code
    kind = ("groups" if spaced else "solid") + (", lowercase" if asr else "")
    return whole(written.lower() if asr else written, DIGITS, kind)


CARD_PREFIXES = ["2200", "2202", "2204", "4276", "4279", "5469", "5536", "4377", "2201"]


def card_number(rng: random.Random) -> str:
    body = rng.choice(CARD_PREFIXES) + random_digits(rng, 11)
    return body + luhn_digit(body)


def card(rng: random.Random, asr: bool) -> Value:
    digits = card_number(rng)
    if asr and not asr_digits(rng):
        text, how = spoken(digits, [4, 4, 4, 4], rng, rng.choice(["layout", "pairs",
                                                                  "digit by digit"]))  # fmt: skip
        return whole(text, SPOKEN, how)
    solid = rng.random() < 0.3
    return whole(digits if solid else grouped(digits, [4] * 4), DIGITS, "solid" if solid else "4-4")


def phone(rng: random.Random, asr: bool) -> Value:
    digits = mobile(rng)
    if asr and not asr_digits(rng):
        prefix = rng.choice(["восемь", "плюс семь", ""])
        text, how = spoken(digits, [3, 3, 2, 2], rng, rng.choice(["layout", "layout", "mixed"]))
        return whole(f"{prefix} {text}".strip(), SPOKEN, how)
    c, a, b, d = digits[:3], digits[3:6], digits[6:8], digits[8:]
    written = rng.choice(MOBILE_FORMATS).format(c=c, a=a, b=b, d=d)
    if asr:
        written = "8 " + grouped(digits, [3, 3, 2, 2])
    return whole(written, DIGITS, "mobile")


LICENCE_SERIES_LETTERS = "АВЕКМНОРСТУХ"


def driver_license(rng: random.Random, asr: bool) -> Value:
    region = rng.choice(["77", "99", "50", "78", "16", "66", "52", "61"])
    series, number = region + f"{rng.randint(0, 35):02d}", f"{rng.randint(0, 999999):06d}"
    if asr and not asr_digits(rng):
        s, _ = spoken(series, [2, 2], rng, "layout")
        n, how = spoken(number, [3, 3], rng)
        return whole(f"{s} {n}", SPOKEN, how)
    if rng.random() < 0.15:  # the old licence: two letters in the series
        letters = "".join(rng.choice(LICENCE_SERIES_LETTERS) for _ in range(2))
        written = f"{region} {letters.lower() if asr else letters} {number}"
        return whole(written, DIGITS, "old, with letters")
    layout = rng.choice(["{a} {b} {n}", "{a}{b} {n}", "{a}{b}{n}", "{a} {b} № {n}"])
    return whole(layout.format(a=series[:2], b=series[2:], n=number), DIGITS, "10 digits")


PLATE_LETTERS = {"А": "а", "В": "вэ", "Е": "е", "К": "ка", "М": "эм", "Н": "эн", "О": "о",
                 "Р": "эр", "С": "эс", "Т": "тэ", "У": "у", "Х": "ха"}  # fmt: skip


PLATE_REGIONS = ["77", "97", "99", "177", "197", "777", "799", "50", "150", "750", "78", "178",
                 "16", "116", "66", "196", "52", "152", "23", "123", "61"]  # fmt: skip


def vehicle_plate(rng: random.Random, asr: bool) -> Value:
    first, second, third = (rng.choice(list(PLATE_LETTERS)) for _ in range(3))
    digits = f"{rng.randint(1, 999):03d}"
    region = rng.choice(PLATE_REGIONS)
    if asr and not asr_digits(rng):
        said = " ".join(say(digits, rng.choice(["words", "digits"])))
        letters = [PLATE_LETTERS[x] for x in (first, second, third)]
        text = f"{letters[0]} {said} {letters[1]} {letters[2]} {cardinal(int(region))}"
        return whole(text, SPOKEN, "letters named")
    layout = rng.choice(["{a}{d}{b}{c}{r}", "{a}{d}{b}{c} {r}", "{a} {d} {b}{c} {r}",
                         "{a}{d}{b}{c}|{r}", "{a}{d}{b}{c} {r} RUS"])  # fmt: skip
    written = layout.format(a=first, b=second, c=third, d=digits, r=region)
    return whole(written.lower() if asr or rng.random() < 0.2 else written, DIGITS, "plate")


def card_expiry(rng: random.Random, asr: bool) -> Value:
    month, year = rng.randint(1, 12), rng.randint(25, 32)
    if asr and not asr_digits(rng):
        how = rng.choice(["numbers", "numbers", "month named"])
        if how == "month named":
            return whole(f"{MONTHS[month - 1]} {ordinal(2000 + year, 'gent')}", SPOKEN, how)
        said = f"{' '.join(say(f'{month:02d}'))} {cardinal(year)}"
        return whole(said, SPOKEN, how)
    layout = rng.choice(
        ["{m:02d}/{y}", "{m:02d}/{y}", "{m:02d}/20{y}", "{m:02d}.{y}", "{m:02d} {y}"]
    )
    if asr:
        layout = "{m:02d} {y}"
    return whole(layout.format(m=month, y=year), DIGITS, "MM/YY")


CODE_WORDS = ["Ромашка", "Барсик", "Черёмуха", "Солнышко", "Маргарита", "Байкал", "Тюльпан",
              "Незабудка", "Шарик", "Гагарин", "Лимонад", "Полярная звезда"]  # fmt: skip


def secret(rng: random.Random, asr: bool) -> tuple[Value, str]:
    """A secret and what it is: the template picks the cue words."""
    what = rng.choice(["sms", "sms", "pin", "cvv", "code word"])
    if what == "code word":
        word = rng.choice(CODE_WORDS)
        return whole(word.lower() if asr else word, SPOKEN if asr else DIGITS, what), what
    length = {"sms": rng.choice([4, 5, 6]), "pin": 4, "cvv": 3}[what]
    code = random_digits(rng, length)
    if asr and not asr_digits(rng):
        text, how = spoken(code, [2] * (length // 2) + [1] * (length % 2), rng,
                           rng.choice(["digit by digit", "digit by digit", "pairs"]))  # fmt: skip
        if what == "cvv":
            text = " ".join(say(code))
        return whole(text, SPOKEN, what), what
    return whole(code, DIGITS, what), what


YEAR_TENS = {5: "пятидесят", 6: "шестидесят", 7: "семидесят", 8: "восьмидесят", 9: "девяност"}


def year_genitive(year: int, rng: random.Random) -> str:
    """«восемьдесят пятого», «тысяча девятьсот девяностого», «две тысячи пятого»."""
    if year > 2000:
        return ordinal(year, "gent")
    tens, unit = divmod(year % 100, 10)
    short = f"{cardinal(tens * 10)} {ordinal(unit, 'gent')}" if unit else YEAR_TENS[tens] + "ого"
    return f"тысяча девятьсот {short}" if rng.random() < 0.5 else short


def birth_date(rng: random.Random, asr: bool) -> Value:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = rng.choice([rng.randint(1950, 1999), rng.randint(1950, 1999), rng.randint(2001, 2008)])
    if asr and not asr_digits(rng):
        how = rng.choice(["ordinal", "ordinal", "numbers"])
        if how == "numbers":
            said = [cardinal(day), *say(f"{month:02d}"), *say(f"{year % 100:02d}")]
            text = " ".join(said)
            return whole(text, SPOKEN, how)
        return whole(f"{ordinal(day, 'gent')} {MONTHS[month - 1]} {year_genitive(year, rng)}",
                     SPOKEN, how)  # fmt: skip
    layout = rng.choice(["{d:02d}.{m:02d}.{y}", "{d:02d}.{m:02d}.{y}", "{d:02d}.{m:02d}.{yy:02d}",
                         "{d} {month} {y}", "{d:02d}/{m:02d}/{y}"])  # fmt: skip
    if asr:
        layout = "{d} {month} {y}"
    written = layout.format(d=day, m=month, y=year, yy=year % 100, month=MONTHS[month - 1])
    return whole(written, DIGITS, "month named" if "{month}" in layout else "numeric")


def ip_address(rng: random.Random, asr: bool) -> Value:
    octets = [rng.choice([5, 31, 37, 46, 77, 78, 85, 91, 95, 109, 176, 188, 212, 217])] + [
        rng.randint(0, 255) for _ in range(3)
    ]
    if asr:
        said = " точка ".join(cardinal(o) for o in octets)
        return whole(said, SPOKEN, "v4")
    if rng.random() < 0.15:
        groups = ["2a02", f"{rng.randint(0, 0xFFFF):x}", f"{rng.randint(0, 0xFFFF):x}", "",
                  f"{rng.randint(1, 0xFFFF):x}"]  # fmt: skip
        return whole(":".join(groups), DIGITS, "v6")
    return whole(".".join(map(str, octets)), DIGITS, "v4")


def _token(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _nick(rng: random.Random) -> str:
    first = rng.choice(["ivan", "anna", "petrov", "olga", "sergey", "kate", "dima", "mariya",
                        "alex", "nikita", "irina", "smirnova"])  # fmt: skip
    second = rng.choice(["_petrov", ".ivanova", "_88", "2001", "_k", "_spb", "1990", "_m", ""])
    return first + second + rng.choice(["", str(rng.randint(1, 99))])


# Links that carry a personal token: a shared file, a reset or payment link, a personal site.
PERSONAL_LINKS = [
    "https://disk.yandex.ru/d/{t}", "https://drive.google.com/file/d/{t}/view",
    "https://lk.bank-online.ru/reset?token={t}", "https://cloud.mail.ru/public/{s}/{t}",
    "https://pay.school-online.ru/invoice/{t}", "https://{n}.tilda.ws",
    "https://docs.google.com/document/d/{t}/edit",
]  # fmt: skip


def url(rng: random.Random, asr: bool) -> Value:
    link = rng.choice(PERSONAL_LINKS).format(
        t=_token(rng, rng.randint(12, 28)), s=_token(rng, 4), n=_nick(rng).replace("_", "-")
    )
    return whole(link, DIGITS, "personal link")


def handle(rng: random.Random, asr: bool) -> Value:
    nick = _nick(rng)
    layout = rng.choice(["@{n}", "@{n}", "t.me/{n}", "https://t.me/{n}", "vk.com/id{id}",
                         "https://vk.com/{n}", "instagram.com/{n}", "{n}"])  # fmt: skip
    written = layout.format(n=nick, id=rng.randint(10_000, 900_000_000))
    return whole(written, DIGITS, "bare nick" if layout == "{n}" else "link or @")


# --- templates ------------------------------------------------------------------------------
# Lines «A: …» (agent) and «C: …» (client), «|» between them; {v} is the value. Chat templates
# are written, ASR ones as recognition prints them.

T = dict[str, list[str]]
# fmt: off
TEMPLATES: dict[str, T] = {
    RU_PASSPORT: {
        "chat": ["A: Продиктуйте, пожалуйста, серию и номер паспорта.|C: {v}",
                 "C: Паспорт {v}, выдан ГУ МВД России по г. Москве",
                 "A: Для оформления нужны паспортные данные.|C: Паспорт: {v}",
                 "C: мой паспорт {v} проверьте пожалуйста",
                 "C: Паспортные данные — {v}, прописка та же."],
        "asr": ["a: продиктуйте пожалуйста серию и номер паспорта|c: {v}",
                "c: паспорт {v} выдан в две тысячи десятом",
                "a: назовите паспортные данные|c: так паспорт {v}", "c: номер паспорта {v}"],
    },
    RU_SNILS: {
        "chat": ["A: Укажите, пожалуйста, СНИЛС.|C: {v}", "C: СНИЛС {v}",
                 "C: Мой СНИЛС — {v}, проверьте, пожалуйста.",
                 "A: Уточните номер страхового свидетельства.|C: {v}",
                 "C: снилс {v}, но он вроде старый"],
        "asr": ["a: продиктуйте пожалуйста снилс|c: {v}", "c: снилс {v}",
                "c: мой снилс {v} проверьте", "c: номер страхового свидетельства {v}"],
    },
    RU_INN: {
        "chat": ["A: Подскажите ваш ИНН.|C: {v}", "C: ИНН {v}", "C: Мой ИНН: {v}.",
                 "C: для вычета нужен ИНН {v}, он указан в заявлении",
                 "A: Проверяю ИНН {v}, всё верно?|C: Да."],
        "asr": ["a: подскажите ваш инн|c: {v}", "c: инн {v}", "c: мой инн {v} записали",
                "a: назовите идентификационный номер налогоплательщика|c: {v}"],
    },
    RU_OMS: {
        "chat": ["A: Продиктуйте номер полиса ОМС.|C: {v}", "C: Полис ОМС {v}",
                 "C: Номер полиса: {v}, выдан в 2021 году.", "C: ЕНП {v}",
                 "C: полис омс {v} прикрепите меня к поликлинике"],
        "asr": ["a: продиктуйте номер полиса омс|c: {v}", "c: полис омс {v}", "c: номер полиса {v}",
                "c: единый номер полиса {v}"],
    },
    RU_BANK_ACCOUNT: {
        "chat": ["A: Реквизиты для возврата?|C: Счёт {v}{bik}", "C: Номер счёта: {v}{bik}",
                 "C: Переведите на мой счёт {v}{bik}, пожалуйста.", "C: р/с {v}{bik}",
                 "A: Проверьте номер счёта получателя: {v}{bik}|C: Верно."],
        "asr": ["a: продиктуйте номер счета для возврата|c: {v}{bik}", "c: номер счета {v}{bik}",
                "c: переведите на мой счет {v}{bik}", "c: лицевой счет {v}{bik}"],
    },
    IBAN_CODE: {
        "chat": ["C: IBAN: {v}", "C: Мой счёт в Европе, IBAN {v}",
                 "A: Укажите IBAN получателя.|C: {v}", "C: Переведите на IBAN {v}, пожалуйста"],
        "asr": ["c: айбан {v}", "c: номер iban {v}"],
    },
    CREDIT_CARD: {
        "chat": ["A: Укажите номер карты для возврата.|C: {v}", "C: Карта {v}",
                 "C: Номер моей карты {v}, на неё и верните."],
        "asr": ["a: назовите номер карты полностью|c: {v}", "c: номер карты {v}",
                "c: карта {v} это мир"],
    },
    PHONE_NUMBER: {
        "chat": ["C: Мой телефон {v}", "A: Оставьте номер для связи.|C: {v}",
                 "C: Перезвоните на {v}, пожалуйста."],
        "asr": ["c: мой номер {v}", "a: оставьте номер для связи|c: {v}", "c: перезвоните на {v}"],
    },
    RU_DRIVER_LICENSE: {
        "chat": ["A: Номер водительского удостоверения?|C: {v}", "C: Права {v}",
                 "C: Водительское удостоверение {v}, категория B.", "C: ВУ: {v}"],
        "asr": ["a: продиктуйте номер водительского удостоверения|c: {v}", "c: права {v}",
                "c: водительское удостоверение {v} категория би"],
    },
    RU_VEHICLE_PLATE: {
        "chat": ["C: Госномер {v}", "A: Номер автомобиля?|C: {v}",
                 "C: Машина серая, номер {v}, стою у входа.", "C: гос номер {v}"],
        "asr": ["c: госномер {v}", "a: номер машины подскажите|c: {v}",
                "c: у меня машина номер {v} белая"],
    },
    CARD_EXPIRY: {
        "chat": ["C: Срок действия {v}", "C: Карта действует до {v}",
                 "A: Укажите срок действия карты.|C: {v}"],
        "asr": ["c: срок действия {v}", "c: карта действует до {v}",
                "a: назовите срок действия карты|c: {v}"],
    },
    DATE_OF_BIRTH: {
        "chat": ["A: Назовите дату рождения.|C: {v}", "C: Дата рождения {v}", "C: Я родилась {v}.",
                 "C: Родился {v} г.", "C: д.р. {v}"],
        "asr": ["a: назовите дату рождения|c: {v}", "c: дата рождения {v}",
                "c: я родилась {v} года", "c: родился {v} года"],
    },
    IP_ADDRESS: {
        "chat": ["C: Мой IP {v}, не пускает в личный кабинет", "C: IP-адрес: {v}",
                 "A: Скажите ваш внешний IP.|C: {v}"],
        "asr": ["c: айпи адрес {v}", "a: назовите ваш айпи|c: {v}"],
    },
    URL: {
        "chat": ["C: Вот ссылка на документы: {v}", "C: Скинул скан сюда {v}",
                 "A: Ссылка для сброса пароля: {v}"],
        "asr": [],
    },
    HANDLE: {
        "chat": ["C: Пишите в телеграм {v}", "C: Мой ник в телеге {v}", "C: Я есть в ВК: {v}",
                 "C: Инстаграм {v}"],
        "asr": [],
    },
}
# fmt: on
SECRET_TEMPLATES = {
    ("chat", "sms"): ["C: Код из СМС {v}", "C: Пришёл код {v}", "C: Код подтверждения: {v}"],
    ("chat", "pin"): ["C: Пин-код {v}, я его забыл сменить", "C: ПИН {v}"],
    ("chat", "cvv"): ["C: CVV {v}", "C: Код на обороте карты: {v}", "C: CVC {v}"],
    ("chat", "code word"): ["C: Кодовое слово — {v}", "A: Назовите кодовое слово.|C: {v}"],
    ("asr", "sms"): ["c: код из смс {v}", "c: пришел код {v}", "c: код подтверждения {v}"],
    ("asr", "pin"): ["c: пин код {v}", "c: пин {v}"],
    ("asr", "cvv"): ["c: cvv {v}", "c: код на обороте {v}", "c: цвц {v}"],
    ("asr", "code word"): ["c: кодовое слово {v}", "a: назовите кодовое слово|c: {v}"],
}
MAKERS: dict[str, Callable] = {
    RU_PASSPORT: passport, RU_SNILS: snils, RU_INN: inn, RU_OMS: oms, IBAN_CODE: iban,
    CREDIT_CARD: card, PHONE_NUMBER: phone, RU_DRIVER_LICENSE: driver_license,
    RU_VEHICLE_PLATE: vehicle_plate, CARD_EXPIRY: card_expiry, DATE_OF_BIRTH: birth_date,
    IP_ADDRESS: ip_address, URL: url, HANDLE: handle,
}  # fmt: skip
# Checksum-validated entities are drawn three times as often: their floors are the strictest.
WEIGHTS = {
    RU_SNILS: 3, RU_INN: 3, RU_OMS: 3, RU_BANK_ACCOUNT: 3, CREDIT_CARD: 2, IBAN_CODE: 2,
    RU_PASSPORT: 3, PHONE_NUMBER: 1, RU_DRIVER_LICENSE: 1, RU_VEHICLE_PLATE: 1, CARD_EXPIRY: 1,
    SECRET: 1.5, DATE_OF_BIRTH: 1.5, IP_ADDRESS: 1, URL: 0.7, HANDLE: 0.7,
}  # fmt: skip
NO_ASR = {URL, HANDLE}  # links and nicks are not dictated in this set

# --- negatives ------------------------------------------------------------------------------


def fails_all(digits: str, biks: Iterable[str]) -> bool:
    """A number no identifier check accepts: not a card, ЕНП, account, INN or СНИЛС."""
    if len(digits) >= 13 and luhn_ok(digits):
        return False
    if oms_ok(digits) or inn_ok(digits) or snils_ok(digits):
        return False
    return not (len(digits) == 20 and any(account_ok(b, digits) for b in biks))


def long_number(rng: random.Random, length: int, biks: Iterable[str]) -> str:
    while True:
        digits = rng.choice("123456789") + random_digits(rng, length - 1)
        if fails_all(digits, [*biks, *BIKS]):
            return digits


def number_value(digits: str, asr: bool, rng: random.Random, kind: str, spaced=True) -> Value:
    if asr and not asr_digits(rng):
        return whole(spoken(digits, [], rng, "mixed")[0], SPOKEN, kind)
    if spaced and not asr and rng.random() < 0.3:
        digits = grouped(digits, [4] * (len(digits) // 4) + [len(digits) % 4])
    return whole(digits.strip(), DIGITS, kind)


def order_long(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    length = rng.choice([16, 16, 18, 19, 20, 20])
    value = number_value(long_number(rng, length, biks), asr, rng, "order number, 16–20 digits")
    return value, ["Номер заказа {v}", "Номер транзакции: {v}", "Договор № {v} от вас",
                   "Трек-номер {v}", "ID операции {v}", "номер договора {v}",
                   "Счёт на оплату № {v}"]  # fmt: skip


def order_inn_shaped(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    digits = long_number(rng, rng.choice([10, 12]), biks)
    value = number_value(digits, asr, rng, "order number, 10/12 digits", spaced=False)
    return value, ["Номер заказа {v}", "Заявка № {v} создана", "номер обращения {v}"]


def amount_value(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    n = rng.choice([rng.randint(1, 99) * 100, rng.randint(1, 50) * 1000, rng.randint(100, 9999)])
    if asr:
        rub = "рублей" if n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14 else "рубля"
        if n % 10 == 1 and n % 100 != 11:
            rub = "рубль"
        value = whole(f"{cardinal(n)} {rub}", SPOKEN, "amount")
    else:
        value = whole(rng.choice([f"{n} рублей", f"{n:,} ₽".replace(",", " "), f"{n} руб."]),
                      DIGITS, "amount")  # fmt: skip
    return value, ["Списали {v}", "К оплате {v}", "Баланс {v}", "вернули {v}"]


def time_value(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    h, m = rng.randint(8, 21), rng.choice([0, 15, 30, 45, rng.randint(1, 59)])
    if asr:
        said = cardinal(h) + (" " + " ".join(say(f"{m:02d}")) if m else " ноль ноль")
        value = whole(said, SPOKEN, "time")
    else:
        value = whole(f"{h}:{m:02d}", DIGITS, "time")
    return value, ["Перезвоню в {v}", "Курьер будет в {v}", "Операция прошла в {v}"]


def operation_date(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    if asr:
        value = whole(f"{ordinal(d, 'gent')} {MONTHS[m - 1]}", SPOKEN, "date of an operation")
    else:
        written = rng.choice(
            [f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}"]
        )
        value = whole(written, DIGITS, "date of an operation")
    return value, ["Перевод от {v} не дошёл", "Платёж от {v} вернули", "Заказ от {v} ещё в пути",
                   "списание {v} не моё"]  # fmt: skip


def version(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    parts = [rng.randint(1, 17), rng.randint(0, 30), rng.randint(0, 9)]
    if rng.random() < 0.3:
        parts.append(rng.randint(100, 9999))
    value = whole(".".join(map(str, parts)), DIGITS, "version")
    return value, ["Версия приложения {v}", "Обновил до {v}, не помогло", "у меня версия {v}"]


PUBLIC_LINKS = ["https://www.sberbank.ru/ru/person", "https://www.gosuslugi.ru/help",
                "https://www.tbank.ru/cards/debit-cards/", "https://mts.ru/personal/tarifi",
                "https://www.mos.ru/services/", "https://alfabank.ru/everyday/", "vk.com/sberbank",
                "https://t.me/tbank", "https://www.vtb.ru/personal/ipoteka/"]  # fmt: skip


def public_link(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    value = whole(rng.choice(PUBLIC_LINKS), DIGITS, "public link")
    return value, [
        "A: Подробнее на сайте: {v}",
        "A: Условия тут {v}",
        "A: Наш официальный канал {v}",
    ]


def bik_value(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    bik = rng.choice(BIKS)
    if asr and not asr_digits(rng):
        return whole(" ".join(say(bik, "digits")), SPOKEN, "БИК"), ["бик банка {v}"]
    return whole(bik, DIGITS, "БИК"), ["БИК банка {v}", "БИК: {v}"]


def kpp_value(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    kpp = rng.choice(["77", "50", "78"]) + f"{rng.randint(1, 99):02d}01001"
    return whole(kpp, DIGITS, "КПП"), ["КПП {v}", "КПП организации: {v}"]


def promo(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    code = rng.choice(["LETO", "SPRING", "WELCOME", "SKIDKA", "NEW"]) + str(rng.randint(5, 2026))
    return whole(code.lower() if asr else code, DIGITS, "promo code"), [
        "Промокод {v}", "A: Введите промокод {v} при оплате"]  # fmt: skip


def short_order(rng: random.Random, asr: bool, biks: list[str]) -> tuple[Value, list[str]]:
    digits = str(rng.randint(1000, 9_999_999))
    if asr and not asr_digits(rng):
        return whole(spoken(digits, [], rng, "mixed")[0], SPOKEN, "short order number"), [
            "номер заказа {v}", "обращение {v}"]  # fmt: skip
    return whole(digits, DIGITS, "short order number"), ["Заказ № {v}", "Обращение {v} закрыто"]


NEGATIVES = {  # maker: weight; ASR-only makers skip written-only kinds
    order_long: 4, order_inn_shaped: 2, amount_value: 2, time_value: 1.5, operation_date: 2,
    version: 0.7, public_link: 0.8, bik_value: 1, kpp_value: 0.5, promo: 0.7, short_order: 1,
}  # fmt: skip
WRITTEN_ONLY = {version, public_link, kpp_value}

# --- documents ------------------------------------------------------------------------------


@dataclass
class Builder:
    """The text of a document as it grows, and its gold spans."""

    asr: bool
    text: str = ""
    spans: list[dict] = field(default_factory=list)
    values: int = 0

    def line(self, speaker: str, template: str, slots: dict[str, tuple[str, Value | None]]):
        tags = {"A": ("Оператор", "оператор"), "C": ("Клиент", "клиент")}[speaker]
        if self.text:
            self.text += "\n"
        self.text += f"{tags[self.asr]}: "
        rest = template
        while rest:
            head, brace, tail = rest.partition("{")
            self.text += head
            if not brace:
                break
            name, _, rest = tail.partition("}")
            label, value = slots[name]
            if value is None:
                self.text += label
            else:
                self.add(label, value)

    def add(self, label: str, value: Value) -> None:
        for i, (piece, part) in enumerate(value.parts):
            if i:
                self.text += " "
            if part:
                span = {"start": len(self.text), "end": len(self.text) + len(piece)}
                span |= {"label": label, "form": value.form, "kind": value.kind}
                self.spans.append(span | {"value": self.values})
            self.text += piece
        self.values += 1

    def exchange(self, template: str, slots: dict) -> None:
        for line in template.split("|"):
            speaker, _, body = line.partition(": ")
            self.line(speaker.upper(), body, slots)


def _style(template: str, asr: bool) -> str:
    """A chat template said aloud: lowercase, without punctuation."""
    if not asr:
        return template
    out = "".join(" " if c in ".,:;!?—«»" else c for c in template.lower())
    return " ".join(out.replace("№", "номер").replace("-", " ").split())


def document(rng: random.Random, index: int) -> dict:
    asr = rng.random() < ASR_SHARE
    style = "asr" if asr else "chat"
    doc = Builder(asr)
    labels = [lb for lb in WEIGHTS if not (asr and lb in NO_ASR)]
    chosen = rng.choices(labels, [WEIGHTS[lb] for lb in labels], k=rng.choice([1, 2, 2, 3]))
    makers = [m for m in NEGATIVES if not (asr and m in WRITTEN_ONLY)]
    negatives = rng.choices(makers, [NEGATIVES[m] for m in makers], k=rng.choice([1, 1, 2]))
    blocks = [("entity", lb) for lb in chosen] + [("keep", m) for m in negatives]
    rng.shuffle(blocks)
    if rng.random() < 0.4:
        doc.line("A", rng.choice(["Здравствуйте! Чем могу помочь?", "Добрый день, слушаю вас."])
                 if not asr else "здравствуйте слушаю вас", {})  # fmt: skip
    biks: list[str] = []
    for what, item in blocks:
        if what == "keep":
            value, templates = item(rng, asr, biks)
            template = rng.choice(templates)  # the client's line unless it names its speaker
            speaker, template = (
                template.split(": ", 1) if template[1:3] == ": " else ("C", template)
            )
            doc.line(speaker, _style(template, asr), {"v": (KEEP, value)})
            continue
        slots: dict[str, tuple[str, Value | None]] = {"bik": ("", None)}
        if item == SECRET:
            value, what_secret = secret(rng, asr)
            template = rng.choice(SECRET_TEMPLATES[(style, what_secret)])
        elif item == RU_BANK_ACCOUNT:
            bik = rng.choice(BIKS) if rng.random() < 0.5 else None
            value = bank_account(rng, asr, bik)
            if bik:
                biks.append(bik)
                said = " ".join(say(bik, "digits")) if asr and value.form == SPOKEN else bik
                cue = " бик " if asr else rng.choice([", БИК ", " БИК ", ", бик "])
                template = rng.choice(TEMPLATES[item][style]).replace("{bik}", cue + "{b}")
                slots["b"] = (KEEP, whole(said, value.form, "БИК"))
            else:
                template = rng.choice(TEMPLATES[item][style])
        else:
            value = MAKERS[item](rng, asr)
            template = rng.choice(TEMPLATES[item][style])
        slots["v"] = (item, value)
        doc.exchange(template, slots)
    return {"id": f"id-{index:04d}", "kind": style, "text": doc.text, "spans": doc.spans}


def documents(n: int = DOCUMENTS, seed: int = SEEDS["development"]) -> list[dict]:
    """`n` documents, chats and ASR calls; the same seed gives the same set."""
    rng = random.Random(seed)
    return [document(rng, i) for i in range(n)]


def path_for(seed: int) -> Path:
    return OUT / f"identifiers-{seed}.jsonl"


# --- scoring --------------------------------------------------------------------------------

Analyze = Callable[[str], list[Finding]]


@dataclass(frozen=True)
class Outcome:
    """What became of one gold value: `protected` when all its parts are masked by findings of
    any entity, `partial` when some of it is, `typed` when findings of its own entity mask it."""

    label: str
    form: str
    kind: str
    protected: bool
    partial: bool
    typed: bool
    found_as: tuple[str, ...] = ()  # the entities of the findings that touch it

    def keys(self) -> list[tuple[str, str]]:
        """The rows it counts in: (label, form) — (KEEP, kind) for a negative — and the bank
        account's «with БИК» row."""
        if self.label == KEEP:
            return [(KEEP, self.kind)]
        keys = [(self.label, self.form)]
        if self.label == RU_BANK_ACCOUNT and self.kind.startswith(WITH_BIK):
            keys.append((self.label, f"{self.form}, {WITH_BIK}"))
        return keys


def gold_document(record: dict) -> Document:
    spans = tuple(Span(s["start"], s["end"], s["label"]) for s in record["spans"])
    return Document(record["text"], spans)


def outcomes(records: list[dict], analyze: Analyze) -> list[Outcome]:
    """Every gold value of the records, scored through `redactor.evaluate`: each part is its own
    label in a one-document evaluation, so a value is protected when all its parts are."""
    out = []
    for record in records:
        spans, text = record["spans"], record["text"]
        numbered = Document(
            text, tuple(Span(s["start"], s["end"], str(i)) for i, s in enumerate(spans))
        )
        found = analyze(text)
        by_any = evaluate([numbered], analyze=lambda _t, f=found: f)
        by_own = {
            label: evaluate(
                [numbered],
                analyze=lambda _t, lb=label, f=found: [x for x in f if x.entity_type == lb],
            )
            for label in {s["label"] for s in spans}
        }
        values: dict[int, list[int]] = {}
        for i, s in enumerate(spans):
            values.setdefault(s["value"], []).append(i)
        for parts in values.values():
            first = spans[parts[0]]
            scores = [by_any.label(str(i)) for i in parts]
            hit = all(sc.protected for sc in scores)
            touched = any(sc.protected or sc.partial for sc in scores)
            own = all(by_own[first["label"]].label(str(i)).protected for i in parts)
            touching = {
                f.entity_type
                for i in parts
                for f in found
                if f.start < spans[i]["end"] and spans[i]["start"] < f.end
            }
            out.append(
                Outcome(
                    first["label"], first["form"], first["kind"], hit, touched and not hit, own,
                    tuple(sorted(touching)),
                )
            )  # fmt: skip
    return out


def tally(results: Iterable[Outcome], typed: bool = False) -> dict[tuple[str, str], LabelScore]:
    """LabelScores by row (see `Outcome.keys`); `typed`: protected by the gold entity itself."""
    spans, hit, part = Counter(), Counter(), Counter()
    for o in results:
        for key in o.keys():
            spans[key] += 1
            hit[key] += o.typed if typed else o.protected
            part[key] += 0 if typed else o.partial
    return {k: LabelScore(f"{k[0]} {k[1]}", spans[k], hit[k], part[k]) for k in spans}


def pooled(scores: Iterable[LabelScore], label: str = "pooled") -> LabelScore | None:
    scores = list(scores)
    if not scores:
        return None
    return LabelScore(label, *(sum(getattr(s, a) for s in scores) for a in ("spans", "protected",
                                                                           "partial")))  # fmt: skip


def floor_for(label: str, form: str) -> float | None:
    """The issue's floor for this entity and form, or None when the issue sets none."""
    if label not in CHECKSUMMED:
        return None
    if label == RU_BANK_ACCOUNT and WITH_BIK not in form:
        return None
    return DIGITS_FLOOR if form.startswith(DIGITS) else SPOKEN_FLOOR


def stray_findings(records: list[dict], analyze: Analyze) -> Counter:
    """Findings by (entity, where): on a KEEP span («keep»), on no gold span at all («text»),
    or only on gold values («gold», of any entity)."""
    out = Counter()
    for record in records:
        spans = record["spans"]
        for f in analyze(record["text"]):
            hits = [s for s in spans if s["start"] < f.end and f.start < s["end"]]
            where = "keep" if any(s["label"] == KEEP for s in hits) else "gold" if hits else "text"
            out[f.entity_type, where] += 1
    return out


def misses(results: Iterable[Outcome]) -> dict[str, list[str]]:
    """By entity, the kinds of value not fully masked: «kind missed/all»."""
    total, missed = Counter(), Counter()
    for o in results:
        if o.label != KEEP:
            total[o.label, o.form, o.kind] += 1
            missed[o.label, o.form, o.kind] += not o.protected
    out: dict[str, list[str]] = {}
    for (label, form, kind), n in sorted(missed.items(), key=lambda kv: -kv[1]):
        if n:
            out.setdefault(label, []).append(f"{form} «{kind}» {n}/{total[label, form, kind]}")
    return out


def confusions(results: Iterable[Outcome]) -> Counter:
    """Values masked, but not by their own entity: (gold entity, the entities that took it)."""
    return Counter(
        (o.label, "+".join(o.found_as))
        for o in results
        if o.label != KEEP and o.protected and not o.typed
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=SEEDS["development"])
    parser.add_argument("-n", type=int, default=DOCUMENTS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    docs = documents(args.n, args.seed)
    print(f"{len(docs)} documents → {write_jsonl(docs, args.out or path_for(args.seed))}")


if __name__ == "__main__":
    main()
