"""A phone said in pieces and read back whole (`redactor/detect/phone_pieces.py`): the
module's EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import phone_pieces
from redactor.engine import analyze
from redactor.entities import PHONE_NUMBER


def _phones_on_second_line(text: str) -> list[tuple[int, int]]:
    first = text.index("\n") + 1
    second = text.index("\n", first)
    return [
        (f.start, f.end)
        for f in analyze(text)
        if f.entity_type == PHONE_NUMBER and first <= f.start < second
    ]


@pytest.mark.parametrize(("text", "words"), phone_pieces.EXAMPLES)
def test_pieces_are_the_phone(text: str, words: list[str]) -> None:
    spans = _phones_on_second_line(text)
    first = text.index("\n") + 1
    for w in words:
        at = text.index(w, first)
        assert any(s <= at and at + len(w) <= e for s, e in spans), w


@pytest.mark.parametrize(("text", "words"), phone_pieces.COUNTER_EXAMPLES)
def test_other_numbers_are_not(text: str, words: list[str]) -> None:
    spans = _phones_on_second_line(text)
    first = text.index("\n") + 1
    for w in words:
        at = text.index(w, first)
        assert not any(s < at + len(w) and at < e for s, e in spans), w
