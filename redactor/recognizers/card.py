"""CREDIT_CARD (stub: to be written)."""

from __future__ import annotations

from redactor.entities import CREDIT_CARD
from redactor.recognizers.base import RuRecognizer


class CardRecognizer(RuRecognizer):
    ENTITY = CREDIT_CARD

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
