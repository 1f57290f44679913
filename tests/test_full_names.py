"""A surname before a first name and patronymic (`redactor/detect/full_names.py`): the module's
EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import full_names
from redactor.engine import analyze
from redactor.entities import PERSON


@pytest.mark.parametrize(("text", "name"), full_names.EXAMPLES)
def test_whole_name(text: str, name: str) -> None:
    start = text.index(name)
    found = [f for f in analyze(text) if f.entity_type == PERSON]
    assert any(f.start <= start and start + len(name) <= f.end for f in found), [
        text[f.start : f.end] for f in found
    ]


@pytest.mark.parametrize(("text", "word"), full_names.COUNTER_EXAMPLES)
def test_not_a_surname(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(f.start <= start < f.end for f in analyze(text))
