-- disclosure_volume_by_year (README, "Summary definitions"): year × level
-- over counted_reports (sql/counted_reports.sql). Nulls are not zeros: a
-- report that states no number is left out of sums and medians; a sum over
-- no stated number is 0, as in the CSV. DuckDB and Spark SQL.
SELECT
  year,
  level,
  CAST(count(*) AS BIGINT) AS reports,
  CAST(count(proactive_total) AS BIGINT) AS reports_with_proactive_total,
  CAST(coalesce(sum(proactive_total), 0) AS BIGINT) AS proactive_total_sum,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY proactive_total) AS proactive_total_median,
  CAST(count(apps_new) AS BIGINT) AS reports_with_apps_new,
  CAST(coalesce(sum(apps_new), 0) AS BIGINT) AS apps_new_sum
FROM counted_reports
GROUP BY year, level
ORDER BY year NULLS LAST, level NULLS LAST
