"""CARD_EXPIRY: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import CARD_EXPIRY
from redactor.recognizers.base import RuRecognizer


class CardExpiryRecognizer(RuRecognizer):
    ENTITY = CARD_EXPIRY

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
