"""Numbers that answer a question asking for them (`recognizers/slot_answers.py`): its examples
are found as the asked entity, its counter-examples give none by this recognizer."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.recognizers.slot_answers import SlotAnswerRecognizer
from tests.markup import covered, parse


@pytest.mark.parametrize(("entity", "marked"), SlotAnswerRecognizer.EXAMPLES)
def test_an_answer_is_the_asked_entity(entity: str, marked: str) -> None:
    text, spans = parse(marked)
    found = [(f.start, f.end) for f in redactor.analyze(text) if f.entity_type == entity]
    assert all(covered(text, span, found) for span in spans), text


@pytest.mark.parametrize(("entity", "text"), SlotAnswerRecognizer.COUNTER_EXAMPLES)
def test_other_numbers_answer_nothing(entity: str, text: str) -> None:
    assert not [
        f
        for f in redactor.analyze(text)
        if f.recognizer == "SlotAnswerRecognizer" and f.entity_type == entity
    ], text
