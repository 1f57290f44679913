"""The package's folders are the stages of the pipeline, and imports go one way: a module may
import from its own stage and from the stages before it, never from one after it, and no
modules import each other in a circle (function-level imports count too). `docs/architecture.md`
draws the same picture."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "redactor"

# Rank of each stage: a module may import only modules of its own rank or lower.
RANKS = [
    (0, ("redactor.entities", "redactor.finding", "redactor.version")),  # shared types
    (1, ("redactor.detect",)),  # text → findings
    (2, ("redactor.replace",)),  # findings → new text
    (3, ("redactor.engine", "redactor.config")),  # the pipeline for one text; settings
    (4, ("redactor.files",)),  # files ↔ texts
    # the CI mode; recordings with transcripts; tables on Spark
    (5, ("redactor.check", "redactor.audio", "redactor.spark")),
    (6, ("redactor.cli", "redactor.evaluate", "redactor")),  # commands and the public API
]


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = modules()


def rank(module: str) -> int:
    best = None
    for value, prefixes in RANKS:
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[0]:
                    best = (len(prefix), value)
    if best is None:
        raise AssertionError(f"{module} belongs to no stage: add it to RANKS and the docs")
    return best[1]


def imports(module: str) -> set[str]:
    """The package's modules that `module` imports, at any level of its code."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return {m for m in found if m in MODULES and m != module} | {
        m for m in found if m.split(".")[0] in ("benchmarks", "training")
    }


GRAPH = {m: imports(m) for m in MODULES}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_down_the_pipeline(module):
    upward = sorted(m for m in GRAPH[module] if m in MODULES and rank(m) > rank(module))
    assert not upward, f"{module} imports from a later stage: {upward}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_the_package_never_imports_benchmarks_or_training(module):
    outside = sorted(m for m in GRAPH[module] if m not in MODULES)
    assert not outside, f"{module} imports {outside}"


def test_no_import_circles():
    """Tarjan's strongly connected components: every one must be a single module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH[node]:
            if nxt not in MODULES:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in sorted(MODULES):
        if module not in index:
            visit(module)
    assert not circles, f"modules that import each other: {circles}"


def test_every_stage_says_what_it_takes_and_gives():
    for stage in ("detect", "replace", "files", "check", "spark"):
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text()))
        assert doc and "In:" in doc and "Out:" in doc and "May import:" in doc, stage


# The checker itself, on small made-up graphs.
@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("redactor.detect.recognizers.phone", 1),
        ("redactor.replace.surrogates.names", 2),
        ("redactor.engine", 3),
        ("redactor.files.formats.plain", 4),
        ("redactor.check.reports.sarif", 5),
        ("redactor.spark.job", 5),
        ("redactor", 6),
        ("redactor.finding", 0),
    ],
)
def test_ranks(module, expected):
    assert rank(module) == expected
