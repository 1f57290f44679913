"""IP_ADDRESS: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import IP_ADDRESS
from redactor.recognizers.base import RuRecognizer


class IpAddressRecognizer(RuRecognizer):
    ENTITY = IP_ADDRESS

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
