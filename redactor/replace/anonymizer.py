"""Presidio's anonymizer writes the redacted text: its own operator removes, ours writes the
value the `Replacer` chose (numbered, masked, hashed, fake: all depend on the other mentions)."""

from __future__ import annotations

import logging
from functools import cache

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from redactor.entities import ALL
from redactor.finding import Finding, Redaction
from redactor.replace.policy import REMOVE
from redactor.replace.replacer import Replacer
from redactor.replace.splice import spliced

# Presidio logs the text at DEBUG level; keep its logger quiet whatever the root level is.
logging.getLogger("presidio-anonymizer").setLevel(logging.WARNING)


def write(text: str, findings: list[Finding], replacer: Replacer) -> Redaction:
    """`text` with each finding replaced as `replacer` decides (its state keeps the choices
    consistent across the texts it has seen)."""
    chosen = replacer.replace(text, findings)
    operators = {
        kind: OperatorConfig("redact")
        if replacer.policy.operator(kind) == REMOVE
        else OperatorConfig(Chosen.NAME, {"values": {}})
        for kind in ALL
    }
    for finding, new in zip(findings, chosen, strict=True):
        params = operators[finding.entity_type].params
        if "values" in params:
            params["values"][finding.value(text)] = new
    result = anonymizer().anonymize(
        text=text,
        analyzer_results=[
            RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in findings
        ],
        operators=operators,
        merge_entities_with_spaces=False,
    )
    # The edits that undo it (for a vault), from the same splice the file formats use.
    places = zip(findings, chosen, strict=True)
    _, edits = spliced(text, [(f.start, f.end, new) for f, new in places])
    return Redaction(result.text, tuple(findings), tuple(chosen), tuple(edits))


@cache
def anonymizer() -> AnonymizerEngine:
    engine = AnonymizerEngine()
    engine.add_anonymizer(Chosen)
    return engine


class Chosen(Operator):
    """Presidio operator that writes the replacement the `Replacer` chose for this value."""

    NAME = "chosen"

    def operate(self, text: str, params: dict | None = None) -> str:
        return params["values"][text]

    def validate(self, params: dict | None = None) -> None:
        if not isinstance((params or {}).get("values"), dict):
            raise ValueError("the chosen operator needs a `values` mapping")

    def operator_name(self) -> str:
        return self.NAME

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize
