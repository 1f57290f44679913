"""The vault and `redact restore`: every format, encoding and operator restores byte for byte;
without the key the vault reveals nothing; a wrong key, a changed vault or a changed output is
refused with one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.files import batch, formats, restore, textio, vault
from redactor.replace import policy
from redactor.replace.replacer import Replacer
from tests.test_formats_json import SAMPLES as JSON_SAMPLES
from tests.test_formats_telegram_html import FORMAT as HTML_FORMAT
from tests.test_formats_telegram_html import PAGE as HTML_PAGE
from tests.test_formats_text import CASES as TEXT_CASES

KEY = b"correct horse battery staple"
PHONE = "+7 912 604-38-21"
CALL = f"Оператор: Как вас зовут?\r\nКлиент: Кузнецов Дмитрий, телефон {PHONE}\r\n"
SAMPLES = [*JSON_SAMPLES, *TEXT_CASES.values(), (HTML_FORMAT, HTML_PAGE)]
ENCODINGS = [  # (encoding, BOM, bytes after the text)
    ("utf-8", False, b""),
    ("utf-8", True, b""),
    ("cp1251", False, b""),
    ("utf-16-le", True, b""),
    ("utf-8", False, b"\xff\r\n"),  # a stray byte in a UTF-8 file: restored as it was
]
OPERATORS = ["placeholder", "mask", "hash", "remove", "fake"]


def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize(("fmt", "text"), SAMPLES, ids=lambda x: getattr(x, "NAME", ""))
def test_every_format_and_operator_restores_exactly(fmt, text: str, operator: str) -> None:
    result = formats.redact_file_text(text, fmt, None, Replacer(policy.parse([operator])))
    decoded = textio.Decoded(text, "utf-8", False)
    entry = vault.record("f", decoded, result)
    assert vault.put_back(result.text.encode(), entry.edits) == text.encode()


@pytest.mark.parametrize(("encoding", "bom", "stray"), ENCODINGS)
def test_every_encoding_restores_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, bom: bool, stray: bytes
) -> None:
    original = textio.encode(CALL, encoding, bom) + stray
    (tmp_path / "call.txt").write_bytes(original)
    safe = tmp_path / "safe.txt"
    args = ["call.txt", "-O", "fake", "--vault", "v.json", "-o", str(safe)]
    env = {"REDACT_VAULT_KEY": KEY.decode()}
    monkeypatch.chdir(tmp_path)
    assert runner().invoke(app, args, env=env).exit_code == 0
    redacted = safe.read_bytes()
    assert b"604" not in redacted and PHONE.encode(encoding) not in redacted
    back = runner().invoke(app, ["restore", str(safe), "--vault", "v.json"], env=env)
    assert back.exit_code == 0
    assert back.stdout_bytes == original


def test_a_folder_restores_exactly_also_from_workers_and_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redactor.files import stream

    source = tmp_path / "in"
    for i, (fmt, text) in enumerate(SAMPLES):
        path = source / f"{i}{fmt.EXTENSIONS[0] if fmt.EXTENSIONS else '.txt'}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode())
    (source / "big.txt").write_bytes((CALL * 30).encode("cp1251"))
    monkeypatch.setattr(batch, "STREAM_BYTES", 1000)  # big.txt goes piece by piece
    monkeypatch.setattr(stream, "PIECE", 200)
    store = vault.Vault(tmp_path / "v.json", KEY)
    options = batch.BatchOptions(jobs=2, policy=policy.parse(["fake"]))
    outcomes = batch.run(source, tmp_path / "safe", options, vault=store)
    written = [o.path for o in outcomes if o.status == "redacted"]
    assert "big.txt" in written and len(written) >= len(SAMPLES)
    failures = restore.folder(
        tmp_path / "safe", tmp_path / "back", vault.Vault.open(store.path, KEY)
    )
    assert failures == []
    for rel in written:
        assert (tmp_path / "back" / rel).read_bytes() == (source / rel).read_bytes(), rel


def test_without_the_key_the_vault_reveals_nothing(tmp_path: Path) -> None:
    store = vault.Vault(tmp_path / "v.json", KEY)
    result = formats.redact_file_text(CALL, formats.detect("c.txt", CALL))
    store.add(vault.record("secret-name.txt", textio.Decoded(CALL, "utf-8", False), result))
    store.save()
    data = (tmp_path / "v.json").read_bytes()
    for needle in ("Кузнецов", "secret-name", "ТЕЛЕФОН", "604"):
        assert needle.encode() not in data and needle.encode("utf-16-le") not in data
    with pytest.raises(vault.VaultError, match="does not open with this key"):
        vault.Vault.open(tmp_path / "v.json", b"another key, long enough")
    header = json.loads(data)
    header["ciphertext"] = header["ciphertext"][:-8] + "AAAAAAA="
    (tmp_path / "v.json").write_text(json.dumps(header))
    with pytest.raises(vault.VaultError, match="does not open"):
        vault.Vault.open(tmp_path / "v.json", KEY)


# (what was edited in the header's kdf, the edit): scrypt's memory is 128·r·n bytes and its
# time grows with p, so each of these would allocate gigabytes or run for hours if derived.
KDF_EDITS = [
    ("n huge", {"n": 2**30}),
    ("n doubled", {"n": 2**16}),
    ("n zero", {"n": 0}),
    ("n a string", {"n": "32768"}),
    ("n a float", {"n": 32768.0}),
    ("r huge", {"r": 2**20}),
    ("p huge", {"p": 2**20}),
    ("p true", {"p": True}),
    ("other kdf", {"name": "argon2id"}),
    ("extra parameter", {"maxmem": 2**40}),
    ("long salt", {"salt": "QUFB" * 2**16}),
]


@pytest.mark.parametrize("edit", [e[1] for e in KDF_EDITS], ids=[e[0] for e in KDF_EDITS])
def test_kdf_parameters_are_checked_before_deriving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: dict
) -> None:
    path = tmp_path / "v.json"
    vault.Vault(path, KEY).save()
    data = json.loads(path.read_text())
    data["kdf"].update(edit)
    path.write_text(json.dumps(data))

    def refuse(**params):
        raise AssertionError(f"scrypt ran with {params}")

    monkeypatch.setattr(vault, "Scrypt", refuse)
    with pytest.raises(vault.VaultError, match="key derivation is not the one this version"):
        vault.Vault.open(path, KEY)
    (tmp_path / "safe.txt").write_text("x")
    args = ["restore", "safe.txt", "--vault", "v.json"]
    monkeypatch.chdir(tmp_path)
    result = runner().invoke(app, args, env={"REDACT_VAULT_KEY": KEY.decode()})
    assert result.exit_code == 2, result.output
    assert "key derivation" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"format": "zip"}, "not a redact vault$"),
        ({"version": 9}, "vault version 9 is not supported"),
        ({"nonce": "!"}, "not a redact vault [(]damaged[)]"),
    ],
)
def test_a_header_error_says_what_is_wrong(tmp_path: Path, edit: dict, message: str) -> None:
    path = tmp_path / "v.json"
    vault.Vault(path, KEY).save()
    path.write_text(json.dumps({**json.loads(path.read_text()), **edit}))
    with pytest.raises(vault.VaultError, match=message):
        vault.Vault.open(path, KEY)


def test_a_second_run_adds_to_the_vault(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        text = CALL.replace("Дмитрий", name)
        result = formats.redact_file_text(text, formats.detect(name, text))
        store = vault.Vault.open(tmp_path / "v.json", KEY)
        store.add(vault.record(name, textio.Decoded(text, "utf-8", False), result))
        store.save()
    assert {e.name for e in vault.Vault.open(tmp_path / "v.json", KEY).entries.values()} == {
        "a.txt",
        "b.txt",
    }


# (what goes wrong, command line after `redact`, message) — exit 2, one line, no value
ERRORS = [
    ("no key", ["call.txt", "--vault", "v.json"], "--vault needs a key"),
    ("short key", ["call.txt", "--vault", "v.json", "--vault-key-file", "short"], "at least 16"),
    (
        "wrong key",
        ["restore", "safe.txt", "--vault", "v.json", "--vault-key-file", "other"],
        "does not open",
    ),
    (
        "no vault",
        ["restore", "safe.txt", "--vault", "none.json", "--vault-key-file", "key"],
        "no such vault",
    ),
    (
        "changed output",
        ["restore", "call.txt", "--vault", "v.json", "--vault-key-file", "key"],
        "not in the vault",
    ),
    ("vault is the output", ["call.txt", "--vault", "o.txt", "-o", "o.txt"], "a file of its own"),
    (
        "vault is the input",
        ["call.txt", "--vault", "call.txt", "--vault-key-file", "key"],
        "a file of its own",
    ),
    ("bad operator", ["call.txt", "-O", "stars"], "unknown operator 'stars'"),
    ("bad entity", ["call.txt", "-O", "PHONE=mask"], "unknown entity PHONE"),
]


@pytest.mark.parametrize(("case", "args", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_vault_and_operator_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, args: list[str], message: str
) -> None:
    (tmp_path / "call.txt").write_text(CALL)
    (tmp_path / "key").write_bytes(KEY)
    (tmp_path / "other").write_text("a different key of some length")
    (tmp_path / "short").write_text("short")
    monkeypatch.chdir(tmp_path)
    made = runner().invoke(
        app, ["call.txt", "--vault", "v.json", "--vault-key-file", "key", "-o", "safe.txt"]
    )
    assert made.exit_code == 0
    result = runner().invoke(app, args, env={"REDACT_KEY": "", "REDACT_VAULT_KEY": ""})
    assert result.exit_code == 2, result.output
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Кузнецов" not in result.output and "604" not in result.output


def test_two_batches_with_one_key_agree_and_a_folder_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(CALL)
    (source / "b.txt").write_text(f"Оператор: Дмитрий, ваш номер {PHONE}?\n")
    (tmp_path / "key").write_bytes(KEY)
    monkeypatch.chdir(tmp_path)
    for out in ("week1", "week2"):
        args = ["in", "-o", out, "-O", "fake", "--key-file", "key", "--vault", f"{out}.vault", "-q"]
        assert runner().invoke(app, args, env={"REDACT_VAULT_KEY": ""}).exit_code == 0
    for name in ("a.txt", "b.txt"):
        assert (tmp_path / "week1" / name).read_text() == (tmp_path / "week2" / name).read_text()
    a, b = (tmp_path / "week1/a.txt").read_text(), (tmp_path / "week1/b.txt").read_text()
    fake_phone = a.rsplit("телефон ", 1)[1].strip()
    assert fake_phone in b and PHONE not in a + b  # one phone, one surrogate, in both files
    (tmp_path / "week1" / "stray.txt").write_text("не из этой партии\n")
    result = runner().invoke(
        app, ["restore", "week1", "--vault", "week1.vault", "--key-file", "key", "-o", "back"]
    )
    assert result.exit_code == 1
    assert (
        result.stderr
        == "redact: error: stray.txt: not in the vault, or changed since it was redacted\n"
    )
    for name in ("a.txt", "b.txt"):
        assert (tmp_path / "back" / name).read_bytes() == (source / name).read_bytes()
