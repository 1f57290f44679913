"""Allowlist (salted hashes, patterns, the inline marker) and the baseline."""

import io
import json

import pytest

from redactor.check import allow
from redactor.check.allow import Allowlist, Baseline
from redactor.check.fingerprint import FingerprintKey
from redactor.config import ConfigError, Settings, load_file

PHONE = "+7 900 123-45-67"
SALT = "pepper"
FP = "sha256:" + "ab" * 32
KEY = FingerprintKey(b"a test key, never a real one")

# (line around the finding, allowed?)
MARKERS = [
    (f"call me at {PHONE}  # redact: allow", True),
    (f"call({PHONE}); // redact: allow", True),
    (f"<!-- REDACT: ALLOW --> {PHONE}", True),
    (f"{PHONE} redact:allow", True),
    (f"call me at {PHONE}", False),
    (f"{PHONE} # redact: allowed? no", False),
    (f"{PHONE} # unredact: allow", False),
]

# (normalized to the same hash as PHONE?)
SAME_VALUE = [
    ("+7 900 123-45-67", True),
    ("  +7  900\t123-45-67 ", True),
    ("+7 900 123-45-68", False),
    ("+79001234567", False),  # spaces are collapsed, not removed
]


def settings(tmp_path, text):
    (tmp_path / ".redact.toml").write_text(text, encoding="utf-8")
    return load_file(tmp_path / ".redact.toml")


@pytest.mark.parametrize("line, allowed", MARKERS)
def test_marker(line, allowed):
    assert Allowlist(Settings()).allows("PHONE_NUMBER", PHONE, line) is allowed


@pytest.mark.parametrize("value, same", SAME_VALUE)
def test_hash_normalizes(value, same):
    assert (allow.salted_hash(value, SALT) == allow.salted_hash(PHONE, SALT)) is same


def test_hash_case_folded():
    assert allow.salted_hash("Иван  ПЕТРОВ", SALT) == allow.salted_hash("иван петров", SALT)


def test_salt_changes_the_hash():
    assert allow.salted_hash(PHONE, SALT) != allow.salted_hash(PHONE, "other")


def test_hash_round_trip_through_the_config(tmp_path):
    line = allow.hash_for_config(PHONE, SALT)
    assert PHONE not in line and "900" not in line
    allowlist = Allowlist(settings(tmp_path, f'[allow]\nsalt = "{SALT}"\nvalues = [{line}]'))
    assert allowlist.allows("PHONE_NUMBER", "+7 900 123-45-67", "x")
    assert not allowlist.allows("PHONE_NUMBER", "+7 900 123-45-68", "x")


def test_patterns_fullmatch(tmp_path):
    allowlist = Allowlist(settings(tmp_path, "[allow]\npatterns = ['\\+7 900 000-00-\\d\\d']"))
    assert allowlist.allows("PHONE_NUMBER", "+7 900 000-00-12", "x")
    assert not allowlist.allows("PHONE_NUMBER", "+7 900 000-00-123", "x")
    assert not allowlist.allows("PHONE_NUMBER", "8 +7 900 000-00-12", "x")


def test_main_prints_the_line_to_paste(tmp_path, monkeypatch, capsys):
    settings(tmp_path, f'[allow]\nsalt = "{SALT}"')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(PHONE + "\n"))
    assert allow.main([]) == 0
    assert capsys.readouterr().out == allow.hash_for_config(PHONE, SALT) + "\n"


def test_main_makes_a_salt_when_none(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert allow.main([PHONE]) == 0
    salt_line, value_line = capsys.readouterr().out.splitlines()
    salt = salt_line.split('"')[1]
    assert value_line == allow.hash_for_config(PHONE, salt)


def test_line_of():
    text = "first\nsecond 123 # redact: allow\nthird"
    start = text.index("123")
    assert allow.line_of(text, start, start + 3) == "second 123 # redact: allow"
    assert allow.line_of("123", 0, 3) == "123"


def test_baseline_round_trip(tmp_path):
    path = tmp_path / ".redact-baseline.json"
    Baseline.from_fingerprints([FP, "sha256:" + "01" * 32], KEY.key_id).save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "version": 2,
        "key_id": KEY.key_id,
        "fingerprints": sorted([FP, "sha256:" + "01" * 32]),
    }
    baseline = Baseline.load(path, KEY)
    assert baseline.contains(FP) and FP in baseline and len(baseline) == 2
    assert not baseline.contains("sha256:" + "cd" * 32)


