"""A birth date read back or corrected (`redactor/detect/birth_echoes.py`): the module's
EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import birth_echoes
from redactor.engine import analyze
from redactor.entities import DATE_OF_BIRTH


@pytest.mark.parametrize(("text", "dates"), birth_echoes.EXAMPLES)
def test_said_again(text: str, dates: list[str]) -> None:
    found = [text[f.start : f.end] for f in analyze(text) if f.entity_type == DATE_OF_BIRTH]
    for date in dates:
        assert any(date in value for value in found), (date, found)


@pytest.mark.parametrize("text", birth_echoes.COUNTER_EXAMPLES)
def test_another_date(text: str) -> None:
    first = text.index("\n")
    later = [f for f in analyze(text) if f.entity_type == DATE_OF_BIRTH and f.start > first]
    assert not later, [text[f.start : f.end] for f in later]
