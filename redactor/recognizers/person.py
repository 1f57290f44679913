"""PERSON (stub: to be written)."""

from __future__ import annotations

from redactor.entities import PERSON
from redactor.recognizers.base import RuRecognizer


class PersonRecognizer(RuRecognizer):
    ENTITY = PERSON

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
