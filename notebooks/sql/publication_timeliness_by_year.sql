-- publication_timeliness_by_year (README, "Summary definitions",
-- "Deadlines"): year × level, plus one row per year with level = 全部
-- (the grouping set (year)), over timeliness_judged
-- (sql/timeliness_judged.sql). reports: counted reports;
-- reports_with_publish_date: those judged; on_time: days_late <= 0 (a report
-- published within its own year is on time); late: days_late > 0;
-- median_days_late and max_days_late over the late reports. DuckDB and
-- Spark SQL.
SELECT year, level, reports, reports_with_publish_date, on_time, late,
       CAST(on_time AS DOUBLE) / NULLIF(reports_with_publish_date, 0) AS on_time_share,
       median_days_late, max_days_late
FROM (
  SELECT year,
         CASE WHEN grouping(level) = 1 THEN '全部' ELSE level END AS level,
         grouping(level) AS is_whole_year,
         CAST(count(*) AS BIGINT) AS reports,
         CAST(count(days_late) AS BIGINT) AS reports_with_publish_date,
         CAST(sum(CASE WHEN days_late <= 0 THEN 1 ELSE 0 END) AS BIGINT) AS on_time,
         CAST(sum(CASE WHEN days_late > 0 THEN 1 ELSE 0 END) AS BIGINT) AS late,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN days_late > 0 THEN days_late END)
           AS median_days_late,
         max(CASE WHEN days_late > 0 THEN days_late END) AS max_days_late
  FROM timeliness_judged
  GROUP BY GROUPING SETS ((year, level), (year))
) t
ORDER BY year NULLS LAST, is_whole_year, level NULLS LAST
