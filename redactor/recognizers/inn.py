"""RU_INN: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_INN
from redactor.recognizers.base import RuRecognizer


class InnRecognizer(RuRecognizer):
    ENTITY = RU_INN

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
