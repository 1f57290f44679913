"""Read-backs of an identifier said earlier in the call (`redactor/detect/echoes.py`): the
module's EXAMPLES and COUNTER_EXAMPLES through the whole engine, on the last line."""

from __future__ import annotations

import pytest

from redactor.detect import echoes
from redactor.engine import analyze


@pytest.mark.parametrize(("text", "entity"), echoes.EXAMPLES + echoes.COUNTER_EXAMPLES)
def test_read_back(text: str, entity: str | None) -> None:
    last = text.rfind("\n") + 1
    words_start = text.index(":", last) + 1
    found = {f.entity_type for f in analyze(text) if f.end > words_start}
    if entity is None:
        assert not found & echoes.ECHOED
    else:
        assert entity in found
        # the read-back's last words, at least, are covered
        covered = [f for f in analyze(text) if f.end > words_start and f.entity_type == entity]
        assert any(f.start <= len(text) - 30 and f.end == len(text) for f in covered)


@pytest.mark.parametrize(("text", "entity"), echoes.WRITTEN_EXAMPLES)
def test_written_read_back(text: str, entity: str | None) -> None:
    last = text.rfind("\n") + 1
    found = {f.entity_type for f in analyze(text) if f.start >= last}
    assert (entity in found) if entity else not found & echoes.ECHOED


@pytest.mark.parametrize(("text", "entity", "count"), echoes.COUNTED_EXAMPLES)
def test_read_back_before_a_count(text: str, entity: str, count: str) -> None:
    last = text.rfind("\n") + 1
    at = text.rindex(count)
    covered = [f for f in analyze(text) if f.end > last and f.entity_type == entity]
    assert any(f.start <= last + 30 and f.end >= at - 5 for f in covered)
    assert not any(f.end > at for f in covered)
