"""A passport's number said in the turn after its series (`redactor/detect/series_rest.py`):
the module's EXAMPLES and COUNTER_EXAMPLES through the whole engine, on the last line."""

from __future__ import annotations

import pytest

from redactor.detect import series_rest
from redactor.engine import analyze
from redactor.entities import RU_PASSPORT


@pytest.mark.parametrize(("text", "entity"), series_rest.EXAMPLES + series_rest.COUNTER_EXAMPLES)
def test_number_after_its_series(text: str, entity: str | None) -> None:
    last = text.rfind("\n") + 1
    words_start = text.index(":", last) + 1
    found = {f.entity_type for f in analyze(text) if f.end > words_start}
    if entity is None:
        assert RU_PASSPORT not in found
    else:
        assert entity in found
