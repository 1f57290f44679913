"""The edges of a spoken address (`redactor/detect/spoken_address_edges.py`): the module's
EXAMPLES and COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import spoken_address_edges
from redactor.engine import analyze
from redactor.entities import ADDRESS


@pytest.mark.parametrize(("text", "address"), spoken_address_edges.EXAMPLES)
def test_whole_address(text: str, address: str) -> None:
    start = text.index(address)
    found = [f for f in analyze(text) if f.entity_type == ADDRESS]
    assert any(f.start <= start and start + len(address) <= f.end for f in found), [
        text[f.start : f.end] for f in found
    ]


@pytest.mark.parametrize(("text", "word"), spoken_address_edges.COUNTER_EXAMPLES)
def test_no_address_there(text: str, word: str) -> None:
    start = text.index(word)
    found = [f for f in analyze(text) if f.entity_type == ADDRESS]
    assert not any(f.start <= start < f.end for f in found)
