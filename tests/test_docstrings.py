"""The examples in the surrogate modules' docstrings are true: they run as doctests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "redactor.replace.surrogates.address",
    "redactor.replace.surrogates.card",
    "redactor.replace.surrogates.dates",
    "redactor.replace.surrogates.email",
    "redactor.replace.surrogates.latin",
    "redactor.replace.surrogates.name_lists",
    "redactor.replace.surrogates.name_readings",
    "redactor.replace.surrogates.names",
    "redactor.replace.surrogates.phone",
    "redactor.replace.surrogates.shape",
    "redactor.replace.surrogates.spoken",
    "redactor.replace.surrogates.web",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
