"""A first name of a found full name, addressed at a sentence's head (`redactor/detect/vocatives.py`):
the module's EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import vocatives
from redactor.engine import analyze
from redactor.entities import PERSON
from tests.markup import covered, parse, render


@pytest.mark.parametrize("marked", vocatives.EXAMPLES)
def test_name_addressed(marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == PERSON]
    assert all(covered(text, s, found) for s in spans), render(text, found)


@pytest.mark.parametrize("text", vocatives.COUNTER_EXAMPLES)
def test_no_name_addressed(text: str) -> None:
    last = text.rfind("\n") + 1
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == PERSON]
    assert not [s for s in found if s[1] > last], render(text, found)
