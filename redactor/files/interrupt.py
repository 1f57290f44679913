"""SIGTERM and SIGINT during a folder run: stop at once, keep what is done.

`handled()` turns both signals into `Interrupted`, raised in the main thread wherever it is, so
that the run's `finally` blocks stop the workers (`pool.py`), close the journal and save the
vault; the CLI then exits 128 + the signal's number (143, 130), as a shell expects. Inside
`critical()` the signal waits until the block ends: an output renamed into place is always
journalled, and a worker is never half forked (Python ignores an exception raised in its fork
hooks). `check()`, called between jobs, raises one that was lost so.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Interrupted(BaseException):  # noqa: N818 — like KeyboardInterrupt, which it stands for
    """A signal asked the run to stop; BaseException, so no `except Exception` swallows it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


_state = {"critical": 0, "pending": None, "signalled": None}


def _raise(signum, frame) -> None:
    _state["signalled"] = signum
    if _state["critical"]:
        _state["pending"] = signum
        return
    raise Interrupted(signum)


def check() -> None:
    """Raise `Interrupted` if a signal came: an exception raised where Python ignores them (a
    finalizer, a fork hook) is not lost, it comes again at the next check."""
    if _state["signalled"] is not None:
        raise Interrupted(_state["signalled"])


@contextmanager
def handled() -> Iterator[None]:
    """Within: SIGTERM and SIGINT raise `Interrupted` (in the main thread only: Python runs
    handlers there)."""
    previous = {s: signal.signal(s, _raise) for s in SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        _state.update(critical=0, pending=None, signalled=None)


@contextmanager
def critical() -> Iterator[None]:
    """A block a signal must not cut in two: it is raised when the block ends."""
    _state["critical"] += 1
    try:
        yield
    finally:
        _state["critical"] -= 1
        pending = _state["pending"]
        if pending is not None and not _state["critical"]:
            _state["pending"] = None
            raise Interrupted(pending)


def in_worker() -> None:
    """A worker's initializer: SIGINT (Ctrl-C reaches the whole process group) is the main
    process's to handle, and SIGTERM (how the main process stops a worker) kills at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
