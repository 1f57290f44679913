"""Walking a folder (`redactor.files.tree`): links that dangle, loop or leave, FIFOs, sockets
and unreadable folders are reported with a reason and never stop, hang or silently shorten a
run, in `redact DIR -o OUT` and in `redact check DIR` alike."""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.files import batch, tree

PHONE = "+7 912 604-38-21"
CHAT = f"Клиент: мой телефон {PHONE}\n"


def hostile(root: Path) -> Path:
    """A folder with one of each thing a walk meets; «ok.txt» is the only plain file."""
    (root / "sub").mkdir(parents=True)
    (root / "ok.txt").write_text(CHAT)
    (root / "outside.txt").parent.parent.joinpath("outside.txt").write_text(CHAT)
    os.symlink(root / "ok.txt", root / "inside-link.txt")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    os.symlink(root / "loop-b.txt", root / "loop-a.txt")
    os.symlink(root / "loop-a.txt", root / "loop-b.txt")
    os.symlink(root.parent / "outside.txt", root / "leaves.txt")
    os.symlink(root, root / "sub" / "up")
    os.mkfifo(root / "pipe.txt")
    return root


EXPECTED = {  # what the walk makes of each
    "dangling.txt": "dangling link",
    "inside-link.txt": None,  # a link to a file inside: read
    "leaves.txt": "link leaves the folder",
    "loop-a.txt": "link loop",
    "loop-b.txt": "link loop",
    "ok.txt": None,
    "pipe.txt": "not a regular file (a FIFO)",
    "sub/up": "link to a folder (not followed)",
}


def walked(root: Path, **globs) -> dict[str, str | None]:
    return {
        (item.path if isinstance(item, tree.Skipped) else item): (
            item.reason if isinstance(item, tree.Skipped) else None
        )
        for item in tree.walk(root, **globs)
    }


def test_each_thing_a_walk_meets(tmp_path: Path) -> None:
    assert walked(hostile(tmp_path / "in")) == EXPECTED


@pytest.mark.skipif(sys.platform != "linux", reason="a socket file needs AF_UNIX paths")
def test_a_socket_is_skipped(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(tmp_path / "s.sock"))
        assert walked(tmp_path) == {"s.sock": "not a regular file (a socket)"}


@pytest.mark.parametrize(
    ("globs", "expected"),
    [
        ({"include": ("*.txt",)}, {k: v for k, v in EXPECTED.items() if k.endswith(".txt")}),
        ({"exclude": ("loop-*", "sub/*")}, {"dangling.txt", "inside-link.txt", "leaves.txt"}),
    ],
)
def test_globs_apply_to_what_is_skipped_too(tmp_path: Path, globs, expected) -> None:
    found = walked(hostile(tmp_path / "in"), **globs)
    if isinstance(expected, dict):
        assert found == expected
    else:
        assert expected <= set(found) and not {"loop-a.txt", "sub/up"} & set(found)


def unreadable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """`folder` cannot be listed, as for a user without the permission (tests run as root
    too, who may read anything: the refusal is made here)."""
    real = os.scandir

    def scandir(path):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(tree.os, "scandir", scandir)


def test_an_unreadable_folder_is_an_error(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret/a.txt").write_text(CHAT)
    (tmp_path / "b.txt").write_text(CHAT)
    unreadable(monkeypatch, tmp_path / "secret")
    assert list(tree.walk(tmp_path)) == [
        "b.txt",
        tree.Skipped("secret", "cannot read the folder (Permission denied)", error=True),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_permission_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret").chmod(0)
    try:
        (item,) = tree.walk(tmp_path)
        assert item.error and item.path == "secret"
    finally:
        (tmp_path / "secret").chmod(0o755)


runner = CliRunner()


def test_a_batch_goes_past_links_and_fifos_and_says_so(tmp_path: Path) -> None:
    root = hostile(tmp_path / "in")
    report = tmp_path / "run.json"
    result = runner.invoke(app, [str(root), "-o", str(tmp_path / "out"), "--report", str(report)])
    assert result.exit_code == 0, result.output  # skipped by design: not a failure
    files = {f["path"]: (f["status"], f["reason"]) for f in json.loads(report.read_text())["files"]}
    assert files == {
        rel: ("redacted", "") if reason is None else ("skipped", reason)
        for rel, reason in EXPECTED.items()
    }
    assert (tmp_path / "out/ok.txt").read_text() == "Клиент: мой телефон [ТЕЛЕФОН_1]\n"
    assert PHONE not in result.output


def test_a_batch_with_an_unreadable_folder_fails(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "in"
    (root / "secret").mkdir(parents=True)
    (root / "ok.txt").write_text(CHAT)
    unreadable(monkeypatch, root / "secret")
    outcomes = batch.run(root, tmp_path / "out")
    assert {o.path: o.status for o in outcomes} == {"ok.txt": "redacted", "secret": "failed"}
    result = runner.invoke(app, [str(root), "-o", str(tmp_path / "out2")])
    assert result.exit_code == 1
    assert "secret" in result.output and "cannot read the folder" in result.output


def test_check_goes_past_links_and_fifos_and_fails_on_an_unreadable_folder(
    tmp_path: Path, monkeypatch
) -> None:
    root = hostile(tmp_path / "in")
    result = runner.invoke(app, ["check", str(root), "-f", "sarif", "-j", "1"])
    assert result.exit_code == 1, result.output  # the phone in ok.txt (and its link)
    sarif = json.loads(result.stdout)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {f"{root.as_posix()}/ok.txt", f"{root.as_posix()}/inside-link.txt"}
    assert "skipped:" in result.stderr and "link loop" in result.stderr
    unreadable(monkeypatch, root / "sub")
    result = runner.invoke(app, ["check", str(root), "-j", "1"])
    assert result.exit_code == 2
    assert "cannot read the folder" in result.stderr


def test_check_skips_a_fifo_named_on_the_command_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    result = runner.invoke(app, ["check", str(tmp_path / "pipe"), "-j", "1"])
    assert result.exit_code == 0
    assert "not a regular file (a FIFO)" in result.stderr
