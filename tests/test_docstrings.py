"""The examples in the surrogate modules' docstrings are true: they run as doctests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "redactor.surrogates.address",
    "redactor.surrogates.card",
    "redactor.surrogates.dates",
    "redactor.surrogates.email",
    "redactor.surrogates.latin",
    "redactor.surrogates.name_lists",
    "redactor.surrogates.name_readings",
    "redactor.surrogates.names",
    "redactor.surrogates.phone",
    "redactor.surrogates.shape",
    "redactor.surrogates.spoken",
    "redactor.surrogates.web",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
