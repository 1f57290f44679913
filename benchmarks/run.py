"""`make bench`: score the engine on the blind set (conversations written by people who never
read the code), on a generated set of calls and chats, on generated
speech-recognition calls (numbers in words), on generated exchanges carrying Russian identifiers
(beside two other packages), on real annotated corpora (PERSON only, beside natasha's NER
alone), list what it finds in real contact-center stories, and measure its speed (also on
crafted input that once made it hang: `hostile`).
All scoring goes through `redactor.evaluate`.

    python -m benchmarks.run [--only blind|generated|asr|identifiers|corpora|stories|speed|batch|memory
                              |pseudonyms|hostile|audio|spark ...]
                             [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

import redactor
from benchmarks import asr, blind, generate, identifiers, pseudonyms
from benchmarks import audio as audio_bench
from benchmarks import batch as batch_bench
from benchmarks import hostile as hostile_bench
from benchmarks import memory as memory_bench
from benchmarks import spark as spark_bench
from benchmarks import speed as speed_bench
from benchmarks import surrogates as surrogates_bench
from redactor.detect import nlp
from redactor.entities import ALL, CREDIT_CARD, PERSON, PHONE_NUMBER
from redactor.evaluate import Document, LabelScore, Span, evaluate, load_jsonl
from redactor.finding import Finding

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the main checkout; a worktree elsewhere names it in REDACT_SHARED.
SHARED = Path(os.environ.get("REDACT_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"
STORIES = SHARED / "texts" / "contact-center-stories"
CORPUS_FILES = {
    "factRuEval-2016 dev": "factrueval-2016/dev.jsonl",
    "NEREL test": "nerel/test.jsonl",
    "SlavicNER-ru test": "slavicner-ru/test.jsonl",
}
PARTS = (
    "blind",
    "generated",
    "asr",
    "identifiers",
    "corpora",
    "stories",
    "speed",
    "batch",
    "memory",
    "pseudonyms",
    "hostile",
    "audio",
    "spark",
)
# The spark part's conversations (issue 17: 10,000); REDACT_BENCH_SPARK=1000 for a quick look.
SPARK_CONVERSATIONS = int(os.environ.get("REDACT_BENCH_SPARK", spark_bench.CONVERSATIONS))
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


# The ASR part analyses both of its sets in one such process, and keeps the findings to score.
ASR_CHILD = """
import json, os, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import redactor
from redactor.evaluate import load_jsonl
texts = [d.text for path in sys.argv[1:] for d in load_jsonl(path)]
redactor.analyze(texts[0])  # warm-up: models load on the first call
found, seconds = [], 0.0
for text in texts:
    started = time.perf_counter()
    findings = redactor.analyze(text)
    seconds += time.perf_counter() - started
    found.append([[f.start, f.end, f.entity_type, f.score, f.recognizer] for f in findings])
