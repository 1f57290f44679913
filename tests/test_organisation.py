"""A company's own offices, phone lines and mailboxes stay; the client's are found
(`redactor.detect.organisation`)."""

from __future__ import annotations

import re

import pytest

from redactor.detect import organisation
from redactor.finding import Finding

MARK = re.compile(r"\[([^\[\]]+)\]|\{([^{}]+)\}")


def _parse(marked: str) -> tuple[str, int, int, bool]:
    m = MARK.search(marked)
    value = m.group(1) or m.group(2)
    text = marked[: m.start()] + value + marked[m.end() :]
    return text, m.start(), m.start() + len(value), m.group(2) is not None


@pytest.mark.parametrize(("marked", "entity"), organisation.EXAMPLES)
def test_the_company_s_own_data_and_the_client_s(marked: str, entity: str) -> None:
    text, start, end, company = _parse(marked)
    assert organisation.own(text, Finding(start, end, entity, 0.9, "test")) is company
