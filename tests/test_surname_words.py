"""A surname right after «фамилия» (`redactor/detect/surname_words.py`): the module's
EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import re

import pytest

from redactor.detect import surname_words
from redactor.engine import analyze
from redactor.entities import PERSON


@pytest.mark.parametrize(("text", "name"), surname_words.EXAMPLES)
def test_surname(text: str, name: str) -> None:
    start = _word(text, name)
    found = [f for f in analyze(text) if f.entity_type == PERSON]
    assert any(f.start <= start and start + len(name) <= f.end for f in found), [
        text[f.start : f.end] for f in found
    ]


@pytest.mark.parametrize(("text", "word"), surname_words.COUNTER_EXAMPLES)
def test_not_a_surname(text: str, word: str) -> None:
    start = _word(text, word)
    assert not any(f.start <= start < f.end for f in analyze(text))


def _word(text: str, word: str) -> int:
    """Where `word` stands as a whole word: «ли» in «фамилия ли», not inside «фамилия»."""
    return re.search(rf"(?<!\w){word}(?!\w)", text).start()
