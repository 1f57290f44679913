"""The names benchmark (`benchmarks/names.py`, `benchmarks/diary.py`): the diary's gold spans
point at the names written in brackets, and a span counts as covered only when every letter
of it is. No model is loaded."""

from __future__ import annotations

import pytest

from benchmarks import diary
from benchmarks.names import covered
from redactor.entities import PERSON


def test_diary_spans_are_the_bracketed_names() -> None:
    for entry, doc in zip(diary.ENTRIES, diary.documents(), strict=True):
        assert "[" not in doc.text and "]" not in doc.text
        names = [m.group(1) for m in diary.BRACKET.finditer(entry)]
        assert [doc.text[s.start : s.end] for s in doc.spans] == names
        assert all(s.label == PERSON for s in doc.spans)


def test_diary_has_texts_without_names() -> None:
    assert sum(not d.spans for d in diary.documents()) >= 5


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 9)], True),  # the whole span
        ([(0, 4), (5, 9)], True),  # two findings, the space between them is no letter
        ([(0, 4)], False),  # the surname left
        ([], False),
    ],
)
def test_covered(spans: list[tuple[int, int]], expected: bool) -> None:
    assert covered("Анна Петр", 0, 9, spans) is expected
