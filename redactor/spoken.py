"""Phones and cards spoken in words: «восемь девятьсот шестнадцать сто двадцать три…».

The number recognizers read digits. Where a text has number words, they also read its
normalized copy (`redactor.normalize`: words → digits), and what they find there is mapped back
to the original words, all of them. Only findings that touch a spoken run are kept: the rest
were already found in the original text.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redactor.finding import Finding
from redactor.normalize import normalize


def spoken_findings(
    text: str, recognizers: list[EntityRecognizer], entities: list[str], threshold: float
) -> list[Finding]:
    normalized = normalize(text)
    if not normalized.spans:
        return []
    runs = [(s.norm_start, s.norm_end) for s in normalized.spans]
    found = []
    for recognizer in recognizers:
        if not set(recognizer.supported_entities) & set(entities):
            continue
        for r in recognizer.analyze(normalized.text, entities, None):
            if r.score < threshold or not any(s < r.end and r.start < e for s, e in runs):
                continue
            start, end = normalized.to_original(r.start, r.end)
            found.append(Finding(start, end, r.entity_type, round(r.score, 4), recognizer.name))
    return found
