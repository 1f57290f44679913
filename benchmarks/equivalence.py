"""Same findings before and after a change made for speed (issue 15): `redactor.analyze` on a
fixed corpus — the development batches of the blind set (1–3, 6 and 8 where present), the
generated calls and chats, the generated speech-recognition calls and the samples — written to
a JSON file by one tree and compared by another.

    python -m benchmarks.equivalence save before.json     # on the tree before the change
    python -m benchmarks.equivalence check before.json    # on the tree after: exit 1 on a change

A finding is compared as (entity, start, end, score rounded to 4 places, recognizer). Only
counts and document names are printed, never a value.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks import asr, blind, generate

ROOT = Path(__file__).resolve().parents[1]
# Development batches only (each where present); the held-out ones are never read here.
DEV_BATCHES = ("batch-1", "batch-2", "batch-3", "batch-6", "batch-8")


def corpus() -> dict[str, str]:
    """name → text, in a fixed order."""
    texts = {}
    for batch in DEV_BATCHES:
        if not (blind.ROOT / batch / "meta.jsonl").exists():
            continue
        for doc in blind.load(batch):
            texts[f"{batch}/{doc.name}"] = doc.text
    for n, doc in enumerate(generate.documents()):
        texts[f"generated/{n}"] = doc["text"]
    for n, doc in enumerate(asr.documents()):
        texts[f"asr/{n}"] = doc["text"]
    for path in sorted((ROOT / "samples").glob("*.txt")):
        texts[f"samples/{path.name}"] = path.read_text(encoding="utf-8")
    return texts


def findings(texts: dict[str, str]) -> dict[str, list[list]]:
    import redactor

    out = {}
    for name, text in texts.items():
        out[name] = [
            [f.entity_type, f.start, f.end, round(f.score, 4), f.recognizer]
            for f in redactor.analyze(text)
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    texts = corpus()
    started = time.process_time()
    found = findings(texts)
    seconds = time.process_time() - started
    chars = sum(map(len, texts.values()))
    print(f"{len(texts)} texts, {chars} characters, {seconds:.1f} CPU s", file=sys.stderr)
    if args.mode == "save":
        args.path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        return
    before = json.loads(args.path.read_text(encoding="utf-8"))
    changed = [name for name in texts if before.get(name) != found[name]]
    for name in changed:
        print(f"changed: {name} ({len(before.get(name, []))} → {len(found[name])} findings)")
    total = sum(map(len, found.values()))
    print(f"{len(texts) - len(changed)}/{len(texts)} texts identical, {total} findings")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
