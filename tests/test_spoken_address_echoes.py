"""A street said again aloud without its type (`redactor/detect/spoken_address_echoes.py`): the module's EXAMPLES and
COUNTER_EXAMPLES through the whole engine."""

from __future__ import annotations

import pytest

from redactor.detect import spoken_address_echoes
from redactor.engine import analyze
from redactor.entities import ADDRESS
from tests.markup import covered, parse, render


@pytest.mark.parametrize("marked", spoken_address_echoes.EXAMPLES)
def test_street_again(marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == ADDRESS]
    assert all(covered(text, s, found) for s in spans), render(text, found)


@pytest.mark.parametrize("text", spoken_address_echoes.COUNTER_EXAMPLES)
def test_no_street_again(text: str) -> None:
    last = text.rfind("\n") + 1
    found = [(f.start, f.end) for f in analyze(text) if f.entity_type == ADDRESS]
    assert not [s for s in found if s[1] > last], render(text, found)


def test_a_house_number_before_the_name_stays_out() -> None:
    """Only a number that the found address says inside the street's name is taken back with
    it: «сорок» is the house of «дом сорок», not a part of «ленина»."""
    text = "к: улица ленина дом сорок квартира пять\nк: так двадцать сорок ленина пять"
    echo = text.rindex("ленина")
    found = [f for f in analyze(text) if f.entity_type == ADDRESS and f.end > echo]
    assert found and all(f.start >= echo for f in found), render(
        text, [(f.start, f.end) for f in found]
    )
