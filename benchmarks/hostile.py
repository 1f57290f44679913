"""The `hostile` part of `make bench`: how fast crafted input is read, beside realistic text of
the same size (the samples, repeated). Each text is one of the shapes that made the tool hang
(issue 18: a line of «8 9 » × 1,250 took 46 s, «ноль …» of 100 KB over 300 s, a JSON export of
10,000 values 90 s), repeated to 10 KB, 100 KB and 1 MB. Texts go through `redactor.analyze`,
JSON files through `redact_file_text`, in a child process on one core; the speed is characters
per second of that process's CPU time, which other processes on the machine disturb least.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

SIZES = (10_000, 100_000, 1_000_000)
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# Each repeated to the size: the shapes of the issue, and their kin for each recognizer.
PATTERNS = {
    "«8 9 »": "8 9 ",
    "«1 1 1 …»": "1 ",
    "«восемь девятьсот …»": "восемь девятьсот ",
    "«+7 »": "+7 ",
    "«дом 5 »": "дом 5 ",
    "a run of digits": "1234567890",
    "spaces": " ",
    "dashes": "- ",
    "«ноль …»": "ноль ",
    "a number said, repeated": "двадцать два ",
    "numbers over lines": "Клиент: восемь девятьсот\n",
    "capitalised words": "Иван Петров ",
    "one word repeated": "слово ",
    "a very long word": "а",
    "pluses, no space": "+",
    "@ and dots": "a@b.",
    "links": "https://example.com/",
    "phones in a list": "+7 912 345-67-89, ",
    "dates": "12.03.2024 ",
}
CHILD = """
import json, os
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import redactor
from benchmarks import hostile
redactor.analyze("Привет")  # warm-up: models load on the first call
print(json.dumps(hostile.measure()))
"""


def realistic(size: int) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def chat(values: list[str]) -> str:
    """A JSON export of messages with these texts."""
    return json.dumps([{"id": i, "text": v} for i, v in enumerate(values)], ensure_ascii=False)


def json_files(size: int) -> dict[str, str]:
    """JSON exports about `size` characters long: realistic messages (the samples' lines), many
    short values with findings, and messages nested each in the one before."""
    lines = [line for line in realistic(size).splitlines() if line.strip()]
    values = [f"Иван Петров, 8912345{i % 10_000:04d}" for i in range(size // 55)]
    levels = size // 48
    nested = '{"text": "Иван, 89123456789", "n": 7, "reply": ' * levels + "{}" + "}" * levels
    return {
        "realistic JSON export": chat(lines),
        "JSON, many short values": chat(values),
        "JSON, nested": nested,
    }


def measure() -> list[dict]:
    """In the child: (name, size, characters, seconds) of every text and file at every size."""
    import redactor
    from redactor.files.formats import redact_file_text
    from redactor.files.formats.json_fields import JsonFormat

    runs = []
    for size in SIZES:
        texts = {"realistic text": realistic(size)}
        texts.update((name, repeated(unit, size)) for name, unit in PATTERNS.items())
        for name, text in texts.items():
            runs.append(_timed(name, size, text, redactor.analyze))
        for name, text in json_files(size).items():
            runs.append(_timed(name, size, text, lambda t: redact_file_text(t, JsonFormat())))
    return runs


def _timed(name: str, size: int, text: str, read) -> dict:
    started = time.process_time()
    read(text)
    seconds = time.process_time() - started
    return {"name": name, "size": size, "chars": len(text), "seconds": seconds}


def bench(one_core) -> dict:
    """`one_core(code)`: runs `code` in a fresh process with one thread in every pool (run.py)."""
    runs = one_core(CHILD)
    speed = {(r["name"], r["size"]): r["chars"] / max(r["seconds"], 1e-9) for r in runs}
    names = list(dict.fromkeys(r["name"] for r in runs))
    header = ("input", *(_size(s) for s in SIZES), f"{_size(SIZES[-1])} vs realistic")
    rows = []
    for name in names:
        baseline = "realistic JSON export" if name.startswith(("JSON", "realistic JSON")) else None
        base = speed[baseline or "realistic text", SIZES[-1]]
        rows.append(
            (
                name,
                *(f"{speed[name, s]:,.0f}" for s in SIZES),
                f"{speed[name, SIZES[-1]] / base:.2f}",
            )
        )
    print("\nCharacters per second (CPU time, one core); texts through redactor.analyze, JSON")
    print(
        f"files through redact_file_text; the last column is the speed at {_size(SIZES[-1])} over"
    )
    print("the realistic one's (realistic JSON for the JSON files): tests/test_hostile.py")
    print("requires a third at 12 KB.")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    slowest = min(
        (v / speed["realistic text", s], n, s)
        for (n, s), v in speed.items()
        if not n.startswith(("JSON", "realistic JSON"))
    )
    print(f"slowest against realistic text: {slowest[1]} at {_size(slowest[2])}, {slowest[0]:.2f}")
    return {"runs": runs}


def _size(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"
