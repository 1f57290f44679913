"""Replacements written into a text in one linear pass, with the edits that undo them.

>>> splice("звоните Ивану завтра", [(8, 13, "[ИМЯ_1]")])
'звоните [ИМЯ_1] завтра'
"""

from __future__ import annotations

from redactor.finding import Edit


def splice(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """`text` with each (start, end) replaced; the ranges do not overlap."""
    return spliced(text, replacements)[0]


def spliced(text: str, replacements: list[tuple[int, int, str]]) -> tuple[str, list[Edit]]:
    """`splice`, and the edits that undo it: where each replacement landed, what it replaced."""
    out, edits, last, shift = [], [], 0, 0
    for start, end, new in sorted(replacements):
        out.append(text[last:start])
        out.append(new)
        if new != text[start:end]:
            edits.append(Edit(start + shift, start + shift + len(new), text[start:end]))
        shift += len(new) - (end - start)
        last = end
    out.append(text[last:])
    return "".join(out), edits
