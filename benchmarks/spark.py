"""The `spark` part of `make bench`: conversations per second through Spark `local[2]` against
the folder batch with 2 workers, on the same generated conversations (issue 17: 10,000 of
them; Spark's overhead under 30 %).

Both run in a fresh process, as a user runs them: `redact chats/ -o safe/ --jobs 2` on a
folder of .txt files, and `redact spark calls.parquet safe.parquet --column text` on a table
of the same texts, one conversation per row (and, with `grouped`, one row per line with
`--group-by conversation --order-by line`: the messages of a chat table). Each child times the
work alone, models loaded first (the throughput that scales with cores), and the whole run
with the start of Python, the JVM and the models (end to end).

    python -m benchmarks.spark [CONVERSATIONS] [--rows-only]
    REDACT_BENCH_SPARK=1000 python -m benchmarks.run --only spark   # the part, fewer
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import batch as batch_bench

CONVERSATIONS = 10_000
OVERHEAD_CEILING = 0.30
SPARK_RUN = """
import json, sys, time
from pathlib import Path
from redactor.spark import job, tables
from redactor.spark.session import local_session
source, target, grouped = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "grouped"
spark = local_session("local[2]", "redact-bench", {"spark.ui.enabled": "false",
                                                    "spark.sql.shuffle.partitions": "8"})
building = time.perf_counter()  # the input table is made here, and not timed
texts = sorted((p.relative_to(source).as_posix(), p.read_text(encoding="utf-8"))
               for p in source.rglob("*.txt"))
if grouped:  # a chat table: one row per line
    rows = [(name, i, line) for name, text in texts for i, line in enumerate(text.split("\\n"))]
    df = spark.createDataFrame(rows, "conversation string, line int, text string")
else:
    df = spark.createDataFrame(texts, "conversation string, text string")
table = target.with_name(target.name + "-input.parquet")
df.write.parquet(str(table))
built = time.perf_counter()
# The engine loads in both Python workers (a warm-up of two rows), so that the timed run is
# the work alone, as the batch's `busy` is.
warm = spark.createDataFrame([("a", "Иван"), ("b", "Пётр")], "conversation string, text string")
out, _ = job.redact_dataframe(warm.repartition(2), "text")
out.unpersist()
loaded = time.perf_counter()
run = tables.redact_table(spark, str(table), str(target), "text",
                          ["conversation"] if grouped else (), ["line"] if grouped else ())
busy = time.perf_counter() - loaded
spark.stop()
print(json.dumps({"rows": sum(run.statuses.values()), "statuses": run.statuses,
                  "counts": run.counts, "busy": busy, "building": built - building}))
"""


def timed_spark(source: Path, target: Path, mode: str, root: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", SPARK_RUN, str(source), str(target), mode],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    )
    run = json.loads(done.stdout.strip().splitlines()[-1])
    seconds = time.perf_counter() - started - run["building"]
    return {**run, "seconds": seconds, "mode": mode}


def bench(root: Path, conversations: int = CONVERSATIONS, grouped: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "chats"
        started = time.perf_counter()
        chars = batch_bench.write_folder(source, conversations)
        print(f"{conversations:,} generated conversations, {chars:,} characters"
              f" ({time.perf_counter() - started:.0f} s to generate)")  # fmt: skip
        folder = batch_bench.timed_run(source, Path(tmp) / "safe", 2, root)
        modes = ["rows", "grouped"] if grouped else ["rows"]
        runs = [timed_spark(source, Path(tmp) / f"safe-{m}.parquet", m, root) for m in modes]
    rate = conversations / folder["busy"]
    print(
        f"folder batch, 2 workers: {rate:.1f} conversations/s ({folder['busy']:.1f} s of work;"
        f" {folder['seconds']:.1f} s end to end), {folder['failed']} failed"
    )
    results = {"conversations": conversations, "chars": chars, "folder": folder, "spark": {}}
    for run in runs:
        spark_rate = conversations / run["busy"]
        overhead = run["busy"] / folder["busy"] - 1
        verdict = "met" if overhead <= OVERHEAD_CEILING else "NOT MET"
        what = "one row per line, grouped" if run["mode"] == "grouped" else "one row each"
        print(
            f"Spark local[2], {what}: {spark_rate:.1f} conversations/s ({run['busy']:.1f} s of"
            f" work, {run['rows']:,} rows: {run['statuses']}; {run['seconds']:.1f} s end to end"
            f" with the JVM); overhead {overhead:+.0%} (ceiling {OVERHEAD_CEILING:.0%}: {verdict})"
        )
        results["spark"][run["mode"]] = {**run, "per_second": spark_rate, "overhead": overhead}
    return results


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--rows-only"]  # --rows-only: no grouped run
    count = int(args[0]) if args else CONVERSATIONS
    bench(Path(__file__).resolve().parents[1], count, grouped="--rows-only" not in sys.argv)
