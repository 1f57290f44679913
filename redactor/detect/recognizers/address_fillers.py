"""An address dictated with hesitations inside its parts, read as if they were not said.

A speaker hesitates anywhere in an address, not only between its parts: after the type word
(«улица э гончарова»), before the house number («дом ну пятнадцать»), inside a street's name
(«проспект эээ мира»). The address recognizer reads the text with such fillers taken out
(`without_fillers`) and maps what it finds back (`Cuts.back`), so «улица э гончарова дом ну
пятнадцать корпус три» is one address, as «улица гончарова дом пятнадцать корпус три» is.

Only sounds of hesitation and the particles said with them are fillers here: never a word that
can name something («так», «там», «это» stay).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# What is cut, with the spaces after it, between two words of one line:
FILLER = re.compile(
    r"""(?<=[^\W\d_][^\S\n])(?:
        (?i:э+м*|м{2,}|ну|вот|значит|короче|где-то|вроде)[^\S\n]+(?=\w)  # a filler: «эээ», «ну»
      | (?P<word>[а-яё]{3,})[^\S\n]+(?=(?P=word)(?![а-яё]))           # a word said twice
      | (?P<slip>[а-яё]{2,}(?P<ending>[а-яё]{2}))[^\S\n]+              # a word taken back for
        (?:ой(?:[^\S\n]+нет)?|нет|то[^\S\n]+есть|вернее|точнее)[^\S\n]+  # one of its form:
        (?=[а-яё]{2,}(?P=ending)(?![а-яё]))                      # «полевая ой луговая»
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Cuts:
    """Where the fillers were cut from a text: their places in the text without them, and the
    characters cut there, both in text order."""

    at: tuple[int, ...]
    cut: tuple[int, ...]  # characters cut at or before each place, summed

    def back(self, position: int, end: bool = False) -> int:
        """A position in the text without fillers → in the text as said. A start at a cut is
        the word after the filler; an end there is the word before it."""
        i = bisect_left(self.at, position) if end else bisect_right(self.at, position)
        return position + (self.cut[i - 1] if i else 0)


def without_fillers(text: str) -> tuple[str, Cuts] | None:
    """The text with its fillers cut out, and where they were; None when it has none."""
    pieces, at, cut, last, total = [], [], [], 0, 0
    for m in FILLER.finditer(text):
        pieces.append(text[last : m.start()])
        total += m.end() - m.start()
        at.append(m.start() - (total - (m.end() - m.start())))
        cut.append(total)
        last = m.end()
    if not at:
        return None
    pieces.append(text[last:])
    return "".join(pieces), Cuts(tuple(at), tuple(cut))
