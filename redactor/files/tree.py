"""Walking a folder without being stopped, misled or hung by what lies in it.

`walk` yields the relative paths («a/b.txt») of the regular files to read, in a stable order,
and a `Skipped` for everything else it met, with a reason that names the kind of thing, never
its content:

- a link that leaves the folder, dangles or loops, and a link to a folder (not followed: its
  files are read where they lie, or not at all): skipped. A link to a file inside is read.
- a FIFO, a socket, a device: skipped. Opening a FIFO would wait for a writer forever.
- a folder or file that cannot be read: an error (`Skipped.error`), which fails the run as a bad
  file does, instead of passing for «no personal data found».

A version control system's own folder is not walked: `.git/logs` holds every committer's name
and e-mail, and `redact check .` would fail on them forever.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

VCS_FOLDERS = frozenset({".git", ".hg", ".svn"})

# What each kind of special file is called in a reason.
SPECIAL = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@dataclass(frozen=True)
class Skipped:
    path: str  # relative to the folder walked, with «/»
    reason: str  # what it is, never what it holds
    error: bool = False  # unreadable: fails the run; else left out by design


def walk(
    source: Path, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
) -> Iterator[str | Skipped]:
    """The files under `source` (relative paths) and what was left out (`Skipped`), filtered
    by the globs `include` (none: all) and `exclude` on the relative path."""
    root = os.path.realpath(source)
    for item in _walk(Path(source), root, ""):
        rel = item.path if isinstance(item, Skipped) else item
        if include and not any(fnmatch.fnmatch(rel, g) for g in include):
            continue
        if any(fnmatch.fnmatch(rel, g) for g in exclude):
            continue
        yield item


def files(source: Path, include=(), exclude=()) -> Iterator[str]:
    """Only the files to read."""
    return (item for item in walk(source, include, exclude) if isinstance(item, str))


def kind(path: str | os.PathLike) -> str | None:
    """Why a path named on its own cannot be read as a file (a FIFO, a device…), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # the reader gives the precise reason
    return _special(mode)


def _walk(folder: Path, root: str, prefix: str) -> Iterator[str | Skipped]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Skipped(prefix.rstrip("/") or ".", _cannot("read the folder", e), error=True)
        return
    for entry in entries:
        rel = prefix + entry.name
        try:
            if entry.is_symlink():
                yield from _link(entry, root, rel)
            elif entry.is_dir(follow_symlinks=False):
                if entry.name not in VCS_FOLDERS:
                    yield from _walk(Path(entry.path), root, rel + "/")
            elif entry.is_file(follow_symlinks=False):
                yield rel
            else:
                mode = entry.stat(follow_symlinks=False).st_mode
                yield Skipped(rel, f"not a regular file ({_special(mode) or 'unknown kind'})")
        except OSError as e:
            yield Skipped(rel, _cannot("read", e), error=True)


def _link(entry: os.DirEntry, root: str, rel: str) -> Iterator[str | Skipped]:
    try:
        mode = os.stat(entry.path).st_mode  # follows the link
    except OSError as e:
        if e.errno == errno.ELOOP:
            yield Skipped(rel, "link loop")
        else:
            yield Skipped(rel, "dangling link")
        return
    target = os.path.realpath(entry.path)
    if os.path.commonpath([root, target]) != root:
        yield Skipped(rel, "link leaves the folder")
    elif stat.S_ISDIR(mode):
        yield Skipped(rel, "link to a folder (not followed)")
    elif stat.S_ISREG(mode):
        yield rel
    else:
        yield Skipped(rel, f"link to {_special(mode) or 'an unknown kind of file'}")


def _special(mode: int) -> str | None:
    return next((name for test, name in SPECIAL if test(mode)), None)


def _cannot(what: str, e: OSError) -> str:
    return f"cannot {what} ({e.strerror or type(e).__name__})"