def test_baseline_never_holds_a_value(tmp_path):
    with pytest.raises(ValueError):
        Baseline.from_fingerprints([PHONE], KEY.key_id)
    path = tmp_path / "b.json"
    Baseline.from_fingerprints([FP], KEY.key_id).save(path)
    assert PHONE not in path.read_text(encoding="utf-8")


def baseline_text(**fields) -> str:
    return json.dumps({"version": 2, "key_id": KEY.key_id, "fingerprints": [], **fields})


# (baseline file, the key it is read with, what the one-line error says)
MALFORMED = [
    ("not json", KEY, "not valid JSON"),
    ("[]", KEY, "not a baseline"),
    ('{"version": 3, "fingerprints": []}', KEY, "not a baseline"),
    ('{"version": 2}', KEY, "expected keys version, key_id, fingerprints"),
    (baseline_text(fingerprints={}), KEY, "expected keys"),
    (baseline_text(values=[]), KEY, "expected keys"),
    (baseline_text(fingerprints=[PHONE]), KEY, "expected hash strings"),
    (baseline_text(fingerprints=[3]), KEY, "expected hash strings"),
    (baseline_text(fingerprints=[[]]), KEY, "expected hash strings"),
    (baseline_text(key_id=PHONE), KEY, "key_id: expected 16 hex digits"),
    (baseline_text(key_id=None), KEY, "key_id: expected 16 hex digits"),
    # a baseline is read only under the key that wrote it
    (baseline_text(), FingerprintKey(b"another key, just as long"), "written with another key"),
    (baseline_text(), FingerprintKey(), "needs the key it was written with"),
    # the unkeyed fingerprints of version 1 could be reversed: written anew, never read
    (f'{{"version": 1, "fingerprints": ["{FP}"]}}', KEY, "version 1 baseline holds unkeyed"),
    ('{"version": 1, "fingerprints": []}', FingerprintKey(), "write it anew with a key"),
]


@pytest.mark.parametrize("text, key, message", MALFORMED)
def test_malformed_baseline(tmp_path, text, key, message):
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        Baseline.load(path, key)
    assert str(e.value).startswith(f"{path}: ") and message in str(e.value)
    assert "\n" not in str(e.value) and PHONE not in str(e.value)


def test_missing_baseline(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the baseline"):
        Baseline.load(tmp_path / "none.json", KEY)


# Redaction leaves the marker as it is and redacts the rest of its line: (before, after)
MARKED_LINES = [
    ("# +7 915 438-27-61  redact: allow\n", "# [ТЕЛЕФОН_1]  redact: allow\n"),
    (
        "Телефон владельца: +7 915 438-27-61  # redact: allow\n",
        "Телефон владельца: [ТЕЛЕФОН_1]  # redact: allow\n",
    ),
    ('OWNER = "Всеволод Дубинский"  # redact: allow\n', 'OWNER = "[ИМЯ_1]"  # redact: allow\n'),
]


@pytest.mark.parametrize("before, after", MARKED_LINES)
def test_redaction_keeps_the_marker(before, after):
    import redactor

    assert redactor.redact(before).text == after


CUT = [  # (finding's span, marker text around it) → what is left of the finding
    ((0, 20), "Анна Петрова redact: allow", [(0, 12)]),
    ((13, 26), "Анна Петрова redact: allow", []),
    ((0, 31), "Анна redact: allow Петрова", [(0, 4), (19, 26)]),
    ((0, 4), "Анна redact: allow", [(0, 4)]),
]


@pytest.mark.parametrize("span, text, left", CUT)
def test_a_finding_over_a_marker_keeps_only_what_is_outside(span, text, left):
    from redactor.detect.marker import outside_markers
    from redactor.finding import Finding

    finding = Finding(span[0], min(span[1], len(text)), "PERSON", 0.9, "test")
    assert [(f.start, f.end) for f in outside_markers([finding], text)] == left
