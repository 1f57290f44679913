"""Every recognizer's own EXAMPLES and COUNTER_EXAMPLES, run through the whole engine."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.recognizers import RECOGNIZERS
from tests.markup import covered, parse, render

# A recognizer of one entity lists texts; one of several (`ENTITIES`) lists (entity, text).
EXAMPLES = [
    ex if isinstance(ex, tuple) else (cls.ENTITY, ex) for cls in RECOGNIZERS for ex in cls.EXAMPLES
]
COUNTER_EXAMPLES = [
    ex if isinstance(ex, tuple) else (cls.ENTITY, ex)
    for cls in RECOGNIZERS
    for ex in cls.COUNTER_EXAMPLES
]


def _found(text: str, entity: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in redactor.analyze(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    ("entity", "marked"), EXAMPLES, ids=[f"{e}-{i}" for i, (e, _) in enumerate(EXAMPLES)]
)
def test_example_is_found(entity: str, marked: str) -> None:
    text, gold = parse(marked)
    found = _found(text, entity)
    assert all(covered(text, span, found) for span in gold), render(text, found)
    # Nothing else of this entity: every finding overlaps a marked span.
    assert all(any(s < ge and gs < e for gs, ge in gold) for s, e in found), render(text, found)


@pytest.mark.parametrize(
    ("entity", "text"),
    COUNTER_EXAMPLES,
    ids=[f"{e}-{i}" for i, (e, _) in enumerate(COUNTER_EXAMPLES)],
)
def test_counter_example_is_kept(entity: str, text: str) -> None:
    assert _found(text, entity) == [], render(text, _found(text, entity))
