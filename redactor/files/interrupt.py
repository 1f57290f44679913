"""SIGTERM and SIGINT during a folder run: stop at once, keep what is done.

`handled()` turns both signals into `Interrupted`, raised in the main thread wherever it is, so
that the run's `finally` blocks stop the workers (`pool.py`), close the journal and save the
vault; the CLI then exits 128 + the signal's number (143, 130), as a shell expects. Inside
`critical()` (an output renamed into place and journalled) the signal waits until the block
ends: an output is never left out of the journal that lists it.
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


_state = {"critical": 0, "pending": None}


def _raise(signum, frame) -> None:
    if _state["critical"]:
        _state["pending"] = signum
        return
    raise Interrupted(signum)


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
