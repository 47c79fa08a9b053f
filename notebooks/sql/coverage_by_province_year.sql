-- coverage_by_province_year (README, "Summary definitions"): year × province
-- plus one national row per year (province_code = 00, province = 全国), over
-- counted_reports (sql/counted_reports.sql) and a view named
-- `gazetteer_units` of OUTPUT/reference/gazetteer_units.csv (province_code,
-- province, level, code: the county- and township-level units of the shipped
-- gazetteer, codes as strings, written by aggregate). A unit is published in
-- a year when a counted report of its level has the unit's code as
-- region_code. Years are those with a counted report, coverage shares are
-- empty when the gazetteer has no unit of that level. DuckDB and Spark SQL.
WITH years AS (
  SELECT DISTINCT year FROM counted_reports WHERE year IS NOT NULL
),
units AS (
  SELECT province_code, province, level, CAST(count(*) AS BIGINT) AS units
  FROM gazetteer_units
  GROUP BY province_code, province, level
),
published AS (
  SELECT r.year, g.province_code, g.level,
         CAST(count(DISTINCT g.code) AS BIGINT) AS published
  FROM counted_reports r
  JOIN gazetteer_units g ON r.region_code = g.code AND r.level = g.level
  WHERE r.year IS NOT NULL
  GROUP BY r.year, g.province_code, g.level
),
frame AS (
  SELECT y.year, u.province_code, u.province, u.level, u.units,
         coalesce(p.published, 0) AS published
  FROM units u
  CROSS JOIN years y
  LEFT JOIN published p
    ON p.year = y.year AND p.province_code = u.province_code AND p.level = u.level
),
wide AS (
  SELECT year, province_code, province,
         CAST(coalesce(sum(CASE WHEN level = 'county' THEN units END), 0) AS BIGINT) AS counties_in_gazetteer,
         CAST(coalesce(sum(CASE WHEN level = 'county' THEN published END), 0) AS BIGINT) AS counties_published,
         CAST(coalesce(sum(CASE WHEN level = 'township' THEN units END), 0) AS BIGINT) AS townships_in_gazetteer,
         CAST(coalesce(sum(CASE WHEN level = 'township' THEN published END), 0) AS BIGINT) AS townships_published
  FROM frame
  GROUP BY year, province_code, province
  UNION ALL
  SELECT year, '00' AS province_code, '全国' AS province,
         CAST(coalesce(sum(CASE WHEN level = 'county' THEN units END), 0) AS BIGINT),
         CAST(coalesce(sum(CASE WHEN level = 'county' THEN published END), 0) AS BIGINT),
         CAST(coalesce(sum(CASE WHEN level = 'township' THEN units END), 0) AS BIGINT),
         CAST(coalesce(sum(CASE WHEN level = 'township' THEN published END), 0) AS BIGINT)
  FROM frame
  GROUP BY year
)
SELECT
  year, province_code, province,
  counties_in_gazetteer, counties_published, townships_in_gazetteer, townships_published,
  CAST(counties_published AS DOUBLE) / NULLIF(counties_in_gazetteer, 0) AS county_coverage,
  CAST(townships_published AS DOUBLE) / NULLIF(townships_in_gazetteer, 0) AS township_coverage
FROM wide
ORDER BY year NULLS LAST, province_code NULLS LAST
