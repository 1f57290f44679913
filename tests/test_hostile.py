"""Hostile input: crafted text must not hang the tool, nor a crafted file crash it.

Budgets are relative: realistic text of the same size (the samples, repeated) is timed in the
same run, and a hostile input must run at least a third as fast (`SLOWER`). Time is this
process's CPU time, the best of a few runs: other processes on the machine slow both alike.
Generated inputs come from `hypothesis`, derandomized so that CI runs the same cases each time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import redactor
from redactor.cli import app
from redactor.detect.analyzer import MAX_PIECE, pieces
from redactor.files.formats import FormatError, redact_file_text
from redactor.files.formats.json_fields import JsonFormat
from redactor.files.formats.jsonscan import HEAD, scan
from redactor.files.formats.registry import all_formats

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SLOWER = 3  # a hostile input may take this many times as long as realistic text of its size
SIZE = 12_000  # characters of each hostile text: a size where a quadratic cost shows
FUZZ_SIZE = 6_000
TRIES = 3

# Each unit repeated to `SIZE`: the shapes a reviewer made hang the tool, and their kin.
PATTERNS = {
    "8 9 (46 s for 5 KB)": "8 9 ",
    "1 1 1": "1 ",
    "восемь девятьсот": "восемь девятьсот ",
    "+7": "+7 ",
    "дом 5": "дом 5 ",
    "a run of digits": "1234567890",
    "digits and dashes": "1-",
    "spaces": " ",
    "dashes": "- ",
    "ноль": "ноль ",
    "a number said": "двадцать два ",
    "numbers over lines": "Клиент: восемь девятьсот\n",
    "capitalised words": "Иван Петров ",
    "a word repeated": "слово ",
    "a very long word": "а",
    "brackets": "(",
    "pluses": "+",
    "at signs": "@",
    "at signs and dots": "a@b.",
    "links": "https://example.com/",
    "phones in a list": "+7 912 345-67-89, ",
    "dates": "12.03.2024 ",
    "flats": "кв. 5 ",
}


@cache
def realistic(size: int) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cpu_seconds(call: Callable[[], object], tries: int = TRIES) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        call()
        best = min(best, time.process_time() - started)
    return best


@cache
def realistic_seconds(size: int) -> float:
    text = realistic(size)
    return cpu_seconds(lambda: redactor.analyze(text))


def assert_fast(call: Callable[[], object], baseline: float):
    """What `call` gives, within `SLOWER` × `baseline` seconds; tried again before failing, as
    timing on a shared machine is."""
    started = time.process_time()
    result = call()
    seconds = time.process_time() - started
    if seconds > SLOWER * baseline:
        seconds = min(seconds, cpu_seconds(call, tries=2))
    assert seconds <= SLOWER * baseline, f"{seconds:.2f} s, realistic {baseline:.2f} s"
    return result


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    redactor.analyze("Привет")  # models load on the first call


@pytest.mark.parametrize("unit", PATTERNS.values(), ids=PATTERNS.keys())
def test_a_hostile_text_runs_at_least_a_third_as_fast_as_realistic_text(unit: str) -> None:
    text = repeated(unit, SIZE)
    assert_fast(lambda: redactor.analyze(text), realistic_seconds(SIZE))


def test_the_reviewers_phone_line_runs_as_fast() -> None:
    text = "8 9 " * 1250  # 5 KB: 46 s
    assert_fast(lambda: redactor.analyze(text), realistic_seconds(len(text)))


# Tokens that make recognizers work: digits, separators, number words, names, addresses, mail.
TOKENS = [
    *"0 1 7 8 9 + - ( ) . , : @ / # _ № \n \t".split(" "),
    " ",
    "\n",
    "ноль",
    "восемь",
    "девятьсот",
    "двадцать",
    "тысяча",
    "плюс",
    "да",
    "Иван",
    "Петров",
    "ул.",
    "д.",
    "кв.",
    "тел.",
    "снилс",
    "дата рождения",
    "собака",
    "точка",
    "https://",
    "www.",
    ".ru",
    "4276",
    "12.03.1985",
    "Клиент:",
]


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=5))
def test_any_repeated_shape_runs_at_least_a_third_as_fast(tokens: list[str]) -> None:
    text = repeated(" ".join(tokens) + " ", FUZZ_SIZE)
    assert_fast(lambda: redactor.analyze(text), realistic_seconds(FUZZ_SIZE))


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=200).map("".join))
def test_any_text_is_analysed_into_flat_findings(text: str) -> None:
    findings = redactor.analyze(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))


# A line longer than spaCy's limit of a million characters (it ended in exit 3), and cheap to
# analyse: words of a thousand letters.
LONG_LINE = repeated("x" * 999 + " ", 1_200_000)


def test_a_line_over_a_million_characters_is_analysed() -> None:
    assert redactor.analyze(LONG_LINE + " Иван Петров, 8 912 345-67-89") != []


def test_a_long_line_is_cut_at_a_sentence_end_or_a_space_never_in_a_word() -> None:
    text = repeated("Звоните Ивану Петрову. ", 250_000) + repeated("слово ", 250_000)
    parts = list(pieces(text))
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= MAX_PIECE for _, p in parts)
    assert all(p.endswith(". ") for _, p in parts[:2]) and parts[3][1].endswith(" ")


def test_the_command_line_redacts_a_file_with_a_line_over_a_million_characters(
    tmp_path: Path,
) -> None:
    source = tmp_path / "line.txt"
    source.write_text(LONG_LINE + " Иван Петров\n", encoding="utf-8")
    result = CliRunner().invoke(app, [str(source), "-o", str(tmp_path / "out.txt")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").endswith(" [ИМЯ_1]\n")


def test_a_json_value_of_two_megabytes_is_redacted() -> None:
    text = json.dumps({"text": repeated("x" * 999 + " ", 2_000_000) + " Иван Петров"})
    result = redact_file_text(text, JsonFormat())
    assert json.loads(result.text)["text"].endswith(" [ИМЯ_1]")


def chat(values: list[str]) -> str:
    """A JSON export of messages with these texts, as chat dumps are."""
    return json.dumps([{"id": i, "text": v} for i, v in enumerate(values)], ensure_ascii=False)


def realistic_seconds_for(values: list[str]) -> float:
    """Realistic text as long as a file's `values` (what the engine reads of it), analysed:
    measured at `SIZE`, as its time grows linearly."""
    return realistic_seconds(SIZE) * sum(len(v) + 1 for v in values) / SIZE


def test_a_flat_json_of_many_short_values_runs_as_fast_as_realistic_text() -> None:
    # Every finding was looked for in every value (10,000 values: 90 s).
    values = [f"Иван Петров, 8912345{i:04d}" for i in range(8_000)]
    text = chat(values)
    result = assert_fast(
        lambda: redact_file_text(text, JsonFormat()), realistic_seconds_for(values)
    )
    assert len(result.findings) == 16_000


def nested(levels: int, key: str = "text") -> str:
    """Messages each replying to the one before, `levels` deep."""
    head = f'{{"{key}": "{MESSAGE}", "n": 7, "reply": '
    return head * levels + f'{{"{key}": "{MESSAGE}"}}' + "}" * levels


MESSAGE = "Иван, 89123456789"


def test_nested_json_runs_as_fast_as_realistic_text() -> None:
    # A value at each of 6,000 levels held its own path of up to 6,000 keys (10,000 levels:
    # 31 s and 700 MB), and every finding was looked for in every value.
    text = nested(6_000)
    values = [MESSAGE] * 6_001
    result = assert_fast(
        lambda: redact_file_text(text, JsonFormat()), realistic_seconds_for(values)
    )
    assert len(result.findings) == 12_002


def test_json_nested_a_hundred_thousand_levels_is_read_in_linear_time() -> None:
    # A value at each level held its own path: 100,000 levels were killed at 23 GB.
    levels = 100_000
    text = "[1," * levels + '{"text": "Иван"}' + "]" * levels
    flat = "[" + "1," * (len(text) // 2) + "1]"
    values = assert_fast(lambda: list(scan(text)), cpu_seconds(lambda: list(scan(flat)), 1))
    assert values[-1].depth == levels + 1 and len(values[-1].path) == HEAD
    assert values[-1].key == "text"
    assert redact_file_text(text, JsonFormat()).text == text.replace("Иван", "[ИМЯ_1]")


# Generated files: every format reads them or refuses them with a FormatError, and redacts
# what it reads.
KEYS = ["text", "from", "name", "type", "id", "messages", "chats", "list", "segments", "words",
        "word", "start", "end", "tokens", "about", "personal_information", "first_name"]  # fmt: skip
WORDS = st.lists(st.sampled_from([*TOKENS, '"', "\\", "\r", "\ufeff", ";", "|"]), max_size=12).map(
    "".join
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | WORDS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4),
    max_leaves=25,
)  # fmt: skip
TIME = st.sampled_from(["00:00:01,000 --> 00:00:02,500", "00:01.000 --> 00:02.000", "99:99:99"])
LINES = {
    "txt": st.lists(WORDS),
    "csv": st.lists(st.lists(WORDS, min_size=1, max_size=4).map(",".join)),
    "srt": st.lists(st.one_of(WORDS, TIME, st.integers(0, 9).map(str), st.just(""))),
    "vtt": st.lists(st.one_of(WORDS, TIME, st.just("WEBVTT"), st.just(""))).map(lambda ls: ["WEBVTT", "", *ls]),
    "whatsapp": st.lists(st.one_of(WORDS, WORDS.map(lambda w: f"12.03.2024, 10:00 - Иван: {w}"))),
}  # fmt: skip


def generated(name: str):
    if name in LINES:
        return LINES[name].map("\n".join)
    documents = JSON.map(lambda doc: json.dumps(doc, ensure_ascii=False))
    if name == "jsonl":
        return st.lists(documents, max_size=5).map("\n".join)
    return documents


@pytest.mark.parametrize("fmt", all_formats(), ids=lambda f: f.NAME)
def test_every_format_reads_or_refuses_generated_files(fmt) -> None:
    @settings(
        max_examples=15,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(generated(fmt.NAME))
    def reads(text: str) -> None:
        try:
            fields = fmt.fields(text)
        except FormatError as e:
            assert "\n" not in str(e)  # one line, naming a place
            return
        assert all(text[f.start : f.end] for f in fields if f.parent is None and f.value)
        result = redact_file_text(text, fmt)
        if fmt.NAME in ("json", "telegram", "whisper"):
            json.loads(result.text)  # the structure stays

    reads()
