"""Scoring rules of `redactor.evaluate`, with a fake `analyze`: no models are loaded.

Each case writes the same text twice in [bracket] markup: once with the gold spans marked, once
with what the fake engine finds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redactor.evaluate import Document, Span, evaluate, format_report, load_jsonl
from redactor.finding import Finding
from tests.markup import parse


def _score(gold: str, found: str, labels="PERSON", types="PERSON"):
    """Evaluate one document; `labels` and `types` name each marked span in turn (or all)."""
    text, gold_spans = parse(gold)
    found_text, found_spans = parse(found)
    assert text == found_text, "both markups must mark the same text"
    labels = [labels] * len(gold_spans) if isinstance(labels, str) else labels
    types = [types] * len(found_spans) if isinstance(types, str) else types
    doc = Document(
        text, tuple(Span(s, e, lb) for (s, e), lb in zip(gold_spans, labels, strict=True))
    )
    findings = [Finding(s, e, t, 1.0, "fake") for (s, e), t in zip(found_spans, types, strict=True)]
    return evaluate([doc], analyze=lambda t: findings if t == text else [])


# (gold, found, protected, partial): a span is protected when all its letters and digits are
# masked; spaces, dots and brackets inside it may stay.
COVERAGE = [
    ("Звоните [Ивану Петрову] завтра", "Звоните [Ивану Петрову] завтра", 1, 0),
    ("Звоните [Ивану Петрову] завтра", "Звоните [Ивану] [Петрову] завтра", 1, 0),
    ("Звоните [Ивану Петрову] завтра", "[Звоните Ивану Петрову завтра]", 1, 0),
    ("Звоните [Ивану Петрову] завтра", "Звоните [Ивану] Петрову завтра", 0, 1),
    ("Звоните [Ивану Петрову] завтра", "Звоните [Ивану Петров]у завтра", 0, 1),
    ("Звоните [Ивану Петрову] завтра", "[Звоните] Ивану Петрову [завтра]", 0, 0),
    ("Заявку принял [Петров И. С.]", "Заявку принял [Петров И]. [С].", 1, 0),
    ("Заявку принял [Петров И. С.]", "Заявку принял [Петров И]. С.", 0, 1),
    ("Тел.: [+7 (912) 345-67-89].", "Тел.: +7 ([912]) [345]-[67]-[89].", 0, 1),
    ("Тел.: [+7 (912) 345-67-89].", "Тел.: +[7] ([912]) [345]-[67]-[89].", 1, 0),
]


@pytest.mark.parametrize(("gold", "found", "protected", "partial"), COVERAGE)
def test_coverage(gold: str, found: str, protected: int, partial: int) -> None:
    score = _score(gold, found).label("PERSON")
    assert (score.spans, score.protected, score.partial) == (1, protected, partial)


def test_a_finding_of_any_type_protects() -> None:
    report = _score("Адрес: ул. [Гагарина], д. 5", "Адрес: [ул. Гагарина, д. 5]", types="ADDRESS")
    assert report.label("PERSON").recall == 1.0


# (gold labels, finding type, correct): a finding is right when it overlaps a gold span whose
# label is, or is an alias of, its entity type.
PRECISION = [
    ("PER", "PERSON", 1),
    ("PERSON", "PERSON", 1),
    ("PHONE", "PHONE_NUMBER", 1),
    ("CARD", "CREDIT_CARD", 1),
    ("EMAIL", "EMAIL_ADDRESS", 1),
    ("ADDRESS", "ADDRESS", 1),
    ("LOCATION", "LOCATION", 1),  # unknown labels stand for themselves
    ("KEEP", "PERSON", 0),
    ("ADDRESS", "PERSON", 0),
    ("PER", "PHONE_NUMBER", 0),
]


@pytest.mark.parametrize(("label", "entity", "correct"), PRECISION)
def test_precision(label: str, entity: str, correct: int) -> None:
    report = _score("Клиент [Пётр Сидоров] звонил", "Клиент [Пётр] Сидоров звонил", label, entity)
    score = report.entity(entity)
    assert (score.findings, score.correct, score.precision) == (1, correct, float(correct))


def test_precision_counts_findings_outside_every_gold_span() -> None:
    report = _score("Звонил [Пётр] утром", "[Звонил] [Пётр] [утром]")
    [score] = report.entities
    assert (score.findings, score.correct) == (3, 1)


def test_an_entity_without_findings_has_no_precision() -> None:
    report = _score("Звонил [Пётр] утром", "Звонил Пётр утром")
    [score] = report.entities
    assert (score.entity, score.findings, score.precision) == ("PERSON", 0, None)
    assert report.label("PERSON").recall == 0.0


# (gold, found, words, touched): words outside every gold span, and those a finding touches.
OVER_REDACTION = [
    ("Платил [Иван] 1 000 рублей", "Платил [Иван] 1 000 рублей", 4, 0),
    ("Платил [Иван] 1 000 рублей", "Платил [Иван] [1 000] рублей", 4, 2),
    ("Платил [Иван] 1 000 рублей", "[Платил Иван 1] 000 рублей", 4, 2),
    ("Платил [Иван] 1 000 рублей", "Плат[ил Иван] 1 000 рублей", 4, 1),  # a touch is enough
    ("___ [Иван] — ок", "[___ Иван —] ок", 1, 0),  # «___» and «—» are no words
    ("Звоню из [Москвы], [Иван]", "Звоню из [Москвы], [Иван]", 2, 0),  # KEEP spans are gold too
]


@pytest.mark.parametrize(("gold", "found", "words", "touched"), OVER_REDACTION)
def test_over_redaction(gold: str, found: str, words: int, touched: int) -> None:
    report = _score(gold, found, labels=[f"GOLD{i}" for i in range(gold.count("["))])
    assert (report.words, report.over_redacted) == (words, touched)


def test_kept_spans() -> None:
    report = _score(
        "[Вера] в лучшее, [Слава] богу, [Мир Танков]",
        "[Вера] в лучшее, Слава богу, [Мир] Танков",
        labels="KEEP",
    )
    keep = report.label("KEEP")
    assert (keep.spans, keep.protected, keep.partial, keep.untouched_share) == (3, 1, 1, 1 / 3)


def test_labels_limit_the_recall_rows() -> None:
    doc = Document("Иван, 1 000 ₽", (Span(0, 4, "PERSON"), Span(6, 13, "KEEP")))
    report = evaluate([doc], analyze=lambda t: [], labels=["PERSON", "EMAIL"])
    assert [s.label for s in report.labels] == ["EMAIL", "PERSON"]
    assert report.label("EMAIL").recall is None
    assert [s.entity for s in report.entities] == ["EMAIL_ADDRESS", "PERSON"]


def test_the_report_holds_no_span_text() -> None:
    report = _score("Звоните [Ивану Петрову] завтра", "Звоните [Ивану] Петрову завтра")
    assert report.chars == len("Звоните Ивану Петрову завтра") and report.documents == 1
    outputs = [format_report(report), json.dumps(report.to_dict(), ensure_ascii=False)]
    for word in ("Ивану", "Петрову", "Звоните", "завтра"):
        assert not any(word in out for out in outputs)
    assert format_report(report).splitlines()[0].split() == [
        "measure",
        "of",
        "count",
        "share",
        "partial",
    ]
    assert ("recall", "PERSON", "1", "0.000", "1.000") in report.rows()
    assert report.to_dict()["labels"]["PERSON"]["partial"] == 1


# --- load_jsonl ----------------------------------------------------------------------------

SECRET = "Иван Петров"
GOOD = {"text": f"Звонил {SECRET}", "spans": [{"start": 7, "end": 18, "label": "PER"}]}


def _line(**changes) -> bytes:
    return json.dumps(GOOD | changes, ensure_ascii=False).encode()


MALFORMED = [
    (_line() + b"\n{oops\n", "line 2: not JSON"),
    (b'["' + SECRET.encode() + b'"]\n', "line 1: not a JSON object"),
    (_line(text=None), 'line 1: no "text" string'),
    (_line(spans={"start": 0}), 'line 1: no "spans" list'),
    (_line(spans=[SECRET]), "line 1, span 1: not a JSON object"),
    (_line(spans=[{"start": "7", "end": 18, "label": "PER"}]), 'line 1, span 1: "start" and'),
    (_line(spans=[{"start": 7, "end": 99, "label": "PER"}]), "line 1, span 1: offsets 7..99"),
    (_line(spans=[{"start": 7, "end": 7, "label": "PER"}]), "line 1, span 1: offsets 7..7"),
    (_line(spans=[{"start": 7, "end": True, "label": "PER"}]), 'line 1, span 1: "start" and'),
    (_line(spans=[{"start": 7, "end": 18}]), 'line 1, span 1: no "label" string'),
    (b"\n" + SECRET.encode("cp1251") + b"\n", "line 2: not valid UTF-8"),
]


@pytest.mark.parametrize(("data", "message"), MALFORMED)
def test_malformed_jsonl(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(data)
    with pytest.raises(ValueError) as error:
        load_jsonl(path)
    assert str(error.value).startswith(message)
    assert "Иван" not in str(error.value) and "Петров" not in str(error.value)


def test_load_jsonl(tmp_path: Path) -> None:
    coarse = {"start": 7, "end": 18, "label": "name", "coarse": "PERSON", "extra": [1]}
    lines = [_line(), b"", _line(spans=[coarse], id="doc-2"), b"  "]
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")  # a BOM some editors add
    assert load_jsonl(path) == [
        Document(GOOD["text"], (Span(7, 18, "PER"),)),
        Document(GOOD["text"], (Span(7, 18, "name"),)),
    ]
    with pytest.raises(ValueError, match=r'^line 1, span 1: no "coarse" string$'):
        load_jsonl(path, label_key="coarse")
    path.write_bytes(lines[2])
    assert load_jsonl(path, label_key="coarse")[0].spans == (Span(7, 18, "PERSON"),)
