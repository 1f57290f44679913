"""Settings from `.redact.toml` or from `[tool.redact]` in `pyproject.toml`.

    entities = ["PERSON", "PHONE_NUMBER"]     # default: every entity
    score_threshold = 0.5                     # default: the engine's 0.4
    operator = "fake"                         # how values are replaced: placeholder (default),
                                              # mask, hash, remove or fake (`policy.py`)
    include = ["*.txt"]                       # globs on the path relative to the folder scanned
    exclude = ["tests/fixtures/*"]

    [allow]                                   # in pyproject.toml: [tool.redact.allow]
    salt = "3f9c…"                            # `python -m redactor.check.allow` prints these lines
    values = ["sha256:…"]                     # salted hashes: the config never holds the value
    patterns = ['\\+7 900 000-00-\\d\\d']     # regexes a whole value must match

    [fail_on]                                 # `--fail-on`: entity → minimum score that fails
    RU_PASSPORT = 0.5

    [operators]                               # per entity, over `operator`
    PHONE_NUMBER = "mask"

`placeholder = "…"` is read as `operator` (its name before the operators existed).

Every key is checked on load and an unknown key is an error, so a typo fails the CI run with
one line naming the file and the key instead of scanning silently with defaults. One frozen
Settings is passed explicitly: no global to clear between tests. Messages never quote what the
allow table holds: those entries may be the very personal data the user wants to stop reporting.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from redactor import entities
from redactor.replace.policy import OPERATORS

SCORE_THRESHOLD = 0.4  # the engine's default (engine.SCORE_THRESHOLD; not imported: loads Presidio)

CONFIG_FILE = ".redact.toml"
PYPROJECT = "pyproject.toml"
HASH_RE = re.compile(r"sha256:[0-9a-f]{64}")
KEYS = (
    "entities",
    "score_threshold",
    "operator",
    "operators",
    "placeholder",
    "include",
    "exclude",
    "allow",
    "fail_on",
)
ALLOW_KEYS = ("salt", "values", "patterns")
SAFE_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,39}")  # a name that is not personal data


class ConfigError(ValueError):
    """A configuration (or baseline) file that cannot be used; the message is one line."""


@dataclass(frozen=True)
class Settings:
    """One run's settings; fields kept out of repr() may hold what the user wants unreported."""

    entities: tuple[str, ...] | None = None  # None: every entity
    score_threshold: float = SCORE_THRESHOLD
    operator: str = "placeholder"
    operators: tuple[tuple[str, str], ...] = ()  # (entity, operator), over `operator`
    include: tuple[str, ...] = ()  # fnmatch globs, as batch.Options; none: every file
    exclude: tuple[str, ...] = ()
    allow_salt: str = field(default="", repr=False)
    allow_values: frozenset[str] = field(default=frozenset(), repr=False)  # "sha256:<hex>"
    allow_patterns: tuple[re.Pattern[str], ...] = field(default=(), repr=False)
    fail_on: MappingProxyType[str, float] = field(default_factory=lambda: MappingProxyType({}))
    source: Path | None = None  # the file read; None: defaults


def load(start: Path) -> Settings:
    """The settings that apply to `start` (a folder or a file); defaults when no file has any."""
    path = find(start)
    return Settings() if path is None else load_file(path)


def find(start: Path) -> Path | None:
    """The nearest config in `start` or its parents, not above the git root.

    `.redact.toml` wins over `pyproject.toml` in the same folder; a `pyproject.toml` without a
    `[tool.redact]` table is passed over, as in a repository whose package has its own; one that
    is not valid TOML is an error (it may hold the table).
    """
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _redact_table(pyproject, _read(pyproject)) is not None:
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def load_file(path: Path) -> Settings:
    """Read and validate one config file (`.redact.toml` or a `pyproject.toml`)."""
    path = Path(path)
    data = _read(path)
    if path.name == PYPROJECT:
        table, where = _redact_table(path, data) or {}, _Where(path, "tool.redact")
    else:
        table, where = data, _Where(path, "")
    where.no_unknown(table, KEYS)
    allow = table.get("allow", {})
    if not isinstance(allow, dict):
        where.fail("allow", "a table", allow)
    allowed = where.inside("allow")
    allowed.no_unknown(allow, ALLOW_KEYS, secret=True)
    return Settings(
        entities=_entities(where, table["entities"]) if "entities" in table else None,
        score_threshold=_score(where, "score_threshold", table.get("score_threshold")),
        operator=_operator(where, table),
        operators=_operators(where, table.get("operators", {})),
        include=_strings(where, "include", table.get("include", [])),
        exclude=_strings(where, "exclude", table.get("exclude", [])),
        **_allow(allowed, allow),
        fail_on=_fail_on(where, table.get("fail_on", {})),
        source=path,
    )


def _entities(where: _Where, value: Any) -> tuple[str, ...]:
    names = _strings(where, "entities", value)
    if not names:
        where.fail("entities", "a non-empty list of entity names (omit the key for all)", value)
    for i, name in enumerate(names):
        if name not in entities.ALL:
            where.fail(f"entities[{i}]", f"one of {', '.join(entities.ALL)}", name)
    return names


def _score(where: _Where, key: str, value: Any) -> float:
    if value is None:
        return SCORE_THRESHOLD
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        where.fail(key, "a number between 0 and 1", value)
    return float(value)


