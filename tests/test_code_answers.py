"""A one-time code given in answer (`redactor/detect/code_answers.py`): the module's EXAMPLES and
COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import code_answers
from redactor.engine import analyze
from redactor.entities import SECRET
from tests.markup import covered, parse, render


@pytest.mark.parametrize("marked", code_answers.EXAMPLES)
def test_code(marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == SECRET]
    assert all(covered(text, s, found) for s in spans), render(text, found)


@pytest.mark.parametrize("text", code_answers.COUNTER_EXAMPLES)
def test_no_code(text: str) -> None:
    last = text.rfind("\n") + 1
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == SECRET]
    assert not [s for s in found if s[1] > last], render(text, found)
