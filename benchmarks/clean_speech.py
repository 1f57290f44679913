"""Over-redaction in speech with no personal data: what speech recognition would write of the
contact-center stories in `../shared/texts` (lowercase, no punctuation, numbers in words), and
calls written for this benchmark in that form (`clean_speech/`: tariffs, brands, products,
places, amounts, order and ticket numbers, words that are also names: «роза», «надежда»,
«мира»). Nothing in them is personal, so every finding is over-redaction; they are listed with
their values (public or made-up texts) for the developer to read.

    python -m benchmarks.clean_speech [--quiet]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import redactor
from benchmarks.asr import DIGIT_WORDS, cardinal
from redactor.evaluate import WORD

HERE = Path(__file__).resolve().parent / "clean_speech"
# `../shared` beside the checkout (a worktree sits a level deeper: /work/wt/<name>).
STORIES = next(
    (
        up / "shared" / "texts" / "contact-center-stories"
        for up in Path(__file__).resolve().parents[1:4]
        if (up / "shared" / "texts").is_dir()
    ),
    Path("/nonexistent"),
)
SIGNS = {"№": " номер ", "%": " процентов ", "+": " плюс ", "@": " собака ", "&": " и "}
DIGITS = re.compile(r"\d+")


def spoken(text: str) -> str:
    """`text` as speech recognition writes it: lowercase, punctuation gone, numbers in words
    (a number of more than six digits, or one that starts with 0, digit by digit)."""
    for sign, word in SIGNS.items():
        text = text.replace(sign, word)
    text = DIGITS.sub(lambda m: f" {_number(m.group())} ", text)
    text = "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def _number(digits: str) -> str:
    if len(digits) > 6 or (digits.startswith("0") and len(digits) > 1):
        return " ".join(DIGIT_WORDS[int(d)] for d in digits)
    return cardinal(int(digits))


def texts() -> dict[str, str]:
    """Every clean speech text by name: the stories spoken (if `../shared` is there) and ours."""
    out = {}
    if STORIES.is_dir():
        for path in sorted(STORIES.glob("*.txt")):
            out[f"story/{path.stem}"] = spoken(path.read_text(encoding="utf-8"))
    for path in sorted(HERE.glob("*.txt")):
        out[f"call/{path.stem}"] = path.read_text(encoding="utf-8")
    return out


def bench(quiet: bool = False) -> dict:
    results = {}
    for group in ("story", "call"):
        words = touched = 0
        for name, text in texts().items():
            if not name.startswith(group + "/"):
                continue
            findings = redactor.analyze(text)
            for m in WORD.finditer(text):
                if any(c.isalnum() for c in m.group()):
                    words += 1
                    touched += any(f.start < m.end() and m.start() < f.end for f in findings)
            for f in findings if not quiet else ():
                # Public or made-up texts with no personal data: printing values is the point.
                value = " ".join(f.value(text).split())
                print(f"{name}\t{f.entity_type}\t{f.recognizer}\t{value}")
        share = touched / words if words else 0.0
        print(f"over-redaction, clean speech {group}: {share:.2%} of {words:,} words")
        results[group] = {"words": words, "touched": touched, "share": share}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no findings")
    bench(parser.parse_args().quiet)


if __name__ == "__main__":
    main()
