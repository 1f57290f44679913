"""Read-backs: a number said again that repeats a document's or an account's number found
elsewhere in the same conversation is that number, whatever the words around it.

An operator reads a passport back after the client, or the client says its halves in two turns
and the operator reads it whole; the read-back has no «паспорт» before it and no checksum:

    клиент: сорок восемь ноль четыре      → RU_PASSPORT (answers «серия номер»)
    клиент: сто шестнадцать ноль двенадцать → RU_PASSPORT
    оператор: сорок восемь ноль четыре сто шестнадцать ноль двенадцать  → the two, again

A run of spoken numbers (`normalize`) is an echo when its digits are a found value's (or two
successive values' of one kind, a value said in halves), or its first or last `MIN_DIGITS` or
more; a shorter run («сорок восемь») repeats too many things to be one. A long number said
again with a digit or two changed («хотела на …восемьдесят три восемьдесят три…», «а ушло на
…восемьдесят три тридцать восемь…»: a card mistyped, its checksum failed) is the same kind of
number: as many digits, `MIN_LONG` or more, at most `MAX_CHANGED` of them different (one in a
passport's ten), compared with the last `RECENT` such values only. Phones, dates and amounts are not echoed here: their
own recognizers read them.
"""

from __future__ import annotations

import re

from redactor.detect.normalize import Normalized, normalize
from redactor.detect.normalize.dictation import runs
from redactor.detect.normalize.text import COUNTED_AFTER
from redactor.entities import (
    CREDIT_CARD,
    HANDLE,
    RU_BANK_ACCOUNT,
    RU_DRIVER_LICENSE,
    RU_INN,
    RU_OGRNIP,
    RU_OMS,
    RU_PASSPORT,
    RU_SNILS,
)
from redactor.finding import Finding

ECHOED = frozenset(
    {
        CREDIT_CARD,
        HANDLE,  # an account's number, a policy's, a personnel number: «табельный 004519»
        RU_BANK_ACCOUNT,
        RU_DRIVER_LICENSE,
        RU_INN,
        RU_OGRNIP,
        RU_OMS,
        RU_PASSPORT,
        RU_SNILS,
    }
)
MIN_DIGITS = 6  # the shortest run that is an echo: half a passport («двести тридцать девять …»)
MIN_LONG = 12  # a card, an account, an ОГРНИП: long enough that two changed digits are a slip
MAX_CHANGED = 2
# A passport or an ИНН (ten digits): one changed digit is a slip, the read-back of a number
# corrected as it was said («… триста сорок ой подождите триста сорок один»).
MIN_CLOSE = 10
MAX_CHANGED_CLOSE = 1
MAX_ADDED = 2  # digits a value said again may add at its end: a number completed
RECENT = 8  # long values a run is compared with: a text of thousands costs as one of eight
SCORE = 0.85
NOT_DIGIT = re.compile(r"\D")
# Digits as written, in groups: not inside a word, a date, a time or a decimal.
WRITTEN = re.compile(r"(?<![\w.,/:-])\d{2,}(?:[ -]\d{2,})*(?![\w-]|[.,/:]\d)")
NAME = "EchoRecognizer"

