"""A long number dictated in pieces over several turns and read back whole
(`redactor/detect/piece_echoes.py`): the module's EXAMPLES and COUNTER_EXAMPLES through the
whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import piece_echoes
from redactor.engine import analyze


@pytest.mark.parametrize(("text", "words", "entity"), piece_echoes.EXAMPLES)
def test_pieces_are_the_value(text: str, words: list[str], entity: str) -> None:
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == entity]
    for w in words:
        at = text.index(w)
        assert any(s <= at and at + len(w) <= e for s, e in found), w


@pytest.mark.parametrize(("text", "words"), piece_echoes.COUNTER_EXAMPLES)
def test_other_pieces_are_not(text: str, words: list[str]) -> None:
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type in piece_echoes.PIECED]
    for w in words:
        at = text.index(w)
        assert not any(s < at + len(w) and at < e for s, e in found), w
