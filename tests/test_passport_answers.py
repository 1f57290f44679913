"""A passport's issue data answered to a question about it (`recognizers/passport_answers.py`)."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers import passport_answers
from redactor.detect.recognizers.passport import PassportRecognizer
from redactor.entities import RU_PASSPORT
from tests.markup import covered, parse


def _found(text: str) -> set[tuple[int, int]]:
    results = PassportRecognizer().analyze(text, [RU_PASSPORT])
    return {(r.start, r.end) for r in results}


@pytest.mark.parametrize("marked", passport_answers.EXAMPLES)
def test_issue_data_answered_is_found(marked: str) -> None:
    text, spans = parse(marked)
    found = sorted(_found(text))
    for span in spans:
        assert covered(text, span, found), text


@pytest.mark.parametrize("text", passport_answers.COUNTER_EXAMPLES)
def test_other_issues_and_stories_are_not(text: str) -> None:
    lines = text.split("\n")
    answer_start = len(lines[0]) + 1
    assert not {s for s in _found(text) if s[0] >= answer_start}