def _choice(where: _Where, key: str, value: Any) -> str:
    if value not in OPERATORS:
        where.fail(key, f"one of {', '.join(OPERATORS)}", value)
    return value


def _operator(where: _Where, table: dict) -> str:
    key = "operator" if "operator" in table or "placeholder" not in table else "placeholder"
    return _choice(where, key, table.get(key, "placeholder"))


def _operators(where: _Where, table: Any) -> tuple[tuple[str, str], ...]:
    inner = _entity_table(where, "operators", "operator", table)
    return tuple(sorted((name, _choice(inner, name, op)) for name, op in table.items()))


def _entity_table(where: _Where, key: str, value: str, table: Any) -> _Where:
    """Check that `table` maps entity names to something; the place to report its values."""
    if not isinstance(table, dict):
        where.fail(key, f"a table of entity = {value}", table)
    inner = where.inside(key)
    for name in table:
        if name not in entities.ALL:
            inner.fail(_name(name), f"an entity name, one of {', '.join(entities.ALL)}")
    return inner


def _strings(where: _Where, key: str, value: Any, secret: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list):
        where.fail(key, "a list of strings", value, secret=secret)
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item:
            where.fail(f"{key}[{i}]", "a non-empty string", item, secret=secret)
    return tuple(value)


def _allow(where: _Where, table: dict) -> dict[str, Any]:
    salt = table.get("salt", "")
    if not isinstance(salt, str):
        where.fail("salt", "a string", salt, secret=True)
    values = _strings(where, "values", table.get("values", []), secret=True)
    for i, value in enumerate(values):
        if not HASH_RE.fullmatch(value):
            hint = (
                '"sha256:" and 64 lowercase hex digits (python -m redactor.check.allow prints it)'
            )
            where.fail(f"values[{i}]", hint, value, secret=True)
    if values and not salt:
        where.fail("salt", "a non-empty string when values are listed", salt, secret=True)
    patterns = []
    for i, text in enumerate(_strings(where, "patterns", table.get("patterns", []), secret=True)):
        try:
            patterns.append(re.compile(text))
        except re.error as e:  # e.msg and e.pos describe the error without quoting the pattern
            where.fail(f"patterns[{i}]", f"a regular expression ({e.msg} at position {e.pos})")
    return {
        "allow_salt": salt,
        "allow_values": frozenset(values),
        "allow_patterns": tuple(patterns),
    }


def _fail_on(where: _Where, table: Any) -> MappingProxyType[str, float]:
    inner = _entity_table(where, "fail_on", "minimum score", table)
    return MappingProxyType({name: _score(inner, name, score) for name, score in table.items()})


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        # "Invalid value (at line 3, column 9)"; some messages quote a key or a character, which
        # could be from an allow list: then only the position is kept.
        reason, _, where = str(e).rpartition(" (at ")
        if re.search(r"['\"(]", reason) or not where:
            reason = "syntax error"
        raise ConfigError(f"{_label(path)}: not valid TOML: {reason} (at {where or '?)'}") from None
    except OSError as e:
        raise ConfigError(f"{_label(path)}: cannot read ({e.strerror})") from None


def _redact_table(path: Path, data: dict) -> dict | None:
    tool = data.get("tool")
    table = tool.get("redact") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{_label(path)}: [tool.redact]: expected a table")
    return table


def _label(path: Path) -> str:
    """The path as the user would type it: relative to the current folder when inside it."""
    try:
        full, here = Path(path).resolve(), Path.cwd().resolve()
        return os.path.relpath(full, here) if full.is_relative_to(here) else str(path)
    except (OSError, ValueError):
        return str(path)


def _name(key: str, secret: bool = False) -> str:
    """A key for a message; a quoted TOML key may hold anything, so only a plain name is shown."""
    return key if not secret and SAFE_WORD.fullmatch(key) else "(a key not shown)"


def _show(value: Any, secret: bool = False) -> str:
    """What was found, for a message: the value only when it cannot be personal data."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float) and not secret:
        return str(value)
    if isinstance(value, str):
        if not secret and SAFE_WORD.fullmatch(value):
            return f'"{value}"'
        return f"a string of {len(value)} characters" if value else "an empty string"
    kind = {list: "a list", dict: "a table", int: "a number", float: "a number"}
    return kind.get(type(value), "a date or time")


@dataclass(frozen=True)
class _Where:
    """A table of one file, to name in messages: `pyproject.toml: [tool.redact] key: …`."""

    path: Path
    table: str

    def inside(self, key: str) -> _Where:
        return _Where(self.path, f"{self.table}.{key}" if self.table else key)

    def no_unknown(self, table: dict, known: tuple[str, ...], secret: bool = False) -> None:
        """In the allow table a key is shown only when it is a typo of a known one."""
        for key in table:
            if key not in known:
                typo = difflib.get_close_matches(key, known, n=1)
                name = _name(key, secret and not typo)
                self.fail(name, f"one of {', '.join(known)} (unknown key)")

    def fail(self, key: str, expected: str, *got: Any, secret: bool = False) -> None:
        found = f", got {_show(got[0], secret)}" if got else ""
        table = f"[{self.table}] " if self.table else ""
        raise ConfigError(f"{_label(self.path)}: {table}{key}: expected {expected}{found}")
