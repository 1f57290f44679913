"""Worker processes that analyse files (or pieces of files) while this process writes.

`Pool(workers).imap(fn, jobs)` gives `fn(job)` for each job, in order, computed by `workers`
forked processes, never more than `WINDOW` jobs per worker ahead: `jobs` is read lazily, so a
50 MB file cut into pieces is never all in memory, and a job may depend on what the results
before it said. With one worker it all runs in this process.

Stopping: leaving the `with` block by an exception (an error, Ctrl-C, SIGTERM: `interrupt.py`)
terminates the workers at once instead of letting them finish the queue and then sleep. The
workers ignore SIGINT (a terminal sends it to the whole process group; this process decides).

`workers` is the number of cores used: each worker, and this process when it works alone,
computes on one core. numpy's BLAS pools (in the NER) would otherwise spread every process over
all cores: one job would quietly take two, and two would put four threads on two.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from redactor.files import interrupt

WINDOW = 2  # jobs queued per worker: enough that none waits for the next


class Pool:
    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._limits = None

    def __enter__(self) -> Pool:
        from threadpoolctl import threadpool_limits

        self._limits = threadpool_limits(1)
        if self.workers > 1:
            # The models load here, once, and forked workers share them (copy on write)
            # instead of loading their own.
            from redactor.engine import default_engine

            default_engine()
            # The models' objects out of the collector's reach: a collection in a worker
            # would write to each of them (its bookkeeping lives in the object's header) and so
            # copy every page they share with the parent (Python's `gc.freeze` documentation).
            gc.collect()
            gc.freeze()
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=interrupt.in_worker
            )
        return self

    def __exit__(self, kind, error, trace) -> None:
        try:
            if self._executor is not None:
                if kind is None:
                    self._executor.shutdown(wait=True)
                else:
                    terminate(self._executor)
        finally:
            self._limits.unregister()
            if self.workers > 1:
                gc.unfreeze()  # the caller's objects collectable again

    def imap(self, fn: Callable, jobs: Iterable) -> Iterator[tuple]:
        """(job, fn(job)) for each job, in order. `fn` must be a module-level function (it is
        pickled)."""
        if self._executor is None:
            for job in jobs:
                interrupt.check()
                yield job, fn(job)
            return
        jobs = iter(jobs)
        pending: deque = deque()
        for job in jobs:
            pending.append((job, self._submit(fn, job)))
            if len(pending) >= self.workers * WINDOW:
                break
        while pending:
            done, future = pending.popleft()
            result = future.result()
            interrupt.check()
            for job in jobs:  # one in, one out: the window stays full
                pending.append((job, self._submit(fn, job)))
                break
            yield done, result

    def _submit(self, fn: Callable, job):
        with interrupt.critical():  # a submit may fork a worker
            return self._executor.submit(fn, job)


def terminate(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now, queued jobs and all (the public call exists from Python 3.14)."""
    if hasattr(executor, "kill_workers"):
        executor.kill_workers()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        process.kill()  # a worker only analyses: it holds nothing to clean up
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
    # Its manager thread too: left running, it races the interpreter's exit, which wakes it
    # through a pipe it may be closing («Exception ignored … Bad file descriptor» on stderr).
    manager = getattr(executor, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=5)


def map_files(fn: Callable, jobs: list[tuple], workers: int) -> Iterator[tuple[str, object]]:
    """(job[1], fn(job)) for each job (a tuple whose second item names its file), in order."""
    with Pool(workers if len(jobs) > 1 else 1) as pool:
        yield from ((job[1], result) for job, result in pool.imap(fn, jobs))
