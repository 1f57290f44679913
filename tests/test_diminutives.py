"""A first name's familiar form in lowercase speech (`redactor/detect/diminutives.py`): the module's
EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import diminutives
from redactor.engine import analyze
from redactor.entities import PERSON


@pytest.mark.parametrize(("text", "name"), diminutives.EXAMPLES)
def test_familiar_name(text: str, name: str) -> None:
    start = text.index(name)
    found = [f for f in analyze(text) if f.entity_type == PERSON]
    assert any(f.start <= start and start + len(name) <= f.end for f in found), [
        text[f.start : f.end] for f in found
    ]


@pytest.mark.parametrize(("text", "word"), diminutives.COUNTER_EXAMPLES)
def test_not_a_name(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(f.start <= start < f.end for f in analyze(text))


@pytest.mark.parametrize(
    ("word", "familiar"),
    [
        ("колька", True),
        ("вовку", True),
        ("машенькой", True),
        ("ксюшка", True),
        ("ленка", True),  # the dictionary's «ленка» is mostly no name, «лена» is
        ("сумка", False),
        ("девочка", False),
        ("мамка", False),
        ("лавочку", False),
        ("верочка", False),  # «вера» is a word more often than a name: left to the models
        ("кошка", False),
    ],
)
def test_familiar(word: str, familiar: bool) -> None:
    assert diminutives.familiar(word) is familiar
