"""The whole pipeline for one text: detection (`detect/`) then replacement (`replace/`), with
the models built once per process on first use."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from redactor.detect import nlp
from redactor.detect.analyzer import SCORE_THRESHOLD, Analyzer
from redactor.finding import Finding, Redaction
from redactor.replace import anonymizer
from redactor.replace.policy import Policy
from redactor.replace.replacer import Replacer

__all__ = ["SCORE_THRESHOLD", "Engine", "analyze", "analyze_many", "default_engine", "redact"]


class Engine:
    def __init__(self, model_dir: Path = nlp.MODEL_DIR, score_threshold: float = SCORE_THRESHOLD):
        self.analyzer = Analyzer(model_dir, score_threshold)

    def analyze(self, text: str, entities: list[str] | None = None) -> list[Finding]:
        """Personal data in `text`, as flat, non-overlapping findings in text order."""
        return self.analyzer.analyze(text, entities)

    def analyze_many(
        self, texts: Iterable[str], entities: list[str] | None = None
    ) -> list[list[Finding]]:
        """`analyze` of each text (the same findings), many short texts at a time: their words
        go through the NER in batches, so a one-line message costs what its words cost."""
        return list(self.analyzer.analyze_many(texts, entities))

    def redact(
        self,
        text: str,
        entities: list[str] | None = None,
        policy: Policy | None = None,
        replacer: Replacer | None = None,
    ) -> Redaction:
        """`text` with its personal data replaced as `policy` says (placeholders by default);
        a `replacer` shared by several calls keeps them consistent across the texts."""
        findings = self.analyze(text, entities)
        return anonymizer.write(text, findings, replacer or Replacer(policy))


@cache
def default_engine() -> Engine:
    return Engine()


def analyze(text: str, entities: list[str] | None = None) -> list[Finding]:
    """Find personal data in `text` (models load on the first call)."""
    return default_engine().analyze(text, entities)


def analyze_many(texts: Iterable[str], entities: list[str] | None = None) -> list[list[Finding]]:
    """Find personal data in each of `texts`, as `analyze` would one by one, but faster: the
    way to hand over the messages of a chat, a queue or a table at once."""
    return default_engine().analyze_many(texts, entities)


def redact(text: str, entities: list[str] | None = None, policy: Policy | None = None) -> Redaction:
    """Replace personal data in `text`: by numbered placeholders such as [ИМЯ_1], or as
    `policy` says (`policy.parse(["fake"])`: realistic surrogates)."""
    return default_engine().redact(text, entities, policy)
