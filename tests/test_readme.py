"""The README's first commands work as written: a newcomer's path."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _first_block() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n(.*?)```", readme, re.S).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def test_readme_opens_with_setup_and_test_commands() -> None:
    setup, test = _first_block()
    assert setup.startswith("make install && .venv/bin/redact samples/")
    assert test == "make test"
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("make test")


def test_readme_sample_redacts() -> None:
    sample = _first_block()[0].split("redact ", 1)[1]
    done = subprocess.run(
        [str(Path(sys.executable).parent / "redact"), sample],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "[ИМЯ_1]" in done.stdout
    assert done.stderr == ""


def test_readme_says_how_redact_gets_on_the_path() -> None:
    """The README writes `redact`; before its first such command it says where that comes from."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.search(r"^redact ", readme, re.M).start()
    assert "source .venv/bin/activate" in readme[:first]


def test_readme_states_the_rules_of_keys() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "at least 16 bytes" in readme
    assert "the line end stripped" in readme
    assert "REDACT_CHECK_KEY" in readme
