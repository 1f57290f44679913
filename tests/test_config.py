"""Config loading: valid snippets give these Settings, invalid ones this one-line error."""

import re

import pytest

from redactor import config
from redactor.config import ConfigError, Settings

HASH = "sha256:" + "0" * 64
PHONE = "+7 900 123-45-67"  # stands for a personal value that must never be echoed

# (.redact.toml text, Settings field → expected value)
VALID = [
    ("", {}),
    ('entities = ["PERSON", "RU_INN"]', {"entities": ("PERSON", "RU_INN")}),
    ("score_threshold = 0.55", {"score_threshold": 0.55}),
    ("score_threshold = 1", {"score_threshold": 1.0}),
    ('placeholder = "mask"', {"operator": "mask"}),  # the key's old name
    ('operator = "fake"', {"operator": "fake"}),
    ('[operators]\nPHONE_NUMBER = "mask"', {"operators": (("PHONE_NUMBER", "mask"),)}),
    ('include = ["*.txt", "chats/*"]', {"include": ("*.txt", "chats/*")}),
    ('exclude = ["tests/*"]', {"exclude": ("tests/*",)}),
    (f'[allow]\nsalt = "s"\nvalues = ["{HASH}"]', {"allow_salt": "s", "allow_values": {HASH}}),
    ("[fail_on]\nRU_PASSPORT = 0.5", {"fail_on": {"RU_PASSPORT": 0.5}}),
]

# (.redact.toml text, the message after "<file>: ")
INVALID = [
    ('score_threshold = "high"', 'score_threshold: expected a number between 0 and 1, got "high"'),
    ("score_threshold = 1.5", "score_threshold: expected a number between 0 and 1, got 1.5"),
    ("score_threshold = true", "score_threshold: expected a number between 0 and 1, got true"),
    ("scor_threshold = 0.5", "scor_threshold: expected one of entities, score_threshold,"),
    ('entities = ["PHONE"]', "entities[0]: expected one of PERSON, PHONE_NUMBER,"),
    ("entities = []", "entities: expected a non-empty list of entity names"),
    ('entities = "PERSON"', 'entities: expected a list of strings, got "PERSON"'),
    ('placeholder = "stars"', "placeholder: expected one of placeholder, mask, hash, remove, fake"),
    ('operator = "stars"', "operator: expected one of placeholder, mask, hash, remove, fake"),
    ('[operators]\nPHONE = "mask"', "[operators] PHONE: expected an entity name"),
    ('[operators]\nPERSON = "x"', "[operators] PERSON: expected one of placeholder, mask"),
    ('operators = "fake"', 'operators: expected a table of entity = operator, got "fake"'),
    ("include = [1]", "include[0]: expected a non-empty string, got 1"),
    ("allow = 3", "allow: expected a table, got 3"),
    ("[allow]\nsalts = 's'", "[allow] salts: expected one of salt, values, patterns"),
    (f'[allow]\nvalues = ["{HASH}"]', "[allow] salt: expected a non-empty string when values"),
    ("[allow]\npatterns = ['(']", "[allow] patterns[0]: expected a regular expression (missing )"),
    ("[fail_on]\nPHONE = 0.5", "[fail_on] PHONE: expected an entity name"),
    ("[fail_on]\nPERSON = 'x'", '[fail_on] PERSON: expected a number between 0 and 1, got "x"'),
    ("fail_on = [1]", "fail_on: expected a table of entity = minimum score, got a list"),
    ("score_threshold = ", "not valid TOML: Invalid value (at end of document)"),
    (f"[allow]\nvalues = []\n[allow]\nsalt = '{PHONE}'", "not valid TOML: syntax error (at line 3"),
    (f"[allow]\n'{PHONE}' = 1\n'{PHONE}' = 2", "not valid TOML: Cannot overwrite a value"),
]

# Bad allow entries holding a personal value: the message names the key, never the value.
SECRET = [
    (f"[allow]\nvalues = ['{PHONE}']", '[allow] values[0]: expected "sha256:"'),
    (
        f"[allow]\nsalt = 's'\nvalues = [['{PHONE}']]",
        "[allow] values[0]: expected a non-empty string, got a list",
    ),
    (
        f"[allow]\nvalues = '{PHONE}'",
        "[allow] values: expected a list of strings, got a string of 16",
    ),
    (f"[allow]\npatterns = ['{PHONE}(']", "[allow] patterns[0]: expected a regular expression"),
    (f"[allow]\n'{PHONE}' = 1", "[allow] (a key not shown): expected one of salt, values"),
    (f"[allow]\nsalt = ['{PHONE}']", "[allow] salt: expected a string, got a list"),
    (
        f"[allow]\npatterns = ['{PHONE}', 3]",
        "[allow] patterns[1]: expected a non-empty string, got a number",
    ),
]


