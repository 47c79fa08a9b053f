-- counted_reports: the rows every summary counts (README, "Summary
-- definitions"): annual reports, each report once. Runs unchanged on DuckDB
-- and Spark SQL over a view named `reports` of the Hive-partitioned dataset
-- OUTPUT/reports/year=*/part-*.parquet.
--
-- A report published on several pages has one row per page; write-parquet
-- marks every copy but one (`is_duplicate`, `kept_doc_id`, by unit_key and
-- year, across every shard it was given; README "Duplicates").
CREATE OR REPLACE TEMPORARY VIEW counted_reports AS
SELECT * FROM reports WHERE is_annual_report AND NOT is_duplicate
