"""An account's number written again or corrected (`redactor.detect.account_echoes`), through
the whole engine."""

from __future__ import annotations

import pytest

import redactor
from redactor.detect.account_echoes import COUNTER_EXAMPLES, EXAMPLES
from redactor.entities import HANDLE


def _handles(text: str) -> list[str]:
    return [text[f.start : f.end] for f in redactor.analyze(text) if f.entity_type == HANDLE]


@pytest.mark.parametrize(("text", "again"), EXAMPLES)
def test_a_value_written_again_is_the_account(text, again):
    found = _handles(text)
    assert all(value in found for value in again), found
    assert all(found.count(value) == text.count(value) for value in set(found))


@pytest.mark.parametrize("text", COUNTER_EXAMPLES)
def test_only_the_cued_value(text):
    found = _handles(text)
    assert len(found) <= 1, found
