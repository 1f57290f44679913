"""A building's parts said aloud, as a courier hears them: «двадцать седьмой дом корпус три»,
«четвёртый подъезд двенадцатый этаж», «подъезд ну средний второй», «квартира сто сорок вернее
сто сорок».

A run of number words and the words for a building's parts (`UNITS`: «дом», «корпус»,
«подъезд», «этаж», «домофон», «квартира» in the nominative: «три подъезда», «пять этажей» count
things) is an address when it names two parts, or one part answering a turn that speaks of one
(«а тут три подъезда» → «подъезд ну средний второй»; «этаж» → «девятый домофон сто сорок»).
And a found address corrected as it is said («стачек двенадцать ой нет стачек шестнадцать
второй подъезд») goes on to the end of the correction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect import morph
from redactor.detect.recognizers.answers import question
from redactor.entities import ADDRESS
from redactor.finding import Finding

SCORE = 0.6
NAME = "SpokenUnit"
UNITS = frozenset({"дом", "корпус", "строение", "подъезд", "этаж", "домофон", "квартира"})
UNIT_WORD = re.compile(r"(?<![а-яё])(?:" + "|".join(sorted(UNITS)) + r")(?![а-яё])")
ASKS = re.compile(r"подъезд|этаж|домофон|квартир|корпус|адрес|куда", re.IGNORECASE)
POSITIONS = frozenset({"средний", "крайний", "последний", "ноль"})
INNER = frozenset({"ну", "эээ", "ээ", "э", "и"})  # said between the parts of one run
REPAIR = re.compile(r"\s+(?:ой\s+)?(?:нет|вернее|точнее|то\s+есть)(?:\s+(?:да|ну|нет))*\s+")
REPAIR_WORDS = 6
LOWER = re.compile(r"(?<![\w-])[а-яё]+(?:-[а-яё]+)*")
WRITTEN = re.compile(r"[A-ZА-ЯЁ.,!?;]")  # capitals or punctuation near a run: written text
WINDOW = 80  # characters either side of a building part where its run is read
NEAR = 30  # characters either side of a run where they are looked for
# After a run: a building described, not a door («пятый этаж из десяти»).
OF_TOTAL = re.compile(r"\s+(?:из|в)\s")
STOP_POS = frozenset({"VERB", "INFN", "NPRO", "CONJ", "PRCL", "INTJ", "PRED"})

# (text, the address) — run by tests/test_spoken_units.py.
EXAMPLES = [
    (
        "спасибо а вы не заблудитесь тут у нас двадцать седьмой дом корпус три а в навигаторе",
        "двадцать седьмой дом корпус три",
    ),
    (
        "о: двести восемнадцать четвёртый подъезд двенадцатый этаж как вас зовут",
        "двести восемнадцать четвёртый подъезд двенадцатый этаж",
    ),
    (
        "я подъехал к вашему дому а тут три подъезда\nой здравствуйте да подъезд ну средний"
        " второй получается",
        "подъезд ну средний второй",
    ),
    ("курьер: этаж какой\nклиент: девятый домофон сто сорок", "девятый домофон сто сорок"),
    (
        "оператор: куда подать\nклиент: стачек двенадцать ой нет стачек шестнадцать второй подъезд",
        "стачек двенадцать ой нет стачек шестнадцать второй подъезд",
    ),
]
COUNTER_EXAMPLES = [
    # a part with no number after the address: «домофон не работает»
    ("клиент: квартира сто сорок домофон не работает", "домофон"),
    ("клиент: корпус один квартира двести один домофон не работает", "домофон"),
    # written text has its own rules: «подъезд второй» after a written address is left to them
    ("Оператор: Подъезд какой?\nКлиент: Да, только подъезд второй, а не первый.", "подъезд"),
    # a flat on sale described: its floor out of the building's
    (
        "канал 2: однокомнатная квартира на ботанической продаётся\nканал 1: да тридцать восемь"
        " метров пятый этаж из десяти",
        "пятый этаж",
    ),
    # one part, and nobody asked for it: a shop's floor
    ("оператор: есть салон в торговом центре второй этаж", "второй этаж"),
    # counted parts: «три подъезда», «пять этажей»
    ("клиент: у нас дом пять этажей три подъезда", "три подъезда"),
    # a correction of something else after the address
    ("клиент: ленина пять ой нет я перепутала", "перепутала"),
]


def spoken_units(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the building's parts and the corrected addresses of `text` (see the module)."""
    results = []
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        for start, end in _windows(text, line_start, line_end):
            results += _runs(text, start, end)
        line_start = line_end + 1
    for f in findings:
        if f.entity_type == ADDRESS:
            end = _repaired(text, f.end)
            if end > f.end:
                results.append(Finding(f.start, end, ADDRESS, SCORE, NAME))
    return results


