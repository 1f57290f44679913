"""The `speed` part of `make bench` (issue 15): our pipeline beside natasha's NER alone, as
ratios measured in one run on the same texts, so that the load of this shared machine cancels.

- **Throughput:** `redactor.analyze` per document against slovnet's news NER (what natasha's
  `NewsNERTagger` runs) on the same documents: punctuated calls and chats (the samples and the
  generated set) and speech-recognition calls (lowercase, numbers in words).
- **Messages:** the lines of the generated chats through `redactor.analyze` one call per line,
  and all at once through `redactor.analyze_many`, against the whole chats.
- **Linearity:** `redactor.redact` on 200 KB and on 2 MB of the samples repeated.
- **Start-up:** `redact` on a one-word file against loading natasha's NER and tagging one
  sentence (wall time, median of 5 fresh processes); `redact --help` and `--version`.

Throughput runs in one child process with one BLAS thread; a figure is
characters per second of that process's CPU time (`time.process_time`), the best of `REPEATS`
rounds, ours and natasha's alternating.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REPEATS = 3
# A part of each generated set: three rounds of both tools over it take minutes on two cores.
DOCUMENTS = 120
CALLS = 60
STARTUP_RUNS = 5
SIZES = (200_000, 2_000_000)
# The targets.
NER_RATIO_TARGET = 0.8
MESSAGE_RATIO_TARGET = 0.8
STARTUP_RATIO_TARGET = 2.0
HELP_TARGET = 0.5
LINEAR_TARGET = 0.8
ONE_THREAD = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
NATASHA_STARTUP = """
from redactor.detect.nlp import natasha_data_dir
from navec import Navec
from slovnet import NER
data = natasha_data_dir()
ner = NER.load(str(data / "model" / "slovnet_ner_news_v1.tar"))
ner.navec(Navec.load(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"))
ner("Здравствуйте, меня зовут Иван Петров.")
"""


def natasha_ner():
    """slovnet's news NER with navec, as natasha's NewsNERTagger runs it: a text at a time."""
    from navec import Navec
    from slovnet import NER

    from redactor.detect.nlp import natasha_data_dir

    data = natasha_data_dir()
    ner = NER.load(str(data / "model" / "slovnet_ner_news_v1.tar"))
    ner.navec(Navec.load(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"))
    return ner


def texts() -> dict[str, list[str]]:
    from benchmarks import asr, generate

    generated = generate.documents()[:DOCUMENTS]
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return {
        "punctuated calls and chats": samples + [d["text"] for d in generated],
        "speech-recognition calls": [d["text"] for d in asr.documents()[:CALLS]],
        "chats": [d["text"] for d in generated if d["kind"] == "chat"],
    }


def cpu_rate(run, items: list[str], repeats: int = REPEATS) -> float:
    """Characters per CPU second of `run(items)`, the best of `repeats`."""
    chars = sum(map(len, items))
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run(items)
        best = min(best, time.process_time() - started)
    return chars / best


def each(analyze):
    def run(items):
        forget()
        return [analyze(t) for t in items]

    return run


def each_many(analyze_many):
    def run(items):
        forget()
        return analyze_many(items)

    return run


def forget() -> None:
    """Drop the tags the NER keeps of short chunks between calls (`SlovnetNER.forget`): each
    round reads its texts as the first time, not the same labels and replies as the round
    before."""
    from redactor.engine import default_engine

    ner = default_engine().analyzer.presidio.nlp_engine.nlp["ru"].get_pipe("slovnet_ner")
    if hasattr(ner, "forget"):
        ner.forget()


def child() -> dict:
    """The throughput figures, in this process (run by `bench` with one BLAS thread; not pinned
    to a CPU: every benchmark pinned to the first would share it, and CPU time is the
    process's own anyway)."""
    import redactor

    redactor.analyze("Здравствуйте, Иван.")  # the models load on the first call
    ner = natasha_ner()
    sets = texts()
    results: dict = {}
    for name in ("punctuated calls and chats", "speech-recognition calls"):
        items = sets[name]
        ours = natasha = 0.0
        for _ in range(REPEATS):  # alternating, so a busy minute weighs on both
            ours = max(ours, cpu_rate(each(redactor.analyze), items, 1))
            natasha = max(natasha, cpu_rate(each(ner), items, 1))
        results[name] = {"ours": ours, "natasha": natasha, "chars": sum(map(len, items))}
    chats = sets["chats"]
    lines = [line for chat in chats for line in chat.splitlines() if line.strip()]
    results["messages"] = {
        "whole": cpu_rate(each(redactor.analyze), chats),
        "one per call": cpu_rate(each(redactor.analyze), lines),
        "lines": len(lines),
        "chars": sum(map(len, lines)),
    }
    if hasattr(redactor, "analyze_many"):
        results["messages"]["analyze_many"] = cpu_rate(each_many(redactor.analyze_many), lines)
    sample = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    results["linear"] = {}
    for size in SIZES:
        text = (sample * (size // len(sample) + 1))[:size]
        results["linear"][size] = cpu_rate(each(redactor.redact), [text], 1)
    return results


def _wall(command: list[str], runs: int = STARTUP_RUNS) -> dict[str, float]:
    """The median wall time of `command` in a fresh process, and the median of its CPU time
    (user and system), which a busy machine disturbs less."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            command, cwd=ROOT, env={**os.environ, **ONE_THREAD}, check=True, capture_output=True
        )
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}


def startup() -> dict:
    redact = str(Path(sys.executable).with_name("redact"))
    with tempfile.TemporaryDirectory() as tmp:
        word = Path(tmp) / "one.txt"
        word.write_text("Привет\n", encoding="utf-8")
        return {
            "redact one word": _wall([redact, str(word), "-o", str(Path(tmp) / "out.txt")]),
            "natasha NER": _wall([sys.executable, "-c", NATASHA_STARTUP]),
            "--help": _wall([redact, "--help"]),
            "--version": _wall([redact, "--version"]),
        }


def bench() -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.speed", "--child"],
        cwd=ROOT,
        env={**os.environ, **ONE_THREAD},
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    results = json.loads(run.stdout.strip().splitlines()[-1])
    results["startup"] = startup()
    report(results)
    return results


def _ok(good: bool) -> str:
    return "met" if good else "NOT met"


def report(r: dict) -> None:
    print("throughput, characters per CPU second on one core (best of 3, one run):")
    for name in ("punctuated calls and chats", "speech-recognition calls"):
        s = r[name]
        ratio = s["ours"] / s["natasha"]
        print(
            f"  {name} ({s['chars']:,} characters): ours {s['ours']:,.0f}, natasha's NER "
            f"alone {s['natasha']:,.0f}: {ratio:.2f}× (target ≥ {NER_RATIO_TARGET}×: "
            f"{_ok(ratio >= NER_RATIO_TARGET)})"
        )
    m = r["messages"]
    ratio = m["one per call"] / m["whole"]
    print(
        f"  chat lines one per analyze call ({m['lines']:,} lines, {m['chars']:,} characters): "
        f"{m['one per call']:,.0f} against whole chats {m['whole']:,.0f}: {ratio:.2f}× "
        f"(target ≥ {MESSAGE_RATIO_TARGET}×: {_ok(ratio >= MESSAGE_RATIO_TARGET)})"
    )
    if "analyze_many" in m:
        print(
            f"  the same lines through analyze_many: {m['analyze_many']:,.0f}: "
            f"{m['analyze_many'] / m['whole']:.2f}× the whole chats"
        )
    small, large = (r["linear"][str(s)] for s in SIZES)
    print(
        f"  redactor.redact on {SIZES[0]:,} characters {small:,.0f}/s, on {SIZES[1]:,} "
        f"{large:,.0f}/s: {large / small:.2f}× (target ≥ {LINEAR_TARGET}×: "
        f"{_ok(large / small >= LINEAR_TARGET)})"
    )
    s = {k: v["wall"] for k, v in r["startup"].items()}
    cpu = {k: v["cpu"] for k, v in r["startup"].items()}
    ratio = s["redact one word"] / s["natasha NER"]
    print(
        f"start-up, wall, median of {STARTUP_RUNS}: redact on a one-word file "
        f"{s['redact one word']:.2f} s, natasha's NER loaded and one sentence tagged "
        f"{s['natasha NER']:.2f} s: {ratio:.2f}× (target ≤ {STARTUP_RATIO_TARGET}×: "
        f"{_ok(ratio <= STARTUP_RATIO_TARGET)}); redact --help {s['--help']:.2f} s, "
        f"--version {s['--version']:.2f} s (target < {HELP_TARGET} s: "
        f"{_ok(max(s['--help'], s['--version']) < HELP_TARGET)})"
    )
    print(
        f"start-up, CPU time (user + system), median of {STARTUP_RUNS}: redact on a one-word "
        f"file {cpu['redact one word']:.2f} s, natasha's NER {cpu['natasha NER']:.2f} s: "
        f"{cpu['redact one word'] / cpu['natasha NER']:.2f}×; --help {cpu['--help']:.2f} s, "
        f"--version {cpu['--version']:.2f} s"
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(json.dumps(child()))
    else:
        bench()
