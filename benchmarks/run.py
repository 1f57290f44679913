"""`make bench`: score the engine on a generated set of calls and chats, on real annotated
corpora (PERSON only, beside natasha's NER alone), list what it finds in real contact-center
stories, and measure its speed. All scoring goes through `redactor.evaluate`.

    python -m benchmarks.run [--only generated|corpora|stories|speed ...] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from functools import cache
from pathlib import Path

import redactor
from benchmarks import generate
from redactor import nlp
from redactor.entities import ALL, PERSON
from redactor.evaluate import Document, evaluate, load_jsonl
from redactor.finding import Finding

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
STORIES = SHARED / "texts" / "contact-center-stories"
CORPUS_FILES = {
    "factRuEval-2016 dev": "factrueval-2016/dev.jsonl",
    "NEREL test": "nerel/test.jsonl",
    "SlavicNER-ru test": "slavicner-ru/test.jsonl",
}
PARTS = ("generated", "corpora", "stories", "speed")
STARTUP_RUNS = 3
# One core for the throughput run: BLAS pools would otherwise spread over every CPU.
ONE_THREAD = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
THROUGHPUT_CHILD = """
import os, json
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import redactor
from benchmarks import generate
from redactor.evaluate import Document, evaluate
calls = [Document(d["text"]) for d in generate.documents() if d["kind"] == "call"]
redactor.analyze(calls[0].text)  # warm-up: models load on the first call
report = evaluate(calls)
print(json.dumps({"documents": report.documents, "chars": report.chars, "seconds": report.seconds}))
"""


def people_only(text: str) -> list[Finding]:
    return redactor.analyze(text, entities=[PERSON])


@cache
def _pipeline():
    return nlp.load()


def natasha_alone(text: str) -> list[Finding]:
    """The baseline: natasha's NER model (slovnet) alone, its PER spans on our pipeline's tokens."""
    doc = _pipeline()(text)
    return [
        Finding(e.start_char, e.end_char, PERSON, 1.0, "slovnet")
        for e in doc.ents
        if e.label_ == "PER"
    ]


def memo(analyze):
    """`analyze` remembering its answers, to score subsets of the same texts without rerunning."""
    answers: dict[str, list[Finding]] = {}

    def remembered(text: str) -> list[Finding]:
        if text not in answers:
            answers[text] = analyze(text)
        return answers[text]

    return remembered


# The development set was looked at while the recognizers were tuned; a second seed draws new
# names, numbers and template choices that nobody looked at, to show what tuning did not buy.
GENERATED_SETS = {"development": generate.SEED, "held out": generate.SEED + 1}


def bench_generated() -> dict:
    return {name: _bench_generated_set(name, seed) for name, seed in GENERATED_SETS.items()}


def _bench_generated_set(name: str, seed: int) -> dict:
    docs = generate.documents(seed=seed)
    path = generate.write_jsonl(docs, generate.OUT.with_name(f"generated-{seed}.jsonl"))
    print(
        f"\n{name} set (seed {seed}): {len(docs)} documents, "
        f"{sum(len(d['text']) for d in docs):,} characters → {path}"
    )
    gold = load_jsonl(path)
    analyze = memo(redactor.analyze)
    report = evaluate(gold, analyze=analyze)
    by_kind = {
        kind: evaluate([g for g, d in zip(gold, docs, strict=True) if d["kind"] == kind], analyze)
        for kind in ("call", "chat")
    }
    rows = []
    for entity in ALL:
        gold_score, found = report.label(entity), report.entity(entity)
        rows.append(
            (
                entity,
                _n(gold_score and gold_score.spans),
                _f(gold_score and gold_score.recall),
                _f(gold_score and gold_score.partial_share),
                *(_f(r.label(entity) and r.label(entity).recall) for r in by_kind.values()),
                _n(found and found.findings),
                _f(found and found.precision),
            )
        )
    table(
        "Generated calls and chats: recall is the share of gold spans fully masked (by any entity)",
        ("entity", "gold", "recall", "partial", "calls", "chats", "findings", "precision"),
        rows,
    )
    keep = report.label("KEEP")
    if keep:
        print(
            f"KEEP spans (amounts, dates, order numbers, products, names-as-words, cities): "
            f"{keep.spans}, kept untouched {_f(keep.untouched_share)}"
        )
    print(
        f"over-redaction: {_f(report.over_redaction)} of {report.words:,} words outside gold spans"
    )
    return {
        "documents": report.documents,
        "all": report.to_dict(),
        **{kind: r.to_dict() for kind, r in by_kind.items()},
    }


def bench_corpora() -> dict:
    if not CORPORA.is_dir():
        print(f"skipped: no corpora at {CORPORA}")
        return {}
    rows, results = [], {}
    for name, relative in CORPUS_FILES.items():
        path = CORPORA / relative
        if not path.exists():
            print(f"skipped {name}: no {path}")
            continue
        docs = load_jsonl(path, label_key="coarse")
        ours = evaluate(docs, analyze=people_only, labels=[PERSON])
        base = evaluate(docs, analyze=natasha_alone, labels=[PERSON])
        asr = evaluate([asr_view(d) for d in docs], analyze=people_only, labels=[PERSON])
        results[name] = {"ours": ours.to_dict(), "natasha": base.to_dict(), "asr": asr.to_dict()}
        rows.append(
            (
                name,
                _n(ours.label(PERSON).spans),
                _f(ours.label(PERSON).recall),
                _f(base.label(PERSON).recall),
                _f(ours.over_redaction, 4),
                _f(base.over_redaction, 4),
                _f(ours.entity(PERSON).precision),
                _f(base.entity(PERSON).precision),
                _f(asr.label(PERSON).recall),
                _f(asr.over_redaction, 4),
            )
        )
    table(
        "PERSON on news corpora (coarse labels): ours vs natasha's NER alone; ours in ASR view",
        tuple(
            "corpus persons protected (natasha) over-red. (natasha) precision (natasha)"
            " ASR:protected ASR:over-red.".split()
        ),
        rows,
    )
    print(
        "protected: share of gold PERSON spans fully masked; over-red.: share of words outside "
        "every gold span that a PERSON finding touches; ASR view: the same texts lowercased, "
        "every punctuation character replaced by a space (offsets stay valid)"
    )
    return results


def asr_view(doc: Document) -> Document:
    """The text as speech recognition would give it: lowercase, punctuation turned to spaces."""
    text = "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in doc.text)
    return replace(doc, text=text)


def bench_stories() -> dict:
    if not STORIES.is_dir():
        print(f"skipped: no stories at {STORIES}")
        return {}
    listed = []
    for path in sorted(STORIES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for f in redactor.analyze(text):
            value = " ".join(f.value(text).split())
            listed.append({"file": path.name, "entity": f.entity_type, "value": value})
            # Public texts: printing the values here is what this part is for.
            print(f"{path.name}: {f.entity_type}: {value}")
    print(f"{len(listed)} findings in {len(list(STORIES.glob('*.txt')))} stories")
    return {"findings": listed, "count": len(listed)}


def bench_speed() -> dict:
    env = {**os.environ, **ONE_THREAD}
    child = subprocess.run(
        [sys.executable, "-c", THROUGHPUT_CHILD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,  # stderr stays on the terminal, to show why a run failed
        text=True,
        check=True,
    )
    run = json.loads(child.stdout.strip().splitlines()[-1])
    per_second = run["chars"] / run["seconds"]
    print(
        f"throughput: {per_second:,.0f} characters/s on one core "
        f"({run['chars']:,} characters, {run['documents']} generated calls, {run['seconds']:.1f} s)"
    )
    startups = []
    for _ in range(STARTUP_RUNS):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "import redactor; redactor.analyze('Привет')"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        startups.append(time.perf_counter() - started)
    startup = statistics.median(startups)
    print(
        f"start-up: {startup:.2f} s (median of {STARTUP_RUNS} fresh processes: "
        f"import redactor and analyze one word)"
    )
    return {
        "chars_per_second": per_second,
        **run,
        "startup_seconds": startup,
        "startup_runs": startups,
    }


def table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    for row in [header, *rows]:
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())


def _f(share: float | None, digits: int = 3) -> str:
    return "—" if share is None else f"{share:.{digits}f}"


def _n(count: int | None) -> str:
    return "—" if count is None else str(count)


BENCHES = {
    "generated": bench_generated,
    "corpora": bench_corpora,
    "stories": bench_stories,
    "speed": bench_speed,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only", action="append", choices=PARTS, help="run only this part (repeatable)"
    )
    parser.add_argument(
        "--json", type=Path, metavar="OUT.json", help="also save the results as JSON"
    )
    args = parser.parse_args(argv)
    results = {}
    for part in [p for p in PARTS if p in (args.only or PARTS)]:
        print(f"\n=== {part} ===")
        started = time.perf_counter()
        results[part] = BENCHES[part]()
        print(f"({part}: {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nresults → {args.json}")


if __name__ == "__main__":
    main()