print(json.dumps({"findings": found, "chars": sum(map(len, texts)), "seconds": seconds}))
"""
# The floors for speech-recognition calls: phones and whole cards said in words are
# protected, amounts, times and counts around them kept, and the text read fast enough.
ASR_RECALL_FLOOR = 0.97
ASR_KEPT_FLOOR = 0.99
ASR_SPEED_FLOOR = 30_000
ASR_KEPT_KINDS = ("amount", "time", "count", "duration")
LAST_FOUR = "last four digits"


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
    rows = _entity_rows(report, by_kind.values())
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


ASR_SETS = {"development": asr.SEED, "held out": asr.SEED + 1}


def bench_asr() -> dict:
    """Both sets are analysed in one process on one core (the findings give the scores, the time
    in `analyze` the speed); `evaluate` then scores the findings it is handed back."""
    sets = {}
    for name, seed in ASR_SETS.items():
        docs = asr.documents(seed=seed)
        sets[name] = (seed, docs, generate.write_jsonl(docs, asr.path_for(seed)))
    run = _one_core(ASR_CHILD, *(str(path) for _, _, path in sets.values()))
    texts = [d["text"] for _, docs, _ in sets.values() for d in docs]
    answers = {
        text: [Finding(*f) for f in found]
        for text, found in zip(texts, run.pop("findings"), strict=True)
    }
    results = {name: _bench_asr_set(name, *s, answers.__getitem__) for name, s in sets.items()}
    per_second = run["chars"] / run["seconds"]
    print(
        f"\nthroughput on ASR calls: {per_second:,.0f} characters/s on one core "
        f"({run['chars']:,} characters, both sets, {run['seconds']:.1f} s; "
        f"floor {ASR_SPEED_FLOOR:,}: {_verdict(per_second >= ASR_SPEED_FLOOR)})"
    )
    return {**results, "speed": {"chars_per_second": per_second, **run}}


def _bench_asr_set(name: str, seed: int, docs: list[dict], path: Path, analyze) -> dict:
    print(
        f"\n{name} set (seed {seed}): {len(docs)} speech-recognition calls, "
        f"{sum(len(d['text']) for d in docs):,} characters → {path}"
    )
    gold = load_jsonl(path)
    report = evaluate(gold, analyze=analyze)
    rows = _entity_rows(report)
    table(
        "ASR calls: recall is the share of gold spans fully masked (by any entity)",
        ("entity", "gold", "recall", "partial", "findings", "precision"),
        rows,
    )
    # The same findings against the gold spans relabelled by spoken form, and by tag.
    forms = _by_form(evaluate([_relabel(g, d) for g, d in zip(gold, docs, strict=True)], analyze))
    table(
        "By spoken form («+» rows: spans with that tag, of any form)",
        ("entity", "form", "gold", "recall", "partial"),
        [
            (label, kind, str(s.spans), _f(s.recall), _f(s.partial_share))
            for label, kinds in forms.items()
            if label != "KEEP"
            for kind, s in kinds.items()
        ],
    )
    keep = forms.get("KEEP", {})
    table(
        "KEEP, what must survive: the share left untouched, by kind",
        ("kind", "spans", "kept", "masked", "partly masked"),
        [
            (kind, str(s.spans), _f(s.untouched_share), _f(s.recall), _f(s.partial_share))
            for kind, s in keep.items()
        ],
    )
    print(
        f"over-redaction: {_f(report.over_redaction)} of {report.words:,} words outside gold spans"
    )
    phones = report.label(PHONE_NUMBER)
    cards = _pooled(
        [s for k, s in forms.get(CREDIT_CARD, {}).items() if k != LAST_FOUR and k[0] != "+"]
    )
    kept = _pooled([s for k, s in keep.items() if k in ASR_KEPT_KINDS])
    floors = {
        "phones": phones and phones.recall,
        "whole cards": cards.recall,
        "amounts, times, counts kept": kept.untouched_share,
    }
    for what, share in floors.items():
        floor = ASR_KEPT_FLOOR if "kept" in what else ASR_RECALL_FLOOR
        print(
            f"{what}: {_f(share)} (floor {floor}: {_verdict(share is not None and share >= floor)})"
        )
    return {
        "documents": report.documents,
        "all": report.to_dict(),
        "forms": {
            label: {k: s.to_dict() for k, s in kinds.items()} for label, kinds in forms.items()
        },
        "floors": floors,
    }


def _relabel(doc: Document, record: dict) -> Document:
    """Gold spans labelled «LABEL<tab>form», and once more «LABEL<tab>+ tag» per tag."""
    spans = []
    for s in record["spans"]:
        spans.append(Span(s["start"], s["end"], f"{s['label']}\t{s['kind']}"))
        spans += [Span(s["start"], s["end"], f"{s['label']}\t+ {t}") for t in s.get("tags", ())]
    return replace(doc, spans=tuple(spans))


def _by_form(report) -> dict[str, dict[str, LabelScore]]:
    out: dict[str, dict[str, LabelScore]] = {}
    for score in report.labels:
        label, kind = score.label.split("\t")
        out.setdefault(label, {})[kind] = score
    # Forms by size within an entity, the «+ tag» rows after them.
    return {
        label: dict(sorted(kinds.items(), key=lambda kv: (kv[0][0] == "+", -kv[1].spans)))
        for label, kinds in sorted(out.items(), key=lambda kv: _ORDER.get(kv[0], len(_ORDER)))
    }


_ORDER = {label: i for i, label in enumerate((*ALL, "KEEP"))}


def _pooled(scores: list[LabelScore]) -> LabelScore:
    return LabelScore(
        "pooled",
        sum(s.spans for s in scores),
        sum(s.protected for s in scores),
        sum(s.partial for s in scores),
    )


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def _entity_rows(report, parts=()) -> list[tuple]:
    """One row per entity: gold spans, recall, partial, the recall in each part, findings and
    precision."""
    rows = []
    for entity in ALL:
        gold_score, found = report.label(entity), report.entity(entity)
        rows.append(
            (
                entity,
                _n(gold_score and gold_score.spans),
                _f(gold_score and gold_score.recall),
                _f(gold_score and gold_score.partial_share),
                *(_f(r.label(entity) and r.label(entity).recall) for r in parts),
                _n(found and found.findings),
                _f(found and found.precision),
            )
        )
    return rows


# --- identifiers (issue 4), beside two packages that find Russian identifiers ---------------

# `make bench` installs them here without their dependencies (presidio-ru-recognizers needs
# presidio-analyzer, which the project has): they run in this benchmark only.
COMPARE = ROOT / "build" / "compare"
OTHERS = ("presidio-ru-recognizers", "ru-pii")
# Their entity kinds → ours; the kinds left out (OGRN, OGRNIP, BIC, KPP) are not personal data.
OTHER_KINDS = {
    "PASSPORT_RF": "RU_PASSPORT", "SNILS": "RU_SNILS", "INN_RU": "RU_INN",
    "BANK_ACCOUNT_RF": "RU_BANK_ACCOUNT", "PHONE_RF": PHONE_NUMBER, "INN": "RU_INN",
    "CARD": CREDIT_CARD, "OMS": "RU_OMS", "PASSPORT_DEPT": "RU_PASSPORT",
    "PHONE_RU": PHONE_NUMBER, "EMAIL": "EMAIL_ADDRESS", "ACCOUNT": "RU_BANK_ACCOUNT",
    "IBAN": "IBAN_CODE",
}  # fmt: skip
# presidio-ru-recognizers in an AnalyzerEngine for «ru», with an NLP engine that only splits
# words (lowercased, as lemmas) so that Presidio's context words raise their scores as its
# README intends, and the same 0.4 cut-off as our engine; ru-pii through `ru_pii.find`.
OTHERS_CHILD = r"""
import json, re, sys
texts = json.load(sys.stdin)
import ru_pii
out = {"ru-pii": [[[m.start, m.end, m.kind] for m in ru_pii.find(t)] for t in texts]}
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine
from presidio_ru_recognizers import get_all_ru_recognizers
from spacy.tokens import Doc

