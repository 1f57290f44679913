"""PySpark's Python daemon with the engine loaded first (`spark.python.daemon.module`).

PySpark starts one daemon per executor, and the daemon forks a worker for each task slot. Run
as this module, the daemon loads the models before it forks, so its workers share them (copy
on write) instead of each loading its own: one load and about 0.5 GB per executor, not per
core. The batch's workers do the same (`files/batch.py`). BLAS pools are set to one thread
before numpy loads: a worker computes on the one core its task has, and a thread started
before a fork would not exist in the child.
"""

from __future__ import annotations

import os

ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def main() -> None:
    for name in ONE_THREAD:
        os.environ[name] = "1"
    from pyspark import daemon

    from redactor.spark.job import _engine

    _engine()
    daemon.manager()


if __name__ == "__main__":
    main()
