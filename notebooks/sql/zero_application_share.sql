-- zero_application_share (README, "Summary definitions"): year × province
-- plus one national row per year (province = 全国), township reports over
-- counted_reports (sql/counted_reports.sql) that state apps_new. DuckDB and
-- Spark SQL.
SELECT year, province, townships_reporting, townships_zero_applications,
       CAST(townships_zero_applications AS DOUBLE) / townships_reporting AS zero_share
FROM (
  SELECT year, province,
         CAST(count(*) AS BIGINT) AS townships_reporting,
         CAST(sum(CASE WHEN apps_new = 0 THEN 1 ELSE 0 END) AS BIGINT) AS townships_zero_applications,
         0 AS is_national
  FROM counted_reports
  WHERE level = 'township' AND apps_new IS NOT NULL
  GROUP BY year, province
  UNION ALL
  SELECT year, '全国' AS province,
         CAST(count(*) AS BIGINT) AS townships_reporting,
         CAST(sum(CASE WHEN apps_new = 0 THEN 1 ELSE 0 END) AS BIGINT) AS townships_zero_applications,
         1 AS is_national
  FROM counted_reports
  WHERE level = 'township' AND apps_new IS NOT NULL
  GROUP BY year
) t
ORDER BY year NULLS LAST, is_national, province NULLS LAST
