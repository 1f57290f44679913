"""An e-mail address read back or spelled out (`redactor/detect/email_echoes.py`): the module's EXAMPLES and
COUNTER_EXAMPLES through the whole engine, on the last line."""

from __future__ import annotations

import pytest

from redactor.detect import email_echoes
from redactor.engine import analyze
from redactor.entities import EMAIL_ADDRESS
from tests.markup import covered, parse, render


@pytest.mark.parametrize("marked", email_echoes.EXAMPLES)
def test_pieces(marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == EMAIL_ADDRESS]
    assert all(covered(text, s, found) for s in spans), render(text, found)


@pytest.mark.parametrize("text", email_echoes.COUNTER_EXAMPLES)
def test_not_pieces(text: str) -> None:
    last = text.rfind("\n") + 1
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == EMAIL_ADDRESS]
    assert not [s for s in found if s[1] > last], render(text, found)
