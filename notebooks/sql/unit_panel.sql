-- unit_panel (README, "Summary definitions"): one row per unit_key × year of
-- counted_reports (sql/counted_reports.sql) with a unit_key and a year (one
-- counted report each: copies are marked is_duplicate). previous_year is the
-- unit's latest earlier year in the panel, <figure>_change = this year's
-- figure − the previous year's, only when the previous year is year − 1.
-- carryover_check compares 二、上年结转 (apps_carried_over) with last year's
-- 四、结转下年度继续办理 (apps_carried_next): ok, mismatch (flagged, not
-- fixed), unknown (one of them not stated) or no_previous_year. Window
-- functions, DuckDB and Spark SQL.
SELECT
  unit_key, year, region_code, level, unit_name, province, prefecture, county, township,
  doc_id,
  proactive_total, apps_new, apps_total_handled, review_total, litigation_total,
  apps_carried_over, apps_carried_next,
  previous_year,
  CASE WHEN consecutive THEN proactive_total - prev_proactive_total END AS proactive_total_change,
  CASE WHEN consecutive THEN apps_new - prev_apps_new END AS apps_new_change,
  CASE WHEN consecutive THEN apps_total_handled - prev_apps_total_handled END
    AS apps_total_handled_change,
  CASE WHEN consecutive THEN review_total - prev_review_total END AS review_total_change,
  CASE WHEN consecutive THEN litigation_total - prev_litigation_total END
    AS litigation_total_change,
  CASE
    WHEN NOT consecutive THEN 'no_previous_year'
    WHEN apps_carried_over IS NULL OR prev_apps_carried_next IS NULL THEN 'unknown'
    WHEN apps_carried_over = prev_apps_carried_next THEN 'ok'
    ELSE 'mismatch'
  END AS carryover_check,
  CASE WHEN consecutive THEN prev_apps_carried_next END AS previous_apps_carried_next
FROM (
  SELECT
    p.*,
    coalesce(previous_year = year - 1, false) AS consecutive
  FROM (
    SELECT
      unit_key, year, region_code, level, unit_name, province, prefecture, county, township,
      doc_id,
      proactive_total, apps_new, apps_total_handled, review_total, litigation_total,
      apps_carried_over, apps_carried_next,
      lag(year) OVER (PARTITION BY unit_key ORDER BY year) AS previous_year,
      lag(proactive_total) OVER (PARTITION BY unit_key ORDER BY year) AS prev_proactive_total,
      lag(apps_new) OVER (PARTITION BY unit_key ORDER BY year) AS prev_apps_new,
      lag(apps_total_handled) OVER (PARTITION BY unit_key ORDER BY year)
        AS prev_apps_total_handled,
      lag(review_total) OVER (PARTITION BY unit_key ORDER BY year) AS prev_review_total,
      lag(litigation_total) OVER (PARTITION BY unit_key ORDER BY year) AS prev_litigation_total,
      lag(apps_carried_next) OVER (PARTITION BY unit_key ORDER BY year)
        AS prev_apps_carried_next
    FROM counted_reports
    WHERE unit_key IS NOT NULL AND year IS NOT NULL
  ) p
) q
ORDER BY unit_key, year