# (conversation, entity of the read-back on the last line, or None) — run by tests/test_echoes.py.
EXAMPLES = [
    (
        "L: так паспорт серия номер\nR: сорок восемь ноль четыре\nL: да\n"
        "R: сто шестнадцать ноль двенадцать\n"
        "L: сорок восемь ноль четыре сто шестнадцать ноль двенадцать",
        RU_PASSPORT,
    ),
    (
        "spk_0: паспорт серия номер\nspk_1: сорок шесть двенадцать пятьсот шесть ноль семьдесят шесть"
        "\nspk_0: сорок шесть двенадцать пятьсот шесть ноль семь шесть",
        RU_PASSPORT,
    ),
    (  # a card said again with a digit changed (it failed the checksum)
        "s1: на какую карту вы хотели\ns2: хотела на пятьдесят три двадцать один девяносто шесть"
        " пятьдесят пять восемьдесят три восемьдесят три семнадцать пятьдесят\ns1: а ушло на"
        " пятьдесят три двадцать один девяносто шесть пятьдесят пять восемьдесят три тридцать"
        " восемь семнадцать пятьдесят",
        CREDIT_CARD,
    ),
    (  # read back whole after the number was corrected as it was said
        "speaker_0: продиктуйте серию и номер паспорта\nspeaker_1: так серия сорок пять ноль два"
        " номер шестьсот двенадцать триста сорок ой подождите шестьсот двенадцать триста сорок"
        " один\nspeaker_0: сорок пять ноль два шестьсот двенадцать триста сорок один",
        RU_PASSPORT,
    ),
    (  # the number's second half, said again
        "оператор: назовите паспорт серию номер\nклиент: пятьдесят ноль восемь двести тридцать"
        " девять ноль сорок девять\nоператор: пятьдесят ноль восемь\n"
        "клиент: двести тридцать девять ноль сорок девять",
        RU_PASSPORT,
    ),
    (  # read back with a zero heard twice
        "клиент: паспорт восемьдесят пятнадцать шесть ноль ноль один девять семь\n"
        "оператор: восемьдесят пятнадцать шестьсот ноль девятнадцать семь",
        RU_PASSPORT,
    ),
    (  # read back with a zero lost
        "клиент: паспорт восемьдесят пятнадцать шесть ноль ноль один девять семь\n"
        "оператор: ой извините восемьдесят пятнадцать шестьсот один девяносто семь",
        RU_PASSPORT,
    ),
    (  # the number completed by a digit after the listener counted them
        "spk_1: паспорт серия номер\nspk_2: серия сорок шесть двадцать два номер ну шестьсот"
        " восемь ноль семь девять\nspk_1: так это пять цифр а надо шесть\n"
        "spk_2: ой шестьсот восемь ноль семь девять один",
        RU_PASSPORT,
    ),
]
# A read-back with the count of its digits after it: (conversation, entity, the count's words,
# which stay out) — run by tests/test_echoes.py.
COUNTED_EXAMPLES = [
    (
        "оператор: паспорт серия номер\nклиент: семьдесят пять ноль четыре один ноль один ноль"
        " четыре ноль\nоператор: семьдесят пять ноль четыре один ноль один ноль четыре ноль"
        " девять цифр",
        RU_PASSPORT,
        "девять цифр",
    ),
]
# Written read-backs: (conversation, the read-back found on its last line as this entity or
# None) — run by tests/test_echoes.py.
WRITTEN_EXAMPLES = [
    (  # the halves the client gave, read back whole
        "Оператор: Назовите серию и номер паспорта.\nКлиент: Серия 45 17…\nОператор: Так.\n"
        "Клиент: …номер 093672.\nОператор: Записала: 45 17 093672",
        RU_PASSPORT,
    ),
    (  # the closing of an account, read back
        "Клиент: На счёт 42307810494952752845, Сбербанк.\nОператор: Сверяю конец: 94952752845",
        RU_BANK_ACCOUNT,
    ),
    (  # a number with a short value's opening is no echo of it: only long values'
        "Клиент: Паспорт 4617 506076\nОператор: Заказ 461750 оформлен",
        None,
    ),
    (  # a personnel number read back with the name
        "Оператор: Табельный номер подскажите.\nКлиент: 004519.\n"
        "Оператор: Зайцев Никита Олегович, 004519, комплектовщик.",
        HANDLE,
    ),
    (  # another number with the passport's first digits
        "Оператор: Серия и номер паспорта?\nКлиент: 4617 506076\nОператор: Заказ 461750 оформлен",
        None,
    ),
]
COUNTER_EXAMPLES = [
    (  # two digits changed in ten: another number
        "оператор: паспорт серия номер\nклиент: сорок шесть двенадцать пятьсот шесть ноль семь"
        " шесть\nоператор: сорок шесть двенадцать пятьсот шесть ноль девять девять",
        None,
    ),
    (  # another number, not the passport's
        "оператор: паспорт серия номер\nклиент: сорок шесть двенадцать пятьсот шесть ноль семь шесть"
        "\nоператор: сумма двести тридцать девять тысяч сто",
        None,
    ),
    (  # too short to be the passport's again: «сорок шесть» is also an age
        "оператор: паспорт серия номер\nклиент: сорок шесть двенадцать пятьсот шесть ноль семь шесть"
        "\nоператор: мне сорок шесть",
        None,
    ),
    (  # one digit more, but another opening: another number
        "оператор: паспорт серия номер\nклиент: сорок шесть двенадцать пятьсот шесть ноль семь"
        " шесть\nоператор: девяносто шесть двенадцать пятьсот шесть ноль семь шесть один",
        None,
    ),
    (  # the number and then three more digits: another number
        "оператор: паспорт серия номер\nклиент: сорок шесть двенадцать пятьсот шесть ноль семь"
        " шесть\nоператор: сорок шесть двенадцать пятьсот шесть ноль семь шесть сто двадцать три",
        None,
    ),
]


