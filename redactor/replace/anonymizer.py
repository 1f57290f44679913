"""The redacted text, written in one linear pass (`splice.py`) with the values the `Replacer`
chose (numbered, masked, hashed, fake: all depend on the other mentions).

Presidio's `AnonymizerEngine` wrote it before issue 15: it rebuilds the whole string for every
finding, so a 2 MB transcript with its thousands of findings took longer to write than to
analyse. The splice gives the same text (tests/test_speed.py) and the edits that undo it.
"""

from __future__ import annotations

from redactor.finding import Finding, Redaction
from redactor.replace.replacer import Replacer
from redactor.replace.splice import spliced


def write(text: str, findings: list[Finding], replacer: Replacer) -> Redaction:
    """`text` with each finding replaced as `replacer` decides (its state keeps the choices
    consistent across the texts it has seen)."""
    chosen = replacer.replace(text, findings)
    places = zip(findings, chosen, strict=True)
    redacted, edits = spliced(text, [(f.start, f.end, new) for f, new in places])
    return Redaction(redacted, tuple(findings), tuple(chosen), tuple(edits))
