"""DATE_OF_BIRTH: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import DATE_OF_BIRTH
from redactor.recognizers.base import RuRecognizer


class BirthDateRecognizer(RuRecognizer):
    ENTITY = DATE_OF_BIRTH

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
