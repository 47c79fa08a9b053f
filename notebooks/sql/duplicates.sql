-- duplicates (README, "Summary definitions", "Duplicates"): one row per
-- duplicate report row of the view `reports` (is_duplicate, marked by
-- write-parquet across every shard it was given), with the kept_doc_id
-- counted in its place. DuckDB and Spark SQL.
SELECT doc_id, kept_doc_id, year, unit_key, unit_name, source_sha256
FROM reports
WHERE is_duplicate
ORDER BY year NULLS LAST, doc_id NULLS LAST
