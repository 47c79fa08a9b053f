-- counted_reports: the rows every summary counts (README, "Summary
-- definitions"): annual reports, each report once. Runs unchanged on DuckDB
-- and Spark SQL over a view named `reports` of the Hive-partitioned dataset
-- OUTPUT/reports/year=*/part-*.parquet.
--
-- unit_key = region_code|level|name: name is empty when the code is the
-- unit's own (2, 4, 6, 9 digits for province, prefecture, county, township),
-- else unit_name trimmed, without a 人民政府 suffix. Reports of the same
-- unit_key and year are one report; without a key or a year, only
-- byte-identical files (same source_sha256) are. Of each group the row
-- stating the most headline figures is kept (ties: smallest doc_id). Same
-- definition as aggregate::unit_key and aggregate::mark_duplicates.
CREATE OR REPLACE TEMPORARY VIEW counted_reports AS
WITH named AS (
  SELECT
    r.*,
    regexp_replace(
      regexp_replace(regexp_replace(unit_name, '^[ 　\t\r\n]+', ''), '[ 　\t\r\n]+$', ''),
      '人民政府$', ''
    ) AS unit_name_norm
  FROM reports r
),
keyed AS (
  SELECT
    n.*,
    CASE
      WHEN (level = 'province' AND length(region_code) = 2)
        OR (level = 'prefecture' AND length(region_code) = 4)
        OR (level = 'county' AND length(region_code) = 6)
        OR (level = 'township' AND length(region_code) = 9)
      THEN region_code || '|' || level || '|'
      WHEN region_code IS NOT NULL AND level IS NOT NULL AND unit_name_norm IS NOT NULL
           AND unit_name_norm <> ''
      THEN region_code || '|' || level || '|' || unit_name_norm
    END AS unit_key,
    (CASE WHEN proactive_total IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_new IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_carried_over IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_granted IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_partial IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_total_handled IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_carried_next IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN apps_natural_person_new IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN review_total IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN litigation_total IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN fees_collected IS NULL THEN 0 ELSE 1 END) AS stated
  FROM named n
  WHERE is_annual_report
),
grouped AS (
  SELECT
    k.*,
    CASE
      WHEN unit_key IS NOT NULL AND year IS NOT NULL
      THEN 'unit:' || unit_key || ':' || CAST(year AS STRING)
      ELSE 'sha:' || source_sha256
    END AS dup_group
  FROM keyed k
),
ranked AS (
  SELECT
    g.*,
    ROW_NUMBER() OVER (PARTITION BY dup_group ORDER BY stated DESC, doc_id ASC) AS copy_rank
  FROM grouped g
)
SELECT * FROM ranked WHERE copy_rank = 1
