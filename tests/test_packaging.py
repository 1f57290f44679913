"""The package as users get it: the sdist and the wheel carry the spaCy pipeline, the installed
command redacts far from any checkout, and the pre-commit hook (which pre-commit installs from
the package registry) blocks a commit that adds personal data and lets a clean one through.

Both build from a snapshot of the working tree (the files git tracks or would add), so what is
tested is what a commit would publish, and nothing is written into the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path
from typing import NamedTuple

import pytest

from redactor.version import __version__

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PIPELINE = ROOT / "models" / "ru_redact"
SAMPLE = "Оператор: Здравствуйте, Иван Петрович! Ваш номер +7 912 345-67-89, верно?\n"
OWNER = 'OWNER = "Всеволод Дубинский"  # +7 915 438-27-61\n'
RAW = ["Всеволод", "Дубинский", "438-27-61", "915 438"]
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,  # no hooksPath, template or signing of the developer's
    "GIT_CONFIG_NOSYSTEM": "1",
}


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without what would point Python or redact at the checkout or a key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REDACT_"))}
    return {**env, **GIT_IDENTITY, **extra}


def run(args: list, cwd: Path, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def snapshot(dest: Path) -> Path:
    """The working tree's publishable files, copied to `dest`."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():  # a tracked file deleted in the working tree is not listed
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An sdist and the wheel built from it, as `python -m build` makes them for a release."""
    source = snapshot(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("dist")
    done = run([sys.executable, "-m", "build", "--outdir", out, source], source, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out


def pipeline_files() -> list[str]:
    return sorted(p.relative_to(PIPELINE).as_posix() for p in PIPELINE.rglob("*") if p.is_file())


def test_the_pipeline_has_files() -> None:
    assert {"config.cfg", "meta.json", "tokenizer"} <= set(pipeline_files())


@pytest.mark.parametrize("name", pipeline_files())
def test_wheel_and_sdist_carry_the_pipeline(dist: Path, name: str) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    assert f"redactor/models/ru_redact/{name}" in zipfile.ZipFile(wheel).namelist()
    with tarfile.open(sdist) as tar:
        assert f"redact-{__version__}/models/ru_redact/{name}" in tar.getnames()


def test_the_wheel_carries_sparks_quiet_logs(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    assert "redactor/spark/log4j2.properties" in zipfile.ZipFile(wheel).namelist()


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel installed; the third-party packages come from the
    project's venv through a .pth file. A .pth line only adds a folder to sys.path: the .pth
    files inside it (the editable install's finder among them) are not run, so the checkout
    cannot shadow the wheel."""
    venv = tmp_path_factory.mktemp("venv")
    assert run([sys.executable, "-m", "venv", "--without-pip", venv], venv).returncode == 0
    python = venv / "bin" / "python"
    (wheel,) = dist.glob("*.whl")
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index"]
    done = run([*pip, "--quiet", wheel], venv)
    assert done.returncode == 0, done.stderr
    site = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], venv)
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site.stdout.strip()) / "project-venv.pth").write_text("\n".join(sorted(ours)) + "\n")
    return venv


def test_the_wheel_is_what_runs(installed: Path, tmp_path: Path) -> None:
    code = "import redactor, redactor.detect.nlp as n; print(redactor.__file__); print(n.MODEL_DIR)"
    done = run([installed / "bin" / "python", "-c", code], tmp_path)
    assert done.returncode == 0, done.stderr
    package, model_dir = map(Path, done.stdout.split())
    assert package.is_relative_to(installed)
    assert model_dir == package.parent / "models" / "ru_redact"


@pytest.mark.parametrize(
    ("args", "code", "shown", "hidden"),
    [
        (["call.txt"], 0, ["[ИМЯ_1]", "[ТЕЛЕФОН_1]"], ["Иван", "345-67-89"]),
        (["check", "call.txt", "-j", "1"], 1, ["+7 9** ***-**-89"], ["Иван", "345-67-89"]),
    ],
    ids=["redact", "check"],
)
def test_the_installed_command_runs_outside_the_checkout(
    installed: Path, tmp_path: Path, args: list[str], code: int, shown, hidden
) -> None:
    (tmp_path / "call.txt").write_text(SAMPLE, encoding="utf-8")
    done = run([installed / "bin" / "redact", *args], tmp_path)
    assert done.returncode == code, done.stderr
    assert all(s in done.stdout for s in shown)
    assert not [h for h in hidden if h in done.stdout + done.stderr]


class Hooked(NamedTuple):
    repo: Path
    home: str  # PRE_COMMIT_HOME: the hook's environment, built once for the module


@pytest.fixture(scope="module")
def hooked(tmp_path_factory: pytest.TempPathFactory) -> Hooked:
    """A scratch repository whose pre-commit config uses this project's hook at a commit of
    the working tree. pre-commit builds the hook's environment itself, installing the project
    and its dependencies from the package registry (pip's cache makes it about a minute)."""
    project = snapshot(tmp_path_factory.mktemp("hook-repo"))
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        assert run(["git", *args], project).returncode == 0
    rev = run(["git", "rev-parse", "HEAD"], project).stdout.strip()
    repo = tmp_path_factory.mktemp("scratch")
    assert run(["git", "init", "-q"], repo).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {project}\n    rev: {rev}\n    hooks:\n      - id: redact-check\n",
        encoding="utf-8",
    )
    home = str(tmp_path_factory.mktemp("pre-commit-home"))
    for step in ("install", "install-hooks"):
        done = run([BIN / "pre-commit", step], repo, timeout=900, PRE_COMMIT_HOME=home)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert run(["git", "add", ".pre-commit-config.yaml"], repo).returncode == 0
    return Hooked(repo, home)


def commit(name: str, content: str, blocked: bool, *marks) -> pytest.param:
    return pytest.param(name, content, blocked, id=name, marks=marks)


# (file added by the commit, its content, blocked?)
COMMITS = [
    commit("notes.txt", "Оператор: спасибо за звонок, всего доброго\n", False),
    commit("owner.txt", OWNER, True),
    commit("settings.py", "TIMEOUT = 30  # seconds\n", False),
    commit("owner.py", OWNER, True),  # check reads every text file, code included
]


@pytest.mark.parametrize(("name", "content", "blocked"), COMMITS)
def test_the_pre_commit_hook(hooked: Hooked, name: str, content: str, blocked: bool) -> None:
    repo = hooked.repo
    (repo / name).write_text(content, encoding="utf-8")
    assert run(["git", "add", name], repo).returncode == 0
    done = run(["git", "commit", "-m", f"add {name}"], repo, PRE_COMMIT_HOME=hooked.home)
    printed = done.stdout + done.stderr
    if not blocked:
        assert done.returncode == 0, printed
        return
    run(["git", "rm", "-q", "--cached", name], repo)  # leave the index as it was
    (repo / name).unlink()
    assert done.returncode != 0, printed
    assert "redact (personal data)" in printed and "Failed" in printed
    assert "+7 9** ***-**-61" in printed
    assert not [raw for raw in RAW if raw in printed]
