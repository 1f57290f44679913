"""RU_BANK_ACCOUNT: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_BANK_ACCOUNT
from redactor.recognizers.base import RuRecognizer


class BankAccountRecognizer(RuRecognizer):
    ENTITY = RU_BANK_ACCOUNT

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
