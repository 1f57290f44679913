"""RU_PASSPORT: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_PASSPORT
from redactor.recognizers.base import RuRecognizer


class PassportRecognizer(RuRecognizer):
    ENTITY = RU_PASSPORT

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
