"""A number corrected as it is said (`redactor/detect/repairs.py`): the module's EXAMPLES and
COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import repairs
from redactor.engine import analyze
from tests.markup import covered, parse


@pytest.mark.parametrize(("marked", "entity"), repairs.EXAMPLES)
def test_both_sides_of_a_repair(marked: str, entity: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == entity]
    for span in spans:
        assert covered(text, span, found), text[span[0] : span[1]]


@pytest.mark.parametrize(("text", "word"), repairs.COUNTER_EXAMPLES)
def test_not_a_repair(text: str, word: str) -> None:
    start = text.rindex(word)
    assert not any(f.start <= start < f.end for f in analyze(text))
