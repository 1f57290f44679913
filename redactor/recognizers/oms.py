"""RU_OMS: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_OMS
from redactor.recognizers.base import RuRecognizer


class OmsRecognizer(RuRecognizer):
    ENTITY = RU_OMS

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
