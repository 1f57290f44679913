"""A first name's familiar form in lowercase speech: «ленка», «таньке», «данилке», «светкой».

Russians call relatives and friends by a name with a diminutive suffix («-к-», «-очк-»,
«-еньк-»), and the dictionary knows few of these forms: «данилке» and «светка» are unknown to it,
«маринка» is a fish. Speech recognition writes them in lowercase, so nothing else marks them. A
word is such a form when taking its suffix and ending off leaves a first name: «лен|к|а» →
«лена», «тань|к|у» → «таня», «маш|еньк|ой» → «маша».

Only in lowercase, and only for a word that the dictionary does not know, or knows with a
name's reading whose stripped form is mostly a first name: «галька», «полку», «ручка», «белка»
stay, and so do «галка» and «маринка», which the dictionary knows as a bird and a fish only
(«поставьте галку» is a tick in a box): a leak the greeting and answer rules must catch.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect import morph
from redactor.entities import PERSON
from redactor.finding import Finding

NAME = "DiminutiveRecognizer"
SCORE = 0.6
WORD = re.compile(r"(?<![\w-])[а-яё]{4,}(?![\w-])")
FORM = re.compile(r"^(?P<stem>[а-яё]{2,}?)(?:очк|ечк|еньк|оньк|к)(?:а|и|е|у|ой|ою)$")
# How sure pymorphy3 must be that the stripped word is a first name, when the word itself is
# one it knows (with a name's reading): «таня» makes «танька» a name.
KNOWN_SHARE = 0.5

EXAMPLES = [
    # (text, the name found)
    ("нет это дочки номер она объявление давала ленка моя", "ленка"),
    ("девять данилке кузнецов данила", "данилке"),
    ("мы вчера со светкой ходили", "светкой"),
    ("передай таньке что я перезвоню", "таньке"),
]
COUNTER_EXAMPLES = [
    # (text, the word that stays)
    ("положите на полку", "полку"),
    ("дети собирали гальку на пляже", "гальку"),
    ("белка прыгала по веткам", "белка"),
    ("подпишите ручкой вот здесь", "ручкой"),
    ("карточку заблокировали вчера", "карточку"),
    ("бабушка приедет завтра", "бабушка"),
    ("поставьте галочку в анкете", "галочку"),
    ("у ребёнка температура", "ребёнка"),
    ("дело христианки рассмотрит суд", "христианки"),
    ("хозяйка квартиры против", "хозяйка"),
    ("на маяковской пересадка", "маяковской"),
    ("сели на лавочку у подъезда", "лавочку"),
    ("поставьте галку в настройках", "галку"),
]


def diminutives(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings for the familiar forms of first names in `text` (see the module) that no
    PERSON finding in `findings` covers yet."""
    people = [f for f in findings if f.entity_type == PERSON]
    out = []
    for m in WORD.finditer(text):
        if any(f.start <= m.start() and m.end() <= f.end for f in people):
            continue
        if familiar(m.group()):
            out.append(Finding(m.start(), m.end(), PERSON, SCORE, NAME))
    return out


@lru_cache(maxsize=50_000)  # a word's answer, read from the dictionary anew at every mention
def familiar(word: str) -> bool:
    """Whether a lowercase word is a first name's diminutive form (see the module)."""
    form = FORM.match(word)
    if not form:
        return False
    info = morph.word_info(word)
    # A word the dictionary knows with no name's reading is that word, also when it is a living
    # being: «галка» (a bird, and a tick in a box: «поставьте галку»), «маринка» (a fish).
    if info.known and not info.name_readings:
        return False
    stem = form.group("stem")
    if info.known and _bearer(stem):
        return False  # «христианка» is a woman «христианин», not a «христиана»
    need = KNOWN_SHARE if info.known else 0.0
    for lemma in _lemmas(stem):
        share = _first_name(lemma)
        if share > need or info.known and share >= need:
            return True
    return False


def _first_name(word: str) -> float:
    """How likely a word is a first name in the nominative, by the dictionary's own entries
    only: its guesses from an ending make a name of anything («ребёна», «хозяя»)."""
    return sum(
        p.score
        for p in morph.analyzer().parse(word)
        if p.is_known and morph.NAME in p.tag and p.tag.case == "nomn"
    )


def _bearer(stem: str) -> bool:
    """Whether a stem names a man by what he is, «христиан» of «христианин», «грузин»: its
    «-ка» form is the woman, not a familiar name."""
    return any(
        p.is_known
        and p.tag.POS == "NOUN"
        and "anim" in p.tag
        and p.tag.case == "nomn"
        and not morph.PROPER & p.tag.grammemes
        for word in (stem, stem + "ин")
        for p in morph.analyzer().parse(word)
    )


def _lemmas(stem: str) -> list[str]:
    """The first names a diminutive's stem may come from: «лен» → «лена»; «тань» → «таня»."""
    if stem.endswith("ь"):
        return [stem[:-1] + "я"]
    return [stem + "а", stem + "я"]
