"""HANDLE: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import HANDLE
from redactor.recognizers.base import RuRecognizer


class HandleRecognizer(RuRecognizer):
    ENTITY = HANDLE

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
