"""The Presidio analyzer and anonymizer for Russian, built once per process on first use."""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import cache
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from redactor.detect import nlp
from redactor.detect.context import ContextEnhancer
from redactor.detect.overlaps import flatten
from redactor.detect.spoken import spoken_findings
from redactor.entities import ALL
from redactor.finding import Finding, Redaction
from redactor.formats.base import spliced
from redactor.policy import REMOVE, Policy
from redactor.replacer import Replacer

LANGUAGE = "ru"
# Below this a finding is dropped. Pattern recognizers propose weak shapes at 0.3 and reach this
# only with a context word nearby (Presidio adds 0.35 for a context lemma in the 5 words before).
SCORE_THRESHOLD = 0.4
# Texts are analysed in pieces of about this many characters, cut at line breaks.
MAX_PIECE = 100_000

# Presidio logs analysed text at DEBUG level; keep its loggers quiet whatever the root level is.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)


class RussianNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading our pipeline from `models/` and never downloading one."""

    def __init__(self, model_dir: Path = nlp.MODEL_DIR):
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": str(model_dir)}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={
                    "PER": "PERSON",
                    "LOC": "LOCATION",
                    "ORG": "ORGANIZATION",
                },
            ),
        )
        self.model_dir = model_dir

    def load(self) -> None:
        self.nlp = {LANGUAGE: nlp.load(self.model_dir)}


class Engine:
    def __init__(self, model_dir: Path = nlp.MODEL_DIR, score_threshold: float = SCORE_THRESHOLD):
        from redactor.detect.recognizers import build_recognizers

        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        recognizers = build_recognizers()
        for recognizer in recognizers:
            registry.add_recognizer(recognizer)
        # Recognizers that also read numbers spoken in words (on a normalized copy).
        self.spoken = [r for r in recognizers if getattr(r, "READS_SPOKEN_NUMBERS", False)]
        self.score_threshold = score_threshold
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=RussianNlpEngine(model_dir),
            supported_languages=[LANGUAGE],
            default_score_threshold=score_threshold,
            # Two words after count too: «Любовь, слушаю», «Вера Сергеевна, здравствуйте».
            context_aware_enhancer=ContextEnhancer(
                context_prefix_count=5,
                context_suffix_count=2,
                # Whole lemmas: as substrings «брат» would match «собрать», «тел» «учитель».
                context_matching_mode="whole_word",
            ),
        )
        self.anonymizer = AnonymizerEngine()
        self.anonymizer.add_anonymizer(Chosen)

    def analyze(self, text: str, entities: list[str] | None = None) -> list[Finding]:
        """Personal data in `text`, as flat, non-overlapping findings in text order."""
        wanted = entities or list(ALL)
        findings = []
        for offset, piece in pieces(text):
            if piece.strip():
                results = self.analyzer.analyze(text=piece, language=LANGUAGE, entities=wanted)
                findings += [shift(adapt(r), offset) for r in results]
                spoken = spoken_findings(piece, self.spoken, wanted, self.score_threshold)
                findings += [shift(f, offset) for f in spoken]
        return flatten(findings, text)

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
        replacer = replacer or Replacer(policy)
        chosen = replacer.replace(text, findings)
        # Presidio writes the text: its own operator removes, ours writes what the replacer
        # chose (numbered, masked, hashed, fake: all depend on the other mentions).
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
        result = self.anonymizer.anonymize(
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


def pieces(text: str, size: int = MAX_PIECE):
    """(offset, piece) of `text` cut at line breaks into pieces of at most about `size`
    characters: spaCy refuses texts over a million characters, and a long chat log is many
    independent lines anyway. A line longer than `size` stays whole."""
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut <= start:
            cut = text.find("\n", start + size)
            if cut < 0:
                break
        yield start, text[start : cut + 1]
        start = cut + 1
    yield start, text[start:]


def shift(finding: Finding, offset: int) -> Finding:
    return replace(finding, start=finding.start + offset, end=finding.end + offset)


def adapt(result: RecognizerResult) -> Finding:
    meta = result.recognition_metadata or {}
    return Finding(
        start=result.start,
        end=result.end,
        entity_type=result.entity_type,
        score=round(float(result.score), 4),
        recognizer=meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "?"),
    )


@cache
def default_engine() -> Engine:
    return Engine()


def analyze(text: str, entities: list[str] | None = None) -> list[Finding]:
    """Find personal data in `text` (models load on the first call)."""
    return default_engine().analyze(text, entities)


def redact(text: str, entities: list[str] | None = None, policy: Policy | None = None) -> Redaction:
    """Replace personal data in `text`: by numbered placeholders such as [ИМЯ_1], or as
    `policy` says (`policy.parse(["fake"])`: realistic surrogates)."""
    return default_engine().redact(text, entities, policy)
