"""ADDRESS (stub: to be written)."""

from __future__ import annotations

from redactor.entities import ADDRESS
from redactor.recognizers.base import RuRecognizer


class AddressRecognizer(RuRecognizer):
    ENTITY = ADDRESS

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
