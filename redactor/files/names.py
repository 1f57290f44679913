"""Output file names with the personal data of their input's name replaced.

Exports are named after people: «WhatsApp Chat with Иван Петров.txt». The output, the report,
the journal and the summary all show the output's path, so that path is redacted like a text:
every folder name and file stem of the batch, one per line, goes through the engine once, and
one `Replacer` numbers them all (the same person is the same [ИМЯ_n] in every name of the
batch). The extension stays, so the format is still known. Two names that come out the same
get « (2)», « (3)» after the stem.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from redactor.replace.policy import Policy
from redactor.replace.replacer import Replacer

UNSAFE = str.maketrans({"/": "_", "\\": "_", "\0": "_", "\n": " "})


def output_names(
    rels: list[str], policy: Policy, entities: list[str] | None = None
) -> dict[str, str]:
    """Each relative path («a/b.txt») → the relative path its output takes."""
    parts = sorted({p for rel in rels for p in _parts(rel)})
    redacted = dict(zip(parts, _redact(parts, policy, entities), strict=True))
    names: dict[str, str] = {}
    taken: set[str] = set()
    for rel in rels:
        path = PurePosixPath(rel)
        folders = [redacted[p] for p in path.parts[:-1]]
        new = "/".join([*folders, redacted[path.stem] + path.suffix])
        names[rel] = _free(new, taken)
    return names


def _parts(rel: str) -> list[str]:
    path = PurePosixPath(rel)
    return [*path.parts[:-1], path.stem]


def _redact(parts: list[str], policy: Policy, entities) -> list[str]:
    if not any(any(c.isalpha() or c.isdigit() for c in p) for p in parts):
        return parts  # nothing to find: no need to load the models
    from redactor.engine import default_engine

    text = "\n".join(p.translate(UNSAFE) for p in parts)
    result = default_engine().redact(text, entities, policy, Replacer(policy))
    lines = result.text.split("\n")
    if len(lines) != len(parts):  # a replacement with a line break: keep the lines apart
        return [_one(p, policy, entities) for p in parts]
    return [_safe(new) if new != old else old for new, old in zip(lines, parts, strict=True)]


def _one(part: str, policy: Policy, entities) -> str:
    from redactor.engine import default_engine

    return _safe(default_engine().redact(part, entities, policy).text)


def _safe(name: str) -> str:
    """A name the file system takes: no separator, and never empty or dots only (the `remove`
    operator may leave nothing of «Иван.txt»; «» or «..» would not be a name)."""
    name = name.translate(UNSAFE)
    return name if name.strip(" .") else "_"


def _free(name: str, taken: set[str]) -> str:
    path, n = PurePosixPath(name), 1
    while name in taken:
        n += 1
        name = str(path.with_name(f"{path.stem} ({n}){path.suffix}"))
    taken.add(name)
    return name