class Words(NoOpNlpEngine):
    def process_text(self, text, language):
        words = [(m.group().lower(), m.start()) for m in re.finditer(r"\w+|[^\w\s]", text)]
        return NlpArtifacts(
            entities=[], tokens=Doc(self._vocab, words=[w for w, _ in words]),
            tokens_indices=[s for _, s in words], lemmas=[w for w, _ in words],
            nlp_engine=self, language=language,
        )

engine = Words(models=[{"lang_code": "ru", "model_name": "words"}])
engine.load()
registry = RecognizerRegistry(supported_languages=["ru"])
for recognizer in get_all_ru_recognizers():
    registry.add_recognizer(recognizer)
analyzer = AnalyzerEngine(
    registry=registry, nlp_engine=engine, supported_languages=["ru"], default_score_threshold=0.4
)
out["presidio-ru-recognizers"] = [
    [[r.start, r.end, r.entity_type] for r in analyzer.analyze(t, language="ru")] for t in texts
]
print(json.dumps(out))
"""
ENTITY_ROWS = [e for e in ALL if e not in (PERSON, "ADDRESS", "EMAIL_ADDRESS")]


def bench_identifiers() -> dict:
    """Both sets through our engine once (memoized) and through the other packages once, in a
    child process; every figure is then scored from those findings."""
    sets = {}
    for name, seed in identifiers.SEEDS.items():
        docs = identifiers.documents(seed=seed)
        sets[name] = (seed, docs, generate.write_jsonl(docs, identifiers.path_for(seed)))
    others = _run_others([d["text"] for _, docs, _ in sets.values() for d in docs])
    analyze = memo(redactor.analyze)
    return {name: _bench_identifiers_set(name, *s, analyze, others) for name, s in sets.items()}


def _run_others(texts: list[str]) -> dict | None:
    """The other packages' findings per text, as Finding lists under our entity names (their
    non-personal kinds keep their own names), or None when `make bench` has not installed them."""
    if not COMPARE.is_dir():
        print(f"comparison skipped: no {COMPARE} (`make bench` installs it)")
        return None
    child = subprocess.run(
        [sys.executable, "-c", OTHERS_CHILD],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(COMPARE)},
        input=json.dumps(texts),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = json.loads(child.stdout.strip().splitlines()[-1])
    return {
        tool: {
            text: [Finding(s, e, OTHER_KINDS.get(k, k), 1.0, tool) for s, e, k in hits]
            for text, hits in zip(texts, found[tool], strict=True)
        }
        for tool in OTHERS
    }


def _bench_identifiers_set(name, seed, docs, path, analyze, others) -> dict:
    print(
        f"\n{name} set (seed {seed}): {len(docs)} chats and ASR calls, "
        f"{sum(len(d['text']) for d in docs):,} characters → {path}"
    )
    ours = identifiers.outcomes(docs, analyze)
    protected, typed = identifiers.tally(ours), identifiers.tally(ours, typed=True)
    report = evaluate([identifiers.gold_document(d) for d in docs], analyze=analyze)
    rows, floors = [], {}
    for entity in ENTITY_ROWS:
        forms = [f for f in identifiers.FORMS if (entity, f) in protected]
        if entity == "RU_BANK_ACCOUNT":
            forms += [f"{f}, {identifiers.WITH_BIK}" for f in identifiers.FORMS]
        found = report.entity(entity)
        for form in forms:
            score = protected.get((entity, form))
            if score is None:
                continue
            floor = identifiers.floor_for(entity, form)
            verdict = "—"
            if floor is not None:
                floors[f"{entity} {form}"] = {"recall": score.recall, "floor": floor}
                verdict = f"≥ {floor}: {_verdict(score.recall >= floor)}"
            rows.append(
                (
                    entity if form == forms[0] else "",
                    form,
                    str(score.spans),
                    _f(score.recall),
                    _f(score.partial_share),
                    _f(typed[entity, form].recall),
                    _n(found and found.findings) if form == forms[0] else "",
                    _f(found and found.precision) if form == forms[0] else "",
                    verdict,
                )
            )
    table(
        "Identifiers: recall is the share of values fully masked (by any entity); «own» by a "
        "finding of the gold entity",
        ("entity", "form", "gold", "recall", "partial", "own", "findings", "precision", "floor"),
        rows,
    )
    keep = {k[1]: s for k, s in protected.items() if k[0] == identifiers.KEEP}
    table(
        "KEEP, what must survive: the share left untouched, by kind",
        ("kind", "spans", "kept", "masked", "partly masked"),
        [
            (kind, str(s.spans), _f(s.untouched_share), _f(s.recall), _f(s.partial_share))
            for kind, s in sorted(keep.items(), key=lambda kv: -kv[1].spans)
        ],
    )
    kept = _pooled(list(keep.values()))
    print(
        f"KEEP: {kept.spans} spans, kept untouched {_f(kept.untouched_share)}; over-redaction: "
        f"{_f(report.over_redaction)} of {report.words:,} words outside gold spans"
    )
    missed = [f"{k}: {v['recall']:.3f}" for k, v in floors.items() if v["recall"] < v["floor"]]
    print(f"floors not met: {', '.join(missed) if missed else 'none'}")
    print("\nnot fully masked, by kind (missed/all):")
    for entity, kinds in identifiers.misses(ours).items():
        print(f"  {entity}: {', '.join(kinds)}")
    strays = identifiers.stray_findings(docs, analyze)
    for where, what in (("keep", "on KEEP spans"), ("text", "on text with no gold span")):
        counts = Counter({e: n for (e, w), n in strays.items() if w == where and n})
        print(
            f"our findings {what}: "
            + (", ".join(f"{e} {n}" for e, n in counts.most_common()) or "none")
        )
    taken = identifiers.confusions(ours)
    print(
        "masked only as another entity: "
        + (
            ", ".join(f"{gold} as {other} {n}" for (gold, other), n in taken.most_common())
            or "none"
        )
    )
    result = {
        "documents": report.documents,
        "all": report.to_dict(),
        "recall": {f"{k[0]} {k[1]}": s.to_dict() for k, s in protected.items()},
        "own": {f"{k[0]} {k[1]}": s.recall for k, s in typed.items() if k[0] != identifiers.KEEP},
        "floors": floors,
    }
    if others is not None:
        result["comparison"] = _compare(docs, ours, analyze, others)
    return result


def _compare(docs, ours, analyze, others) -> dict:
    """Recall by form, ours beside theirs (their personal kinds only); false positives of every
    kind on KEEP spans and on text with no gold span; values they protect and we do not."""
    tools = {"ours": analyze, **{tool: others[tool].__getitem__ for tool in OTHERS}}
    personal = {
        tool: (lambda t, f=fn: [x for x in f(t) if x.entity_type in ALL])
        for tool, fn in tools.items()
        if tool != "ours"
    }
    results = {"ours": ours, **{t: identifiers.outcomes(docs, personal[t]) for t in OTHERS}}
    # (ours: every finding, as in the tables above — ours are all personal kinds)
    scores = {tool: identifiers.tally(r) for tool, r in results.items()}
    # KEEP is judged on every finding: a БИК found as BIC is masked all the same.
    kept = {
        t: _pooled(
            [
                s
                for k, s in identifiers.tally(identifiers.outcomes(docs, fn)).items()
                if k[0] == identifiers.KEEP
            ]
        )
        for t, fn in tools.items()
    }
    strays = {tool: identifiers.stray_findings(docs, fn) for tool, fn in tools.items()}
    kinds = sorted({k for c in strays.values() for k, _ in c if k not in ALL})
    rows = []
    for entity in [*ALL, *kinds]:
        cells = []
        for form in identifiers.FORMS:
            gold = scores["ours"].get((entity, form))
            cells.append(_n(gold and gold.spans))
            cells += [_f(gold and scores[t][entity, form].recall) for t in tools]
        fp = [f"{strays[t][entity, 'keep']}+{strays[t][entity, 'text']}" for t in tools]
        if any(c != "—" for c in cells) or any(c != "0+0" for c in fp):
            rows.append((entity, *cells, "/".join(fp)))
    short = [t.removesuffix("-recognizers") for t in tools]
    names = "/".join(short)
    table(
        f"Beside other packages ({', '.join(OTHERS)}): recall on values in digits and "
        "spoken, and false positives «on KEEP spans + on text with no gold span»",
        ("entity", "digits", *short, "spoken", *short, f"FP {names}"),
        rows,
    )
    print("KEEP kept untouched: " + ", ".join(f"{t} {_f(kept[t].untouched_share)}" for t in tools))
    beaten = Counter(
        mine.label
        for mine, *theirs in zip(ours, *(results[t] for t in OTHERS), strict=True)
        if mine.label != identifiers.KEEP
        and not mine.protected
        and any(o.protected for o in theirs)
    )
    print(
        "values they protect and we miss: "
        + (", ".join(f"{e} {n}" for e, n in beaten.most_common()) or "none")
    )
    elsewhere = [
        f"{t} {k} {strays[t][k, 'gold']}" for t in OTHERS for k in kinds if strays[t][k, "gold"]
    ]
    print(
        "their non-personal kinds on gold values (not counted as FP): "
        + (", ".join(elsewhere) or "none")
    )
    return {
        "recall": {t: {f"{k[0]} {k[1]}": s.recall for k, s in scores[t].items()} for t in tools},
        "false_positives": {
            t: {f"{e} {where}": n for (e, where), n in strays[t].items() if where != "gold"}
            for t in tools
        },
        "kept": {t: kept[t].untouched_share for t in tools},
        "they_protect_we_miss": dict(beaten),
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
    return replace(doc, text=_asr_text(doc.text))


def _asr_text(text: str) -> str:
    return "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in text)


def bench_stories() -> dict:
    """Every finding in the stories, as written and in the ASR view: almost none is personal
    data, so each finding but the operator's name is over-redaction to look at."""
    if not STORIES.is_dir():
        print(f"skipped: no stories at {STORIES}")
        return {}
    results = {}
    paths = sorted(STORIES.glob("*.txt"))
    for view in ("written", "asr"):
        listed = []
        for path in paths:
            text = path.read_text(encoding="utf-8")
            if view == "asr":
                text = _asr_text(text)
            for f in redactor.analyze(text):
                value = " ".join(f.value(text).split())
                listed.append({"file": path.name, "entity": f.entity_type, "value": value})
                # Public texts: printing the values here is what this part is for.
                print(f"{view}: {path.name}: {f.entity_type}: {value}")
        print(f"{view}: {len(listed)} findings in {len(paths)} stories")
        results[view] = {"findings": listed, "count": len(listed)}
    return results


