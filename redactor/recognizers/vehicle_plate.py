"""RU_VEHICLE_PLATE: a stub, to be written (issue 4)."""

from __future__ import annotations

from redactor.entities import RU_VEHICLE_PLATE
from redactor.recognizers.base import RuRecognizer


class VehiclePlateRecognizer(RuRecognizer):
    ENTITY = RU_VEHICLE_PLATE

    def analyze(self, text, entities, nlp_artifacts=None):
        return []
