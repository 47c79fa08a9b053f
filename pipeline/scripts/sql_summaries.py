"""Run the SQL summaries of notebooks/sql/ on DuckDB or Spark over a run's output.

    python sql_summaries.py OUTPUT [--engine duckdb|spark] [--summary NAME ...] [--csv-dir DIR]

prints each summary's first rows, or writes them as DIR/<name>.csv (UTF-8
with a byte-order mark, like OUTPUT/summary/). As a module:

    import sql_summaries as ss
    engine = ss.open_engine("spark")          # or "duckdb"; ss.SparkEngine(spark=an existing session)
    ss.prepare(engine, "out/all")             # the views, counted_reports.sql, timeliness_judged.sql
    result = ss.run_summary(engine, "unit_panel")
    result.columns, list(result.rows)

The views every file reads:

- `reports`, `cells`: the Hive-partitioned Parquet datasets OUTPUT/reports and
  OUTPUT/cells, `year` from the folder names as INT on both engines (the
  folder year=__HIVE_DEFAULT_PARTITION__, a report whose year is unknown,
  reads as NULL). A run without a cells dataset gets an empty `cells` view.
- `rejects`: OUTPUT/rejects.csv, every column a string (empty without one).
- `gazetteer_units`: OUTPUT/reference/gazetteer_units.csv (province_code,
  province, level, code), every column a string, written by aggregate.
- `deadlines`: OUTPUT/reference/publication_deadlines.csv (year_from,
  year_to, level, province, deadline, basis), every column a string, empty
  fields NULL: the deadlines the run's timeliness summaries used.

A .sql file is split into statements at the semicolons outside comments
(`--`, `/* */`) and quoted text ('…', "…", `…`; a quote is escaped by
doubling it), each statement is run in order, and the last one's result is
the summary. counted_reports.sql and timeliness_judged.sql run first: they
define the `counted_reports` and `timeliness_judged` views the others read.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

SQL_DIR = Path(__file__).resolve().parents[2] / "notebooks" / "sql"

# Every summary with a file in SQL_DIR, in the order of the workbook's sheets
# (pipeline/aggregate/src/lib.rs, `summaries`).
SUMMARIES = [
    "disclosure_volume_by_year",
    "zero_application_share",
    "application_outcomes_by_year",
    "applicants_by_year",
    "review_litigation_by_year",
    "data_quality_by_year",
    "coverage_by_province_year",
    "publication_timeliness_by_year",
    "publication_timeliness_by_province",
    "unit_panel",
    "duplicates",
]

# Files that define views the summaries read, run in this order first:
# counted_reports (the rows every summary counts) and timeliness_judged (each
# counted report's days after its deadline, for the two timeliness files).
VIEW_FILES = ["counted_reports", "timeliness_judged"]

# Columns (and SQL types) of the views when their file is absent.
CELLS_COLUMNS = [
    ("doc_id", "STRING"),
    ("template", "STRING"),
    ("section", "STRING"),
    ("table", "STRING"),
    ("row_key", "STRING"),
    ("row_label", "STRING"),
    ("col_key", "STRING"),
    ("col_label", "STRING"),
    ("value", "DOUBLE"),
    ("unit", "STRING"),
    ("status", "STRING"),
    ("raw", "STRING"),
    ("year", "INT"),
]
REJECTS_COLUMNS = ["doc_id", "path", "reason_code", "detail"]
GAZETTEER_COLUMNS = ["province_code", "province", "level", "code"]


class SqlSplitError(ValueError):
    pass


def split_statements(text: str, backslash_escapes: bool = False) -> list[str]:
    """The statements of a SQL script, in order, each without its `;`.

    A `;` ends a statement only outside `--` and `/* */` comments (nested
    block comments count their depth, as Spark and DuckDB do) and outside
    '…', "…" and `…` quotes, where a doubled quote is the quote itself.
    With backslash_escapes, a backslash in '…' or "…" escapes the next
    character (Spark's string literals; DuckDB does not read them so).
    Comments are kept in the statement's text (Spark reads hints from
    /*+ … */); a piece holding nothing but comments and blanks is dropped.
    """
    statements: list[str] = []
    start = 0  # where the current statement began
    code = False  # the current statement has something besides comments
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            if depth:
                raise SqlSplitError(f"unterminated /* comment at offset {i}")
            i = j
        elif ch in "'\"`":
            j = i + 1
            while True:
                if j >= n:
                    raise SqlSplitError(f"unterminated {ch}…{ch} at offset {i}")
                if backslash_escapes and ch != "`" and text[j] == "\\":
                    j += 2
                    continue
                if text[j] == ch:
                    if j + 1 < n and text[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            code = True
        elif ch == ";":
            if code:
                statements.append(text[start:i].strip())
            start, code, i = i + 1, False, i + 1
        else:
            if not ch.isspace():
                code = True
            i += 1
    if code:
        statements.append(text[start:].strip())
    return statements


def sql_string(s: str) -> str:
    """A SQL string literal (quotes doubled) of a path."""
    return "'" + str(s).replace("'", "''") + "'"


def _has_parquet(dataset: Path) -> bool:
    return dataset.is_dir() and any(dataset.glob("year=*/*.parquet"))


def _empty_view(name: str, columns: Sequence[tuple[str, str]]) -> str:
    """A view with these columns and no rows (both engines' SQL)."""
    cols = ", ".join(f"CAST(NULL AS {t}) AS {c}" for c, t in columns)
    return f"CREATE OR REPLACE TEMPORARY VIEW {name} AS SELECT {cols} WHERE 1 = 0"


@dataclass
class Result:
    columns: list[str]
    rows: Iterator[tuple]


class DuckDBEngine:
    name = "duckdb"

    def __init__(self, con=None):
        import duckdb

        self.con = con if con is not None else duckdb.connect()

    def execute(self, statement: str) -> None:
        self.con.execute(statement)

    def query(self, statement: str) -> Result:
        cur = self.con.execute(statement)
        columns = [d[0] for d in cur.description]

        def rows() -> Iterator[tuple]:
            while True:
                batch = cur.fetchmany(10000)
                if not batch:
                    return
                yield from batch

        return Result(columns, rows())

    def _parquet_view(self, name: str, dataset: Path) -> None:
        # hive_types: year is INT as on Spark; __HIVE_DEFAULT_PARTITION__ reads as NULL.
        self.execute(
            f"CREATE OR REPLACE TEMPORARY VIEW {name} AS SELECT * FROM read_parquet("
            f"{sql_string(dataset / '**' / '*.parquet')}, hive_partitioning = true, "
            "hive_types = {'year': INTEGER})"
        )

    def _csv_view(self, name: str, path: Path) -> None:
        self.execute(
            f"CREATE OR REPLACE TEMPORARY VIEW {name} AS SELECT * FROM read_csv("
            f"{sql_string(path)}, header = true, all_varchar = true, delim = ',', "
            "quote = '\"', escape = '\"')"
        )

    def columns(self, columns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """Column names and types as this engine writes them."""
        return [(c, "VARCHAR" if t == "STRING" else t) for c, t in columns]

    def register(self, output: Path) -> None:
        register_views(self, output)

    def close(self) -> None:
        self.con.close()


class SparkEngine:
    name = "spark"

    def __init__(self, spark=None, master: str = "local[2]", shuffle_partitions: int = 4):
        if spark is None:
            spark = new_spark_session(master, shuffle_partitions)
            self.owned = True
        else:
            self.owned = False
        self.spark = spark

    def execute(self, statement: str) -> None:
        self.spark.sql(statement)

    def query(self, statement: str) -> Result:
        df = self.spark.sql(statement)
        # Partitions one after another, in order (a sorted result's
        # partitions are ranges in order): the driver holds one at a time.
        return Result(list(df.columns), (tuple(r) for r in df.toLocalIterator()))

    def _parquet_view(self, name: str, dataset: Path) -> None:
        from pyspark.sql import functions as F

        # basePath keeps `year` from the folder names (recursiveFileLookup
        # would drop it); Spark reads __HIVE_DEFAULT_PARTITION__ as NULL.
        # The year=* folders are listed here rather than globbed by Spark
        # (the same rows; a glob makes Spark log a stack trace looking for a
        # streaming metadata folder named "year=*").
        parts = sorted(str(p) for p in dataset.glob("year=*") if any(p.glob("*.parquet")))
        df = (
            self.spark.read.option("basePath", str(dataset))
            .parquet(*parts)
            .withColumn("year", F.col("year").cast("int"))
        )
        df.createOrReplaceTempView(name)

    def _csv_view(self, name: str, path: Path) -> None:
        df = (
            self.spark.read.option("header", True)
            .option("multiLine", True)
            .option("quote", '"')
            .option("escape", '"')
            .option("encoding", "UTF-8")
            .csv(str(path))
        )
        # Every column is a string (no inferSchema); the byte-order mark
        # stays on the first header name, so take it off.
        df = df.toDF(*[c.lstrip("\ufeff") for c in df.columns])
        df.createOrReplaceTempView(name)

    def columns(self, columns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        """Column names and types as this engine writes them."""
        return [(f"`{c}`", t) for c, t in columns]

    def register(self, output: Path) -> None:
        register_views(self, output)

    def close(self) -> None:
        if self.owned:
            self.spark.stop()


def new_spark_session(master: str = "local[2]", shuffle_partitions: int = 4):
    """A local Spark session, quiet (log level WARN), without its web UI."""
    # Python workers (spark_run.py's tasks) run the interpreter of the driver.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(master)
        .appName("gongkai-sql")
        .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.log.level", "WARN")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    return spark


def register_views(engine, output: Path) -> None:
    """The views every file reads (see the module's doc) on `engine`."""
    if not _has_parquet(output / "reports"):
        raise FileNotFoundError(f"no Parquet files under {output / 'reports'}/year=*/")
    engine._parquet_view("reports", output / "reports")
    if _has_parquet(output / "cells"):
        engine._parquet_view("cells", output / "cells")
    else:
        engine.execute(_empty_view("cells", engine.columns(CELLS_COLUMNS)))
    rejects = output / "rejects.csv"
    if rejects.exists():
        engine._csv_view("rejects", rejects)
    else:
        engine.execute(_empty_view("rejects", engine.columns([(c, "STRING") for c in REJECTS_COLUMNS])))
    gazetteer = output / "reference" / "gazetteer_units.csv"
    if not gazetteer.exists():
        raise FileNotFoundError(f"{gazetteer} is missing (aggregate writes it)")
    engine._csv_view("gazetteer_units", gazetteer)
    deadlines = output / "reference" / "publication_deadlines.csv"
    if not deadlines.exists():
        raise FileNotFoundError(f"{deadlines} is missing (aggregate writes it)")
    engine._csv_view("deadlines", deadlines)


def open_engine(name: str, **kwargs):
    if name == "duckdb":
        return DuckDBEngine(**kwargs)
    if name == "spark":
        return SparkEngine(**kwargs)
    raise ValueError(f"unknown engine {name!r} (duckdb or spark)")


def sql_file(name: str, sql_dir: Path = SQL_DIR) -> Path:
    return Path(sql_dir) / f"{name}.sql"


def run_file(engine, path: Path) -> Result | None:
    """Run every statement of a .sql file; the last one's result."""
    statements = split_statements(Path(path).read_text(encoding="utf-8"))
    if not statements:
        return None
    for stmt in statements[:-1]:
        engine.execute(stmt)
    return engine.query(statements[-1])


def prepare(engine, output, sql_dir: Path = SQL_DIR) -> None:
    """Register the views over OUTPUT, then run the VIEW_FILES."""
    engine.register(Path(output))
    for name in VIEW_FILES:
        result = run_file(engine, sql_file(name, sql_dir))
        if result is not None:  # a view definition returns no rows worth reading
            for _ in result.rows:
                pass


def run_summary(engine, name: str, sql_dir: Path = SQL_DIR) -> Result:
    result = run_file(engine, sql_file(name, sql_dir))
    if result is None:
        raise ValueError(f"{sql_file(name, sql_dir)} has no statement")
    return result


def csv_field(v) -> str:
    """A value as the summaries' CSVs write it: empty for NULL, true/false."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    return str(v)


def write_csv(columns: Sequence[str], rows: Iterable[tuple], path: Path) -> Iterator[tuple]:
    """Write rows to path as CSV (UTF-8 byte-order mark, header) while
    yielding them, so that a caller can check them as they are written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([csv_field(v) for v in row])
            yield row


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output", type=Path, help="a run's output folder (reports/, cells/, …)")
    ap.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
    ap.add_argument("--summary", action="append", choices=SUMMARIES,
                    help="only this summary (repeatable; default: all nine)")
    ap.add_argument("--csv-dir", type=Path, help="write DIR/<summary>.csv instead of printing")
    ap.add_argument("--sql-dir", type=Path, default=SQL_DIR)
    ap.add_argument("--rows", type=int, default=10, help="rows printed per summary")
    args = ap.parse_args(argv)
    engine = open_engine(args.engine)
    try:
        prepare(engine, args.output, args.sql_dir)
        for name in args.summary or SUMMARIES:
            result = run_summary(engine, name, args.sql_dir)
            if args.csv_dir:
                n = sum(1 for _ in write_csv(result.columns, result.rows, args.csv_dir / f"{name}.csv"))
                print(f"{args.csv_dir / (name + '.csv')}: {n} rows")
            else:
                print(f"== {name}")
                print(",".join(result.columns))
                n = 0
                for row in result.rows:
                    n += 1
                    if n <= args.rows:
                        print(",".join(csv_field(v) for v in row))
                print(f"({n} rows)")
    finally:
        engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
