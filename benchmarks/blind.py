"""The blind set: conversations written by people who never read this code (see
`benchmarks/blind/README.md`), scored through the same file path as `redact FILE`.

Each batch folder holds one conversation per file, with its personal data marked inline as
⟦LABEL|value⟧, and a `meta.jsonl` (kind, layout, domain, whether it holds personal data). The
markup is taken out here: the file without it is what the engine reads, in its own format
(text, CSV, JSONL, JSON, SRT), and the gold spans point into it.

    python -m benchmarks.blind [BATCH …] [--misses]   # --misses prints what leaked (dev batches)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from redactor.evaluate import Document, Report, Span, evaluate
from redactor.finding import Finding

ROOT = Path(__file__).resolve().parent / "blind"
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)
KEEP = "KEEP"
# Batches the engine was tuned on are no longer blind: they are scored apart (README.md).
HELD_OUT = ("batch-4", "batch-5", "batch-7", "batch-11")


@dataclass(frozen=True)
class BlindDoc:
    batch: str
    name: str
    kind: str  # written, chat, asr
    layout: str
    pii: bool
    text: str
    spans: tuple[Span, ...]


def unmark(marked: str) -> tuple[str, tuple[Span, ...]]:
    """The text without its markup, and the gold spans in it."""
    out, spans, last, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last : m.start()])
        length += m.start() - last
        value = m[2]
        spans.append(Span(length, length + len(value), m[1]))
        out.append(value)
        length += len(value)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), tuple(s for s in spans if s.end > s.start)


def load(batch: str) -> list[BlindDoc]:
    folder = ROOT / batch
    docs = []
    for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        meta = json.loads(line)
        text, spans = unmark((folder / meta["file"]).read_text(encoding="utf-8"))
        docs.append(
            BlindDoc(
                batch,
                meta["file"],
                meta["kind"],
                meta.get("layout", "?"),
                bool(meta.get("pii", True)),
                text,
                spans,
            )
        )
    return docs


def batches() -> list[str]:
    names = [p.name for p in ROOT.iterdir() if (p / "meta.jsonl").exists()]
    return sorted(names, key=lambda n: (len(n), n))  # batch-2 before batch-10


def file_findings(name: str, text: str) -> list[Finding]:
    """What `redact FILE` finds in this file, as places in the file."""
    from redactor.files import formats

    fmt = formats.detect(name, text)
    if fmt is None:
        raise ValueError(f"{name}: no format reads it")
    analysis = formats.analyze_file_text(text, fmt)
    return list(formats.place(text, analysis))


_FOUND: dict[tuple[str, str], list[Finding]] = {}  # (batch, file) → findings: analysed once


def findings_of(doc: BlindDoc) -> list[Finding]:
    key = (doc.batch, doc.name)
    if key not in _FOUND:
        _FOUND[key] = file_findings(doc.name, doc.text)
    return _FOUND[key]


def score(docs: list[BlindDoc]) -> Report:
    by_text = {id(d.text): d for d in docs}
    return evaluate(
        [Document(d.text, d.spans) for d in docs], lambda text: findings_of(by_text[id(text)])
    )


def pooled(report: Report, labels) -> tuple[int, int]:
    scores = [s for s in report.labels if s.label in labels]
    return sum(s.protected for s in scores), sum(s.spans for s in scores)


def table(docs: list[BlindDoc], title: str) -> dict:
    """Recall per label by kind of text, pooled identifiers, kept spans, over-redaction on the
    conversations without personal data; printed, and returned for --json."""
    kinds = sorted({d.kind for d in docs})
    reports = {"all": score(docs)}
    reports |= {k: score([d for d in docs if d.kind == k]) for k in kinds}
    labels = sorted({s.label for d in docs for s in d.spans} - {KEEP})
    print(f"\n{title}: {len(docs)} files ({sum(d.pii for d in docs)} with personal data)")
    head = f"{'label':<18}{'gold':>6}{'found':>8}" + "".join(f"{k:>9}" for k in kinds)
    print(head)
    out: dict = {"files": len(docs), "labels": {}}
    for label in labels:
        row = reports["all"].label(label)
        cells = []
        for k in kinds:
            s = reports[k].label(label)
            cells.append(f"{s.recall:>9.3f}" if s and s.spans else f"{'—':>9}")
        print(f"{label:<18}{row.spans:>6}{row.recall:>8.3f}" + "".join(cells))
        out["labels"][label] = {"gold": row.spans, "recall": row.recall} | {
            k: (reports[k].label(label).recall if reports[k].label(label) else None) for k in kinds
        }
    for name, chosen in (
        ("all personal data", set(labels)),
        ("identifiers (not PERSON)", set(labels) - {"PERSON"}),
    ):
        hit, total = pooled(reports["all"], chosen)
        print(f"{name:<30}{total:>6}{hit / total if total else 0:>8.3f}")
        out[name] = hit / total if total else None
    keep = reports["all"].label(KEEP)
    if keep and keep.spans:
        print(f"KEEP spans kept untouched: {keep.untouched_share:.3f} of {keep.spans}")
        out["keep_kept"] = keep.untouched_share
    clean = [d for d in docs if not d.pii]
    for group, chosen in (
        ("written and chat", [d for d in clean if d.kind != "asr"]),
        ("speech recognition", [d for d in clean if d.kind == "asr"]),
    ):
        if chosen:
            r = score(chosen)
            print(
                f"over-redaction, {len(chosen)} {group} files with no personal data: "
                f"{r.over_redaction:.2%} of {r.words:,} words"
            )
            out[f"over_redaction_clean_{group}"] = r.over_redaction
    print(f"over-redaction, all files: {reports['all'].over_redaction:.2%}")
    out["over_redaction_all"] = reports["all"].over_redaction
    layouts = defaultdict(list)
    for d in docs:
        if d.pii:
            layouts[d.layout].append(d)
    worst = []
    for layout, group in layouts.items():
        hit, total = pooled(score(group), set(labels))
        worst.append((hit / total if total else 1.0, layout, total))
    worst.sort()
    print("layouts, worst first (recall of all personal data):")
    print("  " + "; ".join(f"{name} {share:.2f} ({n})" for share, name, n in worst[:12]))
    out["layouts"] = {name: share for share, name, _ in worst}
    return out


def misses(docs: list[BlindDoc]) -> None:
    """Gold spans not fully masked, with their text: for the developer, on batches already
    tuned on (printing them spends the batch's blindness)."""
    for d in docs:
        findings = findings_of(d)
        for s in d.spans:
            covered = [f for f in findings if f.start < s.end and s.start < f.end]
            chars = [i for i in range(s.start, s.end) if d.text[i].isalnum()]
            hit = sum(any(f.start <= i < f.end for f in covered) for i in chars)
            if s.label == KEEP and hit:
                print(f"{d.batch}/{d.name}\tOVER\t{s.label}\t{d.text[s.start : s.end]!r}")
            elif s.label != KEEP and hit < len(chars):
                line = d.text.rfind("\n", 0, s.start) + 1
                end = d.text.find("\n", s.end)
                context = d.text[line : end if end > 0 else None][:160]
                print(f"{d.batch}/{d.name}\t{s.label}\t{d.text[s.start : s.end]!r}\t{context!r}")
        for f in findings:
            if not any(f.start < s.end and s.start < f.end for s in d.spans if s.label != KEEP):
                print(f"{d.batch}/{d.name}\tEXTRA\t{f.entity_type}\t{d.text[f.start : f.end]!r}")


def run(chosen: list[str] | None = None) -> dict:
    names = chosen or batches()
    results = {}
    tuned = [b for b in names if b not in HELD_OUT]
    held = [b for b in names if b in HELD_OUT]
    if held:
        docs = [d for b in held for d in load(b)]
        results["held_out"] = table(docs, f"Blind set, held out ({', '.join(held)})")
        if len(held) > 1:  # each writer apart too: a batch is one writer's view of the world
            for b in held:
                results[f"held_out {b}"] = table(load(b), f"Blind set, held out ({b})")
    if tuned:
        docs = [d for b in tuned for d in load(b)]
        results["tuned"] = table(docs, f"Blind set, batches tuned on ({', '.join(tuned)})")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batches", nargs="*")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    if args.misses:
        held = [b for b in args.batches or batches() if b in HELD_OUT]
        if held:  # reading a held-out batch's misses makes it a development batch (README.md)
            parser.error(
                f"--misses on held-out batches {', '.join(held)}: move them out of HELD_OUT first"
            )
        misses([d for b in args.batches or batches() for d in load(b)])
    else:
        run(args.batches or None)


if __name__ == "__main__":
    main()
