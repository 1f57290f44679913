"""The Presidio analyzer for Russian: text → findings, on our spaCy pipeline and recognizers."""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cached_property
from itertools import islice
from pathlib import Path

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LEMMA

from redactor.detect import nlp
from redactor.detect.context import ContextEnhancer
from redactor.detect.marker import outside_markers
from redactor.detect.normalize import normalize
from redactor.detect.overlaps import flatten
from redactor.detect.passes import after_recognizers
from redactor.detect.recognizers.sender import nobody
from redactor.detect.spoken import spoken_findings
from redactor.entities import (
    ALL,
    PERSON,
)
from redactor.finding import Finding

LANGUAGE = "ru"
# Below this a finding is dropped. Pattern recognizers propose weak shapes at 0.3 and reach this
# only with a context word nearby (Presidio adds 0.35 for a context lemma in the 5 words before).
SCORE_THRESHOLD = 0.4
# Texts are analysed in pieces of at most this many characters, cut at line breaks, and a longer
# line at a sentence end or a space (`pieces`).
MAX_PIECE = 100_000
# Texts handed to the spaCy pipeline at once by `analyze_many`.
BATCH = 128
# From the first mark of a run only, and without backtracking: a run of 50,000 dots is read once.
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[»\"')\]]*+\s+")
SPACE = re.compile(r"\s+")

KEPT_LEMMAS = 200_000  # lemmas whose context keywords an engine keeps (`Artifacts.keywords`)
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
        # A lemma → its parts that are Presidio's context keywords (none for a stop word).
        self.keyword_parts: dict[str, tuple[str, ...]] = {}

    def load(self) -> None:
        self.nlp = {LANGUAGE: nlp.load(self.model_dir)}

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        entities = self._get_entities(doc)
        scores = self._get_scores_for_entities(doc)
        entities, scores = self._get_updated_entities(entities, scores)
        return Artifacts(entities, doc, self, language, scores)


class Artifacts(NlpArtifacts):
    """Presidio's NLP artifacts, whose lemmas, token offsets and keywords (a lemma, a stop-word
    and a punctuation test per token) are made when first read. Only the context step reads
    them, and only for a finding whose recognizer has context words: a one-line message
    without one never needs them."""

    def __init__(self, entities, doc, nlp_engine, language: str, scores: list[float]):
        self.entities = entities
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self.language = language
        self.scores = scores if scores else [0.85] * len(entities)  # as NlpArtifacts

    # Read from the document's arrays: walking the document makes a `Token` object per word
    # and per pass, and the context step walked it three times (lemmas, starts, ends).
    @cached_property
    def lemmas(self) -> list[str]:
        strings = self.tokens.vocab.strings
        return [strings[h] for h in self.tokens.to_array(LEMMA).tolist()]

    @cached_property
    def tokens_indices(self) -> list[int]:
        return self.tokens.to_array(IDX).tolist()

    @cached_property
    def keywords(self) -> list[str]:
        # Presidio's `set_keywords`, a lemma's parts kept per lemma: a lemma is a keyword or
        # not whatever the text around it (a stop word, punctuation, which the vocabulary says)
        parts = self.nlp_engine.keyword_parts
        if len(parts) > KEPT_LEMMAS:
            parts.clear()
        keywords = []
        for lemma in self.lemmas:
            kept = parts.get(lemma)
            if kept is None:
                kept = parts[lemma] = tuple(
                    self.set_keywords(self.nlp_engine, [lemma], self.language)
                )
            keywords += kept
        return keywords


