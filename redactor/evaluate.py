"""Scoring the engine on annotated texts: what share of the personal data it protects, what share
of its findings are right, and how much else it masks.

Redaction is about protection, so a gold span counts as protected when every letter and digit in
it lies inside some finding, of any entity type: a name masked as part of an address is safe.
Reports hold labels, counts and shares only, never the text of a span.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import asdict, dataclass

from redactor.engine import analyze as engine_analyze
from redactor.entities import ALL, CREDIT_CARD, EMAIL_ADDRESS, PERSON, PHONE_NUMBER
from redactor.finding import Finding

Analyze = Callable[[str], Sequence[Finding]]

# Short gold labels that corpora use → our entity type; any other label stands for itself, so
# PERSON, ADDRESS or CREDIT_CARD in gold data match findings of that type.
ALIASES = {"PER": PERSON, "PHONE": PHONE_NUMBER, "CARD": CREDIT_CARD, "EMAIL": EMAIL_ADDRESS}
WORD = re.compile(r"\w+")
HEADER = ("measure", "of", "count", "share", "partial")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Document:
    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class LabelScore:
    """The gold spans of one label: fully protected, partly masked, and (the rest) untouched."""

    label: str
    spans: int
    protected: int
    partial: int

    @property
    def recall(self) -> float | None:
        return _share(self.protected, self.spans)

    @property
    def partial_share(self) -> float | None:
        return _share(self.partial, self.spans)

    @property
    def untouched_share(self) -> float | None:
        """For spans that must survive (amounts, product names): the share left alone."""
        return _share(self.spans - self.protected - self.partial, self.spans)

    def to_dict(self) -> dict:
        shares = {"recall": self.recall, "partial_share": self.partial_share}
        return asdict(self) | shares | {"untouched_share": self.untouched_share}


@dataclass(frozen=True)
class EntityScore:
    """The findings of one entity type; `correct` ones overlap a gold span of that entity."""

    entity: str
    findings: int
    correct: int

    @property
    def precision(self) -> float | None:
        return _share(self.correct, self.findings)

    def to_dict(self) -> dict:
        return asdict(self) | {"precision": self.precision}


@dataclass(frozen=True)
class Report:
    documents: int
    labels: tuple[LabelScore, ...]
    entities: tuple[EntityScore, ...]
    words: int  # word tokens outside every gold span
    over_redacted: int  # of those, the ones a finding touches
    chars: int
    seconds: float  # in `analyze`, model loading on a first call included

    @property
    def over_redaction(self) -> float | None:
        return _share(self.over_redacted, self.words)

    @property
    def chars_per_second(self) -> float | None:
        return self.chars / self.seconds if self.seconds > 0 else None

    def label(self, name: str) -> LabelScore | None:
        return next((s for s in self.labels if s.label == name), None)

    def entity(self, name: str) -> EntityScore | None:
        return next((s for s in self.entities if s.entity == name), None)

    def rows(self) -> list[tuple[str, ...]]:
        """The table under `HEADER`, every cell a string: recall rows, precision rows, then
        over-redaction."""
        rows = [
            ("recall", s.label, str(s.spans), _fmt(s.recall), _fmt(s.partial_share))
            for s in self.labels
        ]
        rows += [
            ("precision", s.entity, str(s.findings), _fmt(s.precision), "") for s in self.entities
        ]
        rows.append(("over-redaction", "words", str(self.words), _fmt(self.over_redaction), ""))
        return rows

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "labels": {s.label: s.to_dict() for s in self.labels},
            "entities": {s.entity: s.to_dict() for s in self.entities},
            "over_redaction": {
                "words": self.words,
                "touched": self.over_redacted,
                "share": self.over_redaction,
            },
            "chars": self.chars,
            "seconds": round(self.seconds, 3),
            "chars_per_second": self.chars_per_second,
        }


def load_jsonl(path: str | os.PathLike, label_key: str = "label") -> list[Document]:
    """Documents from a JSONL file; a malformed line raises ValueError naming its number only
    (the line itself may hold personal data)."""
    documents = []
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                raise ValueError(f"line {number}: not valid UTF-8") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"line {number}: not JSON ({e.msg}, column {e.colno})") from None
            documents.append(_document(record, label_key, f"line {number}"))
    return documents


def _document(record: object, label_key: str, where: str) -> Document:
    if not isinstance(record, dict):
        raise ValueError(f"{where}: not a JSON object")
    text, spans = record.get("text"), record.get("spans")
    if not isinstance(text, str):
        raise ValueError(f'{where}: no "text" string')
    if not isinstance(spans, list):
        raise ValueError(f'{where}: no "spans" list')
    return Document(
        text,
        tuple(_span(s, label_key, len(text), f"{where}, span {i}") for i, s in enumerate(spans, 1)),
    )


def _span(span: object, label_key: str, length: int, where: str) -> Span:
    if not isinstance(span, dict):
        raise ValueError(f"{where}: not a JSON object")
    start, end, label = span.get("start"), span.get("end"), span.get(label_key)
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise ValueError(f'{where}: "start" and "end" must be integers')
    if not 0 <= start < end <= length:
        raise ValueError(f"{where}: offsets {start}..{end} outside the text (length {length})")
    if not isinstance(label, str) or not label:
        raise ValueError(f'{where}: no "{label_key}" string')
    return Span(start, end, label)


def evaluate(
    documents: Iterable[Document],
    analyze: Analyze = engine_analyze,
    labels: Collection[str] | None = None,
) -> Report:
    """Run `analyze` on every document and score its findings against the gold spans.
    `labels` limits the recall rows to these gold labels (over-redaction still uses them all)."""
    spans, protected, partial = Counter(), Counter(), Counter()
    found, correct = Counter(), Counter()
    documents_seen = words = over_redacted = chars = 0
    seconds = 0.0
    for doc in documents:
        started = time.perf_counter()
        findings = analyze(doc.text)
        seconds += time.perf_counter() - started
        documents_seen += 1
        chars += len(doc.text)
        masked = _mask(len(doc.text), [(f.start, f.end) for f in findings])
        for span in doc.spans:
            hit, total = _covered(doc.text, span, masked)
            spans[span.label] += 1
            protected[span.label] += hit == total
            partial[span.label] += 0 < hit < total
        for f in findings:
            found[f.entity_type] += 1
            correct[f.entity_type] += any(
                s.start < f.end and f.start < s.end and alias(s.label) == f.entity_type
                for s in doc.spans
            )
        doc_words, doc_over = _over_redaction(doc, masked)
        words += doc_words
        over_redacted += doc_over
    shown = sorted(labels if labels is not None else spans)
    entities = set(found) | ({alias(label) for label in shown} & set(ALL))
    return Report(
        documents=documents_seen,
        labels=tuple(LabelScore(lb, spans[lb], protected[lb], partial[lb]) for lb in shown),
        entities=tuple(EntityScore(e, found[e], correct[e]) for e in sorted(entities)),
        words=words,
        over_redacted=over_redacted,
        chars=chars,
        seconds=seconds,
    )


def alias(label: str) -> str:
    return ALIASES.get(label, label)


def _mask(length: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per character: 1 where some range covers it."""
    mask = bytearray(length)
    for start, end in ranges:
        start, end = max(start, 0), min(end, length)
        if start < end:  # a slice of another length would resize the array
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _covered(text: str, span: Span, masked: bytearray) -> tuple[int, int]:
    """How many of the span's letters and digits are masked, out of how many."""
    alnum = [i for i in range(span.start, span.end) if text[i].isalnum()]
    return sum(masked[i] for i in alnum), len(alnum)


def _over_redaction(doc: Document, masked: bytearray) -> tuple[int, int]:
    """Words outside every gold span, and how many of them a finding touches."""
    gold = _mask(len(doc.text), [(s.start, s.end) for s in doc.spans])
    words = touched = 0
    for m in WORD.finditer(doc.text):
        start, end = m.span()
        # \w+ also matches «___»: only a token with a letter or digit is a word.
        if any(gold[start:end]) or not any(c.isalnum() for c in m.group()):
            continue
        words += 1
        touched += any(masked[start:end])
    return words, touched


def format_report(report: Report) -> str:
    """The report as a plain-text table, one row per line."""
    table = [HEADER, *report.rows()]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    lines = [
        "  ".join(
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in table
    ]
    speed = report.chars_per_second
    lines.append(
        f"{report.documents} documents, {report.chars:,} characters in {report.seconds:.1f} s"
        + (f" ({speed:,.0f} characters/s)" if speed else "")
    )
    return "\n".join(lines)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _fmt(share: float | None) -> str:
    return "—" if share is None else f"{share:.3f}"
