"""URL: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import URL
from redactor.recognizers.base import RuRecognizer


class UrlRecognizer(RuRecognizer):
    ENTITY = URL

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