class Engine(AnalyzerEngine):
    """Presidio's analyzer, with its context step's first half in one pass. That half hands
    each recognizer its own results and everyone else's, two lists per recognizer for every
    call, for a step none of ours overrides (`EntityRecognizer.enhance_using_context` returns
    the results it is handed); what stays of it is the order, results grouped by recognizer."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        if any(
            type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
            for r in recognizers
        ):
            return super()._enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context
            )
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        by_recognizer: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            by_recognizer.setdefault(result.recognition_metadata[key], []).append(result)
        results = [r for recognizer in recognizers for r in by_recognizer.get(recognizer.id, ())]
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


class Registry(RecognizerRegistry):
    """Presidio's registry, answering which recognizers read the wanted entities once per set
    of entities, in a fixed order: the last added first. Presidio's own collects them into a
    set on every call: every recognizer checked against every entity for each message,
    in an order that follows their addresses in memory. The order decides only which of two
    recognizers that found the same span with the same score names the finding; the last
    added are the most specific (a slot's answer, an e-mail spelled out), and they named such
    findings before too.
    """

    def get_recognizers(self, language, entities=None, all_fields=False, ad_hoc_recognizers=None):
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        # The recognizers' count in the key: one added later is seen.
        key = (language, None if all_fields else tuple(entities or ()), len(self.recognizers))
        cache = self.__dict__.setdefault("_chosen", {})
        if key not in cache:
            chosen = {id(r) for r in super().get_recognizers(language, entities, all_fields)}
            cache[key] = [r for r in reversed(self.recognizers) if id(r) in chosen]
        return list(cache[key])


class Analyzer:
    """Presidio's `AnalyzerEngine` with our recognizers; `analyze` returns flat findings."""

    def __init__(self, model_dir: Path = nlp.MODEL_DIR, score_threshold: float = SCORE_THRESHOLD):
        from redactor.detect.recognizers import build_recognizers

        registry = Registry(supported_languages=[LANGUAGE])
        recognizers = build_recognizers()
        for recognizer in recognizers:
            registry.add_recognizer(recognizer)
        # Recognizers that also read numbers spoken in words (on a normalized copy).
        self.spoken = [r for r in recognizers if getattr(r, "READS_SPOKEN_NUMBERS", False)]
        self.score_threshold = score_threshold
        self.presidio = Engine(
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
                findings += self._piece(piece, offset, wanted)
        return outside_markers(flatten(findings, text), text)

    def analyze_many(
        self, texts: Iterable[str], entities: list[str] | None = None, batch_size: int = BATCH
    ) -> Iterator[list[Finding]]:
        """`analyze` of each text, the same findings, for many short texts at once (the
        messages of a queue): their words go through the spaCy pipeline and its NER in batches
        of `batch_size` texts (`nlp.pipe`), not one text at a time."""
        wanted = entities or list(ALL)
        texts = iter(texts)
        while batch := [readable(t) for t in islice(texts, batch_size)]:
            jobs = [
                (n, offset, piece)
                for n, text in enumerate(batch)
                for offset, piece in pieces(text)
                if piece.strip()
            ]
            found: list[list[Finding]] = [[] for _ in batch]
            engine = self.presidio.nlp_engine
            analysed = engine.process_batch([p for _, _, p in jobs], LANGUAGE, batch_size)
            for (n, offset, piece), (_, artifacts) in zip(jobs, analysed, strict=True):
                found[n] += self._piece(piece, offset, wanted, artifacts)
            for text, findings in zip(batch, found, strict=True):
                yield outside_markers(flatten(findings, text), text)

    def _piece(self, piece: str, offset: int, wanted: list[str], artifacts=None) -> list[Finding]:
        results = self.presidio.analyze(
            text=piece, language=LANGUAGE, entities=wanted, nlp_artifacts=artifacts
        )
        findings = [adapt(r) for r in _named(results, piece)]
        normalized = normalize(piece)  # numbers said in words, read once for all that follows
        findings += spoken_findings(piece, self.spoken, wanted, self.score_threshold, normalized)
        # What the findings imply elsewhere in the conversation: read-backs, pieces, repairs.
        findings = after_recognizers(piece, findings, normalized, wanted)
        return [shift(f, offset) for f in findings]


def _named(results: list[RecognizerResult], text: str) -> list[RecognizerResult]:
    """The results less the names found in a speaker label that names no one (a company's,
    a role's: `sender.nobody`)."""
    if not any(r.entity_type == PERSON for r in results):
        return results
    labels = nobody(text)
    return [
        r
        for r in results
        if r.entity_type != PERSON or not any(s <= r.start and r.end <= e for s, e in labels)
    ]


def readable(text: str) -> str:
    """`text` with its lone surrogates (the stray bytes of a file that is UTF-8 but for them)
    as U+FFFD, one character for one: spaCy cannot hash them, and they are no letters anyway."""
    return LONE_SURROGATE.sub("\ufffd", text) if LONE_SURROGATE.search(text) else text


def pieces(text: str, size: int = MAX_PIECE):
    """(offset, piece) of `text` in pieces of at most `size` characters: spaCy refuses texts
    over a million characters, and a long chat log is many independent lines anyway. A piece
    ends at a line break; a longer line at a sentence end or a space (`_cut`)."""
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, start + size)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece from `start` ends, at `end` at the latest: after its last line break;
    in a longer line, after its last sentence end in the piece's second half, else at its last
    space. A piece without spaces holds no words (a blob, a dump) and is cut at `end`."""
    newline = text.rfind("\n", start, end)
    if newline >= 0:
        return newline + 1
    half = (start + end) // 2
    last = _last(SENTENCE_END, text, half, end) or _last(SPACE, text, half, end)
    last = last or _last(SPACE, text, start, half)  # the first half: the line's words stay whole
    return last.end() if last else end


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` in text[start:end], if any."""
    found = deque(pattern.finditer(text, start, end), maxlen=1)
    return found[0] if found else None


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
