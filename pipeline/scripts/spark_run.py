"""The pipeline end to end on Spark: normalize as n Spark tasks, the merge, the SQL summaries.

    python spark_run.py --bin DIR --input INPUT --output OUT --shards N
                        [--master local[2]] [--threads T] [--reference OUTPUT …]

1. `normalize --input INPUT --output OUT/shard-i --shard i/N` for i = 0 … N-1,
   one Spark task each (every executor needs the binaries in DIR and INPUT
   at the same paths: a shared file system or an object-store mount);
2. on the driver, the merge `write-parquet --output OUT/all --arrow
   OUT/shard-0/arrow …` (one dataset, duplicates marked across every shard,
   the rejects combined) and `aggregate --output OUT/all` (the polars CSVs);
3. every SQL summary of notebooks/sql/ on Spark over OUT/all, written to
   OUT/all/spark_summary/<name>.csv and compared row for row with
   OUT/all/summary/<name>.csv (sql_check.py's comparison), and with
   OUTPUT/summary/<name>.csv of each --reference run (e.g. an unsharded run
   over the same input, which must give the same rows).

Exit status 1 when a shard fails or a summary differs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sql_check  # noqa: E402
import sql_summaries as ss  # noqa: E402


def run(cmd: list[str]) -> None:
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def normalize_shard(i: int, n: int, binary: str, input_dir: str, output: str, threads: int | None):
    """One shard, in a Spark task: (i, exit status, seconds, last lines of stderr)."""
    cmd = [binary, "--input", input_dir, "--output", f"{output}/shard-{i}", "--shard", f"{i}/{n}"]
    if threads:
        cmd += ["--threads", str(threads)]
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    tail = "\n".join(p.stderr.strip().splitlines()[-5:])
    return i, p.returncode, time.monotonic() - t0, tail


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True, type=Path, help="folder of normalize, write-parquet, aggregate")
    ap.add_argument("--input", required=True, type=Path)
    ap.add_argument("--output", required=True, type=Path)
    ap.add_argument("--shards", required=True, type=int)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--threads", type=int, default=1,
                    help="normalize threads per shard task (default 1: one core a task)")
    ap.add_argument("--reference", action="append", type=Path, default=[],
                    help="also compare with OUTPUT/summary/*.csv of this run (repeatable)")
    args = ap.parse_args(argv)
    if args.shards < 1:
        ap.error("--shards must be at least 1")
    binary = args.bin.resolve()
    input_dir, out = args.input.resolve(), args.output.resolve()
    out.mkdir(parents=True, exist_ok=True)
    n = args.shards

    t_start = time.monotonic()
    spark = ss.new_spark_session(args.master)
    failed = 0
    try:
        sc = spark.sparkContext
        normalize, inp, o, threads = str(binary / "normalize"), str(input_dir), str(out), args.threads
        t0 = time.monotonic()
        shards = (
            sc.parallelize(range(n), n)
            .map(lambda i: normalize_shard(i, n, normalize, inp, o, threads))
            .collect()
        )
        for i, rc, secs, tail in sorted(shards):
            status = "ok" if rc == 0 else f"FAILED (exit {rc})"
            print(f"normalize shard {i}/{n}: {status}, {secs:.1f} s", flush=True)
            if rc != 0:
                print(tail, file=sys.stderr)
        if any(rc != 0 for _, rc, _, _ in shards):
            print("spark_run: a shard failed; rerun it alone, then the merge", file=sys.stderr)
            return 1
        print(f"normalize: {n} Spark tasks in {time.monotonic() - t0:.1f} s", flush=True)

        merged = out / "all"
        cmd = [str(binary / "write-parquet"), "--output", str(merged)]
        for i in range(n):
            cmd += ["--arrow", str(out / f"shard-{i}" / "arrow")]
        run(cmd)
        run([str(binary / "aggregate"), "--output", str(merged)])

        t0 = time.monotonic()
        engine = ss.SparkEngine(spark=spark)
        ss.prepare(engine, merged)
        csv_dir = merged / "spark_summary"
        references = [merged] + [r.resolve() for r in args.reference]
        for name in ss.SUMMARIES:
            result = ss.run_summary(engine, name)
            rows = result.rows
            if len(references) > 1:
                rows = list(rows)  # compared more than once (a small test run)
            written = ss.write_csv(result.columns, rows, csv_dir / f"{name}.csv")
            checks = []
            for ref in references:
                got = written if ref == merged else rows
                n_rows, diffs = sql_check.compare(result.columns, got, ref / "summary" / f"{name}.csv")
                if ref == merged:
                    for _ in written:  # the rest, when the comparison stopped early
                        pass
                checks.append((sql_check.label(ref, references), n_rows, diffs))
            for where, n_rows, diffs in checks:
                if not sql_check.report("spark", where, name, n_rows, diffs):
                    failed += 1
        print(f"SQL summaries on Spark: {time.monotonic() - t0:.1f} s, written to {csv_dir}", flush=True)
    finally:
        spark.stop()
    total = time.monotonic() - t_start
    if failed:
        print(f"spark_run: FAILED: {failed} comparisons differ ({total:.1f} s)")
        return 1
    print(f"spark_run: {n} shards normalized as Spark tasks, merged, aggregated; "
          f"the Spark SQL summaries match the polars CSVs ({total:.1f} s)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
