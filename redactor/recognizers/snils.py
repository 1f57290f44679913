"""RU_SNILS: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_SNILS
from redactor.recognizers.base import RuRecognizer


class SnilsRecognizer(RuRecognizer):
    ENTITY = RU_SNILS

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
