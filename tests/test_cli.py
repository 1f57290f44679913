"""The command line through its real parser: exit codes, byte-exact output, and no personal datum
outside the redacted text — not in --explain, not in errors."""

from __future__ import annotations

import codecs
import importlib.util
import json
import os
import re
import sys
import types
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import redactor
from redactor import cli
from redactor.cli import app
from redactor.detect.recognizers import RECOGNIZERS
from redactor.finding import Finding, Redaction

runner = CliRunner()

MAIL = "ivan.petrov@mail.ru"
EMAIL_TEXT = f"Клиент: пишите на {MAIL}, отвечу вечером.\r\nОператор: Записал.\n"
EMAIL_REDACTED = "Клиент: пишите на [ПОЧТА_1], отвечу вечером.\r\nОператор: Записал.\n"

# One of each entity; every value must be absent from both streams of `--explain`.
RAW = {
    "PERSON": "Кузнецов Дмитрий Алексеевич",
    "PHONE_NUMBER": "+7 912 604-38-21",
    "CREDIT_CARD": "2202 2061 7734 5183",
    "ADDRESS": "ул. Малышева, д. 84, кв. 17",
    "EMAIL_ADDRESS": "d.kuznetsov84@yandex.ru",
}
SAMPLE = (
    f"Оператор: Назовите ФИО.\nКлиент: {RAW['PERSON']}.\n"
    f"Оператор: Номер карты?\nКлиент: {RAW['CREDIT_CARD']}.\n"
    f"Оператор: Адрес доставки?\nКлиент: Екатеринбург, {RAW['ADDRESS']}.\n"
    f"Оператор: Телефон для связи?\nКлиент: {RAW['PHONE_NUMBER']}.\n"
    f"Оператор: И почта?\nКлиент: {RAW['EMAIL_ADDRESS']}\n"
)


def invoke(*args: str | Path, input: bytes | None = None, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input, env=env)


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Input and usage errors must be answered before the engine is asked for anything."""

    def refuse(*args, **kwargs):
        raise AssertionError("the engine ran on bad input")

    monkeypatch.setattr(redactor, "redact", refuse)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in engine that finds exactly the RAW values, so that the CLI's own handling of
    findings is tested whatever the state of the recognizers."""

    def redact(text: str, entities: list[str] | None = None, policy=None) -> Redaction:
        findings = sorted(
            Finding(text.index(v), text.index(v) + len(v), kind, 0.9, "FakeRecognizer")
            for kind, v in RAW.items()
            if v in text and (entities is None or kind in entities)
        )
        labels = tuple(f"[{f.entity_type}]" for f in findings)
        out = text
        for f, label in sorted(zip(findings, labels, strict=True), reverse=True):
            out = out[: f.start] + label + out[f.end :]
        return Redaction(out, tuple(findings), labels)

    monkeypatch.setattr(redactor, "redact", redact)


