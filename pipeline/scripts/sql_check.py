"""Check the SQL summaries against the polars CSVs, on DuckDB and/or Spark.

    python sql_check.py OUTPUT [OUTPUT …] [--engine duckdb|spark|both]

For every output folder and every summary of notebooks/sql/, runs the file
(sql_summaries.py: the views, counted_reports.sql, then the summary) and
compares its result with OUTPUT/summary/<name>.csv row for row: the same
columns in the same order, the same rows in the same order, numbers equal
within 1e-9 (relative or absolute), an empty CSV field = NULL, text exact.
One line per engine × output × summary, then a total line; the exit status
is 1 when anything differs (the first differing rows are printed).
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sql_summaries as ss  # noqa: E402

TOLERANCE = 1e-9
SHOW_DIFFS = 5


def same_value(v, field: str) -> bool:
    """A SQL value against a CSV field of the polars summary."""
    if v is None:
        return field == ""
    if isinstance(v, bool):
        return field == ("true" if v else "false")
    if isinstance(v, (int, float, Decimal)):
        if field == "":
            return False
        try:
            x = float(field)
        except ValueError:
            return False
        y = float(v)
        if math.isnan(x) or math.isnan(y):
            return math.isnan(x) and math.isnan(y)
        return math.isclose(x, y, rel_tol=TOLERANCE, abs_tol=TOLERANCE)
    if isinstance(v, str):
        # polars writes an empty string as an empty field, as it does NULL
        return v == field
    return str(v) == field


def compare(columns: Sequence[str], rows: Iterable[tuple], csv_path: Path):
    """(number of rows, list of differences) of a result against a CSV,
    reading both as they go (no table is held whole)."""
    diffs: list[str] = []
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, [])
        if list(columns) != header:
            diffs.append(f"columns differ:\n      sql: {list(columns)}\n      csv: {header}")
            return 0, diffs
        n = 0
        rows = iter(rows)
        while True:
            row = next(rows, None)
            line = next(reader, None)
            if row is None and line is None:
                break
            n += 1
            if row is None:
                diffs.append(f"row {n}: only in the CSV: {line}")
                break
            if line is None:
                diffs.append(f"row {n}: only in the SQL result: {[ss.csv_field(v) for v in row]}")
                break
            bad = [
                f"{c}: sql {ss.csv_field(v)!r} csv {x!r}"
                for c, v, x in zip(columns, row, line)
                if not same_value(v, x)
            ]
            if len(line) != len(columns):
                bad.append(f"the CSV line has {len(line)} fields")
            if bad:
                diffs.append(f"row {n}: " + "; ".join(bad))
                if len(diffs) >= SHOW_DIFFS:
                    break
        return n, diffs


def label(output: Path, others: Sequence[Path] = ()) -> str:
    """The output's folder name, with as many parent folders as it takes to
    tell it from the others (out/all, not all)."""
    parts = Path(output).resolve().parts
    others_parts = [Path(o).resolve().parts for o in others if Path(o).resolve() != Path(output).resolve()]
    for k in range(1, len(parts) + 1):
        if all(parts[-k:] != o[-k:] for o in others_parts) and (k > 1 or parts[-1] != "all"):
            return "/".join(parts[-k:])
    return str(Path(output))


def report(engine: str, where: str, name: str, n_rows: int, diffs: Sequence[str]) -> bool:
    """Print one summary's verdict (and its first differences); True when it matches."""
    if diffs:
        print(f"FAIL  {engine}  {where}  {name}", flush=True)
        for d in diffs:
            print(f"      {d}", flush=True)
        return False
    print(f"ok  {engine}  {where}  {name}  {n_rows} rows", flush=True)
    return True


def check_engine(engine, outputs: Sequence[Path], summaries: Sequence[str], sql_dir: Path) -> tuple[int, int]:
    """Run and compare every summary over every output: (passed, failed)."""
    passed = failed = 0
    for output in outputs:
        try:
            ss.prepare(engine, output, sql_dir)
        except Exception as e:  # noqa: BLE001 - report and go on
            print(f"FAIL  {engine.name}  {label(output, outputs)}  (views)  {type(e).__name__}: {e}", flush=True)
            failed += len(summaries)
            continue
        for name in summaries:
            try:
                result = ss.run_summary(engine, name, sql_dir)
                n, diffs = compare(result.columns, result.rows, Path(output) / "summary" / f"{name}.csv")
            except Exception as e:  # noqa: BLE001
                n, diffs = 0, [f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}"]
            if report(engine.name, label(output, outputs), name, n, diffs):
                passed += 1
            else:
                failed += 1
    return passed, failed


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outputs", nargs="+", type=Path, metavar="OUTPUT")
    ap.add_argument("--engine", choices=["duckdb", "spark", "both"], default="both")
    ap.add_argument("--summary", action="append", choices=ss.SUMMARIES,
                    help="only this summary (repeatable; default: all)")
    ap.add_argument("--sql-dir", type=Path, default=ss.SQL_DIR)
    args = ap.parse_args(argv)
    engines = ["duckdb", "spark"] if args.engine == "both" else [args.engine]
    summaries = args.summary or ss.SUMMARIES
    passed = failed = 0
    times = []
    for name in engines:
        t0 = time.monotonic()
        engine = ss.open_engine(name)
        try:
            p, f = check_engine(engine, args.outputs, summaries, args.sql_dir)
        finally:
            engine.close()
        passed, failed = passed + p, failed + f
        times.append(f"{name} {time.monotonic() - t0:.1f} s")
    total = passed + failed
    verdict = (f"all {total} summaries match the polars CSVs" if not failed
               else f"FAILED: {failed} of {total} summaries differ from the polars CSVs")
    print(f"sql-check: {verdict} ({len(args.outputs)} outputs × {len(summaries)} summaries; "
          f"{', '.join(times)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