def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


@pytest.mark.parametrize("text, expected", VALID)
def test_valid(tmp_path, text, expected):
    settings = config.load_file(write(tmp_path, ".redact.toml", text))
    for key, value in expected.items():
        assert getattr(settings, key) == value
    default = Settings()
    for key in set(Settings.__dataclass_fields__) - set(expected) - {"source"}:
        assert getattr(settings, key) == getattr(default, key)


@pytest.mark.parametrize("text, message", INVALID + SECRET)
def test_invalid(tmp_path, text, message):
    with pytest.raises(ConfigError) as e:
        config.load_file(write(tmp_path, ".redact.toml", text))
    assert str(e.value).startswith(f"{tmp_path / '.redact.toml'}: {message}")
    assert "\n" not in str(e.value) and PHONE not in str(e.value)


@pytest.mark.parametrize("text, message", SECRET)
def test_errors_never_echo_allow_entries(tmp_path, text, message):
    with pytest.raises(ConfigError) as e:
        config.load_file(
            write(tmp_path, "pyproject.toml", text.replace("[allow]", "[tool.redact.allow]"))
        )
    assert PHONE not in str(e.value) and "900" not in str(e.value)
    assert f"pyproject.toml: [tool.redact.{message[1:]}" in str(e.value)


def test_pyproject_names_its_table(tmp_path):
    write(
        tmp_path, "pyproject.toml", '[project]\nname = "x"\n[tool.redact]\nscore_threshold = "high"'
    )
    with pytest.raises(
        ConfigError,
        match=re.escape(
            'pyproject.toml: [tool.redact] score_threshold: expected a number between 0 and 1, got "high"'
        ),
    ):
        config.load(tmp_path)


def test_message_relative_to_current_folder(tmp_path, monkeypatch):
    write(tmp_path, "pyproject.toml", '[tool.redact]\nscore_threshold = "high"')
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as e:
        config.load(tmp_path)
    assert str(e.value).startswith("pyproject.toml: [tool.redact] score_threshold:")


def test_patterns_compiled(tmp_path):
    settings = config.load_file(write(tmp_path, ".redact.toml", "[allow]\npatterns = ['\\d{3}']"))
    assert [p.pattern for p in settings.allow_patterns] == [r"\d{3}"]


def test_defaults_without_a_file(tmp_path):
    (tmp_path / ".git").mkdir()
    assert config.load(tmp_path / "sub") == Settings()


def test_defaults_match_the_engine():
    from redactor import engine

    assert Settings().score_threshold == engine.SCORE_THRESHOLD


def test_found_in_a_parent_up_to_the_git_root(tmp_path):
    write(tmp_path, ".redact.toml", "score_threshold = 0.9")  # above the git root: not used
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "a" / "b").mkdir(parents=True)
    assert config.load(repo / "a" / "b").source is None
    write(repo, "pyproject.toml", "[tool.redact]\nscore_threshold = 0.7")
    assert config.load(repo / "a" / "b").score_threshold == 0.7
    write(repo / "a", "pyproject.toml", '[project]\nname = "x"')  # no table: passed over
    assert config.load(repo / "a" / "b" / "file.txt").source == repo / "pyproject.toml"


def test_redact_toml_wins_over_pyproject(tmp_path):
    write(tmp_path, "pyproject.toml", "[tool.redact]\nscore_threshold = 0.7")
    write(tmp_path, ".redact.toml", "score_threshold = 0.8")
    settings = config.load(tmp_path)
    assert settings.score_threshold == 0.8
    assert settings.source == tmp_path / ".redact.toml"


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().score_threshold = 0.1
    with pytest.raises(TypeError):
        Settings().fail_on["PERSON"] = 0.5


def test_repr_hides_the_allow_table(tmp_path):
    text = f"[allow]\nsalt = 's'\nvalues = ['{HASH}']\npatterns = ['{re.escape(PHONE)}']"
    assert "900" not in repr(config.load_file(write(tmp_path, ".redact.toml", text)))
