"""SECRET: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import SECRET
from redactor.recognizers.base import RuRecognizer


class SecretRecognizer(RuRecognizer):
    ENTITY = SECRET

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
