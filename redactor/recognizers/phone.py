"""PHONE_NUMBER (stub: to be written)."""

from __future__ import annotations

from redactor.entities import PHONE_NUMBER
from redactor.recognizers.base import RuRecognizer


class PhoneRecognizer(RuRecognizer):
    ENTITY = PHONE_NUMBER

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