def write(tmp_path: Path, data: bytes, name: str = "call.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- input and usage errors: exit 2, one line on stderr, nothing on stdout, no engine ----------

ERRORS = [
    # (id, file bytes or None for "no such file", extra arguments, what stderr says)
    ("missing file", None, [], "no such file"),
    ("empty file", b"", [], "empty file"),
    ("whitespace only", b"\n  \r\n", [], "empty file"),
    (
        "binary file",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + "Иван".encode() * 10,
        [],
        "binary",
    ),
    ("invalid bytes", b"\x98\x98 " + "Иван".encode()[:-1], [], "not valid"),
    ("undecodable as forced", "Иван".encode("cp1251"), ["--encoding", "utf-8"], "byte offset 0"),
    ("unknown entity", "Иван".encode(), ["-e", "PERSON,PASSPORT"], "valid: PERSON"),
    ("unknown encoding", "Иван".encode(), ["--encoding", "klingon"], "unknown encoding"),
    ("unknown option", "Иван".encode(), ["--bogus"], "No such option"),
    ("unknown format", "Иван".encode(), ["--format", "xml"], "'--format': unknown format 'xml'"),
]


@pytest.mark.usefixtures("no_engine")
@pytest.mark.parametrize(
    ("data", "extra", "reason"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_input_errors(tmp_path: Path, data: bytes | None, extra: list[str], reason: str) -> None:
    path = tmp_path / "call.txt" if data is None else write(tmp_path, data)
    result = invoke(*extra, path)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("redact: error: ") and reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Иван" not in result.stderr


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("chat.json", '{"text": "Иван Петров", '.encode(), "not valid json"),
        ("chat.csv", 'id,text\n1,"Иван Петров\n'.encode(), "not valid csv"),
    ],
)
def test_a_malformed_structured_file_is_an_input_error(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = invoke(path)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert reason in result.stderr and result.stderr.count("\n") == 1
    assert "Иван" not in result.stderr


SELECTIONS = [  # (file, content, option) → exit 2, the option and the file named, no value
    ("chat.json", '{"name": "Иван Петров", "text": "привет"}', ["--field", "nme"]),
    ("chat.jsonl", '{"name": "Иван Петров"}\n{"name": "Иван"}\n', ["--field", "nme"]),
    ("chat.csv", "name,text\nИван Петров,привет\n", ["--column", "nme"]),
    (  # a Telegram export is read as JSON once paths are given
        "result.json",
        '{"name": "Иван Петров", "type": "personal_chat", "id": 1, "messages": []}',
        ["--field", "nme"],
    ),
]


@pytest.mark.parametrize(("name", "content", "option"), SELECTIONS)
def test_an_option_that_selects_nothing_is_an_input_error(
    tmp_path: Path, name: str, content: str, option: list[str]
) -> None:
    path = write(tmp_path, content.encode(), name)
    result = invoke(path, *option)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"redact: error: {path}: {option[0]} nme " + (
        "selects nothing in this file\n"
        if option[0] == "--field"
        else "is not in the header of this file\n"
    )


@pytest.mark.usefixtures("no_engine")
def test_a_folder_needs_an_output_folder(tmp_path: Path) -> None:
    result = invoke(tmp_path)
    expected = f"redact: error: {tmp_path}: a folder needs an output folder: -o OUTDIR\n"
    assert (result.exit_code, result.stderr) == (2, expected)


@pytest.mark.usefixtures("no_engine")
@pytest.mark.parametrize(
    "output",
    [lambda p: p, lambda p: p.parent / "." / p.name, lambda p: _symlink(p.parent / "l.txt", p)],
    ids=["same path", "dot path", "symlink"],
)
def test_output_equal_to_input_is_refused(tmp_path: Path, output) -> None:
    path = write(tmp_path, EMAIL_TEXT.encode())
    result = invoke("-o", output(path), path)
    assert result.exit_code == 2
    assert "is the input file" in result.stderr and result.stderr.count("\n") == 1
    assert path.read_bytes() == EMAIL_TEXT.encode()


def _symlink(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


# --- encodings: read fine, written back in the same encoding, BOM and newlines -----------------

ENCODINGS = [
    ("utf-8", EMAIL_TEXT.encode(), EMAIL_REDACTED.encode()),
    ("utf-8 BOM", codecs.BOM_UTF8 + EMAIL_TEXT.encode(), codecs.BOM_UTF8 + EMAIL_REDACTED.encode()),
    ("utf-16 BOM", EMAIL_TEXT.encode("utf-16"), EMAIL_REDACTED.encode("utf-16")),
    ("utf-16-be", EMAIL_TEXT.encode("utf-16-be"), EMAIL_REDACTED.encode("utf-16-be")),
    ("cp1251", EMAIL_TEXT.encode("cp1251"), EMAIL_REDACTED.encode("cp1251")),
    # one stray byte: still UTF-8 (not cp1251), redacted, the byte kept where it was
    ("utf-8, a stray byte", EMAIL_TEXT.encode() + b"\xff\n", EMAIL_REDACTED.encode() + b"\xff\n"),
]


@pytest.mark.parametrize(
    ("data", "expected"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS]
)
def test_encoding_round_trip_to_file(tmp_path: Path, data: bytes, expected: bytes) -> None:
    path = write(tmp_path, data)
    out = tmp_path / "out.txt"
    result = invoke(path, "-o", out)
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", "")
    assert out.read_bytes() == expected
    assert path.read_bytes() == data  # the input is untouched


@pytest.mark.parametrize(
    ("data", "expected"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS]
)
def test_encoding_round_trip_to_stdout(tmp_path: Path, data: bytes, expected: bytes) -> None:
    result = invoke(write(tmp_path, data))
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == expected


def test_stdin(tmp_path: Path) -> None:
    result = invoke("-", input=EMAIL_TEXT.encode("cp1251"))
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == EMAIL_REDACTED.encode("cp1251")


def test_stdin_to_file(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = invoke("-", "-o", out, input=EMAIL_TEXT.encode())
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == EMAIL_REDACTED.encode()


def test_dash_output_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # `-o -` is stdout, as FILE `-` is stdin: never a file «-»
    result = invoke("-", "-o", "-", input=EMAIL_TEXT.encode())
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == EMAIL_REDACTED.encode()
    assert not (tmp_path / "-").exists()


def test_email_is_replaced() -> None:
    result = invoke("-", input=EMAIL_TEXT.encode())
    assert "[ПОЧТА_1]" in result.stdout and MAIL not in result.stdout


# --- routing: the default command and the named one ------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["{in}"],
        ["file", "{in}"],
        ["-e", "EMAIL_ADDRESS", "{in}"],
        ["{in}", "--entities", "email_address"],
        ["-o", "{out}", "{in}"],
        ["{in}", "-o", "{out}"],
    ],
    ids=lambda a: " ".join(a),
)
def test_default_command_routing(tmp_path: Path, args: list[str]) -> None:
    path, out = write(tmp_path, EMAIL_TEXT.encode()), tmp_path / "out.txt"
    result = invoke(*[a.format(**{"in": path, "out": out}) for a in args])
    assert result.exit_code == 0, result.output
    produced = out.read_bytes() if "-o" in args else result.stdout_bytes
    assert produced == EMAIL_REDACTED.encode()


def test_entities_choose_what_is_redacted(fake_engine: None, tmp_path: Path) -> None:
    result = invoke("-e", "PERSON", "-e", "phone_number", write(tmp_path, SAMPLE.encode()))
    assert result.exit_code == 0
    assert RAW["PERSON"] not in result.stdout and RAW["PHONE_NUMBER"] not in result.stdout
    assert RAW["EMAIL_ADDRESS"] in result.stdout


def test_help_lists_commands_and_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for word in ("file", "evaluate", "redact FILE", "Exit status", "3 internal error"):
        assert word in result.stdout


# Each command's --help ends with its own exit codes.
EPILOGS = {
    "file": cli.EPILOG,
    "check": cli.CHECK_EPILOG,
    "restore": cli.RESTORE_EPILOG,
    "evaluate": cli.EVALUATE_EPILOG,
    "spark": cli.SPARK_EPILOG,
}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("command", list(EPILOGS))
def test_each_command_shows_its_own_exit_codes(command: str) -> None:
    result = invoke(command, "--help", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    shown = _words(result.stdout)
    for other, epilog in EPILOGS.items():
        assert (_words(epilog) in shown) is (other == command), other


def _options():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        for param in command.params:
            if param.param_type_name == "option" and "--help" not in param.opts:
                yield pytest.param(param, id=f"{name} {param.opts[0]}")


@pytest.mark.parametrize("option", list(_options()))
def test_every_option_has_help(option) -> None:
    assert option.help and len(option.help) > 10
    if any(opt.endswith("key-file") for opt in option.opts):  # the rules of every key
        assert cli.KEY_RULES in option.help


def test_version() -> None:
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (0, f"redact {redactor.__version__}\n")


# --- --explain: a table on stderr, masked previews, never a raw value --------------------------


def test_explain_table_never_shows_a_value(fake_engine: None, tmp_path: Path) -> None:
    result = invoke("--explain", write(tmp_path, SAMPLE.encode()))
    assert result.exit_code == 0
    assert "5 findings" in result.stderr and "FakeRecognizer" in result.stderr
    assert "2:9" in result.stderr  # line:col of the name
    assert "К******* Д****** А*********" in result.stderr
    assert "2202 **** **** 5183" in result.stderr
    for value in RAW.values():
        assert value not in result.stdout and value not in result.stderr


def _distinctive_parts(value: str) -> list[str]:
    """What identifies a value even when the rest of it is gone: words of three characters or
    more and numbers of two digits or more («ул. Малышева, д. 84» → Малышева, 84)."""
    return re.findall(r"\w{3,}|\d{2,}", value)


def _stub(entity: str) -> bool:
    # A recognizer still to be written carries no EXAMPLES (every real one does).
    return not next(cls for cls in RECOGNIZERS if cls.ENTITY == entity).EXAMPLES


@pytest.mark.parametrize(
    ("entity", "value"),
    [
        pytest.param(
            kind,
            value,
            id=kind,
            marks=pytest.mark.xfail(_stub(kind), reason=f"{kind} recognizer not written yet"),
        )
        for kind, value in RAW.items()
    ],
)
def test_explain_with_the_real_engine_leaks_nothing(
    tmp_path: Path, entity: str, value: str
) -> None:
    result = invoke("--explain", write(tmp_path, SAMPLE.encode()))
    assert result.exit_code == 0, result.output
    assert value not in result.stderr, "the --explain table shows a raw value"
    for part in _distinctive_parts(value):
        assert not re.search(rf"(?<!\w){part}", result.stdout), f"{entity}: {part} in the output"


def test_explain_without_findings(tmp_path: Path) -> None:
    result = invoke("--explain", write(tmp_path, "Оператор: Спасибо, до свидания!\n".encode()))
    assert result.exit_code == 0
    assert result.stdout == "Оператор: Спасибо, до свидания!\n"
    assert result.stderr == "redact: no personal data found\n"


# --- internal errors: exit 3, the exception's class only -------------------------------------


def test_internal_error_is_one_line_without_the_message(tmp_path: Path, monkeypatch) -> None:
    def crash(text, entities=None, policy=None):
        raise RuntimeError(f"failed on {text!r}")

    monkeypatch.setattr(redactor, "redact", crash)
    path = write(tmp_path, SAMPLE.encode())
    result = invoke(path)
    assert result.exit_code == 3
    assert result.stderr == (
        "redact: internal error (RuntimeError); set REDACT_DEBUG=1 for a traceback\n"
    )
    assert result.stdout == ""

    debug = invoke(path, env={"REDACT_DEBUG": "1"})
    assert isinstance(debug.exception, RuntimeError)


# --- evaluate --------------------------------------------------------------------------------


@pytest.fixture
def fake_evaluate(monkeypatch: pytest.MonkeyPatch) -> list:
    """A stand-in for redactor.evaluate: the CLI's contract with it, not its scoring."""
    calls = []

    def load_jsonl(path, label_key="label"):
        calls.append(("load", Path(path).name, label_key))
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        try:
            return [json.loads(line) for line in lines]
        except json.JSONDecodeError as e:
            raise ValueError(f"line {e.lineno}: not JSON") from None

    module = types.SimpleNamespace(
        load_jsonl=load_jsonl,
        evaluate=lambda docs: calls.append(("evaluate", len(docs))) or {"docs": len(docs)},
        format_report=lambda report: f"REPORT {report['docs']} docs",
    )
    monkeypatch.setitem(sys.modules, "redactor.evaluate", module)
    monkeypatch.setattr(redactor, "evaluate", module, raising=False)
    return calls


def test_evaluate_calls_the_library(fake_evaluate: list, tmp_path: Path) -> None:
    gold = write(
        tmp_path, b'{"text": "a", "spans": []}\n{"text": "b", "spans": []}\n', "gold.jsonl"
    )
    result = invoke("evaluate", gold, "--label-key", "coarse")
    assert result.exit_code == 0, result.output
    assert result.stdout == "REPORT 2 docs\n"
    assert fake_evaluate == [("load", "gold.jsonl", "coarse"), ("evaluate", 2)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"text": "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd"\n', "line 1: not JSON"),
        (None, "no such file"),
    ],
    ids=["malformed", "missing"],
)
def test_evaluate_input_errors(fake_evaluate: list, tmp_path: Path, data, reason: str) -> None:
    gold = tmp_path / "gold.jsonl" if data is None else write(tmp_path, data, "gold.jsonl")
    result = invoke("evaluate", gold)
    assert result.exit_code == 2
    assert result.stderr == f"redact: error: {gold}: {reason}\n"


@pytest.mark.skipif(
    importlib.util.find_spec("redactor.evaluate") is None,
    reason="redactor/evaluate.py is being written in parallel; the contract is tested above",
)
def test_evaluate_with_the_real_module(tmp_path: Path) -> None:
    text = f"Пишите на {MAIL}"
    span = {"start": text.index(MAIL), "end": len(text), "label": "EMAIL_ADDRESS"}
    gold = write(tmp_path, json.dumps({"text": text, "spans": [span]}).encode() + b"\n", "g.jsonl")
    result = invoke("evaluate", gold)
    assert result.exit_code == 0, result.output
    assert "EMAIL_ADDRESS" in result.stdout
    assert MAIL not in result.stdout + result.stderr

    bad = write(tmp_path, b"{not json\n", "bad.jsonl")
    result = invoke("evaluate", bad)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "redact"
    assert script.exists() and os.access(script, os.X_OK)