def _one_core(code: str, *args: str) -> dict:
    """Run `code` in a fresh Python process with one thread in every pool; its last line of
    output is JSON."""
    child = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, **ONE_THREAD},
        stdout=subprocess.PIPE,  # stderr stays on the terminal, to show why a run failed
        text=True,
        check=True,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def bench_speed() -> dict:
    run = _one_core(THROUGHPUT_CHILD)
    per_second = run["chars"] / run["seconds"]
    print(
        f"throughput: {per_second:,.0f} characters/s on one core "
        f"({run['chars']:,} characters, {run['documents']} generated calls, {run['seconds']:.1f} s)"
    )
    return {"chars_per_second": per_second, **run, **speed_bench.bench()}


# --- pseudonyms (issue 7): agreement, consistency, round trip, never the original ------------


def bench_pseudonyms() -> dict:
    """The surrogate names alone (`surrogates.py`), then through the whole pipeline on the
    generated calls and chats of both sets and the ASR calls (`pseudonyms.py`)."""
    print("surrogate names alone (benchmarks/surrogates.py):")
    names = surrogates_bench.bench()
    results = {"names": names}
    for name, seed in GENERATED_SETS.items():
        docs = generate.documents(seed=seed)
        started = time.perf_counter()
        outcomes = pseudonyms.fake_outcomes(docs)
        seconds = time.perf_counter() - started
        never, same = pseudonyms.never_original(outcomes), pseudonyms.consistency(outcomes)
        share = same["consistent"] / max(same["persons in several forms"], 1)
        print(
            f"\ngenerated {name} set (seed {seed}), redacted with fake ({seconds:.0f} s): "
            f"{same['consistent']} of {same['persons in several forms']} people mentioned in "
            f"several forms consistent ({share:.4f}; floor 1.0: {_verdict(share == 1.0)}), "
            f"over {same['mentions compared']} mentions ({same['mentions not found exactly']} "
            f"not found exactly, left out); "
            f"{same['pairs of people with one surrogate for different names']} pairs of people "
            f"share a surrogate; {never['equal']} of {never['replacements']} replacements equal "
            f"their value, {never['name kept a word']} names keep a word of the original"
        )
        trips = pseudonyms.round_trip(docs)
        results[f"generated {name}"] = {"never": never, "consistency": same, "round_trip": trips}
        _print_trips(trips)
    for name, seed in ASR_SETS.items():
        trips = pseudonyms.round_trip(asr.documents(seed=seed))
        print(f"\nASR {name} set (seed {seed}):")
        _print_trips(trips)
        results[f"asr {name}"] = {"round_trip": trips}
    paths = [CORPORA / f for f in CORPUS_FILES.values() if (CORPORA / f).exists()]
    if paths:
        real = pseudonyms.real_texts(paths)
        print(
            f"\nreal corpora ({', '.join(CORPUS_FILES)}), cased and lowercased, fake, hash and "
            f"mask: {real['replacements']:,} replacements, {real['failures']} surrogates that "
            f"could not be drawn, {real['equal']} equal to their value"
        )
        results["real corpora"] = real
    return results


def _print_trips(trips: dict[str, tuple[int, int, float]]) -> None:
    print(
        "round trip (vault edits put back = input bytes, UTF-8 and cp1251 with CRLF): "
        + ", ".join(f"{op} {ok}/{n}" for op, (ok, n, _) in trips.items())
        + f" ({_verdict(all(ok == n for ok, n, _ in trips.values()))}); the replacement alone, "
        + "characters/s: "
        + ", ".join(f"{op} {speed:,.0f}" for op, (_, _, speed) in trips.items())
    )


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
    "blind": lambda: blind.run(),
    "generated": bench_generated,
    "asr": bench_asr,
    "identifiers": bench_identifiers,
    "corpora": bench_corpora,
    "stories": bench_stories,
    "speed": bench_speed,
    "batch": lambda: batch_bench.bench(ROOT),
    "memory": lambda: memory_bench.bench(ROOT),
    "pseudonyms": bench_pseudonyms,
    "hostile": lambda: hostile_bench.bench(_one_core),
    "audio": lambda: audio_bench.bench(ROOT),
    "spark": lambda: spark_bench.bench(ROOT, SPARK_CONVERSATIONS),
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
