"""IBAN_CODE: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import IBAN_CODE
from redactor.recognizers.base import RuRecognizer


class IbanRecognizer(RuRecognizer):
    ENTITY = IBAN_CODE

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