def _windows(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The stretches of a line around its building parts, merged: morphology only there, so a
    transcript of one long line costs its parts, not its words."""
    windows: list[tuple[int, int]] = []
    for m in UNIT_WORD.finditer(text, line_start, line_end):
        start, end = max(line_start, m.start() - WINDOW), min(line_end, m.end() + WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


@lru_cache(maxsize=4096)
def _kind(word: str) -> str | None:
    """ "unit", "number", "inner" or None for a word of a run."""
    if word in UNITS:
        return "unit"
    if word in INNER:
        return "inner"
    if word in POSITIONS:
        return "number"
    parses = morph.analyzer().parse(word)[:2]
    if any("Anum" in p.tag or p.tag.POS == "NUMR" for p in parses) or word == "сто":
        return "number"
    return None


def _runs(text: str, line_start: int, line_end: int) -> list[Finding]:
    results: list[Finding] = []
    run: list[tuple[re.Match, str]] = []
    for m in [*LOWER.finditer(text, line_start, line_end), None]:
        kind = _kind(m.group()) if m else None
        joined = bool(run) and m is not None and not text[run[-1][0].end() : m.start()].strip()
        if kind and (joined or not run):
            run.append((m, kind))
            continue
        results += _accept(text, run)
        run = [(m, kind)] if kind else []
    return results


def _accept(text: str, run: list[tuple[re.Match, str]]) -> list[Finding]:
    while run and run[-1][1] == "inner":
        run = run[:-1]
    while run and run[0][1] == "inner":
        run = run[1:]
    if len(run) > 1 and run[-1][1] == "unit" and not _ordinal(run[-2][0].group()):
        run = run[:-1]  # «квартира сто сорок домофон»: a cardinal is the flat's, not the intercom's
    kinds = [k for _, k in run]
    units = kinds.count("unit")
    if not units or "number" not in kinds:
        return []
    start, end = run[0][0].start(), run[-1][0].end()
    if _written(text, start, end) or OF_TOTAL.match(text, end):
        return []
    if units < 2:
        asked = question(text, start)
        if not any(ASKS.match(w) for w in asked):
            return []
    return [Finding(start, end, ADDRESS, SCORE, NAME)]


@lru_cache(maxsize=4096)
def _ordinal(word: str) -> bool:
    if word in ("один", "одна", "одно"):  # read as an adjective too, but a cardinal here
        return False
    return word in POSITIONS or any("Anum" in p.tag for p in morph.analyzer().parse(word)[:2])


def _written(text: str, start: int, end: int) -> bool:
    """Whether the run stands in written text: a capital or punctuation near it on its line,
    past its speaker's tag («клиент:») or a JSON quote."""
    line_start = text.rfind("\n", max(0, start - NEAR), start) + 1 or max(0, start - NEAR)
    line_end = text.find("\n", end, end + NEAR)
    line_end = min(len(text), end + NEAR) if line_end < 0 else line_end
    before = text[max(line_start, start - NEAR) : start]
    before = re.split(r"[:\"]", before)[-1]
    after = re.split(r"\"", text[end : min(line_end, end + NEAR)])[0]
    return bool(WRITTEN.search(before) or WRITTEN.search(after))


def _repaired(text: str, end: int) -> int:
    """Where a correction said right after a found address ends: its last number word or
    building part within `REPAIR_WORDS` words; `end` when there is none."""
    repair = REPAIR.match(text, end)
    if not repair:
        return end
    line_end = text.find("\n", end, end + 200)
    line_end = min(len(text), end + 200) if line_end < 0 else line_end
    last, previous = end, repair.end()
    for n, m in enumerate(LOWER.finditer(text, repair.end(), line_end)):
        if n >= REPAIR_WORDS or text[previous : m.start()].strip(" "):
            break  # punctuation: the correction is over
        previous = m.end()
        word = m.group()
        if _kind(word) in ("unit", "number"):
            last = m.end()
            continue
        if word in INNER:
            continue
        info = morph.word_info(word)
        if info.pos in STOP_POS:
            break
    return last
