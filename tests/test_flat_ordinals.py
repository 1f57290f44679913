"""A flat named by its ordinal (`redactor/detect/flat_ordinals.py`): the module's EXAMPLES and
COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import flat_ordinals
from redactor.engine import analyze
from redactor.entities import ADDRESS
from tests.markup import covered, parse, render


@pytest.mark.parametrize("marked", flat_ordinals.EXAMPLES)
def test_flat(marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == ADDRESS]
    assert all(covered(text, s, found) for s in spans), render(text, found)


@pytest.mark.parametrize("text", flat_ordinals.COUNTER_EXAMPLES)
def test_no_flat(text: str) -> None:
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == ADDRESS]
    assert not found, render(text, found)