def echoes(
    text: str, findings: list[Finding], normalized: Normalized | None = None
) -> list[Finding]:
    """Findings for the runs of spoken numbers in `text` that repeat a value of `findings`
    (see the module's docstring); runs the findings already cover whole are left out.
    `normalized`: `normalize(text)`, when the caller has it already."""
    found = sorted(f for f in findings if f.entity_type in ECHOED)
    if not found:
        return []
    normalized = normalize(text) if normalized is None else normalized
    if not normalized.spans:
        return _written(text, found, findings)
    values: dict[str, str] = {}  # digits → entity; and their openings and closings
    whole: dict[str, str] = {}  # digits → entity, of the values as found
    long: list[tuple[str, str]] = []  # (digits, entity) of the last `RECENT` long values
    previous: tuple[str, str] | None = None
    for f in found:
        digits = _digits(text, normalized.spans, f.start, f.end)
        if len(digits) < MIN_DIGITS // 2:
            continue
        _add(values, digits, f.entity_type)
        whole.setdefault(digits, f.entity_type)
        if len(digits) >= MIN_CLOSE:
            long = [*long[-RECENT + 1 :], (digits, f.entity_type)]
        if previous and previous[1] == f.entity_type:  # a value said in halves
            _add(values, previous[0] + digits, f.entity_type)
        previous = (digits, f.entity_type)
    results = []
    for run in runs(normalized):
        if len(run) > 1 and COUNTED_AFTER.match(text, run[-1].end):
            run = run[:-1]  # «… ноль четыре ноль | девять цифр»: a count, not a digit
        start, end = run[0].start, run[-1].end
        digits = "".join(NOT_DIGIT.sub("", s.value) for s in run if "-" not in s.value)
        if len(digits) < MIN_DIGITS or any(f.start <= start and end <= f.end for f in findings):
            continue
        entity = (
            values.get(digits)
            or next(
                (e for v, e in long if len(v) == len(digits) and _changed(v, digits) <= _slips(v)),
                None,
            )
            or next((e for v, e in long if _one_more_or_less(v, digits)), None)
            or _completed(whole, digits)
        )
        if entity:
            results.append(Finding(start, end, entity, SCORE, NAME))
    return results + _written(text, found, findings + results)


def _written(text: str, found: list[Finding], findings: list[Finding]) -> list[Finding]:
    """Runs of written digits that repeat a found value exactly, or its two halves together:
    «Повторяю: 6430 7585 3822 0182», «45 17 093672» after «45 17» … «093672», or the opening
    or the closing of a long one (a card, an account: «последние восемь цифр» … «52752845»).
    Only exact repeats: a written number is read, not misheard."""
    values: dict[str, str] = {}  # a value's digits, or two successive halves' together
    previous: tuple[str, str] | None = None
    for f in found:
        digits = NOT_DIGIT.sub("", text[f.start : f.end])
        if len(digits) >= MIN_LONG:  # «Повторите последние восемь цифр»: a long value's end
            _add(values, digits, f.entity_type)
        if len(digits) >= MIN_DIGITS // 2:
            values.setdefault(digits, f.entity_type)
            if previous and previous[1] == f.entity_type:
                values.setdefault(previous[0] + digits, f.entity_type)
            previous = (digits, f.entity_type)
    results = []
    for m in WRITTEN.finditer(text):
        digits = NOT_DIGIT.sub("", m.group())
        if len(digits) < MIN_DIGITS or any(
            f.start < m.end() and m.start() < f.end for f in findings
        ):
            continue
        entity = values.get(digits)
        if entity:
            results.append(Finding(m.start(), m.end(), entity, SCORE, NAME))
    return results


def _digits(text: str, spans, start: int, end: int) -> str:
    """The digits of `text[start:end]`: of its spoken numbers, or as written."""
    said = [s for s in spans if start <= s.start and s.end <= end]
    if said:
        return "".join(NOT_DIGIT.sub("", s.value) for s in said)
    return NOT_DIGIT.sub("", text[start:end])


def _completed(whole: dict[str, str], digits: str) -> str | None:
    """The entity of a value that `digits` says whole and goes on by a digit or two: the
    number completed after the listener counted its digits («… это пять цифр а надо шесть» →
    «ой шестьсот восемь ноль семь девять один»)."""
    for extra in range(1, MAX_ADDED + 1):
        if len(digits) - extra >= MIN_DIGITS and (entity := whole.get(digits[:-extra])):
            return entity
    return None


def _one_more_or_less(value: str, digits: str) -> bool:
    """Whether `digits` are `value` said again with one digit added or dropped inside: «шестьсот
    ноль девятнадцать семь» for 600 197 (a zero heard twice), «шестьсот один девяносто семь»
    (a zero lost). Its first `MIN_DIGITS // 2` digits are the value's: a read-back opens as it."""
    if abs(len(value) - len(digits)) != 1 or value[: MIN_DIGITS // 2] != digits[: MIN_DIGITS // 2]:
        return False
    short, longer = sorted((value, digits), key=len)
    return any(longer[:i] + longer[i + 1 :] == short for i in range(len(longer)))


def _slips(digits: str) -> int:
    """How many digits of a value said again may differ: more in a longer number."""
    return MAX_CHANGED if len(digits) >= MIN_LONG else MAX_CHANGED_CLOSE


def _changed(a: str, b: str) -> int:
    """Digits that differ between two numbers of one length."""
    return sum(x != y for x, y in zip(a, b, strict=True))


def _add(values: dict[str, str], digits: str, entity: str) -> None:
    """`digits` and each of their openings and closings of `MIN_DIGITS` or more (a half said
    again): a value has some twenty digits, so a run is looked up once, not against each."""
    for size in range(MIN_DIGITS, len(digits) + 1):
        values.setdefault(digits[:size], entity)
        values.setdefault(digits[-size:], entity)
