"""PERSON beside natasha's NER alone: the gold names natasha finds and we lose, grouped by the
rule that dropped them (issue 14). The corpora are public annotated news (../shared/corpora),
and the diary texts (`benchmarks/diary.py`) are our own, so their names are printed.

    python -m benchmarks.names [--corpus NAME ...] [--view written|asr] [--examples N]

A gold span counts as found when findings cover it fully. For each span natasha covers and we do
not, the reason is read from the PERSON recognizer itself: its raw proposals (before Presidio's
threshold and context words) and the trace of what its NER step cut (`person.TRACE`).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks import diary
from benchmarks.run import CORPORA, _asr_text, natasha_alone, people_only
from redactor.detect.analyzer import LANGUAGE
from redactor.detect.recognizers import person
from redactor.engine import default_engine
from redactor.entities import PERSON
from redactor.evaluate import Document, load_jsonl

CORPORA_FILES = {
    "NEREL dev": "nerel/dev.jsonl",
    "NEREL test": "nerel/test.jsonl",
    "SlavicNER test": "slavicner-ru/test.jsonl",
    "factRuEval dev": "factrueval-2016/dev.jsonl",
}
VIEWS = ("written", "asr")


@dataclass
class Tally:
    gold: int = 0
    ours: int = 0
    natasha: int = 0
    lost: Counter = field(default_factory=Counter)  # reason → spans natasha finds, we lose
    examples: dict = field(default_factory=lambda: defaultdict(list))
    won: int = 0  # spans we find and natasha loses


def covered(text: str, start: int, end: int, spans) -> bool:
    """Every letter or digit of [start, end) inside some span."""
    return all(
        not text[i].isalnum() or any(s <= i < e for s, e in spans) for i in range(start, end)
    )


def _recognizer():
    registry = default_engine().analyzer.presidio.registry
    return next(r for r in registry.recognizers if isinstance(r, person.PersonRecognizer))


def reason(text: str, start: int, end: int, ours) -> str:
    """Why our pipeline does not cover the gold span [start, end)."""
    presidio = default_engine().analyzer.presidio
    artifacts = presidio.nlp_engine.process_text(text, LANGUAGE)
    person.TRACE = []
    try:
        raw = _recognizer().analyze(text, [PERSON], artifacts)
        trace = list(person.TRACE)
    finally:
        person.TRACE = None
    touching = [r for r in raw if r.start < end and start < r.end]
    if any(r.start <= start and end <= r.end for r in touching):
        best = max(
            (r for r in touching if r.start <= start and end <= r.end), key=lambda r: r.score
        )
        why = best.analysis_explanation.textual_explanation if best.analysis_explanation else ""
        if best.score < default_engine().analyzer.score_threshold:
            return f"weak, no context word: {why}"
        return f"proposed at {best.score:.2f}, lost after the recognizer: {why}"
    notes = sorted({rule for s, e, rule in trace if s < end and start < e})
    if any(f.start < end and start < f.end for f in ours):
        prefix = "partly masked"
    else:
        prefix = "not proposed"
    return f"{prefix}: {', '.join(notes) or 'no NER step cut it (word rules / runs)'}"


def score(docs: list[Document], tally: Tally, examples: int) -> None:
    for doc in docs:
        golds = [(s.start, s.end) for s in doc.spans if s.label == PERSON]
        if not golds:
            continue
        ours = people_only(doc.text)
        base = [(f.start, f.end) for f in natasha_alone(doc.text)]
        mine = [(f.start, f.end) for f in ours]
        for start, end in golds:
            tally.gold += 1
            we = covered(doc.text, start, end, mine)
            they = covered(doc.text, start, end, base)
            tally.ours += we
            tally.natasha += they
            tally.won += we and not they
            if they and not we:
                why = reason(doc.text, start, end, ours)
                tally.lost[why] += 1
                if len(tally.examples[why]) < examples:
                    left = doc.text[max(0, start - 30) : start].replace("\n", " ")
                    right = doc.text[end : end + 30].replace("\n", " ")
                    tally.examples[why].append(f"…{left}[{doc.text[start:end]}]{right}…")


def report(name: str, view: str, tally: Tally) -> dict:
    share = lambda n: n / tally.gold if tally.gold else 0.0  # noqa: E731
    print(
        f"\n{name}, {view}: {tally.gold} gold persons; ours {share(tally.ours):.3f}, "
        f"natasha {share(tally.natasha):.3f}; natasha finds and we lose {sum(tally.lost.values())},"
        f" we find and natasha loses {tally.won}"
    )
    for why, n in tally.lost.most_common():
        print(f"  {n:4d}  {why}")
        for example in tally.examples[why]:
            print(f"          {example}")
    return {
        "gold": tally.gold,
        "ours": share(tally.ours),
        "natasha": share(tally.natasha),
        "lost": dict(tally.lost),
        "won": tally.won,
    }


def view_of(docs: list[Document], view: str) -> list[Document]:
    if view == "written":
        return docs
    return [Document(_asr_text(d.text), d.spans) for d in docs]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=[*CORPORA_FILES, "diary"])
    parser.add_argument("--view", action="append", choices=VIEWS)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    sets = {}
    for name in args.corpus or [*CORPORA_FILES, "diary"]:
        if name == "diary":
            sets[name] = diary.documents()
        elif (CORPORA / CORPORA_FILES[name]).exists():
            sets[name] = load_jsonl(CORPORA / CORPORA_FILES[name], label_key="coarse")
        else:
            print(f"skipped {name}: no {CORPORA / CORPORA_FILES[name]}")
    results = {}
    for name, docs in sets.items():
        for view in args.view or VIEWS:
            tally = Tally()
            score(view_of(docs, view), tally, args.examples)
            results[f"{name} {view}"] = report(name, view, tally)
    return results


if __name__ == "__main__":
    main()
