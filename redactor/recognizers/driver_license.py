"""RU_DRIVER_LICENSE: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_DRIVER_LICENSE
from redactor.recognizers.base import RuRecognizer


class DriverLicenseRecognizer(RuRecognizer):
    ENTITY = RU_DRIVER_LICENSE

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
