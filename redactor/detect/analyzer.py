"""The Presidio analyzer for Russian: text → findings, on our spaCy pipeline and recognizers."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

from redactor.detect import nlp
from redactor.detect.context import ContextEnhancer
from redactor.detect.marker import outside_markers
from redactor.detect.overlaps import flatten
from redactor.detect.spoken import spoken_findings
from redactor.entities import ALL
from redactor.finding import Finding

LANGUAGE = "ru"
# Below this a finding is dropped. Pattern recognizers propose weak shapes at 0.3 and reach this
# only with a context word nearby (Presidio adds 0.35 for a context lemma in the 5 words before).
SCORE_THRESHOLD = 0.4
# Texts are analysed in pieces of about this many characters, cut at line breaks.
MAX_PIECE = 100_000

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Presidio logs analysed text at DEBUG level; keep its loggers quiet whatever the root level is.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)


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


class Analyzer:
    """Presidio's `AnalyzerEngine` with our recognizers; `analyze` returns flat findings."""

    def __init__(self, model_dir: Path = nlp.MODEL_DIR, score_threshold: float = SCORE_THRESHOLD):
        from redactor.detect.recognizers import build_recognizers

        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        recognizers = build_recognizers()
        for recognizer in recognizers:
            registry.add_recognizer(recognizer)
        # Recognizers that also read numbers spoken in words (on a normalized copy).
        self.spoken = [r for r in recognizers if getattr(r, "READS_SPOKEN_NUMBERS", False)]
        self.score_threshold = score_threshold
        self.presidio = AnalyzerEngine(
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

    def analyze(self, text: str, entities: list[str] | None = None) -> list[Finding]:
        """Personal data in `text`, as flat, non-overlapping findings in text order."""
        wanted = entities or list(ALL)
        findings = []
        text = readable(text)
        for offset, piece in pieces(text):
            if piece.strip():
                results = self.presidio.analyze(text=piece, language=LANGUAGE, entities=wanted)
                findings += [shift(adapt(r), offset) for r in results]
                spoken = spoken_findings(piece, self.spoken, wanted, self.score_threshold)
                findings += [shift(f, offset) for f in spoken]
        return outside_markers(flatten(findings, text), text)


def readable(text: str) -> str:
    """`text` with its lone surrogates (the stray bytes of a file that is UTF-8 but for them)
    as U+FFFD, one character for one: spaCy cannot hash them, and they are no letters anyway."""
    return LONE_SURROGATE.sub("\ufffd", text) if LONE_SURROGATE.search(text) else text


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
