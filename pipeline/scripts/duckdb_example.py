"""Run the README's DuckDB query over the cells and reports datasets: python duckdb_example.py OUTPUT."""
import pathlib
import sys

import duckdb

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "output")
sql = (pathlib.Path(__file__).parent / "cells_refusals.sql").read_text(encoding="utf-8")
con = duckdb.connect()
con.execute("SET VARIABLE cells = ?", [str(out / "cells")])
con.execute("SET VARIABLE reports = ?", [str(out / "reports")])
con.sql(sql).show(max_rows=60, max_width=200)
